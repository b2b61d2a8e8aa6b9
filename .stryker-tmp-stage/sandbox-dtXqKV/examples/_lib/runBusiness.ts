// @ts-nocheck
// Posts a business's year and writes its exports: the flow every example shares.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AccountingError,
  createBook,
  createChart,
  createTransactions,
  defaultChart,
  defaultRules,
  deferralTransactions,
  deferredRevenue,
  eReporting,
  encodeText,
  fecNotice,
  formats as builtInFormats,
  letter,
  safePost,
  trialBalance,
  validateFec,
  vatSynthesis,
  transactionId,
  Decimal,
  type EntryInput,
  type TransactionInput,
  type AccountingIssue,
  type Book,
  type DeferralMethod,
  type DeferredRevenue,
  type PostingRules,
  type Document,
  type Transaction,
  type AnyFormat,
  type FecIssue,
  type FileNameContext,
  type VatReturn,
  type FormatRegistry,
} from '../../src/index.js';
import type { BusinessYear } from '../_data/business.js';
import { FINANCE_ACCOUNT_LABELS, vatTransactions, type VatRegime } from '../_data/finance.js';
import { businessEInvoices } from './einvoices.js';
import { bookExports, type ExportContext, type ExportEntry } from './exports.js';

/** The width of every general account number of the examples (`512` → `512000`): French software keeps accounts on 6 digits or more. */
export const ACCOUNT_WIDTH = 6;

/** One file written. */
export interface WrittenFile {
  readonly name: string;
  /** The format id, or `fec-notice` for the FEC's description notice. */
  readonly format: string;
  readonly bytes: number;
}

/** `validateFec`'s verdict on one FEC. */
export interface FecVerdict {
  readonly file: string;
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly issues: ReadonlyArray<FecIssue>;
}

/** What running a business returns (amounts as decimal strings). */
export interface BusinessSummary {
  readonly business: string;
  readonly company: string;
  readonly siren: string;
  readonly outDir: string;
  readonly documents: number;
  /** Transactions in the book: opening entries, posted documents and the year-end deferral. */
  readonly transactions: number;
  readonly entries: number;
  /** Documents left out on purpose (proformas, session usage), by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  readonly trialBalance: {
    readonly opening: { readonly debit: string; readonly credit: string };
    readonly movements: { readonly debit: string; readonly credit: string };
    readonly closing: { readonly debit: string; readonly credit: string };
    readonly balanced: boolean;
  };
  readonly vat: { readonly collected: string; readonly deductible: string; readonly due: string };
  readonly deferredRevenue: {
    readonly cutoff: string;
    readonly lines: number;
    readonly deferred: string;
    readonly byMethod: ReadonlyArray<{ readonly method: DeferralMethod; readonly lines: number; readonly deferred: string }>;
  };
  readonly files: ReadonlyArray<WrittenFile>;
  readonly fec: ReadonlyArray<FecVerdict>;
  /** The business's own summary lines (the campsite's key figures of the year), printed after the VAT and deferred revenue. */
  readonly extra?: ReadonlyArray<string>;
}

/** How to run one business. */
export interface RunBusinessOptions {
  /** The business's own exports (non-Book formats: pain.008 per batch, report CSVs…). */
  readonly exports?: ReadonlyArray<ExportEntry>;
  /** @defaultValue the built-in `formats` */
  readonly registry?: FormatRegistry<Record<string, AnyFormat>>;
  /** Accounts to add to the default chart (the business's sub-accounts with their labels). */
  readonly accounts?: ReadonlyArray<{ readonly number: string; readonly label: string }>;
  /**
   * The deferred-revenue reports at year end, each posted as a deferral: a
   * report reads one method, so session packs (`sessions`) get their own.
   * @defaultValue one report, every document, the `days` method
   */
  readonly deferrals?: ReadonlyArray<DeferralSpec>;
  /** Lines of the business's own to add to the summary (`extra`), from the same context as the exports. */
  readonly summary?: (ctx: ExportContext) => ReadonlyArray<string>;
  /** The month (`YYYY-MM`) whose e-invoices to business customers are written. @defaultValue '2024-06' */
  readonly eInvoiceMonth?: string;
}

/** One deferred-revenue report of the year end. */
export interface DeferralSpec {
  readonly method: DeferralMethod;
  /** Which documents it reads (session-usage documents included for `sessions`). */
  readonly documents: (documents: ReadonlyArray<Document>) => ReadonlyArray<Document>;
  /** Piece reference of its deferral transaction. */
  readonly pieceRef: string;
}

