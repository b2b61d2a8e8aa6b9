// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { Decimal, createTransaction, trialBalance, type Transaction } from '../../src/index.js';
import { READ_ONLY_DECIMAL } from '../../src/money/Decimal.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions } from '../_fixtures.js';

/** Runs `fn`, returning what it threw (undefined when it did not throw). */
const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
};

/** A user reaching for the library's constructor's configuration, loosely typed as user code would be. */
type Configurable = { set(config: DecimalJs.Config): unknown; config(config: DecimalJs.Config): unknown; [key: string]: unknown };

// Puts the documented configuration back, should an attempt have got through (the code before the fix):
// the other test files share this module.
const restore = (): void => {
  const ctor = Decimal as unknown as Configurable;
  thrown(() => ctor.set({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40, minE: -9e15, maxE: 9e15 }));
};

const entry = (): Transaction =>
  createTransaction({
    id: 'VT000001',
    journal: 'VT',
    date: '2024-10-15',
    piece: { ref: 'FA2024-0001', date: '2024-10-15' },
    label: 'Abonnement annuel',
    entries: [
      { account: '411000', debit: '123456.78' },
      { account: '706000', credit: '102880.65' },
      { account: '445711', credit: '20576.13' },
    ],
  });

/** Every figure of a trial balance, as text. */
const figures = (transactions: ReadonlyArray<Transaction>): string[] => {
  const tb = trialBalance(transactions);
  const sides = [tb.totals.opening, tb.totals.movements, tb.totals.closing, ...tb.rows.flatMap((r) => [r.opening, r.movements, r.closing])];
  return sides.flatMap((s) => [s.debit.toString(), s.credit.toString()]);
};

describe('Decimal', () => {
  it('refuses Decimal.set from the exported constructor, and results stay exact (123,456.78 is not 123000)', () => {
    const before = figures([entry()]);
    try {
      const error = thrown(() => (Decimal as unknown as Configurable).set({ precision: 3 }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(READ_ONLY_DECIMAL);
      const tx = entry();
      expect(tx.entries[0]?.debit?.toString()).toBe('123456.78');
      expect(figures([tx])).toEqual(before);
      expect(trialBalance([tx]).totals.movements.debit.toString()).toBe('123456.78');
    } finally {
      restore();
    }
  });

  it('refuses set through the constructor of an amount the library returns', () => {
    const golden = goldenTransactions();
    const before = figures(golden);
    try {
      const amount = trialBalance(golden).totals.closing.debit;
      const error = thrown(() => (amount.constructor as unknown as Configurable).set({ precision: 3, rounding: DecimalJs.ROUND_DOWN }));
      expect(error).toBeInstanceOf(TypeError);
      expect(figures(golden)).toEqual(before);
      expect(figures(goldenTransactions())).toEqual(before);
    } finally {
      restore();
    }
  });

  it('refuses config() and writes to every configuration property', () => {
    const ctor = Decimal as unknown as Configurable;
    try {
      expect(thrown(() => ctor.config({ precision: 3 }))).toBeInstanceOf(TypeError);
      for (const [key, value] of [['precision', 3], ['rounding', 1], ['toExpNeg', -1], ['toExpPos', 1], ['minE', -1], ['maxE', 1], ['modulo', 9], ['crypto', true]] as const) {
        expect(thrown(() => { ctor[key] = value; }), key).toBeInstanceOf(TypeError);
      }
      expect(thrown(() => { ctor['set'] = () => ctor; })).toBeInstanceOf(TypeError);
      expect([Decimal.precision, Decimal.rounding, Decimal.toExpNeg, Decimal.toExpPos]).toEqual([40, DecimalJs.ROUND_HALF_UP, -40, 40]);
      expect(new Decimal('123456.78').plus('0.01').toString()).toBe('123456.79');
    } finally {
      restore();
    }
  });

  it('hands out writable clones whose settings stay theirs, values accepted and instanceof Decimal', () => {
    const Mine = Decimal.clone({ precision: 3 });
    expect(new Mine('123456.78').plus(0).toString()).toBe('123000');
    Mine.set({ precision: 5 });
    expect(Mine.precision).toBe(5);
    expect(Decimal.precision).toBe(40);
    const tx = createTransaction({
      journal: 'VT',
      date: '2024-10-15',
      piece: { ref: 'F1', date: '2024-10-15' },
      label: 'x',
      entries: [
        { account: '411000', debit: new Mine('123456.78') },
        { account: '706000', credit: new DecimalJs('123456.78') },
      ],
    });
    expect(tx.entries[1]?.credit?.toString()).toBe('123456.78');
    expect(new Mine('1')).toBeInstanceOf(Decimal);
    expect(tx.entries[0]?.debit).toBeInstanceOf(Decimal);
    expect(tx.entries[0]?.debit).toBeInstanceOf(DecimalJs);
    expect(tx.entries[0]?.debit?.constructor).toBe(Decimal);
  });

  it('does not compile a call to set or config', () => {
    // Type-level only (never called): the exported constructor's set and config are typed `never`.
    const refused = (): unknown[] => [
      //  set is refused: configure Decimal.clone({ … }) instead
      Decimal.set({ precision: 3 }),
      //  config is refused too
      Decimal.config({ precision: 3 }),
    ];
    expect(typeof refused).toBe('function');
    expect(typeof Decimal.clone({ precision: 3 }).set).toBe('function');
  });

  it('leaves the global decimal.js alone', () => {
    expect(DecimalJs.precision).toBe(20);
    expect(thrown(() => (Decimal as unknown as Configurable).set({ precision: 3 }))).toBeInstanceOf(TypeError);
    expect(DecimalJs.precision).toBe(20);
  });

  it('computes ln and trigonometry on a clone, and says so when called on its own values', () => {
    expect((thrown(() => new Decimal(2).ln()) as Error).message).toBe(READ_ONLY_DECIMAL);
    expect(new (Decimal.clone())(2).ln().toFixed(6)).toBe('0.693147');
    expect(new Decimal(2).sqrt().toFixed(6)).toBe('1.414214');
    expect(new Decimal(10).pow(3).toString()).toBe('1000');
    expect(Decimal.precision).toBe(40);
  });
});

describe('properties', () => {
  const configs = fc.record({
    precision: fc.integer({ min: 1, max: 20 }),
    rounding: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8) as fc.Arbitrary<DecimalJs.Rounding>,
    toExpNeg: fc.integer({ min: -20, max: 0 }),
    toExpPos: fc.integer({ min: 0, max: 20 }),
  });

  it('configuration is unreachable: Decimal.set through the exported constructor or any returned amount throws and changes no result', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 1, maxLength: 8 }), configs, fc.boolean(), (transactions, config, throughAmount) => {
        const before = figures(transactions);
        try {
          const ctor = throughAmount ? trialBalance(transactions).totals.closing.debit.constructor : Decimal;
          const error = thrown(() => (ctor as unknown as Configurable).set(config));
          return error instanceof TypeError && JSON.stringify(figures(transactions)) === JSON.stringify(before);
        } finally {
          restore();
        }
      }),
      { numRuns: 60 },
    );
  });
});
