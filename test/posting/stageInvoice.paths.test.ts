// Which path postBook gives an invoice (src/posting/_lib/stageInvoice.ts): `stageNewInvoice` for an invoice nothing
// refers to, `stageInvoice` for the common invoice once its figures are computed (an invoice a payment refers to,
// or one the fast path of new invoices leaves), else the general path — with the Book equal to
// createBook(post(…)) whichever path is taken. A stricter guard gives the same Book, so these tests say WHICH path
// each kind of invoice takes; worked vectors pin the columns written by the fast paths.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultRules, postBook, safePostBook, type PostableDocument, type PostingRules, type PostOptions } from '../../src/index.js';
import { BOOK_MODE } from '../../src/posting/_lib/bookMode.js';
import { stagedCount } from '../../src/posting/_lib/stageInvoice.js';
import { vatOnInvoice } from '../_rules.js';
import { invoice, line, payment } from './_helpers.js';
import { outcome, sameAsPost } from './_stage.js';

afterEach(() => {
  vi.restoreAllMocks();
});

interface Paths {
  /** Invoices staged by stageNewInvoice. */
  fresh: number;
  /** Invoices staged by stageInvoice. */
  common: number;
}

/** How many of `docs` each fast path stages (checked against stagedCount), then the Book against createBook(post(…)). */
function paths(docs: unknown[], rules: PostingRules = vatOnInvoice, options: PostOptions = {}): Paths {
  const fresh = vi.spyOn(BOOK_MODE, 'stageNew');
  const common = vi.spyOn(BOOK_MODE, 'stage');
  const before = stagedCount();
  outcome(() => postBook(docs as PostableDocument[], rules, options));
  const n = stagedCount() - before;
  const out = { fresh: fresh.mock.results.filter((r) => r.value === true).length, common: common.mock.results.filter((r) => r.value === true).length };
  vi.restoreAllMocks();
  expect(out.fresh + out.common).toBe(n);
  sameAsPost(docs, rules, options);
  return out;
}

/** The Book's entries of `docs` as [account, signed amount, VAT rate, VAT base] rows. */
function rows(docs: unknown[], rules: PostingRules = vatOnInvoice): Array<[string, number, string | null, number]> {
  const { book } = postBook(docs as PostableDocument[], rules);
  const e = book.entries;
  return [...e.amount].map((a, i) => {
    const r = e.vatRate?.[i] ?? -1;
    return [book.accounts[e.account[i]!]!, a, r < 0 ? null : book.strings[r]!, e.vatBase?.[i] ?? 0];
  });
}

const FRESH: Paths = { fresh: 1, common: 0 };
const COMMON: Paths = { fresh: 0, common: 1 };
const NONE: Paths = { fresh: 0, common: 0 };

/**
 * `doc` as given, then with an exchange rate of 1 to the book currency: stageNewInvoice leaves an invoice with an
 * exchange rate to the general path, whose figures (no conversion in the book currency) stageInvoice then stages.
 */
function bothPaths(doc: Record<string, unknown>, rules: PostingRules = vatOnInvoice): [Paths, Paths] {
  return [paths([doc], rules), paths([{ ...doc, currency: 'EUR', exchangeRate: '1' }], rules)];
}

