// @ts-nocheck
// Plain-text helpers of the CLI's output.
import { formatPath, type AccountingIssue } from '../errors/index.js';

/** `1 document`, `2 documents`, with thousands separated by commas. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** An amount as a fixed-point string with two decimals. */
export function money(value: { toFixed(n: number): string }): string {
  return value.toFixed(2);
}

/** Issues one per line (`code at path: message`), at most `max` of them and a count of the rest. */
export function formatIssues(issues: ReadonlyArray<AccountingIssue>, max: number): string {
  const shown = issues.slice(0, max).map((i) => `  ${i.code}${i.path.length > 0 ? ` at ${formatPath(i.path)}` : ''}: ${i.message}`);
  if (issues.length > max) shown.push(`  … and ${issues.length - max} more`);
  return shown.join('\n');
}
