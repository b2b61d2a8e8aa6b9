// @ts-nocheck
import { toBook, type Book, type BookSource } from '../book/index.js';
import { toPeriod, type Period } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { scopeOf, type OpeningMode } from '../ledger/_lib/scope.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type VatRate } from '../money/index.js';
import { defaultRules, isPostingRules, type PostingRules, type VatExigibility } from '../posting/rules.js';
import { documentFigures, type VatDocumentCounts, type VatExemptionReason } from './_lib/documentFigures.js';

/**
 * Options of {@link vatSynthesis}.
 *
 * @example
 * ```ts
 * const options: VatSynthesisOptions = { period: { from: '2024-10-01', to: '2024-12-31' } };
 * ```
 */
export interface VatSynthesisOptions {
  /** The VAT return period, inclusive. */
  readonly period: {
    /** The first day, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day, `YYYY-MM-DD`. */
    readonly to: string;
  };
  /**
   * The rules naming the VAT accounts (collected per rate, pending, deductible)
   * and the exigibility.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
  /**
   * The VAT accounts read, as account prefixes (a prefix covers its
   * sub-accounts); each list replaces the rules' one.
   * @defaultValue collected: `44571` and the rules' per-rate accounts; pending: the rules' `vatPending`; deductible: the rules' `vatDeductible`
   */
  readonly accounts?: {
    /** Prefixes of the collected-VAT accounts (« TVA collectée », 44571…). */
    readonly collected?: ReadonlyArray<string>;
    /** Prefixes of the pending collected-VAT accounts (« TVA en attente », taxed on receipt). */
    readonly pending?: ReadonlyArray<string>;
    /** Prefixes of the deductible-VAT accounts (« TVA déductible », 44566…). */
    readonly deductible?: ReadonlyArray<string>;
    /**
     * Deductible VAT awaiting payment (purchases from suppliers taxed on receipt).
     * @defaultValue the rules' `accounts.vatDeductiblePending` (44568)
     */
    readonly deductiblePending?: ReadonlyArray<string>;
  };
  /**
   * How the pending VAT at the period end is cumulated, as for `trialBalance`.
   * @defaultValue `entries` when the book has opening transactions dated the period's first day, else `cumulative`
   */
  readonly opening?: OpeningMode;
}

/**
 * A base excl. tax, its VAT and the total incl. tax.
 *
 * @example
 * ```ts
 * const a: VatAmounts = { base: new Decimal('409.09'), vat: new Decimal('40.91'), total: new Decimal('450.00') };
 * ```
 */
export interface VatAmounts {
  /**
   * The taxable base excl. tax (« base HT »), in the currency's major unit, with the sign of the figure it
   * belongs to.
   */
  readonly base: Decimal;
  /** The VAT on that base (« montant de TVA »), same unit and sign. */
  readonly vat: Decimal;
  /** `base + vat`, the amount incl. tax (« TTC »). */
  readonly total: Decimal;
}

/**
 * The figures of one VAT rate. Collected and pending VAT count credits
 * positive (credit notes make them smaller); deductible VAT counts debits
 * positive.
 *
 * @example
 * ```ts
 * const row = vatSynthesis(vatBook, { period: { from: '2024-10-01', to: '2024-10-31' } }).rates.find((r) => r.rate === '10')!;
 * row.rate //=> '10'
 * row.collected.vat.toFixed(2) //=> '5.00'
 * ```
 */
