// @ts-nocheck
// The three example businesses, run end to end into temporary directories:
// every FEC is valid, every trial balance balances, the gym's pain.008 files
// are there, the campsite's synthesis CSVs are there and agree with its books,
// no file is empty, and two runs write the same bytes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as campsite, SEASON_MONTHS } from '../../examples/campsite.js';
import { directDebitBatches, gymYear } from '../../examples/_data/gym.js';
import { run as gym } from '../../examples/gym.js';
import { run as homecare } from '../../examples/homecare.js';
import { NON_BOOK_FORMATS } from '../../examples/_lib/exports.js';
import { runContext, type BusinessSummary } from '../../examples/_lib/runBusiness.js';
import type { ExportContext } from '../../examples/_lib/exports.js';
import { MONTHS_2024 } from '../../examples/_data/business.js';
import { FINANCE_ACCOUNTS } from '../../examples/_data/finance.js';
import {
  ACCOUNTING_SYNTHESIS_CSV_COLUMNS,
  addDays,
  bookTransactions,
  customerBalances,
  dashboardIndicators,
  Decimal,
  defaultRules,
  endOfMonth,
  fiscalDeferredRevenueReport,
  formats,
  indexDocuments,
  isSiren,
  openItems,
  parseFecBook,
  POS_FIGURES_CSV_COLUMNS,
  synthesisDocuments,
  synthesisDocumentsCsvColumns,
  trialBalance,
  validateFec,
  VAT_SETTLEMENT_TYPE,
  vatSynthesis,
  type IsoDate,
  type Transaction,
  type TrialBalance,
} from '../../src/index.js';

const RUNS = [gym, campsite, homecare] as const;
let first: string;
let second: string;
let summaries: BusinessSummary[];
let again: BusinessSummary[];

beforeAll(() => {
  first = mkdtempSync(join(tmpdir(), 'partie-double-demo-a-'));
  second = mkdtempSync(join(tmpdir(), 'partie-double-demo-b-'));
  summaries = RUNS.map((run) => run(first));
  again = RUNS.map((run) => run(second));
}, 300_000);

afterAll(() => {
  for (const dir of [first, second]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every file under a directory, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath?: string; path?: string; isFile(): boolean }>)
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path ?? dir, e.name).slice(dir.length + 1))
    .sort();
}

