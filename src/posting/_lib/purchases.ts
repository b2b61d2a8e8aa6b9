// Purchases: entries and open item on the supplier account (internal).
import type { Purchase } from '../../schemas/index.js';
import type { Entry } from '../../transactions/index.js';
import { buildEntries, convert, EntryList, putResidual } from './entries.js';
import { computeFigures, isGoodsPurchase } from './figures.js';
import { docConversion, partyAccount, type CreditApplication } from './invoices.js';
import { mulDivRound } from './minor.js';
import { auxOf, type Ctx, type PurchaseInfo, type Rec, type VatLine } from './model.js';
import type { Transfer } from './settle.js';

/** An advance (the unallocated part of a supplier payment) deducted by a purchase. */
export interface AdvanceDeduction {
  readonly payment: Rec;
  /** Its index in the purchase's `advances`. */
  readonly k: number;
  /** Deducted, document currency (> 0). */
  readonly amount: number;
  /** Book value on the purchase's 401 (its share of the purchase total), and on 4091 (its share of the payment's advance). */
  readonly book: number;
  readonly advanceBook: number;
}

/** What the settlement pass records on a purchase: a credit note applied to the purchase it corrects, or the advances an invoice deducts. */
export interface PurchaseResult {
  readonly applied?: CreditApplication | undefined;
  readonly advances: ReadonlyArray<AdvanceDeduction>;
  /**
   * A supplier taxed on receipt: the pending deductible VAT the credit note
   * applied (its own and the corrected purchase's) or the advances deducted
   * make deductible (> 0: pending → deductible).
   */
  readonly transfers?: ReadonlyArray<Transfer>;
}

const LINES = ['lines'] as const;

/**
 * The entries of a purchase — Dt expenses (excl. tax) + Dt deductible VAT /
 * Ct supplier; with `vatExigibility: 'on-receipt'` (the default), the VAT of deductible
 * service lines (not on a goods account, see {@link isGoodsPurchase}) on the
 * pending deductible-VAT account instead, per rate — and what a supplier
 * payment can settle, with those pending VAT lines as the open item's buckets
 * (cached on the record); undefined after an issue (recorded on the record).
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
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — each of f, conv and supplierAccount is falsy exactly when its call recorded an issue; docs/quality.md
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
  const groupAt = f.groups.map((g, k) => list.add(g.account, s * expense[k]!, g.rate?.zero ? { vatRate: '0', vatBase: s * g.base } : undefined));
  const onReceipt = (d.vatExigibility ?? 'on-receipt') === 'on-receipt';
  const buckets: VatLine[] = [];
  for (const t of f.rates) {
    const deductible = t.vat - t.flagVat;
    if (t.info.zero || deductible === 0) continue;
    const base = t.base - t.flagBase;
    if (!onReceipt) {
      list.add(rules.accounts.vatDeductible, s * deductible, { vatRate: t.info.rate, vatBase: s * base });
      continue;
    }
    // A supplier taxed on receipt: the VAT of deductible service lines waits on the pending account until paid.
    // Shared by base when the rate mixes goods and services; lines netting to a zero base (per-line rounding can leave
    // 0.01 of VAT) are goods or services by what they are, and a zero base mixing both leaves nothing to share by: its VAT
    // is deductible at once.
    let serviceBase = 0;
    let services = false;
    let goods = false;
    for (const g of f.groups) {
      if (g.rate !== t.info || g.flag) continue;
      if (isGoodsPurchase(g.account, ctx.c)) goods = true;
      else {
        services = true;
        serviceBase += g.base;
      }
    }
    const vat = !services ? 0 : !goods ? deductible : base === 0 ? 0 : mulDivRound(deductible, serviceBase, base, ctx.mode);
    if (deductible !== vat) list.add(rules.accounts.vatDeductible, s * (deductible - vat), { vatRate: t.info.rate, vatBase: s * (base - serviceBase) });
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent — serviceBase 0 gives vat 0, and a bucket or entry of zero VAT posts and moves nothing; docs/quality.md
    if (vat === 0 && serviceBase === 0) continue;
    const pending = rules.accounts.vatDeductiblePending;
    // Book values fixed as the open item's bucket holds them, so that the transfers clear the account exactly.
    const line: VatLine = { info: t.info, pending: true, account: pending, vat, vatBook: convert(vat, conv), base: serviceBase, baseBook: convert(serviceBase, conv), deductible: rules.accounts.vatDeductible };
    list.add(pending, s * vat, { vatRate: t.info.rate, vatBase: s * serviceBase, vatBaseBook: s * line.baseBook }, conv ? s * line.vatBook : undefined);
    buckets.push(line);
  }
  // Stryker disable next-line ConditionalExpression: without a conversion each book value is its amount and the residual 0: the same entries, by the longer path
  if (conv !== undefined) {
    // The supplier line is the purchase's total converted once, as a customer's (invoices.ts): the VAT lines keep their
    // own conversion, the expense lines are converted one by one and give back, by largest remainder, what they leave
    // over that total; a payment at the purchase's rate then settles it without an exchange difference.
    // (the lines after the expense groups are the VAT lines)
    let target = s * convert(f.total, conv);
    for (let i = groupAt.length + 1; i < list.length; i++) target -= list.book[i] ?? convert(list.amounts[i]!, conv);
    const amounts = groupAt.map((i) => list.amounts[i]!);
    const books = amounts.map((a) => convert(a, conv));
    putResidual(books, amounts, target, conv);
    groupAt.forEach((i, k) => (list.book[i] = books[k]));
  }
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, conv, balance: supplier });
  // The book value of the supplier line (the only entry carrying the purchase id as open item).
  let totalBook = 0;
  for (const e of entries) if (e.openItem === d.id) totalBook = e.minor;
  const info: PurchaseInfo = {
    entries,
    list,
    supplierLine: supplier,
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
      buckets,
    },
  };
  rec.purchase = info;
  return info;
}

/**
 * The entries of a purchase as posted: those of {@link purchaseInfo}, except
 * that a credit note applied to the purchase it corrects splits its 401 line
 * (the part applied carries the corrected purchase as open item, the rest its
 * own id), and that each advance deducted adds Dt 401 (the purchase as open
 * item) / Ct 4091. Book values are fixed by the settled items; a difference
 * of exchange rates goes to 666 / 766.
 */
