import { accountTooLongMessage, checkAccountWidth, isAccountNumber, padUnchecked, type AccountNumber, type Chart, type Journal } from '../accounts/index.js';
import { isChart } from '../accounts/Chart.js';
import { isIsoDate, isoDate, type IsoDate } from '../calendar/index.js';
import { AccountingError, issue, quote, safely, type AccountingIssue, type SafeResult } from '../errors/index.js';
import {
  CURRENCY_SCALES,
  formatMinor,
  normalizeVatRate,
  toAmount,
  toMinorUnits,
  type AmountInput,
  type Decimal,
} from '../money/index.js';
import { closingIssue, type ClosingOptions } from './closing.js';
import { makeEntry } from './Entry.js';
import { readOnce } from './_lib/readOnce.js';
import { checkTransactionShape, FORBIDDEN } from './_lib/checkShape.js';
import type { Entry, TransactionInput, Transaction, TransactionSource } from './types.js';

/**
 * Options of {@link createTransaction}.
 *
 * @example
 * ```ts
 * const options: CreateTransactionOptions = { chart: defaultChart(), number: 42 };
 * ```
 */
export interface CreateTransactionOptions extends ClosingOptions {
  /** When given, every account must be covered by it (`unknown_account`). */
  readonly chart?: Chart;
  /** When given, the journal code must be one of them (`unknown_journal`). */
  readonly journals?: ReadonlyArray<Journal>;
  /**
   * The sequence number used for a missing id (`VT` + 6 digits).
   * @defaultValue 1
   */
  readonly number?: number;
  /**
   * Pad every general account number with zeros to this width, 3 to 20
   * (`411` → `411000` at 6), so that one account keeps one number; a longer
   * number is `account_too_long`. Auxiliary numbers are left as they are.
   * @defaultValue none: numbers are kept as given
   */
  readonly accountWidth?: number;
}

const JOURNAL_RE = /^[A-Za-z0-9_-]{1,10}$/;
/** Characters no FEC field can hold (it has no escape): its separators and line breaks. */
const BREAKS_RE = /[|\t\r\n]/;
type Path = Array<string | number>;

/**
 * Formats a transaction id: journal code + 6-digit sequence number.
 *
 * @example
 * ```ts
 * transactionId('VT', 1) //=> 'VT000001'
 * ```
 */
export function transactionId(journal: string, number: number): string {
  return journal + String(number).padStart(6, '0');
}

/**
 * Validates an input and builds a balanced, deeply readonly transaction. Every
 * problem is reported at once, each with its path; an unbalanced input's
 * message gives the residual and the side to adjust.
 *
 * @param input - the transaction (unknown input is checked against the shape of `transactionInputSchema`)
 * @param options - chart, journals, sequence number for a missing id
 * @returns the frozen transaction
 * @throws AccountingError with codes such as `unbalanced_transaction`, `both_sides`,
 *   `non_positive_amount`, `too_many_decimals`, `invalid_amount`, `invalid_date`,
 *   `empty_id`, `unknown_account`, `account_too_long`, `too_few_entries`, `forbidden_key`,
 *   `period_closed` (dated on or before `options.closedThrough`)
 * @example
 * ```ts
 * const tx = createTransaction({
 *   id: 'VT000001', journal: 'VT', date: '2024-10-15',
 *   piece: { ref: 'FA2024-0001' }, label: 'Abonnement 12 mois DUPONT',
 *   entries: [
 *     { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' },
 *     { account: '706100', credit: '500.00' },
 *     { account: '445711', credit: '100.00' },
 *   ],
 * });
 * tx.entries[0]!.debit?.toFixed(2) //=> '600.00'
 * createTransaction({ ...input, entries: [{ account: '512', debit: '10.00' }, { account: '44571', credit: '10.00' }] }, { accountWidth: 6 })
 *   .entries.map((e) => e.account) //=> ['512000', '445710']
 * ```
 */
