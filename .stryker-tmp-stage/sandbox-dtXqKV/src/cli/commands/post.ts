// @ts-nocheck
// `partie-double post`: documents → the year's books and every export, one folder per fiscal year.
import { basename } from 'node:path';
import {
  AccountingError,
  type PostableDocument,
  agedReceivables,
  tillClosings,
  type Book,
  type FiscalDeferredRevenueReport,
  type VatSynthesis,
  encodeText,
  fecNotice,
  fiscalDeferredRevenueReport,
  fiscalYear,
  formats,
  letter,
  safePostBook,
  trialBalance,
  validateFec,
  vatSynthesis,
  type AccountingIssue,
  type AnyFormat,
  type FileNameContext,
  type IsoDate,
  type Period,
  type PostingRules,
} from '../../index.js';
import { issue } from '../../errors/index.js';
import { fromDayNumber } from '../../calendar/index.js';
import { bookView, layOut } from '../../book/_lib/layOut.js';
import { readDocuments, readJson, UsageError, writeBytes, type CliIo } from '../io.js';
import { progress } from '../progress.js';
import { rulesFromJson } from '../rulesFile.js';
import { formatIssues, money, plural } from '../text.js';

/** The exports `post` writes for each fiscal year, in this order (formats absent from the registry are passed over). */
export const POST_FORMATS: ReadonlyArray<string> = [
  'fec',
  'csv-sales-journal',
  'csv-sales-journal-by-day',
  'csv-receipts-journal',
  'csv-bank-journal',
  'csv-purchases-journal',
  'csv-trial-balance',
  'csv-customer-trial-balance',
  'csv-general-ledger',
  'csv-monthly-ledger',
  'csv-subledger',
  'csv-aged-receivables',
  'csv-vat-synthesis',
  'csv-deferred-revenue',
  'csv-till-closings',
  'quadratus',
  'ciel',
  'cegid',
  'coala',
  'ebp',
  'ledger',
  'beancount',
];

/** What one fiscal year's exports read. */
interface YearContext {
  readonly year: Period;
  readonly book: Book;
  readonly documents: ReadonlyArray<unknown>;
  readonly rules: PostingRules;
  readonly vat: VatSynthesis;
  readonly pca: FiscalDeferredRevenueReport;
}

/** The input of the exports that read a report rather than the Book; `undefined` when there is nothing to write. */
const REPORT_INPUTS: Readonly<Record<string, (y: YearContext) => unknown>> = {
  'csv-aged-receivables': (y) => agedReceivables(y.book, { asOf: y.year.to }),
  'csv-vat-synthesis': (y) => y.vat,
  'csv-deferred-revenue': (y) => y.pca,
  'csv-till-closings': (y) => (y.documents.some((d) => (d as { type?: unknown } | null)?.type === 'till-closing') ? tillClosings(y.documents, { period: y.year, rules: y.rules }) : undefined),
};

/** Options of the post command, as parsed from the command line. */
export interface PostCommandOptions {
  readonly documents: string;
  readonly rules?: string;
  readonly out?: string;
  readonly siren: string;
  readonly business?: string;
  readonly fiscalYearStartMonth: number;
  readonly resetNumbering: boolean;
  readonly json: boolean;
  readonly progress: boolean;
}

interface FiscalYearSummary {
  readonly fiscalYear: Period;
  readonly folder: string;
  readonly transactions: number;
  readonly entries: number;
  readonly movements: { readonly debit: string; readonly credit: string };
  readonly vat: { readonly collected: string; readonly deductible: string; readonly due: string };
  readonly deferredRevenue: { readonly cutoff: IsoDate; readonly lines: number; readonly deferred: string };
  readonly fec: { readonly file: string; readonly valid: boolean; readonly errors: number; readonly warnings: number };
  readonly files: ReadonlyArray<{ readonly name: string; readonly format: string; readonly bytes: number }>;
}

/** What `post` reports (printed, or as JSON with `--json`). */
export interface PostSummary {
  readonly documents: number;
  readonly transactions: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly fiscalYears: ReadonlyArray<FiscalYearSummary>;
}

