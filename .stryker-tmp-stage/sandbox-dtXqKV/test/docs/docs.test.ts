// @ts-nocheck
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
const IMPORTS = { 'partie-double': '../../../../src/index.js', 'partie-double/testing': '../../../../src/testing/index.js', 'partie-double/columnar': '../../../../src/columnar/index.js' };

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
    if (!st.exportClause && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const target = join(dirname(file), st.moduleSpecifier.text.replace(/\.js$/, '.ts'));
      names.push(...exportsOf(target), ...(file.includes('/test/') ? ownDeclarations(target) : []));
    }
    else if (st.exportClause && ts.isNamedExports(st.exportClause)) for (const el of st.exportClause.elements) names.push(`${st.isTypeOnly || el.isTypeOnly ? 'type ' : ''}${el.name.text}`);
  }
  return names;
}

/** The names a file declares with `export` (functions, constants, types, interfaces), `type ` before the types. */
function ownDeclarations(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const st of sf.statements) {
    if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) names.push(`type ${st.name.text}`);
    else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name) names.push(st.name.text);
    else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
  }
  return names;
}

/** The names a file imports from the other files of src/ (an example sees them, as the file's code does). */
function importsOf(file: string): { from: string; names: string[] }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const out: { from: string; names: string[] }[] = [];
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.moduleSpecifier.text.startsWith('.')) continue;
    const bindings = st.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const names = bindings.elements.filter((el) => !el.propertyName).map((el) => `${st.importClause!.isTypeOnly || el.isTypeOnly ? 'type ' : ''}${el.name.text}`);
    out.push({ from: st.moduleSpecifier.text, names });
  }
  return out;
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

const packageNames = exportsOf(join(root, 'src/index.ts'));
/** The context of a file's examples: test/docs/_context.ts, or the gym's for the gym reports. */
const contextOf = (src: string): string => (/^src\/(synthesis|formats\/csv)\/gym\//.test(src) ? '_context-gym' : '_context');
const contextNames = new Map(['_context', '_context-gym'].map((c) => [c, [...exportsOf(join(root, 'test/docs', `${c}.ts`)), ...ownDeclarations(join(root, 'test/docs', `${c}.ts`))]]));
const tsdoc: Generated[] = sources('src')
  .map((src) => {
    const snippets = tsdocExamples(src, readFileSync(join(root, src), 'utf8'));
    const file = join(dir, 'src', `${src.replace(/^src\//, '').replace(/\//g, '__').replace(/\.ts$/, '')}.ts`);
    const context = contextOf(src);
    const module = toModule(snippets, {
      imports: IMPORTS,
      check: '../_check.js',
      scope: 'each',
      implicit: [
        { from: `../../../../${src.replace(/\.ts$/, '.js')}`, names: exportsOf(join(root, src)).concat(ownDeclarations(join(root, src))) },
        { from: `../../${context}.js`, names: contextNames.get(context)! },
        // the columnar subpath's examples see its exports (it is a separate entry, not in the package's names)
        ...(src.startsWith('src/columnar/') ? [{ from: IMPORTS['partie-double/columnar'], names: exportsOf(join(root, 'src/columnar/index.ts')) }] : []),
        { from: IMPORTS['partie-double'], names: packageNames },
        ...importsOf(join(root, src)).map((i) => ({ from: `../../../../${join(dirname(src), i.from)}`, names: i.names })),
      ],
      implicitImports: src.startsWith('src/testing/') ? ["import fc from 'fast-check';"] : [],
    });
    return { name: src, file, module, snippets };
  })
  .filter((g) => g.snippets.length > 0);

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

// (DOCS_FILTER may leave a group empty.)
describe.runIf(markdown.length > 0)('Markdown code blocks (README.md, docs/*.md)', () => {
  describe.each(markdown.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    it('type-checks under strict', () => expect(typeErrors.get(g.file)!.join('\n')).toBe(''));
    it('runs, and prints what its //=> comments say', async () => expect((await run(g)).join('\n')).toBe(''));
  });
});

/**
 * The files whose examples do not run yet (issue #13 §4): each still fails, and says so here; one that
 * passes must leave the list (the test below fails until it does). The list only shrinks.
 */
const PENDING = new Set<string>(
  readFileSync(join(root, 'test/docs/pending.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')),
);

describe('TSDoc @example blocks (src/)', () => {
  describe.each(tsdoc.filter((g) => !PENDING.has(g.name)).map((g) => [g.name, g] as const))('%s', (_name, g) => {
    it('type-checks under strict', () => expect(typeErrors.get(g.file)!.join('\n')).toBe(''));
    // (Examples without a `//=>` are type-checked only.)
    if (g.snippets.some((s) => s.checked)) it('runs, and prints what its //=> comments say', async () => expect((await run(g)).join('\n')).toBe(''));
  });
  if (PENDING.size > 0) it('lists in test/docs/pending.txt only files whose examples still fail', async () => {
    const passing: string[] = [];
    for (const g of tsdoc.filter((t) => PENDING.has(t.name))) if (typeErrors.get(g.file)!.length === 0 && (await run(g)).length === 0) passing.push(g.name);
    const missing = [...PENDING].filter((f) => !tsdoc.some((g) => g.name === f));
    expect({ passing, missing }).toEqual({ passing: [], missing: only ? missing : [] });
  });
});
