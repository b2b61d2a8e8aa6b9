// Transactions of every document but invoices (internal).
import { fiscalYear, type IsoDate } from '../../calendar/index.js';
import type { DirectDebitBatch, DirectDebitRejection, Payment, Purchase, Refund, Remittance, VoucherSettlement, WriteOff } from '../../schemas/index.js';
import type { SupplierPayment } from '../../schemas/supplierPayment.js';
import type { SupplierRefund } from '../../schemas/supplierRefund.js';
import type { TouristTaxRemittance } from '../../schemas/touristTaxRemittance.js';
import type { TransactionSource } from '../../transactions/index.js';
import { buildEntries, EntryList } from './entries.js';
import { docConversion, partyAccount, pushDraft, type CreditApplication } from './invoices.js';
import { frDate, frPeriod, INVOICE_TITLES, REJECTION_REASONS, sourceOf } from './labels.js';
import { auxOf, fail, lookup, type Ctx, type Path, type Rec } from './model.js';
import { purchaseEntries, purchaseInfo, type PurchaseResult } from './purchases.js';
import { amountOf, outgoingMethod, rebilledFeeVat, type BatchResult, type ClearingResult, type PayInfo, type PayResult, type RejectionResult, type Transfer, type WriteOffResult } from './settle.js';

/**
 * A `vat-transfer` transaction moving the VAT that settlements made due from
 * pending to collected VAT — or, for purchases on a receipt basis, deductible
 * from pending deductible VAT to deductible VAT.
 */
function transferDraft(ctx: Ctx, rec: Rec, transfers: ReadonlyArray<Transfer>, date: string, pieceRef: string, label: string, source: TransactionSource, costCenter: string | undefined, dateField: Path): void {
  if (transfers.length === 0) return;
  const merged: Array<{ line: Transfer['line']; vat: number; base: number }> = [];
  for (const t of transfers) {
    const m = merged.find((x) => x.line.account === t.line.account && x.line.info === t.line.info);
    if (m) {
      m.vat += t.vat;
      m.base += t.base;
    } else merged.push({ line: t.line, vat: t.vat, base: t.base });
  }
  const list = new EntryList();
  for (const m of merged) {
    if (m.vat === 0) continue;
    const deductible = m.line.deductible;
    if (deductible !== undefined) {
      // A purchase on a receipt basis: Dt deductible VAT / Ct pending deductible VAT.
      list.add(deductible, m.vat, { vatRate: m.line.info.rate, vatBase: m.base });
      list.add(m.line.account, -m.vat, { vatRate: m.line.info.rate, vatBase: -m.base });
      continue;
    }
    list.add(m.line.info.pending, m.vat, { vatRate: m.line.info.rate, vatBase: m.base });
    list.add(m.line.info.collected, -m.vat, { vatRate: m.line.info.rate, vatBase: -m.base });
  }
  if (list.length === 0) return;
  const entries = buildEntries(list, { scale: ctx.scale, costCenter, balance: -1 });
  pushDraft(ctx, rec, { rec, date: date as IsoDate, journal: ctx.c.journal('general'), type: 'vat-transfer', label, pieceRef, pieceDate: date as IsoDate, source, entries }, dateField);
}

