// @ts-nocheck
// post reads each document with readOnce's limits: a document exactly at a limit posts, one beyond fails alone with
// invalid_input at its path (safePost posts the others). The limits are made small for the documents' reads only
// (prefix [index]) so the rules and options, read with the same function, keep the defaults.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReadLimits } from '../../src/transactions/_lib/readOnce.js';
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { invoice, line } from './_helpers.js';

// The tests share their module cache (isolate: false): load the library afresh so that it sees the mock below.
let post: typeof import('../../src/index.js').post;
let safePost: typeof import('../../src/index.js').safePost;
let vatOnInvoice: PostingRules;
beforeAll(async () => {
  vi.resetModules();
  const lib = await import('../../src/index.js');
  ({ post, safePost } = lib);
  vatOnInvoice = lib.defaultRules({ vatExigibility: 'on-invoice' });
});

const small = vi.hoisted(() => ({ limits: undefined as ReadLimits | undefined }));

vi.mock('../../src/transactions/_lib/readOnce.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/transactions/_lib/readOnce.js')>();
  return {
    ...original,
    readOnce: (input: unknown, prefix: ReadonlyArray<string | number> = [], limits?: ReadLimits) =>
      original.readOnce(input, prefix, limits ?? (small.limits && prefix.length === 1 && typeof prefix[0] === 'number' ? small.limits : original.READ_LIMITS)),
  };
});

/** The objects and arrays of a JSON value (what the object limit counts). */
const objectsIn = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Object.values(v).reduce<number>((s, x) => s + objectsIn(x), 0) : 0);

const withLimits = <T>(limits: Partial<ReadLimits>, fn: () => T): T => {
  small.limits = { maxDepth: 64, maxItems: 1_000, maxValues: 1_000, ...limits };
  try {
    return fn();
  } finally {
    small.limits = undefined;
  }
};

describe('post: the read-once limits', () => {
  const two = invoice('a', '2024-01-10', [line('120.00'), line('60.00')]);
  const three = invoice('b', '2024-01-10', [line('120.00'), line('60.00'), line('12.00')]);

  it('posts a document whose lines are exactly maxItems, refuses one with maxItems + 1 at its lines', () => {
    const r = withLimits({ maxItems: 2 }, () => safePost([two, three] as PostableDocument[], vatOnInvoice));
    expect(r.transactions.map((t) => t.entries.map((e) => e.amount.toFixed(2)))).toEqual([['180.00', '150.00', '30.00']]);
    expect(r.failures).toEqual([{ index: 1, issues: [expect.objectContaining({ code: 'invalid_input', path: [1, 'lines'], message: 'The list has 3 items, more than the 2 read: split it.' })] }]);
  });

  it('posts a document of exactly maxValues objects and arrays, refuses one with maxValues + 1 at the first one beyond', () => {
    // The invoice, its customer, its lines and each line: 5 with two lines, 6 with three.
    expect([objectsIn(two), objectsIn(three)]).toEqual([5, 6]);
    const r = withLimits({ maxValues: 5 }, () => safePost([three, two] as PostableDocument[], vatOnInvoice));
    expect(r.transactions).toHaveLength(1);
    expect(r.failures).toEqual([{ index: 0, issues: [expect.objectContaining({ code: 'invalid_input', path: [0, 'lines', 2], message: "The value holds more than 5 objects and arrays: give the document's plain data (or split it)." })] }]);
    expect(withLimits({ maxValues: 6 }, () => post([three] as PostableDocument[], vatOnInvoice).transactions)).toHaveLength(1);
  });

  it('post throws the refusal as an AccountingError with the same issue', () => {
    expect(() => withLimits({ maxItems: 2 }, () => post([three] as PostableDocument[], vatOnInvoice))).toThrow(
      expect.objectContaining({ name: 'AccountingError', issues: [expect.objectContaining({ code: 'invalid_input', path: [0, 'lines'] })] }),
    );
  });
});
