// @ts-nocheck
import { isAccountNumber } from '../accounts/index.js';
import { toBook, withLettering, type Book, type BookSource } from '../book/index.js';
import { AccountingError, issue, type AccountingIssue } from '../errors/index.js';

/**
 * Options of {@link letter}.
 *
 * @example
 * ```ts
 * const options: LetterOptions = { accounts: ['411', '4191'], netToZero: true };
 * ```
 */
export interface LetterOptions {
  /**
   * Account prefixes to letter (`'411'` covers 411000 and 4111).
   * @defaultValue every account
   */
  readonly accounts?: ReadonlyArray<string>;
  /**
   * Also match, on each account + auxiliary account (a customer's, a
   * supplier's…), the lines left open once the open items are matched —
   * items partly settled or not settled, lines without an open item (money
   * on account) — when together they net to zero: they get one code, so a
   * customer whose balance is 0 has no open item left. Lines lettered by an
   * imported file keep their codes and stay out. Only the whole remainder
   * of a ledger is matched, never a part of it.
   * @defaultValue false
   */
  readonly netToZero?: boolean;
}

/**
 * The lettering code of the n-th match of a ledger (0-based): A … Z, AA … AZ,
 * BA … ZZ, AAA…
 *
 * @example
 * ```ts
 * [letteringCode(0), letteringCode(25), letteringCode(26), letteringCode(701), letteringCode(702)] //=> ['A', 'Z', 'AA', 'ZZ', 'AAA']
 * ```
 */
