// defaultRules (src/posting/rules.ts) beyond the main tests: every refusal with its code, path and message, all the
// issues of one call reported together, the normalisation of rates, payment methods built from a string or a partial
// object, the optional fields, the width of accounts and of the default chart, and the cache of the default rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, defaultChart, defaultRules, lockPeriod, type DefaultRulesOverrides } from '../../src/index.js';
import { isPostingRules, normalizeRate, sealRules } from '../../src/posting/rules.js';

const issuesOf = (overrides: DefaultRulesOverrides) => {
  try {
    defaultRules(overrides);
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('normalizeRate', () => {
  it('writes a percentage without leading or trailing zeros, and refuses what is not one', () => {
    expect(['20', '020', '5.50', '5.5', '0', '00', '0.0', '8.500000', '100', '2.1', '007.010'].map(normalizeRate)).toEqual(['20', '20', '5.5', '5.5', '0', '0', '0', '8.5', '100', '2.1', '7.01']);
    expect(['', '20%', '-5', '1000', '5.', '.5', '5.1234567', ' 20', '20 '].map(normalizeRate)).toEqual(Array(9).fill(undefined));
  });
});

describe('defaultRules: refusals, with their messages', () => {
  it('refuses an account width outside 3–20 at once, alone', () => {
    for (const accountWidth of [2, 21, 6.5, -6]) {
      expect(issuesOf({ accountWidth, accounts: { bank: 'x' } })).toEqual([
        { code: 'invalid_option', path: ['accountWidth'], message: `accountWidth must be a whole number from 3 to 20 (the characters of a general account number, e.g. 6 for 411000), received ${String(accountWidth)}.` },
      ]);
    }
  });

  it('refuses a chart of another width than accountWidth', () => {
    expect(issuesOf({ accountWidth: 6, chart: defaultChart({ accountWidth: 8 }) })).toEqual([
      { code: 'invalid_option', path: ['chart'], message: "The chart's numbers are 8 wide but accountWidth is 6: build the chart with the same accountWidth, or leave the chart out." },
    ]);
  });

  it('checks each account: its form, its length against the width, the chart', () => {
    expect(issuesOf({ accounts: { fees: '62', cashShortage: '6580000' }, accountWidth: 6 })).toEqual([
      { code: 'invalid_account', path: ['accounts', 'fees'], message: 'Invalid account number "62": it must start with three digits (PCG class and account), then digits or capital letters.' },
      {
        code: 'account_too_long',
        path: ['accounts', 'cashShortage'],
        message: 'Account 6580000 has 7 characters but accounts are 6 wide (accountWidth): use a number of 6 characters (its first 6 if they name the same account), or widen the accounts.',
      },
    ]);
    // A payment method naming a bad account is refused at its own path too.
    expect(issuesOf({ accounts: { cards: '51' } }).map((i) => [i.code, i.path])).toEqual([
      ['invalid_account', ['accounts', 'cards']],
      ['invalid_account', ['paymentMethods', 'card', 'account']],
    ]);
    expect(issuesOf({ accounts: { fees: '999' } })).toEqual([
      { code: 'unknown_account', path: ['accounts', 'fees'], message: 'Account 999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or choose another account.' },
    ]);
  });

  it('refuses an unknown currency', () => {
    expect(issuesOf({ currency: 'EURO' })).toEqual([{ code: 'unknown_currency', path: ['currency'], message: 'Unknown currency "EURO": use an ISO 4217 code such as "EUR".' }]);
  });

  it('refuses rates that are not percentages or above 100, and rates without a collected or pending account', () => {
    expect(issuesOf({ vatRates: ['0', '20', '100.5', 'x'] })).toEqual([
      { code: 'invalid_rate', path: ['vatRates', 2], message: 'Invalid VAT rate "100.5": write a percentage as a string such as "20" or "5.5".' },
      { code: 'invalid_rate', path: ['vatRates', 3], message: 'Invalid VAT rate "x": write a percentage as a string such as "20" or "5.5".' },
    ]);
    expect(issuesOf({ vatRates: ['0', '20', '8.5'] })).toEqual([
      { code: 'invalid_option', path: ['vatCollected', '8.5'], message: 'Accepted rate 8.5 % has no collected-VAT account: add vatCollected["8.5"] (e.g. "44571").' },
    ]);
    expect(issuesOf({ vatCollected: { '20 %': '445711' } })).toEqual([
      { code: 'invalid_rate', path: ['vatCollected', '20 %'], message: 'Invalid VAT rate key "20 %": write a percentage such as "20" or "5.5".' },
    ]);
    expect(issuesOf({ vatPending: { '20': '445741', '10': '445742', x: '445740' } })).toEqual([
      { code: 'invalid_rate', path: ['vatPending', 'x'], message: 'Invalid VAT rate key "x": write a percentage such as "20" or "5.5".' },
      { code: 'invalid_option', path: ['vatPending', '2.1'], message: 'Accepted rate 2.1 % has no pending-VAT account: add vatPending["2.1"] or give one account for every rate.' },
      { code: 'invalid_option', path: ['vatPending', '5.5'], message: 'Accepted rate 5.5 % has no pending-VAT account: add vatPending["5.5"] or give one account for every rate.' },
    ]);
    expect(issuesOf({ vatPending: '999' })).toEqual([{ code: 'unknown_account', path: ['vatPending'], message: 'Account 999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or choose another account.' }]);
    expect(issuesOf({ vatPending: { '20': '999', '10': '445742', '5.5': '445743', '2.1': '445744' } }).map((i) => [i.code, i.path])).toEqual([['unknown_account', ['vatPending', '20']]]);
  });

  it('refuses a journal code that is not 1 to 10 letters, digits, "_" or "-"', () => {
    expect(issuesOf({ journals: { sales: '', bank: 'ABCDEFGHIJK', cash: 'C A' } })).toEqual(
      [['sales', '""'], ['bank', '"ABCDEFGHIJK"'], ['cash', '"C A"']].map(([k, q]) => ({ code: 'invalid_option', path: ['journals', k], message: `Invalid journal code ${q}: use 1 to 10 letters, digits, "_" or "-" (e.g. "VT").` })),
    );
    expect(defaultRules({ journals: { sales: 'V_T-2024xy' } }).journals.sales).toBe('V_T-2024xy');
  });

  it('refuses a payment method without a name or an account', () => {
    expect(issuesOf({ paymentMethods: { ' ': 'bank', ancv: { label: 'ANCV' } } })).toEqual([
      { code: 'invalid_option', path: ['paymentMethods', ' '], message: 'A payment method needs a non-empty name.' },
      { code: 'invalid_option', path: ['paymentMethods', 'ancv'], message: 'Payment method "ancv" has no account: give an account number, a key of accounts (e.g. "vouchers") or "customer".' },
    ]);
  });

  it('refuses a re-billed fees rate that is not accepted, listing the accepted ones', () => {
    for (const rate of ['19.6', 'x']) {
      expect(issuesOf({ rebilledFeesVatRate: rate })).toEqual([
        { code: 'unknown_vat_rate', path: ['rebilledFeesVatRate'], message: `VAT rate "${rate}" is not one of the accepted rates (0, 2.1, 5.5, 10, 20).` },
      ]);
    }
  });

  it('refuses a lock or closing date that is not a calendar date', () => {
    expect(issuesOf({ lockedUntil: '2024-02-30', closedThrough: '31/12/2023' })).toEqual([
      { code: 'invalid_date', path: ['lockedUntil'], message: 'Invalid date "2024-02-30": write a real calendar date as YYYY-MM-DD.' },
      { code: 'invalid_date', path: ['closedThrough'], message: 'Invalid date "31/12/2023": write a real calendar date as YYYY-MM-DD.' },
    ]);
  });

  it('refuses a natures key that is not 1 to 20 digits', () => {
    expect(issuesOf({ natures: { '7061': 'goods', '70A': 'services', '': 'goods', '123456789012345678901': 'goods' } })).toEqual(
      ['70A', '', '123456789012345678901'].map((k) => ({ code: 'invalid_option', path: ['natures', k], message: `natures key ${JSON.stringify(k)} is not an account prefix: write 1 to 20 digits, such as "7061".` })),
    );
  });

  it('reports the issues of every part in one error', () => {
    expect(issuesOf({ currency: 'XXX1', accounts: { fees: '62' }, journals: { sales: ' ' }, lockedUntil: 'x' }).map((i) => i.path[0])).toEqual(['currency', 'accounts', 'journals', 'lockedUntil']);
  });
});

describe('defaultRules: what it builds', () => {
  it('normalises and deduplicates the accepted rates, and keys the VAT accounts by normalised rate', () => {
    const r = defaultRules({ vatRates: ['0', '20.0', '20', '05.50', '10', '2.10'], vatCollected: { '20.00': '445710' }, rebilledFeesVatRate: '20.000' });
    expect(r.vatRates).toEqual(['0', '20', '5.5', '10', '2.1']);
    expect(r.vatCollected).toEqual({ '10': '445712', '20': '445710', '5.5': '445713', '2.1': '445714' });
    expect(r.rebilledFeesVatRate).toBe('20');
    expect(defaultRules({ vatRates: ['0', '100'], vatCollected: { '100': '44571' } }).vatRates).toEqual(['0', '100']);
  });

  it('takes one pending account for every rate, or one per rate, padded to the width', () => {
    expect(defaultRules({ vatPending: '445740' }).vatPending).toBe('445740');
    const perRate = defaultRules({ accountWidth: 7, vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } });
    expect(perRate.vatPending).toEqual({ '10': '4457420', '20': '4457410', '5.5': '4457430', '2.1': '4457440' });
    expect(Object.isFrozen(perRate.vatPending)).toBe(true);
    expect(defaultRules({ accountWidth: 6 }).vatPending).toBe('445740');
  });

  it('builds a payment method from an account number, an account key, or a partial object over a built-in method', () => {
    const r = defaultRules({ paymentMethods: { till: '530', ancv: 'vouchers', card: { label: 'Carte' }, cheque: { clearing: false }, pass: { account: '4672', journal: 'general' }, gift: 'customer' } });
    expect(r.paymentMethods.till).toEqual({ account: '530', journal: 'cash', clearing: false, label: 'till' });
    expect(r.paymentMethods.ancv).toEqual({ account: '4671', journal: 'bank', clearing: false, label: 'ancv' });
    expect(r.paymentMethods.card).toEqual({ account: '5115', journal: 'bank', clearing: true, label: 'Carte' });
    expect(r.paymentMethods.cheque).toEqual({ account: '5112', journal: 'bank', clearing: false, label: 'chèque' });
    expect(r.paymentMethods.pass).toEqual({ account: '4672', journal: 'general', clearing: false, label: 'pass' });
    expect(r.paymentMethods.gift).toEqual({ account: 'customer', journal: 'bank', clearing: false, label: 'gift' });
    expect(Object.getPrototypeOf(r.paymentMethods)).toBe(null);
    // A method name that is also an Object.prototype key is a method like any other.
    expect(defaultRules({ paymentMethods: { toString: '512' } }).paymentMethods.toString).toEqual({ account: '512', journal: 'bank', clearing: false, label: 'toString' });
    // The cash method follows the cash account to the cash journal.
    expect(defaultRules({ accounts: { cash: '531' }, paymentMethods: { till: '531' } }).paymentMethods.till!.journal).toBe('cash');
  });

  it('pads every account to the width and takes the default chart of that width from 6 on', () => {
    const six = defaultRules({ accountWidth: 6 });
    expect([six.accounts.bank, six.accounts.cards, six.vatCollected['20'], six.paymentMethods.card!.account, six.accountWidth]).toEqual(['512000', '511500', '445711', '511500', 6]);
    expect(six.chart).toBe(defaultChart({ accountWidth: 6 }));
    // Below 6 the PCG's own numbers do not fit: the default chart is the one without a width.
    const five = defaultRules({ accountWidth: 5, vatCollected: { '20': '44571', '10': '44571', '5.5': '44571', '2.1': '44571' } });
    expect(five.chart).toBe(defaultChart());
    expect([five.accounts.bank, five.accounts.customers, five.vatPending]).toEqual(['51200', '41100', '44574']);
    expect('accountWidth' in defaultRules()).toBe(false);
  });

  it('sets the optional fields only when given', () => {
    const r = defaultRules({ lockedUntil: '2023-12-31', closedThrough: '2022-12-31', rebilledFeesVatRate: '20', fiscalYearStartMonth: 7, vatRounding: 'per-line', rounding: 'half-even', currency: 'CHF', natures: { '7061': 'goods' } });
    expect([r.lockedUntil, r.closedThrough, r.rebilledFeesVatRate, r.fiscalYearStartMonth, r.vatRounding, r.rounding, r.currency]).toEqual(['2023-12-31', '2022-12-31', '20', 7, 'per-line', 'half-even', 'CHF']);
    expect({ ...r.natures }).toEqual({ '7061': 'goods' });
    const plain = defaultRules({ vatExigibility: 'on-invoice' });
    expect(['lockedUntil', 'closedThrough', 'rebilledFeesVatRate', 'accountWidth'].filter((k) => k in plain)).toEqual([]);
    expect([plain.fiscalYearStartMonth, plain.currency]).toEqual([1, 'EUR']);
    expect(Object.keys(plain)).toEqual(['currency', 'chart', 'accounts', 'vatCollected', 'vatPending', 'journals', 'paymentMethods', 'vatRates', 'vatRounding', 'rounding', 'vatExigibility', 'natures', 'fiscalYearStartMonth']);
  });

  it('builds the default rules once, and new rules for any override', () => {
    expect(defaultRules()).toBe(defaultRules({}));
    expect(defaultRules({ currency: 'EUR' })).not.toBe(defaultRules());
    expect(defaultRules({ currency: 'EUR' })).toEqual(defaultRules());
  });

  it('brands what it builds: isPostingRules tells them from a copy, and sealRules brands and freezes', () => {
    expect([isPostingRules(defaultRules()), isPostingRules({ ...defaultRules() }), isPostingRules(null), isPostingRules('rules'), isPostingRules(undefined)]).toEqual([true, false, false, false, false]);
    const sealed = sealRules({ currency: 'EUR' });
    expect([isPostingRules(sealed), Object.isFrozen(sealed), Object.keys(sealed)]).toEqual([true, true, ['currency']]);
    expect(isPostingRules(lockPeriod({ ...defaultRules() }, '2024-12-31'))).toBe(true);
  });
});

describe('properties', () => {
  it('normalisation law: a rate and the same rate written with extra zeros normalise alike, and normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^\d{0,4}$/), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), (int, frac, lead, trail) => {
        const plain = frac === '' ? `${int}` : `${int}.${frac}`;
        const padded = `${'0'.repeat(Math.min(lead, 3 - String(int).length > 0 ? 3 - String(int).length : 0))}${int}.${frac}${'0'.repeat(trail)}`.replace(/\.$/, '');
        const n = normalizeRate(plain);
        expect(n).not.toBeUndefined();
        expect(normalizeRate(padded)).toBe(n);
        expect(normalizeRate(n!)).toBe(n);
      }),
    );
  });
});

