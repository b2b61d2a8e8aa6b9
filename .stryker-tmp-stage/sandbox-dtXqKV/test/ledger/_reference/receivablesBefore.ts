// @ts-nocheck
// The open-items grouping as it was before the issue-15 speed work (src/ledger/_lib/receivables.ts and the
// fold of src/ledger/openItems.ts at commit c3591a3), frozen here as the oracle of test/ledger/openItems.test.ts:
// the current code must give the same items on every Book. Only its imports were rewritten. Do not edit.
import type { Book } from '../../../src/book/index.js';
import type { OpenItem } from '../../../src/ledger/openItems.js';
import { accountMask, type AccountFilter } from '../../../src/ledger/_lib/accountFilter.js';
import { decimalOf, ZERO } from '../../../src/ledger/_lib/amounts.js';
import { DayNames } from '../../../src/ledger/_lib/days.js';
import { reportKeys } from '../../../src/ledger/_lib/keys.js';

/** The account prefixes of customer receivables read by default (internal). */
export const RECEIVABLE_PREFIXES: ReadonlyArray<string> = Object.freeze(['411', '416', '4191', '4197']);

/**
 * The accounts a receivables report reads: those of the filter, else the
 * customer accounts 411, 416, 4191 and 4197 and their sub-accounts (internal).
 */
export function receivableMask(book: Book, filter: AccountFilter | undefined): Uint8Array {
  if (filter !== undefined) return accountMask(book, filter);
  return Uint8Array.from(book.accounts, (a) => (RECEIVABLE_PREFIXES.some((p) => a.startsWith(p)) ? 1 : 0));
}

/** How the entries of an open item were grouped: by open item, by lettering code, or a single entry (internal). */
export type GroupKind = 0 | 1 | 2;
export const BY_OPEN_ITEM = 0;
export const BY_LETTERING = 1;
export const SINGLE = 2;

/** The open items of a Book as parallel arrays, one slot per group (internal). */
export interface OpenItemGroups {
  readonly count: number;
  readonly ledger: ReadonlyArray<number>;
  readonly kind: ReadonlyArray<GroupKind>;
  /** Open item or lettering code string id, or the entry of a single. */
  readonly ref: ReadonlyArray<number>;
  /** Σ debits and Σ credits in minor units (credits positive). */
  readonly debit: ReadonlyArray<number>;
  readonly credit: ReadonlyArray<number>;
  /** The earliest debit and credit entries (date, then input order), −1 when none. */
  readonly firstDebit: ReadonlyArray<number>;
  readonly firstCredit: ReadonlyArray<number>;
}

/**
 * Groups the entries of the masked accounts that carry an auxiliary account
 * and are dated on or before `asOf` into open items: the entries sharing an
 * `openItem` on one ledger; else those sharing a lettering code on one
 * ledger; else each entry alone. Groups whose entries share a lettering code
 * are one (`letter` with `netToZero` matches open items together): shown by
 * their open item when only one takes part, else by the code (internal).
 */
