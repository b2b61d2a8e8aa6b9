// @ts-nocheck
// What a documentation module's `//=>` comments become (see _extract.ts): deep equality, each failure
// naming the `file:line` of the comment, the code, the value expected and the value got.
import { inspect, isDeepStrictEqual } from 'node:util';

export const failures: string[] = [];
/** Checks run, and snippets run, since the last reset. */
export const counts = { checks: 0, runs: 0 };

const show = (v: unknown): string => inspect(v, { depth: 6, breakLength: Infinity, maxArrayLength: 50 });

export function __check(actual: unknown, expected: unknown, code: string, where: string): void {
  counts.checks++;
  if (!isDeepStrictEqual(actual, expected)) failures.push(`${where}: ${code}\n  expected ${show(expected)}\n  got      ${show(actual)}`);
}

/** `expr // throws code at path`: `run` throws an AccountingError whose first issue has that code (and path). */
export function __throws(run: () => unknown, code: string, path: ReadonlyArray<string | number> | undefined, text: string, where: string): void {
  counts.checks++;
  try {
    run();
  } catch (e) {
    const issue = (e as { issues?: ReadonlyArray<{ code: string; path: ReadonlyArray<string | number> }> }).issues?.[0];
    if (issue?.code === code && (path === undefined || isDeepStrictEqual(issue.path, path))) return;
    failures.push(`${where}: ${text}\n  expected to throw ${code}${path ? ` at ${show(path)}` : ''}\n  threw    ${issue ? `${issue.code} at ${show(issue.path)}` : show(e)}`);
    return;
  }
  failures.push(`${where}: ${text}\n  expected to throw ${code}\n  returned instead`);
}

/** Runs one snippet (or one document's program); a throw is a failure that names it and the error. */
export async function __run(where: string, body: () => Promise<void>): Promise<void> {
  counts.runs++;
  try {
    await body();
  } catch (e) {
    const err = e as Error;
    const frame = /\.generated\/[^\s:)]+:(\d+)/.exec(err.stack ?? '');
    failures.push(`${where}: threw ${err.name}: ${err.message}${frame ? ` [generated line ${frame[1]}]` : ''}`);
  }
}
