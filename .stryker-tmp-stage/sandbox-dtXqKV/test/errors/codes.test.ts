// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountingError, formatPath, ISSUE_CODES } from '../../src/index.js';

describe('issue codes', () => {
  it('are snake_case and each is documented in docs/errors.md', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const code of Object.keys(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(doc).toContain(`\`${code}\``);
    }
  });

  it('an AccountingError always has at least one issue', () => {
    expect(() => new AccountingError([])).toThrow(TypeError);
    const e = new AccountingError([{ code: 'invalid_date', path: ['entries', 1, 'date'], message: 'bad' }]);
    expect(e.code).toBe('invalid_date');
    expect(e.message).toBe('entries[1].date: bad');
    expect(e).toBeInstanceOf(Error);
    expect(formatPath([0, 'lines', 2])).toBe('[0].lines[2]');
  });
});
