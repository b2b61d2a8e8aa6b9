// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBook, createTransaction, Decimal, trialBalance, VAT_SETTLEMENT_TYPE, type Transaction } from '../../src/index.js';
import { defaultRules, post } from '../../src/posting/index.js';
import { vatSynthesis, type VatAmounts } from '../../src/tax/index.js';
import { codeOf, dateArb, deepFreeze, invoice, invoicesArb } from '../revenue/_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

const fig = (a: VatAmounts) => [a.base.toFixed(2), a.vat.toFixed(2), a.total.toFixed(2)];
const NOV = { period: { from: '2024-11-01', to: '2024-11-30' } };
const martin = { id: 'C1', name: 'MARTIN' };

/** TV4: a campsite invoice with tourist tax. */
const tv4 = () =>
  invoice(
    'tv4',
    '2024-07-20',
    [
      { label: 'Hébergement', account: '706000', unitPrice: '450.00', vatRate: '10' },
      { label: 'Draps', account: '708000', unitPrice: '15.00', vatRate: '20' },
      { label: 'Pain', account: '707000', unitPrice: '3.20', vatRate: '5.5' },
      { label: 'Taxe de séjour', account: undefined, vatRate: undefined, kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
    ],
    { customer: martin },
  );

/** A month of documents of every kind. */
const mixed = () => [
  invoice('f1', '2024-11-05', [{ unitPrice: '120.00' }, { account: '706300', unitPrice: '50.00', vatRate: '0', exemption: 'intra-eu' }], { status: 'paid' }),
  invoice('a1', '2024-11-10', [{ unitPrice: '60.00' }], { kind: 'credit-note' }),
  invoice('d1', '2024-11-12', [{ unitPrice: '24.00' }], { kind: 'deposit' }),
  invoice('p1', '2024-11-12', [{ unitPrice: '999.00' }], { kind: 'proforma' }),
  invoice('x1', '2024-11-12', [{ unitPrice: '999.00' }], { status: 'draft' }),
  {
    type: 'till-closing',
    id: 'z1',
    till: 'T1',
    day: '2024-11-15',
    tickets: [{ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }],
  },
  { type: 'purchase', id: 'ac1', number: 'EDF1', date: '2024-11-20', supplier: { id: 'F1', name: 'EDF' }, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] },
];

/** Credit − debit movements (or debit − credit) of the accounts under some prefixes over a period, from the trial balance. */
function movements(txs: Iterable<Transaction>, period: { from: string; to: string }, prefixes: string[], side: 'credit' | 'debit'): { movements: Decimal; closing: Decimal } {
  const tb = trialBalance(txs, { period });
  let m = new Decimal(0);
  let c = new Decimal(0);
  for (const r of tb.rows) {
    if (!prefixes.some((p) => r.account.startsWith(p))) continue;
    const net = (p: { debit: Decimal; credit: Decimal }) => (side === 'credit' ? p.credit.minus(p.debit) : p.debit.minus(p.credit));
    m = m.plus(net(r.movements));
    c = c.plus(net(r.closing));
  }
  return { movements: m, closing: c };
}

