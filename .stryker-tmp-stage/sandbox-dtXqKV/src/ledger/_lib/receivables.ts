// @ts-nocheck
import type { Book } from '../../book/index.js';
import type { AuxiliaryAccount } from '../../accounts/index.js';
import type { IsoDate } from '../../calendar/index.js';
import type { Decimal } from '../../money/index.js';
import type { OpenItem } from '../openItems.js';
import { accountMask, type AccountFilter } from './accountFilter.js';
import { decimalOf } from './amounts.js';
import { DayNames } from './days.js';
import { reportKeys } from './keys.js';

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
  readonly ledger: ArrayLike<number>;
  readonly kind: ArrayLike<number>;
  /** Open item or lettering code string id, or the entry of a single. */
  readonly ref: ArrayLike<number>;
  /** Σ debits and Σ credits in minor units (credits positive). */
  readonly debit: ArrayLike<number>;
  readonly credit: ArrayLike<number>;
  /** The earliest debit and credit entries (date, then input order), −1 when none. */
  readonly firstDebit: ArrayLike<number>;
  readonly firstCredit: ArrayLike<number>;
}

/**
 * Groups the entries of the masked accounts that carry an auxiliary account
 * and are dated on or before `asOf` into open items: the entries sharing an
 * `openItem` on one ledger; else those sharing a lettering code on one
 * ledger; else each entry alone. Groups whose entries share a lettering code
 * are one (`letter` with `netToZero` matches open items together): shown by
 * their open item when only one takes part, else by the code (internal).
 *
 * One pass over the Book's columns into typed arrays: a group is found by
 * its string id (the group of the string on its first ledger), a map only
 * for a string met again on another ledger.
 */
export function groupOpenItems(book: Book, mask: Uint8Array, asOf: number): OpenItemGroups {
  const { byDate, tx } = book;
  const { amount, account, ledger: ledgerOf } = book.entries;
  const { entryStart, date } = tx;
  const open = book.entries.openItem;
  const letter = book.entries.letteringCode;
  const auxOf = Int32Array.from(book.ledgers, (l) => (mask[l.account] ? l.auxiliary : -1));
  // How many transactions are in scope, and an upper bound of the groups (an entry opens at most two).
  let end = 0;
  while (end < book.size && date[byDate[end]!]! <= asOf) end++;
  let bound = 0;
  for (let i = 0; i < end; i++) {
    const t = byDate[i]!;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) if (auxOf[ledgerOf[e]!]! >= 0 && mask[account[e]!]) bound++;
  }
  if (letter && open) bound *= 2;
  const ledger = new Int32Array(bound);
  const kind = new Uint8Array(bound);
  const ref = new Int32Array(bound);
  const debit = new Float64Array(bound);
  const credit = new Float64Array(bound);
  const firstDebit = new Int32Array(bound).fill(-1);
  const firstCredit = new Int32Array(bound).fill(-1);
  const S = book.strings.length;
  // Per string id: its group on the first ledger it was met on (open items, lettering codes); other ledgers in `more`.
  const byOpen = open ? new Int32Array(S).fill(-1) : undefined;
  const byCode = letter ? new Int32Array(S).fill(-1) : undefined;
  const more = new Map<number, number>();
  let count = 0;
  const groupOf = (first: Int32Array, k: GroupKind, l: number, r: number): number => {
    const f = first[r]!;
    if (f >= 0 && ledger[f] === l) return f;
    const key = (l * S + r) * 2 + k;
    if (f >= 0) {
      const g = more.get(key);
      if (g !== undefined) return g;
      more.set(key, count);
    } else first[r] = count;
    ledger[count] = l;
    kind[count] = k;
    ref[count] = r;
    return count++;
  };
  // Groups an entry with both an open item and a lettering code ties to the code's group (pairs of group indexes).
  const ties: number[] = [];
  const seq = letter && open ? new Int32Array(book.entryCount) : undefined;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const t = byDate[i]!;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) {
      const l = ledgerOf[e]!;
      if (auxOf[l]! < 0 || !mask[account[e]!]) continue;
      const o = open ? open[e]! : -1;
      const c = letter ? letter[e]! : -1;
      let g: number;
      if (o >= 0) g = groupOf(byOpen!, BY_OPEN_ITEM, l, o);
      else if (c >= 0) g = groupOf(byCode!, BY_LETTERING, l, c);
      else {
        g = count++;
        ledger[g] = l;
        kind[g] = SINGLE;
        ref[g] = e;
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
      if (o >= 0 && c >= 0) ties.push(g, groupOf(byCode!, BY_LETTERING, l, c));
    }
  }
  const g: OpenItemGroups = { count, ledger, kind, ref, debit, credit, firstDebit, firstCredit };
  return ties.length === 0 ? g : mergeTied(g, ties, seq!);
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
  const debit = Float64Array.from({ length: g.count }, (_, i) => g.debit[i]!);
  const credit = Float64Array.from({ length: g.count }, (_, i) => g.credit[i]!);
  const firstDebit = Int32Array.from({ length: g.count }, (_, i) => g.firstDebit[i]!);
  const firstCredit = Int32Array.from({ length: g.count }, (_, i) => g.firstCredit[i]!);
  const kind = Uint8Array.from({ length: g.count }, (_, i) => g.kind[i]!);
  const ref = Int32Array.from({ length: g.count }, (_, i) => g.ref[i]!);
  const ledger = new Int32Array(g.count);
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
  // Each set's first group (the set's smallest index) holds it: the sets keep the order of their first groups.
  let count = 0;
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
    debit[count] = debit[i]!;
    credit[count] = credit[i]!;
    firstDebit[count] = firstDebit[i]!;
    firstCredit[count] = firstCredit[i]!;
    kind[count] = kind[i]!;
    ref[count] = ref[i]!;
    ledger[count] = g.ledger[i]!;
    count++;
  }
  return { count, ledger, kind, ref, debit, credit, firstDebit, firstCredit };
}

