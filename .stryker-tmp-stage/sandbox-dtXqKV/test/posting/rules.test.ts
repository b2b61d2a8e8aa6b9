// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChart, defaultChart, defaultRules, lockPeriod, post } from '../../src/index.js';
import { deepFreeze, firstIssue, invoice, line } from './_helpers.js';

describe('defaultRules', () => {
  it('gives the French defaults', () => {
    const r = defaultRules();
    expect(r.accounts).toMatchObject({ services: '706', goods: '707', customers: '411', deposits: '4191', touristTax: '447', bank: '512', cash: '530', cheques: '5112', cards: '5115', vouchers: '4671', fees: '627', cashShortage: '658', cashOverage: '758', writeOffs: '6541', suppliers: '401', supplierAdvances: '4091', vatDeductible: '44566', exchangeLoss: '666', exchangeGain: '766', deferredRevenue: '487' });
    expect(r.vatCollected).toEqual({ '20': '445711', '10': '445712', '5.5': '445713', '2.1': '445714' });
    expect(r.vatPending).toBe('44574');
    expect(r.journals).toEqual({ sales: 'VT', purchases: 'AC', bank: 'BQ', cash: 'CA', general: 'OD', opening: 'AN' });
    expect(r.vatRates).toEqual(['0', '2.1', '5.5', '10', '20']);
    // CGI art. 269-2: VAT on services due on receipt (goods on delivery) unless the seller opts for the débits.
    expect([r.vatRounding, r.rounding, r.vatExigibility, r.lockedUntil]).toEqual(['per-invoice-rate', 'half-away-from-zero', 'on-receipt', undefined]);
    expect(r.natures).toEqual({});
    expect(r.paymentMethods.card).toEqual({ account: '5115', journal: 'bank', clearing: true, label: 'CB' });
    expect(r.paymentMethods['credit-note']).toEqual({ account: 'customer', journal: 'general', clearing: false, label: 'avoir' });
    expect(r.chart).toBe(defaultChart());
    expect(Object.isFrozen(r) && Object.isFrozen(r.accounts) && Object.isFrozen(r.paymentMethods.card)).toBe(true);
  });

  it('overrides any rule, merging maps over the defaults; methods follow the accounts they name', () => {
    const r = defaultRules({ accounts: { bank: '512100', customers: '4111' }, vatCollected: { '20': '4457100' }, journals: { bank: 'BQ1' }, paymentMethods: { 'cheque-vacances': 'vouchers', twint: { account: '5117', journal: 'bank', clearing: true } } });
    expect([r.accounts.bank, r.accounts.cash, r.vatCollected['20'], r.vatCollected['10'], r.journals.bank, r.journals.sales]).toEqual(['512100', '530', '4457100', '445712', 'BQ1', 'VT']);
    expect(r.paymentMethods.transfer!.account).toBe('512100');
    expect(r.paymentMethods['cheque-vacances']).toEqual({ account: '4671', journal: 'bank', clearing: false, label: 'cheque-vacances' });
    expect(r.paymentMethods.twint).toMatchObject({ account: '5117', clearing: true });
  });

  it('accepts other VAT rates with their accounts (overseas 8.5 %)', () => {
    const r = defaultRules({ vatExigibility: 'on-invoice', vatRates: ['0', '2.1', '8.50', '20'], vatCollected: { '8.5': '445715' } });
    expect(r.vatRates).toEqual(['0', '2.1', '8.5', '20']);
    const tx = post([invoice('inv-1', '2024-01-05', [line('108.50', '8.5')])], r).transactions[0]!;
    expect(tx.entries.map((e) => e.account)).toEqual(['411', '706100', '445715']);
  });

  it('checks every account against the chart when the rules are built, not when posting', () => {
    expect(firstIssue(() => defaultRules({ accounts: { bank: '999' } }))).toMatchObject({ code: 'unknown_account', path: ['accounts', 'bank'] });
    expect(firstIssue(() => defaultRules({ accounts: { bank: '51' } }))).toMatchObject({ code: 'invalid_account', path: ['accounts', 'bank'] });
    expect(firstIssue(() => defaultRules({ vatCollected: { '20': '999999' } }))).toMatchObject({ code: 'unknown_account', path: ['vatCollected', '20'] });
    expect(firstIssue(() => defaultRules({ paymentMethods: { twint: '999' } }))).toMatchObject({ code: 'unknown_account', path: ['paymentMethods', 'twint', 'account'] });
    expect(firstIssue(() => defaultRules({ chart: createChart([{ number: '411', label: 'Clients' }]) }))).toMatchObject({ code: 'unknown_account' });
  });

  it('refuses bad rates, options and fields', () => {
    expect(firstIssue(() => defaultRules({ vatRates: ['20%'] }))).toMatchObject({ code: 'invalid_rate', path: ['vatRates', 0] });
    expect(firstIssue(() => defaultRules({ vatRates: ['8.5'] }))).toMatchObject({ code: 'invalid_option', path: ['vatCollected', '8.5'] });
    expect(firstIssue(() => defaultRules({ vatExigibility: 'sometimes' as never }))).toMatchObject({ code: 'invalid_input', path: ['vatExigibility'] });
    expect(firstIssue(() => defaultRules({ journals: { sales: 'V T' } }))).toMatchObject({ code: 'invalid_option', path: ['journals', 'sales'] });
    expect(firstIssue(() => defaultRules({ colour: 'red' } as never))).toMatchObject({ code: 'unknown_field', path: ['colour'] });
    expect(firstIssue(() => defaultRules({ lockedUntil: '2024-13-01' }))).toMatchObject({ code: 'invalid_date', path: ['lockedUntil'] });
    expect(firstIssue(() => defaultRules({ rebilledFeesVatRate: '19.6' }))).toMatchObject({ code: 'unknown_vat_rate', path: ['rebilledFeesVatRate'] });
  });

  it('validates hand-made rules passed to post', () => {
    const handMade = { ...defaultRules(), accounts: { ...defaultRules().accounts, bank: '999' } };
    expect(firstIssue(() => post([], handMade))).toMatchObject({ code: 'unknown_account', path: ['accounts', 'bank'] });
  });

  it('does not mutate the overrides', () => {
    const overrides = deepFreeze({ accounts: { bank: '512100' }, vatRates: ['0', '20'], paymentMethods: { x: { account: 'cash' } } });
    expect(() => defaultRules(overrides)).not.toThrow();
  });
});

