// The compiled rules' lookups (src/posting/_lib/compiled.ts), the French labels' dates and periods and the source of a
// document's transactions (labels.ts), and which documents take a place in the invoice sequence (sequence.ts), read
// directly: hand-computed values, each lookup asked twice (the memo answers as the first reading did), refusals of
// hand-made rules with code, path and message.
import type { Document } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/index.js';
import { compile } from '../../src/posting/_lib/compiled.js';
import { frDate, frPeriod, sourceOf } from '../../src/posting/_lib/labels.js';
import { sequenceNumber } from '../../src/posting/_lib/sequence.js';
import { refusals } from '../_errors.js';

/** Asks a lookup twice: the memo must answer what the first reading answered. */
const twice = <T>(ask: () => T): T => {
  const first = ask();
  expect(ask()).toStrictEqual(first);
  return first;
};

describe('compile: one compiled form per rules object', () => {
  it('compiles the default rules when none are given, and the same rules object once', () => {
    const rules = defaultRules({ accountWidth: 6 });
    expect(compile(rules)).toBe(compile(rules));
    expect(compile(rules).rules).toBe(rules);
    expect(compile(undefined).rules).toBe(defaultRules());
    expect(compile(undefined)).toBe(compile(defaultRules()));
    expect(compile(rules)).not.toBe(compile(defaultRules({ accountWidth: 7 })));
  });

  it('reads hand-made rules through defaultRules: accepted as overrides, refused with code, path and message', () => {
    const c = compile({ currency: 'JPY', accountWidth: 8 } as never);
    expect([c.currency, c.scale, c.width, c.rules.accounts.customers]).toEqual(['JPY', 0, 8, '41100000']);
    expect(refusals(() => compile({ accountWidth: 2 } as never))).toEqual([
      ['invalid_option', 'accountWidth', 'accountWidth must be a whole number from 3 to 20 (the characters of a general account number, e.g. 6 for 411000), received 2.'],
    ]);
  });
});

describe('compile: rates', () => {
  const c = compile(defaultRules());

  it('gives each accepted rate its exact fraction and accounts', () => {
    expect(twice(() => c.rate('20'))).toEqual({ rate: '20', num: 20, den: 100, zero: false, collected: '445711', pending: '44574' });
    expect(twice(() => c.rate('10'))).toEqual({ rate: '10', num: 10, den: 100, zero: false, collected: '445712', pending: '44574' });
    // 5.5 % = 55 / 1000, 2.1 % = 21 / 1000: the decimals go to the denominator.
    expect(twice(() => c.rate('5.5'))).toEqual({ rate: '5.5', num: 55, den: 1000, zero: false, collected: '445713', pending: '44574' });
    expect(twice(() => c.rate('2.1'))).toEqual({ rate: '2.1', num: 21, den: 1000, zero: false, collected: '445714', pending: '44574' });
    expect(c.rate('0')).toMatchObject({ rate: '0', num: 0, den: 100, zero: true, collected: '' });
  });

  it('gives one rate however it is written (one object: lines are grouped by it)', () => {
    const twenty = c.rate('20');
    for (const spelled of ['20', '20.0', '20.00', '020', '20.000']) expect(c.rate(spelled)).toBe(twenty);
    const five = c.rate('5.50');
    expect(five).toBe(c.rate('5.5'));
    expect(five).toBe(c.rate('05.5'));
    expect(c.rate('0.0')).toBe(c.rate('0'));
    expect(Object.isFrozen(twenty)).toBe(true);
  });

  it('answers undefined (not null), every time, for a rate not accepted or not a rate', () => {
    for (const raw of ['19.6', '7', '', 'abc', '20%', '-20', '20.', '.5', '1e1']) {
      expect(c.rate(raw)).toBeUndefined();
      expect(c.rate(raw)).toBeUndefined();
    }
    const only20 = compile(defaultRules({ vatRates: ['0', '20'], vatCollected: { '20': '445711' }, vatPending: { '20': '44574' } } as never));
    expect(only20.rate('10')).toBeUndefined();
    expect(only20.rate('10.0')).toBeUndefined();
    expect(only20.rate('20.0')).toMatchObject({ rate: '20', collected: '445711', pending: '44574' });
  });

  it('takes the pending account of each rate, or the one account given for all; the zero rate has none of its own', () => {
    const per = compile(defaultRules({ vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } }));
    expect(['20', '10', '5.50', '2.1', '0'].map((r) => per.rate(r)!.pending)).toEqual(['445741', '445742', '445743', '445744', '']);
    const one = compile(defaultRules({ vatPending: '4458' }));
    expect(['20', '5.5'].map((r) => one.rate(r)!.pending)).toEqual(['4458', '4458']);
    const padded = compile(defaultRules({ accountWidth: 8 }));
    expect([padded.rate('20')!.collected, padded.rate('20')!.pending, padded.rate('0')!.collected]).toEqual(['44571100', '44574000', '']);
  });

  it('reads past its memo limit as before it (10,000 spellings and more)', () => {
    const fresh = compile(defaultRules({ journals: { sales: 'VE' } }));
    const twenty = fresh.rate('20')!;
    // 10,050 spellings of rates not accepted (7.00000 to 7.10049): none is a rate, the memo is full after them.
    let found = 0;
    for (let k = 0; k < 10_050; k++) if (fresh.rate(`7.${String(k).padStart(5, '0')}`) !== undefined) found++;
    expect(found).toBe(0);
    expect(fresh.rate('20.000000')).toBe(twenty);
    expect(fresh.rate('5.500000')).toBe(fresh.rate('5.5'));
    expect(fresh.rate('19.60')).toBeUndefined();
  });
});

