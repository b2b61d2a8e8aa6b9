import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PCG_ACCOUNTS } from '../../src/accounts/pcg.js';
import { encode, readList } from '../../scripts/pcg.js';

const numbers = PCG_ACCOUNTS.map(([n]) => n);
const labelOf = (n: string): string | undefined => PCG_ACCOUNTS.find(([m]) => m === n)?.[1];

describe('PCG_ACCOUNTS', () => {
  it('is frozen', () => {
    expect(Object.isFrozen(PCG_ACCOUNTS)).toBe(true);
  });

  // The readable list (the chart as it was before its encoding for gzip, issue #13 §2): every pair decodes
  // identical, in the same order.
  const list = readList(new URL('./pcg-accounts.tsv', import.meta.url));

  it('is the readable list test/accounts/pcg-accounts.tsv, pair for pair', () => {
    expect(list).toHaveLength(326);
    expect(PCG_ACCOUNTS.map(([n, label]) => [n, label])).toEqual(list);
  });

  it('holds the constants scripts/pcg.ts writes from that list (the source is up to date)', () => {
    const source = readFileSync(new URL('../../src/accounts/pcg.ts', import.meta.url), 'utf8');
    const { labels, three, longer } = encode(list);
    expect(source).toContain(`const LABELS = \`${labels}\`;`);
    expect(source).toContain(`const THREE = '${three}';`);
    expect(source).toContain(`const LONGER = '${longer}';`);
  });

  it('keeps every accented letter exact (the ASCII stand-ins of the encoding never reach a label)', () => {
    const labels = PCG_ACCOUNTS.map(([, label]) => label).join('\n');
    expect(labels).not.toMatch(/[#&*;<=>]/);
    expect(PCG_ACCOUNTS.find(([n]) => n === '445711')?.[1]).toBe('TVA collectée 20 %');
    expect(PCG_ACCOUNTS.find(([n]) => n === '4671')?.[1]).toBe('Autres comptes débiteurs - Émetteurs de titres de paiement (vouchers)');
  });

  it('refuses to encode a list it could not decode exactly', () => {
    expect(() => encode([['706', 'Prestations #1']])).toThrow(/without a line break/);
    expect(() => encode([['706', 'a\nb']])).toThrow(/without a line break/);
    expect(() => encode([['707', 'a'], ['706', 'b']])).toThrow(/sorted as strings/);
    expect(() => encode([['806', 'a']])).toThrow(/class 1 to 7/);
  });

  it('gives the label of 706 as in the example', () => {
    expect(PCG_ACCOUNTS.find(([n]) => n === '706')).toEqual(['706', 'Prestations de services']);
  });

  it.each([
    '101', '120', '129', '401', '411', '419', '445', '447', '487', '512',
    '530', '580', '606', '627', '654', '658', '706', '707', '708', '758', '766', '666',
  ])('lists the three-digit account %s', (n) => {
    expect(numbers).toContain(n);
  });

  it.each([
    ['4011', 'Fournisseurs - Achats de biens et prestations de services'],
    ['4091', 'Fournisseurs - Avances et acomptes versés sur commandes'],
    ['4111', 'Clients - Ventes de biens ou de prestations de services'],
    ['4191', 'Clients - Avances et acomptes reçus sur commandes'],
    ['4196', 'Clients - Dettes sur emballages et matériels consignés'],
    ['4197', 'Clients - Autres avoirs'],
    ['4198', 'Rabais, remises, ristournes à accorder et autres avoirs à établir'],
    ['44566', 'TVA sur autres biens et services'],
    ['44571', 'TVA collectée'],
    ['445711', 'TVA collectée 20 %'],
    ['445712', 'TVA collectée 10 %'],
    ['445713', 'TVA collectée 5,5 %'],
    ['445714', 'TVA collectée 2,1 %'],
    ['44574', 'TVA collectée sur encaissements (en attente)'],
    ['4458', "Taxes sur le chiffre d'affaires à régulariser ou en attente"],
    ['44587', "Taxes sur le chiffre d'affaires sur factures à établir"],
    ['4671', 'Autres comptes débiteurs - Émetteurs de titres de paiement (vouchers)'],
    ['4686', 'Divers - Charges à payer'],
    ['5112', 'Chèques à encaisser'],
    ['5113', "Effets à l'encaissement"],
    ['5115', 'Cartes bancaires à encaisser'],
    ['63513', 'Autres impôts locaux'],
    ['6541', "Créances de l'exercice"],
    ['6544', 'Créances des exercices antérieurs'],
    ['7085', 'Ports et frais accessoires facturés'],
    ['7088', "Autres produits d'activités annexes (cessions d'approvisionnements...)"],
  ])('lists the sub-account %s', (n, label) => {
    expect(labelOf(n)).toBe(label);
  });

  describe('properties', () => {
    it('is sorted by number compared as strings', () => {
      const sorted = [...numbers].sort();
      expect(numbers).toEqual(sorted);
      expect(numbers.indexOf('4191')).toBeGreaterThan(numbers.indexOf('419'));
      expect(numbers.indexOf('4191')).toBeLessThan(numbers.indexOf('421'));
    });

    it('has no duplicate number', () => {
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('has only class 1 to 7 numbers of three digits or more', () => {
      for (const n of numbers) expect(n).toMatch(/^[1-7]\d{2}\d*$/);
    });

    it('has a non-empty, trimmed label for every account', () => {
      for (const [, label] of PCG_ACCOUNTS) {
        expect(label.length).toBeGreaterThan(0);
        expect(label).toBe(label.trim());
      }
    });

    it('lists the parent three-digit account of every sub-account', () => {
      for (const n of numbers) {
        if (n.length > 3) expect(numbers).toContain(n.slice(0, 3));
      }
    });
  });
});
