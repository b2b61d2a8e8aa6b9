// @ts-nocheck
// A year (2024) of a gym: ~300 members on 12-month plans (paid up front, or
// monthly by SEPA direct debit) or monthly plans without commitment, session
// packs and their usage, monthly direct-debit batches with a few rejections
// (fees sometimes re-billed, the invoice then paid at the desk), sport
// vouchers settled by their issuer, card and cheque remittances, the shop's
// daily till closings, and the monthly bills.
import type { DirectDebitBatch, DirectDebitItem, Document, Invoice, IsoDate, Payment, SessionUsage, TillClosing, TillTicket } from '../../src/index.js';
import { addDays, addMonths, endOfMonth, frenchVatNumber } from '../../src/index.js';
import { MONTHS_2024, YEAR_2024, commission, daysOf, openingBalance, recurringPurchases, weekday, withBusinessCustomers, type BusinessIdentity, type BusinessYear, type Company } from './business.js';
import { bankFeeTransactions, depreciationTransactions, FINANCE_ACCOUNTS, loanOwed, loanTransactions, payroll, payrollTransactions, supplierPayments, type FixedAsset, type Loan } from './finance.js';
import { bankAccount, creditorId, personName, siren, siret } from './french.js';
import { cents as toCents, createRandom, money, pad } from './random.js';

/** The gym's seed: change it for another (equally valid) year. */
export const GYM_SEED = 0x6779_6d31;

type Plan = 'annual-upfront' | 'annual-debit' | 'monthly-debit' | 'monthly-card' | 'pack';

interface Member {
  readonly id: string;
  readonly name: string;
  readonly plan: Plan;
  readonly joined: IsoDate;
  /** Last day of the contract (12 months, or the months a monthly member stays). */
  readonly until: IsoDate;
  readonly account: { readonly iban: string; readonly bic: string };
}

const SHOP: ReadonlyArray<{ readonly product: string; readonly label: string; readonly price: number; readonly rate: string; readonly category: string }> = [
  { product: 'EAU50', label: 'Eau minérale 50 cl', price: 150, rate: '5.5', category: 'Boissons' },
  { product: 'ISO', label: 'Boisson isotonique', price: 250, rate: '5.5', category: 'Boissons' },
  { product: 'BARRE', label: 'Barre protéinée "Choco"', price: 290, rate: '5.5', category: 'Nutrition' },
  { product: 'WHEY', label: 'Whey 1 kg ; vanille', price: 3490, rate: '5.5', category: 'Nutrition' },
  { product: 'SHAKER', label: 'Shaker du club', price: 990, rate: '20', category: 'Accessoires' },
  { product: 'TSHIRT', label: 'T-shirt « Atelier Forme »', price: 1990, rate: '20', category: 'Textile' },
  { product: 'SERV', label: 'Serviette microfibre', price: 1200, rate: '20', category: 'Accessoires' },
  { product: 'CADENAS', label: 'Cadenas vestiaire', price: 850, rate: '20', category: 'Accessoires' },
];
const SELLERS = ['Camille', 'Rémi', 'Zoé'];

/**
 * Companies that pay their employees' memberships (corporate memberships): fictional SIRENs with
 * valid Luhn keys. The members they pay for are the 12-month members paying up front by transfer or
 * cheque (chosen after the draws, so every amount and date of the year stays the same).
 */
const CORPORATES: ReadonlyArray<BusinessIdentity> = [
  { name: 'TECHNIVAL INDUSTRIE SAS', siren: siren('48213977'), siret: siret(siren('48213977'), '0002'), address: { lines: ['14 rue de Gerland'], postcode: '69007', city: 'Lyon', country: 'FR' } },
  { name: 'CABINET JURIS-RHÔNE SELARL', siren: siren('51927364'), address: { lines: ['2 quai Jules Courmont', 'Bureau 4'], postcode: '69002', city: 'Lyon', country: 'FR' } },
  { name: 'LOGIFRET SA', siren: siren('39281746'), siret: siret(siren('39281746'), '0015'), address: { lines: ['ZI de la Plaine', '8 avenue des Frères Lumière'], postcode: '69800', city: 'Saint-Priest', country: 'FR' } },
];

/**
 * The gym's year: documents, opening entry and company.
 *
 * @example
 * ```ts
 * const year = gymYear();
 * year.documents.filter((d) => d.type === 'direct-debit-batch').length //=> 12
 * ```
 */
