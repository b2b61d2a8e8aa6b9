// @ts-nocheck
import { isIsoDate } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { currencyScale, Decimal, toMinorUnits } from '../money/index.js';
import { defaultRules, isPostingRules, type PostingRules } from '../posting/rules.js';
import { createTransaction, transactionId, type EntryInput, type Transaction } from '../transactions/index.js';
import { vatAccount } from './_lib/vatReturnAccounts.js';
import type { VatReturn, VatReturnAccount } from './vatReturn.js';

/**
 * Options of {@link vatSettlement}.
 *
 * @example
 * ```ts
 * const options: VatSettlementOptions = { date: '2025-01-31', nextNumbers: { OD: 4 } };
 * ```
 */
export interface VatSettlementOptions {
  /**
   * The settlement's date: inside the return's period, so that the return
   * leaves it out and reads the same after it is posted.
   * @defaultValue the period's last day
   */
  readonly date?: string;
  /**
   * The rules: general (OD) journal, chart, account width.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
  /**
   * The next sequence number per journal code.
   * @defaultValue 1
   */
  readonly nextNumbers?: Readonly<Record<string, number>>;
  /**
   * The piece reference.
   * @defaultValue `CA3` or `CA12` + the period's end (`CA32025-01-31`)
   */
  readonly pieceRef?: string;
}

/**
 * The settlement of a VAT return (OD journal, type `vat-settlement`): every
 * account the return read is cleared — collected VAT debited, deductible VAT
 * credited, the credit carried (44567) and, on a CA12, the instalments paid
 * (44581) credited — into VAT to pay (44551, credited with what the return
 * makes payable) or the credit to carry (44567, debited). The return's boxes
 * are whole euros: the difference with the cents the accounts hold goes to
 * 658 (a loss) or 758 (a gain). The payment to the Treasury is then a
 * `vat-payment` document posted by `post` (Dt 44551 / Ct 512).
 *
 * @param ret - a {@link vatReturn}, unchanged
 * @param options - date, rules, next numbers, piece reference
 * @returns the settlement transaction
 * @throws AccountingError `unbalanced_vat_return` (boxes that do not add up, accounts that do not
 *   match the figures), `invalid_date`, `invalid_option` (a date outside the period), `invalid_input`
 *   (not a return, or a return that moves nothing: no VAT, no rounding, its credit carried as it stands)
 * @example
 * ```ts
 * // January: 200.40 collected at 20 %, 80.00 deductible, 150.00 credit carried from December
 * const tx = vatSettlement(vatReturn(januaryBook, { period: { from: '2025-01-01', to: '2025-01-31' }, regime: 'CA3' }));
 * tx.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])
 * //=> [['44566', 'credit', '80.00'], ['44567', 'credit', '120.00'], ['445711', 'debit', '200.40'], ['758', 'credit', '0.40']]
 * ```
 */
export function vatSettlement(ret: VatReturn, options: VatSettlementOptions = {}): Transaction {
  const rules = options.rules ?? defaultRules();
  if (!isPostingRules(rules)) fail('invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).');
  if (typeof ret !== 'object' || ret === null || !Array.isArray(ret.boxes) || !Array.isArray(ret.accounts) || typeof ret.exact !== 'object') {
    fail('invalid_input', [], 'vatSettlement settles a VAT return: pass the result of vatReturn(book, { period, regime }).');
  }
  const date = options.date ?? ret.period.to;
  if (!isIsoDate(date)) fail('invalid_date', ['date'], `Invalid date ${JSON.stringify(date)}: use YYYY-MM-DD.`);
  if (date < ret.period.from || date > ret.period.to) {
    fail('invalid_option', ['date'], `The settlement date ${date} is outside the return's period ${ret.period.from} to ${ret.period.to}: date it inside (by default its last day), so that the return leaves it out.`);
  }
  checkBalanced(ret);
  const scale = currencyScale(ret.currency);
  const minor = (x: Decimal): number => toMinorUnits(x.toFixed(scale), ret.currency);

  // Signed amounts, debit positive: each account read is cleared by the opposite of what it holds.
  const lines: Array<{ account: string; minor: number; label: string }> = [];
  for (const a of ret.accounts as ReadonlyArray<VatReturnAccount>) lines.push({ account: a.account, minor: -minor(a.amount), label: LABELS[a.role] });
  const payable = minor(ret.payable);
  const credit = minor(ret.credit);
  if (payable !== 0) lines.push({ account: vatAccount(rules, 'toPay'), minor: -payable, label: 'TVA à décaisser' });
  if (credit !== 0) lines.push({ account: vatAccount(rules, 'credit'), minor: credit, label: 'Crédit de TVA à reporter' });
  const residual = lines.reduce((s, l) => s + l.minor, 0);
  if (residual > 0) lines.push({ account: vatAccount(rules, 'roundingGain'), minor: -residual, label: "Arrondi de la déclaration à l'euro" });
  else if (residual < 0) lines.push({ account: vatAccount(rules, 'roundingLoss'), minor: -residual, label: "Arrondi de la déclaration à l'euro" });

  // One line per account and side; the credit account may be both cleared and debited: net it.
  const merged = new Map<string, { minor: number; label: string }>();
  for (const l of lines) {
    const m = merged.get(l.account);
    if (m) m.minor += l.minor;
    else merged.set(l.account, { minor: l.minor, label: l.label });
  }
  const entries: EntryInput[] = [];
  for (const [account, m] of merged) {
    if (m.minor === 0) continue;
    const amount = new Decimal(Math.abs(m.minor)).dividedBy(10 ** scale).toFixed(scale);
    entries.push(m.minor > 0 ? { account, debit: amount, label: m.label } : { account, credit: amount, label: m.label });
  }
  if (entries.length < 2) {
    fail('invalid_input', [], `The ${ret.regime} return of ${ret.period.from} to ${ret.period.to} moves no VAT account: there is nothing to settle.`);
  }
  const journal = rules.journals.general;
  const next = options.nextNumbers !== undefined && Object.hasOwn(options.nextNumbers, journal) ? options.nextNumbers[journal]! : 1;
  if (!Number.isSafeInteger(next) || next < 0 || next >= 999_999_999) {
    fail('invalid_option', ['nextNumbers', journal], `nextNumbers.${journal} must be a whole number from 0 to 999999998, received ${String(next)}.`);
  }
  return createTransaction(
    {
      id: transactionId(journal, next),
      journal,
      date,
      piece: { ref: options.pieceRef ?? `${ret.regime}${ret.period.to}` },
      label: `Déclaration de TVA ${ret.regime} du ${ret.period.from} au ${ret.period.to}`,
      type: 'vat-settlement',
      currency: ret.currency,
      entries,
    },
    rules.accountWidth === undefined ? { chart: rules.chart } : { chart: rules.chart, accountWidth: rules.accountWidth },
  );
}

