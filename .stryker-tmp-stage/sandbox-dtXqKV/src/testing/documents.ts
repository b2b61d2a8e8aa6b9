// @ts-nocheck
import fc from 'fast-check';
import { addDays, endOfMonth, fromDayNumber, toDayNumber, type IsoDate } from '../calendar/index.js';
import { formatMinor, toMinorUnits } from '../money/index.js';
import { compile } from '../posting/_lib/compiled.js';
import { computeFigures } from '../posting/_lib/figures.js';
import { invoiceTotals } from '../posting/invoiceTotals.js';
import { defaultRules, type PostingRules } from '../posting/rules.js';
import type { Document, Invoice, InvoiceLine, Payment, Purchase, PurchaseLine } from '../schemas/index.js';
import type { SupplierPayment } from '../schemas/supplierPayment.js';

/**
 * Options of the document arbitraries.
 *
 * @example
 * ```ts
 * const options: DocumentArbitraryOptions = { from: '2024-01-01', to: '2024-12-31', customers: 3 };
 * ```
 */
export interface DocumentArbitraryOptions {
  /** The rules whose accepted VAT rates lines use. @defaultValue defaultRules() */
  readonly rules?: PostingRules;
  /** First possible document date. @defaultValue '2024-01-01' */
  readonly from?: string;
  /** Last possible invoice date (payments may follow it by a few weeks). @defaultValue '2024-12-31' */
  readonly to?: string;
  /** Size of the customer pool. @defaultValue 4 */
  readonly customers?: number;
  /** Whether invoices may carry a tourist-tax line. @defaultValue true */
  readonly touristTax?: boolean;
  /** Largest unit price in minor units. @defaultValue 50_000 (500.00) */
  readonly maxUnitPrice?: number;
}

const ACCOUNTS = ['706100', '706200', '707100', '708000'];
const NAMES = ['DUPONT Jean', 'MARTIN Léa', 'Durand; "SARL" & fils', 'ÉLODIE Ça|va', 'BERNARD Zoé', 'PETIT Luc'];
const METHODS = ['card', 'cash', 'cheque', 'transfer', 'direct-debit'] as const;

function customer(k: number): { id: string; name: string } {
  return { id: `C${String(k + 1).padStart(4, '0')}`, name: NAMES[k % NAMES.length]! };
}

/**
 * Invoice lines valid by construction: an account among 706100, 706200,
 * 707100, 708000, a quantity of 1 to 3 (sometimes 1.5), a positive unit price,
 * an accepted VAT rate (a zero rate with its exemption reason).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invoiceLineArbitrary(), (line) => line.vatRate !== undefined));
 * ```
 */
export function invoiceLineArbitrary(options: DocumentArbitraryOptions = {}): fc.Arbitrary<InvoiceLine> {
  const rates = (options.rules ?? defaultRules()).vatRates;
  const max = options.maxUnitPrice ?? 50_000;
  return fc
    .record({
      account: fc.constantFrom(...ACCOUNTS),
      rate: fc.constantFrom(...rates),
      price: fc.integer({ min: 1, max }),
      quantity: fc.constantFrom('1', '1', '1', '2', '3', '1.5'),
      label: fc.constantFrom('Abonnement', 'Cours collectif', 'Emplacement', 'Boisson', 'Séance'),
    })
    .map(({ account, rate, price, quantity, label }) => {
      const line: Record<string, string> = { label, account, quantity, unitPrice: formatMinor(price, 2), vatRate: rate };
      if (rate === '0') line.exemption = 'exempt';
      return line as unknown as InvoiceLine;
    });
}

/**
 * Options of {@link invoiceArbitrary}.
 *
 * @example
 * ```ts
 * const options: InvoiceArbitraryOptions = { id: 'inv-7', kind: 'credit-note' };
 * ```
 */
