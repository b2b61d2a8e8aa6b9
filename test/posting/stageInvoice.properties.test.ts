// Properties of postBook's staging of the common invoice (src/posting/_lib/stageInvoice.ts) on arbitrary, invalid
// and hostile invoices; worked vectors in stageInvoice.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, ROUNDING_MODES, safePostBook, type PostableDocument } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { counting, flipping, invoicesArbitrary, optionsArbitrary, outcome, rulesArbitrary, sameAsPost } from './_stage.js';

/** Rules of every rounding, VAT regime, account width and nature split the staging of a new invoice computes with. */
const figureRulesArbitrary = fc
  .record({
    vatExigibility: fc.constantFrom('on-invoice' as const, 'on-receipt' as const),
    vatRounding: fc.constantFrom('per-invoice-rate' as const, 'per-line' as const),
    rounding: fc.constantFrom(...ROUNDING_MODES),
    accountWidth: fc.constantFrom(undefined, 6, 8),
    natures: fc.constantFrom(undefined, { '7061': 'goods' as const }, { '707': 'services' as const, '7062': 'goods' as const }),
  })
  .map(({ accountWidth, natures, ...r }) => defaultRules({ ...r, ...(accountWidth === undefined ? {} : { accountWidth }), ...(natures === undefined ? {} : { natures }) }));

/** Invoices whose lines round: odd prices and fractional quantities, several accounts and rates, goods, tourist tax. */
const roundingInvoicesArbitrary = fc
  .array(
    fc.record({
      lines: fc.array(
        fc.record({
          account: fc.constantFrom(undefined, '706100', '706200', '707100', '7061', '708500'),
          quantity: fc.constantFrom('1', '2', '3', '1.5', '0.333', '2.000', '7'),
          unitPrice: fc.constantFrom('10.00', '0.05', '33.33', '7.77', '0.01', '123.45', '-5.00', '1.99'),
          vatRate: fc.constantFrom('20', '10', '5.5', '2.1', '0'),
          kind: fc.constantFrom(undefined, undefined, 'goods', 'service', 'tourist-tax'),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      kind: fc.constantFrom('final', 'final', 'credit-note', 'debit-note'),
      pricesIncludeTax: fc.boolean(),
      customer: fc.constantFrom('C1', 'C2'),
      account: fc.constantFrom(undefined, undefined, '411100', '411'),
      costCenter: fc.constantFrom(undefined, 'CC1'),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((list) =>
    list.map((x, i) => ({
      type: 'invoice',
      id: `inv-${i}`,
      kind: x.kind,
      status: 'issued',
      number: `FA-${i}`,
      date: `2024-03-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
      customer: x.account === undefined ? { id: x.customer, name: `Client ${x.customer}` } : { id: x.customer, name: `Client ${x.customer}`, account: x.account },
      pricesIncludeTax: x.pricesIncludeTax,
      ...(x.costCenter === undefined ? {} : { costCenter: x.costCenter }),
      lines: x.lines.map(({ account, kind, vatRate, ...l }) => ({
        label: 'Ligne',
        ...l,
        ...(account === undefined ? {} : { account }),
        ...(kind === undefined ? {} : { kind }),
        ...(kind === 'tourist-tax' ? {} : vatRate === '0' ? { vatRate, exemption: 'exempt' } : { vatRate }),
      })),
    })),
  );

describe('properties', () => {
  it('equivalence: on arbitrary invoices postBook gives the Book of createBook(post(…)) or the same issues, and safePostBook the same failures', () => {
    fc.assert(
      fc.property(invoicesArbitrary, rulesArbitrary, optionsArbitrary, (docs, rules, options) => sameAsPost(docs, rules, options)),
      { numRuns: 150 },
    );
  });

  it('equivalence under every rounding: invoices staged with their figures computed in place give the Book of createBook(post(…)), whatever the VAT rounding, rounding mode, VAT regime, account width and natures', () => {
    fc.assert(
      fc.property(roundingInvoicesArbitrary, figureRulesArbitrary, (docs, rules) => sameAsPost(docs, rules)),
      { numRuns: 120 },
    );
    fc.assert(
      fc.property(invoicesArbitrary, figureRulesArbitrary, (docs, rules) => sameAsPost(docs, rules)),
      { numRuns: 60 },
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