const at = (lines: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> => invoice('a', '2024-10-15', lines, extra);

describe('stageInvoice paths: the common invoices take a fast path', () => {
  const cases: Array<[string, Record<string, unknown>, PostingRules]> = [
    ['a final invoice, prices incl. tax', at([line('12.00')]), vatOnInvoice],
    ['a credit note', at([line('12.00')], { kind: 'credit-note' }), vatOnInvoice],
    ['a debit note', at([line('12.00')], { kind: 'debit-note' }), vatOnInvoice],
    ['paid, in EUR given', at([line('12.00')], { status: 'paid', currency: 'EUR' }), vatOnInvoice],
    ['prices excl. tax', at([line('10.01'), line('3.33', '5.5')], { pricesIncludeTax: false }), vatOnInvoice],
    ['VAT on receipt, services and goods', at([line('12.00'), line('11.00', '20', { kind: 'goods', account: '707100' }), line('5.00', '10', { account: '707100' })]), defaultRules()],
    ['VAT on receipt, goods only (no pending VAT)', at([line('11.00', '20', { kind: 'goods' })]), defaultRules()],
    ['VAT on receipt, services only (no collected VAT)', at([line('11.00', '20')]), defaultRules()],
    ['VAT on receipt, a credit note of goods and services', at([line('12.00'), line('6.00', '20', { kind: 'goods' })], { kind: 'credit-note' }), defaultRules()],
    ['per-line VAT, incl. tax', at([line('10.01'), line('10.01'), line('3.00', '0', { exemption: 'exempt' })]), defaultRules({ vatExigibility: 'on-invoice', vatRounding: 'per-line' })],
    ['per-line VAT, excl. tax', at([line('10.01'), line('10.01', '5.5', { kind: 'goods' })], { pricesIncludeTax: false }), defaultRules({ vatRounding: 'per-line' })],
    ['half-even rounding', at([line('10.03'), line('0.05', '10')], { pricesIncludeTax: false }), defaultRules({ vatExigibility: 'on-invoice', rounding: 'half-even' })],
    ['toward-zero rounding', at([line('10.07')]), defaultRules({ vatExigibility: 'on-invoice', rounding: 'toward-zero' })],
    ['several groups at one rate', at([line('10.00'), line('10.01', '20', { account: '707100' }), line('-2.00', '20', { account: '708500' })]), vatOnInvoice],
    ['a zero-rate line only (no VAT entry)', at([line('30.00', '0', { exemption: 'exempt' })]), vatOnInvoice],
    ['lines without account (services, goods)', at([line('10.00', '20', { account: undefined }), line('10.00', '20', { account: undefined, kind: 'goods' })]), vatOnInvoice],
    ['the customer own account', at([line('12.00')], { customer: { id: 'C1', name: 'MARTIN Léa', account: '411100' } }), vatOnInvoice],
    ['a long own account (no width set)', at([line('12.00')], { customer: { id: 'C1', name: 'MARTIN Léa', account: '4111111111111111111' } }), vatOnInvoice],
    ['quantities 2, 1.5, 0.333 and 0', at([line('10.00', '20', { quantity: '2' }), line('10.01', '20', { quantity: '1.5' }), line('3.00', '10', { quantity: '0.333' }), line('1.00', '20', { quantity: '0' })]), vatOnInvoice],
    ['lines offsetting one another in two accounts (no customer entry)', at([line('10.00'), line('-10.00', '20', { account: '707100' })]), vatOnInvoice],
    ['a negative group larger than the others', at([line('-30.00', '20', { account: '707100' }), line('40.00'), line('-1.00', '10')]), vatOnInvoice],
  ];
  for (const [name, doc, rules] of cases) {
    it(`${name}: stageNewInvoice alone, stageInvoice once referred to`, () => {
      expect(bothPaths(doc, rules)).toEqual([FRESH, COMMON]);
    });
  }

  it('tourist tax: stageNewInvoice (two lines on one account merged)', () => {
    const tax = (p: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: p, ...extra });
    const doc = at([line('50.00', '10'), tax('0.60'), tax('0.40'), tax('1.00', { account: '447100' })]);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
    // 50 TTC at 10 % = 45.45 + 4.55; tourist tax 1.20 + 0.80 on 447, 2.00 on 447100
    expect(rows([doc])).toEqual([
      ['411', 5400, null, 0],
      ['706100', -4545, null, 0],
      ['447', -200, null, 0],
      ['447100', -200, null, 0],
      ['445712', -455, '10', -4545],
    ]);
  });

  it('several invoices in a run: each staged by its path, a payment beside them', () => {
    const docs = [at([line('12.00')]), invoice('b', '2024-10-16', [line('24.00')], { kind: 'credit-note' }), invoice('c', '2024-10-17', [line('1.00')], { currency: 'EUR', exchangeRate: '1' }), payment('p', '2024-10-20', '1.00', [['c', '1.00']])];
    expect(paths(docs)).toEqual({ fresh: 2, common: 1 });
    expect(paths(docs, defaultRules())).toEqual({ fresh: 2, common: 1 });
  });
});

