// @ts-nocheck
// The built command line (dist/cli.js), run in its own process on the examples' data: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeExampleDocuments } from './_data.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');
const version = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `run` with every worker thread the command starts counted (a preload wraps node:worker_threads' Worker). */
function runCountingWorkers(dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string; workers: number } {
  const preload = join(dir, 'count-workers.cjs');
  writeFileSync(
    preload,
    "const wt = require('node:worker_threads');\nif (wt.isMainThread) {\n  const W = wt.Worker;\n  wt.Worker = class extends W { constructor(...a) { super(...a); process.stderr.write('[worker started]\\n'); } };\n  require('node:module').syncBuiltinESMExports();\n}\n",
  );
  const r = spawnSync(process.execPath, ['--require', preload, CLI, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  const workers = r.stderr.split('[worker started]\n').length - 1;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replaceAll('[worker started]\n', ''), workers };
}

const FEC_HEADER = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';

/** A FEC of `entries` entries of 2 to 4 lines (auxiliary accounts, lettering, zero lines, empty lines), CRLF, a BOM. */
function fecFile(entries: number, broken = false): string {
  const lines = [FEC_HEADER];
  for (let k = 1; k <= entries; k++) {
    const j = k % 3 === 0 ? 'BQ' : 'VT';
    const num = `${j}${String(k).padStart(5, '0')}`;
    const size = 2 + (k % 3);
    const amount = 10 + (k % 7);
    const row = (account: string, debit: string, credit: string, aux = '', letter = ''): string =>
      [j, j === 'VT' ? 'Ventes' : 'Banque', num, `202401${String(1 + (k % 28)).padStart(2, '0')}`, account, `Compte ${account}`, aux, aux ? `Client ${aux}` : '', `P${k}`, '20240115', `Libellé ${k}`, debit, credit, letter, letter ? '20240131' : '', '20240131', '', ''].join('|');
    for (let i = 1; i < size; i++) lines.push(row(i % 2 === 0 ? '445710' : `70${k % 4}000`, '0,00', `${amount},00`));
    lines.push(row(broken && k === entries - 1 ? 'X411' : '411000', `${amount * (size - 1)},00`, '0,00', `C${k % 9}`, k % 4 === 0 ? 'AA' : ''));
    if (k % 10 === 0) lines.push(row('411000', '0,00', '0,00', `C${k % 9}`));
    if (k % 17 === 0) lines.push('');
  }
  return `\ufeff${lines.join('\r\n')}`;
}

describe('the built partie-double command', () => {
  it('is built, with its shebang, and names its version', () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(run('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
    expect(run('--help').stdout).toContain('Usage: partie-double <command>');
  });

  it('posts the examples (gym JSON, campsite NDJSON with rules), then validates and balances the FECs it wrote', () => {
    const dir = tempDir();
    const files = writeExampleDocuments(dir);
    for (const [documents, extra] of [[files.gymJson, []], [files.campsiteNdjson, ['--rules', files.campsiteRules]]] as const) {
      const out = join(dir, `out-${documents.endsWith('.json') ? 'gym' : 'campsite'}`);
      const posted = run('post', documents, '--siren', '123456782', '--out', out, '--json', ...extra);
      expect(posted.stderr).toBe('');
      expect(posted.status).toBe(0);
      const summary = JSON.parse(posted.stdout) as { fiscalYears: { folder: string; fec: { file: string; valid: boolean }; movements: { debit: string } }[] };
      const [year] = summary.fiscalYears;
      expect(year!.fec.valid).toBe(true);
      expect(readdirSync(year!.folder).length).toBeGreaterThanOrEqual(18);
      const fec = join(year!.folder, year!.fec.file);
      expect(run('validate-fec', fec)).toMatchObject({ status: 0, stdout: expect.stringContaining(': valid (0 errors') });
      const balance = run('balance', fec, '--json');
      expect(balance.status).toBe(0);
      expect((JSON.parse(balance.stdout) as { totals: { movements: { debit: string } } }).totals.movements.debit).toBe(year!.movements.debit);
    }
  });

  it('balance reads a FEC in worker threads (--threads) into the same output, and the same error for a bad file', () => {
    expect(existsSync(join(import.meta.dirname, '../../dist/fecWorker.js'))).toBe(true);
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, fecFile(400));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, fecFile(400, true));
    for (const args of [['--json'], ['--level', 'auxiliary'], ['--from', '2024-01-10', '--to', '2024-01-20', '--json']]) {
      const alone = runCountingWorkers(dir, 'balance', good, '--threads', '1', ...args);
      expect(alone).toMatchObject({ status: 0, stderr: '', workers: 0 });
      expect(alone.stdout.length).toBeGreaterThan(200);
      const threaded = runCountingWorkers(dir, 'balance', good, '--threads', '3', ...args);
      expect(threaded).toEqual({ ...alone, workers: 2 });
    }
    // a valid file the balance scan hands to the full parse (an entry number with a colon): read by the workers again
    const colon = join(dir, 'colon.txt');
    writeFileSync(colon, fecFile(400).replaceAll('|VT00007|', '|VT:7|'));
    const colonAlone = runCountingWorkers(dir, 'balance', colon, '--threads', '1');
    expect(colonAlone).toMatchObject({ status: 0, stderr: '' });
    expect(runCountingWorkers(dir, 'balance', colon, '--threads', '3')).toEqual({ ...colonAlone, workers: 2 });
    const alone = runCountingWorkers(dir, 'balance', bad, '--threads', '1');
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('X411');
    expect(runCountingWorkers(dir, 'balance', bad, '--threads', '3')).toEqual({ ...alone, workers: 2 });
    // a small file is read in this thread by default
    expect(runCountingWorkers(dir, 'balance', good).workers).toBe(0);
    expect(run('balance', good, '--threads', '0')).toMatchObject({ status: 2, stderr: expect.stringContaining('--threads 0') });
  });

  it('exits 2 on usage errors: no documents file, a missing FEC', () => {
    expect(run('post').status).toBe(2);
    const dir = tempDir();
    expect(run('validate-fec', join(dir, 'none.txt'))).toMatchObject({ status: 2, stderr: expect.stringContaining('ENOENT') });
  });
});