export interface VatSynthesisRate {
  /** The rate; absent for VAT entries that name no rate on an account without one. */
  readonly rate?: VatRate;
  /** VAT due: what the collected-VAT accounts received over the period. */
  readonly collected: VatAmounts;
  /** VAT deductible: what the deductible-VAT accounts received over the period, debits positive. */
  readonly deductible: VatAmounts;
  /** Pending VAT (on a receipt basis) that the period added, net of what receipts transferred to collected VAT. */
  readonly pending: VatAmounts;
  /** Pending VAT still awaiting payment at the period end. */
  readonly pendingAtEnd: VatAmounts;
  /**
   * Deductible VAT pending (purchases from suppliers taxed on receipt, 44568)
   * that the period added, net of what payments made deductible (debits
   * positive); present only when the book moves a deductible-pending account.
   *
   * @example
   * ```ts
   * const acme = { id: 'F0100', name: 'ACME CONSEIL' }; // a supplier taxed on receipt: 120.00 incl. 20 % VAT bought, 60.00 paid in October
   * const { transactions } = post([
   *   { type: 'purchase', id: 'ac-1', number: 'FF-1', date: '2024-10-10', supplier: acme, pricesIncludeTax: true, vatExigibility: 'on-receipt',
   *     lines: [{ label: 'Honoraires', account: '622600', quantity: '1', unitPrice: '120.00', vatRate: '20' }] },
   *   { type: 'supplier-payment', id: 'sp-1', date: '2024-10-20', method: 'transfer', amount: '60.00', supplier: acme, allocations: [{ purchase: 'ac-1', amount: '60.00' }] },
   * ]);
   * const row = vatSynthesis(transactions, { period: { from: '2024-10-01', to: '2024-10-31' } }).rates[0]!;
   * row.deductiblePending?.vat.toFixed(2) //=> '10.00' (20.00 added, 10.00 made deductible on 44566 by the payment)
   * ```
   */
  readonly deductiblePending?: VatAmounts;
  /**
   * Deductible VAT still awaiting payment to the supplier at the period end;
   * present with {@link VatSynthesisRate.deductiblePending}.
   *
   * @example
   * ```ts
   * const acme = { id: 'F0100', name: 'ACME CONSEIL' }; // a supplier taxed on receipt: 120.00 incl. 20 % VAT bought, 60.00 paid in October
   * const { transactions } = post([
   *   { type: 'purchase', id: 'ac-1', number: 'FF-1', date: '2024-10-10', supplier: acme, pricesIncludeTax: true, vatExigibility: 'on-receipt',
   *     lines: [{ label: 'Honoraires', account: '622600', quantity: '1', unitPrice: '120.00', vatRate: '20' }] },
   *   { type: 'supplier-payment', id: 'sp-1', date: '2024-10-20', method: 'transfer', amount: '60.00', supplier: acme, allocations: [{ purchase: 'ac-1', amount: '60.00' }] },
   * ]);
   * const row = vatSynthesis(transactions, { period: { from: '2024-10-01', to: '2024-10-31' } }).rates[0]!;
   * row.deductiblePendingAtEnd?.vat.toFixed(2) //=> '10.00'
   * ```
   */
  readonly deductiblePendingAtEnd?: VatAmounts;
  /**
   * Collected VAT regularised on receivables written off (debits of the
   * collected-VAT accounts by `write-off` transactions, positive), kept out
   * of `collected`; present only when the period has some.
   *
   * @example
   * ```ts
   * const customer = { id: 'C1', name: 'DUPONT Jean' }; // 120.00 incl. 20 % VAT invoiced, 60.00 of it written off
   * const { transactions } = post([
   *   { type: 'invoice', id: 'f1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-11-05', customer, pricesIncludeTax: true,
   *     lines: [{ label: 'Abonnement', account: '706100', quantity: '1', unitPrice: '120.00', vatRate: '20' }] },
   *   { type: 'write-off', id: 'wo1', date: '2024-11-28', customer, invoice: 'f1', amount: '60.00' },
   * ], defaultRules({ vatExigibility: 'on-invoice' }));
   * const row = vatSynthesis(transactions, { period: { from: '2024-11-01', to: '2024-11-30' } }).rates[0]!;
   * row.writeOffs?.vat.toFixed(2) //=> '10.00'
   * ```
   */
  readonly writeOffs?: VatAmounts;
}

/**
 * A base reported apart from the taxed rates, with its reason.
 *
 * @example
 * ```ts
 * const e: VatExemption = { reason: 'tourist-tax', base: new Decimal('8.40'), lines: 1, documents: 1 };
 * ```
 */
export interface VatExemption {
  /** Why the base bears no VAT (exempt, out of scope, tourist tax…). */
  readonly reason: VatExemptionReason;
  /** The base without VAT over the period, in the currency's major unit; credit notes make it smaller. */
  readonly base: Decimal;
  /** Lines (documents given) or book entries (no documents). */
  readonly lines: number;
  /** How many distinct documents carry such lines; `0` when the synthesis is read from the book alone. */
  readonly documents: number;
}

/**
 * The VAT synthesis of a period.
 *
 * @example
 * ```ts
 * const synthesis = vatSynthesis(januaryBook, { period: { from: '2025-01-01', to: '2025-01-31' } });
 * synthesis.netVatDue.toFixed(2) //=> '120.40' (200.40 collected − 80.00 deductible)
 * ```
 */