describe('vatSynthesis', () => {
  it('shows the VAT regularised on a write-off apart from VAT collected, and deducts it from the VAT due', () => {
    const inv = invoice('f1', '2024-11-05', [{ unitPrice: '120.00' }]);
    const wo = { type: 'write-off', id: 'wo1', date: '2024-11-28', customer: inv.customer, invoice: 'f1', amount: '60.00' };
    const { transactions } = post([inv, wo], vatOnInvoice);
    const s = vatSynthesis(transactions, NOV);
    expect(fig(s.collected)).toEqual(['100.00', '20.00', '120.00']);
    expect(fig(s.writeOffs)).toEqual(['50.00', '10.00', '60.00']);
    expect(s.rates.map((r) => [r.rate, r.collected.vat.toFixed(2), r.writeOffs?.vat.toFixed(2)])).toEqual([['20', '20.00', '10.00']]);
    expect(s.collectedByType.map((t) => [t.type, t.vat.toFixed(2)])).toEqual([['sale', '20.00']]);
    expect(s.netVatDue.toFixed(2)).toBe('10.00');
    // Without write-offs, rows carry no writeOffs and the total is zero.
    const plain = vatSynthesis(post([inv], vatOnInvoice).transactions, NOV);
    expect([plain.rates[0]!.writeOffs, fig(plain.writeOffs)]).toEqual([undefined, ['0.00', '0.00', '0.00']]);
  });

  it('pins TV4: VAT by rate, collected 43.58, tourist tax apart', () => {
    const doc = tv4();
    const { transactions } = post([doc], vatOnInvoice);
    const s = vatSynthesis(transactions, [doc], { period: { from: '2024-07-01', to: '2024-07-31' }, rules: vatOnInvoice });
    expect(s.rates.map((r) => [r.rate, ...fig(r.collected)])).toEqual([
      ['20', '12.50', '2.50', '15.00'],
      ['10', '409.09', '40.91', '450.00'],
      ['5.5', '3.03', '0.17', '3.20'],
    ]);
    expect(fig(s.collected)).toEqual(['424.62', '43.58', '468.20']);
    expect(s.exemptions.map((e) => [e.reason, e.base.toFixed(2), e.lines, e.documents])).toEqual([['tourist-tax', '8.40', 1, 1]]);
    expect(s.netVatDue.toFixed(2)).toBe('43.58');
    expect([s.exigibility, s.currency, s.period]).toEqual(['on-invoice', 'EUR', { from: '2024-07-01', to: '2024-07-31' }]);
    expect(s.accounts.collected).toEqual(['445712', '445711', '445713']);
  });

  it('collects invoices, deposits and till tickets, takes credit notes off, deducts purchases; proformas and drafts are not there', () => {
    const docs = mixed();
    const { transactions } = post(docs, vatOnInvoice);
    const s = vatSynthesis(transactions, docs, NOV);
    expect(s.rates.map((r) => [r.rate, ...fig(r.collected), ...fig(r.deductible)])).toEqual([
      ['20', '70.00', '14.00', '84.00', '100.00', '20.00', '120.00'], // 100 − 50 + 20 collected
      ['5.5', '2.84', '0.16', '3.00', '0.00', '0.00', '0.00'],
    ]);
    expect(s.collectedByType.map((t) => [t.type, t.base.toFixed(2), t.vat.toFixed(2)])).toEqual([
      ['cash-closing', '2.84', '0.16'],
      ['credit-note', '-50.00', '-10.00'],
      ['deposit', '20.00', '4.00'],
      ['sale', '100.00', '20.00'],
    ]);
    expect(fig(s.deductible)).toEqual(['100.00', '20.00', '120.00']);
    expect(s.netVatDue.toFixed(2)).toBe('-5.84'); // a VAT credit
    expect(s.exemptions.map((e) => [e.reason, e.base.toFixed(2)])).toEqual([['intra-eu', '50.00']]);
    expect(s.counts).toEqual({ invoices: 1, deposits: 1, creditNotes: 1, debitNotes: 0, cancellations: 0, tillClosings: 1, tickets: 1, purchases: 1, proformas: 1, drafts: 1 });
    // Without documents the zero-rated base is there, its reason unknown.
    const bare = vatSynthesis(createBook(transactions), NOV);
    expect(bare.exemptions.map((e) => [e.reason, e.base.toFixed(2), e.lines, e.documents])).toEqual([['unspecified', '50.00', 1, 1]]);
    expect(bare.counts).toBeUndefined();
    // Another period sees nothing.
    expect(vatSynthesis(transactions, docs, { period: { from: '2024-12-01', to: '2024-12-31' } }).rates).toEqual([]);
  });

  it('reads the exempt bases of debit notes, cancellations in the period (taken off) and foreign invoices (converted at their rate)', () => {
    const exempt = (unitPrice: string) => ({ account: '706300', unitPrice, vatRate: '0', exemption: 'exempt' });
    const docs = [
      invoice('n1', '2024-11-05', [exempt('10.00')], { kind: 'debit-note' }),
      invoice('c1', '2024-10-20', [exempt('40.00')], { status: 'cancelled', cancelledOn: '2024-11-08' }),
      invoice('u1', '2024-11-09', [exempt('100.00')], { currency: 'USD', exchangeRate: '0.9' }),
    ];
    const s = vatSynthesis([], docs, NOV);
    // 10.00 + 90.00 (USD 100 × 0.9) − 40.00 cancelled in November
    expect(s.exemptions.map((e) => [e.reason, e.base.toFixed(2), e.lines, e.documents])).toEqual([['exempt', '60.00', 3, 3]]);
    expect(s.counts).toMatchObject({ invoices: 1, debitNotes: 1, cancellations: 1 });
  });

  it('refuses documents whose exempt lines it cannot read, each with its code and path', () => {
    const issuesOf = (docs: unknown[]): string[] => {
      try {
        vatSynthesis([], docs, NOV);
      } catch (error) {
        return (error as { issues: Array<{ code: string; path: Array<string | number> }> }).issues.map((i) => `${i.code}@${i.path.join('.')}`);
      }
      throw new Error('expected an AccountingError');
    };
    expect(issuesOf([invoice('x', '2024-11-31', [{}])])).toEqual(['invalid_date@0.date']);
    expect(issuesOf([{ ...invoice('x', '2024-11-05', []), lines: 'none' }])).toEqual(['invalid_input@0.lines']);
    expect(issuesOf([invoice('x', '2024-11-05', [{ vatRate: '0', exemption: 'exempt', quantity: '1,5' }])])).toEqual(['invalid_amount@0.lines.0']);
    expect(issuesOf([invoice('x', '2024-11-05', [{ vatRate: '0', exemption: 'exempt', unitPrice: '1.005' }])])).toEqual(['too_many_decimals@0.lines.0.unitPrice']);
  });

  it('on a receipt basis counts what a partial payment transferred and shows what is still pending', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt' });
    const docs = [
      invoice('f1', '2024-10-20', [{ unitPrice: '600.00' }]),
      { type: 'payment', id: 'pay1', date: '2024-11-02', method: 'transfer', amount: '240.00', customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'f1', amount: '240.00' }] },
    ];
    const { transactions } = post(docs, rules);
    const nov = vatSynthesis(transactions, docs, { ...NOV, rules });
    expect(nov.exigibility).toBe('on-receipt');
    const row = nov.rates[0]!;
    expect(row.rate).toBe('20');
    expect(fig(row.collected)).toEqual(['200.00', '40.00', '240.00']);
    expect(fig(row.pending)).toEqual(['-200.00', '-40.00', '-240.00']); // transferred out of pending VAT
    expect(fig(row.pendingAtEnd)).toEqual(['300.00', '60.00', '360.00']);
    expect(fig(nov.pending.atEnd)).toEqual(['300.00', '60.00', '360.00']);
    expect(nov.collectedByType.map((t) => t.type)).toEqual(['vat-transfer']);
    expect(nov.accounts.pending).toEqual(['44574']);
    // October: the invoice only adds pending VAT; nothing is due yet.
    const oct = vatSynthesis(transactions, docs, { period: { from: '2024-10-01', to: '2024-10-31' }, rules });
    expect([fig(oct.collected), fig(oct.pending.movements), fig(oct.pending.atEnd), oct.netVatDue.toFixed(2)]).toEqual([
      ['0.00', '0.00', '0.00'],
      ['500.00', '100.00', '600.00'],
      ['500.00', '100.00', '600.00'],
      '0.00',
    ]);
  });

  it('reads the accounts it is told to', () => {
    const docs = mixed();
    const { transactions } = post(docs, vatOnInvoice);
    const s = vatSynthesis(transactions, undefined, { ...NOV, accounts: { collected: ['445711'], deductible: [] } });
    expect(fig(s.collected)).toEqual(['70.00', '14.00', '84.00']);
    expect(fig(s.deductible)).toEqual(['0.00', '0.00', '0.00']);
    expect(s.accounts).toEqual({ collected: ['445711'], pending: [], deductible: [] });
  });

  it('reports bad input', () => {
    const { transactions } = post(mixed(), vatOnInvoice);
    expect(codeOf(() => (vatSynthesis as (b: unknown) => unknown)(transactions))).toBe('invalid_period');
    expect(codeOf(() => vatSynthesis(transactions, undefined, { period: { from: '2024-12-01', to: '2024-11-01' } }))).toBe('invalid_period');
    expect(codeOf(() => vatSynthesis(transactions, undefined, { period: { from: '2024-11-31', to: '2024-12-01' } }))).toBe('invalid_date');
    expect(codeOf(() => vatSynthesis(transactions, undefined, { ...NOV, rules: {} as never }))).toBe('invalid_option');
    expect(codeOf(() => vatSynthesis(transactions, undefined, { ...NOV, opening: 'all' as never }))).toBe('invalid_option');
    expect(codeOf(() => vatSynthesis(transactions, undefined, { ...NOV, accounts: { collected: ['TVA'] } }))).toBe('invalid_account');
    expect(codeOf(() => vatSynthesis(transactions, [{ type: 'invoice', id: 'i', date: '2024-11-31' }], NOV))).toBe('invalid_date');
    expect(codeOf(() => vatSynthesis(transactions, [invoice('e', '2024-11-02', [{ vatRate: '0', exemption: 'exempt', unitPrice: '1e3' }])], NOV))).toBe('invalid_amount');
    expect(codeOf(() => vatSynthesis(transactions, [invoice('e', '2024-11-02', [{ vatRate: '0', exemption: 'exempt', unitPrice: '1.005' }])], NOV))).toBe('too_many_decimals');
  });

  it('does not mutate its input', () => {
    const docs = deepFreeze(mixed());
    const copy = structuredClone(docs);
    const { transactions } = post(docs, vatOnInvoice);
    vatSynthesis(transactions, docs, NOV);
    expect(docs).toEqual(copy);
  });

  it("leaves the return's clearing entry (vat-settlement) out: the month reads the same once its CA3 is booked", () => {
    const docs = mixed();
    const { transactions } = post(docs, vatOnInvoice);
    const before = vatSynthesis(transactions, docs, NOV);
    const settlement = settlementOf(transactions, '2024-11-30');
    const after = vatSynthesis([...transactions, settlement], docs, NOV);
    expect([fig(after.collected), fig(after.deductible), after.netVatDue.toFixed(2)]).toEqual([fig(before.collected), fig(before.deductible), before.netVatDue.toFixed(2)]);
    expect(after.collectedByType.map((t) => t.type)).not.toContain('vat-settlement');
    // The same entry under another type is an ordinary movement of the collected account.
    const untyped = createTransaction({ ...inputOf(settlement), type: 'other' });
    expect(vatSynthesis([...transactions, untyped], docs, NOV).collected.vat.toFixed(2)).toBe('0.00');
  });

  describe('properties', () => {
    /** Invoices and credit notes, with part of each final invoice paid some days later. */
    const booksArb = fc.record({ docs: invoicesArb, exigibility: fc.constantFrom('on-invoice', 'on-receipt') as fc.Arbitrary<'on-invoice' | 'on-receipt'>, from: dateArb, days: fc.integer({ min: 0, max: 400 }), paid: fc.integer({ min: 1, max: 100 }) });

    it('ties to the books: collected (less the VAT regularised on write-offs, shown apart), deductible and pending VAT are the movements of their accounts over the period', () => {
      fc.assert(
        fc.property(booksArb, ({ docs, exigibility, from, days, paid }) => {
          const rules = defaultRules({ vatExigibility: exigibility });
          const first = post(docs, rules).transactions;
          const payments = first
            .filter((t) => t.type === 'sale')
            .map((t, k) => {
              const total = t.entries.find((e) => e.account === '411')!;
              const amount = total.amount.times(paid).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
              const doc = docs.find((d) => d.id === total.openItem)!;
              return { type: 'payment', id: `pay${k}`, date: doc.date, method: 'transfer', amount: amount.toFixed(2), customer: doc.customer, allocations: [{ invoice: doc.id, amount: amount.toFixed(2) }] };
            })
            .filter((p) => p.amount !== '0.00');
          // What is left on each final invoice is written off the day after.
          const writeOffs = first
            .filter((t) => t.type === 'sale')
            .flatMap((t, k) => {
              const total = t.entries.find((e) => e.account === '411')!;
              const left = total.amount.minus(total.amount.times(paid).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN));
              const doc = docs.find((d) => d.id === total.openItem)!;
              const date = new Date(Date.parse(doc.date) + 86_400_000).toISOString().slice(0, 10);
              return left.isZero() ? [] : [{ type: 'write-off', id: `wo${k}`, date, customer: doc.customer, invoice: doc.id, amount: left.toFixed(2) }];
            });
          const all = [...docs, ...payments, ...writeOffs];
          const { transactions } = post(all, rules);
          const period = { from, to: new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10) };
          const s = vatSynthesis(transactions, all, { period, rules });
          const collected = movements(transactions, period, ['44571'], 'credit');
          const pending = movements(transactions, period, ['44574'], 'credit');
          const deductible = movements(transactions, period, ['44566'], 'debit');
          expect(s.collected.vat.minus(s.writeOffs.vat).equals(collected.movements)).toBe(true);
          const regularised = transactions.filter((t) => t.type === 'write-off' && t.date >= period.from && t.date <= period.to).flatMap((t) => t.entries.filter((e) => e.account.startsWith('44571')));
          expect(s.writeOffs.vat.toFixed(2)).toBe(regularised.reduce((a, e) => (e.side === 'debit' ? a.plus(e.amount) : a.minus(e.amount)), new Decimal(0)).toFixed(2));
          expect(s.pending.movements.vat.equals(pending.movements)).toBe(true);
          expect(s.pending.atEnd.vat.equals(pending.closing)).toBe(true);
          expect(s.deductible.vat.equals(deductible.movements)).toBe(true);
          expect(s.netVatDue.equals(s.collected.vat.minus(s.writeOffs.vat).minus(s.deductible.vat))).toBe(true);
          // The rows add up to the totals, and each total is base + VAT.
          const sum = (pick: (r: (typeof s.rates)[number]) => Decimal) => s.rates.reduce((t, r) => t.plus(pick(r)), new Decimal(0));
          expect(sum((r) => r.collected.vat).equals(s.collected.vat)).toBe(true);
          expect(sum((r) => r.collected.base).equals(s.collected.base)).toBe(true);
          expect(s.collected.total.equals(s.collected.base.plus(s.collected.vat))).toBe(true);
          // The documents' zero-rated bases are the book's.
          const bare = vatSynthesis(transactions, undefined, { period, rules });
          const docBase = s.exemptions.filter((e) => e.reason !== 'tourist-tax').reduce((t, e) => t.plus(e.base), new Decimal(0));
          const bookBase = bare.exemptions.reduce((t, e) => t.plus(e.base), new Decimal(0));
          expect(docBase.equals(bookBase)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it("is blind to VAT returns: booking a period's clearing entry (vat-settlement) changes no figure of the synthesis", () => {
      fc.assert(
        fc.property(invoicesArb, (docs) => {
          const { transactions } = post(docs, vatOnInvoice);
          const period = { from: '2023-01-01', to: '2026-12-31' };
          const settlement = settlementOf(transactions, '2026-12-31');
          const a = vatSynthesis(transactions, docs, { period });
          const b = vatSynthesis([...transactions, settlement], docs, { period });
          expect(b.collected.vat.equals(a.collected.vat)).toBe(true);
          expect(b.deductible.vat.equals(a.deductible.vat)).toBe(true);
          expect(b.netVatDue.equals(a.netVatDue)).toBe(true);
        }),
        { numRuns: 30 },
      );
    });

    it('is additive over periods: two halves sum to the whole', () => {
      fc.assert(
        fc.property(invoicesArb, (docs) => {
          const { transactions } = post(docs, vatOnInvoice);
          const book = createBook(transactions);
          const whole = vatSynthesis(book, docs, { period: { from: '2023-01-01', to: '2026-12-31' } });
          const a = vatSynthesis(book, docs, { period: { from: '2023-01-01', to: '2024-06-30' } });
          const b = vatSynthesis(book, docs, { period: { from: '2024-07-01', to: '2026-12-31' } });
          expect(a.collected.vat.plus(b.collected.vat).equals(whole.collected.vat)).toBe(true);
          expect(a.collected.base.plus(b.collected.base).equals(whole.collected.base)).toBe(true);
        }),
        { numRuns: 40 },
      );
    });

    it('does not mutate the documents', () => {
      fc.assert(
        fc.property(invoicesArb, (docs) => {
          const copy = structuredClone(docs);
          const { transactions } = post(docs, vatOnInvoice);
          vatSynthesis(transactions, deepFreeze(docs), { period: { from: '2024-01-01', to: '2024-12-31' } });
          expect(docs).toEqual(copy);
        }),
        { numRuns: 20 },
      );
    });
  });
});

/** A VAT return clearing every collected (44571x) and deductible (44566) balance into 44551 / 44567 on a day (type vat-settlement). */
function settlementOf(transactions: ReadonlyArray<Transaction>, on: string): Transaction {
  const balance = new Map<string, Decimal>();
  for (const t of transactions) for (const e of t.entries) if (/^4457[1]|^44566/.test(e.account)) balance.set(e.account, (balance.get(e.account) ?? new Decimal(0)).plus(e.side === 'debit' ? e.amount : e.amount.negated()));
  const entries: Array<{ account: string; debit?: string; credit?: string }> = [];
  let net = new Decimal(0);
  for (const [account, b] of balance) {
    if (b.isZero()) continue;
    entries.push(b.isPositive() ? { account, credit: b.toFixed(2) } : { account, debit: b.negated().toFixed(2) });
    net = net.minus(b);
  }
  entries.push(net.isNegative() ? { account: '44567', debit: net.negated().toFixed(2) } : { account: '44551', credit: net.toFixed(2) });
  if (net.isZero()) entries.pop();
  if (entries.length < 2) entries.push({ account: '44551', debit: '0.01' }, { account: '44567', credit: '0.01' });
  return createTransaction({ id: 'OD-CA3', journal: 'OD', date: on, piece: { ref: 'CA3' }, label: 'TVA', type: VAT_SETTLEMENT_TYPE, entries });
}

/** A transaction back as the input that makes it. */
function inputOf(t: Transaction) {
  return { id: t.id, journal: t.journal, date: t.date, piece: t.piece, label: t.label, entries: t.entries.map((e) => ({ account: e.account, [e.side]: e.amount.toFixed(2) })) };
}