describe('lockPeriod', () => {
  it('returns new rules locked until the date, keeping the later lock', () => {
    const base = defaultRules();
    const locked = lockPeriod(base, '2023-12-31');
    expect(locked.lockedUntil).toBe('2023-12-31');
    expect(base.lockedUntil).toBeUndefined();
    expect(lockPeriod(locked, '2023-06-30').lockedUntil).toBe('2023-12-31');
    expect(lockPeriod(locked, '2024-06-30').lockedUntil).toBe('2024-06-30');
    expect(firstIssue(() => lockPeriod(base, '31/12/2023'))).toMatchObject({ code: 'invalid_date', path: ['until'] });
  });
});

describe('properties', () => {
  it('a lock refuses exactly the documents dated on or before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 28 }), (day, lock) => {
        const date = `2024-02-${String(day).padStart(2, '0')}`;
        const rules = lockPeriod(defaultRules(), `2024-02-${String(lock).padStart(2, '0')}`);
        let refused = false;
        try {
          post([invoice('inv', date, [line('10.00')])], rules);
        } catch {
          refused = true;
        }
        expect(refused).toBe(day <= lock);
      }),
    );
  });

  it('every accepted rate written with trailing zeros is the same rate', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '2.1', '5.5', '10', '20'), fc.integer({ min: 0, max: 3 }), (rate, zeros) => {
        const written = rate.includes('.') ? rate + '0'.repeat(zeros) : zeros > 0 ? `${rate}.${'0'.repeat(zeros)}` : rate;
        const extra = rate === '0' ? { exemption: 'exempt' } : {};
        const a = post([invoice('inv', '2024-01-05', [line('10.00', written, extra)])]).transactions[0]!;
        const b = post([invoice('inv', '2024-01-05', [line('10.00', rate, extra)])]).transactions[0]!;
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
    );
  });
});

describe('defaultRules: overrides refused, each at its path', () => {
  const issuesOf = (overrides: Record<string, unknown>): string[] => {
    try {
      defaultRules(overrides as never);
    } catch (error) {
      return (error as { issues: Array<{ code: string; path: Array<string | number> }> }).issues.map((i) => `${i.code}@${i.path.join('.')}`);
    }
    throw new Error('expected an AccountingError');
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown currency', { currency: 'XYZ' }, 'unknown_currency@currency'],
    ['a collected-VAT key that is not a rate', { vatCollected: { abc: '445719' } }, 'invalid_rate@vatCollected.abc'],
    ['pending-VAT accounts per rate missing an accepted rate', { vatPending: { '20': '445741', '10': '445742', '5.5': '445743' } }, 'invalid_option@vatPending.2.1'],
    ['a payment method with an empty name', { paymentMethods: { ' ': { account: '512' } } }, 'invalid_option@paymentMethods. '],
    ['a new payment method without an account', { paymentMethods: { gift: { journal: 'general' } } }, 'invalid_option@paymentMethods.gift'],
    ['a lock date that is not a date', { lockedUntil: '2024-02-30' }, 'invalid_date@lockedUntil'],
  ])('refuses %s', (_, overrides, issue) => {
    expect(issuesOf(overrides)).toContain(issue);
  });

  it('keeps a lock date, and a new payment method given as an account key takes the bank journal and its name as label', () => {
    const rules = defaultRules({ lockedUntil: '2024-06-30', paymentMethods: { gift: 'vouchers' } });
    expect(rules.lockedUntil).toBe('2024-06-30');
    expect(rules.paymentMethods.gift).toEqual({ account: '4671', journal: 'bank', clearing: false, label: 'gift' });
  });
});
