// @ts-nocheck
// The examples' data generator: seeded, integer money, valid French identifiers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campsiteYear } from '../../examples/_data/campsite.js';
import { creditorId, frenchIban, siren } from '../../examples/_data/french.js';
import { gymYear } from '../../examples/_data/gym.js';
import { homecareYear } from '../../examples/_data/homecare.js';
import { amortisationSchedule, FINANCE_ACCOUNTS, payroll, purchaseCents, vatTransactions, type Loan } from '../../examples/_data/finance.js';
import { cents, createRandom, money } from '../../examples/_data/random.js';
import { createBook, createTransactions, customerBalances, defaultRules, isCreditorId, isIban, isSiren, letter, membersInIncident, openItems, post, trialBalance, type IsoDate, type Purchase } from '../../src/index.js';

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
    expect([...types(gym)].sort()).toEqual(['direct-debit-batch', 'direct-debit-rejection', 'invoice', 'payment', 'purchase', 'remittance', 'session-usage', 'supplier-payment', 'till-closing', 'voucher-settlement']);
    for (const docs of [gym, campsite, homecare]) expect(types(docs).has('supplier-payment')).toBe(true);
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

describe('finance', () => {
  const loan = (principal: number, rateBp: number, months: number): Loan => ({ id: 'L1', ref: 'L1', lender: 'BANQUE', label: 'Prêt', principal, rateBp, months, received: '2024-01-10' as IsoDate });

  it('pins an amortisation schedule: 10,000.00 at 6 % over 12 months', () => {
    const s = amortisationSchedule(loan(1_000_000, 600, 12));
    // A = 10000 × 0.005 / (1 − 1.005^−12) = 860.664… → 860.66; interest 10000 × 0.005 = 50.00, then 9189.34 × 0.005 = 45.9467 → 45.95.
    expect(s.slice(0, 2).map((i) => [i.date, i.payment, i.interest, i.capital, i.remaining])).toEqual([
      ['2024-02-10', 86066, 5000, 81066, 918934],
      ['2024-03-10', 86066, 4595, 81471, 837463],
    ]);
    // The last instalment repays the rest: 856.42 + 856.42 × 0.005 = 4.2821 → 4.28.
    expect(s[11]).toEqual({ n: 12, date: '2025-01-10', payment: 86070, interest: 428, capital: 85642, remaining: 0 });
  });

  it("a purchase's total is what post credits to 401", () => {
    const p: Purchase = { type: 'purchase', id: 'ac1', number: 'X1', date: '2024-03-01', supplier: { id: 'F1', name: 'F' }, lines: [
      { label: 'a', account: '606100', quantity: '3', unitPrice: '33.33', vatRate: '20' },
      { label: 'b', account: '607000', quantity: '1', unitPrice: '10.01', vatRate: '5.5' },
      { label: 'c', account: '616000', quantity: '1', unitPrice: '7.00', vatRate: '0', exemption: 'exempt' },
    ] };
    const credit = post([p]).transactions[0]!.entries.find((e) => e.account.startsWith('401'))!;
    // 3 × 33.33 = 99.99, VAT 19.998 → 20.00; 10.01, VAT 0.55055 → 0.55; 7.00 exempt.
    expect(purchaseCents(p)).toBe(9999 + 2000 + 1001 + 55 + 700);
    expect(credit.amount.toFixed(2)).toBe(money(purchaseCents(p)));
  });

  it('settles a month of VAT from the book: pays the opening 44551, clears 44571x and 44566 into 44551 at the month end, pays it the next month', () => {
    const rules = defaultRules();
    const year = { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate };
    const book = createBook(createTransactions([
      { journal: 'AN', date: '2024-01-01', piece: { ref: 'AN' }, label: 'AN', type: 'opening', entries: [{ account: '512', debit: '500.00' }, { account: '44551', credit: '50.00' }, { account: '101000', credit: '450.00' }] },
      { journal: 'VT', date: '2024-01-10', piece: { ref: 'F1' }, label: 'Vente', entries: [{ account: '411', debit: '120.00' }, { account: '706', credit: '100.00' }, { account: '445711', credit: '20.00', vat: { rate: '20', base: '100.00' } }] },
      { journal: 'AC', date: '2024-01-12', piece: { ref: 'A1' }, label: 'Achat', entries: [{ account: '606', debit: '50.00' }, { account: '44566', debit: '10.00', vat: { rate: '20', base: '50.00' } }, { account: '401', credit: '60.00' }] },
    ]));
    const out = vatTransactions(book, { kind: 'monthly', label: 'CA3', paymentDay: 19 }, year, rules);
    const view = out.transactions.map((t) => [t.date, t.journal, t.type, t.entries.map((e) => `${e.account} ${e.side === 'debit' ? 'D' : 'C'} ${e.amount.toFixed(2)}`).join(', ')]);
    expect(view).toEqual([
      ['2024-01-19', 'BQ', 'vat-payment', '44551 D 50.00, 512 C 50.00'],
      ['2024-01-31', 'OD', 'vat-settlement', '44566 C 10.00, 445711 D 20.00, 44551 C 10.00'],
      ['2024-02-19', 'BQ', 'vat-payment', '44551 D 10.00, 512 C 10.00'],
    ]);
  });

  it('carries a VAT credit (44567) to the next return', () => {
    const rules = defaultRules();
    const year = { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate };
    const book = createBook(createTransactions([
      { journal: 'AC', date: '2024-01-12', piece: { ref: 'A1' }, label: 'Achat', entries: [{ account: '606', debit: '50.00' }, { account: '44566', debit: '10.00' }, { account: '401', credit: '60.00' }] },
      { journal: 'VT', date: '2024-02-10', piece: { ref: 'F1' }, label: 'Vente', entries: [{ account: '411', debit: '120.00' }, { account: '706', credit: '100.00' }, { account: '445711', credit: '20.00' }] },
    ]));
    const out = vatTransactions(book, { kind: 'monthly', label: 'CA3', paymentDay: 19 }, year, rules);
    expect(out.transactions.map((t) => [t.date, t.entries.map((e) => `${e.account} ${e.side === 'debit' ? 'D' : 'C'} ${e.amount.toFixed(2)}`).join(', ')])).toEqual([
      ['2024-01-31', '44566 C 10.00, 44567 D 10.00'],
      ['2024-02-29', '44567 C 10.00, 445711 D 20.00, 44551 C 10.00'],
      ['2024-03-19', '44551 D 10.00, 512 C 10.00'],
    ]);
  });

  it('nets the credit used and the new credit on one 44567 line when a return is a credit again', () => {
    const year = { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate };
    const purchase = (date: string, vat: string) => ({ journal: 'AC', date, piece: { ref: date }, label: 'Achat', entries: [{ account: '606', debit: '100.00' }, { account: '44566', debit: vat }, { account: '401', credit: (100 + Number(vat)).toFixed(2) }] });
    const book = createBook(createTransactions([purchase('2024-01-12', '10.00'), purchase('2024-02-12', '5.00')]));
    const out = vatTransactions(book, { kind: 'monthly', label: 'CA3', paymentDay: 19 }, year, defaultRules());
    expect(out.transactions.map((t) => [t.date, t.entries.map((e) => `${e.account} ${e.side === 'debit' ? 'D' : 'C'} ${e.amount.toFixed(2)}`).join(', ')])).toEqual([
      ['2024-01-31', '44566 C 10.00, 44567 D 10.00'],
      ['2024-02-29', '44566 C 5.00, 44567 D 5.00'],
    ]);
  });

  describe('properties', () => {
    it('an amortisation schedule repays exactly the principal: Σ capital = P, constant instalments but the last, nothing owed at the end', () => {
      fc.assert(
        // Up to 10 years: the instalment is rounded to the cent, and the half-cent it may overpay compounds like the
        // loan — at most 0.5 × ((1 + r)^n − 1) / r cents over n months (60 cents at 0 %, 137 at 15 % over 120 months),
        // less than any instalment here (8.33 € and 16.13 € on 1,000.00); over 25 years at 13.76 % it passes an instalment and
        // the loan would be repaid a month early (a lender then recomputes the schedule).
        fc.property(fc.integer({ min: 100_000, max: 50_000_000 }), fc.integer({ min: 0, max: 1_500 }), fc.integer({ min: 1, max: 120 }), (principal, rateBp, months) => {
          const s = amortisationSchedule(loan(principal, rateBp, months));
          expect(s.length).toBe(months);
          expect(s.reduce((n, i) => n + i.capital, 0)).toBe(principal);
          expect(s[months - 1]!.remaining).toBe(0);
          for (const i of s) {
            expect(i.payment).toBe(i.capital + i.interest);
            expect(i.capital).toBeGreaterThanOrEqual(0);
            expect(Number.isSafeInteger(i.interest) && i.interest >= 0).toBe(true);
          }
          for (const i of s.slice(0, -1)) expect(i.payment).toBe(s[0]!.payment);
        }),
        { numRuns: 200 },
      );
    });

    it('a payroll balances: gross = net + withheld for every employee, URSSAF = withheld + employer', () => {
      fc.assert(
        fc.property(fc.integer(), fc.array(fc.integer({ min: 100_000, max: 600_000 }), { minLength: 1, maxLength: 6 }), (seed, gross) => {
          const staff = gross.map((g, k) => ({ id: `S${k}`, name: `N${k}`, job: 'x', gross: g, variable: 20_000 }));
          for (const m of payroll(createRandom(seed), staff, ['2024-01-01' as IsoDate, '2024-02-01' as IsoDate], { employeeBp: 2_200, employerBp: 4_000 })) {
            for (const l of m.lines) expect(l.gross).toBe(l.net + l.withheld);
            expect(m.urssaf).toBe(m.withheld + m.employer);
            expect(m.gross).toBe(m.lines.reduce((n, l) => n + l.gross, 0));
          }
        }),
      );
    });
  });
});
