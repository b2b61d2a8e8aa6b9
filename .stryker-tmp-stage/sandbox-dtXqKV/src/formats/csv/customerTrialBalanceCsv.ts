// @ts-nocheck
import { toBook, type BookSource } from '../../book/index.js';
import { trialBalance } from '../../ledger/trialBalance.js';
import { RECEIVABLE_PREFIXES } from '../../ledger/_lib/receivables.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn } from '../_lib/csv.js';
import { periodFileName, text, totalsOption } from './_lib/csvExport.js';
import { balanceAmountColumns, balanceLines, trialBalanceOptionsOf, type BalanceLine as Line, type CsvTrialBalanceOptions } from './trialBalanceCsv.js';


function* customerChunks(source: BookSource, options: CsvTrialBalanceOptions = {}): Generator<string> {
  const totals = totalsOption(options);
  const book = toBook(source);
  // By default the receivable prefixes the book uses (a prefix it lacks would be unknown_account).
  const accounts = options.accounts ?? { prefixes: RECEIVABLE_PREFIXES.filter((p) => book.accounts.some((a) => a.startsWith(p))) };
  const tb = trialBalance(book, trialBalanceOptionsOf(options, 'auxiliary', accounts));
  const columns: ReadonlyArray<CsvColumn<Line>> = [
    text('account', 'Compte', 'Account', (r: Line) => r.account),
    text('auxiliary', 'Compte auxiliaire', 'Auxiliary account', (r: Line) => r.auxiliary?.number),
    text('name', 'Client', 'Customer', (r: Line) => r.auxiliary?.name),
    ...balanceAmountColumns(book.scale),
  ];
  yield* csvChunks(balanceLines(tb, totals), columns, options);
}

/**
 * The customer trial balance (« balance auxiliaire clients », SPEC-FR §4.4):
 * one CSV line per customer (auxiliary account) of the receivable accounts —
 * collective account, auxiliary account, customer name, opening, movements
 * and closing in debit and credit — then a `Total` line, which equals the
 * receivable lines of the general trial balance. The figures are the
 * {@link trialBalance} report's (`level: 'auxiliary'`) over 411, 416, 4191
 * and 4197 by default. File name: `balance-clients_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_period`, `invalid_option`,
 *   `invalid_account`, `unknown_account`
 * @example
 * ```ts
 * formats.csvCustomerTrialBalance.serialize(book, { lineEnding: '\n' }).split('\n')[1]
 * //=> '411000;C0001;DUPONT Jean;0,00;0,00;600,00;600,00;0,00;0,00'
 * ```
 */
export const csvCustomerTrialBalanceFormat: Format<BookSource, CsvTrialBalanceOptions> = /* @__PURE__ */ defineFormat<BookSource, CsvTrialBalanceOptions>({
  id: 'csv-customer-trial-balance',
  mediaType: 'text/csv',
  description: 'Customer trial balance: opening, movements and closing per customer auxiliary account, with totals (CSV)',
  fileName: (context) => periodFileName('balance-clients', context),
  chunks: customerChunks,
});
