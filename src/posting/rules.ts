import { accountTooLongMessage, defaultChart, isAccountNumber, isAccountWidth, padUnchecked, type Chart } from '../accounts/index.js';
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { AccountingError, issue, quote, type AccountingIssue } from '../errors/index.js';
import { BOOL, checkShape, custom, int, list, NUMBER, obj, oneOf, opt, OSTRING, record, STRING, union } from '../schemas/_lib/shape.js';
import { CURRENCY_SCALES, ROUNDING_MODES, type CurrencyCode, type RoundingMode, type VatRate } from '../money/index.js';
import { FR_PAYMENT_METHODS } from './labelTable.js';

/**
 * How VAT is rounded: `per-invoice-rate` (default, as EN 16931: the VAT of
 * each rate is computed once on the sum of the lines at that rate) or
 * `per-line` (legacy tills: each line's VAT is rounded, then summed).
 *
 * @example
 * ```ts
 * const mode: VatRounding = 'per-line';
 * ```
 */
export type VatRounding = 'per-invoice-rate' | 'per-line';

/**
 * When collected VAT is due (CGI art. 269-2): `on-receipt` (the default, the
 * law's rule: VAT on goods is due on delivery, at the invoice; VAT on
 * services on receipt of payment — the invoice credits pending VAT, 44574,
 * and each receipt transfers what it settles) or `on-invoice` (the option
 * pour les débits, art. 269-2-c: everything due at the invoice). Goods or
 * services by revenue account, see {@link PostingRules.natures}.
 *
 * @example
 * ```ts
 * const exigibility: VatExigibility = 'on-receipt';
 * ```
 */
export type VatExigibility = 'on-invoice' | 'on-receipt';

/**
 * Whether a revenue (or purchase) account sells (buys) goods or services, for
 * when VAT is due (CGI art. 269-2): VAT on goods on delivery (the invoice),
 * VAT on services on receipt of payment unless the seller opted for the débits.
 *
 * @example
 * ```ts
 * const nature: VatNature = 'goods';
 * ```
 */
export type VatNature = 'goods' | 'services';

/**
 * The journals the generators write to, by role.
 *
 * @example
 * ```ts
 * const role: JournalRole = 'bank';
 * ```
 */
export type JournalRole = 'sales' | 'purchases' | 'bank' | 'cash' | 'general' | 'opening';

/**
 * The accounts the generators post to (French defaults in brackets).
 *
 * @example
 * ```ts
 * defaultRules().accounts.deposits //=> '4191'
 * ```
 */
export interface PostingAccounts {
  /** Revenue of service lines without an account [706]. */
  readonly services: string;
  /** Revenue of goods lines without an account [707]. */
  readonly goods: string;
  /** Customers, with the customer id as auxiliary account [411]. */
  readonly customers: string;
  /** Deposits received (acomptes) [4191]. */
  readonly deposits: string;
  /** Tourist tax collected for the commune [447]. */
  readonly touristTax: string;
  /** Bank [512]. */
  readonly bank: string;
  /** Cash [530]. */
  readonly cash: string;
  /** Cheques to remit [5112]. */
  readonly cheques: string;
  /** Card receipts to remit (clearing) [5115]. */
  readonly cards: string;
  /** Payment vouchers, a receivable on their issuer [4671]. */
  readonly vouchers: string;
  /** Bank and card fees [627]. */
  readonly fees: string;
  /** Cash shortage at till closing [658]. */
  readonly cashShortage: string;
  /** Cash overage at till closing [758]. */
  readonly cashOverage: string;
  /** Bad debts written off: receivables of the fiscal year of the write-off [6541]. */
  readonly writeOffs: string;
  /** Bad debts written off: receivables invoiced before the fiscal year of the write-off [6544]. */
  readonly badDebtPriorYears: string;
  /** Suppliers, with the supplier id as auxiliary account [401]. */
  readonly suppliers: string;
  /**
   * Advances paid to suppliers (Fournisseurs – avances et acomptes versés sur
   * commandes): what a supplier payment does not allocate to a purchase, with
   * the supplier as auxiliary account [4091]. Set it to the suppliers' account
   * to keep such payments on account on 401 instead.
   */
  readonly supplierAdvances: string;
  /** Deductible VAT on purchases [44566]. */
  readonly vatDeductible: string;
  /**
   * Deductible VAT waiting for payment (TVA déductible à régulariser): the VAT
   * of services bought from a supplier taxed on receipt (a purchase with
   * `vatExigibility: 'on-receipt'`) until the purchase is paid [44568].
   */
  readonly vatDeductiblePending: string;
  /** Exchange losses [666]. */
  readonly exchangeLoss: string;
  /** Exchange gains [766]. */
  readonly exchangeGain: string;
  /** Deferred revenue (PCA) [487]. */
  readonly deferredRevenue: string;
  /** Rejection fees re-billed to customers [7088]. */
  readonly rebilledFees: string;
}