describe('compile: accounts, journals, payment methods', () => {
  it('tells whether the chart covers an account, the same on every reading', () => {
    const c = compile(defaultRules());
    expect(['411', '706100', '999', '0', '445711'].map((a) => twice(() => c.covers(a)))).toEqual([true, true, false, false, true]);
  });

  it('has no width, pads nothing and finds nothing too long without accountWidth', () => {
    const c = compile(defaultRules());
    expect(c.width).toBeUndefined();
    expect([c.pad('411'), c.pad('4111111111111111111111')]).toEqual(['411', '4111111111111111111111']);
    expect(c.tooLong('4111111111111111111111')).toBe(false);
  });

  it('pads to accountWidth and finds an account longer than it too long, not one as long', () => {
    const c = compile(defaultRules({ accountWidth: 6 }));
    expect(c.width).toBe(6);
    expect([c.pad('411'), c.pad('411000'), c.pad('4111')]).toEqual(['411000', '411000', '411100']);
    expect([c.tooLong('41100'), c.tooLong('411000'), c.tooLong('4110001')]).toEqual([false, false, true]);
  });

  it('gives the journal of each role and the payment methods as own keys only', () => {
    const c = compile(defaultRules({ journals: { bank: 'BQ2' } }));
    expect((['sales', 'purchases', 'bank', 'cash', 'general', 'opening'] as const).map((r) => c.journal(r))).toEqual(['VT', 'AC', 'BQ2', 'CA', 'OD', 'AN']);
    expect(c.method('card')).toEqual({ account: '5115', journal: 'bank', clearing: true, label: 'CB' });
    expect(c.method('card')).toBe(c.rules.paymentMethods.card);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'paypal', '']) expect(c.method(name)).toBeUndefined();
  });
});

