// @ts-nocheck
import { currencyScale, type Decimal } from '../../money/index.js';
import type { VatSynthesis } from '../../tax/vatSynthesis.js';
import { defineFormat, type Format } from '../Format.js';
import { csvRows, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, periodFileName, text } from './_lib/csvExport.js';

/**
 * One line of the VAT synthesis CSV: a rate, an exempt base, or the totals.
 *
 * @example
 * ```ts
 * const row: VatSynthesisCsvRow = { line: 'rate', rate: '20', collectedBase: new Decimal('500'), collectedVat: new Decimal('100') };
 * ```
 */
export interface VatSynthesisCsvRow {
  /** What the row is: a VAT rate, an exempt base, or the totals. */
  readonly line: 'rate' | 'exemption' | 'total';
  /** The VAT rate of a `rate` row (`"20"`); absent on other rows and for VAT entries with no known rate. */
  readonly rate?: string | undefined;
  /** The exemption reason (exemption lines). */
  readonly reason?: string;
  /** The base excl. tax of the collected VAT (credits positive), or the exempt base of an `exemption` row. */
  readonly collectedBase?: Decimal;
  /** The collected VAT (« TVA collectée »), credits positive. */
  readonly collectedVat?: Decimal;
  /** The base excl. tax of the deductible VAT, debits positive. */
  readonly deductibleBase?: Decimal;
  /** The deductible VAT (« TVA déductible »), debits positive. */
  readonly deductibleVat?: Decimal;
  /** Pending VAT on receipts the period added, net of transfers to collected VAT. */
  readonly pendingVat?: Decimal;
  /** Pending VAT still awaiting payment at the period end. */
  readonly pendingVatAtEnd?: Decimal;
  /**
   * Deductible VAT pending on suppliers taxed on receipt (44568) the period added, net; present only when the
   * book moves such an account.
   */
  readonly deductiblePendingVat?: Decimal;
  /** Deductible VAT pending at the period end (total row only). */
  readonly deductiblePendingVatAtEnd?: Decimal;
  /** The total row's net VAT due: positive due, negative a VAT credit. */
  readonly netVatDue?: Decimal;
}

const LINE_LABELS = {
  rate: { fr: 'Taux', en: 'Rate' },
  exemption: { fr: 'Exonération', en: 'Exemption' },
  total: { fr: 'Total', en: 'Total' },
} as const;

/**
 * The rows of the VAT synthesis CSV: one per rate (highest first), one per
 * exempt base (by reason), then the totals with the net VAT due.
 *
 * @param synthesis - the result of {@link vatSynthesis}
 * @returns the rows
 * @example
 * ```ts
 * const synthesis = vatSynthesis(vatBook, { period: { from: '2024-01-01', to: '2024-12-31' } });
 * vatSynthesisCsvRows(synthesis).map((r) => r.line) //=> ['rate', 'rate', 'total']
 * ```
 */
export function vatSynthesisCsvRows(synthesis: VatSynthesis): VatSynthesisCsvRow[] {
  const rows: VatSynthesisCsvRow[] = synthesis.rates.map((r) => ({
    line: 'rate' as const,
    rate: r.rate,
    collectedBase: r.collected.base,
    collectedVat: r.collected.vat,
    deductibleBase: r.deductible.base,
    deductibleVat: r.deductible.vat,
    pendingVat: r.pending.vat,
    pendingVatAtEnd: r.pendingAtEnd.vat,
    ...(r.deductiblePending ? { deductiblePendingVat: r.deductiblePending.vat } : {}),
    ...(r.deductiblePendingAtEnd ? { deductiblePendingVatAtEnd: r.deductiblePendingAtEnd.vat } : {}),
  }));
  for (const e of synthesis.exemptions) rows.push({ line: 'exemption', reason: e.reason, collectedBase: e.base });
  rows.push({
    line: 'total',
    collectedBase: synthesis.collected.base,
    collectedVat: synthesis.collected.vat,
    deductibleBase: synthesis.deductible.base,
    deductibleVat: synthesis.deductible.vat,
    pendingVat: synthesis.pending.movements.vat,
    pendingVatAtEnd: synthesis.pending.atEnd.vat,
    ...(synthesis.deductiblePending ? { deductiblePendingVat: synthesis.deductiblePending.movements.vat, deductiblePendingVatAtEnd: synthesis.deductiblePending.atEnd.vat } : {}),
    netVatDue: synthesis.netVatDue,
  });
  return rows;
}

