// @ts-nocheck
// Test vectors shared by the accounting-software export tests (SPEC-FR §6 TV1, TV7, TV8).
import { createTransaction, type Transaction } from '../../../src/index.js';

/** TV1's sale written without an auxiliary account (TV7, TV8). */
export const tv1Sale = ({ auxiliary = false, id = 'VT000001', journal = 'VT' }: { auxiliary?: boolean; id?: string; journal?: string } = {}): Transaction =>
  createTransaction({
    id, journal, date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Abonnement 12 mois DUPONT', type: 'sale',
    entries: [
      auxiliary ? { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' } : { account: '411000', debit: '600.00' },
      { account: '706100', credit: '500.00' },
      { account: '445710', credit: '100.00' },
    ],
  });

/** SPEC-FR §6 TV7, without its trailing spaces. */
export const TV7 = 'M411000  VT000151024 FA2024-0001 AbonnemeD+000000060000        000000     1                        1       EURVT    Abonnement 12 mois DUPONT       A2024-0001';

/** SPEC-FR §6 TV8. */
export const TV8 = '1    VT2024101520241015FA2024-0001 411000     FA2024-0001Abonnement 12        600,00D                  Abonnement 12 mois DUPONT         O2003';

/** A field of a fixed-width record by 1-based position and length. */
export const at = (record: string, field: { readonly position: number; readonly length: number }): string =>
  record.slice(field.position - 1, field.position - 1 + field.length);

/** Two transactions whose accounts only differ beyond `width` characters. */
export const longAccounts = (): Transaction[] => [
  createTransaction({
    id: 'OD000001', journal: 'OD', date: '2024-03-01', piece: { ref: 'X1' }, label: 'Reclassement',
    entries: [
      { account: '7061000001', debit: '10.00' },
      { account: '7061000002', credit: '10.00' },
    ],
  }),
];
