// @ts-nocheck
import type { IsoDate } from '../../calendar/index.js';
import { fail } from '../../errors/index.js';
import { divRound, type Decimal } from '../../money/index.js';
import { decimalOf } from '../../ledger/_lib/amounts.js';
import type { DirectDebitItem } from '../../schemas/directDebitBatch.js';
import { partyOf, periodOf, periodOption, type GymIndex, type ItemRec } from './_lib/gymDocuments.js';
import { gymIndexOf, type DocumentIndex } from '../documentIndex.js';
import type { GymCustomer, GymPeriodOptions, GymPeriodReport, GymReport } from './types.js';

function numberOf(ix: GymIndex, id: string): string {
  return ix.invoiceById.get(id)?.doc.number ?? id;
}

/**
 * One direct debit collected in a batch, and whether it was rejected.
 *
 * @example
 * ```ts
 * const row = directDebitsByDate(documents, { period }).rows[0]!;
 * [row.date, row.customer.id, row.amount.toFixed(2), row.status, row.reason] //=> ['2024-11-05', 'C0002', '49.90', 'rejected', 'AM04']
 * ```
 */
export interface DirectDebitRow {
  /** The collection date. */
  readonly date: IsoDate;
  /** The id of the direct-debit batch document. */
  readonly batch: string;
  /** The batch reference (its number, else its message id). */
  readonly batchNumber: string;
  /** The id of the debit within its batch. */
  readonly item: string;
  /** The SEPA end-to-end reference of the debit (EndToEndId). */
  readonly endToEndId: string;
  /** The member debited. */
  readonly customer: GymCustomer;
  /** The mandate reference (RUM). */
  readonly mandate: string;
  /** The SEPA sequence type: `FRST` first debit, `RCUR` recurring, `OOFF` one-off, `FNAL` last. */
  readonly sequence: DirectDebitItem['sequence'];
  /** The amount debited, positive, in the currency's major unit. */
  readonly amount: Decimal;
  /** `rejected` when a rejection among the documents cites it. */
  readonly status: 'collected' | 'rejected';
  /** The rejection date (« date de rejet »); present only when `status` is `rejected`. */
  readonly rejectedOn?: IsoDate;
  /**
   * The rejection's ISO 20022 reason code (`AM04`…), see {@link DIRECT_DEBIT_REJECTION_REASONS}; present only
   * when rejected.
   */
  readonly reason?: string;
}

/**
 * Totals of the direct debits.
 *
 * @example
 * ```ts
 * const report = directDebitsByDate(documents, { period });
 * [report.totals.count, report.totals.amount.toFixed(2), report.totals.rejected.toFixed(2)] //=> [2, '94.90', '49.90']
 * ```
 */
export interface DirectDebitsTotals {
  /** How many debits were collected in the period. */
  readonly count: number;
  /** Their total amount, rejected ones included. */
  readonly amount: Decimal;
  /** How many of them were rejected. */
  readonly rejectedCount: number;
  /** The total amount of the rejected ones. */
  readonly rejected: Decimal;
  /** amount − rejected. */
  readonly collected: Decimal;
}

/**
 * The direct debits of a period (« prélèvements par date »).
 *
 * @example
 * ```ts
 * const report = directDebitsByDate(documents, { period });
 * report.rows.length //=> 2
 * ```
 */
export type DirectDebitsByDate = GymPeriodReport<DirectDebitRow, DirectDebitsTotals>;

function debitRow(ix: GymIndex, it: ItemRec): DirectDebitRow {
  const row: Record<string, unknown> = {
    date: it.batch.collectionDate,
    batch: it.batch.id,
    batchNumber: it.batch.number ?? it.batch.messageId,
    item: it.item.id,
    endToEndId: it.item.endToEndId,
    customer: partyOf(it.item.customer),
    mandate: it.item.mandate.id,
    sequence: it.item.sequence,
    amount: ix.dec(it.amount),
    status: it.rejection ? 'rejected' : 'collected',
  };
  if (it.rejection) {
    row.rejectedOn = it.rejection.doc.date;
    row.reason = it.rejection.doc.reason;
  }
  return Object.freeze(row) as unknown as DirectDebitRow;
}