describe('stageInvoice paths: the others take the general path', () => {
  it('a foreign currency (stageNewInvoice and stageInvoice refuse)', () => {
    expect(paths([at([line('12.00')], { currency: 'USD', exchangeRate: '0.9' })])).toEqual(NONE);
  });

  it('the rules of a lock or a closing', () => {
    for (const rules of [defaultRules({ lockedUntil: '2024-01-31' }), defaultRules({ closedThrough: '2024-01-31' })]) expect(bothPaths(at([line('12.00')]), rules)).toEqual([NONE, NONE]);
  });

  it('a cancelled invoice', () => {
    expect(bothPaths(at([line('12.00')], { status: 'cancelled', cancelledOn: '2024-10-20' }))).toEqual([NONE, NONE]);
  });

  it('a deposit, and the invoice deducting it', () => {
    const deposit = invoice('dep', '2024-10-01', [line('6.00')], { kind: 'deposit', number: 'FA-dep' });
    expect(paths([deposit])).toEqual(NONE);
    expect(paths([deposit, at([line('12.00')], { deducts: ['dep'] })])).toEqual(NONE);
  });

  it('a credit note correcting an invoice (the invoice itself is staged), an empty list of deductions', () => {
    const docs = [at([line('12.00')]), invoice('b', '2024-10-16', [line('12.00')], { kind: 'credit-note', corrects: 'a' })];
    expect(paths(docs)).toEqual(FRESH);
    expect(paths(docs, defaultRules())).toEqual(FRESH);
    // deducts given, empty: computed first (stageNewInvoice never sees it), then staged by stageInvoice
    expect(paths([at([line('12.00')], { deducts: [] })])).toEqual(COMMON);
  });

  it('an invoice of zero total, or with an issue (the general path records it)', () => {
    expect(bothPaths(at([line('0.00')]))).toEqual([NONE, NONE]);
    expect(bothPaths(at([line('10.00'), line('-10.00')]))).toEqual([NONE, NONE]);
    expect(paths([at([line('12.00', '0.2')])])).toEqual(NONE);
    expect(paths([at([line('12.00')], { customer: { id: 'C1', name: 'MARTIN Léa', account: '999999' } })])).toEqual(NONE);
    expect(paths([at([line('12.00', '20', { quantity: '90071992547409910' })])])).toEqual(NONE);
    expect(paths([at([line('90071992547409.92', '0', { exemption: 'exempt' })])])).toEqual(NONE);
    // the largest amount a column takes (2^53 − 1 minor units) is staged
    expect(paths([at([line('90071992547409.91', '0', { exemption: 'exempt' })])])).toEqual(FRESH);
    expect(paths([at([line('45035996273704.95'), line('45035996273704.95')], { pricesIncludeTax: false })])).toEqual(NONE);
    expect(paths([at([line('5.00'), line('-12.00', '20', { account: '707100' })])])).toEqual(NONE);
  });
});

describe('stageInvoice paths: worked vectors of the columns written', () => {
  it('largest group takes the remainder of the rate base (prices incl. tax, one rate)', () => {
    // 20.01 TTC at 20 %: base 16.675 → 16.68 (half away from zero), VAT 3.33; groups 10.00 → 8.33 and 10.01 → 8.34,
    // 16.67 in all: the cent left goes to the larger group (10.01)
    const doc = at([line('10.00'), line('10.01', '20', { account: '707100' })]);
    expect(rows([doc])).toEqual([
      ['411', 2001, null, 0],
      ['706100', -833, null, 0],
      ['707100', -835, null, 0],
      ['445711', -333, '20', -1668],
    ]);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
  });

  it('a credit note on receipt: goods VAT collected, services VAT pending, on the debit side', () => {
    // 12 TTC services → 10 + 2 (pending 445741), 6 TTC goods on 707 → 5 + 1 (collected 445711)
    const doc = at([line('12.00'), line('6.00', '20', { kind: 'goods', account: undefined })], { kind: 'credit-note' });
    expect(rows([doc], defaultRules())).toEqual([
      ['411', -1800, null, 0],
      ['706100', 1000, null, 0],
      ['707', 500, null, 0],
      ['445711', 100, '20', 500],
      ['44574', 200, '20', 1000],
    ]);
  });

  it('per-line VAT excl. tax with a zero-rate line: the VAT of each line rounded, then summed', () => {
    // 10.01 HT at 20 %: 2.002 → 2.00 twice; 0.05 at 5.5 %: 0.00275 → 0.00 (a group of its own, no VAT entry)
    const doc = at([line('10.01'), line('10.01'), line('0.05', '5.5'), line('3.00', '0', { account: '706200', exemption: 'exempt' })], { pricesIncludeTax: false });
    expect(rows([doc], defaultRules({ vatExigibility: 'on-invoice', vatRounding: 'per-line' }))).toEqual([
      ['411', 2707, null, 0],
      ['706100', -2002, null, 0],
      ['706100', -5, null, 0],
      ['706200', -300, '0', -300],
      ['445711', -400, '20', -2002],
    ]);
  });

  it('quantities: 1.5 × 10.01 = 15.015 → 15.02 (half away from zero), a discount of −1.00', () => {
    const doc = at([line('10.01', '0', { quantity: '1.5', exemption: 'exempt' }), line('-1.00', '0', { account: '707100', exemption: 'exempt' })]);
    expect(rows([doc])).toEqual([
      ['411', 1402, null, 0],
      ['706100', -1502, '0', -1502],
      ['707100', 100, '0', 100],
    ]);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
  });
});

