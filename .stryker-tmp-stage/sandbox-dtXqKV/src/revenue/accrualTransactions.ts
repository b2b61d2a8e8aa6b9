// @ts-nocheck
import { padUnchecked } from '../accounts/index.js';
import { toBook, type BookSource, type Book } from '../book/index.js';
import { addDays, fiscalYear, isoDate, toDayNumber, type IsoDate } from '../calendar/index.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../errors/index.js';
import { CURRENCY_SCALES, Decimal, minorToDecimal, roundTo, toMinorUnits, type AmountInput } from '../money/index.js';
import { mulDivRound } from '../posting/_lib/minor.js';
import { normalizeRate, type PostingRules } from '../posting/rules.js';
import { parseDocumentIssues, type Document } from '../schemas/document.js';
import type { Invoice } from '../schemas/invoice.js';
import type { Purchase } from '../schemas/purchase.js';
import { convertMinor, lineAmounts } from '../tax/_lib/lineAmounts.js';
import { createTransaction, reverseTransaction, transactionId, type EntryInput, type Transaction } from '../transactions/index.js';
import { periodShare } from './_lib/methods.js';
import { commonOptions, cutoffOption } from './_lib/options.js';

/**
 * A receivable the business doubts it will collect (créance douteuse), and
 * the share of it, excl. tax, to provide for.
 *
 * @example
 * ```ts
 * const r: DoubtfulReceivable = { customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', vatRate: '20', rate: '50' };
 * ```
 */
export interface DoubtfulReceivable {
  /** The customer; its account defaults to the rules' customers account (411). */
  readonly customer: {
    /** The customer's id (its auxiliary account). */
    readonly id: string;
    /** The customer's name. */
    readonly name: string;
    /** The receivable account to transfer from; the rules' customers account (411) when absent. */
    readonly account?: string;
  };
  /** What the customer owes, incl. tax. */
  readonly amount: AmountInput;
  /** The VAT rate of the debt, to provide on the amount excl. tax (give it or `amountExclTax`). */
  readonly vatRate?: string;
  /** The amount excl. tax, when not derived from `vatRate`. */
  readonly amountExclTax?: AmountInput;
  /** The provision rate in percent, 0 to 100 (`'50'`). */
  readonly rate: string;
  /** The invoice the debt comes from, for the label. */
  readonly invoice?: string;
  /** When the debt was paid or written off: the provision is then reversed (Dt 491 / Ct 7817) on that day, after the cut-off. */
  readonly reversedOn?: string;
}

/**
 * Options of {@link accrualTransactions}.
 *
 * @example
 * ```ts
 * const options: AccrualTransactionsOptions = { cutoff: '2024-12-31', doubtfulReceivables: [{ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', vatRate: '20', rate: '50' }] };
 * ```
 */
export interface AccrualTransactionsOptions {
  /** The cut-off date (the closing date). */
  readonly cutoff: string;
  /** @defaultValue defaultRules() */
  readonly rules?: PostingRules;
  /**
   * How a service period is shared at the cut-off, as for the PCA: by days or by months.
   * @defaultValue 'days'
   */
  readonly method?: 'days' | 'months';
  /** Receivables to transfer to 416 and provide for. */
  readonly doubtfulReceivables?: ReadonlyArray<DoubtfulReceivable>;
  /**
   * The next sequence number per journal code.
   * @defaultValue 1
   */
  readonly nextNumbers?: Readonly<Record<string, number>>;
  /**
   * The books the cut-off entries go into: the fiscal year the cut-off falls in
   * (`rules.fiscalYearStartMonth`) must hold at least one of their transactions
   * (`cutoff_outside_book` otherwise — a cut-off typed for the wrong year books
   * accruals nobody can reconcile).
   * @defaultValue none: the cut-off is not checked against a book
   */
  readonly book?: BookSource;
}

/**
 * The kind of a cut-off entry: invoices to issue (factures à établir),
 * charges to pay (charges à payer), prepaid expenses (charges constatées
 * d'avance), doubtful receivables (créances douteuses).
 *
 * @example
 * ```ts
 * const kind: AccrualKind = 'prepaid-expense';
 * ```
 */
export type AccrualKind = 'invoice-to-issue' | 'charge-to-pay' | 'prepaid-expense' | 'doubtful-receivable';

