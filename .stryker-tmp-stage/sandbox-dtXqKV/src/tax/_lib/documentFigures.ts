// @ts-nocheck
// What the documents add to a VAT synthesis: exemption reasons and counts (internal).
import { isIsoDate, type Period } from '../../calendar/index.js';
import { AccountingError, issue, quote, type AccountingIssue } from '../../errors/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import type { PostingRules } from '../../posting/rules.js';
import { convertMinor, grossMinor } from './lineAmounts.js';

/**
 * Why a base is reported apart from the taxed rates: the exemption reason of
 * a zero-rated line (`exempt`, `out-of-scope`, `reverse-charge`, `intra-eu`),
 * `tourist-tax` for taxe de séjour (outside the VAT base), or `unspecified`
 * for zero-rated book entries when no documents say why.
 *
 * @example
 * ```ts
 * const reason: VatExemptionReason = 'intra-eu';
 * ```
 */
export type VatExemptionReason = 'exempt' | 'out-of-scope' | 'reverse-charge' | 'intra-eu' | 'tourist-tax' | 'unspecified';

/** Minor-unit figures per reason (internal). */
export interface ExemptionSums {
  base: bigint;
  lines: number;
  documents: Set<string>;
}

/**
 * Documents of the period, by kind. Proformas and drafts never post and are
 * counted apart.
 *
 * @example
 * ```ts
 * const synthesis = vatSynthesis(book, [invoice], { period: { from: '2024-01-01', to: '2024-12-31' } });
 * synthesis.counts //=> { invoices: 1, deposits: 0, creditNotes: 0, debitNotes: 0, cancellations: 0, tillClosings: 0, tickets: 0, purchases: 0, proformas: 0, drafts: 0 }
 * ```
 */
export interface VatDocumentCounts {
  /** Final invoices dated in the period (deposit invoices counted apart). */
  readonly invoices: number;
  /** Deposit invoices (« factures d'acompte ») dated in the period. */
  readonly deposits: number;
  /** Credit notes (« avoirs ») dated in the period. */
  readonly creditNotes: number;
  /** Debit notes (« notes de débit ») dated in the period. */
  readonly debitNotes: number;
  /** Invoices cancelled in the period (their exempt bases come off). */
  readonly cancellations: number;
  /** Till closings (Z) dated in the period. */
  readonly tillClosings: number;
  /** Tickets summed by those till closings. */
  readonly tickets: number;
  /** Purchase invoices dated in the period. */
  readonly purchases: number;
  /** Not posted, hence not in the synthesis. */
  readonly proformas: number;
  /** Not posted, hence not in the synthesis. */
  readonly drafts: number;
}

interface SoldLine {
  readonly quantity: string;
  readonly unitPrice: string;
  readonly vatRate?: string;
  readonly exemption?: string;
  readonly kind?: string;
}

const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;
const ZERO_RE = /^0+(?:\.0+)?$/;

/**
 * Reads the documents of a period: counts by kind, and the exempt,
 * out-of-scope and tourist-tax bases of their lines (excl. tax, credit notes
 * negative; an invoice cancelled in the period takes its bases off).
 */
