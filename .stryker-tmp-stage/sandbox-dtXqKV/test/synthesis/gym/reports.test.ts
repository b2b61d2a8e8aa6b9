// @ts-nocheck
import type { PostableDocument } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../src/errors/index.js';
import { createBook, customerBalances, Decimal, defaultRules, deferralTransactions, deferredRevenue, openItems, post, trialBalance, type Transaction } from '../../../src/index.js';
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
  newDirectDebitCustomers,
  paymentsAndRefunds,
  rejectionReasonLabel,
  sessionsSold,
  subscriptionCancellations,
  subscriptionSales,
  voucherUsages,
} from '../../../src/synthesis/gym/index.js';
import { annual, cancellation, creditNote, gymDocuments, monthlyNov, novemberBatch, pack, payment, refund, rejection, upcoming, usages } from './_fixtures.js';
import { vatOnInvoice } from '../../_rules.js';

const NOV = { period: { from: '2024-11-01', to: '2024-11-30' } };
const postable = (docs: ReadonlyArray<unknown>) => docs.filter((d) => (d as { type: string }).type !== 'subscription-cancellation');

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    throw e;
  }
  throw new Error('expected an AccountingError');
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('subscription reports', () => {
  it('lists the subscriptions sold in a period (drafts and session packs left out)', () => {
    const r = subscriptionSales(gymDocuments, { period: { from: '2024-10-01', to: '2024-11-30' } });
    expect(r.rows.map((x) => [x.date, x.number, x.customer.id, x.start, x.end, x.days, x.exclTax.toFixed(2), x.vat.toFixed(2), x.inclTax.toFixed(2), x.cancelledOn ?? ''])).toEqual([
      ['2024-10-01', 'FA2024-0002', 'C0002', '2024-10-01', '2024-10-31', 31, '41.58', '8.32', '49.90', ''],
      ['2024-10-15', 'FA2024-0001', 'C0001', '2024-10-15', '2025-10-14', 365, '500.00', '100.00', '600.00', '2025-03-31'],
      ['2024-11-01', 'FA2024-0003', 'C0002', '2024-11-01', '2024-11-30', 30, '41.58', '8.32', '49.90', ''],
      ['2024-11-20', 'FA2024-0004', 'C0003', '2025-01-01', '2025-12-31', 365, '450.00', '90.00', '540.00', ''],
    ]);
    expect([r.totals.count, r.totals.exclTax.toFixed(2), r.totals.vat.toFixed(2), r.totals.inclTax.toFixed(2)]).toEqual([4, '1033.16', '206.64', '1239.80']);
    expect(r.rows[1]!.seller).toBe('Camille');
  });

  it('counts the sessions used by the end of the period', () => {
    const r = sessionsSold(gymDocuments, NOV);
    expect(r.rows.map((x) => [x.product, x.sessions, x.used, x.remaining, x.exclTax.toFixed(2), x.inclTax.toFixed(2)])).toEqual([['Carnet 10 séances', 10, 2, 8, '100.00', '120.00']]);
    expect(sessionsSold(gymDocuments, { period: { from: '2024-11-01', to: '2024-12-31' } }).rows[0]!.used).toBe(3);
  });

  it('tells active from upcoming subscriptions at a date', () => {
    const r = activeSubscriptions(gymDocuments, { asOf: '2024-12-31' });
    expect(r.rows.map((x) => [x.status, x.customer.id, x.start, x.end, x.daysRemaining, x.daysToStart])).toEqual([
      ['active', 'C0001', '2024-10-15', '2025-10-14', 288, 0],
      ['upcoming', 'C0003', '2025-01-01', '2025-12-31', 365, 1],
    ]);
    expect([r.totals.active, r.totals.upcoming, r.totals.members]).toEqual([1, 1, 2]);
    expect(activeSubscriptions(gymDocuments, { asOf: '2024-12-31', include: 'upcoming' }).rows.map((x) => x.customer.id)).toEqual(['C0003']);
    // a draft never counts (C0004's covers 2024-11-10 → 2024-12-09), nor an invoice dated after the date (C0003's, 2024-11-20)
    expect(activeSubscriptions(gymDocuments, { asOf: '2024-11-15' }).rows.map((x) => x.customer.id)).toEqual(['C0002', 'C0001']);
  });

  it('ends a cancelled subscription on its last day served', () => {
    const before = activeSubscriptions(gymDocuments, { asOf: '2025-03-30' });
    expect(before.rows.find((x) => x.customer.id === 'C0001')?.end).toBe('2025-10-14'); // the cancellation is not known yet
    const on = activeSubscriptions(gymDocuments, { asOf: '2025-03-31' }).rows.find((x) => x.customer.id === 'C0001')!;
    expect([on.end, on.scheduledEnd, on.daysRemaining]).toEqual(['2025-03-31', '2025-10-14', 1]);
    expect(activeSubscriptions(gymDocuments, { asOf: '2025-04-01' }).rows.some((x) => x.customer.id === 'C0001')).toBe(false);
  });

  it('lists the subscriptions about to expire, renewed or not', () => {
    const r = expiringSubscriptions(gymDocuments, { asOf: '2024-11-20', days: 15 });
    expect(r.rows.map((x) => [x.customer.id, x.end, x.daysRemaining, x.renewed])).toEqual([['C0002', '2024-11-30', 11, false]]);
    expect(expiringSubscriptions(gymDocuments, { asOf: '2024-10-20', days: 15 }).rows.map((x) => [x.customer.id, x.end, x.renewed])).toEqual([['C0002', '2024-10-31', false]]);
    // November's invoice issued early, on 2024-10-25: October's is renewed
    const early = gymDocuments.map((d) => (d === monthlyNov ? { ...monthlyNov, date: '2024-10-25' } : d));
    expect(expiringSubscriptions(early, { asOf: '2024-10-26', days: 15 }).rows.map((x) => [x.customer.id, x.end, x.renewed])).toEqual([['C0002', '2024-10-31', true]]);
    expect(expiringSubscriptions(gymDocuments, { asOf: '2024-11-20', days: 0 }).rows).toEqual([]);
  });

  it('lists the cancellations with their credit note and refund', () => {
    const r = subscriptionCancellations(gymDocuments, { period: { from: '2025-03-01', to: '2025-03-31' } });
    expect(r.rows.map((x) => [x.date, x.customer.id, x.invoiceNumber, x.endsOn, x.daysUnused, x.reason, x.creditNoteNumber, x.creditNoteAmount?.toFixed(2), x.refundNumber, x.refundAmount?.toFixed(2)])).toEqual([
      ['2025-03-31', 'C0001', 'FA2024-0001', '2025-03-31', 197, 'Déménagement', 'AV2025-0001', '323.84', 'rf-1', '323.84'],
    ]);
    expect([r.totals.count, r.totals.credited.toFixed(2), r.totals.refunded.toFixed(2)]).toEqual([1, '323.84', '323.84']);
  });
});

