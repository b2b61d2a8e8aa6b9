// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accrualTransactions, formats } from '../../../src/index.js';
import { csvAccrualsFormat } from '../../../src/formats/csv/index.js';
import { codeOf } from './_read.js';

const purchase = (id: string, date: string, unitPrice: string, servicePeriod: { from: string; to: string }) => ({
  type: 'purchase',
  id,
  number: `F-${id}`,
  date,
  supplier: { id: 'F1', name: 'EDF' },
  lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice, vatRate: '20', servicePeriod }],
});
const accruals = () =>
  accrualTransactions([purchase('p1', '2025-01-10', '124.00', { from: '2024-12-01', to: '2025-01-31' }), purchase('p2', '2024-10-01', '1200.00', { from: '2024-10-01', to: '2025-09-30' })], {
    cutoff: '2024-12-31',
    doubtfulReceivables: [{ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', vatRate: '20', rate: '50', invoice: 'FA-12' }],
  });

describe('csv-accruals', () => {
  it('writes a small file: one line per cut-off item', () => {
    expect(csvAccrualsFormat.serialize(accruals(), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Nature;Pièce;Tiers;Compte;Base HT;TVA;Montant
      Charge à payer;p1;EDF;606100;62,00;12,40;74,40
      Charge constatée d'avance;p2;EDF;606100;897,53;0,00;897,53
      Créance douteuse;FA-12;MARTIN;411;500,00;100,00;250,00
      "
    `);
  });

  it('writes English headers and words, and is registered', () => {
    expect(formats.csvAccruals).toBe(csvAccrualsFormat);
    expect(csvAccrualsFormat.serialize(accruals(), { language: 'en', lineEnding: '\n' }).split('\n').slice(0, 2)).toEqual(['Kind;Document;Party;Account;Base excl. tax;VAT;Amount', 'Charge to pay;p1;EDF;606100;62,00;12,40;74,40']);
    expect(csvAccrualsFormat.fileName({ closingDate: '2024-12-31' })).toBe('regularisations_2024-12-31.csv');
  });

  it('refuses what is not the result of accrualTransactions', () => {
    expect(codeOf(() => csvAccrualsFormat.serialize({} as never))).toBe('invalid_input');
  });

  describe('properties', () => {
    it('lays out every item once: as many data lines as items', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 5 }), (prices) => {
          const a = accrualTransactions(prices.map((c, k) => purchase(`p${k}`, '2025-01-10', (c / 100).toFixed(2), { from: '2024-12-01', to: '2025-01-31' })), { cutoff: '2024-12-31' });
          const out = csvAccrualsFormat.serialize(a, { lineEnding: '\n' });
          expect(out.split('\n').filter((l) => l !== '').length).toBe(a.items.length + 1);
        }),
        { numRuns: 30 },
      );
    });
  });
});
