/**
 * A small language describing input shapes, and its interpreter, without zod (internal).
 *
 * A description is made of nodes — objects (strict: an unknown key is an issue), optional and defaulted
 * fields, strings with a refinement or a check of `checks.ts`, decimal inputs, numbers, enums, literals,
 * lists, records, unions and custom tests — and the interpreter reads a plain value (as `readOnce` gives it)
 * against one, giving the parsed value and the issues exactly as the zod schema of the same shape gives
 * them through `fromZodIssues`: codes, paths, messages (what the field holds, in words) and order, with
 * zod's rules for which checks still run after an issue. A description is the ONE source of its shape:
 * `toZod.ts` generates the zod schema of a description (the public `invoiceSchema`…, the CLI's rules file),
 * and the typed builders below ({@link Shape}) carry the TypeScript types of what a node reads, so the
 * documents' types are inferred from their descriptions (`Out<typeof INVOICE>`), not written again.
 * `documentShapes.ts` describes the documents, `posting/rules.ts` the rules' overrides,
 * `posting/_lib/checkOptions.ts` post's options; properties compare the interpreter with the generated zod
 * schemas (test/schemas/shape.test.ts: each node kind; checkDocument, rulesShape, checkOptions tests).
 */
// @ts-nocheck

import { issue, quote, type AccountingIssue } from '../../errors/index.js';
import { isIsoDate } from '../../calendar/index.js';
import type { AmountInput } from '../../money/index.js';
import { decimalHint, readDecimalInput, REFUSED, type RawIssue, type Refinement } from './checks.js';

/** A check function of checks.ts (pushes custom issues). */
export type Check = (value: never, issues: RawIssue[]) => void;

/** One node of a shape description. */
export type Node =
  | { readonly t: 'number' }
  | { readonly t: 'record'; readonly value: Node; readonly key?: { readonly pattern: RegExp; readonly hint: string } }
  | { readonly t: 'union'; readonly options: ReadonlyArray<Node> }
  | { readonly t: 'custom'; readonly test: (value: unknown) => boolean; readonly message: string }
  | { readonly t: 'string'; readonly hint?: string; readonly refine?: Refinement; readonly check?: Check; readonly regex?: RegExp; readonly max?: number; readonly error?: string }
  | { readonly t: 'datetime'; readonly error?: string }
  | { readonly t: 'boolean'; readonly hint?: string }
  | { readonly t: 'unknown' }
  | { readonly t: 'int'; readonly positive?: boolean; readonly min?: number; readonly max?: number; readonly hint?: string }
  | { readonly t: 'literal'; readonly value: string }
  | { readonly t: 'enum'; readonly values: ReadonlyArray<string> }
  | { readonly t: 'decimal'; readonly noun: string; readonly check?: Check; readonly refine?: Refinement }
  | { readonly t: 'array'; readonly el: Node; readonly min?: number; readonly max?: number; readonly hint?: string; readonly tooFew?: string; readonly tooMany?: string }
  | { readonly t: 'object'; readonly fields: Readonly<Record<string, Node>>; readonly check?: Check }
  | { readonly t: 'optional'; readonly inner: Node }
  | { readonly t: 'default'; readonly inner: Node; readonly value: string };

// `error`, `tooFew` and `tooMany` are the messages of the generated zod schema's own issues (what a user calling
// `.parse` reads in a ZodError); the interpreter and `fromZodIssues` tell those issues in their own words.

// ---- the types a node reads (compile time only) ----

/**
 * A node that carries, for the type checker only (no node has `~types` at run time), what it parses to (`O`)
 * and what it takes (`I`): the typed
 * builders below make them, and {@link Out} / {@link In} read them back (as `z.output` / `z.input` do).
 */
export type Shape<O, I = O> = Node & { readonly '~types': { readonly out: O; readonly in: I } };

/** What a node parses to. */
export type Out<S> = S extends { readonly '~types': { readonly out: infer O } } ? O : never;

/** What a node takes. */
export type In<S> = S extends { readonly '~types': { readonly in: infer I } } ? I : never;

type AnyShape = Shape<unknown, unknown>;
type Fields = Readonly<Record<string, AnyShape>>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type KeysOf<F, T extends string> = { [K in keyof F]: F[K] extends { readonly t: T } ? K : never }[keyof F];

