// @ts-nocheck
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  AccountingError,
  accountingSynthesis,
  accountingSynthesisCsvFormat,
  posFigures,
  posFiguresCsvFormat,
  synthesisDocuments,
  synthesisDocumentsCsvFormat,
} from '../../../../src/index.js';
import { bookOf, JULY, tv3Invoice, tv3Receipt, tv4Invoice, tv4Stay } from '../../../synthesis/_fixtures.js';

const closing = {
  type: 'till-closing',
  id: 'z-1',
  till: 'CAISSE1',
  day: '2024-07-15',
  tickets: [
    { id: 't1', number: 'T-0001', lines: [{ label: 'Baguette', product: 'Pain', category: 'Boulangerie', seller: 'Anne', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] },
    { id: 't2', number: 'T-0002', lines: [{ label: '=Bière', category: 'Bar', seller: 'Paul', account: '707200', quantity: '1', unitPrice: '4.00', vatRate: '20' }], payments: [{ method: 'card', amount: '4.00' }] },
  ],
};
const docs = [tv4Invoice, tv4Stay, tv3Invoice, tv3Receipt, closing];
const synthesis = accountingSynthesis(bookOf(docs), docs, { period: JULY });
const context = { createdOn: '2024-08-01', period: JULY };

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

describe('accounting synthesis CSV', () => {
  it('is named after the day it is made and the period', () => {
    expect(accountingSynthesisCsvFormat.fileName(context)).toBe('2024-08-01_SyntheseComptableDu2024-07-01au2024-07-31.csv');
    expect(synthesisDocumentsCsvFormat.fileName(context)).toBe('2024-08-01_DocumentsDu2024-07-01au2024-07-31.csv');
    expect(posFiguresCsvFormat.fileName(context)).toBe('2024-08-01_ChiffreAffairesCaisseDu2024-07-01au2024-07-31.csv');
  });

  it('refuses a file name without createdOn or period (typed errors)', () => {
    expect(codesOf(() => accountingSynthesisCsvFormat.fileName({ period: JULY }))).toEqual(['invalid_option']);
    expect(codesOf(() => accountingSynthesisCsvFormat.fileName({ createdOn: '2024-08-01' }))).toEqual(['invalid_option']);
    expect(codesOf(() => accountingSynthesisCsvFormat.fileName({ createdOn: '2024-08-32', period: JULY }))).toEqual(['invalid_date']);
    expect(codesOf(() => accountingSynthesisCsvFormat.fileName({ createdOn: '2024-08-01', period: { from: '2024-07-31', to: '2024-07-01' } }))).toEqual(['invalid_period']);
  });

  it('writes every section in one file (snapshot)', () => {
    expect(accountingSynthesisCsvFormat.serialize(synthesis, { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Section;Code;Libellé;Taux TVA;Nombre;Montant HT;TVA;Montant TTC;Débit;Crédit;Solde
      Chiffres clés;revenue;CA HT;;;809,62;;;;;
      Chiffres clés;receipts;Encaissements;;;;;40,33;;;
      Chiffres clés;touristTax;Taxes de séjour;;;;;8,40;;;
      Chiffres clés;vatCollected;TVA collectée;;;;119,13;;;;
      TVA des comptes 4457 par origine;invoices;TVA des factures d'acompte et de solde;;;;119,13;;;;
      TVA des comptes 4457 par origine;till;TVA des tickets de caisse;;;;0,83;;;;
      TVA des comptes 4457 par origine;receipts;TVA sur acomptes encaissés (proformas);;;;0,00;;;;
      TVA des comptes 4457 par origine;writeOffs;TVA régularisée sur créances irrécouvrables;;;;0,00;;;;
      TVA des comptes 4457 par origine;other;Autres mouvements de TVA;;;;0,00;;;;
      TVA des comptes 4457 par origine;total;Total des comptes de TVA collectée (4457);;;;119,96;;;;
      En bref;stays;Séjours;;1;;;476,60;;;
      En bref;tickets;Tickets;;2;;;7,00;;;
      En bref;ancillarySales;Ventes annexes;;1;;;460,55;;;
      En bref;invoices;Factures;;2;;;937,15;;;
      En bref;expenses;Dépenses;;0;;;0,00;;;
      En bref;receipts;Encaissements;;3;;;40,33;;;
      Encaissements par mode de paiement;card;CB;;2;;;37,33;;;
      Encaissements par mode de paiement;cash;espèces;;1;;;3,00;;;
      Synthèse par code comptable;411;Clients;;;;;;937,15;33,33;903,82
      Synthèse par code comptable;445711;TVA collectée 20 %;;;;;;0,00;78,17;-78,17
      Synthèse par code comptable;445712;TVA collectée 10 %;;;;;;0,00;40,91;-40,91
      Synthèse par code comptable;445713;TVA collectée 5,5 %;;;;;;0,00;0,88;-0,88
      Synthèse par code comptable;447;Autres impôts, taxes et versements assimilés;;;;;;0,00;8,40;-8,40
      Synthèse par code comptable;5115;Cartes bancaires à encaisser;;;;;;37,33;0,00;37,33
      Synthèse par code comptable;530;Caisse;;;;;;3,00;0,00;3,00
      Synthèse par code comptable;706;Prestations de services;;;;;;0,00;409,09;-409,09
      Synthèse par code comptable;706100;Prestations de services;;;;;;0,00;300,00;-300,00
      Synthèse par code comptable;706200;Prestations de services;;;;;;0,00;75,00;-75,00
      Synthèse par code comptable;707;Ventes de marchandises;;;;;;0,00;3,03;-3,03
      Synthèse par code comptable;707100;Ventes de marchandises;;;;;;0,00;12,84;-12,84
      Synthèse par code comptable;707200;Ventes de marchandises;;;;;;0,00;3,33;-3,33
      Synthèse par code comptable;708;Produits des activités annexes;;;;;;0,00;12,50;-12,50
      Synthèse de la TVA;20;TVA collectée 20 %;20;;390,83;78,17;469,00;;;
      Synthèse de la TVA;10;TVA collectée 10 %;10;;409,09;40,91;450,00;;;
      Synthèse de la TVA;5.5;TVA collectée 5,5 %;5,5;;15,87;0,88;16,75;;;
      Encaissements HT par nature comptable;706100;706100 20 %;20;;21,71;4,34;26,05;;;
      Encaissements HT par nature comptable;706200;706200 20 %;20;;5,43;1,08;6,51;;;
      Encaissements HT par nature comptable;707100;707100 5,5 %;5,5;;3,57;0,20;3,77;;;
      Encaissements HT par nature comptable;707200;707200 20 %;20;;3,33;0,67;4,00;;;
      "
    `);
  });

  it('parses with csv-parse into consistent rows, in French and in English', () => {
    for (const language of ['fr', 'en'] as const) {
      const text = accountingSynthesisCsvFormat.serialize(synthesis, { language });
      const records = parse(text, { delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
      expect(records.length).toBeGreaterThan(20);
      for (const r of records) expect(Object.keys(r)).toHaveLength(11);
      const header = text.slice(0, text.indexOf('\r\n'));
      if (language === 'en') {
        expect(header).toBe('Section;Code;Label;VAT rate;Count;Excl. tax;VAT;Incl. tax;Debit;Credit;Balance');
        expect(records[0]).toMatchObject({ Section: 'Key figures', Code: 'revenue', Label: 'Revenue excl. tax', 'Excl. tax': '809,62' });
      } else expect(records.filter((r) => r.Section === 'Chiffres clés').map((r) => r.Code)).toEqual(['revenue', 'receipts', 'touristTax', 'vatCollected']);
    }
  });

  it('writes a failed control as a row of its own', () => {
    const dupont = tv4Invoice.customer;
    const broken = { type: 'payment', id: 'pay-av', date: '2024-07-10', method: 'credit-note', amount: '5.00', customer: dupont, allocations: [{ invoice: 'inv-tv4', amount: '5.00' }] };
    const s = accountingSynthesis(bookOf([tv4Invoice]), [tv4Invoice, broken], { period: JULY });
    const text = accountingSynthesisCsvFormat.serialize(s, { separator: ',', decimal: '.', language: 'en' });
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(records.filter((r) => r.Section === 'Controls').map((r) => [r.Code, r['Incl. tax']])).toEqual([['credit_note_not_netted', '5.00']]);
  });
});

describe('document lists CSV', () => {
  it('writes a list (snapshot), neutralising formulas', () => {
    const rows = synthesisDocuments(docs, { period: JULY, list: 'invoices' });
    expect(synthesisDocumentsCsvFormat.serialize(rows, { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Liste;Référence;Date;Arrivée;Départ;Nom;Type;Titre;Code comptable;Mode de paiement;Documents;Montant HT;Montant TTC;Payé;Acomptes déduits;Avoirs imputés;Reste à payer;Détail des paiements
      Factures;FA2024-0101;2024-07-31;;;DUPONT Jean;Facture;;;;;424,62;476,60;0,00;0,00;0,00;476,60;
      Factures;FA2024-0102;2024-07-10;;;MARTIN Léa;Facture;;;;;385,00;460,55;33,33;0,00;0,00;427,22;CB 33,33
      "
    `);
    const stays = synthesisDocuments(docs, { period: JULY, list: 'stays' });
    const records = parse(synthesisDocumentsCsvFormat.serialize(stays, { language: 'en', separator: ',', decimal: '.' }), { columns: true }) as Array<Record<string, string>>;
    expect(records).toEqual([
      { List: 'Stays', Reference: 'S2024-0042', Date: '2024-07-31', Arrival: '2024-07-24', Departure: '2024-07-31', Name: 'DUPONT Jean', Kind: '', Title: '', Account: '', 'Payment method': '', Documents: '', 'Excl. tax': '424.62', 'Incl. tax': '476.60', Paid: '0.00', 'Deposits deducted': '', Credited: '', Remaining: '476.60', 'Paid by method': '' },
    ]);
  });
});

describe('POS figures CSV', () => {
  it('writes the figures (snapshot) and parses into consistent rows', () => {
    const figures = posFigures(docs, { period: JULY });
    const text = posFiguresCsvFormat.serialize(figures, { lineEnding: '\n' });
    expect(text).toMatchInlineSnapshot(`
      "Section;Code;Libellé;Taux TVA;Nombre;Quantité;Montant HT;TVA;Montant TTC
      Chiffre d’affaires;sales;Nombre de ventes;;2;;;;
      Chiffre d’affaires;averageBasket;Panier moyen;;;;;;3,50
      Chiffre d’affaires;items;Articles vendus;;;3;;;
      Chiffre d’affaires;averageItems;Nombre moyen d’articles par ticket;;;1,5;;;
      Chiffre d’affaires;revenue;CA total;;;;;;7,00
      Ventes par taux de TVA;20;20 %;20;;;3,33;0,67;4,00
      Ventes par taux de TVA;5.5;5,5 %;5,5;;;2,84;0,16;3,00
      Ventes par catégorie;Bar;Bar;;;;;;4,00
      Ventes par catégorie;Boulangerie;Boulangerie;;;;;;3,00
      Ventes par produit;'=Bière;'=Bière;;;1;;;4,00
      Ventes par produit;Pain;Pain;;;2;;;3,00
      Ventes par vendeur;Anne;Anne;;1;;;;3,00
      Ventes par vendeur;Paul;Paul;;1;;;;4,00
      Encaissements;card;CB;;1;;;;4,00
      Encaissements;cash;espèces;;1;;;;3,00
      "
    `);
    const records = parse(posFiguresCsvFormat.serialize(figures, { language: 'en' }), { delimiter: ';', columns: true }) as Array<Record<string, string>>;
    for (const r of records) expect(Object.keys(r)).toHaveLength(9);
    expect(records[0]).toMatchObject({ Section: 'Revenue', Code: 'sales', Label: 'Number of sales', Count: '2' });
  });
});
