// @ts-nocheck
// Hand-written books for the ledger tests.
import { createTransaction, type EntryInput, type Transaction, type TransactionInput } from '../../src/index.js';

const DUPONT = { number: 'C0001', name: 'DUPONT Jean' } as const;

/**
 * The transactions of the golden FEC (fixtures/123456782FEC20241231.txt,
 * SPEC-FR §6 TV5), written by hand until FEC import exists.
 */
export function goldenTransactions(): Transaction[] {
  const lettering = { code: 'A', date: '2024-10-15' };
  return [
    createTransaction({
      id: 'AN000001', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN2024' }, label: 'Reprise des soldes', type: 'opening',
      entries: [
        { account: '512000', accountLabel: 'Banque', debit: '1000.00' },
        { account: '101000', accountLabel: 'Capital', credit: '1000.00' },
      ],
    }),
    createTransaction({
      id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Abonnement 12 mois DUPONT', type: 'sale',
      source: { documentId: 'inv-1', documentNumber: 'FA2024-0001', customerId: 'C0001', customerName: 'DUPONT Jean', memo: 'abonnement annuel' },
      entries: [
        { account: '411000', accountLabel: 'Clients', auxiliary: DUPONT, debit: '600.00', lettering, openItem: 'inv-1' },
        { account: '706100', accountLabel: 'Abonnements', credit: '500.00', costCenter: 'CLUB-1' },
        { account: '445710', accountLabel: 'TVA collectee 20%', credit: '100.00' },
      ],
    }),
    createTransaction({
      id: 'BQ000001', journal: 'BQ', date: '2024-10-15', piece: { ref: 'RG2024-0001' }, label: 'Reglement CB DUPONT FA2024-0001', type: 'payment',
      source: { documentId: 'pay-1', documentNumber: 'RG2024-0001', customerId: 'C0001', customerName: 'DUPONT Jean', paymentMethod: 'card' },
      entries: [
        { account: '512000', accountLabel: 'Banque', debit: '600.00' },
        { account: '411000', accountLabel: 'Clients', auxiliary: DUPONT, credit: '600.00', lettering, openItem: 'inv-1' },
      ],
    }),
    createTransaction({
      id: 'OD000001', journal: 'OD', date: '2024-12-31', piece: { ref: 'PCA2024' }, label: 'PCA abonnement FA2024-0001 287/365 j', type: 'deferral',
      entries: [
        { account: '706100', accountLabel: 'Abonnements', debit: '393.15' },
        { account: '487000', accountLabel: 'Produits constates d avance', credit: '393.15' },
      ],
    }),
  ];
}

let counter = 0;

/** A sale of `total` (20 % VAT) to a customer, on 411000 with an open item. */
export function sale(date: string, customer: { number: string; name: string }, total: string, openItem: string | undefined, number: string, extra: Partial<EntryInput> = {}): Transaction {
  const cents = Math.round(Number(total) * 100);
  const vat = Math.round(cents / 6);
  const fmt = (c: number): string => (c / 100).toFixed(2);
  const receivable: EntryInput = { account: '411000', auxiliary: customer, debit: total, ...(openItem ? { openItem } : {}), ...extra };
  return tx({
    journal: 'VT', date, piece: { ref: number }, label: `Facture ${number}`, type: 'sale',
    source: { ...(openItem ? { documentId: openItem } : {}), documentNumber: number, customerId: customer.number, customerName: customer.name },
    entries: [receivable, { account: '706100', credit: fmt(cents - vat) }, { account: '445711', credit: fmt(vat) }],
  });
}

/** A credit note of `total` to a customer, on 411000 with an open item. */
export function creditNote(date: string, customer: { number: string; name: string }, total: string, openItem: string, number: string): Transaction {
  const cents = Math.round(Number(total) * 100);
  const vat = Math.round(cents / 6);
  const fmt = (c: number): string => (c / 100).toFixed(2);
  return tx({
    journal: 'VT', date, piece: { ref: number }, label: `Avoir ${number}`, type: 'credit-note',
    source: { documentId: openItem, documentNumber: number, customerId: customer.number, customerName: customer.name },
    entries: [
      { account: '706100', debit: fmt(cents - vat) },
      { account: '445711', debit: fmt(vat) },
      { account: '411000', auxiliary: customer, credit: total, openItem },
    ],
  });
}

