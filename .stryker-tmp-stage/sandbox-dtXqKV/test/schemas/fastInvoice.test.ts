// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/index.js';
import { fastInvoice } from '../../src/schemas/_lib/fastInvoice.js';
import { invoiceArbitrary } from '../../src/testing/index.js';

const valid = {
  type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-10-15', customer: { id: 'C1', name: 'DUPONT Jean', account: '4111' },
  currency: 'USD', exchangeRate: '0.92', memo: 'm', costCenter: 'PARIS', funder: 'CAF', billingContact: 'Mme X', pricesIncludeTax: true,
  lines: [
    { id: 'l1', label: 'Séjour', account: '706100', quantity: '1.5', unitPrice: '-3.00', vatRate: '10', kind: 'service', category: 'c', product: 'p', seller: 's', servicePeriod: { from: '2024-10-15', to: '2024-10-20' }, sessions: 3 },
    { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60' },
    { label: 'Exonéré', quantity: '1', unitPrice: '5', vatRate: '0', exemption: 'exempt' },
  ],
};

/** Paths to every value of a document. */
function paths(v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v !== 'object' || v === null) return [prefix];
  const out: Array<Array<string | number>> = [prefix];
  for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, Array.isArray(v) ? Number(k) : k]));
  return out;
}

function set(doc: unknown, path: ReadonlyArray<string | number>, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete o[last];
  else o[last] = value;
  return copy;
}

const odd = fc.constantFrom<unknown>(undefined, null, '', ' ', '0', '-1', '1e3', '1.0000001', 12, 1.5, true, {}, [], '2024-02-30', '2024-10-14', 'USD', 'XYZ', '20%', '0.2', '120', 'tourist-tax', 'goods', 'draft', 'cancelled', 'credit-note', 'final', '706100', '70', '7', 'inv-1', 'exempt');

describe('fastInvoice', () => {
  it('accepts a full valid invoice, returning it as is', () => {
    expect(fastInvoice(valid)).toBe(valid);
    expect(documentSchema.parse(valid)).toEqual(valid);
  });

  it('leaves anything unusual to zod', () => {
    expect(fastInvoice({ ...valid, extra: 1 })).toBeUndefined();
    expect(fastInvoice({ ...valid, memo: undefined })).toBeUndefined();
    expect(fastInvoice(Object.assign(Object.create({ polluted: 1 }), valid))).toBeUndefined();
    expect(fastInvoice({ ...valid, type: 'payment' })).toBeUndefined();
    expect(fastInvoice(JSON.parse(JSON.stringify(valid).replace('{', '{"__proto__":{},')))).toBeUndefined();
  });
});

describe('properties', () => {
  it('accepts only what zod accepts, and zod parses it to an equal value', () => {
    fc.assert(
      fc.property(fc.oneof(invoiceArbitrary(), fc.constant(valid)), fc.nat(), odd, fc.boolean(), (doc, at, value, remove) => {
        const all = paths(doc);
        const candidate = set(doc, all[at % all.length]!, value, remove);
        const fast = fastInvoice(candidate);
        if (fast === undefined) return;
        const z = documentSchema.safeParse(candidate);
        expect(z.success).toBe(true);
        expect(z.data).toEqual(candidate);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the fast path for every valid invoice of the arbitraries', () => {
    fc.assert(
      fc.property(invoiceArbitrary(), (doc) => {
        expect(fastInvoice(doc)).toBe(doc);
      }),
    );
  });
});
