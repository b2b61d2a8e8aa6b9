// @ts-nocheck
import { defaultChart, isAccountNumber } from '../accounts/index.js';
import { toBook, type BookSource } from '../book/index.js';
import { addDays, toDayNumber, toPeriod, type IsoDate, type PeriodInput } from '../calendar/index.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../errors/index.js';
import { formatMinor } from '../money/index.js';
import { createTransaction, transactionId, type EntryInput, type Transaction } from '../transactions/index.js';
import { assertSafeTotals } from './_lib/amounts.js';
import { reportKeys } from './_lib/keys.js';
import { scopeOf, type OpeningMode } from './_lib/scope.js';

/**
 * Options of {@link closeYear}.
 *
 * @example
 * ```ts
 * const options: CloseYearOptions = { fiscalYear: { from: '2024-01-01', to: '2024-12-31' }, nextNumbers: { AN: 1 } };
 * ```
 */
export interface CloseYearOptions {
  /** The fiscal year to close, an inclusive period. */
  readonly fiscalYear: PeriodInput;
  /**
   * The next sequence number per journal; the opening transaction takes the
   * number of its journal.
   * @defaultValue 1 for every journal
   */
  readonly nextNumbers?: Readonly<Record<string, number>>;
  /**
   * The journal of the opening transaction (à-nouveaux).
   * @defaultValue 'AN'
   */
  readonly journal?: string;
  /**
   * The accounts the year's result is carried to: `profit` when income
   * exceeds expenses, `loss` otherwise.
   * @defaultValue { profit: '120000', loss: '129000' }
   */
  readonly resultAccounts?: {
    /** The account a profit is credited to (« bénéfice »), default `120000`. */
    readonly profit?: string;
    /** The account a loss is debited to (« perte »), default `129000`. */
    readonly loss?: string;
  };
  /**
   * The transaction's label.
   * @defaultValue 'Reprise des soldes'
   */
  readonly label?: string;
  /**
   * How the fiscal year's own opening balances are read (as the trial
   * balance does): its opening transactions, or everything before it.
   * @defaultValue `entries` when the book has opening transactions dated the year's first day, else `cumulative`
   */
  readonly opening?: OpeningMode;
}

const JOURNAL_RE = /^[A-Za-z0-9_-]{1,10}$/;

/**
 * Closes a fiscal year: returns the next year's opening transaction
 * (à-nouveaux), dated the day after the year's end, in journal AN with its
 * first number, of type `opening`. It carries the closing balance of every
 * balance-sheet account (classes 1–5, and 8–9 if used), per auxiliary account
 * for customers and suppliers, and closes income and expense accounts
 * (classes 6–7) into the result: a profit to 120, a loss to 129. The
 * transaction balances by construction. When every balance is zero, the list
 * is empty.
 *
 * @param source - a Book, or transactions
 * @param options - the fiscal year, numbering, journal, result accounts, label
 * @returns the opening transactions of the next year (one, or none)
 * @throws AccountingError `fiscal_year_not_covered` when the book has no transaction in the year,
 *   `invalid_period`, `invalid_date`, `invalid_option`, `invalid_account`, `amount_overflow`
 * @example
 * ```ts
 * const [an] = closeYear(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
 * an!.id //=> 'AN000001'
 * an!.date //=> '2025-01-01'
 * an!.entries.map((e) => [e.account, e.auxiliary?.number, e.side, e.amount.toFixed(2)])
 * //=> [['101000', undefined, 'credit', '1000.00'], ['120000', undefined, 'credit', '106.85'], ['445710', undefined, 'credit', '100.00'],
 * //    ['487000', undefined, 'credit', '393.15'], ['512000', undefined, 'debit', '1600.00']]
 * ```
 */