/** What an object of `fields` parses to: an optional field may be left out (a defaulted one never is). */
export type ObjectOut<F> = Flat<{ -readonly [K in keyof F as K extends KeysOf<F, 'optional'> ? never : K]: Out<F[K]> } & { -readonly [K in keyof F as K extends KeysOf<F, 'optional'> ? K : never]?: Out<F[K]> }>;

/** What an object of `fields` takes: an optional or defaulted field may be left out. */
export type ObjectIn<F> = Flat<{ -readonly [K in keyof F as K extends KeysOf<F, 'optional' | 'default'> ? never : K]: In<F[K]> } & { -readonly [K in keyof F as K extends KeysOf<F, 'optional' | 'default'> ? K : never]?: In<F[K]> }>;

const typed = <O, I = O>(node: Node): Shape<O, I> => node as Shape<O, I>;

// ---- the description language ----
export const str = (refine?: Refinement, hint?: string): Shape<string> => typed(refine ? (hint ? { t: 'string', refine, hint } : { t: 'string', refine }) : { t: 'string' });
/** A string read by a check function of checks.ts, or bounded (`max`), or matching `regex` (`error`: the zod message). */
export const text = (node: { readonly check?: Check; readonly regex?: RegExp; readonly max?: number; readonly error?: string }): Shape<string> => typed({ t: 'string', ...node });
export const opt = <S extends AnyShape>(inner: S): Shape<Out<S> | undefined, In<S> | undefined> & { readonly t: 'optional' } =>
  ({ t: 'optional', inner }) as unknown as Shape<Out<S> | undefined, In<S> | undefined> & { readonly t: 'optional' };
/** A field that takes `value` when left out. */
export const withDefault = <S extends AnyShape>(inner: S, value: Out<S> & string): Shape<Out<S>, In<S> | undefined> & { readonly t: 'default' } =>
  ({ t: 'default', inner, value }) as unknown as Shape<Out<S>, In<S> | undefined> & { readonly t: 'default' };
export const obj = <F extends Fields>(fields: F, check?: Check): Shape<ObjectOut<F>, ObjectIn<F>> & { readonly t: 'object' } =>
  (check ? { t: 'object', fields, check } : { t: 'object', fields }) as unknown as Shape<ObjectOut<F>, ObjectIn<F>> & { readonly t: 'object' };
export const list = <S extends AnyShape>(el: S, bounds?: { readonly min?: number; readonly max?: number; readonly hint?: string; readonly tooFew?: string; readonly tooMany?: string }): Shape<Array<Out<S>>, Array<In<S>>> =>
  typed({ t: 'array', el, ...bounds });
export const oneOf = <const V extends ReadonlyArray<string>>(...values: V): Shape<V[number]> => typed({ t: 'enum', values });
export const lit = <const V extends string>(value: V): Shape<V> => typed({ t: 'literal', value });
/** A decimal input (DESIGN.md: a decimal string, a Decimal or a safe-integer JS number), parsed to its decimal string. */
export const decimal = (noun: string, rule: { readonly check: Check } | { readonly refine: Refinement }): Shape<string, AmountInput> => typed({ t: 'decimal', noun, ...rule });
export const int = (bounds: { readonly positive?: boolean; readonly min?: number; readonly max?: number; readonly hint?: string } = {}): Shape<number> => typed({ t: 'int', ...bounds });
export const bool = (hint?: string): Shape<boolean> => typed(hint === undefined ? { t: 'boolean' } : { t: 'boolean', hint });
/** An ISO date-time (`error`: the zod message). */
export const datetime = (error?: string): Shape<string> => typed(error === undefined ? { t: 'datetime' } : { t: 'datetime', error });
export const record = <S extends AnyShape>(value: S, key?: { readonly pattern: RegExp; readonly hint: string }): Shape<Record<string, Out<S>>, Record<string, In<S>>> =>
  typed(key ? { t: 'record', value, key } : { t: 'record', value });