/** A payment from a customer to the bank, optionally allocated to an open item or lettered. */
export function payment(date: string, customer: { number: string; name: string }, amount: string, openItem: string | undefined, extra: Partial<EntryInput> = {}): Transaction {
  return tx({
    journal: 'BQ', date, piece: { ref: `RG-${date}-${customer.number}` }, label: `Règlement ${customer.name}`, type: 'payment',
    source: { customerId: customer.number, customerName: customer.name, paymentMethod: 'transfer' },
    entries: [
      { account: '512000', debit: amount },
      { account: '411000', auxiliary: customer, credit: amount, ...(openItem ? { openItem } : {}), ...extra },
    ],
  });
}

function tx(input: Omit<TransactionInput, 'id'>): Transaction {
  counter++;
  return createTransaction({ ...input, id: `${input.journal}${String(counter).padStart(6, '0')}` });
}

export const C1 = DUPONT;
export const C2 = { number: 'C0002', name: 'MARTIN Léa' } as const;
export const C3 = { number: 'C0003', name: 'DURAND Paul' } as const;
export const C4 = { number: 'C0004', name: 'PETIT Anne' } as const;

/**
 * A receivables book at 2024-12-31:
 * - C0001: FA2024-0001 (600, paid), FA2024-0002 (480 on 2024-10-20, 80 paid: 400 open, 72 days old);
 * - C0002: credit note AV2024-0001 (50 on 2024-12-10, unused: 21 days old);
 * - C0003: an invoice and its payment lettered AA (settled), then a lone unallocated payment of 30 on 2024-12-20;
 * - C0004: an opening balance of 200 carried on 2024-01-01 (365 days old);
 * - a 411000 entry without auxiliary account (ignored by the customer reports).
 */
export function receivablesTransactions(): Transaction[] {
  counter = 0;
  return [
    createTransaction({
      id: 'AN000001', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN2024' }, label: 'Reprise des soldes', type: 'opening',
      entries: [
        { account: '411000', auxiliary: C4, debit: '200.00' },
        { account: '512000', debit: '800.00' },
        { account: '101000', credit: '1000.00' },
      ],
    }),
    sale('2024-09-01', C1, '600.00', 'inv-1', 'FA2024-0001'),
    payment('2024-09-15', C1, '600.00', 'inv-1'),
    sale('2024-10-20', C1, '480.00', 'inv-2', 'FA2024-0002'),
    sale('2024-10-25', C3, '120.00', undefined, 'FA2024-0003', { lettering: { code: 'AA', date: '2024-11-02' } }),
    payment('2024-11-02', C3, '120.00', undefined, { lettering: { code: 'AA', date: '2024-11-02' } }),
    payment('2024-11-05', C1, '80.00', 'inv-2'),
    creditNote('2024-12-10', C2, '50.00', 'cn-1', 'AV2024-0001'),
    payment('2024-12-20', C3, '30.00', undefined),
    createTransaction({
      id: 'OD000001', journal: 'OD', date: '2024-12-30', piece: { ref: 'OD-1' }, label: 'Client divers',
      entries: [
        { account: '411000', debit: '12.00' },
        { account: '512000', credit: '12.00' },
      ],
    }),
  ];
}

/** Deep-freezes nothing but snapshots a value's JSON, to check a call left it unchanged. */
export function snapshot(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Int32Array || v instanceof Float64Array || v instanceof Uint8Array ? Array.from(v) : v));
}

/**
 * Rebuilds transactions with random open items and lettering codes on their
 * customer lines (the arbitraries have none), from a list of choices.
 */
export function withOpenItems(txs: ReadonlyArray<Transaction>, picks: ReadonlyArray<number>): Transaction[] {
  const items = [undefined, 'inv-1', 'inv-2', 'inv-3'];
  const codes = [undefined, 'A', 'B'];
  let p = 0;
  const pick = (): number => picks.length === 0 ? 0 : picks[p++ % picks.length]!;
  return txs.map((t) => {
    const entries = t.entries.map((e) => {
      const input = (e as unknown as { toJSON(): Record<string, unknown> }).toJSON();
      if (e.auxiliary) {
        const item = items[pick() % items.length];
        const code = codes[pick() % codes.length];
        if (item !== undefined) input.openItem = item;
        if (code !== undefined) input.lettering = { code, date: t.date };
      }
      return input as unknown as EntryInput;
    });
    const input: Record<string, unknown> = { id: t.id, journal: t.journal, date: t.date, piece: t.piece, label: t.label, validatedOn: t.validatedOn, entries };
    if (t.type !== undefined) input.type = t.type;
    return createTransaction(input);
  });
}