/**
 * How a payment method posts: the account debited when money comes in (an
 * account number, or `'customer'` for a method that moves no money, such as a
 * credit note used as payment), the journal, whether the account is a clearing
 * account emptied by a later remittance or settlement (its lines then carry the
 * payment id as open item), and the method's French label (by default the
 * word of `LABELS.fr.paymentMethods`; a method the table does not list is
 * labelled with its name).
 *
 * @example
 * ```ts
 * defaultRules().paymentMethods.card //=> { account: '5115', journal: 'bank', clearing: true, label: 'CB' }
 * ```
 */
export interface PaymentMethodRule {
  /** The account the money goes to: an account number (e.g. "5115"), or `'customer'` for a method that moves no money. */
  readonly account: string;
  /** The role of the journal the payment posts in (`bank`, `cash`…). */
  readonly journal: JournalRole;
  /** Whether the account is a clearing account emptied by a later remittance or settlement. */
  readonly clearing: boolean;
  /** The method's French label, written in entry labels (e.g. "CB"). */
  readonly label: string;
}

/**
 * Everything the generators need to turn documents into transactions. Build
 * it with {@link defaultRules} (which checks every account against the
 * chart); it is immutable.
 *
 * @example
 * ```ts
 * const rules: PostingRules = defaultRules({ vatExigibility: 'on-receipt' });
 * rules.vatCollected['20'] //=> '445711'
 * ```
 */
export interface PostingRules {
  /** The book currency. @defaultValue 'EUR' */
  readonly currency: CurrencyCode;
  /** The chart every account must be covered by. @defaultValue defaultChart() */
  readonly chart: Chart;
  /** The account number of each role (customers, bank, VAT, revenue…). */
  readonly accounts: PostingAccounts;
  /** Collected VAT account per accepted non-zero rate. */
  readonly vatCollected: Readonly<Record<VatRate, string>>;
  /** Pending VAT (on a receipt basis): one account, or one per rate. @defaultValue '44574' */
  readonly vatPending: string | Readonly<Record<VatRate, string>>;
  /** The journal code of each role (`sales` → "VT", `bank` → "BQ"…). */
  readonly journals: Readonly<Record<JournalRole, string>>;
  /** Payment methods by name. */
  readonly paymentMethods: Readonly<Record<string, PaymentMethodRule>>;
  /** The accepted VAT rates, normalised. @defaultValue ['0', '2.1', '5.5', '10', '20'] */
  readonly vatRates: ReadonlyArray<VatRate>;
  /** @defaultValue 'per-invoice-rate' */
  readonly vatRounding: VatRounding;
  /** How VAT and converted amounts are rounded. @defaultValue 'half-away-from-zero' */
  readonly rounding: RoundingMode;
  /** @defaultValue 'on-receipt' (services on receipt, goods at the invoice) */
  readonly vatExigibility: VatExigibility;
  /**
   * Goods or services by account prefix, over the built-in split (revenue:
   * 701–703, 707, 7091–7093, 7097 and `accounts.goods` are goods, the rest
   * services; purchases: 601, 602, 606, 607, 21 are goods, the rest
   * services). The longest prefix given here wins; an account no prefix here
   * starts with follows the built-in split. @defaultValue {}
   */
  readonly natures: Readonly<Record<string, VatNature>>;
  /** VAT rate of rejection fees re-billed to customers; none when absent (a disbursement). */
  readonly rebilledFeesVatRate?: VatRate;
  /** Nothing may be posted on or before this date. */
  readonly lockedUntil?: IsoDate;
  /**
   * The last day of the closed periods (`closePeriod`): a document posting on
   * or before it is `period_closed`.
   */
  readonly closedThrough?: IsoDate;
  /**
   * The width general account numbers are padded to (`411` → `411000` at 6):
   * every account of the rules is padded, and `post` pads the accounts the
   * documents give, so one book holds one number per account. Absent: numbers
   * keep their own length.
   */
  readonly accountWidth?: number;
  /**
   * The month (1–12) fiscal years start in: a write-off of a receivable
   * invoiced before the start of the write-off's fiscal year goes to
   * `accounts.badDebtPriorYears` (6544), else to `accounts.writeOffs` (6541).
   * @defaultValue 1 (calendar years)
   */
  readonly fiscalYearStartMonth: number;
}

