// @ts-nocheck
import { toBook, type BookSource } from '../book/index.js';
import { toDayNumber, toPeriod, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { currencyScale, toMinorUnits, type AmountInput } from '../money/index.js';
import { sha256Hex } from './_lib/hash.js';
import { bigToDecimal } from './_lib/minor.js';

/**
 * What {@link exportRecord} knows about a file besides its bytes.
 *
 * @example
 * ```ts
 * const context: ExportRecordContext = { fileName: '123456782FEC20241231.txt', format: 'fec', period: { from: '2024-01-01', to: '2024-12-31' }, book };
 * ```
 */
export interface ExportRecordContext {
  /** The file's name as delivered. */
  readonly fileName: string;
  /** The format id (`'fec'`, `'quadratus'`…). @defaultValue none */
  readonly format?: string;
  /** The period the file covers. @defaultValue none */
  readonly period?: PeriodInput;
  /**
   * The book exported: the record's totals are then its Σ debit and Σ credit
   * over `period` (every transaction without one).
   * @defaultValue none
   */
  readonly book?: BookSource;
  /** The totals, when no book is given (decimal strings in the book's currency). @defaultValue none */
  readonly totals?: {
    /** Σ debit, a decimal amount. */
    readonly debit: AmountInput;
    /** Σ credit, a decimal amount. */
    readonly credit: AmountInput;
  };
  /** Currency of `totals`. @defaultValue 'EUR' */
  readonly currency?: string;
}

/**
 * An export record: which file was delivered, in plain JSON — so a firm (or
 * the billing software) can prove which file it sent or received.
 *
 * @example
 * ```ts
 * const r: ExportRecord = exportRecord(bytes, { fileName: 'ventes.csv' });
 * r.sha256.length //=> 64
 * ```
 */
export interface ExportRecord {
  /** The file's name as delivered. */
  readonly fileName: string;
  /** The format id (`fec`, `quadratus`…), when given. */
  readonly format?: string;
  /** The period the file covers, when given. */
  readonly period?: PeriodInput;
  /** The file's size in bytes. */
  readonly bytes: number;
  /** The number of text lines (a header line included; a final line ending does not start a line). */
  readonly lines: number;
  /** Σ debit and Σ credit of what the file carries, decimal strings. */
  readonly totals?: {
    /** Σ debit, decimal string in the major unit. */
    readonly debit: string;
    /** Σ credit, decimal string. */
    readonly credit: string;
  };
  /** SHA-256 of the bytes, 64 lowercase hex digits. */
  readonly sha256: string;
}

/**
 * Records an export: the file name, format, period, size, number of lines,
 * totals and SHA-256 of the bytes exactly as delivered (encode first:
 * `formats.fec.encode(book)`). The record is plain JSON; the same bytes
 * always give the same record, and any changed byte changes `sha256`.
 *
 * @param bytes - the file's bytes (or its text, hashed as UTF-8)
 * @param context - file name, format, period, and the book (or totals)
 * @returns the frozen record
 * @throws AccountingError `invalid_input` (no bytes or no file name), `invalid_period`,
 *   `invalid_amount` / `too_many_decimals` (bad totals)
 * @example
 * ```ts
 * const fiscalYear = { from: '2024-01-01', to: '2024-12-31' };
 * const bytes = formats.fec.encode(book, { fiscalYear });
 * const { sha256, ...record } = exportRecord(bytes, { fileName: '123456782FEC20241231.txt', format: 'fec', period: fiscalYear, book });
 * record //=> { fileName: '123456782FEC20241231.txt', format: 'fec', period: { from: '2024-01-01', to: '2024-12-31' }, bytes: 1375, lines: 10, totals: { debit: '2593.15', credit: '2593.15' } } (the golden FEC, UTF-8 journal labels)
 * sha256.length //=> 64
 * ```
 */
export function exportRecord(bytes: Uint8Array | string, context: ExportRecordContext): ExportRecord {
  if (!(bytes instanceof Uint8Array) && typeof bytes !== 'string') fail('invalid_input', ['bytes'], 'exportRecord hashes the file as delivered: give its bytes (a Uint8Array) or its text.');
  if (typeof context !== 'object' || context === null || typeof context.fileName !== 'string' || context.fileName.trim() === '') {
    fail('invalid_input', ['fileName'], 'exportRecord needs the file name as delivered (context.fileName).');
  }
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  let lines = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 10) lines++;
  if (data.length > 0 && data[data.length - 1] !== 10) lines++;
  const out: Record<string, unknown> = { fileName: context.fileName };
  if (context.format !== undefined) out.format = context.format;
  const period = context.period === undefined ? undefined : toPeriod(context.period, ['period']);
  if (period) out.period = Object.freeze({ from: period.from, to: period.to });
  out.bytes = data.length;
  out.lines = lines;
  if (context.book !== undefined) {
    const book = toBook(context.book);
    const from = period ? toDayNumber(period.from) : -Infinity;
    const to = period ? toDayNumber(period.to) : Infinity;
    let debit = 0n;
    let credit = 0n;
    for (let t = 0; t < book.size; t++) {
      const d = book.tx.date[t]!;
      if (d < from || d > to) continue;
      let dt = 0;
      let ct = 0;
      for (let e = book.tx.entryStart[t]!; e < book.tx.entryStart[t + 1]!; e++) {
        const a = book.entries.amount[e]!;
        if (a > 0) dt += a;
        else ct -= a;
      }
      debit += BigInt(dt);
      credit += BigInt(ct);
    }
    out.totals = Object.freeze({ debit: bigToDecimal(debit, book.scale), credit: bigToDecimal(credit, book.scale) });
  } else if (context.totals !== undefined) {
    const currency = context.currency ?? 'EUR';
    const fix = (v: AmountInput, side: string): string => {
      const minor = toMinorUnits(v, currency, ['totals', side]);
      return bigToDecimal(BigInt(minor), currencyScale(currency, ['currency']));
    };
    out.totals = Object.freeze({ debit: fix(context.totals.debit, 'debit'), credit: fix(context.totals.credit, 'credit') });
  }
  out.sha256 = sha256Hex(data);
  return Object.freeze(out) as unknown as ExportRecord;
}