describe('compile: goods or services', () => {
  it('sells goods on 701, 702, 703, 707 and the rebates 7091–7093, 7097; services elsewhere', () => {
    const c = compile(defaultRules());
    const accounts = ['701000', '702', '703100', '707100', '709100', '709200', '709300', '709700', '704000', '705', '706100', '708500', '709400', '709800', '70', '7'];
    expect(accounts.map((a) => twice(() => c.goodsSale(a)))).toEqual([true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false]);
  });

  it('sells goods on the rules\' goods account as well, not on a neighbour', () => {
    const c = compile(defaultRules({ accounts: { goods: '708500' } }));
    expect(['708500', '708510', '708600', '707000', '706000'].map((a) => c.goodsSale(a))).toEqual([true, true, false, true, false]);
  });

  it('buys goods on 601, 602, 606, 607 and the tangible fixed assets 21; services elsewhere', () => {
    const c = compile(defaultRules());
    const accounts = ['601000', '602200', '606100', '607000', '215400', '218300', '603000', '604000', '611000', '622600', '205000', '6'];
    expect(accounts.map((a) => twice(() => c.goodsPurchase(a)))).toEqual([true, true, true, true, true, true, false, false, false, false, false, false]);
  });

  it('reads the rules\' natures first, by the longest prefix, for sales and purchases alike', () => {
    const c = compile(defaultRules({ natures: { '7': 'services', '706': 'goods', '70611': 'services', '6': 'goods', '607': 'services' } }));
    // 707100: only "7" matches → services, although 707 sells goods by default.
    expect(['707100', '706100', '706110', '706119', '708000'].map((a) => twice(() => c.goodsSale(a)))).toEqual([false, true, false, false, false]);
    expect(['607000', '604000', '601000'].map((a) => twice(() => c.goodsPurchase(a)))).toEqual([false, true, true]);
    // An account no key prefixes falls back on the built-in split.
    expect([c.goodsPurchase('215400'), c.goodsPurchase('205000'), c.goodsSale('412')]).toEqual([true, false, false]);
    // A nature key as long as the account matches it whole.
    const whole = compile(defaultRules({ natures: { '706100': 'goods' } }));
    expect([whole.goodsSale('706100'), whole.goodsSale('7061001'), whole.goodsSale('706101'), whole.goodsSale('70610')]).toEqual([true, true, false, false]);
  });

  it('keeps the rules\' natures apart from other rules\' (one memo per rules object)', () => {
    const plainRules = compile(defaultRules());
    const goods = compile(defaultRules({ natures: { '706': 'goods' } }));
    expect([plainRules.goodsSale('706100'), goods.goodsSale('706100'), plainRules.goodsSale('706100')]).toEqual([false, true, false]);
  });

  describe('properties', () => {
    it('the nature of a sale is that of its longest prefix among the natures, else the built-in split (longest-prefix law)', () => {
      const digit = fc.constantFrom('0', '1', '2', '6', '7');
      const prefix = fc.array(digit, { minLength: 1, maxLength: 4 }).map((d) => d.join(''));
      fc.assert(
        fc.property(fc.dictionary(prefix, fc.constantFrom('goods' as const, 'services' as const), { maxKeys: 6 }), fc.array(fc.array(digit, { minLength: 1, maxLength: 6 }).map((d) => d.join('')), { minLength: 1, maxLength: 8 }), (natures, accounts) => {
          const c = compile(defaultRules({ natures }));
          const base = compile(defaultRules());
          for (const a of accounts) {
            const keys = Object.keys(natures).filter((k) => a.startsWith(k)).sort((x, y) => y.length - x.length);
            const sale = keys.length > 0 ? natures[keys[0]!] === 'goods' : base.goodsSale(a);
            const purchase = keys.length > 0 ? natures[keys[0]!] === 'goods' : base.goodsPurchase(a);
            expect([c.goodsSale(a), c.goodsPurchase(a)]).toEqual([sale, purchase]);
          }
        }),
        { numRuns: 60 },
      );
    });
  });
});

