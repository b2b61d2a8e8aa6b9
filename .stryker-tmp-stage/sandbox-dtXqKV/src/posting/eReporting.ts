// @ts-nocheck
import * as z from 'zod/mini';
import { bookTransactions, isBook, type Book } from '../book/index.js';
import type { IsoDate } from '../calendar/index.js';
import { AccountingError, fromZodIssues, issue, type AccountingIssue } from '../errors/index.js';
import { minorToDecimal, toMinorUnits, type Decimal, type VatRate } from '../money/index.js';
import { periodSchema } from '../schemas/_lib/primitives.js';
import type { Transaction } from '../transactions/index.js';
import { compile } from './_lib/compiled.js';
import { mulDivRound } from './_lib/minor.js';
import { post } from './post.js';
import { defaultRules, type PostingRules } from './rules.js';

/**
 * The transaction categories of B2C e-reporting (external specifications,
 * field TT-81): `TLB1` supplies of goods subject to VAT, `TPS1` supplies of
 * services subject to VAT, `TNT1` supplies not subject to VAT in France.
 *
 * @example
 * ```ts
 * const category: EReportingCategory = 'TPS1';
 * ```
 */
export type EReportingCategory = 'TLB1' | 'TPS1' | 'TNT1';

/**
 * One rate of an e-reporting group: base excl. VAT and VAT, in euros.
 *
 * @example
 * ```ts
 * const r: EReportingRate = report.transactions[0]!.rates[0]!;
 * r.rate //=> '20'
 * ```
 */
export interface EReportingRate {
  /** VAT rate in percent. */
  readonly rate: VatRate;
  /** Base excl. VAT (credit notes count negative). */
  readonly base: Decimal;
  /** VAT. */
  readonly vat: Decimal;
}

/**
 * B2C sales of one day and one category (flux 10.3, group TG-31), aggregated.
 *
 * @example
 * ```ts
 * const day: EReportingTransactions = report.transactions[0]!;
 * day.category //=> 'TLB1'
 * ```
 */
export interface EReportingTransactions {
  /** The day (TT-77). */
  readonly date: IsoDate;
  /** The currency of the amounts (TT-78): the book currency. */
  readonly currency: string;
  /** The category (TT-81). */
  readonly category: EReportingCategory;
  /** When the VAT is due (TT-80): `on-receipt` (services, by law) or `on-invoice` (goods, or the débits option). */
  readonly vatDue: 'on-receipt' | 'on-invoice';
  /** Σ base excl. VAT (TT-82). */
  readonly base: Decimal;
  /** Σ VAT (TT-83, in euros). */
  readonly vat: Decimal;
  /** Number of documents (invoices, credit notes, till closings) aggregated (TT-85). */
  readonly count: number;
  /** Per VAT rate. */
  readonly rates: ReadonlyArray<EReportingRate>;
}

/**
 * Payments received on one day for B2C services whose VAT is due on receipt
 * (flux 10.4, group TG-37): per rate, the amount received incl. VAT and the
 * VAT it made due.
 *
 * @example
 * ```ts
 * const p: EReportingPayments = report.payments[0]!;
 * p.rates[0]!.received.toFixed(2) //=> '60.00'
 * ```
 */
export interface EReportingPayments {
  /** The day the payments were received (TT-96). */
  readonly date: IsoDate;
  /** Per VAT rate (TT-97): amount received incl. VAT (TT-99) and its VAT. */
  readonly rates: ReadonlyArray<{
    /** VAT rate in percent (TT-97). */
    readonly rate: VatRate;
    /** Amount received incl. VAT (TT-99); negative for refunds and rejections. */
    readonly received: Decimal;
    /** The VAT it made due. */
    readonly vat: Decimal;
  }>;
}

/**
 * The B2C e-reporting data of a period: the sales (flux 10.3) and the
 * payments of services taxed on receipt (flux 10.4), from the transactions
 * `post` writes for the same documents.
 *
 * @example
 * ```ts
 * const june: EReporting = eReporting(consumerDocuments, defaultRules(), { period: { from: '2024-06-01', to: '2024-06-30' } });
 * june.totals.salesVat.toFixed(2) //=> '12.00'
 * ```
 */
