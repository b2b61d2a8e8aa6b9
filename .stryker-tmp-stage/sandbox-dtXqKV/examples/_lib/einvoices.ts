// @ts-nocheck
// The e-invoices of a business's year: one CII file per invoice to a business customer (examples).
import { eInvoice, formats, type Document, type EInvoiceSeller, type Invoice, type PostingRules } from '../../src/index.js';
import type { BusinessYear } from '../_data/business.js';

/** One e-invoice written. */
export interface EInvoiceFile {
  readonly name: string;
  readonly xml: string;
}

/** The seller identity of an example business, or undefined when it has no address (it issues no e-invoice). */
export function sellerOf(year: BusinessYear): EInvoiceSeller | undefined {
  const c = year.company;
  if (c.address === undefined) return undefined;
  return { name: c.name, siren: c.siren, vatNumber: c.vatNumber, address: c.address, iban: c.iban, bic: c.bic, creditorId: c.creditorId };
}

/**
 * The CII e-invoice of every invoice (optionally of one month, `YYYY-MM`) whose customer is a
 * business (a SIREN or a VAT number), named `facture_<number>.xml`; `pick` keeps some of them only.
 */
export function businessEInvoices(year: BusinessYear, rules: PostingRules, month?: string, pick: (invoice: Invoice) => boolean = () => true): EInvoiceFile[] {
  const seller = sellerOf(year);
  if (seller === undefined) return [];
  const documents = year.documents as ReadonlyArray<Document>;
  const out: EInvoiceFile[] = [];
  for (const d of documents) {
    if (d.type !== 'invoice') continue;
    const inv = d as Invoice;
    if (inv.status === 'draft' || inv.kind === 'proforma') continue;
    if (inv.customer.siren === undefined && inv.customer.vatNumber === undefined) continue;
    if ((month !== undefined && !inv.date.startsWith(month)) || !pick(inv)) continue;
    // What the invoice refers to: the deposit invoices (or proformas, with the payments they received) it deducts, the invoice a note corrects.
    const context = documents.filter(
      (x) =>
        (x.type === 'invoice' && (inv.deducts?.includes(x.id) || inv.corrects === x.id)) ||
        (x.type === 'payment' && x.allocations?.some((a) => 'invoice' in a && a.invoice !== undefined && inv.deducts?.includes(a.invoice) === true) === true),
    );
    const model = eInvoice(inv, rules, { seller, context, payment: { means: 'credit-transfer' } });
    out.push({ name: `facture_${inv.number!.replace(/[^0-9A-Za-z_-]/g, '-')}.xml`, xml: formats.cii.serialize(model) });
  }
  return out;
}
