// Turns a guide's TypeScript blocks into one module whose `//=>` comments are checks.
// A guide's blocks run in order, in one module (as the guide says). A line `expr; //=> value` (or a
// declaration `const x = expr; //=> value`) becomes a check that the expression (or x) deep-equals the
// JavaScript literal `value`; `//=>` alone on a line checks the line before; lines written `//` and two
// spaces continue the value.

/** The fenced ```ts blocks of a Markdown text, in order. */
export function tsBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const re = /^```ts\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) blocks.push(m[1]!);
  return blocks;
}

/** The module source: imports of the package rewritten to `importPath`, checks through `__check`. */
export function guideModule(markdown: string, importPath: string): string {
  const lines = tsBlocks(markdown).join('\n').replace(/from 'partie-double'/g, `from '${importPath}'`).split('\n');
  const out: string[] = [`import { __check } from './_check.js';`];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf('//=>');
    if (at < 0) {
      out.push(line);
      continue;
    }
    let expected = line.slice(at + 4).trim();
    // A value continues on the next lines written `//` and at least two spaces.
    while (i + 1 < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[i + 1]!)) expected += ` ${lines[++i]!.replace(/^\s*\/\//, '').trim()}`;
    // `//=>` alone on its line checks the expression of the line before.
    const code = (line.slice(0, at).trim() || out.pop()!.trim()).replace(/;$/, '');
    const decl = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(code);
    if (decl) out.push(`${code};`, `__check(${decl[1]}, ${expected}, ${JSON.stringify(code)});`);
    else out.push(`__check(${code}, ${expected}, ${JSON.stringify(code)});`);
  }
  return out.join('\n');
}
