// @ts-nocheck
import { readFileSync } from 'node:fs';
import { createTransaction, type Transaction, type TransactionInput } from '../../src/index.js';

export const GOLDEN_URL = new URL('../fixtures/123456782FEC20241231.txt', import.meta.url);
export const golden = (): Uint8Array => new Uint8Array(readFileSync(GOLDEN_URL));

/** A sale and its payment on 2024-10-15, a sale on 2024-11-03 (hand-made, readable). */
export const saleInput: TransactionInput = {
  id: 'VT000001',
  journal: 'VT',
  date: '2024-10-15',
  piece: { ref: 'FA2024-0001' },
  label: 'Abonnement 12 mois DUPONT',
  entries: [
    { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' },
    { account: '706100', credit: '500.00' },
    { account: '445711', credit: '100.00' },
  ],
};
export const paymentInput: TransactionInput = {
  id: 'BQ000001',
  journal: 'BQ',
  date: '2024-10-15',
  piece: { ref: 'RG2024-0001' },
  label: 'Règlement CB DUPONT',
  entries: [
    { account: '512000', debit: '600.00' },
    { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, credit: '600.00', lettering: { code: 'A', date: '2024-10-15' } },
  ],
};
export const novemberInput: TransactionInput = {
  id: 'VT000002',
  journal: 'VT',
  date: '2024-11-03',
  piece: { ref: 'FA2024-0002' },
  label: 'Carte 10 séances MARTIN',
  entries: [
    { account: '411000', auxiliary: { number: 'C0002', name: 'MARTIN Léa' }, debit: '120.00' },
    { account: '706100', credit: '100.00' },
    { account: '445711', credit: '20.00' },
  ],
};

export const sale: Transaction = createTransaction(saleInput);
export const payment: Transaction = createTransaction(paymentInput);
export const november: Transaction = createTransaction(novemberInput);

export const OCTOBER = { from: '2024-10-01', to: '2024-10-31' } as const;
export const NOVEMBER = { from: '2024-11-01', to: '2024-11-30' } as const;

/** The twelve months of 2024. */
export const MONTHS_2024: ReadonlyArray<{ from: string; to: string }> = Array.from({ length: 12 }, (_, m) => {
  const month = String(m + 1).padStart(2, '0');
  const last = new Date(Date.UTC(2024, m + 1, 0)).getUTCDate();
  return { from: `2024-${month}-01`, to: `2024-${month}-${String(last).padStart(2, '0')}` };
});
