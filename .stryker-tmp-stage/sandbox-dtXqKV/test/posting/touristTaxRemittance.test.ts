// @ts-nocheck
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, defaultRules, lockPeriod, post, safePost, trialBalance, type Document, type Transaction } from '../../src/index.js';
import { campsiteArbitrary } from '../../src/testing/index.js';
import { balances, deepFreeze, invoice, plain, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const commune = { id: 'MAIRIE-BISCA', name: 'Commune de Biscarrosse' };

/** SPEC-FR TV4: a campsite invoice of 476.60 incl. 8.40 of tourist tax (2 adults × 7 nights × 0.60). */
const tv4 = invoice('inv-1', '2024-07-20', [
  { label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' },
  { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
  { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' },
  { label: 'Taxe de séjour (2 adultes × 7 nuits)', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
]);

/** A remittance by transfer of the third quarter 2024. */
function remittance(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'transfer', amount: '8.40', collector: commune, period: { from: '2024-07-01', to: '2024-09-30' }, ...extra };
}

/** The closing balance (debit − credit) of an account in the trial balance of the book, '0.00' when it has no row. */
function closing(txs: ReadonlyArray<Transaction>, account: string): string {
  const row = trialBalance(createBook(txs)).rows.find((r) => r.account === account);
  return row ? row.closing.debit.minus(row.closing.credit).toFixed(2) : '0.00';
}

/** `[code, path]` of the issues of the only failure of a call. */
function failure(docs: ReadonlyArray<unknown>, rules = defaultRules({ vatExigibility: 'on-invoice' })): Array<[string, ReadonlyArray<string | number>]> {
  const r = safePost(docs as Iterable<PostableDocument>, rules);
  expect(r.failures).toHaveLength(1);
  return r.failures[0]!.issues.map((i) => [i.code, i.path]);
}

describe('tourist-tax remittances', () => {
  it('pays over the 8.40 of TV4 by transfer: Dt 447 / Ct 512 on the bank journal, and 447 is back to 0 (worked vector)', () => {
    const txs = post([tv4, remittance({ number: 'VIR-TS-2024-T3', memo: 'T3 2024', costCenter: 'CAMPING' })], vatOnInvoice).transactions;
    expect(closing(txs.slice(0, 1), '447')).toBe('-8.40');
    const tx = txs[1]!;
    expect(tx).toMatchObject({
      id: 'BQ000001',
      journal: 'BQ',
      type: 'tourist-tax-remittance',
      date: '2024-10-15',
      label: 'Reversement taxe de séjour 07/2024-09/2024 Commune de Biscarrosse',
      piece: { ref: 'VIR-TS-2024-T3', date: '2024-10-15' },
      currency: 'EUR',
    });
    expect(tx.source).toEqual({ documentId: 'ts-1', documentNumber: 'VIR-TS-2024-T3', customerId: 'MAIRIE-BISCA', customerName: 'Commune de Biscarrosse', paymentMethod: 'transfer', memo: 'T3 2024' });
    expect(rows(tx)).toEqual(['447 D 8.40', '512 C 8.40']);
    expect(tx.entries.every((e) => e.auxiliary === undefined && e.costCenter === 'CAMPING')).toBe(true);
    expect(closing(txs, '447')).toBe('0.00');
    expect(closing(txs, '512')).toBe('-8.40');
  });

  it('uses the piece reference number ?? id, and a short label for a month, a free period, or none', () => {
    const label = (extra: Record<string, unknown>) => post([remittance(extra)], vatOnInvoice).transactions[0]!;
    expect(label({ period: { from: '2024-07-01', to: '2024-07-31' } })).toMatchObject({ label: 'Reversement taxe de séjour 07/2024 Commune de Biscarrosse', piece: { ref: 'ts-1' } });
    expect(label({ period: { from: '2024-07-01', to: '2024-07-15' } }).label).toBe('Reversement taxe de séjour 01/07/2024-15/07/2024 Commune de Biscarrosse');
    expect(label({ period: { from: '2024-02-01', to: '2024-02-29' } }).label).toBe('Reversement taxe de séjour 02/2024 Commune de Biscarrosse');
    expect(label({ period: undefined }).label).toBe('Reversement taxe de séjour Commune de Biscarrosse');
  });

  it('debits the account given (4686), the collector\'s, or the rules\' tourist-tax account', () => {
    const own = invoice('inv-1', '2024-07-20', [{ label: 'Taxe de séjour', kind: 'tourist-tax', account: '4686', quantity: '14', unitPrice: '0.60' }, { label: 'Emplacement', account: '706', quantity: '1', unitPrice: '100.00', vatRate: '10' }]);
    const txs = post([own, remittance({ account: '4686' })], vatOnInvoice).transactions;
    expect(rows(txs[1]!)).toEqual(['4686 D 8.40', '512 C 8.40']);
    expect(closing(txs, '4686')).toBe('0.00');
    expect(rows(post([remittance({ collector: { ...commune, account: '4686' } })], vatOnInvoice).transactions[0]!)).toEqual(['4686 D 8.40', '512 C 8.40']);
    expect(rows(post([remittance({ account: '4686', collector: { ...commune, account: '4686' } })], vatOnInvoice).transactions[0]!)).toEqual(['4686 D 8.40', '512 C 8.40']);
    const rules = defaultRules({ vatExigibility: 'on-invoice', accounts: { touristTax: '4671' } });
    expect(rows(post([remittance()], rules).transactions[0]!)).toEqual(['4671 D 8.40', '512 C 8.40']);
  });

  it.each([
    ['transfer', '512', 'BQ'],
    ['cheque', '512', 'BQ'],
    ['card', '512', 'BQ'],
    ['direct-debit', '512', 'BQ'],
    ['cash', '530', 'CA'],
  ])('pays by %s from its treasury account %s on journal %s (never a clearing account of receipts)', (method, treasury, journal) => {
    const tx = post([remittance({ method })], vatOnInvoice).transactions[0]!;
    expect(tx.journal).toBe(journal);
    expect(rows(tx)).toEqual(['447 D 8.40', `${treasury} C 8.40`]);
  });

  it('maps a custom method through the rules', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { 'virement-ca': { account: '512200', label: 'virement CA' } } });
    expect(rows(post([remittance({ method: 'virement-ca' })], rules).transactions[0]!)).toEqual(['447 D 8.40', '512200 C 8.40']);
  });

  it('converts a foreign amount at its exchange rate, keeping the currency amount on both lines', () => {
    const tx = post([remittance({ amount: '10.00', currency: 'USD', exchangeRate: '0.9215' })], vatOnInvoice).transactions[0]!;
    expect(rows(tx)).toEqual(['447 D 9.22 USD10.00', '512 C 9.22 USD10.00']);
    expect(tx.currency).toBe('EUR');
  });

  describe('bad input, each with its code', () => {
    it.each([
      ['a zero amount', { amount: '0.00' }, [['non_positive_amount', [0, 'amount']]]],
      ['a negative amount', { amount: '-8.40' }, [['negative_amount', [0, 'amount']]]],
      ['a period ending before it starts', { period: { from: '2024-09-30', to: '2024-07-01' } }, [['invalid_period', [0, 'period']]]],
      ['an account that is no account number', { account: 'taxe' }, [['invalid_account', [0, 'account']]]],
      ['an account outside class 4', { account: '706100' }, [['invalid_account', [0, 'account']]]],
      ['an extra field', { customer: commune }, [['unknown_field', [0, 'customer']]]],
      ['an unknown method', { method: 'bitcoin' }, [['invalid_method', [0, 'method']]]],
      ['a method moving no money', { method: 'credit-note' }, [['invalid_method', [0, 'method']]]],
      ['a method receiving vouchers', { method: 'voucher' }, [['invalid_method', [0, 'method']]]],
      ['an account the chart does not cover', { account: '4999' }, [['unknown_account', [0, 'account']]]],
      ["a collector's account the chart does not cover", { collector: { ...commune, account: '490' } }, [['unknown_account', [0, 'collector', 'account']]]],
      ['more decimals than the currency', { amount: '8.405' }, [['too_many_decimals', [0, 'amount']]]],
      ['a foreign amount without rate', { amount: '10.00', currency: 'USD' }, [['missing_exchange_rate', [0, 'exchangeRate']]]],
      ['a foreign amount worth less than a cent', { amount: '0.01', currency: 'USD', exchangeRate: '0.0001' }, [['invalid_input', [0, 'amount']]]],
    ])('refuses %s', (_what, extra, expected) => {
      expect(failure([remittance(extra)])).toEqual(expected);
    });

    it('gives unknown methods the same code as supplier payments', () => {
      const sp = { type: 'supplier-payment', id: 'sp-1', date: '2024-10-15', method: 'bitcoin', amount: '8.40', supplier: { id: 'F1', name: 'EDF' } };
      expect(failure([sp])[0]![0]).toBe(failure([remittance({ method: 'bitcoin' })])[0]![0]);
    });

    it('refuses a remittance dated in a locked period', () => {
      expect(failure([remittance()], lockPeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-10-31'))).toEqual([['period_locked', [0, 'date']]]);
    });
  });

  describe('properties', () => {
    const remitting = campsiteArbitrary().map(({ documents }) => {
      const txs = post(documents, vatOnInvoice).transactions;
      const collected = -(balances(txs).get('447') ?? 0);
      const dates = documents.map((d) => ('date' in d ? d.date : 'day' in d ? d.day : '2024-01-01') as string).sort();
      const from = dates[0] ?? '2024-01-01';
      const to = dates[dates.length - 1] ?? from;
      return { documents, collected, from, to };
    });

    it('remitting the tourist tax collected over the period brings the tourist-tax account back to 0', () => {
      fc.assert(
        fc.property(remitting, ({ documents, collected, from, to }) => {
          expect(collected).toBeGreaterThanOrEqual(0);
          if (collected === 0) return;
          const doc = remittance({ date: to, period: { from, to }, amount: (collected / 100).toFixed(2) });
          const txs = post([...documents, doc], vatOnInvoice).transactions;
          expect(balances(txs).get('447')).toBe(0);
          expect(closing(txs, '447')).toBe('0.00');
        }),
        { numRuns: 60 },
      );
    });

    it('every transaction a remittance posts balances: debit = credit', () => {
      const doc = fc.record({
        cents: fc.integer({ min: 1, max: 10_000_000 }),
        method: fc.constantFrom('transfer', 'cheque', 'card', 'cash', 'direct-debit'),
        foreign: fc.option(fc.record({ currency: fc.constantFrom('USD', 'GBP', 'CHF', 'JPY'), rate: fc.integer({ min: 1, max: 2_000_000 }) }), { nil: undefined }),
      });
      fc.assert(
        fc.property(doc, ({ cents, method, foreign }) => {
          const amount = foreign?.currency === 'JPY' ? String(cents) : (cents / 100).toFixed(2);
          const extra: Record<string, unknown> = { method, amount };
          if (foreign) Object.assign(extra, { currency: foreign.currency, exchangeRate: (foreign.rate / 1_000_000).toFixed(6) });
          const r = safePost([remittance(extra)], vatOnInvoice);
          for (const t of r.transactions) {
            let debit = 0;
            let credit = 0;
            for (const e of t.entries) (e.side === 'debit' ? (debit += e.minor) : (credit += e.minor));
            expect(debit).toBe(credit);
            expect(debit).toBeGreaterThan(0);
          }
          expect(r.transactions.length + r.failures.length).toBe(1);
        }),
        { numRuns: 200 },
      );
    });

    it('posting does not mutate its input, and the same input posts the same transactions', () => {
      fc.assert(
        fc.property(remitting, ({ documents, collected, from, to }) => {
          const docs: Array<Document | Record<string, unknown>> = [...documents, remittance({ date: to, period: { from, to }, amount: ((collected + 1) / 100).toFixed(2) })];
          const copy = structuredClone(docs);
          const frozen = deepFreeze(structuredClone(docs));
          const a = post(frozen, vatOnInvoice).transactions;
          expect(frozen).toEqual(copy);
          expect(plain(post(copy, vatOnInvoice).transactions)).toEqual(plain(a));
        }),
        { numRuns: 20 },
      );
    });
  });
});