const LABELS = {
  collected: 'TVA collectée',
  deductible: 'TVA déductible sur autres biens et services',
  'fixed-assets': 'TVA déductible sur immobilisations',
  credit: 'Crédit de TVA imputé',
  instalments: 'Acomptes de TVA versés',
} as const;

/** The return's boxes add up and its accounts hold its exact figures (internal). */
function checkBalanced(ret: VatReturn): void {
  const bad = (what: string): never => fail('unbalanced_vat_return', [], `The ${String(ret.regime)} return does not balance: ${what}. Settle the return vatReturn produced, unchanged.`);
  const amount = (line: string): Decimal => {
    const b = ret.boxes.find((x) => x.line === line);
    return b === undefined ? new Decimal(0) : new Decimal(b.amount);
  };
  const sum = (lines: ReadonlyArray<string>): Decimal => lines.reduce((s, l) => s.plus(amount(l)), new Decimal(0));
  const rateLines = ret.boxes.filter((b) => b.base !== undefined || b.rate !== undefined || ['08', '09', '9B', '14', '5A', '06', '6C', '13'].includes(b.line)).map((b) => b.line);
  const gross = sum(rateLines);
  if (!gross.equals(amount('16'))) bad(`line 16 (${amount('16').toFixed(0)}) is not the sum of the rate lines (${gross.toFixed(0)})`);
  const ca12 = ret.regime === 'CA12';
  if (ca12 && !amount('19').equals(gross)) bad(`line 19 (${amount('19').toFixed(0)}) is not line 16 (${gross.toFixed(0)})`);
  if (ca12 && !amount('22').equals(amount('20'))) bad(`line 22 (${amount('22').toFixed(0)}) is not line 20 (${amount('20').toFixed(0)})`);
  const deductible = ca12 ? sum(['22', '23', '24', '25']) : sum(['19', '20', '21', '22']);
  const total = amount(ca12 ? '26' : '23');
  if (!deductible.equals(total)) bad(`the deductible total (${total.toFixed(0)}) is not the sum of its lines (${deductible.toFixed(0)})`);
  const net = gross.minus(deductible);
  const dueLine = amount('28');
  const creditLine = amount(ca12 ? '29' : '25');
  if (!dueLine.minus(creditLine).equals(net)) bad(`line 28 − the credit line (${dueLine.minus(creditLine).toFixed(0)}) is not line 16 − the deductible total (${net.toFixed(0)})`);
  let declared = net;
  if (ca12) declared = net.minus(amount('30'));
  if (!new Decimal(ret.payable).minus(ret.credit).equals(declared)) bad(`payable − credit (${new Decimal(ret.payable).minus(ret.credit).toFixed(0)}) is not the balance of the boxes (${declared.toFixed(0)})`);
  // The accounts cleared hold the exact net (credits of collected VAT count positive).
  const held = ret.accounts.reduce((s, a) => s.minus(a.amount), new Decimal(0));
  if (!held.equals(ret.exact.net)) bad(`its accounts hold a net ${held.toFixed(2)} but its exact figures say ${new Decimal(ret.exact.net).toFixed(2)}`);
  // Whole-euro rounding moves each rounded box by at most 0.50.
  const boxes = ret.boxes.length;
  if (declared.minus(ret.exact.net).abs().greaterThan(new Decimal(boxes).times('0.5'))) bad(`the boxes (${declared.toFixed(0)}) are more than their rounding away from the accounts (${new Decimal(ret.exact.net).toFixed(2)})`);
}
