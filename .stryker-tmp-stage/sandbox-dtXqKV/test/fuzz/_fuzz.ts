// @ts-nocheck
// Shared settings of the fuzz properties: short runs in `npm test`, long ones in `npm run fuzz`.
import fc from 'fast-check';
import { AccountingError } from '../../src/index.js';

/** Runs per property: FUZZ_RUNS (npm run fuzz: 1,000,000), else `short`. */
export function runs(short: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isSafeInteger(n) && n > 0 ? n : short;
}

/** The seed: FUZZ_SEED to replay a run, else fast-check's own (printed when a property fails). */
export function params(short: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs(short), ...(Number.isSafeInteger(seed) ? { seed } : {}), ...(process.env.FUZZ_RUNS ? { verbose: 1 } : {}) } as fc.Parameters<unknown>;
}

/** Runs `fn`; its value, or undefined when it threw an AccountingError; any other exception fails the property. */
export function typed<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof AccountingError) {
      if (error.issues.length === 0) throw new Error('AccountingError without issues');
      return undefined;
    }
    throw error;
  }
}

/** Σ debit − Σ credit of a transaction, in minor units. */
export function residual(t: { readonly entries: ReadonlyArray<{ readonly side: string; readonly minor: number }> }): number {
  let s = 0;
  for (const e of t.entries) s += e.side === 'debit' ? e.minor : -e.minor;
  return s;
}