describe('sales and money reports', () => {
  it('lists invoices and credit notes, credit notes negative', () => {
    const r = invoicesAndCreditNotes(gymDocuments, { period: { from: '2024-10-01', to: '2025-03-31' } });
    expect(r.rows.map((x) => [x.number, x.kind, x.status, x.inclTax.toFixed(2), x.corrects ?? ''])).toEqual([
      ['FA2024-0002', 'final', 'issued', '49.90', ''],
      ['FA2024-0001', 'final', 'issued', '600.00', ''],
      ['FA2024-0003', 'final', 'issued', '49.90', ''],
      ['FA2024-0005', 'final', 'paid', '123.00', ''],
      ['FA2024-0004', 'final', 'issued', '540.00', ''],
      ['AV2025-0001', 'credit-note', 'issued', '-323.84', 'FA2024-0001'],
    ]);
    expect([r.totals.invoices, r.totals.creditNotes, r.totals.exclTax.toFixed(2), r.totals.vat.toFixed(2), r.totals.inclTax.toFixed(2)]).toEqual([5, 1, '866.13', '172.83', '1038.96']);
  });

  it('leaves an invoice cancelled by the end of the period out of the totals', () => {
    const cancelled = { ...monthlyNov, id: 'inv-9', number: 'FA2024-0009', status: 'cancelled', cancelledOn: '2024-11-03' };
    const r = invoicesAndCreditNotes([monthlyNov, cancelled], NOV);
    expect([r.rows.length, r.totals.cancelled, r.totals.inclTax.toFixed(2)]).toEqual([2, 1, '49.90']);
    expect(subscriptionSales([monthlyNov, cancelled], NOV).rows.length).toBe(1);
  });

  it('lists payments, refunds, direct debits and rejections, money out negative', () => {
    const r = paymentsAndRefunds(gymDocuments, NOV);
    expect(r.rows.map((x) => [x.date, x.kind, x.method, x.customer.id, x.amount.toFixed(2), x.unallocated.toFixed(2), x.invoices.join(' '), x.reference ?? ''])).toEqual([
      ['2024-11-04', 'payment', 'voucher', 'C0001', '30.00', '0.00', 'FA2024-0005', 'CPN-778'],
      ['2024-11-04', 'payment', 'card', 'C0001', '93.00', '0.00', 'FA2024-0005', ''],
      ['2024-11-05', 'direct-debit', 'direct-debit', 'C0002', '49.90', '0.00', 'FA2024-0003', 'RUM-0002'],
      ['2024-11-05', 'direct-debit', 'direct-debit', 'C0003', '45.00', '0.00', 'FA2024-0004', 'RUM-0003'],
      ['2024-11-12', 'rejection', 'direct-debit', 'C0002', '-49.90', '0.00', 'FA2024-0003', 'AM04'],
    ]);
    expect([r.totals.received.toFixed(2), r.totals.refunded.toFixed(2), r.totals.rejected.toFixed(2), r.totals.net.toFixed(2)]).toEqual(['217.90', '0.00', '49.90', '168.00']);
    const april = paymentsAndRefunds(gymDocuments, { period: { from: '2025-04-01', to: '2025-04-30' } });
    expect(april.rows.map((x) => [x.kind, x.amount.toFixed(2), x.invoices.join()])).toEqual([['refund', '-323.84', 'AV2025-0001']]);
  });

  it('shows the unallocated part of a payment', () => {
    const r = paymentsAndRefunds([annual, { ...payment, amount: '650.00' }], { period: { from: '2024-10-01', to: '2024-10-31' } });
    expect([r.rows[0]!.allocated.toFixed(2), r.rows[0]!.unallocated.toFixed(2)]).toEqual(['600.00', '50.00']);
  });

  it('lists voucher usages with their settlement', () => {
    const r = voucherUsages(gymDocuments, NOV);
    expect(r.rows.map((x) => [x.date, x.customer.id, x.amount.toFixed(2), x.reference, x.settlement, x.settledOn, x.issuer])).toEqual([['2024-11-04', 'C0001', '30.00', 'CPN-778', 'vs-1', '2024-11-30', 'ANCV']]);
    expect([r.totals.settled.toFixed(2), r.totals.unsettled.toFixed(2)]).toEqual(['30.00', '0.00']);
    expect(voucherUsages(gymDocuments, { ...NOV, methods: ['voucher', 'card'] }).rows.length).toBe(2);
  });
});

