import { isSiren, trimAccountNumber } from '../../accounts/index.js';
import { addDays, addMonths, compactDate, fromDayNumber, isIsoDate } from '../../calendar/index.js';
import { fail, quote } from '../../errors/index.js';
import { FEC_SEVERITY } from './_lib/fecSeverity.js';
import * as MESSAGES from './_lib/validateMessages.js';
import type { FecSeverity } from './fecRules.js';
import { checkSize, maxBytesOption } from './_lib/size.js';
import { FEC_FIELD, fecHeaderMismatch, type FecLayout } from './columns.js';
import { fecAmountToCents, fecDateToDayNumber, isQuotedFecField, readFecText, unquoteFecField, type FecText } from './readFecText.js';

/**
 * A rule code of {@link FEC_RULES}.
 *
 * @example
 * ```ts
 * const code: FecRuleCode = 'fec_numbering_gap';
 * ```
 */
export type FecRuleCode = keyof typeof FEC_SEVERITY;

export { FEC_RULES, type FecRule, type FecSeverity } from './fecRules.js';

/**
 * One finding of {@link validateFec}: the rule's code and severity, the
 * 1-based line (the header is line 1; 0 for a finding about the whole file)
 * and a message that says what is wrong and what to fix.
 *
 * @example
 * ```ts
 * const issue: FecIssue = {
 *   code: 'fec_invalid_date', severity: 'error', line: 4,
 *   message: 'PieceDate "20240230" is not a real date: write it AAAAMMJJ, e.g. 20240229.',
 * };
 * ```
 */
export interface FecIssue {
  /** The rule that found it, a key of {@link FEC_RULES}. */
  readonly code: FecRuleCode;
  /** The rule's severity, copied from {@link FEC_RULES}. */
  readonly severity: FecSeverity;
  /** The 1-based line of the file (the header is line 1); `0` for a finding about the whole file. */
  readonly line: number;
  /** What is wrong on that line and how to fix it, in English, quoting the offending value. */
  readonly message: string;
}

/**
 * The result of {@link validateFec}: `valid` is `false` iff an issue is an
 * error; `issues` are sorted by line (file-level findings, line 0, first).
 *
 * @example
 * ```ts
 * const result: FecValidation = { valid: true, issues: [] };
 * ```
 */
export interface FecValidation {
  /** `true` when no issue has severity `error`: the file is compliant (warnings and infos allowed). */
  readonly valid: boolean;
  /**
   * Every finding, sorted by line (file-level findings, line 0, first); at most `maxIssuesPerRule` per rule
   * plus one summary.
   */
  readonly issues: ReadonlyArray<FecIssue>;
}

/**
 * Options of {@link validateFec}.
 *
 * @example
 * ```ts
 * const options: ValidateFecOptions = { fileName: '123456782FEC20241231.txt' };
 * ```
 */
export interface ValidateFecOptions {
  /**
   * The file's name (a path is fine): checked against `SirenFECAAAAMMJJ`, its
   * SIREN's Luhn key checked, and its closing date used for the fiscal year.
   * @defaultValue none: the name is not checked
   */
  readonly fileName?: string;
  /**
   * The fiscal year, as `YYYY-MM-DD` dates, `to` being its last day.
   * @defaultValue the 12 months ending on the file name's closing date; else
   *   the dates of the file, which must fit in 12 months
   */
  readonly fiscalYear?: {
    /** The first day of the fiscal year, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day of the fiscal year (« date de clôture »), `YYYY-MM-DD`. */
    readonly to: string;
  };
  /**
   * Journal codes holding opening entries (à-nouveaux), on top of `AN` and `OUV`.
   * @defaultValue `[]`
   */
  readonly openingJournals?: ReadonlyArray<string>;
  /**
   * How many issues of one rule are listed; beyond that one more issue of the
   * rule (line 0) gives the count of those left out.
   * @defaultValue `1000`
   */
  readonly maxIssuesPerRule?: number;
  /**
   * The largest file checked, in bytes, as for `parseFec` (`file_too_large`
   * thrown beyond it: the limit is the reader's, not a finding on the file;
   * at most 2147483647).
   * @defaultValue 1073741824 (1 GiB)
   */
  readonly maxBytes?: number;
}

// ─── messages ────────────────────────────────────────────────────────────────

const q = (value: string): string => JSON.stringify(value);

// ─── fast field parsers ──────────────────────────────────────────────────────

/** Sums flush into a bigint beyond this, so number additions stay exact. */
const FLUSH = 2 ** 52;

