// @ts-nocheck
// What makes a year credible besides billing: suppliers paid at their terms,
// a loan repaid monthly, the payroll, the bank's fees and the VAT returns paid.
// Payroll, loan and bank fees are plain transactions (createTransaction
// inputs on OD and BQ); VAT is settled by an OD per return period, computed
// from the book's balances, then paid from the bank (no document kind yet).
// Every amount is integer cents, or Decimal for the loan's annuity; rounding is
// named where it happens.
import type { Book, IsoDate, PostingRules, Purchase, SupplierPayment, Transaction, TransactionInput, VatReturn } from '../../src/index.js';
import { AccountingError, Decimal, bookTransactions, addDays, addMonths, createBook, endOfMonth, post, trialBalance, vatReturn, vatSettlement } from '../../src/index.js';
import { money, pad, type Random } from './random.js';

// ---------------------------------------------------------------- accounts

/** The accounts the examples' own transactions post to (six digits, as the chart's sub-accounts). */
export const FINANCE_ACCOUNTS = {
  loan: '164000',
  interest: '661100',
  salaries: '641100',
  socialCharges: '645100',
  wages: '421000',
  urssaf: '431000',
  vatDue: '445510',
  vatCredit: '445670',
  vatInstalments: '445810',
  depreciation: '681120',
} as const;

/** Labels of those accounts, for the chart. */
export const FINANCE_ACCOUNT_LABELS: ReadonlyArray<{ readonly number: string; readonly label: string }> = [
  { number: FINANCE_ACCOUNTS.loan, label: 'Emprunts auprès des établissements de crédit' },
  { number: FINANCE_ACCOUNTS.interest, label: 'Intérêts des emprunts et dettes' },
  { number: FINANCE_ACCOUNTS.salaries, label: 'Salaires, appointements' },
  { number: FINANCE_ACCOUNTS.socialCharges, label: "Cotisations à l'URSSAF" },
  { number: FINANCE_ACCOUNTS.wages, label: 'Personnel – rémunérations dues' },
  { number: FINANCE_ACCOUNTS.urssaf, label: 'Sécurité sociale (URSSAF)' },
  { number: FINANCE_ACCOUNTS.vatDue, label: 'TVA à décaisser' },
  { number: FINANCE_ACCOUNTS.vatCredit, label: 'Crédit de TVA à reporter' },
  { number: FINANCE_ACCOUNTS.vatInstalments, label: 'Acomptes de TVA – régime simplifié' },
  { number: FINANCE_ACCOUNTS.depreciation, label: 'Dotations aux amortissements des immobilisations corporelles' },
];

/** `2024-01-01` → `2401`: months in piece references, kept short. */
function yymm(month: IsoDate): string {
  return month.slice(2, 4) + month.slice(5, 7);
}

/** Half-up rounding of `amount × bp / 10000` in integer cents (bp: basis points, 1 % = 100). */
export function percentOf(amountCents: number, bp: number): number {
  return Math.floor((amountCents * bp + 5000) / 10000);
}

// ---------------------------------------------------------------- suppliers

/** When and how a supplier is paid: `days` after its bill's date. */
export interface SupplierTerms {
  readonly days: number;
  readonly method: 'transfer' | 'direct-debit' | 'cheque';
}

/** A purchase's total incl. tax in cents, as `post` computes it (VAT per rate, rounded half up: amounts are positive). */
export function purchaseCents(purchase: Purchase): number {
  const byRate = new Map<string, number>();
  let ht = 0;
  for (const l of purchase.lines) {
    const [q, u] = [l.quantity, l.unitPrice];
    if (!/^\d+$/.test(q)) throw new RangeError(`purchaseCents: whole quantities only (${q})`);
    const line = Number(q) * centsOf(u);
    ht += line;
    const rate = l.vatRate ?? '0';
    byRate.set(rate, (byRate.get(rate) ?? 0) + line);
  }
  let vat = 0;
  for (const [rate, base] of byRate) vat += percentOf(base, rateBp(rate));
  return ht + vat;
}

/**
 * Pays every purchase at its supplier's terms, in full, with one
 * `supplier-payment` each; a bill whose day of payment falls after `until`
 * stays owed (401 at year end: the last bills of December).
 */
