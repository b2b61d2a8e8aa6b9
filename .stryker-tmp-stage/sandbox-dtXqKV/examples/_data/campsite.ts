// @ts-nocheck
// A year (2024) of a campsite open from April to September: stays booked
// ahead with a deposit (a deposit invoice, or a proforma that received a
// payment), then the final invoice at departure deducting it, with tourist tax
// per adult and night; ancillary sales (bikes, laundry, kayaks); the snack
// bar's till closing every day of the season; holiday vouchers
// (chèques-vacances) settled by their issuer; card, cheque and cash
// remittances; the tourist tax paid over to the commune each quarter; and the
// supplier bills. Each 2024 stay is also a `stay`
// document (arrival, departure, guests, its invoices) for the synthesis.
import type { Document, Invoice, IsoDate, Payment, Stay, TillClosing, TillTicket } from '../../src/index.js';
import { addDays, frenchVatNumber } from '../../src/index.js';
import { MONTHS_2024, YEAR_2024, commission, daysOf, openingBalance, recurringPurchases, withBusinessCustomers, type BusinessIdentity, type BusinessYear, type Company } from './business.js';
import { bankFeeTransactions, depreciationTransactions, FINANCE_ACCOUNTS, loanOwed, loanTransactions, payroll, payrollTransactions, supplierPayments, type FixedAsset, type Loan } from './finance.js';
import { bankAccount, personName, siren, siret } from './french.js';
import { cents as toCents, createRandom, money, pad } from './random.js';

/** The campsite's seed. */
export const CAMPSITE_SEED = 0x63616d70;

const SEASON = { from: '2024-04-01' as IsoDate, to: '2024-09-30' as IsoDate };

const ACCOMMODATIONS: ReadonlyArray<{ readonly label: string; readonly account: string; readonly perNight: number; readonly perPerson: number; readonly product: string }> = [
  { label: 'Emplacement tente / caravane', account: '706110', perNight: 1450, perPerson: 550, product: 'EMPL' },
  { label: 'Emplacement confort (électricité 10 A)', account: '706110', perNight: 2100, perPerson: 550, product: 'EMPL-CONF' },
  { label: 'Mobil-home « Les Pins » 4 pers.', account: '706120', perNight: 7900, perPerson: 0, product: 'MH4' },
  { label: 'Chalet 6 pers. ; terrasse', account: '706120', perNight: 10500, perPerson: 0, product: 'CH6' },
];
const ANCILLARY: ReadonlyArray<{ readonly label: string; readonly price: number; readonly rate: string }> = [
  { label: 'Location vélo (journée)', price: 1500, rate: '20' },
  { label: 'Location kayak "2 places" (demi-journée)', price: 2500, rate: '20' },
  { label: 'Laverie : jeton lavage', price: 500, rate: '20' },
  { label: 'Location kit bébé', price: 3000, rate: '10' },
  { label: 'Location barbecue', price: 1000, rate: '20' },
];
const SNACK: ReadonlyArray<{ readonly product: string; readonly label: string; readonly price: number; readonly rate: string; readonly category: string }> = [
  { product: 'BAGUETTE', label: 'Baguette', price: 120, rate: '5.5', category: 'Épicerie' },
  { product: 'CROISSANT', label: 'Croissant', price: 130, rate: '5.5', category: 'Épicerie' },
  { product: 'GLACE', label: 'Glace à emporter', price: 350, rate: '5.5', category: 'Glaces' },
  { product: 'PIZZA', label: 'Pizza à emporter', price: 1100, rate: '10', category: 'Snack' },
  { product: 'FRITES', label: 'Frites (sur place)', price: 400, rate: '10', category: 'Snack' },
  { product: 'BIERE', label: 'Bière pression 25 cl', price: 400, rate: '20', category: 'Bar' },
  { product: 'SOUV', label: 'Carte postale ; souvenir', price: 250, rate: '20', category: 'Souvenirs' },
];

