// @ts-nocheck
// A year (2024) of a home-care agency: each month, the hours of care given to
// each client are billed in arrears, the part a funder pays (département for
// the APA, pension fund, health insurer, mutual) to the funder and the rest to
// the client or the relative who handles the bills (billing contact), each
// invoice with the agency's cost centre. Funders pay by transfer, a month or
// two later, one transfer for many invoices; clients by cheque, transfer or
// CESU vouchers (settled by their issuer); a few credit notes correct billing
// errors and a few debts are written off at year end.
import type { Document, Invoice, IsoDate, Payment } from '../../src/index.js';
import { addDays, addMonths, endOfMonth, frenchVatNumber, invoiceTotals } from '../../src/index.js';
import { MONTHS_2024, YEAR_2024, commission, openingBalance, recurringPurchases, type BusinessYear, type Company } from './business.js';
import { bankFeeTransactions, depreciationTransactions, FINANCE_ACCOUNTS, loanTransactions, payroll, payrollTransactions, supplierPayments, type Employee, type FixedAsset, type Loan } from './finance.js';
import { bankAccount, personName, siren } from './french.js';
import { cents as toCents, createRandom, money, pad } from './random.js';

/** The agency's seed. */
export const HOMECARE_SEED = 0x686f6d65;

/** A funder's identity as its e-invoices carry it (fictional SIRENs, valid Luhn keys). */
interface FunderIdentity {
  readonly siren: string;
  readonly address: { readonly lines: ReadonlyArray<string>; readonly postcode: string; readonly city: string; readonly country: string };
}
const FUNDERS: ReadonlyArray<{ readonly id: string; readonly name: string; readonly contact: string; readonly share: number; readonly delay: readonly [number, number]; readonly identity: FunderIdentity }> = [
  { id: 'FIN-CD69', name: 'Conseil départemental du Rhône (APA)', contact: 'Service APA ; pôle facturation', share: 70, delay: [35, 70],
    identity: { siren: siren('22690001'), address: { lines: ['29-31 cours de la Liberté'], postcode: '69003', city: 'Lyon', country: 'FR' } } },
  { id: 'FIN-CARSAT', name: 'CARSAT Rhône-Alpes', contact: 'Action sociale retraite', share: 60, delay: [30, 55],
    identity: { siren: siren('77995078'), address: { lines: ['35 rue Maurice Flandin'], postcode: '69003', city: 'Lyon', country: 'FR' } } },
  { id: 'FIN-CPAM', name: 'CPAM du Rhône', contact: 'Service prestations "HAD"', share: 80, delay: [25, 45],
    identity: { siren: siren('77995011'), address: { lines: ['276 cours Émile Zola'], postcode: '69100', city: 'Villeurbanne', country: 'FR' } } },
  { id: 'FIN-MUT', name: 'Mutuelle Harmonie Santé', contact: 'Gestion des aides', share: 50, delay: [20, 40],
    identity: { siren: siren('53852113'), address: { lines: ['143 rue Blomet'], postcode: '75015', city: 'Paris', country: 'FR' } } },
];
const SERVICES: ReadonlyArray<{ readonly label: string; readonly account: string; readonly rate: number; readonly vat: string }> = [
  { label: "Aide à domicile (personne âgée dépendante)", account: '706100', rate: 2650, vat: '5.5' },
  { label: 'Aide à la toilette et au lever', account: '706100', rate: 2850, vat: '5.5' },
  { label: 'Ménage ; repassage', account: '706200', rate: 2400, vat: '10' },
  { label: 'Accompagnement courses', account: '706200', rate: 2400, vat: '10' },
];
const CENTRES = ['LYON-NORD', 'LYON-SUD', 'VILLEURBANNE'];

/**
 * The agency's year: documents, opening entry and company.
 *
 * @example
 * ```ts
 * homecareYear().documents.some((d) => d.type === 'write-off') //=> true
 * ```
 */