export interface InvoiceArbitraryOptions extends DocumentArbitraryOptions {
  /** @defaultValue 'inv-1' */
  readonly id?: string;
  /** @defaultValue 'final' */
  readonly kind?: Invoice['kind'];
}

/**
 * Issued (or sent, or paid) invoices of 1 to 3 lines at accepted rates,
 * prices excl. or incl. tax, maybe with a tourist-tax line.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invoiceArbitrary(), (inv) => post([inv]).transactions.length === 1));
 * ```
 */
export function invoiceArbitrary(options: InvoiceArbitraryOptions = {}): fc.Arbitrary<Invoice> {
  const from = toDayNumber(options.from ?? '2024-01-01');
  const to = toDayNumber(options.to ?? '2024-12-31');
  const id = options.id ?? 'inv-1';
  const kind = options.kind ?? 'final';
  return fc
    .record({
      day: fc.integer({ min: from, max: Math.max(from, to) }),
      customer: fc.integer({ min: 0, max: Math.max(0, (options.customers ?? 4) - 1) }),
      lines: fc.array(invoiceLineArbitrary(options), { minLength: 1, maxLength: 3 }),
      tourist: options.touristTax === false || kind === 'deposit' ? fc.constant(0) : fc.constantFrom(0, 0, 0, 2, 7),
      ttc: fc.boolean(),
      status: fc.constantFrom('issued', 'sent', 'paid'),
    })
    .map((r) => {
      const lines: InvoiceLine[] = [...r.lines];
      if (r.tourist > 0) lines.push({ label: 'Taxe de séjour', kind: 'tourist-tax', quantity: String(r.tourist), unitPrice: '0.60' } as InvoiceLine);
      return {
        type: 'invoice',
        id,
        kind,
        status: r.status,
        number: `FA-${id}`,
        date: fromDayNumber(r.day),
        customer: customer(r.customer),
        pricesIncludeTax: r.ttc,
        lines,
      } as Invoice;
    });
}

/**
 * Options of {@link salesArbitrary}.
 *
 * @example
 * ```ts
 * const options: SalesArbitraryOptions = { maxCases: 5, cancellations: false };
 * ```
 */
export interface SalesArbitraryOptions extends DocumentArbitraryOptions {
  /** Most invoices (cases) in one list. @defaultValue 8 */
  readonly maxCases?: number;
  /** Whether some invoices are cancelled (in the month they are issued). @defaultValue true */
  readonly cancellations?: boolean;
  /** Whether some final invoices deduct a paid deposit invoice. @defaultValue true */
  readonly deposits?: boolean;
  /** Whether some invoices get a credit note correcting them. @defaultValue true */
  readonly creditNotes?: boolean;
  /** Whether some invoices are drafts (skipped). @defaultValue true */
  readonly drafts?: boolean;
}

type Plan = 'unpaid' | 'full' | 'split' | 'partial' | 'deposit' | 'credit-note' | 'cancelled' | 'draft';

/**
 * Coherent sales, valid by construction and sorted by date: invoices, their
 * payments (in full, in two parts, or partly), deposit invoices paid and
 * deducted by their final invoice, credit notes correcting an invoice before
 * its balance is paid, cancelled invoices (cancelled the month they are
 * issued), drafts. Ids are unique; payments never exceed what is owed.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(salesArbitrary(), (docs) => safePost(docs).failures.length === 0));
 * ```
 */
