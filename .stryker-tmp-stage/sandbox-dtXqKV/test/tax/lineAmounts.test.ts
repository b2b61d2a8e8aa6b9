// @ts-nocheck
// The per-line amounts excl. and incl. tax (src/tax/_lib/lineAmounts.ts) that deferred revenue, accruals and the
// syntheses build on: hand-computed worked vectors for each rounding of SPEC-FR §4.8 and the largest-remainder spread.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertMinor, grossMinor, lineAmounts, parseDecimal, rateInfo, spread, type AmountLine, type LineAmountOptions } from '../../src/tax/_lib/lineAmounts.js';

const line = (unitPrice: string, vatRate?: string, extra: Partial<AmountLine> = {}): AmountLine => ({ quantity: '1', unitPrice, vatRate, ...extra });
const opts = (o: Partial<LineAmountOptions> = {}): LineAmountOptions => ({ pricesIncludeTax: false, scale: 2, rounding: 'half-even', vatRounding: 'per-invoice-rate', ...o });
const amounts = (lines: AmountLine[], o: Partial<LineAmountOptions> = {}): { exclTax: number[]; inclTax: number[] } | { badLine: number } => {
  const r = lineAmounts(lines, opts(o));
  return 'badLine' in r ? r : { exclTax: r.exclTax.map(Number), inclTax: r.inclTax.map(Number) };
};

