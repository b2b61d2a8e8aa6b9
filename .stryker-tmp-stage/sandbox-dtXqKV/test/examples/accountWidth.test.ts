// @ts-nocheck
// One account, one number: the three example businesses keep every general
// account on one width (ACCOUNT_WIDTH), so the opening entries on 512000 and
// the rules' bank account are one account in the trial balance, the closing
// and every export.
import { describe, expect, it } from 'vitest';
import { CAMPSITE_ACCOUNTS } from '../../examples/campsite.js';
import { GYM_ACCOUNTS } from '../../examples/gym.js';
import { HOMECARE_ACCOUNTS } from '../../examples/homecare.js';
import { campsiteYear } from '../../examples/_data/campsite.js';
import { gymYear } from '../../examples/_data/gym.js';
import { homecareYear } from '../../examples/_data/homecare.js';
import { ACCOUNT_WIDTH, businessBook } from '../../examples/_lib/runBusiness.js';
import { accountNumberClashes, closeYear, trialBalance, trimAccountNumber } from '../../src/index.js';

const BUSINESSES = [
  { name: 'gym', year: gymYear, accounts: GYM_ACCOUNTS },
  { name: 'campsite', year: campsiteYear, accounts: CAMPSITE_ACCOUNTS },
  { name: 'homecare', year: homecareYear, accounts: HOMECARE_ACCOUNTS },
] as const;

/** Numbers of a list that are one account once trailing zeros are dropped. */
function sameAccount(numbers: ReadonlyArray<string>): string[][] {
  const by = new Map<string, string[]>();
  for (const n of numbers) by.set(trimAccountNumber(n), [...(by.get(trimAccountNumber(n)) ?? []), n]);
  return [...by.values()].filter((v) => v.length > 1);
}

describe('the examples keep one number per account', () => {
  it.each(BUSINESSES)('$name: the trial balance has no two numbers of one account, every general account is 6 wide, the bank moves on 512000', ({ year: make, accounts }) => {
    const year = make();
    const { book, rules } = businessBook(year, { accounts });
    expect(accountNumberClashes(book)).toEqual([]);
    expect(rules.accountWidth).toBe(ACCOUNT_WIDTH);
    const tb = trialBalance(book, { period: year.fiscalYear });
    const numbers = tb.rows.map((r) => r.account);
    expect(sameAccount(numbers)).toEqual([]);
    for (const n of numbers) expect(n).toHaveLength(ACCOUNT_WIDTH);
    const bank = tb.rows.find((r) => r.account === '512000');
    expect(bank).toBeDefined();
    // The opening balance and the year's receipts sit on one line.
    expect(bank!.opening.debit.isZero()).toBe(false);
    expect(bank!.movements.debit.isZero()).toBe(false);
    expect(numbers).not.toContain('512');
    // The closing carries each account once.
    const [opening] = closeYear(book, { fiscalYear: year.fiscalYear });
    const carried = [...new Set(opening!.entries.map((e) => e.account))];
    expect(sameAccount(carried)).toEqual([]);
  });
});