export function supplierPayments(prefix: string, purchases: ReadonlyArray<Purchase>, terms: Readonly<Record<string, SupplierTerms>>, until: IsoDate): SupplierPayment[] {
  const out: SupplierPayment[] = [];
  for (const p of purchases) {
    const t = terms[p.supplier.id];
    if (t === undefined) throw new RangeError(`supplierPayments: no terms for supplier ${p.supplier.id}`);
    const date = addDays(p.date as IsoDate, t.days);
    if (date > until) continue;
    const cents = purchaseCents(p);
    out.push({
      type: 'supplier-payment',
      id: `${prefix}-rf-${pad(out.length + 1, 4)}`,
      number: `${t.method === 'direct-debit' ? 'PRLV' : t.method === 'cheque' ? 'CHQ' : 'VIR'}-${p.supplier.id}-${date.replace(/-/g, '')}`,
      date,
      method: t.method,
      amount: money(cents),
      supplier: { id: p.supplier.id, name: p.supplier.name },
      allocations: [{ purchase: p.id, amount: money(cents) }],
    });
  }
  return out;
}

// ---------------------------------------------------------------- loan

/** A bank loan repaid by constant monthly instalments (annuités constantes). */
export interface Loan {
  readonly id: string;
  /** A short code for the piece references (`BPI` → `BPI-E025`, ten characters at most: every software export keeps them whole). */
  readonly ref: string;
  readonly lender: string;
  readonly label: string;
  /** The capital borrowed, in cents. */
  readonly principal: number;
  /** Nominal yearly rate in basis points (3.10 % = 310); the monthly rate is a twelfth of it. */
  readonly rateBp: number;
  readonly months: number;
  /** The day the money was received; the instalments fall on the same day of each following month. */
  readonly received: IsoDate;
}

/** One line of an amortisation schedule, in cents. */
export interface Instalment {
  readonly n: number;
  readonly date: IsoDate;
  readonly payment: number;
  readonly interest: number;
  readonly capital: number;
  /** Capital still owed after this instalment. */
  readonly remaining: number;
}

const cents2 = (d: Decimal): number => Number(d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));

/**
 * The loan's amortisation schedule: a constant instalment
 * `A = P·r / (1 − (1 + r)^−n)` (r the monthly rate), rounded half up to the
 * cent (at a zero rate, P / n rounded down); each month's interest is the
 * capital owed × r, rounded half up to the cent, the capital repaid is the
 * rest of the instalment, and the last instalment repays whatever capital is
 * left (so Σ capital = P exactly).
 *
 * @example
 * ```ts
 * const s = amortisationSchedule({ id: 'L', lender: 'B', label: 'Prêt', principal: 1_000_000, rateBp: 600, months: 12, received: '2024-01-10' });
 * [s[0].payment, s[0].interest, s.reduce((a, i) => a + i.capital, 0)] //=> [86066, 5000, 1000000]
 * ```
 */
export function amortisationSchedule(loan: Loan): Instalment[] {
  const r = new Decimal(loan.rateBp).div(120_000);
  const p = new Decimal(loan.principal);
  const annuity = r.isZero() ? Math.floor(loan.principal / loan.months) : cents2(p.times(r).div(new Decimal(1).minus(r.plus(1).pow(-loan.months))));
  const out: Instalment[] = [];
  let remaining = loan.principal;
  for (let n = 1; n <= loan.months; n++) {
    const interest = cents2(new Decimal(remaining).times(r));
    const capital = n === loan.months ? remaining : Math.min(remaining, annuity - interest);
    remaining -= capital;
    out.push({ n, date: addMonths(loan.received, n), payment: capital + interest, interest, capital, remaining });
  }
  return out;
}

/** The capital owed on a day (after the instalments due on or before it). */
export function loanOwed(loan: Loan, on: IsoDate): number {
  if (on < loan.received) return 0;
  let owed = loan.principal;
  for (const i of amortisationSchedule(loan)) if (i.date <= on) owed = i.remaining;
  return owed;
}

