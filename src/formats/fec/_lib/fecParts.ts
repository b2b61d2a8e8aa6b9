/**
 * A FEC read in parts (internal, for a parallel parse: the CLI scans the
 * parts in worker threads). {@link splitFecParts} cuts the bytes at entry
 * boundaries, each part is scanned on its own by `scanFec(…, part)`, and
 * {@link mergeFecParts} lays the parts' columns out as one scan of the whole
 * file would: the same tables in the same order (each value where it first
 * appears), the same columns, the same issues with the file's line numbers.
 *
 * When a part cannot be read alone exactly, the merge says so (`undefined`)
 * and the caller reads the file whole: a line that is unusable (the error
 * then lists every such line, explained by `validateFec` on the whole file),
 * bytes that are not plain UTF-8 (the file's encoding is decided on the
 * whole), an entry number recorded in two parts (a duplicate or a renamed
 * entry), and an entry whose lines disagree on their piece in a later part
 * (its message names a line number the part cannot know).
 */
import type { TransactionSource } from '../../../transactions/index.js';
import { readFecText } from '../readFecText.js';
import { PARSE_MESSAGES as M } from './messages.js';
import { addDays, addMonths, fromDayNumber, toDayNumber, type IsoDate } from '../../../calendar/index.js';
import { fecStrings, type DeferredStrings, type FecColumns, type FecPartColumns, type ParseFecIssue, type ParseFecIssueCode, type ScanPart, type ScannedAuxiliary, type ScannedJournal } from './scanFec.js';

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Lines looked at past a cut's target to find an entry boundary before giving that cut up. */
const MAX_LINES_TO_BOUNDARY = 100_000;

/**
 * Cuts a FEC's bytes into at most `count` parts, the first about `firstShare`
 * of the bytes and the others of about equal size, each cut
 * at the start of a line that starts an entry (its JournalCode or EcritureNum
 * differs from the line before it, empty lines aside), after the header. A
 * file whose lines end with a lone CR, whose header names no separator, or
 * where no boundary is found gives one part.
 */
export function splitFecParts(b: Uint8Array, count: number, firstShare?: number): ScanPart[] {
  const n = b.length;
  const whole = [{ start: 0, end: n }];
  if (count <= 1 || n === 0) return whole;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: the BOM only moves where the header is decoded from: readFecText reads the same separator with or without it, and the parts start after the header’s line end either way
  let start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  let headerEnd = start;
  while (headerEnd < n && b[headerEnd] !== 10 && b[headerEnd] !== 13) headerEnd++;
  if (headerEnd >= n || (b[headerEnd] === 13 && b[headerEnd + 1] !== 10)) return whole;
  const separator = readFecText(UTF8.decode(b.subarray(start, headerEnd))).separator;
  if (separator === undefined) return whole;
  const sep = separator.charCodeAt(0);
  start = headerEnd + 1;

  // the key of the line at q (JournalCode and EcritureNum, as byte ranges), its end and the next line's start
  const key = new Int32Array(6);
  const readLine = (q: number): void => {
    let i = q;
    let k = 0;
    let fields = 0;
    // Stryker disable next-line ArrayDeclaration,UnaryOperator: each mark is written before it is read (marks[k] only when the line has k separators)
    const marks = [q, -1, -1, -1];
    for (; i < n; i++) {
      const c = b[i]!;
      if (c === 10 || c === 13) break;
      if (c === sep) {
        fields++;
        if (k < 3) marks[++k] = i;
      }
    }
    // fields 0 and 2: [q, marks[1]) and [marks[2] + 1, marks[3] or the line's end)
    key[0] = q;
    // Stryker disable next-line UnaryOperator: key[1] is read only for a line of two fields or more (key[4] = 1), which has a first separator
    key[1] = fields >= 1 ? marks[1]! : -1;
    key[2] = fields >= 2 ? marks[2]! + 1 : -1;
    key[3] = fields >= 3 ? marks[3]! : i;
    key[4] = i === q ? 0 : fields >= 2 ? 1 : -1; // 0 empty, 1 usable, −1 too few fields
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: the next line’s start: one byte short after a CR LF reads the LF as an empty line, skipped; past the end ends the search as the end does
    key[5] = i < n ? (b[i] === 13 && b[i + 1] === 10 ? i + 2 : i + 1) : n;
  };
  const same = (s1: number, e1: number, s2: number, e2: number): boolean => {
    if (e1 - s1 !== e2 - s2) return false;
    for (let i = s1, j = s2; i < e1; i++, j++) if (b[i] !== b[j]) return false;
    return true;
  };

  const cuts: number[] = [0];
  for (let part = 1; part < count; part++) {
    const at = firstShare === undefined ? Math.floor((n * part) / count) : Math.floor(n * (firstShare + ((part - 1) * (1 - firstShare)) / (count - 1)));
    const target = Math.max(at, start, cuts[cuts.length - 1]! + 1);
    const lf = b.indexOf(10, target);
    if (lf < 0) break;
    let q = lf + 1;
    let js = -1;
    let je = -1;
    let ns = -1;
    // Stryker disable next-line UnaryOperator: ne is read only after js is set from a usable line, which sets ne too
    let ne = -1;
    let found = -1;
    for (let seen = 0; q < n && seen < MAX_LINES_TO_BOUNDARY; seen++) {
      readLine(q);
      const kind = key[4]!;
      const next = key[5]!;
      if (kind === 1) {
        if (js >= 0 && !(same(key[0]!, key[1]!, js, je) && same(key[2]!, key[3]!, ns, ne))) {
          found = q;
          break;
        }
        js = key[0]!;
        je = key[1]!;
        ns = key[2]!;
        ne = key[3]!;
      } else if (kind === -1) js = -1; // a line the scan refuses: no cut next to it
      q = next;
    }
    if (found < 0) break;
    cuts.push(found);
  }
  const parts: ScanPart[] = [];
  for (let k = 0; k < cuts.length; k++) parts.push({ start: cuts[k]!, end: k + 1 < cuts.length ? cuts[k + 1]! : n });
  return parts;
}

