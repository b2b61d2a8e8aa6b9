import { toBook, type Book, type BookSource } from '../book/index.js';
import { toDayNumber, toPeriod, type Period } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type VatRate } from '../money/index.js';
import { mulDivRound } from '../posting/_lib/minor.js';
import type { PostingRules } from '../posting/rules.js';
import { vatSynthesis } from '../tax/vatSynthesis.js';
import { isTransferMethod, readDocuments, type ReadDocuments } from './_lib/read.js';
import { due, endsIn, forStayInvoices, isAncillary, kindSign, live } from './_lib/sales.js';
import { spreadMinor } from './_lib/spread.js';

/**
 * Options of {@link accountingSynthesis}.
 *
 * @example
 * ```ts
 * const options: AccountingSynthesisOptions = { period: { from: '2024-07-01', to: '2024-07-31' } };
 * ```
 */
export interface AccountingSynthesisOptions {
  /** The period, inclusive. */
  readonly period: { readonly from: string; readonly to: string };
  /**
   * The rules the documents were posted with: accounts, VAT rates and
   * rounding, payment methods, the sales journal.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
}

/**
 * A count of documents and their amount incl. tax.
 *
 * @example
 * ```ts
 * synthesis.inShort.stays //=> { count: 1, amount: 476.60 }
 * ```
 */
export interface SynthesisCount {
  readonly count: number;
  readonly amount: Decimal;
}

/**
 * The four key figures (chiffres clés).
 *
 * @example
 * ```ts
 * synthesis.keyFigures.revenue.toFixed(2) //=> '424.62'
 * ```
 */
export interface SynthesisKeyFigures {
  /** CA HT: the class-7 movement (credits − debits) of the sales journal's invoices, credit and debit notes and cancellations of the period. */
  readonly revenue: Decimal;
  /** Encaissements TTC: payments (deposits, final invoices, proformas, on account) less refunds, plus till-ticket payments. */
  readonly receipts: Decimal;
  /** Taxes de séjour: the tourist-tax lines of the stays ending in the period and of the period's ancillary sales. */
  readonly touristTax: Decimal;
  /** TVA collectée: the collected-VAT accounts' movement over the period (as `vatSynthesis`). */
  readonly vatCollected: Decimal;
}

/**
 * The "in short" box (en bref): counts and amounts incl. tax.
 *
 * @example
 * ```ts
 * synthesis.inShort.invoices.count //=> 12
 * ```
 */
export interface SynthesisInShort {
  /** Stays ending in the period (by departure), amount billed for them. */
  readonly stays: SynthesisCount;
  /** Till tickets of the period's closings. */
  readonly tickets: SynthesisCount;
  /** Invoices of the period that no stay links (final invoices, debit and credit notes). */
  readonly ancillarySales: SynthesisCount;
  /** Invoices of the period (deposits, final, proformas, notes); the amount is what is left to pay on them (finals net of deducted deposits; proformas count 0). */
  readonly invoices: SynthesisCount;
  /** Purchases (supplier invoices, credit notes negative). */
  readonly expenses: SynthesisCount;
  /** Receipts, as `receiptsByMethod` adds them up. */
  readonly receipts: SynthesisCount;
}

/**
 * Receipts of one payment method.
 *
 * @example
 * ```ts
 * const row: SynthesisMethodRow = { method: 'card', label: 'CB', count: 3, amount: new Decimal('120.00') };
 * ```
 */
export interface SynthesisMethodRow {
  /** The method as written on the documents (`card`, `cash`, `credit-note`…). */
  readonly method: string;
  /** The rules' French label (`CB`, `espèces`, `avoir`…), the method itself when unknown to the rules. */
  readonly label: string;
  readonly count: number;
  readonly amount: Decimal;
}

/**
 * Movements of one account over the period (synthèse par code comptable).
 *
 * @example
 * ```ts
 * const row: SynthesisAccountRow = { account: '706', label: 'Prestations de services', debit: new Decimal(0), credit: new Decimal('409.09'), balance: new Decimal('-409.09') };
 * ```
 */
export interface SynthesisAccountRow {
  readonly account: string;
  readonly label: string;
  readonly debit: Decimal;
  readonly credit: Decimal;
  /** debit − credit. */
  readonly balance: Decimal;
}

/**
 * Collected VAT of one rate (synthèse de la TVA).
 *
 * @example
 * ```ts
 * const row: SynthesisVatRow = { rate: '10', base: new Decimal('409.09'), vat: new Decimal('40.91'), total: new Decimal('450.00') };
 * ```
 */
export interface SynthesisVatRow {
  readonly rate: VatRate | undefined;
  readonly base: Decimal;
  readonly vat: Decimal;
  readonly total: Decimal;
}

/**
 * Receipts of one accounting nature (encaissements HT par nature comptable):
 * an account and a VAT rate of the invoices and tickets paid.
 *
 * @example
 * ```ts
 * const row: SynthesisNatureRow = { account: '706100', rate: '20', nature: 'sale', inclTax: new Decimal('26.05'), exclTax: new Decimal('21.71'), vat: new Decimal('4.34') };
 * ```
 */
export interface SynthesisNatureRow {
  readonly account: string;
  /** Undefined for tourist tax and for receipts left on account (the customer account). */
  readonly rate: VatRate | undefined;
  /** `sale` (lines at a VAT rate), `tourist-tax`, or `on-account` (the unallocated part of payments, on the customer account). */
  readonly nature: 'sale' | 'tourist-tax' | 'on-account';
  readonly inclTax: Decimal;
  readonly exclTax: Decimal;
  readonly vat: Decimal;
}

/**
 * A control that failed: the credit-note method (a method that moves no
 * money) does not net to zero over the period.
 *
 * @example
 * ```ts
 * const c: SynthesisControl = { code: 'credit_note_not_netted', method: 'credit-note', amount: new Decimal('50.00'), message: '…' };
 * ```
 */
export interface SynthesisControl {
  readonly code: 'credit_note_not_netted';
  readonly method: string;
  readonly amount: Decimal;
  readonly message: string;
}

/**
 * The accounting synthesis of a period (synthèse comptable).
 *
 * @example
 * ```ts
 * synthesis.keyFigures.vatCollected.toFixed(2) //=> '43.58'
 * ```
 */
export interface AccountingSynthesis {
  readonly period: Period;
  readonly currency: CurrencyCode;
  readonly keyFigures: SynthesisKeyFigures;
  readonly inShort: SynthesisInShort;
  /** Receipts by payment method, sorted by method. */
  readonly receiptsByMethod: ReadonlyArray<SynthesisMethodRow>;
  /** Every account moved in the period (all journals, opening entries excluded), sorted by account. */
  readonly byAccount: ReadonlyArray<SynthesisAccountRow>;
  /** Collected VAT by rate, highest rate first. */
  readonly vatByRate: ReadonlyArray<SynthesisVatRow>;
  /** Receipts excl. tax by accounting nature, sorted by account then rate. */
  readonly receiptsByNature: ReadonlyArray<SynthesisNatureRow>;
  /** Failed controls; empty when every control passes. */
  readonly controls: ReadonlyArray<SynthesisControl>;
}

const REVENUE_TYPES = new Set(['sale', 'credit-note', 'debit-note', 'cancellation']);
const MAX = Number.MAX_SAFE_INTEGER;

/**
 * The accounting synthesis of a period, as a campsite's (or any seller's)
 * back office shows it: key figures, the "in short" box, receipts by payment
 * method with the credit-note control, movements by account, collected VAT by
 * rate and receipts excl. tax by accounting nature.
 *
 * Figures that the books hold come from the Book: revenue (class-7 movement
 * of the sales journal's invoices, credit and debit notes and cancellations —
 * deposits sit in 4191 until their final invoice), VAT collected and by rate,
 * movements by account. Figures that only the documents know come from them:
 * stays, tourist tax, tickets, receipts by method and by nature. Each receipt
 * is spread over its invoice's (or ticket's) accounts and rates in proportion
 * to their amounts incl. tax by the largest-remainder method in integer minor
 * units, then each share is taken excl. tax with the rules' rounding. A
 * credit note used as payment counts twice under its method, +X on the invoice
 * paid and −X on the credit note drawn on, so the method nets to zero; when it
 * does not, `controls` says so (the synthesis is still returned).
 *
 * @param source - the Book (or transactions) the documents were posted to
 * @param documents - the documents: invoices (with the earlier ones the period's receipts settle), payments and refunds, stays, till closings, purchases; other types are checked and ignored
 * @param options - period and rules
 * @returns the synthesis, deeply frozen
 * @throws AccountingError `invalid_period` (a period ending before it starts, or a stay leaving before it arrives),
 *   `unknown_document` (a receipt or a stay naming an invoice not among the documents), `duplicate_document`,
 *   `over_allocation`, `amount_overflow`, and every issue of an invalid document, with its index as path
 * @example
 * ```ts
 * // TV4: one campsite invoice with tourist tax, its stay, posted with post()
 * const { transactions } = post([invoice]);
 * const s = accountingSynthesis(createBook(transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * s.keyFigures.revenue.toFixed(2) //=> '424.62'
 * s.keyFigures.vatCollected.toFixed(2) //=> '43.58'
 * s.keyFigures.touristTax.toFixed(2) //=> '8.40'
 * s.inShort.stays //=> { count: 1, amount: 476.60 }
 * ```
 */
export function accountingSynthesis(source: BookSource, documents: Iterable<unknown>, options: AccountingSynthesisOptions): AccountingSynthesis {
  if (typeof options !== 'object' || options === null) fail('invalid_period', ['period'], 'Give the period as options.period { from, to }.');
  const period = toPeriod(options.period);
  const book = toBook(source);
  const docs = readDocuments(documents, period, options.rules);
  const rules = docs.c.rules;
  const scale = book.scale;
  const d = (minor: number): Decimal => minorToDecimal(minor, scale);

  // Book figures: revenue and movements by account.
  const { revenue, debit, credit } = foldBook(book, period, rules.journals.sales);
  const byAccount: SynthesisAccountRow[] = [];
  const order = book.accounts.map((_, a) => a).sort((x, y) => (book.accounts[x]! < book.accounts[y]! ? -1 : 1));
  for (const a of order) {
    const dr = debit[a]!;
    const cr = credit[a]!;
    if (dr === 0 && cr === 0) continue;
    byAccount.push(Object.freeze({ account: book.accounts[a]!, label: book.accountLabels[a] ?? '', debit: d(dr), credit: d(cr), balance: d(dr - cr) }));
  }
  const vat = vatSynthesis(book, { period, rules });
  const vatByRate: SynthesisVatRow[] = [];
  for (const r of vat.rates) {
    if (r.collected.base.isZero() && r.collected.vat.isZero()) continue;
    vatByRate.push(Object.freeze({ rate: r.rate, base: r.collected.base, vat: r.collected.vat, total: r.collected.total }));
  }

  // Documents.
  const figures = documentFigures(docs);
  const receiptsByMethod = [...figures.methods.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([method, m]) => Object.freeze({ method, label: docs.c.method(method)?.label ?? method, count: m.count, amount: d(m.amount) }));
  const controls: SynthesisControl[] = [];
  for (const [method, m] of figures.methods) {
    if (!isTransferMethod(docs, method) || m.amount === 0) continue;
    controls.push(
      Object.freeze({
        code: 'credit_note_not_netted' as const,
        method,
        amount: d(m.amount),
        message: `The ${method} method adds up to ${d(m.amount).toFixed(scale)} instead of 0: each payment by credit note must draw on a credit note among the documents (creditNote) with enough left on it. Check the payments by ${method} of the period.`,
      }),
    );
  }
  controls.sort((a, b) => (a.method < b.method ? -1 : 1));
  const receiptsByNature: SynthesisNatureRow[] = [];
  const keys = docs.natures.keys;
  const natureOrder = keys.map((_, k) => k).sort((x, y) => compareNature(keys[x]!, keys[y]!));
  for (const k of natureOrder) {
    if (!figures.natureTouched[k]) continue;
    const incl = figures.natureIncl[k]!;
    const excl = figures.natureExcl[k]!;
    receiptsByNature.push(Object.freeze({ account: keys[k]!.account, rate: keys[k]!.rate, nature: keys[k]!.kind, inclTax: d(incl), exclTax: d(excl), vat: d(incl - excl) }));
  }
  const count = (n: number, minor: number): SynthesisCount => Object.freeze({ count: n, amount: d(minor) });
  const f = figures;
  return Object.freeze({
    period,
    currency: book.currency,
    keyFigures: Object.freeze({ revenue: d(revenue), receipts: d(f.receipts), touristTax: d(f.touristTax), vatCollected: vat.collected.vat }),
    inShort: Object.freeze({
      stays: count(f.stays.count, f.stays.amount),
      tickets: count(f.tickets.count, f.tickets.amount),
      ancillarySales: count(f.ancillary.count, f.ancillary.amount),
      invoices: count(f.invoices.count, f.invoices.amount),
      expenses: count(f.expenses.count, f.expenses.amount),
      receipts: count(f.receiptCount, f.receipts),
    }),
    receiptsByMethod: Object.freeze(receiptsByMethod),
    byAccount: Object.freeze(byAccount),
    vatByRate: Object.freeze(vatByRate),
    receiptsByNature: Object.freeze(receiptsByNature),
    controls: Object.freeze(controls),
  });
}

function compareNature(a: { account: string; rate: string | undefined; kind: string }, b: { account: string; rate: string | undefined; kind: string }): number {
  if (a.account !== b.account) return a.account < b.account ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.rate === b.rate) return 0;
  if (a.rate === undefined) return -1;
  if (b.rate === undefined) return 1;
  return Number(b.rate) - Number(a.rate);
}

