// @ts-nocheck
// Messages of schema issues are ours: built from each issue's code and fields, never from zod's own text (zod/mini has no English locale).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTransaction, defaultRules, safeParseDocument, type AccountingIssue } from '../../src/index.js';
import { invoiceArbitrary } from '../../src/testing/index.js';

const issuesOf = (fn: () => unknown): ReadonlyArray<AccountingIssue> => {
  try {
    fn();
  } catch (error) {
    return (error as { issues: ReadonlyArray<AccountingIssue> }).issues;
  }
  throw new Error('expected a failure');
};
const parse = (doc: unknown): ReadonlyArray<AccountingIssue> => {
  const r = safeParseDocument(doc);
  if (r.success) throw new Error('expected a failure');
  return r.issues;
};

const invoice = {
  type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-10-15', customer: { id: 'C1', name: 'DUPONT Jean' },
  lines: [{ label: 'Séance', quantity: '1', unitPrice: '10.00', vatRate: '20', sessions: 10 }],
};

describe('schema issue messages', () => {
  it('name the allowed values, the bound or the type, and what was received', () => {
    expect(parse({ ...invoice, kind: 'bogus' }).map((i) => [i.code, i.path, i.message])).toEqual([
      ['invalid_input', ['kind'], '"kind" must be one of "final", "deposit", "proforma", "credit-note", "debit-note": received "bogus".'],
    ]);
    expect(parse({ ...invoice, lines: [{ ...invoice.lines[0], sessions: 0 }] })[0]!.message).toBe('"sessions" must be greater than 0: received 0.');
    expect(parse({ ...invoice, lines: [{ ...invoice.lines[0], sessions: 1.5 }] })[0]!.message).toBe('"sessions" must be a whole number: received 1.5.');
    expect(parse({ ...invoice, customer: { id: 'C1' } })[0]!.message).toBe('Missing field "name": it is required and holds a string.');
    expect(parse(null)[0]!.message).toBe('the input must be an object: received null.');
    expect(issuesOf(() => createTransaction({ journal: 'VT', date: '2024-01-01', piece: { ref: 'A' }, label: 'x', entries: [{ account: '411', debit: true }] }))[0]!.message).toBe(
      '"debit" must be an amount (a decimal string such as "12.50", a Decimal or a safe-integer JS number): received true.',
    );
  });

  it('use the words a schema gives for its field rather than the bound it missed', () => {
    expect(issuesOf(() => defaultRules({ fiscalYearStartMonth: 13 }))[0]!.message).toBe('"fiscalYearStartMonth" must be a whole month number from 1 to 12: received 13.');
  });
});

describe('properties', () => {
  const odd = fc.constantFrom<unknown>(undefined, null, '', 0, -1, 1.5, true, {}, [], 'x', '2024-02-30', 'XYZ', '1e3');
  function paths(v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (typeof v !== 'object' || v === null) return [prefix];
    const out: Array<Array<string | number>> = [prefix];
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, Array.isArray(v) ? Number(k) : k]));
    return out;
  }
  it("every issue of a broken document has a message of ours (never zod's \"Invalid input\"), ending with a full stop", () => {
    fc.assert(
      fc.property(invoiceArbitrary(), fc.nat(), odd, (doc, at, value) => {
        const all = paths(doc).filter((p) => p.length > 0);
        const path = all[at % all.length]!;
        const copy = structuredClone(doc) as Record<string | number, unknown>;
        let o = copy;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
        o[path[path.length - 1]!] = value;
        const r = safeParseDocument(copy);
        if (r.success) return;
        for (const i of r.issues) {
          expect(i.message).not.toMatch(/^Invalid input$|Invalid input:/);
          expect(i.message).toMatch(/[.)]$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
