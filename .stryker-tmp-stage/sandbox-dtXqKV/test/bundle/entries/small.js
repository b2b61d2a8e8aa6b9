// @ts-nocheck
// Budget entry "small" (issue #13 §2): the smallest real use — one transaction, a Book, its trial balance.
import { createBook, createTransaction, trialBalance } from 'partie-double';

const sale = createTransaction({
  journal: 'VT',
  date: '2024-10-01',
  piece: { ref: 'FA2024-0001', date: '2024-10-01' },
  label: 'Abonnement octobre',
  entries: [
    { account: '411', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '59.88' },
    { account: '706100', credit: '49.90' },
    { account: '445711', credit: '9.98' },
  ],
});
const balance = trialBalance(createBook([sale]));
console.log(JSON.stringify(balance.rows.map((row) => [row.account, row.label, row.closing.debit.toFixed(2), row.closing.credit.toFixed(2)])));
