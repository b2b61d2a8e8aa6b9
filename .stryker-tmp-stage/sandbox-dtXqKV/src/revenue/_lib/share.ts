// @ts-nocheck
// The deferred share of a revenue line at a cut-off, and its one rounding (internal).
import { fail } from '../../errors/index.js';
import type { RoundingMode } from '../../money/index.js';
import { mulDivRound } from '../../posting/_lib/minor.js';
import { periodShare, type DeferralMethod } from './methods.js';
import type { RevenueLine } from './revenueLines.js';

/** `[after, total]` of a line at a cut-off day, in the method's units, and the sessions used by then. */
export function lineShare(line: RevenueLine, method: DeferralMethod, cutoff: number): { after: number; total: number; used: number } {
  if (method === 'sessions') {
    let used = 0;
    while (used < line.usage.length && line.usage[used]! <= cutoff) used++;
    // A pack whose service period has ended by the cut-off has nothing left to serve.
    const expired = line.to >= 0 && cutoff >= line.to;
    return { after: expired ? 0 : line.sessions - used, total: line.sessions, used };
  }
  const [after, total] = periodShare(method, line.from, line.to, cutoff);
  return { after, total, used: 0 };
}

/** The deferred amount (minor units, signed as the line): amount × after / total, exact, rounded once. */
export function deferredMinor(exclTax: number, after: number, total: number, rounding: RoundingMode): number {
  if (after === 0) return 0;
  if (after === total) return exclTax;
  return mulDivRound(exclTax, after, total, rounding);
}

/** Fails loudly when a sum of minor units could have lost precision (internal helper). */
export function checkSafe(absoluteSum: number, what: string): void {
  if (absoluteSum > Number.MAX_SAFE_INTEGER) fail('amount_overflow', [], `The ${what} pass Number.MAX_SAFE_INTEGER minor units: split the documents into smaller reports.`);
}