/**
 * Direct debits by date (« prélèvements par date »): every debit of the
 * batches whose collection date falls in the period, by collection date then
 * batch and item order, with its status — `rejected` (date and reason) when a
 * rejection among the documents cites it, whatever that rejection's date.
 *
 * @param documents - the documents (direct-debit batches, rejections…)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document (`unknown_document`
 *   / `unknown_item` for a rejection of an unknown batch or item), `invalid_period`
 * @example
 * ```ts
 * const report = directDebitsByDate([batch, rejection], { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.rows.map((r) => [r.date, r.customer.id, r.amount.toFixed(2), r.status]) //=> [['2024-11-05', 'C0002', '49.90', 'rejected'], ['2024-11-05', 'C0003', '45.00', 'collected']]
 * ```
 */
export function directDebitsByDate(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): DirectDebitsByDate {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const list = ix.items.filter((it) => it.day >= p.fromDay && it.day <= p.toDay);
  list.sort((a, b) => a.day - b.day || a.index - b.index); // stable: item order within a batch
  let amount = 0, rejected = 0, rejectedCount = 0;
  const rows = list.map((it) => {
    amount += it.amount;
    if (it.rejection) {
      rejected += it.amount;
      rejectedCount++;
    }
    return debitRow(ix, it);
  });
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, amount: ix.dec(amount), rejectedCount, rejected: ix.dec(rejected), collected: ix.dec(amount - rejected) }),
  });
}

/**
 * Options of {@link directDebitBatchReport}.
 *
 * @example
 * ```ts
 * const options: DirectDebitBatchReportOptions = { batch: 'dd-2024-11' };
 * ```
 */
export interface DirectDebitBatchReportOptions {
  /** The id of the batch to list. */
  readonly batch: string;
  /** @defaultValue defaultRules() */
  readonly rules?: GymPeriodOptions['rules'];
}

/**
 * One debit of a batch, with everything the bank file carries.
 *
 * @example
 * ```ts
 * const row = directDebitBatchReport(documents, { batch: 'dd-2024-11' }).rows[0]!;
 * [row.customer.name, row.mandate, row.signedOn, row.iban, row.sequence, row.amount.toFixed(2)] //=> ['MARTIN Léa', 'RUM-0002', '2024-09-20', 'FR1420041010050500013M02606', 'RCUR', '49.90']
 * ```
 */
export interface DirectDebitBatchRow {
  /** The id of the direct-debit batch document. */
  readonly batch: string;
  /** The batch reference (its number, else its message id). */
  readonly batchNumber: string;
  /** The requested collection date (« date d'échéance », ReqdColltnDt). */
  readonly collectionDate: IsoDate;
  /** The creditor identifier (ICS). */
  readonly creditorId: string;
  /** The id of the debit within its batch. */
  readonly item: string;
  /** The SEPA end-to-end reference (EndToEndId). */
  readonly endToEndId: string;
  /** The member debited. */
  readonly customer: GymCustomer;
  /** The account holder's name as written in the bank file (may differ from the member's). */
  readonly debtorName: string;
  /** The debtor's IBAN. */
  readonly iban: string;
  /** The debtor bank's BIC; absent when the batch gives none (optional in SEPA). */
  readonly bic?: string;
  /** The mandate reference (« RUM », référence unique de mandat). */
  readonly mandate: string;
  /** The day the mandate was signed. */
  readonly signedOn: IsoDate;
  /** The SEPA sequence type (`FRST`, `RCUR`, `OOFF`, `FNAL`). */
  readonly sequence: DirectDebitItem['sequence'];
  /** The amount debited, positive. */
  readonly amount: Decimal;
  /** The remittance information (RmtInf/Ustrd), if any. */
  readonly label?: string;
  /** Numbers (else ids) of the invoices the debit pays. */
  readonly invoices: ReadonlyArray<string>;
  /** `rejected` when a rejection among the documents cites the debit, else `collected`. */
  readonly status: 'collected' | 'rejected';
}

/**
 * The header figures of a batch: NbOfTxs and CtrlSum.
 *
 * @example
 * ```ts
 * const report = directDebitBatchReport(documents, { batch: 'dd-2024-11' });
 * [report.totals.count, report.totals.amount.toFixed(2)] //=> [2, '94.90']
 * ```
 */
export interface DirectDebitBatchTotals {
  /** The number of debits (NbOfTxs). */
  readonly count: number;
  /** Their total (CtrlSum). */
  readonly amount: Decimal;
}

/**
 * One direct-debit batch (« lot de prélèvements »).
 *
 * @example
 * ```ts
 * const report = directDebitBatchReport(documents, { batch: 'dd-2024-11' });
 * report.batch.messageId //=> 'PRLV-2024-11'
 * ```
 */