export function homecareYear(seed = HOMECARE_SEED): BusinessYear {
  const rng = createRandom(seed);
  const own = bankAccount(rng);
  const agencySiren = siren('53198246');
  const company: Company = {
    name: 'AIDE & DOMICILE DU LYONNAIS', siren: agencySiren, iban: own.iban, bic: own.bic,
    address: { lines: ['18 rue de la République'], postcode: '69002', city: 'Lyon', country: 'FR' }, vatNumber: frenchVatNumber(agencySiren)!,
  };

  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  let inv = 0;
  let pay = 0;
  /** Invoices each funder still has to pay, with their amounts in cents. */
  const funderDue = new Map<string, Array<{ id: string; date: IsoDate }>>();
  /** What each invoice comes to, in cents. */
  const due = new Map<string, number>();
  const notes: Invoice[] = [];
  /** Client invoices never paid (the write-off candidates). */
  const unpaid: Array<{ invoice: Invoice; cents: number }> = [];

  const clients = Array.from({ length: 110 }, (_, k) => {
    const funder = rng.chance(3, 4) ? rng.pick(FUNDERS) : undefined;
    const contact = rng.chance(2, 5) ? `${personName(rng)} (${rng.pick(['fille', 'fils', 'neveu', 'tuteur'])})` : undefined;
    const start = rng.chance(7, 10) ? YEAR_2024.from : rng.date('2024-02-01', '2024-10-31');
    const end = rng.chance(1, 6) ? rng.date(addDays(start, 60), YEAR_2024.to) : YEAR_2024.to;
    const method = rng.pick(['transfer', 'transfer', 'cheque', 'cheque', 'voucher', 'direct-debit-free']);
    return { id: `CL${pad(k + 1, 4)}`, name: personName(rng), funder, contact, start, end, centre: rng.pick(CENTRES), method, bad: rng.chance(1, 30) };
  });

  for (const month of MONTHS_2024) {
    const last = endOfMonth(month);
    // Billed in the first days of the next month; December's care on 31 December, to close the year with it.
    const billed = addDays(last, rng.int(1, 5));
    const date = billed > YEAR_2024.to ? YEAR_2024.to : billed;
    for (const c of clients) {
      if (c.start > last || c.end < month) continue;
      const from = c.start > month ? c.start : month;
      const to = c.end < last ? c.end : last;
      const service = rng.pick(SERVICES);
      const hours = rng.int(6, 60) * 50; // in hundredths of an hour: half hours
      const quantity = `${Math.trunc(hours / 100)}.${pad(hours % 100, 2)}`;
      const common = { costCenter: c.centre, memo: `Prestations ${month.slice(5, 7)}/2024 — ${c.name}` };
      const lines = (share: number): Invoice['lines'] => [
        {
          label: `${service.label} ${month.slice(5, 7)}/2024${share < 100 ? ` (part ${share} %)` : ''}`,
          account: service.account,
          quantity,
          unitPrice: money(Math.floor((service.rate * share + 50) / 100)),
          vatRate: service.vat,
          servicePeriod: { from, to },
          product: service.account === '706100' ? 'AIDE' : 'MENAGE',
        },
      ];
      const shareFunder = c.funder ? c.funder.share : 0;
      if (c.funder) {
        inv++;
        const invoice: Invoice = {
          type: 'invoice', id: `had-inv-${pad(inv, 5)}`, kind: 'final', status: 'sent', number: '', date,
          customer: { id: c.funder.id, name: c.funder.name, siren: c.funder.identity.siren, address: { ...c.funder.identity.address, lines: [...c.funder.identity.address.lines] } }, funder: c.funder.name, billingContact: c.funder.contact, ...common,
          lines: lines(shareFunder),
        };
        invoices.push(invoice);
        due.set(invoice.id, invoiceCents(invoice));
        const list = funderDue.get(c.funder.id) ?? [];
        list.push({ id: invoice.id, date });
        funderDue.set(c.funder.id, list);
      }
      inv++;
      const clientInvoice: Invoice = {
        type: 'invoice', id: `had-inv-${pad(inv, 5)}`, kind: 'final', status: 'sent', number: '', date,
        customer: { id: c.id, name: c.name }, funder: 'Client particulier', ...(c.contact ? { billingContact: c.contact } : {}), ...common,
        lines: lines(100 - shareFunder),
      };
      invoices.push(clientInvoice);
      let cents = invoiceCents(clientInvoice);
      due.set(clientInvoice.id, cents);
      if (c.bad && month >= '2024-03-01') {
        // A few clients never pay: written off at year end.
        unpaid.push({ invoice: clientInvoice, cents });
        continue;
      }
      if (rng.chance(1, 120) && date < '2024-11-01') {
        // One hour billed too many, corrected by a credit note a week later.
        const l = clientInvoice.lines[0]!;
        inv++;
        const note: Invoice = {
          type: 'invoice', id: `had-inv-${pad(inv, 5)}`, kind: 'credit-note', status: 'sent', number: '', date: addDays(date, 7), corrects: clientInvoice.id,
          customer: clientInvoice.customer, costCenter: c.centre, funder: 'Client particulier', memo: `Heure facturée en trop (${month.slice(5, 7)}/2024)`,
          lines: [{ label: `Avoir : 1 heure facturée à tort — ${l.label}`, account: l.account, quantity: '1', unitPrice: l.unitPrice, vatRate: service.vat, servicePeriod: { from, to } }],
        };
        notes.push(note);
        cents -= invoiceCents(note);
      }
      // Clients pay 10 to 30 days later.
      const payDay = addDays(date, rng.int(10, 30));
      if (payDay > YEAR_2024.to) continue;
      const method = c.method === 'direct-debit-free' ? 'transfer' : c.method;
      pay++;
      payments.push({
        type: 'payment', id: `had-pay-${pad(pay, 5)}`, number: `ENC2024-${pad(pay, 5)}`, date: payDay, method, amount: money(cents),
        customer: { id: c.id, name: c.name }, allocations: [{ invoice: clientInvoice.id, amount: money(cents) }],
        ...(method === 'cheque' ? { reference: `CHQ ${pad(rng.int(1, 9999999), 7)}` } : {}),
        ...(c.contact ? { billingContact: c.contact } : {}),
      });
    }
  }

  // Remote assistance (téléassistance), billed to some clients each quarter in advance: the last quarter runs into 2025.
  for (const c of clients) {
    if (!rng.chance(1, 5)) continue;
    for (let from = c.start; from <= c.end; from = addMonths(from, 3)) {
      const to = addDays(addMonths(from, 3), -1);
      inv++;
      const invoice: Invoice = {
        type: 'invoice', id: `had-inv-${pad(inv, 5)}`, kind: 'final', status: 'sent', number: '', date: from,
        customer: { id: c.id, name: c.name }, funder: 'Client particulier', ...(c.contact ? { billingContact: c.contact } : {}), costCenter: c.centre,
        lines: [{ label: `Téléassistance — trimestre du ${from} au ${to}`, account: '706300', quantity: '3', unitPrice: '24.90', vatRate: '5.5', servicePeriod: { from, to }, product: 'TELEASSIST' }],
      };
      invoices.push(invoice);
      const cents = invoiceCents(invoice);
      due.set(invoice.id, cents);
      pay++;
      payments.push({ type: 'payment', id: `had-pay-${pad(pay, 5)}`, number: `ENC2024-${pad(pay, 5)}`, date: addDays(from, 12), method: 'transfer', amount: money(cents), customer: { id: c.id, name: c.name }, allocations: [{ invoice: invoice.id, amount: money(cents) }] });
    }
  }

  // Funders pay by transfer, one transfer for the invoices of a month.
  for (const f of FUNDERS) {
    const list = funderDue.get(f.id) ?? [];
    const byDate = new Map<IsoDate, string[]>();
    for (const x of list) byDate.set(x.date, [...(byDate.get(x.date) ?? []), x.id]);
    for (const [date, ids] of byDate) {
      const payDay = addDays(date, rng.int(f.delay[0], f.delay[1]));
      if (payDay > YEAR_2024.to) continue;
      const allocations = ids.map((id) => ({ invoice: id, amount: money(due.get(id)!) }));
      const cents = allocations.reduce((s, a) => s + toCents(a.amount), 0);
      pay++;
      payments.push({
        type: 'payment', id: `had-pay-${pad(pay, 5)}`, number: `VIR-${f.id}-${date.slice(0, 7)}`, date: payDay, method: 'transfer', amount: money(cents),
        customer: { id: f.id, name: f.name }, funder: f.name, reference: `VIR ${f.name.slice(0, 20)} ${date.slice(0, 7)}`, allocations,
      });
    }
  }

  // Year end: client debts over four months old are written off (VAT reversed).
  let wo = 0;
  const writeOffs: Document[] = [];
  for (const { invoice, cents } of unpaid) {
    if (invoice.date > '2024-08-31') continue;
    wo++;
    writeOffs.push({ type: 'write-off', id: `had-wo-${pad(wo, 3)}`, number: `IRR2024-${pad(wo, 3)}`, date: '2024-12-20', customer: invoice.customer, invoice: invoice.id, amount: money(cents), reason: 'Client décédé ; succession insolvable', ...(invoice.costCenter ? { costCenter: invoice.costCenter } : {}) });
  }

  // CESU vouchers: the CRCESU pays each quarter, less 0.5 %.
  const settlements: Document[] = [];
  const quarters: ReadonlyArray<readonly [string, string, IsoDate]> = [
    ['2024-01-01', '2024-03-31', '2024-04-15' as IsoDate],
    ['2024-04-01', '2024-06-30', '2024-07-15' as IsoDate],
    ['2024-07-01', '2024-09-30', '2024-10-15' as IsoDate],
    ['2024-10-01', '2024-12-15', '2024-12-30' as IsoDate],
  ];
  quarters.forEach(([from, to, paid], q) => {
    const list = payments.filter((p) => p.method === 'voucher' && p.date >= from && p.date <= to);
    if (list.length === 0) return;
    const cents = list.reduce((s, p) => s + toCents(p.amount), 0);
    settlements.push({ type: 'voucher-settlement', id: `had-vs-${q + 1}`, number: `CRCESU-2024-T${q + 1}`, date: paid, issuer: { id: 'CRCESU', name: 'CRCESU (CESU préfinancés)' }, amount: money(cents), fees: money(commission(cents, 50)), payments: list.map((p) => p.id) });
  });

  // Cheques paid in each Friday.
  const remittances: Document[] = [];
  const byFriday = new Map<IsoDate, Payment[]>();
  for (const p of payments) {
    if (p.method !== 'cheque') continue;
    let d = addDays(p.date as IsoDate, 1);
    while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 5) d = addDays(d, 1);
    if (d > YEAR_2024.to) continue;
    byFriday.set(d, [...(byFriday.get(d) ?? []), p]);
  }
  let rem = 0;
  for (const [date, list] of [...byFriday].sort(([a], [b]) => (a < b ? -1 : 1))) {
    rem++;
    remittances.push({ type: 'remittance', id: `had-rem-${pad(rem, 3)}`, number: `REM-CHQ-${date.replace(/-/g, '')}`, date, method: 'cheque', amount: money(list.reduce((s, p) => s + toCents(p.amount), 0)), payments: list.map((p) => p.id) });
  }

  const purchases = recurringPurchases(rng, 'had', [
    { supplier: { id: 'F0001', name: 'FONCIÈRE DU RHÔNE' }, account: '613200', label: 'Loyer agence', vatRate: '20', min: 180000, max: 180000, day: 1 },
    { supplier: { id: 'F0002', name: 'TOTALENERGIES FLEET' }, account: '606140', label: 'Carburant véhicules ; carte flotte', vatRate: '20', min: 90000, max: 160000, day: 28 },
    { supplier: { id: 'F0003', name: 'ORANGE BUSINESS' }, account: '626000', label: 'Téléphonie intervenants', vatRate: '20', min: 35000, max: 42000, day: 8 },
    { supplier: { id: 'F0004', name: 'LOGICIEL "SoinPlus"' }, account: '651000', label: 'Licence logiciel de planification', vatRate: '20', min: 29000, max: 29000, day: 3 },
    { supplier: { id: 'F0005', name: 'MMA ASSURANCES' }, account: '616000', label: 'Assurance responsabilité civile', vatRate: '0', exemption: 'exempt', min: 240000, max: 240000, day: 5, months: [1] },
  ]);

  // Numbers in date order: FA for invoices, AV for credit notes.
  const all = [...invoices, ...notes];
  const sorted = [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  let fa = 0;
  let av = 0;
  const numbers = new Map(sorted.map((x) => [x.id, x.kind === 'credit-note' ? `AV2024-${pad(++av, 4)}` : `FA2024-${pad(++fa, 5)}`]));

  // What the billing software does not know, drawn from a generator of its own (the documents above stay the same).
  const fin = createRandom(seed ^ 0x46494e31);
  // Suppliers: rent on the 5th, fuel, phone and software by direct debit, the insurer at 30 days.
  const supplierPaid = supplierPayments('had', purchases, {
    F0001: { days: 4, method: 'transfer' },
    F0002: { days: 10, method: 'direct-debit' },
    F0003: { days: 12, method: 'direct-debit' },
    F0004: { days: 7, method: 'direct-debit' },
    F0005: { days: 30, method: 'transfer' },
  }, YEAR_2024.to);
  // Funders pay a month or two late: a working-capital loan taken in January bridges the gap.
  const loan: Loan = { id: 'PRET-CE-2024', ref: 'CE', lender: "CAISSE D'ÉPARGNE RHÔNE ALPES", label: 'Prêt de trésorerie', principal: 6_000_000, rateBp: 420, months: 36, received: '2024-01-10' as IsoDate };
  const cars: FixedAsset = { account: '218200', label: "Véhicules d'intervention", depreciationAccount: '281820', cost: 5_400_000, depreciated: 2_160_000, yearly: 1_080_000 };
  const staff: Employee[] = [
    { id: 'SAL001', name: personName(fin), job: "directrice d'agence", gross: 320_000, variable: 0 },
    { id: 'SAL002', name: personName(fin), job: 'responsable de secteur', gross: 240_000, variable: 10_000 },
    ...Array.from({ length: 12 }, (_, k): Employee => ({ id: `SAL${pad(k + 3, 3)}`, name: personName(fin), job: 'auxiliaire de vie', gross: fin.cents(150_000, 190_000, 100), variable: 25_000 })),
  ];
  // Home help to frail people: employer contributions mostly exempt (aide à domicile, CSS art. L241-10).
  const [december, ...months] = payroll(fin, staff, ['2023-12-01' as IsoDate, ...MONTHS_2024], { employeeBp: 2_200, employerBp: 1_800 });
  const vatDecember = fin.cents(280_000, 340_000, 1);
  const bankCharges = [
    { label: 'Frais de tenue de compte', min: 2_500, max: 2_500 },
    { label: 'Commissions sur virements et remises de chèques', min: 800, max: 2_600 },
    { label: 'Abonnement banque en ligne (EBICS)', min: 1_500, max: 1_500, vatRate: '20' },
  ];

  return {
    key: 'homecare',
    company,
    fiscalYear: YEAR_2024,
    opening: [
      openingBalance(
        [
          ['102000', 'Fonds associatif sans droit de reprise', 5_000_000],
          ['106800', 'Réserves', 1_500_000],
          [cars.depreciationAccount, 'Amortissements véhicules', cars.depreciated],
          [FINANCE_ACCOUNTS.urssaf, 'URSSAF cotisations 12/2023', december!.urssaf, { openItem: 'URSSAF-2023-12' }],
          [FINANCE_ACCOUNTS.vatDue, 'TVA à décaisser CA3 12/2023', vatDecember],
        ],
        [[cars.account, cars.label, cars.cost]],
      ),
    ],
    documents: [...all.map((x) => ({ ...x, number: numbers.get(x.id)! })), ...payments, ...writeOffs, ...settlements, ...remittances, ...purchases, ...supplierPaid],
    // Home care is a service: its VAT is due when the customer (or the funder) pays (CGI art. 269-2, the default).
    rules: { vatExigibility: 'on-receipt' },
    finance: {
      vat: { kind: 'monthly', label: 'réel normal, monthly CA3', paymentDay: 19 },
      transactions: (rules) => [
        ...loanTransactions(loan, YEAR_2024, rules),
        ...payrollTransactions(months, december, YEAR_2024.to, rules),
        ...bankFeeTransactions(createRandom(seed ^ 0x46524149), bankCharges, MONTHS_2024, rules),
        ...depreciationTransactions([cars], YEAR_2024.to, rules),
      ],
    },
  };
}

/** What an invoice comes to, incl. tax, in cents — as `post` computes it. */
function invoiceCents(invoice: Invoice): number {
  return toCents(invoiceTotals({ ...invoice, number: invoice.number || 'to-number' }).total.toFixed(2)); // numbers come last
}
