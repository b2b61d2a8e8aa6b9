// @ts-nocheck
import { fail } from '../../errors/index.js';
import type { VatReturn, VatReturnBox } from '../../tax/vatReturn.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, dateFileName, text } from './_lib/csvExport.js';

/**
 * Options of the VAT return CSV export (`csv-vat-return`): the CSV engine's.
 *
 * @example
 * ```ts
 * const options: CsvVatReturnOptions = { lineEnding: '\n', language: 'en' };
 * ```
 */
export type CsvVatReturnOptions = CsvOptions;

function* returnChunks(ret: VatReturn, options: CsvVatReturnOptions = {}): Generator<string> {
  if (typeof ret !== 'object' || ret === null || !Array.isArray(ret.boxes) || (ret.regime !== 'CA3' && ret.regime !== 'CA12')) {
    fail('invalid_input', [], 'csv-vat-return lays out a VAT return: pass the result of vatReturn(book, { period, regime }).');
  }
  const columns: ReadonlyArray<CsvColumn<VatReturnBox>> = [
    text('regime', 'Déclaration', 'Return', () => ret.regime),
    text('line', 'Ligne', 'Line', (b) => b.line),
    text('label', 'Libellé', 'Label', (b) => b.label),
    text('rate', 'Taux', 'Rate', (b) => b.rate),
    amount('base', 'Base HT', 'Base excl. tax', (b) => b.base, 0),
    amount('amount', 'Montant', 'Amount', (b) => b.amount, 0),
  ];
  yield* csvChunks(ret.boxes, columns, options);
}

/**
 * A VAT return (`vatReturn`) as CSV: one line per box in the form's order —
 * the return (`CA3` or `CA12`), the official line number, its label, the
 * rate and the taxable base of a rate line, and the amount, in whole euros
 * as declared. The format lays the return out and computes nothing. File
 * name: `declaration-tva_<date>.csv` from the context's `closingDate` (or
 * its period's last day).
 *
 * @throws AccountingError `invalid_input` (not a return), `invalid_option`
 * @example
 * ```ts
 * const ret = vatReturn(vatBook, { period: { from: '2024-10-01', to: '2024-10-31' }, regime: 'CA3' });
 * formats.csvVatReturn.serialize(ret, { lineEnding: '\n' }).split('\n').slice(0, 3)
 * //=> ['Déclaration;Ligne;Libellé;Taux;Base HT;Montant', 'CA3;01;Ventes, prestations de services;;;550', 'CA3;08;Taux normal 20 %;20;500;100']
 * formats.csvVatReturn.fileName({ period: ret.period }) //=> 'declaration-tva_2024-10-31.csv'
 * ```
 */
export const csvVatReturnFormat: Format<VatReturn, CsvVatReturnOptions> = /* @__PURE__ */ defineFormat<VatReturn, CsvVatReturnOptions>({
  id: 'csv-vat-return',
  mediaType: 'text/csv',
  description: 'VAT return (CA3 or CA12): its boxes by official line number, in whole euros (CSV)',
  fileName: (context) => dateFileName('declaration-tva', context),
  chunks: returnChunks,
});