/** The loan's transactions over a period: the money received (when in it), then each instalment, capital (164) and interest (661) against the bank. */
export function loanTransactions(loan: Loan, period: { readonly from: IsoDate; readonly to: IsoDate }, rules: PostingRules): TransactionInput[] {
  const bank = rules.journals.bank;
  const out: TransactionInput[] = [];
  if (loan.received >= period.from && loan.received <= period.to) {
    out.push({
      journal: bank, date: loan.received, piece: { ref: `${loan.ref}-DEBL` }, label: `Déblocage ${loan.label} ${loan.lender}`, type: 'loan',
      entries: [
        { account: rules.accounts.bank, debit: money(loan.principal) },
        { account: FINANCE_ACCOUNTS.loan, auxiliary: { number: loan.id, name: loan.lender }, credit: money(loan.principal) },
      ],
    });
  }
  for (const i of amortisationSchedule(loan)) {
    if (i.date < period.from || i.date > period.to) continue;
    out.push({
      journal: bank, date: i.date, piece: { ref: `${loan.ref}-E${pad(i.n, 3)}` }, label: `Échéance ${i.n}/${loan.months} ${loan.label}`, type: 'loan-repayment',
      entries: [
        { account: FINANCE_ACCOUNTS.loan, auxiliary: { number: loan.id, name: loan.lender }, debit: money(i.capital), label: `Capital échéance ${i.n}` },
        ...(i.interest > 0 ? [{ account: FINANCE_ACCOUNTS.interest, debit: money(i.interest), label: `Intérêts échéance ${i.n}` }] : []),
        { account: rules.accounts.bank, credit: money(i.payment) },
      ],
    });
  }
  return out;
}

// ---------------------------------------------------------------- payroll

/** An employee: monthly gross pay, months worked, a monthly variable part drawn up to `variable` cents. */
export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly job: string;
  /** Monthly gross base pay, cents. */
  readonly gross: number;
  /** Overtime, bonuses: up to this many cents a month, drawn in whole euros. */
  readonly variable: number;
  /** Months (1–12) worked; every month when absent (seasonal staff name theirs). */
  readonly months?: ReadonlyArray<number>;
}

/** Contribution rates of a payroll, in basis points of the gross pay. */
export interface PayrollRates {
  /** Employee contributions withheld from the gross pay (part salariale). */
  readonly employeeBp: number;
  /** Employer contributions (part patronale). */
  readonly employerBp: number;
}

/** One month's payroll, in cents. */
export interface PayrollMonth {
  readonly month: IsoDate;
  readonly lines: ReadonlyArray<{ readonly employee: Employee; readonly gross: number; readonly withheld: number; readonly net: number }>;
  readonly gross: number;
  readonly withheld: number;
  readonly employer: number;
  /** What URSSAF is owed for the month: withheld + employer contributions. */
  readonly urssaf: number;
}

/**
 * The payroll of each month given (first days of months, in order):
 * gross = base + a variable part drawn in whole euros; contributions at the
 * rates, each rounded half up to the cent per employee (withheld) and on the
 * month's gross total (employer).
 */
export function payroll(rng: Random, employees: ReadonlyArray<Employee>, months: ReadonlyArray<IsoDate>, rates: PayrollRates): PayrollMonth[] {
  return months.map((month) => {
    const m = Number(month.slice(5, 7));
    const lines = employees
      .filter((e) => !e.months || e.months.includes(m))
      .map((employee) => {
        const gross = employee.gross + rng.cents(0, employee.variable, 100);
        const withheld = percentOf(gross, rates.employeeBp);
        return { employee, gross, withheld, net: gross - withheld };
      });
    const gross = lines.reduce((s, l) => s + l.gross, 0);
    const withheld = lines.reduce((s, l) => s + l.withheld, 0);
    const employer = percentOf(gross, rates.employerBp);
    return { month, lines, gross, withheld, employer, urssaf: withheld + employer };
  });
}

/**
 * The payroll's transactions: each month, on its last day, the payroll OD
 * (Dt 641 gross, Dt 645 employer contributions / Ct 421 net per employee,
 * Ct 431 contributions), the net pay transferred the same day (Dt 421 / Ct
 * 512), and the month's contributions paid to URSSAF on the 15th of the next
 * month (Dt 431 / Ct 512). `previous` is the month before the first, whose
 * contributions (in the opening balance) are paid in the first month.
 */
