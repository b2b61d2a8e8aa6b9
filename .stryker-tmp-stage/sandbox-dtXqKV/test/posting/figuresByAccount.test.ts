// @ts-nocheck
// The groups behind post's entries (src/posting/_lib/figures.ts), per account, with hand-computed vectors:
// default accounts and the goods/services flag of a sale line, tourist tax per account, a rate's base incl.
// tax spread over its accounts (the rounding left on the largest line by absolute amount), the goods share of a
// rate's VAT, the non-deductible share of a purchase's VAT, and the exact wording of the hint for an unlisted rate.
import { describe, expect, it } from 'vitest';
import { defaultRules, post } from '../../src/index.js';
import { errorOf, invoice, rows } from './_helpers.js';

// On receipt, goods VAT goes to 445711 and services VAT to 44574: the flag of each line shows in the entries.
const onReceipt = defaultRules({ vatExigibility: 'on-receipt' });
const L = (unitPrice: string, extra: Record<string, unknown> = {}) => ({ label: 'Cours', quantity: '1', unitPrice, vatRate: '20', ...extra });
const tax = (quantity: string, extra: Record<string, unknown> = {}) => ({ label: 'Taxe de séjour', kind: 'tourist-tax', quantity, unitPrice: '0.60', ...extra });
const sale = (rules: ReturnType<typeof defaultRules>, lines: ReadonlyArray<Record<string, unknown>>) => rows(post([invoice('i', '2024-03-01', lines)], rules).transactions[0]!);
const P = (label: string, account: string, unitPrice: string, extra: Record<string, unknown> = {}) => ({ label, account, quantity: '1', unitPrice, vatRate: '20', ...extra });
const purchase = (lines: ReadonlyArray<Record<string, unknown>>, pricesIncludeTax: boolean) =>
  rows(post([{ type: 'purchase', id: 'p', number: 'F-p', date: '2024-03-01', supplier: { id: 'S1', name: 'EDF' }, pricesIncludeTax, lines } as Record<string, unknown>], defaultRules()).transactions[0]!);

describe('post: accounts and flags of sale lines', () => {
  it('posts a line without account to the rules\' services, goods or tourist-tax account, adding tourist tax lines of one account', () => {
    // 12.00 incl. 20 % → 10.00 + 2.00 (service, 706 / 44574); 24.00 goods → 20.00 + 4.00 (707 / 445711);
    // tourist tax 2 × 0.60 + 1 × 0.60 = 1.80 on 447, outside VAT. Total 37.80.
    expect(sale(onReceipt, [L('12.00'), L('24.00', { kind: 'goods' }), tax('2'), tax('1')])).toEqual([
      '411 D 37.80 C0001 @i',
      '706 C 10.00',
      '707 C 20.00',
      '447 C 1.80',
      '445711 C 4.00 vat20/20.00',
      '44574 C 2.00 vat20/10.00',
    ]);
  });

  it('keeps tourist tax on two accounts apart', () => {
    expect(sale(onReceipt, [L('12.00'), tax('2'), tax('1', { account: '4471' })])).toEqual(['411 D 13.80 C0001 @i', '706 C 10.00', '447 C 1.20', '4471 C 0.60', '44574 C 2.00 vat20/10.00']);
  });

  it('keeps a goods line and a service line on one account in two groups', () => {
    // Three 10.00 incl. 20 %: base 30.00 / 1.2 = 25.00, each line 8.33 (sum 24.99), the cent left on the first.
    // Goods (707100 and the goods-kind line on 706100): 16.67, VAT 5.00 × 1667 / 2500 = 3.334 → 3.33; services 1.67.
    expect(sale(onReceipt, [L('10.00', { account: '707100' }), L('10.00', { account: '706100', kind: 'goods' }), L('10.00', { account: '706100' })])).toEqual([
      '411 D 30.00 C0001 @i',
      '707100 C 8.34',
      '706100 C 8.33',
      '706100 C 8.33',
      '445711 C 3.33 vat20/16.67',
      '44574 C 1.67 vat20/8.33',
    ]);
  });
});

