// @ts-nocheck
import type { AuxiliaryAccount } from '../../accounts/index.js';
import type { Book } from '../../book/index.js';
import { fail } from '../../errors/index.js';

/**
 * The level a report works at: one line per account (`general`), or per
 * account and auxiliary account (`auxiliary`: customers and suppliers shown).
 *
 * @example
 * ```ts
 * const level: LedgerLevel = 'auxiliary';
 * ```
 */
export type LedgerLevel = 'general' | 'auxiliary';

/** Checks a level option (internal). */
export function checkLevel(level: unknown, fallback: LedgerLevel): LedgerLevel {
  if (level === undefined) return fallback;
  if (level !== 'general' && level !== 'auxiliary') fail('invalid_option', ['level'], `Unknown level ${JSON.stringify(level)}: use "general" or "auxiliary".`);
  return level;
}

/** How a report keys entries: by account or by ledger (account + auxiliary), with a sort order (internal). */
export interface ReportKeys {
  readonly auxiliary: boolean;
  /** Per entry: the key. */
  readonly keys: Int32Array;
  /** Number of keys. */
  readonly n: number;
  /** Per key: its account id. */
  readonly account: Int32Array;
  /** Per key: its auxiliary id, −1 when none. */
  readonly aux: Int32Array;
  /** Keys sorted by account number, then auxiliary number. */
  readonly order: Int32Array;
  /** Per key: its position in `order`. */
  readonly rank: Int32Array;
}

/** Keys of a Book for a level (internal). */
export function reportKeys(book: Book, auxiliary: boolean): ReportKeys {
  const n = auxiliary ? book.ledgers.length : book.accounts.length;
  const account = new Int32Array(n);
  const aux = new Int32Array(n).fill(-1);
  if (auxiliary) {
    book.ledgers.forEach((l, k) => {
      account[k] = l.account;
      aux[k] = l.auxiliary;
    });
  } else for (let k = 0; k < n; k++) account[k] = k;
  const auxNumber = (k: number): string => (aux[k]! >= 0 ? book.auxiliaries[aux[k]!]!.number : '');
  const sorted = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const x = book.accounts[account[a]!]!;
    const y = book.accounts[account[b]!]!;
    if (x !== y) return x < y ? -1 : 1;
    const p = auxNumber(a);
    const q = auxNumber(b);
    return p < q ? -1 : p > q ? 1 : 0;
  });
  const order = Int32Array.from(sorted);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  return { auxiliary, keys: auxiliary ? book.entries.ledger : book.entries.account, n, account, aux, order, rank };
}

/** Per account id: 1 when some entry of the account has an auxiliary account (internal). */
export function accountsWithAuxiliaries(book: Book): Uint8Array {
  const out = new Uint8Array(book.accounts.length);
  for (const l of book.ledgers) if (l.auxiliary >= 0) out[l.account] = 1;
  return out;
}

/** The auxiliary account of a key, or undefined (internal). */
export function auxiliaryOf(book: Book, keys: ReportKeys, k: number): AuxiliaryAccount | undefined {
  const a = keys.aux[k]!;
  return a >= 0 ? book.auxiliaries[a] : undefined;
}
