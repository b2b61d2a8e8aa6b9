// @ts-nocheck
import type { Format } from '../../Format.js';
import type { CsvColumn } from '../../_lib/csv.js';
import type { InvoiceRow, InvoicesAndCreditNotes, MoneyMovementRow, PaymentsAndRefunds, VoucherUsageRow, VoucherUsages } from '../../../synthesis/gym/index.js';
import { amount, customerColumns, date, gymCsvFormat, list, methodLabel, text, word, type Lang, type GymCsvOptions } from './_lib/gymCsv.js';
import type { LabelTable } from '../../../posting/labelTable.js';

function invoiceColumns(lang: Lang, scale: number): CsvColumn<InvoiceRow>[] {
  type R = InvoiceRow;
  return [
    date('date', 'Date', 'Date', (r: R) => r.date),
    text('number', 'N° pièce', 'Document number', (r: R) => r.number),
    text('kind', 'Type', 'Type', (r: R) => word(r.kind, lang)),
    text('status', 'Statut', 'Status', (r: R) => word(r.status, lang)),
    ...customerColumns<R>(),
    amount('exclTax', 'Montant HT', 'Amount excl. tax', scale, (r: R) => r.exclTax),
    amount('vat', 'TVA', 'VAT', scale, (r: R) => r.vat),
    amount('touristTax', 'Taxe de séjour', 'Tourist tax', scale, (r: R) => r.touristTax),
    amount('inclTax', 'Montant TTC', 'Amount incl. tax', scale, (r: R) => r.inclTax),
    text('corrects', 'Facture corrigée', 'Corrected invoice', (r: R) => r.corrects),
    date('cancelledOn', 'Annulée le', 'Cancelled on', (r: R) => r.cancelledOn),
  ];
}

/**
 * CSV export of {@link invoicesAndCreditNotes} (« factures et avoirs »): date,
 * number, type (Facture, Avoir, Facture d'acompte, Note de débit), status,
 * customer, amounts excl. tax, VAT, tourist tax and incl. tax (negative on
 * credit notes), corrected invoice, cancellation date. File name
 * `factures-avoirs_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * const period = { from: '2024-10-01', to: '2024-10-31' };
 * formats.csvGymInvoices.serialize(invoicesAndCreditNotes(docs, { period })).split('\r\n').find((l) => l.includes('FA2024-0001'))
 * //=> '2024-10-15;FA2024-0001;Facture;Émise;C0001;DUPONT Jean;500,00;100,00;0,00;600,00;;'
 * ```
 */
export const csvGymInvoicesFormat: Format<InvoicesAndCreditNotes, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<InvoicesAndCreditNotes, InvoiceRow>({
  id: 'csv-gym-invoices',
  description: 'Gym: invoices and credit notes of a period with their totals (CSV)',
  base: 'factures-avoirs',
  dated: 'period',
  rows: (r) => r.rows,
  columns: invoiceColumns,
});

function movementColumns(lang: Lang, scale: number, labels: LabelTable): CsvColumn<MoneyMovementRow>[] {
  type R = MoneyMovementRow;
  return [
    date('date', 'Date', 'Date', (r: R) => r.date),
    text('kind', 'Type', 'Type', (r: R) => word(r.kind, lang)),
    text('number', 'N° pièce', 'Document number', (r: R) => r.number),
    text('method', 'Moyen de paiement', 'Payment method', (r: R) => methodLabel(r.method, labels)),
    ...customerColumns<R>(),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.amount),
    amount('allocated', 'Affecté', 'Allocated', scale, (r: R) => r.allocated),
    amount('unallocated', 'Non affecté', 'Unallocated', scale, (r: R) => r.unallocated),
    text('invoices', 'Factures', 'Invoices', (r: R) => list(r.invoices)),
    text('reference', 'Référence', 'Reference', (r: R) => r.reference),
  ];
}

/**
 * CSV export of {@link paymentsAndRefunds} (« paiements et remboursements »):
 * date, type (Paiement, Remboursement, Prélèvement, Rejet de prélèvement),
 * number, payment method, customer, amount (negative for money out),
 * allocated, unallocated, invoices, reference. File name
 * `paiements-remboursements_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * const period = { from: '2024-10-01', to: '2024-10-31' };
 * formats.csvGymPayments.serialize(paymentsAndRefunds(docs, { period })).split('\r\n').find((l) => l.includes('RG-0001'))
 * //=> '2024-10-20;Paiement;RG-0001;CB;C0001;DUPONT Jean;600,00;600,00;0,00;FA2024-0001;'
 * ```
 */
export const csvGymPaymentsFormat: Format<PaymentsAndRefunds, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<PaymentsAndRefunds, MoneyMovementRow>({
  id: 'csv-gym-payments',
  description: 'Gym: payments, refunds, direct debits and rejections of a period (CSV)',
  base: 'paiements-remboursements',
  dated: 'period',
  rows: (r) => r.rows,
  columns: movementColumns,
});

function voucherColumns(lang: Lang, scale: number, labels: LabelTable): CsvColumn<VoucherUsageRow>[] {
  type R = VoucherUsageRow;
  return [
    date('date', 'Date', 'Date', (r: R) => r.date),
    text('number', 'N° paiement', 'Payment number', (r: R) => r.number),
    text('method', 'Moyen de paiement', 'Payment method', (r: R) => methodLabel(r.method, labels)),
    ...customerColumns<R>(),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.amount),
    text('invoices', 'Factures', 'Invoices', (r: R) => list(r.invoices)),
    text('reference', 'Référence', 'Reference', (r: R) => r.reference),
    text('settlement', 'Règlement émetteur', 'Issuer settlement', (r: R) => r.settlement),
    date('settledOn', 'Réglé le', 'Settled on', (r: R) => r.settledOn),
    text('issuer', 'Émetteur', 'Issuer', (r: R) => r.issuer),
  ];
}

/**
 * CSV export of {@link voucherUsages} (« utilisations des contremarques »):
 * date, payment, method, customer, amount, invoices, voucher reference, the
 * issuer's settlement, its date and the issuer. File name
 * `contremarques_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymVoucherUsages.serialize(voucherUsages(docs, { period })).split('\r\n')[1]
 * //=> '2024-11-04;pay-2;Contremarque;C0001;DUPONT Jean;30,00;FA2024-0005;CPN-778;vs-1;2024-11-30;ANCV'
 * ```
 */
export const csvGymVoucherUsagesFormat: Format<VoucherUsages, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<VoucherUsages, VoucherUsageRow>({
  id: 'csv-gym-voucher-usages',
  description: 'Gym: vouchers taken as payment in a period and their settlement by the issuer (CSV)',
  base: 'contremarques',
  dated: 'period',
  rows: (r) => r.rows,
  columns: voucherColumns,
});
