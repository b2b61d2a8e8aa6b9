// @ts-nocheck
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFecBook, trialBalance, validateFec } from '../../src/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { tempDir, writeExampleDocuments } from './_data.js';

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(args: ReadonlyArray<string>, options: { tty?: boolean; clock?: () => number } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTty: options.tty ?? false, now: options.clock ?? (() => 0) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

let dir: string;
let files: ReturnType<typeof writeExampleDocuments>;
beforeAll(() => {
  dir = tempDir();
  files = writeExampleDocuments(dir);
});

describe('post', () => {
  it('writes one folder per fiscal year with a valid FEC, the journals, balances, ledgers, PCA and software exports', async () => {
    const out = join(dir, 'out-json');
    const r = await cli(['post', files.gymJson, '--siren', '123456782', '--out', out, '--business', 'Salle Forme']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['2024-01-01_2024-12-31']);
    const written = readdirSync(join(out, '2024-01-01_2024-12-31')).sort();
    for (const name of ['123456782FEC20241231.txt', '123456782FEC20241231_notice.txt', 'balance-generale_2024-01-01_2024-12-31.csv', 'journal-ventes_2024-01-01_2024-12-31.csv', 'grand-livre-auxiliaire_2024-01-01_2024-12-31.csv', 'pca-fiscal_2024-12-31.csv', 'XIMPORT.TXT']) {
      expect(written).toContain(name);
    }
    const fec = readFileSync(join(out, '2024-01-01_2024-12-31', '123456782FEC20241231.txt'));
    expect(validateFec(new Uint8Array(fec), { fileName: '123456782FEC20241231.txt' }).valid).toBe(true);
    expect(r.stdout.startsWith(`gym.json: ${files.gymDocuments.toLocaleString('en-US')} documents read, `)).toBe(true);
    expect(r.stdout).toMatch(/^gym\.json: [\d,]+ documents read, [\d,]+ transactions posted, skipped: no-entry \d+\n/);
    expect(r.stdout).toContain('FEC          123456782FEC20241231.txt: valid (0 errors, 0 warnings)');
  });

  it('reads NDJSON as a stream and writes the same files as from the JSON array', async () => {
    const a = join(dir, 'same-a');
    const b = join(dir, 'same-b');
    expect((await cli(['post', files.gymJson, '--siren', '123456782', '--out', a, '--json'])).code).toBe(0);
    expect((await cli(['post', files.gymNdjson, '--siren', '123456782', '--out', b, '--json'])).code).toBe(0);
    const year = '2024-01-01_2024-12-31';
    const names = readdirSync(join(a, year)).sort();
    expect(readdirSync(join(b, year)).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(b, year, name)).equals(readFileSync(join(a, year, name))), name).toBe(true);
  });

  it('prints a JSON summary whose movements equal the FEC trial balance', async () => {
    const out = join(dir, 'out-summary');
    const r = await cli(['post', files.gymNdjson, '--siren', '123456782', '--out', out, '--json']);
    const summary = JSON.parse(r.stdout) as { documents: number; fiscalYears: { movements: { debit: string; credit: string }; fec: { file: string; valid: boolean }; folder: string; files: unknown[] }[] };
    expect(summary.documents).toBe(files.gymDocuments);
    const [year] = summary.fiscalYears;
    expect(year!.fec.valid).toBe(true);
    const tb = trialBalance(parseFecBook(new Uint8Array(readFileSync(join(year!.folder, year!.fec.file)))));
    expect(year!.movements.debit).toBe(year!.movements.credit);
    expect(tb.totals.movements.debit.toFixed(2)).toBe(year!.movements.debit);
    expect(year!.files.length).toBe(readdirSync(year!.folder).length);
  });

  it('reads a rules file (with $schema and chart accounts) and NDJSON with CRLF and blank lines', async () => {
    const out = join(dir, 'out-rules');
    const r = await cli(['post', files.campsiteNdjson, '--siren', '123456782', '--rules', files.campsiteRules, '--out', out, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { fiscalYears: { folder: string; fec: { file: string } }[] };
    const fec = readFileSync(join(summary.fiscalYears[0]!.folder, summary.fiscalYears[0]!.fec.file), 'utf8');
    expect(fec).toContain('|44574|'); // VAT on receipt: pending VAT
  });

  it('splits the books by fiscal year (--fiscal-year-start) and can restart numbering', async () => {
    const out = join(dir, 'out-fy');
    const r = await cli(['post', files.gymJson, '--siren', '123456782', '--out', out, '--fiscal-year-start', '07', '--reset-numbering', '--json']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2023-07-01_2024-06-30', '2024-07-01_2024-12-31'.replace('2024-12-31', '2025-06-30')]);
    const summary = JSON.parse(r.stdout) as { fiscalYears: { folder: string; fec: { file: string; valid: boolean } }[] };
    expect(summary.fiscalYears.map((y) => y.fec.file)).toEqual(['123456782FEC20240630.txt', '123456782FEC20250630.txt']);
    expect(summary.fiscalYears.every((y) => y.fec.valid)).toBe(true);
    const second = readFileSync(join(summary.fiscalYears[1]!.folder, summary.fiscalYears[1]!.fec.file), 'utf8');
    expect(second.split('\r\n')[1]).toMatch(/^\w+\|[^|]*\|\w+2025-000001\|/);
  });

  it('writes nothing and lists every issue (exit code 1) when a document does not post', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ type: 'invoice', id: 'x' }, { type: 'payment', id: 'p', date: '2024-13-01' }]));
    const out = join(dir, 'out-bad');
    const r = await cli(['post', bad, '--siren', '123456782', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^2 documents of bad\.json did not post; nothing was written:\n/);
    expect(r.stderr).toContain('at [0]');
    expect(r.stderr).toContain('at [1]');
    expect(() => readdirSync(out)).toThrow();
  });

  it('reports JSON that does not parse with its line, and a rules file that does not fit the schema', async () => {
    const broken = join(dir, 'broken.ndjson');
    writeFileSync(broken, '{"type":"invoice"}\n{oops\n');
    const r = await cli(['post', broken, '--siren', '123456782', '--out', join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}invalid_input at \[2\]: .*broken\.ndjson line 2: not valid JSON/);
    const notArray = join(dir, 'object.json');
    writeFileSync(notArray, '{"type":"invoice"}');
    expect((await cli(['post', notArray, '--siren', '123456782'])).stderr).toContain('expected a JSON array of documents');
    const rules = join(dir, 'bad-rules.json');
    writeFileSync(rules, JSON.stringify({ vatExigibility: 'sometimes', colour: 'red' }));
    const s = await cli(['post', files.gymJson, '--siren', '123456782', '--rules', rules, '--out', join(dir, 'y')]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('invalid_option at rules.vatExigibility');
    expect(s.stderr).toContain('partie-double schema rules');
  });

  it('reads JSON and NDJSON files that start with a byte-order mark, and reports a JSON array that does not parse (no line)', async () => {
    const docs = JSON.parse(readFileSync(files.gymJson, 'utf8')) as unknown[];
    const bomJson = join(dir, 'bom.json');
    writeFileSync(bomJson, `\ufeff${JSON.stringify(docs)}`);
    const bomNd = join(dir, 'bom.ndjson');
    writeFileSync(bomNd, `\ufeff${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
    const a = await cli(['post', bomJson, '--siren', '123456782', '--out', join(dir, 'bom-a'), '--json']);
    const b = await cli(['post', bomNd, '--siren', '123456782', '--out', join(dir, 'bom-b'), '--json']);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(JSON.parse(b.stdout).transactions).toBe(JSON.parse(a.stdout).transactions);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"type":"invoice"},');
    const r = await cli(['post', broken, '--siren', '123456782', '--out', join(dir, 'z')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}invalid_input: .*broken\.json: not valid JSON/m);
  });

  it('refuses a folder given as the documents file or the rules file, and a rules file that is not JSON', async () => {
    expect(await cli(['post', dir, '--siren', '123456782'])).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a file') });
    expect(await cli(['post', files.gymJson, '--siren', '123456782', '--rules', dir])).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a file') });
    const rules = join(dir, 'rules-not-json.json');
    writeFileSync(rules, 'vatExigibility: on-receipt');
    const r = await cli(['post', files.gymJson, '--siren', '123456782', '--rules', rules, '--out', join(dir, 'w')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rules-not-json.json: not valid JSON');
  });

  it('refuses usage errors with exit code 2', async () => {
    expect(await cli(['post', files.gymJson])).toMatchObject({ code: 2, stderr: expect.stringContaining('--siren') });
    expect(await cli(['post', '--siren', '123456782'])).toMatchObject({ code: 2, stderr: expect.stringContaining('takes one documents file') });
    expect(await cli(['post', join(dir, 'missing.json'), '--siren', '123456782'])).toMatchObject({ code: 2, stderr: expect.stringContaining('ENOENT') });
    expect(await cli(['post', files.gymJson, '--siren', '123456782', '--colour'])).toMatchObject({ code: 2, stderr: expect.stringContaining("'--colour'") });
    expect(await cli(['post', files.gymJson, '--siren', '123456782', '--fiscal-year-start', '13'])).toMatchObject({ code: 1, stderr: expect.stringContaining('invalid_option at fiscal-year-start') });
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command: frobnicate') });
  });

  it('writes the till closings export when there are Z closings, one folder per fiscal year, and a summary without skips', async () => {
    // Two Z closings of a shop whose fiscal year starts on 1 July: 12.00 and 6.00 incl. VAT 20 %, paid in cash.
    const zed = (id: string, day: string, price: string) => ({
      type: 'till-closing',
      id,
      till: 'CAISSE1',
      day,
      tickets: [{ id: `${id}-t1`, lines: [{ label: 'Article', account: '707100', quantity: '1', unitPrice: price, vatRate: '20' }], payments: [{ method: 'cash', amount: price }] }],
    });
    const docs = join(dir, 'shop.json');
    writeFileSync(docs, JSON.stringify([zed('z-1', '2024-06-28', '12.00'), zed('z-2', '2024-07-02', '6.00')]));
    const out = join(dir, 'out-shop');
    const r = await cli(['post', docs, '--siren', '123456782', '--out', out, '--fiscal-year-start', '07-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['2023-07-01_2024-06-30', '2024-07-01_2025-06-30']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('shop.json: 2 documents read, 2 transactions posted');
    expect(lines.filter((l) => l.startsWith('fiscal year '))).toEqual(['fiscal year 2023-07-01 → 2024-06-30: 1 transaction, 3 entries', 'fiscal year 2024-07-01 → 2025-06-30: 1 transaction, 3 entries']);
    expect(lines.filter((l) => l.startsWith('  VAT'))).toEqual(['  VAT          collected 2.00, deductible 0.00, due 2.00', '  VAT          collected 1.00, deductible 0.00, due 1.00']);
    expect(readFileSync(join(out, '2023-07-01_2024-06-30', 'clotures-caisse_2023-07-01_2024-06-30.csv'), 'utf8')).toContain('z-1');
    expect(readFileSync(join(out, '2024-07-01_2025-06-30', 'clotures-caisse_2024-07-01_2025-06-30.csv'), 'utf8')).toContain('z-2');
    expect(await cli(['post', docs, '--siren', '123456782', '--fiscal-year-start', 'July'])).toMatchObject({ code: 1, stderr: expect.stringContaining('invalid_option at fiscal-year-start') });
  });

  it('draws a progress bar on a terminal once work takes more than a second, and clears it', async () => {
    let t = 0;
    const r = await cli(['post', files.gymNdjson, '--siren', '123456782', '--out', join(dir, 'out-progress')], { tty: true, clock: () => (t += 2000) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\rreading \[#*\.*\] +\d+ %/);
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
    const quiet = await cli(['post', files.gymNdjson, '--siren', '123456782', '--out', join(dir, 'out-progress'), '--no-progress'], { tty: true, clock: () => (t += 400) });
    expect(quiet.stderr).toBe('');
  });
});

describe('validate-fec and balance', () => {
  let fec: string;
  beforeAll(async () => {
    const out = join(dir, 'out-fec');
    const r = await cli(['post', files.gymJson, '--siren', '123456782', '--out', out, '--json']);
    const summary = JSON.parse(r.stdout) as { fiscalYears: { folder: string; fec: { file: string } }[] };
    fec = join(summary.fiscalYears[0]!.folder, summary.fiscalYears[0]!.fec.file);
  });

  it('validate-fec: a valid file exits 0; a broken one lists its issues and exits 1', async () => {
    expect(await cli(['validate-fec', fec])).toEqual({ code: 0, stdout: '123456782FEC20241231.txt: valid (0 errors, 0 warnings, 0 infos)\n', stderr: '' });
    const lines = readFileSync(fec, 'utf8').split('\r\n');
    const broken = join(dir, '123456782FEC20241231.txt');
    writeFileSync(broken, [lines[0], lines[1]!.replace(/\|0,00\|(\d+,\d\d)\|/, '|$1|$1|'), ...lines.slice(2)].join('\r\n'));
    const r = await cli(['validate-fec', broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^123456782FEC20241231\.txt: INVALID \(\d+ errors?,/);
    expect(r.stdout).toMatch(/\n {2}line 2 error /);
    const json = JSON.parse((await cli(['validate-fec', broken, '--json'])).stdout) as { valid: boolean; issues: { line: number }[] };
    expect(json.valid).toBe(false);
    expect(json.issues.some((i) => i.line === 2)).toBe(true);
  });

  it('balance: prints the trial balance of a FEC, equal to the library one', async () => {
    const tb = trialBalance(parseFecBook(new Uint8Array(readFileSync(fec))));
    const r = await cli(['balance', fec]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^account +label +movements debit +movements credit +closing debit +closing credit$/);
    expect(rows).toHaveLength(tb.rows.length + 2);
    expect(rows.at(-1)).toMatch(new RegExp(`^total +${tb.totals.movements.debit.toFixed(2)} +${tb.totals.movements.credit.toFixed(2)} +${tb.totals.closing.debit.toFixed(2)} +${tb.totals.closing.credit.toFixed(2)}$`));
    const json = JSON.parse((await cli(['balance', fec, '--level', 'auxiliary', '--from', '2024-03-01', '--to', '2024-03-31', '--json'])).stdout) as { level: string; period: unknown; rows: { auxiliary?: unknown }[] };
    expect(json.level).toBe('auxiliary');
    expect(json.period).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    expect(json.rows.some((row) => row.auxiliary !== undefined)).toBe(true);
    expect(await cli(['balance', fec, '--level', 'detailed'])).toMatchObject({ code: 2 });
    expect(await cli(['balance', fec, '--from', '2024-02-30'])).toMatchObject({ code: 2, stderr: expect.stringContaining('YYYY-MM-DD') });
  });
});

describe('help, version and schema', () => {
  it('prints help for the program and every command', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: partie-double <command>');
    expect((await cli([])).code).toBe(2);
    for (const command of ['post', 'validate-fec', 'balance', 'schema']) {
      const r = await cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: partie-double ${command}`));
    }
  });

  it('prints the JSON Schema of the rules file, derived from the rules schema', async () => {
    const r = await cli(['schema', 'rules']);
    const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['accounts', 'vatCollected', 'journals', 'paymentMethods', 'vatExigibility', 'chart', '$schema']));
    expect(schema.additionalProperties).toBe(false);
    expect((await cli(['schema', 'documents'])).code).toBe(2);
  });
});