/** Revenue and movements by account, folded over the Book's columns. */
function foldBook(book: Book, period: Period, salesJournal: string): { revenue: number; debit: Float64Array; credit: Float64Array } {
  if (book.absoluteTotal > MAX) fail('amount_overflow', ['period'], 'The sums of this book pass Number.MAX_SAFE_INTEGER minor units: split it into shorter periods.');
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const A = book.accounts.length;
  const revenueAccount = new Uint8Array(A);
  for (let a = 0; a < A; a++) revenueAccount[a] = book.accounts[a]!.charCodeAt(0) === 55 ? 1 : 0; // '7'
  const typeOk = new Uint8Array(book.types.length);
  book.types.forEach((t, i) => (typeOk[i] = REVENUE_TYPES.has(t) ? 1 : 0));
  const sales = book.journals.indexOf(salesJournal);
  const debit = new Float64Array(A);
  const credit = new Float64Array(A);
  const { date, opening, journal, type, entryStart } = book.tx;
  const { account, amount } = book.entries;
  let revenue = 0;
  for (let t = 0; t < book.size; t++) {
    const day = date[t]!;
    if (day < from || day > to || opening[t] === 1) continue;
    const ty = type[t]!;
    const counts = journal[t] === sales && (ty < 0 || typeOk[ty] === 1);
    const end = entryStart[t + 1]!;
    for (let e = entryStart[t]!; e < end; e++) {
      const a = account[e]!;
      const m = amount[e]!;
      if (m > 0) debit[a] = debit[a]! + m;
      else credit[a] = credit[a]! - m;
      if (counts && revenueAccount[a] === 1) revenue -= m;
    }
  }
  return { revenue: revenue || 0, debit, credit };
}

