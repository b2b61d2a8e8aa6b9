// Which invoices make a stay, an ancillary sale, the invoiced amount (internal).
// Invoices are ordinals into an InvoiceTable, stays into a StayTable.
import type { Period } from '../../calendar/index.js';
import type { InvoiceTable, StayTable } from './read.js';

/** +1 for what the customer owes, −1 for a credit note. */
export function kindSign(inv: InvoiceTable, r: number): number {
  return inv.docs[r]!.kind === 'credit-note' ? -1 : 1;
}

/** Whether an invoice bills for good: issued (not a draft), not cancelled by the period end. */
export function live(inv: InvoiceTable, r: number): boolean {
  return inv.docs[r]!.status !== 'draft' && inv.cancelled[r] === 0;
}

/** Final invoices, debit notes and credit notes. */
function billing(inv: InvoiceTable, r: number): boolean {
  const k = inv.docs[r]!.kind;
  return k === 'final' || k === 'debit-note' || k === 'credit-note';
}

/**
 * The invoices whose lines make a stay's amount and tourist tax: its live final
 * invoices, debit and credit notes; while it has none, its live proformas (the
 * stay as quoted, before it is invoiced). Deposits never count: the final
 * invoice repeats their lines. Calls `each` with every one, in the stay's order.
 */
export function forStayInvoices(inv: InvoiceTable, stays: StayTable, s: number, each: (r: number) => void): void {
  const start = stays.invoiceStart[s]!;
  const end = stays.invoiceStart[s + 1]!;
  let billed = false;
  for (let k = start; k < end; k++) {
    const r = stays.invoices[k]!;
    if (live(inv, r) && billing(inv, r)) {
      billed = true;
      each(r);
    }
  }
  if (billed) return;
  for (let k = start; k < end; k++) {
    const r = stays.invoices[k]!;
    if (live(inv, r) && inv.docs[r]!.kind === 'proforma') each(r);
  }
}

/** Whether a stay ends in the period (by its departure day). */
export function endsIn(stays: StayTable, s: number, period: Period): boolean {
  const departure = stays.docs[s]!.departure;
  return departure >= period.from && departure <= period.to;
}

/** An ancillary sale (vente annexe): a live final invoice, debit or credit note of the period that no stay links. */
export function isAncillary(inv: InvoiceTable, r: number, period: Period): boolean {
  if (inv.linked[r] === 1 || !live(inv, r) || !billing(inv, r)) return false;
  const date = inv.docs[r]!.date;
  return date >= period.from && date <= period.to;
}

/** What an invoice leaves to pay: its total incl. tax less the deposits it deducts. */
export function due(inv: InvoiceTable, r: number): number {
  return inv.docs[r]!.kind === 'proforma' ? inv.inclTax[r]! : inv.inclTax[r]! - inv.deducted[r]!;
}