export function salesArbitrary(options: SalesArbitraryOptions = {}): fc.Arbitrary<Document[]> {
  const rules = options.rules ?? defaultRules();
  const plans: Plan[] = ['unpaid', 'full', 'full', 'split', 'partial'];
  if (options.deposits !== false) plans.push('deposit');
  if (options.creditNotes !== false) plans.push('credit-note');
  if (options.cancellations !== false) plans.push('cancelled');
  if (options.drafts !== false) plans.push('draft');
  const caseArbitrary = fc.record({
    invoice: invoiceArbitrary(options),
    plan: fc.constantFrom(...plans),
    lag1: fc.integer({ min: 0, max: 20 }),
    lag2: fc.integer({ min: 0, max: 20 }),
    percent: fc.integer({ min: 1, max: 99 }),
    method: fc.constantFrom(...METHODS),
  });
  return fc.array(caseArbitrary, { maxLength: options.maxCases ?? 8 }).map((cases) => {
    const docs: Array<{ doc: Document; order: number }> = [];
    let order = 0;
    const push = (doc: Document): void => {
      docs.push({ doc, order: order++ });
    };
    const due = (inv: Invoice): number => toMinorUnits(invoiceTotals(inv, rules).total.toFixed(2));
    const pay = (id: string, inv: Invoice, date: string, minor: number, method: string): Payment => ({
      type: 'payment',
      id,
      number: `RG-${id}`,
      date,
      method,
      amount: formatMinor(minor, 2),
      customer: inv.customer,
      allocations: [{ invoice: inv.id, amount: formatMinor(minor, 2) }],
    });
    cases.forEach((c, i) => {
      const id = `inv-${i + 1}`;
      const base = { ...c.invoice, id, number: `FA2024-${String(i + 1).padStart(4, '0')}` } as Invoice;
      const later = (d: string, n: number): string => addDays(d as IsoDate, n);
      const first = base.lines[0]!;
      const scaled = (): InvoiceLine => {
        const price = Math.max(1, Math.floor((toMinorUnits(first.unitPrice) * c.percent) / 100));
        return { ...first, quantity: '1', unitPrice: formatMinor(price, 2) } as InvoiceLine;
      };
      switch (c.plan) {
        case 'unpaid':
          push(base);
          break;
        case 'draft':
          push({ ...base, status: 'draft' } as Invoice);
          break;
        case 'cancelled': {
          const end = endOfMonth(base.date as IsoDate);
          const on = later(base.date, c.lag1);
          push({ ...base, status: 'cancelled', cancelledOn: on > end ? end : on } as Invoice);
          break;
        }
        case 'full':
          push(base);
          push(pay(`pay-${i + 1}`, base, later(base.date, c.lag1), due(base), c.method));
          break;
        case 'split': {
          const total = due(base);
          const a = Math.floor((total * c.percent) / 100);
          push(base);
          if (a > 0 && a < total) {
            push(pay(`pay-${i + 1}-a`, base, later(base.date, c.lag1), a, c.method));
            push(pay(`pay-${i + 1}-b`, base, later(base.date, c.lag1 + c.lag2), total - a, 'transfer'));
          } else push(pay(`pay-${i + 1}`, base, later(base.date, c.lag1), total, c.method));
          break;
        }
        case 'partial': {
          const a = Math.floor((due(base) * c.percent) / 100);
          push(base);
          if (a > 0) push(pay(`pay-${i + 1}`, base, later(base.date, c.lag1), a, c.method));
          break;
        }
        case 'deposit': {
          const deposit = { ...base, id: `dep-${i + 1}`, kind: 'deposit', number: `AC2024-${String(i + 1).padStart(4, '0')}`, status: 'paid', lines: [scaled()] } as Invoice;
          const depositTotal = due(deposit);
          const final = { ...base, date: later(base.date, c.lag1), deducts: [deposit.id] } as Invoice;
          push(deposit);
          push(pay(`pay-dep-${i + 1}`, deposit, deposit.date, depositTotal, 'transfer'));
          push(final);
          const rest = due(final) - depositTotal;
          if (rest > 0) push(pay(`pay-${i + 1}`, final, later(final.date, c.lag2), rest, c.method));
          break;
        }
        case 'credit-note': {
          const note = { ...base, id: `cn-${i + 1}`, kind: 'credit-note', number: `AV2024-${String(i + 1).padStart(4, '0')}`, date: later(base.date, c.lag1), corrects: id, lines: [scaled()] } as Invoice;
          delete (note as { deducts?: unknown }).deducts;
          const total = due(base);
          const credited = due(note);
          push(base);
          if (credited <= total) push(note);
          const rest = total - (credited <= total ? credited : 0);
          if (rest > 0) push(pay(`pay-${i + 1}`, base, later(note.date, c.lag2), rest, c.method));
          break;
        }
      }
    });
    docs.sort((a, b) => (docDate(a.doc) < docDate(b.doc) ? -1 : docDate(a.doc) > docDate(b.doc) ? 1 : a.order - b.order));
    return docs.map((d) => d.doc);
  });
}

