// More hand-computed vectors of the documents other than invoices (src/posting/_lib/generators.ts, purchases.ts):
// deposits received on proformas (in EUR and USD), the VAT a credit note moves when it is applied on a receipt basis,
// direct debits (a method mapped to no money, items without invoices, a cost centre, the sources), the sources of
// rejections, remittances and voucher settlements, purchases on invoice, non-deductible VAT added to the largest
// line at its rate, a supplier credit note in USD partly applied, and the refusals these documents raise
// (code, path, message). Properties: a purchase's debits are its total; the non-deductible VAT of a rate goes to
// one line, the largest non-deductible line at that rate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, safePost, type PostableDocument, type PostingRules, type Transaction } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, invoice, line, martin, payment, rows } from './_helpers.js';

/** Each transaction as [label, type, journal, piece ref, rows]. */
function txs(list: unknown[], rules: PostingRules = vatOnInvoice): Array<[string, string | undefined, string, string, string[]]> {
  return post(list as Iterable<PostableDocument>, rules).transactions.map((t: Transaction) => [t.label, t.type, t.journal, t.piece.ref, rows(t)]);
}

/** The transactions themselves. */
const posted = (list: unknown[], rules: PostingRules = vatOnInvoice): readonly Transaction[] => post(list as Iterable<PostableDocument>, rules).transactions;

/** [code, path without the document index, message] of every issue of every failure. */
const issues = (list: unknown[], rules: PostingRules = vatOnInvoice): Array<[number, string, string, string]> =>
  safePost(list as Iterable<PostableDocument>, rules).failures.flatMap((f) => f.issues.map((i): [number, string, string, string] => [f.index, i.code, i.path.slice(1).join('.'), i.message]));

const proforma = (extra: Record<string, unknown> = {}) => invoice('pf', '2024-10-01', [line('120.00')], { kind: 'proforma', number: 'PF-1', ...extra });

describe('deposits received on a proforma', () => {
  it('a payment that only pays proformas is a deposit: "Acompte reçu", Dt 512 / Ct 4191 excl. tax + Ct 445711 its VAT', () => {
    expect(txs([proforma(), payment('p', '2024-10-02', '60.00', [['pf', '60.00']])])).toEqual([
      ['Acompte reçu virement PF-1 DUPONT Jean', 'deposit', 'BQ', 'p', ['512 D 60.00', '4191 C 50.00 C0001 @pf', '445711 C 10.00 vat20/50.00']],
    ]);
  });

  it('a payment with an unallocated part, or paying an invoice too, is a payment ("Règlement"), the proforma named in the label', () => {
    expect(txs([proforma(), payment('p', '2024-10-02', '80.00', [['pf', '60.00']])])).toEqual([
      ['Règlement virement PF-1 DUPONT Jean', 'payment', 'BQ', 'p', ['512 D 80.00', '4191 C 50.00 C0001 @pf', '445711 C 10.00 vat20/50.00', '411 C 20.00 C0001']],
    ]);
    const a = invoice('a', '2024-10-01', [line('12.00')]);
    expect(txs([proforma(), a, payment('p', '2024-10-02', '72.00', [['pf', '60.00'], ['a', '12.00']])]).at(-1)).toEqual([
      'Règlement virement PF-1, FA-a DUPONT Jean', 'payment', 'BQ', 'p', ['512 D 72.00', '411 C 12.00 C0001 @a', '4191 C 50.00 C0001 @pf', '445711 C 10.00 vat20/50.00'],
    ]);
  });

  it('converts a deposit in USD at the payment\'s rate: 60.00 USD at 0.8 is 48.00 = 40.00 + 8.00 of VAT', () => {
    const usd = proforma({ currency: 'USD', exchangeRate: '0.9' });
    const t = posted([usd, payment('p', '2024-10-02', '60.00', [['pf', '60.00']], { currency: 'USD', exchangeRate: '0.8' })])[0]!;
    expect([t.type, rows(t)]).toEqual(['deposit', ['512 D 48.00 USD60.00', '4191 C 40.00 C0001 @pf USD50.00', '445711 C 8.00 vat20/40.00 USD10.00']]);
  });
});

