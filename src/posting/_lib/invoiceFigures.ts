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
  // The context's documents, as records (the invoice's own id left out: it is the root here).
  const registry = new IdIndex<Rec>();
  const ctx: Ctx = { c, scale: c.scale, mode: c.rules.rounding, registry, inputs: [], auxCache: new Map(), txs: [], days: [], orders: [], revs: [], contextRefs: new Set(), deferDeducts: false };
  const issues: AccountingIssue[] = [];
  context.forEach((raw, k) => {
    const { document, issues: found } = parseDocumentIssues(raw, ['context', k]);
    if (found) {
      issues.push(...found);
      return;
    }
    const doc = document as Document;
    if (doc.id === invoice.id) return;
    if (registry.has(doc.id)) {
      issues.push(issue('duplicate_document', ['context', k, 'id'], `Document id ${doc.id} is used twice in options.context.`));
      return;
    }
    registry.set(doc.id, new Rec(doc, raw, -1, k));
  });
  if (issues.length > 0) throw new AccountingError(issues);
  // A proforma deducted: what it received comes from the context's payments allocated to it, read as post reads them:
  // each payment prepared (computing a proforma it pays when it first meets it), then the deposit pass, deferred.
  const proformas = new Set<string | undefined>(
    (invoice.deducts ?? []).filter((id) => {
      const r = registry.get(id);
      return r !== undefined && r.doc.type === 'invoice' && r.doc.kind === 'proforma';
    }),
  );
  if (proformas.size > 0) {
    const payments = [...registry.values()].filter((r) => r.doc.type === 'payment' && r.doc.allocations?.some((a) => proformas.has(a.invoice)) === true);
    ctx.deferDeducts = true;
    for (const r of payments) preparePayment(ctx, r);
    depositPass(ctx, payments);
    ctx.deferDeducts = false;
    const failed = payments.flatMap((r) => r.issues);
    if (failed.length > 0) throw new AccountingError(failed);
  }
  const rec = new Rec(invoice, input, 0);
  registry.set(invoice.id, rec);
  const info = invoiceInfo(ctx, rec);
  // invoiceInfo answers undefined exactly when it added issues to the record; they are addressed from the call's list
  // (index 0): the invoice is the root here.
  if (info === undefined) throw new AccountingError(rec.issues.map((i) => issue(i.code, i.path.slice(1), i.message)));
  return info;
}
