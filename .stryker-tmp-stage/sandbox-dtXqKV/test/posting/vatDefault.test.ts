// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, type Transaction } from '../../src/index.js';
import { vatReturn } from '../../src/tax/index.js';
import { balances, invoice, line, payment, rows } from './_helpers.js';

// CGI art. 269-2: VAT on goods is due on delivery (the invoice), VAT on services on receipt
// of payment — the default — unless the seller opted for the débits (vatExigibility: 'on-invoice').
const law = defaultRules();
const debits = defaultRules({ vatExigibility: 'on-invoice' });

/** Σ credit − debit (cents) on the collected-VAT accounts (44571x), over transactions dated in [from, to]. */
const collectedIn = (txs: ReadonlyArray<Transaction>, from: string, to: string): number =>
  txs.filter((t) => t.date >= from && t.date <= to).reduce((s, t) => s + t.entries.filter((e) => e.account.startsWith('44571')).reduce((x, e) => x + (e.side === 'credit' ? e.minor : -e.minor), 0), 0);
const pendingAt = (txs: ReadonlyArray<Transaction>, to: string): number => -(balances(txs.filter((t) => t.date <= to)).get('44574') ?? 0);

describe('VAT due when the law says (docs/posting.md, worked vector of March 2024)', () => {
  // A: a membership 120.00 TTC (services, 706) and a bag 36.00 TTC (goods, 707) at 20 %, paid 50.00 in March and 106.00 in April.
  // B: coaching 60.00 TTC (services), unpaid at the end of March.
  const a = invoice('inv-a', '2024-03-03', [line('120.00'), line('36.00', '20', { label: 'Sac', account: '707100' })]);
  const b = invoice('inv-b', '2024-03-20', [line('60.00')], { customer: { id: 'C0002', name: 'MARTIN Léa' } });
  const docs = [a, b, payment('p-1', '2024-03-10', '50.00', [['inv-a', '50.00']]), payment('p-2', '2024-04-05', '106.00', [['inv-a', '106.00']])];

  it('by default: goods at the invoice, services as paid (6.41 = 20.00 × 50 / 156; the last payment clears 13.59)', () => {
    const txs = post(docs, law).transactions;
    expect(rows(txs.find((t) => t.source?.documentId === 'inv-a')!)).toEqual(['411 D 156.00 C0001 @inv-a', '706100 C 100.00', '707100 C 30.00', '445711 C 6.00 vat20/30.00', '44574 C 20.00 vat20/100.00']);
    const transfers = txs.filter((t) => t.type === 'vat-transfer');
    expect(transfers.map((t) => [t.date, rows(t)])).toEqual([
      ['2024-03-10', ['44574 D 6.41 vat20/32.05', '445711 C 6.41 vat20/32.05']],
      ['2024-04-05', ['44574 D 13.59 vat20/67.95', '445711 C 13.59 vat20/67.95']],
    ]);
    expect(collectedIn(txs, '2024-03-01', '2024-03-31')).toBe(1241);
    expect(pendingAt(txs, '2024-03-31')).toBe(2359);
    expect(collectedIn(txs, '2024-04-01', '2024-04-30')).toBe(1359);
    expect(vatReturn(txs, { period: { from: '2024-03-01', to: '2024-03-31' }, regime: 'CA3', rules: law }).exact.collected.toFixed(2)).toBe('12.41');
  });

  it('with the débits option: all of it at the invoice, no transfer', () => {
    const txs = post(docs, debits).transactions;
    expect(txs.some((t) => t.type === 'vat-transfer' || t.entries.some((e) => e.account === '44574'))).toBe(false);
    expect(collectedIn(txs, '2024-03-01', '2024-03-31')).toBe(3600);
    expect(collectedIn(txs, '2024-04-01', '2024-04-30')).toBe(0);
    expect(vatReturn(txs, { period: { from: '2024-03-01', to: '2024-03-31' }, regime: 'CA3', rules: debits }).exact.collected.toFixed(2)).toBe('36.00');
  });
});

