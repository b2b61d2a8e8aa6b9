// @ts-nocheck
// Readable campsite fixtures: SPEC-FR TV3 and TV4, a stay, a till closing.
import type { PostableDocument } from '../../src/index.js';
import { createBook, post, type Book } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';

export const JULY = { from: '2024-07-01', to: '2024-07-31' } as const;

export const dupont = { id: 'C0001', name: 'DUPONT Jean' };
export const martin = { id: 'C0002', name: 'MARTIN Léa' };

/** TV4: a campsite invoice with tourist tax (prices incl. tax). */
export const tv4Invoice = {
  type: 'invoice',
  id: 'inv-tv4',
  kind: 'final',
  status: 'issued',
  number: 'FA2024-0101',
  date: '2024-07-31',
  customer: dupont,
  pricesIncludeTax: true,
  lines: [
    { label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' },
    { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
    { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' },
    { label: 'Taxe de séjour (2 adultes × 7 nuits × 0,60)', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
  ],
} as const;

export const tv4Stay = {
  type: 'stay',
  id: 'sej-tv4',
  number: 'S2024-0042',
  customer: dupont,
  arrival: '2024-07-24',
  departure: '2024-07-31',
  guests: 2,
  invoices: ['inv-tv4'],
} as const;

/** TV3: an invoice over three accounting codes, and a receipt of 33,33. */
export const tv3Invoice = {
  type: 'invoice',
  id: 'inv-tv3',
  kind: 'final',
  status: 'issued',
  number: 'FA2024-0102',
  date: '2024-07-10',
  customer: martin,
  pricesIncludeTax: true,
  lines: [
    { label: 'Emplacement', account: '706100', quantity: '1', unitPrice: '360.00', vatRate: '20' },
    { label: 'Location vélo', account: '706200', quantity: '1', unitPrice: '90.00', vatRate: '20' },
    { label: 'Épicerie', account: '707100', quantity: '1', unitPrice: '10.55', vatRate: '5.5' },
  ],
} as const;

export const tv3Receipt = {
  type: 'payment',
  id: 'pay-tv3',
  date: '2024-07-12',
  method: 'card',
  amount: '33.33',
  customer: martin,
  allocations: [{ invoice: 'inv-tv3', amount: '33.33' }],
} as const;

/** The book post() makes of documents (stays are not posted). */
export function bookOf(documents: ReadonlyArray<unknown>): Book {
  const postable = documents.filter((d) => (d as { type: string }).type !== 'stay');
  return createBook(post(postable as Iterable<PostableDocument>, vatOnInvoice).transactions);
}