/** Runs `post`; returns the exit code (0, or 1 when a document does not post or a FEC is invalid). */
export async function postCommand(options: PostCommandOptions, io: CliIo): Promise<number> {
  const bar = progress(io, { enabled: options.progress, force: false });
  const rules: PostingRules = rulesFromJson(options.rules === undefined ? undefined : readJson(options.rules), options.rules ?? '');
  const documents = await readDocuments(options.documents, (bytes, total) => bar.update('reading', bytes, total, 'bytes'));
  bar.update('posting', documents.length, undefined, 'documents');
  const reset = options.resetNumbering ? { resetNumbersEachFiscalYear: { startMonth: options.fiscalYearStartMonth } } : {};
  // Documents straight to one Book (no transaction object per document), cut into fiscal years below.
  const posted = safePostBook(documents as Iterable<PostableDocument>, rules, reset);
  if (posted.failures.length > 0) {
    bar.done();
    const issues: AccountingIssue[] = [];
    for (const f of posted.failures) issues.push(...f.issues);
    io.stderr(`${plural(posted.failures.length, 'document')} of ${basename(options.documents)} did not post; nothing was written:\n${formatIssues(issues, 50)}\n`);
    return 1;
  }
  const skipped: Record<string, number> = {};
  for (const s of posted.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;

  // One book per fiscal year, in date order: the Book's transactions are in date order, so each year is a run of them.
  const all = posted.book;
  const byYear = new Map<string, { year: Period; transactions: number[] }>();
  let slot: { year: Period; transactions: number[] } | undefined;
  let lastDay = NaN;
  for (let t = 0; t < all.size; t++) {
    const day = all.tx.date[t]!;
    if (day !== lastDay) {
      lastDay = day;
      const year = fiscalYear(fromDayNumber(day), { startMonth: options.fiscalYearStartMonth });
      slot = byYear.get(year.from);
      if (!slot) byYear.set(year.from, (slot = { year, transactions: [] }));
    }
    slot!.transactions.push(t);
  }
  const out = options.out ?? 'out';
  const years: FiscalYearSummary[] = [];
  let k = 0;
  for (const { year, transactions } of [...byYear.values()].sort((a, b) => (a.year.from < b.year.from ? -1 : 1))) {
    bar.update('writing', k++, byYear.size, 'fiscal years');
    years.push(writeYear(year, yearBook(all, transactions, rules), documents, rules, options, `${out}/${year.from}_${year.to}`));
  }
  bar.done();
  const summary: PostSummary = { documents: documents.length, transactions: all.size, skipped, fiscalYears: years };
  io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : printSummary(summary, options.documents));
  return years.every((y) => y.fec.valid) ? 0 : 1;
}

/** The Book of some transactions of `all` (in its order), as `createBook` builds it from them with the rules' chart. */
function yearBook(all: Book, transactions: ReadonlyArray<number>, rules: PostingRules): Book {
  const { tx, strings } = all;
  return layOut(bookView(all), transactions, (t) => tx.id[t]!, (t) => (tx.reverses[t]! >= 0 ? strings[tx.reverses[t]!] : undefined), false, { chart: rules.chart });
}

