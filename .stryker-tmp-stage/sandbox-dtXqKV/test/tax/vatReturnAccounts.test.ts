// @ts-nocheck
// The VAT accounts a return reads (src/tax/_lib/vatReturnAccounts.ts): the role of an account by the longest
// matching prefix (PCG 44571 collected, 44566 deductible on other goods and services, 44562 on fixed assets, 44567
// credit to carry forward, 44581 CA12 instalments; pending VAT 44574 / 44568 never read), the rate a per-rate
// collected account stands for, and the settlement accounts at the rules' width.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultRules } from '../../src/index.js';
import {
  COLLECTED,
  collectedRateOf,
  CREDIT,
  DEDUCTIBLE_FIXED,
  DEDUCTIBLE_OTHER,
  INSTALMENTS,
  returnRoleOf,
  VAT_RETURN_ACCOUNTS,
  vatAccount,
} from '../../src/tax/_lib/vatReturnAccounts.js';

const rules = defaultRules();

describe('vatAccount', () => {
  it('gives the PCG numbers as they are without an account width', () => {
    expect(Object.keys(VAT_RETURN_ACCOUNTS).map((k) => vatAccount(rules, k as keyof typeof VAT_RETURN_ACCOUNTS))).toEqual(['44562', '44567', '44551', '44581', '658', '758']);
  });

  it('pads them with zeros to the rules’ account width', () => {
    const six = defaultRules({ accountWidth: 6 });
    expect([vatAccount(six, 'credit'), vatAccount(six, 'toPay'), vatAccount(six, 'roundingLoss')]).toEqual(['445670', '445510', '658000']);
    expect(vatAccount(defaultRules({ accountWidth: 8 }), 'instalments')).toBe('44581000');
  });
});

describe('returnRoleOf', () => {
  it('reads each PCG account of the return with its role (default rules)', () => {
    const role = (a: string, ca12 = false): number => returnRoleOf(a, rules, ca12);
    expect([role('44571'), role('445711'), role('445714'), role('4457199')]).toEqual([COLLECTED, COLLECTED, COLLECTED, COLLECTED]);
    expect([role('44566'), role('445661'), role('44562'), role('4456200'), role('44567'), role('445670')]).toEqual([DEDUCTIBLE_OTHER, DEDUCTIBLE_OTHER, DEDUCTIBLE_FIXED, DEDUCTIBLE_FIXED, CREDIT, CREDIT]);
    // Not read by a return: pending VAT (on receipt), VAT to pay, other accounts, a mere prefix of a VAT account.
    expect([role('44574'), role('445740'), role('44568'), role('445680'), role('44551'), role('411'), role('4457'), role('4456'), role('706100')]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // The number must start with the prefix, not end with it.
    expect([role('1044571'), role('9944566'), role('7744562'), role('5544567')]).toEqual([0, 0, 0, 0]);
  });

  it('reads the instalments account (44581) on a CA12 only', () => {
    expect(returnRoleOf('44581', rules, true)).toBe(INSTALMENTS);
    expect(returnRoleOf('445810', rules, true)).toBe(INSTALMENTS);
    expect(returnRoleOf('44581', rules, false)).toBe(0);
    expect(returnRoleOf('445810', rules, false)).toBe(0);
  });

  it('follows the collected accounts of the rules, wherever they are', () => {
    const r = defaultRules({ vatCollected: { '20': '4458', '10': '4459' } });
    expect([returnRoleOf('445800', r, false), returnRoleOf('4459', r, false), returnRoleOf('4457', r, false)]).toEqual([COLLECTED, COLLECTED, 0]);
  });

  it('lets pending VAT (one account or one per rate) win over a shorter collected prefix, and never reads it', () => {
    const one = defaultRules({ vatCollected: { '20': '4457' } });
    expect([returnRoleOf('445700', one, false), returnRoleOf('445740', one, false), returnRoleOf('44574', one, false)]).toEqual([COLLECTED, 0, 0]);
    const perRate = defaultRules({ vatCollected: { '20': '4457' }, vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } });
    expect([returnRoleOf('445741', perRate, false), returnRoleOf('4457430', perRate, false), returnRoleOf('445740', perRate, false)]).toEqual([0, 0, COLLECTED]);
  });

  it('lets deductible VAT pending (44568) win over a shorter deductible prefix, and never reads it', () => {
    const r = defaultRules({ accounts: { vatDeductible: '4456', vatDeductiblePending: '44568' } });
    expect([returnRoleOf('445680', r, false), returnRoleOf('445660', r, false), returnRoleOf('44562', r, false)]).toEqual([0, DEDUCTIBLE_OTHER, DEDUCTIBLE_FIXED]);
  });

  it('keeps the first role of a tie between prefixes of the same length', () => {
    // The deductible account set to the fixed-asset one: it stays "other" (the deductible prefix is tested first).
    expect(returnRoleOf('44562', defaultRules({ accounts: { vatDeductible: '44562' } }), false)).toBe(DEDUCTIBLE_OTHER);
    // Pending VAT set to the collected prefix 44571: collected wins the tie.
    expect(returnRoleOf('445719', defaultRules({ vatPending: '44571' }), false)).toBe(COLLECTED);
    // The deductible account set to the credit one.
    expect(returnRoleOf('44567', defaultRules({ accounts: { vatDeductible: '44567' } }), false)).toBe(DEDUCTIBLE_OTHER);
  });
});

describe('collectedRateOf', () => {
  it('gives the rate of each default collected account, none for the generic 44571 or another account', () => {
    expect(['445711', '445712', '445713', '445714', '4457119', '44571', '44574', '1445711'].map((a) => collectedRateOf(a, rules))).toEqual(['20', '10', '5.5', '2.1', '20', undefined, undefined, undefined]);
  });

  it('takes the longest matching prefix, and the first rate of a tie', () => {
    const nested = defaultRules({ vatCollected: { '20': '44571', '10': '445712' } });
    expect([collectedRateOf('445712', nested), collectedRateOf('445719', nested), collectedRateOf('4457120', nested)]).toEqual(['10', '20', '10']);
    const nestedReversed = defaultRules({ vatCollected: { '10': '44571', '20': '445711' } });
    expect([collectedRateOf('445711', nestedReversed), collectedRateOf('445712', nestedReversed)]).toEqual(['20', '10']);
    // Two rates on one account: the first in the rules' order ('10' before '20', integer keys ascending).
    const shared = defaultRules({ vatCollected: { '20': '445711', '10': '445711' } });
    expect(Object.keys(shared.vatCollected).slice(0, 2)).toEqual(['10', '20']);
    expect(collectedRateOf('445711', shared)).toBe('10');
  });
});

describe('properties', () => {
  it('longest prefix law: appending digits to a VAT account no other prefix extends keeps its role and rate', () => {
    const accounts = ['445711', '445712', '445713', '445714', '44566', '44562', '44567', '44581', '44574', '44568'];
    fc.assert(
      fc.property(fc.constantFrom(...accounts), fc.stringMatching(/^\d{0,4}$/), fc.boolean(), (a, tail, ca12) => {
        expect(returnRoleOf(a + tail, rules, ca12)).toBe(returnRoleOf(a, rules, ca12));
        expect(collectedRateOf(a + tail, rules)).toBe(collectedRateOf(a, rules));
      }),
    );
  });
});
