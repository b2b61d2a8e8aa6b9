// @ts-nocheck
// A peer library reads our CII back: @fin.cx/einvoice 5.0.3 (dev dependency), its EN 16931 / Factur-X decoder.
// What it reads of an invoice is its lines (name, quantity, net price, VAT rate): it recomputes its totals
// from them in binary floating point and does not read the document totals (BT-106 to BT-115) at all —
// its decoder reads GrandTotalAmount into a variable it never uses, and neither TotalPrepaidAmount nor
// DuePayableAmount (node_modules/@fin.cx/einvoice/ts/formats/cii/facturx/facturx.decoder.ts). So this test
// compares what it does carry: the lines exactly; the line total and the taxable amount per rate to the cent
// (its floats formatted to 2 decimals with toFixed) wherever quantity × net price is the line amount exactly
// (it never rounds a line, EN 16931 does), within half a cent per line elsewhere; and its VAT per rate —
// recomputed per line, unrounded — within a cent of ours (ours is the VAT post books: rounded once per rate on the base, or the TTC price less its base
// when prices include VAT, which EN 16931's BR-S-09 tolerance of ±1 unit accepts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EInvoice as PeerInvoice } from '@fin.cx/einvoice';
import { describe, expect, it } from 'vitest';
import { defaultRules, eInvoice, formats, type EInvoice, type Invoice } from '../../../src/index.js';
import { invoiceArbitrary } from '../../../src/testing/index.js';
import { BUSINESS, SELLER } from '../../posting/_einvoice.js';
import { sampleEInvoices } from './_samples.js';
import { EN16931 } from './_validate.js';

interface PeerItem {
  readonly name: string;
  readonly unitQuantity: number;
  readonly unitNetPrice: number;
  readonly vatPercentage: number;
}

/** Our model against what the peer library reads from our XML. */
async function compare(model: EInvoice): Promise<void> {
  const peer = await PeerInvoice.fromXml(formats.cii.serialize(model));
  expect(peer.getFormat()).toBe('facturx');
  expect(peer.id).toBe(model.number);
  expect(peer.currency).toBe(model.currency);
  // Its document types: 381 is a credit note, anything else it calls a "debitnote" (cii.decoder.ts, decode()).
  expect(peer.accountingDocType).toBe(model.typeCode === '381' ? 'creditnote' : 'debitnote');
  const items = peer.items as unknown as PeerItem[];
  expect(items.map((i) => [i.name, i.unitQuantity, i.unitNetPrice, i.vatPercentage])).toEqual(
    model.lines.map((l) => [l.name, l.quantity.toNumber(), l.netPrice.toNumber(), Number(l.rate)]),
  );
  // Line total (BT-106) = tax basis (BT-109). The peer sums quantity × net price unrounded; a line net
  // amount (BT-131) is rounded to the cent (BR-DEC-23), and a net price derived from a price incl. VAT to 4
  // decimals: where quantity × net price is the line amount exactly, the totals agree to the cent; elsewhere
  // each line may differ by its rounding, less than half a cent.
  const exact = model.lines.every((l) => l.quantity.times(l.netPrice).equals(l.netAmount));
  const slack = exact ? 0 : 0.005 * model.lines.length + 1e-9;
  const near = (a: number, b: EInvoice['totals']['tax'], what: string): void => {
    if (exact) expect(a.toFixed(2), what).toBe(b.toFixed(2));
    else expect(Math.abs(a - b.toNumber()), `${what}: theirs ${a}, ours ${b.toFixed(2)}`).toBeLessThanOrEqual(slack);
  };
  near(peer.totalNet, model.totals.lineTotal, 'line total');
  expect(model.totals.taxBasis.toFixed(2)).toBe(model.totals.lineTotal.toFixed(2));
  // Per rate (it groups every zero-rated category, E, AE, K, O, under 0 %).
  const ours = new Map<number, { basis: EInvoice['totals']['lineTotal']; tax: EInvoice['totals']['tax'] }>();
  for (const b of model.vatBreakdown) {
    const r = Number(b.rate);
    const x = ours.get(r);
    ours.set(r, x === undefined ? { basis: b.basis, tax: b.tax } : { basis: x.basis.plus(b.basis), tax: x.tax.plus(b.tax) });
  }
  const theirs = peer.taxBreakdown;
  expect(theirs.map((t) => t.taxPercent).sort((a, b) => a - b)).toEqual([...ours.keys()].sort((a, b) => a - b));
  for (const t of theirs) {
    const o = ours.get(t.taxPercent)!;
    near(t.netAmount, o.basis, `basis at ${t.taxPercent} %`);
    expect(Math.abs(t.taxAmount - o.tax.toNumber()), `VAT at ${t.taxPercent} %: theirs ${t.taxAmount}, ours ${o.tax.toFixed(2)}`).toBeLessThan(0.01 + slack);
  }
  expect(Math.abs(peer.totalVat - model.totals.tax.toNumber())).toBeLessThan((0.01 + slack) * Math.max(1, theirs.length));
}