function docDate(d: Document): string {
  return d.type === 'direct-debit-batch' ? d.collectionDate : d.type === 'till-closing' ? d.day : d.type === 'stay' ? d.departure : d.date;
}

const EXPENSES = ['606100', '613200', '615000', '622600', '626000'];
const SUPPLIERS = ['EDF', 'ORANGE BUSINESS', 'Fournitures & Cie', 'PLOMBERIE "Durand" SARL', 'ÉNERGIE|Verte'];

function supplier(k: number): { id: string; name: string } {
  return { id: `F${String(k + 1).padStart(4, '0')}`, name: SUPPLIERS[k % SUPPLIERS.length]! };
}

/**
 * Options of {@link purchaseArbitrary}.
 *
 * @example
 * ```ts
 * const options: PurchaseArbitraryOptions = { id: 'ac-7', kind: 'credit-note', suppliers: 2 };
 * ```
 */
export interface PurchaseArbitraryOptions extends DocumentArbitraryOptions {
  /** @defaultValue 'ac-1' */
  readonly id?: string;
  /** @defaultValue 'invoice' */
  readonly kind?: NonNullable<Purchase['kind']>;
  /** Size of the supplier pool. @defaultValue 3 */
  readonly suppliers?: number;
}

/**
 * Purchases (supplier invoices, or supplier credit notes) of 1 to 3 lines on
 * expense accounts at accepted rates (a zero rate with its exemption reason),
 * prices excl. or incl. tax, from a pool of suppliers.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(purchaseArbitrary(), (p) => post([p]).transactions[0]!.journal === 'AC'));
 * ```
 */
export function purchaseArbitrary(options: PurchaseArbitraryOptions = {}): fc.Arbitrary<Purchase> {
  const rates = (options.rules ?? defaultRules()).vatRates;
  const from = toDayNumber(options.from ?? '2024-01-01');
  const to = toDayNumber(options.to ?? '2024-12-31');
  const id = options.id ?? 'ac-1';
  const line = fc
    .record({
      account: fc.constantFrom(...EXPENSES),
      rate: fc.constantFrom(...rates),
      price: fc.integer({ min: 1, max: options.maxUnitPrice ?? 50_000 }),
      quantity: fc.constantFrom('1', '1', '2', '3', '1.5'),
    })
    .map(({ account, rate, price, quantity }) => {
      const out: Record<string, string> = { label: 'Achat', account, quantity, unitPrice: formatMinor(price, 2), vatRate: rate };
      if (rate === '0') out.exemption = 'exempt';
      return out as unknown as PurchaseLine;
    });
  return fc
    .record({
      day: fc.integer({ min: from, max: Math.max(from, to) }),
      supplier: fc.integer({ min: 0, max: Math.max(0, (options.suppliers ?? 3) - 1) }),
      lines: fc.array(line, { minLength: 1, maxLength: 3 }),
      ttc: fc.boolean(),
    })
    .map((r) => {
      const p: Record<string, unknown> = { type: 'purchase', id, number: `FF-${id}`, date: fromDayNumber(r.day), supplier: supplier(r.supplier), pricesIncludeTax: r.ttc, lines: r.lines };
      if (options.kind === 'credit-note') p.kind = 'credit-note';
      return p as Purchase;
    });
}