/** Whether a foreign-currency amount is well written (any number of decimals); NaN, 0 (zero) or 1 (non-zero). */
function parseForeign(s: string): number {
  const n = s.length;
  let i = 0;
  let end = n;
  let c = s.charCodeAt(0);
  if (c === 45 || c === 43) i = 1;
  else {
    c = s.charCodeAt(n - 1);
    if (c === 45 || c === 43) end = n - 1;
  }
  let digits = 0;
  let nonZero = 0;
  let comma = false;
  for (; i < end; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (c !== 48) nonZero = 1;
    } else if (c === 44 && !comma && digits > 0 && i + 1 < end) comma = true;
    else return NaN;
  }
  return digits === 0 ? NaN : nonZero;
}

/** The message for an amount {@link fecAmountToCents} refused. */
function amountMessage(field: string, value: string, anyDecimals: boolean): string {
  // One sign, first or last, as the reader takes it: "-1000,00-" keeps its second sign and is no amount (not "too large").
  const body = /^[+-]/.test(value) ? value.slice(1) : value.replace(/[+-]$/, '');
  if (/^\d{1,3}([ \u00a0\u202f'.]\d{3})+(,\d+)?$/.test(body) && /[ \u00a0\u202f']|\..*,|\.\d{3}\./.test(body)) return MESSAGES.amountThousands(field, value);
  if (/^\d+\.\d+$/.test(body)) return MESSAGES.amountDot(field, value);
  // Stryker disable next-line all: unreachable — every body this pattern matches holds a space, a no-break space or an apostrophe, so the test above has returned
  if (/^\d{1,3}([ \u00a0\u202f']\d{3})+(,\d+)?$/.test(body)) return MESSAGES.amountThousands(field, value);
  if (!anyDecimals && /^\d+,\d{3,}$/.test(body)) return MESSAGES.amountDecimals(field, value);
  if (/^\d+(,\d+)?$/.test(body)) return MESSAGES.amountTooLarge(field, value);
  return MESSAGES.amount(field, value);
}

/** `AAAAMMJJ` of a day number. */
function compact(day: number): string {
  return compactDate(fromDayNumber(day));
}

function isBlank(s: string): boolean {
  return s.length === 0 || (s.charCodeAt(0) === 32 && s.trim() === '');
}

/** An exact running sum of cents: a number, flushed into a bigint before it could lose precision. */
class Sum {
  n = 0;
  big = 0n;
  add(x: number): void {
    const s = this.n + x;
    if (s > FLUSH || s < -FLUSH) {
      this.big += BigInt(s);
      this.n = 0;
    } else this.n = s;
  }
  addSum(other: Sum): void {
    if (other.big !== 0n) this.big += other.big;
    this.add(other.n);
  }
  value(): bigint {
    return this.big + BigInt(this.n);
  }
  equals(other: Sum): boolean {
    return this.big === 0n && other.big === 0n ? this.n === other.n : this.value() === other.value();
  }
  reset(): void {
    this.n = 0;
    this.big = 0n;
  }
}

/** Cents as a FEC amount, `1234,56`. */
function formatCents(cents: bigint | number): string {
  const v = typeof cents === 'bigint' ? cents : BigInt(cents);
  const neg = v < 0n;
  const abs = (neg ? -v : v).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${abs.slice(0, -2)},${abs.slice(-2)}`;
}

function balanceParts(debit: Sum, credit: Sum): { d: string; c: string; diff: string; side: 'credit' | 'debit' } {
  const dv = debit.value();
  const cv = credit.value();
  const diff = dv > cv ? dv - cv : cv - dv;
  return { d: formatCents(dv), c: formatCents(cv), diff: formatCents(diff), side: dv > cv ? 'credit' : 'debit' };
}

/** Windows-1252 characters of the bytes 0x80–0x9F, for messages (undefined bytes stay as codes). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function describeC1(fields: ReadonlyArray<string>): string | undefined {
  const found: string[] = [];
  for (const f of fields) {
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c >= 0x80 && c <= 0x9f) {
        const byte = `0x${c.toString(16).toUpperCase()}`;
        const ch = CP1252[c - 0x80] as string;
        const shown = ch.charCodeAt(0) >= 0xa0 ? `${byte} "${ch}"` : byte;
        if (!found.includes(shown)) found.push(shown);
      }
    }
  }
  return found.length === 0 ? undefined : found.join(', ');
}

// ─── numbering ───────────────────────────────────────────────────────────────

/** The entries of one numbering sequence: a journal and an EcritureNum prefix. */
interface Sequence {
  readonly journal: string;
  readonly prefix: string;
  readonly nums: number[];
  readonly days: number[];
  readonly lines: number[];
  readonly texts: string[];
}

/** Index of the first digit of the trailing digits (at most 15) of an EcritureNum, or -1. */
function trailingDigitsStart(num: string): number {
  let i = num.length;
  while (i > 0 && num.length - i < 15) {
    const c = num.charCodeAt(i - 1);
    if (c < 48 || c > 57) break;
    i--;
  }
  return i === num.length ? -1 : i;
}

// ─── the validator ───────────────────────────────────────────────────────────

const REQUIRED_STANDARD = [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15] as const;
const REQUIRED_CASH = [2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 18, 19] as const;
const DEFAULT_OPENING = ['AN', 'OUV'] as const;

function checkOptions(options: ValidateFecOptions): { from: number; to: number } | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('invalid_option', [], `The options of validateFec are an object such as { fileName }, not ${quote(options)}.`);
  if (options.fileName !== undefined && typeof options.fileName !== 'string') fail('invalid_option', ['fileName'], `fileName is the file's name as a string (e.g. "123456782FEC20241231.txt"), not ${quote(options.fileName)}.`);
  const journals: unknown = options.openingJournals;
  if (journals !== undefined && (!Array.isArray(journals) || journals.some((j) => typeof j !== 'string'))) fail('invalid_option', ['openingJournals'], 'openingJournals must be an array of journal codes, e.g. ["RAN"].');
  const fy = options.fiscalYear;
  if (fy !== undefined && (typeof fy !== 'object' || fy === null)) fail('invalid_option', ['fiscalYear'], `fiscalYear is { from, to } with YYYY-MM-DD dates, not ${quote(fy)}.`);
  if (options.maxIssuesPerRule !== undefined && !(Number.isSafeInteger(options.maxIssuesPerRule) && options.maxIssuesPerRule >= 0)) {
    fail('invalid_option', ['maxIssuesPerRule'], `maxIssuesPerRule must be a non-negative integer, received ${String(options.maxIssuesPerRule)}.`);
  }
  if (fy === undefined) return undefined;
  if (!isIsoDate(fy.from)) fail('invalid_option', ['fiscalYear', 'from'], `fiscalYear.from ${q(String(fy.from))} must be a real date written YYYY-MM-DD.`);
  if (!isIsoDate(fy.to)) fail('invalid_option', ['fiscalYear', 'to'], `fiscalYear.to ${q(String(fy.to))} must be a real date written YYYY-MM-DD.`);
  if (fy.to < fy.from) fail('invalid_option', ['fiscalYear'], `fiscalYear ends (${fy.to}) before it starts (${fy.from}): give { from, to } with to the last day.`);
  return { from: fecDateToDayNumber(fy.from.replace(/-/g, '')), to: fecDateToDayNumber(fy.to.replace(/-/g, '')) };
}

/**
 * Checks a FEC (fichier des écritures comptables) the way the DGFiP's Test
 * Compta Demat and the public re-implementations do (SPEC-FR §1.4–§1.5):
 * file name and SIREN, charset, separator, header, field count, quotes,
 * mandatory fields, dates, amounts (decimal comma, no thousands separator),
 * Debit/Credit exclusivity, account numbers, paired fields, labels, the
 * balance of every entry, journal, month and of the file, entry dates against
 * the fiscal year, numbering (gaps, duplicates, chronology, per journal and
 * EcritureNum prefix, or global), sorting by ValidDate, à-nouveaux first and
 * never on class 6/7, and no closing entries. {@link FEC_RULES} lists the
 * rules. One pass over the lines; sums in integer cents, exact. It never
 * throws on a bad file: every problem is an issue.
 *
 * @param input - the file's text or bytes (UTF-8, ISO-8859-15; a BOM is allowed)
 * @param options - file name, fiscal year, extra opening journals, issue cap
 * @returns `{ valid, issues }`: `valid` is `false` iff some issue is an error
 * @throws AccountingError `invalid_input` for an input that is neither text nor
 *   bytes, `invalid_option` for a malformed option, `file_too_large` for a
 *   file above `options.maxBytes` (the reader's limit, not a finding on the file)
 * @example
 * ```ts
 * const result = validateFec(bytes, { fileName: '123456782FEC20241231.txt' });
 * result.valid //=> true
 * validateFec('JournalCode;JournalLib').issues[0]?.code //=> 'fec_separator'
 * ```
 */
export function validateFec(input: string | Uint8Array, options: ValidateFecOptions = {}): FecValidation {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) fail('invalid_input', [], `validateFec reads a FEC given as a string or a Uint8Array, not ${quote(input)}.`);
  const explicitYear = checkOptions(options);
  checkSize(input, maxBytesOption(options.maxBytes));
  const max = options.maxIssuesPerRule ?? 1000;
  const issues: FecIssue[] = [];
  const counts = new Map<FecRuleCode, number>();

  /** Counts a finding; whether it should be listed (under the cap). */
  const want = (code: FecRuleCode): boolean => {
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    return n <= max;
  };
  const push = (code: FecRuleCode, line: number, message: string): void => {
    issues.push(Object.freeze({ code, severity: FEC_SEVERITY[code], line, message }));
  };
  const report = (code: FecRuleCode, line: number, message: string): void => {
    if (want(code)) push(code, line, message);
  };

  // file name and fiscal year
  let yearFrom = explicitYear?.from ?? NaN;
  let yearTo = explicitYear?.to ?? NaN;
  let yearSource = explicitYear !== undefined ? 'options.fiscalYear' : '';
  if (options.fileName !== undefined) {
    const name = options.fileName;
    const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    const m = /^(\d{9})FEC(\d{8})(?:\.[A-Za-z0-9]+)?$/.exec(base);
    if (m === null) report('fec_file_name', 0, MESSAGES.fileName(base));
    else {
      const siren = m[1] as string;
      const closing = m[2] as string;
      if (!isSiren(siren)) report('fec_siren_luhn', 0, MESSAGES.sirenLuhn(siren));
      const closingDay = fecDateToDayNumber(closing);
      if (Number.isNaN(closingDay)) report('fec_file_name', 0, MESSAGES.fileNameDate(base, closing));
      else if (explicitYear !== undefined) {
        if (closingDay !== explicitYear.to) report('fec_file_name', 0, MESSAGES.fileNameYear(closing, compact(explicitYear.to)));
      } else {
        const closingIso = fromDayNumber(closingDay);
        yearTo = closingDay;
        yearFrom = fecDateToDayNumber(addDays(addMonths(closingIso, -12), 1).replace(/-/g, ''));
        yearSource = `12 months ending on the file name's closing date`;
      }
    }
  }

  const fec = readFecText(input);
  if (fec.encoding === 'utf-16le' || fec.encoding === 'utf-16be') report('fec_encoding', 0, MESSAGES.utf16(fec.encoding));
  if (fec.bom) report('fec_bom', 0, MESSAGES.bom());

  const finish = (): FecValidation => {
    for (const [code, n] of counts) if (n > max) push(code, 0, MESSAGES.truncated(n - max, max));
    issues.sort((a, b) => a.line - b.line);
    return Object.freeze({ valid: !issues.some((i) => i.severity === 'error'), issues: Object.freeze(issues) });
  };

  if (fec.empty) {
    report('fec_empty_file', 0, MESSAGES.emptyFile());
    return finish();
  }
  if (fec.separatorProblem !== undefined) {
    report('fec_separator', 1, fec.separatorProblem === 'both' ? MESSAGES.separatorBoth() : MESSAGES.separatorNone());
    return finish();
  }
  if (fec.headerQuoted) report('fec_quoted_field', 1, MESSAGES.quoted('the column names'));
  if (fec.headerTrailingSeparator) report('fec_trailing_separator', 1, MESSAGES.trailingSeparator());
  const layout = fec.layout;
  if (layout === null) {
    const mismatch = fecHeaderMismatch(fec.headerFields);
    report('fec_header', 1, mismatch === null ? MESSAGES.header(0, 'JournalCode', undefined) : MESSAGES.header(mismatch.index, mismatch.expected, mismatch.received));
    return finish();
  }
  if (layout.looseNames.length > 0) {
    const shown = layout.looseNames.map((i) => `${q(fec.headerFields[i] ?? '')} for ${q(layout.columns[i] ?? '')}`).join(', ');
    report('fec_header_case', 1, MESSAGES.headerCase(shown));
  }
  if (layout.extraColumns.length > 0) report('fec_extra_columns', 1, MESSAGES.extraColumns(layout.extraColumns.join(', ')));

  checkRecords(fec, layout, options, { report, want, push }, { from: yearFrom, to: yearTo, source: yearSource });
  if (fec.endsWithNewline) report('fec_trailing_newline', 0, MESSAGES.trailingNewline());
  return finish();
}

interface Reporter {
  report(code: FecRuleCode, line: number, message: string): void;
  want(code: FecRuleCode): boolean;
  push(code: FecRuleCode, line: number, message: string): void;
}

interface LabelSeen {
  readonly label: string;
  readonly line: number;
  reported: boolean;
}

/** Records the first label of a key; reports a different one once per key. */
function checkLabel(map: Map<string, LabelSeen>, what: string, key: string, label: string, line: number, r: Reporter): void {
  if (isBlank(key) || isBlank(label)) return;
  const seen = map.get(key);
  if (seen === undefined) map.set(key, { label, line, reported: false });
  else if (seen.label !== label && !seen.reported) {
    seen.reported = true;
    r.report('fec_label_consistency', line, MESSAGES.label(what, key, label, seen.label, seen.line));
  }
}

/** The one pass over the lines, then the entry, balance and numbering checks. */
function checkRecords(
  fec: FecText,
  layout: FecLayout,
  options: ValidateFecOptions,
  r: Reporter,
  year: { from: number; to: number; source: string },
): void {
  const { report, want } = r;
  const expected = layout.columns.length;
  const montantSens = layout.amounts === 'montant-sens';
  const cash = layout.variant !== 'standard';
  const required: ReadonlyArray<number> = cash ? REQUIRED_CASH : REQUIRED_STANDARD;
  const columns = layout.columns;
  const amountA = columns[FEC_FIELD.Debit] as string;
  const amountB = columns[FEC_FIELD.Credit] as string;
  const opening = new Set<string>([...DEFAULT_OPENING, ...(options.openingJournals ?? [])]);
  const yearKnown = !Number.isNaN(year.from);
  const yearFromText = yearKnown ? compact(year.from) : '';
  const yearToText = yearKnown ? compact(year.to) : '';

  // labels
  const accountLabels = new Map<string, LabelSeen>();
  const journalLabels = new Map<string, LabelSeen>();
  const auxLabels = new Map<string, LabelSeen>();

  // totals
  const fileDebit = new Sum();
  const fileCredit = new Sum();
  const journals = new Map<string, { debit: Sum; credit: Sum }>();
  const months = new Map<number, { debit: Sum; credit: Sum }>();
  let totalsIncomplete = false;
  let monthsIncomplete = false;
  let lastMonthKey = -1;
  let lastMonth: { debit: Sum; credit: Sum } | undefined;

  // entries
  const unnumberedStarts = new Map<string, number>();
  const sequences = new Map<string, Sequence>();
  let records = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let seenNonOpening = false;
  let prevValidDay = NaN;
  let prevValidText = '';

  // the current entry (entries end when the key changes)
  let eActive = false;
  let eJournal = '';
  let eNum = '';
  let eLabel = '';
  let eFirstLine = 0;
  let eLines = 0;
  let eDate = '';
  let eDay = NaN;
  let eValid = '';
  let eDatesReported = false;
  let eUnreadable = false;
  let eIncomplete = false;
  let eHas67 = false;
  let eHas12 = false;
  let eOpening = false;
  let eJournalLib = '';
  const eDebit = new Sum();
  const eCredit = new Sum();

  // date caches: consecutive lines mostly repeat dates
  let cacheE = '';
  let cacheEDay = NaN;
  let cacheV = '';
  let cacheVDay = NaN;
  let cacheP = '';
  let cachePDay = NaN;

  const finishEntry = (): void => {
    if (!eActive) return;
    eActive = false;
    if (eLines === 1 && !eIncomplete) report('fec_single_line_entry', eFirstLine, MESSAGES.singleLine(eLabel));
    if (!eUnreadable && !eIncomplete && !eDebit.equals(eCredit) && want('fec_entry_unbalanced')) {
      const p = balanceParts(eDebit, eCredit);
      r.push('fec_entry_unbalanced', eFirstLine, MESSAGES.entryUnbalanced(eLabel, p.d, p.c, p.diff, p.side));
    }
    let j = journals.get(eJournal);
    if (j === undefined) journals.set(eJournal, (j = { debit: new Sum(), credit: new Sum() }));
    j.debit.addSum(eDebit);
    j.credit.addSum(eCredit);
    if (eHas67 && eHas12 && !eOpening) report('fec_closing_entry', eFirstLine, MESSAGES.closingEntry(eLabel));
    const start = trailingDigitsStart(eNum);
    if (start >= 0) {
      const prefix = eNum.slice(0, start);
      const key = `${eJournal}\u0000${prefix}`;
      let s = sequences.get(key);
      if (s === undefined) sequences.set(key, (s = { journal: eJournal, prefix, nums: [], days: [], lines: [], texts: [] }));
      s.nums.push(Number(eNum.slice(start)));
      s.days.push(eDay);
      s.lines.push(eFirstLine);
      s.texts.push(eNum);
    }
  };

  const startEntry = (journal: string, num: string, line: number): void => {
    eActive = true;
    eJournal = journal;
    eNum = num;
    eLabel = journal === '' ? num : `${num} (journal ${journal})`;
    eFirstLine = line;
    eLines = 0;
    eDate = '';
    eDay = NaN;
    eValid = '';
    eDatesReported = false;
    eUnreadable = false;
    eIncomplete = false;
    eHas67 = false;
    eHas12 = false;
    eDebit.reset();
    eCredit.reset();
    eOpening = opening.has(journal);
    if (trailingDigitsStart(num) < 0) {
      // numbered entries are checked for duplicates with their sequence; the others here
      const key = `${journal}\u0000${num}`;
      const first = unnumberedStarts.get(key);
      if (first !== undefined) report('fec_numbering_duplicate', line, MESSAGES.duplicateChunk(eLabel, first));
      else unnumberedStarts.set(key, line);
    }
    if (eOpening) {
      if (seenNonOpening) report('fec_opening_not_first', line, MESSAGES.openingNotFirst(eLabel));
    } else seenNonOpening = true;
  };

  for (const record of fec.records()) {
    const f = record.fields;
    const line = record.line;
    let n = f.length;
    if (n === 0) {
      report('fec_empty_line', line, MESSAGES.emptyLine());
      continue;
    }
    records++;
    if (n === expected + 1 && f[n - 1] === '') {
      report('fec_trailing_separator', line, MESSAGES.trailingSeparator());
      f.pop();
      n--;
    }
    if (n !== expected) {
      report('fec_field_count', line, MESSAGES.fieldCount(n, expected));
      totalsIncomplete = true;
      // attach the line to its entry when its key can be read, so the entry is not judged on part of its lines
      const journal = f[0] ?? '';
      const num = f[2];
      if (num !== undefined && !(eActive && journal === eJournal && num === eNum)) {
        finishEntry();
        startEntry(journal, num, line);
      }
      if (eActive) eIncomplete = true;
      continue;
    }

    // quotes and charset
    let quoted: string | undefined;
    for (let i = 0; i < n; i++) {
      const v = f[i] as string;
      if (v.length > 0 && isQuotedFecField(v)) {
        quoted = quoted === undefined ? (columns[i] as string) : `${quoted}, ${columns[i] as string}`;
        f[i] = unquoteFecField(v);
      }
    }
    if (quoted !== undefined) report('fec_quoted_field', line, MESSAGES.quoted(quoted));
    if (fec.windows1252) {
      const found = describeC1(f);
      if (found !== undefined) report('fec_encoding', line, MESSAGES.windows1252(found));
    }

    const journal = f[0] as string;
    const num = f[2] as string;
    const dateText = f[3] as string;
    const account = f[4] as string;
    const validText = f[15] as string;

    // entry boundaries
    if (!(eActive && journal === eJournal && num === eNum)) {
      finishEntry();
      startEntry(journal, num, line);
    }
    eLines++;

    // mandatory fields
    let missing: string | undefined;
    for (const i of required) {
      if (isBlank(f[i] as string)) missing = missing === undefined ? (columns[i] as string) : `${missing}, ${columns[i] as string}`;
    }
    if (missing !== undefined) report('fec_required_field', line, MESSAGES.required(missing));

    // dates
    let day: number;
    if (dateText === cacheE) day = cacheEDay;
    else {
      day = fecDateToDayNumber(dateText);
      cacheE = dateText;
      cacheEDay = day;
    }
    if (Number.isNaN(day)) {
      monthsIncomplete = true;
      if (dateText !== '') report('fec_invalid_date', line, MESSAGES.date('EcritureDate', dateText));
    }
    const pieceDate = f[9] as string;
    if (pieceDate !== cacheP) {
      cacheP = pieceDate;
      cachePDay = fecDateToDayNumber(pieceDate);
    }
    if (Number.isNaN(cachePDay) && pieceDate !== '') report('fec_invalid_date', line, MESSAGES.date('PieceDate', pieceDate));
    let validDay: number;
    if (validText === cacheV) validDay = cacheVDay;
    else {
      validDay = fecDateToDayNumber(validText);
      cacheV = validText;
      cacheVDay = validDay;
    }
    if (Number.isNaN(validDay) && validText !== '') report('fec_invalid_date', line, MESSAGES.date('ValidDate', validText));
    const letDate = f[14] as string;
    if (letDate !== '' && Number.isNaN(fecDateToDayNumber(letDate))) report('fec_invalid_date', line, MESSAGES.date('DateLet', letDate));
    if (cash) {
      const rglt = f[18] as string;
      if (rglt !== '' && Number.isNaN(fecDateToDayNumber(rglt))) report('fec_invalid_date', line, MESSAGES.date('DateRglt', rglt));
    }

    if (eLines === 1) {
      eDate = dateText;
      eDay = day;
      eValid = validText;
      if (!Number.isNaN(day)) {
        if (day < minDay) minDay = day;
        if (day > maxDay) maxDay = day;
        if (yearKnown && (day < year.from || day > year.to)) {
          report('fec_date_outside_year', line, MESSAGES.outsideYear(eLabel, dateText, yearFromText, yearToText, year.source));
        }
        if (!Number.isNaN(validDay) && validDay < day) report('fec_valid_date_before_entry', line, MESSAGES.validBeforeEntry(eLabel, validText, dateText));
      }
    } else if (!eDatesReported && (dateText !== eDate || validText !== eValid)) {
      eDatesReported = true;
      const field = dateText !== eDate ? 'EcritureDate' : 'ValidDate';
      report('fec_entry_dates', line, MESSAGES.entryDates(eLabel, field, field === 'EcritureDate' ? dateText : validText, field === 'EcritureDate' ? eDate : eValid, eFirstLine));
    }
    if (!Number.isNaN(validDay)) {
      if (validDay < prevValidDay) report('fec_valid_date_order', line, MESSAGES.validDateOrder(validText, prevValidText));
      prevValidDay = validDay;
      prevValidText = validText;
    }

    // amounts
    let debit = NaN;
    let credit = NaN;
    const a = f[11] as string;
    const b = f[12] as string;
    if (montantSens) {
      const amount = fecAmountToCents(a);
      if (Number.isNaN(amount) && a !== '') report('fec_invalid_amount', line, amountMessage(amountA, a, false));
      let sign = 0;
      if (b === 'D' || b === '+1') sign = 1;
      else if (b === 'C' || b === '-1') sign = -1;
      else if (b !== '') report('fec_invalid_sens', line, MESSAGES.sens(b));
      if (!Number.isNaN(amount) && sign !== 0) {
        debit = sign > 0 ? amount : 0;
        credit = sign < 0 ? amount : 0;
      }
    } else {
      debit = fecAmountToCents(a);
      credit = fecAmountToCents(b);
      if (Number.isNaN(debit) && a !== '') report('fec_invalid_amount', line, amountMessage(amountA, a, false));
      if (Number.isNaN(credit) && b !== '') report('fec_invalid_amount', line, amountMessage(amountB, b, false));
      if (debit !== 0 && credit !== 0 && !Number.isNaN(debit) && !Number.isNaN(credit)) report('fec_debit_and_credit', line, MESSAGES.debitAndCredit(a, b));
    }
    if (Number.isNaN(debit) || Number.isNaN(credit)) {
      eUnreadable = true;
      totalsIncomplete = true;
    } else {
      if (debit === 0 && credit === 0) report('fec_zero_line', line, MESSAGES.zeroLine());
      eDebit.add(debit);
      eCredit.add(credit);
      fileDebit.add(debit);
      fileCredit.add(credit);
      if (!Number.isNaN(day)) {
        const monthKey = Math.floor(Number(dateText) / 100);
        if (monthKey !== lastMonthKey) {
          lastMonthKey = monthKey;
          lastMonth = months.get(monthKey);
          if (lastMonth === undefined) months.set(monthKey, (lastMonth = { debit: new Sum(), credit: new Sum() }));
        }
        (lastMonth as { debit: Sum; credit: Sum }).debit.add(debit);
        (lastMonth as { debit: Sum; credit: Sum }).credit.add(credit);
      }
    }
    const foreign = f[16] as string;
    let foreignFilled = false;
    if (foreign !== '') {
      const v = parseForeign(foreign);
      if (Number.isNaN(v)) report('fec_invalid_amount', line, amountMessage('Montantdevise', foreign, true));
      foreignFilled = v !== 0;
    }

    // account
    if (account !== '') {
      const c0 = account.charCodeAt(0);
      const c1 = account.charCodeAt(1);
      const c2 = account.charCodeAt(2);
      if (!(c0 >= 49 && c0 <= 56 && c1 >= 48 && c1 <= 57 && c2 >= 48 && c2 <= 57)) report('fec_account_prefix', line, MESSAGES.accountPrefix(account));
      if (c0 === 54 || c0 === 55) {
        eHas67 = true;
        if (eOpening) report('fec_opening_on_income_account', line, MESSAGES.openingOnIncome(eLabel, account));
      } else if (c0 === 49 && c1 === 50) eHas12 = true;
    }

    // pairs
    const auxNum = f[6] as string;
    const auxLib = f[7] as string;
    if (isBlank(auxNum) !== isBlank(auxLib)) {
      report('fec_pair_filled_together', line, isBlank(auxLib) ? MESSAGES.pair('CompAuxNum', 'CompAuxLib', auxNum) : MESSAGES.pair('CompAuxLib', 'CompAuxNum', auxLib));
    }
    const letCode = f[13] as string;
    if (isBlank(letCode) !== isBlank(letDate)) {
      report('fec_pair_filled_together', line, isBlank(letDate) ? MESSAGES.pair('EcritureLet', 'DateLet', letCode) : MESSAGES.pair('DateLet', 'EcritureLet', letDate));
    }
    const currency = f[17] as string;
    if (foreignFilled === isBlank(currency)) {
      report('fec_pair_filled_together', line, foreignFilled ? MESSAGES.pair('Montantdevise', 'Idevise', foreign) : MESSAGES.pair('Idevise', 'Montantdevise', currency));
    }

    // labels
    checkLabel(accountLabels, 'Account', account, f[5] as string, line, r);
    const journalLib = f[1] as string;
    if (eLines === 1 || journalLib !== eJournalLib) {
      eJournalLib = journalLib;
      checkLabel(journalLabels, 'Journal', journal, journalLib, line, r);
    }
    checkLabel(auxLabels, 'Auxiliary account', auxNum, auxLib, line, r);
  }
  finishEntry();

  if (records === 0) {
    report('fec_empty_file', 0, MESSAGES.noRecords());
    return;
  }

  // balances
  if (!totalsIncomplete) {
    if (!fileDebit.equals(fileCredit)) {
      const p = balanceParts(fileDebit, fileCredit);
      report('fec_file_unbalanced', 0, MESSAGES.fileUnbalanced(p.d, p.c, p.diff));
    }
    for (const [code, j] of journals) {
      if (!j.debit.equals(j.credit) && want('fec_journal_unbalanced')) {
        const p = balanceParts(j.debit, j.credit);
        r.push('fec_journal_unbalanced', 0, MESSAGES.journalUnbalanced(code === '' ? '(blank)' : code, p.d, p.c, p.diff));
      }
    }
    if (!monthsIncomplete) {
      for (const key of [...months.keys()].sort((x, y) => x - y)) {
        const m = months.get(key) as { debit: Sum; credit: Sum };
        if (!m.debit.equals(m.credit) && want('fec_month_unbalanced')) {
          const p = balanceParts(m.debit, m.credit);
          const month = `${String(Math.floor(key / 100)).padStart(4, '0')}-${String(key % 100).padStart(2, '0')}`;
          r.push('fec_month_unbalanced', 0, MESSAGES.monthUnbalanced(month, p.d, p.c, p.diff));
        }
      }
    }
  }

  // one account, one number: CompteNum equal once trailing zeros are dropped (the label map holds each number's first line)
  const numbers = new Map<string, LabelSeen & { readonly account: string }>();
  for (const [account, seen] of accountLabels) {
    const key = trimAccountNumber(account);
    const first = numbers.get(key);
    if (first === undefined) numbers.set(key, { ...seen, account });
    else report('fec_account_number_clash', seen.line, MESSAGES.accountClash(account, first.account, first.line));
  }

  // a fiscal year known from nothing but the dates: they must fit in 12 months
  if (!yearKnown && minDay <= maxDay) {
    const last = addDays(addMonths(fromDayNumber(minDay), 12), -1);
    if (maxDay > fecDateToDayNumber(last.replace(/-/g, ''))) report('fec_date_outside_year', 0, MESSAGES.spanTooLong(compact(minDay), compact(maxDay)));
  }

  checkNumbering(sequences, r);
}

/** Gaps, duplicates and chronology of every numbering sequence. */
function checkNumbering(sequences: Map<string, Sequence>, r: Reporter): void {
  interface Gap {
    readonly line: number;
    readonly message: string;
  }
  const gaps: Gap[] = [];
  let total = 0;
  for (const s of sequences.values()) {
    const count = s.nums.length;
    total += count;
    let sorted = true;
    for (let i = 1; i < count && sorted; i++) if ((s.nums[i] as number) < (s.nums[i - 1] as number)) sorted = false;
    const order: number[] = Array.from({ length: count }, (_, i) => i);
    if (!sorted) order.sort((x, y) => (s.nums[x] as number) - (s.nums[y] as number) || (s.lines[x] as number) - (s.lines[y] as number));
    const journal = s.journal === '' ? '(blank)' : s.journal;
    let maxDay = -Infinity;
    let maxAt = -1;
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const num = s.nums[i] as number;
      const day = s.days[i] as number;
      if (k > 0) {
        const p = order[k - 1] as number;
        const prev = s.nums[p] as number;
        if (num === prev) {
          const text = s.texts[i] as string;
          const message =
            text === s.texts[p]
              ? MESSAGES.duplicateChunk(s.journal === '' ? text : `${text} (journal ${s.journal})`, s.lines[p] as number)
              : MESSAGES.duplicateNumber(journal, text, s.texts[p] as string, s.lines[p] as number);
          r.report('fec_numbering_duplicate', s.lines[i] as number, message);
        } else if (num > prev + 1) {
          const prevText = s.texts[p] as string;
          const width = prevText.length - s.prefix.length;
          const first = s.prefix + String(prev + 1).padStart(width, '0');
          const missingCount = num - prev - 1;
          const missing = missingCount === 1 ? first : `${missingCount} numbers (${first} to ${s.prefix + String(num - 1).padStart(width, '0')}) are`;
          gaps.push({ line: s.lines[i] as number, message: MESSAGES.gap(journal, prevText, s.lines[p] as number, s.texts[i] as string, missingCount === 1 ? `${missing} is` : missing) });
        }
      }
      if (!Number.isNaN(day)) {
        if (day < maxDay && maxAt >= 0) {
          r.report('fec_numbering_order', s.lines[i] as number, MESSAGES.numberingOrder(s.texts[i] as string, compact(day), s.texts[maxAt] as string, compact(maxDay), s.lines[maxAt] as number));
        } else if (day > maxDay) {
          maxDay = day;
          maxAt = i;
        }
      }
    }
  }
  if (gaps.length === 0) return;
  // gaps per journal are not gaps when the file numbers its entries globally: 1, 2, 3… across journals
  const all = new Float64Array(total);
  let k = 0;
  for (const s of sequences.values()) for (const num of s.nums) all[k++] = num;
  all.sort();
  let global = total > 0;
  for (let i = 1; i < total && global; i++) if ((all[i] as number) !== (all[i - 1] as number) + 1) global = false;
  if (global) return;
  for (const g of gaps) r.report('fec_numbering_gap', g.line, g.message);
}

