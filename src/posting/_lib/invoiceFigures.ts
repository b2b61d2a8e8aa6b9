// An invoice's posting figures outside `post` (internal): the same records and computation post uses.
import { AccountingError, issue, type AccountingIssue } from '../../errors/index.js';
import { parseDocumentIssues, type Document, type Invoice } from '../../schemas/index.js';
import type { Compiled } from './compiled.js';
import { invoiceInfo } from './invoices.js';
import { Rec, type Ctx, type InvoiceInfo } from './model.js';

/**
 * Computes an invoice's figures exactly as `post` does (VAT per rate, the
 * deposits it deducts, what the customer owes), reading the documents it
 * refers to from `context`. Throws the invoice's issues as `post` reports them.
 */
export function invoiceFiguresOf(invoice: Invoice, input: unknown, context: ReadonlyArray<unknown>, c: Compiled): InvoiceInfo {
  const ctx: Ctx = { c, scale: c.scale, mode: c.rules.rounding, registry: new Map(), inputs: [], auxCache: new Map(), txs: [], days: [], orders: [], revs: [], contextRefs: new Set(), deferDeducts: false };
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
  const rec = new Rec(invoice, input, 0);
  ctx.registry.set(invoice.id, rec);
  const info = invoiceInfo(ctx, rec);
  // The record's issues are addressed from the call's list (index 0): the invoice is the root here.
  if (info === undefined || rec.issues.length > 0) throw new AccountingError(rec.issues.map((i) => (i.path[0] === 0 ? issue(i.code, i.path.slice(1), i.message) : i)));
  return info;
}
