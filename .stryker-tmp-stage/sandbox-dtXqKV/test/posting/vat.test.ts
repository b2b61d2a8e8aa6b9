// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, type Invoice, type Transaction } from '../../src/index.js';
import { invoiceArbitrary, salesArbitrary } from '../../src/testing/index.js';
import { oracle } from './_oracle.js';
import { balances, invoice, line, payment, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const onReceipt = defaultRules({ vatExigibility: 'on-receipt' });

describe('VAT on receipt (SPEC-FR §4.8b)', () => {
  const inv = invoice('inv-1', '2024-03-01', [line('120.00'), { label: 'Gourde', account: '707100', quantity: '1', unitPrice: '11.00', vatRate: '10' }]);

  it('credits pending VAT (44574) for services on the invoice, collected VAT for goods', () => {
    expect(rows(post([inv], onReceipt).transactions[0]!)).toEqual(['411 D 131.00 C0001 @inv-1', '706100 C 100.00', '707100 C 10.00', '44574 C 20.00 vat20/100.00', '445712 C 1.00 vat10/10.00']);
  });

  it('transfers from each payment the VAT it settles, exactly, in a vat-transfer transaction', () => {
    const txs = post([inv, payment('p-1', '2024-03-05', '31.00', [['inv-1', '31.00']], { number: 'RG-1' }), payment('p-2', '2024-03-20', '100.00', [['inv-1', '100.00']], { number: 'RG-2' })], onReceipt).transactions;
    expect(txs.map((t) => [t.id, t.type])).toEqual([
      ['VT000001', 'sale'],
      ['BQ000001', 'payment'],
      ['OD000001', 'vat-transfer'],
      ['BQ000002', 'payment'],
      ['OD000002', 'vat-transfer'],
    ]);
    expect(txs[2]).toMatchObject({ label: 'TVA exigible sur encaissement RG-1 DUPONT Jean', piece: { ref: 'RG-1' }, date: '2024-03-05' });
    expect(rows(txs[2]!)).toEqual(['44574 D 4.73 vat20/23.66', '445711 C 4.73 vat20/23.66']);
    expect(rows(txs[4]!)).toEqual(['44574 D 15.27 vat20/76.34', '445711 C 15.27 vat20/76.34']);
    expect(balances(txs).get('44574')).toBe(0);
  });

  it('uses per-rate pending accounts when the rules give them', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt', vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } });
    expect(rows(post([inv], rules).transactions[0]!)[3]).toBe('445741 C 20.00 vat20/100.00');
  });

  it('moves the VAT back on a refund or a rejected direct debit, and reverses pending VAT on a write-off', () => {
    const txs = post([inv, payment('p-1', '2024-03-05', '131.00', [['inv-1', '131.00']]), { ...payment('r-1', '2024-03-06', '31.00', [['inv-1', '31.00']]), type: 'refund' }, { type: 'write-off', id: 'wo', date: '2024-03-31', customer: inv.customer, invoice: 'inv-1', amount: '31.00' }], onReceipt).transactions;
    const transfer = txs.filter((t) => t.type === 'vat-transfer');
    expect(rows(transfer[1]!)).toEqual(['44574 C 4.73 vat20/23.66', '445711 D 4.73 vat20/23.66']);
    expect(rows(txs[txs.length - 1]!)).toEqual(['411 C 31.00 C0001 @inv-1', '44574 D 4.73 vat20/23.66', '445712 D 0.24 vat10/2.37', '6541 D 26.03']);
    expect(balances(txs).get('44574')).toBe(0);
  });

  it('collects the VAT of a credit note applied to its invoice symmetrically', () => {
    const note = invoice('av-1', '2024-03-02', [line('24.00')], { kind: 'credit-note', corrects: 'inv-1', number: 'AV-1' });
    const txs = post([inv, note, payment('p-1', '2024-03-05', '107.00', [['inv-1', '107.00']])], onReceipt).transactions;
    const b = balances(txs);
    expect(b.get('44574')).toBe(0);
    expect(b.get('445711')).toBe(-1600);
  });
});

