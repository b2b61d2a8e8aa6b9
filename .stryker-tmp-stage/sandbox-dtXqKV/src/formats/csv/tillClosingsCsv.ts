// @ts-nocheck
import { currencyScale, type Decimal } from '../../money/index.js';
import type { TillClosings } from '../../synthesis/tillClosings.js';
import { defineFormat, type Format } from '../Format.js';
import { csvRows, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, date, periodFileName, text } from './_lib/csvExport.js';

/**
 * One line of the till closings CSV: a figure of one closing.
 *
 * @example
 * ```ts
 * const row: TillClosingsCsvRow = { day: '2024-07-14', till: 'SNACK', number: 'Z-0001', section: 'payments', code: 'cash', label: 'Espèces', count: 2, amount: new Decimal('7') };
 * ```
 */
export interface TillClosingsCsvRow {
  /** The closing's business day, `YYYY-MM-DD` (column Date). */
  readonly day: string;
  /** The till (register) id (« caisse »). */
  readonly till: string;
  /** The Z closing's number (« N° Z »). */
  readonly number: string;
  /**
   * Which block of the closing the line belongs to: tickets, sales by VAT rate, total revenue, payments by
   * method, left on customer accounts, cash.
   */
  readonly section: 'tickets' | 'vat' | 'revenue' | 'payments' | 'on-account' | 'cash';
  /**
   * The line's key within its section: the VAT rate (or `tourist-tax`), the payment method, `revenue`,
   * `onAccount`, `expectedCash`, `countedCash`, `difference`…
   */
  readonly code: string;
  /** The line's label in the CSV's language (`Espèces`, `20 %`). */
  readonly label: string;
  /** The VAT rate of a `vat` line (`"20"`); absent on the tourist-tax line and on other sections. */
  readonly rate?: string | undefined;
  /** A count: tickets (tickets, revenue) or payments (payments lines). */
  readonly count?: number;
  /** The sales excl. tax (« HT ») of a `vat` line, in the currency's major unit. */
  readonly exclTax?: Decimal;
  /** The VAT of a `vat` line. */
  readonly vat?: Decimal;
  /**
   * The line's amount incl. tax (« TTC »): sales, payments, cash; the cash difference is negative when short.
   */
  readonly amount?: Decimal;
  /**
   * The account the line posts to: a payment method's account, or the cash difference's (658 short, 758
   * over).
   */
  readonly account?: string;
}

const SECTIONS = {
  tickets: { fr: 'Tickets', en: 'Tickets' },
  vat: { fr: 'Ventes par taux de TVA', en: 'Sales by VAT rate' },
  revenue: { fr: 'Ventes', en: 'Sales' },
  payments: { fr: 'Paiements', en: 'Payments' },
  'on-account': { fr: 'En compte client', en: 'On account' },
  cash: { fr: 'Espèces', en: 'Cash' },
} as const;

const LABELS = {
  tickets: { fr: 'Tickets', en: 'Tickets' },
  revenue: { fr: 'Total TTC', en: 'Total incl. tax' },
  onAccount: { fr: 'Reste en compte client', en: 'Left on customer accounts' },
  expected: { fr: 'Espèces attendues', en: 'Cash expected' },
  counted: { fr: 'Espèces comptées', en: 'Cash counted' },
  difference: { fr: 'Écart de caisse', en: 'Cash difference' },
  touristTax: { fr: 'taxe de séjour', en: 'tourist tax' },
} as const;

/**
 * The rows of the till closings CSV, closing after closing: the tickets
 * (count, and their numbers), sales by VAT rate (excl. tax, VAT, incl. tax),
 * the total, payments by method (count, amount, account), what was left on
 * customers' accounts, then cash expected, counted and the difference with
 * its account (658 short, 758 over).
 *
 * @param report - the result of {@link tillClosings}
 * @param language - @defaultValue 'fr'
 * @returns the rows
 * @example
 * ```ts
 * const report = tillClosings([closing], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * tillClosingsCsvRows(report).map((r) => r.code)
 * //=> ['tickets', '20', '5.5', 'revenue', 'card', 'cash', 'onAccount', 'expectedCash', 'countedCash', 'difference']
 * ```
 */
