import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accrualTransactions, closeYear, createBook, defaultRules, trialBalance, type Transaction } from '../../src/index.js';
import { codeOf, deepFreeze } from './_fixtures.js';

const CUTOFF = { cutoff: '2024-12-31' };
const rows = (t: Transaction) => t.entries.map((e) => [e.account, e.side, e.amount.toFixed(2), ...(e.auxiliary ? [e.auxiliary.number] : [])]);
const purchase = (id: string, date: string, account: string, unitPrice: string, servicePeriod: { from: string; to: string }, extra: Record<string, unknown> = {}) => ({
  type: 'purchase',
  id,
  number: `F-${id}`,
  date,
  supplier: { id: 'F1', name: 'EDF' },
  lines: [{ label: 'Service', account, quantity: '1', unitPrice, vatRate: '20', servicePeriod }],
  ...extra,
});
const sale = (id: string, date: string, unitPrice: string, servicePeriod: { from: string; to: string }, extra: Record<string, unknown> = {}) => ({
  type: 'invoice',
  id,
  kind: 'final',
  status: 'issued',
  number: `FA-${id}`,
  date,
  customer: { id: 'C1', name: 'DUPONT' },
  pricesIncludeTax: false,
  lines: [{ label: 'Séances', account: '706100', quantity: '1', unitPrice, vatRate: '20', servicePeriod }],
  ...extra,
});
const DEC_JAN = { from: '2024-12-01', to: '2025-01-31' };

