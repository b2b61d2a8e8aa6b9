// The examples' data generator: seeded, integer money, valid French identifiers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campsiteYear } from '../../examples/_data/campsite.js';
import { creditorId, frenchIban, siren } from '../../examples/_data/french.js';
import { gymYear } from '../../examples/_data/gym.js';
import { homecareYear } from '../../examples/_data/homecare.js';
import { cents, createRandom, money } from '../../examples/_data/random.js';
import { createBook, customerBalances, isCreditorId, isIban, isSiren, letter, membersInIncident, openItems, post, trialBalance } from '../../src/index.js';

describe('random', () => {
  it('pins the generator: mulberry32 with a known first draw', () => {
    const rng = createRandom(1);
    expect([rng.next(), rng.next(), rng.next()]).toMatchInlineSnapshot(`
      [
        2693262067,
        11749833,
        2265367787,
      ]
    `);
  });

  it('formats cents as decimal strings', () => {
    expect([money(0), money(5), money(4990), money(-5), money(123456)]).toEqual(['0.00', '0.05', '49.90', '-0.05', '1234.56']);
    expect(() => money(0.5)).toThrow(RangeError);
  });

  describe('properties', () => {
    it('the same seed gives the same sequence', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
          const a = createRandom(seed);
          const b = createRandom(seed);
          for (let k = 0; k < 20; k++) expect(a.next()).toBe(b.next());
        }),
      );
    });

    it('int stays within its bounds', () => {
      fc.assert(
        fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
          const v = createRandom(seed).int(min, min + span);
          expect(v).toBeGreaterThanOrEqual(min);
          expect(v).toBeLessThanOrEqual(min + span);
          expect(Number.isInteger(v)).toBe(true);
        }),
      );
    });

    it('money and cents are inverse: cents(money(c)) = c', () => {
      fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        expect(cents(money(c))).toBe(c);
      }));
    });
  });
});

describe('french identifiers', () => {
  it('computes the keys of the worked examples', () => {
    expect(siren('12345678')).toBe('123456782');
    expect(frenchIban('30006', '00001', '12345678901')).toBe('FR7630006000011234567890189');
    expect(creditorId('123456')).toBe('FR72ZZZ123456');
  });

  describe('properties', () => {
    it('every generated SIREN passes the Luhn check', () => {
      fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (s) => {
        expect(isSiren(siren(s))).toBe(true);
      }));
    });

    it('every generated IBAN passes the mod-97 check', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{11}$/), (bank, branch, account) => {
          expect(isIban(frenchIban(bank, branch, account))).toBe(true);
        }),
      );
    });

    it('every generated creditor identifier passes its check', () => {
      fc.assert(fc.property(fc.stringMatching(/^[0-9A-Z]{6}$/), (n) => {
        expect(isCreditorId(creditorId(n))).toBe(true);
      }));
    });
  });
});