/**
 * What {@link defaultRules} accepts: any part of the rules; maps (accounts,
 * VAT accounts, journals, payment methods) are merged over the defaults.
 *
 * @example
 * ```ts
 * const overrides: DefaultRulesOverrides = { accounts: { customers: '4111' }, paymentMethods: { 'cheque-vacances': 'vouchers' } };
 * ```
 */
export interface DefaultRulesOverrides {
  /** The book currency, an ISO 4217 code. @defaultValue 'EUR' */
  readonly currency?: CurrencyCode;
  /** The chart of accounts every posted account must be in (createChart, defaultChart). @defaultValue defaultChart() */
  readonly chart?: Chart;
  /** Account numbers by role (`customers`, `bank`, `vouchers`…), merged over the defaults. */
  readonly accounts?: Partial<PostingAccounts>;
  /** Collected-VAT account by rate in percent (`{ '20': '445712' }`), merged over the defaults. */
  readonly vatCollected?: Readonly<Record<string, string>>;
  /** Pending-VAT account (VAT on services not yet received): one account, or one by rate in percent. */
  readonly vatPending?: string | Readonly<Record<string, string>>;
  /** Journal codes by role (`sales`, `purchases`, `bank`, `cash`, `general`, `opening`), merged over the defaults. */
  readonly journals?: Partial<Readonly<Record<JournalRole, string>>>;
  /**
   * Methods to add or change. A string is the account: an account number, a
   * key of `accounts` (`'vouchers'`) or `'customer'`; an object may also set
   * the journal, clearing flag and label.
   */
  readonly paymentMethods?: Readonly<Record<string, string | Partial<PaymentMethodRule>>>;
  /** The VAT rates documents may use, in percent strings (`'20'`, `'5.5'`). @defaultValue ['0', '2.1', '5.5', '10', '20'] */
  readonly vatRates?: ReadonlyArray<string>;
  /** Where VAT is rounded: once per rate of an invoice (`per-invoice-rate`) or on each line (`per-line`). @defaultValue 'per-invoice-rate' */
  readonly vatRounding?: VatRounding;
  /** How VAT and converted amounts are rounded (one of ROUNDING_MODES). @defaultValue 'half-away-from-zero' */
  readonly rounding?: RoundingMode;
  /** @defaultValue 'on-receipt' (the débits option is 'on-invoice') */
  readonly vatExigibility?: VatExigibility;
  /**
   * Goods or services by account prefix (`{ '7061': 'goods' }`), over the
   * built-in split; keys are digits, 1 to 20 of them.
   */
  readonly natures?: Readonly<Record<string, VatNature>>;
  /** VAT rate in percent (`'20'`) of direct-debit rejection fees re-billed to customers. @defaultValue none: re-billed fees carry no VAT */
  readonly rebilledFeesVatRate?: string;
  /** Nothing dated on or before this day (`YYYY-MM-DD`) may be posted (see `lockPeriod`). */
  readonly lockedUntil?: string;
  /** The last day of the closed periods (see `closePeriod`). */
  readonly closedThrough?: string;
  /**
   * Pad every account the rules name — defaults and overrides: `accounts`,
   * `vatCollected`, `vatPending`, payment methods — with zeros to this width,
   * 3 to 20 (`411` → `411000`, `44571` → `445710` at 6); a longer number is
   * `account_too_long`. The default chart is then `defaultChart({ accountWidth })`;
   * a chart given with another width is `invalid_option`.
   * @defaultValue none: the PCG's own numbers (`411`, `4191`, `445711`)
   */
  readonly accountWidth?: number;
  /**
   * The month (1–12) fiscal years start in (write-offs of earlier years' receivables go to 6544).
   * @defaultValue 1
   */
  readonly fiscalYearStartMonth?: number;
}