describe('direct-debit reports', () => {
  it('lists the direct debits by collection date with their status', () => {
    const r = directDebitsByDate(gymDocuments, { period: { from: '2024-10-01', to: '2024-11-30' } });
    expect(r.rows.map((x) => [x.date, x.batchNumber, x.customer.id, x.mandate, x.sequence, x.amount.toFixed(2), x.status, x.reason ?? ''])).toEqual([
      ['2024-10-05', 'PRLV-2024-10', 'C0002', 'RUM-0002', 'FRST', '49.90', 'collected', ''],
      ['2024-11-05', 'PRLV-2024-11', 'C0002', 'RUM-0002', 'RCUR', '49.90', 'rejected', 'AM04'],
      ['2024-11-05', 'PRLV-2024-11', 'C0003', 'RUM-0003', 'FRST', '45.00', 'collected', ''],
    ]);
    expect([r.totals.count, r.totals.amount.toFixed(2), r.totals.rejectedCount, r.totals.collected.toFixed(2)]).toEqual([3, '144.80', 1, '94.90']);
  });

  it('lays out one batch: NbOfTxs and CtrlSum', () => {
    const r = directDebitBatchReport(gymDocuments, { batch: 'dd-2024-11' });
    expect([r.batch.messageId, r.batch.collectionDate, r.batch.creditor.creditorId, r.batch.localInstrument, r.totals.count, r.totals.amount.toFixed(2)]).toEqual(['PRLV-2024-11', '2024-11-05', 'FR72ZZZ123456', 'CORE', 2, '94.90']);
    expect(r.rows.map((x) => [x.customer.id, x.iban, x.bic ?? '', x.mandate, x.signedOn, x.label ?? '', x.invoices.join(), x.status])).toEqual([
      ['C0002', 'FR1420041010050500013M02606', '', 'RUM-0002', '2024-09-20', 'Abonnement novembre', 'FA2024-0003', 'rejected'],
      ['C0003', 'FR7630006000011234567890189', 'AGRIFRPP', 'RUM-0003', '2024-11-01', '', 'FA2024-0004', 'collected'],
    ]);
  });

  it('lists the rejections with reason and fees', () => {
    const r = directDebitRejections(gymDocuments, NOV);
    expect(r.rows.map((x) => [x.date, x.customer.id, x.mandate, x.batchNumber, x.collectionDate, x.amount.toFixed(2), x.reason, x.fees.toFixed(2), x.rebilled])).toEqual([
      ['2024-11-12', 'C0002', 'RUM-0002', 'PRLV-2024-11', '2024-11-05', '49.90', 'AM04', '5.00', false],
    ]);
    expect(rejectionReasonLabel('AM04')).toBe('Provision insuffisante');
    expect(rejectionReasonLabel('AM04', 'en')).toBe('Insufficient funds');
  });

  it('finds the members newly on direct debit', () => {
    const r = newDirectDebitCustomers(gymDocuments, NOV);
    expect(r.rows.map((x) => [x.customer.id, x.mandate, x.signedOn, x.firstCollection, x.sequence, x.amount.toFixed(2)])).toEqual([['C0003', 'RUM-0003', '2024-11-01', '2024-11-05', 'FRST', '45.00']]);
    // without the October batch, C0002 looks new in November
    expect(newDirectDebitCustomers(gymDocuments.filter((d) => d !== gymDocuments[13]), NOV).rows.map((x) => x.customer.id)).toEqual(['C0002', 'C0003']);
  });

  it('counts incidents by payment method', () => {
    const r = incidentsByPaymentMethod(gymDocuments, NOV);
    expect(r.rows.map((x) => [x.method, x.payments, x.amount.toFixed(2), x.incidents, x.incidentAmount.toFixed(2), x.fees.toFixed(2), x.rate.toFixed(2), x.amountRate.toFixed(2)])).toEqual([
      ['card', 1, '93.00', 0, '0.00', '0.00', '0.00', '0.00'],
      ['direct-debit', 2, '94.90', 1, '49.90', '5.00', '50.00', '52.58'],
      ['voucher', 1, '30.00', 0, '0.00', '0.00', '0.00', '0.00'],
    ]);
    expect([r.totals.payments, r.totals.incidents, r.totals.rate.toFixed(2), r.totals.amountRate.toFixed(2)]).toEqual([4, 1, '25.00', '22.90']);
  });
});