describe('defaultRules: the overrides themselves', () => {
  it('refuses a chart that is not one, and tells a bad option with its accepted values', () => {
    // A function carrying a covers method is not a Chart object either.
    for (const chart of [null, {}, { covers: 'all' }, 'pcg', Object.assign(() => true, { covers: () => true })]) {
      expect(issuesOf({ chart: chart as never })).toEqual([{ code: 'invalid_input', path: ['chart'], message: 'expected a Chart (createChart, defaultChart)' }]);
    }
    expect(issuesOf({ vatRounding: 'per-rate' as never })).toEqual([{ code: 'invalid_input', path: ['vatRounding'], message: '"vatRounding" must be one of "per-invoice-rate", "per-line": received "per-rate".' }]);
  });

  it('takes a chart with a width when no accountWidth is given, keeping the numbers as they are', () => {
    const chart = defaultChart({ accountWidth: 6 });
    const r = defaultRules({ chart });
    expect([r.chart === chart, r.accounts.bank, 'accountWidth' in r]).toEqual([true, '512', false]);
  });

  it('reads an override left undefined as no override', () => {
    const r = defaultRules({ accounts: { bank: undefined }, journals: { sales: undefined } } as unknown as DefaultRulesOverrides);
    expect([r.accounts.bank, r.journals.sales]).toEqual(['512', 'VT']);
  });
});