describe('business years', () => {
  const years = [gymYear(), campsiteYear(), homecareYear()];

  // Every document passing the schemas is checked by the demo test: post() refuses the year otherwise.
  it('generates documents with unique ids, all dated in 2024', () => {
    for (const y of years) {
      const ids = new Set<string>();
      for (const d of y.documents) {
        expect(ids.has(d.id), d.id).toBe(false);
        ids.add(d.id);
        const date = d.type === 'till-closing' ? d.day : d.type === 'direct-debit-batch' ? d.collectionDate : d.type === 'stay' ? d.departure : d.date;
        expect(date >= '2024-01-01' && date <= '2024-12-31', `${d.id} ${date}`).toBe(true);
      }
    }
  });

  it('exercises the writers with separators, quotes and accents in labels', () => {
    for (const y of years) {
      const text = JSON.stringify(y.documents);
      expect(text).toMatch(/;/);
      expect(text).toMatch(/\\"/);
      expect(text).toMatch(/[éèàçô]/);
    }
  });

  it('is a pure function of the seed', () => {
    expect(JSON.stringify(gymYear(7))).toBe(JSON.stringify(gymYear(7)));
    expect(JSON.stringify(gymYear(7))).not.toBe(JSON.stringify(gymYear(8)));
  });

  it('gives the campsite one stay per 2024 booking, linking its deposit or proforma and its final invoice', () => {
    const docs = years[1]!.documents;
    const invoices = new Map(docs.flatMap((d) => (d.type === 'invoice' ? [[d.id, d] as const] : [])));
    const stays = docs.flatMap((d) => (d.type === 'stay' ? [d] : []));
    expect(stays.length).toBe(260);
    for (const stay of stays) {
      const [first, final] = (stay.invoices ?? []).map((id) => invoices.get(id));
      expect(stay.invoices?.length).toBe(2);
      expect(['deposit', 'proforma']).toContain(first?.kind);
      expect(final?.kind).toBe('final');
      expect(final?.deducts).toEqual([first?.id]);
      expect(final?.date).toBe(stay.departure);
      expect(stay.arrival < stay.departure && stay.arrival >= '2024-04-01' && stay.departure <= '2024-09-30').toBe(true);
      expect(first?.customer).toEqual(stay.customer);
      expect(stay.guests).toBeGreaterThanOrEqual(1);
    }
  });

  it('covers every feature the issue lists', () => {
    const [gym, campsite, homecare] = years.map((y) => y.documents);
    const types = (docs: typeof gym) => new Set(docs!.map((d) => d.type));
    expect([...types(gym)].sort()).toEqual(['direct-debit-batch', 'direct-debit-rejection', 'invoice', 'payment', 'purchase', 'remittance', 'session-usage', 'till-closing', 'voucher-settlement']);
    expect(gym!.some((d) => d.type === 'direct-debit-rejection' && d.rebilled === true)).toBe(true);
    expect(gym!.some((d) => d.type === 'invoice' && d.lines.some((l) => l.sessions !== undefined))).toBe(true);
    expect(campsite!.some((d) => d.type === 'invoice' && d.kind === 'deposit')).toBe(true);
    expect(campsite!.some((d) => d.type === 'invoice' && d.kind === 'proforma')).toBe(true);
    expect(campsite!.some((d) => d.type === 'invoice' && d.deducts !== undefined && d.lines.some((l) => l.kind === 'tourist-tax'))).toBe(true);
    expect(types(campsite).has('till-closing') && types(campsite).has('purchase')).toBe(true);
    expect(types(campsite).has('stay')).toBe(true);
    expect(types(campsite).has('tourist-tax-remittance')).toBe(true);
    expect(homecare!.some((d) => d.type === 'invoice' && d.funder !== undefined && d.billingContact !== undefined && d.costCenter !== undefined)).toBe(true);
    expect(types(homecare).has('write-off')).toBe(true);
    expect(homecare!.some((d) => d.type === 'invoice' && d.kind === 'credit-note')).toBe(true);
    expect(new Set(homecare!.filter((d) => d.type === 'payment').map((d) => (d.type === 'payment' ? d.method : '')))).toEqual(new Set(['transfer', 'cheque', 'voucher']));
  });

  it('the gym: a member whose balance is 0 has no open item, and no member in incident shows an unpaid rest beside a zero balance', () => {
    const gym = years[0]!;
    // The desk payments allocate the re-billed fee to its rejection: nothing stays open, even without netToZero.
    const fees = gym.documents.filter((d) => d.type === 'payment' && d.allocations?.some((a) => a.rejection !== undefined));
    expect(fees.length).toBeGreaterThan(5);
    const items = openItems(letter(createBook(post(gym.documents).transactions))).items;
    const sides = (id: string) => items.filter((i) => i.auxiliary.number === id && i.remaining.toFixed(2) === '4.50').map((i) => i.side);
    expect([...new Set(items.map((i) => i.auxiliary.number))].filter((id) => sides(id).includes('debit') && sides(id).includes('credit'))).toEqual([]);
    // The same year with those fees left unallocated (as before): letter's netToZero matches them.
    const loose = gym.documents.map((d) => (d.type === 'payment' && d.allocations?.some((a) => a.rejection !== undefined) ? { ...d, allocations: d.allocations.filter((a) => a.rejection === undefined) } : d));
    for (const [docs, options] of [[gym.documents, {}], [loose, { netToZero: true }]] as const) {
      const book = letter(createBook(post(docs).transactions), options);
      const zero = new Set(customerBalances(book).rows.filter((r) => r.balance.debit.isZero() && r.balance.credit.isZero()).map((r) => r.auxiliary.number));
      expect(zero.size).toBeGreaterThan(100);
      expect(openItems(book).items.filter((i) => zero.has(i.auxiliary.number))).toEqual([]);
      const incidents = membersInIncident(docs, book, { asOf: '2024-12-31' }).rows;
      expect(incidents.length).toBeGreaterThan(0);
      for (const row of incidents) expect(row.balance.isZero(), row.customer.id).toBe(false);
    }
    // Unallocated and lettered without the option: the defect the option mends.
    const before = letter(createBook(post(loose).transactions));
    expect(membersInIncident(loose, before, { asOf: '2024-12-31' }).rows.some((r) => r.balance.isZero() && r.unpaid.toFixed(2) === '4.50')).toBe(true);
  });

  it('the campsite pays over every euro of tourist tax it collects: 447 is back to 0 at year end', () => {
    const campsite = years[1]!;
    const book = createBook(post(campsite.documents.filter((d) => d.type !== 'stay')).transactions);
    const row = trialBalance(book).rows.find((r) => r.account === '447');
    expect(row).toBeDefined();
    expect(row!.movements.credit.toFixed(2)).not.toBe('0.00');
    expect(row!.closing.debit.minus(row!.closing.credit).toFixed(2)).toBe('0.00');
  });
});
