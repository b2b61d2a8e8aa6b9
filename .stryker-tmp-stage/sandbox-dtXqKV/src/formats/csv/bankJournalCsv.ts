// @ts-nocheck
import type { BookSource } from '../../book/index.js';
import type { Format } from '../Format.js';
import { journalCsvFormat, type CsvJournalOptions } from './journalCsv.js';

/**
 * The bank journal (« journal de banque », SPEC-FR §5): every entry of the
 * bank journals (`BQ` by default, or every journal of kind `bank` in the
 * Book's journal list; pick others with the `journal` option) — receipts to
 * the bank, cheque and card remittances, direct-debit batches, rejects — one
 * CSV line per entry with customers' auxiliary accounts, as the
 * {@link journal} report (`grouping: 'detailed'`) lists them. Same columns as
 * `csv-sales-journal`. File name: `journal-banque_<from>_<to>.csv`.
 *
 * @throws AccountingError `unknown_journal`, `invalid_period`, `invalid_option`
 * @example
 * ```ts
 * formats.csvBankJournal.serialize(book, { journal: ['BQ'] }).split('\r\n')[1]
 * //=> 'BQ;2024-10-15;BQ000001;RG2024-0001;2024-10-15;512000;Banque;;;Reglement CB DUPONT FA2024-0001;600,00;;'
 * formats.csvBankJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-banque_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvBankJournalFormat: Format<BookSource, CsvJournalOptions> = /* @__PURE__ */ journalCsvFormat({
  id: 'csv-bank-journal',
  description: 'Bank journal: receipts, remittances, direct-debit batches and rejects, per entry (CSV)',
  base: 'journal-banque',
  grouping: 'detailed',
  kinds: ['bank'],
});