/** Payments and refunds: treasury against the customer's open items (or deposits on proformas). */
export function paymentDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as Payment | Refund;
  const r = rec.result as PayResult;
  const info = r.info;
  const rules = ctx.c.rules;
  const s = d.type === 'payment' ? 1 : -1;
  const list = new EntryList();
  const aux = auxOf(ctx, d.customer);
  if (info.method.account === 'customer') {
    if (r.draw) list.add(r.draw.item.customerAccount, info.amount, { auxiliary: r.draw.item.aux, openItem: r.draw.item.id }, r.draw.book);
    else list.add(info.partyAccount, info.amount, { auxiliary: aux });
  } else {
    list.add(info.method.account, s * info.amount, info.method.clearing ? { openItem: d.id } : undefined);
  }
  for (const st of r.settlements) {
    // st.book > 0 when the item gets settled, < 0 when a refund takes a payment back.
    list.add(st.item.customerAccount, -s * st.amount, { auxiliary: st.item.aux, openItem: st.item.id }, st.item.kind === 'credit-note' ? st.book : -st.book);
  }
  for (const dep of r.deposits) {
    for (const rate of dep.rates) {
      list.add(rules.accounts.deposits, -rate.base, { auxiliary: dep.item.aux, openItem: dep.item.id }, info.conv ? -rate.baseBook : undefined);
      if (rate.vat !== 0) list.add(rate.info.collected, -rate.vat, { vatRate: rate.info.rate, vatBase: -rate.base, vatBaseBook: -rate.baseBook }, info.conv ? -rate.vatBook : undefined);
    }
  }
  if (info.unallocated !== 0) list.add(info.partyAccount, -s * info.unallocated, { auxiliary: aux });
  const entries = paymentEntries(ctx, list, info, d.costCenter);
  const ref = d.number ?? d.id;
  const what = allocatedNumbers(info);
  const onlyDeposits = r.deposits.length > 0 && r.settlements.length === 0 && info.unallocated === 0;
  const title = d.type === 'refund' ? 'Remboursement' : onlyDeposits ? 'Acompte reçu' : 'Règlement';
  const label = `${title} ${info.method.label}${what} ${d.customer.name}`;
  const source = sourceOf(d, d.method);
  const date = d.date as IsoDate;
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal(info.method.journal), type: d.type === 'refund' ? 'refund' : onlyDeposits ? 'deposit' : 'payment', label, pieceRef: ref, pieceDate: date, source, entries }, ['date']);
  const transfers: Transfer[] = [];
  for (const st of r.settlements) transfers.push(...st.transfers);
  if (r.draw) transfers.push(...r.draw.transfers);
  transferDraft(ctx, rec, transfers, d.date, ref, `TVA exigible sur ${d.type === 'refund' ? 'remboursement' : 'encaissement'} ${ref} ${d.customer.name}`, source, d.costCenter, ['date']);
}

/** The entries of a payment-like document: converted at its rate, the difference with the settled items' book values to 666 / 766. */
function paymentEntries(ctx: Ctx, list: EntryList, info: PayInfo, costCenter: string | undefined): ReturnType<typeof buildEntries> {
  const accounts = ctx.c.rules.accounts;
  return buildEntries(list, { scale: ctx.scale, costCenter, conv: info.conv, balance: -1, exchange: { loss: accounts.exchangeLoss, gain: accounts.exchangeGain } });
}

/** ` FA-1, FA-2` for the label: the numbers of the invoices or purchases a payment is allocated to (up to three), else ''. */
function allocatedNumbers(info: PayInfo): string {
  const targets: string[] = [];
  for (const a of info.allocations) {
    const t = a.target.doc;
    const n = a.number ?? (t.type === 'invoice' || t.type === 'purchase' ? t.number : undefined);
    if (n !== undefined) targets.push(n);
  }
  return targets.length > 0 && targets.length <= 3 ? ` ${targets.join(', ')}` : '';
}

/** How a supplier payment and a supplier refund differ: the direction of the money, the labels. */
const SUPPLIER_MONEY = {
  'supplier-payment': { sign: 1, advance: 'Acompte fournisseur', settled: 'Règlement fournisseur', vat: 'TVA déductible sur règlement' },
  'supplier-refund': { sign: -1, advance: 'Remboursement acompte fournisseur', settled: 'Remboursement fournisseur', vat: 'TVA déductible régularisée sur remboursement' },
} as const;

/**
 * Money to or from a supplier. A supplier payment: Dt supplier (each purchase
 * paid, its id as open item) + Dt advances paid (4091) for what is not
 * allocated / Ct the treasury account the money leaves by. A supplier refund,
 * the other way: Dt the treasury account the money arrives on (a cheque's
 * clearing account carries the refund id as open item, for its remittance) /
 * Ct supplier (each credit note refunded) + Ct 4091 for what is not
 * allocated (an advance returned). Then the deductible-VAT transfers of the
 * purchases settled on a receipt basis.
 */