export interface VatSynthesis {
  /** The period covered, inclusive. */
  readonly period: Period;
  /** The book's currency; every amount is in its major unit. */
  readonly currency: CurrencyCode;
  /** When VAT becomes due under the rules used (« exigibilité »: on debits or on receipts). */
  readonly exigibility: VatExigibility;
  /** One row per rate, highest rate first. */
  readonly rates: ReadonlyArray<VatSynthesisRate>;
  /** Total collected VAT over all rates, credits positive. */
  readonly collected: VatAmounts;
  /** Total deductible VAT over all rates, debits positive. */
  readonly deductible: VatAmounts;
  /**
   * Total pending VAT on receipts: what the period added net of transfers (`movements`) and what still awaits
   * payment at its end (`atEnd`), credits positive.
   */
  readonly pending: {
    /** Pending VAT the period added, net of what receipts transferred to collected VAT. */
    readonly movements: VatAmounts;
    /** Pending VAT still awaiting payment at the period end. */
    readonly atEnd: VatAmounts;
  };
  /**
   * Deductible VAT pending on purchases from suppliers taxed on receipt
   * (44568): what the period added net of what payments made deductible
   * (`movements`; those transfers are in `deductible`), and what still
   * awaits payment at the period end (`atEnd`). Present only when the book
   * moves a deductible-pending account.
   *
   * @example
   * ```ts
   * const acme = { id: 'F0100', name: 'ACME CONSEIL' }; // a supplier taxed on receipt: 120.00 incl. 20 % VAT bought, 60.00 paid in October
   * const { transactions } = post([
   *   { type: 'purchase', id: 'ac-1', number: 'FF-1', date: '2024-10-10', supplier: acme, pricesIncludeTax: true, vatExigibility: 'on-receipt',
   *     lines: [{ label: 'Honoraires', account: '622600', quantity: '1', unitPrice: '120.00', vatRate: '20' }] },
   *   { type: 'supplier-payment', id: 'sp-1', date: '2024-10-20', method: 'transfer', amount: '60.00', supplier: acme, allocations: [{ purchase: 'ac-1', amount: '60.00' }] },
   * ]);
   * const synthesis = vatSynthesis(transactions, { period: { from: '2024-10-01', to: '2024-10-31' } });
   * synthesis.deductiblePending?.atEnd.vat.toFixed(2) //=> '10.00'
   * ```
   */
  readonly deductiblePending?: {
    /** What the period added, net of what payments made deductible, debits positive. */
    readonly movements: VatAmounts;
    /** What still awaits payment to suppliers at the period end. */
    readonly atEnd: VatAmounts;
  };
  /**
   * Collected VAT regularised on receivables written off (créances
   * irrécouvrables): what `write-off` transactions debited to the
   * collected-VAT accounts over the period, positive, shown apart from
   * `collected` (which it does not reduce) and deducted in `netVatDue`.
   *
   * @example
   * ```ts
   * const customer = { id: 'C1', name: 'DUPONT Jean' }; // 120.00 incl. 20 % VAT invoiced, 60.00 of it written off
   * const { transactions } = post([
   *   { type: 'invoice', id: 'f1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-11-05', customer, pricesIncludeTax: true,
   *     lines: [{ label: 'Abonnement', account: '706100', quantity: '1', unitPrice: '120.00', vatRate: '20' }] },
   *   { type: 'write-off', id: 'wo1', date: '2024-11-28', customer, invoice: 'f1', amount: '60.00' },
   * ], defaultRules({ vatExigibility: 'on-invoice' }));
   * const synthesis = vatSynthesis(transactions, { period: { from: '2024-11-01', to: '2024-11-30' } });
   * synthesis.writeOffs.vat.toFixed(2) //=> '10.00'
   * ```
   */
  readonly writeOffs: VatAmounts;
  /** Collected VAT by the type of the transactions that moved it (`sale`, `deposit`, `credit-note`, `cash-closing`, `payment`…; `''` when untyped). */
  readonly collectedByType: ReadonlyArray<{
    /** The transaction type (`sale`, `credit-note`…), `''` when untyped. */
    readonly type: string;
    /** The base excl. tax those transactions moved, credits positive. */
    readonly base: Decimal;
    /** The collected VAT they moved, credits positive. */
    readonly vat: Decimal;
  }>;
  /** Exempt, out-of-scope and tourist-tax bases, by reason. */
  readonly exemptions: ReadonlyArray<VatExemption>;
  /** Collected − VAT regularised on write-offs − deductible VAT: positive is due, negative a VAT credit. */
  readonly netVatDue: Decimal;
  /** Documents of the period by kind (documents given only). */
  readonly counts?: VatDocumentCounts;
  /** The accounts read, by role. */
  readonly accounts: {
    /** Collected-VAT account prefixes. */
    readonly collected: ReadonlyArray<string>;
    /** Pending-VAT account prefixes. */
    readonly pending: ReadonlyArray<string>;
    /** Deductible-VAT account prefixes. */
    readonly deductible: ReadonlyArray<string>;
    /** Deductible-pending-VAT account prefixes, when any. */
    readonly deductiblePending?: ReadonlyArray<string>;
  };
}