const DEFAULT_ACCOUNTS: PostingAccounts = Object.freeze({
  services: '706',
  goods: '707',
  customers: '411',
  deposits: '4191',
  touristTax: '447',
  bank: '512',
  cash: '530',
  cheques: '5112',
  cards: '5115',
  vouchers: '4671',
  fees: '627',
  cashShortage: '658',
  cashOverage: '758',
  writeOffs: '6541',
  badDebtPriorYears: '6544',
  suppliers: '401',
  supplierAdvances: '4091',
  vatDeductible: '44566',
  vatDeductiblePending: '44568',
  exchangeLoss: '666',
  exchangeGain: '766',
  deferredRevenue: '487',
  rebilledFees: '7088',
});

const DEFAULT_VAT_COLLECTED: Readonly<Record<string, string>> = { '20': '445711', '10': '445712', '5.5': '445713', '2.1': '445714' };
const DEFAULT_JOURNALS: Readonly<Record<JournalRole, string>> = { sales: 'VT', purchases: 'AC', bank: 'BQ', cash: 'CA', general: 'OD', opening: 'AN' };
// Labels come from the one French label table (LABELS.fr.paymentMethods).
const METHOD_WORDS = FR_PAYMENT_METHODS;
const DEFAULT_METHODS: Readonly<Record<string, { account: string; journal: JournalRole; clearing: boolean; label: string }>> = {
  card: { account: 'cards', journal: 'bank', clearing: true, label: METHOD_WORDS.card! },
  cash: { account: 'cash', journal: 'cash', clearing: false, label: METHOD_WORDS.cash! },
  cheque: { account: 'cheques', journal: 'bank', clearing: true, label: METHOD_WORDS.cheque! },
  transfer: { account: 'bank', journal: 'bank', clearing: false, label: METHOD_WORDS.transfer! },
  'direct-debit': { account: 'bank', journal: 'bank', clearing: false, label: METHOD_WORDS['direct-debit']! },
  voucher: { account: 'vouchers', journal: 'general', clearing: true, label: METHOD_WORDS.voucher! },
  'credit-note': { account: 'customer', journal: 'general', clearing: false, label: METHOD_WORDS['credit-note']! },
};
/** The journal roles (internal). */
export const JOURNAL_ROLES: ReadonlyArray<JournalRole> = ['sales', 'purchases', 'bank', 'cash', 'general', 'opening'];
/** The account roles of {@link PostingAccounts} (internal). */
export const ACCOUNT_ROLES: ReadonlyArray<keyof PostingAccounts> = Object.keys(DEFAULT_ACCOUNTS) as Array<keyof PostingAccounts>;
const JOURNAL_RE = /^[A-Za-z0-9_-]{1,10}$/;
const RATE_RE = /^\d{1,3}(?:\.\d{1,6})?$/;
const RULES = Symbol.for('partie-double.posting-rules');

const ROLE = oneOf('sales', 'purchases', 'bank', 'cash', 'general', 'opening');
const STRING_MAP = record(STRING);
const fieldsOf = <K extends string>(keys: ReadonlyArray<K>): Record<K, typeof OSTRING> => Object.fromEntries(keys.map((k) => [k, OSTRING])) as Record<K, typeof OSTRING>;

