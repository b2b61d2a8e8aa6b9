// @ts-nocheck
// The four entry points over one run (src/posting/post.ts, postBook.ts, safePost.ts) and lockPeriod.ts: the throwing
// ones report the issues of every failed document in one error, in input order; the safe ones say success exactly
// when nothing failed; what they return is frozen; a lock only moves forward and works on hand-made rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, defaultRules, lockPeriod, post, postBook, safePost, safePostBook } from '../../src/index.js';
import { isPostingRules } from '../../src/posting/rules.js';
import { invoice, line } from './_helpers.js';

const good = (id: string, date = '2024-06-03') => invoice(id, date, [line('120.00')]);
const badRate = (id: string) => invoice(id, '2024-06-04', [line('60.00', '0.2')]);
const badDate = (id: string) => invoice(id, '2024-02-30', [line('60.00')]);
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => [i.code, i.path]);
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('post and postBook', () => {
  it('throw the issues of every failed document together, in input order', () => {
    const docs = [good('a'), badRate('b'), good('c'), badDate('d')];
    const expected = [
      ['unknown_vat_rate', [1, 'lines', 0, 'vatRate']],
      ['invalid_date', [3, 'date']],
    ];
    expect(issuesOf(() => post(docs))).toEqual(expected);
    expect(issuesOf(() => postBook(docs))).toEqual(expected);
  });

  it('throw for a single failed document, and return frozen results when none fails', () => {
    expect(issuesOf(() => post([badRate('b')]))).toEqual([['unknown_vat_rate', [0, 'lines', 0, 'vatRate']]]);
    expect(issuesOf(() => postBook([good('a'), badRate('b')]))).toEqual([['unknown_vat_rate', [1, 'lines', 0, 'vatRate']]]);
    const r = post([good('a'), invoice('z', '2024-06-05', [line('60.00')], { status: 'draft' })]);
    expect([Object.isFrozen(r), Object.keys(r), r.transactions.length, r.skipped]).toEqual([true, ['transactions', 'skipped'], 1, [{ index: 1, id: 'z', reason: 'draft' }]]);
    const b = postBook([good('a')]);
    expect([Object.isFrozen(b), Object.keys(b), b.book.size, b.skipped]).toEqual([true, ['book', 'skipped'], 1, []]);
    expect(post([]).transactions).toEqual([]);
    expect(postBook([]).book.size).toBe(0);
  });
});

describe('safePost and safePostBook', () => {
  it('say success exactly when no document failed, and list the failures with index and id', () => {
    const ok = safePost([good('a')]);
    expect([ok.success, ok.transactions.length, ok.failures]).toEqual([true, 1, []]);
    const ko = safePost([good('a'), badRate('b')]);
    expect([ko.success, ko.transactions.length, ko.failures.map((f) => [f.index, f.id, f.issues.map((i) => i.code)])]).toEqual([false, 1, [[1, 'b', ['unknown_vat_rate']]]]);
    expect(Object.keys(ko)).toEqual(['success', 'transactions', 'skipped', 'failures']);
    const okBook = safePostBook([good('a')]);
    expect([okBook.success, okBook.book.size, okBook.failures]).toEqual([true, 1, []]);
    const koBook = safePostBook([badDate('d'), good('a')]);
    expect([koBook.success, koBook.book.size, koBook.failures.map((f) => [f.index, f.id])]).toEqual([false, 1, [[0, 'd']]]);
    expect(Object.keys(koBook)).toEqual(['success', 'book', 'skipped', 'failures']);
  });
});

describe('lockPeriod', () => {
  it('keeps the later lock, and the same lock on the same day', () => {
    const locked = lockPeriod(defaultRules(), '2024-06-30');
    expect(lockPeriod(locked, '2024-06-30').lockedUntil).toBe('2024-06-30');
    expect(lockPeriod(locked, '2024-06-29').lockedUntil).toBe('2024-06-30');
    expect(lockPeriod(locked, '2024-07-01').lockedUntil).toBe('2024-07-01');
    expect(isPostingRules(locked) && Object.isFrozen(locked)).toBe(true);
    expect(locked.accounts).toBe(defaultRules().accounts);
  });

  it('checks hand-made rules as defaultRules does, and locks them', () => {
    const handMade = { ...defaultRules({ accountWidth: 6 }) };
    const locked = lockPeriod(handMade, '2024-12-31');
    expect([isPostingRules(locked), locked.lockedUntil, locked.accounts.bank]).toEqual([true, '2024-12-31', '512000']);
    expect(issuesOf(() => lockPeriod({ ...defaultRules(), journals: { ...defaultRules().journals, sales: 'V T' } }, '2024-12-31'))).toEqual([['invalid_option', ['journals', 'sales']]]);
    expect(issuesOf(() => lockPeriod(defaultRules(), '2024-02-30'))).toEqual([['invalid_date', ['until']]]);
  });
});

describe('properties', () => {
  it('lock law: the lock of a chain of locks is the latest date given', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 6 }), (dates) => {
        const rules = dates.reduce((r, d) => lockPeriod(r, d), defaultRules());
        expect(rules.lockedUntil).toBe([...dates].sort().at(-1));
      }),
    );
  });
});
