// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import type { TrialBalance, TrialBalanceOptions, TrialBalanceRow } from '../../ledger/trialBalance.js';
import { trialBalance } from '../../ledger/trialBalance.js';
import type { AccountFilter } from '../../ledger/_lib/accountFilter.js';
import type { OpeningMode } from '../../ledger/_lib/scope.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, periodFileName, text, totalsOption } from './_lib/csvExport.js';

/**
 * Options of the trial balance CSV exports (`csv-trial-balance`,
 * `csv-customer-trial-balance`).
 *
 * @example
 * ```ts
 * const options: CsvTrialBalanceOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, totals: false, language: 'en' };
 * ```
 */
export interface CsvTrialBalanceOptions extends CsvOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /**
   * How opening balances (à-nouveaux) are computed, as {@link trialBalance}.
   * @defaultValue `entries` when the book has opening transactions dated the period's first day, else `cumulative`
   */
  readonly opening?: OpeningMode;
  /**
   * Which accounts to show.
   * @defaultValue every account; for the customer trial balance, 411, 416, 4191 and 4197
   */
  readonly accounts?: AccountFilter;
  /**
   * End the file with a `Total` line (the report's column totals).
   * @defaultValue true
   */
  readonly totals?: boolean;
}

/** A row of the file: a trial balance row, or the totals (internal). */
export type BalanceLine = Pick<TrialBalanceRow, 'account' | 'label' | 'auxiliary' | 'opening' | 'movements' | 'closing'>;

/** The six amount columns, from `Decimal`s at the currency's scale (internal). */
export function balanceAmountColumns(scale: number): ReadonlyArray<CsvColumn<BalanceLine>> {
  return [
    amount('openingDebit', 'À-nouveaux débit', 'Opening debit', (r: BalanceLine) => r.opening.debit, scale),
    amount('openingCredit', 'À-nouveaux crédit', 'Opening credit', (r: BalanceLine) => r.opening.credit, scale),
    amount('movementsDebit', 'Mouvements débit', 'Movements debit', (r: BalanceLine) => r.movements.debit, scale),
    amount('movementsCredit', 'Mouvements crédit', 'Movements credit', (r: BalanceLine) => r.movements.credit, scale),
    amount('closingDebit', 'Solde débiteur', 'Closing debit', (r: BalanceLine) => r.closing.debit, scale),
    amount('closingCredit', 'Solde créditeur', 'Closing credit', (r: BalanceLine) => r.closing.credit, scale),
  ];
}

/** The rows of a trial balance, then its `Total` line when asked (internal). */
export function* balanceLines(tb: TrialBalance, totals: boolean): Generator<BalanceLine> {
  yield* tb.rows;
  if (totals) yield { account: 'Total', label: '', ...tb.totals };
}

/** The trial balance options of the CSV options (internal). */
export function trialBalanceOptionsOf(options: CsvTrialBalanceOptions, level: 'general' | 'auxiliary', accounts: AccountFilter | undefined): TrialBalanceOptions {
  const out: { -readonly [K in keyof TrialBalanceOptions]: TrialBalanceOptions[K] } = { level };
  if (options.period !== undefined) out.period = options.period;
  if (options.opening !== undefined) out.opening = options.opening;
  if (accounts !== undefined) out.accounts = accounts;
  return out;
}

function* trialBalanceChunks(source: BookSource, options: CsvTrialBalanceOptions = {}): Generator<string> {
  const totals = totalsOption(options);
  const book = toBook(source);
  const tb = trialBalance(book, trialBalanceOptionsOf(options, 'general', options.accounts));
  const scale = book.scale;
  const columns: ReadonlyArray<CsvColumn<BalanceLine>> = [
    text('account', 'Compte', 'Account', (r: BalanceLine) => r.account),
    text('label', 'Libellé', 'Label', (r: BalanceLine) => r.label),
    ...balanceAmountColumns(scale),
  ];
  yield* csvChunks(balanceLines(tb, totals), columns, options);
}

/**
 * The general trial balance (« balance générale », SPEC-FR §4.4): one CSV
 * line per account — account, label, opening (à-nouveaux) debit and credit,
 * movements debit and credit, closing debit and credit balances — then a
 * `Total` line where each pair balances. The figures are the
 * {@link trialBalance} report's (`level: 'general'`); every amount is
 * written, zeros included. File name: `balance-generale_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_period`, `invalid_option`,
 *   `invalid_account`, `unknown_account`
 * @example
 * ```ts
 * formats.csvTrialBalance.serialize(book, { lineEnding: '\n' }).split('\n').slice(0, 2)
 * //=> ['Compte;Libellé;À-nouveaux débit;À-nouveaux crédit;Mouvements débit;Mouvements crédit;Solde débiteur;Solde créditeur',
 * //    '101000;Capital;0,00;1000,00;0,00;0,00;0,00;1000,00']
 * ```
 */
export const csvTrialBalanceFormat: Format<BookSource, CsvTrialBalanceOptions> = /* @__PURE__ */ defineFormat<BookSource, CsvTrialBalanceOptions>({
  id: 'csv-trial-balance',
  mediaType: 'text/csv',
  description: 'General trial balance: opening, movements and closing per account, with totals (CSV)',
  fileName: (context) => periodFileName('balance-generale', context),
  chunks: trialBalanceChunks,
});