describe('post: accounts and flags of sale lines (more)', () => {
  it('a service kind keeps a goods account (707) a service', () => {
    expect(sale(onReceipt, [L('12.00', { account: '707100', kind: 'service' })])).toEqual(['411 D 12.00 C0001 @i', '707100 C 10.00', '44574 C 2.00 vat20/10.00']);
  });

  it('pads the document\'s accounts and the rules\' defaults to the rules\' width (lines without account included)', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt', accountWidth: 8 });
    expect(sale(rules, [L('12.00'), L('12.00', { account: '706100' }), tax('1')])).toEqual([
      '41100000 D 24.60 C0001 @i',
      '70600000 C 10.00',
      '70610000 C 10.00',
      '44700000 C 0.60',
      '44574000 C 4.00 vat20/20.00',
    ]);
  });

  it('refuses tourist tax on a deposit invoice with the way out', () => {
    const issue = errorOf(() => post([invoice('i', '2024-03-01', [L('100.00'), tax('1')], { kind: 'deposit' })], onReceipt)).issues[0]!;
    expect([issue.code, issue.path.join('.'), issue.message]).toEqual(['invalid_input', '0.lines.1.kind', 'Tourist tax cannot be on this document (a deposit invoice or a purchase): put it on the final invoice.']);
  });
});

describe('post: a rate\'s base incl. tax over its accounts', () => {
  it('leaves the rounding on the first largest line', () => {
    // 10.00, 10.00, 10.00, 5.00 incl. 20 %: 8.33 × 3 + 4.17 = 29.16; 35.00 / 1.2 = 29.1666… → 29.17: +0.01 on 706100.
    expect(sale(onReceipt, [L('10.00', { account: '706100' }), L('10.00', { account: '706200' }), L('10.00', { account: '706300' }), L('5.00', { account: '706400' })])).toEqual([
      '411 D 35.00 C0001 @i',
      '706100 C 8.34',
      '706200 C 8.33',
      '706300 C 8.33',
      '706400 C 4.17',
      '44574 C 5.83 vat20/29.17',
    ]);
  });

  it('measures the largest line by its absolute amount (a negative line can be the largest)', () => {
    // 10.00 × 3 − 20.00: 8.33 × 3 − 16.67 = 8.32; 10.00 / 1.2 = 8.33: +0.01 on the −20.00 line → −16.66.
    expect(sale(onReceipt, [L('10.00', { account: '706100' }), L('10.00', { account: '706200' }), L('10.00', { account: '706300' }), L('-20.00', { account: '706400' })])).toEqual([
      '411 D 10.00 C0001 @i',
      '706100 C 8.33',
      '706200 C 8.33',
      '706300 C 8.33',
      '706400 D 16.66',
      '44574 C 1.67 vat20/8.33',
    ]);
  });

  it('gives goods the VAT share of their base: per invoice rate, all goods, per line', () => {
    // Goods 8.34 of 25.00: VAT 5.00 × 834 / 2500 = 1.668 → 1.67; services 5.00 − 1.67 = 3.33.
    expect(sale(onReceipt, [L('10.00', { account: '707100' }), L('10.00', { account: '706100' }), L('10.00', { account: '706200' })])).toEqual([
      '411 D 30.00 C0001 @i',
      '707100 C 8.34',
      '706100 C 8.33',
      '706200 C 8.33',
      '445711 C 1.67 vat20/8.34',
      '44574 C 3.33 vat20/16.66',
    ]);
    // All goods: the whole VAT.
    expect(sale(onReceipt, [L('10.00', { account: '707100' }), L('10.00', { account: '707200' }), L('10.00', { account: '701000' })])).toEqual([
      '411 D 30.00 C0001 @i',
      '707100 C 8.34',
      '707200 C 8.33',
      '701000 C 8.33',
      '445711 C 5.00 vat20/25.00',
    ]);
    // Per line: goods 10.00 → 8.33 + 1.67; services 20.00 → 16.67 + 3.33.
    expect(sale(defaultRules({ vatExigibility: 'on-receipt', vatRounding: 'per-line' }), [L('10.00', { account: '707100' }), L('20.00', { account: '706100' })])).toEqual([
      '411 D 30.00 C0001 @i',
      '707100 C 8.33',
      '706100 C 16.67',
      '445711 C 1.67 vat20/8.33',
      '44574 C 3.33 vat20/16.67',
    ]);
  });
});

describe('post: the goods share of each rate', () => {
  it('counts only the goods of the rate itself: goods at 20 %, services at 10 %', () => {
    // 12.00 incl. 20 % goods → 10.00 + 2.00 on 445711; 11.00 incl. 10 % service → 10.00 + 1.00 on 44574.
    expect(sale(onReceipt, [L('12.00', { account: '707100' }), L('11.00', { account: '706100', vatRate: '10' })])).toEqual([
      '411 D 23.00 C0001 @i',
      '707100 C 10.00',
      '706100 C 10.00',
      '445711 C 2.00 vat20/10.00',
      '44574 C 1.00 vat10/10.00',
    ]);
  });
});

