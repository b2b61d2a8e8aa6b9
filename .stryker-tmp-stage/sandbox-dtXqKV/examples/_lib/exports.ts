// @ts-nocheck
// Which files each example writes: a small table per business, plus every
// registered format whose input is a Book.
import { agedReceivables, tillClosings, type AnyFormat, type Book, type DeferredRevenue, type Document, type FileNameContext, type PostingRules, type TrialBalance, type VatSynthesis } from '../../src/index.js';
import type { BusinessYear } from '../_data/business.js';

/** What an export's input, options and file name are built from. */
export interface ExportContext {
  readonly year: BusinessYear;
  /** The posted, lettered year (opening entries and the year-end deferral included). */
  readonly book: Book;
  readonly documents: ReadonlyArray<Document>;
  /** The rules the year was posted with (default rules, the business's overrides and sub-accounts). */
  readonly rules: PostingRules;
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
  // an e-invoice model per invoice to a business customer, written by runBusiness (e-factures/)
  'cii',
  // the B2C e-reporting of a period, written by runBusiness
  'e-reporting-xml',
  // reads the fiscal PCA report (fiscalDeferredRevenueReport), written by the gym's table
  'csv-deferred-revenue',
  // the gym's management reports read documents (or ledger reports), written by the gym's table
  'csv-gym-subscription-sales',
  'csv-gym-sessions-sold',
  'csv-gym-active-subscriptions',
  'csv-gym-expiring-subscriptions',
  'csv-gym-cancellations',
  'csv-gym-invoices',
  'csv-gym-payments',
  'csv-gym-voucher-usages',
  'csv-gym-direct-debits',
  'csv-gym-direct-debit-batch',
  'csv-gym-rejections',
  'csv-gym-new-direct-debit-customers',
  'csv-gym-incidents-by-method',
  'csv-gym-members-in-incident',
  'csv-gym-customer-balances',
  'csv-gym-unpaid',
  'csv-gym-dashboard',
  // the accounting synthesis (Book and documents), its document lists and the POS figures (documents), written by the campsite's table
  'csv-accounting-synthesis',
  'csv-synthesis-documents',
  'csv-pos-figures',
  // the till closings (Z) read documents: written by the businesses with a till (gym, campsite), see tillClosingsExport
  'csv-till-closings',
  // a VAT return (vatReturn) and cut-off entries (accrualTransactions), not the Book
  'csv-vat-return',
  'csv-accruals',
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
  'csv-sales-journal': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-sales-journal-by-day': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-receipts-journal': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-bank-journal': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-trial-balance': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-customer-trial-balance': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-monthly-ledger': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-subledger': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-general-ledger': (ctx) => ({ period: ctx.year.fiscalYear }),
  'csv-purchases-journal': (ctx) => ({ period: ctx.year.fiscalYear }),
};

/**
 * Inputs of the formats that lay out a report of the Book rather than the
 * Book itself, by id: every business writes them, from its own year.
 */
export const BOOK_REPORT_INPUTS: Readonly<Record<string, (ctx: ExportContext) => unknown>> = {
  // the year's VAT synthesis (computed once by runBusiness, documents included)
  'csv-vat-synthesis': (ctx) => ctx.vat,
  // customers' open items by age at the closing date
  'csv-aged-receivables': (ctx) => agedReceivables(ctx.book, { asOf: ctx.year.fiscalYear.to }),
};

/** The till closings (Z) of the year, one block per closing: for the businesses with a till. */
export function tillClosingsExport(): ExportEntry {
  return { format: 'csv-till-closings', input: (ctx) => tillClosings(ctx.documents, { period: ctx.year.fiscalYear, rules: ctx.rules }) };
}

/** The Book exports: every format of the registry not in {@link NON_BOOK_FORMATS}, in registration order (a report of the Book for those in {@link BOOK_REPORT_INPUTS}). */
export function bookExports(list: ReadonlyArray<AnyFormat>): ExportEntry[] {
  return list
    .filter((f) => !NON_BOOK_FORMATS.has(f.id))
    .map((f) => {
      const options = BOOK_FORMAT_OPTIONS[f.id];
      const input = BOOK_REPORT_INPUTS[f.id] ?? ((ctx: ExportContext) => ctx.book);
      return { format: f.id, input, ...(options ? { options } : {}) };
    });
}