/** Interns values by a string key in order of first appearance; `ids` maps a part's ids to the merged ones. */
class Merged<V> {
  readonly values: V[] = [];
  private readonly ids = new Map<string, number>();
  add(values: ReadonlyArray<V>, keyOf: (v: V) => string, own: (v: V) => V = (v) => v): Int32Array {
    const map = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const key = keyOf(values[i]!);
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.values.length;
        this.values.push(own(values[i]!));
        this.ids.set(key, id);
      }
      map[i] = id;
    }
    return map;
  }
}

const self = (s: string): string => s;
/** A value as the whole scan makes it, frozen (a part scanned in a worker thread comes back as copies, unfrozen). */
const frozen = <V extends object>(v: V): V => (Object.isFrozen(v) ? v : Object.freeze({ ...v }));

/**
 * A part's columns with its undecoded strings (`rawStrings`) decoded into a
 * few large texts, as a worker thread sends them: one string per chunk
 * clones far faster than a million. Only a part of plain UTF-8 is merged
 * (any other makes the file read whole), so the chunks are UTF-8.
 */
export function withTextStrings(columns: FecPartColumns): FecPartColumns {
  const d = columns.deferred;
  if (d === null) return columns;
  const text = (chunks: ReadonlyArray<Uint8Array | string>): string[] => chunks.map((c) => (typeof c === 'string' ? c : UTF8.decode(c)));
  return { ...columns, deferred: { ...d, ids: text(d.ids), refs: text(d.refs), labels: text(d.labels) } };
}

