// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { createTransaction, defaultRules, type Transaction } from '../../src/index.js';
import { vatReturn, type VatReturn } from '../../src/tax/index.js';
import { errorOf } from '../revenue/_fixtures.js';
import { journalLines } from './_fixtures.js';

const tx = journalLines('R');

const JAN = { from: '2025-01-01', to: '2025-01-31' };
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const labels = (r: VatReturn) => r.boxes.map((b) => [b.line, b.label, b.amount.toFixed(0)]);

/** January 2025: 20 % (1 000.00 → 200.00), 5.5 % (200.00 → 11.00), 10 % (300.00 → 30.00), 2.1 % (100.00 → 2.10); goods 44566 60.00, fixed assets 44562 40.00; a write-off of 12.00 incl. 2.00 VAT. */
function january(): Transaction[] {
  return [
    tx('2025-01-05', [['411', 'D', '1200.00'], ['706', 'C', '1000.00'], ['445711', 'C', '200.00', ['20', '1000.00']]], 'sale'),
    tx('2025-01-06', [['411', 'D', '211.00'], ['707', 'C', '200.00'], ['445713', 'C', '11.00', ['5.5', '200.00']]], 'sale'),
    tx('2025-01-07', [['411', 'D', '330.00'], ['706', 'C', '300.00'], ['445712', 'C', '30.00', ['10', '300.00']]], 'sale'),
    tx('2025-01-08', [['411', 'D', '102.10'], ['707', 'C', '100.00'], ['445714', 'C', '2.10', ['2.1', '100.00']]], 'sale'),
    tx('2025-01-09', [['606', 'D', '300.00'], ['44566', 'D', '60.00'], ['401', 'C', '360.00']], 'purchase'),
    tx('2025-01-10', [['2183', 'D', '200.00'], ['44562', 'D', '40.00'], ['404', 'C', '240.00']], 'purchase'),
    tx('2025-01-20', [['6541', 'D', '10.00'], ['445711', 'D', '2.00', ['20', '10.00']], ['411', 'C', '12.00']], 'write-off'),
  ];
}

