import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { isSiret } from '../../src/accounts/index.js';
import { parseDocumentIssues } from '../../src/schemas/document.js';
import { documentObject } from '../../src/schemas/document.js';
import { checkDocument, DOCUMENT_SHAPES, type Node } from '../../src/schemas/_lib/checkDocument.js';
import { DOCUMENT_TYPES } from '../../src/index.js';
import { campsiteArbitrary, gymDocumentsArbitrary, purchasesArbitrary, salesArbitrary } from '../../src/testing/index.js';

const SIRET = Array.from({ length: 99 }, (_, k) => `123456782${String(k + 1).padStart(5, '0')}`).find(isSiret)!;
const party = { id: 'C1', name: 'DUPONT Jean', account: '411100', siren: '123456782', siret: SIRET, vatNumber: 'FR11123456782', address: { lines: ['1 rue de la Paix'], postcode: '75002', city: 'Paris', country: 'FR' }, email: 'a@b.fr' };
const period = { from: '2024-10-01', to: '2024-10-31' };

/** A valid document of each type, most optional fields filled (the mutations below take them away). */
const SEEDS: ReadonlyArray<Record<string, unknown>> = [
  {
    type: 'invoice', id: 'inv-1', kind: 'final', status: 'cancelled', number: 'FA-1', date: '2024-10-15', cancelledOn: '2024-10-20', currency: 'USD', exchangeRate: '0.92', customer: party,
    memo: 'm', costCenter: 'PARIS', funder: 'CAF', billingContact: 'Mme X', pricesIncludeTax: true, deducts: ['dep-1', 'dep-2'],
    lines: [
      { id: 'l1', label: 'Séjour', account: '706100', quantity: '1.5', unitPrice: '-3.00', vatRate: '10', kind: 'service', category: 'c', product: 'p', seller: 's', servicePeriod: period, sessions: 3 },
      { id: 'l2', label: 'Taxe de séjour', kind: 'tourist-tax', quantity: 2, unitPrice: '0.60' },
      { label: 'Exonéré', quantity: '1', unitPrice: new Decimal('5'), vatRate: '0', exemption: 'exempt', exemptionReason: 'Art. 261', exemptionCode: 'VATEX-EU-132' },
    ],
  },
  { type: 'invoice', id: 'av-1', kind: 'credit-note', status: 'issued', number: 'AV-1', date: '2024-10-15', corrects: 'inv-1', customer: { id: 'C1', name: 'X' }, lines: [{ label: 'a', quantity: '1', unitPrice: '1', vatRate: '20' }] },
  {
    type: 'payment', id: 'pay-1', number: 'P1', date: '2024-10-20', method: 'card', amount: '600.00', currency: 'USD', exchangeRate: '1.1', customer: party, creditNote: 'av-1', reference: 'r', memo: 'm',
    allocations: [{ invoice: 'inv-1', amount: '500.00' }, { rejection: 'rj-1', amount: 4 }, { ticket: 't1', closing: 'z1', amount: '96.00' }],
  },
  { type: 'refund', id: 'rf-1', date: '2024-10-25', method: 'transfer', amount: '50.00', customer: { id: 'C1', name: 'X' }, allocations: [{ invoice: 'av-1', amount: '50.00' }] },
  { type: 'remittance', id: 'rm-1', number: 'R1', date: '2024-10-21', method: 'cheque', amount: '120.00', fees: '0', payments: ['pay-1', 'pay-2'], bankAccount: '512100', memo: 'm', costCenter: 'c' },
  { type: 'voucher-settlement', id: 'vs-1', date: '2024-10-21', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '100.00', fees: '2.50', payments: ['pay-1'], method: 'voucher', bankAccount: '512000' },
  {
    type: 'direct-debit-batch', id: 'dd-1', number: 'B1', messageId: 'MSG-1', createdAt: '2024-11-02T09:00:00+01:00', collectionDate: '2024-11-05', localInstrument: 'CORE',
    creditor: { name: 'Club', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' },
    items: [
      { id: 'i1', endToEndId: 'E2E-1', customer: party, amount: '29.90', mandate: { id: 'M1', signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: 'DUPONT', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP882' }, invoices: ['inv-1'], remittanceInfo: 'Abonnement' },
      { id: 'i2', endToEndId: 'E2E-2', customer: { id: 'C2', name: 'Y' }, amount: 10, mandate: { id: 'M2', signedOn: '2024-11-05' }, sequence: 'FRST', debtor: { name: 'Y', iban: 'FR7630006000011234567890189' }, invoices: [] },
    ],
    memo: 'm',
  },
  { type: 'direct-debit-rejection', id: 'rj-1', number: 'RJ', date: '2024-11-10', batch: 'dd-1', item: 'i1', reason: 'AM04', fees: '4.50', rebilled: true, costCenter: 'c' },
  {
    type: 'till-closing', id: 'z1', number: 'Z1', till: 'T1', day: '2024-10-15', pricesIncludeTax: true, countedCash: '10.00', expectedCash: '10', funder: 'f',
    tickets: [
      { id: 't1', number: 'N1', customer: party, lines: [{ label: 'Café', quantity: '1', unitPrice: '2.00', vatRate: '10' }], payments: [{ method: 'cash', amount: '2.00' }] },
      { id: 't2', lines: [{ id: 'a', label: 'Thé', quantity: '2', unitPrice: '3.00', vatRate: '5.5' }], payments: [] },
    ],
  },
  {
    type: 'purchase', id: 'pu-1', kind: 'invoice', number: 'F-77', date: '2024-10-03', supplier: party, pricesIncludeTax: false, currency: 'EUR', exchangeRate: '1', advances: [{ payment: 'sp-0', amount: '10.00' }],
    vatExigibility: 'on-receipt', memo: 'm',
    lines: [{ id: 'p1', label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20', deductible: false, servicePeriod: period }, { label: 'Exo', account: '606400', quantity: '1', unitPrice: '5', vatRate: '0', exemption: 'intra-eu' }],
  },
  { type: 'purchase', id: 'pu-2', kind: 'credit-note', number: 'AV-9', date: '2024-10-03', corrects: 'pu-1', supplier: { id: 'F1', name: 'EDF' }, lines: [{ label: 'x', account: '606100', quantity: '1', unitPrice: '1', vatRate: '20' }] },
  { type: 'supplier-payment', id: 'sp-1', number: 'S1', date: '2024-10-10', method: 'transfer', amount: '120.00', currency: 'USD', exchangeRate: '0.9', supplier: party, allocations: [{ purchase: 'pu-1', amount: '120.00' }], reference: 'r', memo: 'm', costCenter: 'c' },
  { type: 'supplier-refund', id: 'sr-1', date: '2024-10-10', method: 'transfer', amount: '1.00', supplier: { id: 'F1', name: 'EDF' }, allocations: [{ purchase: 'pu-2', amount: '1.00' }, { purchase: 'pu-3', amount: 2 }] },
  { type: 'write-off', id: 'wo-1', number: 'W', date: '2024-12-31', customer: party, invoice: 'inv-1', amount: '10.00', reverseVat: true, reason: 'lost', memo: 'm', billingContact: 'b' },
  { type: 'session-usage', id: 'su-1', invoice: 'inv-1', line: 'l1', date: '2024-10-16' },
  { type: 'subscription-cancellation', id: 'sc-1', number: 'SC', date: '2024-11-01', invoice: 'inv-1', line: 'l1', reason: 'moving', endsOn: '2024-11-30', creditNote: 'av-1', refund: 'rf-1', memo: 'm' },
  { type: 'stay', id: 'st-1', number: 'S', customer: party, arrival: '2024-07-01', departure: '2024-07-08', guests: 2, invoices: ['inv-1', 'inv-2'], costCenter: 'c' },
  { type: 'tourist-tax-remittance', id: 'tt-1', number: 'T', date: '2024-12-31', method: 'transfer', amount: '84.00', currency: 'USD', exchangeRate: '0.9', collector: { id: 'MAIRIE', name: 'Mairie', account: '447000' }, period, account: '447000', reference: 'r', memo: 'm' },
  { type: 'vat-payment', id: 'vp-1', number: 'V', date: '2024-11-19', method: 'transfer', amount: '1200.00', kind: 'instalment', regime: 'CA12', period, account: '44581', reference: 'r', costCenter: 'c' },
  { type: 'vat-payment', id: 'vp-2', date: '2024-11-19', method: 'transfer', amount: '1.00' },
];

/** Paths to every value of a document. */
function paths(v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v !== 'object' || v === null || Decimal.isDecimal(v)) return [prefix];
  const out: Array<Array<string | number>> = [prefix];
  for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, Array.isArray(v) ? Number(k) : k]));
  return out;
}

/** A copy of `doc` (Decimals kept) with one change at `path`. */
function change(doc: unknown, path: ReadonlyArray<string | number>, op: 'set' | 'delete' | 'add' | 'repeat', value: unknown): unknown {
  const copy = (v: unknown): unknown =>
    typeof v !== 'object' || v === null || Decimal.isDecimal(v) ? v : Array.isArray(v) ? v.map(copy) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  const root = copy(doc);
  if (path.length === 0) return op === 'set' ? value : root;
  let o = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (op === 'delete') delete o[last];
  else if (op === 'add' && typeof o[last] === 'object' && o[last] !== null && !Array.isArray(o[last])) (o[last] as Record<string, unknown>)[String(value)] = 'x';
  else if (op === 'repeat' && Array.isArray(o[last]) && (o[last] as unknown[]).length > 0) (o[last] as unknown[]).push(copy((o[last] as unknown[])[0]));
  else o[last] = value;
  return root;
}

const odd = fc.constantFrom<unknown>(
  undefined, null, '', ' ', '0', '-0', '0.00', '-1', '-1.5', '1e3', '1.0000001', '0.00000000001', 12, 0, -3, 1.5, 2 ** 60, -(2 ** 60), Number.NaN, true, {}, [], [1], '2024-02-30', '2024-10-14',
  '2024-11-06', 'USD', 'XYZ', '20%', '0.2', '120', '0', '20', 'tourist-tax', 'goods', 'draft', 'issued', 'cancelled', 'credit-note', 'final', 'invoice', 'instalment', 'CA3', '706100', '70', '601000',
  '4111', '7', 'inv-1', 'av-1', 'pu-1', 'exempt', 'FR7630006000011234567890180', 'AGRI', 'FR00ZZZ123456', 'X'.repeat(71), 'A'.repeat(141), '2024-11-02T09:00', '2024-11-02 09:00', '2024-11-02T25:00:00Z',
  '123456789', 'FR33123456782', 'VATEX', 'fr', '__proto__', 'constructor', 'extra', new Decimal('1.5'), new Decimal('-2'), ['a', 'b', 'c', 'd'], ['a', ' '],
);

/** A valid document with up to three changes. */
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'set', 'set', 'delete', 'add', 'repeat') as fc.Arbitrary<'set' | 'delete' | 'add' | 'repeat'>, odd), { minLength: 1, maxLength: 3 }))
  .map(([seed, changes]) => changes.reduce<unknown>((doc, [at, op, value]) => {
    const all = paths(doc);
    return change(doc, all[at % all.length]!, op, value);
  }, seed));

