// @ts-nocheck
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBook,
  defaultRules,
  accountingSynthesis,
  formats,
  LABELS,
  labelTable,
  PAYMENT_METHOD_LABELS,
  post,
  SUBLEDGER_TYPE_LABELS,
  subledger,
  synthesisDocuments,
  wordFor,
  type SubledgerRow,
} from '../../src/index.js';
import { dupont, firstIssue, invoice, line, payment } from './_helpers.js';

const METHODS = ['card', 'cash', 'cheque', 'transfer', 'direct-debit', 'voucher', 'credit-note'] as const;

/** Invoices taxed on receipt paid by transfer, cheque and voucher, and a purchase taxed on receipt paid by transfer. */
function documents(): unknown[] {
  const svc = (id: string, date: string): Record<string, unknown> => invoice(id, date, [line('120.00')]);
  return [
    svc('i1', '2024-10-01'),
    svc('i2', '2024-10-01'),
    svc('i3', '2024-10-01'),
    payment('p1', '2024-10-05', '120.00', [['i1', '120.00']]),
    payment('p2', '2024-10-06', '120.00', [['i2', '120.00']], { method: 'cheque' }),
    payment('p3', '2024-10-07', '120.00', [['i3', '120.00']], { method: 'voucher' }),
    { type: 'purchase', id: 'pu1', number: 'FF-1', date: '2024-10-02', supplier: { id: 'F1', name: 'ACME' }, pricesIncludeTax: true, vatExigibility: 'on-receipt', lines: [{ label: 'Honoraires', account: '622600', quantity: '1', unitPrice: '120.00', vatRate: '20' }] },
    { type: 'supplier-payment', id: 'sp1', date: '2024-10-08', method: 'transfer', amount: '120.00', supplier: { id: 'F1', name: 'ACME' }, allocations: [{ purchase: 'pu1', amount: '120.00' }] },
  ];
}
const rules = defaultRules({ vatExigibility: 'on-receipt' });
const book = createBook(post((documents() as Iterable<PostableDocument>), rules).transactions);
const byTx = (rows: Iterable<SubledgerRow>): Map<string, SubledgerRow> => new Map([...rows].map((r) => [r.transactionId.slice(1), r]));

describe('label tables', () => {
  it('is one table: the rules, the subledger and the receipts journal read the same French words', () => {
    expect(LABELS.fr.paymentMethods).toEqual({ card: 'CB', cash: 'espèces', cheque: 'chèque', transfer: 'virement', 'direct-debit': 'prélèvement', voucher: 'contremarque', 'credit-note': 'avoir' });
    for (const m of METHODS) expect(defaultRules({ vatExigibility: 'on-invoice' }).paymentMethods[m]!.label).toBe(LABELS.fr.paymentMethods[m]);
    expect(PAYMENT_METHOD_LABELS).toBe(LABELS.fr.paymentMethods);
    expect(SUBLEDGER_TYPE_LABELS).toBe(LABELS.fr.transactionTypes);
  });

  it('names the 44574 → 4457x transfer "TVA exigible sur encaissement", and the 44568 → 44566 one "TVA déductible sur règlement"', () => {
    expect(LABELS.fr.transactionTypes['vat-transfer']).toBe('TVA exigible sur encaissement');
    expect(LABELS.fr.transactionTypes['vat-transfer:deductible']).toBe('TVA déductible sur règlement');
    expect(Object.values(LABELS.fr.transactionTypes)).not.toContain('liquidation de TVA');
  });

  it('labelTable merges words over a language, and checks them (invalid_option)', () => {
    expect(labelTable()).toBe(LABELS.fr);
    expect(labelTable({ language: 'en' })).toBe(LABELS.en);
    const t = labelTable({ paymentMethods: { voucher: 'chèque-vacances', ancv: 'ANCV' } });
    expect([t.paymentMethods.voucher, t.paymentMethods.ancv, t.paymentMethods.transfer, t.transactionTypes.sale]).toEqual(['chèque-vacances', 'ANCV', 'virement', 'vente']);
    expect(Object.isFrozen(t) && Object.isFrozen(t.paymentMethods)).toBe(true);
    expect(LABELS.fr.paymentMethods.voucher).toBe('contremarque');
    expect(firstIssue(() => labelTable({ language: 'de' as never }))).toMatchObject({ code: 'invalid_option', path: ['labels', 'language'] });
    expect(firstIssue(() => labelTable({ paymentMethods: { card: 3 as never } }))).toMatchObject({ code: 'invalid_option', path: ['labels', 'paymentMethods', 'card'] });
    expect(firstIssue(() => labelTable({ transactionTypes: 'x' as never }))).toMatchObject({ code: 'invalid_option', path: ['labels', 'transactionTypes'] });
    expect([wordFor(LABELS.fr.paymentMethods, 'cheque'), wordFor(LABELS.fr.paymentMethods, 'ancv')]).toEqual(['chèque', 'ancv']);
  });
});