export interface DirectDebitBatchReport extends GymReport<DirectDebitBatchRow, DirectDebitBatchTotals> {
  /** The batch header. */
  readonly batch: {
    /** The batch document's id. */
    readonly id: string;
    /** The batch reference (its number, else its message id). */
    readonly number: string;
    /** The SEPA message id (MsgId). */
    readonly messageId: string;
    /** When the file was created (CreDtTm), `YYYY-MM-DDThh:mm:ss`. */
    readonly createdAt: string;
    /** The requested collection date. */
    readonly collectionDate: IsoDate;
    /** The SEPA scheme: `CORE` (consumers) or `B2B`. */
    readonly localInstrument: 'CORE' | 'B2B';
    /** The creditor (the gym). */
    readonly creditor: {
      /** The creditor name (the gym) written in the file. */
      readonly name: string;
      /** The creditor IBAN credited. */
      readonly iban: string;
      /** The creditor bank BIC. */
      readonly bic: string;
      /** The SEPA creditor identifier (« ICS »). */
      readonly creditorId: string;
    };
  };
}

/**
 * One direct-debit batch (« export d'un lot de prélèvements »): its header
 * (reference, collection date, creditor and ICS) and one row per debit —
 * member, mandate (RUM) and signature date, debtor's IBAN and BIC, sequence
 * type, amount, label, invoices paid — with NbOfTxs and CtrlSum as totals.
 *
 * @param documents - the documents holding the batch (rejections mark its rejected debits)
 * @param options - the batch id, the rules
 * @returns the batch, its rows and totals
 * @throws AccountingError `unknown_document` when no batch has this id; every invalid document
 * @example
 * ```ts
 * const report = directDebitBatchReport([batch], { batch: 'dd-2024-11' });
 * [report.batch.collectionDate, report.totals.count, report.totals.amount.toFixed(2)] //=> ['2024-11-05', 2, '94.90']
 * ```
 */
export function directDebitBatchReport(documents: Iterable<unknown> | DocumentIndex, options: DirectDebitBatchReportOptions): DirectDebitBatchReport {
  const id = options?.batch;
  if (typeof id !== 'string' || id.trim() === '') fail('invalid_option', ['batch'], 'Give the id of the batch to list as options.batch.');
  const ix = gymIndexOf(documents, options.rules);
  const b = ix.batches.get(id);
  if (!b) fail('unknown_document', ['batch'], `No direct-debit batch has id ${JSON.stringify(id)} among the documents${ix.batches.size > 0 ? ` (batches: ${[...ix.batches.keys()].slice(0, 10).join(', ')})` : ''}.`);
  const d = b.doc;
  const number = d.number ?? d.messageId;
  let amount = 0;
  const rows = b.items.map((it) => {
    amount += it.amount;
    const row: Record<string, unknown> = {
      batch: d.id,
      batchNumber: number,
      collectionDate: d.collectionDate,
      creditorId: d.creditor.creditorId,
      item: it.item.id,
      endToEndId: it.item.endToEndId,
      customer: partyOf(it.item.customer),
      debtorName: it.item.debtor.name,
      iban: it.item.debtor.iban,
    };
    if (it.item.debtor.bic !== undefined) row.bic = it.item.debtor.bic;
    row.mandate = it.item.mandate.id;
    row.signedOn = it.item.mandate.signedOn;
    row.sequence = it.item.sequence;
    row.amount = ix.dec(it.amount);
    if (it.item.remittanceInfo !== undefined) row.label = it.item.remittanceInfo;
    row.invoices = Object.freeze(it.item.invoices.map((x) => numberOf(ix, x)));
    row.status = it.rejection ? 'rejected' : 'collected';
    return Object.freeze(row) as unknown as DirectDebitBatchRow;
  });
  return Object.freeze({
    batch: Object.freeze({
      id: d.id,
      number,
      messageId: d.messageId,
      createdAt: d.createdAt,
      collectionDate: d.collectionDate as IsoDate,
      localInstrument: d.localInstrument ?? 'CORE',
      creditor: Object.freeze({ ...d.creditor }),
    }),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, amount: ix.dec(amount) }),
  });
}

/**
 * One rejected direct debit.
 *
 * @example
 * ```ts
 * const row = directDebitRejections(documents, { period }).rows[0]!;
 * [row.date, row.customer.id, row.reason, row.amount.toFixed(2), row.fees.toFixed(2)] //=> ['2024-11-12', 'C0002', 'AM04', '49.90', '5.00']
 * ```
 */
