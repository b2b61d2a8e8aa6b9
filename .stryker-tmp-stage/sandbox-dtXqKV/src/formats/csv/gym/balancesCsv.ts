// @ts-nocheck
import { toDayNumber, type IsoDate } from '../../../calendar/index.js';
import type { CustomerBalanceRow, CustomerBalances } from '../../../ledger/customerBalances.js';
import type { OpenItem, OpenItems } from '../../../ledger/openItems.js';
import type { Format } from '../../Format.js';
import type { CsvColumn } from '../../_lib/csv.js';
import { rejectionReasonLabel } from '../../../synthesis/gym/rejectionReasons.js';
import type { MemberInIncidentRow, MembersInIncident } from '../../../synthesis/gym/index.js';
import { amount, customerColumns, date, gymCsvFormat, integer, text, word, type Lang, type GymCsvOptions } from './_lib/gymCsv.js';

function incidentMemberColumns(lang: Lang, scale: number): CsvColumn<MemberInIncidentRow>[] {
  type R = MemberInIncidentRow;
  return [
    ...customerColumns<R>(),
    integer('rejections', 'Rejets', 'Rejections', (r: R) => r.rejections),
    date('lastRejection', 'Dernier rejet', 'Last rejection', (r: R) => r.lastRejection),
    text('lastReason', 'Code motif', 'Reason code', (r: R) => r.lastReason),
    text('lastReasonLabel', 'Motif', 'Reason', (r: R) => rejectionReasonLabel(r.lastReason, lang)),
    amount('rejected', 'Montant rejeté', 'Amount rejected', scale, (r: R) => r.rejected),
    amount('fees', 'Frais bancaires', 'Bank fees', scale, (r: R) => r.fees),
    amount('unpaid', 'Reste dû', 'Still unpaid', scale, (r: R) => r.unpaid),
    amount('balance', 'Solde client', 'Customer balance', scale, (r: R) => r.balance),
  ];
}

/**
 * CSV export of {@link membersInIncident} (« membres en incident »): customer,
 * number of rejections, last rejection date, reason code and label, amount
 * rejected, bank fees, what is still unpaid, customer balance. File name
 * `membres-en-incident_<date>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymMembersInIncident.serialize(membersInIncident(docs, book, { asOf: '2024-11-30' })).split('\r\n')[1]
 * //=> 'C0002;MARTIN Léa;1;2024-11-12;AM04;Provision insuffisante;49,90;5,00;49,90;49,90'
 * ```
 */
export const csvGymMembersInIncidentFormat: Format<MembersInIncident, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<MembersInIncident, MemberInIncidentRow>({
  id: 'csv-gym-members-in-incident',
  description: 'Gym: members still unpaid after a direct-debit rejection (CSV)',
  base: 'membres-en-incident',
  dated: 'date',
  rows: (r) => r.rows,
  columns: incidentMemberColumns,
});

function balanceColumns(_lang: Lang, scale: number): CsvColumn<CustomerBalanceRow>[] {
  type R = CustomerBalanceRow;
  return [
    text('customerId', 'N° client', 'Customer ID', (r: R) => r.auxiliary.number),
    text('customer', 'Client', 'Customer', (r: R) => r.auxiliary.name),
    amount('debit', 'Total facturé (débit)', 'Total billed (debit)', scale, (r: R) => r.movements.debit),
    amount('credit', 'Total réglé (crédit)', 'Total paid (credit)', scale, (r: R) => r.movements.credit),
    amount('due', 'Solde dû', 'Balance due', scale, (r: R) => r.balance.debit),
    amount('owed', 'Solde créditeur', 'Credit balance', scale, (r: R) => r.balance.credit),
  ];
}

/**
 * CSV export of the customer balances (« soldes clients »), the management
 * view of the ledger report {@link customerBalances} (no gym function: the
 * figures are the book's): customer id and name, total debits (billed), total
 * credits (paid or credited), balance due, credit balance. For the
 * accountant's customer trial balance (opening, movements, closing per
 * auxiliary account) use `csv-customer-trial-balance`. File name
 * `soldes-clients_<date>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymCustomerBalances.serialize(customerBalances(book, { asOf: '2024-11-30' })).split('\r\n')[0]
 * //=> 'N° client;Client;Total facturé (débit);Total réglé (crédit);Solde dû;Solde créditeur'
 * ```
 */
export const csvGymCustomerBalancesFormat: Format<CustomerBalances, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<CustomerBalances, CustomerBalanceRow>({
  id: 'csv-gym-customer-balances',
  description: 'Gym: balance of each member at a date, from the book (CSV)',
  base: 'soldes-clients',
  dated: 'date',
  rows: (r) => r.rows,
  columns: balanceColumns,
});

/** An open item with its age at the report date (internal). */
interface AgedItem {
  readonly item: OpenItem;
  readonly days: number | undefined;
}

function openItemColumns(lang: Lang, scale: number): CsvColumn<AgedItem>[] {
  type R = AgedItem;
  return [
    text('customerId', 'N° client', 'Customer ID', (r: R) => r.item.auxiliary.number),
    text('customer', 'Client', 'Customer', (r: R) => r.item.auxiliary.name),
    text('kind', 'Type', 'Type', (r: R) => word(r.item.side, lang)),
    text('document', 'N° pièce', 'Document number', (r: R) => r.item.documentNumber),
    date('date', 'Date', 'Date', (r: R) => r.item.date),
    amount('amount', 'Montant', 'Amount', scale, (r: R) => r.item.amount),
    amount('settled', 'Réglé ou utilisé', 'Settled or used', scale, (r: R) => r.item.settled),
    amount('remaining', 'Reste', 'Remaining', scale, (r: R) => r.item.remaining),
    integer('days', 'Jours', 'Days', (r: R) => r.days),
    text('account', 'Compte', 'Account', (r: R) => r.item.account),
  ];
}

/**
 * CSV export of the unpaid invoices and unused credits (« factures non
 * réglées et avoirs non utilisés »), the management view of the ledger report
 * {@link openItems}: customer, type (Facture non réglée / Crédit non utilisé —
 * a credit note, or a payment left on account), document number, date,
 * amount, settled or used, remaining (positive; its side is the type), days
 * since the date (when the report has an `asOf`), account. File name
 * `impayes-avoirs_<date>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymUnpaid.serialize(openItems(book, { asOf: '2024-11-30' })).split('\r\n')[1]
 * //=> 'C0002;MARTIN Léa;Facture non réglée;FA2024-0003;2024-11-01;99,80;49,90;49,90;29;411'
 * ```
 */
export const csvGymUnpaidFormat: Format<OpenItems, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<OpenItems, AgedItem>({
  id: 'csv-gym-unpaid',
  description: 'Gym: unpaid invoices and unused credit notes at a date, from the book (CSV)',
  base: 'impayes-avoirs',
  dated: 'date',
  rows: (r) => {
    const asOf = r.asOf === undefined ? undefined : toDayNumber(r.asOf as IsoDate);
    return r.items.map((item) => ({ item, days: asOf === undefined ? undefined : asOf - toDayNumber(item.date) }));
  },
  columns: openItemColumns,
});
