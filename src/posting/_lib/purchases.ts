// Purchases: entries and open item on the supplier account (internal).
import type { Purchase } from '../../schemas/index.js';
import { buildEntries, EntryList } from './entries.js';
import { computeFigures } from './figures.js';
import { docConversion, partyAccount } from './invoices.js';
import { auxOf, type Ctx, type PurchaseInfo, type Rec } from './model.js';

const LINES = ['lines'] as const;

/**
 * The entries of a purchase — Dt expenses (excl. tax) + Dt deductible VAT /
 * Ct supplier — and what a supplier payment can settle (cached on the
 * record); undefined after an issue (recorded on the record).
 */
export function purchaseInfo(ctx: Ctx, rec: Rec): PurchaseInfo | undefined {
  if (rec.purchase !== undefined) return rec.purchase ?? undefined;
  rec.purchase = null;
  const d = rec.doc as Purchase;
  const rules = ctx.c.rules;
  const before = rec.issues.length;
  const conv = docConversion(ctx, rec, d.currency, d.exchangeRate);
  const supplierAccount = partyAccount(ctx, rec, d.supplier.account, rules.accounts.suppliers, ['supplier', 'account']);
  const f = computeFigures(d.lines, { rules: ctx.c, scale: conv ? conv.scale : ctx.scale, pricesIncludeTax: d.pricesIncludeTax === true, mode: 'purchase', path: LINES, sink: rec, tourist: false });
  if (rec.issues.length > before || !f || conv === null || supplierAccount === undefined) return undefined;
  const s = d.kind === 'credit-note' ? -1 : 1;
  const list = new EntryList();
  const aux = auxOf(ctx, d.supplier);
  const supplier = list.add(supplierAccount, -s * f.total, { auxiliary: aux, openItem: d.id });
  const expense = f.groups.map((g) => g.base);
  for (const t of f.rates) {
    if (t.flagVat === 0) continue;
    let largest = -1;
    f.groups.forEach((g, k) => {
      if (g.rate === t.info && g.flag && (largest < 0 || Math.abs(g.base) > Math.abs(f.groups[largest]!.base))) largest = k;
    });
    if (largest >= 0) expense[largest] = expense[largest]! + t.flagVat;
  }
  f.groups.forEach((g, k) => list.add(g.account, s * expense[k]!, g.rate?.zero ? { vatRate: '0', vatBase: s * g.base } : undefined));
  for (const t of f.rates) {
    const deductible = t.vat - t.flagVat;
    if (t.info.zero || deductible === 0) continue;
    list.add(rules.accounts.vatDeductible, s * deductible, { vatRate: t.info.rate, vatBase: s * (t.base - t.flagBase) });
  }
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, conv, balance: supplier });
  // The book value of the supplier line (the only entry carrying the purchase id as open item).
  let totalBook = 0;
  for (const e of entries) if (e.openItem === d.id) totalBook = e.minor;
  const info: PurchaseInfo = {
    entries,
    item: {
      id: d.id,
      rec,
      kind: d.kind === 'credit-note' ? 'credit-note' : 'invoice',
      aux,
      customerAccount: supplierAccount,
      currency: d.currency ?? ctx.c.currency,
      conv,
      total: f.total,
      totalBook,
      settled: 0,
      buckets: [],
    },
  };
  rec.purchase = info;
  return info;
}
