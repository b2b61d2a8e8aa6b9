// @ts-nocheck
import { toBook, type Book, type BookSource } from '../book/index.js';
import { toDayNumber, toPeriod, type Period, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type VatRate } from '../money/index.js';
import { mulDivRound } from '../posting/_lib/minor.js';
import type { PostingRules } from '../posting/rules.js';
import { VAT_SETTLEMENT_TYPE, vatSynthesis } from '../tax/vatSynthesis.js';
import { isTransferMethod } from './_lib/read.js';
import { due, endsIn, forStayInvoices, isAncillary, kindSign, live, viewOf, type PeriodView } from './_lib/sales.js';
import { spreadInto } from './_lib/spread.js';
import { PROFORMA } from './_lib/tables.js';
import { documentsOf, type DocumentIndex } from './documentIndex.js';

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
  readonly period: PeriodInput;
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
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * [synthesis.inShort.stays.count, synthesis.inShort.stays.amount.toFixed(2)] //=> [1, '476.60']
 * ```
 */
export interface SynthesisCount {
  /** How many documents. */
  readonly count: number;
  /** Σ of their amounts incl. tax (« TTC »), in the currency's major unit. */
  readonly amount: Decimal;
}

/**
 * The four key figures (chiffres clés).
 *
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
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
  /**
   * TVA collectée, as the campsite seed defines it: the VAT of the deposit and
   * final invoices of the period (credit notes, debit notes and cancellations
   * included) — the movement of the collected and pending VAT accounts by the
   * sales journal's invoices. The VAT of till tickets, of deposits received
   * against proformas and of write-offs is not in it: see
   * {@link AccountingSynthesis.vatParts}.
   */
  readonly vatCollected: Decimal;
}

/**
 * The movement (credits − debits) of the collected and pending VAT accounts
 * (4457x) over the period, by origin: the parts add up to `total`, the
 * accounts' movement in the trial balance.
 *
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * const p = synthesis.vatParts;
 * [p.invoices, p.till, p.receipts, p.writeOffs, p.other, p.total].map((x) => x.toFixed(2))
 * //=> ['43.58', '0.00', '0.00', '0.00', '0.00', '43.58']
 * ```
 */
export interface SynthesisVatParts {
  /** The VAT of the deposit and final invoices, credit and debit notes and cancellations (the sales journal's): `keyFigures.vatCollected`. */
  readonly invoices: Decimal;
  /** The VAT of the till closings (tickets). */
  readonly till: Decimal;
  /** VAT collected on receipts: deposits received against proformas or orders (services), refunds negative. */
  readonly receipts: Decimal;
  /** VAT regularised on receivables written off (negative). */
  readonly writeOffs: Decimal;
  /** Any other movement (transactions of other types, such as manual entries or VAT transfers). */
  readonly other: Decimal;
  /** The collected and pending VAT accounts' movement over the period: the sum of the parts. */
  readonly total: Decimal;
}

/**
 * The "in short" box (en bref): counts and amounts incl. tax.
 *
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * synthesis.inShort.invoices.count //=> 1
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
  /** How many receipts used the method. */
  readonly count: number;
  /** Σ received by the method, incl. tax. */
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
  /** The account number. */
  readonly account: string;
  /** The account's label (from the chart, else the entries). */
  readonly label: string;
  /** Σ debits of the period on the account. */
  readonly debit: Decimal;
  /** Σ credits of the period on the account. */
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
  /** The VAT rate; `undefined` for VAT entries that name no rate. */
  readonly rate: VatRate | undefined;
  /** The taxable base excl. tax (« base HT »), credits positive. */
  readonly base: Decimal;
  /** The VAT collected at that rate, credits positive. */
  readonly vat: Decimal;
  /** `base + vat`, incl. tax. */
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
  /** The revenue (or customer) account the receipts relate to. */
  readonly account: string;
  /** Undefined for tourist tax and for receipts left on account (the customer account). */
  readonly rate: VatRate | undefined;
  /** `sale` (lines at a VAT rate), `tourist-tax`, or `on-account` (the unallocated part of payments, on the customer account). */
  readonly nature: 'sale' | 'tourist-tax' | 'on-account';
  /** Receipts incl. tax of that nature. */
  readonly inclTax: Decimal;
  /** Their part excl. tax. */
  readonly exclTax: Decimal;
  /** Their VAT part (`inclTax − exclTax`). */
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
  /** Which control failed: `credit_note_not_netted`. */
  readonly code: 'credit_note_not_netted';
  /** The payment method concerned (the credit-note method). */
  readonly method: string;
  /** What it fails to net by: its Σ over the period, which should be 0. */
  readonly amount: Decimal;
  /** What is wrong and what to check, in English. */
  readonly message: string;
}

