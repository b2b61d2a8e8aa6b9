// @ts-nocheck
import { fail } from '../../errors/index.js';
import { currencyScale } from '../../money/index.js';
import type { AccrualItem, AccrualKind, Accruals } from '../../revenue/accrualTransactions.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, dateFileName, text } from './_lib/csvExport.js';

/**
 * Options of the cut-off entries CSV export (`csv-accruals`): the CSV engine's.
 *
 * @example
 * ```ts
 * const options: CsvAccrualsOptions = { lineEnding: '\n' };
 * ```
 */
export type CsvAccrualsOptions = CsvOptions;

const KIND_WORDS: Readonly<Record<AccrualKind, { fr: string; en: string }>> = {
  'invoice-to-issue': { fr: 'Facture à établir', en: 'Invoice to issue' },
  'charge-to-pay': { fr: 'Charge à payer', en: 'Charge to pay' },
  'prepaid-expense': { fr: "Charge constatée d'avance", en: 'Prepaid expense' },
  'doubtful-receivable': { fr: 'Créance douteuse', en: 'Doubtful receivable' },
};

function* accrualChunks(accruals: Accruals, options: CsvAccrualsOptions = {}): Generator<string> {
  if (typeof accruals !== 'object' || accruals === null || !Array.isArray(accruals.items)) {
    fail('invalid_input', [], 'csv-accruals lays out cut-off entries: pass the result of accrualTransactions(documents, { cutoff }).');
  }
  const scale = currencyScale(accruals.transactions[0]?.currency ?? 'EUR');
  const english = options.language === 'en';
  const columns: ReadonlyArray<CsvColumn<AccrualItem>> = [
    text('kind', 'Nature', 'Kind', (i) => (english ? KIND_WORDS[i.kind].en : KIND_WORDS[i.kind].fr)),
    text('document', 'Pièce', 'Document', (i) => i.document),
    text('party', 'Tiers', 'Party', (i) => i.party),
    text('account', 'Compte', 'Account', (i) => i.account),
    amount('base', 'Base HT', 'Base excl. tax', (i) => i.base, scale),
    amount('vat', 'TVA', 'VAT', (i) => i.vat, scale),
    amount('amount', 'Montant', 'Amount', (i) => i.amount, scale),
  ];
  yield* csvChunks(accruals.items, columns, options);
}

/**
 * The cut-off entries of `accrualTransactions` as CSV, for the fiscal
 * closing file: one line per item — its nature (facture à établir, charge à
 * payer, charge constatée d'avance, créance douteuse), the document, the
 * customer or supplier, the revenue or expense account (the customer account
 * for a doubtful receivable), the base excl. tax, the VAT and the amount (incl.
 * tax; deferred; the provision). The format lays the items out and computes
 * nothing. File name: `regularisations_<date>.csv` from the context's
 * `closingDate` (or its period's last day).
 *
 * @throws AccountingError `invalid_input` (not the result of accrualTransactions), `invalid_option`
 * @example
 * ```ts
 * const purchase = { type: 'purchase', id: 'p1', number: 'F-p1', date: '2025-01-15', supplier: { id: 'F1', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '62.00', vatRate: '20', servicePeriod: { from: '2024-12-01', to: '2024-12-31' } }] };
 * formats.csvAccruals.serialize(accrualTransactions([purchase], { cutoff: '2024-12-31' }), { lineEnding: '\n' }).split('\n')[1]
 * //=> 'Charge à payer;p1;EDF;606100;62,00;12,40;74,40'
 * formats.csvAccruals.fileName({ closingDate: '2024-12-31' }) //=> 'regularisations_2024-12-31.csv'
 * ```
 */
export const csvAccrualsFormat: Format<Accruals, CsvAccrualsOptions> = /* @__PURE__ */ defineFormat<Accruals, CsvAccrualsOptions>({
  id: 'csv-accruals',
  mediaType: 'text/csv',
  description: 'Cut-off entries: invoices to issue, charges to pay, prepaid expenses, doubtful receivables (CSV)',
  fileName: (context) => dateFileName('regularisations', context),
  chunks: accrualChunks,
});