const COLLECTED = 1;
const PENDING = 2;
const DEDUCTIBLE = 3;
const DEDUCTIBLE_PENDING = 4;
/** Collected-VAT accounts moved by a write-off: the VAT regularised, kept apart from collected VAT. */
const WRITE_OFF = 5;
const ROLES = 6;

/** Most distinct VAT rates a book may name. */
const MAX_RATES = 256;

/** Running sums per role × rate cell, at `role × MAX_RATES + rate` (minor units, exact while below 2^53). */
interface Cells {
  /** VAT and base over the period, and cumulated to its end. */
  readonly vat: Float64Array;
  readonly base: Float64Array;
  readonly vatEnd: Float64Array;
  readonly baseEnd: Float64Array;
}

/**
 * The VAT synthesis of a period from the Book alone: per rate, collected and
 * deductible VAT with their bases, pending VAT and the net VAT due (the
 * overload below also reads the documents, for the exempt, out-of-scope and
 * tourist-tax bases).
 *
 * @param source - a Book, or transactions
 * @param options - period, rules, VAT accounts, opening mode
 * @returns the synthesis
 * @throws AccountingError `invalid_period`, `invalid_date`, `invalid_option`, `amount_overflow`
 * @example
 * ```ts
 * vatSynthesis(januaryBook, { period: { from: '2025-01-01', to: '2025-01-31' } }).netVatDue.toFixed(2) //=> '120.40'
 * ```
 */
export function vatSynthesis(source: BookSource, options: VatSynthesisOptions): VatSynthesis;
/**
 * The VAT synthesis (synthèse de TVA) of a period, folded over the Book's
 * typed arrays (no `Decimal` per posting): per rate, the base excl. tax, VAT
 * and total incl. tax collected (the collected-VAT accounts' movements:
 * invoices, deposits and till closings, credit notes negative — proformas are
 * never posted — and, on a receipt basis, what receipts transferred from
 * pending VAT), deductible (purchases), pending VAT added over the period and
 * still pending at its end, and the net VAT due. Bases come from the VAT
 * entries' `vat.base`. Documents, when given, add the exempt, out-of-scope
 * and tourist-tax bases by reason and the counts of documents; without them,
 * zero-rated entries outside the VAT accounts make an `unspecified` base.
 *
 * VAT regularised on receivables written off (`write-off` transactions
 * debiting the collected-VAT accounts) is not netted into collected VAT: it
 * is reported apart (`writeOffs`, and per rate) and deducted in `netVatDue`.
 *
 * The figures tie to the books: collected VAT less the write-off
 * regularisation, deductible and pending VAT equal the movements of their
 * accounts over the period, leaving out the VAT returns' own clearing entries (transactions of type
 * {@link VAT_SETTLEMENT_TYPE}, `vat-settlement`: Dt collected / Ct deductible /
 * Ct 44551 or Dt 44567), which move no VAT of an operation.
 *
 * @param source - a Book, or transactions
 * @param documents - the period's documents (optional: `vatSynthesis(book, options)` reads the book only)
 * @param options - period, rules, VAT accounts, opening mode
 * @returns the synthesis
 * @throws AccountingError `invalid_period`, `invalid_date`, `invalid_option`,
 *   `amount_overflow` (sums beyond 2^53 − 1 minor units: split the period), `invalid_amount` (a document line)
 * @example
 * ```ts
 * // TV4: one campsite invoice (posted) and the document itself
 * const tv4 = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true, lines: [
 *     { label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' },
 *     { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' },
 *     { label: 'Taxe de séjour (2 adultes × 7 nuits × 0,60)', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
 *   ] } as const;
 * const campsite = createBook(post([tv4], defaultRules({ vatExigibility: 'on-invoice' })).transactions);
 * const s = vatSynthesis(campsite, [tv4], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * s.rates.map((r) => [r.rate, r.collected.base.toFixed(2), r.collected.vat.toFixed(2)])
 * //=> [['20', '12.50', '2.50'], ['10', '409.09', '40.91'], ['5.5', '3.03', '0.17']]
 * s.collected.vat.toFixed(2) //=> '43.58'
 * s.exemptions.map((e) => [e.reason, e.base.toFixed(2), e.lines, e.documents]) //=> [['tourist-tax', '8.40', 1, 1]]
 * vatSynthesis(campsite, { period: { from: '2024-07-01', to: '2024-07-31' } }).netVatDue.toFixed(2) //=> '43.58'
 * ```
 */
