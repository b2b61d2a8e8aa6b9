// @ts-nocheck
// Account and journal codes as each accounting program takes them: mapped, fitted to
// the target's width, checked so that cutting never merges two accounts.
import type { Book } from '../../../book/index.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../../../errors/index.js';
import type { Journal } from '../../../accounts/index.js';
import { neutralizeFormula } from '../../_lib/csv.js';
import type { PieceRefMapping } from './pieces.js';
import { asciiText, singleLine } from './text.js';

/**
 * A rewriting of account numbers before they are fitted to a target's width:
 * a table from the book's number (general account or auxiliary number) to the
 * number to write, or a function returning it (`undefined` keeps the number).
 *
 * @example
 * ```ts
 * const table: AccountMap = { '4457110': '445711', C000001: 'DUPONT' };
 * const fn: AccountMap = (number, kind) => (kind === 'auxiliary' ? number.replace(/^C0+/, 'C') : undefined);
 * ```
 */
export type AccountMap =
  | Readonly<Record<string, string>>
  | ((number: string, kind: 'general' | 'auxiliary') => string | undefined);

/**
 * A rewriting of journal codes (`{ VTE: 'VT' }`), as a table or a function
 * (`undefined` keeps the code).
 *
 * @example
 * ```ts
 * const journals: JournalMap = { VTE: 'VT', BQ1: 'BQ' };
 * ```
 */
export type JournalMap = Readonly<Record<string, string>> | ((code: string) => string | undefined);

/**
 * The options every accounting-software export shares: which transactions,
 * and how account numbers and journal codes are rewritten and fitted to the
 * target's widths.
 *
 * @example
 * ```ts
 * const options: SoftwareExportOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, accountMap: { '4457110': '445711' } };
 * ```
 */
export interface SoftwareExportOptions {
  /** Only the transactions dated within this inclusive period. @defaultValue every transaction */
  readonly period?: {
    /** The first day, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day, `YYYY-MM-DD`. */
    readonly to: string;
  };
  /**
   * Only the transactions of these journals (`['VT']`, `['VT', 'BQ']`); a
   * code the book does not have selects nothing.
   * @defaultValue every journal
   */
  readonly journals?: ReadonlyArray<string>;
  /**
   * Write the à-nouveaux (opening transactions) too. Left out by default: an
   * accounting firm that already holds the opening balances would count them twice.
   * @defaultValue false
   */
  readonly includeOpening?: boolean;
  /**
   * How piece references that do not fit the target's field are written; see
   * {@link PieceRefMapping}. Two pieces are never written with one reference.
   * @defaultValue 'shorten'
   */
  readonly pieceRefs?: PieceRefMapping;
  /** Journal labels when the source is transactions rather than a Book (every journal code must be listed). @defaultValue the default journals' labels */
  readonly journalList?: ReadonlyArray<Journal>;
  /** Account numbers to rewrite before fitting them to the target's width. @defaultValue none */
  readonly accountMap?: AccountMap;
  /** Journal codes to rewrite before fitting them to the target's width. @defaultValue none */
  readonly journalMap?: JournalMap;
  /**
   * What to do with an account number longer than the target's width:
   * `'truncate'` keeps its first characters (an error when two accounts then
   * become one), `'error'` refuses it.
   * @defaultValue 'truncate'
   */
  readonly overflow?: 'truncate' | 'error';
  /**
   * Pad general account numbers shorter than the target's account field with
   * zeros to the field's width (`411000` → `41100000` for Quadratus's 8
   * characters); auxiliary numbers are never padded. (Not the rules'
   * `accountWidth`, which pads the book's own numbers.)
   * @defaultValue false
   */
  readonly zeroPadToField?: boolean;
  /** @deprecated the former name of {@link SoftwareExportOptions.zeroPadToField}; kept as an alias. */
  readonly zeroPad?: boolean;
}

/** A target's rules for codes (internal). */
export interface CodeRules {
  /** Target name for messages (`'Quadratus'`). */
  readonly target: string;
  readonly accountWidth: number;
  readonly journalWidth: number;
  /** Fold accents: the target is ASCII. */
  readonly ascii: boolean;
  /**
   * Whether general accounts and auxiliary numbers share one field (the
   * auxiliary number replaces the account), so must not collide with each other.
   */
  readonly sharedField: boolean;
  /** Characters a code must not contain (the separator), replaced by spaces. */
  readonly forbidden?: RegExp;
  /** The target is a delimited file a spreadsheet may open: a code that would start a formula gets a leading `'`. */
  readonly spreadsheet?: boolean;
}

/** The codes to write, by book id (internal). */
export interface FittedCodes {
  /** Per `book.accounts` id. */
  readonly general: ReadonlyArray<string>;
  /** Per `book.auxiliaries` id. */
  readonly auxiliary: ReadonlyArray<string>;
  /** Per `book.journals` id. */
  readonly journals: ReadonlyArray<string>;
}

