// @ts-nocheck
import { AccountingError, fail, type AccountingIssue } from '../errors/index.js';
import { parseDocumentIssues, type Document, type Invoice } from '../schemas/index.js';
import { fastInvoice } from '../schemas/_lib/fastInvoice.js';
import { sequenceNumber } from './_lib/sequence.js';

/**
 * Options of {@link numberingReport}.
 *
 * @example
 * ```ts
 * // One series per prefix letters, whatever the year in the number.
 * const options: NumberingReportOptions = { series: (number) => number.replace(/\d+$/, '').replace(/\d{4}/, '') };
 * ```
 */
export interface NumberingReportOptions {
  /**
   * The series an invoice number belongs to. The number's trailing digits
   * are always its place in the series.
   * @defaultValue the number less its trailing digits (`FA2024-0042` → `FA2024-`)
   */
  readonly series?: (number: string, invoice: Invoice) => string;
}

/**
 * Numbers missing between two numbers of a series, inclusive, written like
 * the number before them (same prefix, same zero padding).
 *
 * @example
 * ```ts
 * const gap: NumberingGap = { from: 'FA2024-0003', to: 'FA2024-0004', count: 2 };
 * ```
 */
export interface NumberingGap {
  /** The first missing number, written like its neighbours (`FA2024-0004`). */
  readonly from: string;
  /** The last missing number (equal to `from` for a single one). */
  readonly to: string;
  /** How many numbers are missing. */
  readonly count: number;
}

/**
 * One number carried by several documents.
 *
 * @example
 * ```ts
 * const d: NumberingDuplicate = { number: 'FA2024-0002', documents: ['inv-2', 'inv-9'] };
 * ```
 */
export interface NumberingDuplicate {
  /** The number as first met (`FA-01` and `FA-1` hold the same place). */
  readonly number: string;
  /** The ids of the documents that carry it, in input order. */
  readonly documents: ReadonlyArray<string>;
}

/**
 * A number dated before the number that precedes it.
 *
 * @example
 * ```ts
 * const o: NumberingOutOfOrder = { number: 'FA2024-0003', id: 'inv-3', date: '2024-10-01', previous: 'FA2024-0002', previousDate: '2024-10-05' };
 * ```
 */
export interface NumberingOutOfOrder {
  /** The invoice number dated too early. */
  readonly number: string;
  /** The document id. */
  readonly id: string;
  /** Its date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The number just before it in the series. */
  readonly previous: string;
  /** The preceding number's date, later than `date`. */
  readonly previousDate: string;
}

/**
 * The findings on one series of invoice numbers.
 *
 * @example
 * ```ts
 * const s: NumberingSeries = { series: 'FA2024-', first: 'FA2024-0001', last: 'FA2024-0005', count: 4, gaps: [{ from: 'FA2024-0003', to: 'FA2024-0003', count: 1 }], duplicates: [], outOfOrder: [], clean: false };
 * ```
 */
export interface NumberingSeries {
  /** The series name (by default the number without its trailing digits, e.g. `FA2024-`). */
  readonly series: string;
  /** The lowest number. */
  readonly first: string;
  /** The highest number. */
  readonly last: string;
  /** How many documents the series holds (duplicates counted each time). */
  readonly count: number;
  /** Numbers missing between `first` and `last`, in order. */
  readonly gaps: ReadonlyArray<NumberingGap>;
  /** Numbers carried by more than one document, in number order. */
  readonly duplicates: ReadonlyArray<NumberingDuplicate>;
  /** Numbers dated before the number that precedes them, in number order. */
  readonly outOfOrder: ReadonlyArray<NumberingOutOfOrder>;
  /** No gap, no duplicate, nothing out of order. */
  readonly clean: boolean;
}

/**
 * What {@link numberingReport} returns.
 *
 * @example
 * ```ts
 * const r: NumberingReport = numberingReport([invoice]);
 * r.clean //=> true
 * ```
 */
export interface NumberingReport {
  /** One entry per series, sorted by series name (code-point order). */
  readonly series: ReadonlyArray<NumberingSeries>;
  /** Invoices whose number does not end with digits: they take no place in a sequence. */
  readonly unsequenced: ReadonlyArray<{
    /** The invoice id. */
    readonly id: string;
    /** Its number, as written. */
    readonly number: string;
  }>;
  /** Every series clean and nothing unsequenced. */
  readonly clean: boolean;
}

interface Item {
  readonly id: string;
  readonly number: string;
  readonly prefix: string;
  readonly digits: string;
  readonly place: bigint;
  readonly date: string;
  readonly index: number;
}

const TRAILING_DIGITS = /\d+$/;