export function closeYear(source: BookSource, options: CloseYearOptions): Transaction[] {
  const book = toBook(source);
  assertSafeTotals(book);
  if (typeof options !== 'object' || options === null) fail('invalid_period', ['fiscalYear'], 'closeYear needs options with the fiscalYear to close, e.g. { fiscalYear: { from: "2024-01-01", to: "2024-12-31" } }.');
  const fy = toPeriod(options.fiscalYear, ['fiscalYear']);
  const journal = options.journal ?? 'AN';
  const issues: AccountingIssue[] = [];
  if (typeof journal !== 'string' || !JOURNAL_RE.test(journal)) issues.push(issue('invalid_option', ['journal'], `Invalid journal code ${JSON.stringify(journal)}: use 1 to 10 letters, digits, "_" or "-" (e.g. "AN").`));
  const number = options.nextNumbers !== undefined && Object.hasOwn(options.nextNumbers, journal) ? options.nextNumbers[journal] : 1;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0 || number > 999_999_999) {
    issues.push(issue('invalid_option', ['nextNumbers', journal], `The next number of journal ${journal} must be a whole number from 0 to 999999999, received ${String(number)}.`));
  }
  const profit = options.resultAccounts?.profit ?? '120000';
  const loss = options.resultAccounts?.loss ?? '129000';
  for (const [key, value] of [['profit', profit], ['loss', loss]] as const) {
    if (!isAccountNumber(value)) issues.push(issue('invalid_account', ['resultAccounts', key], `Invalid result account ${JSON.stringify(value)}: use an account number such as "120000" (profit) or "129000" (loss).`));
  }
  const label = options.label ?? 'Reprise des soldes';
  if (typeof label !== 'string' || label.trim() === '') issues.push(issue('invalid_option', ['label'], 'The label must be a non-empty string.'));
  if (issues.length > 0) throw new AccountingError(issues);

  const from = toDayNumber(fy.from);
  const to = toDayNumber(fy.to);
  let covered = false;
  for (let t = 0; t < book.size && !covered; t++) covered = book.tx.date[t]! >= from && book.tx.date[t]! <= to;
  if (!covered) {
    fail('fiscal_year_not_covered', ['fiscalYear'], `The book has no transaction in the fiscal year ${fy.from} – ${fy.to}: check the year, or close the year the transactions belong to.`);
  }

  const { role } = scopeOf(book, fy, options.opening);
  const keys = reportKeys(book, true);
  const net = new Float64Array(keys.n);
  const { entryStart } = book.tx;
  const { amount, ledger } = book.entries;
  for (let t = 0; t < book.size; t++) {
    if (role[t] === 0) continue;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) net[ledger[e]!]! += amount[e]!;
  }

  const scale = book.scale;
  const lines: Array<{ account: string; aux: string; entry: EntryInput }> = [];
  const line = (account: string, accountLabel: string, minor: number, extra: Partial<EntryInput>): void => {
    const entry: Record<string, unknown> = { account };
    if (accountLabel !== '') entry.accountLabel = accountLabel;
    Object.assign(entry, extra);
    if (minor > 0) entry.debit = formatMinor(minor, scale);
    else entry.credit = formatMinor(-minor, scale);
    lines.push({ account, aux: (extra.auxiliary?.number ?? ''), entry: entry as unknown as EntryInput });
  };
  let result = 0;
  for (const k of keys.order) {
    const v = net[k]!;
    if (v === 0) continue;
    const a = keys.account[k]!;
    const accountNumber = book.accounts[a]!;
    const cls = accountNumber.charCodeAt(0) - 48;
    if (cls === 6 || cls === 7) {
      result -= v;
      continue;
    }
    const aux = keys.aux[k]! >= 0 ? book.auxiliaries[keys.aux[k]!] : undefined;
    line(accountNumber, book.accountLabels[a]!, v, aux ? { auxiliary: aux } : {});
  }
  // result > 0: income exceeds expenses, a profit credited to 120; < 0 a loss debited to 129.
  if (result !== 0) {
    const account = result > 0 ? profit : loss;
    const known = book.accounts.indexOf(account);
    const accountLabel = known >= 0 && book.accountLabels[known] ? book.accountLabels[known] : ((book.chart ?? defaultChart()).find(account)?.label ?? '');
    line(account, accountLabel, -result, { label: result > 0 ? "Résultat de l'exercice (bénéfice)" : "Résultat de l'exercice (perte)" });
  }
  if (lines.length === 0) return [];
  lines.sort((x, y) => (x.account !== y.account ? (x.account < y.account ? -1 : 1) : x.aux < y.aux ? -1 : x.aux > y.aux ? 1 : 0));

  const date: IsoDate = addDays(fy.to, 1);
  const year = date.slice(0, 4);
  return [
    createTransaction({
      id: transactionId(journal, number as number),
      journal,
      date,
      piece: { ref: `${journal}${year}`, date },
      label,
      validatedOn: date,
      type: 'opening',
      currency: book.currency,
      entries: lines.map((l) => l.entry),
    }),
  ];
}