/** What {@link businessBook} returns: the rules, the lettered Book and the year-end deferred-revenue reports. */
export interface BusinessBook {
  readonly rules: PostingRules;
  readonly book: Book;
  readonly reports: ReadonlyArray<DeferredRevenue>;
  /** Documents left out on purpose, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** The VAT returns filed in the year (monthly CA3 or yearly CA12), read by `vatReturn` from the book as it stood. */
  readonly vatReturns: ReadonlyArray<VatReturn>;
}

/**
 * Posts the year and builds the lettered Book: opening entries, posted
 * documents and the year-end deferrals, every account padded to
 * {@link ACCOUNT_WIDTH}.
 *
 * @throws AccountingError listing every issue when a document does not post
 */
export function businessBook(year: BusinessYear, options: Pick<RunBusinessOptions, 'accounts' | 'deferrals'> = {}): BusinessBook {
  // One account, one number: the chart, the rules, the opening entries and the book all pad accounts to ACCOUNT_WIDTH.
  const subAccounts = [...(options.accounts ?? []), ...(year.finance ? FINANCE_ACCOUNT_LABELS : [])];
  const chart = subAccounts.length > 0 ? createChart(subAccounts, { base: defaultChart({ accountWidth: ACCOUNT_WIDTH }), accountWidth: ACCOUNT_WIDTH }) : undefined;
  const rules = defaultRules({ accountWidth: ACCOUNT_WIDTH, ...(year.rules ?? {}), ...(chart ? { chart } : {}) });
  const posted = safePost(year.documents, rules);
  if (posted.failures.length > 0) {
    const issues: AccountingIssue[] = [];
    for (const f of posted.failures) issues.push(...f.issues);
    throw new AccountingError(issues);
  }
  const skipped: Record<string, number> = {};
  for (const s of posted.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;

  const { to } = year.fiscalYear;
  const specs = options.deferrals ?? [{ method: 'days', documents: (d) => d, pieceRef: `PCA${to}` }];
  const reports = specs.map((spec) => deferredRevenue(spec.documents(year.documents), { cutoff: to, method: spec.method, rules }));
  // Each deferral is dated the closing day; its reversal (1 January) opens next year's books.
  const general = rules.journals.general;
  let nextOD = posted.transactions.filter((t) => t.journal === general).length + 1;
  const deferrals: Transaction[] = [];
  reports.forEach((report, k) => {
    const [deferral] = deferralTransactions(report, { rules, nextNumbers: { [general]: nextOD }, pieceRef: specs[k]!.pieceRef });
    if (deferral) {
      deferrals.push(deferral);
      nextOD++;
    }
  });
  const bookOptions = { ...(chart ? { chart } : {}), accountWidth: ACCOUNT_WIDTH };
  const opening = createTransactions(year.opening, { accountWidth: ACCOUNT_WIDTH });
  // The business's own transactions (loan, payroll, bank fees), then its VAT returns read by vatReturn from the book they make with the documents, settled (vatSettlement) and paid (vat-payment documents).
  const temporary = (inputs: ReadonlyArray<TransactionInput>, tag: string) => createTransactions(inputs.map((t, k) => ({ ...t, id: `${tag}${k}` })), bookOptions);
  const own = year.finance ? temporary(year.finance.transactions(rules), 'FIN') : [];
  const filing = year.finance ? vatTransactions(createBook([...opening, ...posted.transactions, ...own], bookOptions), year.finance.vat, year.fiscalYear, rules) : undefined;
  const vatReturns = filing ? filing.transactions : [];
  // One numbering per journal in date order, posted documents and the business's own transactions together.
  const transactions = [...opening, ...renumber([...posted.transactions, ...own, ...vatReturns, ...deferrals], chart)];
  const book = letter(createBook(transactions, bookOptions));

  return { rules, book, reports, skipped, vatReturns: filing ? filing.returns : [] };
}

/**
 * Posts the year, builds and letters the Book (opening entries, posted
 * documents, the year-end deferral of deferred revenue), computes the trial
 * balance, VAT and deferred revenue, and writes every export into
 * `outDir/<business>/` (emptied first).
 *
 * @throws AccountingError listing every issue when a document does not post
 */
export function runBusiness(year: BusinessYear, outDir: string, options: RunBusinessOptions = {}): BusinessSummary {
  const registry = options.registry ?? builtInFormats;
  const { rules, book, reports, skipped, vatReturns } = businessBook(year, options);
  const { to } = year.fiscalYear;
  const pca = reports[0]!;
  const tb = trialBalance(book, { period: year.fiscalYear });
  const vat = vatSynthesis(book, year.documents, { period: year.fiscalYear, rules });
  const fileNameContext: FileNameContext = { siren: year.company.siren, period: year.fiscalYear, closingDate: to, business: year.company.name };
  const ctx: ExportContext = { year, book, documents: year.documents, rules, trialBalance: tb, vat, deferredRevenue: pca, deferredRevenueReports: reports, fileNameContext };

  const dir = join(outDir, year.key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: WrittenFile[] = [];
  const fec: FecVerdict[] = [];
  const names = new Set<string>();
  const write = (name: string, format: string, bytes: Uint8Array): void => {
    if (names.has(name)) throw new Error(`Two exports of ${year.key} are both named ${name}: give one a distinct file-name context.`);
    names.add(name);
    writeFileSync(join(dir, name), bytes);
    files.push({ name, format, bytes: bytes.length });
  };

  for (const entry of [...bookExports(registry.list()), ...(options.exports ?? [])]) {
    const format = registry.get(entry.format);
    const name = format.fileName(entry.fileName ? entry.fileName(ctx) : fileNameContext);
    const formatOptions = entry.options ? entry.options(ctx) : undefined;
    const bytes = format.encode(entry.input(ctx), formatOptions);
    write(name, format.id, bytes);
    if (format.id === 'fec') {
      const noticeName = name.replace(/\.txt$/i, '') + '_notice.txt';
      write(noticeName, 'fec-notice', encodeText(fecNotice(book, { fileName: name, fiscalYear: year.fiscalYear, business: year.company.name, siren: year.company.siren }), 'utf-8'));
      const verdict = validateFec(bytes, { fileName: name, fiscalYear: year.fiscalYear });
      const count = (s: FecIssue['severity']): number => verdict.issues.filter((i) => i.severity === s).length;
      fec.push({ file: name, valid: verdict.valid, errors: count('error'), warnings: count('warning'), infos: count('info'), issues: verdict.issues });
    }
  }

  // A month of e-invoices (June unless the business says otherwise) to the business customers, as EN 16931 CII files (e-factures/facture_<number>.xml).
  const eInvoices = businessEInvoices(year, rules, options.eInvoiceMonth ?? '2024-06');
  if (eInvoices.length > 0) {
    mkdirSync(join(dir, 'e-factures'), { recursive: true });
    for (const e of eInvoices) write(`e-factures/${e.name}`, 'cii', encodeText(e.xml, 'utf-8'));
  }

  // The year's B2C e-reporting (flux 10.3 sales, 10.4 payments of services taxed on receipt).
  const report = eReporting(year.documents, rules, { period: year.fiscalYear });
  const reportingFormat = registry.get('e-reporting-xml');
  write(
    reportingFormat.fileName(fileNameContext),
    reportingFormat.id,
    reportingFormat.encode(report, { id: `ER-${year.key}-${year.fiscalYear.from.slice(0, 4)}`, issuedAt: `${to.replace(/-/g, '')}T235959Z`, declarant: { siren: year.company.siren, name: year.company.name } }),
  );

  // Each VAT return filed, as the registered CSV (declaration-tva_<period end>.csv).
  const vatFormat = registry.get('csv-vat-return');
  for (const ret of vatReturns) write(vatFormat.fileName({ ...fileNameContext, period: ret.period, closingDate: ret.period.to }), vatFormat.id, vatFormat.encode(ret));

  const dc = (x: { readonly debit: { toFixed(n: number): string }; readonly credit: { toFixed(n: number): string } }) => ({ debit: x.debit.toFixed(2), credit: x.credit.toFixed(2) });
  const t = tb.totals;
  const balanced = t.opening.debit.equals(t.opening.credit) && t.movements.debit.equals(t.movements.credit) && t.closing.debit.equals(t.closing.credit);
  const summary: BusinessSummary = {
    business: year.key,
    company: year.company.name,
    siren: year.company.siren,
    outDir: dir,
    documents: year.documents.length,
    transactions: book.size,
    entries: book.entryCount,
    skipped,
    trialBalance: { opening: dc(t.opening), movements: dc(t.movements), closing: dc(t.closing), balanced },
    vat: { collected: vat.collected.vat.toFixed(2), deductible: vat.deductible.vat.toFixed(2), due: vat.netVatDue.toFixed(2) },
    deferredRevenue: {
      cutoff: to,
      lines: reports.reduce((n, r) => n + r.totals.lines, 0),
      deferred: reports.reduce((sum, r) => sum.plus(r.totals.deferred), new Decimal(0)).toFixed(2),
      byMethod: reports.map((r) => ({ method: r.method, lines: r.totals.lines, deferred: r.totals.deferred.toFixed(2) })),
    },
    files,
    fec,
    ...(year.finance || options.summary ? { extra: [...(year.finance ? [`VAT regime: ${regimeLine(year.finance.vat)}; ${exigibilityLine(rules.vatExigibility)}`] : []), ...(options.summary ? options.summary(ctx) : [])] } : {}),
  };
  contexts.set(summary, ctx);
  return summary;
}

const contexts = new WeakMap<BusinessSummary, ExportContext>();

/**
 * What a run's exports were built from (the Book, documents, rules…), for
 * the tests' tie-outs; `undefined` for a summary `runBusiness` did not return.
 */
export function runContext(summary: BusinessSummary): ExportContext | undefined {
  return contexts.get(summary);
}

/** When the business's VAT is due, in words (CGI art. 269-2). */
function exigibilityLine(exigibility: PostingRules['vatExigibility']): string {
  return exigibility === 'on-receipt'
    ? 'VAT on services due on receipt (pending on 44574 until paid), on goods at the invoice (CGI art. 269-2)'
    : 'option for the débits: all VAT due at the invoice (CGI art. 269-2-c)';
}

/** The VAT regime in one line of the summary. */
function regimeLine(regime: VatRegime): string {
  return regime.kind === 'monthly'
    ? `${regime.label} — a CA3 each month, paid on day ${regime.paymentDay} of the next month (OD 4457x / 44566 → 44551, then BQ 44551 → 512)`
    : `${regime.label} — one CA12 for the year (filed in May), instalments in July and December (44581), the balance on 44551 at year end`;
}

/**
 * Numbers the transactions again, per journal in (date, input) order
 * (`BQ000001`…), so the documents' transactions and the business's own ones
 * share one chronological sequence per journal; a reversal follows the new
 * id of the transaction it reverses.
 */
function renumber(transactions: ReadonlyArray<Transaction>, chart: ReturnType<typeof createChart> | undefined): Transaction[] {
  const order = transactions.map((t, k) => ({ t, k })).sort((a, b) => (a.t.journal < b.t.journal ? -1 : a.t.journal > b.t.journal ? 1 : a.t.date < b.t.date ? -1 : a.t.date > b.t.date ? 1 : a.k - b.k));
  const ids = new Map<string, string>();
  let journal = '';
  let n = 0;
  for (const { t } of order) {
    if (t.journal !== journal) [journal, n] = [t.journal, 0];
    ids.set(t.id, transactionId(t.journal, ++n));
  }
  return createTransactions(
    transactions.map((t) => inputOf(t, ids.get(t.id)!, t.reverses === undefined ? undefined : (ids.get(t.reverses) ?? t.reverses))),
    chart ? { chart } : {},
  );
}

/** A transaction as the input that makes it again, under another id. */
function inputOf(t: Transaction, id: string, reverses: string | undefined): TransactionInput {
  const entries = t.entries.map((e): EntryInput => ({
    account: e.account,
    ...(e.accountLabel !== undefined ? { accountLabel: e.accountLabel } : {}),
    ...(e.auxiliary !== undefined ? { auxiliary: e.auxiliary } : {}),
    [e.side]: e.amount.toFixed(),
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.currency !== undefined ? { currency: { code: e.currency.code, amount: e.currency.amount.toFixed() } } : {}),
    ...(e.costCenter !== undefined ? { costCenter: e.costCenter } : {}),
    ...(e.analytics !== undefined ? { analytics: e.analytics } : {}),
    ...(e.vat !== undefined ? { vat: { rate: e.vat.rate, base: e.vat.base.toFixed() } } : {}),
    ...(e.lettering !== undefined ? { lettering: e.lettering } : {}),
    ...(e.openItem !== undefined ? { openItem: e.openItem } : {}),
  }));
  return {
    id,
    journal: t.journal,
    date: t.date,
    piece: t.piece,
    label: t.label,
    validatedOn: t.validatedOn,
    ...(t.type !== undefined ? { type: t.type } : {}),
    ...(t.source !== undefined ? { source: t.source } : {}),
    currency: t.currency,
    ...(reverses !== undefined ? { reverses } : {}),
    entries,
  };
}
