// Which files each example writes: a small table per business, plus every
// registered format whose input is a Book.
import type { AnyFormat, Book, DeferredRevenue, Document, FileNameContext, TrialBalance, VatSynthesis } from '../../src/index.js';
import type { BusinessYear } from '../_data/business.js';

/** What an export's input, options and file name are built from. */
export interface ExportContext {
  readonly year: BusinessYear;
  /** The posted, lettered year (opening entries and the year-end deferral included). */
  readonly book: Book;
  readonly documents: ReadonlyArray<Document>;
  readonly trialBalance: TrialBalance;
  readonly vat: VatSynthesis;
  /** The year-end deferred-revenue report (the first one, `days` method). */
  readonly deferredRevenue: DeferredRevenue;
  /** Every year-end deferred-revenue report (the gym adds one for session packs). */
  readonly deferredRevenueReports: ReadonlyArray<DeferredRevenue>;
  /** `{ siren, period, closingDate, business }` of the year. */
  readonly fileNameContext: FileNameContext;
}

/**
 * One file to write: the format (by id in the registry), how to build its
 * input and options, and the context its `fileName` gets.
 */
export interface ExportEntry {
  readonly format: string;
  readonly input: (ctx: ExportContext) => unknown;
  readonly options?: (ctx: ExportContext) => Readonly<Record<string, unknown>>;
  /** @defaultValue the year's `fileNameContext` */
  readonly fileName?: (ctx: ExportContext) => FileNameContext;
}

/**
 * Formats of the registry whose input is NOT a Book: they are written from
 * each business's own table (pain.008 from each direct-debit batch…), never
 * by the Book loop. Add a format id here when you register a format that
 * reads a report or documents, and give it an entry in the businesses'
 * tables (see examples/README.md).
 */
export const NON_BOOK_FORMATS: ReadonlySet<string> = new Set([
  'pain.008',
  // Planned CSV formats that read a report rather than a Book — uncomment when they are registered,
  // with an entry in the business tables:
  // 'csv-deferred-revenue',
]);

/**
 * Options of the Book formats, by id; a format not listed gets none. The
 * year's period everywhere it is an option; the FEC its fiscal year.
 */
export const BOOK_FORMAT_OPTIONS: Readonly<Record<string, (ctx: ExportContext) => Readonly<Record<string, unknown>>>> = {
  fec: (ctx) => ({ fiscalYear: ctx.year.fiscalYear }),
  quadratus: (ctx) => ({ period: ctx.year.fiscalYear }),
  ciel: (ctx) => ({ period: ctx.year.fiscalYear }),
  cegid: (ctx) => ({ period: ctx.year.fiscalYear }),
  coala: (ctx) => ({ period: ctx.year.fiscalYear }),
  ebp: (ctx) => ({ period: ctx.year.fiscalYear }),
  ledger: (ctx) => ({ period: ctx.year.fiscalYear }),
  beancount: (ctx) => ({ period: ctx.year.fiscalYear, title: ctx.year.company.name }),
};

/** The Book exports: every format of the registry not in {@link NON_BOOK_FORMATS}, in registration order. */
export function bookExports(list: ReadonlyArray<AnyFormat>): ExportEntry[] {
  return list
    .filter((f) => !NON_BOOK_FORMATS.has(f.id))
    .map((f) => {
      const options = BOOK_FORMAT_OPTIONS[f.id];
      return { format: f.id, input: (ctx: ExportContext) => ctx.book, ...(options ? { options } : {}) };
    });
}