export function payrollTransactions(months: ReadonlyArray<PayrollMonth>, previous: PayrollMonth | undefined, until: IsoDate, rules: PostingRules): TransactionInput[] {
  const { general, bank } = rules.journals;
  const out: TransactionInput[] = [];
  const mm = (month: IsoDate): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const urssaf = (p: PayrollMonth): void => {
    const date = addDays(endOfMonth(p.month), 15);
    if (date > until || p.urssaf === 0) return;
    out.push({
      journal: bank, date, piece: { ref: `URSF${yymm(p.month)}` }, label: `Cotisations URSSAF ${mm(p.month)}`, type: 'payroll-payment',
      entries: [
        { account: FINANCE_ACCOUNTS.urssaf, debit: money(p.urssaf), openItem: `URSSAF-${p.month.slice(0, 7)}` },
        { account: rules.accounts.bank, credit: money(p.urssaf) },
      ],
    });
  };
  if (previous) urssaf(previous);
  for (const p of months) {
    if (p.lines.length === 0) continue;
    const end = endOfMonth(p.month);
    const ref = `PAIE${yymm(p.month)}`;
    out.push({
      journal: general, date: end, piece: { ref }, label: `Paie ${mm(p.month)}`, type: 'payroll',
      entries: [
        ...p.lines.map((l) => ({ account: FINANCE_ACCOUNTS.salaries, debit: money(l.gross), label: `Salaire brut ${l.employee.name} (${l.employee.job})` })),
        { account: FINANCE_ACCOUNTS.socialCharges, debit: money(p.employer), label: `Cotisations patronales ${mm(p.month)}` },
        ...p.lines.map((l) => ({ account: FINANCE_ACCOUNTS.wages, auxiliary: { number: l.employee.id, name: l.employee.name }, credit: money(l.net), label: `Net à payer ${l.employee.name}`, openItem: ref })),
        { account: FINANCE_ACCOUNTS.urssaf, credit: money(p.urssaf), label: `Cotisations salariales et patronales ${mm(p.month)}`, openItem: `URSSAF-${p.month.slice(0, 7)}` },
      ],
    });
    out.push({
      journal: bank, date: end, piece: { ref: `VSAL${yymm(p.month)}` }, label: `Virement des salaires ${mm(p.month)}`, type: 'payroll-payment',
      entries: [
        ...p.lines.map((l) => ({ account: FINANCE_ACCOUNTS.wages, auxiliary: { number: l.employee.id, name: l.employee.name }, debit: money(l.net), openItem: ref })),
        { account: rules.accounts.bank, credit: money(p.lines.reduce((s, l) => s + l.net, 0)) },
      ],
    });
    urssaf(p);
  }
  return out;
}

// ---------------------------------------------------------------- bank fees

/** A monthly bank charge: exempt from VAT (account keeping, transfer commissions) or taxed (card terminal rental). */
export interface BankCharge {
  readonly label: string;
  /** Cents excl. tax; drawn in [min, max] each month. */
  readonly min: number;
  readonly max: number;
  /** `'20'` for a taxed service; absent for an exempt banking service (CGI art. 261 C). */
  readonly vatRate?: string;
}

/** The bank's fees of each month, debited on its last day: Dt 627 (+ 44566 for taxed services) / Ct 512. */
export function bankFeeTransactions(rng: Random, charges: ReadonlyArray<BankCharge>, months: ReadonlyArray<IsoDate>, rules: PostingRules): TransactionInput[] {
  return months.map((month) => {
    const date = endOfMonth(month);
    const lines = charges.map((c) => {
      const ht = rng.cents(c.min, c.max, 1);
      return { c, ht, vat: c.vatRate === undefined ? 0 : percentOf(ht, rateBp(c.vatRate)) };
    });
    const total = lines.reduce((s, l) => s + l.ht + l.vat, 0);
    return {
      journal: rules.journals.bank, date, piece: { ref: `FRBQ${yymm(month)}` }, label: `Frais bancaires ${month.slice(5, 7)}/${month.slice(0, 4)}`, type: 'bank-fees',
      entries: [
        ...lines.map((l) => ({ account: rules.accounts.fees, debit: money(l.ht), label: l.c.label })),
        ...lines.filter((l) => l.vat > 0).map((l) => ({ account: rules.accounts.vatDeductible, debit: money(l.vat), label: `TVA ${l.c.label}`, vat: { rate: l.c.vatRate!, base: money(l.ht) } })),
        { account: rules.accounts.bank, credit: money(total) },
      ],
    };
  });
}

