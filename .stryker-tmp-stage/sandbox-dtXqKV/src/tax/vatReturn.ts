// @ts-nocheck
import { toBook, type BookSource } from '../book/index.js';
import { addDays, addMonths, dateParts, endOfMonth, fromDayNumber, toDayNumber, toPeriod, type IsoDate, type Period } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { scopeOf } from '../ledger/_lib/scope.js';
import { Decimal, minorToDecimal, roundTo, toMinorUnits, type AmountInput, type CurrencyCode, type VatRate } from '../money/index.js';
import { defaultRules, isPostingRules, type PostingRules } from '../posting/rules.js';
import { COLLECTED, collectedRateOf, CREDIT, DEDUCTIBLE_FIXED, DEDUCTIBLE_OTHER, INSTALMENTS, returnRoleOf, vatAccount } from './_lib/vatReturnAccounts.js';

/**
 * The French VAT returns: `CA3` (3310-CA3, réel normal, monthly or
 * quarterly) and `CA12` (3517-S CA12, régime simplifié, yearly).
 *
 * @example
 * ```ts
 * const regime: VatRegime = 'CA12';
 * ```
 */
export type VatRegime = 'CA3' | 'CA12';

/**
 * Options of {@link vatReturn}.
 *
 * @example
 * ```ts
 * const options: VatReturnOptions = { period: { from: '2025-01-01', to: '2025-01-31' }, regime: 'CA3' };
 * ```
 */