/**
 * The shape of {@link DefaultRulesOverrides}, checked without zod (see schemas/_lib/shape.ts); the CLI's
 * rules file reads it through `rulesOverridesSchema` (posting/_lib/rulesSchema.ts), the zod schema generated from it,
 * and a property in test/posting/rulesShape.test.ts keeps the two equal.
 */
export const OVERRIDES = obj({
  /** Optional. The book currency, an ISO 4217 code. @defaultValue 'EUR' */
  currency: OSTRING,
  /** Optional. The chart of accounts every posted account must be in (createChart, defaultChart). @defaultValue defaultChart() */
  chart: opt(custom<Chart>((v) => typeof v === 'object' && v !== null && typeof (v as Chart).covers === 'function', 'expected a Chart (createChart, defaultChart)')),
  /** Optional. Account numbers to use instead of the defaults, by role (`receivable`, `bank`, `cash`…). */
  accounts: opt(obj(fieldsOf(ACCOUNT_ROLES))),
  /** Optional. The collected-VAT account by rate in percent (`{ "20": "445712" }`). */
  vatCollected: opt(STRING_MAP),
  /** Optional. The pending-VAT account (VAT on receipts not yet collected): one account, or one by rate. */
  vatPending: opt(union(STRING, STRING_MAP)),
  /** Optional. Journal codes by role (`sales`, `purchases`, `bank`, `cash`, `general`, `opening`). */
  journals: opt(obj(fieldsOf(JOURNAL_ROLES))),
  /** Optional. Payment methods: method name → its account, or `{ account?, journal?, clearing?, label? }`. */
  paymentMethods: opt(record(union(STRING, obj({ account: OSTRING, journal: opt(ROLE), clearing: opt(BOOL), label: OSTRING })))),
  /** Optional. The VAT rates accepted on documents, in percent strings (`"20"`, `"5.5"`). @defaultValue ['0', '2.1', '5.5', '10', '20'] */
  vatRates: opt(list(STRING)),
  /** Optional. Where VAT is rounded: `per-invoice-rate` (once per rate of an invoice) or `per-line`. @defaultValue 'per-invoice-rate' */
  vatRounding: opt(oneOf('per-invoice-rate', 'per-line')),
  /** Optional. The rounding mode of VAT and conversions (see ROUNDING_MODES). @defaultValue 'half-away-from-zero' */
  rounding: opt(oneOf(...ROUNDING_MODES)),
  /** Optional. When services' VAT is due: `on-invoice` (option pour les débits) or `on-receipt`. @defaultValue 'on-receipt' */
  vatExigibility: opt(oneOf('on-invoice', 'on-receipt')),
  /** Optional. Whether an account sells `goods` or `services` (VAT exigibility), by account prefix. */
  natures: opt(record(oneOf('goods', 'services'))),
  /** Optional. VAT rate in percent of re-billed direct-debit rejection fees (e.g. "20"); none when absent. */
  rebilledFeesVatRate: OSTRING,
  /** Optional. Nothing dated on or before this day (`YYYY-MM-DD`) may be posted (a locked period). */
  lockedUntil: OSTRING,
  /** Optional. The last day (`YYYY-MM-DD`) of the closed fiscal years: nothing is posted on or before it. */
  closedThrough: OSTRING,
  /** Optional. Pad general account numbers with zeros to this width, 3 to 20 (e.g. 6 → 411000). */
  accountWidth: opt(NUMBER),
  /** Optional. The month (1 to 12) the fiscal year starts in. @defaultValue 1 */
  fiscalYearStartMonth: opt(int({ min: 1, max: 12, hint: 'a whole month number from 1 to 12' })),
});