export const union = <const S extends ReadonlyArray<AnyShape>>(...options: S): Shape<Out<S[number]>, In<S[number]>> => typed({ t: 'union', options });
export const custom = <T>(test: (value: unknown) => boolean, message: string): Shape<T> => typed({ t: 'custom', test, message });
export const UNKNOWN: Shape<unknown> = typed({ t: 'unknown' });
export const NUMBER: Shape<number> = typed({ t: 'number' });
export const BOOL: Shape<boolean> = bool();
export const STRING: Shape<string> = str();
export const OSTRING = opt(STRING);

// ---- the interpreter ----

/** An issue found, and whether the checks of the enclosing values still run after it (zod's `continue`). */
export interface Found {
  readonly issue: AccountingIssue;
  readonly goOn: boolean;
}

const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)$/;

/** Whether a string is an ISO date-time: a real date, `T`, a time (seconds required with `Z` or an offset). */
function isDateTime(v: string): boolean {
  return v.length > 11 && v[10] === 'T' && isIsoDate(v.slice(0, 10)) && TIME.test(v.slice(11));
}

/** The node under its optional or default wrapper. */
function bare(node: Node): Node {
  return node.t === 'optional' || node.t === 'default' ? bare(node.inner) : node;
}

/** The words a node carries (a hint). */
function hintOf(node: Node): string | undefined {
  const n = bare(node);
  return n.t === 'decimal' ? decimalHint(n.noun) : n.t === 'string' || n.t === 'int' || n.t === 'boolean' || n.t === 'array' ? n.hint : undefined;
}

