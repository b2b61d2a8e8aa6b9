// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, safePost, trialBalance, vatReturn, vatSettlement, type Document } from '../../src/index.js';
import { deepFreeze, invoice, line, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const balance: Document = { type: 'vat-payment', id: 'tva-01', date: '2025-02-19', method: 'direct-debit', amount: '120.00', regime: 'CA3', period: { from: '2025-01-01', to: '2025-01-31' } } as Document;
const instalment: Document = { type: 'vat-payment', id: 'tva-07', number: 'ACPT-07', date: '2025-07-15', method: 'transfer', amount: '700.00', kind: 'instalment', regime: 'CA12' } as Document;

describe('vat-payment', () => {
  it('posts a return balance Dt 44551 / Ct 512 on the bank journal', () => {
    const [tx] = post([balance], vatOnInvoice).transactions;
    expect(rows(tx!)).toEqual(['44551 D 120.00', '512 C 120.00']);
    expect([tx!.journal, tx!.type, tx!.label, tx!.piece.ref]).toEqual(['BQ', 'vat-payment', 'Paiement de TVA CA3 01/2025', 'tva-01']);
  });

  it('posts a CA12 instalment Dt 44581 / Ct 512', () => {
    const [tx] = post([instalment], vatOnInvoice).transactions;
    expect(rows(tx!)).toEqual(['44581 D 700.00', '512 C 700.00']);
    expect([tx!.label, tx!.piece.ref]).toEqual(['Acompte de TVA CA12', 'ACPT-07']);
  });

  it('pads its accounts to the rules account width, and pays a cheque from the bank', () => {
    const [tx] = post([{ ...balance, method: 'cheque' } as Document], defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6 })).transactions;
    expect(rows(tx!)).toEqual(['445510 D 120.00', '512000 C 120.00']);
  });

  it('closes the loop: return → settlement → payment leaves 44551 at zero', () => {
    const docs = [invoice('f1', '2025-01-10', [line('1200.00')])];
    const { transactions } = post(docs, vatOnInvoice);
    const ret = vatReturn(transactions, { period: { from: '2025-01-01', to: '2025-01-31' }, regime: 'CA3' });
    const settlement = vatSettlement(ret, { nextNumbers: { OD: 1 } });
    const payment = post([{ ...balance, amount: ret.payable.toFixed(2) } as Document], vatOnInvoice).transactions;
    const tb = trialBalance([...transactions, settlement, ...payment]);
    const row = tb.rows.find((r) => r.account === '44551');
    expect(row?.closing.debit.minus(row.closing.credit).toFixed(2)).toBe('0.00');
    expect(ret.payable.toFixed(0)).toBe('200');
  });

  it('does not mutate the document', () => {
    const doc = deepFreeze(structuredClone(balance));
    expect(() => post([doc], vatOnInvoice)).not.toThrow();
  });

  describe('bad input', () => {
    it('refuses a method that moves no money, a non-VAT account, a CA3 instalment and a zero amount', () => {
      const codes = (d: Record<string, unknown>) => safePost([{ ...balance, ...d }], vatOnInvoice).failures.flatMap((f) => f.issues.map((i) => i.code));
      expect(codes({ method: 'credit-note' })).toEqual(['invalid_method']);
      expect(codes({ method: 'bitcoin' })).toEqual(['invalid_method']);
      expect(codes({ account: '512' })).toEqual(['invalid_account']);
      expect(codes({ kind: 'instalment' })).toEqual(['invalid_input']);
      expect(codes({ amount: '0.00' })).toEqual(['non_positive_amount']);
    });
  });

  describe('properties', () => {
    it('balances: Dt the VAT account = Ct the treasury = the amount, whatever the amount and kind', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 10_000_000_00 }), fc.boolean(), (cents, inst) => {
          const amount = (cents / 100).toFixed(2);
          const [tx] = post([{ ...balance, amount, ...(inst ? { kind: 'instalment', regime: 'CA12' } : {}) } as Document], vatOnInvoice).transactions;
          expect(rows(tx!)).toEqual([`${inst ? '44581' : '44551'} D ${amount}`, `512 C ${amount}`]);
        }),
        { numRuns: 50 },
      );
    });
  });
});
