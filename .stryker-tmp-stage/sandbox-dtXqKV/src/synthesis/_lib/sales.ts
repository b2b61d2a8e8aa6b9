// @ts-nocheck
// Which invoices make a stay, an ancillary sale, the invoiced amount (internal).
// Invoices are ordinals into an InvoiceTable, stays into a StayTable; a period
// view adds what settled the invoices by the period end.
import { toDayNumber, type Period } from '../../calendar/index.js';
import { settle, type ReadDocuments, type Settlement } from './read.js';
import { CREDIT_NOTE, DEBIT_NOTE, FINAL, PROFORMA, type InvoiceTable, type StayTable } from './tables.js';

/** The documents seen over a period: its bounds as day numbers and the settlements up to its end. */
export interface PeriodView extends Settlement {
  readonly docs: ReadDocuments;
  readonly period: Period;
  readonly from: number;
  readonly to: number;
}

/** The view of the documents over a period. */
export function viewOf(docs: ReadDocuments, period: Period): PeriodView {
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  return { docs, period, from, to, ...settle(docs, to) };
}

/** +1 for what the customer owes, −1 for a credit note. */
export function kindSign(inv: InvoiceTable, r: number): number {
  return inv.kind[r] === CREDIT_NOTE ? -1 : 1;
}

/** Whether an invoice is cancelled by day `to`. */
export function cancelledBy(inv: InvoiceTable, r: number, to: number): boolean {
  return inv.cancelledOn[r]! <= to;
}

/** Whether an invoice bills for good by day `to`: issued (not a draft), not cancelled. */
export function live(inv: InvoiceTable, r: number, to: number): boolean {
  return inv.draft[r] === 0 && inv.cancelledOn[r]! > to;
}

/** Final invoices, debit and credit notes. */
function billing(inv: InvoiceTable, r: number): boolean {
  const k = inv.kind[r];
  return k === FINAL || k === DEBIT_NOTE || k === CREDIT_NOTE;
}

/**
 * The invoices whose lines make a stay's amount and tourist tax: its live final
 * invoices, debit and credit notes; while it has none, its live proformas (the
 * stay as quoted, before it is invoiced). Deposits never count: the final
 * invoice repeats their lines. Calls `each` with every one, in the stay's order.
 */
export function forStayInvoices(inv: InvoiceTable, stays: StayTable, s: number, to: number, each: (r: number) => void): void {
  const start = stays.invoiceStart[s]!;
  const end = stays.invoiceStart[s + 1]!;
  let billed = false;
  for (let k = start; k < end; k++) {
    const r = stays.invoices[k]!;
    if (live(inv, r, to) && billing(inv, r)) {
      billed = true;
      each(r);
    }
  }
  if (billed) return;
  for (let k = start; k < end; k++) {
    const r = stays.invoices[k]!;
    if (live(inv, r, to) && inv.kind[r] === PROFORMA) each(r);
  }
}

/** Whether a stay ends in the period (by its departure day). */
export function endsIn(stays: StayTable, s: number, from: number, to: number): boolean {
  const departure = stays.departure[s]!;
  return departure >= from && departure <= to;
}

/** An ancillary sale (vente annexe): a live final invoice, debit or credit note of the period that no stay links. */
export function isAncillary(inv: InvoiceTable, r: number, from: number, to: number): boolean {
  if (inv.linked[r] === 1 || !live(inv, r, to) || !billing(inv, r)) return false;
  const day = inv.day[r]!;
  return day >= from && day <= to;
}

/** What an invoice leaves to pay: its total incl. tax less the deposits it deducts. */
export function due(v: PeriodView, r: number): number {
  const inv = v.docs.invoices;
  return inv.kind[r] === PROFORMA ? inv.inclTax[r]! : inv.inclTax[r]! - v.deducted[r]!;
}