describe('accrualTransactions', () => {
  it('pins the invoice to issue: 31/62 of 620.00 + VAT 20 % → Dt 4181 372.00 / Ct 706100 310.00 + Ct 44587 62.00, reversed the next day', () => {
    const { transactions, items } = accrualTransactions([sale('s1', '2025-01-15', '620.00', DEC_JAN)], CUTOFF);
    const [fae, rev] = transactions;
    expect(rows(fae!)).toEqual([
      ['4181', 'debit', '372.00', 'C1'],
      ['706100', 'credit', '310.00'],
      ['44587', 'credit', '62.00'],
    ]);
    expect([fae!.type, fae!.date, fae!.journal, fae!.id]).toEqual(['accrual', '2024-12-31', 'OD', 'OD000001']);
    expect([rev!.type, rev!.date, rev!.id]).toEqual(['reversal', '2025-01-01', 'OD000002']);
    expect(rows(rev!)).toEqual([
      ['4181', 'credit', '372.00', 'C1'],
      ['706100', 'debit', '310.00'],
      ['44587', 'debit', '62.00'],
    ]);
    expect(items.map((i) => [i.kind, i.document, i.account, i.base.toFixed(2), i.vat.toFixed(2), i.amount.toFixed(2)])).toEqual([['invoice-to-issue', 's1', '706100', '310.00', '62.00', '372.00']]);
  });

  it('pins delivered-not-invoiced sessions: 3 of 10 sessions used by the cut-off on a pack invoiced after it → 45.00 + VAT 9.00', () => {
    const pack = { ...sale('k1', '2025-01-05', '150.00', DEC_JAN), lines: [{ id: 'L1', label: 'Carnet 10 séances', account: '706200', quantity: '1', unitPrice: '150.00', vatRate: '20', sessions: 10 }] };
    const usage = (id: string, date: string) => ({ type: 'session-usage', id, invoice: 'k1', line: 'L1', date });
    const { transactions } = accrualTransactions([usage('u1', '2024-12-02'), usage('u2', '2024-12-09'), usage('u3', '2024-12-16'), usage('u4', '2025-01-06'), pack], CUTOFF);
    expect(rows(transactions[0]!)).toEqual([
      ['4181', 'debit', '54.00', 'C1'],
      ['706200', 'credit', '45.00'],
      ['44587', 'credit', '9.00'],
    ]);
  });

  it('pins the charge to pay: 31/62 of 124.00 + VAT → Dt 606100 62.00 + Dt 44586 12.40 / Ct 408 74.40', () => {
    const { transactions } = accrualTransactions([purchase('p1', '2025-01-10', '606100', '124.00', DEC_JAN)], CUTOFF);
    expect(rows(transactions[0]!)).toEqual([
      ['606100', 'debit', '62.00'],
      ['44586', 'debit', '12.40'],
      ['408', 'credit', '74.40', 'F1'],
    ]);
    expect(transactions[1]!.date).toBe('2025-01-01');
  });

  it('pins the prepaid expense: 273/365 of 1 200.00 → Dt 486 897.53 / Ct 616000 897.53; by months 9/12 → 900.00', () => {
    const doc = purchase('p2', '2024-10-01', '616000', '1200.00', { from: '2024-10-01', to: '2025-09-30' });
    expect(rows(accrualTransactions([doc], CUTOFF).transactions[0]!)).toEqual([
      ['486', 'debit', '897.53'],
      ['616000', 'credit', '897.53'],
    ]);
    expect(rows(accrualTransactions([doc], { ...CUTOFF, method: 'months' }).transactions[0]!)).toEqual([
      ['486', 'debit', '900.00'],
      ['616000', 'credit', '900.00'],
    ]);
  });

  it('pins the doubtful receivable: 600.00 incl. VAT 20 % at 50 % → Dt 416 / Ct 411 600.00, Dt 6817 / Ct 491 250.00, reversed to 7817 when paid', () => {
    const { transactions, items } = accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [{ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', vatRate: '20', rate: '50', invoice: 'FA-12', reversedOn: '2025-03-15' }] });
    expect(rows(transactions[0]!)).toEqual([
      ['416', 'debit', '600.00', 'C7'],
      ['411', 'credit', '600.00', 'C7'],
      ['6817', 'debit', '250.00'],
      ['491', 'credit', '250.00'],
    ]);
    expect([transactions[1]!.date, transactions[1]!.type]).toEqual(['2025-03-15', 'provision-reversal']);
    expect(rows(transactions[1]!)).toEqual([
      ['491', 'debit', '250.00'],
      ['7817', 'credit', '250.00'],
    ]);
    expect(items[0]!.amount.toFixed(2)).toBe('250.00');
  });

  it('leaves out what is not an accrual: invoices of the year, drafts, proformas, credit notes, periods wholly on one side', () => {
    const docs = [
      sale('a', '2024-12-15', '100.00', DEC_JAN), // invoiced before the cut-off: a PCA, not an FAE
      sale('b', '2025-01-15', '100.00', DEC_JAN, { status: 'draft' }),
      sale('c', '2025-01-15', '100.00', DEC_JAN, { kind: 'proforma' }),
      sale('d', '2025-01-15', '100.00', { from: '2025-01-01', to: '2025-01-31' }),
      purchase('e', '2024-12-15', '606100', '100.00', { from: '2024-12-01', to: '2024-12-31' }),
      { type: 'payment', id: 'x' },
    ];
    expect(accrualTransactions(docs, CUTOFF).transactions).toEqual([]);
  });

  it('pads its accounts to the rules account width', () => {
    const { transactions } = accrualTransactions([purchase('p1', '2025-01-10', '606100', '124.00', DEC_JAN)], { ...CUTOFF, rules: defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6 }) });
    expect(rows(transactions[0]!).map((r) => r[0])).toEqual(['606100', '445860', '408000']);
  });

  it('is carried by closeYear: the balances open the next year and the reversal clears them', () => {
    const { transactions } = accrualTransactions([sale('s1', '2025-01-15', '620.00', DEC_JAN), purchase('p1', '2025-01-10', '606100', '124.00', DEC_JAN)], CUTOFF);
    const year = transactions.filter((t) => t.date <= '2024-12-31');
    const [opening] = closeYear(year, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
    const accounts = opening!.entries.map((e) => e.account);
    expect(accounts).toEqual(expect.arrayContaining(['4181', '408', '44587', '44586']));
    const next = trialBalance([opening!, ...transactions.filter((t) => t.date > '2024-12-31')], { period: { from: '2025-01-01', to: '2025-12-31' } });
    for (const r of next.rows) if (['4181', '408', '44587', '44586'].includes(r.account)) expect(r.closing.debit.minus(r.closing.credit).toFixed(2)).toBe('0.00');
  });

  it('does not mutate its input', () => {
    const docs = deepFreeze([sale('s1', '2025-01-15', '620.00', DEC_JAN)]);
    expect(() => accrualTransactions(docs, CUTOFF)).not.toThrow();
  });

  describe('bad input', () => {
    it('refuses a doubtful-receivable rate outside 0–100 %: invalid_provision_rate', () => {
      const at = (rate: string) => codeOf(() => accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [{ customer: { id: 'C7', name: 'M' }, amount: '600.00', vatRate: '20', rate }] }));
      expect(at('120')).toBe('invalid_provision_rate');
      expect(at('-5')).toBe('invalid_provision_rate');
      expect(at('0.5 %')).toBe('invalid_provision_rate');
    });
    it('refuses a reversal on or before the cut-off, a bad cut-off and a bad document', () => {
      expect(codeOf(() => accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [{ customer: { id: 'C7', name: 'M' }, amount: '600.00', vatRate: '20', rate: '50', reversedOn: '2024-12-31' }] }))).toBe('invalid_date');
      expect(codeOf(() => accrualTransactions([], { cutoff: '2024-02-30' }))).toBe('invalid_date');
      expect(codeOf(() => accrualTransactions([sale('s1', '2025-01-15', '1,00', DEC_JAN)], CUTOFF))).toBe('invalid_amount');
    });
  });

  describe('properties', () => {
    const dayArb = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2024, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const docArb = fc.record({ sale: fc.boolean(), date: dayArb, from: dayArb, len: fc.integer({ min: 0, max: 300 }), cents: fc.integer({ min: 1, max: 10_000_000 }) });
    it('an accrual and its reversal net every account to 0 across the two years', () => {
      fc.assert(
        fc.property(fc.array(docArb, { maxLength: 8 }), fc.constantFrom<'days' | 'months'>('days', 'months'), (specs, method) => {
          const docs = specs.map((s, k) => {
            const to = new Date(Date.parse(s.from) + s.len * 86_400_000).toISOString().slice(0, 10);
            const price = (s.cents / 100).toFixed(2);
            return s.sale ? sale(`s${k}`, s.date, price, { from: s.from, to }) : purchase(`p${k}`, s.date, '606100', price, { from: s.from, to });
          });
          const { transactions } = accrualTransactions(docs, { ...CUTOFF, method });
          const tb = trialBalance(createBook(transactions));
          for (const r of tb.rows) expect(r.closing.debit.minus(r.closing.credit).toFixed(2)).toBe('0.00');
          for (const t of transactions) expect(t.date === '2024-12-31' || t.type === 'reversal').toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  });
});
