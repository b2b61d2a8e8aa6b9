// @ts-nocheck
import type * as z from 'zod/mini';
import type { AccountingIssue } from './AccountingError.js';
import { issue } from './issue.js';
import { quote } from './quote.js';
import { describeField, hintAt } from './_lib/describeField.js';

/** The schema the issues come from and the input it read: lets a missing field's message say what the field holds. */
export interface ZodIssueSource {
  readonly schema: z.core.$ZodType;
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
        else out.push(issue('invalid_input', path, describe(zi, path, source)));
        break;
      }
      default:
        out.push(issue('invalid_input', path, describe(zi, path, source)));
    }
  }
  return out;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'nothing',
};

/** The value of `input` at `path` (undefined when the path leads through a non-object). */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** `n thing` / `n things`. */
function count(n: unknown, unit: string): string {
  return `${String(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * The message of a zod issue, in our words: it never reads zod's own message
 * text (zod/mini has no English locale), only the issue's code and fields.
 */
function describe(zi: z.core.$ZodIssue, path: ReadonlyArray<string | number>, source: ZodIssueSource | undefined): string {
  const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the input';
  const raw = zi as { readonly input?: unknown; readonly expected?: string; readonly message: string };
  const described = source && describeField(source.schema, source.input, zi.path);
  // 'a value' says less than the type zod expected (`an object`).
  const holds = described === 'a value' && raw.expected !== undefined ? undefined : described;
  const known = source !== undefined || 'input' in raw;
  const value = source ? valueAt(source.input, zi.path) : raw.input;
  // Without the input (nor `reportInput`), a classic zod message still tells a missing field: it received `undefined`.
  const missing = path.length > 0 && (known ? value === undefined : zi.code === 'invalid_type' && /received undefined$/.test(raw.message));
  const received = known ? `: received ${quote(value)}` : '';
  const expected = raw.expected !== undefined ? (EXPECTED[raw.expected] ?? raw.expected) : undefined;
  // A field whose schema carries its words (a hint) is told with them, whatever bound or pattern it missed.
  const hint = source && !missing && zi.code !== 'invalid_key' ? hintAt(source.schema, source.input, zi.path) : undefined;
  if (hint !== undefined) return `${field} must be ${hint}${received}.`;
  switch (zi.code) {
    case 'invalid_type':
      if (missing) return `Missing field ${field}: it is required${holds ? ` and holds ${holds}` : ` (${raw.expected})`}.`;
      return `${field} must be ${holds ?? expected}${received}.`;
    case 'invalid_value': {
      const values = zi.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
      const words = holds ?? (values.length === 1 ? values[0]! : `one of ${values.join(', ')}`);
      if (missing) return `Missing field ${field}: it is required and holds ${words}.`;
      return `${field} must be ${words}${received}.`;
    }
    case 'too_small':
    case 'too_big': {
      const small = zi.code === 'too_small';
      const bound = small ? (zi as z.core.$ZodIssueTooSmall).minimum : (zi as z.core.$ZodIssueTooBig).maximum;
      const exact = zi.exact === true;
      const inclusive = zi.inclusive !== false;
      const than = exact ? 'exactly' : small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';
      if (zi.origin === 'string') return `${field} must have ${than} ${count(bound, 'character')}${received}.`;
      if (zi.origin === 'array' || zi.origin === 'set') return `${field} must have ${than} ${count(bound, 'item')}.`;
      const cmp = exact ? 'exactly' : small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
      return `${field} must be ${cmp} ${String(bound)}${received}.`;
    }
    case 'invalid_format':
      return zi.format === 'regex' ? `${field} does not have the expected form (${String(zi.pattern)})${received}.` : `${field} must be a valid ${zi.format}${received}.`;
    case 'not_multiple_of':
      return `${field} must be a multiple of ${String(zi.divisor)}${received}.`;
    case 'invalid_key': {
      const words = source && hintAt(source.schema, source.input, zi.path, true);
      return `Invalid key ${field}${words ? `: a key here is ${words}` : ''}.`;
    }
    case 'invalid_element':
      return `${field} has an invalid value.`;
    default:
      if (missing) return `Missing field ${field}: it is required${holds ? ` and holds ${holds}` : ''}.`;
      return `${field} must be ${holds ?? 'one of the accepted forms'}${received}.`;
  }
}