export function gymYear(seed = GYM_SEED): BusinessYear {
  const rng = createRandom(seed);
  const company: Company = {
    name: "L'ATELIER FORME SARL",
    siren: siren('81234567'),
    iban: '',
    bic: 'CMCIFR2A',
    creditorId: creditorId('7G4K2M'),
    address: { lines: ['45 avenue Jean Jaurès'], postcode: '69007', city: 'Lyon', country: 'FR' },
    vatNumber: frenchVatNumber(siren('81234567'))!,
  };
  const own = bankAccount(rng);
  const gym: Company = { ...company, iban: own.iban, bic: own.bic };

  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const docs: Document[] = [];
  let inv = 0;
  let pay = 0;
  const newInvoice = (member: Member, date: IsoDate, lines: Invoice['lines'], extra: Partial<Pick<Invoice, 'memo' | 'costCenter'>> = {}): Invoice => {
    inv++;
    const invoice: Invoice = {
      type: 'invoice',
      id: `gym-inv-${pad(inv, 5)}`,
      kind: 'final',
      status: 'issued',
      number: '',
      date,
      customer: { id: member.id, name: member.name },
      pricesIncludeTax: true,
      lines,
      ...extra,
    };
    invoices.push(invoice);
    return invoice;
  };
  const newPayment = (member: Member, date: IsoDate, method: string, cents: number, allocations: Payment['allocations']): Payment => {
    pay++;
    const p: Payment = {
      type: 'payment',
      id: `gym-pay-${pad(pay, 5)}`,
      number: `RG2024-${pad(pay, 5)}`,
      date,
      method,
      amount: money(cents),
      customer: { id: member.id, name: member.name },
      ...(allocations ? { allocations } : {}),
    };
    payments.push(p);
    return p;
  };
  const line = (label: string, account: string, cents: number, more: Partial<Invoice['lines'][number]> = {}): Invoice['lines'][number] => ({
    label,
    account,
    quantity: '1',
    unitPrice: money(cents),
    vatRate: '20',
    ...more,
  });

  // Members and their plans.
  const members: Member[] = [];
  for (let k = 1; k <= 300; k++) {
    const wave = rng.int(1, 100);
    const joined = wave <= 30 ? rng.date('2024-01-02', '2024-01-31') : wave <= 55 ? rng.date('2024-09-02', '2024-10-15') : rng.date('2024-02-01', '2024-11-30');
    const p = rng.int(1, 100);
    const plan: Plan = p <= 22 ? 'annual-upfront' : p <= 60 ? 'annual-debit' : p <= 78 ? 'monthly-debit' : p <= 88 ? 'monthly-card' : 'pack';
    const months = plan.startsWith('annual') ? 12 : rng.int(2, 10);
    members.push({ id: `C${pad(k, 4)}`, name: personName(rng), plan, joined, until: addDays(addMonths(joined, months), -1), account: bankAccount(rng) });
  }

  // Monthly invoices waiting for the next direct-debit batch, per member.
  const toDebit: Array<{ member: Member; invoice: Invoice; cents: number }> = [];
  const usages: SessionUsage[] = [];
  let usage = 0;

  for (const m of members) {
    const fee = line("Frais d'inscription", '706300', 2900);
    if (m.plan === 'annual-upfront') {
      const price = 46800;
      const invoice = newInvoice(m, m.joined, [fee, line('Abonnement 12 mois (paiement comptant)', '706100', price, { servicePeriod: { from: m.joined, to: m.until }, product: 'ABO12-CPT', category: 'Abonnements' })]);
      const total = price + 2900;
      const how = rng.int(1, 100);
      if (how <= 15) {
        // Part in sport vouchers (Coupon Sport), the rest by card.
        const vouchers = rng.pick([5000, 10000, 15000]);
        newPayment(m, m.joined, 'voucher', vouchers, [{ invoice: invoice.id, amount: money(vouchers) }]);
        newPayment(m, m.joined, 'card', total - vouchers, [{ invoice: invoice.id, amount: money(total - vouchers) }]);
      } else {
        const method = how <= 70 ? 'card' : how <= 88 ? 'cheque' : 'transfer';
        newPayment(m, method === 'transfer' ? addDays(m.joined, rng.int(1, 6)) : m.joined, method, total, [{ invoice: invoice.id, amount: money(total) }]);
      }
    } else if (m.plan === 'pack') {
      const packs = rng.int(1, 3);
      let day = m.joined;
      for (let n = 0; n < packs && day <= '2024-12-20'; n++) {
        const invoice = newInvoice(m, day, [line('Carnet 10 séances', '706200', 12000, { id: 'l1', sessions: 10, product: 'CARNET10', category: 'Carnets' })]);
        newPayment(m, day, rng.pick(['card', 'card', 'cash']), 12000, [{ invoice: invoice.id, amount: '120.00' }]);
        const used = rng.int(3, 10);
        let d = day;
        for (let s = 0; s < used; s++) {
          d = addDays(d, rng.int(2, 9));
          if (d > YEAR_2024.to) break;
          usage++;
          usages.push({ type: 'session-usage', id: `gym-use-${pad(usage, 5)}`, invoice: invoice.id, line: 'l1', date: d });
        }
        day = addDays(d, rng.int(1, 10));
      }
    } else {
      // Monthly invoices: one per month of the contract, dated its anniversary day.
      const price = m.plan === 'annual-debit' ? 3990 : 4990;
      const label = m.plan === 'annual-debit' ? 'Abonnement 12 mois (mensualité)' : 'Abonnement mensuel sans engagement';
      const product = m.plan === 'annual-debit' ? 'ABO12-PRLV' : 'ABO1M';
      for (let k = 0; ; k++) {
        const from = addMonths(m.joined, k);
        if (from > m.until || from > YEAR_2024.to) break;
        const to = addDays(addMonths(m.joined, k + 1), -1);
        const lines = [line(`${label} ${from.slice(5, 7)}/${from.slice(0, 4)}`, '706100', price, { servicePeriod: { from, to }, product, category: 'Abonnements' })];
        if (k === 0) lines.unshift(fee);
        const invoice = newInvoice(m, from, lines);
        const cents = price + (k === 0 ? 2900 : 0);
        if (m.plan === 'monthly-card') newPayment(m, from, 'card', cents, [{ invoice: invoice.id, amount: money(cents) }]);
        else toDebit.push({ member: m, invoice, cents });
      }
    }
  }

  // Monthly direct-debit batches on the 10th: every debit invoice dated before.
  const mandates = new Set<string>();
  const batches: DirectDebitBatch[] = [];
  let rejection = 0;
  const rejections: Document[] = [];
  for (const month of MONTHS_2024) {
    const collection = addDays(month, 9);
    const prev = addDays(addMonths(month, -1), 9);
    const due = toDebit.filter((x) => x.invoice.date < collection && x.invoice.date >= prev);
    if (due.length === 0) continue;
    const byMember = new Map<string, Array<(typeof due)[number]>>();
    for (const x of due) byMember.set(x.member.id, [...(byMember.get(x.member.id) ?? []), x]);
    const ym = month.slice(0, 7);
    const batchId = `gym-dd-${ym}`;
    const items: DirectDebitItem[] = [];
    for (const [id, list] of byMember) {
      const m = list[0]!.member;
      const cents = list.reduce((s, x) => s + x.cents, 0);
      const first = !mandates.has(id);
      mandates.add(id);
      items.push({
        id: `${ym}-${id}`,
        endToEndId: `PRLV-${ym}-${id}`,
        customer: { id: m.id, name: m.name },
        amount: money(cents),
        mandate: { id: `RUM-ATF-${id}`, signedOn: m.joined },
        sequence: first ? 'FRST' : 'RCUR',
        debtor: { name: m.name, iban: m.account.iban, bic: m.account.bic },
        invoices: list.map((x) => x.invoice.id),
        remittanceInfo: `Abonnement ${ym} ${m.name}`,
      });
      // A few debits come back: insufficient funds, refund requested, closed account.
      if (rng.chance(3, 100)) {
        rejection++;
        const date = addDays(collection, rng.int(2, 7));
        const rebilled = rng.chance(1, 2);
        const rejectionId = `gym-rj-${pad(rejection, 4)}`;
        rejections.push({
          type: 'direct-debit-rejection',
          id: rejectionId,
          number: `REJ2024-${pad(rejection, 4)}`,
          date,
          batch: batchId,
          item: `${ym}-${id}`,
          reason: rng.pick(['AM04', 'AM04', 'MD06', 'AC04', 'MS02']),
          fees: '4.50',
          rebilled,
        });
        // Most members then pay at the desk (the fee too when it was re-billed, allocated to the rejection that billed it).
        if (rng.chance(4, 5)) {
          const payDay = addDays(date, rng.int(3, 15));
          if (payDay <= YEAR_2024.to) {
            const allocations: NonNullable<Payment['allocations']> = list.map((x) => ({ invoice: x.invoice.id, amount: money(x.cents) }));
            if (rebilled) allocations.push({ rejection: rejectionId, amount: '4.50' });
            newPayment(m, payDay, 'card', cents + (rebilled ? 450 : 0), allocations);
          }
        }
      }
    }
    batches.push({
      type: 'direct-debit-batch',
      id: batchId,
      number: `PRLV-${ym}`,
      messageId: `ATF-PRLV-${ym}`,
      createdAt: `${addDays(collection, -5)}T08:30:00`,
      collectionDate: collection,
      creditor: { name: gym.name, iban: gym.iban, bic: gym.bic, creditorId: gym.creditorId! },
      items,
    });
  }

  // The shop: a till closing per opening day (Monday to Saturday).
  const closings: TillClosing[] = [];
  const cardTill = new Map<IsoDate, number>();
  const cashBanked: Document[] = [];
  for (const day of daysOf(YEAR_2024.from, YEAR_2024.to)) {
    const wd = weekday(day);
    if (wd === 0 || day === '2024-01-01' || day === '2024-12-25' || rng.chance(1, 10)) continue;
    const tickets: TillTicket[] = [];
    let cash = 0;
    let card = 0;
    const n = rng.int(1, 6);
    for (let t = 1; t <= n; t++) {
      const lines: TillTicket['lines'] = [];
      let total = 0;
      const count = rng.int(1, 3);
      for (let l = 0; l < count; l++) {
        const item = rng.pick(SHOP);
        const qty = item.price < 500 ? rng.int(1, 3) : 1;
        total += qty * item.price;
        lines.push({ label: item.label, account: item.rate === '20' ? '707200' : '707100', quantity: String(qty), unitPrice: money(item.price), vatRate: item.rate, product: item.product, category: item.category, seller: rng.pick(SELLERS) });
      }
      const method = total < 600 || rng.chance(1, 3) ? 'cash' : 'card';
      if (method === 'cash') cash += total;
      else card += total;
      tickets.push({ id: `T${day.replace(/-/g, '')}-${t}`, number: `TK-${day.replace(/-/g, '')}-${pad(t, 3)}`, lines, payments: [{ method, amount: money(total) }] });
    }
    // Now and then the drawer is a little off.
    const diff = rng.chance(1, 25) ? rng.pick([-200, -50, -10, 10, 100]) : 0;
    const counted = Math.max(0, cash + diff);
    closings.push({
      type: 'till-closing',
      id: `gym-z-${day}`,
      number: `Z-${day.replace(/-/g, '')}`,
      till: 'ACCUEIL',
      day,
      tickets,
      countedCash: money(counted),
      ...(counted !== cash ? { memo: `Écart de caisse ${money(counted - cash)} €` } : {}),
    });
    if (card > 0) cardTill.set(day, card);
  }

  // Till cash and cash payments at the desk are paid into the bank at each month end.
  let rem = 0;
  const remittances: Document[] = [];
  const cashByMonth = new Map<string, number>();
  for (const c of closings) cashByMonth.set(c.day.slice(0, 7), (cashByMonth.get(c.day.slice(0, 7)) ?? 0) + toCents(c.countedCash!));
  for (const p of payments) if (p.method === 'cash') cashByMonth.set(p.date.slice(0, 7), (cashByMonth.get(p.date.slice(0, 7)) ?? 0) + toCents(p.amount));
  for (const month of MONTHS_2024) {
    const cents = cashByMonth.get(month.slice(0, 7)) ?? 0;
    if (cents === 0) continue;
    rem++;
    cashBanked.push({ type: 'remittance', id: `gym-rem-${pad(rem, 4)}`, number: `REM-ESP-${month.slice(0, 7)}`, date: endOfMonth(month), method: 'cash', amount: money(cents), memo: 'Versement espèces' });
  }

  // Card payments (desk) remitted weekly with a 0.6 % commission; till card totals the next day.
  const byWeek = new Map<string, Payment[]>();
  for (const p of payments) {
    if (p.method !== 'card' && p.method !== 'cheque') continue;
    let d = addDays(p.date as IsoDate, 1);
    while (weekday(d) !== 1) d = addDays(d, 1);
    if (d > YEAR_2024.to) continue; // remitted in January: still to remit at year end
    const key = `${p.method}|${d}`;
    byWeek.set(key, [...(byWeek.get(key) ?? []), p]);
  }
  for (const [key, list] of [...byWeek].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [method, date] = key.split('|') as [string, IsoDate];
    const cents = list.reduce((s, p) => s + toCents(p.amount), 0);
    rem++;
    remittances.push({
      type: 'remittance',
      id: `gym-rem-${pad(rem, 4)}`,
      number: `REM-${method === 'card' ? 'CB' : 'CHQ'}-${date}`,
      date,
      method,
      amount: money(cents),
      ...(method === 'card' ? { fees: money(commission(cents, 60)) } : {}),
      payments: list.map((p) => p.id),
    });
  }
  for (const [day, cents] of cardTill) {
    const date = addDays(day, 1);
    if (date > YEAR_2024.to) continue;
    rem++;
    remittances.push({ type: 'remittance', id: `gym-rem-${pad(rem, 4)}`, number: `REM-CB-CAISSE-${day}`, date, method: 'card', amount: money(cents), fees: money(commission(cents, 60)) });
  }

  // Sport vouchers: the issuer pays each quarter, less 1 %.
  const settlements: Document[] = [];
  const quarters: ReadonlyArray<readonly [IsoDate, IsoDate, IsoDate]> = [
    ['2024-01-01' as IsoDate, '2024-03-31' as IsoDate, '2024-04-20' as IsoDate],
    ['2024-04-01' as IsoDate, '2024-06-30' as IsoDate, '2024-07-20' as IsoDate],
    ['2024-07-01' as IsoDate, '2024-09-30' as IsoDate, '2024-10-20' as IsoDate],
  ];
  quarters.forEach(([from, to, paid], q) => {
    const list = payments.filter((p) => p.method === 'voucher' && p.date >= from && p.date <= to);
    if (list.length === 0) return;
    const cents = list.reduce((s, p) => s + toCents(p.amount), 0);
    settlements.push({
      type: 'voucher-settlement',
      id: `gym-vs-${q + 1}`,
      number: `ANCV-2024-T${q + 1}`,
      date: paid,
      issuer: { id: 'ANCV', name: 'ANCV (Coupon Sport)' },
      amount: money(cents),
      fees: money(commission(cents, 100)),
      payments: list.map((p) => p.id),
    });
  });

  const purchases = recurringPurchases(rng, 'gym', [
    { supplier: { id: 'F0001', name: 'SCI DU PARC' }, account: '613200', label: 'Loyer salle', vatRate: '20', min: 240000, max: 240000, day: 1 },
    { supplier: { id: 'F0002', name: 'EDF ENTREPRISES' }, account: '606100', label: 'Électricité', vatRate: '20', min: 45000, max: 98000, day: 12 },
    { supplier: { id: 'F0003', name: 'NUTRI-SPORT ; Distribution' }, account: '607000', label: 'Achats boissons et barres', vatRate: '5.5', min: 18000, max: 42000, day: 20 },
    { supplier: { id: 'F0004', name: 'FIT EQUIP "Pro"' }, account: '615500', label: 'Maintenance machines', vatRate: '20', min: 25000, max: 60000, day: 25, months: [3, 6, 9, 12] },
  ]);

  // Invoice numbers in date order, as billing software gives them.
  const sorted = [...invoices].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const numbered = new Map(sorted.map((x, k) => [x.id, `FA2024-${pad(k + 1, 5)}`]));
  const finalInvoices = invoices.map((x) => ({ ...x, number: numbered.get(x.id)! }));

  // Corporate memberships: the 12-month members paid up front by transfer or cheque are paid for by their employer.
  const corporate = new Map<string, BusinessIdentity & { readonly label: string }>();
  for (const m of members) {
    if (m.plan !== 'annual-upfront') continue;
    const paid = payments.filter((p) => p.customer.id === m.id);
    if (paid.length === 0 || !paid.every((p) => p.method === 'transfer' || p.method === 'cheque')) continue;
    const employer = CORPORATES[corporate.size % CORPORATES.length]!;
    corporate.set(m.id, { ...employer, label: `${employer.name} (abonnement ${m.name})` });
  }

  // What the billing software does not know, drawn from a generator of its own (the documents above stay the same).
  const fin = createRandom(seed ^ 0x46494e31);
  // Suppliers: the rent on the 5th, electricity by direct debit a fortnight after the bill, the others at 30 days.
  const supplierPaid = supplierPayments('gym', purchases, {
    F0001: { days: 4, method: 'transfer' },
    F0002: { days: 15, method: 'direct-debit' },
    F0003: { days: 30, method: 'transfer' },
    F0004: { days: 30, method: 'transfer' },
  }, YEAR_2024.to);
  const loan: Loan = { id: 'PRET-BPI-2022', ref: 'BPI', lender: 'BPIFRANCE', label: 'Prêt équipements', principal: 4_000_000, rateBp: 310, months: 60, received: '2022-04-05' as IsoDate };
  const equipment: FixedAsset = { account: '215400', label: 'Matériel de musculation et cardio', depreciationAccount: '281540', cost: 4_500_000, depreciated: 1_050_000, yearly: 600_000 };
  const staff = [
    { id: 'SAL001', name: personName(fin), job: 'coach sportif, 20 h', gross: 130_000, variable: 15_000 },
    { id: 'SAL002', name: personName(fin), job: "agent d'accueil, 16 h", gross: 80_000, variable: 5_000 },
  ];
  const rates = { employeeBp: 2_200, employerBp: 3_200 };
  const [december, ...months] = payroll(fin, staff, ['2023-12-01' as IsoDate, ...MONTHS_2024], rates);
  const vatDecember = fin.cents(70_000, 110_000, 1);
  const bankCharges = [
    { label: 'Frais de tenue de compte', min: 1_800, max: 1_800 },
    { label: 'Commissions sur prélèvements SEPA', min: 600, max: 2_400 },
    { label: 'Location terminal de paiement', min: 2_400, max: 2_400, vatRate: '20' },
  ];

  return {
    key: 'gym',
    company: gym,
    fiscalYear: YEAR_2024,
    opening: [
      openingBalance(
        [
          ['101000', 'Capital social', 1_000_000],
          ['110000', 'Report à nouveau', 850_000],
          [FINANCE_ACCOUNTS.loan, 'Emprunt BPI équipements', loanOwed(loan, '2023-12-31' as IsoDate), { auxiliary: { number: loan.id, name: loan.lender } }],
          [equipment.depreciationAccount, 'Amortissements matériel', equipment.depreciated],
          [FINANCE_ACCOUNTS.urssaf, 'URSSAF cotisations 12/2023', december!.urssaf, { openItem: 'URSSAF-2023-12' }],
          [FINANCE_ACCOUNTS.vatDue, 'TVA à décaisser CA3 12/2023', vatDecember],
        ],
        [[equipment.account, equipment.label, equipment.cost]],
      ),
    ],
    documents: withBusinessCustomers([...finalInvoices, ...payments, ...batches, ...rejections, ...closings, ...cashBanked, ...remittances, ...settlements, ...usages, ...purchases, ...supplierPaid], corporate),
    // Memberships and sessions are services: their VAT is due when paid (CGI art. 269-2, the default); the shop's goods at the invoice.
    rules: { vatExigibility: 'on-receipt' },
    finance: {
      vat: { kind: 'monthly', label: 'réel normal (on option), monthly CA3', paymentDay: 19 },
      transactions: (rules) => [
        ...loanTransactions(loan, YEAR_2024, rules),
        ...payrollTransactions(months, december, YEAR_2024.to, rules),
        ...bankFeeTransactions(createRandom(seed ^ 0x46524149), bankCharges, MONTHS_2024, rules),
        ...depreciationTransactions([equipment], YEAR_2024.to, rules),
      ],
    },
  };
}

/** The direct-debit batches of a year (one pain.008 file each). */
export function directDebitBatches(year: BusinessYear): DirectDebitBatch[] {
  return year.documents.filter((d): d is DirectDebitBatch => d.type === 'direct-debit-batch');
}
