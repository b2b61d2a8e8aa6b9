// @ts-nocheck
// The review's report ties, on the files the examples write (as `npm run demo` does):
// - gym: the fiscal PCA report's total is the 487 balance the year-end deferrals leave
//   (every method listed: subscriptions by days, packs by sessions);
// - gym: the dashboard's revenue after PCA is the trial balance's class-7 movement, and
//   before PCA it adds back exactly the deferral;
// - campsite: the VAT parts of the synthesis (invoices, till, receipts, write-offs, other)
//   add up to the 4457x movement of the year's operations (the VAT returns' clearing entries apart),
//   VAT collected being the invoices' part;
// - campsite: on every invoice row of the document lists, paid + deducted + credited +
//   remaining = incl. tax.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as campsite } from '../../examples/campsite.js';
import { run as gym } from '../../examples/gym.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'partie-double-review-'));
  gym(dir);
  campsite(dir);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The records of a CSV the examples wrote (`;`, decimal comma, French headers). */
function records(business: string, file: string): Array<Record<string, string>> {
  return parse(readFileSync(join(dir, business, file), 'utf8'), { columns: true, delimiter: ';', bom: true }) as Array<Record<string, string>>;
}

/** An amount cell (`-1234,56`, or empty) in cents. */
function cents(cell: string | undefined): number {
  if (cell === undefined || cell === '') return 0;
  const m = /^(-?)(\d+),(\d{2})$/.exec(cell);
  if (!m) throw new Error(`not an amount: ${JSON.stringify(cell)}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** Credits − debits of the trial balance's movements over the accounts a test keeps. */
function movement(business: string, keep: (account: string) => boolean): number {
  return records(business, 'balance-generale_2024-01-01_2024-12-31.csv')
    .filter((r) => r.Compte !== 'Total' && keep(r.Compte!))
    .reduce((s, r) => s + cents(r['Mouvements crédit']) - cents(r['Mouvements débit']), 0);
}

/**
 * Credits − debits on the 4457x accounts over the FEC's transactions, leaving out the VAT returns'
 * clearing entries (they alone touch the return accounts 4455x, 44567 and 4458x): the VAT the
 * period's operations collected.
 */
function operationsVat(business: string, fecFile: string): number {
  const lines = readFileSync(join(dir, business, fecFile), 'utf8').split('\r\n').map((l) => l.split('|'));
  const [header, ...rows] = lines;
  const [num, account, debit, credit] = ['EcritureNum', 'CompteNum', 'Debit', 'Credit'].map((c) => header!.indexOf(c)) as [number, number, number, number];
  const returns = new Set(rows.filter((r) => /^(4455|44567|4458)/.test(r[account]!)).map((r) => r[num]));
  return rows.filter((r) => r[account]!.startsWith('4457') && !returns.has(r[num])).reduce((sum, r) => sum + cents(r[credit]) - cents(r[debit]), 0);
}

describe('review ties on the demo files', () => {
  it('gym: the fiscal PCA report lists every method and its total is the 487 balance the deferrals leave', () => {
    const rows = records('gym', 'pca-fiscal_2024-12-31.csv');
    const totals = rows.filter((r) => r.Client === 'Total');
    const lines = rows.filter((r) => r.Client !== 'Total');
    expect(new Set(lines.map((r) => r['Méthode']))).toEqual(new Set(['days', 'sessions']));
    expect(totals.map((r) => r['Méthode'])).toEqual(['days', 'sessions', '']);
    const total = cents(totals.at(-1)!['PCA HT']);
    expect(total).toBe(lines.reduce((s, r) => s + cents(r['PCA HT']), 0));
    expect(total).toBe(cents(totals[0]!['PCA HT']) + cents(totals[1]!['PCA HT']));
    // 487 is credited by the deferrals only (their reversals are dated next year).
    expect(total).toBe(movement('gym', (a) => a.startsWith('487')));
    expect(total).toBe(1_754_728); // 17,547.28: days 13,617.28 + sessions 3,930.00
  });

  it("gym: dashboard revenue is the trial balance's class-7 movement after PCA, and the deferral apart before it", () => {
    const value = Object.fromEntries(records('gym', 'tableau-de-bord_2024-01-01_2024-12-31.csv').map((r) => [r['Clé'], r.Valeur]));
    const class7 = movement('gym', (a) => a.startsWith('7'));
    expect(cents(value.revenueAfterDeferral)).toBe(class7);
    expect(cents(value.revenueExclTax) + cents(value.deferral)).toBe(class7);
    expect(cents(value.deferral)).toBe(-movement('gym', (a) => a.startsWith('487')));
    // The shop till (707x) and re-billed fees (7088) are in it.
    const shopAndFees = movement('gym', (a) => a.startsWith('707') || a.startsWith('7088'));
    expect(shopAndFees).toBeGreaterThan(0);
    expect(cents(value.otherRevenue)).toBeGreaterThanOrEqual(shopAndFees);
    expect(cents(value.subscriptionRevenue) + cents(value.sessionRevenue) + cents(value.otherRevenue)).toBe(cents(value.revenueExclTax));
  });

  it("campsite: VAT collected is the invoices' part, and the parts tie to the 4457x movement", () => {
    const rows = records('campsite', '2025-01-01_SyntheseComptableDu2024-01-01au2024-12-31.csv');
    const part = (code: string): number => cents(rows.find((r) => r.Section === 'TVA des comptes 4457 par origine' && r.Code === code)!.TVA);
    const vatCollected = cents(rows.find((r) => r.Section === 'Chiffres clés' && r.Code === 'vatCollected')!.TVA);
    const sum = ['invoices', 'till', 'receipts', 'writeOffs', 'other'].reduce((s, c) => s + part(c), 0);
    expect(sum).toBe(part('total'));
    expect(part('total')).toBe(operationsVat('campsite', '793456120FEC20241231.txt'));
    expect(part('total')).toBeGreaterThan(0);
    expect(vatCollected).toBe(part('invoices'));
    expect([part('till'), part('receipts')]).toEqual([428_229, 179_430]);
    // Every monthly synthesis ties too.
    for (const month of ['04', '05', '06', '07', '08', '09']) {
      const last = new Date(Date.UTC(2024, Number(month), 0)).getUTCDate();
      const next = month === '09' ? '2024-10-01' : `2024-${String(Number(month) + 1).padStart(2, '0')}-01`;
      const m = records('campsite', `${next}_SyntheseComptableDu2024-${month}-01au2024-${month}-${last}.csv`);
      const p = (code: string): number => cents(m.find((r) => r.Section === 'TVA des comptes 4457 par origine' && r.Code === code)!.TVA);
      expect(['invoices', 'till', 'receipts', 'writeOffs', 'other'].reduce((s, c) => s + p(c), 0)).toBe(p('total'));
    }
  });

  it('campsite: on every invoice row of the lists, paid + deducted + credited + remaining = incl. tax', () => {
    const rows = records('campsite', '2025-01-01_DocumentsDu2024-01-01au2024-12-31.csv').filter((r) => r.Liste === 'Factures' || r.Liste === 'Ventes annexes');
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(cents(r['Payé']) + cents(r['Acomptes déduits']) + cents(r['Avoirs imputés']) + cents(r['Reste à payer']), r['Référence']).toBe(cents(r['Montant TTC']));
    }
    const fa105 = rows.find((r) => r.Liste === 'Factures' && r['Référence'] === 'FA2024-00105')!;
    expect([fa105['Montant TTC'], fa105['Payé'], fa105['Acomptes déduits'], fa105['Avoirs imputés'], fa105['Reste à payer']]).toEqual(['295,80', '210,80', '85,00', '0,00', '0,00']);
  });
});
