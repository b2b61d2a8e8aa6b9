// @ts-nocheck
// Turns the code of the documentation into modules whose `//=>` comments are checks.
//
// Where the code comes from:
// - Markdown (README.md, docs/*.md): the fenced blocks whose info string starts with `ts`, `typescript`,
//   `js` or `javascript`. A document's blocks form ONE program, in order, as if pasted one after the
//   other into one file: a later block uses the names of an earlier one. Their imports are gathered at
//   the top (one import per name, whichever block wrote it).
// - TSDoc (src/**/*.ts): each `@example` block stands alone (its own function scope) and sees every
//   export of 'partie-double' without importing it; the imports it writes are gathered at the top too.
//
// Checks: a line `expr; //=> value` (or a declaration `const x = expr; //=> value`) becomes a check that
// the expression (or x) deep-equals the JavaScript literal `value`; `//=>` alone on a line checks the line
// before; lines written `//` and two spaces continue the value. Imports of 'partie-double' and
// 'partie-double/testing' are rewritten to src. Every generated line keeps its source's line number, so a
// type error or a failed check names `file:line`.
import ts from 'typescript';
import { ISSUE_CODES as CODES } from '../../src/index.js';

const ISSUE_CODES = new Set<string>(Object.keys(CODES));

/** Code lines taken from one place: `where` is `file:line` of its first line. */
export interface Snippet {
  readonly file: string;
  /** 1-based line, in `file`, of the snippet's first code line. */
  readonly line: number;
  readonly lines: ReadonlyArray<string>;
  /** Whether the snippet holds a `//=>` check. */
  readonly checked: boolean;
}

const CODE_INFO = /^(?:ts|typescript|js|javascript)(?:\s|$)/;

/** The fenced TypeScript / JavaScript blocks of a Markdown text, in order. */
export function markdownBlocks(file: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    let j = i + 1;
    while (j < lines.length && !(lines[j]!.startsWith(fence) && lines[j]!.slice(fence.length).trim() === '')) j++;
    if (CODE_INFO.test(open[2]!.trim())) {
      const body = lines.slice(i + 1, j);
      out.push({ file, line: i + 2, lines: body, checked: body.some((l) => l.includes('//=>')) });
    }
    i = j;
  }
  return out;
}

/** The ```ts blocks of the `@example` tags of a TypeScript source's doc comments, in order. */
export function tsdocExamples(file: string, source: string): Snippet[] {
  const lines = source.split('\n');
  const out: Snippet[] = [];
  let inComment = false;
  let inExample = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inComment) {
      if (/^\s*\/\*\*/.test(line)) inComment = !line.includes('*/');
      continue;
    }
    if (line.includes('*/')) {
      inComment = inExample = false;
      continue;
    }
    const text = line.replace(/^\s*\* ?/, '');
    if (/^@example\b/.test(text)) inExample = true;
    else if (/^@\w/.test(text)) inExample = false;
    else if (inExample && /^```(?:ts|typescript)\s*$/.test(text)) {
      let j = i + 1;
      const body: string[] = [];
      while (j < lines.length && !/^\s*\* ?```\s*$/.test(lines[j]!) && !lines[j]!.includes('*/')) body.push(lines[j++]!.replace(/^\s*\*(?: |$)/, ''));
      out.push({ file, line: i + 2, lines: body, checked: body.some((l) => l.includes('//=>')) });
      i = j;
    }
  }
  return out;
}

/** A generated module: its source and, per generated line (0-based), the `file:line` it comes from. */
export interface Module {
  readonly source: string;
  readonly origin: ReadonlyArray<string | undefined>;
}

export interface ModuleOptions {
  /** Where 'partie-double' and 'partie-double/testing' resolve, relative to the module. */
  readonly imports: Readonly<Record<string, string>>;
  /** Where `_check.ts` is, relative to the module. */
  readonly check: string;
  /** `program`: the snippets are one program (a Markdown document); `each`: each stands alone (TSDoc). */
  readonly scope: 'program' | 'each';
  /**
   * Names every snippet sees without importing them (TSDoc: its own file's exports, the examples' context, the
   * package's exports), `type ` before type-only ones; a name is taken from the first module that has it.
   */
  readonly implicit?: ReadonlyArray<{ readonly from: string; readonly names: ReadonlyArray<string> }>;
  /** Default or namespace imports every snippet sees (`import fc from 'fast-check'`). */
  readonly implicitImports?: ReadonlyArray<string>;
}