/** The columns of the VAT synthesis CSV (internal). */
function vatSynthesisColumns(language: 'fr' | 'en', scale: number): ReadonlyArray<CsvColumn<VatSynthesisCsvRow>> {
  return [
    text('line', 'Ligne', 'Line', (r) => LINE_LABELS[r.line][language]),
    { key: 'rate', fr: 'Taux TVA', en: 'VAT rate', type: 'number', value: (r) => r.rate },
    text('reason', 'Motif', 'Reason', (r) => r.reason),
    amount('collectedBase', 'Base HT collectée', 'Collected base', (r) => r.collectedBase, scale),
    amount('collectedVat', 'TVA collectée', 'Collected VAT', (r) => r.collectedVat, scale),
    amount('deductibleBase', 'Base HT déductible', 'Deductible base', (r) => r.deductibleBase, scale),
    amount('deductibleVat', 'TVA déductible', 'Deductible VAT', (r) => r.deductibleVat, scale),
    amount('pendingVat', 'TVA en attente (période)', 'Pending VAT (period)', (r) => r.pendingVat, scale),
    amount('pendingVatAtEnd', 'TVA en attente à la fin', 'Pending VAT at end', (r) => r.pendingVatAtEnd, scale),
    amount('deductiblePendingVat', 'TVA déductible en attente (période)', 'Deductible VAT pending (period)', (r) => r.deductiblePendingVat, scale),
    amount('deductiblePendingVatAtEnd', 'TVA déductible en attente à la fin', 'Deductible VAT pending at end', (r) => r.deductiblePendingVatAtEnd, scale),
    amount('netVatDue', 'TVA nette due', 'Net VAT due', (r) => r.netVatDue, scale),
  ];
}

/**
 * The VAT synthesis (« synthèse de TVA ») of a period as CSV
 * (`formats.csvVatSynthesis`): one line per rate — collected base and VAT,
 * deductible base and VAT, VAT pending on receipts (added over the period
 * and still pending at its end; deductible VAT pending likewise when the
 * book has it) —, one line per exempt base with its reason, and a `Total`
 * line with the net VAT due (collected − deductible). The figures are the
 * {@link vatSynthesis} report's, laid out. File name:
 * `synthese-tva_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_option` (a CSV option, or a file name without period)
 * @example
 * ```ts
 * const period = { from: '2024-01-01', to: '2024-12-31' };
 * formats.csvVatSynthesis.serialize(vatSynthesis(vatBook, { period }), { lineEnding: '\n' }).split('\n')[1]
 * //=> 'Taux;20;;500,00;100,00;100,00;20,00;0,00;0,00;;;'
 * formats.csvVatSynthesis.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'synthese-tva_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvVatSynthesisFormat: Format<VatSynthesis, CsvOptions> = /* @__PURE__ */ defineFormat<VatSynthesis, CsvOptions>({
  id: 'csv-vat-synthesis',
  mediaType: 'text/csv',
  description: 'VAT synthesis: collected, deductible and pending VAT per rate, exempt bases, net VAT due (CSV)',
  fileName: (context) => periodFileName('synthese-tva', context),
  chunks: (synthesis, options) => csvRows(vatSynthesisCsvRows(synthesis), vatSynthesisColumns(options?.language === 'en' ? 'en' : 'fr', currencyScale(synthesis.currency)), options),
});
