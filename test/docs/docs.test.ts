// The documentation runs as written. Every TypeScript block of README.md and docs/*.md (one program per
// document, blocks in order) and every TSDoc `@example` of src/ (each alone, seeing the package's exports)
// is type-checked under `strict` — one TypeScript program for all of them — and run, every `//=>`
// compared. A failure names `file:line`, the code, the value expected and the value got.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, toModule, tsdocExamples, type Module, type Snippet } from './_extract.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'test/docs/.generated');
const IMPORTS = { 'partie-double': '../../../../src/index.js', 'partie-double/testing': '../../../../src/testing/index.js' };

// DOCS_FILTER=regexp (a file name: `docs/posting`, `src/ledger/`) runs only the documentation it matches, while writing it.
const only = process.env['DOCS_FILTER'] ? new RegExp(process.env['DOCS_FILTER']) : undefined;
const DOCUMENTS = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)].filter((f) => !only || only.test(f));

function sources(under: string): string[] {
  return readdirSync(join(root, under), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => !only || only.test(f))
    .sort();
}

/** The exports of a module of src/ (`export { … }` lists, followed through `export * from`), `type ` before the type-only ones. */
function exportsOf(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st)) continue;
    if (!st.exportClause && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) names.push(...exportsOf(join(dirname(file), st.moduleSpecifier.text.replace(/\.js$/, '.ts'))));
    else if (st.exportClause && ts.isNamedExports(st.exportClause)) for (const el of st.exportClause.elements) names.push(`${st.isTypeOnly || el.isTypeOnly ? 'type ' : ''}${el.name.text}`);
  }
  return names;
}

interface Generated {
  readonly name: string;
  readonly file: string;
  readonly module: Module;
  readonly snippets: ReadonlyArray<Snippet>;
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'md'), { recursive: true });
mkdirSync(join(dir, 'src'), { recursive: true });
writeFileSync(join(dir, '_check.ts'), readFileSync(join(root, 'test/docs/_check.ts'), 'utf8'));

const markdown: Generated[] = DOCUMENTS.map((doc) => {
  const snippets = markdownBlocks(doc, readFileSync(join(root, doc), 'utf8'));
  const file = join(dir, 'md', `${doc.replace(/^docs\//, '').replace(/\.md$/, '')}.ts`);
  const module = toModule(snippets, { imports: IMPORTS, check: '../_check.js', scope: 'program' });
  return { name: doc, file, module, snippets };
}).filter((g) => g.snippets.length > 0);

const tsdoc: Generated[] = [];

for (const g of [...markdown, ...tsdoc]) writeFileSync(g.file, g.module.source);

/** Type errors of every generated module, as `file:line: message`, from one program. */
const typeErrors: Map<string, string[]> = (() => {
  const all = [...markdown, ...tsdoc];
  const program = ts.createProgram(
    all.map((g) => g.file),
    { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], noEmit: true, skipLibCheck: true, types: ['node'], allowUnusedLabels: false },
  );
  const errors = new Map<string, string[]>();
  for (const g of all) {
    const sf = program.getSourceFile(g.file)!;
    const list = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const line = d.start === undefined ? undefined : sf.getLineAndCharacterOfPosition(d.start).line;
      const where = (line !== undefined && g.module.origin[line]) || `${g.name} (generated line ${line === undefined ? '?' : line + 1})`;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    errors.set(g.file, list);
  }
  return errors;
})();

async function run(g: Generated): Promise<string[]> {
  const check = (await import(/* @vite-ignore */ join(dir, '_check.ts'))) as typeof import('./_check.js');
  check.failures.length = 0;
  await import(/* @vite-ignore */ g.file);
  // A throw's generated line, mapped back to the documentation's.
  return check.failures.map((f) => f.replace(/ \[generated line (\d+)\]/, (_m, l: string) => ` (at ${g.module.origin[Number(l) - 1] ?? `generated line ${l}`})`));
}

describe('Markdown code blocks (README.md, docs/*.md)', () => {
  describe.each(markdown.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    it('type-checks under strict', () => expect(typeErrors.get(g.file)!.join('\n')).toBe(''));
    it('runs, and prints what its //=> comments say', async () => expect((await run(g)).join('\n')).toBe(''));
  });
});