describe('examples', () => {
  it('writes the three businesses into their own folders', () => {
    expect(summaries.map((s) => s.business)).toEqual(['gym', 'campsite', 'homecare']);
    expect(readdirSync(first).sort()).toEqual(['campsite', 'gym', 'homecare']);
    for (const s of summaries) {
      expect(isSiren(s.siren)).toBe(true);
      expect(s.transactions).toBeGreaterThan(1000);
    }
  });

  it('balances every trial balance: debit = credit', () => {
    for (const s of summaries) {
      const tb = s.trialBalance;
      expect(tb.balanced).toBe(true);
      expect(tb.opening.debit).toBe(tb.opening.credit);
      expect(tb.movements.debit).toBe(tb.movements.credit);
      expect(tb.closing.debit).toBe(tb.closing.credit);
    }
  });

  it('writes one valid FEC per business, named after the SIREN and closing date, with its notice', () => {
    for (const s of summaries) {
      const name = formats.fec.fileName({ siren: s.siren, closingDate: '2024-12-31' });
      expect(s.fec.map((v) => v.file)).toEqual([name]);
      expect(s.fec[0]!.valid).toBe(true);
      const bytes = readFileSync(join(s.outDir, name));
      const verdict = validateFec(new Uint8Array(bytes), { fileName: name, fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
      expect(verdict.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(verdict.valid).toBe(true);
      const notice = readFileSync(join(s.outDir, name.replace(/\.txt$/, '_notice.txt')), 'utf8');
      expect(notice.split('\n')[0]).toBe('NOTICE DESCRIPTIVE DU FICHIER DES ÉCRITURES COMPTABLES (FEC)');
      expect(notice).toContain(`SIREN : ${s.siren}`);
    }
  });

  it("writes one pain.008 file per gym direct-debit batch", () => {
    const batches = directDebitBatches(gymYear());
    expect(batches.length).toBe(12);
    const gymSummary = summaries[0]!;
    const pain = files(gymSummary.outDir).filter((f) => f.startsWith('pain.008'));
    expect(pain).toEqual(batches.map((b) => formats.pain008.fileName({ siren: gymSummary.siren, createdOn: b.collectionDate })).sort());
    for (const f of pain) {
      const xml = readFileSync(join(gymSummary.outDir, f), 'utf8');
      expect(xml.startsWith('<?xml')).toBe(true);
      expect(xml).toContain('urn:iso:std:iso:20022:tech:xsd:pain.008');
    }
  });

  describe('the campsite synthesis exports', () => {
    const YEAR = { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate };
    const periods = [...SEASON_MONTHS, YEAR];
    const synthesisName = (p: { readonly from: IsoDate; readonly to: IsoDate }) => `${addDays(p.to, 1)}_SyntheseComptableDu${p.from}au${p.to}.csv`;
    const campsiteSummary = () => summaries[1]!;
    /** A CSV of the campsite parsed with csv-parse: every record, header first. csv-parse itself refuses a record with another column count. */
    const read = (name: string): string[][] => parse(readFileSync(join(campsiteSummary().outDir, name)), { delimiter: ';', bom: true, relax_column_count: false, skip_empty_lines: true }) as string[][];
    /** A French decimal ('-1 234,56' style without spaces) as integer cents. */
    const cents = (text: string): number => {
      const m = /^(-?)(\d+),(\d{2})$/.exec(text);
      if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
      return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
    };
    const figure = (rows: string[][], section: string, code: string, column: string): string => {
      const k = rows[0]!.indexOf(column);
      const row = rows.find((r) => r[0] === section && r[1] === code);
      if (!row || k < 0) throw new Error(`no ${section} ${code} ${column}`);
      return row[k]!;
    };

    it('writes one synthesis per month of the season and one for the year, dated the day after, the year document lists and till figures', () => {
      const s = campsiteSummary();
      const written = (format: string) => s.files.filter((f) => f.format === format).map((f) => f.name);
      expect(written('csv-accounting-synthesis')).toEqual([
        '2024-05-01_SyntheseComptableDu2024-04-01au2024-04-30.csv',
        '2024-06-01_SyntheseComptableDu2024-05-01au2024-05-31.csv',
        '2024-07-01_SyntheseComptableDu2024-06-01au2024-06-30.csv',
        '2024-08-01_SyntheseComptableDu2024-07-01au2024-07-31.csv',
        '2024-09-01_SyntheseComptableDu2024-08-01au2024-08-31.csv',
        '2024-10-01_SyntheseComptableDu2024-09-01au2024-09-30.csv',
        '2025-01-01_SyntheseComptableDu2024-01-01au2024-12-31.csv',
      ]);
      expect(written('csv-accounting-synthesis')).toEqual(periods.map(synthesisName));
      expect(written('csv-synthesis-documents')).toEqual(['2025-01-01_DocumentsDu2024-01-01au2024-12-31.csv']);
      expect(written('csv-pos-figures')).toEqual(['2025-01-01_ChiffreAffairesCaisseDu2024-01-01au2024-12-31.csv']);
      const onDisk = new Set(files(s.outDir));
      for (const name of [...written('csv-accounting-synthesis'), ...written('csv-synthesis-documents'), ...written('csv-pos-figures')]) expect(onDisk.has(name), name).toBe(true);
      // The other businesses write none of them.
      for (const other of [summaries[0]!, summaries[2]!]) expect(other.files.some((f) => ['csv-accounting-synthesis', 'csv-synthesis-documents', 'csv-pos-figures'].includes(f.format))).toBe(false);
    });

    it('parses every synthesis CSV with csv-parse into rows of one constant column count', () => {
      const headers = ACCOUNTING_SYNTHESIS_CSV_COLUMNS.map((c) => c.fr);
      for (const p of periods) {
        const rows = read(synthesisName(p));
        expect(rows[0]).toEqual(headers);
        expect(rows.length).toBeGreaterThan(20);
        for (const r of rows) expect(r.length).toBe(headers.length);
        expect(rows.filter((r) => r[0] === 'Chiffres clés').map((r) => r[1])).toEqual(['revenue', 'receipts', 'touristTax', 'vatCollected']);
      }
      const documents = read('2025-01-01_DocumentsDu2024-01-01au2024-12-31.csv');
      expect(documents[0]).toEqual(synthesisDocumentsCsvColumns().map((c) => c.fr));
      for (const r of documents) expect(r.length).toBe(documents[0]!.length);
      expect([...new Set(documents.slice(1).map((r) => r[0]))]).toEqual(['Séjours', 'Ventes annexes', 'Factures', 'Tickets', 'Dépenses', 'Encaissements']);
      expect(documents.filter((r) => r[0] === 'Séjours').length).toBe(260);
      const pos = read('2025-01-01_ChiffreAffairesCaisseDu2024-01-01au2024-12-31.csv');
      expect(pos[0]).toEqual(POS_FIGURES_CSV_COLUMNS.map((c) => c.fr));
      for (const r of pos) expect(r.length).toBe(pos[0]!.length);
    });

    it("the year's revenue excl. tax equals the class-7 movement of the sales journal in the book (read back from the FEC)", () => {
      const s = campsiteSummary();
      const rows = read(synthesisName(YEAR));
      const revenue = cents(figure(rows, 'Chiffres clés', 'revenue', 'Montant HT'));
      const fec = parse(readFileSync(join(s.outDir, s.fec[0]!.file)), { delimiter: '|', bom: true, quote: false }) as string[][];
      const col = (name: string) => fec[0]!.indexOf(name);
      const [journal, account, debit, credit] = [col('JournalCode'), col('CompteNum'), col('Debit'), col('Credit')];
      const sales = defaultRules().journals.sales;
      let class7 = 0;
      for (const r of fec.slice(1)) if (r[journal] === sales && r[account]!.startsWith('7')) class7 += cents(r[credit]!) - cents(r[debit]!);
      expect(class7).toBeGreaterThan(0);
      expect(revenue).toBe(class7);
      // VAT collected: the synthesis and the year's VAT synthesis agree.
      // The synthesis' "TVA collectée" is the VAT of deposit and final invoices (the seed's scope, as "CA HT");
      // its parts — invoices, till, receipts, write-offs, other — add up to the year's VAT collected.
      expect(cents(figure(rows, 'TVA des comptes 4457 par origine', 'total', 'TVA'))).toBe(cents(s.vat.collected.replace('.', ',')));
      expect(cents(figure(rows, 'Chiffres clés', 'vatCollected', 'TVA'))).toBe(cents(figure(rows, 'TVA des comptes 4457 par origine', 'invoices', 'TVA')));
    });

    it('the months of the season partition the stays and their tourist tax: they add up to the year', () => {
      const year = read(synthesisName(YEAR));
      const months = SEASON_MONTHS.map((p) => read(synthesisName(p)));
      const sum = (f: (rows: string[][]) => number) => months.reduce((n, rows) => n + f(rows), 0);
      expect(sum((r) => cents(figure(r, 'Chiffres clés', 'touristTax', 'Montant TTC')))).toBe(cents(figure(year, 'Chiffres clés', 'touristTax', 'Montant TTC')));
      expect(sum((r) => Number(figure(r, 'En bref', 'stays', 'Nombre')))).toBe(260);
      expect(Number(figure(year, 'En bref', 'stays', 'Nombre'))).toBe(260);
    });

    it('passes the credit-note control in every synthesis, and the summary says so with the key figures', () => {
      for (const p of periods) expect(read(synthesisName(p)).filter((r) => r[0] === 'Contrôles'), synthesisName(p)).toEqual([]);
      const extra = campsiteSummary().extra ?? [];
      expect(extra.join('\n')).toContain('credit-note control passed');
      const revenue = figure(read(synthesisName(YEAR)), 'Chiffres clés', 'revenue', 'Montant HT').replace(',', '.');
      expect(extra.find((l) => l.startsWith('Synthesis'))).toContain(`revenue excl. tax ${revenue}`);
    });
  });

  it('writes the till closings (Z) of the gym and the campsite, one block per closing, and none for home care', () => {
    const [gymSummary, campsiteSummary, homecareSummary] = summaries as [BusinessSummary, BusinessSummary, BusinessSummary];
    for (const s of [gymSummary, campsiteSummary]) {
      expect(s.files.filter((f) => f.format === 'csv-till-closings').map((f) => f.name)).toEqual(['clotures-caisse_2024-01-01_2024-12-31.csv']);
      const rows = parse(readFileSync(join(s.outDir, 'clotures-caisse_2024-01-01_2024-12-31.csv')), { delimiter: ';', relax_column_count: false }) as string[][];
      const closings = new Set(rows.slice(1).map((r) => `${r[0]} ${r[1]} ${r[2]}`));
      expect(closings.size).toBeGreaterThan(10);
      // every closing ends with its cash difference, on 658 when short and 758 when over
      for (const r of rows.slice(1).filter((x) => x[4] === 'difference')) expect(r[11]).toBe(r[10]!.startsWith('-') ? '658000' : r[10] === '0,00' ? '' : '758000');
      expect(rows.slice(1).filter((r) => r[4] === 'difference').length).toBe(closings.size);
    }
    expect(homecareSummary.files.some((f) => f.format === 'csv-till-closings')).toBe(false);
  });

  it('writes every Book format of the registry for each business', () => {
    const bookFormats = formats.list().filter((f) => !NON_BOOK_FORMATS.has(f.id)).map((f) => f.id);
    expect(bookFormats).toContain('fec');
    for (const s of summaries) {
      const written = new Set(s.files.map((f) => f.format));
      for (const id of bookFormats) expect(written.has(id), `${s.business} ${id}`).toBe(true);
    }
  });

  it('writes no empty file, and the summary lists exactly the files on disk with their sizes', () => {
    for (const s of summaries) {
      const onDisk = files(s.outDir);
      expect(onDisk).toEqual(s.files.map((f) => f.name).sort());
      for (const f of s.files) {
        const size = readFileSync(join(s.outDir, f.name)).length;
        expect(size, f.name).toBeGreaterThan(0);
        expect(size).toBe(f.bytes);
      }
    }
  });

  it('is deterministic: two runs write byte-identical files and the same summaries', () => {
    const a = files(first);
    expect(files(second)).toEqual(a);
    for (const f of a) expect(readFileSync(join(second, f)).equals(readFileSync(join(first, f))), f).toBe(true);
    const strip = (s: BusinessSummary) => ({ ...s, outDir: '' });
    expect(again.map(strip)).toEqual(summaries.map(strip));
  });
});
// ---------------------------------------------------------------------------
// The review's tie-outs (issue 12), for each business, and the balance sheet a
// small business would show. Account numbers are compared by their
// zero-stripped prefix (`512` and `512000` are both the bank), so the checks
// hold whatever width the rules post at.

/** The VAT regime each business's tie-outs assume (each example states it in its summary). */
const REGIMES = {
  gym: 'réel normal (on option), monthly CA3',
  campsite: 'réel simplifié, annual CA12',
  homecare: 'réel normal, monthly CA3',
} as const;
const YEAR = { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate };
const MONTH_ENDS = MONTHS_2024.map((m) => endOfMonth(m));
const SOFTWARE_EXPORTS = ['quadratus', 'ciel', 'cegid', 'coala', 'ebp'] as const;

/** `512000` → `512`: the account a number stands for, whatever its width. */
const stripped = (account: string): string => account.replace(/0+$/, '');
/** A Decimal as integer cents. */
const toCents = (d: Decimal): number => Number(d.times(100).toFixed(0));
/** The closing balance (debit positive, cents) of every account under a prefix (zero-stripped). */
const closing = (tb: TrialBalance, account: string): number =>
  tb.rows.filter((r) => r.account.startsWith(stripped(account))).reduce((n, r) => n + toCents(r.closing.debit.minus(r.closing.credit)), 0);
/** The trial balance from the year's first day to `to`. */
const tbTo = (ctx: ExportContext, to: IsoDate): TrialBalance => trialBalance(ctx.book, { period: { from: YEAR.from, to } });
/** Σ credit − debit (cents) of the entries on one account (zero-stripped prefix) in the transactions kept. */
const creditMovement = (txs: Iterable<Transaction>, account: string, keep: (t: Transaction) => boolean = () => true): number => {
  let n = 0;
  for (const t of txs) if (keep(t)) for (const e of t.entries) if (stripped(e.account).startsWith(stripped(account))) n += e.side === 'credit' ? e.minor : -e.minor;
  return n;
};

describe.each(Object.entries(REGIMES))('tie-outs of the %s (VAT: %s)', (business, regime) => {
  const summary = (): BusinessSummary => summaries.find((s) => s.business === business)!;
  const ctx = (): ExportContext => runContext(summary())!;
  const txs = (): Transaction[] => [...bookTransactions(ctx().book)];

  it('states its VAT regime in its data and its summary', () => {
    const vat = ctx().year.finance?.vat;
    expect(vat?.label).toBe(regime);
    expect(summary().extra?.[0]).toContain(`VAT regime: ${regime}`);
  });

  it('trial balance = FEC, account by account (the FEC read back with parseFecBook)', () => {
    const s = summary();
    const fec = parseFecBook(new Uint8Array(readFileSync(join(s.outDir, s.fec[0]!.file))));
    const rows = (tb: TrialBalance) => new Map(tb.rows.map((r) => [r.account, [r.opening, r.movements, r.closing].map((x) => `${x.debit.toFixed(2)}/${x.credit.toFixed(2)}`).join(' ')]));
    const book = rows(trialBalance(ctx().book, { period: YEAR }));
    expect(book.size).toBeGreaterThan(20);
    expect(rows(trialBalance(fec, { period: YEAR }))).toEqual(book);
  });

  it('Σ customer balances = 411 (and the default receivable accounts of the report = their trial balance)', () => {
    const tb = tbTo(ctx(), YEAR.to);
    const customers = ctx().rules.accounts.customers;
    const only411 = customerBalances(ctx().book, { asOf: YEAR.to, accounts: { prefixes: [stripped(customers)] } }).totals.balance;
    expect(toCents(only411.debit.minus(only411.credit))).toBe(closing(tb, customers));
    const all = customerBalances(ctx().book, { asOf: YEAR.to }).totals.balance;
    expect(toCents(all.debit.minus(all.credit))).toBe(['411', '416', '4191', '4197'].reduce((n, a) => n + closing(tb, a), 0));
  });

  it("VAT per rate = the 4457x account's movement (the returns' clearing ODs apart), and the last return leaves 4457x and 44566 at 0", () => {
    const { book, documents, rules } = ctx();
    const synthesis = vatSynthesis(book, documents, { period: YEAR, rules });
    const all = txs();
    const operations = (t: Transaction) => t.type !== VAT_SETTLEMENT_TYPE;
    const rated = synthesis.rates.filter((r) => r.rate !== undefined && !r.collected.vat.isZero());
    expect(rated.length).toBeGreaterThan(0);
    // VAT regularised on write-offs is reported apart (it debits the collected account).
    for (const r of rated) expect(toCents(r.collected.vat) - (r.writeOffs ? toCents(r.writeOffs.vat) : 0), `rate ${r.rate}`).toBe(creditMovement(all, rules.vatCollected[r.rate!]!, operations));
    expect(toCents(synthesis.deductible.vat)).toBe(-creditMovement(all, rules.accounts.vatDeductible, operations));
    const tb = tbTo(ctx(), YEAR.to);
    for (const account of new Set(Object.values(rules.vatCollected))) expect(closing(tb, account), account).toBe(0);
    expect(closing(tb, rules.accounts.vatDeductible)).toBe(0);
  });

  it('PCA report total = 487 (the year-end deferral reports, and the fiscal PCA report)', () => {
    const { book, documents, rules, deferredRevenueReports } = ctx();
    const pca = -closing(tbTo(ctx(), YEAR.to), rules.accounts.deferredRevenue);
    expect(pca).toBeGreaterThan(0);
    expect(deferredRevenueReports.reduce((n, r) => n + toCents(r.totals.deferred), 0)).toBe(pca);
    expect(book.size).toBeGreaterThan(0);
    // The fiscal report of the reports the deferrals posted lists every method's lines: its total is what 487 holds.
    expect(toCents(fiscalDeferredRevenueReport(deferredRevenueReports).totals.deferred)).toBe(pca);
  });

  it('open items = customer balances, customer by customer (a zero balance has no open item)', () => {
    const { book } = ctx();
    const balances = new Map(customerBalances(book, { asOf: YEAR.to }).rows.map((r) => [r.auxiliary.number, toCents(r.balance.debit.minus(r.balance.credit))]));
    const items = new Map<string, number>();
    for (const i of openItems(book, { asOf: YEAR.to }).items) items.set(i.auxiliary.number, (items.get(i.auxiliary.number) ?? 0) + (i.side === 'debit' ? 1 : -1) * toCents(i.remaining));
    const owing = new Map([...balances].filter(([, c]) => c !== 0));
    expect(owing.size).toBeGreaterThan(0);
    expect(items).toEqual(owing);
  });

  it('paid + deducted + credited + remaining = TTC on every invoice row', () => {
    const { documents, rules } = ctx();
    // The invoice list an accountant reads (the synthesis' document list): every invoice and credit note of the year.
    const rows = synthesisDocuments(indexDocuments(documents, { rules }), { period: YEAR, list: 'invoices', rules });
    expect(rows.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const row of rows) {
      const r = row as unknown as Record<string, unknown>;
      const parts = ['paid', 'deducted', 'credited', 'remaining'].map((k) => r[k]);
      if (!parts.every((p) => Decimal.isDecimal(p))) {
        bad.push(`${row.reference}: no ${['paid', 'deducted', 'credited', 'remaining'].filter((_, k) => !Decimal.isDecimal(parts[k])).join(', ')} column`);
        continue;
      }
      const sum = (parts as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0));
      if (!sum.equals(row.inclTax)) bad.push(`${row.reference}: ${sum.toFixed(2)} ≠ ${row.inclTax.toFixed(2)}`);
    }
    expect(bad.slice(0, 5), `${bad.length} rows of ${rows.length}`).toEqual([]);
  });

  it("dashboard revenue excl. tax = the class-7 movement of the year (before the year-end deferral, a closing entry of the books')", () => {
    const { documents, rules } = ctx();
    const dashboard = dashboardIndicators(indexDocuments(documents, { rules }), ctx().book, { period: YEAR, rules });
    expect(toCents(dashboard.revenueExclTax)).toBe(creditMovement(txs(), '7', (t) => t.type !== 'deferral'));
    expect(toCents(dashboard.revenueAfterDeferral)).toBe(creditMovement(txs(), '7', () => true));
    // VAT: the 4457x movement of the operations, the VAT returns' clearing entries left out.
    expect(toCents(dashboard.vat)).toBe(creditMovement(txs(), '4457', (t) => t.type !== VAT_SETTLEMENT_TYPE));
    expect(toCents(dashboard.vat)).toBeGreaterThan(0);
  });

  it('has no two account numbers for one account (512 and 512000)', () => {
    const byAccount = new Map<string, string[]>();
    for (const a of ctx().book.accounts) byAccount.set(stripped(a), [...(byAccount.get(stripped(a)) ?? []), a]);
    expect([...byAccount.values()].filter((list) => list.length > 1)).toEqual([]);
  });

  it('shares no exported piece reference between two pieces, in any software export', () => {
    const s = summary();
    // The software exports leave the à-nouveaux out by default (the firm already holds the opening).
    const all = txs().filter((t) => t.type !== 'opening');
    const pieces = new Set(all.map((t) => t.piece.ref));
    /** Each line's exported piece reference. */
    const read: Record<(typeof SOFTWARE_EXPORTS)[number], (line: string) => string> = {
      // M record: piece3 (149, 10) the reference.
      quadratus: (l) => l.slice(148, 158).trimEnd(),
      // piece (24, 12).
      ciel: (l) => l.slice(23, 35).trimEnd(),
      cegid: (l) => l.slice(l.lastIndexOf(';') + 1),
      coala: (l) => l.split(';')[4]!,
      ebp: (l) => (parse(l, { delimiter: ',' }) as string[][])[0]![5]!,
    };
    const clashes: string[] = [];
    for (const format of SOFTWARE_EXPORTS) {
      const file = s.files.find((f) => f.format === format)!;
      let lines = readFileSync(join(s.outDir, file.name), 'latin1').split(/\r?\n/).filter((l) => l !== '');
      if (format === 'quadratus') lines = lines.filter((l) => l.startsWith('M'));
      expect(lines.length, `${format}: one line per entry`).toBe(all.reduce((n, t) => n + t.entries.length, 0));
      // Each piece is written under one reference (the mapping is a function of the piece), so as many
      // distinct references as pieces means no reference stands for two pieces.
      const exported = new Set(lines.map((line) => read[format](line)));
      if (exported.size !== pieces.size) clashes.push(`${format}: ${pieces.size} pieces under ${exported.size} references`);
    }
    expect(clashes).toEqual([]);
  });

  describe('a plausible balance sheet', () => {
    it('never has a negative bank balance at a month end', () => {
      const bank = ctx().rules.accounts.bank;
      for (const end of MONTH_ENDS) expect(closing(tbTo(ctx(), end), bank), end).toBeGreaterThanOrEqual(0);
    });

    it('pays its suppliers: at year end 401 owes only bills dated in December, and no supplier is paid twice', () => {
      const { documents, rules } = ctx();
      const paid = new Set(documents.flatMap((d) => (d.type === 'supplier-payment' ? (d.allocations ?? []).map((a) => a.purchase) : [])));
      const unpaid = documents.flatMap((d) => (d.type === 'purchase' && !paid.has(d.id) ? [d] : []));
      expect(unpaid.length).toBeGreaterThan(0);
      for (const p of unpaid) expect(p.date >= '2024-12-01', p.id).toBe(true);
      const owed = -closing(tbTo(ctx(), YEAR.to), rules.accounts.suppliers);
      expect(owed).toBeGreaterThan(0);
      expect(owed).toBe(creditMovement(txs(), rules.accounts.suppliers, (t) => t.type === 'purchase' && unpaid.some((p) => p.id === t.source?.documentId)));
      // Every month's 401 is far below the year's purchases: bills are paid at their terms.
      const purchases = creditMovement(txs(), rules.accounts.suppliers, (t) => t.type === 'purchase');
      for (const end of MONTH_ENDS) expect(-closing(tbTo(ctx(), end), rules.accounts.suppliers), end).toBeLessThan(purchases / 4);
    });

    it('pays its VAT: 44551 is back to 0 after each payment, and at year end holds only the last return', () => {
      const all = txs();
      const payments = all.filter((t) => t.type === 'vat-payment' && t.entries.some((e) => stripped(e.account) === stripped(FINANCE_ACCOUNTS.vatDue)));
      for (const p of payments) expect(closing(tbTo(ctx(), p.date), FINANCE_ACCOUNTS.vatDue), p.date).toBe(0);
      const returns = all.filter((t) => t.type === VAT_SETTLEMENT_TYPE);
      expect(returns.length).toBe(ctx().year.finance!.vat.kind === 'monthly' ? 12 : 1);
      // One payment for the opening balance (last year's last return), one for each return of the year that left tax due, but the last.
      const due = returns.slice(0, -1).filter((t) => creditMovement([t], FINANCE_ACCOUNTS.vatDue) > 0).length;
      expect(payments.length).toBe(1 + due);
      const last = returns[returns.length - 1]!;
      expect(last.date).toBe(YEAR.to);
      expect(-closing(tbTo(ctx(), YEAR.to), FINANCE_ACCOUNTS.vatDue)).toBe(creditMovement([last], FINANCE_ACCOUNTS.vatDue));
    });

    it('files each return as csv-vat-return, its amount to pay (CA3 line 32, CA12 line 33) the euros its settlement puts on 44551', () => {
      const s = summary();
      const files = s.files.filter((f) => f.format === 'csv-vat-return');
      const returns = txs().filter((t) => t.type === VAT_SETTLEMENT_TYPE);
      expect(files.map((f) => f.name)).toEqual(returns.map((t) => `declaration-tva_${t.date}.csv`));
      const monthly = ctx().year.finance!.vat.kind === 'monthly';
      for (const [k, f] of files.entries()) {
        const rows = new TextDecoder('latin1').decode(readFileSync(join(s.outDir, f.name))).split(/\r?\n/).map((l) => l.split(';'));
        expect(rows.slice(1).every((r) => r.length === 1 || r[0] === (monthly ? 'CA3' : 'CA12')), f.name).toBe(true);
        const payable = rows.find((r) => r[1] === (monthly ? '32' : '33'))?.[5] ?? '0';
        expect(Number(payable) * 100, f.name).toBe(creditMovement([returns[k]!], FINANCE_ACCOUNTS.vatDue));
      }
    });

    it('states when its VAT is due, and its returns clear only the VAT due: pending VAT (44574, 44568) is never in a return', () => {
      const rules = ctx().rules;
      expect(ctx().year.rules?.vatExigibility).toBe(rules.vatExigibility);
      expect(summary().extra?.[0]).toContain(rules.vatExigibility === 'on-receipt' ? 'VAT on services due on receipt' : 'option for the débits');
      const pending = [typeof rules.vatPending === 'string' ? rules.vatPending : '44574', rules.accounts.vatDeductiblePending].map(stripped);
      const returns = txs().filter((t) => t.type === VAT_SETTLEMENT_TYPE);
      for (const t of returns) expect(t.entries.filter((e) => pending.some((p) => stripped(e.account).startsWith(p))), t.date).toEqual([]);
      // Under the default the services' VAT waits on 44574 between invoice and payment; with the débits it never does.
      const pendingMoved = txs().some((t) => t.entries.some((e) => stripped(e.account).startsWith(pending[0]!)));
      expect(pendingMoved).toBe(rules.vatExigibility === 'on-receipt');
    });

    it('repays its loan: 164 decreases every month, and 661 carries the interest', () => {
      const owed = MONTH_ENDS.map((end) => -closing(tbTo(ctx(), end), FINANCE_ACCOUNTS.loan));
      for (let m = 1; m < 12; m++) expect(owed[m]!, MONTH_ENDS[m]).toBeLessThan(owed[m - 1]!);
      expect(owed[11]!).toBeGreaterThan(0);
      expect(closing(tbTo(ctx(), YEAR.to), FINANCE_ACCOUNTS.interest)).toBeGreaterThan(0);
    });

    it('runs its payroll: 421 is 0 at every month end, 431 holds only the month just paid', () => {
      const all = txs();
      for (const end of MONTH_ENDS) {
        const tb = tbTo(ctx(), end);
        expect(closing(tb, FINANCE_ACCOUNTS.wages), end).toBe(0);
        const month = all.filter((t) => t.type === 'payroll' && t.date === end);
        expect(-closing(tb, FINANCE_ACCOUNTS.urssaf), end).toBe(creditMovement(month, FINANCE_ACCOUNTS.urssaf));
      }
      expect(closing(tbTo(ctx(), YEAR.to), FINANCE_ACCOUNTS.salaries)).toBeGreaterThan(0);
      expect(closing(tbTo(ctx(), YEAR.to), FINANCE_ACCOUNTS.socialCharges)).toBeGreaterThan(0);
    });

    it('pays bank fees every month on 627', () => {
      const fees = txs().filter((t) => t.type === 'bank-fees');
      expect(fees.map((t) => t.date)).toEqual(MONTH_ENDS);
      for (const t of fees) expect(t.entries.some((e) => stripped(e.account) === stripped(ctx().rules.accounts.fees) && e.side === 'debit')).toBe(true);
    });
  });
});
