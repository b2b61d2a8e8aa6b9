// @ts-nocheck
import { currencyScale } from '../../../money/index.js';
import type { Format } from '../../Format.js';
import type { CsvColumn } from '../../_lib/csv.js';
import type { DashboardIndicators } from '../../../synthesis/gym/index.js';
import { gymCsvFormat, text, type Lang, type GymCsvOptions } from './_lib/gymCsv.js';

type Kind = 'amount' | 'count' | 'percent';

/** The indicators, in file order, with their labels (internal). */
const INDICATORS: ReadonlyArray<readonly [keyof DashboardIndicators, string, string, Kind]> = [
  ['revenueExclTax', "Chiffre d'affaires HT avant PCA", 'Revenue excl. tax before deferred revenue', 'amount'],
  ['deferral', 'Variation des PCA', 'Deferred revenue (PCA) movement', 'amount'],
  ['revenueAfterDeferral', "Chiffre d'affaires HT après PCA", 'Revenue excl. tax after deferred revenue', 'amount'],
  ['vat', 'TVA collectée', 'VAT', 'amount'],
  ['revenueInclTax', "Chiffre d'affaires TTC", 'Revenue incl. tax', 'amount'],
  ['subscriptionRevenue', 'dont abonnements HT', 'of which subscriptions excl. tax', 'amount'],
  ['sessionRevenue', 'dont séances HT', 'of which session packs excl. tax', 'amount'],
  ['otherRevenue', 'dont autres ventes HT', 'of which other sales excl. tax', 'amount'],
  ['invoices', 'Factures', 'Invoices', 'count'],
  ['creditNotes', 'Avoirs', 'Credit notes', 'count'],
  ['averageBasket', 'Panier moyen TTC', 'Average basket incl. tax', 'amount'],
  ['subscriptionsSold', 'Abonnements vendus', 'Subscriptions sold', 'count'],
  ['sessionsSold', 'Séances vendues', 'Sessions sold', 'count'],
  ['cancellations', 'Résiliations', 'Cancellations', 'count'],
  ['activeMembers', 'Membres actifs en fin de période', 'Active members at period end', 'count'],
  ['received', 'Encaissements', 'Money received', 'amount'],
  ['refunded', 'Remboursements', 'Refunds', 'amount'],
  ['directDebits', 'Prélèvements', 'Direct debits', 'amount'],
  ['directDebitCount', 'Nombre de prélèvements', 'Number of direct debits', 'count'],
  ['rejected', 'Prélèvements rejetés', 'Direct debits rejected', 'amount'],
  ['rejections', 'Nombre de rejets', 'Number of rejections', 'count'],
  ['rejectionRate', 'Taux de rejet (%)', 'Rejection rate (%)', 'percent'],
  ['vouchers', 'Paiements par contremarque', 'Voucher payments', 'amount'],
];

/** One line of the dashboard file (internal). */
interface IndicatorLine {
  readonly key: string;
  readonly fr: string;
  readonly en: string;
  readonly value: string;
}

function indicatorLines(d: DashboardIndicators, scale: number): IndicatorLine[] {
  return INDICATORS.map(([key, fr, en, kind]) => {
    const v = d[key] as unknown;
    const value = kind === 'count' ? String(v) : (v as { toFixed(n: number): string }).toFixed(kind === 'percent' ? 2 : scale);
    return { key, fr, en, value };
  });
}

function dashboardColumns(lang: Lang): CsvColumn<IndicatorLine>[] {
  return [
    text('indicator', 'Indicateur', 'Indicator', (r: IndicatorLine) => r[lang]),
    { key: 'value', fr: 'Valeur', en: 'Value', type: 'number', value: (r: IndicatorLine) => r.value },
    text('key', 'Clé', 'Key', (r: IndicatorLine) => r.key),
  ];
}

/**
 * CSV export of {@link dashboardIndicators} (« indicateurs du tableau de
 * bord »): one line per indicator — revenue excl. tax before deferred
 * revenue, the deferred-revenue movement and revenue after it first — its label in the file's language, its
 * value (amounts with the currency's decimals, counts, percentages with 2
 * decimals) and its stable key. File name `tableau-de-bord_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymDashboard.serialize(dashboardIndicators(docs, book, { period }), { language: 'en' }).split('\r\n')[1]
 * //=> 'Revenue excl. tax before deferred revenue;594,42;revenueExclTax'
 * ```
 */
export const csvGymDashboardFormat: Format<DashboardIndicators, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<DashboardIndicators, IndicatorLine>({
  id: 'csv-gym-dashboard',
  description: 'Gym: dashboard revenue indicators of a period, one line per indicator (CSV)',
  base: 'tableau-de-bord',
  dated: 'period',
  rows: (d) => indicatorLines(d, currencyScale(d.currency, ['currency'])),
  columns: dashboardColumns,
});