/** Message texts, kept together so tests can pin them. */
export const ACCOUNT_MAPPING_MESSAGES = Object.freeze({
  tooLong: (kind: string, number: string, written: string, target: string, width: number): string =>
    `The ${kind} ${JSON.stringify(number)} is written ${JSON.stringify(written)}, ${written.length} characters: ${target} takes ${width} at most. ` +
    `Give it a shorter number with options.accountMap, or pass overflow: 'truncate'.`,
  merged: (a: string, b: string, written: string, target: string, width: number): string =>
    `${a} and ${b} would both be written ${JSON.stringify(written)} (${target} keeps ${width} characters): ` +
    `they would merge into one account. Map one of them to another number with options.accountMap.`,
  emptyAccount: (kind: string, number: string): string =>
    `options.accountMap gives an empty number for the ${kind} ${JSON.stringify(number)}: return a number, or undefined to keep it.`,
  journalMerged: (a: string, b: string, written: string, target: string, width: number): string =>
    `Journals ${JSON.stringify(a)} and ${JSON.stringify(b)} would both be written ${JSON.stringify(written)} (${target} keeps ${width} characters): ` +
    `give them distinct short codes with options.journalMap.`,
  emptyJournal: (code: string): string => `options.journalMap gives an empty code for journal ${JSON.stringify(code)}: return a code, or undefined to keep it.`,
  badOverflow: (value: unknown): string => `Unknown overflow ${JSON.stringify(value)}: use 'truncate' or 'error'.`,
  badMap: (name: string): string => `options.${name} must be an object mapping codes to codes, or a function.`,
  badMapValue: (name: string, key: string, value: unknown): string =>
    `options.${name} gives ${JSON.stringify(value)} for ${JSON.stringify(key)}: give a string, or undefined to keep the code.`,
});

function lookup(map: AccountMap | JournalMap | undefined, name: string, key: string, kind: 'general' | 'auxiliary'): string | undefined {
  if (map === undefined) return undefined;
  let value: unknown;
  if (typeof map === 'function') value = (map as (k: string, kind: 'general' | 'auxiliary') => unknown)(key, kind);
  else if (typeof map === 'object' && map !== null) value = Object.prototype.hasOwnProperty.call(map, key) ? (map as Record<string, unknown>)[key] : undefined;
  else return fail('invalid_option', [name], ACCOUNT_MAPPING_MESSAGES.badMap(name));
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return fail('invalid_option', [name, key], ACCOUNT_MAPPING_MESSAGES.badMapValue(name, key, value));
  return value;
}

function cleanCode(code: string, rules: CodeRules): string {
  let out = rules.ascii ? asciiText(code) : singleLine(code);
  if (rules.forbidden) out = out.replace(rules.forbidden, ' ');
  out = out.trim();
  return rules.spreadsheet === true ? neutralizeFormula(out) : out;
}

/**
 * The account numbers and journal codes of a Book as a target writes them:
 * mapped (`accountMap`, `journalMap`), folded to ASCII where the target is
 * ASCII, padded with zeros if asked, cut to the target's width — and checked:
 * two accounts (or journals) that would be written alike are an error.
 *
 * @param book - the Book
 * @param used - which accounts, auxiliaries and journals the file uses (1 = used), or `undefined` for all
 * @param rules - the target's widths
 * @param options - the user's mapping options
 * @returns the codes per book id
 * @throws AccountingError `account_too_long` (every clash or overflow listed), `invalid_option`
 */
