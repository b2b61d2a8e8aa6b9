/**
 * The shape check of a transaction input without zod (internal).
 *
 * `createTransaction` is the smallest use of the library (issue #13 §2: with `createBook` and `trialBalance`
 * it must bundle to 25 KB gzipped), so it checks field names and types here instead of running
 * `transactionInputSchema` through zod. The check gives exactly the issues (codes, paths, messages, order)
 * that `fromZodIssues` makes of that schema's zod issues: `test/transactions/checkShape.test.ts` states it as
 * a property over arbitrary and hostile inputs. {@link TRANSACTION} is the ONE description of the shape:
 * `../schema.ts` generates `transactionInputSchema` from it and infers its type ({@link ShapeOf}), so a
 * field added here is in the schema too.
 */
import { issue, quote, type AccountingIssue } from '../../errors/index.js';
import { Decimal } from '../../money/index.js';

/** What an amount field holds, in words (also the zod schema's FIELD_HINTS entry). */
export const AMOUNT_HINT = 'an amount (a decimal string such as "12.50", a Decimal or a safe-integer JS number)';

/** A string, a nullable string, an amount, an object of analytic sections, a list of one shape, or an object. */
export type Node = 's' | 'ns' | 'amount' | 'record' | readonly [Node] | Fields;
/** The fields of an object: name → [shape, optional]. */
export interface Fields {
  readonly [key: string]: readonly [Node, boolean];
}

const S = ['s', false] as const;
const OS = ['s', true] as const;
const AMOUNT = ['amount', false] as const;
const OAMOUNT = ['amount', true] as const;

/** The fields of an entry input. */
export const ENTRY = {
  account: S,
  accountLabel: OS,
  auxiliary: [{ number: S, name: S }, true],
  debit: OAMOUNT,
  credit: OAMOUNT,
  label: OS,
  currency: [{ code: S, amount: AMOUNT }, true],
  costCenter: OS,
  analytics: ['record', true],
  vat: [{ rate: S, base: AMOUNT }, true],
  lettering: [{ code: S, date: S }, true],
  openItem: OS,
} as const satisfies Fields;

/** The fields of a transaction input: the one description of its shape (the zod schema is generated from it). */
export const TRANSACTION = {
  id: OS,
  journal: S,
  date: S,
  piece: [{ ref: S, date: OS }, false],
  label: S,
  validatedOn: ['ns', true],
  type: OS,
  source: [
    { documentId: OS, documentNumber: OS, customerId: OS, customerName: OS, funder: OS, billingContact: OS, paymentMethod: OS, memo: OS },
    true,
  ],
  currency: OS,
  reverses: OS,
  entries: [[ENTRY], false],
} as const satisfies Fields;

/** What a node holds, as a type (compile time only): the type of the value a description accepts. */
export type ShapeOf<N> = N extends 's'
  ? string
  : N extends 'ns'
    ? string | null
    : N extends 'amount'
      ? string | number | Decimal
      : N extends 'record'
        ? Readonly<Record<string, string>>
        : N extends readonly [infer Item]
          ? ReadonlyArray<ShapeOf<Item>>
          : N extends Fields
            ? ObjectOf<N>
            : never;
type ObjectOf<F extends Fields> = Flat<
  { [K in keyof F as F[K][1] extends true ? never : K]: ShapeOf<F[K][0]> } & {
    [K in keyof F as F[K][1] extends true ? K : never]?: ShapeOf<F[K][0]> | undefined;
  }
>;
type Flat<T> = { [K in keyof T]: T[K] };

/** Keys never accepted in input (also createTransaction's, for analytic axes). */
export const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** What a node holds, in words: a list's items are described one level down, where an object still lists its keys. */
function words(node: Node): string {
  // (a record, analytics, is only ever a field: its own issue names what it holds)
  if (typeof node === 'string') return node === 'amount' ? AMOUNT_HINT : 'a string';
  if (Array.isArray(node)) return `a list, each ${words((node as readonly [Node])[0])}`;
  const keys = Object.keys(node).map((k) => ((node as Fields)[k]![1] ? `${k}?` : k));
  return `an object { ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''} }`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(node: Node, v: unknown, path: Array<string | number>, out: AccountingIssue[]): void {
  let ok: boolean;
  if (node === 's') ok = typeof v === 'string';
  else if (node === 'ns') ok = v === null || typeof v === 'string';
  else if (node === 'amount') ok = typeof v === 'string' || Number.isFinite(v) || Decimal.isDecimal(v);
  else if (node === 'record') {
    if (!isObject(v)) out.push(issue('invalid_input', path, 'expected an object of axis → section strings'));
    return;
  } else if (Array.isArray(node)) {
    ok = Array.isArray(v);
    if (ok) (v as unknown[]).forEach((item, i) => check((node as readonly [Node])[0], item, [...path, i], out));
  } else {
    ok = isObject(v);
    if (ok) {
      const fields = node as Fields;
      const object = v as Record<string, unknown>;
      for (const key of Object.keys(fields)) {
        const [child, optional] = fields[key]!;
        const value = object[key];
        if (!(optional && value === undefined)) check(child, value, [...path, key], out);
      }
      for (const key in object) {
        if (Object.hasOwn(fields, key)) continue;
        out.push(
          FORBIDDEN.has(key)
            ? issue('forbidden_key', [...path, key], `The key "${key}" is never accepted in input: remove it.`)
            : issue('unknown_field', [...path, key], `Unknown field "${key}": remove it or check its spelling.`),
        );
      }
    }
  }
  if (ok) return;
  const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the input';
  out.push(
    issue(
      'invalid_input',
      path,
      path.length > 0 && v === undefined ? `Missing field ${field}: it is required and holds ${words(node)}.` : `${field} must be ${words(node)}: received ${quote(v)}.`,
    ),
  );
}

/**
 * The issues of a transaction input's shape (field names and types), as `transactionInputSchema` reports
 * them through `fromZodIssues`; empty when the shape is right. `input` is plain data (read by `readOnce`).
 */
export function checkTransactionShape(input: unknown): AccountingIssue[] {
  const out: AccountingIssue[] = [];
  check(TRANSACTION, input, [], out);
  return out;
}
