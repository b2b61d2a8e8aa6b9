/**
 * The zod schema of a shape description (internal): the public zod schemas (`invoiceSchema`…, the CLI's
 * rules file) are generated from the descriptions of `documentShapes.ts`, `posting/rules.ts` and
 * `posting/_lib/checkOptions.ts`, the one source of each shape, so that the zod schemas and the zod-free
 * interpreter (`shape.ts`) can never describe two different shapes. Each node kind maps to the zod/mini
 * schema the interpreter mirrors (test/schemas/shape.test.ts checks each kind, the documents' tests the
 * whole descriptions): strict objects, `.check`s running the functions of checks.ts, decimal inputs as a
 * transform piped into their string check, and the words of a field (its hint) in `FIELD_HINTS`.
 *
 * Only the modules that export zod schemas import this one, so zod stays out of the bundles that only post.
 */
// @ts-nocheck

import * as z from 'zod/mini';
import { FIELD_HINTS } from '../../errors/index.js';
import { decimalHint, readDecimalInput, REFUSED, type RawIssue, type Refinement } from './checks.js';
import type { Check, Node, Shape } from './shape.js';

type Zod = z.ZodMiniType;

/** The zod issues of a check shared with the zod-free checker (checks.ts). */
const raw = (issues: Array<z.core.$ZodRawIssue>): RawIssue[] => issues as unknown as RawIssue[];

/** A string schema refined by one of checks.ts's refinements. */
function refined(r: Refinement): Zod {
  return z.string().check(z.refine(r.test, { error: (iss) => r.message(iss.input as string), ...(r.code ? { params: { code: r.code } } : {}) }));
}

/** A schema checked by one of checks.ts's check functions. */
function checked<T extends z.ZodMiniType>(schema: T, fn: Check): T {
  return schema.check((ctx) => fn(ctx.value as never, raw(ctx.issues))) as T;
}

/**
 * The one rule for decimal inputs (DESIGN.md): a decimal string, a `Decimal` of any clone, or a JS number that
 * is a safe integer, read as its exact decimal string, then checked by `schema`.
 */
function decimalInput(schema: Zod, noun: string): Zod {
  return z.pipe(
    z.transform((value: unknown, ctx) => {
      const read = readDecimalInput(value, noun, raw(ctx.issues));
      return read === REFUSED ? z.NEVER : read;
    }),
    schema as unknown as z.ZodMiniType<unknown, string>,
  );
}

const hinted = (schema: Zod, hint: string | undefined): Zod => {
  if (hint !== undefined) FIELD_HINTS.set(schema, hint);
  return schema;
};

function build(node: Node): Zod {
  switch (node.t) {
    case 'optional':
      return z.optional(toZod(node.inner));
    case 'default':
      return z._default(toZod(node.inner), node.value) as unknown as Zod;
    case 'string': {
      let s: Zod = z.string();
      if (node.refine) s = refined(node.refine);
      else if (node.check) s = checked(z.string(), node.check);
      else if (node.regex) s = z.string().check(z.regex(node.regex, node.error === undefined ? undefined : { error: node.error }));
      else if (node.max !== undefined) s = z.string().check(z.maxLength(node.max));
      return hinted(s, node.hint);
    }
    case 'datetime':
      return z.iso.datetime(node.error === undefined ? { offset: true, local: true } : { offset: true, local: true, error: node.error });
    case 'boolean':
      return hinted(z.boolean(), node.hint);
    case 'unknown':
      return z.unknown();
    case 'number':
      return z.number();
    case 'int': {
      const checks: Array<z.core.$ZodCheck<number>> = [];
      if (node.positive) checks.push(z.positive());
      if (node.min !== undefined) checks.push(z.minimum(node.min));
      if (node.max !== undefined) checks.push(z.maximum(node.max));
      return hinted(checks.length > 0 ? z.int().check(...checks) : z.int(), node.hint);
    }
    case 'literal':
      return z.literal(node.value);
    case 'enum':
      return z.enum(node.values as [string, ...string[]]);
    case 'custom':
      return z.custom(node.test, node.message);
    case 'record': {
      const key = node.key ? hinted(z.string().check(z.regex(node.key.pattern)), node.key.hint) : z.string();
      return z.record(key as z.ZodMiniString<string>, toZod(node.value));
    }
    case 'union':
      return z.union(node.options.map((o) => toZod(o)));
    case 'decimal': {
      const text = node.refine ? refined(node.refine) : node.check ? checked(z.string(), node.check) : z.string();
      return hinted(decimalInput(text, node.noun), decimalHint(node.noun));
    }
    case 'array': {
      const checks: Array<z.core.$ZodCheck<unknown[]>> = [];
      if (node.min !== undefined) checks.push(z.minLength(node.min, node.tooFew === undefined ? undefined : { error: node.tooFew }));
      if (node.max !== undefined) checks.push(z.maxLength(node.max, node.tooMany === undefined ? undefined : { error: node.tooMany }));
      const list = z.array(toZod(node.el));
      return hinted(checks.length > 0 ? list.check(...checks) : list, node.hint);
    }
    case 'object': {
      const shape: Record<string, Zod> = {};
      for (const key of Object.keys(node.fields)) shape[key] = toZod(node.fields[key]!);
      const object = z.strictObject(shape);
      return node.check ? checked(object, node.check) : object;
    }
  }
}

/** One zod schema per node: a node shared by many descriptions (an id, a party) is one schema, as before. */
const BUILT = new WeakMap<Node, Zod>();

/**
 * The zod/mini schema of a shape description: what it parses to and takes are the description's types
 * (`Out<S>`, `In<S>`); parsing with it gives what the shape interpreter gives, through `fromZodIssues`.
 */
export function toZod<O, I>(node: Shape<O, I>): z.ZodMiniType<O, I>;
export function toZod(node: Node): Zod;
export function toZod(node: Node): Zod {
  let schema = BUILT.get(node);
  if (!schema) {
    schema = build(node);
    BUILT.set(node, schema);
  }
  return schema;
}
