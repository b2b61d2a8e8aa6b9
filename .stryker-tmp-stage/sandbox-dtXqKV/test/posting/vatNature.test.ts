// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { defaultRules, post } from '../../src/index.js';
import { errorOf, invoice, line, rows } from './_helpers.js';

// CGI art. 269-2: VAT on goods is due on delivery, on services on receipt of payment
// (unless the seller opted for the débits). Which lines are goods is decided here.
const onReceipt = defaultRules({ vatExigibility: 'on-receipt' });
const sale = (rules: ReturnType<typeof defaultRules>, ...lines: Array<Record<string, unknown>>): string[] => rows(post([invoice('inv-1', '2024-03-01', lines)], rules).transactions[0]!);

describe('goods or services by revenue account', () => {
  it.each([
    ['701000', 'goods'],
    ['702', 'goods'],
    ['703', 'goods'],
    ['707100', 'goods'],
    ['704', 'services'],
    ['705', 'services'],
    ['706100', 'services'],
    ['708', 'services'],
    ['7091', 'goods'],
    ['7097', 'goods'],
    ['7094', 'services'],
    ['7096', 'services'],
    ['709', 'services'],
  ])('a line on %s is %s', (account, nature) => {
    const r = sale(onReceipt, line('12.00', '20', { account }));
    expect(r[r.length - 1]).toBe(nature === 'goods' ? '445711 C 2.00 vat20/10.00' : '44574 C 2.00 vat20/10.00');
  });

  it('a line kind overrides its account: a goods line on 706, a service line on 707', () => {
    expect(sale(onReceipt, line('12.00', '20', { account: '706100', kind: 'goods' }))[2]).toBe('445711 C 2.00 vat20/10.00');
    expect(sale(onReceipt, line('12.00', '20', { account: '707100', kind: 'service' }))[2]).toBe('44574 C 2.00 vat20/10.00');
  });

  it('the rules\' natures override the built-in split, the longest prefix winning', () => {
    const rules = defaultRules({ vatExigibility: 'on-receipt', natures: { '706': 'goods', '70611': 'services', '707': 'services' } });
    expect(sale(rules, line('12.00', '20', { account: '706100' }))[2]).toBe('445711 C 2.00 vat20/10.00');
    expect(sale(rules, line('12.00', '20', { account: '706110' }))[2]).toBe('44574 C 2.00 vat20/10.00');
    expect(sale(rules, line('12.00', '20', { account: '707100' }))[2]).toBe('44574 C 2.00 vat20/10.00');
    // A line's kind still wins over the rules.
    expect(sale(rules, line('12.00', '20', { account: '707100', kind: 'goods' }))[2]).toBe('445711 C 2.00 vat20/10.00');
  });

  it('the rules\' natures apply to purchase accounts too', () => {
    const purchase = { type: 'purchase', id: 'pu-1', date: '2024-03-01', number: 'F-1', supplier: { id: 'S1', name: 'EDF' }, vatExigibility: 'on-receipt', pricesIncludeTax: false, lines: [{ label: 'Entretien', account: '615', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
    const vatOf = (rules: ReturnType<typeof defaultRules>): string[] => rows(post([purchase], rules).transactions[0]!).filter((r) => r.startsWith('4456'));
    expect(vatOf(defaultRules())).toEqual(['44568 D 20.00 vat20/100.00']);
    expect(vatOf(defaultRules({ natures: { '615': 'goods' } }))).toEqual(['44566 D 20.00 vat20/100.00']);
  });

  it('rejects a natures key that is not digits, or a nature that is neither goods nor services', () => {
    expect(errorOf(() => defaultRules({ natures: { '70a': 'goods' } })).issues[0]).toMatchObject({ code: 'invalid_option', path: ['natures', '70a'] });
    expect(errorOf(() => defaultRules({ natures: { '706': 'good' as never } })).issues[0]).toMatchObject({ code: 'invalid_input', path: ['natures', '706'] });
  });
});
