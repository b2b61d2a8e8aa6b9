// @ts-nocheck
// Till closings: payments from the customer's account, exempt lines, and amounts refused with their paths.
import type { PostableDocument } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { post, safePost } from '../../src/index.js';
import { dupont, line, rows } from './_helpers.js';

const closing = (tickets: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'till-closing', id: 'z-1', number: 'Z-1', till: 'ACCUEIL', day: '2024-10-15', tickets, ...extra });
const ticket = (payments: unknown[], extra: Record<string, unknown> = {}) => ({ id: 't1', lines: [line('10.00')], payments, ...extra });
const issuesOf = (doc: unknown): string[] => safePost([doc] as Iterable<PostableDocument>).failures.flatMap((f) => f.issues.map((i) => `${i.code}@${i.path.slice(1).join('.')}`));

describe('till closings', () => {
  it('debits the customer\'s account for a ticket paid from it (credit-note method): Dt 411 10.00 / Ct 706100 8.33, Ct 445711 1.67', () => {
    const tx = post([closing([ticket([{ method: 'credit-note', amount: '10.00' }], { customer: dupont })])]).transactions[0]!;
    expect(rows(tx)).toEqual(['411 D 10.00 C0001', '706100 C 8.33', '445711 C 1.67 vat20/8.33']);
  });

  it('uses the customer\'s own account when the ticket gives one', () => {
    const tx = post([closing([ticket([{ method: 'credit-note', amount: '10.00' }], { customer: { ...dupont, account: '411100' } })])]).transactions[0]!;
    expect(rows(tx)[0]).toBe('411100 D 10.00 C0001');
  });

  it('posts an exempt line (rate 0 with its reason) to revenue with a zero-rate VAT base and no VAT entry', () => {
    const exempt = { id: 't1', lines: [line('50.00', '0', { exemption: 'exempt' })], payments: [{ method: 'cash', amount: '50.00' }] };
    expect(rows(post([closing([exempt])]).transactions[0]!)).toEqual(['530 D 50.00', '706100 C 50.00 vat0/50.00']);
  });

  it.each<[string, unknown, string]>([
    ['a payment from the customer\'s account on a ticket without customer', closing([ticket([{ method: 'credit-note', amount: '10.00' }])]), 'invalid_input@tickets.0.payments.0.method'],
    ['a payment finer than the currency', closing([ticket([{ method: 'cash', amount: '10.005' }])]), 'too_many_decimals@tickets.0.payments.0.amount'],
    ['counted cash finer than the currency', closing([ticket([{ method: 'cash', amount: '10.00' }])], { countedCash: '10.005' }), 'too_many_decimals@countedCash'],
    ['expected cash finer than the currency', closing([ticket([{ method: 'cash', amount: '10.00' }])], { expectedCash: '10.005' }), 'too_many_decimals@expectedCash'],
  ])('refuses %s', (_, doc, issue) => {
    expect(issuesOf(doc)).toContain(issue);
  });
});
