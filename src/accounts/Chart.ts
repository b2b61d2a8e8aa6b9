import { fail, issue, AccountingError, type AccountingIssue } from '../errors/index.js';
import { isAccountNumber, normalBalance, pcgKind, type AccountKind, type AccountNumber } from './AccountNumber.js';
import { PCG_ACCOUNTS } from './pcg.js';

/**
 * One account as a chart describes it.
 *
 * @example
 * ```ts
 * const a: AccountDefinition = { number: '706100', label: 'Abonnements' };
 * ```
 */
export interface AccountDefinition {
  readonly number: string;
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
  readonly number: AccountNumber;
  readonly label: string;
  /** The first digit (1–9). */
  readonly class: number;
  readonly kind: AccountKind;
  readonly normalBalance: 'debit' | 'credit';
  /** The listed account that covers this one (itself when listed). */
  readonly listedAs: AccountNumber;
}

/**
 * A chart of accounts: listed accounts cover their sub-accounts by prefix.
 *
 * @example
 * ```ts
 * const chart: Chart = createChart([{ number: '512', label: 'Banque' }]);
 * chart.covers('512001') //=> true
 * ```
 */
export interface Chart {
  /** The listed accounts, sorted by number. */
  readonly accounts: ReadonlyArray<Account>;
  /** The account covering `number` (longest listed prefix), or `undefined`. */
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
  /** A chart to extend: its accounts are kept unless redefined. */
  readonly base?: Chart;
}

/**
 * Builds a chart of accounts from definitions, optionally extending another.
 *
 * @param definitions - the accounts to list
 * @param options - a base chart
 * @returns an immutable chart
 * @throws AccountingError `invalid_account`, `duplicate_account`
 * @example
 * ```ts
 * const chart = createChart([{ number: '706100', label: 'Abonnements' }], { base: defaultChart() });
 * chart.find('706100')?.label //=> 'Abonnements'
 * chart.find('706200')?.label //=> 'Prestations de services'
 * ```
 */
export function createChart(definitions: ReadonlyArray<AccountDefinition>, options: CreateChartOptions = {}): Chart {
  const issues: AccountingIssue[] = [];
  const listed = new Map<string, Account>();
  const seen = new Set<string>();
  definitions.forEach((d, i) => {
    if (!isAccountNumber(d.number)) {
      issues.push(issue('invalid_account', [i, 'number'], `Invalid account number ${JSON.stringify(d.number)}: it must start with three digits, then digits or capital letters.`));
      return;
    }
    if (seen.has(d.number)) {
      issues.push(issue('duplicate_account', [i, 'number'], `Account ${d.number} is listed twice: keep one definition.`));
      return;
    }
    seen.add(d.number);
    listed.set(d.number, makeAccount(d.number, d.label, d.kind ?? pcgKind(d.number), d.number));
  });
  if (issues.length > 0) throw new AccountingError(issues);
  if (options.base) for (const a of options.base.accounts) if (!listed.has(a.number)) listed.set(a.number, a);
  return buildChart(listed);
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

function buildChart(listed: Map<string, Account>): Chart {
  const accounts = Object.freeze([...listed.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)));
  const memo = new Map<string, Account | null>();
  const find = (number: string): Account | undefined => {
    const hit = memo.get(number);
    if (hit !== undefined) return hit ?? undefined;
    let found: Account | null = null;
    if (isAccountNumber(number)) {
      for (let len = number.length; len >= 3; len--) {
        const l = listed.get(number.slice(0, len));
        if (l) {
          found = len === number.length ? l : makeAccount(number, l.label, l.kind, l.number);
          break;
        }
      }
    }
    if (memo.size < 100_000) memo.set(number, found);
    return found ?? undefined;
  };
  return Object.freeze({
    accounts,
    find,
    covers: (number: string) => find(number) !== undefined,
    get(number: string, path: ReadonlyArray<string | number> = []): Account {
      const a = find(number);
      if (!a) fail('unknown_account', path, `Account ${number} is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.`);
      return a;
    },
  });
}

let pcg: Chart | undefined;

/**
 * The French PCG chart: every three-digit account of classes 1–7 and every
 * account the default posting rules name (445711, 44574, 4191, 5115…).
 *
 * @returns the shared, immutable default chart
 * @example
 * ```ts
 * defaultChart().find('445711')?.label //=> 'TVA collectée 20 %'
 * ```
 */
export function defaultChart(): Chart {
  pcg ??= createChart(PCG_ACCOUNTS.map(([number, label]) => ({ number, label })));
  return pcg;
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
