import fc from 'fast-check';
import { addDays, endOfMonth, fromDayNumber, toDayNumber, type IsoDate } from '../calendar/index.js';
import { formatMinor, toMinorUnits } from '../money/index.js';
import { invoiceTotals } from '../posting/invoiceTotals.js';
import { defaultRules, type PostingRules } from '../posting/rules.js';
import type { Document, Invoice, InvoiceLine, Payment } from '../schemas/index.js';

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
  return d.type === 'direct-debit-batch' ? d.collectionDate : d.type === 'till-closing' ? d.day : d.date;
}
