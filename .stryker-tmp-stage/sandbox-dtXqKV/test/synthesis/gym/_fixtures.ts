// @ts-nocheck
// A small gym: readable documents for the management reports' unit tests.
export const annual = {
  type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
  lines: [{ id: 'l1', label: 'Abonnement 12 mois', product: 'Abonnement 12 mois', category: 'Abonnements', seller: 'Camille', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }],
} as const;

export const monthlyOct = {
  type: 'invoice', id: 'inv-2', kind: 'final', status: 'issued', number: 'FA2024-0002', date: '2024-10-01',
  customer: { id: 'C0002', name: 'MARTIN Léa' }, pricesIncludeTax: true,
  lines: [{ id: 'm1', label: 'Abonnement mensuel', account: '706100', quantity: '1', unitPrice: '49.90', vatRate: '20', servicePeriod: { from: '2024-10-01', to: '2024-10-31' } }],
} as const;

export const monthlyNov = {
  type: 'invoice', id: 'inv-3', kind: 'final', status: 'issued', number: 'FA2024-0003', date: '2024-11-01',
  customer: { id: 'C0002', name: 'MARTIN Léa' }, pricesIncludeTax: true,
  lines: [{ id: 'm1', label: 'Abonnement mensuel', account: '706100', quantity: '1', unitPrice: '49.90', vatRate: '20', servicePeriod: { from: '2024-11-01', to: '2024-11-30' } }],
} as const;

export const upcoming = {
  type: 'invoice', id: 'inv-4', kind: 'final', status: 'issued', number: 'FA2024-0004', date: '2024-11-20',
  customer: { id: 'C0003', name: 'Durand; "SARL" & fils' }, pricesIncludeTax: true,
  lines: [{ id: 'y1', label: '=Abonnement\nannuel', account: '706100', quantity: '1', unitPrice: '540.00', vatRate: '20', servicePeriod: { from: '2025-01-01', to: '2025-12-31' } }],
} as const;

export const pack = {
  type: 'invoice', id: 'inv-5', kind: 'final', status: 'paid', number: 'FA2024-0005', date: '2024-11-04',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
  lines: [
    { id: 'p1', label: 'Carnet 10 séances', product: 'Carnet 10 séances', account: '706200', quantity: '1', unitPrice: '120.00', vatRate: '20', sessions: 10 },
    { label: 'Boisson', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' },
  ],
} as const;

export const draft = {
  type: 'invoice', id: 'inv-6', kind: 'final', status: 'draft', date: '2024-11-10',
  customer: { id: 'C0004', name: 'PETIT Luc' }, pricesIncludeTax: true,
  lines: [{ id: 'd1', label: 'Abonnement mensuel', account: '706100', quantity: '1', unitPrice: '49.90', vatRate: '20', servicePeriod: { from: '2024-11-10', to: '2024-12-09' } }],
} as const;

export const creditNote = {
  type: 'invoice', id: 'av-1', kind: 'credit-note', status: 'issued', number: 'AV2025-0001', date: '2025-03-31', corrects: 'inv-1',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
  lines: [{ label: 'Résiliation abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '323.84', vatRate: '20' }],
} as const;

export const refund = {
  type: 'refund', id: 'rf-1', date: '2025-04-02', method: 'transfer', amount: '323.84',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'av-1', amount: '323.84' }],
} as const;

export const cancellation = {
  type: 'subscription-cancellation', id: 'res-1', date: '2025-03-31', invoice: 'inv-1', line: 'l1', reason: 'Déménagement', creditNote: 'av-1', refund: 'rf-1',
} as const;

export const payment = {
  type: 'payment', id: 'pay-1', number: 'RG-0001', date: '2024-10-20', method: 'card', amount: '600.00',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'inv-1', amount: '600.00' }],
} as const;

export const voucherPayment = {
  type: 'payment', id: 'pay-2', date: '2024-11-04', method: 'voucher', amount: '30.00', reference: 'CPN-778',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'inv-5', amount: '30.00' }],
} as const;

export const cardPayment = {
  type: 'payment', id: 'pay-3', date: '2024-11-04', method: 'card', amount: '93.00',
  customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'inv-5', amount: '93.00' }],
} as const;

export const settlement = {
  type: 'voucher-settlement', id: 'vs-1', date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '30.00', fees: '0.30', payments: ['pay-2'],
} as const;

const creditor = { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };

export const octoberBatch = {
  type: 'direct-debit-batch', id: 'dd-2024-10', messageId: 'PRLV-2024-10', createdAt: '2024-10-02T09:00:00', collectionDate: '2024-10-05', creditor,
  items: [
    { id: 'i1', endToEndId: 'E2E-10-1', customer: { id: 'C0002', name: 'MARTIN Léa' }, amount: '49.90', mandate: { id: 'RUM-0002', signedOn: '2024-09-20' }, sequence: 'FRST', debtor: { name: 'MARTIN Léa', iban: 'FR1420041010050500013M02606' }, invoices: ['inv-2'] },
  ],
} as const;

export const novemberBatch = {
  type: 'direct-debit-batch', id: 'dd-2024-11', messageId: 'PRLV-2024-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor,
  items: [
    { id: 'i1', endToEndId: 'E2E-11-1', customer: { id: 'C0002', name: 'MARTIN Léa' }, amount: '49.90', mandate: { id: 'RUM-0002', signedOn: '2024-09-20' }, sequence: 'RCUR', debtor: { name: 'MARTIN Léa', iban: 'FR1420041010050500013M02606' }, invoices: ['inv-3'], remittanceInfo: 'Abonnement novembre' },
    { id: 'i2', endToEndId: 'E2E-11-2', customer: { id: 'C0003', name: 'Durand; "SARL" & fils' }, amount: '45.00', mandate: { id: 'RUM-0003', signedOn: '2024-11-01' }, sequence: 'FRST', debtor: { name: 'DURAND SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' }, invoices: ['inv-4'] },
  ],
} as const;

export const rejection = {
  type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-2024-11', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: false,
} as const;

export const usages = [
  { type: 'session-usage', id: 'use-1', invoice: 'inv-5', line: 'p1', date: '2024-11-06' },
  { type: 'session-usage', id: 'use-2', invoice: 'inv-5', line: 'p1', date: '2024-11-20' },
  { type: 'session-usage', id: 'use-3', invoice: 'inv-5', line: 'p1', date: '2024-12-02' },
] as const;

/** Every document of the small gym. */
export const gymDocuments: ReadonlyArray<unknown> = [
  annual, monthlyOct, monthlyNov, upcoming, pack, draft, creditNote, refund, cancellation, payment, voucherPayment, cardPayment, settlement,
  octoberBatch, novemberBatch, rejection, ...usages,
];
