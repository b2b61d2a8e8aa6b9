// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBook, createTransaction, Decimal, defaultRules, formats, parseFec, post, trialBalance, type Transaction } from '../../src/index.js';
import { vatReturn, vatSettlement, type VatReturn } from '../../src/tax/index.js';
import { codeOf, errorOf } from '../revenue/_fixtures.js';
import { journalLines } from './_fixtures.js';

const tx = journalLines('T');

const JAN = { from: '2025-01-01', to: '2025-01-31' };
const boxes = (r: VatReturn) => r.boxes.map((b) => [b.line, b.amount.toFixed(0), ...(b.base ? [b.base.toFixed(0)] : [])]);

/** Vector 1 (docs/vat-return.md): a CA3 with a credit carried from December. */
function ca3Book(): Transaction[] {
  return [
    tx('2024-12-31', [['44567', 'D', '150.00'], ['44566', 'C', '150.00']], 'vat-settlement'),
    tx('2025-01-10', [['411', 'D', '1202.40'], ['706', 'C', '1002.00'], ['445711', 'C', '200.40', ['20', '1002.00']]], 'sale'),
    tx('2025-01-15', [['606', 'D', '400.00'], ['44566', 'D', '80.00'], ['401', 'C', '480.00']], 'purchase'),
    // Pending VAT (services on receipt) is not read.
    tx('2025-01-20', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['44574', 'C', '20.00', ['20', '100.00']]], 'sale'),
  ];
}

/** Vector 2 (docs/vat-return.md): a CA12 with its two instalments. */
function ca12Book(): Transaction[] {
  return [
    tx('2025-03-31', [['411', 'D', '12000.00'], ['706', 'C', '10000.00'], ['445711', 'C', '2000.00', ['20', '10000.00']]], 'sale'),
    tx('2025-05-31', [['411', 'D', '5500.00'], ['706', 'C', '5000.00'], ['445712', 'C', '500.00', ['10', '5000.00']]], 'sale'),
    tx('2025-06-10', [['606', 'D', '3000.00'], ['44566', 'D', '600.00'], ['401', 'C', '3600.00']], 'purchase'),
    tx('2025-09-01', [['2183', 'D', '1500.00'], ['44562', 'D', '300.00'], ['404', 'C', '1800.00']], 'purchase'),
    tx('2025-07-15', [['44581', 'D', '700.00'], ['512', 'C', '700.00']], 'vat-payment'),
    tx('2025-12-15', [['44581', 'D', '500.00'], ['512', 'C', '500.00']], 'vat-payment'),
  ];
}

