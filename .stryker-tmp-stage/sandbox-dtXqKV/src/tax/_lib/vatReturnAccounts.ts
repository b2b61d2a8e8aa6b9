// @ts-nocheck
// The VAT accounts a return reads and a settlement posts to (internal).
import { padUnchecked } from '../../accounts/index.js';
import type { PostingRules } from '../../posting/rules.js';

/** Roles of the accounts a return reads (0: not read). */
export const COLLECTED = 1;
export const DEDUCTIBLE_OTHER = 2;
export const DEDUCTIBLE_FIXED = 3;
export const CREDIT = 4;
export const INSTALMENTS = 5;
/** Pending VAT (44574, 44568): never read by a return, named so it wins over a shorter prefix. */
export const PENDING = 6;

/** The PCG accounts of the return and its settlement, before the rules' account width. */
export const VAT_RETURN_ACCOUNTS = Object.freeze({
  /** TVA sur immobilisations (deductible on fixed assets). */
  fixedAssets: '44562',
  /** Crédit de TVA à reporter. */
  credit: '44567',
  /** TVA à décaisser. */
  toPay: '44551',
  /** Acomptes – régime simplifié d'imposition. */
  instalments: '44581',
  /** Charges diverses de gestion courante (rounding loss). */
  roundingLoss: '658',
  /** Produits divers de gestion courante (rounding gain). */
  roundingGain: '758',
});

/** An account of {@link VAT_RETURN_ACCOUNTS} at the rules' account width. */
export function vatAccount(rules: PostingRules, key: keyof typeof VAT_RETURN_ACCOUNTS): string {
  const n = VAT_RETURN_ACCOUNTS[key];
  return rules.accountWidth === undefined ? n : padUnchecked(n, rules.accountWidth);
}

/** The role of an account for a return: the longest matching prefix wins. */
export function returnRoleOf(account: string, rules: PostingRules, ca12: boolean): number {
  let best = 0;
  let length = 0;
  const test = (prefix: string, r: number): void => {
    if (prefix.length > length && account.startsWith(prefix)) {
      best = r;
      length = prefix.length;
    }
  };
  test('44571', COLLECTED);
  for (const p of Object.values(rules.vatCollected)) test(p, COLLECTED);
  const pending = typeof rules.vatPending === 'string' ? [rules.vatPending] : Object.values(rules.vatPending);
  for (const p of pending) test(p, PENDING);
  test(rules.accounts.vatDeductiblePending, PENDING);
  test(rules.accounts.vatDeductible, DEDUCTIBLE_OTHER);
  test(VAT_RETURN_ACCOUNTS.fixedAssets, DEDUCTIBLE_FIXED);
  test(VAT_RETURN_ACCOUNTS.credit, CREDIT);
  if (ca12) test(VAT_RETURN_ACCOUNTS.instalments, INSTALMENTS);
  return best === PENDING ? 0 : best;
}

/** The rate a per-rate collected account stands for in the rules, for entries that name none. */
export function collectedRateOf(account: string, rules: PostingRules): string | undefined {
  let best: string | undefined;
  let length = 0;
  for (const [rate, prefix] of Object.entries(rules.vatCollected)) {
    if (prefix.length > length && account.startsWith(prefix)) {
      best = rate;
      length = prefix.length;
    }
  }
  return best;
}
