// @ts-nocheck
// The internal error helpers every module builds its issues with.
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../src/index.js';
import { fail, issue, prefixIssues, safely } from '../../src/errors/issue.js';
import { quote } from '../../src/errors/quote.js';

describe('issue / fail / prefixIssues', () => {
  it('issue() freezes the issue and copies its path (a later change to the caller\'s array does not leak in)', () => {
    const path: Array<string | number> = ['lines', 0];
    const i = issue('invalid_amount', path, 'bad');
    path.push('x');
    expect(i).toEqual({ code: 'invalid_amount', path: ['lines', 0], message: 'bad' });
    expect(Object.isFrozen(i)).toBe(true);
    expect(Object.isFrozen(i.path)).toBe(true);
  });

  it('fail() throws an AccountingError holding that one issue', () => {
    expect(() => fail('invalid_date', ['date'], 'Invalid date')).toThrow(AccountingError);
    try {
      fail('invalid_date', ['date'], 'Invalid date');
    } catch (error) {
      expect((error as AccountingError).issues).toEqual([{ code: 'invalid_date', path: ['date'], message: 'Invalid date' }]);
    }
  });

  it('prefixIssues() puts the prefix before every path and keeps codes and messages', () => {
    const out = prefixIssues([3, 'entries'], [issue('invalid_amount', [1, 'debit'], 'm1'), issue('too_few_entries', [], 'm2')]);
    expect(out.map((i) => `${i.code}@${i.path.join('.')}:${i.message}`)).toEqual(['invalid_amount@3.entries.1.debit:m1', 'too_few_entries@3.entries:m2']);
  });
});

describe('safely', () => {
  it('returns the value on success', () => {
    expect(safely(() => 42)).toEqual({ success: true, value: 42 });
  });

  it('turns an AccountingError into its issues', () => {
    const r = safely(() => fail('invalid_input', ['x'], 'nope'));
    expect(r).toEqual({ success: false, issues: [{ code: 'invalid_input', path: ['x'], message: 'nope' }] });
  });

  it('lets any other error through (a library defect is never reported as bad input)', () => {
    const boom = new TypeError('boom');
    expect(() => safely(() => { throw boom; })).toThrow(boom);
  });
});

describe('quote', () => {
  it.each([
    ['a short string', 'abc', '"abc"'],
    ['a long string, cut after 60 characters', 'x'.repeat(70), JSON.stringify(`${'x'.repeat(60)}…`)],
    ['a number', 1.5, '1.5'],
    ['a boolean', false, 'false'],
    ['undefined', undefined, 'undefined'],
    ['a bigint', 12n, '12n'],
    ['a symbol', Symbol('s'), 'a symbol'],
    ['a function', () => 1, 'a function'],
    ['null', null, 'null'],
    ['an array', [1], 'an array'],
    ['an object', { toString: () => 'never called' }, 'an object'],
  ])('shows %s', (_, value, shown) => {
    expect(quote(value)).toBe(shown);
  });

  it('shows a revoked proxy as "an object" without throwing (Array.isArray throws on it)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(quote(proxy)).toBe('an object');
  });
});