describe('cii read back by a peer library (@fin.cx/einvoice)', () => {
  it('reads every hand-made sample (one per business × kind × rate) back to our lines, line total and bases per rate', async () => {
    for (const [name, model] of Object.entries(sampleEInvoices())) {
      await compare(model).catch((e: unknown) => {
        throw new Error(`${name}: ${(e as Error).message}`);
      });
    }
  });

  it('where the figures differ, it is its float recomputation: 1029.00 × 5.5 % is 56.595 for it, 56.60 on the invoice (half away from zero)', async () => {
    const model = sampleEInvoices()['home-care-final-5.5.xml']!;
    const peer = await PeerInvoice.fromXml(formats.cii.serialize(model));
    expect(model.totals.tax.toFixed(2)).toBe('56.60');
    expect(peer.totalVat.toFixed(2)).toBe('56.59'); // toFixed on the binary 56.594999…: why its VAT is only compared within a cent
  });

  const official = join(EN16931, 'examples', 'CII_business_example_01.xml');
  it.skipIf(!existsSync(official))(
    `its validator cannot check our totals: its structure check fails on every file it reads as Factur-X, the official EN 16931 example too, and its BR-16 check on grand total, prepaid and due never runs${existsSync(official) ? '' : ' (skipped: the EN 16931 examples are not in ../shared)'}`,
    async () => {
      // FacturXValidator.validateStructure looks for rsm:ExchangedDocumentContext… as children of the document node, not of its root
      // element (facturx.validator.ts); CIIBaseValidator.validate chains validateStructure() && validateBusinessRules().
      for (const xml of [readFileSync(official, 'utf8'), formats.cii.serialize(Object.values(sampleEInvoices())[0]!)]) {
        const peer = await PeerInvoice.fromXml(xml);
        expect(peer.getFormat()).toBe('facturx');
        const result = await peer.validate();
        expect(result.valid).toBe(false);
        expect([...new Set(result.errors.map((e) => e.code))]).toEqual(['FX-STRUCT-1']);
      }
    },
  );

  describe('properties', () => {
    const withIdentity = (inv: Invoice): Invoice => ({
      ...inv,
      customer: { ...inv.customer, siren: '732829320', address: BUSINESS.address },
      lines: inv.lines.map((l) => (l.exemption === 'exempt' ? { ...l, exemptionReason: 'Exonération de TVA, article 261 du CGI' } : l)),
    }) as Invoice;
    it('round trip through the peer: for any invoice, its lines, line total and bases per rate are ours to the cent, its VAT within a cent', async () => {
      const rules = defaultRules();
      await fc.assert(
        fc.asyncProperty(invoiceArbitrary({ rules }), async (raw) => {
          await compare(eInvoice(withIdentity(raw), rules, { seller: SELLER }));
        }),
        { numRuns: 40 },
      );
    });
  });
});
