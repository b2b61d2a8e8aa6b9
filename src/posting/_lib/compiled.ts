// Rules prepared for fast posting, cached per rules object (internal).
import { padUnchecked, trimAccountNumber } from '../../accounts/index.js';
import { currencyScale } from '../../money/index.js';
import { defaultRules, isPostingRules, normalizeRate, type JournalRole, type PaymentMethodRule, type PostingRules } from '../rules.js';

/** An accepted VAT rate with its exact fraction and accounts. */
export interface RateInfo {
  /** Normalised rate (`'5.5'`). */
  readonly rate: string;
  /** The rate as num / den of 1 (5.5 % → 55 / 1000). */
  readonly num: number;
  readonly den: number;
  readonly zero: boolean;
  /** Collected-VAT account ('' for the zero rate). */
  readonly collected: string;
  /** Pending-VAT account (the rules' one account for every rate, or the rate's; '' for a rate without one. Never read for the zero rate). */
  readonly pending: string;
}

/** Posting rules with their lookups prepared. */
export interface Compiled {
  readonly rules: PostingRules;
  readonly currency: string;
  readonly scale: number;
  /** The accepted rate a raw rate string stands for, or undefined. */
  rate(raw: string): RateInfo | undefined;
  /** Whether the chart covers an account. */
  covers(account: string): boolean;
  /** The rules' account width, when they have one. */
  readonly width: number | undefined;
  /** Whether a document's account is longer than the account width. */
  tooLong(account: string): boolean;
  /** A document's account padded to the account width (unchanged without one). */
  pad(account: string): string;
  journal(role: JournalRole): string;
  method(name: string): PaymentMethodRule | undefined;
  /** Whether a revenue account sells goods (the rules' `natures` first, then the built-in split). */
  goodsSale(account: string): boolean;
  /** Whether a purchase account buys goods (the rules' `natures` first, then the built-in split). */
  goodsPurchase(account: string): boolean;
}

/**
 * Revenue accounts of goods: finished goods (701), intermediate (702) and
 * residual products (703), goods for resale (707), and the rebates granted on
 * them (7091–7093, 7097). Works (704), studies (705), services (706), other
 * activities (708) and the other rebates are services.
 */
const SALE_GOODS: ReadonlyArray<string> = Object.freeze(['701', '702', '703', '707', '7091', '7092', '7093', '7097']);

/** Purchases of goods: raw materials (601), other supplies (602), non-stocked supplies incl. energy (606), goods for resale (607), tangible fixed assets (21). */
const PURCHASE_GOODS: ReadonlyArray<string> = Object.freeze(['601', '602', '606', '607', '21']);

/** The nature the rules' longest matching prefix gives, or undefined. */
function ruleNature(natures: Readonly<Record<string, 'goods' | 'services'>> | undefined, account: string): boolean | undefined {
  if (natures === undefined) return undefined;
  for (let n = account.length; n > 0; n--) {
    const prefix = account.slice(0, n);
    if (Object.hasOwn(natures, prefix)) return natures[prefix] === 'goods';
  }
  return undefined;
}

const cache = new WeakMap<PostingRules, Compiled>();

/** The compiled form of rules (validating hand-made rules through `defaultRules`). */
export function compile(rulesArg: PostingRules | undefined): Compiled {
  const rules = rulesArg === undefined ? defaultRules() : isPostingRules(rulesArg) ? rulesArg : defaultRules(rulesArg as never);
  let c = cache.get(rules);
  if (c) return c;
  const rates = new Map<string, RateInfo | null>();
  // One RateInfo per accepted rate, however it is written ('20', '20.0', '20.00'): lines are grouped and rounded
  // per rate by identity, so two spellings of one rate must not make two rates of the invoice.
  const infos = new Map<string, RateInfo>();
  const accepted = new Set(rules.vatRates);
  const pendingOf = (rate: string): string => (typeof rules.vatPending === 'string' ? rules.vatPending : (rules.vatPending[rate] ?? ''));
  const covered = new Map<string, boolean>();
  // Goods or services by account, memoized as `covered` (the rules are frozen): the rules' natures are
  // looked up by every prefix of the account (a string cut and a lookup each), for every line posted.
  const saleNature = new Map<string, boolean>();
  const purchaseNature = new Map<string, boolean>();
  const width = rules.accountWidth;
  const saleGoods = [...SALE_GOODS, trimAccountNumber(rules.accounts.goods)];
  c = {
    rules,
    currency: rules.currency,
    scale: currencyScale(rules.currency),
    rate(raw: string): RateInfo | undefined {
      let info = rates.get(raw);
      if (info === undefined) {
        const n = normalizeRate(raw);
        if (n === undefined || !accepted.has(n)) info = null;
        else {
          info = infos.get(n);
          if (info === undefined) {
            const [int = '0', frac = ''] = n.split('.');
            info = Object.freeze({
              rate: n,
              num: Number(int + frac),
              den: 100 * 10 ** frac.length,
              zero: Number(int + frac) === 0,
              collected: rules.vatCollected[n] ?? '',
              pending: pendingOf(n),
            });
            infos.set(n, info);
          }
        }
        if (rates.size < 10_000) rates.set(raw, info);
      }
      return info ?? undefined;
    },
    covers(account: string): boolean {
      let ok = covered.get(account);
      if (ok === undefined) {
        ok = rules.chart.covers(account);
        if (covered.size < 100_000) covered.set(account, ok);
      }
      return ok;
    },
    width,
    tooLong: (account) => width !== undefined && account.length > width,
    pad: (account) => (width === undefined ? account : padUnchecked(account, width)),
    journal: (role) => rules.journals[role],
    method: (name) => (Object.hasOwn(rules.paymentMethods, name) ? rules.paymentMethods[name] : undefined),
    goodsSale(account: string): boolean {
      let goods = saleNature.get(account);
      if (goods === undefined) {
        goods = ruleNature(rules.natures, account) ?? saleGoods.some((p) => account.startsWith(p));
        if (saleNature.size < 100_000) saleNature.set(account, goods);
      }
      return goods;
    },
    goodsPurchase(account: string): boolean {
      let goods = purchaseNature.get(account);
      if (goods === undefined) {
        goods = ruleNature(rules.natures, account) ?? PURCHASE_GOODS.some((p) => account.startsWith(p));
        if (purchaseNature.size < 100_000) purchaseNature.set(account, goods);
      }
      return goods;
    },
  };
  cache.set(rules, c);
  return c;
}
