// Which invoices make a stay, an ancillary sale, the invoiced amount (internal).
import type { Period } from '../../calendar/index.js';
import type { InvoiceRecord, StayRecord } from './read.js';

/** +1 for what the customer owes, −1 for a credit note. */
export function kindSign(rec: InvoiceRecord): number {
  return rec.doc.kind === 'credit-note' ? -1 : 1;
}

/** Whether an invoice bills for good: issued (not a draft), not cancelled by the period end. */
export function live(rec: InvoiceRecord): boolean {
  return rec.doc.status !== 'draft' && !rec.cancelled;
}

/** Final invoices, debit notes and credit notes. */
function billing(rec: InvoiceRecord): boolean {
  const k = rec.doc.kind;
  return k === 'final' || k === 'debit-note' || k === 'credit-note';
}

/**
 * The invoices whose lines make a stay's amount and tourist tax: its live final
 * invoices, debit and credit notes; while it has none, its live proformas (the
 * stay as quoted, before it is invoiced). Deposits never count: the final
 * invoice repeats their lines.
 */
export function stayInvoices(stay: StayRecord): InvoiceRecord[] {
  const billed = stay.invoices.filter((r) => live(r) && billing(r));
  return billed.length > 0 ? billed : stay.invoices.filter((r) => live(r) && r.doc.kind === 'proforma');
}

/** Whether a stay ends in the period (by its departure day). */
export function endsIn(stay: StayRecord, period: Period): boolean {
  return stay.doc.departure >= period.from && stay.doc.departure <= period.to;
}

/** An ancillary sale (vente annexe): a live final invoice, debit or credit note of the period that no stay links. */
export function isAncillary(rec: InvoiceRecord, period: Period): boolean {
  return !rec.linked && live(rec) && billing(rec) && rec.doc.date >= period.from && rec.doc.date <= period.to;
}

/** What an invoice leaves to pay: its total incl. tax less the deposits it deducts. */
export function due(rec: InvoiceRecord): number {
  return rec.doc.kind === 'proforma' ? rec.figures.inclTax : rec.figures.inclTax - rec.deducted;
}
