import { fail, issue, AccountingError, type AccountingIssue } from '../errors/index.js';
import { isAccountNumber, normalBalance, pcgKind, type AccountKind, type AccountNumber } from './AccountNumber.js';
import { accountTooLongMessage, checkAccountWidth, padUnchecked, trimAccountNumber } from './accountWidth.js';
import { PCG_ACCOUNTS } from './pcg.js';
import { longestListed } from './pcgLabel.js';

/**
 * One account as a chart describes it.
 *
 * @example
 * ```ts
 * const a: AccountDefinition = { number: '706100', label: 'Abonnements' };
 * ```
 */
export interface AccountDefinition {
  /** The account number, at least three digits (PCG class then account), e.g. `706100`. */
  readonly number: string;
  /** The account's label (« intitulé »). */
  readonly label: string;
  /** Defaults to the PCG kind of the number ({@link pcgKind}). */
  readonly kind?: AccountKind;
}

/**
 * An account resolved by a chart: a listed account, or a sub-account covered
 * by one (706100 under 706 inherits its label unless listed itself).
 *
 * @example
 * ```ts
 * defaultChart().find('706100') //=> { number: '706100', label: 'Prestations de services', class: 7, kind: 'income', normalBalance: 'credit', listedAs: '706' }
 * ```
 */
export interface Account {
  /** The account number (padded to the chart's `accountWidth` when it has one). */
  readonly number: AccountNumber;
  /** The account's label (« intitulé »). */
  readonly label: string;
  /** The first digit (1–9). */
  readonly class: number;
  /** What the account is in the PCG: asset, liability, equity, income or expense. */
  readonly kind: AccountKind;
  /**
   * The side its balance normally lies on: `debit` for assets and expenses, `credit` for liabilities, equity
   * and income.
   */
  readonly normalBalance: 'debit' | 'credit';
  /** The listed account that covers this one (itself when listed). */
  readonly listedAs: AccountNumber;
}

/**
 * A chart of accounts: listed accounts cover their sub-accounts by prefix.
 * Numbers are compared with their trailing zeros dropped
 * ({@link trimAccountNumber}): `512` and `512000` are one account, so a
 * chart listing `706` covers `706100` and one listing `512000` covers `512`
 * and `5121`.
 *
 * @example
 * ```ts
 * const chart: Chart = createChart([{ number: '512', label: 'Banque' }]);
 * chart.covers('512001') //=> true
 * chart.covers('512000') //=> true
 * ```
 */
export interface Chart {
  /** The listed accounts, sorted by number. */
  readonly accounts: ReadonlyArray<Account>;
  /** The width every listed number was padded to (`createChart`'s `accountWidth`); absent when numbers keep their own length. */
  readonly accountWidth?: number;
  /** The account covering `number` (longest listed prefix once trailing zeros are dropped), or `undefined`. */
  find(number: string): Account | undefined;
  /** Whether some listed account covers `number`. */
  covers(number: string): boolean;
  /**
   * The account covering `number`.
   * @throws AccountingError `unknown_account`
   */
  get(number: string, path?: ReadonlyArray<string | number>): Account;
}

/**
 * Options of {@link createChart}.
 *
 * @example
 * ```ts
 * const options: CreateChartOptions = { base: defaultChart() };
 * ```
 */
export interface CreateChartOptions {
  /** A chart to extend: its accounts are kept unless redefined (a definition redefines the base account it equals once trailing zeros are dropped). */
  readonly base?: Chart;
  /**
   * Pad every listed number (the definitions' and the base's) with zeros to
   * this width, 3 to 20 (`411` → `411000` at 6); a longer definition is
   * `account_too_long` (a base padded to another width is re-padded from its
   * number without trailing zeros).
   * @defaultValue none: numbers keep their own length
   */
  readonly accountWidth?: number;
}

/**
 * Builds a chart of accounts from definitions, optionally extending another.
 *
 * @param definitions - the accounts to list
 * @param options - a base chart, an account width
 * @returns an immutable chart
 * @throws AccountingError `invalid_account`, `duplicate_account` (also for
 *   two numbers equal once trailing zeros are dropped, `512` and `512000`),
 *   `account_too_long`, `invalid_option`
 * @example
 * ```ts
 * const chart = createChart([{ number: '706100', label: 'Abonnements' }], { base: defaultChart() });
 * chart.find('706100')?.label //=> 'Abonnements'
 * chart.find('706200')?.label //=> 'Prestations de services'
 * createChart([{ number: '512', label: 'Banque' }], { accountWidth: 6 }).accounts[0]?.number //=> '512000'
 * ```
 */