describe('properties', () => {
  const cents = (n: number): string => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
  /** VAT of a base at a rate in percent, half away from zero (bases are positive). */
  const vatOf = (base: number, rate: number): number => Math.floor((base * rate + 50) / 100);
  // A mixed invoice, prices excl. tax: services at 20 % (706), goods at 10 % (707), so each nature's VAT is one rate's,
  // then payments summing to its total, spread over March and April.
  const mixed = fc
    .record({
      services: fc.array(fc.integer({ min: 1, max: 500_00 }), { minLength: 1, maxLength: 4 }),
      goods: fc.array(fc.integer({ min: 1, max: 500_00 }), { minLength: 1, maxLength: 4 }),
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
      days: fc.array(fc.integer({ min: 2, max: 58 }), { minLength: 5, maxLength: 5 }),
    })
    .map(({ services, goods, weights, days }) => {
      const sBase = services.reduce((s, x) => s + x, 0);
      const gBase = goods.reduce((s, x) => s + x, 0);
      const sVat = vatOf(sBase, 20);
      const gVat = vatOf(gBase, 10);
      const total = sBase + sVat + gBase + gVat;
      const w = weights.reduce((s, x) => s + x, 0);
      let left = total;
      const amounts = weights.map((x, k) => {
        const a = k === weights.length - 1 ? left : Math.floor((total * x) / w);
        left -= a;
        return a;
      }).filter((a) => a > 0);
      const sorted = [...days].sort((x, y) => x - y);
      const date = (d: number): string => (d <= 31 ? `2024-03-${String(d).padStart(2, '0')}` : `2024-04-${String(d - 31).padStart(2, '0')}`);
      const inv = invoice('inv-1', '2024-03-01', [
        ...services.map((x) => line(cents(x), '20')),
        ...goods.map((x) => line(cents(x), '10', { label: 'Article', account: '707100' })),
      ], { pricesIncludeTax: false });
      const pays = amounts.map((a, k) => payment(`p-${k}`, date(sorted[k]!), cents(a), [['inv-1', cents(a)]]));
      return { docs: [inv, ...pays], sVat, gVat };
    });

  it('under the default (CGI art. 269-2), a mixed invoice collects its goods VAT at the invoice, its services VAT only through transfers summing to it, and leaves no pending VAT once fully paid', () => {
    fc.assert(
      fc.property(mixed, ({ docs, sVat, gVat }) => {
        const txs = post(docs, law).transactions;
        const sale = txs.find((t) => t.type === 'sale')!;
        expect(sale.entries.filter((e) => e.account.startsWith('44571')).reduce((s, e) => s + e.minor, 0)).toBe(gVat);
        expect(sale.entries.filter((e) => e.account === '44574').reduce((s, e) => s + e.minor, 0)).toBe(sVat);
        const transfers = txs.filter((t) => t.type === 'vat-transfer');
        expect(transfers.reduce((s, t) => s + t.entries.filter((e) => e.account.startsWith('44571')).reduce((x, e) => x + (e.side === 'credit' ? e.minor : -e.minor), 0), 0)).toBe(sVat);
        expect(balances(txs).get('44574') ?? 0).toBe(0);
        expect(collectedIn(txs, '2024-01-01', '2024-12-31')).toBe(sVat + gVat);
      }),
      { numRuns: 200 },
    );
  });

  it('with the débits option, the same invoice collects all its VAT at the invoice and makes no transfer', () => {
    fc.assert(
      fc.property(mixed, ({ docs, sVat, gVat }) => {
        const txs = post(docs, debits).transactions;
        expect(txs.some((t) => t.type === 'vat-transfer')).toBe(false);
        expect(collectedIn(txs.filter((t) => t.type === 'sale'), '2024-01-01', '2024-12-31')).toBe(sVat + gVat);
      }),
      { numRuns: 100 },
    );
  });

  it('the VAT return\'s collected VAT is the period\'s movement on the collected accounts, under either regime', () => {
    fc.assert(
      fc.property(mixed, fc.boolean(), ({ docs }, onReceipt) => {
        const rules = onReceipt ? law : debits;
        const txs = post(docs, rules).transactions;
        for (const [from, to] of [['2024-03-01', '2024-03-31'], ['2024-04-01', '2024-04-30']] as const) {
          const r = vatReturn(txs, { period: { from, to }, regime: 'CA3', rules });
          expect(Number(r.exact.collected.times(100).toFixed(0))).toBe(collectedIn(txs, from, to));
        }
      }),
      { numRuns: 100 },
    );
  });
});
