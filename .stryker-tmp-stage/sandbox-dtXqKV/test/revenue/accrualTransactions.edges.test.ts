// @ts-nocheck
// Edges of accrualTransactions (FAE 4181 / CAP 408 / CCA 486 at the cut-off, PCG art. 944-48, and the
// doubtful receivables 416 / 491) the main tests leave open: labels, items of lines without VAT or too
// small to accrue, documents dated on the cut-off, mixed invoices, padding of the items' accounts,
// numbering, the messages of each refusal, and the bounds of the book's fiscal year.
import { describe, expect, it } from 'vitest';
import { accrualTransactions, createBook, createTransaction, defaultRules, type Transaction } from '../../src/index.js';
import { errorOf } from './_fixtures.js';

const CUTOFF = { cutoff: '2024-12-31' };
const DEC_JAN = { from: '2024-12-01', to: '2025-01-31' };
const rows = (t: Transaction) => t.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)]);
const labels = (t: Transaction) => t.entries.map((e) => e.label);
const line = (extra: Record<string, unknown> = {}) => ({ label: 'Service', account: '606100', quantity: '1', unitPrice: '124.00', vatRate: '20', servicePeriod: DEC_JAN, ...extra });
const purchase = (id: string, date: string, lines: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  type: 'purchase', id, number: `F-${id}`, date, supplier: { id: 'F1', name: 'EDF' }, lines, ...extra,
});
const sale = (id: string, date: string, lines: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  type: 'invoice', id, kind: 'final', status: 'issued', number: `FA-${id}`, date, customer: { id: 'C1', name: 'DUPONT' }, pricesIncludeTax: false,
  lines: lines.map((l) => ({ account: '706100', ...l })), ...extra,
});
const items = (docs: unknown[], options: Record<string, unknown> = {}) =>
  accrualTransactions(docs, { ...CUTOFF, ...options }).items.map((i) => [i.kind, i.document, i.party, i.account, i.base.toFixed(2), i.vat.toFixed(2), i.amount.toFixed(2)]);

describe('accrualTransactions: labels', () => {
  it('labels invoices to issue by invoice number and customer, the VAT line with its rate and base', () => {
    const [fae, rev] = accrualTransactions([sale('s1', '2025-01-15', [line({ account: '706100', unitPrice: '620.00' })])], CUTOFF).transactions;
    expect(labels(fae!)).toEqual(['FAE FA-s1 DUPONT', 'FAE FA-s1 DUPONT', 'FAE FA-s1 DUPONT']);
    expect(fae!.entries[2]!.vat).toMatchObject({ rate: '20' });
    expect(fae!.entries[2]!.vat!.base.toFixed(2)).toBe('310.00');
    expect([fae!.label, rev!.label]).toEqual(['Factures à établir au 2024-12-31', 'Extourne factures à établir au 2024-12-31']);
  });

  it('labels charges to pay CAP and prepaid expenses CCA, with the supplier invoice number and name', () => {
    const { transactions } = accrualTransactions([purchase('p1', '2025-01-10', [line()]), purchase('p2', '2024-12-01', [line({ account: '616000' })])], CUTOFF);
    const [cap, capRev, cca, ccaRev] = transactions;
    expect(labels(cap!)).toEqual(['CAP F-p1 EDF', 'CAP F-p1 EDF', 'CAP F-p1 EDF']);
    expect(cap!.entries[1]!.vat).toMatchObject({ rate: '20' });
    expect(cap!.entries[1]!.vat!.base.toFixed(2)).toBe('62.00');
    expect(labels(cca!)).toEqual(['CCA F-p2 EDF', 'CCA F-p2 EDF']);
    expect([cap!.label, capRev!.label, cca!.label, ccaRev!.label]).toEqual([
      'Charges à payer au 2024-12-31',
      'Extourne charges à payer au 2024-12-31',
      "Charges constatées d'avance au 2024-12-31",
      "Extourne charges constatées d'avance au 2024-12-31",
    ]);
  });
});

