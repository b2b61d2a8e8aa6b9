import type { z } from 'zod';
import type { AccountingIssue } from './AccountingError.js';
import { issue } from './issue.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns zod issues into accounting issues (internal helper). A custom issue may
 * carry `params.code` (an {@link IssueCode}); unknown keys become
 * `unknown_field`, except `__proto__`, `constructor` and `prototype`, which are
 * `forbidden_key`.
 */
export function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: ReadonlyArray<string | number> = []): AccountingIssue[] {
  const out: AccountingIssue[] = [];
  for (const zi of issues) {
    const path = [...prefix, ...zi.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    switch (zi.code) {
      case 'unrecognized_keys':
        for (const key of zi.keys) {
          if (FORBIDDEN.has(key)) out.push(issue('forbidden_key', [...path, key], `The key "${key}" is never accepted in input: remove it.`));
          else out.push(issue('unknown_field', [...path, key], `Unknown field "${key}": remove it or check its spelling.`));
        }
        break;
      case 'custom': {
        const params = (zi as { params?: { code?: string } }).params;
        out.push(issue((params?.code ?? 'invalid_input') as AccountingIssue['code'], path, zi.message));
        break;
      }
      case 'invalid_union': {
        const nested = (zi as { errors?: z.core.$ZodIssue[][] }).errors;
        // A discriminated union with a known discriminator reports its branch's issues.
        if (nested && nested.length === 1 && nested[0]) out.push(...fromZodIssues(nested[0], path));
        else out.push(issue('invalid_input', path, zi.message));
        break;
      }
      default:
        out.push(issue('invalid_input', path, describe(zi, path)));
    }
  }
  return out;
}

function describe(zi: z.core.$ZodIssue, path: ReadonlyArray<string | number>): string {
  if (zi.code === 'invalid_type') {
    const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the input';
    return `${field} must be ${zi.expected}: ${zi.message}`;
  }
  return zi.message;
}
