// @ts-nocheck
// Documents shared by the revenue and tax tests.
import fc from 'fast-check';
import { AccountingError } from '../../src/index.js';
import type { Invoice, InvoiceLine } from '../../src/schemas/invoice.js';
import type { SessionUsage } from '../../src/schemas/sessionUsage.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';

/** The first issue code of the error a function throws. */
export { codeOf } from '../_errors.js';

/** The error a function throws. */
export const errorOf = (fn: () => unknown): AccountingError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e;
    throw e;
  }
  throw new Error('expected an AccountingError');
};

export const dupont = { id: 'C0001', name: 'DUPONT Jean' };

/** An issued invoice with the given lines (prices incl. tax unless said otherwise). */
export function invoice(id: string, date: string, lines: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}): Invoice {
  return ({
    type: 'invoice',
    id,
    kind: 'final',
    status: 'issued',
    number: `FA-${id}`,
    date,
    customer: dupont,
    pricesIncludeTax: true,
    lines: lines.map((l) => ({ label: 'Abonnement', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20', ...l }) as unknown as InvoiceLine),
    ...extra,
  }) as unknown as Invoice;
}

/** TV1: 600.00 incl. tax at 20 %, sold 2024-10-15, served 2024-10-15 → 2025-10-14. */
export const tv1 = (): Invoice =>
  invoice('inv-1', '2024-10-15', [{ label: 'Abonnement 12 mois', product: 'Abonnement 12 mois', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }], { number: 'FA2024-0001' });

export const usage = (id: string, invoiceId: string, line: string, date: string): SessionUsage => ({ type: 'session-usage', id, invoice: invoiceId, line, date }) as SessionUsage;

/** Deeply freezes a value (for the no-mutation tests). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const DAY0 = toDayNumber('2023-01-01');

/** A date between 2023-01-01 and about 2026-06. */
export const dateArb = fc.integer({ min: 0, max: 1260 }).map((d) => fromDayNumber(DAY0 + d));

/** An amount in cents as a decimal string, 0.01 to 5,000.00. */
export const priceArb = fc.integer({ min: 1, max: 500_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);

/** An invoice line with a service period of 1 to 800 days (and maybe sessions). */
export const periodLineArb = fc
  .record({
    start: dateArb,
    days: fc.integer({ min: 1, max: 800 }),
    unitPrice: priceArb,
    quantity: fc.constantFrom('1', '2', '3', '0.5'),
    vatRate: fc.constantFrom('20', '10', '5.5', '2.1', '0'),
    account: fc.constantFrom('706100', '706200', '707100'),
  })
  .map(({ start, days, vatRate, ...l }) => ({
    label: 'Ligne',
    ...l,
    vatRate,
    ...(vatRate === '0' ? { exemption: 'exempt' as const } : {}),
    servicePeriod: { from: start, to: addDays(start, days - 1) },
  }));

/** A final invoice or credit note dated at the start of its first line's period (or a little before). */
export const revenueInvoiceArb = fc
  .record({
    lines: fc.array(periodLineArb, { minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom('final', 'final', 'credit-note') as fc.Arbitrary<'final' | 'credit-note'>,
    pricesIncludeTax: fc.boolean(),
    lead: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ lines, kind, pricesIncludeTax, lead }) => (n: number): Invoice =>
    invoice(`inv-${n}`, addDays(lines[0]!.servicePeriod.from, -lead), lines.map((l, k) => ({ ...l, id: `l${k}` })), { kind, pricesIncludeTax }),
  );

/** Several invoices with distinct ids. */
export const invoicesArb = fc.array(revenueInvoiceArb, { minLength: 1, maxLength: 6 }).map((makers) => makers.map((m, n) => m(n)));

export const methodArb = fc.constantFrom('days', 'months', '30/360') as fc.Arbitrary<'days' | 'months' | '30/360'>;
