// @ts-nocheck
// Allocations that name something else than an invoice: the fee a direct-debit
// rejection re-bills, a till ticket left on the customer's account; and the
// cheque a business writes to refund a customer.
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationSchema, createBook, customerBalances, defaultRules, letter, openItems, paymentSchema, post, safePost } from '../../src/index.js';
import { balances, dupont, firstIssue, invoice, line, martin, payment, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const creditor = { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const debit = (id: string, customer: { id: string; name: string }, amount: string, invoices: string[]) => ({
  id, endToEndId: `E2E-${id}`, customer, amount, mandate: { id: `RUM-${customer.id}`, signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: customer.name, iban: 'FR1420041010050500013M02606' }, invoices,
});
const monthly = invoice('inv-1', '2024-11-01', [line('49.90')]);
const batch = { type: 'direct-debit-batch', id: 'dd-11', messageId: 'PRLV-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor, items: [debit('i1', dupont, '49.90', ['inv-1'])] };
const rejection = { type: 'direct-debit-rejection', id: 'rj-1', number: 'REJ-1', date: '2024-11-12', batch: 'dd-11', item: 'i1', reason: 'AM04', fees: '4.50', rebilled: true };
const desk = (allocations: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'payment', id: 'p-1', date: '2024-11-20', method: 'card', amount: '54.40', customer: dupont, allocations, ...extra });

describe('allocation to a rejection', () => {
  it('pays the re-billed fee: its 411 line carries the rejection id, so the fee is settled', () => {
    const docs = [monthly, batch, rejection, desk([{ invoice: 'inv-1', amount: '49.90' }, { rejection: 'rj-1', amount: '4.50' }])];
    const txs = post(docs, vatOnInvoice).transactions;
    const pay = txs.find((t) => t.type === 'payment')!;
    expect(pay.label).toBe('Règlement CB FA-inv-1, REJ-1 DUPONT Jean');
    expect(rows(pay)).toEqual(['5115 D 54.40 @p-1', '411 C 49.90 C0001 @inv-1', '411 C 4.50 C0001 @rj-1']);
    expect(openItems(createBook(txs)).items).toEqual([]);
    // Unallocated, the fee stays open beside an unused credit of the same amount (the defect).
    const loose = post([monthly, batch, rejection, desk([{ invoice: 'inv-1', amount: '49.90' }])], vatOnInvoice).transactions;
    expect(openItems(letter(createBook(loose))).items.map((i) => [i.openItem ?? '-', i.side, i.remaining.toFixed(2)])).toEqual([['rj-1', 'debit', '4.50'], ['-', 'credit', '4.50']]);
  });

  it('pays a fee re-billed with VAT, in parts, and reads the rejection from the context', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', rebilledFeesVatRate: '20' });
    const first = { type: 'payment', id: 'p-1', date: '2024-11-20', method: 'cash', amount: '2.00', customer: dupont, allocations: [{ rejection: 'rj-1', amount: '2.00' }] };
    const second = { ...first, id: 'p-2', date: '2024-11-25', amount: '3.40', allocations: [{ rejection: 'rj-1', amount: '3.40' }] };
    const txs = post([first, second], rules, { context: [monthly, batch, rejection] }).transactions;
    expect(txs.map(rows)).toEqual([['530 D 2.00', '411 C 2.00 C0001 @rj-1'], ['530 D 3.40', '411 C 3.40 C0001 @rj-1']]);
    const all = [...post([monthly, batch, rejection], rules).transactions, ...txs];
    expect(balances(all, (e) => `${e.account}@${e.openItem ?? ''}`).get('411@rj-1')).toBe(0);
  });

  it('refuses an unknown rejection, one that re-bills nothing, more than the fee, another currency, an invalid rejection', () => {
    const pay = (allocations: unknown[], extra: Record<string, unknown> = {}) => desk(allocations, { amount: '10.00', ...extra });
    expect(firstIssue(() => post([monthly, batch, rejection, pay([{ rejection: 'rj-9', amount: '4.50' }])], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [3, 'allocations', 0, 'rejection'] });
    expect(firstIssue(() => post([monthly, batch, rejection, pay([{ rejection: 'inv-1', amount: '4.50' }])], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [3, 'allocations', 0, 'rejection'] });
    expect(firstIssue(() => post([monthly, batch, { ...rejection, rebilled: false }, pay([{ rejection: 'rj-1', amount: '4.50' }])], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [3, 'allocations', 0, 'rejection'] });
    expect(firstIssue(() => post([monthly, batch, rejection, pay([{ rejection: 'rj-1', amount: '5.00' }])], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [3, 'allocations', 0, 'amount'] });
    expect(firstIssue(() => post([monthly, batch, rejection, pay([{ rejection: 'rj-1', amount: '4.50' }], { currency: 'USD', exchangeRate: '0.9' })], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [3, 'allocations', 0, 'rejection'] });
    // A rejection failing in the settlement pass (dated before its batch is collected) takes its payment with it.
    const early = safePost([monthly, batch, { ...rejection, date: '2024-11-01' }, pay([{ rejection: 'rj-1', amount: '4.50' }], { date: '2024-11-02' })], vatOnInvoice);
    expect(early.failures.map((f) => [f.index, f.issues[0].code])).toEqual([[2, 'invalid_date'], [3, 'invalid_reference']]);
  });
});

describe('allocation schema', () => {
  it('names exactly one thing: an invoice, a rejection, or a ticket with its closing', () => {
    expect(allocationSchema.safeParse({ invoice: 'a', amount: '1.00' }).success).toBe(true);
    expect(allocationSchema.safeParse({ closing: 'z', ticket: 't', amount: '1.00' }).success).toBe(true);
    const code = (a: unknown, type = 'payment') => {
      const r = paymentSchema.safeParse({ type, id: 'p', date: '2024-11-20', method: 'card', amount: '9.00', customer: dupont, allocations: Array.isArray(a) ? a : [a] });
      return r.success ? 'ok' : (r.error.issues[0] as { params?: { code?: string } }).params?.code;
    };
    expect(code({ amount: '1.00' })).toBe('invalid_input');
    expect(code({ invoice: 'a', rejection: 'b', amount: '1.00' })).toBe('invalid_input');
    expect(code({ ticket: 't', amount: '1.00' })).toBe('invalid_input');
    expect(code({ invoice: 'a', closing: 'z', amount: '1.00' })).toBe('invalid_input');
    expect(code([{ rejection: 'b', amount: '1.00' }, { rejection: 'b', amount: '2.00' }])).toBe('invalid_input');
    expect(code([{ closing: 'z', ticket: 't', amount: '1.00' }, { closing: 'y', ticket: 't', amount: '2.00' }])).toBe('ok');
    expect(firstIssue(() => post([desk([{ rejection: 'rj-1', invoice: 'inv-1', amount: '4.50' }])], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [0, 'allocations', 0] });
  });
});

describe('till tickets left on account', () => {
  const onReceipt = defaultRules({ vatExigibility: 'on-receipt' });
  const course = { label: 'Cours particulier', account: '706100', quantity: '1', unitPrice: '120.00', vatRate: '20' };
  const closing = { type: 'till-closing', id: 'z-1', number: 'Z-1', till: 'ACCUEIL', day: '2024-10-15', tickets: [{ id: 't1', number: 'TK-1', customer: dupont, lines: [course], payments: [{ method: 'card', amount: '60.00' }] }] };
  const settle = (amount: string, id = 'p-1', date = '2024-10-30') => ({ type: 'payment', id, date, method: 'transfer', amount, customer: dupont, allocations: [{ closing: 'z-1', ticket: 't1', amount }] });

  it('on receipt, collects the VAT of the part paid and keeps the rest pending until a payment settles the ticket', () => {
    const txs = post([closing, settle('60.00')], onReceipt).transactions;
    expect(rows(txs[0]!)).toEqual(['5115 D 60.00', '411 D 60.00 C0001 @t1', '706100 C 100.00', '445711 C 10.00 vat20/50.00', '44574 C 10.00 vat20/50.00']);
    expect(txs[1]!.label).toBe('Règlement virement TK-1 DUPONT Jean');
    expect(rows(txs[1]!)).toEqual(['512 D 60.00', '411 C 60.00 C0001 @t1']);
    expect(txs[2]).toMatchObject({ type: 'vat-transfer', journal: 'OD', date: '2024-10-30' });
    expect(rows(txs[2]!)).toEqual(['44574 D 10.00 vat20/50.00', '445711 C 10.00 vat20/50.00']);
    expect(balances(txs).get('44574')).toBe(0);
    expect(openItems(letter(createBook(txs))).items).toEqual([]);
  });

  it('keeps goods collected at once, and everything collected on an invoice basis', () => {
    const water = { label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' };
    const mixed = { ...closing, tickets: [{ ...closing.tickets[0]!, lines: [course, water], payments: [{ method: 'cash', amount: '61.50' }] }] };
    expect(rows(post([mixed], onReceipt).transactions[0]!)).toEqual(['530 D 61.50', '411 D 61.50 C0001 @t1', '706100 C 100.00', '707100 C 2.84', '445711 C 10.00 vat20/50.00', '445713 C 0.16 vat5.5/2.84', '44574 C 10.00 vat20/50.00']);
    const txs = post([closing, settle('60.00')], vatOnInvoice).transactions;
    expect(rows(txs[0]!)).toEqual(['5115 D 60.00', '411 D 60.00 C0001 @t1', '706100 C 100.00', '445711 C 20.00 vat20/100.00']);
    expect(txs.map((t) => t.type)).toEqual(['cash-closing', 'payment']);
  });

  it('reads the closing from the context, and moves the VAT share of each part paid', () => {
    const txs = post([settle('20.00'), settle('40.00', 'p-2', '2024-11-05')], onReceipt, { context: [closing] }).transactions;
    expect(txs.filter((t) => t.type === 'vat-transfer').map(rows)).toEqual([['44574 D 3.33 vat20/16.67', '445711 C 3.33 vat20/16.67'], ['44574 D 6.67 vat20/33.33', '445711 C 6.67 vat20/33.33']]);
  });

  it('refuses an unknown closing or ticket, a ticket paid in full, more than its rest, an invalid closing', () => {
    expect(firstIssue(() => post([closing, { ...settle('1.00'), allocations: [{ closing: 'z-9', ticket: 't1', amount: '1.00' }] }], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [1, 'allocations', 0, 'closing'] });
    expect(firstIssue(() => post([closing, { ...settle('1.00'), allocations: [{ closing: 'z-1', ticket: 't9', amount: '1.00' }] }], vatOnInvoice))).toMatchObject({ code: 'unknown_item', path: [1, 'allocations', 0, 'ticket'] });
    const paid = { ...closing, tickets: [{ ...closing.tickets[0]!, payments: [{ method: 'card', amount: '120.00' }] }] };
    expect(firstIssue(() => post([paid, settle('1.00')], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [1, 'allocations', 0, 'ticket'] });
    expect(firstIssue(() => post([closing, settle('60.01')], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [1, 'allocations', 0, 'amount'] });
    expect(firstIssue(() => post([closing, { ...settle('60.00'), currency: 'USD', exchangeRate: '0.9' }], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [1, 'allocations', 0, 'ticket'] });
    const bad = { ...closing, tickets: [{ ...closing.tickets[0]!, payments: [{ method: 'nope', amount: '60.00' }] }] };
    const r = safePost([bad, settle('60.00')], vatOnInvoice);
    expect(r.failures.map((f) => [f.index, f.issues[0].code])).toEqual([[0, 'invalid_method'], [1, 'invalid_reference']]);
  });
});

describe('refunds by cheque', () => {
  it('pays a cheque refund from the bank (512), not from the cheques received awaiting remittance', () => {
    const inv = invoice('inv-1', '2024-10-15', [line('600.00')]);
    const refund = { ...payment('r-1', '2024-10-25', '100.00', [['inv-1', '100.00']]), type: 'refund', method: 'cheque' };
    const txs = post([inv, payment('p-1', '2024-10-20', '600.00', [['inv-1', '600.00']]), refund], vatOnInvoice).transactions;
    const tx = txs.find((t) => t.type === 'refund')!;
    expect(tx).toMatchObject({ journal: 'BQ' });
    expect(rows(tx)).toEqual(['512 C 100.00', '411 D 100.00 C0001 @inv-1']);
    // A card refund stays netted by the acquirer on 5115 (a documented choice).
    expect(rows(post([inv, payment('p-1', '2024-10-20', '600.00', [['inv-1', '600.00']]), { ...refund, method: 'card' }], vatOnInvoice).transactions[2]!)[0]).toBe('5115 C 100.00 @r-1');
  });
});

describe('properties', () => {
  const cents = (n: number) => (n / 100).toFixed(2);

  it('on receipt, VAT pending on a ticket is 0 once its rest is paid, and the VAT collected adds up to the ticket VAT', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ price: fc.integer({ min: 1, max: 50_000 }), rate: fc.constantFrom('20', '10', '5.5'), goods: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 99 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
        (lines, paidPercent, parts) => {
          const ticketLines = lines.map((l, k) => ({ label: `l${k}`, account: l.goods ? '707100' : '706100', quantity: '1', unitPrice: cents(l.price), vatRate: l.rate }));
          const total = lines.reduce((s, l) => s + l.price, 0);
          const paid = Math.floor((total * paidPercent) / 100);
          const rest = total - paid;
          const z = { type: 'till-closing', id: 'z', till: 'T', day: '2024-10-15', tickets: [{ id: 't', customer: dupont, lines: ticketLines, payments: paid > 0 ? [{ method: 'cash', amount: cents(paid) }] : [] }] };
          // The rest paid in parts (the last one takes what is left).
          const weights = parts.reduce((s, w) => s + w, 0);
          const amounts: number[] = [];
          let left = rest;
          parts.forEach((w, k) => {
            const a = k === parts.length - 1 ? left : Math.min(left, Math.floor((rest * w) / weights));
            if (a > 0) amounts.push(a);
            left -= a;
          });
          const pays = amounts.map((a, k) => ({ type: 'payment', id: `p${k}`, date: `2024-10-${String(16 + k).padStart(2, '0')}`, method: 'transfer', amount: cents(a), customer: dupont, allocations: [{ closing: 'z', ticket: 't', amount: cents(a) }] }));
          const txs = post([z, ...pays], defaultRules({ vatExigibility: 'on-receipt' })).transactions;
          for (const t of txs) expect(t.entries.reduce((s, e) => s + (e.side === 'debit' ? e.minor : -e.minor), 0)).toBe(0);
          const b = balances(txs);
          expect(b.get('44574') ?? 0).toBe(0);
          const collected = [...b].filter(([a]) => a.startsWith('44571')).reduce((s, [, v]) => s - v, 0);
          const onInvoice = balances(post([{ ...z, tickets: [{ ...z.tickets[0]!, customer: dupont }] }], vatOnInvoice).transactions);
          expect(collected).toBe([...onInvoice].filter(([a]) => a.startsWith('44571')).reduce((s, [, v]) => s - v, 0));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a re-billed fee paid in full leaves no open item on the rejection; a customer whose balance is 0 has no open item after letter with netToZero', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ fee: fc.integer({ min: 1, max: 2000 }), price: fc.integer({ min: 100, max: 9000 }), allocate: fc.boolean(), paysAll: fc.boolean(), extra: fc.integer({ min: 0, max: 3000 }) }),
          { minLength: 1, maxLength: 4 },
        ),
        (members) => {
          const who = [dupont, martin, { id: 'C0003', name: 'LEROY Paul' }, { id: 'C0004', name: 'PETIT Luc' }];
          const docs: unknown[] = [];
          const items = members.map((m, k) => debit(`i${k}`, who[k]!, cents(m.price), [`inv-${k}`]));
          members.forEach((m, k) => docs.push(invoice(`inv-${k}`, '2024-11-01', [line(cents(m.price))], { customer: who[k] })));
          docs.push({ ...batch, items });
          members.forEach((m, k) => {
            docs.push({ ...rejection, id: `rj-${k}`, item: `i${k}`, fees: cents(m.fee) });
            // The member pays the invoice and the fee at the desk (or only part of it), the fee allocated or left on account, maybe with money on account.
            const invoicePaid = m.paysAll ? m.price : Math.max(1, m.price - 1);
            const allocations: unknown[] = [{ invoice: `inv-${k}`, amount: cents(invoicePaid) }];
            if (m.allocate) allocations.push({ rejection: `rj-${k}`, amount: cents(m.fee) });
            docs.push({ type: 'payment', id: `p-${k}`, date: '2024-11-20', method: 'card', amount: cents(invoicePaid + m.fee + m.extra), customer: who[k], allocations });
          });
          const book = createBook(post(docs as Iterable<PostableDocument>, vatOnInvoice).transactions);
          const open = openItems(book).items;
          members.forEach((m, k) => {
            if (m.allocate) expect(open.some((i) => i.openItem === `rj-${k}`)).toBe(false);
          });
          const lettered = letter(book, { netToZero: true });
          const zero = new Set(customerBalances(lettered).rows.filter((r) => r.balance.debit.isZero() && r.balance.credit.isZero()).map((r) => r.auxiliary.number));
          for (const i of openItems(lettered).items) expect(zero.has(i.auxiliary.number)).toBe(false);
          // The option only adds codes: every line lettered without it keeps its code.
          const plainCodes = letter(book);
          for (let e = 0; e < book.entryCount; e++) {
            const was = plainCodes.entries.letteringCode?.[e] ?? -1;
            if (was >= 0) expect(lettered.entries.letteringCode![e]).toBe(was);
          }
          // The remaining amounts still add up to each customer's balance.
          const sum = new Map<string, number>();
          for (const i of openItems(lettered).items) sum.set(i.auxiliary.number, (sum.get(i.auxiliary.number) ?? 0) + (i.side === 'debit' ? 1 : -1) * Math.round(i.remaining.toNumber() * 100));
          for (const r of customerBalances(lettered).rows) expect(sum.get(r.auxiliary.number) ?? 0).toBe(Math.round(r.balance.debit.minus(r.balance.credit).toNumber() * 100));
        },
      ),
      { numRuns: 60 },
    );
  });
});