/**
 * Checks the numbering of invoices, credit notes and debit notes: French
 * invoices carry "un numéro unique basé sur une séquence chronologique et
 * continue", possibly in distinct series (CGI, annexe II, art. 242 nonies A,
 * I-7°; BOI-TVA-DECLA-30-20-20-10). For each series it lists the numbers
 * missing between the first and the last (gaps), the numbers carried twice
 * (duplicates) and the numbers dated before the number preceding them (out of
 * order). Counted: invoices of every kind that posts — final, deposit,
 * credit note, debit note —, cancelled ones included (a cancelled invoice
 * keeps its number in the sequence); not drafts (no definitive number yet) nor
 * proformas (not invoices). Other documents are checked and ignored. A series
 * is the number less its trailing digits (`FA2024-`, `AV2024-`) unless
 * `options.series` says otherwise; the trailing digits are the place in the
 * series. Gaps before the first number seen cannot be known: give the whole
 * sequence (or its last earlier number) to cover them.
 *
 * @param documents - the documents, as for `post` (each checked with the document schemas)
 * @param options - how to name a number's series
 * @returns per series: first and last numbers, count, gaps, duplicates, out-of-order dates
 * @throws AccountingError listing every issue of every invalid document (paths start with its index); `invalid_option` for a bad `series`
 * @example
 * ```ts
 * const inv = (id: string, number: string, date: string) => ({
 *   type: 'invoice', id, kind: 'final', status: 'issued', number, date,
 *   customer: { id: 'C1', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Cours', quantity: '1', unitPrice: '10.00', vatRate: '20' }],
 * });
 * const r = numberingReport([inv('a', 'FA2024-0001', '2024-10-01'), inv('b', 'FA2024-0004', '2024-10-02'), inv('c', 'FA2024-0002', '2024-10-03')]);
 * r.series[0]!.gaps //=> [{ from: 'FA2024-0003', to: 'FA2024-0003', count: 1 }]
 * r.series[0]!.outOfOrder.map((o) => o.number) //=> ['FA2024-0004']
 * ```
 */
export function numberingReport(documents: Iterable<unknown>, options: NumberingReportOptions = {}): NumberingReport {
  if (typeof options !== 'object' || options === null) fail('invalid_option', [], 'options must be an object such as { series: (number) => … }.');
  const seriesOf = options.series;
  if (seriesOf !== undefined && typeof seriesOf !== 'function') fail('invalid_option', ['series'], 'options.series must be a function (number, invoice) → series name.');
  const issues: AccountingIssue[] = [];
  const bySeries = new Map<string, Item[]>();
  const unsequenced: Array<{ readonly id: string; readonly number: string }> = [];
  let index = 0;
  for (const input of documents) {
    const k = index++;
    let doc: Document | undefined = fastInvoice(input);
    if (doc === undefined) {
      const parsed = parseDocumentIssues(input, [k]);
      if (parsed.issues) {
        issues.push(...parsed.issues);
        continue;
      }
      doc = parsed.document!;
    }
    const number = sequenceNumber(doc);
    if (number === undefined || doc.type !== 'invoice') continue;
    const m = TRAILING_DIGITS.exec(number);
    if (m === null) {
      unsequenced.push(Object.freeze({ id: doc.id, number }));
      continue;
    }
    const digits = m[0];
    const prefix = number.slice(0, m.index);
    let series = prefix;
    if (seriesOf !== undefined) {
      const s: unknown = seriesOf(number, doc);
      if (typeof s !== 'string') fail('invalid_option', ['series'], `options.series returned ${typeof s} for number ${number}: it must return the series name as a string.`);
      series = s;
    }
    let list = bySeries.get(series);
    if (list === undefined) bySeries.set(series, (list = []));
    list.push({ id: doc.id, number, prefix, digits, place: BigInt(digits), date: doc.date, index: k });
  }
  if (issues.length > 0) throw new AccountingError(issues);

  const names = [...bySeries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const series = names.map((name) => seriesReport(name, bySeries.get(name)!));
  return Object.freeze({
    series: Object.freeze(series),
    unsequenced: Object.freeze(unsequenced),
    clean: unsequenced.length === 0 && series.every((s) => s.clean),
  });
}

/** A number written like `like` (same prefix, same zero padding) at another place. */
function spell(like: Item, place: bigint): string {
  return like.prefix + place.toString().padStart(like.digits.length, '0');
}

function seriesReport(name: string, items: Item[]): NumberingSeries {
  // By place, then input order: stable and independent of the input's date order.
  items.sort((a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : a.index - b.index));
  const gaps: NumberingGap[] = [];
  const duplicates: NumberingDuplicate[] = [];
  const outOfOrder: NumberingOutOfOrder[] = [];
  let previous: Item | undefined;
  for (let i = 0; i < items.length; ) {
    const head = items[i]!;
    let j = i + 1;
    while (j < items.length && items[j]!.place === head.place) j++;
    if (j - i > 1) duplicates.push(Object.freeze({ number: head.number, documents: Object.freeze(items.slice(i, j).map((x) => x.id)) }));
    if (previous !== undefined) {
      const missing = head.place - previous.place - 1n;
      if (missing > 0n) gaps.push(Object.freeze({ from: spell(previous, previous.place + 1n), to: spell(previous, head.place - 1n), count: Number(missing) }));
      for (let k = i; k < j; k++) {
        const x = items[k]!;
        if (x.date < previous.date) outOfOrder.push(Object.freeze({ number: x.number, id: x.id, date: x.date, previous: previous.number, previousDate: previous.date }));
      }
    }
    previous = head;
    i = j;
  }
  return Object.freeze({
    series: name,
    first: items[0]!.number,
    last: previous!.number,
    count: items.length,
    gaps: Object.freeze(gaps),
    duplicates: Object.freeze(duplicates),
    outOfOrder: Object.freeze(outOfOrder),
    clean: gaps.length === 0 && duplicates.length === 0 && outOfOrder.length === 0,
  });
}