export function documentFigures(documents: Iterable<unknown>, period: Period, rules: PostingRules): { counts: VatDocumentCounts; exemptions: Map<VatExemptionReason, ExemptionSums> } {
  const counts = { invoices: 0, deposits: 0, creditNotes: 0, debitNotes: 0, cancellations: 0, tillClosings: 0, tickets: 0, purchases: 0, proformas: 0, drafts: 0 };
  const exemptions = new Map<VatExemptionReason, ExemptionSums>();
  const issues: AccountingIssue[] = [];
  const bookScale = CURRENCY_SCALES[rules.currency] ?? 2;
  const within = (d: unknown): boolean => typeof d === 'string' && d >= period.from && d <= period.to;

  const addLines = (docId: string, lines: unknown, sign: bigint, currency: string | undefined, exchangeRate: string | undefined, path: ReadonlyArray<string | number>): void => {
    if (!Array.isArray(lines)) {
      issues.push(issue('invalid_input', [...path, 'lines'], 'The document needs its lines (an array).'));
      return;
    }
    const scale = currency === undefined ? bookScale : (CURRENCY_SCALES[currency] ?? bookScale);
    (lines as ReadonlyArray<SoldLine>).forEach((l, k) => {
      const tourist = l.kind === 'tourist-tax';
      const zero = typeof l.vatRate === 'string' && ZERO_RE.test(l.vatRate);
      if (!tourist && !zero) return;
      if (typeof l.quantity !== 'string' || !DECIMAL_RE.test(l.quantity) || typeof l.unitPrice !== 'string' || !DECIMAL_RE.test(l.unitPrice)) {
        issues.push(issue('invalid_amount', [...path, 'lines', k], 'Write quantity and unitPrice as decimal strings such as "1" and "12.50".'));
        return;
      }
      const reason: VatExemptionReason = tourist ? 'tourist-tax' : ((l.exemption as VatExemptionReason | undefined) ?? 'unspecified');
      const gross = grossMinor(l.quantity, l.unitPrice, scale, rules.rounding);
      if (!Number.isSafeInteger(gross)) {
        issues.push(issue(Number.isNaN(gross) ? 'too_many_decimals' : 'amount_overflow', [...path, 'lines', k, 'unitPrice'], `Unit price ${l.unitPrice} has more decimals than the currency allows, or the line is too large.`));
        return;
      }
      let base = BigInt(gross);
      if (currency !== undefined && currency !== rules.currency && exchangeRate !== undefined) base = convertMinor(base, exchangeRate, scale, bookScale, rules.rounding);
      let sums = exemptions.get(reason);
      if (!sums) exemptions.set(reason, (sums = { base: 0n, lines: 0, documents: new Set() }));
      sums.base += sign * base;
      sums.lines++;
      sums.documents.add(docId);
    });
  };

  let index = 0;
  for (const raw of documents) {
    const i = index++;
    if (typeof raw !== 'object' || raw === null) continue;
    const doc = raw as Record<string, unknown>;
    const id = String(doc.id);
    if (doc.type === 'invoice') {
      if (!isIsoDate(doc.date)) {
        issues.push(issue('invalid_date', [i, 'date'], `Invalid date ${quote(doc.date)}: write a real calendar date as YYYY-MM-DD.`));
        continue;
      }
      const inPeriod = within(doc.date);
      if (doc.status === 'draft') {
        if (inPeriod) counts.drafts++;
        continue;
      }
      if (doc.kind === 'proforma') {
        if (inPeriod) counts.proformas++;
        continue;
      }
      const sign = doc.kind === 'credit-note' ? -1n : 1n;
      const currency = doc.currency as string | undefined;
      const rate = doc.exchangeRate as string | undefined;
      if (inPeriod) {
        if (doc.kind === 'deposit') counts.deposits++;
        else if (doc.kind === 'credit-note') counts.creditNotes++;
        else if (doc.kind === 'debit-note') counts.debitNotes++;
        else counts.invoices++;
        addLines(id, doc.lines, sign, currency, rate, [i]);
      }
      if (doc.status === 'cancelled' && within(doc.cancelledOn)) {
        counts.cancellations++;
        addLines(id, doc.lines, -sign, currency, rate, [i]);
      }
    } else if (doc.type === 'till-closing') {
      if (!within(doc.day)) continue;
      counts.tillClosings++;
      const tickets = Array.isArray(doc.tickets) ? (doc.tickets as ReadonlyArray<{ id: string; lines: unknown }>) : [];
      tickets.forEach((t, k) => {
        counts.tickets++;
        addLines(`${id}/${t.id}`, t.lines, 1n, undefined, undefined, [i, 'tickets', k]);
      });
    } else if (doc.type === 'purchase') {
      if (within(doc.date)) counts.purchases++;
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);
  return { counts, exemptions };
}