export function groupOpenItems(book: Book, mask: Uint8Array, asOf: number): OpenItemGroups {
  const { byDate, tx } = book;
  const { amount, account, ledger: ledgerOf } = book.entries;
  const open = book.entries.openItem;
  const letter = book.entries.letteringCode;
  const auxOf = Int32Array.from(book.ledgers, (l) => (mask[l.account] ? l.auxiliary : -1));
  const byLedger: Array<Map<number, number> | undefined> = new Array(book.ledgers.length);
  const ledger: number[] = [];
  const kind: GroupKind[] = [];
  const ref: number[] = [];
  const debit: number[] = [];
  const credit: number[] = [];
  const firstDebit: number[] = [];
  const firstCredit: number[] = [];
  const S = book.strings.length;
  // Groups an entry with both an open item and a lettering code ties to the code's group (pairs of group indexes).
  const ties: number[] = [];
  const seq = letter && open ? new Int32Array(book.entryCount) : undefined;
  let n = 0;
  for (let i = 0; i < book.size; i++) {
    const t = byDate[i]!;
    if (tx.date[t]! > asOf) break;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const l = ledgerOf[e]!;
      if (auxOf[l]! < 0 || !mask[account[e]!]) continue;
      let g: number | undefined;
      let k: GroupKind = SINGLE;
      let r = e;
      if (open && open[e]! >= 0) {
        k = BY_OPEN_ITEM;
        r = open[e]!;
      } else if (letter && letter[e]! >= 0) {
        k = BY_LETTERING;
        r = letter[e]!;
      }
      if (k !== SINGLE) {
        const groups = (byLedger[l] ??= new Map());
        const key = k === BY_OPEN_ITEM ? r : S + r;
        g = groups.get(key);
        if (g === undefined) {
          g = ledger.length;
          groups.set(key, g);
        }
      }
      if (g === undefined || g === ledger.length) {
        g = ledger.length;
        ledger.push(l);
        kind.push(k);
        ref.push(r);
        debit.push(0);
        credit.push(0);
        firstDebit.push(-1);
        firstCredit.push(-1);
      }
      const a = amount[e]!;
      if (a > 0) {
        debit[g]! += a;
        if (firstDebit[g] === -1) firstDebit[g] = e;
      } else {
        credit[g]! -= a;
        if (firstCredit[g] === -1) firstCredit[g] = e;
      }
      if (seq) seq[e] = n++;
      if (k === BY_OPEN_ITEM && letter && letter[e]! >= 0) {
        const groups = byLedger[l]!;
        const key = S + letter[e]!;
        let h = groups.get(key);
        if (h === undefined) {
          h = ledger.length;
          groups.set(key, h);
          ledger.push(l);
          kind.push(BY_LETTERING);
          ref.push(letter[e]!);
          debit.push(0);
          credit.push(0);
          firstDebit.push(-1);
          firstCredit.push(-1);
        }
        ties.push(g, h);
      }
    }
  }
  if (ties.length === 0) return { count: ledger.length, ledger, kind, ref, debit, credit, firstDebit, firstCredit };
  return mergeTied({ count: ledger.length, ledger, kind, ref, debit, credit, firstDebit, firstCredit }, ties, seq!);
}

