// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, customerBalances, deferralTransactions, deferredRevenue, openItems, post, trialBalance } from '../../../src/index.js';
import { minorOf } from '../../../src/ledger/_lib/amounts.js';
import { toMinorUnits, type Decimal } from '../../../src/money/index.js';
import {
  activeSubscriptions,
  dashboardIndicators,
  directDebitBatchReport,
  directDebitRejections,
  directDebitsByDate,
  expiringSubscriptions,
  incidentsByPaymentMethod,
  invoicesAndCreditNotes,
  membersInIncident,
  paymentsAndRefunds,
  sessionsSold,
  subscriptionCancellations,
  subscriptionSales,
  voucherUsages,
} from '../../../src/synthesis/gym/index.js';
import { salesArbitrary } from '../../../src/testing/documents.js';
import { gymDocumentsArbitrary } from '../../../src/testing/gym.js';
import { vatOnInvoice } from '../../_rules.js';

const cents = (d: Decimal): number => minorOf(d, 2);
const sum = (xs: ReadonlyArray<Decimal>): number => xs.reduce((a, d) => a + cents(d), 0);
const postable = (docs: ReadonlyArray<Record<string, unknown>>) => docs.filter((d) => d.type !== 'subscription-cancellation');
const YEAR = { period: { from: '2024-01-01', to: '2024-12-31' } };
const dates = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
const periods = fc.tuple(dates, dates).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('properties', () => {
  // The law, for books from post() in which no payment is left on account (every payment,
  // direct debit and refund is allocated in full, as both arbitraries build them): at any date,
  // for every customer c,
  //   Σ remaining of c's unpaid invoices − Σ remaining of c's unused credits = balance.debit(c) − balance.credit(c),
  // the same holds for the report totals (unpaid − credits = Σ debit balances − Σ credit balances),
  // and every unused credit is a credit note or a deposit invoiced and paid but not yet deducted
  // (no payment on account can be one).
  it('the unpaid list\'s remaining amounts sum to the customers\' balances', () => {
    const docs = fc.oneof(gymDocumentsArbitrary({ maxMembers: 8, months: 6 }), salesArbitrary().map((d) => d as unknown as Array<Record<string, unknown>>));
    fc.assert(
      fc.property(docs, dates, (list, asOf) => {
        const book = createBook(post(postable(list), vatOnInvoice).transactions);
        const items = openItems(book, { asOf });
        const balances = customerBalances(book, { asOf });
        const net = new Map<string, number>();
        for (const i of items.items) net.set(i.auxiliary.number, (net.get(i.auxiliary.number) ?? 0) + (i.side === 'debit' ? 1 : -1) * cents(i.remaining));
        for (const row of balances.rows) expect(net.get(row.auxiliary.number) ?? 0).toBe(cents(row.balance.debit) - cents(row.balance.credit));
        for (const [customer, value] of net) expect(balances.rows.some((r) => r.auxiliary.number === customer) || value === 0).toBe(true);
        expect(cents(items.totals.unpaid) - cents(items.totals.credits)).toBe(cents(balances.totals.balance.debit) - cents(balances.totals.balance.credit));
        for (const i of items.items) if (i.side === 'credit') expect(['credit-note', 'deposit']).toContain(i.type);
      }),
      { numRuns: 100 },
    );
  });

  it('report totals are the sums of their rows', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary(), periods, (docs, period) => {
        const o = { period };
        const s = subscriptionSales(docs, o);
        expect([s.totals.count, cents(s.totals.exclTax), cents(s.totals.vat), cents(s.totals.inclTax)]).toEqual([s.rows.length, sum(s.rows.map((r) => r.exclTax)), sum(s.rows.map((r) => r.vat)), sum(s.rows.map((r) => r.inclTax))]);
        for (const r of s.rows) expect(cents(r.exclTax) + cents(r.vat)).toBe(cents(r.inclTax));
        const ss = sessionsSold(docs, o);
        expect(ss.totals.sessions).toBe(ss.rows.reduce((a, r) => a + r.sessions, 0));
        for (const r of ss.rows) expect(r.used + r.remaining === r.sessions && r.remaining >= 0).toBe(true);
        const inv = invoicesAndCreditNotes(docs, o);
        expect(cents(inv.totals.inclTax)).toBe(sum(inv.rows.filter((r) => r.cancelledOn === undefined || r.cancelledOn > period.to).map((r) => r.inclTax)));
        const pr = paymentsAndRefunds(docs, o);
        expect(cents(pr.totals.net)).toBe(sum(pr.rows.map((r) => r.amount)));
        for (const r of pr.rows) expect(cents(r.allocated) + cents(r.unallocated)).toBe(cents(r.amount));
        const dd = directDebitsByDate(docs, o);
        expect([cents(dd.totals.amount), cents(dd.totals.rejected)]).toEqual([sum(dd.rows.map((r) => r.amount)), sum(dd.rows.filter((r) => r.status === 'rejected').map((r) => r.amount))]);
        const rj = directDebitRejections(docs, o);
        expect([cents(rj.totals.amount), cents(rj.totals.fees)]).toEqual([sum(rj.rows.map((r) => r.amount)), sum(rj.rows.map((r) => r.fees))]);
        const ib = incidentsByPaymentMethod(docs, o);
        expect([ib.totals.payments, ib.totals.incidents, cents(ib.totals.amount)]).toEqual([ib.rows.reduce((a, r) => a + r.payments, 0), rj.rows.length, sum(ib.rows.map((r) => r.amount))]);
        expect(cents(ib.totals.amount)).toBe(cents(pr.totals.received));
        const v = voucherUsages(docs, o);
        expect(cents(v.totals.settled) + cents(v.totals.unsettled)).toBe(sum(v.rows.map((r) => r.amount)));
        const c = subscriptionCancellations(docs, o);
        expect(cents(c.totals.credited)).toBe(sum(c.rows.flatMap((r) => (r.creditNoteAmount ? [r.creditNoteAmount] : []))));
        // The book with the deferral at the period end: revenue after PCA is the trial balance's class-7 movement, before PCA the same without the deferral.
        const posted = post(postable(docs), vatOnInvoice).transactions;
        const deferral = deferralTransactions(deferredRevenue(docs, { cutoff: period.to }), { nextNumbers: { OD: 900_000 } }).slice(0, 1);
        const book = createBook([...posted, ...deferral]);
        const d = dashboardIndicators(docs, book, o);
        const class7 = (b: typeof book) => trialBalance(b, o).rows.filter((r) => r.account.startsWith('7')).reduce((s, r) => s + cents(r.movements.credit) - cents(r.movements.debit), 0);
        expect([cents(d.revenueExclTax), cents(d.revenueAfterDeferral)]).toEqual([class7(createBook(posted)), class7(book)]);
        expect(cents(d.revenueExclTax) + cents(d.deferral)).toBe(cents(d.revenueAfterDeferral));
        expect([cents(d.received), cents(d.refunded), cents(d.rejected), d.rejections]).toEqual([cents(pr.totals.received), cents(pr.totals.refunded), cents(pr.totals.rejected), rj.rows.length]);
        expect(cents(d.subscriptionRevenue) + cents(d.sessionRevenue) + cents(d.otherRevenue)).toBe(cents(d.revenueExclTax));
      }),
      { numRuns: 100 },
    );
  });

  it('a batch lists every debit once: its count and sum are NbOfTxs and CtrlSum', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary(), (docs) => {
        for (const b of docs.filter((d) => d.type === 'direct-debit-batch')) {
          const items = b.items as Array<{ amount: string }>;
          const r = directDebitBatchReport(docs, { batch: b.id as string });
          expect([r.totals.count, cents(r.totals.amount)]).toEqual([items.length, items.reduce((a, i) => a + toMinorUnits(i.amount), 0)]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('the money reports are additive: two halves of a period give the rows of the whole', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary(), dates, (docs, cut) => {
        const first = { from: '2024-01-01', to: cut };
        const next = new Date(Date.parse(`${cut}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const second = { from: next, to: '2025-12-31' };
        const whole = { from: '2024-01-01', to: '2025-12-31' };
        for (const report of [paymentsAndRefunds, directDebitsByDate, directDebitRejections, voucherUsages, subscriptionCancellations] as const) {
          const a = report(docs, { period: first }).rows as ReadonlyArray<unknown>;
          const b = report(docs, { period: second }).rows as ReadonlyArray<unknown>;
          expect(JSON.stringify([...a, ...b])).toBe(JSON.stringify(report(docs, { period: whole }).rows));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('active and upcoming subscriptions partition the list, and expiring ones are active ones ending in the window', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary(), dates, fc.integer({ min: 0, max: 400 }), (docs, asOf, days) => {
        const all = activeSubscriptions(docs, { asOf });
        const active = activeSubscriptions(docs, { asOf, include: 'active' });
        const upcoming = activeSubscriptions(docs, { asOf, include: 'upcoming' });
        expect(all.rows.length).toBe(active.rows.length + upcoming.rows.length);
        expect([all.totals.active, all.totals.upcoming]).toEqual([active.rows.length, upcoming.rows.length]);
        for (const r of active.rows) expect(r.start <= asOf && asOf <= r.end && r.daysRemaining >= 1 && r.daysToStart === 0).toBe(true);
        for (const r of upcoming.rows) expect(r.start > asOf && r.daysToStart >= 1).toBe(true);
        const expiring = expiringSubscriptions(docs, { asOf, days });
        const key = (r: { invoice: string; line?: string }) => `${r.invoice}/${r.line ?? ''}`;
        const activeKeys = new Set(active.rows.map(key));
        for (const r of expiring.rows) expect(activeKeys.has(key(r)) && r.daysRemaining <= days + 1).toBe(true);
        expect(expiring.rows.length).toBe(active.rows.filter((r) => r.daysRemaining <= days + 1).length);
      }),
      { numRuns: 100 },
    );
  });

  it('members in incident each owe something after a rejection, and never more than they were rejected plus re-billed fees', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary({ maxMembers: 8, months: 6 }), dates, (docs, asOf) => {
        const book = createBook(post(postable(docs), vatOnInvoice).transactions);
        const r = membersInIncident(docs, book, { asOf });
        for (const row of r.rows) {
          expect(cents(row.unpaid)).toBeGreaterThan(0);
          expect(cents(row.unpaid)).toBeLessThanOrEqual(cents(row.rejected) + cents(row.fees) * 2);
          expect(row.lastRejection <= asOf).toBe(true);
        }
        expect(cents(r.totals.unpaid)).toBe(sum(r.rows.map((x) => x.unpaid)));
      }),
      { numRuns: 60 },
    );
  });

  it('never mutates its input: deeply frozen documents give the same reports', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary(), (docs) => {
        const copy = structuredClone(docs);
        const frozen = deepFreeze(structuredClone(docs));
        const run = (d: Array<Record<string, unknown>>) => JSON.stringify([subscriptionSales(d, YEAR), activeSubscriptions(d, { asOf: '2024-06-30' }), paymentsAndRefunds(d, YEAR), directDebitsByDate(d, YEAR), subscriptionCancellations(d, YEAR), dashboardIndicators(d, createBook(post(postable(d), vatOnInvoice).transactions), YEAR), sessionsSold(d, YEAR)]);
        expect(run(frozen)).toBe(run(copy));
        expect(copy).toEqual(docs);
      }),
      { numRuns: 50 },
    );
  });
});