interface Imports {
  named: Map<string, Map<string, string>>; // module → local name → specifier text
  other: string[]; // default and namespace imports, whole
}

/** Takes the import declarations out of `code` (blanking their lines) into `into`. */
function hoistImports(lines: string[], into: Imports, rewrite: Readonly<Record<string, string>>): void {
  const text = lines.join('\n');
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = rewrite[st.moduleSpecifier.text] ?? st.moduleSpecifier.text;
    const clause = st.importClause;
    const bindings = clause?.namedBindings;
    if (clause && !clause.name && bindings && ts.isNamedImports(bindings)) {
      const names = into.named.get(spec) ?? new Map<string, string>();
      for (const el of bindings.elements) {
        const typeOnly = clause.isTypeOnly || el.isTypeOnly;
        const imported = el.propertyName ? `${el.propertyName.text} as ${el.name.text}` : el.name.text;
        const prev = names.get(el.name.text);
        // A name imported once as a value and once as a type is a value import.
        if (!prev || prev.startsWith('type ')) names.set(el.name.text, `${typeOnly ? 'type ' : ''}${imported}`);
      }
      into.named.set(spec, names);
    } else {
      const whole = text.slice(st.getStart(sf), st.end).replace(/(from\s+)(['"])([^'"]+)\2/, (_m, f: string, q: string, m: string) => `${f}${q}${rewrite[m] ?? m}${q}`);
      if (!into.other.includes(whole)) into.other.push(whole);
    }
    const from = sf.getLineAndCharacterOfPosition(st.getStart(sf)).line;
    const to = sf.getLineAndCharacterOfPosition(st.end).line;
    for (let l = from; l <= to; l++) lines[l] = '';
  }
}

const parses = (code: string): ts.SourceFile | undefined => {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0 ? sf : undefined;
};

/** Whether `text` parses as one JavaScript expression. */
function isExpression(text: string): boolean {
  return parses(`(${text}\n);`)?.statements.length === 1;
}

/** Whether `text` is one whole statement: an expression or a `const` / `let` declaration. */
function isStatement(text: string): boolean {
  const sf = parses(text);
  return sf?.statements.length === 1 && (ts.isExpressionStatement(sf.statements[0]!) || ts.isVariableStatement(sf.statements[0]!));
}

/** The value of a `//=>` comment: the whole text, or the literal before a note in parentheses (`//=> '6541' (in 2023)`). */
function expectedValue(text: string): string {
  if (text.endsWith(')')) {
    for (let i = text.indexOf(' ('); i > 0; i = text.indexOf(' (', i + 1)) if (isExpression(text.slice(0, i))) return text.slice(0, i);
  }
  return text;
}

/** The checks of one snippet's lines: same number of lines, `//=>` comments turned into `__check` calls. */
function withChecks(snippet: Snippet, lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf('//=>');
    const where = `${snippet.file}:${snippet.line + i}`;
    // `expr // throws code` (optionally `at ['path']`): the expression throws an AccountingError with that code.
    const throws = /^(.*\S)\s*\/\/ throws ([a-z_]+)(?: at (\[.*?\]))?/.exec(line);
    if (at < 0 && throws && ISSUE_CODES.has(throws[2]!) && isExpression(throws[1]!.trim().replace(/;$/, ''))) {
      const code = throws[1]!.trim().replace(/;$/, '');
      out.push(`__throws(() => (${code}), ${JSON.stringify(throws[2])}, ${throws[3] ?? 'undefined'}, ${JSON.stringify(code)}, ${JSON.stringify(where)});`);
      continue;
    }
    if (at < 0) {
      out.push(line);
      continue;
    }
    let expected = line.slice(at + 4).trim();
    let extra = 0;
    // A value continues on the next lines written `//` and at least two spaces.
    while (i + 1 < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[i + 1]!)) {
      expected += ` ${lines[++i]!.replace(/^\s*\/\//, '').trim()}`;
      extra++;
    }
    // `//=>` alone on its line checks the expression of the line before; either may end an expression
    // that starts lines above (the lines it spans are blanked: the check takes the last one's place).
    const own = line.slice(0, at).trim();
    let tail = own;
    if (!own) {
      const before = out.length - 1;
      tail = out[before]!.trim().replace(/;\s*\/\/.*$/, ';'); // (a comment after the `;` is not the expression's)
      out[before] = '';
    }
    let code = tail;
    for (let j = out.length - (own ? 1 : 2), text = tail; !isStatement(code.replace(/;$/, '')) && j >= 0 && j > out.length - 15; j--) {
      text = `${out[j]!}\n${text}`;
      if (isStatement(text.trim().replace(/;$/, ''))) {
        code = text.trim();
        for (let k = j; k < out.length; k++) out[k] = '';
      }
    }
    // One line, so that every generated line keeps its source line (comments ending a line dropped).
    code = code.split('\n').map((l) => l.replace(/\s\/\/\s.*$/, '').trim()).join(' ').replace(/;$/, '');
    if (!own) out.pop();
    const decl = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(code);
    const check = `__check(${decl ? decl[1] : `(${code})`}, (${expectedValue(expected)}), ${JSON.stringify(code)}, ${JSON.stringify(where)});`;
    const stmt = decl ? `${code}; ${check}` : check;
    if (own) out.push(stmt);
    else out.push(stmt, '');
    for (let k = 0; k < extra; k++) out.push('');
  }
  return out;
}

