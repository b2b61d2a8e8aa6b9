// @ts-nocheck
// One account, one number: defaultRules({ accountWidth }) pads every account
// the rules name, and post pads the accounts the documents give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountNumberClashes, createBook, createChart, defaultChart, defaultRules, deferralTransactions, deferredRevenue, lockPeriod, padAccountNumber, post, safePost, type Transaction } from '../../src/index.js';
import { purchasesArbitrary, salesArbitrary } from '../../src/testing/index.js';
import { dupont, firstIssue, invoice, line, payment, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const RULES6 = defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6 });

/** A transaction with every general account padded to `width` (what posting with that width should give). */
function padded(tx: Transaction, width: number): unknown {
  const plain = JSON.parse(JSON.stringify(tx)) as { entries: Array<{ account: string }> };
  for (const e of plain.entries) e.account = padAccountNumber(e.account, width);
  return plain;
}

describe('defaultRules({ accountWidth })', () => {
  it('keeps the PCG numbers without a width', () => {
    const r = defaultRules({ vatExigibility: 'on-invoice' });
    expect([r.accounts.customers, r.accounts.bank, r.accounts.deposits, r.vatCollected['20'], r.vatPending, r.paymentMethods.card!.account]).toEqual(['411', '512', '4191', '445711', '44574', '5115']);
    expect(r.accountWidth).toBeUndefined();
    expect('accountWidth' in r).toBe(false);
    expect(r.chart).toBe(defaultChart());
  });

  it('pads every account the rules name (worked vectors)', () => {
    const r = RULES6;
    expect(r.accountWidth).toBe(6);
    expect(r.accounts).toMatchObject({ services: '706000', customers: '411000', deposits: '419100', bank: '512000', cash: '530000', cheques: '511200', cards: '511500', vatDeductible: '445660', vatDeductiblePending: '445680', deferredRevenue: '487000' });
    for (const [k, v] of Object.entries(r.accounts)) expect(v, k).toHaveLength(6);
    expect(r.vatCollected).toEqual({ '20': '445711', '10': '445712', '5.5': '445713', '2.1': '445714' });
    expect(r.vatPending).toBe('445740');
    expect(r.paymentMethods.card).toEqual({ account: '511500', journal: 'bank', clearing: true, label: 'CB' });
    expect(r.paymentMethods.transfer!.account).toBe('512000');
    expect(r.paymentMethods.cash).toMatchObject({ account: '530000', journal: 'cash' });
    expect(r.chart).toBe(defaultChart({ accountWidth: 6 }));
    expect(lockPeriod(r, '2024-01-31').accountWidth).toBe(6);
  });

  it('pads overrides too: 44571 → 445710, 5121 → 512100, a method on 530 stays the cash method', () => {
    const r = defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6, vatCollected: { '20': '44571' }, vatPending: { '20': '44574', '10': '44574', '5.5': '44574', '2.1': '44574' }, accounts: { bank: '5121' }, paymentMethods: { caisse2: '530', twint: { account: '5117', clearing: true } } });
    expect([r.vatCollected['20'], r.accounts.bank, r.paymentMethods.transfer!.account, r.paymentMethods.twint!.account]).toEqual(['445710', '512100', '512100', '511700']);
    expect(r.vatPending).toEqual({ '20': '445740', '10': '445740', '5.5': '445740', '2.1': '445740' });
    expect(r.paymentMethods.caisse2).toMatchObject({ account: '530000', journal: 'cash' });
  });

  it('refuses a rule account longer than the width, a bad width and a chart of another width, by code', () => {
    const long = firstIssue(() => defaultRules({ accountWidth: 6, accounts: { bank: '5121000' } }));
    expect([long.code, long.path]).toEqual(['account_too_long', ['accounts', 'bank']]);
    const narrow = firstIssue(() => defaultRules({ accountWidth: 5 }));
    expect(narrow.code).toBe('account_too_long');
    expect(narrow.path).toEqual(['vatCollected', '10']);
    for (const w of [2, 21, 5.5]) expect(firstIssue(() => defaultRules({ accountWidth: w })).code).toBe('invalid_option');
    const chart = firstIssue(() => defaultRules({ accountWidth: 8, chart: defaultChart({ accountWidth: 6 }) }));
    expect([chart.code, chart.path]).toEqual(['invalid_option', ['chart']]);
    // A chart without a width works with any width: coverage ignores trailing zeros.
    expect(defaultRules({ vatExigibility: 'on-invoice', accountWidth: 8, chart: createChart([{ number: '7061', label: 'Abonnements' }], { base: defaultChart() }) }).accounts.customers).toBe('41100000');
  });
});