export function supplierMoneyDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as SupplierPayment | SupplierRefund;
  const how = SUPPLIER_MONEY[d.type];
  const s = how.sign;
  const r = rec.result as PayResult;
  const info = r.info;
  const list = new EntryList();
  list.add(info.method.account, -s * info.amount, info.method.clearing ? { openItem: d.id } : undefined);
  for (const st of r.settlements) list.add(st.item.customerAccount, s * st.amount, { auxiliary: st.item.aux, openItem: st.item.id }, s * st.book);
  if (info.unallocated !== 0) list.add(ctx.c.rules.accounts.supplierAdvances, s * info.unallocated, { auxiliary: auxOf(ctx, d.supplier) });
  const entries = paymentEntries(ctx, list, info, d.costCenter);
  const title = r.settlements.length === 0 ? how.advance : how.settled;
  const date = d.date as IsoDate;
  const ref = d.number ?? d.id;
  const source = sourceOf(d, d.method, d.supplier);
  pushDraft(
    ctx,
    rec,
    { rec, date, journal: ctx.c.journal(info.method.journal), type: d.type, label: `${title} ${info.method.label}${allocatedNumbers(info)} ${d.supplier.name}`, pieceRef: ref, pieceDate: date, source, entries },
    // Stryker disable next-line ArrayDeclaration,StringLiteral: unreachable — the path is read only by pushDraft's lock check, which checkLock (run.ts) makes unreachable; docs/quality.md
    ['date'],
  );
  const transfers: Transfer[] = [];
  for (const st of r.settlements) transfers.push(...st.transfers);
  transferDraft(ctx, rec, transfers, d.date, ref, `${how.vat} ${ref} ${d.supplier.name}`, source, d.costCenter, ['date']);
}

/**
 * A tourist-tax remittance: Dt the tourist-tax account (the document's, the
 * collector's, else the rules' 447; no auxiliary) / Ct the treasury account
 * the money leaves by, on the method's journal. Foreign amounts are converted
 * at the document's rate.
 */
export function touristTaxRemittanceDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as TouristTaxRemittance;
  const before = rec.issues.length;
  const method = outgoingMethod(ctx, rec, d);
  const conv = docConversion(ctx, rec, d.currency, d.exchangeRate);
  const given = d.account ?? d.collector.account;
  const account = partyAccount(ctx, rec, given, ctx.c.rules.accounts.touristTax, d.account !== undefined ? ['account'] : ['collector', 'account']);
  const amount = amountOf(rec, d.amount, ['amount'], conv ? conv.scale : ctx.scale);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — each of method, conv, account and amount is bad exactly when its call recorded an issue; docs/quality.md
  if (rec.issues.length > before || !method || conv === null || account === undefined || amount === undefined) return;
  const list = new EntryList();
  list.add(account, amount);
  list.add(method.account, -amount);
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, conv, balance: -1 });
  if (entries.length < 2) {
    fail(rec, 'invalid_input', ['amount'], `${d.amount} ${d.currency ?? ''} is worth less than one cent in ${ctx.c.currency} at the rate ${d.exchangeRate ?? ''}: nothing to post; check the amount and the rate.`);
    return;
  }
  const period = d.period ? ` ${frPeriod(d.period.from, d.period.to)}` : '';
  const date = d.date as IsoDate;
  pushDraft(
    ctx,
    rec,
    { rec, date, journal: ctx.c.journal(method.journal), type: 'tourist-tax-remittance', label: `Reversement taxe de séjour${period} ${d.collector.name}`, pieceRef: d.number ?? d.id, pieceDate: date, source: sourceOf(d, d.method, d.collector), entries },
    // Stryker disable next-line ArrayDeclaration,StringLiteral: unreachable — the path is read only by pushDraft's lock check, which checkLock (run.ts) makes unreachable; docs/quality.md
    ['date'],
  );
}

/** A credit note applied to the invoice it corrects moves the VAT it settles (receipt basis). */
export function creditNoteTransfers(ctx: Ctx, rec: Rec): void {
  const app = rec.result as (CreditApplication & { transfers?: Transfer[] }) | undefined;
  if (!app?.transfers || app.transfers.length === 0 || rec.doc.type !== 'invoice') return;
  const d = rec.doc;
  transferDraft(ctx, rec, app.transfers, d.date, d.number!, `TVA sur ${INVOICE_TITLES[d.kind]!.toLowerCase()} ${d.number} imputé ${d.customer.name}`, sourceOf(d), d.costCenter, ['date']);
}

