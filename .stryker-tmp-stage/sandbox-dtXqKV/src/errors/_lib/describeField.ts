// @ts-nocheck
// What a field of a zod schema holds, in words, for the message of a missing field (internal).
// It reads zod's schema definitions (`_zod.def`), the one description of each input shape.
import type * as z from 'zod/mini';

/** Words for schemas whose zod type alone says too little (a date is a string…); set by schemas/. */
export const FIELD_HINTS = new WeakMap<object, string>();

interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly out?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly options?: ReadonlyArray<Schema>;
  readonly discriminator?: string;
  readonly keyType?: Schema;
  readonly format?: string;
  readonly valueType?: Schema;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: ReadonlyArray<unknown>;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under its wrappers; for a discriminated union, the option `value` selects (if any). */
function unwrap(schema: Schema, value: unknown): Schema | undefined {
  let s: Schema | undefined = schema;
  for (let guard = 0; s && guard < 20; guard++) {
    if (FIELD_HINTS.has(s)) return s;
    const d: Def = s._zod.def;
    if (WRAPPERS.has(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = d.in?._zod.def.type === 'transform' ? d.out : d.in;
    else if (d.type === 'union' && d.discriminator !== undefined) {
      const key = d.discriminator;
      const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
      s = d.options?.find((o) => unwrap(o, undefined)?._zod.def.shape?.[key]?._zod.def.values?.includes(tag));
    } else return s;
  }
  return s;
}

/** The schema of the field at `path` of `schema` (read along `input`), if the path leads to one. */
function fieldAt(schema: Schema, input: unknown, path: ReadonlyArray<PropertyKey>): Schema | undefined {
  let s: Schema | undefined = schema;
  let v = input;
  for (const key of path) {
    const d: Def | undefined = s && unwrap(s, v)?._zod.def;
    if (!d) return undefined;
    if (d.type === 'object' && typeof key === 'string') s = d.shape?.[key];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else return undefined;
    v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return s;
}

/** Whether an object may leave the field out. */
function optional(schema: Schema): boolean {
  const d = schema._zod.def;
  if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') return true;
  return (d.type === 'readonly' || d.type === 'nullable' || d.type === 'catch') && d.innerType !== undefined && optional(d.innerType);
}

/** Words for what a schema holds (`an object { id, name, account? }`, `one of "final", "deposit"`…). */
function words(schema: Schema, depth: number): string {
  const s = unwrap(schema, undefined);
  if (!s) return 'a value';
  const hint = FIELD_HINTS.get(s);
  if (hint !== undefined) return hint;
  const d = s._zod.def;
  switch (d.type) {
    case 'object': {
      const keys = Object.entries(d.shape ?? {}).map(([k, v]) => (optional(v) ? `${k}?` : k));
      return depth > 1 ? 'an object' : `an object { ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''} }`;
    }
    case 'array':
      return d.element && depth < 2 ? `a list, each ${words(d.element, depth + 1)}` : 'a list';
    case 'enum':
      return `one of ${Object.values(d.entries ?? {}).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'literal':
      return (d.values ?? []).map((v) => JSON.stringify(v)).join(' or ');
    case 'string':
      return 'a string';
    case 'number':
      return d.format === 'safeint' ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'union':
      return (d.options ?? []).map((o) => words(o, depth + 1)).join(' or ');
    default:
      return 'a value';
  }
}

/**
 * What the field at `path` holds, in words, or undefined when the path does
 * not lead to a field of `schema`.
 */
export function describeField(schema: z.core.$ZodType, input: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  const field = fieldAt(schema as unknown as Schema, input, path);
  return field ? words(field, 0) : undefined;
}

/**
 * The words a schema set with {@link FIELD_HINTS} gives for the field at
 * `path` (`a whole month number from 1 to 12`), or undefined when it has none:
 * they replace a bound or pattern zod checked (`must be at least 1`).
 * With `key`, the hint of the keys of the record holding the field.
 */
export function hintAt(schema: z.core.$ZodType, input: unknown, path: ReadonlyArray<PropertyKey>, key = false): string | undefined {
  let field = fieldAt(schema as unknown as Schema, input, key ? path.slice(0, -1) : path);
  if (field && key) {
    const d = unwrap(field, undefined)?._zod.def;
    field = d?.type === 'record' ? d.keyType : undefined;
  }
  const s = field && unwrap(field, undefined);
  return s && FIELD_HINTS.get(s);
}

/** Whether `input` has nothing (undefined) at `path`. */
export function missingAt(input: unknown, path: ReadonlyArray<PropertyKey>): boolean {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return true;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v === undefined;
}