describe('book-based reports', () => {
  const book = post(postable(gymDocuments) as Iterable<PostableDocument>, vatOnInvoice).transactions;

  it('lists the members still unpaid after a rejection, until they pay', () => {
    const r = membersInIncident(gymDocuments, book, { asOf: '2024-11-30' });
    expect(r.rows.map((x) => [x.customer.id, x.rejections, x.lastRejection, x.lastReason, x.rejected.toFixed(2), x.fees.toFixed(2), x.unpaid.toFixed(2), x.balance.toFixed(2)])).toEqual([
      ['C0002', 1, '2024-11-12', 'AM04', '49.90', '5.00', '49.90', '49.90'],
    ]);
    expect(membersInIncident(gymDocuments, book, { asOf: '2024-11-11' }).rows).toEqual([]);
    const paidAgain = [...gymDocuments, { type: 'payment', id: 'pay-9', date: '2024-11-20', method: 'card', amount: '49.90', customer: { id: 'C0002', name: 'MARTIN Léa' }, allocations: [{ invoice: 'inv-3', amount: '49.90' }] }];
    expect(membersInIncident(paidAgain, post(postable(paidAgain) as Iterable<PostableDocument>, vatOnInvoice).transactions, { asOf: '2024-11-30' }).rows).toEqual([]);
  });

  it('counts re-billed fees as unpaid', () => {
    const docs = gymDocuments.map((d) => (d === rejection ? { ...rejection, rebilled: true } : d));
    const r = membersInIncident(docs, post(postable(docs) as Iterable<PostableDocument>, vatOnInvoice).transactions, { asOf: '2024-11-30' });
    expect(r.rows.map((x) => [x.unpaid.toFixed(2), x.balance.toFixed(2)])).toEqual([['54.90', '54.90']]);
  });

  it('lets a member leave once a payment allocated to the rejection pays the re-billed fee, and lists the rejection number with the payment', () => {
    const docs = [
      ...gymDocuments.map((d) => (d === rejection ? { ...rejection, number: 'REJ-1', rebilled: true } : d)),
      { type: 'payment', id: 'pay-9', date: '2024-11-20', method: 'card', amount: '54.90', customer: { id: 'C0002', name: 'MARTIN Léa' }, allocations: [{ invoice: 'inv-3', amount: '49.90' }, { rejection: 'rj-1', amount: '5.00' }] },
    ];
    expect(membersInIncident(docs, post(postable(docs) as Iterable<PostableDocument>, vatOnInvoice).transactions, { asOf: '2024-11-30' }).rows).toEqual([]);
    const row = paymentsAndRefunds(docs, NOV).rows.find((x) => x.id === 'pay-9')!;
    expect([row.allocated.toFixed(2), row.unallocated.toFixed(2), row.invoices]).toEqual(['54.90', '0.00', ['FA2024-0003', 'REJ-1']]);
  });

  it('reads the unpaid invoices and balances from the ledger reports', () => {
    const items = openItems(book, { asOf: '2024-11-30' });
    expect(items.items.map((i) => [i.auxiliary.number, i.documentNumber, i.side, i.remaining.toFixed(2)])).toEqual([
      ['C0002', 'FA2024-0003', 'debit', '49.90'],
      ['C0003', 'FA2024-0004', 'debit', '495.00'],
    ]);
    expect(customerBalances(book, { asOf: '2024-11-30' }).totals.balance.debit.toFixed(2)).toBe('544.90');
  });
});

