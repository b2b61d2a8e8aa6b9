// An invoice's posting figures outside `post` (internal): the same records and computation post uses.
import { AccountingError, issue, type AccountingIssue } from '../../errors/index.js';
import { parseDocumentIssues, type Document, type Invoice } from '../../schemas/index.js';
import type { Compiled } from './compiled.js';
import { IdIndex } from './idIndex.js';
import { invoiceInfo } from './invoices.js';
import { Rec, type Ctx, type InvoiceInfo } from './model.js';
import { depositPass, preparePayment } from './settle.js';

/**
 * Computes an invoice's figures exactly as `post` does (VAT per rate, the
 * deposits it deducts, what the customer owes), reading the documents it
 * refers to from `context`. Throws the invoice's issues as `post` reports them.
 */
export function invoiceFiguresOf(invoice: Invoice, input: unknown, context: ReadonlyArray<unknown>, c: Compiled): InvoiceInfo {
  const ctx: Ctx = { c, scale: c.scale, mode: c.rules.rounding, registry: new IdIndex(), inputs: [], auxCache: new Map(), txs: [], days: [], orders: [], revs: [], contextRefs: new Set(), deferDeducts: false };
  const issues: AccountingIssue[] = [];
  context.forEach((raw, k) => {
    const { document, issues: found } = parseDocumentIssues(raw, ['context', k]);
    if (found) {
      issues.push(...found);
      return;
    }
    const doc = document as Document;
    if (doc.id === invoice.id) return;
    if (ctx.registry.has(doc.id)) {
      issues.push(issue('duplicate_document', ['context', k, 'id'], `Document id ${doc.id} is used twice in options.context.`));
      return;
    }
    ctx.registry.set(doc.id, new Rec(doc, raw, -1, k));
  });
  if (issues.length > 0) throw new AccountingError(issues);
  // A proforma deducted: what it received comes from the context's payments, read as post reads them (proformas, then payments, then the deposit pass).
  const proformas = (invoice.deducts ?? []).filter((id) => {
    const r = ctx.registry.get(id);
    return r instanceof Rec && r.doc.type === 'invoice' && r.doc.kind === 'proforma';
  });
  if (proformas.length > 0) {
    const recs = [...ctx.registry.values()].filter((r): r is Rec => r instanceof Rec);
    for (const r of recs) if (r.doc.type === 'invoice' && r.doc.kind === 'proforma') invoiceInfo(ctx, r);
    ctx.deferDeducts = true;
    const payments = recs.filter((r) => r.doc.type === 'payment' && r.issues.length === 0 && r.doc.allocations?.some((a) => a.invoice !== undefined && proformas.includes(a.invoice)) === true);
    for (const r of payments) preparePayment(ctx, r);
    depositPass(ctx, payments);
    ctx.deferDeducts = false;
    const failed = payments.flatMap((r) => r.issues);
    if (failed.length > 0) throw new AccountingError(failed);
  }
  const rec = new Rec(invoice, input, 0);
  ctx.registry.set(invoice.id, rec);
  const info = invoiceInfo(ctx, rec);
  // The record's issues are addressed from the call's list (index 0): the invoice is the root here.
  if (info === undefined || rec.issues.length > 0) throw new AccountingError(rec.issues.map((i) => (i.path[0] === 0 ? issue(i.code, i.path.slice(1), i.message) : i)));
  return info;
}
