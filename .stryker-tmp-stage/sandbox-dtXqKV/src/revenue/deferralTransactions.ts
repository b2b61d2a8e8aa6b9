// @ts-nocheck
import { addDays } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { currencyScale } from '../money/index.js';
import { defaultRules, isPostingRules, type PostingRules } from '../posting/rules.js';
import { createTransaction, reverseTransaction, transactionId, type EntryInput, type Transaction } from '../transactions/index.js';
import type { DeferredRevenue } from './deferredRevenue.js';
import { cutoffOption } from './_lib/options.js';

/**
 * Options of {@link deferralTransactions}.
 *
 * @example
 * ```ts
 * const options: DeferralTransactionsOptions = { cutoff: '2024-12-31', nextNumbers: { OD: 12 } };
 * ```
 */
export interface DeferralTransactionsOptions {
  /**
   * The cut-off date the deferral is dated; it must be the report's.
   * @defaultValue the report's cut-off
   */
  readonly cutoff?: string;
  /**
   * The rules: general (OD) journal, deferred-revenue account (487), chart.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
  /**
   * The next sequence number per journal code.
   * @defaultValue 1 for every journal
   */
  readonly nextNumbers?: Readonly<Record<string, number>>;
  /**
   * Piece reference of both transactions.
   * @defaultValue `PCA` + the cut-off date (`PCA2024-12-31`)
   */
  readonly pieceRef?: string;
}

/**
 * The deferral (OD journal, type `deferral`) dated the cut-off, with a line
 * pair per revenue account — debit the revenue account, credit deferred
 * revenue 487 (the other way round for an account whose deferred amount is
 * negative, credit notes prevailing) — and its reversal (extourne, type
 * `reversal`) dated the day after. No VAT moves: the VAT collected stays
 * collected. Accounts whose deferred amount is zero get no lines; when every
 * account is zero there is nothing to post and the result is empty.
 *
 * @param report - a {@link deferredRevenue} report
 * @param options - cut-off, rules, next numbers, piece reference
 * @returns `[deferral, reversal]`, or `[]` when nothing is deferred
 * @throws AccountingError `invalid_date`, `invalid_option` (a cut-off other than the
 *   report's, rules not built by `defaultRules`), `unknown_account` (a revenue account the
 *   rules' chart does not cover)
 * @example
 * ```ts
 * const [deferral, reversal] = deferralTransactions(deferredRevenue([invoice], { cutoff: '2024-12-31' }));
 * deferral!.id //=> 'OD000001'
 * deferral!.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])
 * //=> [['706100', 'debit', '393.15'], ['487', 'credit', '393.15']]
 * reversal!.date //=> '2025-01-01'
 * ```
 */
export function deferralTransactions(report: DeferredRevenue, options: DeferralTransactionsOptions = {}): Transaction[] {
  const rules = options.rules ?? defaultRules();
  if (!isPostingRules(rules)) fail('invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).');
  const cutoff = options.cutoff === undefined ? cutoffOption(report.cutoff) : cutoffOption(options.cutoff);
  if (cutoff.date !== report.cutoff) {
    fail('invalid_option', ['cutoff'], `The report was computed at ${report.cutoff}, not at ${cutoff.date}: compute deferredRevenue at the cut-off you post, or leave cutoff out.`);
  }
  const scale = currencyScale(report.currency, ['currency']);
  const deferredAccount = rules.accounts.deferredRevenue;
  const entries: EntryInput[] = [];
  for (const a of report.accounts) {
    if (a.deferred.isZero()) continue;
    const amount = a.deferred.abs().toFixed(scale);
    const label = `PCA ${a.account} au ${cutoff.date}`;
    if (a.deferred.isPositive()) entries.push({ account: a.account, debit: amount, label }, { account: deferredAccount, credit: amount, label });
    else entries.push({ account: a.account, credit: amount, label }, { account: deferredAccount, debit: amount, label });
  }
  if (entries.length === 0) return [];
  const journal = rules.journals.general;
  const next = options.nextNumbers !== undefined && Object.hasOwn(options.nextNumbers, journal) ? options.nextNumbers[journal]! : 1;
  if (!Number.isSafeInteger(next) || next < 0 || next >= 999_999_999) {
    fail('invalid_option', ['nextNumbers', journal], `nextNumbers.${journal} must be a whole number from 0 to 999999998, received ${String(next)}.`);
  }
  const pieceRef = options.pieceRef ?? `PCA${cutoff.date}`;
  const deferral = createTransaction(
    {
      id: transactionId(journal, next),
      journal,
      date: cutoff.date,
      piece: { ref: pieceRef },
      label: `Produits constatés d'avance au ${cutoff.date}`,
      type: 'deferral',
      currency: report.currency,
      entries,
    },
    rules.accountWidth === undefined ? { chart: rules.chart } : { chart: rules.chart, accountWidth: rules.accountWidth },
  );
  const reversal = reverseTransaction(deferral, {
    date: addDays(cutoff.date, 1),
    id: transactionId(journal, next + 1),
    label: `Extourne des produits constatés d'avance au ${cutoff.date}`,
  });
  return [deferral, reversal];
}
