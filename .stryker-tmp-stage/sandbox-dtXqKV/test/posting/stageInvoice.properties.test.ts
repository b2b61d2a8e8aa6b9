// @ts-nocheck
// Properties of postBook's staging of the common invoice (src/posting/_lib/stageInvoice.ts) on arbitrary, invalid
// and hostile invoices; worked vectors in stageInvoice.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safePostBook, type PostableDocument } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { counting, flipping, invoicesArbitrary, optionsArbitrary, outcome, rulesArbitrary, sameAsPost } from './_stage.js';

describe('properties', () => {
  it('equivalence: on arbitrary invoices postBook gives the Book of createBook(post(…)) or the same issues, and safePostBook the same failures', () => {
    fc.assert(
      fc.property(invoicesArbitrary, rulesArbitrary, optionsArbitrary, (docs, rules, options) => sameAsPost(docs, rules, options)),
      { numRuns: 150 },
    );
    console.log('HITS', (globalThis as any).__hits);
    void (0
    );
  });

  it('read once: postBook reads every field of arbitrary invoices exactly once', () => {
    fc.assert(
      fc.property(invoicesArbitrary, (docs) => {
        const reads = new Map<string, number>();
        outcome(() => safePostBook(counting(docs, reads) as PostableDocument[], vatOnInvoice));
        expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('first read wins: getters and proxies answering garbage after their first read give the Book of the plain invoices', () => {
    fc.assert(
      fc.property(invoicesArbitrary, fc.constantFrom<unknown>(undefined, 'garbage', 42, [], null), fc.boolean(), (docs, later, proxy) => {
        const hostile = docs.map((d) => flipping(d, later, proxy)) as PostableDocument[];
        const a = outcome(() => safePostBook(hostile, vatOnInvoice));
        const b = outcome(() => safePostBook(docs as PostableDocument[], vatOnInvoice));
        expect(a).toStrictEqual(b);
      }),
      { numRuns: 40 },
    );
  });
});