export interface DirectDebitRejectionRow {
  /** The rejection date. */
  readonly date: IsoDate;
  /** The rejection document's id. */
  readonly id: string;
  /** The rejection's reference (its number, else its id). */
  readonly number: string;
  /** The id of the batch the rejected debit came from. */
  readonly batch: string;
  /** That batch's reference. */
  readonly batchNumber: string;
  /** The collection date of the rejected debit. */
  readonly collectionDate: IsoDate;
  /** The id of the rejected debit within its batch. */
  readonly item: string;
  /** Its SEPA end-to-end reference. */
  readonly endToEndId: string;
  /** The member whose debit was rejected. */
  readonly customer: GymCustomer;
  /** The mandate reference (RUM). */
  readonly mandate: string;
  /** The amount rejected, positive. */
  readonly amount: Decimal;
  /** ISO 20022 reason code; see {@link DIRECT_DEBIT_REJECTION_REASONS}. */
  readonly reason: string;
  /** Bank fees. */
  readonly fees: Decimal;
  /** Whether the fees are re-billed to the member. */
  readonly rebilled: boolean;
}

/**
 * Totals of the rejections.
 *
 * @example
 * ```ts
 * const report = directDebitRejections(documents, { period });
 * [report.totals.count, report.totals.fees.toFixed(2)] //=> [1, '5.00']
 * ```
 */
export interface DirectDebitRejectionsTotals {
  /** How many rejections are dated in the period. */
  readonly count: number;
  /** Their total amount. */
  readonly amount: Decimal;
  /** Their total bank fees. */
  readonly fees: Decimal;
}

/**
 * The rejections of a period (« rejets de prélèvements »).
 *
 * @example
 * ```ts
 * const report = directDebitRejections(documents, { period });
 * report.totals.amount.toFixed(2) //=> '49.90'
 * ```
 */
export type DirectDebitRejections = GymPeriodReport<DirectDebitRejectionRow, DirectDebitRejectionsTotals>;

/**
 * Direct-debit rejections (« export des rejets de prélèvements »): every
 * rejection dated in the period, in date order — the member, the mandate, the
 * batch and debit rejected, the amount, the ISO reason code, the bank fees
 * and whether they are re-billed.
 *
 * @param documents - the documents (rejections and the batches they cite)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document (`unknown_document`,
 *   `unknown_item` for a rejection of an unknown batch or item), `invalid_period`
 * @example
 * ```ts
 * const report = directDebitRejections([batch, rejection], { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.rows.map((r) => [r.date, r.customer.id, r.reason, r.amount.toFixed(2)]) //=> [['2024-11-12', 'C0002', 'AM04', '49.90']]
 * ```
 */
export function directDebitRejections(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): DirectDebitRejections {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  let amount = 0, fees = 0;
  const rows = ix.rejections
    .filter((r) => r.day >= p.fromDay && r.day <= p.toDay)
    .sort((a, b) => a.day - b.day || a.index - b.index)
    .map((r) => {
      const it = r.item;
      amount += it.amount;
      fees += r.fees;
      return Object.freeze({
        date: r.doc.date,
        id: r.doc.id,
        number: r.doc.number ?? r.doc.id,
        batch: it.batch.id,
        batchNumber: it.batch.number ?? it.batch.messageId,
        collectionDate: it.batch.collectionDate,
        item: it.item.id,
        endToEndId: it.item.endToEndId,
        customer: partyOf(it.item.customer),
        mandate: it.item.mandate.id,
        amount: ix.dec(it.amount),
        reason: r.doc.reason,
        fees: ix.dec(r.fees),
        rebilled: r.doc.rebilled === true,
      }) as unknown as DirectDebitRejectionRow;
    });
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, amount: ix.dec(amount), fees: ix.dec(fees) }),
  });
}

/**
 * A member whose first direct debit falls in the period.
 *
 * @example
 * ```ts
 * const row = newDirectDebitCustomers(documents, { period }).rows[0]!;
 * [row.customer.id, row.mandate, row.firstCollection, row.amount.toFixed(2)] //=> ['C0003', 'RUM-0003', '2024-11-05', '45.00']
 * ```
 */