describe('properties', () => {
  const customerDebits = (txs: ReadonlyArray<Transaction>, id: string): number => txs.filter((t) => t.source?.documentId === id && t.type !== 'cancellation').reduce((s, t) => s + t.entries.filter((e) => e.account === '411' && e.openItem === id).reduce((x, e) => x + (e.side === 'debit' ? e.minor : -e.minor), 0), 0);

  it('the customer-account debit of a final invoice equals its total incl. tax (tourist tax included) minus the deposits it deducts', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        const txs = post(docs, vatOnInvoice).transactions;
        const byId = new Map(docs.map((d) => [d.id, d]));
        for (const d of docs) {
          if (d.type !== 'invoice' || d.kind !== 'final' || d.status === 'draft') continue;
          const deducted = (d.deducts ?? []).reduce((s, id) => s + oracle(byId.get(id) as Invoice).total, 0);
          expect(customerDebits(txs, d.id)).toBe(oracle(d).total - deducted);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the VAT credited per rate equals the invoices\' VAT per rate (each rate rounded once per invoice)', () => {
    fc.assert(
      fc.property(fc.array(invoiceArbitrary(), { minLength: 1, maxLength: 6 }), (list) => {
        const docs = list.map((inv, k) => ({ ...inv, id: `inv-${k}`, number: `FA-${k}` }));
        const txs = post(docs, vatOnInvoice).transactions;
        const expected = new Map<string, number>();
        for (const d of docs) for (const [rate, x] of oracle(d).rates) if (rate !== '0') expected.set(rate, (expected.get(rate) ?? 0) + x.vat);
        const got = new Map<string, number>();
        for (const t of txs) for (const e of t.entries) if (e.account.startsWith('4457') && e.vat) got.set(e.vat.rate, (got.get(e.vat.rate) ?? 0) + (e.side === 'credit' ? e.minor : -e.minor));
        for (const [rate, vat] of expected) expect(got.get(rate) ?? 0).toBe(vat);
      }),
      { numRuns: 150 },
    );
  });

  it('deposits plus their final invoice collect exactly the final invoice\'s VAT', () => {
    fc.assert(
      fc.property(salesArbitrary({ cancellations: false, creditNotes: false }), fc.boolean(), (docs, receipt) => {
        const rules = receipt ? onReceipt : defaultRules({ vatExigibility: 'on-invoice' });
        const finals = docs.filter((d): d is Invoice => d.type === 'invoice' && d.deducts !== undefined);
        const ids = new Set(finals.flatMap((f) => [f.id, ...f.deducts!]));
        // Only the deposits and their finals, which the arbitrary pays in full (VAT on receipt is collected when paid).
        const subset = docs.filter((d) => (d.type === 'invoice' && ids.has(d.id)) || (d.type === 'payment' && (d.allocations ?? []).every((a) => ids.has(a.invoice!))));
        const txs = post(subset, rules).transactions;
        const collected = [...balances(txs).entries()].filter(([a]) => a.startsWith('44571')).reduce((s, [, v]) => s - v, 0);
        const expected = finals.reduce((s, f) => s + [...oracle(f).rates.values()].reduce((x, r) => x + r.vat, 0), 0);
        expect(collected).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('on a receipt basis, pending VAT is zero once every invoice is fully paid', () => {
    fc.assert(
      fc.property(salesArbitrary({ drafts: false }), (docs) => {
        const paidInFull = new Set<string>();
        const byId = new Map(docs.map((d) => [d.id, d]));
        const settled = new Map<string, number>();
        for (const d of docs) {
          if (d.type === 'payment') for (const a of d.allocations ?? []) settled.set(a.invoice!, (settled.get(a.invoice!) ?? 0) + Math.round(Number(a.amount) * 100));
          if (d.type === 'invoice' && d.kind === 'credit-note' && d.corrects) settled.set(d.corrects, (settled.get(d.corrects) ?? 0) + oracle(d).total);
        }
        for (const d of docs) {
          if (d.type !== 'invoice' || d.kind === 'credit-note') continue;
          const due = oracle(d).total - (d.deducts ?? []).reduce((s, id) => s + oracle(byId.get(id) as Invoice).total, 0);
          if ((settled.get(d.id) ?? 0) === due || d.status === 'cancelled') paidInFull.add(d.id);
        }
        const subset = docs.filter((d) => (d.type === 'invoice' && (paidInFull.has(d.id) || (d.kind === 'credit-note' && paidInFull.has(d.corrects!)))) || (d.type === 'payment' && d.allocations!.every((a) => paidInFull.has(a.invoice!))));
        const finals = subset.filter((d) => d.type === 'invoice' && d.deducts);
        if (finals.some((f) => (f as Invoice).deducts!.some((id) => !paidInFull.has(id)))) return;
        const txs = post(subset, onReceipt).transactions;
        expect(balances(txs).get('44574') ?? 0).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
