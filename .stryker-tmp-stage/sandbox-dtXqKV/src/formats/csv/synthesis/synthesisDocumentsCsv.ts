// @ts-nocheck
import type { SynthesisDocumentRow, SynthesisListName } from '../../../synthesis/synthesisDocuments.js';
import { LABELS } from '../../../posting/labelTable.js';
import { csvRows, type CsvColumn, type CsvOptions } from '../../_lib/csv.js';
import { defineFormat, type Format } from '../../Format.js';
import { languageOf, methodWord, periodFileName, type Texts } from './_lib/shared.js';

const LISTS: Readonly<Record<SynthesisListName, Texts>> = {
  stays: { fr: 'Séjours', en: 'Stays' },
  'ancillary-sales': { fr: 'Ventes annexes', en: 'Ancillary sales' },
  invoices: { fr: 'Factures', en: 'Invoices' },
  tickets: { fr: 'Tickets', en: 'Tickets' },
  expenses: { fr: 'Dépenses', en: 'Expenses' },
  receipts: { fr: 'Encaissements', en: 'Receipts' },
};

/** A document kind's word in a language, with a capital (`Facture`, `Avoir`); an unknown kind as given. */
function kindWord(kind: string | undefined, language: 'fr' | 'en'): string | undefined {
  if (kind === undefined || !Object.hasOwn(LABELS[language].documentKinds, kind)) return kind;
  const w = LABELS[language].documentKinds[kind]!;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The detail of `paid` by method, `CB 12,50 | espèces 3,00` (words in the file's language, decimal separator as the file's). */
function paidByMethod(row: SynthesisDocumentRow, decimal: string, language: 'fr' | 'en'): string | undefined {
  const list = row.paidByMethod;
  if (list === undefined || list.length === 0) return undefined;
  return list.map((m) => `${methodWord(m.method, m.label, language)} ${decimal === '.' ? m.amount.toFixed(2) : m.amount.toFixed(2).replace('.', decimal)}`).join(' | ');
}

/**
 * The columns of the document-list CSV, in file order, for a language and
 * decimal separator (the list name, document kinds, payment methods and the
 * paid-by-method detail are written in them).
 *
 * @param language - @defaultValue 'fr'
 * @param decimal - @defaultValue ','
 * @returns the columns
 * @example
 * ```ts
 * synthesisDocumentsCsvColumns().map((c) => c.fr)
 * //=> ['Liste', 'Référence', 'Date', 'Arrivée', 'Départ', 'Nom', 'Type', 'Titre', 'Code comptable', 'Mode de paiement', 'Documents', 'Montant HT', 'Montant TTC', 'Payé', 'Acomptes déduits', 'Avoirs imputés', 'Reste à payer', 'Détail des paiements']
 * ```
 */
export function synthesisDocumentsCsvColumns(language: 'fr' | 'en' = 'fr', decimal: ',' | '.' = ','): ReadonlyArray<CsvColumn<SynthesisDocumentRow>> {
  return Object.freeze([
    { key: 'list', fr: 'Liste', en: 'List', type: 'text', value: (r) => LISTS[r.list][language] },
    { key: 'reference', fr: 'Référence', en: 'Reference', type: 'text', value: (r) => r.reference },
    { key: 'date', fr: 'Date', en: 'Date', type: 'date', value: (r) => r.date },
    { key: 'arrival', fr: 'Arrivée', en: 'Arrival', type: 'date', value: (r) => r.arrival },
    { key: 'departure', fr: 'Départ', en: 'Departure', type: 'date', value: (r) => r.departure },
    { key: 'name', fr: 'Nom', en: 'Name', type: 'text', value: (r) => r.name },
    { key: 'kind', fr: 'Type', en: 'Kind', type: 'text', value: (r) => kindWord(r.kind, language) },
    { key: 'title', fr: 'Titre', en: 'Title', type: 'text', value: (r) => r.title },
    { key: 'account', fr: 'Code comptable', en: 'Account', type: 'text', value: (r) => r.account },
    { key: 'method', fr: 'Mode de paiement', en: 'Payment method', type: 'text', value: (r) => (r.method === undefined ? undefined : methodWord(r.method, r.methodLabel, language)) },
    { key: 'documents', fr: 'Documents', en: 'Documents', type: 'text', value: (r) => r.documents },
    { key: 'exclTax', fr: 'Montant HT', en: 'Excl. tax', type: 'amount', value: (r) => r.exclTax },
    { key: 'inclTax', fr: 'Montant TTC', en: 'Incl. tax', type: 'amount', value: (r) => r.inclTax },
    { key: 'paid', fr: 'Payé', en: 'Paid', type: 'amount', value: (r) => r.paid },
    { key: 'deducted', fr: 'Acomptes déduits', en: 'Deposits deducted', type: 'amount', value: (r) => r.deducted },
    { key: 'credited', fr: 'Avoirs imputés', en: 'Credited', type: 'amount', value: (r) => r.credited },
    { key: 'remaining', fr: 'Reste à payer', en: 'Remaining', type: 'amount', value: (r) => r.remaining },
    { key: 'paidByMethod', fr: 'Détail des paiements', en: 'Paid by method', type: 'text', value: (r) => paidByMethod(r, decimal, language) },
  ] satisfies Array<CsvColumn<SynthesisDocumentRow>>);
}

/**
 * A document list of the synthesis (the rows of `synthesisDocuments`) as CSV
 * (`formats.csvSynthesisDocuments`): one line per stay, sale, invoice,
 * ticket, expense or receipt, with amounts excl. and incl. tax, paid,
 * deposits deducted and credited (invoice rows: paid + deducted + credited +
 * remaining = incl. tax), remaining and the detail by payment method. French headers by default,
 * English with `language: 'en'`. File name
 * `AAAA-MM-DD_DocumentsDuDATE_DEBUTauDATE_FIN.csv`.
 *
 * @example
 * ```ts
 * synthesisDocumentsCsvFormat.fileName({ createdOn: '2024-08-01', period: { from: '2024-07-01', to: '2024-07-31' } })
 * //=> '2024-08-01_DocumentsDu2024-07-01au2024-07-31.csv'
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const rows = synthesisDocuments([invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'stays' });
 * synthesisDocumentsCsvFormat.serialize(rows, { language: 'en' }).split('\r\n')[0]?.startsWith('List;Reference;Date') //=> true
 * ```
 */
export const synthesisDocumentsCsvFormat: Format<ReadonlyArray<SynthesisDocumentRow>, CsvOptions> = /* @__PURE__ */ defineFormat<ReadonlyArray<SynthesisDocumentRow>, CsvOptions>({
  id: 'csv-synthesis-documents',
  mediaType: 'text/csv',
  description: 'Document lists of the accounting synthesis (stays, ancillary sales, invoices, tickets, expenses, receipts)',
  fileName: (context) => periodFileName('Documents', context),
  chunks: (rows, options) => csvRows(rows, synthesisDocumentsCsvColumns(languageOf(options), options?.decimal === '.' ? '.' : ','), options),
});