describe('labels: dates and periods in French', () => {
  it('writes a date day first', () => {
    expect([frDate('2024-10-15'), frDate('2024-01-01'), frDate('1999-12-31')]).toEqual(['15/10/2024', '01/01/2024', '31/12/1999']);
  });

  it('writes a calendar month as MM/YYYY, whole months as a range of months, anything else day by day', () => {
    expect(frPeriod('2024-07-01', '2024-07-31')).toBe('07/2024');
    expect(frPeriod('2024-02-01', '2024-02-29')).toBe('02/2024');
    expect(frPeriod('2023-02-01', '2023-02-28')).toBe('02/2023');
    expect(frPeriod('2024-07-01', '2024-09-30')).toBe('07/2024-09/2024');
    expect(frPeriod('2023-12-01', '2024-01-31')).toBe('12/2023-01/2024');
    // The same month of another year is a range.
    expect(frPeriod('2023-07-01', '2024-07-31')).toBe('07/2023-07/2024');
    // Not from the 1st, or not to the month's last day: day by day.
    expect(frPeriod('2024-07-02', '2024-07-31')).toBe('02/07/2024-31/07/2024');
    expect(frPeriod('2024-07-01', '2024-07-30')).toBe('01/07/2024-30/07/2024');
    expect(frPeriod('2024-02-01', '2024-02-28')).toBe('01/02/2024-28/02/2024');
    expect(frPeriod('2024-07-11', '2024-07-11')).toBe('11/07/2024-11/07/2024');
  });
});

describe('labels: the source of a document\'s transactions', () => {
  it('holds only the fields the document has, in a fixed order, frozen', () => {
    const bare = sourceOf({ id: 'd1' });
    expect(bare).toStrictEqual({ documentId: 'd1' });
    expect(Object.keys(bare)).toEqual(['documentId']);
    expect(Object.isFrozen(bare)).toBe(true);
    const full = sourceOf({ memo: 'm', billingContact: 'Mme X', funder: 'CAF', customer: { id: 'C1', name: 'A' }, number: 'N1', id: 'd2' }, 'card');
    expect(Object.entries(full)).toEqual([
      ['documentId', 'd2'], ['documentNumber', 'N1'], ['customerId', 'C1'], ['customerName', 'A'], ['funder', 'CAF'], ['billingContact', 'Mme X'], ['paymentMethod', 'card'], ['memo', 'm'],
    ]);
  });

  it('leaves out each field the document does not have, and takes the customer given over the document\'s', () => {
    expect(Object.keys(sourceOf({ id: 'd', number: 'N' }))).toEqual(['documentId', 'documentNumber']);
    expect(Object.keys(sourceOf({ id: 'd', funder: 'F' }))).toEqual(['documentId', 'funder']);
    expect(Object.keys(sourceOf({ id: 'd', billingContact: 'B' }))).toEqual(['documentId', 'billingContact']);
    expect(Object.keys(sourceOf({ id: 'd', memo: '' }))).toEqual(['documentId', 'memo']);
    expect(Object.keys(sourceOf({ id: 'd' }, 'cash'))).toEqual(['documentId', 'paymentMethod']);
    expect(sourceOf({ id: 'd', number: undefined, funder: undefined, billingContact: undefined, memo: undefined, customer: undefined }, undefined)).toStrictEqual({ documentId: 'd' });
    expect(sourceOf({ id: 'd', customer: { id: 'C1', name: 'A' } }, undefined, { id: 'C2', name: 'B' })).toStrictEqual({ documentId: 'd', customerId: 'C2', customerName: 'B' });
    expect(sourceOf({ id: 'd' }, undefined, { id: 'C2', name: 'B' })).toStrictEqual({ documentId: 'd', customerId: 'C2', customerName: 'B' });
  });
});

describe('sequence: the documents that take a place in the invoice sequence', () => {
  const inv = (extra: object) => ({ type: 'invoice', id: 'i', number: 'FA-1', kind: 'final', status: 'issued', ...extra }) as unknown as Document;

  it('numbers every invoice that posts, cancelled ones included', () => {
    for (const kind of ['final', 'deposit', 'credit-note', 'debit-note']) expect(sequenceNumber(inv({ kind }))).toBe('FA-1');
    expect(sequenceNumber(inv({ status: 'cancelled' }))).toBe('FA-1');
  });

  it('does not number a draft, a proforma or another document that has a number', () => {
    expect(sequenceNumber(inv({ status: 'draft' }))).toBeUndefined();
    expect(sequenceNumber(inv({ kind: 'proforma' }))).toBeUndefined();
    for (const type of ['payment', 'purchase', 'credit-note', 'till-closing']) expect(sequenceNumber(inv({ type }))).toBeUndefined();
  });
});