describe('lineAmounts', () => {
  describe('spread (largest remainder over exact shares)', () => {
    it('gives each share its floor, then the units left to the largest remainders, ties to the earliest', () => {
      expect(spread(1n, [1n, 1n, 1n], 3n)).toEqual([1n, 0n, 0n]);
      expect(spread(2n, [1n, 1n, 1n], 3n)).toEqual([1n, 1n, 0n]);
      // 5/3 = 1 r 2, 4/3 = 1 r 1: the unit left goes to the larger remainder, wherever it is.
      expect(spread(3n, [5n, 4n], 3n)).toEqual([2n, 1n]);
      expect(spread(3n, [4n, 5n], 3n)).toEqual([1n, 2n]);
      // Nothing left: the floors.
      expect(spread(2n, [5n, 4n], 3n)).toEqual([1n, 1n]);
      expect(spread(0n, [1n, 1n, 1n], 3n)).toEqual([0n, 0n, 0n]);
    });

    it('takes units back from the smallest remainders when the total is below the floors', () => {
      // Floors 1 and 1 (remainders 1 and 2), total 1: the share with the smaller remainder gives one back.
      expect(spread(1n, [4n, 5n], 3n)).toEqual([0n, 1n]);
      expect(spread(1n, [5n, 4n], 3n)).toEqual([1n, 0n]);
      // Equal remainders: the last one gives back first.
      expect(spread(1n, [3n, 3n], 3n)).toEqual([1n, 0n]);
    });

    it('ranks by remainder, not by share: unequal shares (10/3 and 5/3)', () => {
      // Floors 3 and 1, remainders 1 and 2: the unit left goes to the second.
      expect(spread(5n, [10n, 5n], 3n)).toEqual([3n, 2n]);
    });

    it('mixes positive and negative shares (a discount line at the rate of the others)', () => {
      // −50/6, 44/6, −4/6, 5/6 = −8.33, 7.33, −0.67, 0.83 (sum −0.83 → −1): floors −9, 7, −1, 0 and remainders 4, 2, 2, 5;
      // the two units left go to the remainders 5 and 4.
      expect(spread(-1n, [-50n, 44n, -4n, 5n], 6n)).toEqual([-8n, 7n, -1n, 1n]);
      // −12/4, 24/4, 36/4 are exact (−3, 6, 9): the one unit above their sum goes to the first (ties to the earliest).
      expect(spread(13n, [-12n, 24n, 36n], 4n)).toEqual([-2n, 6n, 9n]);
    });

    it('goes round again when more units are left than shares', () => {
      expect(spread(5n, [1n, 1n], 3n)).toEqual([3n, 2n]);
      expect(spread(-3n, [0n, 0n], 3n)).toEqual([-1n, -2n]);
    });

    it('floors negative shares toward −∞', () => {
      // −100000/120 = −833.33…: floor −834, remainder 80; the 2 units left go to the first two.
      expect(spread(-2500n, [-100000n, -100000n, -100000n], 120n)).toEqual([-833n, -833n, -834n]);
      // −3/3 = −1 exactly: no adjustment.
      expect(spread(-2n, [-3n, -3n], 3n)).toEqual([-1n, -1n]);
      expect(spread(-1n, [-1n, -1n, -1n], 3n)).toEqual([0n, 0n, -1n]);
    });

    describe('properties', () => {
      it('Hamilton law: with the total rounded from the exact sum, each share is the floor or the ceiling of its exact share', () => {
        fc.assert(
          fc.property(fc.array(fc.bigInt({ min: -10_000n, max: 10_000n }), { minLength: 1, maxLength: 8 }), fc.bigInt({ min: 1n, max: 500n }), fc.boolean(), (nums, den, up) => {
            const floor = (n: bigint): bigint => (n % den !== 0n && n < 0n ? n / den - 1n : n / den);
            const exact = nums.reduce((s, x) => s + x, 0n);
            const total = floor(exact) + (up && exact % den !== 0n ? 1n : 0n);
            const out = spread(total, nums, den);
            out.forEach((share, i) => expect(share - floor(nums[i]!)).toBeOneOf([0n, 1n]));
          }),
          { numRuns: 200 },
        );
      });

      it('sum law: the shares add up to the total', () => {
        fc.assert(
          fc.property(fc.array(fc.bigInt({ min: -10_000n, max: 10_000n }), { minLength: 1, maxLength: 8 }), fc.bigInt({ min: 1n, max: 500n }), fc.bigInt({ min: -20n, max: 20n }), (nums, den, extra) => {
            const exact = nums.reduce((s, x) => s + x, 0n);
            const total = exact / den + extra;
            const out = spread(total, nums, den);
            expect(out.reduce((s, x) => s + x, 0n)).toBe(total);
          }),
          { numRuns: 200 },
        );
      });
    });
  });

  describe('grossMinor (quantity × unit price, rounded once)', () => {
    it('multiplies whole quantities exactly and rounds decimal ones with the mode', () => {
      expect(grossMinor('1', '12.34', 2, 'half-even')).toBe(1234);
      expect(grossMinor('3', '12.34', 2, 'half-even')).toBe(3702);
      expect(grossMinor('-2', '10.00', 2, 'half-even')).toBe(-2000);
      expect(grossMinor('1.50', '10.00', 2, 'half-even')).toBe(1500);
      // 2.5 × 0.01 = 0.025: 2.5 cents.
      expect(grossMinor('2.5', '0.01', 2, 'half-even')).toBe(2);
      expect(grossMinor('2.5', '0.01', 2, 'half-away-from-zero')).toBe(3);
      expect(grossMinor('2.5', '0.01', 2, 'toward-zero')).toBe(2);
      expect(grossMinor('1.5', '0.05', 2, 'half-even')).toBe(8);
      expect(grossMinor('1.5', '0.05', 2, 'toward-zero')).toBe(7);
      expect(grossMinor('2', '1500', 0, 'half-even')).toBe(3000);
    });

    it('is NaN when the price has more decimals than the currency, Infinity when the quantity is not a safe number', () => {
      expect(grossMinor('1', '12.345', 2, 'half-even')).toBeNaN();
      expect(grossMinor('2', '12.345', 2, 'half-even')).toBeNaN();
      expect(grossMinor('99999999999999999999', '1.00', 2, 'half-even')).toBe(Infinity);
      // A price past the safe range stays Infinity whatever the quantity (0 included: never a NaN 0 × ∞).
      expect(grossMinor('0', '99999999999999999.00', 2, 'half-even')).toBe(Infinity);
      expect(grossMinor('2', '99999999999999999.00', 2, 'half-even')).toBe(Infinity);
    });
  });

  it('parseDecimal reads the digits and the number of decimals', () => {
    expect(parseDecimal('12')).toEqual([12n, 0]);
    expect(parseDecimal('12.340')).toEqual([12340n, 3]);
    expect(parseDecimal('-0.5')).toEqual([-5n, 1]);
  });

  it('rateInfo normalises a rate and gives its fraction; a string that is no rate has neither', () => {
    expect(rateInfo('20.0')).toEqual({ rate: '20', fraction: { num: 20n, den: 100n } });
    expect(rateInfo('5.5')).toEqual({ rate: '5.5', fraction: { num: 55n, den: 1000n } });
    expect(rateInfo('twenty')).toEqual({ rate: undefined, fraction: undefined });
    expect(Object.isFrozen(rateInfo('10'))).toBe(true);
  });

  describe('per-invoice-rate (default)', () => {
    it('prices excl. tax: the VAT of each rate rounded once on its lines, spread by largest remainder', () => {
      // Rate 20 (written two ways): 10.01 + 10.02 = 20.03, VAT 4.006 → 4.01; shares 2.002 and 2.004 → 2.00 and 2.01.
      // Rate 5.5: 10.00 → 0.55. The tourist tax, the line without a rate and the 0 % line carry no VAT.
      const lines = [line('10.01', '20'), line('10.02', '20.0'), line('10.00', '5.5'), line('1.00', '10', { kind: 'tourist-tax' }), line('2.00'), line('3.00', '0.00'), line('4.00', 'n/a')];
      expect(amounts(lines)).toEqual({ exclTax: [1001, 1002, 1000, 100, 200, 300, 400], inclTax: [1201, 1203, 1055, 100, 200, 300, 400] });
    });

    it('prices excl. tax: three lines of 0.02 at 20 % share one cent of VAT (per-line rounds each 0.004 to nothing)', () => {
      const lines = [line('0.02', '20'), line('0.02', '20'), line('0.02', '20')];
      expect(amounts(lines)).toEqual({ exclTax: [2, 2, 2], inclTax: [3, 2, 2] });
      expect(amounts(lines, { rounding: 'away-from-zero' })).toEqual({ exclTax: [2, 2, 2], inclTax: [3, 3, 2] });
      expect(amounts(lines, { vatRounding: 'per-line' })).toEqual({ exclTax: [2, 2, 2], inclTax: [2, 2, 2] });
      expect(amounts(lines, { vatRounding: 'per-line', rounding: 'away-from-zero' })).toEqual({ exclTax: [2, 2, 2], inclTax: [3, 3, 3] });
    });

    it('prices incl. tax: the base of each rate rounded once, spread by largest remainder', () => {
      // 3 × 10.00 TTC at 20 %: base 25.00; shares 8.333… each → 8.34, 8.33, 8.33 (per line: 8.33 each).
      const lines = [line('10.00', '20'), line('10.00', '20'), line('10.00', '20')];
      expect(amounts(lines, { pricesIncludeTax: true })).toEqual({ exclTax: [834, 833, 833], inclTax: [1000, 1000, 1000] });
      expect(amounts(lines, { pricesIncludeTax: true, vatRounding: 'per-line' })).toEqual({ exclTax: [833, 833, 833], inclTax: [1000, 1000, 1000] });
      // 10.00 + 20.00 TTC at 20 %: base 25.00; shares 8.333… and 16.666… → 8.33 and 16.67.
      expect(amounts([line('10.00', '20'), line('20.00', '20')], { pricesIncludeTax: true })).toEqual({ exclTax: [833, 1667], inclTax: [1000, 2000] });
      // One line of 12.00 TTC at 5.5 %: base 12 / 1.055 = 11.374… → 11.37.
      expect(amounts([line('12.00', '5.5')], { pricesIncludeTax: true })).toEqual({ exclTax: [1137], inclTax: [1200] });
      // A credit note: the same lines negated.
      const credit = [line('-10.00', '20'), line('-10.00', '20'), line('-10.00', '20')];
      expect(amounts(credit, { pricesIncludeTax: true })).toEqual({ exclTax: [-833, -833, -834], inclTax: [-1000, -1000, -1000] });
    });

    it('a single line of a rate takes the rate total', () => {
      // 0.03 at 20 %: VAT 0.006 → 0.01.
      expect(amounts([line('0.03', '20')])).toEqual({ exclTax: [3], inclTax: [4] });
    });
  });

  describe('per-line', () => {
    it('prices excl. tax and incl. tax: each line rounded on its own', () => {
      // 0.03 at 20 %: 0.006 → 0.01; 12.00 TTC at 5.5 %: base 11.37.
      expect(amounts([line('0.03', '20'), line('0.03', '20')], { vatRounding: 'per-line' })).toEqual({ exclTax: [3, 3], inclTax: [4, 4] });
      expect(amounts([line('12.00', '5.5'), line('5.00', '10', { kind: 'tourist-tax' })], { vatRounding: 'per-line', pricesIncludeTax: true })).toEqual({ exclTax: [1137, 500], inclTax: [1200, 500] });
    });
  });

  it('quantities multiply the unit price before the VAT', () => {
    // 3 × 0.07 = 0.21 at 20 %: VAT 0.042 → 0.04.
    expect(amounts([line('0.07', '20', { quantity: '3' })])).toEqual({ exclTax: [21], inclTax: [25] });
  });

  it('names the first line whose price has too many decimals or whose amount is too large', () => {
    expect(amounts([line('1.00', '20'), line('1.001', '20'), line('1.0001', '20')])).toEqual({ badLine: 1 });
    expect(amounts([line('99999999999999999.00', '20')])).toEqual({ badLine: 0 });
    expect(amounts([line('1.00'), line('1.00', undefined, { quantity: '99999999999999999999' })])).toEqual({ badLine: 1 });
  });

  it('an empty document has no amounts', () => {
    expect(amounts([])).toEqual({ exclTax: [], inclTax: [] });
  });
});

