// @ts-nocheck
// Every refusal of an invoice's figures and drafts (src/posting/_lib/invoices.ts), pinned with its code, its path
// and the message that says what to fix: exchange rates, the customer's account, negative totals, the deposits and
// proformas a final invoice deducts, locked and closed periods. The last document of each call fails with exactly
// the issues listed (the others post, through safePost).
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { dupont, invoice, line, payment } from './_helpers.js';

const inv = invoice('inv-1', '2024-10-15', [line('600.00')], { number: 'FA-1' });
const proforma = invoice('pf-1', '2024-10-01', [line('300.00')], { kind: 'proforma', number: 'PF-1' });
const deposit = invoice('dep-1', '2024-11-02', [line('120.00')], { kind: 'deposit', number: 'FA-100' });
const final = (deducts: string[], extra: Record<string, unknown> = {}) => invoice('fin-1', '2024-11-20', [line('600.00')], { number: 'FA-101', deducts, ...extra });

type Issue = [code: string, path: string, message: string];

/** The issues of the last document of the call, as [code, path without the index, message]. */
function lastIssues(documents: unknown[], rules?: PostingRules): Issue[] {
  const r = safePost(documents as Iterable<PostableDocument>, rules);
  const f = r.failures.find((x) => x.index === documents.length - 1);
  if (!f) throw new Error(`expected the last document to fail; failures: ${JSON.stringify(r.failures)}`);
  return f.issues.map((i) => [i.code, i.path.slice(1).join('.'), i.message]);
}

