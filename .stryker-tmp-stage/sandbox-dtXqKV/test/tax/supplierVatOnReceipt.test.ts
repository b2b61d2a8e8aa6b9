// @ts-nocheck
// VAT synthesis of purchases from suppliers taxed on receipt: deductible VAT pending (44568) and what payments make deductible.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, trialBalance, type Transaction } from '../../src/index.js';
import { post } from '../../src/posting/index.js';
import { vatSynthesis, type VatAmounts } from '../../src/tax/index.js';
import { codeOf, deepFreeze } from '../revenue/_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

const fig = (a: VatAmounts | undefined) => (a === undefined ? undefined : [a.base.toFixed(2), a.vat.toFixed(2), a.total.toFixed(2)]);
const OCT = { period: { from: '2024-10-01', to: '2024-10-31' } };
const NOV = { period: { from: '2024-11-01', to: '2024-11-30' } };
const acme = { id: 'F0100', name: 'ACME CONSEIL' };
const dec = (m: number) => `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;

const line = (ttc: string, rate = '20', account = '622600') => ({ label: 'Honoraires', account, quantity: '1', unitPrice: ttc, vatRate: rate });
const purchase = (id: string, date: string, lines: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  type: 'purchase',
  id,
  number: `FF-${id}`,
  date,
  supplier: acme,
  pricesIncludeTax: true,
  vatExigibility: 'on-receipt',
  lines,
  ...extra,
});
const pay = (id: string, date: string, amount: string, p = 'ac-1') => ({ type: 'supplier-payment', id, date, method: 'transfer', amount, supplier: acme, allocations: [{ purchase: p, amount }] });

/** The worked vector: 120.00 TTC of services at 20 % bought in October, paid 60.00 in October and 60.00 in November. */
const vector = () => [purchase('ac-1', '2024-10-10', [line('120.00')]), pay('sp-1', '2024-10-20', '60.00'), pay('sp-2', '2024-11-05', '60.00')];

/** Debit − credit of the accounts under a prefix over a period (movements) and at its end (closing), as strings with two decimals. */
function debitNet(txs: Iterable<Transaction>, prefix: string, period: { from: string; to: string }): { movements: string; closing: string } {
  const tb = trialBalance(txs, { period });
  let m = new Decimal(0);
  let c = new Decimal(0);
  for (const r of tb.rows) {
    if (!r.account.startsWith(prefix)) continue;
    m = m.plus(r.movements.debit.minus(r.movements.credit));
    c = c.plus(r.closing.debit.minus(r.closing.credit));
  }
  return { movements: m.toFixed(2), closing: c.toFixed(2) };
}

describe('vatSynthesis: deductible VAT on payment', () => {
  it('counts as deductible what payments transferred, and reports the deductible VAT still pending (worked vector)', () => {
    const { transactions } = post(vector(), vatOnInvoice);
    const oct = vatSynthesis(transactions, OCT);
    expect(fig(oct.deductible)).toEqual(['50.00', '10.00', '60.00']);
    expect(fig(oct.deductiblePending?.movements)).toEqual(['50.00', '10.00', '60.00']); // 20.00 added, 10.00 made deductible
    expect(fig(oct.deductiblePending?.atEnd)).toEqual(['50.00', '10.00', '60.00']);
    expect(oct.netVatDue.toFixed(2)).toBe('-10.00');
    expect(oct.rates.map((r) => [r.rate, fig(r.deductible), fig(r.deductiblePending), fig(r.deductiblePendingAtEnd)])).toEqual([
      ['20', ['50.00', '10.00', '60.00'], ['50.00', '10.00', '60.00'], ['50.00', '10.00', '60.00']],
    ]);
    expect(oct.accounts.deductiblePending).toEqual(['44568']);
    const nov = vatSynthesis(transactions, NOV);
    expect(fig(nov.deductible)).toEqual(['50.00', '10.00', '60.00']);
    expect(fig(nov.deductiblePending?.movements)).toEqual(['-50.00', '-10.00', '-60.00']);
    expect(fig(nov.deductiblePending?.atEnd)).toEqual(['0.00', '0.00', '0.00']);
    // Collected and collected-pending figures are untouched.
    expect([fig(nov.collected), fig(nov.pending.movements), fig(nov.pending.atEnd)]).toEqual([
      ['0.00', '0.00', '0.00'],
      ['0.00', '0.00', '0.00'],
      ['0.00', '0.00', '0.00'],
    ]);
  });

  it('shows a rate whose only figure is deductible VAT pending from an earlier period', () => {
    const { transactions } = post([purchase('ac-1', '2024-10-10', [line('110.00', '10')])], vatOnInvoice);
    const nov = vatSynthesis(transactions, NOV);
    expect(nov.rates.map((r) => [r.rate, fig(r.deductible), fig(r.deductiblePending), fig(r.deductiblePendingAtEnd)])).toEqual([
      ['10', ['0.00', '0.00', '0.00'], ['0.00', '0.00', '0.00'], ['100.00', '10.00', '110.00']],
    ]);
  });

  it('adds no field for books without a deductible-pending account (existing outputs keep their shape)', () => {
    // Purchases from suppliers that opted for the débits: nothing goes through 44568.
    const docs = vector().map((d) => ((d as Record<string, unknown>).type === 'purchase' ? { ...(d as Record<string, unknown>), vatExigibility: 'on-invoice' } : d));
    const s = vatSynthesis(post(docs, vatOnInvoice).transactions, OCT);
    expect('deductiblePending' in s).toBe(false);
    expect(s.rates.every((r) => !('deductiblePending' in r) && !('deductiblePendingAtEnd' in r))).toBe(true);
    expect(s.accounts).toEqual({ collected: [], pending: [], deductible: ['44566'] });
    expect(fig(s.deductible)).toEqual(['100.00', '20.00', '120.00']);
  });

  it('reads the deductible-pending accounts it is told to, and rejects a bad prefix (invalid_account, invalid_option)', () => {
    const { transactions } = post(vector(), vatOnInvoice);
    const none = vatSynthesis(transactions, { ...OCT, accounts: { deductiblePending: [] } });
    expect('deductiblePending' in none).toBe(false);
    const sub = vatSynthesis(transactions, { ...OCT, accounts: { deductiblePending: ['4456'] } });
    // 4456 covers 44566 too, but the longest prefix wins: 44566 stays deductible.
    expect(sub.accounts.deductiblePending).toEqual(['44568']);
    expect(codeOf(() => vatSynthesis(transactions, { ...OCT, accounts: { deductiblePending: ['TVA'] } }))).toBe('invalid_account');
    expect(codeOf(() => vatSynthesis(transactions, { ...OCT, accounts: { deductiblePending: '44568' as never } }))).toBe('invalid_option');
  });

  it('ties to the books: deductible VAT and deductible VAT pending are the movements of 44566 and 44568, pending at end their balance', () => {
    const planArb = fc
      .record({
        total: fc.integer({ min: 1, max: 2_000_000 }),
        goods: fc.integer({ min: 0, max: 200_000 }),
        rate: fc.constantFrom('20', '10', '5.5', '2.1'),
        parts: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 100 }), day: fc.integer({ min: 0, max: 60 }) }), { minLength: 1, maxLength: 5 }),
        paidPercent: fc.integer({ min: 0, max: 100 }),
      })
      .map(({ total, goods, rate, parts, paidPercent }) => {
        const lines = [line(dec(total), rate)];
        if (goods > 0) lines.push(line(dec(goods), rate, '607000'));
        const ttc = total + goods;
        const paid = Math.floor((ttc * paidPercent) / 100);
        const weight = parts.reduce((s, p) => s + p.weight, 0);
        const docs: Record<string, unknown>[] = [purchase('ac-1', '2024-10-01', lines)];
        let left = paid;
        parts.forEach((p, k) => {
          const amount = k === parts.length - 1 ? left : Math.floor((paid * p.weight) / weight);
          left -= amount;
          const day = new Date(Date.UTC(2024, 9, 2 + p.day)).toISOString().slice(0, 10);
          if (amount > 0) docs.push(pay(`sp-${k}`, day, dec(amount)));
        });
        return docs;
      });
    fc.assert(
      fc.property(planArb, fc.constantFrom(OCT, NOV), (docs, { period }) => {
        const txs = post(docs, vatOnInvoice).transactions;
        const frozen = deepFreeze([...txs]);
        const s = vatSynthesis(frozen, { period });
        const d = debitNet(txs, '44566', period);
        const p = debitNet(txs, '44568', period);
        expect(s.deductible.vat.toFixed(2)).toBe(d.movements);
        expect(s.deductiblePending?.movements.vat.toFixed(2) ?? '0.00').toBe(p.movements);
        expect(s.deductiblePending?.atEnd.vat.toFixed(2) ?? '0.00').toBe(p.closing);
        expect(s.netVatDue.negated().toFixed(2)).toBe(d.movements);
      }),
      { numRuns: 100 },
    );
  });
});
