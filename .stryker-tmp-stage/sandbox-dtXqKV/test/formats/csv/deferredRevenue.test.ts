// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deferredRevenue, fiscalDeferredRevenueReport, type FiscalDeferredRevenueReport } from '../../../src/index.js';
import { csvDeferredRevenueFormat } from '../../../src/formats/csv/index.js';
import { dateArb, deepFreeze, invoice, invoicesArb, tv1, usage } from '../../revenue/_fixtures.js';
import { codeOf, issueOf, read, readObjects, sumOf } from './_read.js';

function report(): FiscalDeferredRevenueReport {
  return fiscalDeferredRevenueReport(
    [
      tv1(),
      invoice('inv-0', '2024-09-01', [
        { label: 'Mensuel', unitPrice: '36.00', servicePeriod: { from: '2024-12-15', to: '2025-01-14' } },
        { label: 'Boisson', account: '707100', unitPrice: '2.00', vatRate: '5.5' },
      ], { customer: { id: 'C0002', name: '=MARTIN; "Léa"' } }),
      invoice('av-1', '2024-11-02', [{ label: 'Avoir', unitPrice: '60.00', servicePeriod: { from: '2024-11-01', to: '2025-10-31' } }], { kind: 'credit-note', number: 'AV2024-0001' }),
    ],
    { cutoff: '2024-12-31' },
  );
}

describe('csv-deferred-revenue (fiscal PCA report)', () => {
  it('writes a small file, ending with the totals; credit notes are negative', () => {
    expect(csvDeferredRevenueFormat.serialize(report(), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Client;Identifiant client;Produit;Facture;Date de vente;Date de début;Date de fin;Montant TTC;Montant HT;Nombre de jours;Jours restants;Méthode;Séances vendues;Séances restantes;Prorata restant;PCA HT
      "'=MARTIN; ""Léa""";C0002;Mensuel;FA-inv-0;2024-09-01;2024-12-15;2025-01-14;36,00;30,00;31;14;days;;;14/31;13,55
      DUPONT Jean;C0001;Abonnement 12 mois;FA2024-0001;2024-10-15;2024-10-15;2025-10-14;600,00;500,00;365;287;days;;;287/365;393,15
      DUPONT Jean;C0001;Avoir;AV2024-0001;2024-11-02;2024-11-01;2025-10-31;-60,00;-50,00;365;304;days;;;304/365;-41,64
      Total;;;;;;;576,00;480,00;;;;;;;365,06
      "
    `);
  });

  it('writes English headers, French dates, decimal dots, and leaves the totals out on request', () => {
    expect(csvDeferredRevenueFormat.serialize(fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31' }), { language: 'en', decimal: '.', separator: ',', dateFormat: 'dd/mm/yyyy', totals: false, lineEnding: '\n' }))
      .toMatchInlineSnapshot(`
        "Customer,Customer ID,Product,Invoice,Sale date,Start date,End date,Amount incl. tax,Amount excl. tax,Total days,Days remaining,Method,Sessions sold,Sessions remaining,Share remaining,Deferred revenue excl. tax
        DUPONT Jean,C0001,Abonnement 12 mois,FA2024-0001,15/10/2024,15/10/2024,14/10/2025,600.00,500.00,365,287,days,,,287/365,393.15
        "
      `);
  });

  it('lists every method of the reports, with a subtotal line per method before the total', () => {
    const pack = invoice('pack', '2024-11-01', [{ id: 'l1', label: 'Carnet 10 séances', unitPrice: '120.00', sessions: 10 }], { number: 'FA2024-0002' });
    const used = ['01', '02', '03', '04', '05'].map((d) => usage(`u${d}`, 'pack', 'l1', `2024-12-${d}`));
    const r = fiscalDeferredRevenueReport([deferredRevenue([tv1()], { cutoff: '2024-12-31' }), deferredRevenue([pack, ...used], { cutoff: '2024-12-31', method: 'sessions' })]);
    expect(csvDeferredRevenueFormat.serialize(r, { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Client;Identifiant client;Produit;Facture;Date de vente;Date de début;Date de fin;Montant TTC;Montant HT;Nombre de jours;Jours restants;Méthode;Séances vendues;Séances restantes;Prorata restant;PCA HT
      DUPONT Jean;C0001;Abonnement 12 mois;FA2024-0001;2024-10-15;2024-10-15;2025-10-14;600,00;500,00;365;287;days;;;287/365;393,15
      DUPONT Jean;C0001;Carnet 10 séances;FA2024-0002;2024-11-01;;;120,00;100,00;;;sessions;10;5;5/10;50,00
      Total;;;;;;;600,00;500,00;;;days;;;;393,15
      Total;;;;;;;120,00;100,00;;;sessions;;;;50,00
      Total;;;;;;;720,00;600,00;;;;;;;443,15
      "
    `);
  });

  it('names its file after the report date', () => {
    expect(csvDeferredRevenueFormat.fileName({ closingDate: '2024-12-31' })).toBe('pca-fiscal_2024-12-31.csv');
    expect(csvDeferredRevenueFormat.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } })).toBe('pca-fiscal_2024-12-31.csv');
    expect(issueOf(() => csvDeferredRevenueFormat.fileName({})).path).toEqual(['closingDate']);
    expect(codeOf(() => csvDeferredRevenueFormat.fileName({ closingDate: '31/12/2024' }))).toMatch(/^invalid_(period|date)$/);
  });

  it('refuses what is not a fiscal PCA report, and bad options', () => {
    expect(codeOf(() => csvDeferredRevenueFormat.serialize([tv1()] as unknown as FiscalDeferredRevenueReport))).toBe('invalid_input');
    expect(codeOf(() => csvDeferredRevenueFormat.serialize(report(), { totals: 1 as unknown as boolean }))).toBe('invalid_option');
  });

  it('does not mutate the report', () => {
    const r = deepFreeze(report());
    expect(() => csvDeferredRevenueFormat.serialize(r)).not.toThrow();
  });
});

describe('properties', () => {
  it('one record per report row plus the Total line, whose PCA is the sum of the rows and the report total', () => {
    fc.assert(
      fc.property(invoicesArb, dateArb, fc.constantFrom(',' as const, '.' as const), (docs, cutoff, decimal) => {
        const r = fiscalDeferredRevenueReport(docs, { cutoff });
        const text = csvDeferredRevenueFormat.serialize(r, { decimal, separator: ';' });
        expect(read(text)).toHaveLength(r.rows.length + 2); // one method: no subtotal line
        const rows = readObjects(text);
        const total = rows.pop()!;
        expect(sumOf([total], 'PCA HT', decimal)).toBe(sumOf(rows, 'PCA HT', decimal));
        expect(sumOf([total], 'PCA HT', decimal)).toBe(BigInt(r.totals.deferred.times(100).toFixed(0)));
      }),
      { numRuns: 60 },
    );
  });
});