/** A direct-debit batch: Dt bank (total) / Ct each customer's invoices. */
export function batchDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as DirectDebitBatch;
  const r = rec.result as BatchResult;
  const method = ctx.c.method('direct-debit');
  const bank = method && method.account !== 'customer' ? method.account : ctx.c.rules.accounts.bank;
  const list = new EntryList();
  let total = 0;
  const transfers: Transfer[] = [];
  d.items.forEach((it, k) => {
    const x = r.items[k]!;
    total += x.amount;
    for (const st of x.settlements) {
      list.add(st.item.customerAccount, -st.amount, { auxiliary: st.item.aux, openItem: st.item.id }, -st.book);
      transfers.push(...st.transfers);
    }
    if (x.unallocated !== 0) {
      const account = partyAccount(ctx, rec, it.customer.account, ctx.c.rules.accounts.customers, ['items', k, 'customer', 'account']);
      if (account) list.add(account, -x.unallocated, { auxiliary: auxOf(ctx, it.customer) });
    }
  });
  list.add(bank, total);
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, balance: list.length - 1 });
  const ref = d.number ?? d.messageId;
  const source = sourceOf(d, 'direct-debit');
  const date = d.collectionDate as IsoDate;
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal(method?.journal ?? 'bank'), type: 'direct-debit', label: `Prélèvements SEPA ${d.messageId} du ${frDate(date)}`, pieceRef: ref, pieceDate: date, source, entries }, ['collectionDate']);
  transferDraft(ctx, rec, transfers, date, ref, `TVA exigible sur prélèvements ${ref}`, source, d.costCenter, ['collectionDate']);
}

/** A rejected direct debit: Dt customer (the invoices re-open) + Dt fees / Ct bank; fees re-billed if asked. */
export function rejectionDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as DirectDebitRejection;
  const r = rec.result as RejectionResult;
  const rules = ctx.c.rules;
  const method = ctx.c.method('direct-debit');
  const bank = method && method.account !== 'customer' ? method.account : rules.accounts.bank;
  const list = new EntryList();
  const transfers: Transfer[] = [];
  const customerAccount = partyAccount(ctx, rec, r.item.customer.account, rules.accounts.customers, ['item']) ?? rules.accounts.customers;
  const aux = auxOf(ctx, r.item.customer);
  for (const st of r.settlements) {
    list.add(st.item.customerAccount, st.amount, { auxiliary: st.item.aux, openItem: st.item.id }, -st.book);
    transfers.push(...st.transfers);
  }
  if (r.unallocated !== 0) list.add(customerAccount, r.unallocated, { auxiliary: aux });
  if (r.fees !== 0) list.add(rules.accounts.fees, r.fees);
  list.add(bank, -(r.amount + r.fees));
  if (d.rebilled === true && r.fees !== 0) {
    const { vat, rate } = rebilledFeeVat(ctx, r.fees);
    list.add(customerAccount, r.fees + vat, { auxiliary: aux, openItem: d.id });
    list.add(rules.accounts.rebilledFees, -r.fees);
    if (vat !== 0) list.add(rate!.collected, -vat, { vatRate: rate!.rate, vatBase: -r.fees });
  }
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, balance: -1 });
  const ref = d.number ?? d.id;
  const reason = REJECTION_REASONS[d.reason];
  const source = sourceOf({ ...d, customer: r.item.customer }, 'direct-debit');
  const date = d.date as IsoDate;
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal(method?.journal ?? 'bank'), type: 'rejection', label: `Rejet prélèvement ${d.reason}${reason ? ` ${reason}` : ''} ${r.item.customer.name}`, pieceRef: ref, pieceDate: date, source, entries }, ['date']);
  transferDraft(ctx, rec, transfers, date, ref, `TVA sur rejet de prélèvement ${ref} ${r.item.customer.name}`, source, d.costCenter, ['date']);
}

/**
 * A write-off: Dt 6541 (excl. tax) — 6544 when the receivable was invoiced
 * before the fiscal year of the write-off — + Dt VAT reversed / Ct customer.
 */