/**
 * The accounting synthesis of a period (synthèse comptable).
 *
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * synthesis.keyFigures.vatCollected.toFixed(2) //=> '43.58'
 * ```
 */
export interface AccountingSynthesis {
  /** The period, inclusive. */
  readonly period: Period;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
  /** The four key figures (« chiffres clés »): revenue, receipts, tourist tax, VAT collected. */
  readonly keyFigures: SynthesisKeyFigures;
  /** The collected and pending VAT accounts' movement by origin (invoices, till, receipts, write-offs, other): ties to 4457x. */
  readonly vatParts: SynthesisVatParts;
  /** Document counts and amounts (« en bref »): stays, invoices, tickets… */
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
/** Types of the sales journal's transactions whose VAT is "TVA collectée" (deposit and final invoices, notes, cancellations). */
const INVOICE_VAT_TYPES = new Set(['sale', 'deposit', 'credit-note', 'debit-note', 'cancellation']);
/** Types of the receipts that collect VAT (deposits received against proformas, payments on a receipt basis, refunds, rejections). */
const RECEIPT_VAT_TYPES = new Set(['payment', 'deposit', 'refund', 'direct-debit', 'rejection']);
/** VAT part of a transaction: invoices, till, receipts, write-offs, other. */
const INVOICES = 0;
const TILL = 1;
const RECEIPTS = 2;
const WRITE_OFFS = 3;
const OTHER = 4;
const MAX = Number.MAX_SAFE_INTEGER;

/**
 * The accounting synthesis of a period, as a campsite's (or any seller's)
 * back office shows it: key figures, the "in short" box, receipts by payment
 * method with the credit-note control, movements by account, collected VAT by
 * rate and receipts excl. tax by accounting nature.
 *
 * Figures that the books hold come from the Book: revenue (class-7 movement
 * of the sales journal's invoices, credit and debit notes and cancellations —
 * deposits sit in 4191 until their final invoice), VAT collected (the deposit
 * and final invoices' VAT), the VAT accounts' movement by origin (invoices,
 * till, receipts, write-offs, other: they tie to 4457x), VAT by rate,
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
 * @param documents - the documents: invoices (with the earlier ones the period's receipts settle), payments and refunds, stays, till closings, purchases (other types are checked and ignored); or their `indexDocuments` index, to read them once for several periods
 * @param options - period and rules
 * @returns the synthesis, deeply frozen
 * @throws AccountingError `invalid_period` (a period ending before it starts, or a stay leaving before it arrives),
 *   `unknown_document` (a receipt or a stay naming an invoice not among the documents), `duplicate_document`,
 *   `over_allocation`, `amount_overflow`, `invalid_option` (an index built with other rules), and every issue of an invalid document, with its index as path
 * @example
 * ```ts
 * // TV4: one campsite invoice with tourist tax, its stay, posted with post()
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const { transactions } = post([invoice]);
 * const s = accountingSynthesis(createBook(transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * s.keyFigures.revenue.toFixed(2) //=> '424.62'
 * s.keyFigures.vatCollected.toFixed(2) //=> '43.58'
 * s.keyFigures.touristTax.toFixed(2) //=> '8.40'
 * [s.inShort.stays.count, s.inShort.stays.amount.toFixed(2)] //=> [1, '476.60']
 * ```
 */
export function accountingSynthesis(source: BookSource, documents: Iterable<unknown> | DocumentIndex, options: AccountingSynthesisOptions): AccountingSynthesis {
  if (typeof options !== 'object' || options === null) fail('invalid_period', ['period'], 'Give the period as options.period { from, to }.');
  const period = toPeriod(options.period);
  const book = toBook(source);
  const docs = documentsOf(documents, options.rules);
  const rules = docs.c.rules;
  const scale = book.scale;
  const d = (minor: number): Decimal => minorToDecimal(minor, scale);

  // Book figures: revenue, movements by account, VAT by origin.
  const vat = vatSynthesis(book, { period, rules });
  const vatAccounts = new Set([...vat.accounts.collected, ...vat.accounts.pending]);
  const { revenue, debit, credit, vatParts } = foldBook(book, period, rules.journals.sales, vatAccounts);
  const byAccount: SynthesisAccountRow[] = [];
  const order = book.accounts.map((_, a) => a).sort((x, y) => (book.accounts[x]! < book.accounts[y]! ? -1 : 1));
  for (const a of order) {
    const dr = debit[a]!;
    const cr = credit[a]!;
    if (dr === 0 && cr === 0) continue;
    byAccount.push(Object.freeze({ account: book.accounts[a]!, label: book.accountLabels[a] ?? '', debit: d(dr), credit: d(cr), balance: d(dr - cr) }));
  }
  const vatByRate: SynthesisVatRow[] = [];
  for (const r of vat.rates) {
    if (r.collected.base.isZero() && r.collected.vat.isZero()) continue;
    vatByRate.push(Object.freeze({ rate: r.rate, base: r.collected.base, vat: r.collected.vat, total: r.collected.total }));
  }

  // Documents.
  const figures = documentFigures(viewOf(docs, period));
  const methodOrder = docs.methods.map((_, k) => k).filter((k) => figures.methodCount[k]! > 0);
  methodOrder.sort((x, y) => (docs.methods[x]! < docs.methods[y]! ? -1 : 1));
  const receiptsByMethod = methodOrder.map((k) => {
    const method = docs.methods[k]!;
    return Object.freeze({ method, label: docs.c.method(method)?.label ?? method, count: figures.methodCount[k]!, amount: d(figures.methodAmount[k]!) });
  });
  const controls: SynthesisControl[] = [];
  for (const k of methodOrder) {
    const method = docs.methods[k]!;
    const amount = figures.methodAmount[k]!;
    if (!isTransferMethod(docs, method) || amount === 0) continue;
    controls.push(
      Object.freeze({
        code: 'credit_note_not_netted' as const,
        method,
        amount: d(amount),
        message: `The ${method} method adds up to ${d(amount).toFixed(scale)} instead of 0: each payment by credit note must draw on a credit note among the documents (creditNote) with enough left on it. Check the payments by ${method} of the period.`,
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
    keyFigures: Object.freeze({ revenue: d(revenue), receipts: d(f.receipts), touristTax: d(f.touristTax), vatCollected: d(vatParts[INVOICES]!) }),
    vatParts: Object.freeze({
      invoices: d(vatParts[INVOICES]!),
      till: d(vatParts[TILL]!),
      receipts: d(vatParts[RECEIPTS]!),
      writeOffs: d(vatParts[WRITE_OFFS]!),
      other: d(vatParts[OTHER]!),
      total: d(vatParts.reduce((a, b) => a + b, 0)),
    }),
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

/** Revenue, movements by account and the VAT accounts' movement by part, folded over the Book's columns. */
function foldBook(book: Book, period: Period, salesJournal: string, vatAccounts: ReadonlySet<string>): { revenue: number; debit: Float64Array; credit: Float64Array; vatParts: number[] } {
  if (book.absoluteTotal > MAX) fail('amount_overflow', ['period'], 'The sums of this book pass Number.MAX_SAFE_INTEGER minor units: split it into shorter periods.');
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const A = book.accounts.length;
  const revenueAccount = new Uint8Array(A);
  for (let a = 0; a < A; a++) revenueAccount[a] = book.accounts[a]!.charCodeAt(0) === 55 ? 1 : 0; // '7'
  const vatAccount = new Uint8Array(A);
  for (let a = 0; a < A; a++) vatAccount[a] = vatAccounts.has(book.accounts[a]!) ? 1 : 0;
  const typeOk = new Uint8Array(book.types.length);
  book.types.forEach((t, i) => (typeOk[i] = REVENUE_TYPES.has(t) ? 1 : 0));
  // The VAT part of each type, in and out of the sales journal.
  const inSales = book.types.map((t) => (INVOICE_VAT_TYPES.has(t) ? INVOICES : t === 'write-off' ? WRITE_OFFS : t === 'cash-closing' ? TILL : OTHER));
  const elsewhere = book.types.map((t) => (t === 'cash-closing' ? TILL : t === 'write-off' ? WRITE_OFFS : RECEIPT_VAT_TYPES.has(t) ? RECEIPTS : OTHER));
  const vatParts = [0, 0, 0, 0, 0];
  // A VAT return's clearing entry moves no VAT of an operation (as in vatSynthesis): it is no part.
  const settlement = book.types.indexOf(VAT_SETTLEMENT_TYPE);
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
    const part = ty < 0 ? (journal[t] === sales ? INVOICES : OTHER) : journal[t] === sales ? inSales[ty]! : elsewhere[ty]!;
    const end = entryStart[t + 1]!;
    for (let e = entryStart[t]!; e < end; e++) {
      const a = account[e]!;
      const m = amount[e]!;
      if (m > 0) debit[a] = debit[a]! + m;
      else credit[a] = credit[a]! - m;
      if (counts && revenueAccount[a] === 1) revenue -= m;
      if (vatAccount[a] === 1 && (ty < 0 || ty !== settlement)) vatParts[part] = vatParts[part]! - m;
    }
  }
  return { revenue: revenue || 0, debit, credit, vatParts: vatParts.map((x) => x || 0) };
}

interface Figures {
  receipts: number;
  receiptCount: number;
  touristTax: number;
  /** By method (index into `ReadDocuments.methods`): receipts counted, amount. */
  methodCount: Float64Array;
  methodAmount: Float64Array;
  natureIncl: Float64Array;
  natureExcl: Float64Array;
  natureTouched: Uint8Array;
  stays: { count: number; amount: number };
  tickets: { count: number; amount: number };
  ancillary: { count: number; amount: number };
  invoices: { count: number; amount: number };
  expenses: { count: number; amount: number };
}

/** What the documents say: receipts by method and nature, tourist tax, counts (folds over the columns). */
function documentFigures(v: PeriodView): Figures {
  const { docs, from, to } = v;
  const { c, natures } = docs;
  const mode = c.rules.rounding;
  const methodCount = new Float64Array(docs.methods.length);
  const methodAmount = new Float64Array(docs.methods.length);
  let receipts = 0;
  let receiptCount = 0;
  // Sums by nature (every nature is known once the documents are read).
  const K = natures.keys.length;
  const natureIncl = new Float64Array(K);
  const natureExcl = new Float64Array(K);
  const natureTouched = new Uint8Array(K);
  // Per nature: 0 when the share is taken as is (tourist tax, on account), else the rate's num / den.
  const num = new Float64Array(K);
  const den = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const n = natures.keys[k]!;
    num[k] = n.rate === undefined ? 0 : n.num;
    den[k] = n.den;
  }
  const put = (key: number, share: number): void => {
    natureIncl[key] = natureIncl[key]! + share;
    natureExcl[key] = natureExcl[key]! + (num[key] === 0 ? share : mulDivRound(share, den[key]!, den[key]! + num[key]!, mode));
    natureTouched[key] = 1;
  };
  const table = docs.groups;
  const gKey = table.key;
  const gIncl = table.inclTax;
  let shares = new Float64Array(16);
  let scratch = new Float64Array(16);
  const spreadOver = (start: number, end: number, amount: number): void => {
    if (amount === 0) return;
    const n = end - start;
    if (n === 1) {
      put(gKey[start]!, amount);
      return;
    }
    if (n > shares.length) {
      shares = new Float64Array(n * 2);
      scratch = new Float64Array(n * 2);
    }
    spreadInto(amount, gIncl, start, end, shares, scratch);
    for (let k = 0; k < n; k++) put(gKey[start + k]!, shares[k]!);
  };

  // Payments and refunds; credit notes used as payment are drawn in input order over every date (see readDocuments).
  const P = docs.payments;
  const inv = docs.invoices;
  const { groupStart, groupEnd } = inv;
  const { day, amount: amounts, refund, method, allocStart, allocTarget, allocAmount, unallocated: left, onAccount, creditNote, draw: draws } = P;
  for (let p = 0; p < P.size; p++) {
    const dd = day[p]!;
    if (dd < from || dd > to) continue;
    const amount = amounts[p]!;
    const s = refund[p] === 1 ? -1 : 1;
    const m = method[p]!;
    methodCount[m] = methodCount[m]! + 1;
    methodAmount[m] = methodAmount[m]! + s * amount;
    receipts += s * amount;
    receiptCount++;
    for (let a = allocStart[p]!; a < allocStart[p + 1]!; a++) {
      const r = allocTarget[a]!;
      spreadOver(groupStart[r]!, groupEnd[r]!, s * allocAmount[a]!);
    }
    const unallocated = left[p]!;
    if (unallocated !== 0) put(onAccount[p]!, s * unallocated);
    const draw = draws[p]!;
    if (draw > 0) {
      const cn = creditNote[p]!;
      methodCount[m] = methodCount[m]! + 1;
      methodAmount[m] = methodAmount[m]! - draw;
      receipts -= draw;
      receiptCount++;
      spreadOver(groupStart[cn]!, groupEnd[cn]!, -draw);
    }
  }

  // Till tickets of the period's closings.
  const tickets = { count: 0, amount: 0 };
  for (const t of docs.tickets) {
    if (t.day < from || t.day > to) continue;
    tickets.count++;
    tickets.amount += t.figures.inclTax;
    for (let j = 0; j < t.payments.length; j++) {
      const m = t.methods[j]!;
      methodCount[m] = methodCount[m]! + 1;
      methodAmount[m] = methodAmount[m]! + t.payments[j]!;
      receipts += t.payments[j]!;
      receiptCount++;
    }
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
    if (!endsIn(docs.stays, st, from, to)) continue;
    stays.count++;
    forStayInvoices(inv, docs.stays, st, to, stayInvoice);
  }
  const ancillary = { count: 0, amount: 0 };
  const invoices = { count: 0, amount: 0 };
  for (let r = 0; r < inv.size; r++) {
    if (isAncillary(inv, r, from, to)) {
      const s = kindSign(inv, r);
      ancillary.count++;
      ancillary.amount += s * inv.inclTax[r]!;
      touristTax += s * inv.touristTax[r]!;
    }
    const dd = inv.day[r]!;
    if (dd >= from && dd <= to && live(inv, r, to)) {
      invoices.count++;
      if (inv.kind[r] !== PROFORMA) invoices.amount += kindSign(inv, r) * due(v, r);
    }
  }
  const expenses = { count: 0, amount: 0 };
  for (const p of docs.purchases) {
    if (p.day < from || p.day > to) continue;
    expenses.count++;
    expenses.amount += p.inclTax;
  }

  for (const x of [receipts, touristTax, stays.amount, tickets.amount, invoices.amount, ancillary.amount, expenses.amount]) {
    if (!(x <= MAX && x >= -MAX)) fail('amount_overflow', ['documents'], 'The sums of these documents pass Number.MAX_SAFE_INTEGER minor units: split the period.');
  }
  return { receipts, receiptCount, touristTax, methodCount, methodAmount, natureIncl, natureExcl, natureTouched, stays, tickets, ancillary, invoices, expenses };
}