export function createChart(definitions: ReadonlyArray<AccountDefinition>, options: CreateChartOptions = {}): Chart {
  const width = options.accountWidth;
  if (width !== undefined) checkAccountWidth(width);
  const issues: AccountingIssue[] = [];
  // Keyed by the number without its trailing zeros: one account, one number.
  const listed = new Map<string, Account>();
  const given = new Map<string, string>();
  definitions.forEach((d, i) => {
    if (!isAccountNumber(d.number)) {
      issues.push(issue('invalid_account', [i, 'number'], `Invalid account number ${JSON.stringify(d.number)}: it must start with three digits, then digits or capital letters.`));
      return;
    }
    if (width !== undefined && d.number.length > width) {
      issues.push(issue('account_too_long', [i, 'number'], accountTooLongMessage(d.number, width)));
      return;
    }
    const key = trimAccountNumber(d.number);
    const first = given.get(key);
    if (first !== undefined) {
      issues.push(
        issue(
          'duplicate_account',
          [i, 'number'],
          first === d.number
            ? `Account ${d.number} is listed twice: keep one definition.`
            : `Account ${d.number} is listed twice: ${first} is the same account (they differ only by trailing zeros); keep one definition.`,
        ),
      );
      return;
    }
    given.set(key, d.number);
    const number = width === undefined ? d.number : padUnchecked(d.number, width);
    listed.set(key, makeAccount(number, d.label, d.kind ?? pcgKind(d.number), number));
  });
  if (options.base) {
    options.base.accounts.forEach((a, k) => {
      const key = trimAccountNumber(a.number);
      if (listed.has(key) || given.has(key)) return;
      // A base padded to another width is re-padded: only its significant digits must fit.
      if (width === undefined || a.number.length === width) listed.set(key, a);
      else if (key.length > width) issues.push(issue('account_too_long', ['base', 'accounts', k, 'number'], accountTooLongMessage(key, width)));
      else {
        const number = padUnchecked(key, width);
        listed.set(key, makeAccount(number, a.label, a.kind, number));
      }
    });
  }
  if (issues.length > 0) throw new AccountingError(issues);
  return buildChart(listed, width);
}

function makeAccount(number: string, label: string, kind: AccountKind, listedAs: string): Account {
  return Object.freeze({
    number: number as AccountNumber,
    label,
    class: number.charCodeAt(0) - 48,
    kind,
    normalBalance: normalBalance(kind),
    listedAs: listedAs as AccountNumber,
  });
}

function buildChart(listed: Map<string, Account>, width: number | undefined): Chart {
  const accounts = Object.freeze([...listed.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)));
  const memo = new Map<string, Account | null>();
  const find = (number: string): Account | undefined => {
    const hit = memo.get(number);
    if (hit !== undefined) return hit ?? undefined;
    const l = isAccountNumber(number) ? longestListed(listed, number) : undefined;
    const found = l === undefined ? null : l.number === number ? l : makeAccount(number, l.label, l.kind, l.number);
    if (memo.size < 100_000) memo.set(number, found);
    return found ?? undefined;
  };
  return Object.freeze({
    accounts,
    ...(width === undefined ? {} : { accountWidth: width }),
    find,
    covers: (number: string) => find(number) !== undefined,
    get(number: string, path: ReadonlyArray<string | number> = []): Account {
      const a = find(number);
      if (!a) fail('unknown_account', path, `Account ${number} is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.`);
      return a;
    },
  });
}

const pcg = new Map<number | undefined, Chart>();

/**
 * Options of {@link defaultChart}.
 *
 * @example
 * ```ts
 * const options: DefaultChartOptions = { accountWidth: 6 };
 * ```
 */
export interface DefaultChartOptions {
  /**
   * List the PCG numbers right-padded with zeros to this width, 6 or more
   * (`411` → `411000`; the longest default account, 445711, has 6 characters).
   * @defaultValue none: the PCG's own numbers (`411`, `4191`, `445711`)
   */
  readonly accountWidth?: number;
}

/**
 * The French PCG chart: every three-digit account of classes 1–7 and every
 * account the default posting rules name (445711, 44574, 4191, 5115…),
 * optionally padded to an account width.
 *
 * @param options - the account width
 * @returns the shared, immutable default chart (one per width)
 * @throws AccountingError `invalid_option`, `account_too_long` (a width under 6)
 * @example
 * ```ts
 * defaultChart().find('445711')?.label //=> 'TVA collectée 20 %'
 * defaultChart({ accountWidth: 6 }).find('411')?.listedAs //=> '411000'
 * ```
 */
export function defaultChart(options: DefaultChartOptions = {}): Chart {
  const width = options.accountWidth;
  let chart = pcg.get(width);
  if (chart === undefined) {
    // createChart(PCG_ACCOUNTS as definitions, { accountWidth: width }) without the checks the PCG list passes
    // (valid numbers, distinct once trailing zeros are dropped: test/accounts/chart.test.ts states the two equal),
    // so that a bundle creating Books does not carry createChart.
    if (width !== undefined) checkAccountWidth(width);
    const listed = new Map<string, Account>();
    const issues: AccountingIssue[] = [];
    PCG_ACCOUNTS.forEach(([n, label], i) => {
      if (width !== undefined && n.length > width) issues.push(issue('account_too_long', [i, 'number'], accountTooLongMessage(n, width)));
      else {
        const number = width === undefined ? n : padUnchecked(n, width);
        listed.set(trimAccountNumber(n), makeAccount(number, label, pcgKind(n), number));
      }
    });
    if (issues.length > 0) throw new AccountingError(issues);
    chart = buildChart(listed, width);
    pcg.set(width, chart);
  }
  return chart;
}

/** Whether a value can serve as a {@link Chart} (its methods are there): an argument check (internal helper). */
export function isChart(value: unknown): value is Chart {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  try {
    return typeof c.find === 'function' && typeof c.covers === 'function' && typeof c.get === 'function' && Array.isArray(c.accounts);
  } catch {
    return false; // a proxy or getter that throws is not a chart
  }
}