// ---------------------------------------------------------------- fixed assets

/** A fixed asset depreciated on a straight line: `yearly` cents a year. */
export interface FixedAsset {
  readonly account: string;
  readonly label: string;
  /** Its accumulated depreciation account (28…). */
  readonly depreciationAccount: string;
  readonly cost: number;
  /** Accumulated depreciation at the opening of the year. */
  readonly depreciated: number;
  readonly yearly: number;
}

/** The year's depreciation, one OD on the closing day: Dt 6811 / Ct 28… per asset (never past its cost). */
export function depreciationTransactions(assets: ReadonlyArray<FixedAsset>, on: IsoDate, rules: PostingRules): TransactionInput[] {
  const lines = assets.map((a) => ({ a, cents: Math.min(a.yearly, a.cost - a.depreciated) })).filter((l) => l.cents > 0);
  if (lines.length === 0) return [];
  return [
    {
      journal: rules.journals.general, date: on, piece: { ref: `AMORT${on.slice(0, 4)}` }, label: `Dotations aux amortissements ${on.slice(0, 4)}`, type: 'depreciation',
      entries: [
        ...lines.map((l) => ({ account: FINANCE_ACCOUNTS.depreciation, debit: money(l.cents), label: `Dotation ${l.a.label}` })),
        ...lines.map((l) => ({ account: l.a.depreciationAccount, credit: money(l.cents), label: `Amortissement ${l.a.label}` })),
      ],
    },
  ];
}

// ---------------------------------------------------------------- VAT

/**
 * How a business files and pays its VAT.
 * - `monthly`: réel normal, a CA3 each month (CGI art. 287-1), filed and paid
 *   on `paymentDay` of the next month.
 * - `annual`: réel simplifié, one CA12 for the year (CGI art. 287-3), filed in
 *   May of the next year, with two instalments paid in July (55 %) and
 *   December (40 %) of the previous year's tax (`priorYearTax`).
 */
export type VatRegime =
  | { readonly kind: 'monthly'; readonly label: string; readonly paymentDay: number }
  | {
      readonly kind: 'annual';
      readonly label: string;
      /** The previous year's tax due before instalments (base of this year's instalments), cents. */
      readonly priorYearTax: number;
      /** When the previous year's CA12 balance (on 44551 in the opening) is paid. */
      readonly previousReturnPaid: IsoDate;
      readonly instalments: ReadonlyArray<{ readonly date: IsoDate; readonly bp: number }>;
    };