describe('post: non-deductible VAT of a purchase', () => {
  it('deducts the VAT on goods bought at once from a supplier taxed on receipt (44566), services on payment (44568)', () => {
    const lines = [P('Marchandises', '607000', '100.00'), P('Honoraires', '622600', '50.00')];
    expect(rows(post([{ type: 'purchase', id: 'p', number: 'F-p', date: '2024-03-01', supplier: { id: 'S1', name: 'EDF' }, pricesIncludeTax: false, vatExigibility: 'on-receipt', lines } as Record<string, unknown>], defaultRules()).transactions[0]!)).toEqual([
      '401 C 180.00 S1 @p',
      '607000 D 100.00',
      '622600 D 50.00',
      '44566 D 20.00 vat20/100.00',
      '44568 D 10.00 vat20/50.00',
    ]);
  });

  it('adds the non-deductible share of the VAT to the expense (prices excl. tax)', () => {
    // 133.33 at 20 %: VAT 26.666 → 26.67; non-deductible 26.67 × 3333 / 13333 = 6.667 → 6.67 on 625100
    // (33.33 + 6.67 = 40.00); deductible 20.00.
    expect(purchase([P('Honoraires', '622600', '100.00'), P('Repas', '625100', '33.33', { deductible: false })], false)).toEqual([
      '401 C 160.00 S1 @p',
      '622600 D 100.00',
      '625100 D 40.00',
      '44568 D 20.00 vat20/100.00',
    ]);
  });

  it('keeps a non-deductible and a deductible line on one account apart (prices incl. tax)', () => {
    // 143.33 incl. 20 %: base 119.4416… → 119.44, VAT 23.89. Lines: 83.33, 27.775 → 27.78 (non-deductible), 8.33;
    // non-deductible VAT 23.89 × 2778 / 11944 = 5.556… → 5.56 (27.78 + 5.56 = 33.34); deductible 18.33 on 91.66.
    expect(purchase([P('Honoraires', '622600', '100.00'), P('Repas', '625100', '33.33', { deductible: false }), P('Repas', '625100', '10.00', { deductible: true })], true)).toEqual([
      '401 C 143.33 S1 @p',
      '622600 D 83.33',
      '625100 D 33.34',
      '625100 D 8.33',
      '44568 D 18.33 vat20/91.66',
    ]);
  });
});

describe('post: the hint for an unlisted rate', () => {
  const hint = (vatRate: string) => {
    const issue = errorOf(() => post([invoice('i', '2024-03-01', [L('1.00', { vatRate })])], onReceipt)).issues[0]!;
    expect([issue.code, issue.path.join('.')]).toEqual(['unknown_vat_rate', '0.lines.0.vatRate']);
    return issue.message.replace('VAT rate "' + vatRate + '" is not one the posting rules accept (0, 2.1, 5.5, 10, 20): ', '');
  };

  it('reads a fraction as the percent it probably meant', () => {
    expect(hint('0.2')).toBe('a rate is written in percent — did you mean "20"?');
    expect(hint('00.2')).toBe('a rate is written in percent — did you mean "20"?');
    expect(hint('0.5')).toBe('a rate is written in percent — did you mean "50"?');
    expect(hint('0.02')).toBe('a rate is written in percent — did you mean "2"?');
    expect(hint('0.125')).toBe('a rate is written in percent — did you mean "12.5"?');
    expect(hint('0.200')).toBe('a rate is written in percent — did you mean "20"?');
    expect(hint('0.005')).toBe('a rate is written in percent — did you mean "0.5"?');
    // Only trailing zeros of the decimals go: 0.1205 → 12.05, 0.1200 → 12.
    expect(hint('0.1205')).toBe('a rate is written in percent — did you mean "12.05"?');
    expect(hint('0.1200')).toBe('a rate is written in percent — did you mean "12"?');
  });

  it('says a rate is at most 100 for three digits or more, else lists the way out', () => {
    expect(hint('100')).toBe('a VAT rate is a percentage of at most 100.');
    expect(hint('050')).toBe('use one of them, or add it to the rules (vatRates and vatCollected).');
    // Three digits after the decimal point are not three integer digits.
    expect(hint('1.234')).toBe('use one of them, or add it to the rules (vatRates and vatCollected).');
    expect(hint('1.2')).toBe('use one of them, or add it to the rules (vatRates and vatCollected).');
    expect(hint('7')).toBe('use one of them, or add it to the rules (vatRates and vatCollected).');
  });
});