describe('a credit note applied on a receipt basis moves the VAT it settles', () => {
  const rules = defaultRules();
  const services = invoice('a', '2024-10-01', [line('120.00')]);

  it('a goods credit note (VAT collected at once) on a services invoice: the invoice\'s pending VAT on 24.00 becomes due', () => {
    const note = invoice('c', '2024-10-05', [line('24.00', '20', { account: '707000' })], { kind: 'credit-note', number: 'AV-1', corrects: 'a' });
    const all = posted([services, note], rules);
    expect(all.map((t) => [t.label, t.type, t.journal, t.piece.ref, rows(t)]).slice(1)).toEqual([
      ['Avoir AV-1 DUPONT Jean (facture FA-a)', 'credit-note', 'VT', 'AV-1', ['411 C 24.00 C0001 @a', '707000 D 20.00', '445711 D 4.00 vat20/20.00']],
      ['TVA sur avoir AV-1 imputé DUPONT Jean', 'vat-transfer', 'OD', 'AV-1', ['44574 D 4.00 vat20/20.00', '445711 C 4.00 vat20/20.00']],
    ]);
    expect(all[2]!.source).toEqual({ documentId: 'c', documentNumber: 'AV-1', customerId: 'C0001', customerName: 'DUPONT Jean' });
  });

  it('a credit note at 10 % on an invoice at 20 % and 10 %: 22/230 of each pending VAT settled, less the note\'s own pending VAT', () => {
    const mixed = invoice('a', '2024-10-01', [line('120.00'), line('110.00', '10')]);
    const note = invoice('c', '2024-10-05', [line('22.00', '10')], { kind: 'credit-note', number: 'AV-1', corrects: 'a' });
    // 20 %: 20.00 × 22/230 = 1.91 on 100.00 × 22/230 = 9.57; 10 %: 0.96 on 9.57 settled − 2.00 on 20.00 of the note = −1.04 on −10.43.
    expect(txs([mixed, note], rules).at(-1)).toEqual(['TVA sur avoir AV-1 imputé DUPONT Jean', 'vat-transfer', 'OD', 'AV-1', ['44574 D 1.91 vat20/9.57', '445711 C 1.91 vat20/9.57', '44574 C 1.04 vat10/10.43', '445712 D 1.04 vat10/10.43']]);
  });

  it('a services credit note on a services invoice moves nothing (both pending VAT lines cancel out)', () => {
    const note = invoice('c', '2024-10-05', [line('24.00')], { kind: 'credit-note', number: 'AV-1', corrects: 'a' });
    expect(txs([services, note], rules).map((t) => t[1])).toEqual(['sale', 'credit-note']);
  });
});

const creditor = { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const item = (id: string, customer: { id: string; name: string; account?: string }, amount: string, invoices: string[]) => ({ id, endToEndId: `E2E-${id}`, customer, amount, mandate: { id: `RUM-${customer.id}`, signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: customer.name, iban: 'FR1420041010050500013M02606' }, invoices });
const batch = (items: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor, items, ...extra });
const rejection = (extra: Record<string, unknown> = {}) => ({ type: 'direct-debit-rejection', id: 'rj', date: '2024-11-12', batch: 'dd-1', item: 'x1', reason: 'AM04', ...extra });

