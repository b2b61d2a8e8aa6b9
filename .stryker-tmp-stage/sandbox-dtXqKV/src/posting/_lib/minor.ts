// @ts-nocheck
// Exact integer arithmetic on minor units (internal). Numbers while the values
// are safe integers, bigints beyond; never floats for fractions.
import { divRound, type RoundingMode } from '../../money/index.js';

const MAX = Number.MAX_SAFE_INTEGER;
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** 10^n for small n. */
export function pow10(n: number): number {
  return POW10[n] ?? 10 ** n;
}

/**
 * A shape-checked decimal string in minor units at `scale`: NaN when it has
 * more decimals than the scale allows, Infinity when it passes the safe range.
 */
export function decimalToMinor(s: string, scale: number): number {
  // Read char by char: no substring or concatenation per amount (this runs once per amount of every document).
  const length = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const neg = i === 1;
  let end = length;
  const dot = s.indexOf('.');
  if (dot >= 0) {
    // trailing zeros beyond the scale are not precision: 12.3400 at scale 2 is 1234
    while (end - dot - 1 > scale && s.charCodeAt(end - 1) === 48) end--;
    if (end - dot - 1 > scale) return NaN;
  }
  let n = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46) n = n * 10 + (c - 48);
  }
  // exact while n ≤ 2^53: every partial value is an integer, and past MAX the result stays past MAX
  for (let k = dot < 0 ? 0 : end - dot - 1; k < scale; k++) n *= 10;
  if (n > MAX) return Infinity;
  return neg && n !== 0 ? -n : n;
}

/** A decimal string (quantity, rate) as an integer and its number of decimals, trailing zeros dropped; undefined when too large. */
export function decimalParts(s: string): { readonly int: number; readonly scale: number } | undefined {
  const dot = s.indexOf('.');
  if (dot < 0) {
    const n = Number(s);
    return Number.isSafeInteger(n) ? { int: n, scale: 0 } : undefined;
  }
  let end = s.length;
  while (end > dot + 1 && s.charCodeAt(end - 1) === 48) end--;
  const frac = s.slice(dot + 1, end);
  const n = Number(s.slice(0, dot) + frac);
  return Number.isSafeInteger(n) ? { int: n, scale: frac.length } : undefined;
}

/** `n / d` rounded with a mode, for safe integers with d > 0. */
export function divRoundNum(n: number, d: number, mode: RoundingMode): number {
  const r = n % d;
  if (r === 0) return n / d;
  const q = (n - r) / d;
  const sign = n < 0 ? -1 : 1;
  const ar = r < 0 ? -r : r;
  switch (mode) {
    case 'toward-zero':
      return q;
    case 'away-from-zero':
      return q + sign;
    case 'half-away-from-zero':
      return ar * 2 >= d ? q + sign : q;
    case 'half-even': {
      const twice = ar * 2;
      if (twice > d) return q + sign;
      if (twice < d) return q;
      return q % 2 === 0 ? q : q + sign;
    }
  }
}

/** `a × b / c` rounded once with a mode, exact (bigints when the product is not safe); c ≠ 0. */
export function mulDivRound(a: number, b: number, c: number, mode: RoundingMode): number {
  if (c < 0) {
    a = -a;
    c = -c;
  }
  const p = a * b;
  if (p <= MAX && p >= -MAX) return divRoundNum(p, c, mode);
  return Number(divRound(BigInt(a) * BigInt(b), BigInt(c), mode));
}

/** Whether every value is a safe integer (sums that may overflow). */
export function safe(n: number): boolean {
  return n <= MAX && n >= -MAX;
}