describe('post with rules.accountWidth', () => {
  it("pads the documents' own accounts: lines, customer accounts, remittance bank accounts", () => {
    const docs = [
      invoice('inv-1', '2024-03-01', [line('120.00', '20', { account: '706' }), line('60.00', '20', { account: '7061' })], { customer: { ...dupont, account: '4111' } }),
      payment('pay-1', '2024-03-05', '180.00', [['inv-1', '180.00']], { method: 'cheque', customer: { ...dupont, account: '4111' } }),
      { type: 'remittance', id: 'rem-1', date: '2024-03-06', method: 'cheque', amount: '180.00', payments: ['pay-1'], bankAccount: '5121' },
    ];
    const [sale, pay, rem] = post(docs, RULES6).transactions;
    expect(rows(sale!)).toEqual(['411100 D 180.00 C0001 @inv-1', '706000 C 100.00', '706100 C 50.00', '445711 C 30.00 vat20/150.00']);
    expect(rows(pay!)).toEqual(['511200 D 180.00 @pay-1', '411100 C 180.00 C0001 @inv-1']);
    expect(rows(rem!)).toEqual(['512100 D 180.00', '511200 C 180.00 @pay-1']);
    // Without a width the same documents keep their numbers.
    expect(rows(post(docs, vatOnInvoice).transactions[0]!).slice(0, 3)).toEqual(['4111 D 180.00 C0001 @inv-1', '706 C 100.00', '7061 C 50.00']);
  });

  it("refuses a document's account longer than the width, at the document's path", () => {
    const r = safePost(
      [
        invoice('inv-1', '2024-03-01', [line('10.00', '20', { account: '7061000' })]),
        invoice('inv-2', '2024-03-01', [line('10.00')], { customer: { ...dupont, account: '4111000' } }),
        { type: 'remittance', id: 'rem-1', date: '2024-03-06', method: 'cheque', amount: '10.00', bankAccount: '5121000' },
      ],
      RULES6,
    );
    expect(r.failures.map((f) => f.issues.map((i) => [i.code, i.path]))).toEqual([
      [['account_too_long', [0, 'lines', 0, 'account']]],
      [['account_too_long', [1, 'customer', 'account']]],
      [['account_too_long', [2, 'bankAccount']]],
    ]);
  });

  it('deferred revenue and its deferral use the padded revenue account, as the invoice posted it', () => {
    const doc = invoice('inv-1', '2024-10-01', [line('120.00', '20', { account: '706', servicePeriod: { from: '2024-10-01', to: '2025-09-30' } })]);
    const posted = post([doc], RULES6).transactions[0]!;
    const report = deferredRevenue([doc], { cutoff: '2024-12-31', rules: RULES6 });
    expect(report.accounts.map((a) => a.account)).toEqual(['706000']);
    const [deferral] = deferralTransactions(report, { rules: RULES6 });
    expect(deferral!.entries.map((e) => e.account)).toEqual(['706000', '487000']);
    expect(posted.entries.map((e) => e.account)).toContain('706000');
    expect(accountNumberClashes(createBook([posted, deferral!]))).toEqual([]);
  });

  describe('properties', () => {
    it('posting with a width is posting without one, every general account then padded (sales and purchases)', () => {
      fc.assert(
        fc.property(salesArbitrary(), purchasesArbitrary(), (sales, purchases) => {
          const docs = [...sales, ...purchases];
          const plain = post(docs, vatOnInvoice).transactions;
          const wide = post(docs, RULES6).transactions;
          expect(JSON.parse(JSON.stringify(wide))).toEqual(plain.map((t) => padded(t, 6)));
        }),
        { numRuns: 30 },
      );
    });

    it('a book of transactions posted with a width has no two numbers of one account', () => {
      fc.assert(
        fc.property(salesArbitrary(), (docs) => {
          const txs = post(docs, RULES6).transactions;
          for (const t of txs) for (const e of t.entries) expect(e.account).toHaveLength(6);
          expect(accountNumberClashes(createBook(txs))).toEqual([]);
        }),
        { numRuns: 30 },
      );
    });
  });
});
