// npm run demo — a month of a small gym, written as balanced transactions, and its trial balance.
import { createBook, createTransactions, trialBalance, type TransactionInput } from '../src/index.js';

const members = [
  { number: 'C0001', name: 'DUPONT Jean' },
  { number: 'C0002', name: 'MARTIN Léa' },
  { number: 'C0003', name: 'BERNARD Hugo' },
];

const inputs: TransactionInput[] = [
  {
    journal: 'AN', date: '2024-10-01', piece: { ref: 'AN2024' }, label: 'Reprise des soldes', type: 'opening',
    entries: [
      { account: '512000', debit: '5000.00' },
      { account: '101000', credit: '5000.00' },
    ],
  },
];

// Each member buys a 12-month membership (600.00 incl. 20 % VAT), paid by card the same day.
members.forEach((m, i) => {
  const date = `2024-10-0${i + 2}`;
  const ref = `FA2024-000${i + 1}`;
  inputs.push({
    journal: 'VT', date, piece: { ref }, label: `Abonnement 12 mois ${m.name}`, type: 'sale',
    entries: [
      { account: '411000', auxiliary: m, debit: '600.00', openItem: ref },
      { account: '706100', accountLabel: 'Abonnements', credit: '500.00' },
      { account: '445711', credit: '100.00', vat: { rate: '20', base: '500.00' } },
    ],
  });
  inputs.push({
    journal: 'BQ', date, piece: { ref: `RG2024-000${i + 1}` }, label: `Règlement CB ${m.name} ${ref}`, type: 'payment',
    entries: [
      { account: '511500', debit: '600.00' },
      { account: '411000', auxiliary: m, credit: '600.00', openItem: ref },
    ],
  });
});

// The card receipts reach the bank, less the card fees; the shop buys water bottles.
inputs.push({
  journal: 'BQ', date: '2024-10-07', piece: { ref: 'REM-CB-01' }, label: 'Remise CB du 07/10', type: 'remittance',
  entries: [
    { account: '512000', debit: '1785.60' },
    { account: '627000', debit: '14.40' },
    { account: '511500', credit: '1800.00' },
  ],
});
inputs.push({
  journal: 'AC', date: '2024-10-10', piece: { ref: 'F-EAU-118' }, label: 'Achat bouteilles d eau', type: 'purchase',
  entries: [
    { account: '607000', debit: '150.00' },
    { account: '445660', debit: '30.00' },
    { account: '401000', auxiliary: { number: 'F0001', name: 'EAUX DU SUD' }, credit: '180.00' },
  ],
});

const transactions = createTransactions(inputs);
const book = createBook(transactions);
const tb = trialBalance(book, { period: { from: '2024-10-01', to: '2024-10-31' } });

const pad = (s: string, n: number) => s.padEnd(n).slice(0, n);
const num = (d: { toFixed(n: number): string }) => d.toFixed(2).padStart(10);
console.log(`partie-double demo — ${transactions.length} transactions, ${book.entryCount} entries\n`);
console.log(`${pad('Compte', 8)} ${pad('Libellé', 28)} ${'AN D'.padStart(10)} ${'AN C'.padStart(10)} ${'Mvt D'.padStart(10)} ${'Mvt C'.padStart(10)} ${'Solde D'.padStart(10)} ${'Solde C'.padStart(10)}`);
for (const r of tb.rows) {
  console.log(`${pad(r.account, 8)} ${pad(r.label, 28)} ${num(r.opening.debit)} ${num(r.opening.credit)} ${num(r.movements.debit)} ${num(r.movements.credit)} ${num(r.closing.debit)} ${num(r.closing.credit)}`);
}
const t = tb.totals;
console.log(`${pad('Totaux', 37)} ${num(t.opening.debit)} ${num(t.opening.credit)} ${num(t.movements.debit)} ${num(t.movements.credit)} ${num(t.closing.debit)} ${num(t.closing.credit)}`);