export function vatSynthesis(source: BookSource, documents: Iterable<unknown> | undefined, options: VatSynthesisOptions): VatSynthesis;
export function vatSynthesis(source: BookSource, documentsOrOptions?: Iterable<unknown> | VatSynthesisOptions, maybeOptions?: VatSynthesisOptions): VatSynthesis {
  // vatSynthesis(book, options) is vatSynthesis(book, undefined, options).
  const optionsOnly = maybeOptions === undefined && typeof documentsOrOptions === 'object' && documentsOrOptions !== null && !(Symbol.iterator in documentsOrOptions);
  const documents = optionsOnly ? undefined : (documentsOrOptions as Iterable<unknown> | undefined);
  const options = optionsOnly ? (documentsOrOptions as VatSynthesisOptions) : maybeOptions;
  if (options === undefined) fail('invalid_period', ['period'], 'Give the VAT period as options.period { from, to }.');
  const book = toBook(source);
  const rules = options.rules ?? defaultRules();
  if (!isPostingRules(rules)) fail('invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).');
  const period = toPeriod(options.period);
  const scope = scopeOf(book, period, options.opening);
  const txRole = withoutSettlements(book, scope.role);
  const prefixes = vatPrefixes(rules, options.accounts);

  // Each account's role and default rate, resolved once.
  const rateKeys: Array<string | undefined> = [];
  const rateKeyOf = new Map<string | undefined, number>();
  const keyOf = (rate: string | undefined): number => {
    let k = rateKeyOf.get(rate);
    if (k === undefined) {
      k = rateKeys.length;
      rateKeys.push(rate);
      rateKeyOf.set(rate, k);
    }
    return k;
  };
  const A = book.accounts.length;
  const role = new Uint8Array(A);
  const accountRate = new Int32Array(A);
  for (let a = 0; a < A; a++) {
    const number = book.accounts[a]!;
    const r = roleOf(number, prefixes);
    role[a] = r;
    accountRate[a] = r === 0 ? -1 : keyOf(defaultRate(number, r, rules));
  }
  const fold = foldVat(book, txRole, role, accountRate, keyOf);
  const R = rateKeys.length;
  const { cells, byType, zero } = fold;
  if (fold.overflow) fail('amount_overflow', ['period'], 'The VAT sums of this period pass Number.MAX_SAFE_INTEGER minor units: split it into shorter periods.');

  const scale = book.scale;
  const d = (minor: number): Decimal => minorToDecimal(minor, scale);
  // Collected and pending are credit accounts: credits (negative amounts) count positive.
  const sign = (r: number): number => (r === DEDUCTIBLE || r === DEDUCTIBLE_PENDING || r === WRITE_OFF ? 1 : -1);
  // Deductible pending VAT is reported only when the book has such an account (existing outputs keep their shape).
  let withDp = false;
  for (let a = 0; a < A; a++) if (role[a] === DEDUCTIBLE_PENDING) withDp = true;
  const amounts = (vat: number, base: number): VatAmounts => Object.freeze({ base: d(base), vat: d(vat), total: d(base + vat) });
  const cell = (arr: Float64Array, r: number, k: number): number => sign(r) * arr[r * MAX_RATES + k]! || 0;

  const order = Array.from({ length: R }, (_, k) => k).sort((x, y) => compareRates(rateKeys[x], rateKeys[y]));
  const rates: VatSynthesisRate[] = [];
  const sum = { cv: 0, cb: 0, dv: 0, db: 0, pv: 0, pb: 0, ev: 0, eb: 0, qv: 0, qb: 0, fv: 0, fb: 0, wv: 0, wb: 0 };
  const withWo = fold.writeOffs;
  for (const k of order) {
    const cv = cell(cells.vat, COLLECTED, k);
    const cb = cell(cells.base, COLLECTED, k);
    const dv = cell(cells.vat, DEDUCTIBLE, k);
    const db = cell(cells.base, DEDUCTIBLE, k);
    const pv = cell(cells.vat, PENDING, k);
    const pb = cell(cells.base, PENDING, k);
    const ev = cell(cells.vatEnd, PENDING, k);
    const eb = cell(cells.baseEnd, PENDING, k);
    const qv = cell(cells.vat, DEDUCTIBLE_PENDING, k);
    const qb = cell(cells.base, DEDUCTIBLE_PENDING, k);
    const fv = cell(cells.vatEnd, DEDUCTIBLE_PENDING, k);
    const fb = cell(cells.baseEnd, DEDUCTIBLE_PENDING, k);
    const wv = cell(cells.vat, WRITE_OFF, k);
    const wb = cell(cells.base, WRITE_OFF, k);
    if (!fold.touched[k]) continue;
    sum.wv += wv;
    sum.wb += wb;
    sum.qv += qv;
    sum.qb += qb;
    sum.fv += fv;
    sum.fb += fb;
    sum.cv += cv;
    sum.cb += cb;
    sum.dv += dv;
    sum.db += db;
    sum.pv += pv;
    sum.pb += pb;
    sum.ev += ev;
    sum.eb += eb;
    const row: Record<string, unknown> = {};
    const rate = rateKeys[k];
    if (rate !== undefined) row.rate = rate;
    row.collected = amounts(cv, cb);
    row.deductible = amounts(dv, db);
    row.pending = amounts(pv, pb);
    row.pendingAtEnd = amounts(ev, eb);
    if (withDp) {
      row.deductiblePending = amounts(qv, qb);
      row.deductiblePendingAtEnd = amounts(fv, fb);
    }
    if (withWo) row.writeOffs = amounts(wv, wb);
    rates.push(Object.freeze(row) as unknown as VatSynthesisRate);
  }

  const collectedByType: Array<{ type: string; base: Decimal; vat: Decimal }> = [];
  byType.forEach((t, i) => {
    if (t.touched) collectedByType.push(Object.freeze({ type: i < book.types.length ? book.types[i]! : '', base: d(-t.base || 0), vat: d(-t.vat || 0) }));
  });
  collectedByType.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));

  const exemptions: VatExemption[] = [];
  let counts: VatDocumentCounts | undefined;
  if (documents !== undefined) {
    const figures = documentFigures(documents, period, rules);
    counts = Object.freeze(figures.counts);
    for (const [reason, s] of figures.exemptions) exemptions.push(Object.freeze({ reason, base: minorToDecimal(s.base, scale), lines: s.lines, documents: s.documents.size }));
    exemptions.sort((a, b) => (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  } else if (zero.entries > 0) {
    exemptions.push(Object.freeze({ reason: 'unspecified', base: d(-zero.base || 0), lines: zero.entries, documents: zero.transactions }));
  }

  const result: Record<string, unknown> = {
    period,
    currency: book.currency,
    exigibility: rules.vatExigibility,
    rates: Object.freeze(rates),
    collected: amounts(sum.cv, sum.cb),
    deductible: amounts(sum.dv, sum.db),
    pending: Object.freeze({ movements: amounts(sum.pv, sum.pb), atEnd: amounts(sum.ev, sum.eb) }),
    writeOffs: amounts(sum.wv, sum.wb),
    collectedByType: Object.freeze(collectedByType),
    exemptions: Object.freeze(exemptions),
    netVatDue: d(sum.cv - sum.wv - sum.dv),
  };
  if (withDp) {
    result.deductiblePending = Object.freeze({ movements: amounts(sum.qv, sum.qb), atEnd: amounts(sum.fv, sum.fb) });
  }
  if (counts) result.counts = counts;
  result.accounts = Object.freeze({
    collected: Object.freeze(book.accounts.filter((_, a) => role[a] === COLLECTED)),
    pending: Object.freeze(book.accounts.filter((_, a) => role[a] === PENDING)),
    deductible: Object.freeze(book.accounts.filter((_, a) => role[a] === DEDUCTIBLE)),
    ...(withDp ? { deductiblePending: Object.freeze(book.accounts.filter((_, a) => role[a] === DEDUCTIBLE_PENDING)) } : {}),
  });
  return Object.freeze(result) as unknown as VatSynthesis;
}

interface Prefixes {
  readonly collected: ReadonlyArray<string>;
  readonly pending: ReadonlyArray<string>;
  readonly deductible: ReadonlyArray<string>;
  readonly deductiblePending: ReadonlyArray<string>;
}

const PREFIX_RE = /^\d{3}[0-9A-Z]{0,17}$/;

function vatPrefixes(rules: PostingRules, given: VatSynthesisOptions['accounts']): Prefixes {
  const pendingRule = typeof rules.vatPending === 'string' ? [rules.vatPending] : Object.values(rules.vatPending);
  const out = {
    collected: given?.collected ?? [...new Set(['44571', ...Object.values(rules.vatCollected)])],
    pending: given?.pending ?? [...new Set(pendingRule)],
    deductible: given?.deductible ?? [rules.accounts.vatDeductible],
    deductiblePending: given?.deductiblePending ?? [rules.accounts.vatDeductiblePending],
  };
  for (const key of ['collected', 'pending', 'deductible', 'deductiblePending'] as const) {
    const list = out[key];
    if (!Array.isArray(list)) fail('invalid_option', ['accounts', key], `options.accounts.${key} must be a list of account prefixes such as ["44571"].`);
    list.forEach((p, i) => {
      if (typeof p !== 'string' || !PREFIX_RE.test(p)) fail('invalid_account', ['accounts', key, i], `Invalid account prefix ${JSON.stringify(p)}: use digits such as "44571".`);
    });
  }
  return out;
}

/** The role of an account: the longest matching prefix wins (0 when none). */
function roleOf(account: string, p: Prefixes): number {
  let best = 0;
  let length = 0;
  const test = (list: ReadonlyArray<string>, r: number): void => {
    for (const prefix of list) {
      if (prefix.length > length && account.startsWith(prefix)) {
        best = r;
        length = prefix.length;
      }
    }
  };
  test(p.collected, COLLECTED);
  test(p.pending, PENDING);
  test(p.deductible, DEDUCTIBLE);
  test(p.deductiblePending, DEDUCTIBLE_PENDING);
  return best;
}

/** The rate an account stands for in the rules (per-rate collected or pending accounts), for entries that name none. */
function defaultRate(account: string, role: number, rules: PostingRules): string | undefined {
  const map = role === COLLECTED ? rules.vatCollected : role === PENDING && typeof rules.vatPending !== 'string' ? rules.vatPending : undefined;
  if (!map) return undefined;
  let best: string | undefined;
  let length = 0;
  for (const [rate, prefix] of Object.entries(map)) {
    if (prefix.length > length && account.startsWith(prefix)) {
      best = rate;
      length = prefix.length;
    }
  }
  return best;
}

function compareRates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return Number(b) - Number(a);
}