describe('direct debits', () => {
  const i1 = invoice('i1', '2024-11-01', [line('12.00')]);

  it('collects on the rules\' bank (512) when the direct-debit method is mapped to the customer account (no money)', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { 'direct-debit': 'customer' } });
    expect(txs([i1, batch([item('x1', dupont, '12.00', ['i1'])]), rejection()], rules).slice(1)).toEqual([
      ['Prélèvements SEPA PRLV-1 du 05/11/2024', 'direct-debit', 'BQ', 'PRLV-1', ['411 C 12.00 C0001 @i1', '512 D 12.00']],
      ['Rejet prélèvement AM04 Provision insuffisante DUPONT Jean', 'rejection', 'BQ', 'rj', ['411 D 12.00 C0001 @i1', '512 C 12.00']],
    ]);
  });

  it('posts items naming no invoice on each customer\'s account, the bank debited with their sum, in the batch\'s cost centre', () => {
    const [t] = posted([batch([item('x1', dupont, '12.00', []), item('x2', martin, '5.00', [])], { costCenter: 'CC1', number: 'B-1' })]);
    expect([t!.label, t!.piece.ref, rows(t!)]).toEqual(['Prélèvements SEPA PRLV-1 du 05/11/2024', 'B-1', ['411 C 12.00 C0001', '411 C 5.00 C0002', '512 D 17.00']]);
    expect(t!.entries.map((e) => e.costCenter)).toEqual(['CC1', 'CC1', 'CC1']);
    expect(t!.source).toEqual({ documentId: 'dd-1', documentNumber: 'B-1', paymentMethod: 'direct-debit' });
  });

  it('reads an item\'s customer account only for what is left unallocated; the rejection of its invoice then needs it', () => {
    const bad = { ...dupont, account: '9999' };
    const message = 'Account 9999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.';
    expect(issues([i1, batch([item('x1', bad, '15.00', ['i1'])])])).toEqual([[1, 'unknown_account', 'items.0.customer.account', message]]);
    // Fully allocated: the invoice's own account (411) takes it, the batch posts; the rejection re-opens on the item's account.
    const docs = [i1, batch([item('x1', bad, '12.00', ['i1'])]), rejection()];
    expect(txs(docs.slice(0, 2)).at(-1)![4]).toEqual(['411 C 12.00 C0001 @i1', '512 D 12.00']);
    expect(issues(docs)).toEqual([[2, 'unknown_account', 'item', message]]);
  });

  it('a rejection: its source names the customer of the item and the method, its entries carry its cost centre', () => {
    const t = posted([i1, batch([item('x1', dupont, '12.00', ['i1'])]), rejection({ number: 'RJ-1', fees: '3.00', costCenter: 'CC2', memo: 'appel client' })]).at(-1)!;
    expect([t.label, t.piece.ref, rows(t)]).toEqual(['Rejet prélèvement AM04 Provision insuffisante DUPONT Jean', 'RJ-1', ['411 D 12.00 C0001 @i1', '627 D 3.00', '512 C 15.00']]);
    expect(t.source).toEqual({ documentId: 'rj', documentNumber: 'RJ-1', customerId: 'C0001', customerName: 'DUPONT Jean', paymentMethod: 'direct-debit', memo: 'appel client' });
    expect(t.entries.map((e) => e.costCenter)).toEqual(['CC2', 'CC2', 'CC2']);
  });
});

describe('remittances and voucher settlements: sources and cost centres', () => {
  it('a remittance names its method in the source, its cost centre on every entry', () => {
    const [t] = posted([{ type: 'remittance', id: 'r1', date: '2024-11-05', method: 'cheque', amount: '50.00', costCenter: 'CC3' }]);
    expect(t!.source).toEqual({ documentId: 'r1', paymentMethod: 'cheque' });
    expect(t!.entries.map((e) => e.costCenter)).toEqual(['CC3', 'CC3']);
  });

  it('a voucher settlement names its issuer as the customer, and the method "voucher" unless it gives one', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { 'cheque-vacances': { account: 'vouchers', label: 'chèques-vacances' } } });
    const vs = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'voucher-settlement', id, date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '10.00', ...extra });
    const [a, b] = posted([vs('vs1'), vs('vs2', { method: 'cheque-vacances' })], rules);
    expect([a!.label, rows(a!), a!.source]).toEqual(['Règlement contremarque ANCV vs1', ['512 D 10.00', '4671 C 10.00'], { documentId: 'vs1', customerId: 'ANCV', customerName: 'ANCV', paymentMethod: 'voucher' }]);
    expect([b!.label, b!.source]).toEqual(['Règlement chèques-vacances ANCV vs2', { documentId: 'vs2', customerId: 'ANCV', customerName: 'ANCV', paymentMethod: 'cheque-vacances' }]);
  });
});

const edf = { id: 'F0001', name: 'EDF' };
/** A purchase line incl. tax. */
const L = (account: string, ttc: string, rate = '20', extra: Record<string, unknown> = {}) => ({ label: 'Achat', account, quantity: '1', unitPrice: ttc, vatRate: rate, ...extra });
const purchase = (id: string, date: string, lines: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, lines, ...extra });
const onInvoice = { vatExigibility: 'on-invoice' };
const nd = { deductible: false };

