// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accrualTransactions, closeYear, createBook, defaultRules, post, trialBalance, type PostableDocument, type Transaction } from '../../src/index.js';
import { codeOf, deepFreeze, errorOf } from './_fixtures.js';

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

  describe('options', () => {
    const doubtful = (r: Record<string, unknown>) => ({ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', rate: '50', ...r });
    it('numbers from nextNumbers of the OD journal (other journals ignored)', () => {
      const doc = purchase('p1', '2025-01-10', '606100', '124.00', DEC_JAN);
      expect(accrualTransactions([doc], { ...CUTOFF, nextNumbers: { OD: 41 } }).transactions.map((t) => t.id)).toEqual(['OD000041', 'OD000042']);
      expect(accrualTransactions([doc], { ...CUTOFF, nextNumbers: { BQ: 7 } }).transactions.map((t) => t.id)).toEqual(['OD000001', 'OD000002']);
    });
    it('numbers kinds in order FAE, CAP, CCA, then provisions, then their reversals', () => {
      const { transactions } = accrualTransactions(
        [purchase('p2', '2024-10-01', '616000', '1200.00', { from: '2024-10-01', to: '2025-09-30' }), purchase('p1', '2025-01-10', '606100', '124.00', DEC_JAN), sale('s1', '2025-01-15', '620.00', DEC_JAN)],
        { ...CUTOFF, method: 'months', doubtfulReceivables: [doubtful({ vatRate: '20', reversedOn: '2025-02-01' })] },
      );
      expect(transactions.map((t) => [t.id, t.type, t.date, t.piece?.ref])).toEqual([
        ['OD000001', 'accrual', '2024-12-31', 'FAE2024-12-31'],
        ['OD000002', 'reversal', '2025-01-01', 'FAE2024-12-31'],
        ['OD000003', 'accrual', '2024-12-31', 'CAP2024-12-31'],
        ['OD000004', 'reversal', '2025-01-01', 'CAP2024-12-31'],
        ['OD000005', 'accrual', '2024-12-31', 'CCA2024-12-31'],
        ['OD000006', 'reversal', '2025-01-01', 'CCA2024-12-31'],
        ['OD000007', 'provision', '2024-12-31', 'DOUT2024-12-31'],
        ['OD000008', 'provision-reversal', '2025-02-01', 'DOUT2024-12-31'],
      ]);
    });
    it('refuses a bad next number: invalid_option at nextNumbers.OD', () => {
      for (const n of [-1, 1.5, 999_999_000, Number.NaN]) {
        const e = errorOf(() => accrualTransactions([], { ...CUTOFF, nextNumbers: { OD: n } }));
        expect([e.issues[0]!.code, e.issues[0]!.path]).toEqual(['invalid_option', ['nextNumbers', 'OD']]);
      }
    });
    it('refuses missing options and an unknown method', () => {
      expect(errorOf(() => accrualTransactions([], null as never)).issues[0]).toMatchObject({ code: 'invalid_date', path: ['cutoff'] });
      expect(errorOf(() => accrualTransactions([], { ...CUTOFF, method: 'weeks' as never })).issues[0]).toMatchObject({ code: 'invalid_option', path: ['method'] });
    });
    it('months method: Dec–Feb (90 days) invoiced after the cut-off → 1/3 by months = 300.00, 31/90 by days = 310.00', () => {
      const q = { from: '2024-12-01', to: '2025-02-28' }; // 31 of 90 days; 1 of 3 months
      const by = (method: 'days' | 'months') => rows(accrualTransactions([sale('s1', '2025-01-15', '900.00', q)], { ...CUTOFF, method }).transactions[0]!);
      expect(by('months')).toEqual([
        ['4181', 'debit', '360.00', 'C1'],
        ['706100', 'credit', '300.00'],
        ['44587', 'credit', '60.00'],
      ]);
      expect(by('days')).toEqual([
        ['4181', 'debit', '372.00', 'C1'],
        ['706100', 'credit', '310.00'],
        ['44587', 'credit', '62.00'],
      ]);
    });
  });

  describe('sales and purchases', () => {
    it('credits the rules goods or services account when a line names none; skips tourist tax', () => {
      const doc = {
        ...sale('s1', '2025-01-15', '0', DEC_JAN),
        lines: [
          { label: 'Matériel', kind: 'goods', quantity: '1', unitPrice: '620.00', vatRate: '20', servicePeriod: DEC_JAN },
          { label: 'Cours', quantity: '1', unitPrice: '62.00', vatRate: '20', servicePeriod: DEC_JAN },
          { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '10', unitPrice: '0.60', servicePeriod: DEC_JAN },
        ],
      };
      const { transactions, items } = accrualTransactions([doc], CUTOFF);
      expect(rows(transactions[0]!)).toEqual([
        ['4181', 'debit', '372.00', 'C1'],
        ['707', 'credit', '310.00'],
        ['44587', 'credit', '62.00'],
        ['4181', 'debit', '37.20', 'C1'],
        ['706', 'credit', '31.00'],
        ['44587', 'credit', '6.20'],
      ]);
      expect(items.map((i) => i.account)).toEqual(['707', '706']);
    });
    it('shares prices incl. tax and converts a foreign invoice at its exchange rate', () => {
      expect(rows(accrualTransactions([sale('s1', '2025-01-15', '744.00', DEC_JAN, { pricesIncludeTax: true })], CUTOFF).transactions[0]!)).toEqual([
        ['4181', 'debit', '372.00', 'C1'],
        ['706100', 'credit', '310.00'],
        ['44587', 'credit', '62.00'],
      ]);
      // 620.00 USD × 0.5 = 310.00 EUR excl. tax, 372.00 incl.; 31/62 of it
      expect(rows(accrualTransactions([sale('s1', '2025-01-15', '620.00', DEC_JAN, { currency: 'USD', exchangeRate: '0.5' })], CUTOFF).transactions[0]!)).toEqual([
        ['4181', 'debit', '186.00', 'C1'],
        ['706100', 'credit', '155.00'],
        ['44587', 'credit', '31.00'],
      ]);
    });
    it('leaves out cancelled invoices and customer credit notes dated after the cut-off', () => {
      const docs = [
        sale('c', '2025-01-15', '100.00', DEC_JAN, { status: 'cancelled', cancelledOn: '2025-01-20' }),
        sale('n', '2025-01-15', '100.00', DEC_JAN, { kind: 'credit-note', corrects: 'a' }),
        sale('s', '2025-01-15', '100.00', DEC_JAN, { lines: [{ label: 'Sans période', account: '706100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] }),
      ];
      expect(accrualTransactions(docs, CUTOFF)).toEqual({ transactions: [], items: [] });
    });
    it('includes a debit note like an invoice', () => {
      const { items } = accrualTransactions([sale('d', '2025-01-15', '620.00', DEC_JAN, { kind: 'debit-note', corrects: 'a' })], CUTOFF);
      expect(items.map((i) => [i.kind, i.amount.toFixed(2)])).toEqual([['invoice-to-issue', '372.00']]);
    });
    it('counts session usage only up to the cut-off and at most the pack size', () => {
      const pack = { ...sale('k1', '2025-01-05', '150.00', DEC_JAN), lines: [{ id: 'L1', label: 'Carnet 10 séances', account: '706200', quantity: '1', unitPrice: '150.00', vatRate: '20', sessions: 10 }] };
      const usages = Array.from({ length: 12 }, (_, n) => ({ type: 'session-usage', id: `u${n}`, invoice: 'k1', line: 'L1', date: '2024-12-10' }));
      const other = { type: 'session-usage', id: 'o', invoice: 'k1', line: 'L2', date: '2024-12-10' };
      expect(rows(accrualTransactions([...usages, other, pack], CUTOFF).transactions[0]!)).toEqual([
        ['4181', 'debit', '180.00', 'C1'],
        ['706200', 'credit', '150.00'],
        ['44587', 'credit', '30.00'],
      ]);
      const late = usages.map((u) => ({ ...u, date: '2025-01-02' }));
      expect(accrualTransactions([...late, pack], CUTOFF).transactions).toEqual([]);
    });
    it('charges non-deductible VAT to the expense: 31/62 of 148.80 → Dt 606100 74.40 / Ct 408 74.40; prepaid 9/12 of 1 440.00 → 1 080.00', () => {
      const nd = (doc: ReturnType<typeof purchase>) => ({ ...doc, lines: doc.lines.map((l) => ({ ...l, deductible: false })) });
      expect(rows(accrualTransactions([nd(purchase('p1', '2025-01-10', '606100', '124.00', DEC_JAN))], CUTOFF).transactions[0]!)).toEqual([
        ['606100', 'debit', '74.40'],
        ['408', 'credit', '74.40', 'F1'],
      ]);
      const { transactions, items } = accrualTransactions([nd(purchase('p2', '2024-10-01', '616000', '1200.00', { from: '2024-10-01', to: '2025-09-30' }))], { ...CUTOFF, method: 'months' });
      expect(rows(transactions[0]!)).toEqual([
        ['486', 'debit', '1080.00'],
        ['616000', 'credit', '1080.00'],
      ]);
      expect(items.map((i) => [i.kind, i.base.toFixed(2), i.vat.toFixed(2), i.amount.toFixed(2)])).toEqual([['prepaid-expense', '1080.00', '0.00', '1080.00']]);
    });
    it('reverses a supplier credit note of the year (Dt expense / Ct 486) and ignores one dated after the cut-off', () => {
      const cn = (date: string) => purchase('cn', date, '616000', '1200.00', { from: '2024-10-01', to: '2025-09-30' }, { kind: 'credit-note' });
      const { transactions, items } = accrualTransactions([cn('2024-10-01')], { ...CUTOFF, method: 'months' });
      expect(rows(transactions[0]!)).toEqual([
        ['486', 'credit', '900.00'],
        ['616000', 'debit', '900.00'],
      ]);
      expect(items[0]!.amount.toFixed(2)).toBe('-900.00');
      expect(accrualTransactions([cn('2025-01-10')], CUTOFF).transactions).toEqual([]);
    });
    it('refuses a unit price finer than its currency: too_many_decimals at the line (10.5 JPY, yen have no decimals)', () => {
      const e = errorOf(() => accrualTransactions([sale('ok', '2025-01-15', '620.00', DEC_JAN), sale('y', '2025-01-15', '10.5', DEC_JAN, { currency: 'JPY', exchangeRate: '0.0062' })], CUTOFF));
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([['too_many_decimals', [1, 'lines', 0, 'unitPrice']]]);
    });
    it('collects the issues of every bad document with its index', () => {
      const e = errorOf(() => accrualTransactions([sale('ok', '2025-01-15', '620.00', DEC_JAN), sale('s1', '2025-01-15', '1,00', DEC_JAN), purchase('p1', '2025-01-10', '606100', '1,00', DEC_JAN)], CUTOFF));
      expect(e.issues.map((i) => [i.code, i.path[0]])).toEqual([
        ['invalid_amount', 1],
        ['invalid_amount', 2],
      ]);
    });
  });

  describe('doubtful receivables', () => {
    const doubtful = (r: Record<string, unknown>) => ({ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', rate: '50', ...r });
    const at = (r: unknown) => errorOf(() => accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [r as never] })).issues.map((i) => [i.code, i.path]);
    it('provides on amountExclTax when given, on the customer own account: 100 % of 500.00', () => {
      const { transactions, items } = accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [doubtful({ amountExclTax: '500.00', rate: '100', customer: { id: 'C7', name: 'MARTIN', account: '411100' } })] });
      expect(transactions).toHaveLength(1);
      expect(rows(transactions[0]!)).toEqual([
        ['416', 'debit', '600.00', 'C7'],
        ['411100', 'credit', '600.00', 'C7'],
        ['6817', 'debit', '500.00'],
        ['491', 'credit', '500.00'],
      ]);
      expect(transactions[0]!.entries[0]!.label).toBe('Créance douteuse MARTIN');
      expect(items).toEqual([{ kind: 'doubtful-receivable', party: 'MARTIN', account: '411100', base: expect.anything(), vat: expect.anything(), amount: expect.anything() }]);
      expect([items[0]!.base.toFixed(2), items[0]!.vat.toFixed(2), items[0]!.amount.toFixed(2)]).toEqual(['500.00', '100.00', '500.00']);
    });
    it('rounds the amount excl. tax then the provision: 100.00 at 5.5 % → 94.79 (9 478.67 c), 33.33 % → 31.59', () => {
      const { items } = accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [doubtful({ amount: '100.00', vatRate: '5.5', rate: '33.33' })] });
      expect([items[0]!.base.toFixed(2), items[0]!.vat.toFixed(2), items[0]!.amount.toFixed(2)]).toEqual(['94.79', '5.21', '31.59']);
    });
    it('at a 0 % rate transfers to 416 with no provision and nothing to reverse', () => {
      const { transactions } = accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [doubtful({ vatRate: '20', rate: '0', reversedOn: '2025-03-01' })] });
      expect(transactions.map((t) => t.type)).toEqual(['provision']);
      expect(rows(transactions[0]!)).toEqual([
        ['416', 'debit', '600.00', 'C7'],
        ['411', 'credit', '600.00', 'C7'],
      ]);
    });
    it('refuses each bad field by code and path', () => {
      expect(at(null)).toEqual([['invalid_input', ['doubtfulReceivables', 0]]]);
      expect(at({ customer: null, amount: '1.00', rate: '50' })).toEqual([['invalid_input', ['doubtfulReceivables', 0]]]);
      expect(at(doubtful({}))).toEqual([['invalid_input', ['doubtfulReceivables', 0]]]);
      expect(at(doubtful({ vatRate: 'vingt' }))).toEqual([['invalid_rate', ['doubtfulReceivables', 0, 'vatRate']]]);
      expect(at(doubtful({ amountExclTax: '1,00' }))).toEqual([['invalid_amount', ['doubtfulReceivables', 0, 'amountExclTax']]]);
      expect(at(doubtful({ vatRate: '20', amount: '0.00' }))).toEqual([['non_positive_amount', ['doubtfulReceivables', 0, 'amount']]]);
      expect(at(doubtful({ vatRate: '20', amount: '6,00' }))[0]).toEqual(['invalid_amount', ['doubtfulReceivables', 0, 'amount']]);
      expect(at(doubtful({ vatRate: '20', rate: 50 }))).toEqual([['invalid_provision_rate', ['doubtfulReceivables', 0, 'rate']]]);
      expect(at(doubtful({ vatRate: '20', reversedOn: '2025-02-30' }))).toEqual([['invalid_date', ['doubtfulReceivables', 0, 'reversedOn']]]);
    });
    it('collects every issue of every receivable before refusing', () => {
      const e = errorOf(() => accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [null as never, doubtful({ amount: '-1.00', vatRate: 'x', rate: '101', reversedOn: '2024-06-01' })] }));
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_input', ['doubtfulReceivables', 0]],
        ['invalid_provision_rate', ['doubtfulReceivables', 1, 'rate']],
        ['invalid_rate', ['doubtfulReceivables', 1, 'vatRate']],
        ['invalid_date', ['doubtfulReceivables', 1, 'reversedOn']],
        ['non_positive_amount', ['doubtfulReceivables', 1, 'amount']],
      ]);
    });
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

    it("the year's revenue with the accruals (invoices to issue, reversed next year) is the revenue of the services delivered in the year", () => {
      const DAY = 86_400_000;
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const START = Date.UTC(2024, 6, 1);
      const CUT = Date.UTC(2024, 11, 31);
      const END = Date.UTC(2025, 11, 31);
      // A service period (within 2024-07-01…2025-12-31) priced at a whole number of cents a day, so the day share is exact;
      // invoiced in the year when wholly delivered by the cut-off, else after it (an invoice of the year delivered later is the PCA's).
      const periodArb = fc.record({ from: fc.integer({ min: 0, max: 548 }), len: fc.integer({ min: 0, max: 300 }), perDay: fc.integer({ min: 1, max: 100_000 }), late: fc.integer({ min: 0, max: 364 }) });
      // A session pack invoiced after the cut-off, with sessions used on either side of it.
      const packArb = fc.record({ sessions: fc.integer({ min: 1, max: 20 }), perSession: fc.integer({ min: 1, max: 100_000 }), used: fc.array(fc.integer({ min: 0, max: 548 }), { maxLength: 20 }), late: fc.integer({ min: 0, max: 364 }) });
      fc.assert(
        fc.property(fc.array(periodArb, { maxLength: 6 }), fc.array(packArb, { maxLength: 3 }), (periods, packs) => {
          const docs: unknown[] = [];
          const delivered = { 2024: 0, 2025: 0 };
          const invoiced = { 2024: 0, 2025: 0 };
          periods.forEach((p, k) => {
            const from = START + p.from * DAY;
            const to = Math.min(from + p.len * DAY, END);
            const days = (to - from) / DAY + 1;
            const in2024 = from > CUT ? 0 : (Math.min(to, CUT) - from) / DAY + 1;
            const date = to <= CUT ? iso(from + Math.floor(p.late / 365 * (CUT - from) / DAY) * DAY) : iso(CUT + (1 + p.late) * DAY);
            docs.push(sale(`s${k}`, date, ((p.perDay * days) / 100).toFixed(2), { from: iso(from), to: iso(to) }));
            delivered[2024] += p.perDay * in2024;
            delivered[2025] += p.perDay * (days - in2024);
            invoiced[date < '2025-01-01' ? 2024 : 2025] += p.perDay * days;
          });
          packs.forEach((k, n) => {
            const used = k.used.slice(0, k.sessions).map((d) => iso(START + d * DAY));
            const id = `k${n}`;
            docs.push({ ...sale(id, iso(CUT + (1 + k.late) * DAY), '1.00', DEC_JAN), lines: [{ id: 'L1', label: 'Carnet', account: '706200', quantity: '1', unitPrice: ((k.perSession * k.sessions) / 100).toFixed(2), vatRate: '20', sessions: k.sessions }] });
            used.forEach((d, u) => docs.push({ type: 'session-usage', id: `${id}u${u}`, invoice: id, line: 'L1', date: d }));
            const before = used.filter((d) => d <= '2024-12-31').length;
            delivered[2024] += k.perSession * before;
            // The pack is revenue when invoiced: what is not delivered in 2024 is the next year's.
            delivered[2025] += k.perSession * (k.sessions - before);
            invoiced[2025] += k.perSession * k.sessions;
          });
          const invoices = docs.filter((d) => (d as { type: string }).type === 'invoice');
          const posted = post(invoices as PostableDocument[]).transactions;
          const { transactions } = accrualTransactions(docs, CUTOFF);
          const book = createBook([...posted, ...transactions]);
          const revenue = (year: string) => {
            const tb = trialBalance(book, { period: { from: `${year}-01-01`, to: `${year}-12-31` } });
            return tb.rows.filter((r) => r.account.startsWith('706')).reduce((c, r) => c + Number(r.movements.credit.minus(r.movements.debit).times(100).toFixed(0)), 0);
          };
          expect(revenue('2024')).toBe(delivered[2024]);
          expect(revenue('2025')).toBe(delivered[2025]);
          // Without the accruals, each year has only what it invoiced.
          expect(delivered[2024] + delivered[2025]).toBe(invoiced[2024] + invoiced[2025]);
        }),
        { numRuns: 60 },
      );
    });
  });
});
