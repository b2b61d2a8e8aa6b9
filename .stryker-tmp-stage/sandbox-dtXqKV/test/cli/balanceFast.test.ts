// @ts-nocheck
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, formats, parseFecBook, type IsoDate } from '../../src/index.js';
import { encodeText } from '../../src/formats/_lib/encoding.js';
import { balanceText } from '../../src/cli/commands/fecFile.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { formatIssues } from '../../src/cli/text.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { tempDir } from './_data.js';

async function cli(args: ReadonlyArray<string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTty: false, now: () => 0 };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** What `balance` printed before its balance scan: the output for the Book of parseFecBook, or its error. */
function plainOutput(bytes: Uint8Array, file: string, options: { json: boolean; level: 'general' | 'auxiliary'; from?: IsoDate; to?: IsoDate }): { code: number; stdout: string; stderr: string } {
  try {
    return { code: 0, stdout: balanceText(parseFecBook(bytes), { file, ...options }), stderr: '' };
  } catch (e) {
    if (!(e instanceof AccountingError)) throw e;
    return { code: 1, stdout: '', stderr: `${formatIssues(e.issues, 50)}\n` };
  }
}

/** A serialized book, some lines edited, some bytes changed: valid files and invalid ones. */
const fecBytes = fc
  .tuple(
    transactionsArbitrary({ minLength: 1, maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('zero', 'label', 'blank', 'opening', 'empty'), fc.nat({ max: 17 })), { maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'insert', 'delete'), fc.constantFrom(0x7c, 0x0a, 0x20, 0x2c, 0x30, 0x3a, 0x41, 0xe9)), { maxLength: 2 }),
    fc.constantFrom('utf-8' as const, 'iso-8859-15' as const),
  )
  .map(([txs, decorations, edits, encoding]) => {
    const lines = formats.fec.serialize(createBook(txs)).split('\r\n');
    for (const [at, kind, field] of decorations) {
      const target = 1 + (at % (lines.length - 1));
      const f = lines[target]!.split('|');
      if (kind === 'zero') lines.splice(target + 1, 0, [...f.slice(0, 11), '0,00', '0,00', '', '', f[15], '', ''].join('|'));
      else if (kind === 'label') lines[target] = [...f.slice(0, 5), `Autre ${at % 3}`, ...f.slice(6)].join('|');
      else if (kind === 'blank') lines[target] = [...f.slice(0, field), at % 2 === 0 ? ' ' : '', ...f.slice(field + 1)].join('|');
      else if (kind === 'empty') lines.splice(target, 0, '');
      else for (let i = 1; i < lines.length; i++) if (lines[i]!.split('|')[2] === f[2]) lines[i] = `AN|A nouveaux|${lines[i]!.split('|').slice(2).join('|')}`;
    }
    const bytes = [...encodeText(lines.join('\n'), encoding)];
    for (const [at, kind, byte] of edits) {
      const k = at % (bytes.length + 1);
      if (kind === 'insert') bytes.splice(k, 0, byte);
      else if (kind === 'delete') bytes.splice(k, 1);
      else bytes[Math.min(k, bytes.length - 1)] = byte;
    }
    return Uint8Array.from(bytes);
  });

describe('properties', () => {
  it('balance prints what it printed from the Book of parseFecBook (text and JSON, any level and period), or the same error', async () => {
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fecBytes, fc.boolean(), fc.constantFrom('general' as const, 'auxiliary' as const), fc.constantFrom(undefined, ['2024-01-01', '2024-06-30'] as const, ['2024-03-01', '2024-03-01'] as const), async (bytes, json, level, period) => {
        const file = join(dir, `fec-${run++}.txt`);
        writeFileSync(file, bytes);
        const args = ['balance', file, '--level', level, ...(json ? ['--json'] : []), ...(period ? ['--from', period[0], '--to', period[1]] : [])];
        const expected = plainOutput(bytes, file, { json, level, ...(period ? { from: period[0] as IsoDate, to: period[1] as IsoDate } : {}) });
        expect(await cli(args)).toEqual(expected);
      }),
      { numRuns: 120 },
    );
  });
});
