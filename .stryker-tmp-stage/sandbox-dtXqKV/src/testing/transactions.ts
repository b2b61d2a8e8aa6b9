// @ts-nocheck
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../calendar/index.js';
import { formatMinor } from '../money/index.js';
import { createTransaction, transactionId, type EntryInput, type Transaction, type TransactionInput } from '../transactions/index.js';
import { createBook, type Book } from '../book/index.js';

/**
 * Options of the transaction arbitraries.
 *
 * @example
 * ```ts
 * const options: TransactionArbitraryOptions = { minEntries: 2, maxEntries: 4, from: '2024-01-01', to: '2024-12-31' };
 * ```
 */
export interface TransactionArbitraryOptions {
  /** Account numbers to draw from. @defaultValue a small French set (411000, 706100, 445711, 512000, 401000, 606100, 530000, 101000) */
  readonly accounts?: ReadonlyArray<string>;
  /** Journal codes to draw from. @defaultValue ['VT', 'BQ', 'AC', 'OD'] */
  readonly journals?: ReadonlyArray<string>;
  /** @defaultValue 2 */
  readonly minEntries?: number;
  /** @defaultValue 5 */
  readonly maxEntries?: number;
  /** Largest entry amount in minor units. @defaultValue 10_000_000 (100,000.00) */
  readonly maxMinor?: number;
  /** First possible date. @defaultValue '2024-01-01' */
  readonly from?: string;
  /** Last possible date. @defaultValue '2024-12-31' */
  readonly to?: string;
  /** Whether entries on 411000/401000 get auxiliary accounts. @defaultValue true */
  readonly auxiliaries?: boolean;
}

const DEFAULT_ACCOUNTS = ['411000', '706100', '445711', '512000', '401000', '606100', '530000', '101000'];
const CUSTOMERS = [
  { number: 'C0001', name: 'DUPONT Jean' },
  { number: 'C0002', name: 'MARTIN Léa' },
  { number: 'C0003', name: 'Durand; "SARL" & fils' },
  { number: 'F0001', name: 'EDF' },
];

/**
 * Balanced transaction inputs, valid by construction: n − 1 random entries
 * plus the one that balances them.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(transactionInputArbitrary(), (input) => createTransaction(input).entries.length >= 2));
 * ```
 */
export function transactionInputArbitrary(options: TransactionArbitraryOptions = {}): fc.Arbitrary<TransactionInput> {
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  const journals = options.journals ?? ['VT', 'BQ', 'AC', 'OD'];
  const min = Math.max(2, options.minEntries ?? 2);
  const max = Math.max(min, options.maxEntries ?? 5);
  const maxMinor = options.maxMinor ?? 10_000_000;
  const from = toDayNumber(options.from ?? '2024-01-01');
  const to = toDayNumber(options.to ?? '2024-12-31');
  const withAux = options.auxiliaries ?? true;
  const entry = fc.record({
    account: fc.constantFrom(...accounts),
    debit: fc.boolean(),
    minor: fc.integer({ min: 1, max: maxMinor }),
    aux: fc.integer({ min: 0, max: CUSTOMERS.length - 1 }),
    label: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  });
  return fc
    .record({
      journal: fc.constantFrom(...journals),
      day: fc.integer({ min: from, max: to }),
      validationLag: fc.integer({ min: 0, max: 3 }),
      label: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
      ref: fc.stringMatching(/^[A-Z]{2}\d{4}-\d{4}$/),
      entries: fc.array(entry, { minLength: min - 1, maxLength: max - 1 }),
      balancingAccount: fc.constantFrom(...accounts),
    })
    .map((r) => {
      const list = r.entries.map((e) => ({ ...e }));
      let residual = 0;
      for (const e of list) residual += e.debit ? e.minor : -e.minor;
      if (residual === 0) {
        const first = list[0]!;
        first.minor += 1;
        residual += first.debit ? 1 : -1;
      }
      list.push({ account: r.balancingAccount, debit: residual < 0, minor: Math.abs(residual), aux: 0, label: undefined });
      const entries: EntryInput[] = list.map((e) => {
        const out: { -readonly [K in keyof EntryInput]: EntryInput[K] } = { account: e.account };
        if (withAux && (e.account.startsWith('411') || e.account.startsWith('401'))) out.auxiliary = CUSTOMERS[e.aux]!;
        if (e.debit) out.debit = formatMinor(e.minor, 2);
        else out.credit = formatMinor(e.minor, 2);
        if (e.label !== undefined && e.label.trim() !== '') out.label = e.label;
        return out;
      });
      const date = fromDayNumber(r.day);
      return {
        journal: r.journal,
        date,
        piece: { ref: r.ref, date },
        label: r.label,
        validatedOn: addDays(date as IsoDate, r.validationLag),
        entries,
      } satisfies TransactionInput;
    });
}

/**
 * Valid `Transaction`s (built with `createTransaction`).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(transactionArbitrary(), (tx) => tx.entries.length >= 2));
 * ```
 */
export function transactionArbitrary(options: TransactionArbitraryOptions = {}): fc.Arbitrary<Transaction> {
  return transactionInputArbitrary(options).map((input) => createTransaction({ ...input, id: `${input.journal}-X` }));
}

/**
 * Options of {@link transactionsArbitrary} and {@link bookArbitrary}.
 *
 * @example
 * ```ts
 * const options: TransactionsArbitraryOptions = { maxLength: 50, opening: true };
 * ```
 */
export interface TransactionsArbitraryOptions extends TransactionArbitraryOptions {
  /** @defaultValue 0 */
  readonly minLength?: number;
  /** @defaultValue 30 */
  readonly maxLength?: number;
  /** Whether an opening (à-nouveaux) transaction may start the list, dated `from`. @defaultValue true */
  readonly opening?: boolean;
}

/**
 * Lists of valid transactions with unique ids numbered per journal
 * (`VT000001`…), possibly starting with an opening transaction.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(transactionsArbitrary(), (txs) => new Set(txs.map((t) => t.id)).size === txs.length));
 * ```
 */
export function transactionsArbitrary(options: TransactionsArbitraryOptions = {}): fc.Arbitrary<Transaction[]> {
  const from = options.from ?? '2024-01-01';
  const opening = transactionInputArbitrary({ ...options, journals: ['AN'], from, to: from, accounts: options.accounts ?? ['101000', '512000', '411000', '401000', '164000'] });
  return fc
    .record({
      open: options.opening === false ? fc.constant(undefined) : fc.option(opening, { nil: undefined }),
      rest: fc.array(transactionInputArbitrary(options), { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 30 }),
    })
    .map(({ open, rest }) => {
      const next = new Map<string, number>();
      const number = (journal: string): number => {
        const n = next.get(journal) ?? 1;
        next.set(journal, n + 1);
        return n;
      };
      const inputs: TransactionInput[] = open ? [{ ...open, type: 'opening', validatedOn: open.date }, ...rest] : rest;
      return inputs.map((input) => createTransaction({ ...input, id: transactionId(input.journal, number(input.journal)) }));
    });
}

/**
 * Books built from {@link transactionsArbitrary}.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(bookArbitrary(), (book) => book.size >= 0));
 * ```
 */
export function bookArbitrary(options: TransactionsArbitraryOptions = {}): fc.Arbitrary<Book> {
  return transactionsArbitrary(options).map((txs) => createBook(txs));
}