/** Normalises a rate written in percent, or returns undefined when it is not one (internal helper). */
export function normalizeRate(rate: string): VatRate | undefined {
  if (!RATE_RE.test(rate)) return undefined;
  let [int = '0', frac = ''] = rate.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

let cachedDefault: PostingRules | undefined;

/**
 * The French posting rules, with any part overridden: revenue 706 / 707,
 * collected VAT 445711 (20 %), 445712 (10 %), 445713 (5,5 %), 445714 (2,1 %),
 * pending VAT 44574 (VAT on services is due on receipt unless
 * `vatExigibility: 'on-invoice'`, the débits option), deductible VAT 44566,
 * deductible VAT pending 44568, customers 411, deposits 4191,
 * tourist tax 447, bank 512, cash 530, cheques 5112, cards 5115, vouchers 4671,
 * fees 627, cash differences 658 / 758, write-offs 6541 (6544 for a
 * receivable of an earlier fiscal year; fiscal years start in January unless
 * `fiscalYearStartMonth` says otherwise), suppliers 401,
 * advances paid to suppliers 4091,
 * exchange differences 666 / 766, journals VT, AC, BQ, CA, OD, AN, accepted
 * rates 0, 2.1, 5.5, 10, 20. Every account is checked against the chart here,
 * once, not when posting. With `accountWidth` every account is padded with
 * zeros to that width (`411000`, `445711`, `445740`, `512000`…).
 *
 * @param overrides - the parts to change; maps are merged over the defaults
 * @returns frozen, validated rules
 * @throws AccountingError `invalid_account` / `unknown_account` /
 *   `account_too_long` (path such as `['accounts', 'bank']`), `invalid_rate`,
 *   `invalid_option`, `unknown_field`, `unknown_currency`, `invalid_date`
 * @example
 * ```ts
 * defaultRules().vatCollected['5.5'] //=> '445713'
 * defaultRules({ accounts: { bank: '512100' } }).paymentMethods.transfer!.account //=> '512100'
 * defaultRules({ accounts: { bank: '999' } }) // throws unknown_account at ['accounts', 'bank']
 * defaultRules({ accountWidth: 6 }).accounts.customers //=> '411000'
 * defaultRules({ accountWidth: 6 }).vatCollected['20'] //=> '445711'
 * defaultRules().vatExigibility //=> 'on-receipt'
 * ({ ...defaultRules({ vatExigibility: 'on-invoice', natures: { '7061': 'goods' } }).natures }) //=> { '7061': 'goods' }
 * ```
 */
export function defaultRules(overrides: DefaultRulesOverrides = {}): PostingRules {
  const empty = Object.keys(overrides).length === 0;
  if (empty && cachedDefault) return cachedDefault;
  const rules = buildRules(overrides);
  if (empty) cachedDefault = rules;
  return rules;
}

/** Whether a value was built by {@link defaultRules} (internal helper). */
export function isPostingRules(value: unknown): value is PostingRules {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RULES] === true;
}

/** Freezes and brands a rules object (internal helper, used by `lockPeriod`). */
export function sealRules(rules: Record<string, unknown>): PostingRules {
  Object.defineProperty(rules, RULES, { value: true, enumerable: false });
  return Object.freeze(rules) as unknown as PostingRules;
}