export function purchaseEntries(ctx: Ctx, rec: Rec, info: PurchaseInfo): Entry[] {
  const r = rec.result as PurchaseResult | undefined;
  const applied = r?.applied !== undefined && r.applied.amount > 0 ? r.applied : undefined;
  const advances = r?.advances ?? [];
  if (applied === undefined && advances.length === 0) return info.entries;
  const item = info.item;
  const accounts = ctx.c.rules.accounts;
  const src = info.list;
  const list = new EntryList();
  if (applied !== undefined) {
    // A credit note: its 401 line is a debit of its total.
    list.add(applied.item.customerAccount, applied.amount, { auxiliary: applied.item.aux, openItem: applied.item.id }, applied.book);
    const rest = item.total - applied.amount;
    const restBook = item.totalBook - applied.ownBook;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent — a line of book value 0 is dropped, and rest is 0 only with restBook 0; docs/quality.md
    if (rest !== 0 || restBook !== 0) list.add(item.customerAccount, rest, { auxiliary: item.aux, openItem: item.id }, restBook);
  } else {
    list.add(item.customerAccount, -item.total, { auxiliary: item.aux, openItem: item.id }, -item.totalBook);
    for (const a of advances) {
      list.add(item.customerAccount, a.amount, { auxiliary: item.aux, openItem: item.id }, a.book);
      list.add(accounts.supplierAdvances, -a.amount, { auxiliary: item.aux }, -a.advanceBook);
    }
  }
  for (let i = 0; i < src.length; i++) if (i !== info.supplierLine) list.add(src.accounts[i]!, src.amounts[i]!, src.extras[i], src.book[i]);
  const d = rec.doc as Purchase;
  return buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, conv: item.conv, balance: -1, exchange: { loss: accounts.exchangeLoss, gain: accounts.exchangeGain } });
}