describe('French words in French outputs', () => {
  it('the subledger writes payment methods in French (the code stays in paymentMethodCode)', () => {
    const rows = byTx(subledger(book, { accounts: { prefixes: ['411', '401'] } }));
    expect([...rows.values()].filter((r) => r.paymentMethodCode !== '').map((r) => [r.paymentMethodCode, r.paymentMethod])).toEqual([
      ['transfer', 'virement'],
      ['cheque', 'chèque'],
      ['voucher', 'contremarque'],
      ['transfer', 'virement'],
    ]);
  });

  it('the subledger calls the customer VAT transfer "TVA exigible sur encaissement" and the supplier one "TVA déductible sur règlement"', () => {
    const rows = [...subledger(book, { types: ['vat-transfer'] })];
    const byAccount = new Map(rows.map((r) => [r.accountNumber, r.type]));
    expect(byAccount.get('44574')).toBe('TVA exigible sur encaissement');
    expect(byAccount.get('445711')).toBe('TVA exigible sur encaissement');
    expect(byAccount.get('44568')).toBe('TVA déductible sur règlement');
    expect(byAccount.get('44566')).toBe('TVA déductible sur règlement');
    expect([...subledger(book, { types: ['supplier-payment'] })][0]!.type).toBe('règlement fournisseur');
  });

  it('the subledger takes another language or other words (labels), typeLabels still override types', () => {
    const en = [...subledger(book, { types: ['payment'], labels: { language: 'en' } })];
    expect([...new Set(en.map((r) => `${r.type}/${r.paymentMethod}`))]).toEqual(['payment/transfer', 'payment/cheque', 'payment/voucher']);
    const own = [...subledger(book, { types: ['payment'], labels: { paymentMethods: { voucher: 'Pass Sport' } }, typeLabels: { payment: 'règlement' } })];
    expect([...new Set(own.map((r) => `${r.type}/${r.paymentMethod}`))]).toEqual(['règlement/virement', 'règlement/chèque', 'règlement/Pass Sport']);
    expect(firstIssue(() => subledger(book, { labels: { language: 'xx' as never } }))).toMatchObject({ code: 'invalid_option', path: ['labels', 'language'] });
  });

  it('the receipts journal and the subledger CSV write French words, English ones in English files', () => {
    const fr = formats.csvReceiptsJournal.serialize(book, { lineEnding: '\n' });
    expect(fr).toContain(';virement;');
    expect(fr).toContain(';chèque;');
    expect(fr).toContain(';contremarque;');
    expect(fr).not.toMatch(/;(transfer|cheque|voucher);/);
    expect(formats.csvReceiptsJournal.serialize(book, { lineEnding: '\n', paymentMethodLabels: { voucher: 'ANCV' } })).toContain(';ANCV;');
    const en = formats.csvReceiptsJournal.serialize(book, { lineEnding: '\n', language: 'en' });
    expect(en).toContain(';payment;transfer;');
    const sub = formats.csvSubledger.serialize(book, { lineEnding: '\n' });
    expect(sub).toContain(';TVA exigible sur encaissement;');
    expect(sub).not.toMatch(/;(transfer|cheque|voucher)(\n|$)/);
  });

  it('document lists give each receipt its French method (methodLabel) and find it by that word', () => {
    const docs = documents();
    const receipts = synthesisDocuments(docs, { period: { from: '2024-10-01', to: '2024-10-31' }, list: 'receipts', rules });
    expect(receipts.map((r) => [r.method, r.methodLabel])).toEqual([
      ['transfer', 'virement'],
      ['cheque', 'chèque'],
      ['voucher', 'contremarque'],
    ]);
    expect(synthesisDocuments(docs, { period: { from: '2024-10-01', to: '2024-10-31' }, list: 'receipts', search: 'Virement', rules }).map((r) => r.id)).toEqual(['p1']);
    const invoices = synthesisDocuments(docs, { period: { from: '2024-10-01', to: '2024-10-31' }, list: 'invoices', rules });
    expect(invoices.map((r) => r.paidByMethod?.map((m) => `${m.method}/${m.label}`))).toEqual([['transfer/virement'], ['cheque/chèque'], ['voucher/contremarque']]);
    const csv = formats.csvSynthesisDocuments.serialize(receipts, { lineEnding: '\n' });
    expect(csv).toContain(';virement;');
    expect(csv).not.toMatch(/;(transfer|cheque|voucher);/);
    expect(formats.csvSynthesisDocuments.serialize(receipts, { lineEnding: '\n', language: 'en' })).toContain(';transfer;');
    const kinds = formats.csvSynthesisDocuments.serialize(invoices, { lineEnding: '\n' });
    expect(kinds).toContain(';DUPONT Jean;Facture;');
    expect(kinds).toContain(';virement 120,00');
    expect(formats.csvSynthesisDocuments.serialize(invoices, { lineEnding: '\n', language: 'en' })).toContain(';DUPONT Jean;Invoice;');
  });

  it('the accounting synthesis CSV writes receipts by method in the file language', () => {
    const synthesis = accountingSynthesis(book, documents(), { period: { from: '2024-10-01', to: '2024-10-31' }, rules });
    expect(synthesis.receiptsByMethod.map((m) => `${m.method}/${m.label}`)).toEqual(['cheque/chèque', 'transfer/virement', 'voucher/contremarque']);
    const fr = formats.csvAccountingSynthesis.serialize(synthesis, { lineEnding: '\n' });
    expect(fr).toContain(';transfer;virement;');
    expect(formats.csvAccountingSynthesis.serialize(synthesis, { lineEnding: '\n', language: 'en' })).toContain(';transfer;transfer;');
  });

  it('the rules label a custom method with its name, or the word given', () => {
    const r = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { ancv: { account: 'vouchers', label: 'chèques-vacances' }, pass: 'vouchers' } });
    expect([r.paymentMethods.ancv!.label, r.paymentMethods.pass!.label]).toEqual(['chèques-vacances', 'pass']);
    const { transactions } = post([invoice('i', '2024-10-01', [line('10.00')]), payment('p', '2024-10-02', '10.00', [['i', '10.00']], { method: 'ancv', customer: dupont })], r);
    expect(transactions[1]!.label).toContain('chèques-vacances');
  });
});

