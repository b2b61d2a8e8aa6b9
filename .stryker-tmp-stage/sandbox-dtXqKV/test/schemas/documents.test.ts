// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, documentSchema, invoiceSchema, parseDocument, safeParseDocument, type Document } from '../../src/index.js';
import { isBic, isCreditorId, isIban } from '../../src/schemas/_lib/sepa.js';
import { invoiceArbitrary, salesArbitrary } from '../../src/testing/index.js';
import { deepFreeze, errorOf } from '../posting/_helpers.js';

const customer = { id: 'C0001', name: 'DUPONT Jean' };
const examples: Record<Document['type'], Record<string, unknown>> = {
  invoice: { type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-10-15', customer, lines: [{ label: 'Abonnement', quantity: '1', unitPrice: '600.00', vatRate: '20', servicePeriod: { from: '2024-10-15', to: '2025-10-14' }, sessions: 10, id: 'l1' }] },
  payment: { type: 'payment', id: 'p-1', date: '2024-10-20', method: 'card', amount: '600.00', customer, allocations: [{ invoice: 'inv-1', amount: '600.00' }] },
  refund: { type: 'refund', id: 'r-1', date: '2024-10-20', method: 'transfer', amount: '10.00', customer },
  remittance: { type: 'remittance', id: 'rem-1', date: '2024-10-21', method: 'cheque', amount: '600.00' },
  'voucher-settlement': { type: 'voucher-settlement', id: 'vs-1', date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '150.00' },
  'direct-debit-batch': {
    type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00+01:00', collectionDate: '2024-11-05',
    creditor: { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' },
    items: [{ id: 'i1', endToEndId: 'E2E-1', customer, amount: '49.90', mandate: { id: 'RUM-1', signedOn: '2024-01-10' }, sequence: 'FRST', debtor: { name: 'DUPONT Jean', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }, invoices: [], remittanceInfo: 'Abonnement novembre' }],
  },
  'direct-debit-rejection': { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-1', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: true },
  'till-closing': { type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-10-15', tickets: [{ id: 't1', lines: [{ label: 'Eau', quantity: '1', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '1.50' }] }], countedCash: '1.50', expectedCash: '1.50' },
  purchase: { type: 'purchase', id: 'ac-1', number: 'EDF-1', date: '2024-10-31', supplier: { id: 'F1', name: 'EDF' }, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] },
  'supplier-payment': { type: 'supplier-payment', id: 'rf-1', number: 'VIR-1', date: '2024-11-15', method: 'transfer', amount: '150.00', supplier: { id: 'F1', name: 'EDF' }, allocations: [{ purchase: 'ac-1', amount: '120.00' }], reference: 'SEPA-1', memo: 'Facture octobre + acompte' },
  'supplier-refund': { type: 'supplier-refund', id: 'rs-1', number: 'VIR-R-1', date: '2024-12-02', method: 'transfer', amount: '54.00', supplier: { id: 'F1', name: 'EDF' }, allocations: [{ purchase: 'av-1', amount: '24.00' }], reference: 'SEPA-R-1', memo: 'Avoir + acompte rendu', costCenter: 'SIEGE' },
  'write-off': { type: 'write-off', id: 'wo-1', date: '2024-12-31', customer, invoice: 'inv-1', amount: '600.00' },
  'session-usage': { type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-11-02' },
  'subscription-cancellation': { type: 'subscription-cancellation', id: 'cx-1', date: '2025-01-10', invoice: 'inv-1', line: 'l1', reason: 'Déménagement' },
  stay: { type: 'stay', id: 'st-1', customer, arrival: '2024-07-01', departure: '2024-07-08', guests: 4, invoices: ['inv-1'] },
  'tourist-tax-remittance': { type: 'tourist-tax-remittance', id: 'ts-1', number: 'VIR-TS-1', date: '2024-10-15', method: 'transfer', amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune de Biscarrosse' }, period: { from: '2024-07-01', to: '2024-09-30' }, account: '4686', reference: 'TS-T3', memo: 'Été', costCenter: 'CAMPING' },
  'vat-payment': { type: 'vat-payment', id: 'tva-2025-01', number: 'TVA-2025-01', date: '2025-02-19', method: 'direct-debit', amount: '120.00', kind: 'balance', regime: 'CA3', period: { from: '2025-01-01', to: '2025-01-31' }, account: '44551', reference: 'CA3-01', memo: 'Janvier', costCenter: 'SIEGE' },
};

describe('document schemas', () => {
  it.each(DOCUMENT_TYPES.map((t) => [t]))('accepts a valid %s, returning a copy', (type) => {
    const input = deepFreeze(structuredClone(examples[type]));
    const doc = parseDocument(input);
    expect(doc).toEqual(input);
    expect(doc).not.toBe(input);
  });

  it('reports every problem of a document with its path', () => {
    const e = errorOf(() => parseDocument({ ...examples.invoice, date: '2024-02-30', customer: { id: '', name: 'X' }, lines: [{ label: 'x', quantity: '-2', unitPrice: '1,50', vatRate: '20 %' }] }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_date', ['date']],
      ['empty_id', ['customer', 'id']],
      ['negative_amount', ['lines', 0, 'quantity']],
      ['invalid_amount', ['lines', 0, 'unitPrice']],
      ['invalid_rate', ['lines', 0, 'vatRate']],
    ]);
  });

  it('names the document types when the type is unknown', () => {
    const r = safeParseDocument({ type: 'quote' });
    expect(r.success || [r.issues[0].code, r.issues[0].path, r.issues[0].message]).toEqual(['invalid_input', ['type'], `Unknown document type "quote": use one of ${DOCUMENT_TYPES.join(', ')}.`]);
  });

  it('checks the invoice rules zod can say: statuses, numbers, deductions, corrections', () => {
    const codes = (extra: Record<string, unknown>) => errorOf(() => invoiceSchema.parse === undefined || parseDocument({ ...examples.invoice, ...extra })).issues.map((i) => [i.code, i.path]);
    expect(codes({ status: 'cancelled' })).toEqual([['invalid_input', ['cancelledOn']]]);
    expect(codes({ cancelledOn: '2024-10-16' })).toEqual([['invalid_input', ['cancelledOn']]]);
    expect(codes({ status: 'cancelled', cancelledOn: '2024-10-14' })).toEqual([['invalid_date', ['cancelledOn']]]);
    expect(codes({ kind: 'deposit', deducts: ['x'] })).toEqual([['invalid_input', ['deducts']]]);
    expect(codes({ deducts: ['inv-1'] })).toEqual([['invalid_input', ['deducts', 0]]]);
    expect(codes({ corrects: 'x' })).toEqual([['invalid_input', ['corrects']]]);
    expect(codes({ lines: [{ label: 'a', id: 'l', quantity: '1', unitPrice: '1.00', vatRate: '20' }, { label: 'b', id: 'l', quantity: '1', unitPrice: '1.00', vatRate: '20' }] })).toEqual([['invalid_input', ['lines', 1, 'id']]]);
    expect(codes({ lines: [{ label: 'a', quantity: '1', unitPrice: '1.00', vatRate: '20', exemption: 'exempt' }] })).toEqual([['invalid_input', ['lines', 0, 'exemption']]]);
    expect(codes({ lines: [{ label: 'a', quantity: '1', unitPrice: '1.00', vatRate: '20', servicePeriod: { from: '2024-02-01', to: '2024-01-31' } }] })).toEqual([['invalid_period', ['lines', 0, 'servicePeriod']]]);
  });

  it('checks what a SEPA file needs: IBAN, BIC, creditor id, 35-character ids, ISO date-times', () => {
    const dd = examples['direct-debit-batch'] as { items: Array<Record<string, unknown>>; creditor: Record<string, unknown> };
    const codes = (doc: unknown) => errorOf(() => parseDocument(doc)).issues.map((i) => [i.code, i.path]);
    expect(codes({ ...dd, createdAt: '2024-11-02' })).toEqual([['invalid_input', ['createdAt']]]);
    expect(codes({ ...dd, messageId: 'X'.repeat(36) })).toEqual([['invalid_input', ['messageId']]]);
    expect(codes({ ...dd, items: [{ ...dd.items[0], debtor: { name: 'A', iban: 'FR76 3000 6000 0112 3456 7890 189' } }] })).toEqual([['invalid_iban', ['items', 0, 'debtor', 'iban']]]);
    expect(codes({ ...dd, items: [{ ...dd.items[0], sequence: 'LAST' }] })).toEqual([['invalid_input', ['items', 0, 'sequence']]]);
    expect(codes({ ...dd, items: [dd.items[0], { ...dd.items[0] }] })).toEqual([
      ['invalid_input', ['items', 1, 'id']],
      ['invalid_input', ['items', 1, 'endToEndId']],
    ]);
    expect(codes({ ...dd, items: [{ ...dd.items[0], mandate: { id: 'RUM', signedOn: '2024-12-01' } }] })).toEqual([['invalid_date', ['items', 0, 'mandate', 'signedOn']]]);
    expect(codes({ ...examples['direct-debit-rejection'], reason: 'insufficient' })).toEqual([['invalid_input', ['reason']]]);
  });

  it('knows valid IBANs, BICs and creditor identifiers', () => {
    expect(['FR7630006000011234567890189', 'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606'].every(isIban)).toBe(true);
    expect(['FR7630006000011234567890188', 'FR76300060000112345678901', 'fr7630006000011234567890189'].some(isIban)).toBe(false);
    expect([isBic('AGRIFRPP'), isBic('AGRIFRPP882'), isBic('AGRIFRP'), isBic('agrifrpp')]).toEqual([true, true, false, false]);
    expect([isCreditorId('FR72ZZZ123456'), isCreditorId('DE98ZZZ09999999999'), isCreditorId('FR73ZZZ123456')]).toEqual([true, true, false]);
  });

  it('refuses unknown and forbidden keys at any depth', () => {
    const e = errorOf(() => parseDocument({ ...examples.payment, customer: JSON.parse('{"id":"C1","name":"X","constructor":{}}'), extra: 1 }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['customer', 'constructor']],
      ['unknown_field', ['extra']],
    ]);
  });
});

describe('properties', () => {
  it('parsing is idempotent: a parsed document parses to itself', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        for (const d of docs) expect(documentSchema.parse(documentSchema.parse(d))).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });

  it('the arbitrary invoices are valid by construction', () => {
    fc.assert(
      fc.property(invoiceArbitrary(), (inv) => {
        expect(safeParseDocument(inv).success).toBe(true);
      }),
    );
  });
});