export function tillClosingsCsvRows(report: TillClosings, language: 'fr' | 'en' = 'fr'): TillClosingsCsvRow[] {
  const rows: TillClosingsCsvRow[] = [];
  for (const z of report.closings) {
    const head = { day: z.day, till: z.till, number: z.number };
    rows.push({ ...head, section: 'tickets', code: 'tickets', label: z.tickets.join(' '), count: z.ticketCount });
    for (const r of z.byVatRate) {
      const rate = r.rate === undefined ? LABELS.touristTax[language] : language === 'fr' ? `${r.rate.replace('.', ',')} %` : `${r.rate}%`;
      rows.push({ ...head, section: 'vat', code: r.rate ?? 'tourist-tax', label: rate, rate: r.rate, exclTax: r.exclTax, vat: r.vat, amount: r.inclTax });
    }
    rows.push({ ...head, section: 'revenue', code: 'revenue', label: LABELS.revenue[language], count: z.ticketCount, amount: z.revenue });
    for (const m of z.byMethod) rows.push({ ...head, section: 'payments', code: m.method, label: m.label, count: m.count, amount: m.amount, account: m.account });
    if (!z.onAccount.isZero()) rows.push({ ...head, section: 'on-account', code: 'onAccount', label: LABELS.onAccount[language], amount: z.onAccount });
    rows.push({ ...head, section: 'cash', code: 'expectedCash', label: LABELS.expected[language], amount: z.expectedCash });
    rows.push({ ...head, section: 'cash', code: 'countedCash', label: LABELS.counted[language], amount: z.countedCash });
    rows.push({ ...head, section: 'cash', code: 'difference', label: LABELS.difference[language], amount: z.difference, ...(z.differenceAccount ? { account: z.differenceAccount } : {}) });
  }
  return rows;
}

/** The columns of the till closings CSV (internal). */
function tillClosingsColumns(language: 'fr' | 'en', scale: number): ReadonlyArray<CsvColumn<TillClosingsCsvRow>> {
  return [
    date('day', 'Date', 'Date', (r) => r.day),
    text('till', 'Caisse', 'Till', (r) => r.till),
    text('number', 'N° Z', 'Z number', (r) => r.number),
    text('section', 'Section', 'Section', (r) => SECTIONS[r.section][language]),
    text('code', 'Code', 'Code', (r) => r.code),
    text('label', 'Libellé', 'Label', (r) => r.label),
    { key: 'rate', fr: 'Taux TVA', en: 'VAT rate', type: 'number', value: (r) => r.rate },
    { key: 'count', fr: 'Nombre', en: 'Count', type: 'integer', value: (r) => r.count },
    amount('exclTax', 'Montant HT', 'Excl. tax', (r) => r.exclTax, scale),
    amount('vat', 'TVA', 'VAT', (r) => r.vat, scale),
    amount('amount', 'Montant TTC', 'Amount incl. tax', (r) => r.amount, scale),
    text('account', 'Compte', 'Account', (r) => r.account),
  ];
}

/**
 * The till closings (« clôtures de caisse », Z) of a period as one CSV
 * (`formats.csvTillClosings`), one block of lines per closing: date, till
 * and Z number on every line, then a Section column — tickets (their count
 * and numbers), sales by VAT rate (excl. tax, VAT, incl. tax), total,
 * payments by method (count, amount, account), what was left on customers'
 * accounts, cash expected, counted and the difference with the account it
 * is posted to (658 short, 758 over). The figures are the
 * {@link tillClosings} report's. File name: `clotures-caisse_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_option` (a CSV option, or a file name without period)
 * @example
 * ```ts
 * const period = { from: '2024-07-01', to: '2024-07-31' };
 * formats.csvTillClosings.serialize(tillClosings([closing], { period }), { lineEnding: '\n' }).split('\n')[0]
 * //=> 'Date;Caisse;N° Z;Section;Code;Libellé;Taux TVA;Nombre;Montant HT;TVA;Montant TTC;Compte'
 * formats.csvTillClosings.fileName({ period: { from: '2024-07-01', to: '2024-07-31' } }) //=> 'clotures-caisse_2024-07-01_2024-07-31.csv'
 * ```
 */
export const csvTillClosingsFormat: Format<TillClosings, CsvOptions> = /* @__PURE__ */ defineFormat<TillClosings, CsvOptions>({
  id: 'csv-till-closings',
  mediaType: 'text/csv',
  description: 'Till closings (Z): tickets, sales by VAT rate, payments by method, cash expected, counted and the difference, per closing (CSV)',
  fileName: (context) => periodFileName('clotures-caisse', context),
  chunks: (report, options) => csvRows(tillClosingsCsvRows(report, options?.language === 'en' ? 'en' : 'fr'), tillClosingsColumns(options?.language === 'en' ? 'en' : 'fr', currencyScale(report.currency)), options),
});
