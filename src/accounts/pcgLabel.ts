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
  // the longest listed prefix once trailing zeros are dropped (Chart's find)
  const key = trimAccountNumber(number);
  for (let len = key.length; len >= 3; len--) {
    const label = labels.get(len === key.length ? key : key.slice(0, len));
    if (label !== undefined) return label;
  }
  return undefined;
}
