// @ts-nocheck
import type { Format } from '../../Format.js';
import type { CsvColumn } from '../../_lib/csv.js';
import { rejectionReasonLabel } from '../../../synthesis/gym/rejectionReasons.js';
import type {
  DirectDebitBatchReport,
  DirectDebitBatchRow,
  DirectDebitRejectionRow,
  DirectDebitRejections,
  DirectDebitRow,
  DirectDebitsByDate,
  IncidentsByMethodRow,
  IncidentsByPaymentMethod,
  NewDirectDebitCustomerRow,
  NewDirectDebitCustomers,
} from '../../../synthesis/gym/index.js';
import { amount, customerColumns, date, gymCsvFormat, integer, list, methodLabel, percent, text, word, yesNo, type Lang, type GymCsvOptions } from './_lib/gymCsv.js';
import type { LabelTable } from '../../../posting/labelTable.js';

function debitColumns(lang: Lang, scale: number): CsvColumn<DirectDebitRow>[] {
  type R = DirectDebitRow;
  return [
    date('date', 'Date de prélèvement', 'Collection date', (r: R) => r.date),
    text('batchNumber', 'Lot', 'Batch', (r: R) => r.batchNumber),
    ...customerColumns<R>(),
    text('mandate', 'RUM', 'Mandate reference', (r: R) => r.mandate),
    text('sequence', 'Séquence', 'Sequence', (r: R) => r.sequence),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.amount),
    text('status', 'Statut', 'Status', (r: R) => word(r.status, lang)),
    date('rejectedOn', 'Rejeté le', 'Rejected on', (r: R) => r.rejectedOn),
    text('reason', 'Code motif', 'Reason code', (r: R) => r.reason),
    text('reasonLabel', 'Motif', 'Reason', (r: R) => (r.reason === undefined ? undefined : rejectionReasonLabel(r.reason, lang))),
    text('endToEndId', 'Référence de bout en bout', 'EndToEndId', (r: R) => r.endToEndId),
  ];
}

/**
 * CSV export of {@link directDebitsByDate} (« prélèvements par date »):
 * collection date, batch, customer, mandate (RUM), sequence, amount, status
 * (Encaissé / Rejeté), rejection date, reason code and label, EndToEndId.
 * File name `prelevements_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymDirectDebits.serialize(directDebitsByDate(docs, { period })).split('\r\n')[1]
 * //=> '2024-11-05;PRLV-2024-11;C0002;MARTIN Léa;RUM-0002;RCUR;49,90;Rejeté;2024-11-12;AM04;Provision insuffisante;E2E-11-1'
 * ```
 */
export const csvGymDirectDebitsFormat: Format<DirectDebitsByDate, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<DirectDebitsByDate, DirectDebitRow>({
  id: 'csv-gym-direct-debits',
  description: 'Gym: direct debits collected in a period by date, with their rejections (CSV)',
  base: 'prelevements',
  dated: 'period',
  rows: (r) => r.rows,
  columns: debitColumns,
});

function batchColumns(lang: Lang, scale: number): CsvColumn<DirectDebitBatchRow>[] {
  type R = DirectDebitBatchRow;
  return [
    text('batchNumber', 'Lot', 'Batch', (r: R) => r.batchNumber),
    date('collectionDate', 'Date de prélèvement', 'Collection date', (r: R) => r.collectionDate),
    text('creditorId', 'ICS', 'Creditor ID', (r: R) => r.creditorId),
    ...customerColumns<R>(),
    text('debtorName', 'Titulaire du compte', 'Account holder', (r: R) => r.debtorName),
    text('iban', 'IBAN', 'IBAN', (r: R) => r.iban),
    text('bic', 'BIC', 'BIC', (r: R) => r.bic),
    text('mandate', 'RUM', 'Mandate reference', (r: R) => r.mandate),
    date('signedOn', 'Date de signature', 'Mandate signed on', (r: R) => r.signedOn),
    text('sequence', 'Séquence', 'Sequence', (r: R) => r.sequence),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.amount),
    text('label', 'Libellé', 'Label', (r: R) => r.label),
    text('invoices', 'Factures', 'Invoices', (r: R) => list(r.invoices)),
    text('endToEndId', 'Référence de bout en bout', 'EndToEndId', (r: R) => r.endToEndId),
    text('status', 'Statut', 'Status', (r: R) => word(r.status, lang)),
  ];
}

/**
 * CSV export of {@link directDebitBatchReport} (« lot de prélèvements »): one
 * line per debit — batch reference, collection date, creditor identifier
 * (ICS), customer, account holder, IBAN, BIC, mandate (RUM) and signature
 * date, sequence, amount, label, invoices, EndToEndId, status. The number of
 * lines is the batch's NbOfTxs and the amounts add up to its CtrlSum. File
 * name `lot-prelevements_<date>.csv` (the context's `closingDate`, e.g. the
 * collection date).
 *
 * @example
 * ```ts
 * formats.csvGymDirectDebitBatch.serialize(directDebitBatchReport(docs, { batch: 'dd-2024-11' })).split('\r\n').length - 2 //=> 2
 * ```
 */
export const csvGymDirectDebitBatchFormat: Format<DirectDebitBatchReport, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<DirectDebitBatchReport, DirectDebitBatchRow>({
  id: 'csv-gym-direct-debit-batch',
  description: 'Gym: one direct-debit batch, one line per debit with mandate and account (CSV)',
  base: 'lot-prelevements',
  dated: 'date',
  rows: (r) => r.rows,
  columns: batchColumns,
});

