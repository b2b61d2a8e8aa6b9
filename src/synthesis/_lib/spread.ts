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
  if (n === 1) return [total];
  let sum = 0;
  let maxAbs = 0;
  let big = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    sum += w;
    const a = Math.abs(w);
    if (a > maxAbs) {
      maxAbs = a;
      big = i;
    }
  }
  if (sum === 0) {
    const out = new Array<number>(n).fill(0);
    out[big] = total;
    return out;
  }
  const sign = sum < 0 ? -1 : 1;
  const den = sign * sum;
  if (Math.abs(total) * maxAbs > MAX) {
    return spread(BigInt(total), weights.map((w) => BigInt(total) * BigInt(sign * w)), BigInt(den)).map(Number);
  }
  const out = new Array<number>(n);
  const rem = new Array<number>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const p = total * sign * weights[i]!;
    const q = Math.floor(p / den);
    // exact: p and q × den are safe integers
    let r = p - q * den;
    let qq = q;
    if (r < 0) {
      qq -= 1;
      r += den;
    } else if (r >= den) {
      qq += 1;
      r -= den;
    }
    out[i] = qq;
    rem[i] = r;
    left -= qq;
  }
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < n; i++) if (rem[i]! >= 0 && (best < 0 || rem[i]! > rem[best]!)) best = i;
    out[best] = out[best]! + 1;
    rem[best] = -1;
    left--;
  }
  return out;
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
  if (Math.abs(total) * maxAbs > MAX) {
    const shares = spreadMinor(total, Array.from({ length: n }, (_, i) => weights[start + i]!));
    for (let i = 0; i < n; i++) out[i] = shares[i]!;
    return;
  }
  const sign = sum < 0 ? -1 : 1;
  const den = sign * sum;
  let left = total;
  for (let i = 0; i < n; i++) {
    const p = total * sign * weights[start + i]!;
    let q = Math.floor(p / den) + 0; // no −0 share
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