interface Fold {
  readonly cells: Cells;
  readonly touched: Uint8Array;
  readonly byType: Array<{ vat: number; base: number; touched: boolean }>;
  readonly zero: { base: number; entries: number; transactions: number };
  /** Whether the period has VAT regularised on write-offs. */
  readonly writeOffs: boolean;
  readonly overflow: boolean;
}

/** The fold over the Book's columns (internal). */
function foldVat(book: Book, txRole: Uint8Array, role: Uint8Array, accountRate: Int32Array, keyOf: (rate: string | undefined) => number): Fold {
  const { entryStart, type } = book.tx;
  const { account, amount } = book.entries;
  const vatRate = book.entries.vatRate;
  const vatBase = book.entries.vatBase;
  // Rate keys of the interned rate strings, resolved on first use.
  const stringRate = new Map<number, number>();
  const MAX = MAX_RATES;
  const vat = new Float64Array(ROLES * MAX);
  const base = new Float64Array(ROLES * MAX);
  const vatEnd = new Float64Array(ROLES * MAX);
  const baseEnd = new Float64Array(ROLES * MAX);
  const touched = new Uint8Array(MAX);
  const typeVat = new Float64Array(book.types.length + 1);
  const typeBase = new Float64Array(book.types.length + 1);
  const typeTouched = new Uint8Array(book.types.length + 1);
  const zero = { base: 0, entries: 0, transactions: 0 };
  const writeOffType = book.types.indexOf('write-off');
  let writeOffs = false;
  let absBase = 0;
  const T = book.size;
  for (let t = 0; t < T; t++) {
    const tr = txRole[t]!;
    if (tr === 0) continue;
    const end = entryStart[t + 1]!;
    let zeroHere = false;
    const writeOff = writeOffType >= 0 && type[t] === writeOffType;
    for (let e = entryStart[t]!; e < end; e++) {
      const a = account[e]!;
      const r0 = role[a]!;
      // Collected VAT regularised by a write-off is kept apart.
      const r = writeOff && r0 === COLLECTED ? WRITE_OFF : r0;
      const rs = vatRate ? vatRate[e]! : -1;
      if (r === 0) {
        // Zero-rated lines outside the VAT accounts: an exempt base whose reason the documents give.
        if (rs >= 0 && tr === 2 && book.strings[rs] === '0') {
          zero.base += vatBase![e]!;
          zero.entries++;
          zeroHere = true;
        }
        continue;
      }
      let k: number;
      if (rs >= 0) {
        let cached = stringRate.get(rs);
        if (cached === undefined) {
          cached = keyOf(book.strings[rs]);
          stringRate.set(rs, cached);
        }
        k = cached;
      } else k = accountRate[a]!;
      if (k >= MAX) fail('invalid_input', ['rates'], `The book names more than ${MAX} VAT rates: check the entries' vat.rate.`);
      const i = r * MAX + k;
      const x = amount[e]!;
      const b = rs >= 0 ? vatBase![e]! : 0;
      absBase += b < 0 ? -b : b;
      vatEnd[i]! += x;
      baseEnd[i]! += b;
      if (tr === 2) {
        vat[i]! += x;
        base[i]! += b;
        touched[k] = 1;
        if (r === WRITE_OFF) writeOffs = true;
        if (r === COLLECTED) {
          const ty = type[t]! < 0 ? book.types.length : type[t]!;
          typeVat[ty]! += x;
          typeBase[ty]! += b;
          typeTouched[ty] = 1;
        }
      } else if (r === PENDING || r === DEDUCTIBLE_PENDING) touched[k] = 1;
    }
    if (zeroHere) zero.transactions++;
  }
  const byType = Array.from({ length: book.types.length + 1 }, (_, i) => ({ vat: typeVat[i]!, base: typeBase[i]!, touched: typeTouched[i] === 1 }));
  return {
    cells: { vat, base, vatEnd, baseEnd },
    touched,
    byType,
    zero,
    writeOffs,
    overflow: book.absoluteTotal > Number.MAX_SAFE_INTEGER || absBase > Number.MAX_SAFE_INTEGER,
  };
}