describe('vatReturn: edges', () => {
  it('prints every CA3 line with its label: four rates, goods and fixed assets, a write-off', () => {
    const r = vatReturn(january(), { period: JAN, regime: 'CA3' });
    // Gross 200 + 11 + 30 + 2 (2.10 rounded) = 243; deductible 40 + 60 + 2 = 102; due 141.
    expect(labels(r)).toEqual([
      ['01', 'Ventes, prestations de services', '1600'],
      ['08', 'Taux normal 20 %', '200'],
      ['09', 'Taux réduit 5,5 %', '11'],
      ['9B', 'Taux réduit 10 %', '30'],
      ['14', 'Opérations imposables à un taux particulier', '2'],
      ['16', 'Total de la TVA brute due', '243'],
      ['19', 'TVA déductible sur biens constituant des immobilisations', '40'],
      ['20', 'TVA déductible sur autres biens et services', '60'],
      ['21', 'Autre TVA à déduire', '2'],
      ['22', 'Report du crédit apparaissant ligne 27 de la précédente déclaration', '0'],
      ['23', 'Total TVA déductible', '102'],
      ['25', 'Crédit de TVA', '0'],
      ['27', 'Crédit à reporter', '0'],
      ['28', 'TVA nette due', '141'],
      ['32', 'Total à payer', '141'],
    ]);
    expect(r.boxes.map((b) => b.base?.toFixed(2))).toEqual([undefined, '1000.00', '200.00', '300.00', '100.00', ...Array<undefined>(10).fill(undefined)]);
    expect(r.box('14')).toEqual({ line: '14', label: 'Opérations imposables à un taux particulier', amount: r.box('14')!.amount, base: r.box('14')!.base });
    expect('rate' in r.box('14')!).toBe(false);
    expect(r.box('99')).toBeUndefined();
    expect(Object.entries(r.exact).map(([k, v]) => [k, v.toFixed(2)])).toEqual([
      ['collected', '243.10'],
      ['deductibleOther', '60.00'],
      ['deductibleFixedAssets', '40.00'],
      ['writeOffs', '2.00'],
      ['previousCredit', '0.00'],
      ['instalments', '0.00'],
      ['net', '141.10'],
    ]);
    expect([r.payable.toFixed(0), r.credit.toFixed(0), r.regime, r.currency, r.period]).toEqual(['141', '0', 'CA3', 'EUR', JAN]);
    expect(r.accounts.map((a) => [a.account, a.role, a.amount.toFixed(2)])).toEqual([
      ['44562', 'fixed-assets', '40.00'],
      ['44566', 'deductible', '60.00'],
      ['445711', 'collected', '-198.00'],
      ['445712', 'collected', '-30.00'],
      ['445713', 'collected', '-11.00'],
      ['445714', 'collected', '-2.10'],
    ]);
    expect(r.missingBases).toEqual([]);
    expect('instalments' in r).toBe(false);
    expect(Object.isFrozen(r) && Object.isFrozen(r.boxes) && Object.isFrozen(r.boxes[0]) && Object.isFrozen(r.exact) && Object.isFrozen(r.accounts) && Object.isFrozen(r.accounts[0]) && Object.isFrozen(r.missingBases)).toBe(true);
  });

  it('prints every CA12 line with its label, an overpayment of instalments (34, 35), and no next instalments under 1 000 €', () => {
    const book = [...january(), tx('2025-07-15', [['44581', 'D', '300.00'], ['512', 'C', '300.00']], 'vat-payment')];
    const r = vatReturn(book, { period: YEAR, regime: 'CA12' });
    expect(labels(r)).toEqual([
      ['01', 'Ventes, prestations de services', '1600'],
      ['5A', 'Taux normal 20 %', '200'],
      ['06', 'Taux réduit 5,5 %', '11'],
      ['6C', 'Taux réduit 10 %', '30'],
      ['13', 'Autres taux', '2'],
      ['16', 'Total de la TVA brute due', '243'],
      ['19', 'Total de la TVA brute due', '243'],
      ['20', 'TVA déductible sur autres biens et services', '60'],
      ['22', 'Total TVA déductible sur biens et services', '60'],
      ['23', 'TVA déductible sur immobilisations', '40'],
      ['24', 'Crédit antérieur non imputé et non remboursé', '0'],
      ['25', 'Omissions ou compléments de déduction', '2'],
      ['26', 'Total TVA déductible', '102'],
      ['28', 'TVA due', '141'],
      ['29', 'Crédit de TVA', '0'],
      ['30', 'Acomptes versés', '300'],
      ['33', 'Solde dû', '0'],
      ['34', 'Excédent de versement', '159'],
      ['35', 'Solde excédentaire', '159'],
    ]);
    expect([r.payable.toFixed(0), r.credit.toFixed(0), r.exact.instalments.toFixed(2), r.exact.net.toFixed(2)]).toEqual(['0', '159', '300.00', '-158.90']);
    // Reference 243 − 60 = 183 < 1 000: no instalments next year.
    expect([r.instalments!.reference.toFixed(0), r.instalments!.next.july.toFixed(0), r.instalments!.next.december.toFixed(0)]).toEqual(['183', '0', '0']);
    expect(r.instalments!.paid.map((p) => [p.date, p.amount.toFixed(2)])).toEqual([['2025-07-15', '300.00']]);
    expect(r.accounts.find((a) => a.account === '44581')).toMatchObject({ role: 'instalments' });
    expect(Object.isFrozen(r.instalments) && Object.isFrozen(r.instalments!.paid) && Object.isFrozen(r.instalments!.paid[0]) && Object.isFrozen(r.instalments!.next)).toBe(true);
  });

  it('computes next year instalments at exactly 1 000 € of reference (550 and 400), and a refund of 44581 is no instalment paid', () => {
    // 5 000.00 at 20 % = 1 000.00 collected, nothing deductible: reference 1 000.
    const book = [
      tx('2025-02-01', [['411', 'D', '6000.00'], ['706', 'C', '5000.00'], ['445711', 'C', '1000.00', ['20', '5000.00']]], 'sale'),
      tx('2025-07-15', [['44581', 'D', '400.00'], ['512', 'C', '400.00']], 'vat-payment'),
      tx('2025-08-15', [['512', 'D', '100.00'], ['44581', 'C', '100.00']], 'vat-payment'),
    ];
    const r = vatReturn(book, { period: YEAR, regime: 'CA12' });
    expect([r.instalments!.reference.toFixed(0), r.instalments!.next.july.toFixed(0), r.instalments!.next.december.toFixed(0)]).toEqual(['1000', '550', '400']);
    expect(r.instalments!.paid.map((p) => p.amount.toFixed(2))).toEqual(['400.00']);
    expect([r.box('30')!.amount.toFixed(0), r.box('33')!.amount.toFixed(0), r.box('34')!.amount.toFixed(0), r.payable.toFixed(0)]).toEqual(['300', '700', '0', '700']);
    // 4 995.00 → 999.00: under 1 000, none.
    const small = vatReturn([tx('2025-02-01', [['411', 'D', '5994.00'], ['706', 'C', '4995.00'], ['445711', 'C', '999.00', ['20', '4995.00']]], 'sale')], { period: YEAR, regime: 'CA12' });
    expect([small.instalments!.reference.toFixed(0), small.instalments!.next.july.toFixed(0)]).toEqual(['999', '0']);
    // More deductible than collected: the reference is 0, not negative.
    const credit = vatReturn([tx('2025-02-01', [['606', 'D', '100.00'], ['44566', 'D', '20.00'], ['401', 'C', '120.00']], 'purchase')], { period: YEAR, regime: 'CA12' });
    expect([credit.instalments!.reference.toFixed(0), credit.box('29')!.amount.toFixed(0), credit.credit.toFixed(0)]).toEqual(['0', '20', '20']);
  });

  it('lists the credit given as previousCredit under the rules credit account, and none for 0', () => {
    const book = january();
    const r = vatReturn(book, { period: JAN, regime: 'CA3', previousCredit: '300.00' });
    expect(r.accounts.filter((a) => a.role === 'credit').map((a) => [a.account, a.amount.toFixed(2)])).toEqual([['44567', '300.00']]);
    expect([r.box('22')!.amount.toFixed(0), r.box('25')!.amount.toFixed(0), r.credit.toFixed(0), r.exact.net.toFixed(2)]).toEqual(['300', '159', '159', '-158.90']);
    const withAccount = [tx('2024-12-31', [['44567', 'D', '50.00'], ['44566', 'C', '50.00']], 'vat-settlement'), ...book];
    // Given, it replaces what 44567 holds, which is not listed either.
    const given = vatReturn(withAccount, { period: JAN, regime: 'CA3', previousCredit: '0' });
    expect(given.accounts.filter((a) => a.role === 'credit')).toEqual([]);
    expect(given.exact.previousCredit.toFixed(2)).toBe('0.00');
    const read = vatReturn(withAccount, { period: JAN, regime: 'CA3' });
    expect(read.accounts.filter((a) => a.role === 'credit').map((a) => [a.account, a.amount.toFixed(2)])).toEqual([['44567', '50.00']]);
    // With 6-digit accounts the credit account is padded.
    const six = vatReturn(book, { period: JAN, regime: 'CA3', previousCredit: '1.00', rules: defaultRules({ accountWidth: 6 }) });
    expect(six.accounts.filter((a) => a.role === 'credit').map((a) => a.account)).toEqual(['445670']);
  });

  it('refuses with messages that say what to fix', () => {
    const e = (fn: () => unknown) => {
      const x = errorOf(fn);
      return [x.code, x.issues[0]!.path, x.issues[0]!.message];
    };
    expect(e(() => vatReturn([], null as never))).toEqual(['invalid_option', [], 'Give the options { period, regime }.']);
    expect(e(() => vatReturn([], 'CA3' as never))).toEqual(['invalid_option', [], 'Give the options { period, regime }.']);
    expect(e(() => vatReturn([], { period: JAN, regime: 'ca3' as never }))).toEqual(['invalid_option', ['regime'], 'Unknown regime "ca3": use "CA3" or "CA12".']);
    expect(e(() => vatReturn([], { period: JAN, regime: 'CA3', rules: {} as never }))).toEqual(['invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).']);
    expect(e(() => vatReturn([], { period: JAN, regime: 'CA3', previousCredit: '-0.01' }))).toEqual(['negative_amount', ['previousCredit'], 'previousCredit must not be negative (received -0.01): a credit carried is a positive amount.']);
    expect(e(() => vatReturn([], { period: { from: '2025-01-02', to: '2025-02-01' }, regime: 'CA3' }))).toEqual([
      'invalid_vat_period',
      ['period'],
      'The CA3 period 2025-01-02 to 2025-02-01 is not a calendar month (2025-01-01 to 2025-01-31) or quarter (2025-01-01 to 2025-03-31): give the return\'s own period.',
    ]);
    expect(e(() => vatReturn([], { period: { from: '2025-01-01', to: '2025-12-30' }, regime: 'CA12' }))).toEqual([
      'invalid_vat_period',
      ['period'],
      "The CA12 period 2025-01-01 to 2025-12-30 is not twelve whole months (2025-01-01 to 2025-12-31, or an exercise such as 2024-07-01 to 2025-06-30): give the return's own period.",
    ]);
    const credit = [tx('2024-12-31', [['512', 'D', '10.50'], ['44567', 'C', '10.50']])];
    expect(e(() => vatReturn(credit, { period: JAN, regime: 'CA3' }))).toEqual([
      'invalid_input',
      ['previousCredit'],
      'The credit account (44567) has a credit balance of 10.50 at the period end: a VAT credit is a debit balance; correct the account or give options.previousCredit.',
    ]);
  });

  it('takes the calendar quarters as CA3 periods (not a quarter shifted by a month), and a 12-month exercise as CA12', () => {
    for (const [from, to] of [
      ['2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
      ['2024-02-01', '2024-02-29'],
    ]) {
      expect(vatReturn([], { period: { from: from!, to: to! }, regime: 'CA3' }).period).toEqual({ from, to });
    }
    for (const [from, to] of [
      ['2025-03-01', '2025-05-31'],
      ['2025-02-01', '2025-04-30'],
      ['2025-01-02', '2025-03-31'],
      ['2025-01-01', '2025-02-28'],
      ['2025-01-01', '2025-12-31'],
    ]) {
      expect(errorOf(() => vatReturn([], { period: { from: from!, to: to! }, regime: 'CA3' })).code).toBe('invalid_vat_period');
    }
    expect(vatReturn([], { period: { from: '2024-03-01', to: '2025-02-28' }, regime: 'CA12' }).period).toEqual({ from: '2024-03-01', to: '2025-02-28' });
    expect(errorOf(() => vatReturn([], { period: { from: '2024-03-02', to: '2025-03-01' }, regime: 'CA12' })).code).toBe('invalid_vat_period');
  });

  it('rounds the boxes half away from zero but nets the exact figures to the cent', () => {
    // 2.49 collected → 2; 0.50 deductible → 1 (half away from zero): due 1, exact 1.99.
    const book = [
      tx('2025-01-05', [['411', 'D', '14.94'], ['706', 'C', '12.45'], ['445711', 'C', '2.49', ['20', '12.45']]], 'sale'),
      tx('2025-01-06', [['606', 'D', '2.50'], ['44566', 'D', '0.50'], ['401', 'C', '3.00']], 'purchase'),
    ];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect([r.box('08')!.amount.toFixed(0), r.box('08')!.base!.toFixed(0), r.box('20')!.amount.toFixed(0), r.payable.toFixed(0), r.exact.net.toFixed(2)]).toEqual(['2', '12', '1', '1', '1.99']);
    // A credit note alone: the rate line cannot be negative; its 0.50 of VAT is deducted on line 21 (→ 1), its base on 3C (2.50 → 3).
    const note = [tx('2025-01-05', [['706', 'D', '2.50'], ['445711', 'D', '0.50', ['20', '2.50']], ['411', 'C', '3.00']], 'credit-note')];
    const n = vatReturn(note, { period: JAN, regime: 'CA3' });
    expect(labels(n)).toEqual([
      ['01', 'Ventes, prestations de services', '0'],
      ['3C', 'Régularisations', '3'],
      ['08', 'Taux normal 20 %', '0'],
      ['16', 'Total de la TVA brute due', '0'],
      ['19', 'TVA déductible sur biens constituant des immobilisations', '0'],
      ['20', 'TVA déductible sur autres biens et services', '0'],
      ['21', 'Autre TVA à déduire', '1'],
      ['22', 'Report du crédit apparaissant ligne 27 de la précédente déclaration', '0'],
      ['23', 'Total TVA déductible', '1'],
      ['25', 'Crédit de TVA', '1'],
      ['27', 'Crédit à reporter', '1'],
      ['28', 'TVA nette due', '0'],
      ['32', 'Total à payer', '0'],
    ]);
    expect([n.box('08')!.base!.toFixed(0), n.reductions.vat.toFixed(2), n.reductions.base.toFixed(2), n.exact.collected.toFixed(2), n.exact.net.toFixed(2)]).toEqual(['0', '0.50', '2.50', '-0.50', '-0.50']);
  });

  it('moves the VAT of a rate whose credit notes exceed its sales to line 21 (CA3) / 25 (CA12), with the write-offs, and keeps the other rates', () => {
    // 20 %: sale 1 000.00 (200.00); 10 %: sale 100.00 (10.00), credit note 300.00 (30.00) → net −20.00 VAT, −200.00 base;
    // a write-off takes back 2.00 at 20 %.
    const book = [
      tx('2025-01-05', [['411', 'D', '1200.00'], ['706', 'C', '1000.00'], ['445711', 'C', '200.00', ['20', '1000.00']]], 'sale'),
      tx('2025-01-06', [['411', 'D', '110.00'], ['706', 'C', '100.00'], ['445712', 'C', '10.00', ['10', '100.00']]], 'sale'),
      tx('2025-01-07', [['706', 'D', '300.00'], ['445712', 'D', '30.00', ['10', '300.00']], ['411', 'C', '330.00']], 'credit-note'),
      tx('2025-01-20', [['6541', 'D', '10.00'], ['445711', 'D', '2.00', ['20', '10.00']], ['411', 'C', '12.00']], 'write-off'),
    ];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    // Gross 200 (the 10 % line shows 0); deductible 20 + 2 = 22 on line 21; due 178 = 200 − 20 − 2 exactly.
    expect(r.boxes.map((b) => [b.line, b.amount.toFixed(0), b.base?.toFixed(0)])).toEqual([
      ['01', '1000', undefined],
      ['3C', '200', undefined],
      ['08', '200', '1000'],
      ['9B', '0', '0'],
      ['16', '200', undefined],
      ['19', '0', undefined],
      ['20', '0', undefined],
      ['21', '22', undefined],
      ['22', '0', undefined],
      ['23', '22', undefined],
      ['25', '0', undefined],
      ['27', '0', undefined],
      ['28', '178', undefined],
      ['32', '178', undefined],
    ]);
    expect([r.exact.net.toFixed(2), r.reductions.vat.toFixed(2), r.reductions.base.toFixed(2)]).toEqual(['178.00', '20.00', '200.00']);
    const year = [...book.slice(0, 3)];
    const c = vatReturn(year, { period: YEAR, regime: 'CA12' });
    // CA12: no line 3C; the 10 % line 6C shows 0 and line 25 the 20.00; line 01 the 20 % base only.
    expect([c.box('01')!.amount.toFixed(0), c.box('6C')!.amount.toFixed(0), c.box('25')!.amount.toFixed(0), c.box('3C'), c.box('28')!.amount.toFixed(0)]).toEqual(['1000', '0', '20', undefined, '180']);
  });

  it('ignores what precedes the latest opening and what is not a VAT account', () => {
    const opening = createTransaction({ id: 'AN1', journal: 'AN', date: '2025-01-01', piece: { ref: 'AN' }, label: 'À-nouveaux', type: 'opening', entries: [{ account: '44567', debit: '20.00' }, { account: '110', credit: '20.00' }] });
    const book = [tx('2024-06-30', [['44567', 'D', '999.00'], ['44566', 'C', '999.00']], 'vat-settlement'), opening, tx('2025-01-05', [['512', 'D', '10.00'], ['706', 'C', '10.00']])];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect([r.box('22')!.amount.toFixed(0), r.exact.previousCredit.toFixed(2), r.box('01')!.amount.toFixed(0)]).toEqual(['20', '20.00', '0']);
    expect(r.accounts.map((a) => [a.account, a.role, a.amount.toFixed(2)])).toEqual([['44567', 'credit', '20.00']]);
  });
  it('reads a write-off or a vat-settlement that is the first type of the book', () => {
    const wo = [
      tx('2025-01-20', [['6541', 'D', '10.00'], ['445711', 'D', '2.00', ['20', '10.00']], ['411', 'C', '12.00']], 'write-off'),
      tx('2025-01-03', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
    ];
    const r = vatReturn(wo, { period: JAN, regime: 'CA3' });
    expect([r.box('08')!.amount.toFixed(0), r.box('21')!.amount.toFixed(0), r.exact.writeOffs.toFixed(2), r.payable.toFixed(0)]).toEqual(['20', '2', '2.00', '18']);
    const settled = [
      tx('2025-01-31', [['445711', 'D', '20.00'], ['44551', 'C', '20.00']], 'vat-settlement'),
      tx('2025-01-03', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
    ];
    expect(vatReturn(settled, { period: JAN, regime: 'CA3' }).payable.toFixed(0)).toBe('20');
  });

  it('sorts the missing bases by rate, the entries without a rate first, and gathers them on line 14 without a base', () => {
    const book = [tx('2025-01-05', [['411', 'D', '40.00'], ['706', 'C', '20.00'], ['445714', 'C', '4.00'], ['44571', 'C', '6.00'], ['445712', 'C', '10.00']], 'sale')];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect(r.missingBases).toEqual([{ entries: 1 }, { rate: '10', entries: 1 }, { rate: '2.1', entries: 1 }]);
    expect([r.box('14')!.amount.toFixed(0), r.box('14')!.base, r.box('9B')!.base, r.box('01')!.amount.toFixed(0)]).toEqual(['10', undefined, undefined, '0']);
  });

  it('refuses a book whose amounts pass Number.MAX_SAFE_INTEGER minor units', () => {
    const big = () => tx('2025-01-05', [['512', 'D', '40000000000000.00'], ['706', 'C', '40000000000000.00']]);
    const e = errorOf(() => vatReturn([big(), big()], { period: JAN, regime: 'CA3' }));
    expect([e.code, e.issues[0]!.path]).toEqual(['amount_overflow', ['period']]);
    expect(vatReturn([big()], { period: JAN, regime: 'CA3' }).payable.toFixed(0)).toBe('0');
  });
  it('pins the remaining shapes: previousCredit path, a month not starting on the 1st, keys left out, CA3 instalments, opening and later movements', () => {
    const e = errorOf(() => vatReturn([], { period: JAN, regime: 'CA3', previousCredit: '1,5' }));
    expect([e.code, e.issues[0]!.path]).toEqual(['invalid_amount', ['previousCredit']]);
    expect(errorOf(() => vatReturn([], { period: { from: '2025-01-15', to: '2025-02-28' }, regime: 'CA3' })).code).toBe('invalid_vat_period');
    const big = () => tx('2025-01-05', [['512', 'D', '40000000000000.00'], ['706', 'C', '40000000000000.00']]);
    expect(errorOf(() => vatReturn([big(), big()], { period: JAN, regime: 'CA3' })).issues[0]!.message).toBe('The VAT sums of this period pass Number.MAX_SAFE_INTEGER minor units: split the book.');
    const r = vatReturn(january(), { period: JAN, regime: 'CA3', previousCredit: '300.00' });
    expect(['base' in r.box('16')!, 'rate' in r.box('16')!]).toEqual([false, false]);
    // The credit account given sorts among the others.
    expect(r.accounts.map((a) => a.account)).toEqual(['44562', '44566', '44567', '445711', '445712', '445713', '445714']);
    const noBase = vatReturn([tx('2025-01-05', [['411', 'D', '12.00'], ['706', 'C', '10.00'], ['445711', 'C', '2.00']], 'sale')], { period: JAN, regime: 'CA3' });
    expect(noBase.missingBases.map((m) => Object.keys(m))).toEqual([['rate', 'entries']]);
    const noRate = vatReturn([tx('2025-01-05', [['411', 'D', '12.00'], ['706', 'C', '10.00'], ['44571', 'C', '2.00']], 'sale')], { period: JAN, regime: 'CA3' });
    expect(noRate.missingBases.map((m) => Object.keys(m))).toEqual([['entries']]);
    // A CA3 reads no instalments: exact figures without them.
    const ca3 = vatReturn([...january(), tx('2025-01-25', [['44581', 'D', '50.00'], ['512', 'C', '50.00']], 'vat-payment')], { period: JAN, regime: 'CA3' });
    expect([ca3.exact.instalments.toFixed(2), ca3.exact.net.toFixed(2)]).toEqual(['0.00', '141.10']);
    // An opening dated inside the period is no floor; a credit moved after the period is not read.
    const credit = [
      tx('2024-12-31', [['44567', 'D', '30.00'], ['44566', 'C', '30.00']], 'vat-settlement'),
      createTransaction({ id: 'AN2', journal: 'AN', date: '2025-01-20', piece: { ref: 'AN' }, label: 'À-nouveaux', type: 'opening', entries: [{ account: '44567', debit: '5.00' }, { account: '110', credit: '5.00' }] }),
      tx('2025-02-28', [['44567', 'D', '7.00'], ['44566', 'C', '7.00']], 'vat-settlement'),
    ];
    expect(vatReturn(credit, { period: JAN, regime: 'CA3' }).exact.previousCredit.toFixed(2)).toBe('35.00');
    // CA12: an instalment debited before the year is no instalment paid in it.
    const y = vatReturn([tx('2024-12-15', [['44581', 'D', '80.00'], ['512', 'C', '80.00']], 'vat-payment'), tx('2025-07-15', [['44581', 'D', '20.00'], ['512', 'C', '20.00']], 'vat-payment')], { period: YEAR, regime: 'CA12' });
    expect([y.instalments!.paid.map((p) => p.date), y.exact.instalments.toFixed(2)]).toEqual([['2025-07-15'], '100.00']);
  });
});