export interface EReporting {
  /** The period reported (TT-17 / TT-18, TT-89 / TT-90). */
  readonly period: {
    /** First day (TT-17, TT-89). */
    readonly from: IsoDate;
    /** Last day (TT-18, TT-90). */
    readonly to: IsoDate;
  };
  /** Sales per day and category, in date order. */
  readonly transactions: ReadonlyArray<EReportingTransactions>;
  /** Payments per day, in date order. */
  readonly payments: ReadonlyArray<EReportingPayments>;
  /** Totals, to tie to the VAT synthesis of the period. */
  readonly totals: {
    /** Σ sales base. */
    readonly salesBase: Decimal;
    /** Σ sales VAT (collected at the sale plus pending until payment). */
    readonly salesVat: Decimal;
    /** Σ VAT made due by the payments (the `vat-transfer` entries). */
    readonly paymentsVat: Decimal;
  };
  /** Documents left out because they go to e-invoicing (a customer with a SIREN or a VAT number), by id. */
  readonly eInvoiced: ReadonlyArray<string>;
}

/**
 * Options of {@link eReporting}.
 *
 * @example
 * ```ts
 * const options: EReportingOptions = { period: { from: '2024-06-01', to: '2024-06-10' } };
 * ```
 */
export interface EReportingOptions {
  /** The period reported, inclusive (a decade, a month…). */
  readonly period: {
    /** First day, YYYY-MM-DD. */
    readonly from: string;
    /** Last day, YYYY-MM-DD. */
    readonly to: string;
  };
  /** Documents posted by earlier calls that these refer to (as `post`'s option); documents only. */
  readonly context?: ReadonlyArray<unknown> | undefined;
  /**
   * With a Book, required: the ids of the customers that receive e-invoices (a SIREN or a VAT number), whose
   * sales are left out. A Book records each transaction's customer id, not the customer's identity, so
   * it cannot tell a business from a consumer by itself. Ignored with documents (read from the customers).
   */
  readonly businessCustomers?: Iterable<string> | undefined;
}

const SALE_TYPES: ReadonlySet<string> = new Set(['sale', 'credit-note', 'debit-note', 'cancellation', 'deposit', 'cash-closing']);

const optionsSchema = z.strictObject({
  period: periodSchema,
  context: z.optional(z.array(z.unknown())),
  businessCustomers: z.optional(z.custom<Iterable<string>>((v) => typeof v === 'object' && v !== null && typeof (v as Iterable<string>)[Symbol.iterator] === 'function' && typeof v !== 'string', { error: 'businessCustomers lists customer ids (an array or a Set of strings).' })),
});

/** Transaction types of an invoice document (a payment received on a proforma is a `deposit` too, with its payment method). */
const INVOICE_TYPES: ReadonlySet<string> = new Set(['sale', 'credit-note', 'debit-note', 'deposit', 'cancellation']);

