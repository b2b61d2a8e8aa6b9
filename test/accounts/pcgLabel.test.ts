import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { pcgLabel } from '../../src/accounts/pcgLabel.js';
import { createBook, createTransaction, defaultChart, PCG_ACCOUNTS } from '../../src/index.js';

// A Book takes the default labels of its accounts from pcgLabel, not from defaultChart() (a smaller bundle,
// issue #13 §2): the two must give the same label for every string.
describe('pcgLabel', () => {
  it('gives the label of the longest listed prefix, trailing zeros dropped', () => {
    expect(pcgLabel('706100')).toBe('Prestations de services');
    expect(pcgLabel('445711')).toBe('TVA collectée 20 %');
    expect(pcgLabel('4457110')).toBe('TVA collectée 20 %');
    expect(pcgLabel('445710')).toBe('TVA collectée');
    expect(pcgLabel('4191')).toBe('Clients - Avances et acomptes reçus sur commandes');
    expect(pcgLabel('512000')).toBe('Banques');
    expect(pcgLabel('120')).toBe("Résultat de l'exercice (bénéfice)");
  });

  it('gives nothing for a number no PCG account covers, or a string that is no account number', () => {
    for (const n of ['999', '800100', '0110', '70', '706 100', '706a', '', '7061000000000000000000']) expect(pcgLabel(n)).toBeUndefined();
    expect(defaultChart().find('999')).toBeUndefined();
  });

  it('labels the accounts of a Book built without a chart', () => {
    const tx = createTransaction({
      journal: 'VT', date: '2024-10-01', piece: { ref: 'FA1' }, label: 'Vente',
      entries: [{ account: '4111', debit: '12.00' }, { account: '7061000', credit: '10.00' }, { account: '4457', credit: '2.00' }, { account: '999', debit: '1.00' }, { account: '999', credit: '1.00' }],
    });
    expect(createBook([tx]).accountLabels).toEqual(['Clients - Ventes de biens ou de prestations de services', 'Prestations de services', "État - Taxes sur le chiffre d'affaires", '']);
  });

  describe('properties', () => {
    const chart = defaultChart();
    const same = (n: string): boolean => pcgLabel(n) === chart.find(n)?.label;

    it('equals defaultChart().find(n)?.label for every listed number with any suffix', () => {
      fc.assert(fc.property(fc.constantFrom(...PCG_ACCOUNTS.map(([n]) => n)), fc.stringMatching(/^[0-9A-Z]{0,6}$/), (listed, suffix) => same(listed + suffix)));
    });

    it('equals defaultChart().find(n)?.label for any string of digits, zeros and capitals', () => {
      fc.assert(fc.property(fc.stringMatching(/^[0-9A-Z0]{0,22}$/), same));
      fc.assert(fc.property(fc.string(), same));
    });
  });
});