export interface NewDirectDebitCustomerRow {
  /** The new member on direct debit. */
  readonly customer: GymCustomer;
  /** The mandate reference (RUM). */
  readonly mandate: string;
  /** The day the mandate was signed. */
  readonly signedOn: IsoDate;
  /** The collection date of the member's first debit. */
  readonly firstCollection: IsoDate;
  /** The batch of that first debit. */
  readonly batch: string;
  /** The first debit's SEPA sequence type (usually `FRST`). */
  readonly sequence: DirectDebitItem['sequence'];
  /** The first debit's amount. */
  readonly amount: Decimal;
  /** The account holder's name in the bank file. */
  readonly debtorName: string;
  /** The debtor's IBAN. */
  readonly iban: string;
}

/**
 * Totals of the new direct-debit members.
 *
 * @example
 * ```ts
 * const report = newDirectDebitCustomers(documents, { period });
 * report.totals.count //=> 1
 * ```
 */
export interface NewDirectDebitCustomersTotals {
  /** How many members had their first debit in the period. */
  readonly count: number;
  /** The total of those first debits. */
  readonly amount: Decimal;
}

/**
 * The members newly on direct debit in a period (« nouveaux clients en prélèvement »).
 *
 * @example
 * ```ts
 * const report = newDirectDebitCustomers(documents, { period });
 * report.rows[0]?.mandate //=> 'RUM-0003'
 * ```
 */
export type NewDirectDebitCustomers = GymPeriodReport<NewDirectDebitCustomerRow, NewDirectDebitCustomersTotals>;

/**
 * Members newly on direct debit (« export des nouveaux clients en
 * prélèvements »): the members whose first debit in any batch among the
 * documents is collected in the period (pass the earlier batches too, or every
 * member of the first batch given is new), by first collection date then
 * customer id, with the mandate, the debtor account and the first amount.
 *
 * @param documents - the documents (direct-debit batches…)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document, `invalid_period`
 * @example
 * ```ts
 * const report = newDirectDebitCustomers([octoberBatch, novemberBatch], { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.rows.map((r) => [r.customer.id, r.firstCollection, r.sequence]) //=> [['C0003', '2024-11-05', 'FRST']]
 * ```
 */
export function newDirectDebitCustomers(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): NewDirectDebitCustomers {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const first = new Map<string, ItemRec>();
  for (const it of ix.items) {
    const known = first.get(it.item.customer.id);
    if (!known || it.day < known.day || (it.day === known.day && it.index < known.index)) first.set(it.item.customer.id, it);
  }
  let amount = 0;
  const rows = [...first.values()]
    .filter((it) => it.day >= p.fromDay && it.day <= p.toDay)
    .sort((a, b) => a.day - b.day || (a.item.customer.id < b.item.customer.id ? -1 : a.item.customer.id > b.item.customer.id ? 1 : 0))
    .map((it) => {
      amount += it.amount;
      return Object.freeze({
        customer: partyOf(it.item.customer),
        mandate: it.item.mandate.id,
        signedOn: it.item.mandate.signedOn,
        firstCollection: it.batch.collectionDate,
        batch: it.batch.id,
        sequence: it.item.sequence,
        amount: ix.dec(it.amount),
        debtorName: it.item.debtor.name,
        iban: it.item.debtor.iban,
      }) as unknown as NewDirectDebitCustomerRow;
    });
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, amount: ix.dec(amount) }),
  });
}

/**
 * The incidents of one payment method.
 *
 * @example
 * ```ts
 * const row = incidentsByPaymentMethod(documents, { period }).rows.find((r) => r.method === 'direct-debit')!;
 * [row.method, row.payments, row.incidents, row.rate.toFixed(2)] //=> ['direct-debit', 2, 1, '50.00']
 * ```
 */
export interface IncidentsByMethodRow {
  /** The payment method (`direct-debit`, `card`, `cheque`…). */
  readonly method: string;
  /** Payments received by this method in the period (direct debits: the debits collected). */
  readonly payments: number;
  /** The total of those payments. */
  readonly amount: Decimal;
  /** Payments that came back (direct-debit rejections dated in the period). */
  readonly incidents: number;
  /** The total of the incidents. */
  readonly incidentAmount: Decimal;
  /** Bank fees of the incidents. */
  readonly fees: Decimal;
  /** incidents / payments, in percent, rounded half away from zero to 2 decimals (0 without payments). */
  readonly rate: Decimal;
  /** incidentAmount / amount, in percent, likewise. */
  readonly amountRate: Decimal;
}

