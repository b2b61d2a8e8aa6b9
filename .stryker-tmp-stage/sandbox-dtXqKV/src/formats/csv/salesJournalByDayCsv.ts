// @ts-nocheck
import type { BookSource } from '../../book/index.js';
import type { Format } from '../Format.js';
import { journalCsvFormat, type CsvJournalOptions } from './journalCsv.js';

/**
 * The sales journal grouped by account and day (the gym seed's « journal de
 * vente regroupé par compte comptable et par jour », SPEC-FR §5): per day one
 * balanced entry `VT-YYYYMMDD` labelled « Ventes du DD/MM/YYYY », one CSV line
 * per account and side with the day's sum — 411 once (or per customer with
 * `level: 'auxiliary'`), 70x per account, 4457x per rate. The figures are the
 * {@link journal} report's (`grouping: 'by-account-and-day'`); the columns
 * are those of `csv-sales-journal` without the matching code. File name:
 * `journal-ventes-par-jour_<from>_<to>.csv`.
 *
 * @throws AccountingError `unknown_journal`, `invalid_period`, `invalid_option`
 * @example
 * ```ts
 * formats.csvSalesJournalByDay.serialize(book, { lineEnding: '\n' }).split('\n')[1]
 * //=> 'VT;2024-10-15;VT-20241015;VT-20241015;2024-10-15;411000;Clients;;;Ventes du 15/10/2024;600,00;'
 * ```
 */
export const csvSalesJournalByDayFormat: Format<BookSource, CsvJournalOptions> = /* @__PURE__ */ journalCsvFormat({
  id: 'csv-sales-journal-by-day',
  description: 'Sales journal grouped by account and day (CSV)',
  base: 'journal-ventes-par-jour',
  grouping: 'by-account-and-day',
  kinds: ['sales'],
});