describe('vatReturn', () => {
  it('pins vector 1: a CA3 with a credit carried (lines 22, 25, 27), pending VAT left out', () => {
    const r = vatReturn(ca3Book(), { period: JAN, regime: 'CA3' });
    expect(boxes(r)).toEqual([
      ['01', '1002'],
      ['08', '200', '1002'],
      ['16', '200'],
      ['19', '0'],
      ['20', '80'],
      ['21', '0'],
      ['22', '150'],
      ['23', '230'],
      ['25', '30'],
      ['27', '30'],
      ['28', '0'],
      ['32', '0'],
    ]);
    expect(r.box('08')?.rate).toBe('20');
    expect(r.credit.toFixed(0)).toBe('30');
    expect(r.payable.toFixed(0)).toBe('0');
    expect(r.exact.net.toFixed(2)).toBe('-29.60');
  });

  it('pins vector 1 settled: Dt 445711 / Ct 44566, 44567 nets the old and the new credit, 0.40 to 758', () => {
    const r = vatReturn(ca3Book(), { period: JAN, regime: 'CA3' });
    const s = vatSettlement(r);
    expect(s.type).toBe('vat-settlement');
    expect(s.date).toBe('2025-01-31');
    expect(s.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])).toEqual([
      ['44566', 'credit', '80.00'],
      ['44567', 'credit', '120.00'],
      ['445711', 'debit', '200.40'],
      ['758', 'credit', '0.40'],
    ]);
    // The return reads the same once its settlement is in the book.
    expect(boxes(vatReturn([...ca3Book(), s], { period: JAN, regime: 'CA3' }))).toEqual(boxes(r));
  });

  it('pins vector 2: a CA12 with its July and December instalments and the balance', () => {
    const r = vatReturn(ca12Book(), { period: { from: '2025-01-01', to: '2025-12-31' }, regime: 'CA12' });
    expect(boxes(r)).toEqual([
      ['01', '15000'],
      ['5A', '2000', '10000'],
      ['6C', '500', '5000'],
      ['16', '2500'],
      ['19', '2500'],
      ['20', '600'],
      ['22', '600'],
      ['23', '300'],
      ['24', '0'],
      ['25', '0'],
      ['26', '900'],
      ['28', '1600'],
      ['29', '0'],
      ['30', '1200'],
      ['33', '400'],
      ['34', '0'],
      ['35', '0'],
    ]);
    expect(r.instalments?.paid.map((p) => [p.date, p.amount.toFixed(2)])).toEqual([
      ['2025-07-15', '700.00'],
      ['2025-12-15', '500.00'],
    ]);
    expect(r.instalments?.reference.toFixed(0)).toBe('1900');
    expect([r.instalments?.next.july.toFixed(0), r.instalments?.next.december.toFixed(0)]).toEqual(['1045', '760']);
    const s = vatSettlement(r);
    expect(s.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])).toEqual([
      ['44562', 'credit', '300.00'],
      ['44566', 'credit', '600.00'],
      ['445711', 'debit', '2000.00'],
      ['445712', 'debit', '500.00'],
      ['44581', 'credit', '1200.00'],
      ['44551', 'credit', '400.00'],
    ]);
  });

  it('puts the VAT a write-off takes back on line 21 (CA3), not on the rate line', () => {
    const book = [
      tx('2025-01-05', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
      tx('2025-01-25', [['6541', 'D', '50.00'], ['445711', 'D', '10.00', ['20', '50.00']], ['411', 'C', '60.00']], 'write-off'),
    ];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect(r.box('08')?.amount.toFixed(0)).toBe('20');
    expect(r.box('21')?.amount.toFixed(0)).toBe('10');
    expect(r.box('28')?.amount.toFixed(0)).toBe('10');
  });

  it('says which rates lack their bases (a book without vat.base) instead of guessing them', () => {
    const book = [tx('2025-01-05', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00']], 'sale')];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect(r.box('08')?.base).toBeUndefined();
    expect(r.box('08')?.amount.toFixed(0)).toBe('20');
    expect(r.missingBases).toEqual([{ rate: '20', entries: 1 }]);
  });

  it('gathers an account of no known rate on line 14, lists the missing bases by rate, and leaves a CA3 without instalments', () => {
    const book = [
      tx('2025-01-10', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
      // Same rate 20 % by the account but no base; 10 % without base; 44571 names no rate.
      tx('2025-01-11', [['411', 'D', '242.00'], ['706', 'C', '210.00'], ['445711', 'C', '20.00'], ['445712', 'C', '10.00'], ['44571', 'C', '2.00']], 'sale'),
      // An instalment account moved in a CA3 month is not read.
      tx('2025-01-15', [['44581', 'D', '100.00'], ['512', 'C', '100.00']], 'vat-payment'),
    ];
    const r = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect(r.boxes.filter((b) => ['01', '08', '9B', '14', '16', '28', '32'].includes(b.line)).map((b) => [b.line, b.amount.toFixed(0), b.base?.toFixed(0)])).toEqual([
      ['01', '100', undefined],
      ['08', '40', undefined],
      ['9B', '10', undefined],
      ['14', '2', undefined],
      ['16', '52', undefined],
      ['28', '52', undefined],
      ['32', '52', undefined],
    ]);
    expect(r.missingBases).toEqual([{ entries: 1 }, { rate: '10', entries: 1 }, { rate: '20', entries: 1 }]);
    expect(r.accounts.map((a) => [a.account, a.role, a.amount.toFixed(2)])).toEqual([
      ['44571', 'collected', '-2.00'],
      ['445711', 'collected', '-40.00'],
      ['445712', 'collected', '-10.00'],
    ]);
    expect(r.exact.net.toFixed(2)).toBe('52.00');
  });

  it('under VAT on receipt, reads the bases of the receipts (the transfers), not of the invoices', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt' });
    const customer = { id: 'C1', name: 'DUPONT' };
    const docs = [
      { type: 'invoice', id: 'f1', kind: 'final', status: 'issued', number: 'FA-1', date: '2025-01-10', customer, pricesIncludeTax: false, lines: [{ label: 'Cours', account: '706100', quantity: '1', unitPrice: '500.00', vatRate: '20' }] },
      { type: 'payment', id: 'p1', date: '2025-02-05', method: 'transfer', amount: '240.00', customer, allocations: [{ invoice: 'f1', amount: '240.00' }] },
    ];
    const { transactions } = post(docs, rules);
    const jan = vatReturn(transactions, { period: JAN, regime: 'CA3', rules });
    expect(jan.box('08')).toBeUndefined();
    expect(jan.box('16')?.amount.toFixed(0)).toBe('0');
    const feb = vatReturn(transactions, { period: { from: '2025-02-01', to: '2025-02-28' }, regime: 'CA3', rules });
    expect([feb.box('08')?.base?.toFixed(0), feb.box('08')?.amount.toFixed(0)]).toEqual(['200', '40']);
  });

  it('reads a book parsed from a FEC, and says the bases are missing (a FEC carries no VAT base)', () => {
    const year = ca3Book().filter((t) => t.date >= '2025-01-01');
    const parsed = parseFec(formats.fec.serialize(createBook(year), { fiscalYear: { from: '2025-01-01', to: '2025-12-31' } })).transactions;
    const r = vatReturn(parsed, { period: JAN, regime: 'CA3' });
    expect(r.box('08')?.amount.toFixed(0)).toBe('200');
    expect(r.box('08')?.base).toBeUndefined();
    expect(r.missingBases).toEqual([{ rate: '20', entries: 1 }]);
  });

  it('takes previousCredit over the credit account, and a quarter as a CA3 period', () => {
    const r = vatReturn(ca3Book(), { period: { from: '2025-01-01', to: '2025-03-31' }, regime: 'CA3', previousCredit: '100.00' });
    expect(r.box('22')?.amount.toFixed(0)).toBe('100');
    expect(vatSettlement(r).entries.find((e) => e.account === '44567')?.amount.toFixed(2)).toBe('100.00');
  });

  it('lists the rate lines in the form order (CA3 08, 09, 9B, then 14 for 2,1 %; CA12 5A, 06, 6C, 13)', () => {
    const s = (date: string, rate: string, account: string) => tx(date, [['411', 'D', '110.00'], ['706', 'C', '100.00'], [account, 'C', '10.00', [rate, '100.00']]], 'sale');
    const book = [s('2025-01-02', '10', '445712'), s('2025-01-03', '5.5', '445713'), s('2025-01-04', '2.1', '445714'), s('2025-01-05', '20', '445711')];
    expect(vatReturn(book, { period: JAN, regime: 'CA3' }).boxes.slice(0, 6).map((b) => [b.line, b.rate])).toEqual([
      ['01', undefined],
      ['08', '20'],
      ['09', '5.5'],
      ['9B', '10'],
      ['14', undefined],
      ['16', undefined],
    ]);
    expect(vatReturn(book, { period: { from: '2025-01-01', to: '2025-12-31' }, regime: 'CA12' }).boxes.slice(1, 5).map((b) => b.line)).toEqual(['5A', '06', '6C', '13']);
  });

  it('reads the credit carried from the latest opening (à-nouveaux), not the years before it again', () => {
    const opening = createTransaction({ id: 'AN000001', journal: 'AN', date: '2025-01-01', piece: { ref: 'AN' }, label: 'À-nouveaux', type: 'opening', entries: [{ account: '44567', debit: '150.00' }, { account: '110', credit: '150.00' }] });
    const book = [...ca3Book(), opening];
    const r = vatReturn(book, { period: { from: '2025-02-01', to: '2025-02-28' }, regime: 'CA3' });
    expect(r.box('22')?.amount.toFixed(0)).toBe('150');
  });

  it('rounds each box half away from zero (0.50 counts for 1)', () => {
    const book = [tx('2025-01-05', [['411', 'D', '3.00'], ['706', 'C', '2.50'], ['445711', 'C', '0.50', ['20', '2.50']]], 'sale')];
    expect(boxes(vatReturn(book, { period: JAN, regime: 'CA3' })).slice(0, 2)).toEqual([
      ['01', '3'],
      ['08', '1', '3'],
    ]);
  });

  it('does not mutate its input', () => {
    const book = ca3Book();
    const before = JSON.stringify(book);
    vatSettlement(vatReturn(book, { period: JAN, regime: 'CA3' }));
    expect(JSON.stringify(book)).toBe(before);
  });

  describe('vatSettlement options and refusals', () => {
    const r = () => vatReturn(ca3Book(), { period: JAN, regime: 'CA3' });
    const issueOf = (fn: () => unknown) => {
      const i = errorOf(fn).issues[0]!;
      return [i.code, i.path];
    };
    it('takes a date inside the period, a piece reference and the next OD number', () => {
      const s = vatSettlement(r(), { date: '2025-01-15', pieceRef: 'TVA-01', nextNumbers: { OD: 4, VT: 9 } });
      expect([s.id, s.journal, s.date, s.piece.ref, s.label]).toEqual(['OD000004', 'OD', '2025-01-15', 'TVA-01', 'Déclaration de TVA CA3 du 2025-01-01 au 2025-01-31']);
      expect([vatSettlement(r()).id, vatSettlement(r()).piece.ref]).toEqual(['OD000001', 'CA32025-01-31']);
    });
    it('with 6-digit accounts, nets the credit account cleared and debited on one line: Ct 445670 120.00', () => {
      const book = [
        tx('2024-12-31', [['445670', 'D', '150.00'], ['445660', 'C', '150.00']], 'vat-settlement'),
        tx('2025-01-10', [['411000', 'D', '1202.40'], ['706000', 'C', '1002.00'], ['445711', 'C', '200.40', ['20', '1002.00']]], 'sale'),
        tx('2025-01-15', [['606000', 'D', '400.00'], ['445660', 'D', '80.00'], ['401000', 'C', '480.00']], 'purchase'),
      ];
      const s = vatSettlement(vatReturn(book, { period: JAN, regime: 'CA3' }), { rules: defaultRules({ accountWidth: 6 }) });
      expect(s.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])).toEqual([
        ['445660', 'credit', '80.00'],
        ['445670', 'credit', '120.00'],
        ['445711', 'debit', '200.40'],
        ['758000', 'credit', '0.40'],
      ]);
    });
    it('books a rounding loss to 658: 200.60 collected declared 201 → Dt 445711 200.60 + Dt 658 0.40 / Ct 44551 201.00', () => {
      const book = [tx('2025-01-10', [['411', 'D', '1203.60'], ['706', 'C', '1003.00'], ['445711', 'C', '200.60', ['20', '1003.00']]], 'sale')];
      const ret = vatReturn(book, { period: JAN, regime: 'CA3' });
      expect(ret.payable.toFixed(0)).toBe('201');
      expect(vatSettlement(ret).entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])).toEqual([
        ['445711', 'debit', '200.60'],
        ['44551', 'credit', '201.00'],
        ['658', 'debit', '0.40'],
      ]);
    });
    it('refuses bad options by code and path', () => {
      expect(issueOf(() => vatSettlement(r(), { date: '2025-02-01' }))).toEqual(['invalid_option', ['date']]);
      expect(issueOf(() => vatSettlement(r(), { date: '2024-12-31' }))).toEqual(['invalid_option', ['date']]);
      expect(issueOf(() => vatSettlement(r(), { date: '2025-01-32' }))).toEqual(['invalid_date', ['date']]);
      expect(issueOf(() => vatSettlement(r(), { rules: { ...defaultRules() } }))).toEqual(['invalid_option', ['rules']]);
      for (const n of [-1, 2.5, 999_999_999]) expect(issueOf(() => vatSettlement(r(), { nextNumbers: { OD: n } }))).toEqual(['invalid_option', ['nextNumbers', 'OD']]);
    });
    it('refuses what is not a return, and a return that moves nothing: invalid_input', () => {
      expect(codeOf(() => vatSettlement(null as never))).toBe('invalid_input');
      expect(codeOf(() => vatSettlement({ boxes: [], accounts: [] } as never))).toBe('invalid_input');
      expect(errorOf(() => vatSettlement(vatReturn([], { period: JAN, regime: 'CA3' }))).issues[0]!.message).toMatch(/moves no VAT account/);
    });
    it('names the check a tampered return fails', () => {
      const why = (ret: VatReturn) => errorOf(() => vatSettlement(ret)).issues.map((i) => [i.code, i.message.replace(/^The CA(3|12) return does not balance: /, '').replace(/\. Settle.*$/, '')]);
      const set = (ret: VatReturn, line: string, amount: number): VatReturn => ({ ...ret, boxes: ret.boxes.map((b) => (b.line === line ? { ...b, amount: new Decimal(amount) } : b)) });
      // CA3 vector 1: 16 = 200, deductible 19..22 = 230 = line 23, 28 − 25 = −30.
      expect(why(set(r(), '16', 201))).toEqual([['unbalanced_vat_return', 'line 16 (201) is not the sum of the rate lines (200)']]);
      expect(why(set(r(), '23', 231))).toEqual([['unbalanced_vat_return', 'the deductible total (231) is not the sum of its lines (230)']]);
      expect(why(set(r(), '28', 1))).toEqual([['unbalanced_vat_return', 'line 28 − the credit line (-29) is not line 16 − the deductible total (-30)']]);
      expect(why({ ...r(), payable: new Decimal(1) })).toEqual([['unbalanced_vat_return', 'payable − credit (-29) is not the balance of the boxes (-30)']]);
      // Accounts and exact figures moved together 100.00 away from the boxes: more than the rounding of 12 boxes (6.00).
      const far = r();
      const moved = { ...far, accounts: far.accounts.map((a, k) => (k === 0 ? { ...a, amount: a.amount.plus(100) } : a)), exact: { ...far.exact, net: far.exact.net.minus(100) } };
      expect(why(moved)).toEqual([['unbalanced_vat_return', 'the boxes (-30) are more than their rounding away from the accounts (-129.60)']]);
      // CA12 vector 2: 19 = 16 = 2500, 22 = 20 = 600.
      const y = vatReturn(ca12Book(), { period: { from: '2025-01-01', to: '2025-12-31' }, regime: 'CA12' });
      expect(why(set(y, '19', 2499))).toEqual([['unbalanced_vat_return', 'line 19 (2499) is not line 16 (2500)']]);
      expect(why(set(y, '22', 599))).toEqual([['unbalanced_vat_return', 'line 22 (599) is not line 20 (600)']]);
      expect(why(set(y, '30', 1100))).toEqual([['unbalanced_vat_return', 'payable − credit (400) is not the balance of the boxes (500)']]);
    });
  });

  describe('vatSettlement: labels, boundaries and messages', () => {
    const r = () => vatReturn(ca3Book(), { period: JAN, regime: 'CA3' });
    const issue = (fn: () => unknown) => {
      const i = errorOf(fn).issues[0]!;
      return { code: i.code, path: i.path, message: i.message };
    };
    it('labels each line by the role of its account, and the lines it adds', () => {
      // Vector 1: 44566 and 44567 cleared, 44567 also debited with the new credit (netted: the first label stays), 0.40 to 758.
      expect(vatSettlement(r()).entries.map((e) => [e.account, e.label])).toEqual([
        ['44566', 'TVA déductible sur autres biens et services'],
        ['44567', 'Crédit de TVA imputé'],
        ['445711', 'TVA collectée'],
        ['758', "Arrondi de la déclaration à l'euro"],
      ]);
      // Vector 2 (CA12): fixed assets, instalments and the VAT to pay.
      const y = vatReturn(ca12Book(), { period: { from: '2025-01-01', to: '2025-12-31' }, regime: 'CA12' });
      expect(vatSettlement(y).entries.map((e) => [e.account, e.label])).toEqual([
        ['44562', 'TVA déductible sur immobilisations'],
        ['44566', 'TVA déductible sur autres biens et services'],
        ['445711', 'TVA collectée'],
        ['445712', 'TVA collectée'],
        ['44581', 'Acomptes de TVA versés'],
        ['44551', 'TVA à décaisser'],
      ]);
      // A new credit with nothing carried: Dt 44567 'Crédit de TVA à reporter'.
      const credit = vatReturn([tx('2025-01-15', [['606', 'D', '400.00'], ['44566', 'D', '80.00'], ['401', 'C', '480.00']], 'purchase')], { period: JAN, regime: 'CA3' });
      expect(vatSettlement(credit).entries.map((e) => [e.account, e.side, e.amount.toFixed(2), e.label])).toEqual([
        ['44566', 'credit', '80.00', 'TVA déductible sur autres biens et services'],
        ['44567', 'debit', '80.00', 'Crédit de TVA à reporter'],
      ]);
    });
    it('leaves out an account whose clearing and new credit cancel: 150.00 carried, 150.00 credit again', () => {
      // 44567 holds 150.00 from December; January collects 80.00 and deducts 80.00: the credit stays 150 → 44567 nets to 0.
      const book = [
        tx('2024-12-31', [['44567', 'D', '150.00'], ['44566', 'C', '150.00']], 'vat-settlement'),
        tx('2025-01-10', [['411', 'D', '480.00'], ['706', 'C', '400.00'], ['445711', 'C', '80.00', ['20', '400.00']]], 'sale'),
        tx('2025-01-15', [['606', 'D', '400.00'], ['44566', 'D', '80.00'], ['401', 'C', '480.00']], 'purchase'),
      ];
      const ret = vatReturn(book, { period: JAN, regime: 'CA3' });
      expect(ret.credit.toFixed(0)).toBe('150');
      expect(vatSettlement(ret).entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])).toEqual([
        ['44566', 'credit', '80.00'],
        ['445711', 'debit', '80.00'],
      ]);
    });
    it("accepts the period's first day and the number 0, and refuses with messages that say what to fix", () => {
      expect(vatSettlement(r(), { date: '2025-01-01' }).date).toBe('2025-01-01');
      expect(vatSettlement(r(), { nextNumbers: { OD: 0 } }).id).toBe('OD000000');
      expect(issue(() => vatSettlement(r(), { date: '2025-02-01' }))).toEqual({
        code: 'invalid_option',
        path: ['date'],
        message: "The settlement date 2025-02-01 is outside the return's period 2025-01-01 to 2025-01-31: date it inside (by default its last day), so that the return leaves it out.",
      });
      expect(issue(() => vatSettlement(r(), { date: '2025-1-5' })).message).toBe('Invalid date "2025-1-5": use YYYY-MM-DD.');
      expect(issue(() => vatSettlement(r(), { rules: { ...defaultRules() } })).message).toBe('options.rules must be built with defaultRules() (or lockPeriod).');
      expect(issue(() => vatSettlement(r(), { nextNumbers: { OD: -1 } })).message).toBe('nextNumbers.OD must be a whole number from 0 to 999999998, received -1.');
      expect(issue(() => vatSettlement({ period: JAN } as never))).toEqual({ code: 'invalid_input', path: [], message: 'vatSettlement settles a VAT return: pass the result of vatReturn(book, { period, regime }).' });
      expect(issue(() => vatSettlement('CA3' as never)).code).toBe('invalid_input');
      expect(issue(() => vatSettlement(vatReturn([], { period: JAN, regime: 'CA3' })))).toEqual({
        code: 'invalid_input',
        path: [],
        message: 'The CA3 return of 2025-01-01 to 2025-01-31 moves no VAT account: there is nothing to settle.',
      });
    });
    it('refuses a return whose exact net is a cent away from what its accounts hold', () => {
      const ret = r();
      expect(issue(() => vatSettlement({ ...ret, exact: { ...ret.exact, net: ret.exact.net.plus('0.01') } }))).toEqual({
        code: 'unbalanced_vat_return',
        path: [],
        message: 'The CA3 return does not balance: its accounts hold a net -29.60 but its exact figures say -29.59. Settle the return vatReturn produced, unchanged.',
      });
    });
  });

  it('a CA3 reads no instalment account (44581 is the CA12 instalments)', () => {
    const book = [
      tx('2025-01-10', [['411', 'D', '1200.00'], ['706', 'C', '1000.00'], ['445711', 'C', '200.00', ['20', '1000.00']]], 'sale'),
      tx('2025-01-20', [['44581', 'D', '50.00'], ['512', 'C', '50.00']], 'vat-payment'),
    ];
    const ret = vatReturn(book, { period: JAN, regime: 'CA3' });
    expect(ret.accounts.map((a) => [a.account, a.role, a.amount.toFixed(2)])).toEqual([['445711', 'collected', '-200.00']]);
    expect(ret.payable.toFixed(0)).toBe('200');
  });

  describe('bad input', () => {
    it('refuses a return period that is not a month, a quarter or a year: invalid_vat_period', () => {
      expect(codeOf(() => vatReturn([], { period: { from: '2025-01-01', to: '2025-01-30' }, regime: 'CA3' }))).toBe('invalid_vat_period');
      expect(codeOf(() => vatReturn([], { period: { from: '2025-02-01', to: '2025-04-30' }, regime: 'CA3' }))).toBe('invalid_vat_period');
      expect(codeOf(() => vatReturn([], { period: { from: '2025-01-01', to: '2025-03-31' }, regime: 'CA12' }))).toBe('invalid_vat_period');
      expect(vatReturn([], { period: { from: '2024-07-01', to: '2025-06-30' }, regime: 'CA12' }).payable.toFixed(0)).toBe('0');
    });
    it('refuses to settle a return whose boxes were changed: unbalanced_vat_return', () => {
      const r = vatReturn(ca3Book(), { period: JAN, regime: 'CA3' });
      const tampered = { ...r, boxes: r.boxes.map((b) => (b.line === '20' ? { ...b, amount: new Decimal(90) } : b)) };
      expect(codeOf(() => vatSettlement(tampered))).toBe('unbalanced_vat_return');
      const shifted = { ...r, exact: { ...r.exact, net: new Decimal('-10.00') } };
      expect(codeOf(() => vatSettlement(shifted))).toBe('unbalanced_vat_return');
    });
    it('refuses missing options and rules not built with defaultRules: invalid_option', () => {
      expect(errorOf(() => vatReturn([], null as never)).issues[0]).toMatchObject({ code: 'invalid_option', path: [] });
      expect(errorOf(() => vatReturn([], { period: JAN, regime: 'CA3', rules: { ...defaultRules() } })).issues[0]).toMatchObject({ code: 'invalid_option', path: ['rules'] });
    });
    it('refuses an unknown regime and a negative previous credit', () => {
      expect(codeOf(() => vatReturn([], { period: JAN, regime: 'CA4' as 'CA3' }))).toBe('invalid_option');
      expect(codeOf(() => vatReturn([], { period: JAN, regime: 'CA3', previousCredit: '-1.00' }))).toBe('negative_amount');
    });
    it('refuses a credit account (44567) with a credit balance unless previousCredit is given', () => {
      const book = [tx('2024-12-31', [['512', 'D', '10.00'], ['44567', 'C', '10.00']])];
      const e = errorOf(() => vatReturn(book, { period: JAN, regime: 'CA3' }));
      expect([e.issues[0]!.code, e.issues[0]!.path]).toEqual(['invalid_input', ['previousCredit']]);
      expect(e.issues[0]!.message).toMatch(/credit balance of 10\.00/);
      expect(vatReturn(book, { period: JAN, regime: 'CA3', previousCredit: '0.00' }).credit.toFixed(0)).toBe('0');
    });
  });

  describe('properties', () => {
    const cents = fc.integer({ min: 1, max: 5_000_000 });
    const money = (c: number) => (c / 100).toFixed(2);
    const RATES = [
      ['20', '445711'],
      ['10', '445712'],
      ['5.5', '445713'],
      ['2.1', '445714'],
    ] as const;
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('sale' as const), rate: fc.integer({ min: 0, max: 3 }), base: cents, vat: cents, day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ kind: fc.constant('pending' as const), base: cents, vat: cents, day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ kind: fc.constant('purchase' as const), fixed: fc.boolean(), vat: cents, day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ kind: fc.constant('write-off' as const), rate: fc.integer({ min: 0, max: 3 }), vat: cents, day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ kind: fc.constant('credit-note' as const), rate: fc.integer({ min: 0, max: 3 }), base: cents, vat: cents, day: fc.integer({ min: 1, max: 31 }) }),
    );
    const bookArb = fc.record({ ops: fc.array(opArb, { maxLength: 12 }), credit: fc.nat({ max: 100_000 }) });
    const build = (b: { ops: ReadonlyArray<unknown>; credit: number }): Transaction[] => {
      const txs: Transaction[] = [];
      if (b.credit > 0) txs.push(tx('2024-12-31', [['44567', 'D', money(b.credit)], ['44566', 'C', money(b.credit)]], 'vat-settlement'));
      for (const op of b.ops as ReadonlyArray<Record<string, number | string | boolean>>) {
        const date = `2025-01-${String(op.day).padStart(2, '0')}`;
        const vat = op.vat as number;
        if (op.kind === 'sale') {
          const [rate, account] = RATES[op.rate as number]!;
          const base = op.base as number;
          txs.push(tx(date, [['411', 'D', money(base + vat)], ['706', 'C', money(base)], [account, 'C', money(vat), [rate, money(base)]]], 'sale'));
        } else if (op.kind === 'pending') {
          const base = op.base as number;
          txs.push(tx(date, [['411', 'D', money(base + vat)], ['706', 'C', money(base)], ['44574', 'C', money(vat), ['20', money(base)]]], 'sale'));
        } else if (op.kind === 'purchase') {
          txs.push(tx(date, [['606', 'D', '10.00'], [op.fixed ? '44562' : '44566', 'D', money(vat)], ['401', 'C', money(vat + 1000)]], 'purchase'));
        } else if (op.kind === 'credit-note') {
          const [rate, account] = RATES[op.rate as number]!;
          const base = op.base as number;
          txs.push(tx(date, [['706', 'D', money(base)], [account, 'D', money(vat), [rate, money(base)]], ['411', 'C', money(base + vat)]], 'credit-note'));
        } else {
          const [rate, account] = RATES[op.rate as number]!;
          txs.push(tx(date, [['6541', 'D', '10.00'], [account, 'D', money(vat), [rate, '10.00']], ['411', 'C', money(vat + 1000)]], 'write-off'));
        }
      }
      return txs;
    };
    const net = (txs: Transaction[], period: { from: string; to: string }, prefix: string, which: 'movements' | 'closing') => {
      let m = new Decimal(0);
      for (const r of trialBalance(txs, { period }).rows) if (r.account.startsWith(prefix)) m = m.plus(r[which].debit).minus(r[which].credit);
      return m;
    };

    /** A return that moves nothing but carries its credit as it stands (whole euros): no transaction to build. */
    const nothingToSettle = (r: VatReturn) => r.accounts.every((a) => a.role === 'credit') && r.payable.isZero() && r.credit.equals(r.exact.previousCredit);

    it("collected VAT ties to the books: the return's collected VAT less the write-offs = the period's credit movement on the collected accounts", () => {
      fc.assert(
        fc.property(bookArb, (b) => {
          const txs = build(b as never);
          const r = vatReturn(txs, { period: JAN, regime: 'CA3' });
          expect(r.exact.collected.minus(r.exact.writeOffs).toFixed(2)).toBe(net(txs, JAN, '44571', 'movements').negated().toFixed(2));
        }),
        { numRuns: 60 },
      );
    });

    it('a line of the form is never negative, and the lines add up: credit notes beyond a rate\'s sales move to line 21 (CA3) / 25 (CA12), their base to 3C', () => {
      fc.assert(
        fc.property(bookArb, fc.constantFrom('CA3' as const, 'CA12' as const), (b, regime) => {
          const txs = build(b as never);
          const r = vatReturn(txs, { period: regime === 'CA3' ? JAN : { from: '2025-01-01', to: '2025-12-31' }, regime });
          for (const box of r.boxes) {
            expect(box.amount.isNegative(), `line ${box.line}`).toBe(false);
            if (box.base !== undefined) expect(box.base.isNegative(), `base of line ${box.line}`).toBe(false);
          }
          expect(r.reductions.vat.isNegative() || r.reductions.base.isNegative()).toBe(false);
          const line = (l: string) => r.box(l)?.amount ?? new Decimal(0);
          const rateLines = r.boxes.filter((x) => x.rate !== undefined || x.line === (regime === 'CA3' ? '14' : '13'));
          expect(line('16').toFixed(0)).toBe(rateLines.reduce((s, x) => s.plus(x.amount), new Decimal(0)).toFixed(0));
          const otherVat = line(regime === 'CA3' ? '21' : '25');
          expect(otherVat.toFixed(0)).toBe(r.exact.writeOffs.plus(r.reductions.vat).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
          expect(r.box('3C')?.amount.toFixed(0)).toBe(regime === 'CA3' && !r.reductions.base.isZero() ? r.reductions.base.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0) : undefined);
          // Whole-euro boxes, each rounded: the form's balance is the exact one within half a euro per rounded box.
          const form = r.payable.minus(r.credit);
          expect(form.minus(r.exact.net).abs().lessThanOrEqualTo(new Decimal(r.boxes.length).dividedBy(2))).toBe(true);
        }),
        { numRuns: 80 },
      );
    });

    it('the settlement clears the return: every account it read is 0 for the period, 44567 holds the new credit, pending VAT is unchanged', () => {
      fc.assert(
        fc.property(bookArb, (b) => {
          const txs = build(b as never);
          const r = vatReturn(txs, { period: JAN, regime: 'CA3' });
          if (nothingToSettle(r)) return void expect(codeOf(() => vatSettlement(r))).toBe('invalid_input');
          const after = [...txs, vatSettlement(r)];
          for (const p of ['44571', '44566', '44562']) expect(net(after, JAN, p, 'movements').toFixed(2)).toBe('0.00');
          expect(net(after, JAN, '44567', 'closing').toFixed(2)).toBe(r.credit.toFixed(2));
          expect(net(after, JAN, '44574', 'closing').toFixed(2)).toBe(net(txs, JAN, '44574', 'closing').toFixed(2));
          expect(net(after, JAN, '44551', 'closing').negated().toFixed(2)).toBe(r.payable.toFixed(2));
        }),
        { numRuns: 60 },
      );
    });

    it('a CA12 settlement clears the year: collected, deductible and instalment accounts at 0, 44551 holds the balance, 44567 the credit', () => {
      const YEAR = { from: '2025-01-01', to: '2025-12-31' };
      fc.assert(
        fc.property(bookArb, fc.array(fc.integer({ min: 1, max: 500_000 }), { maxLength: 2 }), (b, paid) => {
          const txs = build(b as never);
          paid.forEach((c, k) => txs.push(tx(k === 0 ? '2025-07-15' : '2025-12-15', [['44581', 'D', money(c)], ['512', 'C', money(c)]], 'vat-payment')));
          const r = vatReturn(txs, { period: YEAR, regime: 'CA12' });
          if (nothingToSettle(r)) return void expect(codeOf(() => vatSettlement(r))).toBe('invalid_input');
          const after = [...txs, vatSettlement(r)];
          for (const p of ['44571', '44566', '44562']) expect(net(after, YEAR, p, 'movements').toFixed(2)).toBe('0.00');
          expect(net(after, YEAR, '44581', 'closing').toFixed(2)).toBe('0.00');
          expect(net(after, YEAR, '44567', 'closing').toFixed(2)).toBe(r.credit.toFixed(2));
          expect(net(after, YEAR, '44551', 'closing').negated().toFixed(2)).toBe(r.payable.toFixed(2));
          expect(r.box('30')?.amount.toFixed(0)).toBe(new Decimal(paid.reduce((s, c) => s + c, 0)).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
        }),
        { numRuns: 40 },
      );
    });

    it('is deterministic and reads the same after its own settlement', () => {
      fc.assert(
        fc.property(bookArb, (b) => {
          const txs = build(b as never);
          const r = vatReturn(createBook(txs), { period: JAN, regime: 'CA3' });
          if (nothingToSettle(r)) return void expect(codeOf(() => vatSettlement(r))).toBe('invalid_input');
          expect(boxes(vatReturn([...txs, vatSettlement(r)], { period: JAN, regime: 'CA3' }))).toEqual(boxes(r));
        }),
        { numRuns: 40 },
      );
    });
  });
});