export function createTransaction(input: TransactionInput | unknown, options: CreateTransactionOptions = {}): Transaction {
  checkOptions(options);
  // Read once into plain data, then validate and build from that copy only (a getter runs once).
  const read = readOnce(input);
  if (!read.ok) throw new AccountingError(read.issues);
  // The shape of transactionInputSchema, checked without zod (same issues; see _lib/checkShape.ts).
  const shape = checkTransactionShape(read.value);
  if (shape.length > 0) throw new AccountingError(shape);
  return build(read.value as TransactionInput, options);
}

/**
 * The non-throwing twin of {@link createTransaction}.
 *
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * const r = safeCreateTransaction({ ...input, entries: [input.entries[0]!] });
 * r.success //=> false
 * r.success || r.issues[0]!.code //=> 'too_few_entries'
 * ```
 */
export function safeCreateTransaction(input: TransactionInput | unknown, options: CreateTransactionOptions = {}): SafeResult<Transaction> {
  return safely(() => createTransaction(input, options));
}

/** Refuses options of the wrong type (`invalid_option`) before they are used. */
function checkOptions(options: unknown): asserts options is CreateTransactionOptions {
  const bad = (path: Path, message: string): never => {
    throw new AccountingError([issue('invalid_option', path, message)]);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) bad([], `The options are an object such as { chart, journals }, or undefined, not ${quote(options)}.`);
  try {
    const o = options as Record<string, unknown>;
    if (o.chart !== undefined && !isChart(o.chart)) bad(['chart'], 'options.chart is a chart of accounts made by createChart or defaultChart().');
    const journals = o.journals;
    if (journals !== undefined) {
      if (!Array.isArray(journals)) bad(['journals'], 'options.journals is an array of journals ({ code, label, kind }), such as DEFAULT_JOURNALS.');
      (journals as unknown[]).forEach((j, k) => {
        if (typeof j !== 'object' || j === null || typeof (j as { code?: unknown }).code !== 'string') bad(['journals', k], 'Each journal is an object with a string code, such as { code: "VT", label: "Ventes", kind: "sales" }.');
      });
    }
    if (o.number !== undefined && typeof o.number !== 'number') bad(['number'], `options.number is a whole number from 0 to 999999999, not ${quote(o.number)}.`);
  } catch (error) {
    if (error instanceof AccountingError) throw error;
    bad([], 'Reading the options threw: give plain options (no getter or proxy that throws).');
  }
}

