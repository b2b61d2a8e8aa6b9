// @ts-nocheck
// post's parameter is typed with the documents' input type: an editor completes a document's fields
// (checked with TypeScript's language service, as an editor asks it), while documents read from JSON
// (plain objects) are still accepted.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function completionsAt(source: string, marker: string): string[] {
  const file = join(root, 'test/api/__completion.ts');
  const text = source.replace(marker, '');
  const position = source.indexOf(marker);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      if (name === file) return ts.ScriptSnapshot.fromString(text);
      const content = ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => ({ strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return (service.getCompletionsAtPosition(file, position, {})?.entries ?? []).map((e) => e.name);
}

describe('post typed for editors', () => {
  it("completes an invoice's fields inside post([...])", () => {
    const names = completionsAt(`import { post } from '../../src/index.js';\npost([{ type: 'invoice', /*|*/ }]);\n`, '/*|*/');
    expect(names).toEqual(expect.arrayContaining(['customer', 'lines', 'number', 'kind', 'status', 'pricesIncludeTax']));
  });

  it('still accepts documents read from JSON (plain objects)', () => {
    const program = ts.createProgram({
      rootNames: [join(root, 'test/api/__json.ts')],
      options: { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true },
      host: Object.assign(ts.createCompilerHost({}), {
        readFile: (name: string) => (name.endsWith('__json.ts') ? `import { post, safePost } from '../../src/index.js';\nconst docs = JSON.parse('[]') as Array<Record<string, unknown>>;\npost(docs);\nsafePost(docs);\n` : ts.sys.readFile(name)),
        fileExists: (name: string) => name.endsWith('__json.ts') || ts.sys.fileExists(name),
      }),
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName.endsWith('__json.ts'));
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});