describe('accrualTransactions: items', () => {
  it('lists an accrual without VAT with a zero VAT and no VAT entry', () => {
    const exempt = { vatRate: '0', exemption: 'exempt' };
    // 620.00 × 31/62 = 310.00 excl. tax, no VAT; 124.00 × 31/62 = 62.00; prepaid 124.00 × 31/62 = 62.00.
    expect(items([sale('s1', '2025-01-15', [line({ account: '706100', unitPrice: '620.00', ...exempt })]), purchase('p1', '2025-01-10', [line(exempt)]), purchase('p2', '2024-12-01', [line({ account: '616000', ...exempt })])])).toEqual([
      ['invoice-to-issue', 's1', 'DUPONT', '706100', '310.00', '0.00', '310.00'],
      ['charge-to-pay', 'p1', 'EDF', '606100', '62.00', '0.00', '62.00'],
      ['prepaid-expense', 'p2', 'EDF', '616000', '62.00', '0.00', '62.00'],
    ]);
    const [fae] = accrualTransactions([sale('s1', '2025-01-15', [line({ account: '706100', unitPrice: '620.00', ...exempt })])], CUTOFF).transactions;
    expect(rows(fae!)).toEqual([
      ['4181', 'debit', '310.00'],
      ['706100', 'credit', '310.00'],
    ]);
  });

  it('lists the VAT of a charge to pay apart: base, VAT and their sum', () => {
    expect(items([purchase('p1', '2025-01-10', [line()])])).toEqual([['charge-to-pay', 'p1', 'EDF', '606100', '62.00', '12.40', '74.40']]);
  });

  it('accrues nothing for a share that rounds to zero (0.01 over 100 days, one of them by the cut-off)', () => {
    const tiny = { unitPrice: '0.01', servicePeriod: { from: '2024-12-31', to: '2025-04-09' } };
    const docs = [sale('s1', '2025-01-15', [line({ account: '706100', ...tiny })]), purchase('p1', '2025-01-10', [line(tiny)])];
    expect(accrualTransactions(docs, CUTOFF)).toEqual({ transactions: [], items: [] });
    // and a prepaid expense of which 0.01 over 100 days, one after the cut-off, rounds to zero
    const prepaid = purchase('p2', '2024-09-23', [line({ account: '616000', unitPrice: '0.01', servicePeriod: { from: '2024-09-23', to: '2025-01-01' } })]);
    expect(accrualTransactions([prepaid], CUTOFF)).toEqual({ transactions: [], items: [] });
  });

  it('gives a doubtful receivable without invoice no document key', () => {
    const { items: list } = accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [{ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', vatRate: '20', rate: '50' }] });
    expect('document' in list[0]!).toBe(false);
  });

  it('pads the accounts of its items to the rules account width', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', accountWidth: 8 });
    const got = accrualTransactions([sale('s1', '2025-01-15', [line({ account: '7061', unitPrice: '620.00' })]), purchase('p1', '2025-01-10', [line({ account: '6061' })])], {
      ...CUTOFF,
      rules,
      doubtfulReceivables: [{ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', vatRate: '20', rate: '50' }],
    });
    expect(got.items.map((i) => i.account)).toEqual(['70610000', '60610000', '41100000']);
  });
});

describe('accrualTransactions: what is in scope', () => {
  it('takes an invoice dated on the cut-off as invoiced (no FAE), and a purchase dated on it as of the year (CCA, not CAP)', () => {
    expect(accrualTransactions([sale('s1', '2024-12-31', [line({ account: '706100', unitPrice: '620.00' })])], CUTOFF).transactions).toEqual([]);
    expect(items([purchase('p1', '2024-12-31', [line({ account: '616000' })])])).toEqual([['prepaid-expense', 'p1', 'EDF', '616000', '62.00', '0.00', '62.00']]);
  });

  it('accrues the period lines of a mixed invoice or purchase and leaves the others', () => {
    const docs = [
      sale('s1', '2025-01-15', [{ label: 'Boisson', quantity: '1', unitPrice: '5.00', vatRate: '20' }, line({ account: '706100', unitPrice: '620.00' }), { id: 'L3', label: 'Sans séances', quantity: '1', unitPrice: '9.00', vatRate: '20' }]),
      purchase('p1', '2025-01-10', [line({ servicePeriod: undefined, unitPrice: '8.00' }), line()]),
    ];
    expect(items(docs)).toEqual([
      ['invoice-to-issue', 's1', 'DUPONT', '706100', '310.00', '62.00', '372.00'],
      ['charge-to-pay', 'p1', 'EDF', '606100', '62.00', '12.40', '74.40'],
    ]);
  });

  it('skips documents without any period line, even with a price finer than the currency', () => {
    const docs = [sale('s1', '2025-01-15', [{ label: 'Boisson', quantity: '1', unitPrice: '5.001', vatRate: '20' }]), purchase('p1', '2025-01-10', [line({ servicePeriod: undefined })])];
    expect(accrualTransactions(docs, CUTOFF)).toEqual({ transactions: [], items: [] });
  });

  it('skips documents that are not objects', () => {
    expect(accrualTransactions([null, 42, 'x', undefined], CUTOFF)).toEqual({ transactions: [], items: [] });
  });

  it('counts a session used on the cut-off day as delivered', () => {
    const pack = sale('k1', '2025-01-05', [{ id: 'L1', label: 'Carnet 10 séances', quantity: '1', unitPrice: '150.00', vatRate: '20', sessions: 10 }]);
    expect(items([{ type: 'session-usage', id: 'u1', invoice: 'k1', line: 'L1', date: '2024-12-31' }, pack])).toEqual([['invoice-to-issue', 'k1', 'DUPONT', '706100', '15.00', '3.00', '18.00']]);
  });

  it('reads a yen book without decimals, an invoice in the book currency without converting it', () => {
    const rules = defaultRules({ currency: 'JPY' });
    // 62000 × 31/62 = 31000 excl. tax, VAT 6200.
    const docs = [sale('s1', '2025-01-15', [line({ account: '706100', unitPrice: '62000' })]), sale('s2', '2025-01-15', [line({ account: '706200', unitPrice: '62000' })], { currency: 'JPY' })];
    expect(accrualTransactions(docs, { ...CUTOFF, rules }).items.map((i) => [i.account, i.base.toFixed(), i.vat.toFixed()])).toEqual([
      ['706100', '31000', '6200'],
      ['706200', '31000', '6200'],
    ]);
  });
});

describe('accrualTransactions: numbering', () => {
  it('accepts 0 as next number, and numbers each provision and then each reversal in turn', () => {
    const doubtful = (id: string) => ({ customer: { id, name: id }, amount: '120.00', vatRate: '20', rate: '50', reversedOn: '2025-02-01' });
    const { transactions } = accrualTransactions([], { ...CUTOFF, nextNumbers: { OD: 0 }, doubtfulReceivables: [doubtful('A'), doubtful('B')] });
    expect(transactions.map((t) => [t.id, t.type, t.label])).toEqual([
      ['OD000000', 'provision', 'Créance douteuse et dépréciation A'],
      ['OD000001', 'provision', 'Créance douteuse et dépréciation B'],
      ['OD000002', 'provision-reversal', 'Reprise de dépréciation A'],
      ['OD000003', 'provision-reversal', 'Reprise de dépréciation B'],
    ]);
  });
});

describe('accrualTransactions: refusals, with their messages', () => {
  const doubtful = (r: Record<string, unknown>) => ({ customer: { id: 'C7', name: 'MARTIN' }, amount: '600.00', rate: '50', ...r });
  const issuesOf = (r: unknown) => errorOf(() => accrualTransactions([], { ...CUTOFF, doubtfulReceivables: [r as never] })).issues.map((i) => [i.code, i.path, i.message]);

  it('refuses missing options and an unknown method', () => {
    expect(errorOf(() => accrualTransactions([], undefined as never)).issues.map((i) => [i.code, i.path, i.message])).toEqual([['invalid_date', ['cutoff'], 'Give the cut-off date as options.cutoff.']]);
    expect(errorOf(() => accrualTransactions([], { ...CUTOFF, method: '30/360' as never })).issues[0]!.message).toBe('Unknown method "30/360": use "days" or "months".');
    expect(errorOf(() => accrualTransactions([], { ...CUTOFF, nextNumbers: { OD: -1 } })).issues[0]!.message).toBe('nextNumbers.OD must be a whole number from 0 to 999998999, received -1.');
  });

  it('refuses a price finer than its currency with the line amount rule in the message', () => {
    const e = errorOf(() => accrualTransactions([sale('y', '2025-01-15', [line({ account: '706100', unitPrice: '10.5' })], { currency: 'JPY', exchangeRate: '0.0062' })], CUTOFF));
    expect(e.issues[0]!.message).toBe('Unit price 10.5 has more decimals than the currency allows (0), or quantity × unit price is too large.');
  });

  it('refuses a doubtful receivable whose customer is not an object', () => {
    expect(issuesOf(doubtful({ customer: 'MARTIN', vatRate: '20' }))).toEqual([
      ['invalid_input', ['doubtfulReceivables', 0], 'A doubtful receivable is { customer: { id, name }, amount, vatRate or amountExclTax, rate }.'],
    ]);
  });

  it('says what to fix for each bad field of a doubtful receivable, and collects them', () => {
    expect(issuesOf(doubtful({}))).toEqual([['invalid_input', ['doubtfulReceivables', 0], 'Give the doubtful receivable its vatRate (or amountExclTax): the provision is on the amount excl. tax.']]);
    expect(issuesOf(doubtful({ vatRate: 'x', rate: '101', reversedOn: '2024-06-01', amount: '-1.00' })).map((i) => i[2])).toEqual([
      'Provision rate "101" is not a percentage from 0 to 100: write it as a decimal string such as "50".',
      'VAT rate "x" is not a percentage such as "20".',
      'reversedOn 2024-06-01 is not after the cut-off 2024-12-31: a provision booked at the cut-off is reversed later.',
      'The amount owed must be positive.',
    ]);
    // A bad amount and a bad rate: both reported, not only the first thrown.
    expect(issuesOf(doubtful({ amount: '6,00', vatRate: '20', rate: '101' })).map((i) => [i[0], i[1]])).toEqual([
      ['invalid_amount', ['doubtfulReceivables', 0, 'amount']],
      ['invalid_provision_rate', ['doubtfulReceivables', 0, 'rate']],
    ]);
  });
});

describe('accrualTransactions: the chart', () => {
  it('refuses an account the rules chart does not cover, with or without an account width', () => {
    const doc = purchase('p1', '2025-01-10', [line({ account: '799999' })]);
    for (const rules of [defaultRules(), defaultRules({ accountWidth: 8 })]) {
      expect(errorOf(() => accrualTransactions([doc], { ...CUTOFF, rules })).issues[0]!.code).toBe('unknown_account');
    }
  });
});

describe('accrualTransactions: the cut-off and the book', () => {
  const tx = (date: string) =>
    createTransaction({ id: 'VT000001', journal: 'VT', date, piece: { ref: 'v' }, label: 'Vente', entries: [{ account: '411000', debit: '1.00' }, { account: '706000', credit: '1.00' }] });
  it('accepts a book whose only transaction is on the first or the last day of the fiscal year', () => {
    for (const date of ['2024-01-01', '2024-12-31']) expect(accrualTransactions([], { ...CUTOFF, book: createBook([tx(date)]) }).transactions).toEqual([]);
  });
});