export function writeOffDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as WriteOff;
  const r = rec.result as WriteOffResult;
  const rules = ctx.c.rules;
  const st = r.settlement;
  const list = new EntryList();
  list.add(st.item.customerAccount, -st.book, { auxiliary: st.item.aux, openItem: st.item.id });
  let vatTotal = 0;
  for (const v of r.vat) {
    if (v.vat === 0) continue;
    list.add(v.line.account, v.vat, { vatRate: v.line.info.rate, vatBase: v.base });
    vatTotal += v.vat;
  }
  const inv = st.item.rec.doc;
  // PCG 654: 6541 receivables of the fiscal year, 6544 receivables of earlier fiscal years.
  const yearStart = fiscalYear(d.date as IsoDate, { startMonth: rules.fiscalYearStartMonth }).from;
  const priorYear = inv.type === 'invoice' && inv.date < yearStart;
  list.add(priorYear ? rules.accounts.badDebtPriorYears : rules.accounts.writeOffs, st.book - vatTotal);
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, balance: -1 });
  const number = inv.type === 'invoice' ? inv.number : undefined;
  const date = d.date as IsoDate;
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal('general'), type: 'write-off', label: `Créance irrécouvrable ${number ?? st.item.id} ${d.customer.name}`, pieceRef: d.number ?? d.id, pieceDate: date, source: sourceOf(d), entries }, ['date']);
}

/** A remittance or voucher settlement: Dt bank (net) + Dt fees / Ct the clearing account. */
export function clearingDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as Remittance | VoucherSettlement;
  const r = rec.result as ClearingResult;
  const rules = ctx.c.rules;
  const list = new EntryList();
  list.add(d.bankAccount === undefined ? rules.accounts.bank : ctx.c.pad(d.bankAccount), r.amount - r.fees);
  if (r.fees !== 0) list.add(rules.accounts.fees, r.fees);
  if (r.payments.length > 0) for (const p of r.payments) list.add(r.method.account, -p.book, r.method.clearing ? { openItem: p.rec.doc.id } : undefined);
  else list.add(r.method.account, -r.amount);
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, balance: -1 });
  const ref = d.number ?? d.id;
  const date = d.date as IsoDate;
  const label =
    d.type === 'voucher-settlement'
      ? `Règlement ${r.method.label} ${d.issuer.name} ${ref}`
      : `Remise ${r.method.account === rules.accounts.cheques ? 'de chèques' : r.method.label} ${ref} du ${frDate(date)}`;
  const source = sourceOf(d.type === 'voucher-settlement' ? { ...d, customer: d.issuer } : d, d.type === 'remittance' ? d.method : (d.method ?? 'voucher'));
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal('bank'), type: d.type, label, pieceRef: ref, pieceDate: date, source, entries }, ['date']);
}

/**
 * A purchase: Dt expenses (excl. tax) + Dt deductible VAT / Ct supplier; a
 * credit note the other way round, its 401 line lettered with the purchase it
 * corrects for the part applied; advances deducted Dt 401 / Ct 4091.
 */
export function purchaseDrafts(ctx: Ctx, rec: Rec): void {
  const info = purchaseInfo(ctx, rec);
  if (!info) return;
  const d = rec.doc as Purchase;
  const date = d.date as IsoDate;
  const title = d.kind === 'credit-note' ? 'Avoir fournisseur' : 'Facture fournisseur';
  let label = `${title} ${d.number} ${d.supplier.name}`;
  if (d.corrects !== undefined) {
    const target = lookup(ctx, d.corrects);
    if (target?.doc.type === 'purchase') label += ` (facture ${target.doc.number})`;
  }
  const entries = purchaseEntries(ctx, rec, info);
  const source = sourceOf({ ...d, customer: d.supplier });
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal('purchases'), type: 'purchase', label, pieceRef: d.number, pieceDate: date, source, entries }, ['date']);
  const moved = (rec.result as PurchaseResult | undefined)?.transfers;
  if (moved !== undefined) {
    const what = d.kind === 'credit-note' ? `avoir fournisseur ${d.number} imputé` : `acomptes déduits facture fournisseur ${d.number}`;
    transferDraft(ctx, rec, moved, d.date, d.number, `TVA déductible sur ${what} ${d.supplier.name}`, source, d.costCenter, ['date']);
  }
}