/**
 * One cut-off item, as the fiscal reports list them: for a doubtful
 * receivable `base` is the amount excl. tax and `amount` the provision.
 *
 * @example
 * ```ts
 * // EDF's bill of 10 January 2025 for 1 December 2024 → 31 January 2025 (62 days), 100.00 + VAT 20 %: 31 days before the cut-off.
 * const purchase = { type: 'purchase', id: 'ac-9', number: 'F-EDF-0125', date: '2025-01-10', supplier: { id: 'F1', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }] };
 * const [item] = accrualTransactions([purchase], { cutoff: '2024-12-31' }).items;
 * const { kind, document, party, account, base, vat, amount } = item!;
 * [kind, document, party, account, base.toFixed(2), vat.toFixed(2), amount.toFixed(2)]
 * //=> ['charge-to-pay', 'ac-9', 'EDF', '606100', '50.00', '10.00', '60.00']
 * ```
 */
export interface AccrualItem {
  /**
   * What the accrual is: invoice to issue (« facture à établir »), charge to pay (« charge à payer »),
   * prepaid expense (« charge constatée d'avance ») or doubtful receivable (« créance douteuse »).
   */
  readonly kind: AccrualKind;
  /** The document id (invoice, purchase) or the doubtful receivable's invoice. */
  readonly document?: string;
  /** The customer or supplier, as the document names it (`EDF`). */
  readonly party: string;
  /** The revenue or expense account (the customer account for a doubtful receivable). */
  readonly account: string;
  /** The amount excl. tax concerned, in the currency's major unit. */
  readonly base: Decimal;
  /** Its VAT. */
  readonly vat: Decimal;
  /** Incl. tax (invoices to issue, charges to pay), the amount deferred (prepaid expenses), the provision (doubtful receivables). */
  readonly amount: Decimal;
}

/**
 * The cut-off entries and their reversals.
 *
 * @example
 * ```ts
 * const purchase = { type: 'purchase', id: 'ac-9', number: 'F-EDF-0125', date: '2025-01-10', supplier: { id: 'F1', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '124.00', vatRate: '20', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }] };
 * const result: Accruals = accrualTransactions([purchase], { cutoff: '2024-12-31' });
 * result.transactions.map((t) => [t.type, t.date]) //=> [['accrual', '2024-12-31'], ['reversal', '2025-01-01']]
 * ```
 */
export interface Accruals {
  /**
   * The accrual entries dated on the cut-off, each with its reversal dated the next day, and the
   * doubtful-receivable provisions.
   */
  readonly transactions: ReadonlyArray<Transaction>;
  /** What each accrual is made of, one item per document or doubtful receivable. */
  readonly items: ReadonlyArray<AccrualItem>;
}

/** PCG accounts of the cut-off entries. */
const ACCOUNTS = {
  invoicesToIssue: '4181',
  vatOnInvoicesToIssue: '44587',
  invoicesToReceive: '408',
  vatOnInvoicesToReceive: '44586',
  prepaidExpenses: '486',
  doubtful: '416',
  provision: '491',
  provisionCharge: '6817',
  provisionReversal: '7817',
} as const;

const TITLES: Readonly<Record<Exclude<AccrualKind, 'doubtful-receivable'>, string>> = {
  'invoice-to-issue': 'Factures à établir',
  'charge-to-pay': 'Charges à payer',
  'prepaid-expense': "Charges constatées d'avance",
};

interface Draft {
  readonly kind: AccrualKind;
  readonly entries: EntryInput[];
}