/** The reference: zod, read by `parseDocumentIssues` (what `post` ran before). */
const viaZod = (input: unknown, path: Array<string | number>) => parseDocumentIssues(input, path);

describe('checkDocument', () => {
  it('accepts every seed, parsing it as zod does (decimal inputs read as strings, kind defaulted)', () => {
    for (const seed of SEEDS) {
      const mine = checkDocument(seed, [0]);
      expect(mine.issues).toBeUndefined();
      expect(mine).toStrictEqual(viaZod(seed, [0]));
    }
    expect((checkDocument(SEEDS.at(-1), []).document as { kind?: string }).kind).toBe('balance');
    expect((checkDocument(SEEDS[0], []).document as { lines: Array<{ quantity: unknown; unitPrice: unknown }> }).lines[2]!.unitPrice).toBe('5');
  });

  it('describes every document type', () => {
    expect(Object.keys(DOCUMENT_SHAPES)).toStrictEqual([...DOCUMENT_TYPES]);
    expect(new Set(SEEDS.map((s) => s.type))).toStrictEqual(new Set(DOCUMENT_TYPES));
  });

  it('asks an issued or cancelled invoice for its number, with the right article', () => {
    const invoice = SEEDS.find((s) => s.type === 'invoice' && (s as { status?: string }).status === 'issued')! as Record<string, unknown>;
    const message = (extra: Record<string, unknown>) => {
      const { number: _n, ...rest } = { ...invoice, ...extra };
      return checkDocument(rest, []).issues?.find((i) => i.code === 'empty_id' && i.path.join('.') === 'number')?.message;
    };
    expect(message({})).toBe('An issued invoice needs its number (the piece reference of its transactions); only drafts may have none.');
    expect(message({ status: 'cancelled', cancelledOn: '2024-02-10' })).toBe('A cancelled invoice needs its number (the piece reference of its transactions); only drafts may have none.');
    expect(message({ status: 'draft' })).toBeUndefined();
  });

  it('tells what to fix, as zod did (pinned messages)', () => {
    const bad = { ...SEEDS[1], id: ' ', date: '2024-02-30', lines: [{ label: 'a', quantity: '-1', unitPrice: 1.5, vatRate: '0' }], customer: { id: 'C1' }, extra: 1 };
    expect(checkDocument(bad, [3]).issues).toMatchInlineSnapshot(`
      [
        {
          "code": "empty_id",
          "message": "This identifier is empty: give a non-empty id.",
          "path": [
            3,
            "id",
          ],
        },
        {
          "code": "invalid_date",
          "message": "Invalid date "2024-02-30": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").",
          "path": [
            3,
            "date",
          ],
        },
        {
          "code": "invalid_input",
          "message": "Missing field "name": it is required and holds a string.",
          "path": [
            3,
            "customer",
            "name",
          ],
        },
        {
          "code": "negative_amount",
          "message": "Quantity -1 is negative: quantities are zero or positive; to take something back issue a credit note (or give the line a negative unit price for a discount).",
          "path": [
            3,
            "lines",
            0,
            "quantity",
          ],
        },
        {
          "code": "invalid_amount",
          "message": "Invalid amount 1.5, a JS number that is not a safe integer: write a decimal string such as "12.50" (a Decimal or a whole JS number such as 12 are accepted too; decimals as a JS number, 0.1, are not).",
          "path": [
            3,
            "lines",
            0,
            "unitPrice",
          ],
        },
        {
          "code": "unknown_field",
          "message": "Unknown field "extra": remove it or check its spelling.",
          "path": [
            3,
            "extra",
          ],
        },
      ]
    `);
    const hostile = JSON.parse('{"type":"write-off","__proto__":{"a":1},"constructor":1,"id":"w"}') as unknown;
    expect(checkDocument(hostile, [0])).toStrictEqual(viaZod(hostile, [0]));
    expect(checkDocument(hostile, [0]).issues!.filter((i) => i.code === 'forbidden_key').map((i) => i.path)).toStrictEqual([[0, '__proto__'], [0, 'constructor']]);
    expect(checkDocument({ type: 'quote', id: 'q' }, [0]).issues).toStrictEqual(viaZod({ type: 'quote', id: 'q' }, [0]).issues);
    expect(checkDocument(null, [1]).issues![0]!.message).toBe('"1" must be an object: received null.');
    expect(checkDocument({ ...SEEDS[16], guests: 0 }, []).issues![0]!.message).toBe('"guests" must be greater than 0: received 0.');
    expect(checkDocument({ ...SEEDS[2], amount: undefined }, []).issues![0]!.message).toBe(
      'Missing field "amount": it is required and holds an amount: a decimal string such as "12.50" (a Decimal or a whole JS number are accepted too).',
    );
  });

  describe('properties', () => {
    it('agrees with zod on mutated documents: same acceptance, same parsed document, same issues (codes, paths, messages, order)', () => {
      fc.assert(
        fc.property(mutated, fc.array(fc.oneof(fc.nat(9), fc.string({ maxLength: 3 })), { maxLength: 2 }), (doc, path) => {
          expect(checkDocument(doc, path)).toStrictEqual(viaZod(doc, path));
        }),
        { numRuns: Number(process.env.RUNS ?? 1500) },
      );
    });

    it('agrees with zod on generated valid documents (sales, purchases, gym, campsite)', () => {
      const docs = fc.oneof(salesArbitrary(), purchasesArbitrary(), gymDocumentsArbitrary(), campsiteArbitrary().map((c) => [...c.stays, ...c.documents] as unknown[]));
      fc.assert(
        fc.property(docs, (list) => {
          for (const doc of list as unknown[]) expect(checkDocument(doc, [1])).toStrictEqual(viaZod(doc, [1]));
        }),
        { numRuns: 60 },
      );
    });

    it('agrees with zod on anything at all', () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...DOCUMENT_TYPES) }, { requiredKeys: [] }).chain((r) => fc.dictionary(fc.string(), fc.anything()).map((d) => ({ ...d, ...r })))), (doc) => {
          expect(checkDocument(doc, [])).toStrictEqual(viaZod(doc, []));
        }),
        { numRuns: 500 },
      );
    });
  });

  it('describes each document field by field as its zod schema does (names, order, optional, enum values)', () => {
    type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; element?: { _zod: { def: Def } }; entries?: Record<string, string>; values?: unknown[]; in?: { _zod: { def: Def } }; out?: { _zod: { def: Def } }; options?: Array<{ _zod: { def: Def } }> };
    const kind = (d: Def): string => (d.type === 'pipe' ? (d.in!._zod.def.type === 'transform' ? 'decimal' : kind(d.in!._zod.def)) : d.type);
    const same = (node: Node, def: Def, at: string): void => {
      const mine = node.t === 'datetime' ? 'string' : node.t === 'int' ? 'number' : node.t;
      expect(mine, at).toBe(kind(def));
      if (node.t === 'optional' || node.t === 'default') same(node.inner, def.innerType!._zod.def, at);
      else if (node.t === 'object') {
        expect(Object.keys(node.fields), at).toStrictEqual(Object.keys(def.shape!));
        for (const k of Object.keys(node.fields)) same(node.fields[k]!, def.shape![k]!._zod.def, `${at}.${k}`);
      } else if (node.t === 'array') same(node.el, def.element!._zod.def, `${at}[]`);
      else if (node.t === 'enum') expect(node.values, at).toStrictEqual(Object.values(def.entries!));
      else if (node.t === 'literal') expect([node.value], at).toStrictEqual(def.values);
    };
    const options = (documentObject as unknown as { _zod: { def: Def } })._zod.def.options!;
    options.forEach((option, k) => same(DOCUMENT_SHAPES[DOCUMENT_TYPES[k]!]!, option._zod.def, DOCUMENT_TYPES[k]!));
  });
});