/**
 * Computes the B2C e-reporting data of a period from the documents billing
 * software hands `post`: every sale to a consumer (an invoice whose customer
 * has neither a SIREN nor a VAT number, a till closing) aggregated per day,
 * category and VAT rate (flux 10.3), and the payments received for services
 * whose VAT is due on receipt, per day and rate (flux 10.4). The figures are
 * read from the transactions `post` writes, so they tie to the books: the
 * sales VAT is the VAT the period's B2C sales credited (collected and
 * pending), the payments VAT is what their `vat-transfer` entries moved.
 *
 * Categories: VAT still pending after the sale is on services (TPS1, due on
 * receipt); VAT collected at the sale is on goods (TLB1) under VAT due by law,
 * and under the débits option it is split between goods and services in
 * proportion to the transaction's goods and services revenue (the largest
 * share takes the rounding). Zero-rated sales are reported at rate 0 in their
 * nature's category.
 *
 * A Book built from `post`'s transactions gives the same report: it keeps
 * each transaction's type, document, customer id and VAT rate and base, but
 * not whether a customer is a business, so `options.businessCustomers` lists
 * the customers that get e-invoices. A Book read from a FEC keeps no types,
 * documents or customers: its sales cannot be classified (`invalid_input`).
 *
 * @param documents - the documents of the period and what they refer to (payments of earlier invoices need those invoices, in the call or in `options.context`), or a Book of their posted transactions
 * @param rules - posting rules @defaultValue defaultRules()
 * @param options - the period (and context documents, or with a Book the business customers)
 * @returns the e-reporting data
 * @throws AccountingError `invalid_option` (a Book without `businessCustomers`, with `context`, or in another currency than the rules), `invalid_input` (a Book whose sales have no transaction type), `invalid_period`, and every code `post` reports
 * @example
 * ```ts
 * const report = eReporting([
 *   { type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-06-03', customer: { id: 'C1', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *     lines: [{ label: 'Abonnement', quantity: '1', unitPrice: '60.00', vatRate: '20' }] },
 *   { type: 'payment', id: 'pay-1', date: '2024-06-05', method: 'card', amount: '60.00', customer: { id: 'C1', name: 'DUPONT Jean' }, allocations: [{ invoice: 'inv-1', amount: '60.00' }] },
 * ], defaultRules(), { period: { from: '2024-06-01', to: '2024-06-30' } });
 * [report.transactions[0]!.category, report.transactions[0]!.vat.toFixed(2), report.payments[0]!.rates[0]!.received.toFixed(2)] //=> ['TPS1', '10.00', '60.00']
 *
 * const fromBook = eReporting(createBook(post(consumerDocuments, defaultRules()).transactions), defaultRules(), { period: { from: '2024-06-01', to: '2024-06-30' }, businessCustomers: [] });
 * fromBook.totals.salesVat.toFixed(2) //=> '12.00'
 * ```
 */