export function fitCodes(
  book: Book,
  used: { readonly accounts: Uint8Array; readonly auxiliaries: Uint8Array; readonly journals: Uint8Array } | undefined,
  rules: CodeRules,
  options: SoftwareExportOptions,
): FittedCodes {
  const overflow = options.overflow ?? 'truncate';
  if (overflow !== 'truncate' && overflow !== 'error') fail('invalid_option', ['overflow'], ACCOUNT_MAPPING_MESSAGES.badOverflow(overflow));
  const zeroPad = aliasOption(options, 'zeroPadToField', 'zeroPad', [true, false], false);
  const issues: AccountingIssue[] = [];
  const width = rules.accountWidth;
  const owners = new Map<string, string>();
  const namespaces = rules.sharedField ? ['', ''] : ['general:', 'auxiliary:'];

  const fit = (number: string, kind: 'general' | 'auxiliary', isUsed: boolean, path: ReadonlyArray<string | number>): string => {
    const mapped = lookup(options.accountMap, 'accountMap', number, kind);
    let code = cleanCode(mapped ?? number, rules);
    if (code === '') {
      if (mapped !== undefined) fail('invalid_option', ['accountMap', number], ACCOUNT_MAPPING_MESSAGES.emptyAccount(kind === 'general' ? 'account' : 'auxiliary account', number));
      return code;
    }
    if (kind === 'general' && zeroPad && code.length < width) code = code.padEnd(width, '0');
    if (!isUsed) return code.length > width ? code.slice(0, width) : code;
    const what = kind === 'general' ? 'account' : 'auxiliary account';
    if (code.length > width) {
      if (overflow === 'error') {
        issues.push(issue('account_too_long', path, ACCOUNT_MAPPING_MESSAGES.tooLong(what, number, code, rules.target, width)));
        return code.slice(0, width);
      }
      code = code.slice(0, width);
    }
    const key = (kind === 'general' ? namespaces[0] : namespaces[1]) + code;
    const owner = `${what} ${JSON.stringify(number)}`;
    const previous = owners.get(key);
    if (previous === undefined) owners.set(key, owner);
    else if (previous !== owner) issues.push(issue('account_too_long', path, ACCOUNT_MAPPING_MESSAGES.merged(previous, owner, code, rules.target, width)));
    return code;
  };

  const general = book.accounts.map((n, a) => fit(n, 'general', used === undefined || used.accounts[a] === 1, ['accounts', n]));
  const auxiliary = book.auxiliaries.map((x, k) => fit(x.number, 'auxiliary', used === undefined || used.auxiliaries[k] === 1, ['auxiliaries', x.number]));
  if (issues.length > 0) throw new AccountingError(issues);

  const journalOwners = new Map<string, string>();
  const journals = book.journals.map((code, j) => {
    const mapped = lookup(options.journalMap, 'journalMap', code, 'general');
    let out = cleanCode(mapped ?? code, rules);
    if (out === '') fail('invalid_option', ['journalMap', code], ACCOUNT_MAPPING_MESSAGES.emptyJournal(code));
    if (out.length > rules.journalWidth) out = out.slice(0, rules.journalWidth);
    if (used === undefined || used.journals[j] === 1) {
      const previous = journalOwners.get(out);
      if (previous !== undefined && previous !== code) fail('invalid_option', ['journalMap', code], ACCOUNT_MAPPING_MESSAGES.journalMerged(previous, code, out, rules.target, rules.journalWidth));
      journalOwners.set(out, code);
    }
    return out;
  });
  return Object.freeze({ general: Object.freeze(general), auxiliary: Object.freeze(auxiliary), journals: Object.freeze(journals) });
}

/**
 * Which accounts, auxiliary accounts and journals the selected transactions
 * use (internal): the merge check only looks at what the file holds.
 */
export function usedCodes(book: Book, order: Int32Array): { readonly accounts: Uint8Array; readonly auxiliaries: Uint8Array; readonly journals: Uint8Array } | undefined {
  if (order === book.byDate) return undefined;
  const accounts = new Uint8Array(book.accounts.length);
  const auxiliaries = new Uint8Array(book.auxiliaries.length);
  const journals = new Uint8Array(book.journals.length);
  const { entryStart, journal } = book.tx;
  const ledgerOf = book.entries.ledger;
  const ledgerUsed = new Uint8Array(book.ledgers.length);
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    journals[journal[t]!] = 1;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) ledgerUsed[ledgerOf[e]!] = 1;
  }
  book.ledgers.forEach((l, k) => {
    if (ledgerUsed[k] !== 1) return;
    accounts[l.account] = 1;
    if (l.auxiliary >= 0) auxiliaries[l.auxiliary] = 1;
  });
  return { accounts, auxiliaries, journals };
}

/** Checks an option that takes one of a few values (internal). */
export function pickOption<T extends string | boolean>(options: object, name: string, allowed: ReadonlyArray<T>, fallback: T): T {
  const value = (options as Record<string, unknown>)[name];
  if (value === undefined) return fallback;
  if (!(allowed as ReadonlyArray<unknown>).includes(value)) {
    fail('invalid_option', [name], `Invalid option ${name} ${JSON.stringify(value)}: use ${allowed.map((a) => JSON.stringify(a)).join(' or ')}.`);
  }
  return value as T;
}

/** Checks a positive integer width option (internal). */
export function widthOption(options: object, name: string, fallback: number): number {
  const value = (options as Record<string, unknown>)[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) fail('invalid_option', [name], `Invalid option ${name} ${JSON.stringify(value)}: give a positive integer.`);
  return value;
}

/**
 * Reads an option that has a deprecated alias (internal): the new name wins;
 * both given with different values is `invalid_option`.
 */
export function aliasOption<T extends string | boolean>(options: object, name: string, alias: string, allowed: ReadonlyArray<T>, fallback: T): T {
  const o = options as Record<string, unknown>;
  if (o[name] !== undefined && o[alias] !== undefined && o[name] !== o[alias]) {
    fail('invalid_option', [alias], `Options ${name} and ${alias} (its former name) disagree: give ${name} only.`);
  }
  return pickOption(options, o[name] !== undefined ? name : alias, allowed, fallback);
}

/** Reads a positive integer width option that has a deprecated alias (internal). */
export function aliasWidthOption(options: object, name: string, alias: string, fallback: number): number {
  const o = options as Record<string, unknown>;
  if (o[name] !== undefined && o[alias] !== undefined && o[name] !== o[alias]) {
    fail('invalid_option', [alias], `Options ${name} and ${alias} (its former name) disagree: give ${name} only.`);
  }
  return widthOption(options, o[name] !== undefined ? name : alias, fallback);
}
