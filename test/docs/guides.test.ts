// The guides run as written: each guide's TypeScript blocks, in order, as one module, type-checked
// under `strict` and run, every `//=>` output compared.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { guideModule } from './_extract.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const GUIDES = ['docs/getting-started.md', 'docs/e-invoicing.md'];
const dir = join(root, 'test/docs/.generated');

describe.each(GUIDES)('%s', (guide) => {
  const name = guide.replace(/^docs\//, '').replace(/\.md$/, '');
  const file = join(dir, `${name}.ts`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, guideModule(readFileSync(join(root, guide), 'utf8'), '../../../src/index.js'));
  writeFileSync(join(dir, '_check.ts'), readFileSync(join(root, 'test/docs/_check.ts'), 'utf8'));

  it('type-checks under strict', () => {
    const program = ts.createProgram([file], { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: ['node'] });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file || d.file === undefined);
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('prints what its //=> comments say', async () => {
    const { failures } = (await import(/* @vite-ignore */ join(dir, '_check.ts'))) as { failures: string[] };
    failures.length = 0;
    await import(/* @vite-ignore */ file);
    expect(failures).toEqual([]);
  });
});