export function eReporting(documents: Iterable<unknown> | Book, rules: PostingRules = defaultRules(), options: EReportingOptions): EReporting {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new AccountingError(fromZodIssues(parsed.error.issues, ['options'], { schema: optionsSchema, input: options }).map((i) => (i.code === 'invalid_input' ? issue('invalid_option', i.path, i.message) : i)));
  }
  const period = parsed.data.period as { from: IsoDate; to: IsoDate };
  const c = compile(rules);
  // Customers that receive e-invoices, and whether a vat-transfer comes from an invoice document (a credit note
  // applied to an invoice: not a payment) — read from the documents, or from the Book and options.businessCustomers.
  const business = new Set<string>();
  let transactions: Iterable<Transaction>;
  let fromInvoice: (documentId: string | undefined) => boolean;
  if (isBook(documents)) {
    const book = documents;
    const o = parsed.data;
    const wrong: AccountingIssue[] = [];
    if (o.businessCustomers === undefined) {
      wrong.push(issue('invalid_option', ['options', 'businessCustomers'], 'A Book records the customer id of each transaction, not whether the customer is a business: pass options.businessCustomers, the ids of the customers with a SIREN or a VAT number (e-invoiced, left out of e-reporting; [] when every customer is a consumer), or pass the documents instead of the Book.'));
    }
    if (o.context !== undefined) wrong.push(issue('invalid_option', ['options', 'context'], 'options.context is for documents: a Book already holds every transaction; remove it.'));
    if (book.currency !== c.currency) wrong.push(issue('invalid_option', ['book'], `The Book is kept in ${book.currency} and the rules in ${c.currency}: pass the rules the Book was posted with.`));
    if (wrong.length > 0) throw new AccountingError(wrong);
    for (const id of o.businessCustomers!) business.add(id);
    const invoiceDocs = new Set<string>();
    const all = [...bookTransactions(book)];
    for (const tx of all) {
      const id = tx.source?.documentId;
      if (id !== undefined && tx.type !== undefined && INVOICE_TYPES.has(tx.type) && tx.source?.paymentMethod === undefined) invoiceDocs.add(id);
      // A sale without a type cannot be classified: a Book read from a FEC keeps no types, documents or customers.
      if (tx.type !== undefined || tx.date < period.from || tx.date > period.to) continue;
      if (tx.entries.some((e) => e.account.startsWith('4457') || e.account.startsWith('70'))) {
        wrong.push(issue('invalid_input', ['book', tx.id], `Transaction ${tx.id} moves sales (70x) or VAT on sales (4457x) but has no type: e-reporting needs the transaction types, documents and customer ids post records (a Book read from a FEC keeps none of them). Pass the documents, or a Book built from post's transactions.`));
      }
    }
    if (wrong.length > 0) throw new AccountingError(wrong.slice(0, 20));
    transactions = all;
    fromInvoice = (id) => id === undefined || invoiceDocs.has(id);
  } else {
    if (parsed.data.businessCustomers !== undefined) {
      throw new AccountingError([issue('invalid_option', ['options', 'businessCustomers'], 'options.businessCustomers is for a Book: with documents, a customer is a business when it has a SIREN or a VAT number; remove the option.')]);
    }
    const list = [...documents];
    // Customers that receive e-invoices: a SIREN or a VAT number on any of their documents.
    const types = new Map<string, string>();
    for (const d of [...list, ...(parsed.data.context ?? [])]) {
      const doc = d as { id?: unknown; type?: unknown } | null;
      if (doc !== null && typeof doc === 'object' && typeof doc.id === 'string' && typeof doc.type === 'string') types.set(doc.id, doc.type);
      const customer = (d as { customer?: { id?: unknown; siren?: unknown; vatNumber?: unknown } } | null)?.customer;
      if (customer && typeof customer.id === 'string' && (customer.siren !== undefined || customer.vatNumber !== undefined)) business.add(customer.id);
    }
    transactions = post(list as never, rules, parsed.data.context ? { context: parsed.data.context } : {}).transactions;
    fromInvoice = (id) => {
      const from = id === undefined ? undefined : types.get(id);
      return from === undefined || from === 'invoice';
    };
  }
  const scale = c.scale;
  const minor = (d: Decimal): number => toMinorUnits(d, c.currency);
  const pending = new Set(typeof c.rules.vatPending === 'string' ? [c.rules.vatPending] : Object.values(c.rules.vatPending));
  const isPending = (account: string): boolean => {
    for (const p of pending) if (account.startsWith(p) || p.startsWith(account)) return true;
    return false;
  };
  const onReceipt = c.rules.vatExigibility === 'on-receipt';

  type Group = { date: IsoDate; category: EReportingCategory; vatDue: 'on-receipt' | 'on-invoice'; docs: Set<string>; rates: Map<string, { base: number; vat: number }> };
  const groups = new Map<string, Group>();
  const add = (tx: Transaction, category: EReportingCategory, vatDue: Group['vatDue'], rate: string, base: number, vat: number): void => {
    const key = `${tx.date}|${category}|${vatDue}`;
    let g = groups.get(key);
    if (!g) {
      g = { date: tx.date, category, vatDue, docs: new Set(), rates: new Map() };
      groups.set(key, g);
    }
    g.docs.add(tx.source?.documentId ?? tx.id);
    const r = g.rates.get(rate) ?? { base: 0, vat: 0 };
    r.base += base;
    r.vat += vat;
    g.rates.set(rate, r);
  };
  const payments = new Map<string, Map<string, { base: number; vat: number }>>();
  const eInvoiced = new Set<string>();

  for (const tx of transactions) {
    if (tx.date < period.from || tx.date > period.to) continue;
    const customer = tx.source?.customerId;
    const isBusiness = customer !== undefined && business.has(customer);
    if (tx.type === 'vat-transfer') {
      // Money received (or refunded) makes the VAT due: transfers of credit notes applied to invoices are not payments.
      if (isBusiness || fromInvoice(tx.source?.documentId)) continue;
      for (const e of tx.entries) {
        if (e.vat === undefined || !isPending(e.account)) continue;
        const sign = e.debit !== undefined ? 1 : -1;
        const day = payments.get(tx.date) ?? new Map<string, { base: number; vat: number }>();
        const r = day.get(e.vat.rate) ?? { base: 0, vat: 0 };
        r.vat += sign * minor(e.debit ?? e.credit!);
        r.base += sign * Math.abs(minor(e.vat.base));
        day.set(e.vat.rate, r);
        payments.set(tx.date, day);
      }
      continue;
    }
    if (tx.type === undefined || !SALE_TYPES.has(tx.type)) continue;
    if (isBusiness) {
      if (tx.source?.documentId !== undefined) eInvoiced.add(tx.source.documentId);
      continue;
    }
    // Revenue by nature (tourist tax and other non-revenue credits aside): splits VAT collected under the débits option.
    let goods = 0;
    let services = 0;
    for (const e of tx.entries) {
      if (!e.account.startsWith('7')) continue;
      const amount = (e.credit ? minor(e.credit) : 0) - (e.debit ? minor(e.debit) : 0);
      const isGoods = c.goodsSale(e.account);
      if (isGoods) goods += amount;
      else services += amount;
      // Zero-rated revenue carries its rate on the revenue line itself: reported at rate 0 in its nature's category.
      if (e.vat !== undefined && Number(e.vat.rate) === 0) add(tx, isGoods ? 'TLB1' : 'TPS1', 'on-invoice', '0', amount, 0);
    }
    for (const e of tx.entries) {
      if (e.vat === undefined || !e.account.startsWith('445')) continue;
      const vat = (e.credit ? minor(e.credit) : 0) - (e.debit ? minor(e.debit) : 0);
      const base = Math.sign(vat) * Math.abs(minor(e.vat.base));
      if (isPending(e.account)) {
        add(tx, 'TPS1', 'on-receipt', e.vat.rate, base, vat);
      } else if (onReceipt || services === 0) {
        add(tx, goods === 0 && !onReceipt ? 'TPS1' : 'TLB1', 'on-invoice', e.vat.rate, base, vat);
      } else if (goods === 0) {
        add(tx, 'TPS1', 'on-invoice', e.vat.rate, base, vat);
      } else {
        // The débits option with goods and services: VAT and base split by revenue share.
        const total = goods + services;
        const gVat = mulDivRound(vat, goods, total, c.rules.rounding);
        const gBase = mulDivRound(base, goods, total, c.rules.rounding);
        add(tx, 'TLB1', 'on-invoice', e.vat.rate, gBase, gVat);
        add(tx, 'TPS1', 'on-invoice', e.vat.rate, base - gBase, vat - gVat);
      }
    }
  }

  const dec = (m: number): Decimal => minorToDecimal(m, scale);
  const order = { TLB1: 0, TPS1: 1, TNT1: 2 } as const;
  const sorted = [...groups.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order[a.category] - order[b.category] || (a.vatDue < b.vatDue ? -1 : a.vatDue > b.vatDue ? 1 : 0)));
  let salesBase = 0;
  let salesVat = 0;
  const out: EReportingTransactions[] = sorted.map((g) => {
    let base = 0;
    let vat = 0;
    const rates = [...g.rates.entries()]
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([rate, r]) => {
        base += r.base;
        vat += r.vat;
        return Object.freeze({ rate: rate as VatRate, base: dec(r.base), vat: dec(r.vat) });
      });
    salesBase += base;
    salesVat += vat;
    return Object.freeze({ date: g.date, currency: c.currency, category: g.category, vatDue: g.vatDue, base: dec(base), vat: dec(vat), count: g.docs.size, rates: Object.freeze(rates) });
  });
  let paymentsVat = 0;
  const paid: EReportingPayments[] = [...payments.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([date, day]) =>
      Object.freeze({
        date: date as IsoDate,
        rates: Object.freeze(
          [...day.entries()]
            .sort((a, b) => Number(a[0]) - Number(b[0]))
            .map(([rate, r]) => {
              paymentsVat += r.vat;
              return Object.freeze({ rate: rate as VatRate, received: dec(r.base + r.vat), vat: dec(r.vat) });
            }),
        ),
      }),
    );
  return Object.freeze({
    period: Object.freeze({ from: period.from, to: period.to }),
    transactions: Object.freeze(out),
    payments: Object.freeze(paid),
    totals: Object.freeze({ salesBase: dec(salesBase), salesVat: dec(salesVat), paymentsVat: dec(paymentsVat) }),
    eInvoiced: Object.freeze([...eInvoiced].sort()),
  });
}