describe('purchases', () => {
  it('a supplier that opted for the débits: the whole VAT deductible on the invoice (44566), with its rate and base', () => {
    expect(txs([purchase('a', '2024-10-01', [L('611000', '120.00')], onInvoice)])[0]![4]).toEqual(['401 C 120.00 F0001 @a', '611000 D 100.00', '44566 D 20.00 vat20/100.00']);
  });

  it('adds the non-deductible VAT of a rate to the largest non-deductible line at that rate (the first of equal ones)', () => {
    // 20 %: 96.00 incl. tax = 80.00 + 16.00; the non-deductible lines are 30.00 of 80.00: 6.00 of VAT, to 625100 (20.00).
    expect(txs([purchase('a', '2024-10-01', [L('625100', '24.00', '20', nd), L('625700', '12.00', '20', nd), L('611000', '60.00')], onInvoice)])[0]![4]).toEqual([
      '401 C 96.00 F0001 @a', '625100 D 26.00', '625700 D 10.00', '611000 D 50.00', '44566 D 10.00 vat20/50.00',
    ]);
    // The largest second, and a larger non-deductible line at 10 % (its own 5.00 of VAT, nothing of the 20 %).
    expect(txs([purchase('a', '2024-10-01', [L('625700', '12.00', '20', nd), L('625100', '24.00', '20', nd), L('606100', '55.00', '10', nd), L('611000', '60.00')], onInvoice)])[0]![4]).toEqual([
      '401 C 151.00 F0001 @a', '625700 D 10.00', '625100 D 26.00', '606100 D 55.00', '611000 D 50.00', '44566 D 10.00 vat20/50.00',
    ]);
    // Two equal lines: the first takes the 4.00.
    expect(txs([purchase('a', '2024-10-01', [L('625100', '12.00', '20', nd), L('625700', '12.00', '20', nd)], onInvoice)])[0]![4]).toEqual(['401 C 24.00 F0001 @a', '625100 D 14.00', '625700 D 10.00']);
  });

  it('on a receipt basis, a non-deductible line is neither deducted at once nor pending: goods 6.00 on 30.00 now, services 10.00 on 50.00 pending', () => {
    expect(txs([purchase('a', '2024-10-01', [L('625100', '24.00', '20', nd), L('611000', '60.00'), L('607000', '36.00')])], defaultRules())[0]![4]).toEqual([
      '401 C 120.00 F0001 @a', '625100 D 24.00', '611000 D 50.00', '607000 D 30.00', '44566 D 6.00 vat20/30.00', '44568 D 10.00 vat20/50.00',
    ]);
  });

  it('per-line rounding: services lines netting to a zero base keep their 0.01 of VAT pending until paid', () => {
    const rules = defaultRules({ vatRounding: 'per-line' });
    const lines = [L('611000', '0.03'), L('611000', '0.03'), L('611000', '-0.06')];
    const docs = [purchase('a', '2024-10-01', lines, { pricesIncludeTax: false }), { type: 'supplier-payment', id: 'p', date: '2024-10-05', method: 'transfer', amount: '0.01', supplier: edf, allocations: [{ purchase: 'a', amount: '0.01' }] }];
    expect(txs(docs, rules).map((t) => t[4])).toEqual([['401 C 0.01 F0001 @a', '44568 D 0.01 vat20/0.00'], ['512 C 0.01', '401 D 0.01 F0001 @a'], ['44566 D 0.01 vat20/0.00', '44568 C 0.01 vat20/0.00']]);
  });

  it('per-line rounding: goods lines netting to a zero base make their 0.01 of VAT deductible at once (goods VAT is not pending)', () => {
    const rules = defaultRules({ vatRounding: 'per-line' });
    const lines = [L('607000', '0.03'), L('607000', '0.03'), L('607000', '-0.06')];
    expect(txs([purchase('a', '2024-10-01', lines, { pricesIncludeTax: false })], rules).map((t) => t[4])).toEqual([['401 C 0.01 F0001 @a', '44566 D 0.01 vat20/0.00']]);
  });

  it('per-line rounding: goods and services netting to a zero base together leave no base to share the VAT by: deductible at once, on the goods base', () => {
    const rules = defaultRules({ vatRounding: 'per-line' });
    const lines = [L('607000', '0.03'), L('611000', '0.03'), L('607000', '-0.06')];
    expect(txs([purchase('a', '2024-10-01', lines, { pricesIncludeTax: false })], rules).map((t) => t[4])).toEqual([['401 C 0.01 F0001 @a', '607000 C 0.03', '611000 D 0.03', '44566 D 0.01 vat20/0.03']]);
  });

  it('refuses a supplier account outside the chart (unknown_account at supplier.account)', () => {
    expect(issues([purchase('a', '2024-10-01', [L('611000', '12.00')], { supplier: { ...edf, account: '9999' } })])).toEqual([
      [0, 'unknown_account', 'supplier.account', 'Account 9999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.'],
    ]);
  });

  it('a goods credit note applied to a services purchase on a receipt basis makes the purchase\'s pending VAT on it deductible', () => {
    const docs = [purchase('a', '2024-10-01', [L('611000', '120.00')]), purchase('c', '2024-10-05', [L('607000', '24.00')], { kind: 'credit-note', number: 'AV-c', corrects: 'a' })];
    expect(txs(docs, defaultRules()).slice(1)).toEqual([
      ['Avoir fournisseur AV-c EDF (facture FF-a)', 'purchase', 'AC', 'AV-c', ['401 D 24.00 F0001 @a', '607000 C 20.00', '44566 C 4.00 vat20/20.00']],
      ['TVA déductible sur avoir fournisseur AV-c imputé EDF', 'vat-transfer', 'OD', 'AV-c', ['44566 D 4.00 vat20/20.00', '44568 C 4.00 vat20/20.00']],
    ]);
  });

  it('splits a USD credit note partly applied: 20.00 USD at the purchase\'s book value, 16.00 USD left at its own, the difference to 766', () => {
    const usd = { currency: 'USD', ...onInvoice };
    const docs = [
      purchase('a', '2024-10-01', [L('611000', '120.00')], { ...usd, exchangeRate: '0.9' }),
      { type: 'supplier-payment', id: 'p', date: '2024-10-03', method: 'transfer', amount: '100.00', supplier: edf, allocations: [{ purchase: 'a', amount: '100.00' }], currency: 'USD', exchangeRate: '0.9' },
      purchase('c', '2024-10-05', [L('611000', '36.00')], { ...usd, exchangeRate: '0.8', kind: 'credit-note', number: 'AV-c', corrects: 'a' }),
    ];
    // 20 USD of FF-a are 108.00 − 90.00 = 18.00; the note is 28.80, 16.00 for its 20 USD applied, 12.80 for the 16 USD left.
    expect(txs(docs).at(-1)![4]).toEqual(['401 D 18.00 F0001 @a USD20.00', '401 D 12.80 F0001 @c USD16.00', '611000 C 24.00 USD30.00', '44566 C 4.80 vat20/24.00 USD6.00', '766 C 2.00']);
  });
});