/** What a node holds, in words (as the zod schema's `describeField`). */
function words(node: Node, depth: number): string {
  const n = bare(node);
  const hint = hintOf(n);
  if (hint !== undefined) return hint;
  switch (n.t) {
    case 'object': {
      if (depth > 1) return 'an object';
      const keys = Object.keys(n.fields).map((k) => (n.fields[k]!.t === 'optional' || n.fields[k]!.t === 'default' ? `${k}?` : k));
      return `an object { ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''} }`;
    }
    case 'array':
      return depth < 2 ? `a list, each ${words(n.el, depth + 1)}` : 'a list';
    case 'enum':
      return `one of ${n.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'literal':
      return JSON.stringify(n.value);
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'union':
      return n.options.map((o) => words(o, depth + 1)).join(' or ');
    case 'record':
    case 'custom':
    case 'unknown':
      return 'a value';
    default:
      return 'a string';
  }
}

export const fieldName = (path: ReadonlyArray<string | number>): string => (path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the input');

/** A value of the wrong type (or missing), or outside an enum. */
function wrong(node: Node, v: unknown, path: ReadonlyArray<string | number>, out: Found[]): void {
  const field = fieldName(path);
  const held = words(node, 0);
  const message = path.length > 0 && v === undefined ? `Missing field ${field}: it is required and holds ${held}.` : `${field} must be ${held}: received ${quote(v)}.`;
  out.push({ issue: issue('invalid_input', path, message), goOn: false });
}

/** An issue of a bound or a pattern, told with the field's hint when it has one. */
function bound(node: Node, v: unknown, path: ReadonlyArray<string | number>, words: string, out: Found[], goOn: boolean): void {
  const hint = hintOf(node);
  out.push({ issue: issue('invalid_input', path, hint !== undefined ? `${fieldName(path)} must be ${hint}: received ${quote(v)}.` : words), goOn });
}

/** Runs a check function of checks.ts: its issues stop the enclosing checks. */
function runCheck(check: Check, value: unknown, path: ReadonlyArray<string | number>, out: Found[]): void {
  const raw: RawIssue[] = [];
  check(value as never, raw);
  for (const r of raw) out.push({ issue: issue(r.params.code, r.path ? [...path, ...r.path] : [...path], r.message), goOn: false });
}

/** Runs a refinement: its issue lets the enclosing checks run. */
function runRefine(refine: Refinement, v: string, path: ReadonlyArray<string | number>, out: Found[]): void {
  if (!refine.test(v)) out.push({ issue: issue(refine.code ?? 'invalid_input', [...path], refine.message(v)), goOn: true });
}

const stopped = (out: ReadonlyArray<Found>, from: number): boolean => {
  for (let i = from; i < out.length; i++) if (!out[i]!.goOn) return true;
  return false;
};

/**
 * zod runs a length bound even on a value of the wrong type that has a `length` (a string where a list is
 * expected, an object with a `length` key), after the type issue; the words follow the value's kind.
 */
function lengthBounds(v: unknown, path: ReadonlyArray<string | number>, min: number | undefined, max: number | undefined, out: Found[]): void {
  if (v === undefined || v === null) return;
  const length = (v as { length?: unknown }).length;
  if (length === undefined) return;
  const field = fieldName(path);
  const tell = (small: boolean, n: number): string => {
    const than = small ? 'at least' : 'at most';
    if (typeof v === 'string') return `${field} must have ${than} ${n} character${n === 1 ? '' : 's'}: received ${quote(v)}.`;
    if (Array.isArray(v)) return `${field} must have ${than} ${n} item${n === 1 ? '' : 's'}.`;
    return `${field} must be ${than} ${n}: received ${quote(v)}.`;
  };
  if (min !== undefined && !((length as number) >= min)) out.push({ issue: issue('invalid_input', path, tell(true, min)), goOn: true });
  if (max !== undefined && !((length as number) <= max)) out.push({ issue: issue('invalid_input', path, tell(false, max)), goOn: true });
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `v` against `node`: the parsed value; issues go to `out`. */
export function read(node: Node, v: unknown, path: Array<string | number>, out: Found[]): unknown {
  switch (node.t) {
    case 'optional':
      return v === undefined ? undefined : read(node.inner, v, path, out);
    case 'default':
      return v === undefined ? node.value : read(node.inner, v, path, out);
    case 'string': {
      if (typeof v !== 'string') {
        wrong(node, v, path, out);
        if (node.max !== undefined) lengthBounds(v, path, undefined, node.max, out);
        return v;
      }
      if (node.refine) runRefine(node.refine, v, path, out);
      else if (node.check) runCheck(node.check, v, path, out);
      else if (node.regex && !node.regex.test(v)) bound(node, v, path, `${fieldName(path)} does not have the expected form (${String(node.regex)}): received ${quote(v)}.`, out, true);
      else if (node.max !== undefined) lengthBounds(v, path, undefined, node.max, out);
      return v;
    }
    case 'datetime':
      if (typeof v !== 'string') wrong(node, v, path, out);
      else if (!isDateTime(v)) out.push({ issue: issue('invalid_input', [...path], `${fieldName(path)} must be a valid datetime: received ${quote(v)}.`), goOn: true });
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') wrong(node, v, path, out);
      return v;
    case 'literal':
    case 'enum':
      if (node.t === 'literal' ? v !== node.value : typeof v !== 'string' || !node.values.includes(v)) wrong(node, v, path, out);
      return v;
    case 'int': {
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        wrong(node, v, path, out);
        return v;
      }
      const field = fieldName(path);
      if (v > Number.MAX_SAFE_INTEGER) bound(node, v, path, `${field} must be at most ${Number.MAX_SAFE_INTEGER}: received ${quote(v)}.`, out, true);
      else if (v < -Number.MAX_SAFE_INTEGER) bound(node, v, path, `${field} must be at least ${-Number.MAX_SAFE_INTEGER}: received ${quote(v)}.`, out, true);
      if (node.positive && v <= 0) bound(node, v, path, `${field} must be greater than 0: received ${quote(v)}.`, out, true);
      if (node.min !== undefined && v < node.min) bound(node, v, path, `${field} must be at least ${node.min}: received ${quote(v)}.`, out, true);
      if (node.max !== undefined && v > node.max) bound(node, v, path, `${field} must be at most ${node.max}: received ${quote(v)}.`, out, true);
      return v;
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) wrong(node, v, path, out);
      return v;
    case 'unknown':
      return v;
    case 'custom':
      if (!node.test(v)) out.push({ issue: issue('invalid_input', [...path], node.message), goOn: true });
      return v;
    case 'record': {
      if (!isObject(v)) {
        // zod's words for a record are its type name.
        out.push({ issue: issue('invalid_input', [...path], path.length > 0 && v === undefined ? `Missing field ${fieldName(path)}: it is required (record).` : `${fieldName(path)} must be record: received ${quote(v)}.`), goOn: false });
        return v;
      }
      const parsed: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (key === '__proto__') continue; // as zod: never read, never copied
        if (node.key && !node.key.pattern.test(key)) {
          out.push({ issue: issue('invalid_input', [...path, key], `Invalid key "${key}": a key here is ${node.key.hint}.`), goOn: false });
          continue;
        }
        path.push(key);
        parsed[key] = read(node.value, v[key], path, out);
        path.pop();
      }
      return parsed;
    }
    case 'union': {
      // zod: the first option without issues wins; else the only one whose issues all let checks go on
      // reports them; else the union refuses the value as a whole.
      const tries: Array<{ readonly value: unknown; readonly found: Found[] }> = [];
      for (const option of node.options) {
        const found: Found[] = [];
        const value = read(option, v, path, found);
        if (found.length === 0) return value;
        tries.push({ value, found });
      }
      const going = tries.filter((t) => t.found.every((f) => f.goOn));
      if (going.length === 1) {
        out.push(...going[0]!.found);
        return going[0]!.value;
      }
      wrong(node, v, path, out);
      return v;
    }
    case 'decimal': {
      const raw: RawIssue[] = [];
      const text = readDecimalInput(v, node.noun, raw);
      if (text === REFUSED) {
        runCheck((_: never, issues: RawIssue[]) => issues.push(...raw), undefined, path, out);
        return v;
      }
      if (text === undefined) {
        wrong(node, v, path, out);
        return v;
      }
      if (node.refine) runRefine(node.refine, text, path, out);
      else if (node.check) runCheck(node.check, text, path, out);
      return text;
    }
    case 'array': {
      if (!Array.isArray(v)) {
        wrong(node, v, path, out);
        lengthBounds(v, path, node.min, node.max, out);
        return v;
      }
      if (node.max !== undefined && v.length > node.max) {
        out.push({ issue: issue('invalid_input', [...path], `${fieldName(path)} must have at most ${node.max} item${node.max === 1 ? '' : 's'}.`), goOn: false });
        return v;
      }
      // The value itself when reading changed nothing (no copy: the inputs are readOnce's copies already).
      let parsed: unknown[] = v;
      for (let k = 0; k < v.length; k++) {
        path.push(k);
        const item = read(node.el, v[k], path, out);
        path.pop();
        if (item !== v[k] && parsed === v) parsed = v.slice(0, k);
        if (parsed !== v) parsed[k] = item;
      }
      if (node.min !== undefined) lengthBounds(v, path, node.min, undefined, out);
      return parsed;
    }
    case 'object': {
      if (!isObject(v)) {
        wrong(node, v, path, out);
        return v;
      }
      const start = out.length;
      const parsed: Record<string, unknown> = {};
      const fields = node.fields;
      let same = true;
      for (const key in fields) {
        const child = fields[key]!;
        const given = v[key];
        path.push(key);
        const value = read(child, given, path, out);
        path.pop();
        if (value !== given) same = false;
        if (value !== undefined || key in v) parsed[key] = value;
      }
      for (const key in v) {
        if (Object.hasOwn(fields, key)) continue;
        const at = [...path, key];
        out.push({
          issue:
            key === '__proto__' || key === 'constructor' || key === 'prototype'
              ? issue('forbidden_key', at, `The key "${key}" is never accepted in input: remove it.`)
              : issue('unknown_field', at, `Unknown field "${key}": remove it or check its spelling.`),
          goOn: true,
        });
      }
      // The value itself when it holds only the fields read, unchanged (no copy); else the copy zod would make.
      const result = same && out.length === start ? v : parsed;
      if (node.check && !stopped(out, start)) runCheck(node.check, result, path, out);
      return result;
    }
  }
}


/** Reads `input` against `node`: the parsed value, or the issues (paths prefixed by `path`). */
export function checkShape(node: Node, input: unknown, path: ReadonlyArray<string | number> = []): { readonly value?: unknown; readonly issues?: AccountingIssue[] } {
  const out: Found[] = [];
  const value = read(node, input, [...path], out);
  return out.length === 0 ? { value } : { issues: out.map((f) => f.issue) };
}
