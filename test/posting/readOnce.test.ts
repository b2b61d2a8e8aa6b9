// Inputs are read once: validation and posting see the same value, whatever a getter or a proxy answers later.
import type { PostableDocument } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { createTransaction, parseDocument, post, safeCreateTransaction, safePost } from '../../src/index.js';
import { invoice, line, payment } from './_helpers.js';
import { counting } from './_stage.js';
import { vatOnInvoice } from '../_rules.js';


/** An object whose `key` answers `first` on the first read and `later` afterwards. */
function flipping(base: Record<string, unknown>, key: string, first: unknown, later: unknown): Record<string, unknown> {
  let n = 0;
  const out = { ...base };
  Object.defineProperty(out, key, { enumerable: true, get: () => (n++ === 0 ? first : later) });
  return out;
}

const balanced = (t: { entries: ReadonlyArray<{ side: string; minor: number }> }): number => t.entries.reduce((s, e) => s + (e.side === 'debit' ? e.minor : -e.minor), 0);

describe('read once', () => {
  it('post reads every field of every document exactly once (fast-path invoice, zod-path payment, failing document)', () => {
    const reads = new Map<string, number>();
    const docs = counting(
      [
        invoice('a', '2024-01-10', [line('120.00'), line('10.00', '10', { account: '706200' })]),
        payment('p', '2024-01-11', '130.00', [['a', '130.00']]),
        invoice('bad', '2024-01-10', [line('1.00', '0.2')]),
        invoice('d', '2024-01-10', [line('50.00')], { kind: 'deposit' }),
      ],
      reads,
    ) as unknown[];
    const r = safePost(docs as Iterable<PostableDocument>, vatOnInvoice);
    expect(r.transactions).toHaveLength(3);
    expect(r.failures.map((f) => f.issues[0].code)).toEqual(['unknown_vat_rate']);
    expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('a field answering differently on its second read changes nothing: the first answer is validated and posted', () => {
    const doc = invoice('a', '2024-01-10', [line('120.00')]);
    // Before: validated with the lines, posted without → a transaction of 0 entries (or a TypeError).
    const r = safePost([flipping(doc, 'lines', doc.lines, [])], vatOnInvoice);
    expect(r.failures).toEqual([]);
    expect(r.transactions[0]!.entries.map((e) => e.amount.toFixed(2))).toEqual(['120.00', '100.00', '20.00']);
    const bad = safePost([flipping(doc, 'lines', doc.lines, 'garbage'), invoice('b', '2024-01-10', [line('12.00')])], vatOnInvoice);
    expect(bad.failures).toEqual([]);
    expect(bad.transactions.every((t) => balanced(t) === 0 && t.entries.length >= 2)).toBe(true);
    // A document that is invalid on its first read fails, whatever later reads say.
    const late = safePost([flipping(doc, 'date', 'not a date', '2024-01-10')], vatOnInvoice);
    expect(late.failures[0]!.issues[0]).toMatchObject({ code: 'invalid_date', path: [0, 'date'] });
  });

  it('a proxy answering differently on each read gets a typed result, never a ZodError or a TypeError', () => {
    const doc = invoice('a', '2024-01-10', [line('120.00')]);
    let n = 0;
    const proxy = new Proxy(doc, { get: (t, k, rcv) => (k === 'customer' && n++ > 0 ? 42 : Reflect.get(t, k, rcv)) });
    const r = safePost([proxy], vatOnInvoice);
    expect(r.failures).toEqual([]);
    expect(r.transactions[0]!.entries[0]!.auxiliary?.number).toBe('C0001');
    const throwing = new Proxy(doc, { ownKeys: () => { throw new Error('no keys'); } });
    expect(safePost([throwing], vatOnInvoice).failures[0]!.issues[0]).toMatchObject({ code: 'invalid_input', path: [0] });
    const getter = flipping(doc, 'number', 'FA-1', 'FA-1');
    Object.defineProperty(getter, 'memo', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expect(safePost([getter], vatOnInvoice).failures[0]!.issues[0]).toMatchObject({ code: 'invalid_input', path: [0, 'memo'] });
    expect(() => parseDocument(getter)).toThrow(expect.objectContaining({ name: 'AccountingError' }));
  });

  it('options.context documents are read once too', () => {
    const reads = new Map<string, number>();
    const context = counting([invoice('a', '2024-01-10', [line('120.00')])], reads) as unknown[];
    const r = post([payment('p', '2024-01-11', '120.00', [['a', '120.00']])], vatOnInvoice, { context });
    expect(r.transactions).toHaveLength(1);
    expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('createTransaction reads every field once and builds from what it validated', () => {
    const input = {
      id: 'OD000001', journal: 'OD', date: '2024-01-10', piece: { ref: 'P1' }, label: 'x',
      entries: [{ account: '411000', debit: '10.00', analytics: { site: 'PARIS' } }, { account: '706000', credit: '10.00' }],
    };
    const reads = new Map<string, number>();
    const tx = createTransaction(counting(input, reads));
    expect(tx.entries[0]!.analytics).toEqual({ site: 'PARIS' });
    expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
    // Before: validated with two entries, built from the second answer.
    const flip = flipping(input, 'entries', input.entries, [input.entries[0]]);
    expect(createTransaction(flip).entries).toHaveLength(2);
    const flipAmount = { ...input, entries: [flipping(input.entries[0]!, 'debit', '10.00', '99.00'), input.entries[1]!] };
    expect(createTransaction(flipAmount).entries[0]!.amount.toFixed(2)).toBe('10.00');
    const r = safeCreateTransaction({ ...input, entries: [flipping(input.entries[0]!, 'analytics', { site: 'PARIS' }, 5), input.entries[1]!] });
    expect(r.success).toBe(true);
  });
});