function build(input: TransactionInput, options: CreateTransactionOptions): Transaction {
  const issues: AccountingIssue[] = [];
  const add = (code: AccountingIssue['code'], path: Path, message: string): void => {
    issues.push(issue(code, path, message));
  };

  const width = options.accountWidth;
  if (width !== undefined) checkAccountWidth(width);
  const journal = input.journal;
  if (!JOURNAL_RE.test(journal)) add('invalid_input', ['journal'], `Invalid journal code ${JSON.stringify(journal)}: use 1 to 10 letters, digits, "_" or "-" (e.g. "VT").`);
  else if (options.journals && !options.journals.some((j) => j.code === journal)) {
    add('unknown_journal', ['journal'], `Journal ${journal} is not in the journals given: add it or use one of ${options.journals.map((j) => j.code).join(', ')}.`);
  }

  let id = input.id;
  if (id === undefined) {
    const n = options.number ?? 1;
    if (!Number.isSafeInteger(n) || n < 0 || n > 999_999_999) add('invalid_option', ['number'], `options.number must be a whole number from 0 to 999999999, received ${String(n)}.`);
    id = transactionId(journal, n);
  } else if (id.trim() === '') add('empty_id', ['id'], 'The transaction id is empty: give a non-empty id or leave it out to number it from the journal.');
  else if (BREAKS_RE.test(id)) add('invalid_input', ['id'], `The transaction id ${quote(id)} holds a "|", a tab or a line break: files without escapes (the FEC) would merge it with another id; remove those characters.`);

  const date = checkDate(input.date, ['date'], add);
  const pieceDate = input.piece.date === undefined ? date : checkDate(input.piece.date, ['piece', 'date'], add);
  const validatedOn = input.validatedOn === undefined ? date : input.validatedOn === null ? null : checkDate(input.validatedOn, ['validatedOn'], add);
  const closed = closingIssue(options, isIsoDate(date) ? date : undefined, ['date'], `Transaction ${id}`);
  if (closed) issues.push(closed);
  if (input.piece.ref.trim() === '') add('empty_id', ['piece', 'ref'], 'The piece reference is empty: give the supporting document number (invoice, receipt…).');
  if (input.label.trim() === '') add('invalid_input', ['label'], 'The label is empty: describe the transaction (the FEC requires EcritureLib).');
  if (date && validatedOn && validatedOn < date) add('invalid_date', ['validatedOn'], `validatedOn ${validatedOn} is before the transaction date ${date}: a transaction is validated on or after its date.`);

  const currency = input.currency ?? 'EUR';
  const scale = Object.hasOwn(CURRENCY_SCALES, currency) ? CURRENCY_SCALES[currency]! : undefined;
  if (scale === undefined) add('unknown_currency', ['currency'], `Unknown currency "${currency}": use an ISO 4217 code such as "EUR".`);

  if (input.entries.length < 2) {
    add('too_few_entries', ['entries'], `A transaction needs at least two entries (one debit, one credit); this one has ${input.entries.length}.`);
  }

  const entries: Entry[] = [];
  let debits = 0;
  let credits = 0;
  input.entries.forEach((e, i) => {
    const path: Path = ['entries', i];
    const before = issues.length;
    let account = e.account;
    if (!isAccountNumber(account)) {
      add('invalid_account', [...path, 'account'], `Invalid account number ${JSON.stringify(account)}: it must start with three digits (PCG class and account), then digits or capital letters, 20 characters at most.`);
    } else if (width !== undefined && account.length > width) {
      add('account_too_long', [...path, 'account'], accountTooLongMessage(account, width));
    } else {
      if (width !== undefined) account = padUnchecked(account, width);
      if (options.chart && !options.chart.covers(account)) {
        add('unknown_account', [...path, 'account'], `Account ${account} is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.`);
      }
    }
    let side: 'debit' | 'credit' | undefined;
    let raw: AmountInput | undefined;
    if (e.debit !== undefined && e.credit !== undefined) {
      add('both_sides', path, 'This entry has both a debit and a credit: give one side only (split it into two entries if needed).');
    } else if (e.debit !== undefined) {
      side = 'debit';
      raw = e.debit;
    } else if (e.credit !== undefined) {
      side = 'credit';
      raw = e.credit;
    } else add('missing_side', path, 'This entry has neither a debit nor a credit: give exactly one of them.');
    let minor = 0;
    if (side && raw !== undefined && scale !== undefined) {
      const m = attempt(() => toMinorUnits(raw, currency, [...path, side]), add);
      if (m !== undefined) {
        if (m <= 0) add('non_positive_amount', [...path, side], `The ${side} is ${formatMinor(m, scale)}: entry amounts must be strictly positive; put a negative amount on the other side instead, and drop zero lines.`);
        else minor = m;
      }
    }
    if (e.openItem !== undefined && e.openItem.trim() === '') add('empty_id', [...path, 'openItem'], 'The open item is empty: give the invoice id or leave it out.');
    if (e.auxiliary && e.auxiliary.number.trim() === '') add('empty_id', [...path, 'auxiliary', 'number'], 'The auxiliary account number is empty: give the customer or supplier code.');
    else if (e.auxiliary && BREAKS_RE.test(e.auxiliary.number)) {
      add('invalid_input', [...path, 'auxiliary', 'number'], `The auxiliary account number ${quote(e.auxiliary.number)} holds a "|", a tab or a line break: files without escapes (the FEC) would merge it with another account; remove those characters.`);
    }
    let foreign: { code: string; amount: Decimal } | undefined;
    if (e.currency) {
      const code = e.currency.code;
      if (!Object.hasOwn(CURRENCY_SCALES, code)) add('unknown_currency', [...path, 'currency', 'code'], `Unknown currency "${code}": use an ISO 4217 code such as "USD".`);
      else {
        const amount = e.currency.amount;
        const a = attempt(() => toAmount(amount, code, [...path, 'currency', 'amount']), add);
        if (a) foreign = Object.freeze({ code, amount: a });
      }
    }
    let vat: { rate: string; base: Decimal } | undefined;
    const vatInput = e.vat;
    if (vatInput) {
      const rate = attempt(() => normalizeVatRate(vatInput.rate, [...path, 'vat', 'rate']), add);
      const base = attempt(() => toAmount(vatInput.base, currency, [...path, 'vat', 'base']), add);
      if (rate !== undefined && base) vat = Object.freeze({ rate, base });
    }
    let lettering: { code: string; date: IsoDate } | undefined;
    if (e.lettering) {
      if (e.lettering.code.trim() === '') add('empty_id', [...path, 'lettering', 'code'], 'The lettering code is empty: give a code such as "A" or leave lettering out.');
      const d = checkDate(e.lettering.date, [...path, 'lettering', 'date'], add);
      if (d) lettering = Object.freeze({ code: e.lettering.code, date: d });
    }
    let analytics: Readonly<Record<string, string>> | undefined;
    if (e.analytics) {
      const copy = Object.create(null) as Record<string, string>;
      for (const key of Object.keys(e.analytics)) {
        const v = (e.analytics as Record<string, unknown>)[key];
        if (FORBIDDEN.has(key)) add('forbidden_key', [...path, 'analytics', key], `The key "${key}" is never accepted in input: rename the analytic axis.`);
        else if (typeof v !== 'string') add('invalid_input', [...path, 'analytics', key], `Analytic axis "${key}" must map to a section code string.`);
        else copy[key] = v;
      }
      analytics = Object.freeze(copy);
    }
    if (issues.length > before || side === undefined) return;
    if (side === 'debit') debits += minor;
    else credits += minor;
    entries.push(
      makeEntry({
        account: account as AccountNumber,
        side,
        minor,
        scale: scale ?? 2,
        accountLabel: e.accountLabel,
        auxiliary: e.auxiliary ? Object.freeze({ number: e.auxiliary.number, name: e.auxiliary.name }) : undefined,
        label: e.label,
        currency: foreign,
        costCenter: e.costCenter,
        analytics,
        vat,
        lettering,
        openItem: e.openItem,
      }),
    );
  });

  if (issues.length === 0 && debits !== credits && scale !== undefined) {
    const residual = debits - credits;
    const side = residual > 0 ? 'credit' : 'debit';
    const abs = formatMinor(Math.abs(residual), scale);
    add(
      'unbalanced_transaction',
      ['entries'],
      `Transaction ${id} is unbalanced: debits ${formatMinor(debits, scale)} ≠ credits ${formatMinor(credits, scale)} ${currency}; residual ${abs} — add ${abs} on the ${side} side (or remove it from the other side).`,
    );
  }
  if (!Number.isSafeInteger(debits)) add('amount_overflow', ['entries'], 'The sum of the debits passes Number.MAX_SAFE_INTEGER minor units: split the transaction.');
  if (issues.length > 0) throw new AccountingError(issues);

  const tx: Record<string, unknown> = {
    id,
    journal,
    date,
    piece: Object.freeze({ ref: input.piece.ref, date: pieceDate }),
    label: input.label,
    validatedOn,
  };
  if (input.type !== undefined) tx.type = input.type;
  if (input.source !== undefined) tx.source = freezeSource(input.source);
  tx.currency = currency;
  if (input.reverses !== undefined) tx.reverses = input.reverses;
  tx.entries = Object.freeze(entries);
  return Object.freeze(tx) as unknown as Transaction;
}

function freezeSource(s: TransactionSource): TransactionSource {
  const out: Record<string, string> = {};
  for (const key of ['documentId', 'documentNumber', 'customerId', 'customerName', 'funder', 'billingContact', 'paymentMethod', 'memo'] as const) {
    const v = s[key];
    if (v !== undefined) out[key] = v;
  }
  return Object.freeze(out);
}

type Add = (code: AccountingIssue['code'], path: Path, message: string) => void;

function checkDate(value: string, path: Path, add: Add): IsoDate {
  attempt(() => isoDate(value, path), add);
  return value as IsoDate;
}

/** `f()`, or `undefined` with its issues added when it throws an AccountingError. */
function attempt<T>(f: () => T, add: Add): T | undefined {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof AccountingError)) throw err;
    for (const i of err.issues) add(i.code, [...i.path], i.message);
    return undefined;
  }
}