function rejectionColumns(lang: Lang, scale: number): CsvColumn<DirectDebitRejectionRow>[] {
  type R = DirectDebitRejectionRow;
  return [
    date('date', 'Date de rejet', 'Rejection date', (r: R) => r.date),
    ...customerColumns<R>(),
    text('mandate', 'RUM', 'Mandate reference', (r: R) => r.mandate),
    text('batchNumber', 'Lot', 'Batch', (r: R) => r.batchNumber),
    date('collectionDate', 'Date de prélèvement', 'Collection date', (r: R) => r.collectionDate),
    text('endToEndId', 'Référence de bout en bout', 'EndToEndId', (r: R) => r.endToEndId),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.amount),
    text('reason', 'Code motif', 'Reason code', (r: R) => r.reason),
    text('reasonLabel', 'Motif', 'Reason', (r: R) => rejectionReasonLabel(r.reason, lang)),
    amount('fees', 'Frais bancaires', 'Bank fees', scale, (r: R) => r.fees),
    text('rebilled', 'Frais refacturés', 'Fees re-billed', (r: R) => yesNo(r.rebilled, lang)),
  ];
}

/**
 * CSV export of {@link directDebitRejections} (« rejets de prélèvements »):
 * rejection date, customer, mandate, batch, collection date, EndToEndId,
 * amount, ISO reason code and label, bank fees, whether re-billed. File name
 * `rejets-prelevements_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymRejections.serialize(directDebitRejections(docs, { period })).split('\r\n')[1]
 * //=> '2024-11-12;C0002;MARTIN Léa;RUM-0002;PRLV-2024-11;2024-11-05;E2E-11-1;49,90;AM04;Provision insuffisante;5,00;Non'
 * ```
 */
export const csvGymRejectionsFormat: Format<DirectDebitRejections, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<DirectDebitRejections, DirectDebitRejectionRow>({
  id: 'csv-gym-rejections',
  description: 'Gym: direct-debit rejections of a period with reason and fees (CSV)',
  base: 'rejets-prelevements',
  dated: 'period',
  rows: (r) => r.rows,
  columns: rejectionColumns,
});

function newCustomerColumns(_lang: Lang, scale: number): CsvColumn<NewDirectDebitCustomerRow>[] {
  type R = NewDirectDebitCustomerRow;
  return [
    ...customerColumns<R>(),
    text('mandate', 'RUM', 'Mandate reference', (r: R) => r.mandate),
    date('signedOn', 'Date de signature', 'Mandate signed on', (r: R) => r.signedOn),
    date('firstCollection', 'Premier prélèvement', 'First collection', (r: R) => r.firstCollection),
    text('batch', 'Lot', 'Batch', (r: R) => r.batch),
    text('sequence', 'Séquence', 'Sequence', (r: R) => r.sequence),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.amount),
    text('debtorName', 'Titulaire du compte', 'Account holder', (r: R) => r.debtorName),
    text('iban', 'IBAN', 'IBAN', (r: R) => r.iban),
  ];
}

/**
 * CSV export of {@link newDirectDebitCustomers} (« nouveaux clients en
 * prélèvement »): customer, mandate (RUM) and signature date, first
 * collection date, batch, sequence, first amount, account holder, IBAN. File
 * name `nouveaux-clients-prelevement_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymNewDirectDebitCustomers.serialize(newDirectDebitCustomers(docs, { period })).split('\r\n')[0]
 * //=> 'N° client;Client;RUM;Date de signature;Premier prélèvement;Lot;Séquence;Montant;Titulaire du compte;IBAN'
 * ```
 */
export const csvGymNewDirectDebitCustomersFormat: Format<NewDirectDebitCustomers, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<NewDirectDebitCustomers, NewDirectDebitCustomerRow>({
  id: 'csv-gym-new-direct-debit-customers',
  description: 'Gym: members whose first direct debit falls in a period (CSV)',
  base: 'nouveaux-clients-prelevement',
  dated: 'period',
  rows: (r) => r.rows,
  columns: newCustomerColumns,
});

function incidentColumns(lang: Lang, scale: number, labels: LabelTable): CsvColumn<IncidentsByMethodRow>[] {
  type R = IncidentsByMethodRow;
  return [
    text('method', 'Moyen de paiement', 'Payment method', (r: R) => methodLabel(r.method, labels)),
    integer('payments', 'Paiements', 'Payments', (r: R) => r.payments),
    amount('amount', 'Montant encaissé', 'Amount received', scale, (r: R) => r.amount),
    integer('incidents', 'Incidents', 'Incidents', (r: R) => r.incidents),
    amount('incidentAmount', 'Montant des incidents', 'Incident amount', scale, (r: R) => r.incidentAmount),
    amount('fees', 'Frais bancaires', 'Bank fees', scale, (r: R) => r.fees),
    percent('rate', "Taux d'incident (%)", 'Incident rate (%)', (r: R) => r.rate),
    percent('amountRate', 'Taux en montant (%)', 'Amount rate (%)', (r: R) => r.amountRate),
  ];
}

/**
 * CSV export of {@link incidentsByPaymentMethod} (« incidents par type de
 * paiement »): one line per payment method — payments and amount received,
 * incidents and their amount, bank fees, incident rates by count and amount.
 * File name `incidents-par-moyen-de-paiement_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymIncidentsByMethod.serialize(incidentsByPaymentMethod(docs, { period })).split('\r\n')[2]
 * //=> 'Prélèvement;2;94,90;1;49,90;5,00;50,00;52,58'
 * ```
 */
export const csvGymIncidentsByMethodFormat: Format<IncidentsByPaymentMethod, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<IncidentsByPaymentMethod, IncidentsByMethodRow>({
  id: 'csv-gym-incidents-by-method',
  description: 'Gym: payment incidents (rejections) and rates per payment method (CSV)',
  base: 'incidents-par-moyen-de-paiement',
  dated: 'period',
  rows: (r) => r.rows,
  columns: incidentColumns,
});