/**
 * Groups that book stays (group bookings): a works council, an association, a school — fictional
 * SIRENs with valid Luhn keys. Every twelfth stay of 2024 not paid in chèques-vacances is theirs
 * (chosen after the draws, so every amount and date of the year stays the same).
 */
const GROUPS: ReadonlyArray<BusinessIdentity> = [
  { name: 'CSE AÉRONAUTIQUE DU SUD-OUEST', siren: siren('83019245'), siret: siret(siren('83019245'), '0001'), address: { lines: ['1 rond-point Maurice Bellonte'], postcode: '31700', city: 'Blagnac', country: 'FR' } },
  { name: 'ASSOCIATION LES RANDONNEURS DU LOT', siren: siren('44718203'), address: { lines: ['Maison des associations', '12 place Clément Marot'], postcode: '46000', city: 'Cahors', country: 'FR' } },
  { name: 'COMPAGNIE DES GUIDES ÉQUESTRES SARL', siren: siren('75264109'), siret: siret(siren('75264109'), '0023'), address: { lines: ['Lieu-dit Le Moulin'], postcode: '40200', city: 'Mimizan', country: 'FR' } },
];

/**
 * The campsite's year: documents, opening entry and company.
 *
 * @example
 * ```ts
 * campsiteYear().documents.some((d) => d.type === 'till-closing') //=> true
 * ```
 */