/**
 * The cut-off entries an accountant books at a closing, beside the PCA
 * (`deferralTransactions`), each dated the cut-off (OD journal):
 * - **invoices to issue** (factures à établir): the share up to the cut-off
 *   of the service periods of invoices dated after it, and of the session
 *   packs (lines with `sessions` and an `id`, no service period) by the
 *   sessions used (`session-usage`) on or before it — Dt 4181 (customer as
 *   auxiliary) / Ct revenue + Ct 44587 (VAT on invoices to issue);
 * - **charges to pay** (charges à payer): the same for purchases dated after
 *   the cut-off — Dt expense + Dt 44586 / Ct 408 (supplier as auxiliary);
 * - **prepaid expenses** (charges constatées d'avance): the share after the
 *   cut-off of purchases dated on or before it — Dt 486 / Ct expense (a
 *   supplier credit note the other way round); non-deductible VAT follows
 *   its expense;
 *
 * each with its reversal (type `reversal`) dated the next day; and from the
 * explicit list, **doubtful receivables**: Dt 416 / Ct 411 (the amount incl.
 * tax, per customer) and the provision Dt 6817 / Ct 491 (the rate × the
 * amount excl. tax), reversed Dt 491 / Ct 7817 on `reversedOn` when given.
 * Shares are by days or months as the PCA, rounded once per line with the
 * rules' rounding. Drafts, proformas, deposits, cancelled invoices and
 * customer credit notes are left out.
 *
 * @param documents - invoices, purchases and session usage (other documents are ignored)
 * @param options - cut-off, rules, method, doubtful receivables, next numbers
 * @returns the transactions (accrual, reversal per kind; provisions) and the items
 * @throws AccountingError `invalid_date`, `invalid_option`, `invalid_provision_rate` (a rate outside
 *   0–100 %), `cutoff_outside_book` (with `options.book`, a cut-off in a fiscal year the book holds
 *   no transaction of), `invalid_amount`, `invalid_rate`, the documents' own codes
 * @example
 * ```ts
 * // A purchase dated 2025-01-10 for electricity of 2024-12-01 to 2025-01-31 (62 days), 124.00 + VAT 20 %
 * const purchase = { type: 'purchase', id: 'ac-1', number: 'F-EDF-0125', date: '2025-01-10', supplier: { id: 'F1', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '124.00', vatRate: '20', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }] };
 * const { transactions, items } = accrualTransactions([purchase], { cutoff: '2024-12-31' });
 * transactions[0]!.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])
 * //=> [['606100', 'debit', '62.00'], ['44586', 'debit', '12.40'], ['408', 'credit', '74.40']]
 * transactions[1]!.date //=> '2025-01-01'
 * items.map((i) => [i.kind, i.amount.toFixed(2)]) //=> [['charge-to-pay', '74.40']]
 * ```
 */
