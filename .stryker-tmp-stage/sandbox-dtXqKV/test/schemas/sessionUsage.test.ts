// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSessionUsage, safeParseSessionUsage, sessionUsageSchema } from '../../src/index.js';
import { codeOf, dateArb, deepFreeze } from '../revenue/_fixtures.js';

const valid = { type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-11-02' };

describe('session-usage schema', () => {
  it('accepts { type, id, invoice, line, date }', () => {
    expect(parseSessionUsage(valid)).toEqual(valid);
    expect(sessionUsageSchema.safeParse(valid).success).toBe(true);
  });

  it('reports bad input with codes and paths', () => {
    expect(codeOf(() => parseSessionUsage({ ...valid, date: '2024-02-30' }))).toBe('invalid_date');
    expect(codeOf(() => parseSessionUsage({ ...valid, id: ' ' }))).toBe('empty_id');
    expect(codeOf(() => parseSessionUsage({ ...valid, sessions: 2 }))).toBe('unknown_field');
    expect(codeOf(() => parseSessionUsage({ ...valid, line: undefined }))).toBe('invalid_input');
    const r = safeParseSessionUsage({ ...valid, invoice: '' });
    expect(r.success || [r.issues[0].code, r.issues[0].path]).toEqual(['empty_id', ['invoice']]);
    expect(() => parseSessionUsage({ ...valid, date: 'x' }, [4])).toThrow(/^\[4\]\.date/);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ ...valid });
    parseSessionUsage(input);
    expect(input).toEqual(valid);
  });

  describe('properties', () => {
    it('round-trips: a valid usage parses to itself', () => {
      fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), dateArb, (id, date) => {
        expect(parseSessionUsage({ ...valid, id, date })).toEqual({ ...valid, id, date });
      }));
    });
  });
});
