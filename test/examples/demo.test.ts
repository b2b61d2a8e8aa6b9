// The three example businesses, run end to end into temporary directories:
// every FEC is valid, every trial balance balances, the gym's pain.008 files
// are there, no file is empty, and two runs write the same bytes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as campsite } from '../../examples/campsite.js';
import { directDebitBatches, gymYear } from '../../examples/_data/gym.js';
import { run as gym } from '../../examples/gym.js';
import { run as homecare } from '../../examples/homecare.js';
import { NON_BOOK_FORMATS } from '../../examples/_lib/exports.js';
import type { BusinessSummary } from '../../examples/_lib/runBusiness.js';
import { formats, isSiren, validateFec } from '../../src/index.js';

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
}, 120_000);

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