/** The open groups of a Book in report order, with what the reports read of each, as columns (internal). */
export interface SortedOpenItems {
  readonly groups: OpenItemGroups;
  /** Open groups (net ≠ 0) sorted by ledger rank, date, transaction id (stable). */
  readonly order: Int32Array;
  /** Per group: the transaction that opened it (the earliest entry on its remaining side). */
  readonly origin: Int32Array;
}

/**
 * The open groups sorted by account and auxiliary number, then date, then
 * transaction id — counting sorts on the day and the ledger rank, then the
 * rare runs of one ledger and day sorted by id (internal).
 */
export function sortedOpenItems(book: Book, mask: Uint8Array, asOf: number): SortedOpenItems {
  const g = groupOpenItems(book, mask, asOf);
  const { tx } = book;
  const entryTx = book.entries.tx;
  const origin = new Int32Array(g.count);
  let open = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < g.count; i++) {
    const net = g.debit[i]! - g.credit[i]!;
    if (net === 0) continue;
    open++;
    const t = entryTx[net > 0 ? g.firstDebit[i]! : g.firstCredit[i]!]!;
    origin[i] = t;
    const d = tx.date[t]!;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const { rank } = reportKeys(book, true);
  const order = new Int32Array(open);
  if (open === 0) return { groups: g, order, origin };
  // Stable counting sort by day, then by ledger rank: (rank, day, group index) order.
  const byDay = new Int32Array(open);
  const days = maxDay - minDay + 1;
  const counts = new Int32Array(Math.max(days, rank.length) + 1);
  for (let i = 0; i < g.count; i++) if (g.debit[i] !== g.credit[i]) counts[tx.date[origin[i]!]! - minDay + 1]!++;
  for (let d = 1; d <= days; d++) counts[d]! += counts[d - 1]!;
  for (let i = 0; i < g.count; i++) if (g.debit[i] !== g.credit[i]) byDay[counts[tx.date[origin[i]!]! - minDay]!++] = i;
  counts.fill(0);
  for (let p = 0; p < open; p++) counts[rank[g.ledger[byDay[p]!]!]! + 1]!++;
  for (let r = 1; r <= rank.length; r++) counts[r]! += counts[r - 1]!;
  for (let p = 0; p < open; p++) {
    const i = byDay[p]!;
    order[counts[rank[g.ledger[i]!]!]!++] = i;
  }
  // Runs of one ledger and one day: by transaction id (ids are unique in a Book), one transaction's groups kept in order.
  for (let p = 0; p < open; ) {
    const i = order[p]!;
    const l = g.ledger[i]!;
    const d = tx.date[origin[i]!]!;
    let q = p + 1;
    while (q < open && g.ledger[order[q]!] === l && tx.date[origin[order[q]!]!] === d) q++;
    if (q - p > 1) {
      const run = Array.from(order.subarray(p, q));
      run.sort((x, y) => {
        const a = origin[x]!;
        const b = origin[y]!;
        if (a === b) return x - y;
        return tx.id[a]! < tx.id[b]! ? -1 : 1;
      });
      order.set(run, p);
    }
    p = q;
  }
  return { groups: g, order, origin };
}

