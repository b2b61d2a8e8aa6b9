import type { z } from 'zod';
import type { AccountingIssue } from './AccountingError.js';
import { issue } from './issue.js';
import { describeField, missingAt } from './_lib/describeField.js';

/** The schema the issues come from and the input it read: lets a missing field's message say what the field holds. */
export interface ZodIssueSource {
  readonly schema: z.ZodType;
  readonly input: unknown;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns zod issues into accounting issues (internal helper). A custom issue may
 * carry `params.code` (an {@link IssueCode}); unknown keys become
 * `unknown_field`, except `__proto__`, `constructor` and `prototype`, which are
 * `forbidden_key`.
 */
export function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: ReadonlyArray<string | number> = [], source?: ZodIssueSource): AccountingIssue[] {
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
        if (nested && nested.length === 1 && nested[0]) out.push(...fromZodIssues(nested[0], path, zi.path.length === 0 ? source : undefined));
        else out.push(issue('invalid_input', path, zi.message));
        break;
      }
      default:
        out.push(issue('invalid_input', path, describe(zi, path, source)));
    }
  }
  return out;
}

function describe(zi: z.core.$ZodIssue, path: ReadonlyArray<string | number>, source: ZodIssueSource | undefined): string {
  const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the input';
  const holds = source && describeField(source.schema, source.input, zi.path);
  // Without the input, zod's message tells a missing field: it received `undefined`.
  const missing = path.length > 0 && (source ? missingAt(source.input, zi.path) : zi.code === 'invalid_type' && /received undefined$/.test(zi.message));
  if (missing && (zi.code === 'invalid_type' || zi.code === 'invalid_value')) {
    return `Missing field ${field}: it is required${holds ? ` and holds ${holds}` : zi.code === 'invalid_type' ? ` (${zi.expected})` : ''}.`;
  }
  if (zi.code === 'invalid_type') return `${field} must be ${holds ?? zi.expected}: ${zi.message}`;
  return zi.message;
}