/**
 * The transaction type of a VAT return's clearing entry (liquidation de la
 * TVA: Dt collected VAT / Ct deductible VAT / Ct 44551 VAT due, or Dt 44567 a
 * credit to carry). {@link vatSynthesis} leaves such transactions out, so a
 * period's synthesis reads the same before and after its return is booked.
 *
 * @example
 * ```ts
 * // January 2025's return: 200.40 collected, 80.00 deductible, 120.40 due
 * const entries = [{ account: '445711', debit: '200.40' }, { account: '44566', credit: '80.00' }, { account: '44551', credit: '120.40' }];
 * createTransaction({ journal: 'OD', date: '2024-01-31', piece: { ref: 'CA3-2024-01' }, label: 'TVA 01/2024', type: VAT_SETTLEMENT_TYPE, entries }).type //=> 'vat-settlement'
 * ```
 */
export const VAT_SETTLEMENT_TYPE = 'vat-settlement';

/** The scope's roles with the VAT returns' clearing entries left out (role 0). */
function withoutSettlements(book: Book, role: Uint8Array): Uint8Array {
  const k = book.types.indexOf(VAT_SETTLEMENT_TYPE);
  if (k < 0) return role;
  const type = book.tx.type;
  let out: Uint8Array | undefined;
  for (let t = 0; t < role.length; t++) {
    if (type[t] === k && role[t] !== 0) {
      out ??= role.slice();
      out[t] = 0;
    }
  }
  return out ?? role;
}