/**
 * The open items of sorted open groups, as frozen views of the groups
 * (internal): each item keeps its group's number and reads its fields from
 * the group columns and the Book on access, its Decimals included.
 */
export function openItemRows(book: Book, sorted: SortedOpenItems): OpenItem[] {
  const x: ItemContext = { book, groups: sorted.groups, origin: sorted.origin, days: new DayNames() };
  const { order } = sorted;
  const out: OpenItem[] = new Array(order.length);
  for (let o = 0; o < order.length; o++) out[o] = new OpenItemView(x, order[o]!) as unknown as OpenItem;
  return out;
}

/** What an open item reads its fields from. */
interface ItemContext {
  readonly book: Book;
  readonly groups: OpenItemGroups;
  readonly origin: Int32Array;
  readonly days: DayNames;
}

/** An open item: a frozen view of one open group; `toJSON` gives its fields in order, as the plain objects it replaces. */
class OpenItemView {
  readonly #x: ItemContext;
  readonly #i: number;
  constructor(x: ItemContext, i: number) {
    this.#x = x;
    this.#i = i;
    Object.freeze(this);
  }
  get #net(): number {
    return this.#x.groups.debit[this.#i]! - this.#x.groups.credit[this.#i]!;
  }
  get #t(): number {
    return this.#x.origin[this.#i]!;
  }
  get #account(): number {
    return this.#x.book.ledgers[this.#x.groups.ledger[this.#i]!]!.account;
  }
  get account(): string {
    return this.#x.book.accounts[this.#account]!;
  }
  get accountLabel(): string {
    return this.#x.book.accountLabels[this.#account]!;
  }
  get auxiliary(): AuxiliaryAccount {
    return this.#x.book.auxiliaries[this.#x.book.ledgers[this.#x.groups.ledger[this.#i]!]!.auxiliary]!;
  }
  get openItem(): string | undefined {
    const g = this.#x.groups;
    return g.kind[this.#i] === BY_OPEN_ITEM ? this.#x.book.strings[g.ref[this.#i]!] : undefined;
  }
  get lettering(): string | undefined {
    const g = this.#x.groups;
    return g.kind[this.#i] === BY_LETTERING ? this.#x.book.strings[g.ref[this.#i]!] : undefined;
  }
  get side(): 'debit' | 'credit' {
    return this.#net > 0 ? 'debit' : 'credit';
  }
  get transactionId(): string {
    return this.#x.book.tx.id[this.#t]!;
  }
  get type(): string | undefined {
    const type = this.#x.book.tx.type[this.#t]!;
    return type >= 0 ? this.#x.book.types[type] : undefined;
  }
  get date(): IsoDate {
    return this.#x.days.name(this.#x.book.tx.date[this.#t]!);
  }
  get pieceRef(): string {
    return this.#x.book.tx.pieceRef[this.#t]!;
  }
  get documentNumber(): string {
    const { tx, sources } = this.#x.book;
    const s = tx.source[this.#t]!;
    return (s >= 0 ? sources[s]!.documentNumber : undefined) ?? tx.pieceRef[this.#t]!;
  }
  get #amount(): number {
    const g = this.#x.groups;
    return this.#net > 0 ? g.debit[this.#i]! : g.credit[this.#i]!;
  }
  get amount(): Decimal {
    return decimalOf(this.#amount, this.#x.book.scale);
  }
  get settled(): Decimal {
    const net = this.#net;
    return decimalOf(this.#amount - (net > 0 ? net : -net), this.#x.book.scale);
  }
  get remaining(): Decimal {
    const net = this.#net;
    return decimalOf(net > 0 ? net : -net, this.#x.book.scale);
  }
  /** The item's fields in order (`openItem`, `lettering` and `type` only when set), Decimals as Decimals. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { account: this.account, accountLabel: this.accountLabel, auxiliary: this.auxiliary };
    const openItem = this.openItem;
    if (openItem !== undefined) out.openItem = openItem;
    const lettering = this.lettering;
    if (lettering !== undefined) out.lettering = lettering;
    out.side = this.side;
    out.transactionId = this.transactionId;
    const type = this.type;
    if (type !== undefined) out.type = type;
    out.date = this.date;
    out.pieceRef = this.pieceRef;
    out.documentNumber = this.documentNumber;
    out.amount = this.amount;
    out.settled = this.settled;
    out.remaining = this.remaining;
    return out;
  }
}
