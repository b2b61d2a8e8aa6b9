import { isAccountNumber } from './AccountNumber.js';
import { trimAccountNumber } from './accountWidth.js';
import { PCG_ACCOUNTS } from './pcg.js';

/** The PCG labels by number without trailing zeros (as the default chart keys its accounts), built on first use. */
let labels: Map<string, string> | undefined;

/**
 * The label the default chart gives an account: `defaultChart().find(number)?.label`, without building the
 * chart (internal). A Book takes the default labels of its accounts from here, so that a bundle creating Books
 * does not carry the Chart's code (issue #13 §2); `test/accounts/pcgLabel.test.ts` states the two equal.
 */
export function pcgLabel(number: string): string | undefined {
  if (!isAccountNumber(number)) return undefined;
  if (labels === undefined) {
    labels = new Map();
    for (const [n, label] of PCG_ACCOUNTS) labels.set(trimAccountNumber(n), label);
  }
  return longestListed(labels, number);
}

/**
 * What `listed` holds for the longest prefix of `number` once trailing zeros are dropped (keys are numbers
 * without trailing zeros), or `undefined`; `number` must be an account number (internal: a Chart's `find`).
 */
export function longestListed<T>(listed: ReadonlyMap<string, T>, number: string): T | undefined {
  // Keys have no trailing zero (beyond the third character): a longer prefix ending in 0 cannot be one.
  const key = trimAccountNumber(number);
  for (let len = key.length; len >= 3; len--) {
    const found = listed.get(len === key.length ? key : key.slice(0, len));
    if (found !== undefined) return found;
  }
  return undefined;
}