/**
 * Totals over the methods.
 *
 * @example
 * ```ts
 * const report = incidentsByPaymentMethod(documents, { period });
 * report.totals.incidents //=> 1
 * ```
 */
export interface IncidentsByMethodTotals {
  /** Payments over all methods. */
  readonly payments: number;
  /** Their total amount. */
  readonly amount: Decimal;
  /** Incidents over all methods. */
  readonly incidents: number;
  /** Their total amount. */
  readonly incidentAmount: Decimal;
  /** Their total bank fees. */
  readonly fees: Decimal;
  /** incidents / payments over all methods, in percent, 2 decimals. */
  readonly rate: Decimal;
  /** incidentAmount / amount over all methods, in percent, 2 decimals. */
  readonly amountRate: Decimal;
}

/**
 * The incidents by payment method of a period (« incidents par type de paiement »).
 *
 * @example
 * ```ts
 * const report = incidentsByPaymentMethod(documents, { period });
 * report.rows.map((r) => r.method) //=> ['card', 'direct-debit', 'voucher']
 * ```
 */
export type IncidentsByPaymentMethod = GymPeriodReport<IncidentsByMethodRow, IncidentsByMethodTotals>;

function percent(part: number, whole: number): Decimal {
  if (whole === 0) return decimalOf(0, 2);
  return decimalOf(Number(divRound(BigInt(part) * 10000n, BigInt(whole), 'half-away-from-zero')), 2);
}

/**
 * Incidents by payment method (« incidents par type de paiement »): per
 * method (sorted by name), the payments received in the period — payment
 * documents by their method, batch debits as `direct-debit` — and the
 * incidents, the payments that came back: the direct-debit rejections dated in
 * the period, with their fees; and the incident rates by count and amount.
 * Refunds are not incidents (see {@link paymentsAndRefunds}).
 *
 * @param documents - the documents (payments, batches, rejections…)
 * @param options - the period, the rules
 * @returns one row per method, and totals
 * @throws AccountingError listing every invalid document, `invalid_period`
 * @example
 * ```ts
 * const report = incidentsByPaymentMethod([cardPayment, batch, rejection], { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.rows.map((r) => [r.method, r.payments, r.incidents, r.rate.toFixed(2)]) //=> [['card', 1, 0, '0.00'], ['direct-debit', 2, 1, '50.00']]
 * ```
 */
export function incidentsByPaymentMethod(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): IncidentsByPaymentMethod {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const by = new Map<string, { payments: number; amount: number; incidents: number; incidentAmount: number; fees: number }>();
  const slot = (m: string) => {
    let s = by.get(m);
    if (!s) by.set(m, (s = { payments: 0, amount: 0, incidents: 0, incidentAmount: 0, fees: 0 }));
    return s;
  };
  const within = (day: number): boolean => day >= p.fromDay && day <= p.toDay;
  for (const r of ix.payments) {
    if (r.doc.type !== 'payment' || !within(r.day)) continue;
    const s = slot(r.doc.method);
    s.payments++;
    s.amount += r.amount;
  }
  for (const it of ix.items) {
    if (!within(it.day)) continue;
    const s = slot('direct-debit');
    s.payments++;
    s.amount += it.amount;
  }
  for (const rj of ix.rejections) {
    if (!within(rj.day)) continue;
    const s = slot('direct-debit');
    s.incidents++;
    s.incidentAmount += rj.item.amount;
    s.fees += rj.fees;
  }
  const t = { payments: 0, amount: 0, incidents: 0, incidentAmount: 0, fees: 0 };
  const rows = [...by.keys()].sort().map((method) => {
    const s = by.get(method)!;
    t.payments += s.payments;
    t.amount += s.amount;
    t.incidents += s.incidents;
    t.incidentAmount += s.incidentAmount;
    t.fees += s.fees;
    return Object.freeze({
      method,
      payments: s.payments,
      amount: ix.dec(s.amount),
      incidents: s.incidents,
      incidentAmount: ix.dec(s.incidentAmount),
      fees: ix.dec(s.fees),
      rate: percent(s.incidents, s.payments),
      amountRate: percent(s.incidentAmount, s.amount),
    });
  });
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({
      payments: t.payments,
      amount: ix.dec(t.amount),
      incidents: t.incidents,
      incidentAmount: ix.dec(t.incidentAmount),
      fees: ix.dec(t.fees),
      rate: percent(t.incidents, t.payments),
      amountRate: percent(t.incidentAmount, t.amount),
    }),
  });
}