describe('dashboard indicators', () => {
  it('sums the revenue, counts and money of a period', () => {
    const book = post(postable(gymDocuments) as Iterable<PostableDocument>, vatOnInvoice).transactions;
    const d = dashboardIndicators(gymDocuments, book, NOV);
    expect({
      revenueExclTax: d.revenueExclTax.toFixed(2), vat: d.vat.toFixed(2), revenueInclTax: d.revenueInclTax.toFixed(2),
      subscriptionRevenue: d.subscriptionRevenue.toFixed(2), sessionRevenue: d.sessionRevenue.toFixed(2), otherRevenue: d.otherRevenue.toFixed(2),
      invoices: d.invoices, creditNotes: d.creditNotes, averageBasket: d.averageBasket.toFixed(2), subscriptionsSold: d.subscriptionsSold, sessionsSold: d.sessionsSold,
      cancellations: d.cancellations, activeMembers: d.activeMembers, received: d.received.toFixed(2), refunded: d.refunded.toFixed(2),
      directDebits: d.directDebits.toFixed(2), directDebitCount: d.directDebitCount, rejected: d.rejected.toFixed(2), rejections: d.rejections,
      rejectionRate: d.rejectionRate.toFixed(2), vouchers: d.vouchers.toFixed(2),
    }).toEqual({
      revenueExclTax: '594.42', vat: '118.48', revenueInclTax: '712.90', subscriptionRevenue: '491.58', sessionRevenue: '100.00', otherRevenue: '2.84',
      invoices: 3, creditNotes: 0, averageBasket: '237.63', subscriptionsSold: 2, sessionsSold: 10, cancellations: 0, activeMembers: 2,
      received: '217.90', refunded: '0.00', directDebits: '94.90', directDebitCount: 2, rejected: '49.90', rejections: 1, rejectionRate: '50.00', vouchers: '30.00',
    });
    const march = dashboardIndicators(gymDocuments, book, { period: { from: '2025-03-01', to: '2025-03-31' } });
    expect([march.revenueInclTax.toFixed(2), march.creditNotes, march.cancellations, march.activeMembers, march.averageBasket.toFixed(2)]).toEqual(['-323.84', 1, 1, 2, '0.00']);
  });

  it("counts the shop till and re-billed fees in revenue: the period's whole class-7 movement, before and after deferred revenue", () => {
    const till = {
      type: 'till-closing', id: 'z-1', till: 'BOUTIQUE', day: '2024-11-15',
      tickets: [{ id: 't1', number: 'T-0001', lines: [{ label: 'Barre protéinée', account: '707100', quantity: '4', unitPrice: '2.11', vatRate: '5.5' }, { label: 'Gourde', account: '707200', quantity: '1', unitPrice: '12.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '20.44' }] }],
      countedCash: '20.44',
    };
    const docs = [...gymDocuments.map((d) => (d === rejection ? { ...rejection, rebilled: true } : d)), till];
    const posted = post(postable(docs) as Iterable<PostableDocument>, vatOnInvoice).transactions;
    const [deferral] = deferralTransactions(deferredRevenue(docs, { cutoff: '2024-11-30' }), { nextNumbers: { OD: 900 } });
    const book = createBook([...posted, deferral!]);
    const d = dashboardIndicators(docs, book, NOV);
    const class7 = (txs: ReadonlyArray<Transaction>): string =>
      trialBalance(createBook(txs), NOV).rows.filter((r) => r.account.startsWith('7')).reduce((s, r) => s.plus(r.movements.credit).minus(r.movements.debit), new Decimal(0)).toFixed(2);
    // 594.42 of invoices + the till (8.00 + 10.00 excl. tax) + 5.00 of fees re-billed (7088).
    expect([d.revenueExclTax.toFixed(2), d.otherRevenue.toFixed(2)]).toEqual(['617.42', '25.84']);
    expect(d.revenueExclTax.toFixed(2)).toBe(class7(posted));
    expect(d.deferral.toFixed(2)).toBe(deferral!.entries.filter((e) => e.account.startsWith('7')).reduce((s, e) => s.minus(e.amount), new Decimal(0)).toFixed(2));
    expect(d.revenueAfterDeferral.toFixed(2)).toBe(class7([...posted, deferral!]));
    expect(d.revenueInclTax.minus(d.revenueExclTax).toFixed(2)).toBe(d.vat.toFixed(2));
  });
});

describe('bad input', () => {
  it('refuses a cancellation of an invoice not among the documents', () => {
    expect(issuesOf(() => subscriptionCancellations([cancellation], NOV))).toEqual(['unknown_document@0.invoice']);
  });

  it('refuses a cancellation of a line the invoice does not have', () => {
    expect(issuesOf(() => subscriptionCancellations([annual, { ...cancellation, line: 'l9', creditNote: undefined, refund: undefined }], NOV))).toEqual(['unknown_item@1.line']);
  });

  it('refuses a cancellation of a line that is not a subscription, or cancelled twice', () => {
    expect(issuesOf(() => subscriptionCancellations([pack, { ...cancellation, invoice: 'inv-5', line: 'p1', creditNote: undefined, refund: undefined }], NOV))).toEqual(['not_a_subscription@1.line']);
    const plain = { type: 'subscription-cancellation', id: 'res-2', date: '2025-01-10', invoice: 'inv-1', line: 'l1', reason: 'Santé' };
    expect(issuesOf(() => subscriptionCancellations([annual, plain, { ...plain, id: 'res-3' }], NOV))).toEqual(['invalid_input@2.line']);
  });

  it('refuses a cancellation whose credit note or refund is unknown or of the wrong kind', () => {
    expect(issuesOf(() => subscriptionCancellations([annual, cancellation], NOV))).toEqual(['unknown_document@1.creditNote']);
    expect(issuesOf(() => subscriptionCancellations([annual, creditNote, { ...cancellation, refund: 'pay-1' }, payment], NOV))).toEqual(['invalid_input@2.refund']);
    expect(issuesOf(() => subscriptionCancellations([annual, monthlyNov, { ...cancellation, creditNote: 'inv-3', refund: undefined }], NOV))).toEqual(['invalid_input@2.creditNote']);
  });

  it('refuses a period ending before it starts', () => {
    for (const report of [subscriptionSales, sessionsSold, invoicesAndCreditNotes, paymentsAndRefunds, directDebitsByDate, directDebitRejections, newDirectDebitCustomers, incidentsByPaymentMethod, subscriptionCancellations, voucherUsages]) {
      expect(issuesOf(() => report(gymDocuments, { period: { from: '2024-11-30', to: '2024-11-01' } }))).toEqual(['invalid_period@period']);
    }
    expect(issuesOf(() => dashboardIndicators(gymDocuments, [], { period: { from: '2024-11-30', to: '2024-11-01' } }))).toEqual(['invalid_period@period']);
    // The dashboard's book must be in the rules' currency.
    const dollars = post(postable(gymDocuments) as Iterable<PostableDocument>, defaultRules({ vatExigibility: 'on-invoice', currency: 'USD' })).transactions;
    expect(issuesOf(() => dashboardIndicators(gymDocuments, dollars, NOV))).toEqual(['invalid_option@book']);
    expect(issuesOf(() => subscriptionSales(gymDocuments, { period: { from: '2024-11-31', to: '2024-12-01' } }))).toEqual(['invalid_date@period.from']);
    expect(issuesOf(() => subscriptionSales(gymDocuments, {} as never))).toEqual(['invalid_period@period']);
  });

  it('refuses a bad date or option', () => {
    expect(issuesOf(() => activeSubscriptions(gymDocuments, { asOf: '2024-13-01' }))).toEqual(['invalid_date@asOf']);
    expect(issuesOf(() => activeSubscriptions(gymDocuments, { asOf: '2024-12-01', include: 'past' as never }))).toEqual(['invalid_option@include']);
    expect(issuesOf(() => expiringSubscriptions(gymDocuments, { asOf: '2024-12-01', days: -1 }))).toEqual(['invalid_option@days']);
    expect(issuesOf(() => expiringSubscriptions(gymDocuments, { asOf: '2024-12-01', days: 1.5 }))).toEqual(['invalid_option@days']);
    expect(issuesOf(() => voucherUsages(gymDocuments, { ...NOV, methods: [] }))).toEqual(['invalid_option@methods']);
    expect(issuesOf(() => directDebitBatchReport(gymDocuments, { batch: 'dd-1999' }))).toEqual(['unknown_document@batch']);
    expect(issuesOf(() => subscriptionSales(gymDocuments, { ...NOV, rules: {} as never }))).toEqual(['invalid_option@rules']);
  });

  it('lists every invalid document with its index path, at once', () => {
    const docs = [annual, { ...payment, amount: '-5' }, { type: 'quote', id: 'q1' }, 42, { ...rejection, batch: 'dd-1999' }, { ...rejection, id: 'rj-2', item: 'i9' }, novemberBatch, { ...usages[0], id: 'use-9', invoice: 'inv-404' }, { ...annual }];
    expect(issuesOf(() => subscriptionSales(docs, NOV))).toEqual([
      'negative_amount@1.amount',
      'invalid_input@2.type',
      'invalid_input@3',
      'duplicate_document@8.id',
      'unknown_document@4.batch',
      'unknown_item@5.item',
      'unknown_document@7.invoice',
    ]);
  });

  it('refuses a debit rejected twice and a session used beyond the pack', () => {
    expect(issuesOf(() => directDebitRejections([novemberBatch, rejection, { ...rejection, id: 'rj-2' }], NOV))).toEqual(['invalid_input@2.item']);
    const many = Array.from({ length: 11 }, (_, k) => ({ type: 'session-usage', id: `u${k}`, invoice: 'inv-5', line: 'p1', date: '2024-11-10' }));
    expect(issuesOf(() => sessionsSold([pack, ...many], NOV))).toEqual(['invalid_usage@11']);
  });
});

describe('amounts finer than the currency, and usages of a line that sold no sessions', () => {
  it.each<[string, unknown[], string]>([
    ['a payment amount with 3 decimals', [annual, { ...payment, amount: '600.001', allocations: [{ invoice: 'inv-1', amount: '600.00' }] }], 'too_many_decimals@1.amount'],
    ['an allocation with 3 decimals', [annual, { ...payment, allocations: [{ invoice: 'inv-1', amount: '600.001' }] }], 'too_many_decimals@1.amount'],
    ['a direct-debit amount with 3 decimals', [monthlyNov, upcoming, { ...novemberBatch, items: [{ ...novemberBatch.items[0], amount: '49.901' }, novemberBatch.items[1]] }], 'too_many_decimals@2.items.0.amount'],
    ['rejection fees with 3 decimals', [monthlyNov, upcoming, novemberBatch, { ...rejection, fees: '5.001' }], 'too_many_decimals@3.fees'],
    ['an invoice unit price with 3 decimals', [{ ...annual, lines: [{ ...annual.lines[0], unitPrice: '600.001' }] }], 'too_many_decimals@0.lines.0.unitPrice'],
    ['a session usage of a line that sold no sessions', [annual, { ...usages[0], invoice: 'inv-1', line: 'l1' }], 'invalid_usage@1.line'],
  ])('refuses %s', (_, docs, issue) => {
    expect(issuesOf(() => sessionsSold(docs, NOV))).toContain(issue);
  });

  it('converts a payment in another currency to the book currency (USD 100.00 × 0.9 = EUR 90.00), and refuses one beyond the safe range', () => {
    const usd = { ...payment, id: 'pay-usd', date: '2024-11-10', currency: 'USD', exchangeRate: '0.9', amount: '100.00', allocations: [] };
    const r = paymentsAndRefunds([usd], NOV);
    expect(r.rows.map((row) => [row.id, row.amount.toFixed(2), row.unallocated.toFixed(2)])).toEqual([['pay-usd', '90.00', '90.00']]);
    expect(issuesOf(() => paymentsAndRefunds([{ ...payment, amount: '99999999999999999.00', allocations: [] }], NOV))).toEqual(['amount_overflow@0.amount']);
  });

  it('refuses documents that are not an iterable, and a report date left out', () => {
    expect(issuesOf(() => subscriptionSales(42 as never, NOV))).toEqual(['invalid_input@']);
    expect(issuesOf(() => activeSubscriptions(gymDocuments, {} as never))).toEqual(['invalid_date@asOf']);
  });

  it('converts an invoice in another currency to the book currency at its exchange rate (USD 100.00 × 0.9 = EUR 90.00)', () => {
    const usd = { ...monthlyNov, currency: 'USD', exchangeRate: '0.9', lines: [{ ...monthlyNov.lines[0], unitPrice: '100.00' }] };
    const r = invoicesAndCreditNotes([usd], NOV);
    expect(r.rows.map((row) => row.inclTax.toFixed(2))).toEqual(['90.00']);
  });
});

describe('purity', () => {
  it('never mutates the documents (deeply frozen input, same result as a copy)', () => {
    const frozen = deepFreeze(structuredClone(gymDocuments) as unknown[]);
    const copy = structuredClone(gymDocuments) as unknown[];
    const book = post(postable(copy) as Iterable<PostableDocument>, vatOnInvoice).transactions;
    const runs = (docs: unknown[]) => [
      subscriptionSales(docs, NOV), sessionsSold(docs, NOV), activeSubscriptions(docs, { asOf: '2024-12-31' }), expiringSubscriptions(docs, { asOf: '2024-11-20', days: 30 }),
      subscriptionCancellations(docs, { period: { from: '2025-01-01', to: '2025-12-31' } }), invoicesAndCreditNotes(docs, NOV), paymentsAndRefunds(docs, NOV), voucherUsages(docs, NOV),
      directDebitsByDate(docs, NOV), directDebitBatchReport(docs, { batch: 'dd-2024-11' }), directDebitRejections(docs, NOV), newDirectDebitCustomers(docs, NOV),
      incidentsByPaymentMethod(docs, NOV), membersInIncident(docs, book, { asOf: '2024-11-30' }), dashboardIndicators(docs, book, NOV),
    ];
    expect(JSON.stringify(runs(frozen))).toBe(JSON.stringify(runs(copy)));
    expect(frozen).toEqual(gymDocuments);
    expect(copy).toEqual(gymDocuments);
  });

  it('returns frozen reports', () => {
    const r = subscriptionSales(gymDocuments, NOV);
    expect(Object.isFrozen(r) && Object.isFrozen(r.rows) && Object.isFrozen(r.rows[0]) && Object.isFrozen(r.totals)).toBe(true);
  });

  it('reads any iterable once', () => {
    let reads = 0;
    const once = { *[Symbol.iterator]() { reads++; yield* gymDocuments; } };
    subscriptionSales(once, NOV);
    expect(reads).toBe(1);
    expect(refund.allocations.length).toBe(1);
  });
});
