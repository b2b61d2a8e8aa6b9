// @ts-nocheck
// The refusals of invoiceTotals (src/posting/invoiceTotals.ts): code, path (from the invoice itself) and message of a
// malformed invoice, an unknown currency and a rate the rules do not accept.
import { describe, expect, it } from 'vitest';
import { AccountingError, invoiceTotals } from '../../src/index.js';

const inv = { type: 'invoice', id: 'i', kind: 'final', status: 'issued', number: 'F1', date: '2024-01-01', customer: { id: 'C', name: 'N' }, lines: [{ label: 'L', quantity: '1', unitPrice: '1.00', vatRate: '20' }] };
const issuesOf = (value: unknown) => {
  try {
    invoiceTotals(value);
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('invoiceTotals: refusals', () => {
  it('tells a missing field with its path and what it holds', () => {
    expect(issuesOf({ ...inv, customer: undefined })).toEqual([
      { code: 'invalid_input', path: ['customer'], message: 'Missing field "customer": it is required and holds an object { id, name, account?, siren?, siret?, vatNumber?, address?, email? }.' },
    ]);
  });

  it('refuses an unknown currency at ["currency"]', () => {
    expect(issuesOf({ ...inv, currency: 'XXY' })).toEqual([{ code: 'unknown_currency', path: ['currency'], message: 'Unknown currency "XXY": use an ISO 4217 code such as "EUR" or "USD".' }]);
  });

  it('refuses a rate the rules do not accept at the line’s path', () => {
    expect(issuesOf({ ...inv, lines: [inv.lines[0], { ...inv.lines[0], vatRate: '19.6' }] })).toEqual([
      {
        code: 'unknown_vat_rate',
        path: ['lines', 1, 'vatRate'],
        message: 'VAT rate "19.6" is not one the posting rules accept (0, 2.1, 5.5, 10, 20): use one of them, or add it to the rules (vatRates and vatCollected).',
      },
    ]);
  });
});