export function letteringCode(n: number): string {
  let out = '';
  let k = n + 1;
  while (k > 0) {
    const r = (k - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    k = Math.floor((k - 1) / 26);
  }
  return out;
}

interface Group {
  readonly ledger: number;
  readonly openItem: number;
  sum: number;
  first: number;
  last: number;
  entries: number[];
}

/**
 * Matches (lettrage) the lines of a book: on each account + auxiliary account,
 * the lines sharing an open item (the invoice id `post` records on an
 * invoice's customer line and on every payment, refund or credit note
 * allocated to it; the purchase id on a purchase's supplier line and on
 * every supplier payment allocated to it; the deposit id on 4191; the payment
 * id on a clearing account) whose debits equal their credits get one code,
 * A … Z, AA …, in the order of their first date then open item; the
 * lettering date is the latest date of the group. Partially settled items
 * get no code. The only function
 * that assigns lettering codes: lines with an open item lose any earlier
 * code, lines without one keep theirs (an imported FEC's) unless an earlier
 * `letter` gave it with lines that have one, and new codes skip
 * those already used on the same ledger. With `netToZero`, what is left open
 * on a ledger with an auxiliary account gets one more code when it nets to
 * zero. Deterministic.
 *
 * @param source - a Book, or transactions to build one from
 * @param options - the accounts to letter
 * @returns a new Book sharing every column but the lettering ones
 * @throws AccountingError `invalid_option` for a bad account prefix or a netToZero that is not a boolean
 * @example
 * ```ts
 * const paid = { type: 'payment', id: 'pay-1', date: '2024-10-20', method: 'card', amount: '600.00', customer: { id: 'C0001', name: 'DUPONT Jean' },
 *   allocations: [{ invoice: 'inv-1', amount: '600.00' }] };
 * const lettered = letter(createBook(post([invoice, paid]).transactions));
 * bookTransaction(lettered, 0).entries[0]!.lettering //=> { code: 'A', date: '2024-10-20' }
 * // a payment left on account that pays a rejection fee exactly: matched too
 * openItems(letter(book, { netToZero: true })).items //=> []
 * ```
 */
export function letter(source: BookSource, options: LetterOptions = {}): Book {
  const book = toBook(source);
  const issues: AccountingIssue[] = [];
  const prefixes = options.accounts;
  prefixes?.forEach((p, i) => {
    if (typeof p !== 'string' || !/^\d[0-9A-Z]*$/.test(p)) issues.push(issue('invalid_option', ['accounts', i], `Invalid account prefix ${JSON.stringify(p)}: give digits such as "411".`));
  });
  if (options.netToZero !== undefined && typeof options.netToZero !== 'boolean') issues.push(issue('invalid_option', ['netToZero'], 'netToZero is true or false.'));
  if (issues.length > 0) throw new AccountingError(issues);
  const E = book.entryCount;
  const c = book.entries;
  const openItem = c.openItem;
  const oldCode = c.letteringCode;
  const oldDate = c.letteringDate;
  if (!openItem && options.netToZero !== true) return book;

  let accountOk: Uint8Array | undefined;
  if (prefixes) {
    accountOk = new Uint8Array(book.accounts.length);
    book.accounts.forEach((a, i) => {
      if (prefixes.some((p) => a.startsWith(p)) && isAccountNumber(a)) accountOk![i] = 1;
    });
  }
  const code = new Int32Array(E).fill(-1);
  const date = new Int32Array(E);
  const used = new Map<number, Set<string>>();
  const groups = new Map<number, Group>();
  const S = book.strings.length + 1;
  const netToZero = options.netToZero === true;
  // Codes an earlier letter gave to lines with an open item: a line without one sharing such a code
  // was matched with them (netToZero), and is matched again like them.
  let ours: Set<number> | undefined;
  if (oldCode && openItem) {
    for (let e = 0; e < E; e++) {
      if (oldCode[e]! >= 0 && openItem[e]! >= 0 && (!accountOk || accountOk[c.account[e]!] === 1)) (ours ??= new Set()).add(c.ledger[e]! * S + oldCode[e]!);
    }
  }
  // With netToZero: per ledger with an auxiliary account, its lines without an open item nor a code of their own.
  const loose = new Map<number, number[]>();
  for (let e = 0; e < E; e++) {
    const item = openItem ? openItem[e]! : -1;
    const ledger = c.ledger[e]!;
    const mine = item >= 0 && (!accountOk || accountOk[c.account[e]!] === 1);
    if (!mine) {
      if (oldCode && oldCode[e]! >= 0 && !ours?.has(ledger * S + oldCode[e]!)) {
        code[e] = oldCode[e]!;
        date[e] = oldDate![e]!;
        let set = used.get(ledger);
        if (!set) used.set(ledger, (set = new Set()));
        set.add(book.strings[oldCode[e]!]!);
      } else if (netToZero && item < 0 && book.ledgers[ledger]!.auxiliary >= 0 && (!accountOk || accountOk[c.account[e]!] === 1)) {
        let list = loose.get(ledger);
        if (!list) loose.set(ledger, (list = []));
        list.push(e);
      }
      continue;
    }
    const key = ledger * S + item;
    const day = book.tx.date[c.tx[e]!]!;
    let g = groups.get(key);
    if (!g) {
      g = { ledger, openItem: item, sum: 0, first: day, last: day, entries: [] };
      groups.set(key, g);
    }
    g.sum += c.amount[e]!;
    if (day < g.first) g.first = day;
    if (day > g.last) g.last = day;
    g.entries.push(e);
  }

  const byLedger = new Map<number, Group[]>();
  // With netToZero: per ledger with an auxiliary account, what its open items leave open, as one group.
  const rest = new Map<number, Group>();
  const restOf = (ledger: number): Group => {
    let r = rest.get(ledger);
    if (!r) rest.set(ledger, (r = { ledger, openItem: -1, sum: 0, first: Infinity, last: -Infinity, entries: [] }));
    return r;
  };
  for (const g of groups.values()) {
    if (g.sum !== 0 || g.entries.length < 2) {
      if (netToZero && book.ledgers[g.ledger]!.auxiliary >= 0) {
        const r = restOf(g.ledger);
        r.sum += g.sum;
        r.first = Math.min(r.first, g.first);
        r.last = Math.max(r.last, g.last);
        r.entries.push(...g.entries);
      }
      continue;
    }
    let list = byLedger.get(g.ledger);
    if (!list) byLedger.set(g.ledger, (list = []));
    list.push(g);
  }
  for (const [ledger, list] of loose) {
    const r = restOf(ledger);
    for (const e of list) {
      const day = book.tx.date[c.tx[e]!]!;
      r.sum += c.amount[e]!;
      r.first = Math.min(r.first, day);
      r.last = Math.max(r.last, day);
      r.entries.push(e);
    }
  }
  const strings = [...book.strings];
  const index = new Map<string, number>();
  const intern = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.indexOf(s);
      if (i < 0) {
        i = strings.length;
        strings.push(s);
      }
      index.set(s, i);
    }
    return i;
  };
  for (const [ledger, list] of byLedger) {
    list.sort((a, b) => a.first - b.first || compare(book.strings[a.openItem]!, book.strings[b.openItem]!));
    // The remainder that nets to zero comes last: its code follows those of the open items.
    const r = rest.get(ledger);
    if (r && r.sum === 0 && r.entries.length >= 2) list.push(r);
    rest.delete(ledger);
    const taken = used.get(ledger);
    let n = 0;
    for (const g of list) {
      let s = letteringCode(n++);
      while (taken?.has(s)) s = letteringCode(n++);
      const id = intern(s);
      for (const e of g.entries) {
        code[e] = id;
        date[e] = g.last;
      }
    }
  }
  // Ledgers whose only match is their remainder.
  for (const [ledger, r] of [...rest].sort((a, b) => a[0] - b[0])) {
    if (r.sum !== 0 || r.entries.length < 2) continue;
    const taken = used.get(ledger);
    let n = 0;
    let s = letteringCode(n++);
    while (taken?.has(s)) s = letteringCode(n++);
    const id = intern(s);
    for (const e of r.entries) {
      code[e] = id;
      date[e] = r.last;
    }
  }
  return withLettering(book, code, date, strings);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