describe('invoice refusals', () => {
  it.each<[string, unknown[], Issue]>([
    ['an invoice in the book currency with an exchange rate other than 1', [invoice('x', '2024-10-15', [line('10.00')], { currency: 'EUR', exchangeRate: '1.1' })], ['invalid_input', 'exchangeRate', 'The amounts are in EUR, the book currency: leave exchangeRate out (or set it to "1").']],
    ['an invoice in a foreign currency without exchange rate', [invoice('x', '2024-10-15', [line('10.00')], { currency: 'USD' })], ['missing_exchange_rate', 'exchangeRate', 'The amounts are in USD: give exchangeRate, the value in EUR of one USD on the document date (e.g. "0.9215").']],
    ['an exchange rate too large to convert', [invoice('x', '2024-10-15', [line('10.00')], { currency: 'USD', exchangeRate: '99999999999999999999.5' })], ['invalid_input', 'exchangeRate', 'Exchange rate 99999999999999999999.5 is too precise or too large.']],
    ['a customer account the chart does not cover', [invoice('x', '2024-10-15', [line('10.00')], { customer: { ...dupont, account: '999' } })], ['unknown_account', 'customer.account', 'Account 999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.']],
    ['a final invoice below zero', [invoice('x', '2024-10-15', [line('-10.00')])], ['negative_amount', 'lines', 'The facture totals -1000 minor units, below zero: issue a credit note for a negative amount.']],
    ['a deposit invoice below zero', [invoice('x', '2024-10-15', [line('-10.00')], { kind: 'deposit' })], ['negative_amount', 'lines', 'The facture d\'acompte totals -1000 minor units, below zero: issue a credit note for a negative amount.']],
    ['a deposit that is not there', [final(['dep-404'])], ['unknown_document', 'deducts.0', 'Deposit dep-404 is neither in this call nor in options.context: pass the deposit invoice (or proforma) too, or fix the id.']],
    ['a deposit id that is no invoice', [inv, payment('p', '2024-10-20', '1.00', [['inv-1', '1.00']]), final(['p'])], ['unknown_document', 'deducts.0', 'Deposit p is neither in this call nor in options.context as an invoice: pass the deposit invoice (or proforma) too, or fix the id.']],
    ['a final invoice deducting a final invoice', [inv, final(['inv-1'])], ['invalid_input', 'deducts.0', 'Invoice inv-1 is a final, not a deposit: deducts lists deposit invoices (or proformas that received payments).']],
    ['a draft deposit', [{ ...deposit, status: 'draft' }, final(['dep-1'])], ['invalid_input', 'deducts.0', 'Deposit dep-1 is draft: only an issued deposit can be deducted.']],
    ['a cancelled deposit', [{ ...deposit, status: 'cancelled', cancelledOn: '2024-11-03' }, final(['dep-1'])], ['invalid_input', 'deducts.0', 'Deposit dep-1 is cancelled: only an issued deposit can be deducted.']],
    ['a deposit in another currency', [{ ...deposit, currency: 'USD', exchangeRate: '0.9215' }, final(['dep-1'])], ['invalid_input', 'deducts.0', 'Deposit dep-1 is in USD and this invoice in EUR: a deposit is deducted in its own currency.']],
    ['a deposit that is itself invalid', [{ ...deposit, lines: [line('120.00', '7')] }, final(['dep-1'])], ['invalid_reference', 'deducts.0', 'Deposit dep-1 is itself invalid (see its issues): fix it first.']],
    ['a deposit already deducted by another invoice', [deposit, final(['dep-1']), invoice('fin-2', '2024-11-21', [line('600.00')], { deducts: ['dep-1'] })], ['over_allocation', 'deducts.0', 'Deposit dep-1 is already deducted by invoice fin-1: a deposit is deducted once.']],
    ['a proforma that received no payment', [proforma, final(['pf-1'])], ['invalid_input', 'deducts.0', 'Proforma pf-1 received no payment by 2024-11-20: there is nothing to deduct.']],
    ['a proforma paid only after the final invoice\'s date', [proforma, payment('p1', '2024-11-25', '100.00', [['pf-1', '100.00']]), final(['pf-1'])], ['invalid_input', 'deducts.0', 'Proforma pf-1 received no payment by 2024-11-20: there is nothing to deduct.']],
    ['deposits above the final invoice\'s total', [deposit, invoice('fin-1', '2024-11-20', [line('100.00')], { deducts: ['dep-1'] })], ['over_allocation', 'deducts', 'The deposits deducted (12000 minor units) exceed the invoice total (10000): deduct less.']],
  ])('refuses %s', (_, documents, issue) => {
    expect(lastIssues(documents)).toEqual([issue]);
  });

  it('refuses an invoice dated on the lock date (period_locked) and on the closing date (period_closed), not the day after', () => {
    expect(lastIssues([inv], defaultRules({ lockedUntil: '2024-10-15' }))).toEqual([['period_locked', 'date', 'The books are locked until 2024-10-15: this document would post on 2024-10-15. Date it after the lock, or post it in an open period.']]);
    expect(lastIssues([inv], defaultRules({ closedThrough: '2024-10-15' }))).toEqual([['period_closed', 'date', 'The books are closed through 2024-10-15 and this document is dated 2024-10-15: entries of a closed period are final; record the correction as a new entry dated in an open period.']]);
    // Both: the closing is reported (it is final), not the lock.
    expect(lastIssues([inv], defaultRules({ closedThrough: '2024-10-15', lockedUntil: '2024-10-20' }))).toEqual([['period_closed', 'date', 'The books are closed through 2024-10-15 and this document is dated 2024-10-15: entries of a closed period are final; record the correction as a new entry dated in an open period.']]);
    expect(safePost([inv] as Iterable<PostableDocument>, defaultRules({ lockedUntil: '2024-10-14', closedThrough: '2024-10-14' })).failures).toEqual([]);
  });

  it('refuses a cancelled invoice in a locked period at its date and at cancelledOn', () => {
    const cancelled = { ...inv, status: 'cancelled', cancelledOn: '2024-10-20' };
    const locked = (date: string): Issue => ['period_locked', date === '2024-10-15' ? 'date' : 'cancelledOn', `The books are locked until 2024-10-20: this document would post on ${date}. Date it after the lock, or post it in an open period.`];
    expect(lastIssues([cancelled], defaultRules({ lockedUntil: '2024-10-20' }))).toEqual([locked('2024-10-15'), locked('2024-10-20')]);
  });
});