export function accrualTransactions(documents: Iterable<unknown>, options: AccrualTransactionsOptions): Accruals {
  if (typeof options !== 'object' || options === null) fail('invalid_date', ['cutoff'], 'Give the cut-off date as options.cutoff.');
  const { rules, rounding, scale } = commonOptions(options);
  const cutoff = cutoffOption(options.cutoff);
  if (options.book !== undefined) checkCutoffInBook(toBook(options.book), cutoff.date, rules.fiscalYearStartMonth);
  const method = options.method ?? 'days';
  if (method !== 'days' && method !== 'months') fail('invalid_option', ['method'], `Unknown method ${JSON.stringify(method)}: use "days" or "months".`);
  const pad = (n: string): string => (rules.accountWidth === undefined ? n : padUnchecked(n, rules.accountWidth));
  const issues: AccountingIssue[] = [];
  const drafts = new Map<AccrualKind, Draft>();
  const items: AccrualItem[] = [];
  const d = (minor: number): Decimal => minorToDecimal(minor, scale);
  const money = (minor: number): string => d(Math.abs(minor)).toFixed(scale);
  const draft = (kind: AccrualKind): Draft => {
    let x = drafts.get(kind);
    if (!x) drafts.set(kind, (x = { kind, entries: [] }));
    return x;
  };
  const add = (kind: AccrualKind, account: string, minor: number, extra: Partial<EntryInput> = {}): void => {
    if (minor === 0) return;
    draft(kind).entries.push({ account, ...(minor > 0 ? { debit: money(minor) } : { credit: money(minor) }), ...extra } as EntryInput);
  };

  // Sessions used on or before the cut-off, per invoice and line id (delivered, maybe not yet invoiced).
  const parsedDocs: Array<{ doc: Document; i: number }> = [];
  const usedBy = new Map<string, number>();
  let index = 0;
  for (const raw of documents) {
    const i = index++;
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (type !== 'invoice' && type !== 'purchase' && type !== 'session-usage') continue;
    const parsed = parseDocumentIssues(raw, [i]);
    if (parsed.issues) {
      issues.push(...parsed.issues);
      continue;
    }
    const doc = parsed.document as Document;
    if (doc.type === 'session-usage') {
      if (toDayNumber(doc.date) <= cutoff.day) {
        const key = `${doc.invoice}\u0000${doc.line}`;
        usedBy.set(key, (usedBy.get(key) ?? 0) + 1);
      }
    } else parsedDocs.push({ doc, i });
  }
  for (const { doc, i } of parsedDocs) {
    if (doc.type === 'invoice') invoiceItems(doc, i);
    else if (doc.type === 'purchase') purchaseItems(doc, i);
  }

  function shares(doc: Invoice | Purchase, i: number): Array<{ k: number; exclTax: number; vat: number; before: number; after: number; total: number }> | undefined {
    const lines = doc.lines as ReadonlyArray<{ id?: string | undefined; quantity: string; unitPrice: string; vatRate?: string | undefined; kind?: string | undefined; sessions?: number | undefined; servicePeriod?: { from: string; to: string } | undefined }>;
    // Session lines without a service period are shared by the sessions used by the cut-off.
    const bySessions = (l: (typeof lines)[number]): boolean => doc.type === 'invoice' && l.servicePeriod === undefined && l.sessions !== undefined && l.id !== undefined;
    if (!lines.some((l) => l.servicePeriod !== undefined || bySessions(l))) return undefined;
    const docScale = doc.currency === undefined ? scale : CURRENCY_SCALES[doc.currency]!;
    const amounts = lineAmounts(lines, { pricesIncludeTax: doc.pricesIncludeTax ?? false, scale: docScale, rounding, vatRounding: rules.vatRounding });
    if ('badLine' in amounts) {
      issues.push(issue('too_many_decimals', [i, 'lines', amounts.badLine, 'unitPrice'], `Unit price ${lines[amounts.badLine]!.unitPrice} has more decimals than the currency allows (${docScale}), or quantity × unit price is too large.`));
      return undefined;
    }
    const foreign = doc.currency !== undefined && doc.currency !== rules.currency;
    const out = [];
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if ((l.servicePeriod === undefined && !bySessions(l)) || l.kind === 'tourist-tax') continue;
      let ex = amounts.exclTax[k]!;
      let inc = amounts.inclTax[k]!;
      if (foreign) {
        ex = convertMinor(ex, doc.exchangeRate!, docScale, scale, rounding);
        inc = convertMinor(inc, doc.exchangeRate!, docScale, scale, rounding);
      }
      let after: number;
      let total: number;
      if (l.servicePeriod !== undefined) [after, total] = periodShare(method, toDayNumber(l.servicePeriod.from), toDayNumber(l.servicePeriod.to), cutoff.day);
      else {
        total = l.sessions!;
        after = total - Math.min(total, usedBy.get(`${doc.id}\u0000${l.id!}`) ?? 0);
      }
      out.push({ k, exclTax: Number(ex), vat: Number(inc - ex), before: total - after, after, total });
    }
    return out;
  }

  function invoiceItems(doc: Invoice, i: number): void {
    if (toDayNumber(doc.date) <= cutoff.day) return;
    if (doc.status === 'draft' || doc.status === 'cancelled' || (doc.kind !== 'final' && doc.kind !== 'debit-note')) return;
    const list = shares(doc, i);
    if (!list) return;
    for (const s of list) {
      if (s.before === 0) continue;
      const line = doc.lines[s.k]!;
      const base = mulDivRound(s.exclTax, s.before, s.total, rounding);
      const vat = mulDivRound(s.vat, s.before, s.total, rounding);
      const revenue = pad(line.account ?? (line.kind === 'goods' ? rules.accounts.goods : rules.accounts.services));
      const rate = line.vatRate === undefined ? undefined : normalizeRate(line.vatRate);
      const label = `FAE ${doc.number ?? doc.id} ${doc.customer.name}`;
      add('invoice-to-issue', pad(ACCOUNTS.invoicesToIssue), base + vat, { auxiliary: { number: doc.customer.id, name: doc.customer.name }, label });
      add('invoice-to-issue', revenue, -base, { label });
      if (vat !== 0 && rate !== undefined) add('invoice-to-issue', pad(ACCOUNTS.vatOnInvoicesToIssue), -vat, { label, vat: { rate, base: money(base) } });
      if (base !== 0 || vat !== 0) items.push(item('invoice-to-issue', doc.id, doc.customer.name, revenue, base, vat, base + vat));
    }
  }

  function purchaseItems(doc: Purchase, i: number): void {
    const after = toDayNumber(doc.date) > cutoff.day;
    const sign = doc.kind === 'credit-note' ? -1 : 1;
    if (after && sign < 0) return;
    const list = shares(doc, i);
    if (!list) return;
    for (const s of list) {
      const line = doc.lines[s.k]!;
      const expense = pad(line.account);
      const deductible = line.deductible !== false;
      const label = `${after ? 'CAP' : 'CCA'} ${doc.number} ${doc.supplier.name}`;
      if (after) {
        if (s.before === 0) continue;
        const base = mulDivRound(deductible ? s.exclTax : s.exclTax + s.vat, s.before, s.total, rounding);
        const vat = deductible ? mulDivRound(s.vat, s.before, s.total, rounding) : 0;
        const rate = normalizeRate(line.vatRate);
        add('charge-to-pay', expense, base, { label });
        if (vat !== 0 && rate !== undefined) add('charge-to-pay', pad(ACCOUNTS.vatOnInvoicesToReceive), vat, { label, vat: { rate, base: money(base) } });
        add('charge-to-pay', pad(ACCOUNTS.invoicesToReceive), -(base + vat), { auxiliary: { number: doc.supplier.id, name: doc.supplier.name }, label });
        if (base !== 0 || vat !== 0) items.push(item('charge-to-pay', doc.id, doc.supplier.name, expense, base, vat, base + vat));
      } else {
        if (s.after === 0) continue;
        const deferred = sign * mulDivRound(deductible ? s.exclTax : s.exclTax + s.vat, s.after, s.total, rounding);
        add('prepaid-expense', pad(ACCOUNTS.prepaidExpenses), deferred, { label });
        add('prepaid-expense', expense, -deferred, { label });
        if (deferred !== 0) items.push(item('prepaid-expense', doc.id, doc.supplier.name, expense, deferred, 0, deferred));
      }
    }
  }

  // Doubtful receivables: transfer to 416 and provide on the amount excl. tax.
  const provisions: Array<{ entries: EntryInput[]; reversedOn?: IsoDate; minor: number; name: string }> = [];
  (options.doubtfulReceivables ?? []).forEach((r, k) => {
    const path = ['doubtfulReceivables', k];
    if (typeof r !== 'object' || r === null || typeof r.customer !== 'object' || r.customer === null) {
      issues.push(issue('invalid_input', path, 'A doubtful receivable is { customer: { id, name }, amount, vatRate or amountExclTax, rate }.'));
      return;
    }
    const before = issues.length;
    const catching = <T>(fn: () => T): T | undefined => {
      try {
        return fn();
      } catch (e) {
        if (e instanceof AccountingError) issues.push(...e.issues);
        else throw e;
        return undefined;
      }
    };
    const amount = catching(() => toMinorUnits(r.amount, rules.currency, [...path, 'amount']));
    const rate = typeof r.rate === 'string' && /^\d{1,3}(?:\.\d+)?$/.test(r.rate) ? new Decimal(r.rate) : undefined;
    if (rate === undefined || rate.greaterThan(100)) {
      issues.push(issue('invalid_provision_rate', [...path, 'rate'], `Provision rate ${JSON.stringify(r.rate)} is not a percentage from 0 to 100: write it as a decimal string such as "50".`));
    }
    let exclTax: number | undefined;
    if (r.amountExclTax !== undefined) exclTax = catching(() => toMinorUnits(r.amountExclTax!, rules.currency, [...path, 'amountExclTax']));
    else if (r.vatRate !== undefined) {
      const vr = normalizeRate(r.vatRate);
      if (vr === undefined) issues.push(issue('invalid_rate', [...path, 'vatRate'], `VAT rate ${JSON.stringify(r.vatRate)} is not a percentage such as "20".`));
      else if (amount !== undefined) exclTax = roundTo(new Decimal(amount).times(100).dividedBy(new Decimal(vr).plus(100)), 0, rounding).toNumber();
    } else issues.push(issue('invalid_input', path, 'Give the doubtful receivable its vatRate (or amountExclTax): the provision is on the amount excl. tax.'));
    const reversedOn = r.reversedOn === undefined ? undefined : catching(() => isoDate(r.reversedOn!, [...path, 'reversedOn']));
    if (reversedOn !== undefined && toDayNumber(reversedOn) <= cutoff.day) {
      issues.push(issue('invalid_date', [...path, 'reversedOn'], `reversedOn ${reversedOn} is not after the cut-off ${cutoff.date}: a provision booked at the cut-off is reversed later.`));
    }
    if (amount !== undefined && amount <= 0) issues.push(issue('non_positive_amount', [...path, 'amount'], 'The amount owed must be positive.'));
    if (issues.length > before || amount === undefined || exclTax === undefined || rate === undefined) return;
    const provision = mulDivRound(exclTax, Math.round(rate.times(1_000_000).toNumber()), 100_000_000, rounding);
    const aux = { number: r.customer.id, name: r.customer.name };
    const label = `Créance douteuse ${r.invoice ?? ''} ${r.customer.name}`.replace(/ {2}/g, ' ');
    const entries: EntryInput[] = [
      { account: pad(ACCOUNTS.doubtful), debit: money(amount), auxiliary: aux, label },
      { account: pad(r.customer.account ?? rules.accounts.customers), credit: money(amount), auxiliary: aux, label },
    ];
    if (provision > 0) entries.push({ account: pad(ACCOUNTS.provisionCharge), debit: money(provision), label }, { account: pad(ACCOUNTS.provision), credit: money(provision), label });
    provisions.push({ entries, ...(reversedOn ? { reversedOn } : {}), minor: provision, name: r.customer.name });
    items.push(item('doubtful-receivable', r.invoice, r.customer.name, pad(r.customer.account ?? rules.accounts.customers), exclTax, amount - exclTax, provision));
  });
  if (issues.length > 0) throw new AccountingError(issues);

  const journal = rules.journals.general;
  let next = options.nextNumbers !== undefined && Object.hasOwn(options.nextNumbers, journal) ? options.nextNumbers[journal]! : 1;
  if (!Number.isSafeInteger(next) || next < 0 || next >= 999_999_000) {
    fail('invalid_option', ['nextNumbers', journal], `nextNumbers.${journal} must be a whole number from 0 to 999998999, received ${String(next)}.`);
  }
  const createOptions = rules.accountWidth === undefined ? { chart: rules.chart } : { chart: rules.chart, accountWidth: rules.accountWidth };
  const out: Transaction[] = [];
  const nextDay = addDays(cutoff.date, 1);
  for (const kind of ['invoice-to-issue', 'charge-to-pay', 'prepaid-expense'] as const) {
    const x = drafts.get(kind);
    if (!x || x.entries.length < 2) continue;
    const title = TITLES[kind];
    const tx = createTransaction(
      { id: transactionId(journal, next++), journal, date: cutoff.date, piece: { ref: `${kind === 'invoice-to-issue' ? 'FAE' : kind === 'charge-to-pay' ? 'CAP' : 'CCA'}${cutoff.date}` }, label: `${title} au ${cutoff.date}`, type: 'accrual', currency: rules.currency, entries: x.entries },
      createOptions,
    );
    out.push(tx, reverseTransaction(tx, { date: nextDay, id: transactionId(journal, next++), label: `Extourne ${title.toLowerCase()} au ${cutoff.date}` }));
  }
  for (const p of provisions) {
    out.push(
      createTransaction(
        { id: transactionId(journal, next++), journal, date: cutoff.date, piece: { ref: `DOUT${cutoff.date}` }, label: `Créance douteuse et dépréciation ${p.name}`, type: 'provision', currency: rules.currency, entries: p.entries },
        createOptions,
      ),
    );
  }
  for (const p of provisions) {
    if (p.reversedOn === undefined || p.minor === 0) continue;
    out.push(
      createTransaction(
        {
          id: transactionId(journal, next++),
          journal,
          date: p.reversedOn,
          piece: { ref: `DOUT${cutoff.date}` },
          label: `Reprise de dépréciation ${p.name}`,
          type: 'provision-reversal',
          currency: rules.currency,
          entries: [
            { account: pad(ACCOUNTS.provision), debit: money(p.minor) },
            { account: pad(ACCOUNTS.provisionReversal), credit: money(p.minor) },
          ],
        },
        createOptions,
      ),
    );
  }
  return Object.freeze({ transactions: Object.freeze(out), items: Object.freeze(items) });

  function item(kind: AccrualKind, document: string | undefined, party: string, account: string, base: number, vat: number, amount: number): AccrualItem {
    return Object.freeze({ kind, ...(document === undefined ? {} : { document }), party, account, base: d(base), vat: d(vat), amount: d(amount) });
  }
}


/**
 * Refuses a cut-off outside the book (`cutoff_outside_book`): the fiscal year the cut-off falls in
 * (rules.fiscalYearStartMonth) must hold at least one of the book's transactions.
 */
function checkCutoffInBook(book: Book, cutoff: IsoDate, startMonth: number): void {
  const year = fiscalYear(cutoff, { startMonth });
  const from = toDayNumber(year.from);
  const to = toDayNumber(year.to);
  const date = book.tx.date;
  for (let t = 0; t < book.size; t++) if (date[t]! >= from && date[t]! <= to) return;
  fail('cutoff_outside_book', ['cutoff'], `The cut-off ${cutoff} closes the fiscal year ${year.from} – ${year.to}, in which the book holds no transaction: give the closing date of the fiscal year these books keep (check the year).`);
}
