// @ts-nocheck
// Fuzzing documents and transaction inputs with hostile values: getters, proxies, BigInt, cycles,
// __proto__ keys, huge strings. Only typed errors or safe results, never an unbalanced transaction.
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { post, safeCreateTransaction, safeParseDocument, safePost } from '../../src/index.js';
import { purchasesArbitrary, salesArbitrary, transactionInputArbitrary } from '../../src/testing/index.js';
import { params, residual, typed } from './_fuzz.js';
import { vatOnInvoice } from '../_rules.js';

/** A hostile value put in place of a field. */
const hostileLeaf: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.constant(() => 10n),
  fc.constant(() => Symbol('x')),
  fc.constant(() => null),
  fc.constant(() => undefined),
  fc.constant(() => Number.NaN),
  fc.constant(() => -0),
  fc.constant(() => 1e21),
  fc.constant(() => '1e3'),
  fc.constant(() => ''),
  fc.constant(() => 'x'.repeat(100_000)),
  fc.constant(() => '|\t\r\n'),
  fc.constant(() => JSON.parse('{"__proto__": {"polluted": true}, "toStringTag": "[object Decimal]"}') as unknown),
  fc.constant(() => ({ toStringTag: '[object Decimal]', toFixed: () => '12.00' })),
  fc.constant(() => {
    const o: Record<string, unknown> = {};
    o.self = o;
    return o;
  }),
  fc.constant(() => new Proxy({}, { ownKeys: () => { throw new Error('trap'); } })),
  fc.constant(() => new Proxy([], { get: () => { throw new Error('trap'); } })),
  fc.constant(() => [1, 2, 3]),
  fc.constant(() => new Date(0)),
  fc.constant(() => () => 'fn'),
  fc.string({ maxLength: 12 }).map((s) => () => s),
  fc.integer().map((n) => () => n),
);

/** How a hostile value is planted: as the value, behind a getter (flipping after its first read, or throwing). */
const planting = fc.constantFrom('value', 'flip', 'throw');

/** All the paths to fields of a plain value (objects and arrays). */
function paths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, x] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    paths(x, p, out);
  }
  return out;
}

/** A deep copy of `v` with the field at `path` replaced as `how` says. */
function plant(v: unknown, path: ReadonlyArray<string | number>, leaf: () => unknown, how: string): unknown {
  const copy = JSON.parse(JSON.stringify(v)) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const original = parent[key];
  if (how === 'value') parent[key] = leaf();
  else {
    let reads = 0;
    Object.defineProperty(parent, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (how === 'throw') throw new Error('getter');
        return reads++ === 0 ? original : leaf();
      },
    });
  }
  return copy;
}

const hostile = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  valid.chain((v) => {
    const ps = paths(v);
    if (ps.length === 0) return fc.constant<unknown>(v);
    return fc.tuple(fc.constantFrom(...ps), hostileLeaf, planting).map(([p, leaf, how]) => plant(v, p, leaf, how));
  });

function checkPosting(docs: unknown[]): void {
  const r = typed(() => safePost(docs as Iterable<PostableDocument>, vatOnInvoice));
  expect(r).toBeDefined();
  for (const t of r!.transactions) {
    expect(residual(t)).toBe(0);
    expect(t.entries.length).toBeGreaterThanOrEqual(2);
  }
  expect(r!.transactions.length === 0 || r!.failures.length + r!.skipped.length < docs.length || r!.transactions.length > 0).toBe(true);
  typed(() => post(docs as Iterable<PostableDocument>, vatOnInvoice));
  for (const d of docs) typed(() => safeParseDocument(d));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('properties', () => {
  it('hostile documents: safePost returns typed failures and balanced transactions only; post throws only AccountingError', () => {
    fc.assert(
      fc.property(fc.oneof(salesArbitrary({ maxCases: 3 }), purchasesArbitrary()), fc.array(fc.tuple(fc.nat(), hostileLeaf, planting), { minLength: 1, maxLength: 3 }), (docs, plants) => {
        // One plant per document, on a copy of the valid document.
        const list: unknown[] = [...docs];
        for (const [n, leaf, how] of plants) {
          const i = n % docs.length;
          const ps = paths(docs[i]);
          if (ps.length > 0) list[i] = plant(docs[i], ps[n % ps.length]!, leaf, how);
        }
        checkPosting(list);
      }),
      params(80),
    );
  });

  it('hostile document lists: strings, repeated objects, proxies and generators are typed errors or safe results', () => {
    fc.assert(
      fc.property(salesArbitrary({ maxCases: 2 }), hostileLeaf, (docs, leaf) => {
        const value = leaf();
        typed(() => safePost(value as never, vatOnInvoice));
        typed(() => safePost([...docs, value, docs[0], value] as Iterable<PostableDocument>, vatOnInvoice));
        typed(() => safePost(new Proxy(docs, {}) as Iterable<PostableDocument>, vatOnInvoice));
        typed(() => safePost(docs, value as never));
        typed(() => safePost(docs, vatOnInvoice, value as never));
        typed(() => safePost(docs, vatOnInvoice, { context: [value] } as never));
      }),
      params(60),
    );
  });

  it('hostile transaction inputs: safeCreateTransaction never throws, and what it builds balances', () => {
    fc.assert(
      fc.property(hostile(transactionInputArbitrary()), fc.option(hostileLeaf, { nil: undefined }), (input, option) => {
        const r = safeCreateTransaction(input, option === undefined ? {} : ({ chart: option(), journals: option() } as never));
        if (r.success) {
          expect(residual(r.value)).toBe(0);
          expect(r.value.entries.length).toBeGreaterThanOrEqual(2);
        } else expect(r.issues.length).toBeGreaterThan(0);
      }),
      params(300),
    );
  });
});