describe('properties', () => {
  // Purchase lines at 20 % or 10 %, deductible or not, on a few accounts; prices incl. tax in cents.
  const lineArb = fc.record({
    account: fc.constantFrom('606100', '611000', '625100', '625700'),
    cents: fc.integer({ min: 1, max: 50_000 }),
    rate: fc.constantFrom('20', '10'),
    deductible: fc.boolean(),
  });
  const toLine = (l: { account: string; cents: number; rate: string; deductible: boolean }) => L(l.account, `${Math.floor(l.cents / 100)}.${String(l.cents % 100).padStart(2, '0')}`, l.rate, l.deductible ? {} : nd);

  it('a purchase balances: its debits are its total incl. tax, credited to the supplier', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), (ls) => {
        const [t] = posted([purchase('a', '2024-10-01', ls.map(toLine), onInvoice)]);
        const debit = t!.entries.filter((e) => e.side === 'debit').reduce((s, e) => s + e.minor, 0);
        expect(debit).toBe(ls.reduce((s, l) => s + l.cents, 0));
        expect(t!.entries.filter((e) => e.side === 'credit').map((e) => e.account)).toEqual(['401']);
      }),
      { numRuns: 40 },
    );
  });

  it('the non-deductible VAT of a rate goes to one line: the first of the largest non-deductible lines at that rate', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), (ls) => {
        // One line per account and rate, so that each line is its own expense entry, in the order of the lines.
        const seen = new Set<string>();
        const distinct = ls.filter((l) => !seen.has(`${l.account}/${l.rate}`) && seen.add(`${l.account}/${l.rate}`));
        const expenses = (lines: typeof distinct) => posted([purchase('a', '2024-10-01', lines.map(toLine), onInvoice)])[0]!.entries.filter((e) => e.account.startsWith('6')).map((e) => e.minor);
        // All deductible, each line's expense is its base excl. tax.
        const bases = expenses(distinct.map((l) => ({ ...l, deductible: true })));
        const got = expenses(distinct);
        for (const rate of ['20', '10']) {
          let largest = -1;
          distinct.forEach((l, k) => {
            if (l.rate === rate && !l.deductible && (largest < 0 || bases[k]! > bases[largest]!)) largest = k;
          });
          distinct.forEach((l, k) => {
            if (l.rate === rate && k !== largest) expect(got[k]).toBe(bases[k]);
          });
          if (largest >= 0) expect(got[largest]).toBeGreaterThanOrEqual(bases[largest]!);
        }
      }),
      { numRuns: 40 },
    );
  });
});