describe('properties', () => {
  it('every built-in method and type has a word in every language, and the languages list the same codes', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(Object.keys(LABELS[lang].paymentMethods).sort()).toEqual([...METHODS].sort());
      expect(Object.keys(LABELS[lang].transactionTypes).sort()).toEqual(Object.keys(LABELS.fr.transactionTypes).sort());
      expect(Object.keys(LABELS[lang].documentKinds).sort()).toEqual(Object.keys(LABELS.fr.documentKinds).sort());
      for (const w of [...Object.values(LABELS[lang].paymentMethods), ...Object.values(LABELS[lang].transactionTypes), ...Object.values(LABELS[lang].documentKinds)]) expect(w.trim()).not.toBe('');
    }
  });

  it('labelTable overrides exactly the words given: others keep the language’s word', () => {
    fc.assert(
      fc.property(fc.constantFrom('fr' as const, 'en' as const), fc.dictionary(fc.constantFrom(...METHODS, 'ancv', 'pass'), fc.string()), (language, words) => {
        const t = labelTable({ language, paymentMethods: words });
        for (const m of new Set([...METHODS, ...Object.keys(words)])) {
          expect(wordFor(t.paymentMethods, m)).toBe(Object.hasOwn(words, m) ? words[m] : wordFor(LABELS[language].paymentMethods, m));
        }
        expect(t.transactionTypes).toEqual(LABELS[language].transactionTypes);
      }),
    );
  });
});