/** The VAT rate as basis points: `'5.5'` → 550. */
function rateBp(rate: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(rate);
  if (!m) throw new RangeError(`rateBp: not a rate ${rate}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

function centsOf(amount: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) throw new RangeError(`centsOf: not an amount ${amount}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** The year's VAT returns, their settlements (OD, `vat-settlement`) and payments (BQ, `vat-payment` documents posted by `post`). */
export interface VatFiling {
  /** The returns filed in the year, in period order (a period with no VAT to declare files nothing). */
  readonly returns: ReadonlyArray<VatReturn>;
  /** The settlements and payments, by date. */
  readonly transactions: ReadonlyArray<Transaction>;
}

/**
 * The VAT returns of the year and their payments, read by the library from
 * the book as it stands (the book holds every other transaction of the year):
 * - each return is `vatReturn(book, { period, regime })` on the book with the
 *   previous returns' settlements and payments, booked by `vatSettlement`
 *   on its period's last day (collected and deductible VAT cleared into
 *   44551, or the credit into 44567, whole euros, the cents to 658 / 758;
 *   pending VAT on 44574 / 44568 is not due yet and stays);
 * - a `vat-payment` document pays it on the due day (Dt 44551 / Ct 512), the
 *   opening balance of 44551 (the last return of the previous year)
 *   included; a CA12 instalment is a `vat-payment` of kind `instalment`
 *   (Dt 44581 / Ct 512), which the yearly return deducts.
 */
export function vatTransactions(book: Book, regime: VatRegime, fiscalYear: { readonly from: IsoDate; readonly to: IsoDate }, rules: PostingRules): VatFiling {
  const A = FINANCE_ACCOUNTS;
  const { general, bank } = rules.journals;
  const added: Transaction[] = [];
  const returns: VatReturn[] = [];
  // Ids far past the year's own numbering: the examples number every journal again afterwards (runBusiness's renumber).
  let seq = 900_000;
  const base = [...bookTransactions(book)];
  const current = (): Book => createBook([...base, ...added], { ...(rules.chart ? { chart: rules.chart } : {}), ...(rules.accountWidth !== undefined ? { accountWidth: rules.accountWidth } : {}) });
  const dueOn = (on: IsoDate): number => {
    const row = trialBalance(current(), { period: { from: fiscalYear.from, to: on } }).rows.filter((r) => r.account.startsWith(A.vatDue.replace(/0+$/, '')));
    return row.reduce((n, r) => n + Number(r.closing.credit.minus(r.closing.debit).times(100).toFixed(0)), 0);
  };
  const pay = (doc: { id: string; date: IsoDate; cents: number; kind: 'balance' | 'instalment'; regime: 'CA3' | 'CA12'; period?: { from: IsoDate; to: IsoDate } }): void => {
    if (doc.cents <= 0) return;
    const payment = {
      type: 'vat-payment' as const, id: doc.id, number: doc.id, date: doc.date, method: 'transfer', amount: money(doc.cents), kind: doc.kind, regime: doc.regime,
      ...(doc.period ? { period: doc.period } : {}),
    };
    added.push(...post([payment], rules, { nextNumbers: { [bank]: ++seq } }).transactions);
  };
  const file = (period: { from: IsoDate; to: IsoDate }, label: 'CA3' | 'CA12', ref: string): VatReturn => {
    const ret = vatReturn(current(), { period, regime: label, rules });
    returns.push(ret);
    try {
      added.push(vatSettlement(ret, { rules, nextNumbers: { [general]: ++seq }, pieceRef: ref }));
    } catch (e) {
      // A return that moves nothing (no VAT, its credit carried as it stands) is filed but has nothing to book.
      if (!(e instanceof AccountingError && e.issues.every((i) => i.code === 'invalid_input'))) throw e;
    }
    return ret;
  };

  if (regime.kind === 'monthly') {
    const opening = dueOn(fiscalYear.from);
    pay({ id: `CA3-${yymm(addMonths(fiscalYear.from, -1))}`, date: addDays(fiscalYear.from, regime.paymentDay - 1), cents: opening, kind: 'balance', regime: 'CA3' });
    for (let m = 0; m < 12; m++) {
      const month = addMonths(fiscalYear.from, m);
      const period = { from: month, to: endOfMonth(month) };
      const ret = file(period, 'CA3', `CA3-${yymm(month)}`);
      if (m < 11) pay({ id: `CA3-${yymm(month)}`, date: addDays(addMonths(month, 1), regime.paymentDay - 1), cents: centsOf(ret.payable.toFixed(2)), kind: 'balance', regime: 'CA3', period });
    }
  } else {
    const prior = Number(fiscalYear.from.slice(0, 4)) - 1;
    pay({ id: `CA12-${prior}`, date: regime.previousReturnPaid, cents: dueOn(regime.previousReturnPaid), kind: 'balance', regime: 'CA12' });
    regime.instalments.forEach((inst, k) => {
      pay({ id: `CA12-${fiscalYear.to.slice(2, 4)}AC${k + 1}`, date: inst.date, cents: percentOf(regime.priorYearTax, inst.bp), kind: 'instalment', regime: 'CA12' });
    });
    file({ from: fiscalYear.from, to: fiscalYear.to }, 'CA12', `CA12-${fiscalYear.to.slice(0, 4)}`);
  }
  return { returns, transactions: [...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}
