// @ts-nocheck
import type { BookSource } from '../../book/index.js';
import type { Format } from '../Format.js';
import { journalCsvFormat, type CsvJournalOptions } from './journalCsv.js';

/**
 * The sales journal detailed per piece, with customers' auxiliary accounts
 * (the gym seed's « journal de vente détaillé par pièce comptable et avec
 * comptes auxiliaires clients »): one CSV line per entry of each invoice or
 * credit note, in date order — journal code, date, entry number, piece
 * reference and date, account and its label, auxiliary account and name,
 * label, debit, credit, matching code. The figures are the {@link journal}
 * report's (`grouping: 'detailed'`, `level: 'auxiliary'`) of the sales
 * journals (`VT` by default). File name: `journal-ventes_<from>_<to>.csv`
 * (the context's period is required).
 *
 * @throws AccountingError `unknown_journal`, `invalid_period`,
 *   `invalid_option` (a CSV option, or a file name without period)
 * @example
 * ```ts
 * formats.csvSalesJournal.serialize(book).split('\r\n').slice(0, 2)
 * //=> ['Code journal;Date;N° écriture;Pièce;Date pièce;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Libellé;Débit;Crédit;Lettrage',
 * //    'VT;2024-10-15;VT000001;FA2024-0001;2024-10-15;411000;Clients;C0001;DUPONT Jean;Abonnement 12 mois DUPONT;600,00;;A']
 * formats.csvSalesJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-ventes_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvSalesJournalFormat: Format<BookSource, CsvJournalOptions> = /* @__PURE__ */ journalCsvFormat({
  id: 'csv-sales-journal',
  description: 'Sales journal detailed per piece with customer auxiliary accounts (CSV)',
  base: 'journal-ventes',
  grouping: 'detailed',
  kinds: ['sales'],
});