export interface VatReturnOptions {
  /** The return period: a calendar month or quarter (CA3), twelve whole months (CA12). */
  readonly period: {
    /** The first day, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day, `YYYY-MM-DD`. */
    readonly to: string;
  };
  /** Which form: `CA3` (monthly or quarterly) or `CA12` (annual simplified regime). */
  readonly regime: VatRegime;
  /**
   * The credit carried from the previous return (line 22 of the CA3, 24 of
   * the CA12), replacing what the credit account (44567) holds.
   * @defaultValue the debit balance of 44567 at the period end, the period's own `vat-settlement` left out
   */
  readonly previousCredit?: AmountInput;
  /**
   * The rules naming the VAT accounts (collected per rate, pending,
   * deductible) and the account width.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
}

/**
 * One box (ligne) of a return, in whole euros: `amount` is the line's figure
 * (the tax on a rate line); rate lines also carry their taxable `base`.
 *
 * @example
 * ```ts
 * const box: VatReturnBox = { line: '08', label: 'Taux normal 20 %', rate: '20', base: new Decimal(1000), amount: new Decimal(200) };
 * ```
 */
export interface VatReturnBox {
  /** The official line number (`'08'`, `'9B'`, `'16'`…). */
  readonly line: string;
  /** The line's label as printed on the form (`Taux normal 20 %`). */
  readonly label: string;
  /** The line's figure in whole euros (the tax, on a rate line), ≥ 0. */
  readonly amount: Decimal;
  /** The taxable base of a rate line; absent when some VAT entry of the rate carries no base (see `missingBases`). */
  readonly base?: Decimal;
  /** The rate of a rate line (absent on line 14 / 13, which gathers the other rates). */
  readonly rate?: VatRate;
}

/**
 * An account the return read, with the amount a settlement clears from it
 * (the period's movement, or the balance of the credit and instalment
 * accounts), debit positive, exact (cents).
 *
 * @example
 * ```ts
 * const a: VatReturnAccount = { account: '445711', role: 'collected', amount: new Decimal('-200.40') };
 * ```
 */
export interface VatReturnAccount {
  /** The account number, e.g. `445711`. */
  readonly account: string;
  /**
   * What the account holds for the return: collected VAT, deductible VAT on goods and services or on fixed
   * assets, VAT credit carried (44567), CA12 instalments (44581).
   */
  readonly role: 'collected' | 'deductible' | 'fixed-assets' | 'credit' | 'instalments';
  /** What a settlement clears from it, debit positive, to the cent. */
  readonly amount: Decimal;
}

/**
 * A VAT return (déclaration de TVA) read from the accounts.
 *
 * @example
 * ```ts
 * const ret = vatReturn(januaryBook, { period: { from: '2025-01-01', to: '2025-01-31' }, regime: 'CA3' });
 * ret.box('25')?.amount.toFixed(0) //=> '30'
 * ```
 */
export interface VatReturn {
  /** The form: `CA3` or `CA12`. */
  readonly regime: VatRegime;
  /** The period the return covers, inclusive. */
  readonly period: Period;
  /** The book's currency (`EUR`). */
  readonly currency: CurrencyCode;
  /** The boxes in the form's order, whole euros. */
  readonly boxes: ReadonlyArray<VatReturnBox>;
  /** The box of a line number, if the return has it. */
  box(line: string): VatReturnBox | undefined;
  /** What the return makes payable (CA3 line 32, CA12 the balance after instalments), whole euros, ≥ 0. */
  readonly payable: Decimal;
  /** The credit it leaves to carry (CA3 line 27, CA12 line 35 = 29 + 34), whole euros, ≥ 0. */
  readonly credit: Decimal;
  /**
   * The same figures to the cent, as the accounts hold them: `net` =
   * collected − deductible − write-off regularisation − previous credit −
   * instalments (positive: due).
   */
  readonly exact: {
    /** Collected VAT of the period (« TVA brute »), credits positive, to the cent. */
    readonly collected: Decimal;
    /** Deductible VAT on goods and services, debits positive, to the cent. */
    readonly deductibleOther: Decimal;
    /** Deductible VAT on fixed assets (« immobilisations »), debits positive, to the cent. */
    readonly deductibleFixedAssets: Decimal;
    /** Collected VAT regularised on receivables written off, positive (deducted). */
    readonly writeOffs: Decimal;
    /** The VAT credit carried from the previous return, positive. */
    readonly previousCredit: Decimal;
    /** CA12 instalments (« acomptes ») paid in the period, positive; `0` for a CA3. */
    readonly instalments: Decimal;
    /**
     * Collected − deductible − write-offs − previous credit − instalments: positive is due, negative a
     * credit.
     */
    readonly net: Decimal;
  };
  /**
   * Rates whose credit notes exceed their sales over the period, to the cent: their rate line shows 0 (a
   * line of the form is never negative), their VAT is deducted on CA3 line 21 / CA12 line 25 with the
   * write-offs', and their base goes on CA3 line 3C (« Régularisations »; a CA12 has no such line, the base
   * is only left out of line 01). Both `0` when every rate nets to a sale.
   */
  readonly reductions: {
    /** The VAT of those rates, positive. */
    readonly vat: Decimal;
    /** Their taxable base, positive. */
    readonly base: Decimal;
  };
  /** The accounts read and what a settlement clears from each. */
  readonly accounts: ReadonlyArray<VatReturnAccount>;
  /** Rates (absent: no rate known) whose collected VAT entries carry no base: their rate line has no `base`. */
  readonly missingBases: ReadonlyArray<{
    /** The rate; absent when the entries name no rate. */
    readonly rate?: VatRate;
    /** How many collected-VAT entries of that rate carry no base. */
    readonly entries: number;
  }>;
  /** CA12: the instalments paid in the period (debits on 44581), line 57 (`reference`, 16 − 22) and next year's instalments (55 % in July, 40 % in December, none under 1 000 €). */
  readonly instalments?: {
    /** The instalments debited on 44581 in the period, by date, positive. */
    readonly paid: ReadonlyArray<{
      /** The day the instalment was debited. */
      readonly date: IsoDate;
      /** The amount paid, positive, to the cent. */
      readonly amount: Decimal;
    }>;
    /** The reference for next year's instalments (line 57: line 16 − line 22), whole euros. */
    readonly reference: Decimal;
    /** Next year's instalments, whole euros (both `0` when the reference is under 1 000 €). */
    readonly next: {
      /** The July instalment: 55 % of the reference. */
      readonly july: Decimal;
      /** The December instalment: 40 % of the reference. */
      readonly december: Decimal;
    };
  };
}

const CA3_RATE_LINES: Readonly<Record<string, readonly [string, string]>> = {
  '20': ['08', 'Taux normal 20 %'],
  '5.5': ['09', 'Taux réduit 5,5 %'],
  '10': ['9B', 'Taux réduit 10 %'],
};
const CA3_OTHER: readonly [string, string] = ['14', 'Opérations imposables à un taux particulier'];
const CA12_RATE_LINES: Readonly<Record<string, readonly [string, string]>> = {
  '20': ['5A', 'Taux normal 20 %'],
  '5.5': ['06', 'Taux réduit 5,5 %'],
  '10': ['6C', 'Taux réduit 10 %'],
};
const CA12_OTHER: readonly [string, string] = ['13', 'Autres taux'];
/** Form order of the rate lines. */
const CA3_ORDER = ['20', '5.5', '10'];
const CA12_ORDER = ['20', '5.5', '10'];

/**
 * The VAT return of a period read from the accounts: per rate the taxable
 * base (the VAT entries' `vat.base`: under VAT on receipt, those of the
 * receipts' transfers) and the collected VAT (the collected accounts'
 * movements, write-offs apart), the deductible VAT on fixed assets (44562)
 * and on other goods and services (44566), the VAT the write-offs took back
 * (CA3 line 21, CA12 line 25), the credit carried (44567), and for the CA12
 * the instalments paid (44581). Pending VAT (44574, 44568) is not read; the
 * period's own `vat-settlement` transaction is left out, so the return reads
 * the same before and after its settlement. Boxes are whole euros, each
 * rounded half away from zero (the notices: "arrondir à l'euro le plus
 * proche"), totals summed from the rounded boxes.
 *
 * CA3 lines: 01, 08, 09, 9B, 14 (other rates), 16, 19, 20, 21, 22, 23, 25,
 * 27, 28, 32. CA12 lines: 01, 5A, 06, 6C, 13 (other rates), 16, 19, 20,
 * 22, 23, 24, 25, 26, 28, 29, 30 (instalments paid), 33 (balance due), 34
 * (instalments paid in excess), 35 (29 + 34).
 *
 * @param source - a Book, or transactions
 * @param options - period, regime, previous credit, rules
 * @returns the return
 * @throws AccountingError `invalid_vat_period` (a CA3 period that is not a calendar month or
 *   quarter, a CA12 period that is not twelve whole months), `invalid_option`, `invalid_period`,
 *   `invalid_amount`, `negative_amount` (previousCredit), `amount_overflow`
 * @example
 * ```ts
 * // January: 1 002.00 excl. tax sold at 20 % (VAT 200.40), 80.00 deductible, 150.00 credit carried from December
 * const ret = vatReturn(januaryBook, { period: { from: '2025-01-01', to: '2025-01-31' }, regime: 'CA3' });
 * ret.boxes.map((b) => [b.line, b.amount.toFixed(0)])
 * //=> [['01', '1002'], ['08', '200'], ['16', '200'], ['19', '0'], ['20', '80'], ['21', '0'], ['22', '150'], ['23', '230'], ['25', '30'], ['27', '30'], ['28', '0'], ['32', '0']]
 * ret.credit.toFixed(0) //=> '30'
 * ```
 */
export function vatReturn(source: BookSource, options: VatReturnOptions): VatReturn {
  if (typeof options !== 'object' || options === null) fail('invalid_option', [], 'Give the options { period, regime }.');
  const regime = options.regime;
  if (regime !== 'CA3' && regime !== 'CA12') fail('invalid_option', ['regime'], `Unknown regime ${JSON.stringify(regime)}: use "CA3" or "CA12".`);
  const rules = options.rules ?? defaultRules();
  if (!isPostingRules(rules)) fail('invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).');
  const period = toPeriod(options.period);
  checkReturnPeriod(period, regime);
  const book = toBook(source);
  const ca12 = regime === 'CA12';
  const previousGiven = options.previousCredit === undefined ? undefined : toMinorUnits(options.previousCredit, book.currency, ['previousCredit']);
  if (previousGiven !== undefined && previousGiven < 0) fail('negative_amount', ['previousCredit'], `previousCredit must not be negative (received ${String(options.previousCredit)}): a credit carried is a positive amount.`);

  const A = book.accounts.length;
  const role = new Uint8Array(A);
  const accountRate: Array<string | undefined> = new Array<string | undefined>(A);
  for (let a = 0; a < A; a++) {
    const r = returnRoleOf(book.accounts[a]!, rules, ca12);
    role[a] = r;
    if (r === COLLECTED) accountRate[a] = collectedRateOf(book.accounts[a]!, rules);
  }
  const scope = scopeOf(book, period, 'cumulative');
  const settlementType = book.types.indexOf('vat-settlement');
  const writeOffType = book.types.indexOf('write-off');
  const { entryStart, type, date } = book.tx;
  const { account, amount } = book.entries;
  const vatRate = book.entries.vatRate;
  const vatBase = book.entries.vatBase;

  // Per rate: collected VAT and base (credits positive), entries without a base.
  const rates = new Map<string | undefined, { vat: number; base: number; missing: number }>();
  const cellOf = new Map<number, { vat: number; base: number; missing: number }>();
  const clear = new Float64Array(A);
  let writeOffs = 0;
  let dedOther = 0;
  let dedFixed = 0;
  let credit = 0;
  let instalments = 0;
  let abs = 0;
  const paid: Array<{ day: number; minor: number }> = [];
  // Balances (credit carried, instalments) start from the latest opening (à-nouveaux) on or before the period's start, which restates what came before.
  const fromDay = toDayNumber(period.from);
  let floor = -Infinity;
  for (let t = 0; t < book.size; t++) if (book.tx.opening[t] && date[t]! <= fromDay && date[t]! > floor) floor = date[t]!;
  for (let t = 0; t < book.size; t++) {
    const tr = scope.role[t]!;
    if (tr === 0 || date[t]! < floor) continue;
    if (tr === 2 && settlementType >= 0 && type[t] === settlementType) continue;
    const end = entryStart[t + 1]!;
    for (let e = entryStart[t]!; e < end; e++) {
      const a = account[e]!;
      const r = role[a]!;
      if (r === 0) continue;
      const x = amount[e]!;
      abs += x < 0 ? -x : x;
      if (r === CREDIT || r === INSTALMENTS) {
        clear[a]! += x;
        if (r === CREDIT) credit += x;
        else {
          instalments += x;
          if (tr === 2 && x > 0) paid.push({ day: date[t]!, minor: x });
        }
        continue;
      }
      if (tr !== 2) continue;
      clear[a]! += x;
      if (r === DEDUCTIBLE_OTHER) dedOther += x;
      else if (r === DEDUCTIBLE_FIXED) dedFixed += x;
      else if (writeOffType >= 0 && type[t] === writeOffType) writeOffs += x;
      else {
        const rs = vatRate ? vatRate[e]! : -1;
        // The cell of an interned rate (or of the account's rate), resolved once: no string lookup per entry.
        const key = rs >= 0 ? rs : -2 - a;
        let cell = cellOf.get(key);
        if (cell === undefined) {
          const rate = rs >= 0 ? book.strings[rs] : accountRate[a];
          cell = rates.get(rate);
          if (cell === undefined) {
            cell = { vat: 0, base: 0, missing: 0 };
            rates.set(rate, cell);
          }
          cellOf.set(key, cell);
        }
        cell.vat -= x;
        if (rs >= 0) cell.base -= vatBase![e]!;
        else cell.missing++;
      }
    }
  }
  if (abs > Number.MAX_SAFE_INTEGER || book.absoluteTotal > Number.MAX_SAFE_INTEGER) {
    fail('amount_overflow', ['period'], 'The VAT sums of this period pass Number.MAX_SAFE_INTEGER minor units: split the book.');
  }

  const scale = book.scale;
  const d = (minor: number): Decimal => minorToDecimal(minor || 0, scale);
  const euros = (minor: number): Decimal => roundTo(d(minor), 0, 'half-away-from-zero');
  const zero = new Decimal(0);
  const previousCredit = previousGiven ?? credit;
  if (previousGiven === undefined && credit < 0) {
    fail('invalid_input', ['previousCredit'], `The credit account (44567) has a credit balance of ${d(-credit).toFixed(scale)} at the period end: a VAT credit is a debit balance; correct the account or give options.previousCredit.`);
  }
  if (!ca12 && instalments !== 0) instalments = 0;

  // Rate lines, in the form's order; the other rates gathered on one line.
  const rateLines = ca12 ? CA12_RATE_LINES : CA3_RATE_LINES;
  const other = ca12 ? CA12_OTHER : CA3_OTHER;
  const boxes: VatReturnBox[] = [];
  const rateBoxes: VatReturnBox[] = [];
  const missingBases: Array<{ rate?: VatRate; entries: number }> = [];
  let baseTotal = 0;
  const gathered = { vat: 0, base: 0, missing: 0, any: false };
  const known = [...rates.keys()].filter((r): r is string => r !== undefined && Object.hasOwn(rateLines, r));
  const order = ca12 ? CA12_ORDER : CA3_ORDER;
  known.sort((x, y) => order.indexOf(x) - order.indexOf(y));
  for (const [rate, cell] of rates) {
    if (cell.missing > 0) missingBases.push(Object.freeze(rate === undefined ? { entries: cell.missing } : { rate, entries: cell.missing }));
    if (rate === undefined || !Object.hasOwn(rateLines, rate)) {
      gathered.vat += cell.vat;
      gathered.base += cell.base;
      gathered.missing += cell.missing;
      gathered.any = true;
    }
  }
  // A form line is never negative (the DGFiP: credit notes are not netted below zero): a rate whose credit notes
  // exceed its sales over the period shows 0, its VAT goes to the "other VAT to deduct" line (CA3 21, CA12 25)
  // and its base to CA3 line 3C (régularisations).
  const reductions = { vat: 0, base: 0 };
  const rateBox = (line: string, label: string, cell: { vat: number; base: number; missing: number }, rate?: string): VatReturnBox => {
    if (cell.vat < 0) reductions.vat -= cell.vat;
    if (cell.base < 0) reductions.base -= cell.base;
    else baseTotal += cell.base;
    return box(line, label, euros(cell.vat < 0 ? 0 : cell.vat), cell.missing === 0 ? euros(cell.base < 0 ? 0 : cell.base) : undefined, rate);
  };
  for (const rate of known) {
    const [line, label] = rateLines[rate]!;
    rateBoxes.push(rateBox(line, label, rates.get(rate)!, rate));
  }
  if (gathered.any) rateBoxes.push(rateBox(other[0], other[1], gathered));
  missingBases.sort((x, y) => (x.rate ?? '').localeCompare(y.rate ?? ''));

  const gross = rateBoxes.reduce((s, b) => s.plus(b.amount), zero);
  const l19 = euros(dedFixed);
  const l20 = euros(dedOther);
  const l21 = euros(writeOffs + reductions.vat);
  const l22 = euros(previousCredit);
  const deductible = l19.plus(l20).plus(l21).plus(l22);
  const net = gross.minus(deductible);
  const due = Decimal.max(net, 0);
  const creditLeft = Decimal.max(net.negated(), 0);
  boxes.push(box('01', 'Ventes, prestations de services', euros(baseTotal)));
  if (!ca12 && reductions.base !== 0) boxes.push(box('3C', 'Régularisations', euros(reductions.base)));
  boxes.push(...rateBoxes);
  boxes.push(box('16', 'Total de la TVA brute due', gross));
  let payable: Decimal;
  let creditOut: Decimal;
  let instalmentInfo: VatReturn['instalments'];
  if (!ca12) {
    boxes.push(
      box('19', 'TVA déductible sur biens constituant des immobilisations', l19),
      box('20', 'TVA déductible sur autres biens et services', l20),
      box('21', 'Autre TVA à déduire', l21),
      box('22', 'Report du crédit apparaissant ligne 27 de la précédente déclaration', l22),
      box('23', 'Total TVA déductible', deductible),
      box('25', 'Crédit de TVA', creditLeft),
      box('27', 'Crédit à reporter', creditLeft),
      box('28', 'TVA nette due', due),
      box('32', 'Total à payer', due),
    );
    payable = due;
    creditOut = creditLeft;
  } else {
    const l30 = euros(instalments);
    const balance = due.minus(l30);
    const l33 = Decimal.max(balance, 0);
    const l34 = Decimal.max(balance.negated(), 0);
    boxes.push(
      box('19', 'Total de la TVA brute due', gross),
      box('20', 'TVA déductible sur autres biens et services', l20),
      box('22', 'Total TVA déductible sur biens et services', l20),
      box('23', 'TVA déductible sur immobilisations', l19),
      box('24', 'Crédit antérieur non imputé et non remboursé', l22),
      box('25', 'Omissions ou compléments de déduction', l21),
      box('26', 'Total TVA déductible', deductible),
      box('28', 'TVA due', due),
      box('29', 'Crédit de TVA', creditLeft),
      box('30', 'Acomptes versés', l30),
      box('33', 'Solde dû', l33),
      box('34', 'Excédent de versement', l34),
      box('35', 'Solde excédentaire', creditLeft.plus(l34)),
    );
    payable = l33;
    creditOut = creditLeft.plus(l34);
    // Next year's instalments: 55 % and 40 % of line 57, the VAT due before the deductions on fixed assets (16 − 22; none under 1 000 €).
    const reference = Decimal.max(gross.minus(l20), 0);
    const none = reference.lessThan(1000);
    instalmentInfo = Object.freeze({
      paid: Object.freeze(paid.map((p) => Object.freeze({ date: fromDayNumber(p.day), amount: d(p.minor) }))),
      reference,
      next: Object.freeze({
        july: none ? zero : roundTo(reference.times('0.55'), 0, 'half-away-from-zero'),
        december: none ? zero : roundTo(reference.times('0.40'), 0, 'half-away-from-zero'),
      }),
    });
  }

  const accounts: VatReturnAccount[] = [];
  const roleNames = { [COLLECTED]: 'collected', [DEDUCTIBLE_OTHER]: 'deductible', [DEDUCTIBLE_FIXED]: 'fixed-assets', [CREDIT]: 'credit', [INSTALMENTS]: 'instalments' } as const;
  for (let a = 0; a < A; a++) {
    if (role[a] === 0 || clear[a] === 0) continue;
    const r = role[a]! as keyof typeof roleNames;
    if (r === CREDIT && previousGiven !== undefined) continue;
    if (r === INSTALMENTS && !ca12) continue;
    accounts.push(Object.freeze({ account: book.accounts[a]!, role: roleNames[r], amount: d(clear[a]!) }));
  }
  if (previousGiven !== undefined && previousGiven !== 0) {
    accounts.push(Object.freeze({ account: vatAccount(rules, 'credit'), role: 'credit' as const, amount: d(previousGiven) }));
  }
  accounts.sort((x, y) => (x.account < y.account ? -1 : x.account > y.account ? 1 : 0));

  const collected = [...rates.values()].reduce((s, c) => s + c.vat, 0);
  const exactNet = collected - dedOther - dedFixed - writeOffs - previousCredit - instalments;
  const byLine = new Map(boxes.map((b) => [b.line, b]));
  const result = {
    regime,
    period,
    currency: book.currency,
    boxes: Object.freeze(boxes),
    box: (line: string) => byLine.get(line),
    payable,
    credit: creditOut,
    exact: Object.freeze({
      collected: d(collected),
      deductibleOther: d(dedOther),
      deductibleFixedAssets: d(dedFixed),
      writeOffs: d(writeOffs),
      previousCredit: d(previousCredit),
      instalments: d(instalments),
      net: d(exactNet),
    }),
    reductions: Object.freeze({ vat: d(reductions.vat), base: d(reductions.base) }),
    accounts: Object.freeze(accounts),
    missingBases: Object.freeze(missingBases),
    ...(instalmentInfo ? { instalments: instalmentInfo } : {}),
  };
  return Object.freeze(result);
}

function box(line: string, label: string, amount: Decimal, base?: Decimal, rate?: string): VatReturnBox {
  const b: { line: string; label: string; amount: Decimal; base?: Decimal; rate?: string } = { line, label, amount };
  if (base !== undefined) b.base = base;
  if (rate !== undefined) b.rate = rate;
  return Object.freeze(b);
}

/** A CA3 period is a calendar month or quarter; a CA12 period twelve whole months (internal). */
export function checkReturnPeriod(period: Period, regime: VatRegime): void {
  const from = dateParts(period.from);
  const monthStart = from.day === 1;
  const months = (n: number): boolean => monthStart && period.to === endOfMonth(addDays(addMonths(period.from, n), -1));
  const ok = regime === 'CA3' ? months(1) || (months(3) && (from.month - 1) % 3 === 0) : months(12);
  if (!ok) {
    const what = regime === 'CA3' ? 'a calendar month (2025-01-01 to 2025-01-31) or quarter (2025-01-01 to 2025-03-31)' : 'twelve whole months (2025-01-01 to 2025-12-31, or an exercise such as 2024-07-01 to 2025-06-30)';
    fail('invalid_vat_period', ['period'], `The ${regime} period ${period.from} to ${period.to} is not ${what}: give the return's own period.`);
  }
}