describe('convertMinor (document currency to book currency)', () => {
  it('multiplies by the rate and rounds once to the book scale', () => {
    // 10.00 USD at 1.5 → 15.00 EUR.
    expect(convertMinor(1000n, '1.5', 2, 2, 'half-even')).toBe(1500n);
    // 1,000 JPY (scale 0) at 0.0061 → 6.10 EUR.
    expect(convertMinor(1000n, '0.0061', 0, 2, 'half-even')).toBe(610n);
    // 1,000 JPY at 2 → 2,000.00: no division.
    expect(convertMinor(1000n, '2', 0, 2, 'half-even')).toBe(200000n);
    expect(convertMinor(5n, '3', 2, 2, 'half-even')).toBe(15n);
    // 12.34 EUR to a scale-0 currency at 1: 12.34 → 12.
    expect(convertMinor(1234n, '1', 2, 0, 'half-even')).toBe(12n);
  });

  it('rounds with the mode given', () => {
    // 0.01 × 0.5 = 0.005: half a cent; 0.03 × 0.5 = 0.015.
    expect(convertMinor(1n, '0.5', 2, 2, 'half-even')).toBe(0n);
    expect(convertMinor(1n, '0.5', 2, 2, 'half-away-from-zero')).toBe(1n);
    expect(convertMinor(3n, '0.5', 2, 2, 'half-even')).toBe(2n);
    expect(convertMinor(3n, '0.5', 2, 2, 'toward-zero')).toBe(1n);
    expect(convertMinor(-1n, '0.5', 2, 2, 'half-away-from-zero')).toBe(-1n);
  });
});