function writeYear(year: Period, yearBook: Book, documents: ReadonlyArray<unknown>, rules: PostingRules, options: PostCommandOptions, folder: string): FiscalYearSummary {
  const book = letter(yearBook);
  const tb = trialBalance(book, { period: year });
  const vat = vatSynthesis(book, documents, { period: year, rules });
  const pca = fiscalDeferredRevenueReport(documents, { cutoff: year.to, rules });
  const context: FileNameContext = { siren: options.siren, period: year, closingDate: year.to, ...(options.business ? { business: options.business } : {}) };
  const files: { name: string; format: string; bytes: number }[] = [];
  const names = new Set<string>();
  const write = (name: string, format: string, bytes: Uint8Array): void => {
    if (names.has(name)) throw new UsageError(`Two exports are both named ${name}.`);
    names.add(name);
    writeBytes(folder, name, bytes);
    files.push({ name, format, bytes: bytes.length });
  };
  let fec: FiscalYearSummary['fec'] = { file: '', valid: false, errors: 0, warnings: 0 };
  const registered = new Map(formats.list().map((f) => [f.id, f] as const));
  const ctx: YearContext = { year, book, documents, rules, vat, pca };
  for (const id of POST_FORMATS) {
    const format = registered.get(id) as AnyFormat | undefined;
    if (!format) continue;
    const report = REPORT_INPUTS[id];
    const input = report ? report(ctx) : book;
    if (input === undefined) continue;
    const name = format.fileName(context);
    const formatOptions = id === 'fec' ? { fiscalYear: year } : id === 'beancount' ? { period: year, title: options.business ?? options.siren } : report ? undefined : { period: year };
    const bytes = format.encode(input as never, formatOptions as never);
    write(name, id, bytes);
    if (id === 'fec') {
      write(`${name.replace(/\.txt$/i, '')}_notice.txt`, 'fec-notice', encodeText(fecNotice(book, { fileName: name, fiscalYear: year, siren: options.siren, ...(options.business ? { business: options.business } : {}) }), 'utf-8'));
      const verdict = validateFec(bytes, { fileName: name, fiscalYear: year });
      fec = { file: name, valid: verdict.valid, errors: verdict.issues.filter((i) => i.severity === 'error').length, warnings: verdict.issues.filter((i) => i.severity === 'warning').length };
    }
  }
  const t = tb.totals.movements;
  return {
    fiscalYear: year,
    folder,
    transactions: book.size,
    entries: book.entryCount,
    movements: { debit: money(t.debit), credit: money(t.credit) },
    vat: { collected: money(vat.collected.vat), deductible: money(vat.deductible.vat), due: money(vat.netVatDue) },
    deferredRevenue: { cutoff: year.to, lines: pca.totals.rows, deferred: money(pca.totals.deferred) },
    fec,
    files,
  };
}

function printSummary(s: PostSummary, source: string): string {
  const skipped = Object.entries(s.skipped).map(([reason, n]) => `${reason} ${n}`).join(', ');
  const lines = [`${basename(source)}: ${plural(s.documents, 'document')} read, ${plural(s.transactions, 'transaction')} posted${skipped ? `, skipped: ${skipped}` : ''}`];
  for (const y of s.fiscalYears) {
    lines.push(`fiscal year ${y.fiscalYear.from} → ${y.fiscalYear.to}: ${plural(y.transactions, 'transaction')}, ${plural(y.entries, 'entry', 'entries')}`);
    lines.push(`  movements    debit ${y.movements.debit} = credit ${y.movements.credit}`);
    lines.push(`  VAT          collected ${y.vat.collected}, deductible ${y.vat.deductible}, due ${y.vat.due}`);
    lines.push(`  PCA          ${y.deferredRevenue.deferred} at ${y.deferredRevenue.cutoff} (${plural(y.deferredRevenue.lines, 'line')})`);
    lines.push(`  FEC          ${y.fec.file}: ${y.fec.valid ? 'valid' : 'INVALID'} (${plural(y.fec.errors, 'error')}, ${plural(y.fec.warnings, 'warning')})`);
    lines.push(`  ${plural(y.files.length, 'file')} in ${y.folder}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Checks a `--fiscal-year-start` value: a month (`7`, `07`) or its first day (`07-01`). */
export function parseFiscalYearStart(value: string | undefined): number {
  if (value === undefined) return 1;
  const m = /^(\d{1,2})(?:-01)?$/.exec(value);
  const month = m ? Number(m[1]) : NaN;
  if (!(month >= 1 && month <= 12)) {
    throw new AccountingError([issue('invalid_option', ['fiscal-year-start'], `--fiscal-year-start ${value}: give the month the fiscal year starts on, as 07 or 07-01 (fiscal years start on the first day of a month).`)]);
  }
  return month;
}
