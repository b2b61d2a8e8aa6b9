// @ts-nocheck
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountingSynthesis, AccountingError, createBook, Decimal, post, type AccountingSynthesis, type Transaction } from '../../src/index.js';
import { campsiteArbitrary } from '../../src/testing/synthesis.js';
import { bookOf, dupont, JULY, martin, tv3Invoice, tv3Receipt, tv4Invoice, tv4Stay } from './_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

const fixed = (d: Decimal) => d.toFixed(2);

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

function synth(documents: ReadonlyArray<unknown>, period: { from: string; to: string } = JULY): AccountingSynthesis {
  return accountingSynthesis(bookOf(documents), documents, { period });
}

/** A credit note of 50,00 TTC and an invoice of 100,00 TTC for the same customer. */
const creditNote = {
  type: 'invoice',
  id: 'av-1',
  kind: 'credit-note',
  status: 'issued',
  number: 'AV2024-0001',
  date: '2024-07-05',
  customer: dupont,
  pricesIncludeTax: true,
  lines: [{ label: 'Geste commercial', account: '706', quantity: '1', unitPrice: '50.00', vatRate: '10' }],
} as const;
const invoice100 = {
  type: 'invoice',
  id: 'inv-100',
  kind: 'final',
  status: 'issued',
  number: 'FA2024-0200',
  date: '2024-07-08',
  customer: dupont,
  pricesIncludeTax: true,
  lines: [{ label: 'Emplacement', account: '706', quantity: '1', unitPrice: '100.00', vatRate: '10' }],
} as const;

