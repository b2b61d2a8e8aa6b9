// @ts-nocheck
// The direct invoice figures of the synthesis (no computeFigures objects) agree
// with the generic path, line by line, group by group, issue by issue.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError } from '../../src/errors/index.js';
import { defaultRules } from '../../src/index.js';
import { ROUNDING_MODES } from '../../src/money/index.js';
import { readDocuments, type ReadDocuments } from '../../src/synthesis/_lib/read.js';

const minor = fc.integer({ min: -200_000, max: 2_000_000 });
const price = fc.oneof(
  { weight: 20, arbitrary: minor.map((m) => (m < 0 ? '-' : '') + (Math.floor(Math.abs(m) / 100) + '.' + String(Math.abs(m) % 100).padStart(2, '0'))) },
  { weight: 3, arbitrary: fc.constantFrom('0.60', '1', '0', '450.00', '15.00', '3.20', '33.33') },
  { weight: 1, arbitrary: fc.constantFrom('0.001', '12.345', '99999999999999999.99') },
);
const quantity = fc.constantFrom('1', '1', '1', '2', '14', '0.5', '1.333', '3.000');
/** Lines the direct path takes: no kind, an account of the chart or none, an accepted rate. */
const saleLine = fc.record({
  account: fc.constantFrom('706100', '706200', '707100', '708000', '706', '701', undefined),
  quantity,
  unitPrice: price,
  vatRate: fc.constantFrom('10', '10', '20', '5.5', '2.1', '10.0', '0'),
});
/** Tourist tax (on its default account, or another account of the chart). */
const touristLine = fc.record({ account: fc.constantFrom('4671', '4686', undefined), quantity, unitPrice: fc.constantFrom('0.60', '1.10', '0.25') });
/** What the direct path leaves to computeFigures: a kind, an account off the chart, an unknown rate, a price with too many decimals. */
const otherLine = fc.oneof(
  saleLine.map((l) => ({ ...l, kind: 'goods' })),
  saleLine.map((l) => ({ ...l, kind: 'service' })),
  saleLine.map((l) => ({ ...l, account: '999999' })),
  saleLine.map((l) => ({ ...l, vatRate: '0.2' })),
  saleLine.map((l) => ({ ...l, unitPrice: '12.345' })),
);
const line = fc.oneof({ weight: 12, arbitrary: saleLine.map((l) => ({ ...l, kind: undefined })) }, { weight: 3, arbitrary: touristLine.map((l) => ({ ...l, kind: 'tourist-tax', vatRate: undefined })) }, { weight: 1, arbitrary: otherLine }).map((l) => {
  const out: Record<string, string> = { label: 'x' };
  for (const [k, v] of Object.entries(l)) if (v !== undefined) out[k] = v;
  if (out.vatRate === '0') out.exemption = 'exempt';
  return out;
});
const invoice = (i: number): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({
    kind: fc.constantFrom('final', 'final', 'final', 'deposit', 'credit-note', 'debit-note', 'proforma'),
    pricesIncludeTax: fc.boolean(),
    lines: fc.array(line, { minLength: 1, maxLength: 6 }),
  }).map((v) => ({
    type: 'invoice',
    id: `inv-${i}`,
    kind: v.kind,
    status: 'issued',
    number: `F${i}`,
    date: '2024-06-01',
    customer: { id: 'C1', name: 'DUPONT' },
    pricesIncludeTax: v.pricesIncludeTax,
    lines: v.lines,
  }));
const invoices = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => invoice(i))));

/** What readDocuments gives, as plain data (or the issues it throws). */
function read(docs: unknown[], direct: boolean, rules = defaultRules({ vatExigibility: 'on-invoice' })): unknown {
  let r: ReadDocuments;
  try {
    r = readDocuments(docs, rules, ['documents'], { direct });
  } catch (e) {
    if (e instanceof AccountingError) return { issues: e.issues.map((x) => [x.code, x.path.join('.'), x.message]) };
    throw e;
  }
  const inv = r.invoices;
  const rows = [];
  for (let k = 0; k < inv.size; k++) {
    const groups = [];
    for (let g = inv.groupStart[k]!; g < inv.groupEnd[k]!; g++) {
      const key = r.natures.keys[r.groups.key[g]!]!;
      groups.push([key.account, key.rate, key.kind, r.groups.exclTax[g], r.groups.inclTax[g]]);
    }
    rows.push({ exclTax: inv.exclTax[k], vat: inv.vat(k), touristTax: inv.touristTax[k], inclTax: inv.inclTax[k], groups });
  }
  return rows;
}

describe('direct invoice figures', () => {
  it('the direct figures equal the generic figures (computeFigures), issues included', () => {
    fc.assert(fc.property(invoices, (docs) => {
        expect(read(docs, true)).toEqual(read(docs, false));
      }), { numRuns: 3000 });
  });

  it('the direct figures equal the generic figures under every rounding mode', () => {
    fc.assert(
      fc.property(invoices, fc.constantFrom(...ROUNDING_MODES), (docs, rounding) => {
        const rules = defaultRules({ vatExigibility: 'on-invoice', rounding });
        expect(read(docs, true, rules)).toEqual(read(docs, false, rules));
      }),
      { numRuns: 1000 },
    );
  });

  it('with an account width, both paths pad the lines\' accounts (706 → 706000) and refuse a longer one alike', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6 });
    const tooLong = invoices.map((docs) => [...docs, { ...docs[0]!, id: 'inv-long', number: 'FL', lines: [{ label: 'x', account: '7061000', quantity: '1', unitPrice: '1.00', vatRate: '20' }] }]);
    fc.assert(
      fc.property(fc.oneof(invoices, tooLong), (docs) => {
        const direct = read(docs, true, rules);
        expect(direct).toEqual(read(docs, false, rules));
        if (Array.isArray(direct)) for (const row of direct as Array<{ groups: unknown[][] }>) for (const g of row.groups) expect(g[0]).toHaveLength(6);
      }),
      { numRuns: 500 },
    );
    const one = read([{ type: 'invoice', id: 'a', kind: 'final', status: 'issued', number: 'F1', date: '2024-06-01', customer: { id: 'C1', name: 'X' }, pricesIncludeTax: true, lines: [{ label: 'a', account: '706', quantity: '1', unitPrice: '12.00', vatRate: '20' }] }], true, rules);
    expect(one).toMatchObject([{ groups: [['706000', '20', 'sale', 1000, 1200]] }]);
  });

  it('pins a single-rate invoice incl. tax over two accounts with tourist tax', () => {
    const docs = [
      {
        type: 'invoice', id: 'a', kind: 'final', status: 'issued', number: 'F1', date: '2024-06-01', customer: { id: 'C1', name: 'X' }, pricesIncludeTax: true,
        lines: [
          { label: 'a', account: '706100', quantity: '1', unitPrice: '100.00', vatRate: '10' },
          { label: 'b', account: '706200', quantity: '1', unitPrice: '33.33', vatRate: '10' },
          { label: 't', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
        ],
      },
    ];
    expect(read(docs, true)).toEqual(read(docs, false));
    expect(read(docs, true)).toMatchObject([{ inclTax: 14173, touristTax: 840, exclTax: 12121, vat: 1212 }]);
  });
});
