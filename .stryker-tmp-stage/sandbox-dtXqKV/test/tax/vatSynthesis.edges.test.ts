// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { createBook, defaultRules, type Transaction } from '../../src/index.js';
import { vatSynthesis, type VatAmounts } from '../../src/tax/index.js';
import { errorOf, invoice } from '../revenue/_fixtures.js';
import { journalLines, type Line } from './_fixtures.js';

const tx = journalLines('S');

const fig = (a: VatAmounts) => [a.base.toFixed(2), a.vat.toFixed(2), a.total.toFixed(2)];
const MAR = { period: { from: '2025-03-01', to: '2025-03-31' } };

/** March 2025 on debits: one sale at each French rate (20, 10, 5.5, 2.1 %), a purchase. */
function fourRates(): Transaction[] {
  return [
    // 20 %: 100.00 HT → 20.00; 10 %: 200.00 → 20.00; 5.5 %: 300.00 → 16.50; 2.1 %: 400.00 → 8.40
    tx('2025-03-03', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
    tx('2025-03-04', [['411', 'D', '220.00'], ['706', 'C', '200.00'], ['445712', 'C', '20.00', ['10', '200.00']]], 'sale'),
    tx('2025-03-05', [['411', 'D', '316.50'], ['707', 'C', '300.00'], ['445713', 'C', '16.50', ['5.5', '300.00']]], 'sale'),
    tx('2025-03-06', [['411', 'D', '408.40'], ['707', 'C', '400.00'], ['445714', 'C', '8.40', ['2.1', '400.00']]]),
    // A purchase: 50.00 HT, 10.00 deductible VAT at 20 %.
    tx('2025-03-10', [['606', 'D', '50.00'], ['44566', 'D', '10.00', ['20', '50.00']], ['401', 'C', '60.00']], 'purchase'),
  ];
}

describe('vatSynthesis: edges', () => {
  it('orders the rates numerically, highest first (20, 10, 5.5, 2.1), and adds them up', () => {
    const s = vatSynthesis(fourRates(), MAR);
    expect(s.rates.map((r) => [r.rate, ...fig(r.collected), ...fig(r.deductible)])).toEqual([
      ['20', '100.00', '20.00', '120.00', '50.00', '10.00', '60.00'],
      ['10', '200.00', '20.00', '220.00', '0.00', '0.00', '0.00'],
      ['5.5', '300.00', '16.50', '316.50', '0.00', '0.00', '0.00'],
      ['2.1', '400.00', '8.40', '408.40', '0.00', '0.00', '0.00'],
    ]);
    expect(fig(s.collected)).toEqual(['1000.00', '64.90', '1064.90']);
    expect(fig(s.deductible)).toEqual(['50.00', '10.00', '60.00']);
    expect(s.netVatDue.toFixed(2)).toBe('54.90');
    // Untyped transactions are gathered under '', sorted first.
    expect(s.collectedByType.map((t) => [t.type, t.base.toFixed(2), t.vat.toFixed(2)])).toEqual([
      ['', '400.00', '8.40'],
      ['sale', '600.00', '56.50'],
    ]);
    expect(s.accounts).toEqual({ collected: ['445711', '445712', '445713', '445714'], pending: [], deductible: ['44566'] });
    expect(s.exemptions).toEqual([]);
    expect(s.counts).toBeUndefined();
    expect('deductiblePending' in s).toBe(false);
    expect('deductiblePending' in s.rates[0]!).toBe(false);
    expect('writeOffs' in s.rates[0]!).toBe(false);
    expect(Object.isFrozen(s) && Object.isFrozen(s.rates) && Object.isFrozen(s.rates[0]) && Object.isFrozen(s.collected) && Object.isFrozen(s.accounts)).toBe(true);
    expect(Object.isFrozen(s.collectedByType[0]) && Object.isFrozen(s.pending) && Object.isFrozen(s.accounts.collected)).toBe(true);
  });

  it('takes the options as second or third argument, and refuses a missing period', () => {
    const book = createBook(fourRates());
    const a = vatSynthesis(book, MAR);
    const b = vatSynthesis(book, undefined, MAR);
    const c = vatSynthesis(book, [], MAR);
    expect([a.netVatDue.toFixed(2), b.netVatDue.toFixed(2), c.netVatDue.toFixed(2)]).toEqual(['54.90', '54.90', '54.90']);
    expect([a.counts, b.counts]).toEqual([undefined, undefined]);
    expect(c.counts).toMatchObject({ invoices: 0, purchases: 0 });
    for (const call of [() => (vatSynthesis as (b: unknown, o: unknown) => unknown)(book, null), () => (vatSynthesis as (b: unknown) => unknown)(book), () => (vatSynthesis as (b: unknown, d: unknown) => unknown)(book, [])]) {
      const e = errorOf(call);
      expect([e.code, e.issues[0]!.path, e.issues[0]!.message]).toEqual(['invalid_period', ['period'], 'Give the VAT period as options.period { from, to }.']);
    }
    const r = errorOf(() => vatSynthesis(book, { ...MAR, rules: { vatCollected: {} } as never }));
    expect([r.code, r.issues[0]!.path, r.issues[0]!.message]).toEqual(['invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).']);
  });

  it('names each refused account list and prefix with its path and message', () => {
    const book = fourRates();
    for (const key of ['collected', 'pending', 'deductible', 'deductiblePending'] as const) {
      const e = errorOf(() => vatSynthesis(book, { ...MAR, accounts: { [key]: '44571' as never } }));
      expect([e.code, e.issues[0]!.path, e.issues[0]!.message]).toEqual(['invalid_option', ['accounts', key], `options.accounts.${key} must be a list of account prefixes such as ["44571"].`]);
      const p = errorOf(() => vatSynthesis(book, { ...MAR, accounts: { [key]: ['44571', 12 as never] } }));
      expect([p.code, p.issues[0]!.path, p.issues[0]!.message]).toEqual(['invalid_account', ['accounts', key, 1], 'Invalid account prefix 12: use digits such as "44571".']);
    }
    // A prefix is 3 to 20 characters, digits first.
    expect(errorOf(() => vatSynthesis(book, { ...MAR, accounts: { collected: ['44'] } })).code).toBe('invalid_account');
    expect(errorOf(() => vatSynthesis(book, { ...MAR, accounts: { collected: ['44571 '] } })).code).toBe('invalid_account');
    expect(errorOf(() => vatSynthesis(book, { ...MAR, accounts: { collected: [' 44571'] } })).code).toBe('invalid_account');
    expect(errorOf(() => vatSynthesis(book, { ...MAR, accounts: { collected: ['4457100000000000000000'] } })).code).toBe('invalid_account');
    expect(vatSynthesis(book, { ...MAR, accounts: { collected: ['445', '4457ABCDEFGHIJKLMNOP'] } }).accounts.collected).toEqual(['445711', '445712', '445713', '445714']);
  });

  it('gives an account the role of its longest matching prefix', () => {
    const book = fourRates();
    // 445 is collected, but 44566 (longer) deductible and 445712 (longer) pending.
    const s = vatSynthesis(book, { ...MAR, accounts: { collected: ['445'], deductible: ['44566'], pending: ['445712'] } });
    expect(s.accounts).toEqual({ collected: ['445711', '445713', '445714'], pending: ['445712'], deductible: ['44566'] });
    expect(fig(s.collected)).toEqual(['800.00', '44.90', '844.90']);
    expect(fig(s.pending.movements)).toEqual(['200.00', '20.00', '220.00']);
    // The other way round: the shorter prefix given later does not win.
    const t = vatSynthesis(book, { ...MAR, accounts: { collected: ['445711'], pending: ['4457'], deductible: ['445'] } });
    expect(t.accounts).toEqual({ collected: ['445711'], pending: ['445712', '445713', '445714'], deductible: ['44566'] });
    // Deductible pending given: a deductiblePending row and total appear, the account listed.
    // On a tie the first role listed wins: 445714 is a collected account of the rules before a deductible-pending one.
    expect(vatSynthesis(book, { ...MAR, accounts: { deductiblePending: ['445714'] } }).accounts.deductiblePending).toBeUndefined();
    const u = vatSynthesis(book, { ...MAR, accounts: { collected: ['44571'], deductiblePending: ['445714'] } });
    expect(u.accounts).toEqual({ collected: ['445711', '445712', '445713'], pending: [], deductible: ['44566'], deductiblePending: ['445714'] });
    expect([fig(u.deductiblePending!.movements), fig(u.deductiblePending!.atEnd)]).toEqual([
      ['-400.00', '-8.40', '-408.40'],
      ['-400.00', '-8.40', '-408.40'],
    ]);
    expect(u.rates.map((r) => [r.rate, r.deductiblePending?.vat.toFixed(2), r.deductiblePendingAtEnd?.vat.toFixed(2)])).toEqual([
      ['20', '0.00', '0.00'],
      ['10', '0.00', '0.00'],
      ['5.5', '0.00', '0.00'],
      ['2.1', '-8.40', '-8.40'],
    ]);
  });

  it("reads the rate of a VAT entry that names none from its account (the rules' per-rate accounts), else leaves it out and last", () => {
    const book = [
      tx('2025-03-03', [['411', 'D', '110.00'], ['706', 'C', '100.00'], ['445712', 'C', '10.00']], 'sale'), // 10 % by account
      tx('2025-03-04', [['411', 'D', '105.50'], ['707', 'C', '100.00'], ['4457131', 'C', '5.50']], 'sale'), // 5.5 % by its parent 445713
      tx('2025-03-05', [['411', 'D', '7.00'], ['706', 'C', '5.00'], ['44571', 'C', '2.00']], 'sale'), // 44571: no rate
      tx('2025-03-06', [['411', 'D', '240.00'], ['706', 'C', '200.00'], ['445711', 'C', '40.00', ['20', '200.00']]], 'sale'),
    ];
    const s = vatSynthesis(book, MAR);
    expect(s.rates.map((r) => [r.rate, ...fig(r.collected)])).toEqual([
      ['20', '200.00', '40.00', '240.00'],
      ['10', '0.00', '10.00', '10.00'],
      ['5.5', '0.00', '5.50', '5.50'],
      [undefined, '0.00', '2.00', '2.00'],
    ]);
    expect('rate' in s.rates[3]!).toBe(false);
    // A pending account per rate (rules) gives the rate the same way; a single pending account none.
    const rules = defaultRules({ vatExigibility: 'on-receipt', vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } });
    const p = vatSynthesis([tx('2025-03-03', [['411', 'D', '110.00'], ['706', 'C', '100.00'], ['445742', 'C', '10.00']], 'sale')], { ...MAR, rules });
    expect(p.rates.map((r) => [r.rate, ...fig(r.pending)])).toEqual([['10', '0.00', '10.00', '10.00']]);
    expect(p.accounts.pending).toEqual(['445742']);
    const single = vatSynthesis([tx('2025-03-03', [['411', 'D', '110.00'], ['706', 'C', '100.00'], ['44574', 'C', '10.00']], 'sale')], { ...MAR, rules: defaultRules({ vatExigibility: 'on-receipt' }) });
    expect(single.rates.map((r) => [r.rate, ...fig(r.pending)])).toEqual([[undefined, '0.00', '10.00', '10.00']]);
    // A deductible entry without a rate has none (no per-rate deductible account).
    const d = vatSynthesis([tx('2025-03-10', [['606', 'D', '50.00'], ['44566', 'D', '10.00'], ['401', 'C', '60.00']])], MAR);
    expect(d.rates.map((r) => [r.rate, ...fig(r.deductible)])).toEqual([[undefined, '0.00', '10.00', '10.00']]);
  });

  it('shows a rate still pending from earlier periods, and leaves out a rate only moved before the period', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt' });
    const book = [
      tx('2025-01-10', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['44574', 'C', '20.00', ['20', '100.00']]], 'sale'),
      tx('2025-02-10', [['411', 'D', '110.00'], ['706', 'C', '100.00'], ['445712', 'C', '10.00', ['10', '100.00']]], 'sale'),
    ];
    const s = vatSynthesis(book, { ...MAR, rules });
    expect(s.rates.map((r) => [r.rate, ...fig(r.pending), ...fig(r.pendingAtEnd), ...fig(r.collected)])).toEqual([['20', '0.00', '0.00', '0.00', '100.00', '20.00', '120.00', '0.00', '0.00', '0.00']]);
    expect([fig(s.pending.movements), fig(s.pending.atEnd), s.netVatDue.toFixed(2)]).toEqual([['0.00', '0.00', '0.00'], ['100.00', '20.00', '120.00'], '0.00']);
    expect(s.collectedByType).toEqual([]);
  });

  it('counts the zero-rated entries of the period outside the VAT accounts as an unspecified exemption, by transaction', () => {
    const book = [
      tx('2025-02-28', [['411', 'D', '30.00'], ['706300', 'C', '30.00', ['0', '30.00']]], 'sale'), // before the period
      tx('2025-03-03', [['411', 'D', '70.00'], ['706300', 'C', '50.00', ['0', '50.00']], ['706400', 'C', '20.00', ['0', '20.00']]], 'sale'),
      tx('2025-03-04', [['411', 'D', '11.00'], ['706300', 'C', '11.00', ['0', '11.00']]], 'sale'),
      // A zero rate on a collected account is a rate row, not an exemption; a 20 % base outside the VAT accounts is nothing.
      tx('2025-03-05', [['411', 'D', '10.00'], ['706', 'C', '10.00', ['20', '10.00']]], 'sale'),
    ];
    const s = vatSynthesis(book, MAR);
    expect(s.exemptions.map((e) => [e.reason, e.base.toFixed(2), e.lines, e.documents])).toEqual([['unspecified', '81.00', 3, 2]]);
    expect(Object.isFrozen(s.exemptions[0])).toBe(true);
    expect(s.rates).toEqual([]);
  });

  it('leaves out a vat-settlement of the period but keeps its pending balance brought forward', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt' });
    const book = [
      tx('2025-02-10', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['44574', 'C', '20.00', ['20', '100.00']]], 'sale'),
      tx('2025-03-31', [['445711', 'D', '20.00', ['20', '100.00']], ['44551', 'C', '20.00']], 'vat-settlement'),
      tx('2025-03-15', [['411', 'D', '12.00'], ['706', 'C', '10.00'], ['445711', 'C', '2.00', ['20', '10.00']]], 'sale'),
    ];
    const s = vatSynthesis(book, { ...MAR, rules });
    expect([fig(s.collected), fig(s.pending.atEnd)]).toEqual([['10.00', '2.00', '12.00'], ['100.00', '20.00', '120.00']]);
    expect(s.collectedByType.map((t) => t.type)).toEqual(['sale']);
    // The same settlement in April is out of the period anyway.
    const apr = vatSynthesis(book, { period: { from: '2025-04-01', to: '2025-04-30' }, rules });
    expect(apr.collected.vat.toFixed(2)).toBe('0.00');
  });

  it('refuses a book naming more than 256 VAT rates', () => {
    const lines: Line[] = [];
    // 445711 stands for 20 %, one rate; 256 more make 257.
    for (let i = 0; i < 256; i++) lines.push(['445711', 'C', '0.01', [((i + 1) / 100).toFixed(2), '1.00']]);
    lines.push(['411', 'D', '2.56']);
    const e = errorOf(() => vatSynthesis([tx('2025-03-03', lines)], MAR));
    expect([e.code, e.issues[0]!.path, e.issues[0]!.message]).toEqual(['invalid_input', ['rates'], "The book names more than 256 VAT rates: check the entries' vat.rate."]);
    // 256 rates are read (the 255 entries' rates; 20 % is named by the account only, no row).
    const ok: Line[] = lines.slice(0, 255).concat([['411', 'D', '2.55']]);
    const s = vatSynthesis([tx('2025-03-03', ok)], MAR);
    expect([s.rates.length, s.rates[0]!.rate, s.rates[254]!.rate, s.collected.vat.toFixed(2)]).toEqual([255, '2.55', '0.01', '2.55']);
  });

  it('refuses bases whose sums pass Number.MAX_SAFE_INTEGER minor units', () => {
    const big = '90000000000000.00'; // 9e15 minor units
    const book = [
      tx('2025-03-03', [['411', 'D', '1.00'], ['706', 'C', '0.80'], ['445711', 'C', '0.20', ['20', big]]], 'sale'),
      tx('2025-03-04', [['411', 'D', '1.00'], ['706', 'C', '0.80'], ['445711', 'C', '0.20', ['20', big]]], 'sale'),
    ];
    const e = errorOf(() => vatSynthesis(book, MAR));
    expect([e.code, e.issues[0]!.path]).toEqual(['amount_overflow', ['period']]);
    // One such base is within the range.
    expect(vatSynthesis(book.slice(0, 1), MAR).collected.base.toFixed(2)).toBe(big);
  });
  it('reads a write-off or a vat-settlement that is the first type of the book', () => {
    // The write-off is the book's first transaction type: its 2.00 of 20 % VAT is regularised, not collected.
    const wo = [
      tx('2025-03-20', [['6541', 'D', '10.00'], ['445711', 'D', '2.00', ['20', '10.00']], ['411', 'C', '12.00']], 'write-off'),
      tx('2025-03-03', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
    ];
    const s = vatSynthesis(wo, MAR);
    expect([fig(s.collected), fig(s.writeOffs), s.netVatDue.toFixed(2)]).toEqual([['100.00', '20.00', '120.00'], ['10.00', '2.00', '12.00'], '18.00']);
    expect(s.rates[0]!.writeOffs && fig(s.rates[0]!.writeOffs)).toEqual(['10.00', '2.00', '12.00']);
    // Two settlements of the period, the first the book's first type: both left out.
    const settled = [
      tx('2025-03-31', [['445711', 'D', '20.00'], ['44551', 'C', '20.00']], 'vat-settlement'),
      tx('2025-03-03', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
      tx('2025-03-31', [['44551', 'D', '5.00'], ['445711', 'C', '5.00']], 'vat-settlement'),
    ];
    const t = vatSynthesis(settled, MAR);
    expect([fig(t.collected), t.collectedByType.map((c) => c.type)]).toEqual([['100.00', '20.00', '120.00'], ['sale']]);
  });

  it('shows deductible VAT still pending from a purchase of an earlier period', () => {
    // February: 100.00 + 20.00 VAT bought from a supplier taxed on receipt, nothing paid.
    const book = [tx('2025-02-10', [['622', 'D', '100.00'], ['44568', 'D', '20.00', ['20', '100.00']], ['401', 'C', '120.00']], 'purchase')];
    const s = vatSynthesis(book, MAR);
    expect(s.rates.map((r) => [r.rate, ...fig(r.deductiblePending!), ...fig(r.deductiblePendingAtEnd!)])).toEqual([['20', '0.00', '0.00', '0.00', '100.00', '20.00', '120.00']]);
    expect([fig(s.deductiblePending!.movements), fig(s.deductiblePending!.atEnd), s.accounts.deductiblePending]).toEqual([['0.00', '0.00', '0.00'], ['100.00', '20.00', '120.00'], ['44568']]);
  });

  it('refuses negative bases whose sums pass Number.MAX_SAFE_INTEGER minor units', () => {
    const big = '-90000000000000.00';
    const note = () => tx('2025-03-03', [['706', 'D', '0.80'], ['445711', 'D', '0.20', ['20', big]], ['411', 'C', '1.00']], 'credit-note');
    expect(errorOf(() => vatSynthesis([note(), note()], MAR)).code).toBe('amount_overflow');
  });

  it('sorts the exemptions the documents give by reason', () => {
    const docs = [
      invoice('e1', '2025-03-05', [{ account: '706300', unitPrice: '50.00', vatRate: '0', exemption: 'intra-eu' }]),
      invoice('e2', '2025-03-06', [{ account: '706400', unitPrice: '30.00', vatRate: '0', exemption: 'exempt' }, { account: '706400', unitPrice: '20.00', vatRate: '0', exemption: 'exempt' }]),
    ];
    const s = vatSynthesis([], docs, MAR);
    expect(s.exemptions.map((e) => [e.reason, e.base.toFixed(2), e.lines, e.documents])).toEqual([
      ['exempt', '50.00', 2, 1],
      ['intra-eu', '50.00', 1, 1],
    ]);
    expect(Object.isFrozen(s.exemptions[0]) && Object.isFrozen(s.counts)).toBe(true);
  });
  it('pins the rest: one row per rate whatever names it, sorts with the no-rate row first in the book, messages and keys', () => {
    // The first VAT account seen names no rate; 445711 is 20 % with and without vat.rate: one row.
    const book = [
      tx('2025-03-02', [['411', 'D', '3.00'], ['706', 'C', '1.00'], ['44571', 'C', '2.00']]),
      tx('2025-03-03', [['411', 'D', '120.00'], ['706', 'C', '100.00'], ['445711', 'C', '20.00', ['20', '100.00']]], 'sale'),
      tx('2025-03-04', [['411', 'D', '12.00'], ['706', 'C', '10.00'], ['445711', 'C', '2.00']], 'deposit'),
      tx('2025-03-05', [['706', 'D', '50.00'], ['445711', 'D', '10.00', ['20', '50.00']], ['411', 'C', '60.00']], 'credit-note'),
    ];
    const s = vatSynthesis(book, MAR);
    expect(s.rates.map((r) => [r.rate, ...fig(r.collected)])).toEqual([
      ['20', '50.00', '12.00', '62.00'],
      [undefined, '0.00', '2.00', '2.00'],
    ]);
    expect(s.collectedByType.map((t) => t.type)).toEqual(['', 'credit-note', 'deposit', 'sale']);
    expect('counts' in s).toBe(false);
    const big = '90000000000000.00';
    const over = [1, 2].map(() => tx('2025-03-03', [['411', 'D', '1.00'], ['706', 'C', '0.80'], ['445711', 'C', '0.20', ['20', big]]], 'sale'));
    expect(errorOf(() => vatSynthesis(over, MAR)).issues[0]!.message).toBe('The VAT sums of this period pass Number.MAX_SAFE_INTEGER minor units: split it into shorter periods.');
    // The options object given where the documents go is not read as options.
    expect(() => vatSynthesis(book, { period: { from: '2025-04-01', to: '2025-04-30' } } as never, MAR)).toThrow();
  });

  it('takes the longest per-rate account prefix, and no rate from the pending map for a deductible account', () => {
    const rules = defaultRules({ vatCollected: { '20': '4457111', '10': '44571' } });
    const s = vatSynthesis([tx('2025-03-03', [['411', 'D', '12.00'], ['706', 'C', '10.00'], ['4457111', 'C', '2.00']])], { ...MAR, rules });
    expect(s.rates.map((r) => r.rate)).toEqual(['20']);
    const pendingRules = defaultRules({ vatExigibility: 'on-receipt', vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } });
    const d = vatSynthesis([tx('2025-03-03', [['606', 'D', '10.00'], ['4457421', 'D', '2.00'], ['401', 'C', '12.00']])], { ...MAR, rules: pendingRules, accounts: { deductible: ['4457421'] } });
    expect(d.rates.map((r) => [r.rate, r.deductible.vat.toFixed(2)])).toEqual([[undefined, '2.00']]);
  });

  it('sorts three exemption reasons given in reverse order', () => {
    const line = (exemption: string, unitPrice: string) => ({ account: '706300', unitPrice, vatRate: '0', exemption });
    const docs = [invoice('e1', '2025-03-05', [line('out-of-scope', '5.00')]), invoice('e2', '2025-03-06', [line('intra-eu', '7.00')]), invoice('e3', '2025-03-07', [line('exempt', '9.00')])];
    expect(vatSynthesis([], docs, MAR).exemptions.map((e) => [e.reason, e.base.toFixed(2)])).toEqual([
      ['exempt', '9.00'],
      ['intra-eu', '7.00'],
      ['out-of-scope', '5.00'],
    ]);
  });
});
