// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTransaction, formats, vatReturn, type Transaction } from '../../../src/index.js';
import { csvVatReturnFormat } from '../../../src/formats/csv/index.js';
import { codeOf } from './_read.js';

const JAN = { from: '2025-01-01', to: '2025-01-31' };
function sale(id: string, date: string, base: string, vat: string, rate = '20', account = '445711'): Transaction {
  const total = (Number(base) * 100 + Number(vat) * 100) / 100;
  return createTransaction({
    id,
    journal: 'VT',
    date,
    piece: { ref: id },
    label: `Vente ${id}`,
    type: 'sale',
    entries: [
      { account: '411', debit: total.toFixed(2) },
      { account: '706', credit: base },
      { account, credit: vat, vat: { rate, base } },
    ],
  });
}
const book = () => [
  sale('VT000001', '2025-01-10', '1002.00', '200.40'),
  sale('VT000002', '2025-01-12', '100.00', '5.50', '5.5', '445713'),
  createTransaction({ id: 'AC000001', journal: 'AC', date: '2025-01-15', piece: { ref: 'F1' }, label: 'Achat', type: 'purchase', entries: [{ account: '606', debit: '400.00' }, { account: '44566', debit: '80.00' }, { account: '401', credit: '480.00' }] }),
];

describe('csv-vat-return', () => {
  it('writes a small file: one line per box, whole euros', () => {
    expect(csvVatReturnFormat.serialize(vatReturn(book(), { period: JAN, regime: 'CA3' }), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Déclaration;Ligne;Libellé;Taux;Base HT;Montant
      CA3;01;Ventes, prestations de services;;;1102
      CA3;08;Taux normal 20 %;20;1002;200
      CA3;09;Taux réduit 5,5 %;5.5;100;6
      CA3;16;Total de la TVA brute due;;;206
      CA3;19;TVA déductible sur biens constituant des immobilisations;;;0
      CA3;20;TVA déductible sur autres biens et services;;;80
      CA3;21;Autre TVA à déduire;;;0
      CA3;22;Report du crédit apparaissant ligne 27 de la précédente déclaration;;;0
      CA3;23;Total TVA déductible;;;80
      CA3;25;Crédit de TVA;;;0
      CA3;27;Crédit à reporter;;;0
      CA3;28;TVA nette due;;;126
      CA3;32;Total à payer;;;126
      "
    `);
  });

  it('writes English headers and is registered', () => {
    expect(formats.csvVatReturn).toBe(csvVatReturnFormat);
    expect(csvVatReturnFormat.serialize(vatReturn(book(), { period: JAN, regime: 'CA3' }), { language: 'en', lineEnding: '\n' }).split('\n')[0]).toBe('Return;Line;Label;Rate;Base excl. tax;Amount');
    expect(csvVatReturnFormat.fileName({ period: JAN })).toBe('declaration-tva_2025-01-31.csv');
  });

  it('refuses what is not a return', () => {
    expect(codeOf(() => csvVatReturnFormat.serialize({} as never))).toBe('invalid_input');
  });

  describe('properties', () => {
    it('lays out every box once, in order: as many data lines as boxes, deterministic', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 5, max: 1_000_000 }), { maxLength: 6 }), (bases) => {
          const txs = bases.map((b, i) => sale(`VT${String(i + 1).padStart(6, '0')}`, '2025-01-05', (b / 100).toFixed(2), ((b * 0.2) / 100).toFixed(2)));
          const ret = vatReturn(txs, { period: JAN, regime: 'CA3' });
          const out = csvVatReturnFormat.serialize(ret, { lineEnding: '\n' });
          expect(out.split('\n').filter((l) => l !== '').length).toBe(ret.boxes.length + 1);
          expect(csvVatReturnFormat.serialize(ret, { lineEnding: '\n' })).toBe(out);
        }),
        { numRuns: 30 },
      );
    });
  });
});