/** A purchase's total incl. tax in minor units, as `post` computes it (the purchase is valid by construction). */
function purchaseTotal(p: Purchase, rules: PostingRules): number {
  const sink = { issues: [] as unknown[], add(): void {} };
  return computeFigures(p.lines, { rules: compile(rules), scale: 2, pricesIncludeTax: p.pricesIncludeTax === true, mode: 'purchase', path: ['lines'], sink, tourist: false })!.total;
}

/**
 * Options of {@link supplierPaymentArbitrary}.
 *
 * @example
 * ```ts
 * const purchase = purchaseSchema.parse({ type: 'purchase', id: 'ac-1', number: 'EDF1', date: '2024-11-20', supplier: { id: 'F1', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] });
 * const options: SupplierPaymentArbitraryOptions = { id: 'sp-3', purchase };
 * ```
 */
export interface SupplierPaymentArbitraryOptions extends DocumentArbitraryOptions {
  /** @defaultValue 'sp-1' */
  readonly id?: string;
  /** The purchase paid (in part or in full, maybe with an advance on top); none: an advance to a supplier of the pool. */
  readonly purchase?: Purchase;
  /** Size of the supplier pool (without a purchase). @defaultValue 3 */
  readonly suppliers?: number;
}

/**
 * A supplier payment valid by construction: with a purchase, it pays 1 % to
 * 100 % of what the purchase totals (never more), dated 0 to 30 days after
 * it, sometimes with an unallocated advance on top; without one, an advance
 * to a supplier of the pool. Methods: card, cash, cheque, transfer,
 * direct-debit.
 *
 * @example
 * ```ts
 * const purchase = purchaseSchema.parse({ type: 'purchase', id: 'ac-1', number: 'EDF1', date: '2024-11-20', supplier: { id: 'F1', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] });
 * fc.assert(fc.property(supplierPaymentArbitrary({ purchase }), (p) => post([purchase, p]).transactions.length === 2));
 * ```
 */
export function supplierPaymentArbitrary(options: SupplierPaymentArbitraryOptions = {}): fc.Arbitrary<SupplierPayment> {
  const rules = options.rules ?? defaultRules();
  const id = options.id ?? 'sp-1';
  const from = toDayNumber(options.from ?? '2024-01-01');
  const to = toDayNumber(options.to ?? '2024-12-31');
  const p = options.purchase;
  const total = p ? purchaseTotal(p, rules) : 0;
  return fc
    .record({
      day: fc.integer({ min: from, max: Math.max(from, to) }),
      lag: fc.integer({ min: 0, max: 30 }),
      percent: fc.integer({ min: 1, max: 100 }),
      extra: fc.constantFrom(0, 0, 0, 1, 5_000),
      supplier: fc.integer({ min: 0, max: Math.max(0, (options.suppliers ?? 3) - 1) }),
      method: fc.constantFrom(...METHODS),
    })
    .map((r) => {
      const paid = Math.max(1, Math.floor((total * r.percent) / 100));
      const out: Record<string, unknown> = { type: 'supplier-payment', id, number: `VIR-${id}`, method: r.method };
      if (p && total > 0) {
        Object.assign(out, { date: addDays(p.date as IsoDate, r.lag), amount: formatMinor(paid + r.extra, 2), supplier: p.supplier, allocations: [{ purchase: p.id, amount: formatMinor(paid, 2) }] });
      } else Object.assign(out, { date: fromDayNumber(r.day), amount: formatMinor(r.extra || 1_000, 2), supplier: p?.supplier ?? supplier(r.supplier) });
      return out as SupplierPayment;
    });
}

/**
 * Options of {@link purchasesArbitrary}.
 *
 * @example
 * ```ts
 * const options: PurchasesArbitraryOptions = { maxCases: 5, suppliers: 2 };
 * ```
 */
export interface PurchasesArbitraryOptions extends DocumentArbitraryOptions {
  /** Most purchases (cases) in one list. @defaultValue 8 */
  readonly maxCases?: number;
  /** Size of the supplier pool. @defaultValue 3 */
  readonly suppliers?: number;
}

