// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createChart, defaultChart, padAccountNumber, PCG_ACCOUNTS, trimAccountNumber } from '../../src/index.js';

const issueOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues[0];
    throw e;
  }
  throw new Error('expected an AccountingError');
};

/** Well-formed account numbers of at most `max` characters: three digits, then digits or capital letters. */
const accountArb = (max = 20) => fc.stringMatching(new RegExp(`^[1-8][0-9]{2}[0-9A-Z]{0,${max - 3}}$`));

describe('padAccountNumber and trimAccountNumber', () => {
  it('pads PCG numbers right with zeros to the width (worked vectors)', () => {
    expect(padAccountNumber('411', 6)).toBe('411000');
    expect(padAccountNumber('44571', 6)).toBe('445710');
    expect(padAccountNumber('445711', 6)).toBe('445711');
    expect(padAccountNumber('5115', 8)).toBe('51150000');
    expect(padAccountNumber('411A', 6)).toBe('411A00');
  });

  it('drops trailing zeros, never below three characters', () => {
    expect(trimAccountNumber('512000')).toBe('512');
    expect(trimAccountNumber('445710')).toBe('44571');
    expect(trimAccountNumber('706100')).toBe('7061');
    expect(trimAccountNumber('530000')).toBe('530');
    expect(trimAccountNumber('100000')).toBe('100');
    expect(trimAccountNumber('401')).toBe('401');
  });

  it('refuses a number longer than the width, by code, with what to do', () => {
    const i = issueOf(() => padAccountNumber('4456600', 6, ['entries', 0, 'account']));
    expect(i.code).toBe('account_too_long');
    expect(i.path).toEqual(['entries', 0, 'account']);
    expect(i.message).toMatchInlineSnapshot(`"Account 4456600 has 7 characters but accounts are 6 wide (accountWidth): use a number of 6 characters (its first 6 if they name the same account), or widen the accounts."`);
    expect(issueOf(() => padAccountNumber('41', 6)).code).toBe('invalid_account');
    for (const width of [2, 21, 6.5, Number.NaN]) expect(issueOf(() => padAccountNumber('411', width)).code).toBe('invalid_option');
  });

  describe('properties', () => {
    it('idempotence: padding twice is padding once', () => {
      fc.assert(
        fc.property(accountArb(), fc.integer({ min: 3, max: 20 }), (n, w) => {
          fc.pre(n.length <= w);
          const once = padAccountNumber(n, w);
          return padAccountNumber(once, w) === once && once.length === w;
        }),
      );
    });

    it('padding keeps the account: the padded number trims to the same number', () => {
      fc.assert(
        fc.property(accountArb(), fc.integer({ min: 3, max: 20 }), (n, w) => {
          fc.pre(n.length <= w);
          return trimAccountNumber(padAccountNumber(n, w)) === trimAccountNumber(n);
        }),
      );
    });

    it('injectivity at one width: two numbers padded to one width are equal iff they are one account', () => {
      fc.assert(
        fc.property(accountArb(8), accountArb(8), (a, b) => (padAccountNumber(a, 8) === padAccountNumber(b, 8)) === (trimAccountNumber(a) === trimAccountNumber(b))),
      );
    });
  });
});

describe('charts with an account width', () => {
  it('a chart entry 706 covers 706100, and 512000 covers 512 (numbers compared without trailing zeros)', () => {
    const chart = createChart([{ number: '706', label: 'Prestations' }, { number: '512000', label: 'Banque' }]);
    expect(chart.find('706100')).toMatchObject({ number: '706100', label: 'Prestations', listedAs: '706' });
    expect(chart.find('512')).toMatchObject({ number: '512', label: 'Banque', listedAs: '512000' });
    expect(chart.find('5121')?.listedAs).toBe('512000');
    expect(chart.covers('51')).toBe(false);
    expect(defaultChart().find('445710')?.listedAs).toBe('44571');
  });

  it('pads the listed numbers to the width; defaultChart({ accountWidth: 6 }) lists the PCG on six digits', () => {
    const chart = createChart([{ number: '7061', label: 'Abonnements' }], { base: defaultChart(), accountWidth: 6 });
    expect(chart.accountWidth).toBe(6);
    expect(chart.find('706100')).toMatchObject({ label: 'Abonnements', listedAs: '706100' });
    expect(chart.find('706200')?.listedAs).toBe('706000');
    const pcg6 = defaultChart({ accountWidth: 6 });
    expect(pcg6.accounts.every((a) => a.number.length === 6)).toBe(true);
    expect(pcg6.accounts).toHaveLength(PCG_ACCOUNTS.length);
    expect(pcg6.find('411')).toMatchObject({ label: 'Clients', listedAs: '411000', kind: 'asset' });
    expect(defaultChart({ accountWidth: 6 })).toBe(pcg6);
    expect(defaultChart().accountWidth).toBeUndefined();
  });

  it('refuses two numbers of one account, and a number longer than the width, by code', () => {
    const dup = issueOf(() => createChart([{ number: '512', label: 'Banque' }, { number: '512000', label: 'Banque BNP' }]));
    expect(dup.code).toBe('duplicate_account');
    expect(dup.path).toEqual([1, 'number']);
    expect(dup.message).toMatchInlineSnapshot(`"Account 512000 is listed twice: 512 is the same account (they differ only by trailing zeros); keep one definition."`);
    const long = issueOf(() => createChart([{ number: '4456600', label: 'TVA' }], { accountWidth: 6 }));
    expect([long.code, long.path]).toEqual(['account_too_long', [0, 'number']]);
    expect(issueOf(() => defaultChart({ accountWidth: 4 })).code).toBe('account_too_long');
    // A base padded to another width is re-padded to this one.
    expect(createChart([], { base: defaultChart({ accountWidth: 8 }), accountWidth: 6 }).find('411')?.listedAs).toBe('411000');
    expect(issueOf(() => createChart([], { accountWidth: 30 })).code).toBe('invalid_option');
  });

  describe('properties', () => {
    it('padding never changes which chart entry covers an account', () => {
      const chart = defaultChart();
      const chart6 = defaultChart({ accountWidth: 6 });
      fc.assert(
        fc.property(fc.constantFrom(...PCG_ACCOUNTS.map(([n]) => n)), fc.stringMatching(/^[0-9]{0,3}$/), (listed, suffix) => {
          const n = (listed + suffix).slice(0, 6);
          const padded = padAccountNumber(n, 6);
          const a = chart.find(n)!;
          const b = chart.find(padded)!;
          const c = chart6.find(n)!;
          return a.listedAs === b.listedAs && trimAccountNumber(c.listedAs) === trimAccountNumber(a.listedAs) && a.label === c.label;
        }),
      );
    });
  });
});
