// @ts-nocheck
// Largest-remainder spreading of an integer over integer weights (internal).
import { spread } from '../../tax/_lib/lineAmounts.js';

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Spreads `total` minor units over `weights` in proportion: every share starts
 * at its floor, the units left go one each to the largest remainders (ties to
 * the earliest weight), so the shares sum exactly to the total (the same
 * method as `allocate`). Weights may be negative as long as their sum is not
 * zero; a zero sum puts the whole total on the weight of largest magnitude.
 * Numbers while every product is a safe integer, bigints beyond.
 */
export function spreadMinor(total: number, weights: ReadonlyArray<number>): number[] {
  const n = weights.length;
  const out = new Float64Array(n);
  spreadInto(total, weights, 0, n, out, new Float64Array(n));
  return Array.from(out);
}

/**
 * `spreadMinor(total, weights[start … end − 1])` written into `out[0 … n − 1]`,
 * without allocating (the same shares, the same tie-breaking); `rem` is
 * scratch space, `out` and `rem` hold at least n numbers.
 */
export function spreadInto(total: number, weights: ArrayLike<number>, start: number, end: number, out: Float64Array, rem: Float64Array): void {
  const n = end - start;
  let sum = 0;
  let maxAbs = 0;
  let big = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[start + i]!;
    sum += w;
    const a = Math.abs(w);
    if (a > maxAbs) {
      maxAbs = a;
      big = i;
    }
  }
  if (n === 1 || sum === 0) {
    for (let i = 0; i < n; i++) out[i] = 0;
    out[n === 1 ? 0 : big] = total;
    return;
  }
  const sign = sum < 0 ? -1 : 1;
  const den = sign * sum;
  if (Math.abs(total) * maxAbs > MAX) {
    const t = BigInt(total);
    const parts: bigint[] = [];
    for (let i = 0; i < n; i++) parts.push(t * BigInt(sign * weights[start + i]!));
    const shares = spread(t, parts, BigInt(den));
    for (let i = 0; i < n; i++) out[i] = Number(shares[i]!);
    return;
  }
  let left = total;
  for (let i = 0; i < n; i++) {
    const p = total * sign * weights[start + i]!;
    let q = Math.floor(p / den) + 0; // no −0 share
    // exact: p and q × den are safe integers
    let r = p - q * den;
    if (r < 0) {
      q -= 1;
      r += den;
    } else if (r >= den) {
      q += 1;
      r -= den;
    }
    out[i] = q;
    rem[i] = r;
    left -= q;
  }
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < n; i++) if (rem[i]! >= 0 && (best < 0 || rem[i]! > rem[best]!)) best = i;
    out[best] = out[best]! + 1;
    rem[best] = -1;
    left--;
  }
}
