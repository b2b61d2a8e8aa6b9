// The built command line (dist/cli.js), run in its own process on the examples' data: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeExampleDocuments } from './_data.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');
const version = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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

  it('exits 2 on usage errors: no documents file, a missing FEC', () => {
    expect(run('post').status).toBe(2);
    const dir = tempDir();
    expect(run('validate-fec', join(dir, 'none.txt'))).toMatchObject({ status: 2, stderr: expect.stringContaining('ENOENT') });
  });
});
