import { isAccountNumber } from '../accounts/index.js';
import { toBook, withLettering, type Book, type BookSource } from '../book/index.js';
import { AccountingError, issue, type AccountingIssue } from '../errors/index.js';

/**
 * Options of {@link letter}.
 *
 * @example
 * ```ts
 * const options: LetterOptions = { accounts: ['411', '4191'] };
 * ```
 */
export interface LetterOptions {
  /**
   * Account prefixes to letter (`'411'` covers 411000 and 4111).
   * @defaultValue every account
   */
  readonly accounts?: ReadonlyArray<string>;
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
 * code, lines without one keep theirs (an imported FEC's), and new codes skip
 * those already used on the same ledger. Deterministic.
 *
 * @param source - a Book, or transactions to build one from
 * @param options - the accounts to letter
 * @returns a new Book sharing every column but the lettering ones
 * @throws AccountingError `invalid_option` for a bad account prefix
 * @example
 * ```ts
 * const lettered = letter(createBook(post([invoice, payment]).transactions));
 * bookTransaction(lettered, 0).entries[0].lettering //=> { code: 'A', date: '2024-10-20' }
 * ```
 */
export function letter(source: BookSource, options: LetterOptions = {}): Book {
  const book = toBook(source);
  const issues: AccountingIssue[] = [];
  const prefixes = options.accounts;
  prefixes?.forEach((p, i) => {
    if (typeof p !== 'string' || !/^\d[0-9A-Z]*$/.test(p)) issues.push(issue('invalid_option', ['accounts', i], `Invalid account prefix ${JSON.stringify(p)}: give digits such as "411".`));
  });
  if (issues.length > 0) throw new AccountingError(issues);
  const E = book.entryCount;
  const c = book.entries;
  const openItem = c.openItem;
  const oldCode = c.letteringCode;
  const oldDate = c.letteringDate;
  if (!openItem) return book;

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
  for (let e = 0; e < E; e++) {
    const item = openItem[e]!;
    const ledger = c.ledger[e]!;
    const mine = item >= 0 && (!accountOk || accountOk[c.account[e]!] === 1);
    if (!mine) {
      if (oldCode && oldCode[e]! >= 0) {
        code[e] = oldCode[e]!;
        date[e] = oldDate![e]!;
        let set = used.get(ledger);
        if (!set) used.set(ledger, (set = new Set()));
        set.add(book.strings[oldCode[e]!]!);
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
  for (const g of groups.values()) {
    if (g.sum !== 0 || g.entries.length < 2) continue;
    let list = byLedger.get(g.ledger);
    if (!list) byLedger.set(g.ledger, (list = []));
    list.push(g);
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
  return withLettering(book, code, date, strings);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