/** Merges the groups tied by a shared lettering code (union-find), keeping the first of them in place of each set. */
function mergeTied(g: OpenItemGroups, ties: ReadonlyArray<number>, seq: Int32Array): OpenItemGroups {
  const parent = Int32Array.from({ length: g.count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let t = 0; t < ties.length; t += 2) {
    const a = find(ties[t]!);
    const b = find(ties[t + 1]!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const debit = [...g.debit];
  const credit = [...g.credit];
  const firstDebit = [...g.firstDebit];
  const firstCredit = [...g.firstCredit];
  const kind = [...g.kind];
  const ref = [...g.ref];
  // Per set: how many open items take part, and the lettering code that ties them.
  const items = new Int32Array(g.count);
  const code = new Int32Array(g.count).fill(-1);
  for (let i = 0; i < g.count; i++) {
    const r = find(i);
    if (g.kind[i] === BY_OPEN_ITEM) items[r]!++;
    else if (g.kind[i] === BY_LETTERING && code[r] === -1) code[r] = g.ref[i]!;
    if (r === i) continue;
    debit[r]! += g.debit[i]!;
    credit[r]! += g.credit[i]!;
    const d = g.firstDebit[i]!;
    if (d >= 0 && (firstDebit[r] === -1 || seq[d]! < seq[firstDebit[r]!]!)) firstDebit[r] = d;
    const c = g.firstCredit[i]!;
    if (c >= 0 && (firstCredit[r] === -1 || seq[c]! < seq[firstCredit[r]!]!)) firstCredit[r] = c;
  }
  const out: { ledger: number[]; kind: GroupKind[]; ref: number[]; debit: number[]; credit: number[]; firstDebit: number[]; firstCredit: number[] } = { ledger: [], kind: [], ref: [], debit: [], credit: [], firstDebit: [], firstCredit: [] };
  for (let i = 0; i < g.count; i++) {
    if (find(i) !== i) continue;
    if (items[i]! > 1 || (items[i] === 0 && code[i]! >= 0)) {
      kind[i] = BY_LETTERING;
      ref[i] = code[i]!;
    } else if (items[i] === 1 && g.kind[i] !== BY_OPEN_ITEM) {
      // The one open item of the set names it (the set's first group is its code's).
      for (let j = i + 1; j < g.count; j++) {
        if (find(j) === i && g.kind[j] === BY_OPEN_ITEM) {
          kind[i] = BY_OPEN_ITEM;
          ref[i] = g.ref[j]!;
          break;
        }
      }
    }
    out.ledger.push(g.ledger[i]!);
    out.kind.push(kind[i]!);
    out.ref.push(ref[i]!);
    out.debit.push(debit[i]!);
    out.credit.push(credit[i]!);
    out.firstDebit.push(firstDebit[i]!);
    out.firstCredit.push(firstCredit[i]!);
  }
  return { count: out.ledger.length, ...out };
}

/** An open item with its remaining amount in minor units and its dates as day numbers (internal). */
export interface RawOpenItem {
  readonly item: OpenItem;
  readonly auxiliary: number;
  readonly day: number;
  /** Signed: > 0 unpaid, < 0 unused credit. */
  readonly net: number;
  readonly remainingMinor: number;
}

/** The open items of a Book, sorted (internal; shared with the aged receivables). */
export function openItemList(book: Book, mask: Uint8Array, asOf: number): RawOpenItem[] {
  const g = groupOpenItems(book, mask, asOf);
  const { tx, entries: c } = book;
  const scale = book.scale;
  const { rank } = reportKeys(book, true);
  // Sort the open groups on numbers (ledger rank, then date, then transaction id) before building anything.
  const open: number[] = [];
  const origin = new Int32Array(g.count);
  for (let i = 0; i < g.count; i++) {
    const net = g.debit[i]! - g.credit[i]!;
    if (net === 0) continue;
    open.push(i);
    origin[i] = c.tx[net > 0 ? g.firstDebit[i]! : g.firstCredit[i]!]!;
  }
  open.sort((x, y) => {
    const r = rank[g.ledger[x]!]! - rank[g.ledger[y]!]!;
    if (r !== 0) return r;
    const a = origin[x]!;
    const b = origin[y]!;
    const d = tx.date[a]! - tx.date[b]!;
    if (d !== 0 || a === b) return d;
    return tx.id[a]! < tx.id[b]! ? -1 : 1;
  });
  const days = new DayNames();
  const out: RawOpenItem[] = new Array(open.length);
  for (let o = 0; o < open.length; o++) {
    const i = open[o]!;
    const net = g.debit[i]! - g.credit[i]!;
    const t = origin[i]!;
    const ledger = book.ledgers[g.ledger[i]!]!;
    const s = tx.source[t]! >= 0 ? book.sources[tx.source[t]!] : undefined;
    const amount = net > 0 ? g.debit[i]! : g.credit[i]!;
    const remaining = net > 0 ? net : -net;
    const item: Record<string, unknown> = {
      account: book.accounts[ledger.account]!,
      accountLabel: book.accountLabels[ledger.account]!,
      auxiliary: book.auxiliaries[ledger.auxiliary]!,
    };
    if (g.kind[i] === BY_OPEN_ITEM) item.openItem = book.strings[g.ref[i]!]!;
    else if (g.kind[i] === BY_LETTERING) item.lettering = book.strings[g.ref[i]!]!;
    item.side = net > 0 ? 'debit' : 'credit';
    item.transactionId = tx.id[t]!;
    if (tx.type[t]! >= 0) item.type = book.types[tx.type[t]!]!;
    item.date = days.name(tx.date[t]!);
    item.pieceRef = tx.pieceRef[t]!;
    item.documentNumber = s?.documentNumber ?? tx.pieceRef[t]!;
    item.amount = decimalOf(amount, scale);
    item.settled = amount === remaining ? ZERO : decimalOf(amount - remaining, scale);
    item.remaining = amount === remaining ? item.amount : decimalOf(remaining, scale);
    out[o] = { item: Object.freeze(item) as unknown as OpenItem, auxiliary: ledger.auxiliary, day: tx.date[t]!, net, remainingMinor: remaining };
  }
  return out;
}

/** openItems as it was (src/ledger/openItems.ts at the same commit), over the frozen grouping above. */
export function openItemsBefore(book: Book, asOf = Number.POSITIVE_INFINITY, mask: Uint8Array = receivableMask(book, undefined)): { items: ReadonlyArray<OpenItem>; unpaid: number; credits: number } {
  const items = openItemList(book, mask, asOf);
  let unpaid = 0;
  let credits = 0;
  for (const item of items) {
    if (item.net > 0) unpaid += item.remainingMinor;
    else credits += item.remainingMinor;
  }
  return { items: items.map((i) => i.item), unpaid, credits };
}
