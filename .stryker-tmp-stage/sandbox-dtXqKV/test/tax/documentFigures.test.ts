// @ts-nocheck
// What the VAT synthesis reads from the documents of a period (documentFigures): the counts by kind, the
// exempt and tourist-tax bases (foreign currencies converted, credit notes and cancellations taken off),
// and each refusal with its code, path and message. Hand-computed vectors.
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../src/index.js';
import { toPeriod } from '../../src/calendar/index.js';
import { documentFigures, type VatExemptionReason } from '../../src/tax/_lib/documentFigures.js';
import { vatOnInvoice } from '../_rules.js';

const Q1 = toPeriod({ from: '2024-01-01', to: '2024-03-31' }, ['period']);
const zeroLine = (unitPrice: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ quantity: '1', unitPrice, vatRate: '0', exemption: 'intra-eu', ...extra });
const invoice = (id: string, date: string, lines: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'invoice', id, date, lines, ...extra });

const figures = (docs: unknown[]) => documentFigures(docs, Q1, vatOnInvoice);
const base = (docs: unknown[], reason: VatExemptionReason = 'intra-eu'): bigint | undefined => figures(docs).exemptions.get(reason)?.base;
const refusal = (docs: unknown[]): Array<[string, string, string]> => {
  try {
    figures(docs);
  } catch (err) {
    if (!(err instanceof AccountingError)) throw err;
    return err.issues.map((i) => [i.code, i.path.join('.'), i.message]);
  }
  throw new Error('expected an AccountingError');
};

describe('documentFigures: counts', () => {
  it('counts the documents dated in the period, both ends included, and only those', () => {
    const docs = [
      invoice('F0', '2023-12-31', [zeroLine('1')]),
      invoice('F1', '2024-01-01', [zeroLine('1')]),
      invoice('F2', '2024-03-31', [zeroLine('1')]),
      invoice('F3', '2024-04-01', [zeroLine('1')]),
      invoice('D1', '2024-02-01', [], { status: 'draft' }),
      invoice('D2', '2024-04-02', [], { status: 'draft' }),
      invoice('P1', '2024-02-01', [], { kind: 'proforma' }),
      invoice('P2', '2023-02-01', [], { kind: 'proforma' }),
      { type: 'till-closing', id: 'Z1', day: '2024-02-01', tickets: [{ id: 'T1', lines: [] }, { id: 'T2', lines: [] }] },
      { type: 'till-closing', id: 'Z0', day: '2024-04-01', tickets: [{ id: 'T3', lines: [] }] },
      { type: 'purchase', id: 'A1', date: '2024-02-01' },
      { type: 'purchase', id: 'A0', date: '2024-05-01' },
      { type: 'quote', id: 'X1', date: '2024-02-01' },
      null,
      7,
    ];
    expect(figures(docs).counts).toEqual({ invoices: 2, deposits: 0, creditNotes: 0, debitNotes: 0, cancellations: 0, tillClosings: 1, tickets: 2, purchases: 1, proformas: 1, drafts: 1 });
    expect(base(docs)).toBe(200n);
  });

  it('counts a cancellation only for a cancelled invoice whose cancellation falls in the period', () => {
    const docs = [
      invoice('F1', '2023-12-15', [zeroLine('10')], { status: 'cancelled', cancelledOn: '2024-01-10' }),
      invoice('F2', '2024-01-15', [zeroLine('20')], { status: 'issued', cancelledOn: '2024-01-20' }),
      invoice('F3', '2024-01-15', [zeroLine('40')], { status: 'cancelled', cancelledOn: '2024-04-01' }),
    ];
    const f = figures(docs);
    expect(f.counts).toMatchObject({ invoices: 2, cancellations: 1 });
    // 20 + 40 of the period's invoices, less the 10 of F1 cancelled in it
    expect(f.exemptions.get('intra-eu')).toEqual({ base: 5000n, lines: 3, documents: new Set(['F1', 'F2', 'F3']) });
  });

  it("names a ticket's base by its till closing and ticket", () => {
    const z = { type: 'till-closing', id: 'Z1', day: '2024-02-01', tickets: [{ id: 'T1', lines: [{ quantity: '2', unitPrice: '1.50', vatRate: '0' }] }] };
    expect(figures([z]).exemptions.get('unspecified')).toEqual({ base: 300n, lines: 1, documents: new Set(['Z1/T1']) });
  });
});

describe('documentFigures: foreign currencies', () => {
  it("reads a line at its currency's decimals and converts it at the exchange rate", () => {
    expect(base([invoice('F1', '2024-02-01', [zeroLine('1000')], { currency: 'JPY', exchangeRate: '0.0062' })])).toBe(620n);
    expect(base([invoice('F1', '2024-02-01', [zeroLine('1.125')], { currency: 'TND', exchangeRate: '2' })])).toBe(225n);
    expect(refusal([invoice('F1', '2024-02-01', [zeroLine('10.5')], { currency: 'JPY', exchangeRate: '0.0062' })])).toEqual([
      ['too_many_decimals', '0.lines.0.unitPrice', 'Unit price 10.5 has more decimals than the currency allows, or the line is too large.'],
    ]);
  });

  it('converts nothing in the book currency, without a rate, or without a currency', () => {
    expect(base([invoice('F1', '2024-02-01', [zeroLine('10')], { currency: 'EUR', exchangeRate: '2' })])).toBe(1000n);
    expect(base([invoice('F1', '2024-02-01', [zeroLine('10')], { currency: 'USD' })])).toBe(1000n);
    expect(base([invoice('F1', '2024-02-01', [zeroLine('10')], { exchangeRate: '2' })])).toBe(1000n);
  });
});

describe('documentFigures: refusals', () => {
  it('refuses a document without lines, at the path of the invoice, its cancellation or the ticket', () => {
    const message = 'The document needs its lines (an array).';
    expect(refusal([{ type: 'purchase', id: 'A', date: '2024-02-01' }, invoice('F1', '2024-02-01', 'x')])).toEqual([['invalid_input', '1.lines', message]]);
    expect(refusal([invoice('F1', '2023-02-01', undefined, { status: 'cancelled', cancelledOn: '2024-02-01' })])).toEqual([['invalid_input', '0.lines', message]]);
    expect(refusal([{ type: 'till-closing', id: 'Z', day: '2024-02-01', tickets: [{ id: 'T1', lines: [] }, { id: 'T2' }] }])).toEqual([['invalid_input', '0.tickets.1.lines', message]]);
  });

  it('refuses a quantity or unit price that is not a decimal string', () => {
    const message = 'Write quantity and unitPrice as decimal strings such as "1" and "12.50".';
    expect(refusal([invoice('F1', '2024-02-01', [zeroLine('10', { quantity: 2 })])])).toEqual([['invalid_amount', '0.lines.0', message]]);
    expect(refusal([invoice('F1', '2024-02-01', [zeroLine('10', { quantity: '2,5' })])])).toEqual([['invalid_amount', '0.lines.0', message]]);
    expect(refusal([invoice('F1', '2024-02-01', [zeroLine(10 as never)])])).toEqual([['invalid_amount', '0.lines.0', message]]);
  });

  it('refuses an invoice with an unreal date, at its index', () => {
    expect(refusal([null, invoice('F1', '2024-02-30', [])])).toEqual([['invalid_date', '1.date', 'Invalid date "2024-02-30": write a real calendar date as YYYY-MM-DD.']]);
  });
});
