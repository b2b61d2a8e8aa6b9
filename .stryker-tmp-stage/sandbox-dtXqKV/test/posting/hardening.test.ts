// @ts-nocheck
// Hardening: no input crashes post or safePost with anything but a typed AccountingError.
import type { PostableDocument } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { AccountingError, post, safeParseDocument, safePost } from '../../src/index.js';
import { invoice, line } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';
import { codeAt as codeOf } from '../_errors.js';

const cyclic = (): Record<string, unknown> => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};

describe('post and safePost: arguments of the wrong type', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 5],
    ['a plain object', { type: 'invoice' }],
    ['a string (one failure per character before)', 'invoice'],
  ])('refuses %s as the document list (invalid_input)', (_, documents) => {
    expect(codeOf(() => safePost(documents as never, vatOnInvoice))).toBe('invalid_input@');
    expect(codeOf(() => post(documents as never, vatOnInvoice))).toBe('invalid_input@');
  });

  it.each([['null', null], ['a string', 'fr'], ['a number', 1], ['an array', []]])('refuses %s as the rules (invalid_option)', (_, rules) => {
    expect(codeOf(() => post([], rules as never))).toBe('invalid_option@rules');
    expect(codeOf(() => safePost([], rules as never))).toBe('invalid_option@rules');
  });

  it('refuses null options (invalid_option)', () => {
    expect(codeOf(() => safePost([], vatOnInvoice, null as never))).toMatch(/^invalid_option@/);
  });
});

describe('post and safePost: hostile document content', () => {
  const good = invoice('ok', '2024-01-10', [line('12.00')]);

  it.each([
    ['a BigInt type', 10n],
    ['a cyclic type', cyclic()],
    ['a symbol type', Symbol('invoice')],
  ])('reports %s as invalid_input on the document, and posts the others', (_, type) => {
    const r = safePost([{ type, id: 'bad' }, good], vatOnInvoice);
    expect(r.transactions).toHaveLength(1);
    expect(r.failures.map((f) => `${f.index} ${f.issues[0].code}@${f.issues[0].path.slice(0, 2).join('.')}`)).toEqual(['0 invalid_input@0.type']);
    const parsed = safeParseDocument({ type });
    expect(parsed.success || parsed.issues[0].code).toBe('invalid_input');
  });

  it('shows a bad value in a message without JSON (a BigInt as 10n, an object as "an object"), and a cycle where it closes', () => {
    const r = safePost([{ type: 10n, id: 'bad' }, { type: cyclic(), id: 'bad2' }], vatOnInvoice);
    expect(r.failures.map((f) => f.issues[0].message.slice(0, 30))).toEqual(['Unknown document type 10n: use', 'This value contains itself (a ']);
    expect(r.failures[1]!.issues[0].path).toEqual([1, 'type', 'self']);
    expect(safePost([{ type: { a: 1 }, id: 'bad' }], vatOnInvoice).failures[0]!.issues[0].message.slice(0, 33)).toBe('Unknown document type an object: ');
  });

  it('refuses an amount given as an object that only claims to be a Decimal (invalid_amount, never a TypeError)', () => {
    const fake = JSON.parse('{"toStringTag":"[object Decimal]"}') as unknown;
    const r = safePost([invoice('bad', '2024-01-10', [line('1.00', '20', { unitPrice: fake })]), good], vatOnInvoice);
    expect(r.transactions).toHaveLength(1);
    expect(r.failures[0]!.issues[0].code).toBe('invalid_amount');
  });
});

describe('post and safePost: shapes of the document list', () => {
  it('refuses one document object repeated in the list (duplicate_document on each repeat), early and cheaply', () => {
    const doc = invoice('a', '2024-01-10', [line('12.00')]);
    const r = safePost(Array<unknown>(10_000).fill(doc) as Iterable<PostableDocument>, vatOnInvoice);
    expect(r.transactions).toHaveLength(1);
    expect(r.failures).toHaveLength(9_999);
    expect(r.failures[0]).toMatchObject({ index: 1, issues: [{ code: 'duplicate_document', path: [1] }] });
    expect(r.failures[0]!.issues[0].message).toBe('Document 1 is the same object as document 0: a document posts once; give it once (or copy it with its own id).');
    expect(codeOf(() => post([doc, doc], vatOnInvoice))).toBe('duplicate_document@1');
  });

  it('still tells two equal copies apart by their id (duplicate_document on the id)', () => {
    const doc = invoice('a', '2024-01-10', [line('12.00')]);
    expect(codeOf(() => post([doc, { ...doc }], vatOnInvoice))).toBe('duplicate_document@1.id');
  });
});