/** Whether two sorted hash lists share a value. */
function meet(a: Float64Array, b: Float64Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

function union(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.sort();
}

/** Copies `from` into `to` at `at`, each value through `map` (−1 kept). */
function remapInto(to: Int32Array, at: number, from: Int32Array, map: Int32Array | null): void {
  if (map === null) {
    to.set(from, at);
    return;
  }
  for (let i = 0; i < from.length; i++) {
    const v = from[i]!;
    to[at + i] = v < 0 ? v : map[v]!;
  }
}

/**
 * The scan of the whole file from the scans of its parts (in file order, the
 * first from byte 0), or `undefined` when the file must be read whole (see
 * the module's comment). `maxIssues` is the scan's cap per issue code.
 */
export function mergeFecParts(parts: ReadonlyArray<FecPartColumns>, maxIssues: number): FecColumns | undefined {
  if (parts.length === 0) return undefined;
  let hashes: Float64Array = new Float64Array(0);
  for (let k = 0; k < parts.length; k++) {
    const { part } = parts[k]!;
    if (!part.utf8 || part.errorTotal > 0 || parts[k]!.errors.length > 0) return undefined;
    if (k > 0 && part.issueCounts.has('fec_entry_piece')) return undefined;
    if (meet(hashes, part.numberHashes)) return undefined;
    if (k + 1 < parts.length) hashes = k === 0 ? part.numberHashes : union(hashes, part.numberHashes);
  }
  const first = parts[0]!;
  const separator = first.separator;

  // tables, each value where it first appears
  const journals = new Merged<ScannedJournal>();
  const accounts = new Merged<string>();
  const accountLabels = new Merged<string>();
  const auxNumbers = new Map<string, number>();
  const auxiliaries: ScannedAuxiliary[] = [];
  const auxIds = new Map<string, number>();
  const entryLabels = new Merged<string>();
  const letterCodes = new Merged<string>();
  const currencies = new Merged<string>();
  const sources = new Merged<TransactionSource>();
  let T = 0;
  let E = 0;
  let anySource = false;
  let anyLabel = false;
  let anyLetter = false;
  let anyCurrency = false;
  for (const p of parts) {
    T += p.T;
    E += p.E;
    anySource ||= p.txSource !== null;
    anyLabel ||= p.entLabel !== null;
    anyLetter ||= p.entLetter !== null;
    anyCurrency ||= p.entCurrency !== null;
  }
  // the strings: left undecoded when every later part left them so (the caller decodes them last, after the
  // first part's when that part decoded its own while the others were scanned), else decoded now
  let deferred: DeferredStrings | null = null;
  let txId: string[] = [];
  let txPieceRef: string[] = [];
  let txLabel: string[] = [];
  if (parts.every((p, k) => k === 0 || p.deferred !== null)) {
    const ids: Array<Uint8Array | string> = [];
    const refs: Array<Uint8Array | string> = [];
    const labels: Array<Uint8Array | string> = [];
    const renamed: Array<readonly [number, string]> = [];
    const first = parts[0]!.deferred === null ? fecStrings(parts[0]!) : null;
    let base = first === null ? 0 : parts[0]!.T;
    for (const p of first === null ? parts : parts.slice(1)) {
      const d = p.deferred!;
      ids.push(...d.ids);
      refs.push(...d.refs);
      labels.push(...d.labels);
      for (const [t, id] of d.renamed) renamed.push([t + base, id]);
      base += p.T;
    }
    const head = first === null ? null : { txId: first.txId, txPieceRef: first.txPieceRef, txLabel: first.txLabel };
    deferred = { head, ids, refs, labels, latin9: false, renamed };
  } else {
    const strings = parts.map(fecStrings);
    txId = ([] as string[]).concat(...strings.map((s) => s.txId));
    txPieceRef = ([] as string[]).concat(...strings.map((s) => s.txPieceRef));
    txLabel = ([] as string[]).concat(...strings.map((s) => s.txLabel));
  }
  const txJournal = new Int32Array(T);
  const txDate = new Int32Array(T);
  const txPieceDate = new Int32Array(T);
  const txValid = new Int32Array(T);
  const txOpening = new Uint8Array(T);
  const txSource = anySource ? new Int32Array(T).fill(-1) : null;
  const txLine = new Int32Array(T);
  const entryStart = new Int32Array(T + 1);
  const entAccount = new Int32Array(E);
  const entAccountLabel = new Int32Array(E);
  const entAux = new Int32Array(E);
  const entAmount = new Float64Array(E);
  const entLabel = anyLabel ? new Int32Array(E).fill(-1) : null;
  const entLetter = anyLetter ? new Int32Array(E).fill(-1) : null;
  const entLetterDate = anyLetter ? new Int32Array(E) : null;
  const entCurrency = anyCurrency ? new Int32Array(E).fill(-1) : null;
  const entForeign: string[] | null = anyCurrency ? new Array<string>(E) : null;

  const issues: ParseFecIssue[] = [];
  const counts = new Map<string, number>();
  let records = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let lineBase = 0;
  let t0 = 0;
  let e0 = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const st = p.part;
    // the first part's tables are the start of the merged ones: its ids stay
    const keep = k === 0;
    const journalMap = journals.add(p.journals, (j) => j.code, frozen);
    const accountMap = accounts.add(p.accounts, self);
    const accountLabelMap = accountLabels.add(p.accountLabels, self);
    const auxMap = new Int32Array(p.auxiliaries.length);
    for (let i = 0; i < p.auxiliaries.length; i++) {
      const a = p.auxiliaries[i]!;
      const key = `${a.account.number}${separator}${a.account.name}`;
      let id = auxIds.get(key);
      if (id === undefined) {
        // a new auxiliary account: its number's id, the number being new or not
        let numberId = auxNumbers.get(a.account.number);
        if (numberId === undefined) auxNumbers.set(a.account.number, (numberId = auxNumbers.size));
        id = auxiliaries.length;
        auxiliaries.push(numberId === a.numberId && Object.isFrozen(a) ? a : Object.freeze({ account: frozen(a.account), numberId }));
        auxIds.set(key, id);
      }
      auxMap[i] = id;
    }
    const labelMap = entryLabels.add(p.entryLabels, self);
    const letterMap = letterCodes.add(p.letterCodes, self);
    const currencyMap = currencies.add(p.currencies, self);
    const sourceMap = sources.add(p.sources, (s) => JSON.stringify([s.customerId ?? null, s.paymentMethod ?? null]), frozen);

    remapInto(txJournal, t0, p.txJournal, keep ? null : journalMap);
    txDate.set(p.txDate, t0);
    txPieceDate.set(p.txPieceDate, t0);
    txValid.set(p.txValid, t0);
    txOpening.set(p.txOpening, t0);
    if (txSource !== null && p.txSource !== null) remapInto(txSource, t0, p.txSource, keep ? null : sourceMap);
    for (let t = 0; t < p.T; t++) {
      txLine[t0 + t] = p.txLine[t]! + lineBase;
      entryStart[t0 + t] = p.entryStart[t]! + e0;
    }
    remapInto(entAccount, e0, p.entAccount, keep ? null : accountMap);
    remapInto(entAccountLabel, e0, p.entAccountLabel, keep ? null : accountLabelMap);
    remapInto(entAux, e0, p.entAux, keep ? null : auxMap);
    entAmount.set(p.entAmount, e0);
    if (entLabel !== null && p.entLabel !== null) remapInto(entLabel, e0, p.entLabel, keep ? null : labelMap);
    if (entLetter !== null && p.entLetter !== null) {
      remapInto(entLetter, e0, p.entLetter, keep ? null : letterMap);
      entLetterDate!.set(p.entLetterDate!, e0);
    }
    if (entCurrency !== null && p.entCurrency !== null) {
      remapInto(entCurrency, e0, p.entCurrency, keep ? null : currencyMap);
      const foreign = p.entForeign!;
      for (let e = 0; e < p.E; e++) if (foreign[e] !== undefined) entForeign![e0 + e] = foreign[e]!;
    }

    // issues: the first maxIssues of each code in the file's order, on the file's lines
    const local = new Map<string, number>();
    for (const i of p.issues) {
      const n = (local.get(i.code) ?? 0) + 1;
      local.set(i.code, n);
      if ((counts.get(i.code) ?? 0) + n > maxIssues) continue;
      issues.push(keep ? i : Object.freeze({ ...i, line: i.line === 0 ? 0 : i.line + lineBase }));
    }
    for (const [code, n] of st.issueCounts) counts.set(code, (counts.get(code) ?? 0) + n);
    records += st.records;
    if (st.minDay < minDay) minDay = st.minDay;
    if (st.maxDay > maxDay) maxDay = st.maxDay;
    lineBase += st.lines;
    t0 += p.T;
    e0 += p.E;
  }
  entryStart[T] = E;
  if (records === 0) return undefined;
  const last = parts[parts.length - 1]!;
  const finalNewline = last.part.finalNewline;
  // the end of the file, as the whole scan reports it
  const note = (code: ParseFecIssueCode, severity: 'warning' | 'info', message: string): void => {
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count <= maxIssues) issues.push(Object.freeze({ code, severity, line: 0, message }));
  };
  if (finalNewline) note('fec_trailing_newline', 'info', M.trailingNewline());
  if (minDay <= maxDay) {
    const end = toDayNumber(addDays(addMonths(fromDayNumber(minDay), 12), -1) as IsoDate);
    if (maxDay > end) note('fec_date_outside_year', 'warning', M.spanTooLong(compact(minDay), compact(maxDay)));
  }
  for (const [code, count] of counts) {
    if (count > maxIssues) issues.push(Object.freeze({ code: code as ParseFecIssueCode, severity: 'info' as const, line: 0, message: M.truncated(count - maxIssues, maxIssues) }));
  }
  issues.sort((x, y) => x.line - y.line);

  return {
    encoding: first.encoding,
    separator,
    lineEnding: first.lineEnding,
    layout: first.layout,
    finalNewline,
    T,
    E,
    txId,
    txJournal,
    txDate,
    txPieceRef,
    txPieceDate,
    txLabel,
    txValid,
    txOpening,
    txSource,
    txLine,
    entryStart,
    entAccount,
    entAccountLabel,
    entAux,
    entAmount,
    entLabel,
    entLetter,
    entLetterDate,
    entCurrency,
    entForeign,
    journals: journals.values,
    accounts: accounts.values,
    accountLabels: accountLabels.values,
    auxiliaries,
    entryLabels: entryLabels.values,
    letterCodes: letterCodes.values,
    currencies: currencies.values,
    sources: sources.values,
    issues,
    errors: [],
    deferred,
  };
}

function compact(day: number): string {
  return fromDayNumber(day).replace(/-/g, '');
}