describe('accountingSynthesis', () => {
  it('VAT collected is the VAT of the deposit and final invoices; the till, deposits received against proformas and write-offs are parts of their own that tie to 4457x', () => {
    const proforma = { ...invoice100, id: 'pf-1', kind: 'proforma', number: 'PF-1', date: '2024-07-02', lines: [{ label: 'Emplacement', account: '706', quantity: '1', unitPrice: '220.00', vatRate: '10' }] };
    const onProforma = { type: 'payment', id: 'pay-pf', date: '2024-07-03', method: 'transfer', amount: '110.00', customer: dupont, allocations: [{ invoice: 'pf-1', amount: '110.00' }] };
    const closing = {
      type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-07-15',
      tickets: [{ id: 't1', number: 'T-0001', lines: [{ label: 'Glace', account: '707100', quantity: '1', unitPrice: '12.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '12.00' }] }],
    };
    const writeOff = { type: 'write-off', id: 'wo-1', date: '2024-07-30', customer: dupont, invoice: 'inv-100', amount: '55.00' };
    const documents = [invoice100, proforma, onProforma, closing, writeOff];
    const s = synth(documents);
    const p = s.vatParts;
    // 100,00 TTC at 10 % → 9,09; till 12,00 at 20 % → 2,00; 110,00 received on the proforma at 10 % → 10,00; 55,00 written off → −5,00.
    expect([p.invoices, p.till, p.receipts, p.writeOffs, p.other, p.total].map(fixed)).toEqual(['9.09', '2.00', '10.00', '-5.00', '0.00', '16.09']);
    expect(fixed(s.keyFigures.vatCollected)).toBe('9.09');
    const movement = s.byAccount.filter((r) => r.account.startsWith('4457')).reduce((a, r) => a.plus(r.credit).minus(r.debit), new Decimal(0));
    expect(fixed(movement)).toBe('16.09');
  });

  it('TV4: revenue 424,62, VAT collected 43,58, tourist tax 8,40, VAT by rate', () => {
    const s = synth([tv4Invoice, tv4Stay]);
    expect(fixed(s.keyFigures.revenue)).toBe('424.62');
    expect(fixed(s.keyFigures.vatCollected)).toBe('43.58');
    expect(fixed(s.keyFigures.touristTax)).toBe('8.40');
    expect(fixed(s.keyFigures.receipts)).toBe('0.00');
    expect(s.vatByRate.map((r) => [r.rate, fixed(r.base), fixed(r.vat)])).toEqual([
      ['20', '12.50', '2.50'],
      ['10', '409.09', '40.91'],
      ['5.5', '3.03', '0.17'],
    ]);
    expect([s.inShort.stays.count, fixed(s.inShort.stays.amount)]).toEqual([1, '476.60']);
    expect([s.inShort.invoices.count, fixed(s.inShort.invoices.amount)]).toEqual([1, '476.60']);
    expect(s.inShort.ancillarySales.count).toBe(0);
    const accounts = Object.fromEntries(s.byAccount.map((a) => [a.account, [fixed(a.debit), fixed(a.credit)]]));
    expect(accounts).toEqual({
      '411': ['476.60', '0.00'],
      '445711': ['0.00', '2.50'],
      '445712': ['0.00', '40.91'],
      '445713': ['0.00', '0.17'],
      '447': ['0.00', '8.40'],
      '706': ['0.00', '409.09'],
      '707': ['0.00', '3.03'],
      '708': ['0.00', '12.50'],
    });
    expect(s.controls).toEqual([]);
  });

  it('TV3: a receipt of 33,33 is spread 26,05 / 6,51 / 0,77, then 21,71 / 5,43 / 0,73 excl. tax', () => {
    const s = synth([tv3Invoice, tv3Receipt]);
    expect(s.receiptsByNature.map((n) => [n.account, n.rate, fixed(n.inclTax), fixed(n.exclTax), fixed(n.vat)])).toEqual([
      ['706100', '20', '26.05', '21.71', '4.34'],
      ['706200', '20', '6.51', '5.43', '1.08'],
      ['707100', '5.5', '0.77', '0.73', '0.04'],
    ]);
    expect(s.receiptsByMethod.map((m) => [m.method, m.label, m.count, fixed(m.amount)])).toEqual([['card', 'CB', 1, '33.33']]);
    expect([s.inShort.receipts.count, fixed(s.inShort.receipts.amount)]).toEqual([1, '33.33']);
    // an invoice no stay links is an ancillary sale
    expect([s.inShort.ancillarySales.count, fixed(s.inShort.ancillarySales.amount)]).toEqual([1, '460.55']);
  });

  it('half-even rounding of the rules changes the TV3 tie (6,51 / 1,2 = 5,425)', async () => {
    const { defaultRules } = await import('../../src/index.js');
    const rules = defaultRules({ vatExigibility: 'on-invoice', rounding: 'half-even' });
    const docs = [tv3Invoice, tv3Receipt];
    const s = accountingSynthesis(createBook(post(docs, rules).transactions), docs, { period: JULY, rules });
    expect(fixed(s.receiptsByNature[1]!.exclTax)).toBe('5.42');
  });

  it('a credit note used as payment counts +X and −X under its method: the control nets to zero', () => {
    const use = { type: 'payment', id: 'pay-av', date: '2024-07-10', method: 'credit-note', amount: '50.00', customer: dupont, creditNote: 'av-1', allocations: [{ invoice: 'inv-100', amount: '50.00' }] };
    const card = { type: 'payment', id: 'pay-cb', date: '2024-07-10', method: 'card', amount: '50.00', customer: dupont, allocations: [{ invoice: 'inv-100', amount: '50.00' }] };
    const docs = [creditNote, invoice100, use, card];
    const s = synth(docs);
    expect(s.receiptsByMethod.map((m) => [m.method, m.label, m.count, fixed(m.amount)])).toEqual([
      ['card', 'CB', 1, '50.00'],
      ['credit-note', 'avoir', 2, '0.00'],
    ]);
    expect(s.controls).toEqual([]);
    expect(fixed(s.keyFigures.receipts)).toBe('50.00');
    // revenue: the invoice less the credit note
    expect(fixed(s.keyFigures.revenue)).toBe(fixed(new Decimal('90.91').minus('45.45')));
  });

  it('flags a credit-note payment that draws on no credit note (the method does not net to zero)', () => {
    const broken = { type: 'payment', id: 'pay-av', date: '2024-07-10', method: 'credit-note', amount: '50.00', customer: dupont, allocations: [{ invoice: 'inv-100', amount: '50.00' }] };
    const s = synth([creditNote, invoice100, broken]);
    expect(s.controls.map((c) => [c.code, c.method, fixed(c.amount)])).toEqual([['credit_note_not_netted', 'credit-note', '50.00']]);
    expect(s.controls[0]!.message).toMatchInlineSnapshot(`"The credit-note method adds up to 50.00 instead of 0: each payment by credit note must draw on a credit note among the documents (creditNote) with enough left on it. Check the payments by credit-note of the period."`);
  });

  it('flags a credit note drawn on beyond its amount', () => {
    const a = { type: 'payment', id: 'pay-a', date: '2024-07-10', method: 'credit-note', amount: '40.00', customer: dupont, creditNote: 'av-1', allocations: [{ invoice: 'inv-100', amount: '40.00' }] };
    const b = { ...a, id: 'pay-b', amount: '30.00', allocations: [{ invoice: 'inv-100', amount: '30.00' }] };
    const s = accountingSynthesis(bookOf([creditNote, invoice100]), [creditNote, invoice100, a, b], { period: JULY });
    expect(s.controls.map((c) => fixed(c.amount))).toEqual(['20.00']);
  });

  it('counts a stay in the period of its departure: one straddling the end of July belongs to August', () => {
    const inv = { ...tv4Invoice, id: 'inv-aug', number: 'FA2024-0300', date: '2024-07-30' };
    const stay = { ...tv4Stay, id: 'sej-aug', arrival: '2024-07-28', departure: '2024-08-03', invoices: ['inv-aug'] };
    const docs = [inv, stay];
    const july = synth(docs, JULY);
    const august = synth(docs, { from: '2024-08-01', to: '2024-08-31' });
    expect([july.inShort.stays.count, fixed(july.keyFigures.touristTax)]).toEqual([0, '0.00']);
    // the invoice is in July's books (revenue), not an ancillary sale since a stay links it
    expect(fixed(july.keyFigures.revenue)).toBe('424.62');
    expect(july.inShort.ancillarySales.count).toBe(0);
    expect([august.inShort.stays.count, fixed(august.inShort.stays.amount), fixed(august.keyFigures.touristTax)]).toEqual([1, '476.60', '8.40']);
    expect(fixed(august.keyFigures.revenue)).toBe('0.00');
  });

  it('takes a stay quoted by a proforma only while it has no final invoice', () => {
    const proforma = { ...tv4Invoice, id: 'pro-1', kind: 'proforma', number: 'PRO-1' };
    const stay = { ...tv4Stay, invoices: ['pro-1'] };
    expect(fixed(synth([proforma, stay]).keyFigures.touristTax)).toBe('8.40');
    const both = { ...tv4Stay, invoices: ['pro-1', 'inv-tv4'] };
    expect(fixed(synth([proforma, tv4Invoice, both]).keyFigures.touristTax)).toBe('8.40');
  });

  it('keeps deposits in 4191 out of revenue until their final invoice', () => {
    const deposit = { ...invoice100, id: 'dep-1', kind: 'deposit', number: 'AC-1', date: '2024-06-20', lines: [{ label: 'Acompte', account: '706', quantity: '1', unitPrice: '30.00', vatRate: '10' }] };
    const pay = { type: 'payment', id: 'pay-dep', date: '2024-06-21', method: 'transfer', amount: '30.00', customer: dupont, allocations: [{ invoice: 'dep-1', amount: '30.00' }] };
    const final = { ...invoice100, deducts: ['dep-1'] };
    const docs = [deposit, pay, final];
    const june = synth(docs, { from: '2024-06-01', to: '2024-06-30' });
    expect(fixed(june.keyFigures.revenue)).toBe('0.00');
    expect(fixed(june.keyFigures.receipts)).toBe('30.00');
    const july = synth(docs);
    expect(fixed(july.keyFigures.revenue)).toBe('90.91');
    // the invoiced amount nets the deposit already invoiced in June
    expect(fixed(july.inShort.invoices.amount)).toBe('70.00');
  });

  it('counts till tickets, purchases and receipts on account', () => {
    const closing = {
      type: 'till-closing',
      id: 'z-1',
      till: 'CAISSE1',
      day: '2024-07-15',
      tickets: [
        { id: 't1', lines: [{ label: 'Pain', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] },
        { id: 't2', lines: [{ label: 'Glace', account: '707100', quantity: '1', unitPrice: '9.50', vatRate: '5.5' }], payments: [{ method: 'card', amount: '9.50' }] },
      ],
    };
    const purchase = { type: 'purchase', id: 'ac-1', number: 'EDF-07', date: '2024-07-31', supplier: { id: 'F1', name: 'EDF' }, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
    const onAccount = { type: 'payment', id: 'pay-oa', date: '2024-07-20', method: 'cheque', amount: '25.00', customer: martin };
    const s = synth([closing, purchase, onAccount]);
    expect([s.inShort.tickets.count, fixed(s.inShort.tickets.amount)]).toEqual([2, '12.50']);
    expect([s.inShort.expenses.count, fixed(s.inShort.expenses.amount)]).toEqual([1, '120.00']);
    expect(fixed(s.keyFigures.receipts)).toBe('37.50');
    // each receipt is taken excl. tax on its own: 3,00 / 1,055 → 2,84 and 9,50 / 1,055 → 9,00
    expect(s.receiptsByNature.map((n) => [n.account, n.nature, fixed(n.inclTax), fixed(n.exclTax)])).toEqual([
      ['411', 'on-account', '25.00', '25.00'],
      ['707100', 'sale', '12.50', '11.84'],
    ]);
  });

  it('spreads a receipt over an invoice of 20 natures in proportion (Σ = the receipt), and a refund counts negative', () => {
    const lines = Array.from({ length: 20 }, (_, k) => ({ label: `Article ${k}`, account: `7061${String(k).padStart(2, '0')}`, quantity: '1', unitPrice: `${k + 1}.00`, vatRate: k % 2 === 0 ? '20' : '10' }));
    const big = { ...invoice100, id: 'inv-big', number: 'FA2024-0300', lines };
    // Σ (k + 1) for k = 0 … 19 = 210.00 incl. tax; 105.00 received, then 5.00 refunded
    const paid = { type: 'payment', id: 'pay-big', date: '2024-07-10', method: 'transfer', amount: '105.00', customer: dupont, allocations: [{ invoice: 'inv-big', amount: '105.00' }] };
    const refund = { type: 'refund', id: 'rf-big', date: '2024-07-12', method: 'transfer', amount: '5.00', customer: dupont, allocations: [{ invoice: 'inv-big', amount: '5.00' }] };
    const s = synth([big, paid, refund]);
    expect(fixed(s.keyFigures.receipts)).toBe('100.00');
    expect(s.receiptsByMethod.map((m) => [m.method, m.count, fixed(m.amount)])).toEqual([['transfer', 2, '100.00']]);
    expect(s.receiptsByNature).toHaveLength(20);
    expect(fixed(s.receiptsByNature.reduce((sum, n) => sum.plus(n.inclTax), new Decimal(0)))).toBe('100.00');
    // in proportion: the 20.00 line takes 20/210 of 100.00 = 9.52, the 1.00 line 0.48
    expect(fixed(s.receiptsByNature.find((n) => n.account === '706119')!.inclTax)).toBe('9.52');
    expect(fixed(s.receiptsByNature.find((n) => n.account === '706100')!.inclTax)).toBe('0.48');
  });

  describe('bad input', () => {
    it('refuses a period ending before it starts (invalid_period)', () => {
      expect(codesOf(() => accountingSynthesis([], [], { period: { from: '2024-07-31', to: '2024-07-01' } }))).toEqual(['invalid_period']);
      expect(codesOf(() => accountingSynthesis([], [], null as never))).toEqual(['invalid_period']);
    });

    it('refuses a stay whose departure precedes its arrival (invalid_period, with its path)', () => {
      const bad = { ...tv4Stay, arrival: '2024-07-31', departure: '2024-07-24' };
      try {
        synth([tv4Invoice, bad]);
        expect.unreachable();
      } catch (e) {
        expect((e as AccountingError).issues.map((i) => [i.code, i.path])).toEqual([['invalid_period', [1, 'departure']]]);
      }
    });

    it('refuses a receipt of an invoice that is not among the documents (unknown_document)', () => {
      expect(codesOf(() => accountingSynthesis([], [tv3Receipt], { period: JULY }))).toEqual(['unknown_document']);
    });

    it('refuses a stay linking an unknown invoice, a duplicate invoice id, an invalid document', () => {
      expect(codesOf(() => accountingSynthesis([], [tv4Stay], { period: JULY }))).toEqual(['unknown_document']);
      expect(codesOf(() => accountingSynthesis([], [tv3Invoice, tv3Invoice], { period: JULY }))).toEqual(['duplicate_document']);
      expect(codesOf(() => accountingSynthesis([], [tv4Invoice, tv4Stay, tv4Stay], { period: JULY }))).toEqual(['duplicate_document']);
      expect(codesOf(() => accountingSynthesis([], [{ ...tv3Invoice, date: '2024-02-30' }], { period: JULY }))).toEqual(['invalid_date']);
      expect(codesOf(() => accountingSynthesis([], [{ ...tv3Invoice, lines: [{ ...tv3Invoice.lines[0], vatRate: '0.2' }] }], { period: JULY }))).toEqual(['unknown_vat_rate']);
      expect(codesOf(() => accountingSynthesis([], 42 as never, { period: JULY }))).toEqual(['invalid_input']);
    });

    it('refuses an over-allocated receipt (over_allocation)', () => {
      const over = { ...tv3Receipt, amount: '10.00' };
      expect(codesOf(() => accountingSynthesis([], [tv3Invoice, over], { period: JULY }))).toEqual(['over_allocation']);
    });
  });

  describe('properties', () => {
    const period = { from: '2024-02-01', to: '2024-04-30' };
    const arb = campsiteArbitrary({ from: '2024-01-01', to: '2024-05-31' });
    const run = ({ documents, stays }: { documents: unknown[]; stays: unknown[] }) => {
      const { transactions } = post(documents as Iterable<PostableDocument>, vatOnInvoice);
      return { transactions, s: accountingSynthesis(createBook(transactions), [...documents, ...stays], { period }) };
    };

    it('allocations sum to the receipt: receipts by nature add up to the receipts', () => {
      fc.assert(
        fc.property(arb, (input) => {
          const { s } = run(input);
          const total = s.receiptsByNature.reduce((a, n) => a.plus(n.inclTax), new Decimal(0));
          expect(total.toFixed(2)).toBe(s.keyFigures.receipts.toFixed(2));
          for (const n of s.receiptsByNature) expect(n.exclTax.plus(n.vat).eq(n.inclTax)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it('revenue equals the class-7 movement of the sales journal invoices, credit notes and cancellations', () => {
      fc.assert(
        fc.property(arb, (input) => {
          const { s, transactions } = run(input);
          let expected = new Decimal(0);
          for (const t of transactions as Transaction[]) {
            if (t.journal !== 'VT' || t.date < period.from || t.date > period.to) continue;
            if (!['sale', 'credit-note', 'debit-note', 'cancellation'].includes(t.type ?? '')) continue;
            for (const e of t.entries) if (e.account.startsWith('7')) expected = expected.plus(e.credit ?? 0).minus(e.debit ?? 0);
          }
          expect(s.keyFigures.revenue.toFixed(2)).toBe(expected.toFixed(2));
        }),
        { numRuns: 60 },
      );
    });

    it('receipts by method sum to the receipts figure', () => {
      fc.assert(
        fc.property(arb, (input) => {
          const { s } = run(input);
          const total = s.receiptsByMethod.reduce((a, m) => a.plus(m.amount), new Decimal(0));
          expect(total.toFixed(2)).toBe(s.keyFigures.receipts.toFixed(2));
          expect(s.receiptsByMethod.reduce((a, m) => a + m.count, 0)).toBe(s.inShort.receipts.count);
        }),
        { numRuns: 60 },
      );
    });

    it('ties the VAT parts to 4457x: invoices + till + receipts + write-offs + other = the accounts\' movement; VAT collected is the invoices\' part; movements by account balance', () => {
      fc.assert(
        fc.property(arb, (input) => {
          const { s } = run(input);
          const p = s.vatParts;
          expect(p.invoices.plus(p.till).plus(p.receipts).plus(p.writeOffs).plus(p.other).toFixed(2)).toBe(p.total.toFixed(2));
          const movement = s.byAccount.filter((r) => r.account.startsWith('4457')).reduce((a, r) => a.plus(r.credit).minus(r.debit), new Decimal(0));
          expect(p.total.toFixed(2)).toBe(movement.toFixed(2));
          expect(s.keyFigures.vatCollected.toFixed(2)).toBe(p.invoices.toFixed(2));
          // The VAT rows are the collected accounts' movement (no pending VAT here, no write-off).
          const vat = s.vatByRate.reduce((a, r) => a.plus(r.vat), new Decimal(0));
          expect(vat.toFixed(2)).toBe(p.total.minus(p.writeOffs).toFixed(2));
          const debit = s.byAccount.reduce((a, r) => a.plus(r.debit), new Decimal(0));
          const credit = s.byAccount.reduce((a, r) => a.plus(r.credit), new Decimal(0));
          expect(debit.toFixed(2)).toBe(credit.toFixed(2));
        }),
        { numRuns: 40 },
      );
    });

    it('does not mutate its inputs', () => {
      fc.assert(
        fc.property(arb, ({ documents, stays }) => {
          const all = [...documents, ...stays];
          const before = JSON.stringify(all);
          const book = createBook(post(documents, vatOnInvoice).transactions);
          const a = accountingSynthesis(book, all, { period });
          expect(JSON.stringify(all)).toBe(before);
          // deterministic
          expect(JSON.stringify(accountingSynthesis(book, all, { period }))).toBe(JSON.stringify(a));
        }),
        { numRuns: 30 },
      );
    });
  });
});