export function campsiteYear(seed = CAMPSITE_SEED): BusinessYear {
  const rng = createRandom(seed);
  const own = bankAccount(rng);
  const company: Company = {
    name: "CAMPING LES PINS D'OR SAS", siren: siren('79345612'), iban: own.iban, bic: own.bic,
    address: { lines: ['Route des Lacs'], postcode: '40200', city: 'Mimizan', country: 'FR' }, vatNumber: frenchVatNumber(siren('79345612'))!,
  };

  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const stays: Stay[] = [];
  let inv = 0;
  let pay = 0;
  const newPayment = (customer: Invoice['customer'], date: IsoDate, method: string, cents: number, invoice: string): Payment => {
    pay++;
    const p: Payment = { type: 'payment', id: `cmp-pay-${pad(pay, 5)}`, number: `ENC2024-${pad(pay, 5)}`, date, method, amount: money(cents), customer, allocations: [{ invoice, amount: money(cents) }] };
    payments.push(p);
    return p;
  };
  const method = (): string => {
    const k = rng.int(1, 100);
    return k <= 55 ? 'card' : k <= 70 ? 'voucher' : k <= 85 ? 'cheque' : k <= 95 ? 'transfer' : 'cash';
  };

  // Stays: booked ahead, a deposit, the final invoice at departure.
  for (let s = 1; s <= 260; s++) {
    const customer = { id: `S${pad(s, 4)}`, name: personName(rng) };
    const nights = rng.int(2, 14);
    const peak = rng.chance(60, 100);
    const arrival = peak ? rng.date('2024-07-01', '2024-08-25') : rng.date(SEASON.from, addDays(SEASON.to, -nights));
    const departure = addDays(arrival, nights);
    const ahead = addDays(arrival, -rng.int(3, 120));
    const booked = ahead < '2024-01-02' ? ('2024-01-02' as IsoDate) : ahead; // bookings open on 2 January
    const acc = rng.pick(ACCOMMODATIONS);
    const adults = rng.int(1, 4);
    const children = rng.int(0, 3);
    const stay = { from: arrival, to: addDays(departure, -1) };
    const ref = `R2024-${pad(s, 4)}`;
    const lines: Invoice['lines'] = [{ label: `${acc.label} — séjour ${ref}`, account: acc.account, quantity: String(nights), unitPrice: money(acc.perNight), vatRate: '10', servicePeriod: stay, product: acc.product, category: 'Hébergement' }];
    let total = nights * acc.perNight;
    if (acc.perPerson > 0) {
      lines.push({ label: 'Personne supplémentaire', account: acc.account, quantity: String(nights * (adults + children)), unitPrice: money(acc.perPerson), vatRate: '10', servicePeriod: stay, category: 'Hébergement' });
      total += nights * (adults + children) * acc.perPerson;
    }
    if (rng.chance(1, 4)) {
      lines.push({ label: 'Animal de compagnie', account: '706130', quantity: String(nights), unitPrice: '3.00', vatRate: '10', servicePeriod: stay, category: 'Suppléments' });
      total += nights * 300;
    }
    if (rng.chance(1, 5)) {
      lines.push({ label: 'Location de draps', account: '706130', quantity: String(adults), unitPrice: '12.00', vatRate: '10', category: 'Suppléments' });
      total += adults * 1200;
    }
    // Tourist tax: per adult and night, outside the VAT base, collected for the commune (447).
    lines.push({ label: 'Taxe de séjour (0,60 €/adulte/nuit)', kind: 'tourist-tax', quantity: String(adults * nights), unitPrice: '0.60', category: 'Taxe de séjour' });
    const tax = adults * nights * 60;

    const deposit = Math.floor((total * 30) / 100 / 100) * 100; // 30 %, rounded down to the euro
    inv++;
    const viaProforma = rng.chance(1, 2);
    const depositId = `cmp-inv-${pad(inv, 5)}`;
    const depositInvoice: Invoice = viaProforma
      ? {
          type: 'invoice', id: depositId, kind: 'proforma', status: 'issued', number: `PRO-${ref}`, date: booked, customer, pricesIncludeTax: true,
          memo: `Réservation ${ref}, arrivée ${arrival}`,
          lines: lines.map((l) => ({ ...l })),
        }
      : {
          type: 'invoice', id: depositId, kind: 'deposit', status: 'issued', number: '', date: booked, customer, pricesIncludeTax: true,
          memo: `Réservation ${ref}, arrivée ${arrival}`,
          lines: [{ label: `Acompte 30 % séjour ${ref}`, account: acc.account, quantity: '1', unitPrice: money(deposit), vatRate: '10', category: 'Acomptes' }],
        };
    invoices.push(depositInvoice);
    // On a proforma, the deposit paid is what the proforma asks for: 30 % of the stay.
    newPayment(customer, booked, rng.pick(['card', 'card', 'transfer', 'cheque']), deposit, depositId);

    inv++;
    const finalId = `cmp-inv-${pad(inv, 5)}`;
    invoices.push({ type: 'invoice', id: finalId, kind: 'final', status: 'issued', number: '', date: departure, customer, pricesIncludeTax: true, deducts: [depositId], memo: `Séjour ${ref} du ${arrival} au ${departure}`, lines });
    // The stay itself: it posts nothing, the synthesis lists it by its departure.
    // Built from values already drawn, so the random sequence of every other document is unchanged.
    stays.push({ type: 'stay', id: `cmp-sej-${pad(s, 4)}`, number: ref, customer, arrival, departure, guests: adults + children, invoices: [depositId, finalId] });
    const balance = total + tax - deposit;
    const how = method();
    if (how === 'voucher' && balance > 5000) {
      const vouchers = Math.min(balance - 100, rng.pick([5000, 10000, 20000]));
      newPayment(customer, departure, 'voucher', vouchers, finalId);
      newPayment(customer, departure, 'card', balance - vouchers, finalId);
    } else newPayment(customer, departure, how === 'voucher' ? 'card' : how, balance, finalId);
  }

  // Bookings for the 2025 season, taken in the autumn: their deposits are still on 4191 at year end.
  for (let b = 1; b <= 30; b++) {
    const customer = { id: `S25${pad(b, 3)}`, name: personName(rng) };
    const booked = rng.date('2024-10-15', '2024-12-22');
    const acc = rng.pick(ACCOMMODATIONS);
    const nights = rng.int(5, 14);
    const arrival = rng.date('2025-06-20', '2025-08-20');
    const deposit = Math.floor((nights * (acc.perNight + 2 * acc.perPerson) * 30) / 100 / 100) * 100;
    const ref = `R2025-${pad(b, 4)}`;
    inv++;
    const id = `cmp-inv-${pad(inv, 5)}`;
    invoices.push({
      type: 'invoice', id, kind: 'deposit', status: 'issued', number: '', date: booked, customer, pricesIncludeTax: true, memo: `Réservation ${ref}, arrivée ${arrival}`,
      lines: [{ label: `Acompte 30 % séjour ${ref} (${nights} nuits)`, account: acc.account, quantity: '1', unitPrice: money(deposit), vatRate: '10', category: 'Acomptes' }],
    });
    newPayment(customer, booked, rng.pick(['card', 'transfer', 'cheque']), deposit, id);
  }

  // Winter storage of caravans (hivernage), billed in October for the six months to come: deferred revenue at year end.
  for (let h = 1; h <= 24; h++) {
    const customer = { id: `H${pad(h, 4)}`, name: personName(rng) };
    const day = rng.date('2024-10-01', '2024-10-15');
    inv++;
    const id = `cmp-inv-${pad(inv, 5)}`;
    const price = rng.pick([42000, 48000, 54000]);
    invoices.push({
      type: 'invoice', id, kind: 'final', status: 'issued', number: '', date: day, customer, pricesIncludeTax: true,
      lines: [{ label: 'Hivernage caravane (garage mort) 15/10/2024 – 14/04/2025', account: '706140', quantity: '1', unitPrice: money(price), vatRate: '20', servicePeriod: { from: '2024-10-15', to: '2025-04-14' }, product: 'HIVER', category: 'Hivernage' }],
    });
    newPayment(customer, day, rng.pick(['transfer', 'cheque', 'card']), price, id);
  }

  // Ancillary sales: invoiced and paid on the spot.
  for (let a = 1; a <= 150; a++) {
    const customer = { id: `VA${pad(a, 4)}`, name: personName(rng) };
    const day = rng.date('2024-05-01', '2024-09-25');
    const item = rng.pick(ANCILLARY);
    const qty = rng.int(1, 4);
    inv++;
    const id = `cmp-inv-${pad(inv, 5)}`;
    invoices.push({ type: 'invoice', id, kind: 'final', status: 'issued', number: '', date: day, customer, pricesIncludeTax: true, lines: [{ label: item.label, account: '708300', quantity: String(qty), unitPrice: money(item.price), vatRate: item.rate, category: 'Ventes annexes' }] });
    newPayment(customer, day, rng.pick(['card', 'cash', 'card']), qty * item.price, id);
  }

  // The snack bar: a till closing each day of the season.
  const closings: TillClosing[] = [];
  const tillCard = new Map<IsoDate, number>();
  const cashByMonth = new Map<string, number>();
  for (const day of daysOf(SEASON.from, SEASON.to)) {
    const high = day >= '2024-07-01' && day <= '2024-08-31';
    const n = high ? rng.int(15, 35) : rng.int(2, 8);
    const tickets: TillTicket[] = [];
    let cash = 0;
    let card = 0;
    for (let t = 1; t <= n; t++) {
      const lines: TillTicket['lines'] = [];
      let total = 0;
      for (let l = rng.int(1, 4); l > 0; l--) {
        const item = rng.pick(SNACK);
        const qty = rng.int(1, 3);
        total += qty * item.price;
        lines.push({ label: item.label, account: item.rate === '20' ? '707200' : '707100', quantity: String(qty), unitPrice: money(item.price), vatRate: item.rate, product: item.product, category: item.category });
      }
      const m = total < 1000 || rng.chance(1, 3) ? 'cash' : 'card';
      if (m === 'cash') cash += total;
      else card += total;
      tickets.push({ id: `${day.replace(/-/g, '')}-${pad(t, 3)}`, lines, payments: [{ method: m, amount: money(total) }] });
    }
    const diff = rng.chance(1, 20) ? rng.pick([-500, -120, -30, 20, 100]) : 0;
    const counted = Math.max(0, cash + diff);
    closings.push({ type: 'till-closing', id: `cmp-z-${day}`, number: `Z${day.replace(/-/g, '')}`, till: 'SNACK', day, tickets, countedCash: money(counted), costCenter: 'SNACK' });
    if (card > 0) tillCard.set(day, card);
    cashByMonth.set(day.slice(0, 7), (cashByMonth.get(day.slice(0, 7)) ?? 0) + counted);
  }
  for (const p of payments) if (p.method === 'cash') cashByMonth.set(p.date.slice(0, 7), (cashByMonth.get(p.date.slice(0, 7)) ?? 0) + toCents(p.amount));

  // Remittances: card payments and till card totals the next day, cheques weekly, cash each month end.
  const remittances: Document[] = [];
  let rem = 0;
  const next = (kind: string, date: IsoDate, methodName: string, cents: number, ids?: string[]): void => {
    rem++;
    remittances.push({
      type: 'remittance', id: `cmp-rem-${pad(rem, 4)}`, number: `REM-${kind}-${date.replace(/-/g, '')}-${rem}`, date, method: methodName, amount: money(cents),
      ...(methodName === 'card' ? { fees: money(commission(cents, 45)) } : {}),
      ...(ids ? { payments: ids } : {}),
    });
  };
  const byDay = new Map<string, Payment[]>();
  for (const p of payments) {
    if (p.method !== 'card' && p.method !== 'cheque') continue;
    let d = addDays(p.date as IsoDate, 1);
    if (p.method === 'cheque') while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 5) d = addDays(d, 1);
    if (d > YEAR_2024.to) continue;
    const key = `${p.method}|${d}`;
    byDay.set(key, [...(byDay.get(key) ?? []), p]);
  }
  for (const [key, list] of [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [m, d] = key.split('|') as [string, IsoDate];
    next(m === 'card' ? 'CB' : 'CHQ', d, m, list.reduce((s, p) => s + toCents(p.amount), 0), list.map((p) => p.id));
  }
  for (const [day, cents] of tillCard) next('CB-SNACK', addDays(day, 1), 'card', cents);
  for (const [month, cents] of [...cashByMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (cents > 0) next('ESP', `${month}-28` as IsoDate, 'cash', cents);
  }

  // Chèques-vacances: the ANCV pays twice (after July, after the season), less 1 %.
  const settlements: Document[] = [];
  const windows: ReadonlyArray<readonly [IsoDate, IsoDate, IsoDate]> = [
    ['2024-01-01' as IsoDate, '2024-07-31' as IsoDate, '2024-08-28' as IsoDate],
    ['2024-08-01' as IsoDate, '2024-09-30' as IsoDate, '2024-10-30' as IsoDate],
  ];
  windows.forEach(([from, to, paid], k) => {
    const list = payments.filter((p) => p.method === 'voucher' && p.date >= from && p.date <= to);
    if (list.length === 0) return;
    const cents = list.reduce((s, p) => s + toCents(p.amount), 0);
    settlements.push({ type: 'voucher-settlement', id: `cmp-vs-${k + 1}`, number: `ANCV-CV-2024-${k + 1}`, date: paid, issuer: { id: 'ANCV', name: 'ANCV (chèques-vacances)' }, amount: money(cents), fees: money(commission(cents, 100)), payments: list.map((p) => p.id) });
  });

  // Tourist tax collected on the stays that ended in a quarter, paid over to the commune the month after (447 back to 0).
  const touristTax: Document[] = [];
  const quarters: ReadonlyArray<readonly [IsoDate, IsoDate, IsoDate, string]> = [
    ['2024-04-01' as IsoDate, '2024-06-30' as IsoDate, '2024-07-15' as IsoDate, 'T2'],
    ['2024-07-01' as IsoDate, '2024-09-30' as IsoDate, '2024-10-15' as IsoDate, 'T3'],
  ];
  for (const [from, to, paid, quarter] of quarters) {
    let collected = 0;
    for (const x of invoices) {
      if (x.kind !== 'final' || x.date < from || x.date > to) continue;
      for (const l of x.lines) if (l.kind === 'tourist-tax') collected += Number(l.quantity) * toCents(l.unitPrice);
    }
    if (collected === 0) continue;
    touristTax.push({
      type: 'tourist-tax-remittance', id: `cmp-tts-${quarter}`, number: `TS2024-${quarter}`, date: paid, method: 'transfer', amount: money(collected),
      collector: { id: 'COMMUNE', name: "Commune des Pins d'Or" }, period: { from, to }, memo: `Taxe de séjour ${quarter} 2024`,
    });
  }

  const purchases = recurringPurchases(rng, 'cmp', [
    { supplier: { id: 'F0001', name: 'ENEDIS / EDF' }, account: '606100', label: 'Électricité', vatRate: '20', min: 40000, max: 260000, day: 15 },
    { supplier: { id: 'F0002', name: "RÉGIE DES EAUX D'OR" }, account: '606110', label: 'Eau', vatRate: '5.5', min: 8000, max: 95000, day: 20, months: [4, 5, 6, 7, 8, 9, 10] },
    { supplier: { id: 'F0003', name: 'METRO Cash & Carry' }, account: '607000', label: 'Marchandises snack ; épicerie', vatRate: '5.5', min: 150000, max: 600000, day: 5, months: [4, 5, 6, 7, 8, 9] },
    { supplier: { id: 'F0004', name: 'BRASSERIE "La Mousse"' }, account: '607000', label: 'Boissons bar', vatRate: '20', min: 40000, max: 180000, day: 10, months: [5, 6, 7, 8, 9] },
    { supplier: { id: 'F0005', name: 'AXA ASSURANCES' }, account: '616000', label: 'Assurance multirisque', vatRate: '0', exemption: 'exempt', min: 95000, max: 95000, day: 2, months: [1, 7] },
    { supplier: { id: 'F0006', name: 'SAS MOBIL-LOISIRS' }, account: '615200', label: 'Entretien mobil-homes', vatRate: '20', min: 60000, max: 240000, day: 28, months: [3, 10] },
  ]);

  // Invoice numbers in date order: FA for invoices, AC for deposit invoices (proformas keep theirs).
  const byDate = [...invoices].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  let fa = 0;
  let ac = 0;
  const numbers = new Map<string, string>();
  for (const x of byDate) {
    if (x.kind === 'proforma') continue;
    numbers.set(x.id, x.kind === 'deposit' ? `AC2024-${pad(++ac, 4)}` : `FA2024-${pad(++fa, 5)}`);
  }
  const numbered = invoices.map((x) => (numbers.has(x.id) ? { ...x, number: numbers.get(x.id)! } : x));

  // Group bookings: every twelfth 2024 stay not paid in chèques-vacances is a group's (same documents, same amounts).
  const voucherPayers = new Set(payments.filter((p) => p.method === 'voucher').map((p) => p.customer.id));
  const groups = new Map<string, BusinessIdentity>();
  for (const st of stays) {
    if (Number(st.customer.id.slice(1)) % 12 !== 0 || voucherPayers.has(st.customer.id)) continue;
    groups.set(st.customer.id, GROUPS[groups.size % GROUPS.length]!);
  }

  // What the billing software does not know, drawn from a generator of its own (the documents above stay the same).
  const fin = createRandom(seed ^ 0x46494e31);
  // Suppliers: energy and water by direct debit 20 days after the bill, the wholesaler and the brewery at 30 days, the insurer and the maintenance firm at 15.
  const supplierPaid = supplierPayments('cmp', purchases, {
    F0001: { days: 20, method: 'direct-debit' },
    F0002: { days: 20, method: 'direct-debit' },
    F0003: { days: 30, method: 'transfer' },
    F0004: { days: 30, method: 'transfer' },
    F0005: { days: 15, method: 'transfer' },
    F0006: { days: 15, method: 'cheque' },
  }, YEAR_2024.to);
  const loan: Loan = { id: 'PRET-CA-2020', ref: 'CA', lender: 'CRÉDIT AGRICOLE DES SAVOIE', label: 'Prêt mobil-homes', principal: 12_000_000, rateBp: 190, months: 120, received: '2020-03-10' as IsoDate };
  const homes: FixedAsset = { account: '218400', label: 'Mobil-homes et chalets', depreciationAccount: '281840', cost: 15_000_000, depreciated: 5_625_000, yearly: 1_500_000 };
  const SEASON_MONTHS = [4, 5, 6, 7, 8, 9];
  const staff = [
    { id: 'SAL001', name: personName(fin), job: 'gérant salarié', gross: 230_000, variable: 10_000 },
    { id: 'SAL002', name: personName(fin), job: 'accueil saisonnier', gross: 180_000, variable: 20_000, months: SEASON_MONTHS },
    { id: 'SAL003', name: personName(fin), job: 'entretien saisonnier', gross: 180_000, variable: 20_000, months: SEASON_MONTHS },
    { id: 'SAL004', name: personName(fin), job: 'snack saisonnier', gross: 175_000, variable: 30_000, months: [6, 7, 8, 9] },
  ];
  const [december, ...months] = payroll(fin, staff, ['2023-12-01' as IsoDate, ...MONTHS_2024], { employeeBp: 2_200, employerBp: 4_000 });
  // The simplified regime: 2023's tax (base of the 2024 instalments) and what its CA12, filed in May, still owed.
  const priorYearTax = fin.cents(1_100_000, 1_400_000, 100);
  const owed2023 = fin.cents(60_000, 180_000, 100);
  const bankCharges = [
    { label: 'Frais de tenue de compte', min: 2_200, max: 2_200 },
    { label: 'Commissions sur virements', min: 300, max: 1_800 },
    { label: 'Location terminal de paiement', min: 2_900, max: 2_900, vatRate: '20' },
  ];

  return {
    key: 'campsite',
    company,
    fiscalYear: YEAR_2024,
    opening: [
      openingBalance(
        [
          ['101000', 'Capital social', 1_500_000],
          ['106800', 'Autres réserves', 700_000],
          ['110000', 'Report à nouveau', 1_800_000],
          [FINANCE_ACCOUNTS.loan, 'Emprunt mobil-homes', loanOwed(loan, '2023-12-31' as IsoDate), { auxiliary: { number: loan.id, name: loan.lender } }],
          [homes.depreciationAccount, 'Amortissements mobil-homes', homes.depreciated],
          [FINANCE_ACCOUNTS.urssaf, 'URSSAF cotisations 12/2023', december!.urssaf, { openItem: 'URSSAF-2023-12' }],
          [FINANCE_ACCOUNTS.vatDue, 'TVA à décaisser CA12 2023 (solde)', owed2023],
        ],
        [[homes.account, homes.label, homes.cost]],
      ),
    ],
    // Stays last: the documents before them are those of the generator without stays, in the same order.
    documents: withBusinessCustomers([...numbered, ...payments, ...closings, ...remittances, ...settlements, ...touristTax, ...purchases, ...stays, ...supplierPaid], groups),
    // The campsite opted for the débits (CGI art. 269-2-c): VAT on its stays is due at the invoice, as on its goods.
    rules: { vatExigibility: 'on-invoice' },
    finance: {
      vat: {
        kind: 'annual',
        label: 'réel simplifié, annual CA12',
        priorYearTax,
        previousReturnPaid: '2024-05-03' as IsoDate,
        instalments: [
          { date: '2024-07-16' as IsoDate, bp: 5_500 },
          { date: '2024-12-16' as IsoDate, bp: 4_000 },
        ],
      },
      transactions: (rules) => [
        ...loanTransactions(loan, YEAR_2024, rules),
        ...payrollTransactions(months, december, YEAR_2024.to, rules),
        ...bankFeeTransactions(createRandom(seed ^ 0x46524149), bankCharges, MONTHS_2024, rules),
        ...depreciationTransactions([homes], YEAR_2024.to, rules),
      ],
    },
  };
}
