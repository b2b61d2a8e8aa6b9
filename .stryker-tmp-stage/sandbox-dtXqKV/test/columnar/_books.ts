// @ts-nocheck
// The three example businesses (examples/: gym, campsite, home care) as the columnar proofs read them:
// their rules, their documents split into parts, and the helpers that carry reports across a thread.
export { cents, customerBalanceFigures, monthlyLedgerFigures, trialBalanceFigures } from './_figures.js';
import { campsiteYear } from '../../examples/_data/campsite.js';
import { gymYear } from '../../examples/_data/gym.js';
import { homecareYear } from '../../examples/_data/homecare.js';
import type { BusinessYear } from '../../examples/_data/business.js';
import { FINANCE_ACCOUNT_LABELS } from '../../examples/_data/finance.js';
import { ACCOUNT_WIDTH, businessBook, type RunBusinessOptions } from '../../examples/_lib/runBusiness.js';
import { CAMPSITE_ACCOUNTS } from '../../examples/campsite.js';
import { GYM_ACCOUNTS } from '../../examples/gym.js';
import { HOMECARE_ACCOUNTS } from '../../examples/homecare.js';
import { createChart, Decimal, defaultChart, defaultRules, type Book, type DefaultRulesOverrides, type PostingRules } from '../../src/index.js';

export const BUSINESSES = ['gym', 'campsite', 'homecare'] as const;
export type BusinessKey = (typeof BUSINESSES)[number];

/** The sub-accounts each example adds to the default chart. */
const ACCOUNTS: Record<BusinessKey, ReadonlyArray<{ readonly number: string; readonly label: string }>> = { gym: GYM_ACCOUNTS, campsite: CAMPSITE_ACCOUNTS, homecare: HOMECARE_ACCOUNTS };

/** The year of one example business (seeded: the same documents every run). */
export function exampleYear(key: BusinessKey): BusinessYear {
  return key === 'gym' ? gymYear() : key === 'campsite' ? campsiteYear() : homecareYear();
}

/** The posting rules of an example, as examples/_lib/runBusiness.ts builds them (accounts on 6 digits, the business's overrides). */
export function exampleRules(key: BusinessKey, overrides: DefaultRulesOverrides = {}): PostingRules {
  const chart = createChart([...ACCOUNTS[key], ...FINANCE_ACCOUNT_LABELS], { base: defaultChart({ accountWidth: ACCOUNT_WIDTH }), accountWidth: ACCOUNT_WIDTH });
  return defaultRules({ accountWidth: ACCOUNT_WIDTH, ...overrides, chart });
}

/** The date a document is filed under (its own date, a till's day, a batch's collection, a stay's departure). */
export function documentDate(document: unknown): string {
  const d = document as Record<string, unknown>;
  const date = d['date'] ?? d['day'] ?? d['collectionDate'] ?? d['departure'];
  if (typeof date !== 'string') throw new Error(`No date on document ${String(d['id'])} (${String(d['type'])})`);
  return date;
}

/** Documents split by the quarter (`YYYY-Qn`) of their date, quarters in order (fewer parts than months: four workers, not twelve). */
export function byQuarter<T>(documents: ReadonlyArray<T>): Array<{ readonly part: string; readonly documents: T[] }> {
  const parts = new Map<string, T[]>();
  for (const d of documents) {
    const date = documentDate(d);
    const quarter = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    const list = parts.get(quarter);
    if (list) list.push(d);
    else parts.set(quarter, [d]);
  }
  return [...parts.keys()].sort().map((part) => ({ part, documents: parts.get(part)! }));
}

/**
 * Documents split by cost centre (the home-care agency's sites): an invoice, credit note or write-off goes to
 * its `costCenter`; a payment, refund or other document to the centre of the first invoice it names, or to
 * `other` — every document in exactly one part.
 */
export function byCostCenter<T>(documents: ReadonlyArray<T>): Array<{ readonly part: string; readonly documents: T[] }> {
  const centreOf = new Map<string, string>();
  for (const d of documents as ReadonlyArray<Record<string, unknown>>) if (typeof d['costCenter'] === 'string') centreOf.set(d['id'] as string, d['costCenter']);
  const parts = new Map<string, T[]>();
  for (const doc of documents) {
    const d = doc as Record<string, unknown>;
    let centre = typeof d['costCenter'] === 'string' ? d['costCenter'] : undefined;
    if (centre === undefined) {
      const named = [d['invoice'], ...((d['allocations'] as Array<{ invoice?: string }> | undefined) ?? []).map((a) => a.invoice)];
      centre = named.map((id) => (typeof id === 'string' ? centreOf.get(id) : undefined)).find((c) => c !== undefined);
    }
    const part = centre ?? 'other';
    const list = parts.get(part);
    if (list) list.push(doc);
    else parts.set(part, [doc]);
  }
  return [...parts.keys()].sort().map((part) => ({ part, documents: parts.get(part)! }));
}

/** A report made plain data for postMessage: every Decimal becomes `{ $decimal: '12.34' }` (the structured clone refuses a Decimal: DataCloneError). */
export function toWire(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return { $decimal: (value as Decimal).toFixed() };
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  return value;
}

/** The inverse of {@link toWire}: the report again, with its Decimals. */
export function fromWire<T>(value: unknown): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['$decimal'] === 'string' && Object.keys(o).length === 1) return new Decimal(o['$decimal']);
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * The book an example writes (examples/_lib/runBusiness.ts `businessBook`): opening entries, the posted
 * documents, loan, payroll and bank fees, the VAT returns and their payments, the year-end deferrals, lettered;
 * the gym's deferrals as examples/gym.ts makes them (subscriptions by days, session packs by sessions).
 */
export function exampleBook(key: BusinessKey): { readonly year: BusinessYear; readonly rules: PostingRules; readonly book: Book } {
  const year = exampleYear(key);
  const packs = new Set(year.documents.filter((d) => d.type === 'invoice' && d.lines.some((l) => l.sessions !== undefined)).map((d) => d.id));
  const deferrals: RunBusinessOptions['deferrals'] =
    key === 'gym'
      ? [
          { method: 'days', documents: (docs) => docs.filter((d) => d.type === 'invoice' && !packs.has(d.id)), pieceRef: 'PCA-ABO-2024-12-31' },
          { method: 'sessions', documents: (docs) => docs.filter((d) => (d.type === 'invoice' && packs.has(d.id)) || d.type === 'session-usage'), pieceRef: 'PCA-SEANCES-2024-12-31' },
        ]
      : undefined;
  const { rules, book } = businessBook(year, { accounts: ACCOUNTS[key], ...(deferrals ? { deferrals } : {}) });
  return { year, rules, book };
}
