// @ts-nocheck
// The refusals of eReporting (src/posting/eReporting.ts) with their messages: options read against a Book or against
// documents, a Book in another currency, options that are not what the schema says.
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, defaultRules, eReporting, post } from '../../src/index.js';

const rules = defaultRules();
const JUNE = { from: '2024-06-01', to: '2024-06-30' };
const DOCS = [
  { type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-06-03', customer: { id: 'C1', name: 'DUPONT Jean' }, pricesIncludeTax: true, lines: [{ label: 'Cours', quantity: '1', unitPrice: '60.00', vatRate: '20' }] },
];
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('eReporting: refusals', () => {
  it('asks a Book for its business customers, refuses a context and a Book in another currency, all at once', () => {
    const book = createBook(post(DOCS, rules).transactions);
    expect(issuesOf(() => eReporting(book, defaultRules({ currency: 'USD' }), { period: JUNE, context: [] }))).toEqual([
      {
        code: 'invalid_option',
        path: ['options', 'businessCustomers'],
        message: 'A Book records the customer id of each transaction, not whether the customer is a business: pass options.businessCustomers, the ids of the customers with a SIREN or a VAT number (e-invoiced, left out of e-reporting; [] when every customer is a consumer), or pass the documents instead of the Book.',
      },
      { code: 'invalid_option', path: ['options', 'context'], message: 'options.context is for documents: a Book already holds every transaction; remove it.' },
      { code: 'invalid_option', path: ['book'], message: 'The Book is kept in EUR and the rules in USD: pass the rules the Book was posted with.' },
    ]);
  });

  it('refuses businessCustomers with documents, and one that is not a list of ids', () => {
    expect(issuesOf(() => eReporting(DOCS, rules, { period: JUNE, businessCustomers: new Set(['C1']) }))).toEqual([
      { code: 'invalid_option', path: ['options', 'businessCustomers'], message: 'options.businessCustomers is for a Book: with documents, a customer is a business when it has a SIREN or a VAT number; remove the option.' },
    ]);
    const book = createBook(post(DOCS, rules).transactions);
    for (const bad of ['C1', null, 42, { id: 'C1' }]) {
      expect(issuesOf(() => eReporting(book, rules, { period: JUNE, businessCustomers: bad as never }))).toEqual([
        { code: 'invalid_option', path: ['options', 'businessCustomers'], message: 'businessCustomers lists customer ids (an array or a Set of strings).' },
      ]);
    }
    // A Set and an array are both lists.
    expect(eReporting(book, rules, { period: JUNE, businessCustomers: new Set(['C1']) }).eInvoiced).toEqual(eReporting(book, rules, { period: JUNE, businessCustomers: ['C1'] }).eInvoiced);
  });

  it('reports an unknown option as invalid_option under options', () => {
    expect(issuesOf(() => eReporting(DOCS, rules, { period: JUNE, colour: 'red' } as never))).toEqual([{ code: 'unknown_field', path: ['options', 'colour'], message: 'Unknown field "colour": remove it or check its spelling.' }]);
    expect(issuesOf(() => eReporting(DOCS, rules, { period: { from: '2024-06-01' } } as never))).toEqual([{ code: 'invalid_option', path: ['options', 'period', 'to'], message: 'Missing field "to": it is required and holds a date written YYYY-MM-DD.' }]);
  });

  it('a document that is not an object is refused by post, with a typed error', () => {
    expect(issuesOf(() => eReporting([null], rules, { period: JUNE }))).toEqual([{ code: 'invalid_input', path: [0], message: '"0" must be an object: received null.' }]);
  });
});