function buildRules(overrides: DefaultRulesOverrides): PostingRules {
  const parsed = checkShape(OVERRIDES, overrides);
  if (parsed.issues) throw new AccountingError(parsed.issues);
  const o = parsed.value as DefaultRulesOverrides;
  const issues: AccountingIssue[] = [];
  const width = o.accountWidth;
  if (width !== undefined && !isAccountWidth(width)) {
    throw new AccountingError([issue('invalid_option', ['accountWidth'], `accountWidth must be a whole number from 3 to 20 (the characters of a general account number, e.g. 6 for 411000), received ${String(width)}.`)]);
  }
  if (width !== undefined && o.chart?.accountWidth !== undefined && o.chart.accountWidth !== width) {
    issues.push(issue('invalid_option', ['chart'], `The chart's numbers are ${o.chart.accountWidth} wide but accountWidth is ${width}: build the chart with the same accountWidth, or leave the chart out.`));
  }
  const chart = o.chart ?? (width === undefined || width < 6 ? defaultChart() : defaultChart({ accountWidth: width }));
  /** Checks an account and returns it padded to the width (unchanged without one). */
  const check = (account: string, path: ReadonlyArray<string | number>): string => {
    if (!isAccountNumber(account)) issues.push(issue('invalid_account', path, `Invalid account number ${quote(account)}: it must start with three digits (PCG class and account), then digits or capital letters.`));
    else if (width !== undefined && account.length > width) issues.push(issue('account_too_long', path, accountTooLongMessage(account, width)));
    else if (!chart.covers(account)) issues.push(issue('unknown_account', path, `Account ${account} is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or choose another account.`));
    else if (width !== undefined) return padUnchecked(account, width);
    return account;
  };

  const currency = o.currency ?? 'EUR';
  if (!Object.hasOwn(CURRENCY_SCALES, currency)) issues.push(issue('unknown_currency', ['currency'], `Unknown currency "${currency}": use an ISO 4217 code such as "EUR".`));

  const accounts: Record<string, string> = { ...DEFAULT_ACCOUNTS };
  for (const [k, v] of Object.entries(o.accounts ?? {})) if (v !== undefined) accounts[k] = v;
  for (const [k, v] of Object.entries(accounts)) accounts[k] = check(v, ['accounts', k]);

  const vatRates: string[] = [];
  (o.vatRates ?? ['0', '2.1', '5.5', '10', '20']).forEach((r, i) => {
    const n = normalizeRate(r);
    if (n === undefined || Number(n) > 100) issues.push(issue('invalid_rate', ['vatRates', i], `Invalid VAT rate ${quote(r)}: write a percentage as a string such as "20" or "5.5".`));
    else if (!vatRates.includes(n)) vatRates.push(n);
  });

  const rateMap = (source: Readonly<Record<string, string>>, key: string): Record<string, string> => {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [r, account] of Object.entries(source)) {
      const n = normalizeRate(r);
      if (n === undefined) {
        issues.push(issue('invalid_rate', [key, r], `Invalid VAT rate key ${quote(r)}: write a percentage such as "20" or "5.5".`));
        continue;
      }
      out[n] = account;
    }
    return out;
  };
  const vatCollected = rateMap({ ...DEFAULT_VAT_COLLECTED, ...(o.vatCollected ?? {}) }, 'vatCollected');
  for (const r of vatRates) {
    if (r === '0') continue;
    if (!Object.hasOwn(vatCollected, r)) issues.push(issue('invalid_option', ['vatCollected', r], `Accepted rate ${r} % has no collected-VAT account: add vatCollected["${r}"] (e.g. "44571").`));
  }
  for (const [r, a] of Object.entries(vatCollected)) vatCollected[r] = check(a, ['vatCollected', r]);

  let vatPending: string | Record<string, string> = '44574';
  if (typeof o.vatPending === 'string') vatPending = o.vatPending;
  else if (o.vatPending !== undefined) vatPending = rateMap(o.vatPending, 'vatPending');
  if (typeof vatPending === 'string') vatPending = check(vatPending, ['vatPending']);
  else {
    for (const r of vatRates) {
      if (r !== '0' && !Object.hasOwn(vatPending, r)) issues.push(issue('invalid_option', ['vatPending', r], `Accepted rate ${r} % has no pending-VAT account: add vatPending["${r}"] or give one account for every rate.`));
    }
    for (const [r, a] of Object.entries(vatPending)) vatPending[r] = check(a, ['vatPending', r]);
  }

  const journals: Record<string, string> = { ...DEFAULT_JOURNALS };
  for (const [k, v] of Object.entries(o.journals ?? {})) if (v !== undefined) journals[k] = v;
  for (const [k, v] of Object.entries(journals)) {
    if (!JOURNAL_RE.test(v)) issues.push(issue('invalid_option', ['journals', k], `Invalid journal code ${quote(v)}: use 1 to 10 letters, digits, "_" or "-" (e.g. "VT").`));
  }

  const resolve = (account: string): string => (account === 'customer' ? 'customer' : Object.hasOwn(accounts, account) ? accounts[account]! : account);
  const paymentMethods: Record<string, PaymentMethodRule> = Object.create(null) as Record<string, PaymentMethodRule>;
  type MethodSpec = string | { readonly account?: string | undefined; readonly journal?: JournalRole | undefined; readonly clearing?: boolean | undefined; readonly label?: string | undefined };
  const methodSources: Record<string, MethodSpec> = { ...DEFAULT_METHODS, ...(o.paymentMethods ?? {}) };
  for (const [name, spec] of Object.entries(methodSources)) {
    const base = Object.hasOwn(DEFAULT_METHODS, name) ? DEFAULT_METHODS[name]! : undefined;
    const s = typeof spec === 'string' ? { account: spec, journal: undefined, clearing: undefined, label: undefined } : spec;
    const account = s.account ?? base?.account;
    if (name.trim() === '') {
      issues.push(issue('invalid_option', ['paymentMethods', name], 'A payment method needs a non-empty name.'));
      continue;
    }
    if (account === undefined) {
      issues.push(issue('invalid_option', ['paymentMethods', name], `Payment method "${name}" has no account: give an account number, a key of accounts (e.g. "vouchers") or "customer".`));
      continue;
    }
    let resolved = resolve(account);
    if (resolved !== 'customer') resolved = check(resolved, ['paymentMethods', name, 'account']);
    paymentMethods[name] = Object.freeze({
      account: resolved,
      journal: s.journal ?? base?.journal ?? (resolved === accounts.cash ? 'cash' : 'bank'),
      clearing: s.clearing ?? base?.clearing ?? false,
      label: s.label ?? base?.label ?? name,
    });
  }

  let rebilledFeesVatRate: string | undefined;
  if (o.rebilledFeesVatRate !== undefined) {
    rebilledFeesVatRate = normalizeRate(o.rebilledFeesVatRate);
    if (rebilledFeesVatRate === undefined || !vatRates.includes(rebilledFeesVatRate)) {
      issues.push(issue('unknown_vat_rate', ['rebilledFeesVatRate'], `VAT rate ${quote(o.rebilledFeesVatRate)} is not one of the accepted rates (${vatRates.join(', ')}).`));
    }
  }
  if (o.lockedUntil !== undefined && !isIsoDate(o.lockedUntil)) {
    issues.push(issue('invalid_date', ['lockedUntil'], `Invalid date ${quote(o.lockedUntil)}: write a real calendar date as YYYY-MM-DD.`));
  }
  if (o.closedThrough !== undefined && !isIsoDate(o.closedThrough)) {
    issues.push(issue('invalid_date', ['closedThrough'], `Invalid date ${JSON.stringify(o.closedThrough)}: write a real calendar date as YYYY-MM-DD.`));
  }
  const natures: Record<string, VatNature> = Object.create(null) as Record<string, VatNature>;
  for (const [prefix, nature] of Object.entries(o.natures ?? {})) {
    if (!/^\d{1,20}$/.test(prefix)) issues.push(issue('invalid_option', ['natures', prefix], `natures key ${quote(prefix)} is not an account prefix: write 1 to 20 digits, such as "7061".`));
    else natures[prefix] = nature;
  }
  if (issues.length > 0) throw new AccountingError(issues);

  const rules: Record<string, unknown> = {
    currency,
    chart,
    accounts: Object.freeze(accounts),
    vatCollected: Object.freeze(vatCollected),
    vatPending: typeof vatPending === 'string' ? vatPending : Object.freeze(vatPending),
    journals: Object.freeze(journals),
    paymentMethods: Object.freeze(paymentMethods),
    vatRates: Object.freeze(vatRates),
    vatRounding: o.vatRounding ?? 'per-invoice-rate',
    rounding: o.rounding ?? 'half-away-from-zero',
    vatExigibility: o.vatExigibility ?? 'on-receipt',
    natures: Object.freeze(natures),
    fiscalYearStartMonth: o.fiscalYearStartMonth ?? 1,
  };
  if (rebilledFeesVatRate !== undefined) rules.rebilledFeesVatRate = rebilledFeesVatRate;
  if (o.lockedUntil !== undefined) rules.lockedUntil = o.lockedUntil;
  if (o.closedThrough !== undefined) rules.closedThrough = o.closedThrough;
  if (width !== undefined) rules.accountWidth = width;
  return sealRules(rules);
}