/** One module running `snippets` (one program, or each alone), every `//=>` checked. */
export function toModule(snippets: ReadonlyArray<Snippet>, options: ModuleOptions): Module {
  const imports: Imports = { named: new Map(), other: [] };
  const bodies = snippets.map((s) => {
    const lines = [...s.lines];
    hoistImports(lines, imports, options.imports);
    return withChecks(s, lines);
  });
  const taken = new Set([...imports.named.values()].flatMap((m) => [...m.keys()]));
  for (const other of options.implicitImports ?? []) {
    const local = /^import\s+(?:\*\s+as\s+)?([\w$]+)/.exec(other)?.[1];
    if (local && !taken.has(local) && !imports.other.some((o) => o.startsWith(other.slice(0, other.indexOf(' from'))))) {
      imports.other.push(other);
      taken.add(local);
    }
  }
  for (const group of options.implicit ?? []) {
    const names = imports.named.get(group.from) ?? new Map<string, string>();
    for (const n of group.names) {
      const local = n.replace(/^type /, '');
      if (taken.has(local)) continue;
      names.set(local, n);
      taken.add(local);
    }
    imports.named.set(group.from, names);
  }
  const source: string[] = [`import { __check, __run, __throws } from '${options.check}';`];
  for (const [spec, names] of imports.named) source.push(`import { ${[...names.values()].join(', ')} } from '${spec}';`);
  source.push(...imports.other);
  const origin: (string | undefined)[] = source.map(() => undefined);
  const emit = (s: Snippet, body: string[]): void => {
    body.forEach((l, i) => {
      source.push(l);
      origin.push(`${s.file}:${s.line + i}`);
    });
  };
  if (options.scope === 'program') {
    source.push(`await __run(${JSON.stringify(snippets[0]?.file ?? '')}, async () => {`);
    origin.push(undefined);
    snippets.forEach((s, i) => emit(s, bodies[i]!));
    source.push('});');
    origin.push(undefined);
  } else {
    snippets.forEach((s, i) => {
      source.push(`await __run(${JSON.stringify(`${s.file}:${s.line}`)}, async () => {`);
      origin.push(undefined);
      emit(s, bodies[i]!);
      source.push('});');
      origin.push(undefined);
    });
  }
  return { source: source.join('\n'), origin };
}