interface Figures {
  receipts: number;
  receiptCount: number;
  touristTax: number;
  methods: Map<string, { count: number; amount: number }>;
  natureIncl: Float64Array;
  natureExcl: Float64Array;
  natureTouched: Uint8Array;
  stays: { count: number; amount: number };
  tickets: { count: number; amount: number };
  ancillary: { count: number; amount: number };
  invoices: { count: number; amount: number };
  expenses: { count: number; amount: number };
}

/** What the documents say: receipts by method and nature, tourist tax, counts. */
function documentFigures(docs: ReadDocuments): Figures {
  const { period, c } = docs;
  const mode = c.rules.rounding;
  const { from, to } = period;
  const methods = new Map<string, { count: number; amount: number }>();
  const addMethod = (method: string, n: number, amount: number): void => {
    const m = methods.get(method);
    if (m) {
      m.count += n;
      m.amount += amount;
    } else methods.set(method, { count: n, amount });
  };
  let receipts = 0;
  let receiptCount = 0;
  // Sums by nature, in typed arrays (natures grow by the customer accounts of receipts on account).
  const natures = docs.natures;
  let incl = new Float64Array(natures.keys.length + 16);
  let excl = new Float64Array(incl.length);
  let touched = new Uint8Array(incl.length);
  const put = (key: number, inclTax: number, exclTax: number): void => {
    if (key >= incl.length) {
      const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
        const b = new Float64Array(key * 2 + 16);
        b.set(a);
        return b;
      };
      incl = grow(incl);
      excl = grow(excl);
      const t = new Uint8Array(incl.length);
      t.set(touched);
      touched = t;
    }
    incl[key] = incl[key]! + inclTax;
    excl[key] = excl[key]! + exclTax;
    touched[key] = 1;
  };
  const keys = natures.keys;
  const table = docs.groups;
  const exclOf = (key: number, share: number): number => {
    const n = keys[key]!;
    return n.rate === undefined || n.num === 0 ? share : mulDivRound(share, n.den, n.den + n.num, mode);
  };
  const weights: number[] = [];
  const spreadOver = (start: number, end: number, amount: number): void => {
    if (amount === 0) return;
    const n = end - start;
    if (n === 1) {
      const key = table.key[start]!;
      put(key, amount, exclOf(key, amount));
      return;
    }
    weights.length = n;
    for (let k = 0; k < n; k++) weights[k] = table.inclTax[start + k]!;
    const shares = spreadMinor(amount, weights);
    for (let k = 0; k < n; k++) {
      const key = table.key[start + k]!;
      put(key, shares[k]!, exclOf(key, shares[k]!));
    }
  };

  // Payments and refunds; credit notes used as payment are drawn in input order over every date (see readDocuments).
  const P = docs.payments;
  const inv = docs.invoices;
  for (let p = 0; p < P.size; p++) {
    const d = P.docs[p]!;
    const amount = P.amount[p]!;
    const creditNote = P.creditNote[p]!;
    const inPeriod = d.date >= from && d.date <= to;
    const draw = P.draw[p]!;
    if (!inPeriod) continue;
    const s = d.type === 'refund' ? -1 : 1;
    addMethod(d.method, 1, s * amount);
    receipts += s * amount;
    receiptCount++;
    for (let a = P.allocStart[p]!; a < P.allocStart[p + 1]!; a++) {
      const r = P.allocTarget[a]!;
      spreadOver(inv.groupStart[r]!, inv.groupEnd[r]!, s * P.allocAmount[a]!);
    }
    const unallocated = P.unallocated[p]!;
    if (unallocated !== 0) {
      const account = d.customer.account ?? c.rules.accounts.customers;
      put(natures.key(account, undefined, 0, 1, 'on-account'), s * unallocated, s * unallocated);
    }
    if (draw > 0) {
      addMethod(d.method, 1, -draw);
      receipts -= draw;
      receiptCount++;
      spreadOver(inv.groupStart[creditNote]!, inv.groupEnd[creditNote]!, -draw);
    }
  }

  // Till tickets.
  const tickets = { count: 0, amount: 0 };
  for (const t of docs.tickets) {
    tickets.count++;
    tickets.amount += t.figures.inclTax;
    t.ticket.payments.forEach((p, j) => {
      const m = t.payments[j]!;
      addMethod(p.method, 1, m);
      receipts += m;
      receiptCount++;
    });
    spreadOver(t.figures.groupStart, t.figures.groupEnd, t.paid);
  }

  // Stays ending in the period, ancillary sales, invoices, expenses.
  let touristTax = 0;
  const stays = { count: 0, amount: 0 };
  const stayInvoice = (r: number): void => {
    const s = kindSign(inv, r);
    stays.amount += s * inv.inclTax[r]!;
    touristTax += s * inv.touristTax[r]!;
  };
  for (let st = 0; st < docs.stays.size; st++) {
    if (!endsIn(docs.stays, st, period)) continue;
    stays.count++;
    forStayInvoices(inv, docs.stays, st, stayInvoice);
  }
  const ancillary = { count: 0, amount: 0 };
  const invoices = { count: 0, amount: 0 };
  for (let r = 0; r < inv.size; r++) {
    if (isAncillary(inv, r, period)) {
      const s = kindSign(inv, r);
      ancillary.count++;
      ancillary.amount += s * inv.inclTax[r]!;
      touristTax += s * inv.touristTax[r]!;
    }
    const doc = inv.docs[r]!;
    if (live(inv, r) && doc.date >= from && doc.date <= to) {
      invoices.count++;
      if (doc.kind !== 'proforma') invoices.amount += kindSign(inv, r) * due(inv, r);
    }
  }
  const expenses = { count: 0, amount: 0 };
  for (const p of docs.purchases) {
    expenses.count++;
    expenses.amount += p.inclTax;
  }

  const K = natures.keys.length;
  const natureIncl = incl.length === K ? incl : incl.slice(0, K);
  const natureExcl = excl.length === K ? excl : excl.slice(0, K);
  const natureTouched = touched.length === K ? touched : touched.slice(0, K);
  for (const v of [receipts, touristTax, stays.amount, tickets.amount, invoices.amount, ancillary.amount, expenses.amount]) {
    if (!(v <= MAX && v >= -MAX)) fail('amount_overflow', ['documents'], 'The sums of these documents pass Number.MAX_SAFE_INTEGER minor units: split the period.');
  }
  return { receipts, receiptCount, touristTax, methods, natureIncl, natureExcl, natureTouched, stays, tickets, ancillary, invoices, expenses };
}
