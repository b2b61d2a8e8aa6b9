// @ts-nocheck
// The public API contract: every export documented with an @example, the stable names present,
// no `node:` import in src/ outside src/cli/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('public API', () => {
  it('keeps the stable names of the contract', () => {
    const stable = ['createTransaction', 'safeCreateTransaction', 'reverseTransaction', 'createBook', 'trialBalance', 'mergeTrialBalances', 'allocate', 'validateFec', 'formats', 'AccountingError'];
    for (const name of stable) expect(api, name).toHaveProperty(name);
  });

  it('documents every export with TSDoc and an @example', () => {
    const program = ts.createProgram([join(root, 'src/index.ts'), join(root, 'src/testing/index.ts')], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    for (const entry of ['src/index.ts', 'src/testing/index.ts']) {
      const source = program.getSourceFile(join(root, entry))!;
      const moduleSymbol = checker.getSymbolAtLocation(source)!;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declarations = symbol.getDeclarations() ?? [];
        const documented = declarations.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example') || (ts.isVariableDeclaration(d) && ts.getJSDocTags(d.parent.parent).some((t) => t.tagName.text === 'example')));
        if (!documented) missing.push(`${entry}: ${exported.getName()}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('imports nothing from node: in src/ outside src/cli/', () => {
    const offenders = files(join(root, 'src'))
      .filter((f) => !f.includes(`${join('src', 'cli')}`))
      .filter((f) => /from\s+['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('uses no global Decimal configuration and no Buffer in src/', () => {
    const offenders = files(join(root, 'src')).filter((f) => /Decimal\.set\(|\bBuffer\./.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