describe('stageInvoice paths: edges of the guards', () => {
  it('zero-rate lines offsetting one another: no customer entry, the first entry carries its VAT rate and base', () => {
    const doc = at([line('10.00', '0', { exemption: 'exempt' }), line('-10.00', '0', { account: '707100', exemption: 'exempt' })]);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
    expect(rows([doc])).toEqual([
      ['706100', -1000, '0', -1000],
      ['707100', 1000, '0', 1000],
    ]);
  });

  it('lines whose absolute sum passes the safe integers, though they offset one another: the general path refuses them', () => {
    const max = '90071992547409.91';
    expect(paths([at([line(max, '0', { exemption: 'exempt' }), line(`-${max}`, '0', { account: '707100', exemption: 'exempt' })])])).toEqual(NONE);
  });

  it('a price finer than the cent, an account outside the chart: left to the general path (which records the issue)', () => {
    expect(paths([at([line('10.001')])])).toEqual(NONE);
    expect(paths([at([line('12.00', '20', { account: '99' })])])).toEqual(NONE);
    expect(paths([at([line('12.00', '20', { account: '99', kind: 'goods' })])])).toEqual(NONE);
  });
});

describe('stageInvoice paths: quantities and line accounts', () => {
  const modes = [vatOnInvoice, defaultRules({ vatExigibility: 'on-invoice', rounding: 'half-even' }), defaultRules({ vatExigibility: 'on-invoice', rounding: 'toward-zero' })];
  const quantities = ['3', '10', '2.0', '1.50', '0.125', '0.001', '100.00'];
  for (const q of quantities) {
    it(`quantity ${q} × 10.03 in every rounding mode: stageNewInvoice alone, stageInvoice once referred to, the Book as post's`, () => {
      for (const rules of modes) expect(bothPaths(at([line('10.03', '20', { quantity: q }), line('30.00', '10')]), rules)).toEqual([FRESH, COMMON]);
    });
  }

  it('quantity 0.125 × 10.03 = 1.25375: 1.25 (half away from zero) whatever the mode, 1.5 × 0.05 = 0.075: 0.08, 0.08, 0.07', () => {
    const doc = (q: string, p: string) => at([line(p, '0', { quantity: q, exemption: 'exempt' })]);
    const customer = (rules: PostingRules, q: string, p: string) => rows([doc(q, p)], rules)[0]![1];
    expect(modes.map((r) => customer(r, '0.125', '10.03'))).toEqual([125, 125, 125]);
    expect(modes.map((r) => customer(r, '1.5', '0.05'))).toEqual([8, 8, 7]);
  });

  it('an integer quantity past the safe integers, or a product past them: left to the general path', () => {
    expect(paths([at([line('1.00', '20', { quantity: '90071992547409910' })])])).toEqual(NONE);
    expect(paths([at([line('900719925474.09', '20', { quantity: '1000' })])])).toEqual(NONE);
    expect(paths([at([line('900719925474.09', '20', { quantity: '1000.5' })])])).toEqual(NONE);
  });

  it('a line account too long for the rules\' width, or outside the chart: left to the general path; a covered one is padded and staged', () => {
    const width = defaultRules({ vatExigibility: 'on-invoice', accountWidth: 8 });
    expect(paths([at([line('12.00', '20', { account: '706100000' })])], width)).toEqual(NONE);
    expect(paths([at([line('12.00', '20', { account: '7061' })])], width)).toEqual(FRESH);
    expect(rows([at([line('12.00', '20', { account: '7061' })])], width).map((r) => r[0])).toEqual(['41100000', '70610000', '44571100']);
    expect(paths([at([line('12.00', '20', { account: '99' })])], width)).toEqual(NONE);
  });
});

