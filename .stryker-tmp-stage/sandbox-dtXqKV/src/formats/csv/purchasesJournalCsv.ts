// @ts-nocheck
import type { BookSource } from '../../book/index.js';
import type { Format } from '../Format.js';
import { journalCsvFormat, type CsvJournalOptions } from './journalCsv.js';

/**
 * The purchases journal (« journal des achats ») detailed per piece, with
 * suppliers' auxiliary accounts: one CSV line per entry of each supplier
 * invoice or credit note, in date order — the columns of the sales journal
 * (journal code, date, entry number, piece reference and date, account and
 * its label, auxiliary account and name, label, debit, credit, matching
 * code). The figures are the {@link journal} report's (`grouping:
 * 'detailed'`, `level: 'auxiliary'`) of the purchases journals (`AC` by
 * default). File name: `journal-achats_<from>_<to>.csv`.
 *
 * @throws AccountingError `unknown_journal`, `invalid_period`,
 *   `invalid_option` (a CSV option, or a file name without period)
 * @example
 * ```ts
 * formats.csvPurchasesJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-achats_2024-01-01_2024-12-31.csv'
 * const bill = createTransaction({
 *   id: 'AC000001', journal: 'AC', date: '2024-03-05', piece: { ref: 'F-EDF-0324' }, label: 'Facture EDF F-EDF-0324', type: 'purchase',
 *   entries: [{ account: '606100', debit: '100.00' }, { account: '445660', debit: '20.00', vat: { rate: '20', base: '100.00' } }, { account: '401000', auxiliary: { number: 'F0001', name: 'EDF' }, credit: '120.00' }],
 * });
 * formats.csvPurchasesJournal.serialize(createBook([bill])).split('\r\n')[1]
 * //=> 'AC;2024-03-05;AC000001;F-EDF-0324;2024-03-05;606100;Achats non stockés de matière et fournitures;;;Facture EDF F-EDF-0324;100,00;;'
 * ```
 */
export const csvPurchasesJournalFormat: Format<BookSource, CsvJournalOptions> = /* @__PURE__ */ journalCsvFormat({
  id: 'csv-purchases-journal',
  description: 'Purchases journal detailed per piece with supplier auxiliary accounts (CSV)',
  base: 'journal-achats',
  grouping: 'detailed',
  kinds: ['purchases'],
});
