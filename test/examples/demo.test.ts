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
import type { BusinessSummary } from '../../examples/_lib/runBusiness.js';
import { ACCOUNTING_SYNTHESIS_CSV_COLUMNS, addDays, defaultRules, formats, isSiren, POS_FIGURES_CSV_COLUMNS, synthesisDocumentsCsvColumns, validateFec, type IsoDate } from '../../src/index.js';

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
      expect(cents(figure(rows, 'Chiffres clés', 'vatCollected', 'TVA'))).toBe(cents(s.vat.collected.replace('.', ',')));
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