describe('stageInvoice paths: lines the general path refuses, the book currency, long invoices', () => {
  /** The code@path and message of each issue safePostBook records for `docs` (the same as safePost's, checked by `paths`). */
  const refusals = (docs: unknown[], rules: PostingRules = vatOnInvoice): Array<[string, string]> =>
    safePostBook(docs as PostableDocument[], rules).failures.flatMap((f) => f.issues.map((i): [string, string] => [`${i.code}@${i.path.join('.')}`, i.message]));

  it('a unit price finer than the cent or past the safe integers, with a decimal quantity: left to the general path', () => {
    const fine = at([line('10.001', '20', { quantity: '1.5' })]);
    expect(paths([fine])).toEqual(NONE);
    expect(refusals([fine])).toEqual([['too_many_decimals@0.lines.0.unitPrice', expect.stringContaining('Unit price 10.001 has more decimals than the currency allows (2)')]]);
    const large = at([line('99999999999999999999.00', '20', { quantity: '1.5' })]);
    expect(paths([large])).toEqual(NONE);
    expect(refusals([large])).toEqual([['amount_overflow@0.lines.0.unitPrice', 'Unit price 99999999999999999999.00 is too large.']]);
  });

  it('a quantity past the safe integers at a price of zero (a product of zero): left to the general path', () => {
    for (const q of ['90071992547409910', '90071992547409910.5']) {
      const doc = at([line('12.00'), line('0.00', '20', { quantity: q, account: '707100' })]);
      expect(paths([doc])).toEqual(NONE);
      expect(refusals([doc])).toEqual([['amount_overflow@0.lines.1.quantity', `Quantity ${q} is too large.`]]);
    }
  });

  it('rules in another currency: the Book is in that currency (stageNewInvoice, then stageInvoice)', () => {
    const usd = defaultRules({ currency: 'USD', vatExigibility: 'on-invoice' });
    const doc = at([line('12.00')]);
    expect(paths([doc], usd)).toEqual(FRESH);
    expect(paths([{ ...doc, currency: 'USD', exchangeRate: '1' }], usd)).toEqual(COMMON);
    expect(postBook([doc] as PostableDocument[], usd).book.currency).toBe('USD');
    expect(rows([doc], usd)).toEqual([
      ['411', 1200, null, 0],
      ['706100', -1000, null, 0],
      ['445711', -200, '20', -1000],
    ]);
  });

  it('one invoice of 70 lines on 70 accounts (72 entries, past the first growth of the staging columns)', () => {
    const lines = Array.from({ length: 70 }, (_, k) => line('1.20', '20', { account: `7061${String(k).padStart(2, '0')}` }));
    const doc = at(lines);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
    const r = rows([doc]);
    expect(r.length).toBe(72);
    // 70 × 1.20 TTC = 84.00: each line 1.00 + VAT 0.20 in all 14.00
    expect(r[0]).toEqual(['411', 8400, null, 0]);
    expect(r[70]).toEqual(['706169', -100, null, 0]);
    expect(r[71]).toEqual(['445711', -1400, '20', -7000]);
  });

  it('two invoices whose first line is tourist tax: each staged by stageNewInvoice', () => {
    const tax = { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60' };
    const lines = [tax, line('50.00', '10')];
    const docs = [at(lines), invoice('b', '2024-10-16', lines)];
    expect(paths(docs)).toEqual({ fresh: 2, common: 0 });
    expect(rows(docs).slice(4)).toEqual([
      ['411', 5120, null, 0],
      ['447', -120, null, 0],
      ['706100', -4545, null, 0],
      ['445712', -455, '10', -4545],
    ]);
  });

  it('tourist tax on the account of a service line (a class-4 account): two entries, as post gives them', () => {
    // per-line VAT, where a group's base is not computed again from its lines: 12.00 TTC at 20 % = 10.00 + 2.00 on
    // 4671, tourist tax 2 × 0.60 on 4671 too, kept apart
    const perLine = defaultRules({ vatExigibility: 'on-invoice', vatRounding: 'per-line' });
    const doc = at([line('12.00', '20', { account: '4671' }), { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60', account: '4671' }]);
    for (const rules of [perLine, vatOnInvoice]) expect(bothPaths(doc, rules)).toEqual([FRESH, COMMON]);
    expect(rows([doc], perLine)).toEqual([
      ['411', 1320, null, 0],
      ['4671', -1000, null, 0],
      ['4671', -120, null, 0],
      ['445711', -200, '20', -1000],
    ]);
  });

  it('prices incl. tax, one VAT rate then a zero rate: each group keeps its base', () => {
    // 12.00 TTC at 20 % = 10.00 + 2.00, then 5.00 exempt
    const doc = at([line('12.00'), line('5.00', '0', { account: '706200', exemption: 'exempt' })]);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
    expect(rows([doc])).toEqual([
      ['411', 1700, null, 0],
      ['706100', -1000, null, 0],
      ['706200', -500, '0', -500],
      ['445711', -200, '20', -1000],
    ]);
  });

  it('a zero line first, then lines offsetting one another: no customer entry, the two revenue entries staged', () => {
    const doc = at([line('0.00', '20', { account: '706200' }), line('10.00'), line('-10.00', '20', { account: '707100' })]);
    expect(bothPaths(doc)).toEqual([FRESH, COMMON]);
    expect(rows([doc])).toEqual([
      ['706100', -833, null, 0],
      ['707100', 833, null, 0],
    ]);
  });
});
