// @ts-nocheck
// The till closings (Z) as CSV: a small file pinned, read back with csv-parse, its figures
// those of the tillClosings report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats, tillClosings, tillClosingsCsvRows } from '../../../src/index.js';
import { campsiteArbitrary } from '../../../src/testing/synthesis.js';
import { codeOf, read, readObjects, sumOf } from './_read.js';

const JULY = { from: '2024-07-01', to: '2024-07-31' } as const;
const closing = {
  type: 'till-closing', id: 'z-2024-07-15', number: 'Z-0015', till: 'SNACK', day: '2024-07-15', countedCash: '6.90',
  tickets: [
    { id: 't1', number: 'T-0001', lines: [{ label: 'Baguette', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }, { label: 'Bière', account: '707200', quantity: '1', unitPrice: '4.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '7.00' }] },
    { id: 't2', number: 'T-0002', lines: [{ label: '=Sandwich', account: '707100', quantity: '1', unitPrice: '5.00', vatRate: '10' }], payments: [{ method: 'card', amount: '5.00' }] },
  ],
};

describe('formats.csvTillClosings', () => {
  it('snapshots one closing: tickets, sales by rate, total, payments, cash expected, counted and the difference on 658', () => {
    const text = formats.csvTillClosings.serialize(tillClosings([closing], { period: JULY }));
    expect(text.split('\r\n')).toMatchInlineSnapshot(`
      [
        "Date;Caisse;N° Z;Section;Code;Libellé;Taux TVA;Nombre;Montant HT;TVA;Montant TTC;Compte",
        "2024-07-15;SNACK;Z-0015;Tickets;tickets;T-0001 T-0002;;2;;;;",
        "2024-07-15;SNACK;Z-0015;Ventes par taux de TVA;20;20 %;20;;3,33;0,67;4,00;",
        "2024-07-15;SNACK;Z-0015;Ventes par taux de TVA;10;10 %;10;;4,55;0,45;5,00;",
        "2024-07-15;SNACK;Z-0015;Ventes par taux de TVA;5.5;5,5 %;5,5;;2,84;0,16;3,00;",
        "2024-07-15;SNACK;Z-0015;Ventes;revenue;Total TTC;;2;;;12,00;",
        "2024-07-15;SNACK;Z-0015;Paiements;card;CB;;1;;;5,00;5115",
        "2024-07-15;SNACK;Z-0015;Paiements;cash;espèces;;1;;;7,00;530",
        "2024-07-15;SNACK;Z-0015;Espèces;expectedCash;Espèces attendues;;;;;7,00;",
        "2024-07-15;SNACK;Z-0015;Espèces;countedCash;Espèces comptées;;;;;6,90;",
        "2024-07-15;SNACK;Z-0015;Espèces;difference;Écart de caisse;;;;;-0,10;658",
        "",
      ]
    `);
    expect(formats.csvTillClosings.fileName({ period: JULY })).toBe('clotures-caisse_2024-07-01_2024-07-31.csv');
  });

  it('reads back with csv-parse into lines of one column count, whose figures are the report’s', () => {
    const report = tillClosings([closing, { ...closing, id: 'z-2024-07-16', number: 'Z-0016', day: '2024-07-16', countedCash: '7.00' }], { period: JULY });
    const text = formats.csvTillClosings.serialize(report);
    const records = read(text);
    for (const r of records) expect(r.length).toBe(records[0]!.length);
    const rows = readObjects(text);
    expect([...new Set(rows.map((r) => r['N° Z']))]).toEqual(['Z-0015', 'Z-0016']);
    const z15 = rows.filter((r) => r['N° Z'] === 'Z-0015');
    expect(sumOf(z15.filter((r) => r.Section === 'Ventes par taux de TVA'), 'Montant TTC')).toBe(1200n);
    expect(z15.find((r) => r.Code === 'difference')).toMatchObject({ 'Montant TTC': '-0,10', Compte: '658' });
    expect(rows.filter((r) => r['N° Z'] === 'Z-0016').find((r) => r.Code === 'difference')).toMatchObject({ 'Montant TTC': '0,00', Compte: '' });
    expect(formats.csvTillClosings.serialize(report, { language: 'en' }).split('\r\n')[0]).toBe('Date;Till;Z number;Section;Code;Label;VAT rate;Count;Excl. tax;VAT;Amount incl. tax;Account');
  });

  it('refuses a bad CSV option and a file name without period, by code', () => {
    const report = tillClosings([closing], { period: JULY });
    expect(codeOf(() => formats.csvTillClosings.serialize(report, { decimal: ';' as never }))).toBe('invalid_option');
    expect(codeOf(() => formats.csvTillClosings.fileName({}))).toBe('invalid_option');
  });
});

describe('properties', () => {
  it('per closing, the sales by rate add up to the total line, and counted − expected is the difference line', () => {
    fc.assert(
      fc.property(campsiteArbitrary({ from: '2024-01-01', to: '2024-02-28' }), ({ documents }) => {
        const report = tillClosings(documents, { period: { from: '2024-01-01', to: '2024-12-31' } });
        const rows = readObjects(formats.csvTillClosings.serialize(report));
        return report.closings.every((z) => {
          const mine = rows.filter((r) => r['N° Z'] === z.number && r.Date === z.day && r.Caisse === z.till);
          const of = (code: string) => sumOf(mine.filter((r) => r.Code === code), 'Montant TTC');
          return (
            sumOf(mine.filter((r) => r.Section === 'Ventes par taux de TVA'), 'Montant TTC') === of('revenue') &&
            of('countedCash') - of('expectedCash') === of('difference') &&
            mine.length === tillClosingsCsvRows({ ...report, closings: [z] }).length
          );
        });
      }),
      { numRuns: 30 },
    );
  });
});