type PurchasePlan = 'unpaid' | 'full' | 'split' | 'partial' | 'overpaid' | 'advance' | 'credit-note';

/**
 * Coherent purchases, valid by construction and sorted by date: supplier
 * invoices unpaid, paid in full, in two parts or partly, paid with an advance
 * on top, advances paid without a purchase, supplier credit notes. Ids are
 * unique; no purchase is paid more than it totals.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(purchasesArbitrary(), (docs) => safePost(docs).failures.length === 0));
 * ```
 */
export function purchasesArbitrary(options: PurchasesArbitraryOptions = {}): fc.Arbitrary<Document[]> {
  const rules = options.rules ?? defaultRules();
  const plans: PurchasePlan[] = ['unpaid', 'full', 'full', 'split', 'partial', 'overpaid', 'advance', 'credit-note'];
  const caseArbitrary = fc.record({
    purchase: purchaseArbitrary(options),
    plan: fc.constantFrom(...plans),
    lag1: fc.integer({ min: 0, max: 20 }),
    lag2: fc.integer({ min: 0, max: 20 }),
    percent: fc.integer({ min: 1, max: 99 }),
    extra: fc.integer({ min: 1, max: 20_000 }),
    method: fc.constantFrom(...METHODS),
  });
  return fc.array(caseArbitrary, { maxLength: options.maxCases ?? 8 }).map((cases) => {
    const docs: Array<{ doc: Document; order: number }> = [];
    const push = (doc: Document): void => {
      docs.push({ doc, order: docs.length });
    };
    const pay = (id: string, p: Purchase, date: string, allocated: number, extra: number, method: string): SupplierPayment => {
      const out: Record<string, unknown> = { type: 'supplier-payment', id, number: `VIR-${id}`, date, method, amount: formatMinor(allocated + extra, 2), supplier: p.supplier };
      if (allocated > 0) out.allocations = [{ purchase: p.id, amount: formatMinor(allocated, 2) }];
      return out as SupplierPayment;
    };
    cases.forEach((c, i) => {
      const id = `ac-${i + 1}`;
      const base = { ...c.purchase, id, number: `FF2024-${String(i + 1).padStart(4, '0')}` } as Purchase;
      const later = (d: string, n: number): string => addDays(d as IsoDate, n);
      const total = purchaseTotal(base, rules);
      const part = Math.floor((total * c.percent) / 100);
      if (c.plan === 'advance') {
        push(pay(`sp-${i + 1}`, base, base.date, 0, c.extra, c.method));
        return;
      }
      if (c.plan === 'credit-note') {
        push({ ...base, kind: 'credit-note' } as Purchase);
        return;
      }
      push(base);
      if (total <= 0 || c.plan === 'unpaid') return;
      if (c.plan === 'full') push(pay(`sp-${i + 1}`, base, later(base.date, c.lag1), total, 0, c.method));
      else if (c.plan === 'overpaid') push(pay(`sp-${i + 1}`, base, later(base.date, c.lag1), total, c.extra, c.method));
      else if (c.plan === 'partial' && part > 0) push(pay(`sp-${i + 1}`, base, later(base.date, c.lag1), part, 0, c.method));
      else if (c.plan === 'split' && part > 0 && part < total) {
        push(pay(`sp-${i + 1}-a`, base, later(base.date, c.lag1), part, 0, c.method));
        push(pay(`sp-${i + 1}-b`, base, later(base.date, c.lag1 + c.lag2), total - part, 0, 'transfer'));
      } else if (c.plan === 'split') push(pay(`sp-${i + 1}`, base, later(base.date, c.lag1), total, 0, c.method));
    });
    docs.sort((a, b) => (docDate(a.doc) < docDate(b.doc) ? -1 : docDate(a.doc) > docDate(b.doc) ? 1 : a.order - b.order));
    return docs.map((d) => d.doc);
  });
}
