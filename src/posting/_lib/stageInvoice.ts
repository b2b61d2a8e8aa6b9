// postBook's common invoice written straight into the staging Book columns (internal).
//
// `invoiceDrafts` builds an invoice's entries as objects (`makeEntry`, a lazy `vat` each), a transaction row,
// a source object, then `ColumnsBuilder.add` reads them back into the columns. For the common invoice of a
// postBook run — in the book currency, no deposit deducted, no credit applied, not correcting another invoice,
// not cancelled, rules without a lock — this writes the same values into the same columns, in the same order,
// with the same interning, without those objects. Anything else (or an amount outside the safe integers, an
// unbalanced or near-empty transaction) returns false before writing anything: the general path then runs and
// gives its result or its error, unchanged.
import { defaultChart, type AuxiliaryAccount } from '../../accounts/index.js';
import type { ColumnsBuilder } from '../../book/_lib/builder.js';
import type { CurrencyCode } from '../../money/index.js';
import type { TransactionSource, TransactionType } from '../../transactions/index.js';
import type { Ctx, InvoiceInfo, Rec } from './model.js';

/** Scratch columns of the transaction being staged (one transaction at a time: no allocation per invoice). */
const accountOf: string[] = [];
const signedOf: number[] = [];
/** −1: no VAT; else the index of the rate in `rateOf`. */
const vatOf: number[] = [];
const rateOf: string[] = [];
const baseOf: number[] = [];

/** Whether `n` is an amount the Book columns take (as `ColumnsBuilder.add` checks it). */
function amountOk(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

/**
 * Stages the transaction of a simple invoice whose figures are computed (`info`), exactly as
 * `pushDraft(ctx, rec, { …, entries: simpleEntries(ctx, info) })` followed by `ColumnsBuilder.add` would;
 * false (nothing written) when the invoice is not that case.
 */
export function stageInvoice(ctx: Ctx, rec: Rec, info: InvoiceInfo, title: string, type: TransactionType): boolean {
  // ctx.book: the staging builder of a postBook run (run.ts), built without options (no chart, width or journals
  // to check) and in the rules' currency, as every transaction of the run
  const b = ctx.book;
  if (b === undefined) return false;
  const d = info.doc;
  const rules = ctx.c.rules;
  if (info.conv !== undefined || info.deductions.length > 0 || d.kind === 'deposit') return false;
  // (a cancellation date is given exactly when the status is cancelled: the schema refuses it otherwise; a credit
  // note is applied to an invoice, settle.ts, only when it corrects one)
  if (d.corrects !== undefined || d.cancelledOn !== undefined) return false;
  if (rules.lockedUntil !== undefined || rules.closedThrough !== undefined) return false;
  const currency = ctx.c.currency;

  // The entries of simpleEntries, as signed amounts (debit > 0).
  const debit = d.kind !== 'credit-note';
  let n = 0;
  let balance = 0;
  if (info.due !== 0) {
    const minor = info.due < 0 ? -info.due : info.due;
    if (!amountOk(minor)) return false;
    accountOf[n] = info.customerAccount;
    signedOf[n] = info.due > 0 === debit ? minor : -minor;
    vatOf[n] = -1;
    balance += signedOf[n]!;
    n++;
  }
  const groups = info.figures.groups;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.base === 0) continue;
    const minor = g.base < 0 ? -g.base : g.base;
    if (!amountOk(minor)) return false;
    accountOf[n] = g.account;
    signedOf[n] = g.base < 0 === debit ? minor : -minor;
    if (g.rate !== undefined && g.rate.zero) {
      vatOf[n] = n;
      rateOf[n] = '0';
      baseOf[n] = minor;
    } else vatOf[n] = -1;
    balance += signedOf[n]!;
    n++;
  }
  const vatLines = info.vatLines;
  for (let k = 0; k < vatLines.length; k++) {
    const v = vatLines[k]!;
    if (v.vat === 0) continue;
    const minor = v.vat < 0 ? -v.vat : v.vat;
    if (!amountOk(minor)) return false;
    const base = v.base < 0 ? -v.base : v.base;
    if (!Number.isSafeInteger(base)) return false;
    accountOf[n] = v.account;
    signedOf[n] = v.vat < 0 === debit ? minor : -minor;
    vatOf[n] = n;
    rateOf[n] = v.info.rate;
    baseOf[n] = base;
    balance += signedOf[n]!;
    n++;
  }
  // Empty, one-entry or unbalanced: pushDraft's cases (zero total, library bug), left to it.
  if (n < 2 || balance !== 0) return false;

  // From here on the columns are written, as ColumnsBuilder.add writes them.
  const number = d.number!;
  const date = d.date;
  const customer = d.customer;
  write(b, ctx.c.journal('sales'), date, number, `${title} ${number} ${customer.name}`, type, sourceOf(d, info.aux), currency as CurrencyCode, info.aux, d.costCenter, d.id, n, info.due !== 0);
  ctx.days.push(b.date[b.size - 1]!);
  ctx.orders.push(rec.index * 8 + Math.min(rec.seq++, 7));
  ctx.revs.push(-1);
  staged++;
  return true;
}

/** Invoices staged so far in this process (tests check which invoices take this path). */
let staged = 0;

/** How many invoices {@link stageInvoice} has staged in this process (internal, for tests). */
export function stagedCount(): number {
  return staged;
}

/**
 * The source `ColumnsBuilder.add` keeps for `sourceOf(d)` (labels.ts): the same keys, in the same order, with equal
 * values. The customer's id and name are read from its auxiliary account (`auxOf`: one object per customer, so
 * its strings are already shared between the customer's invoices) instead of the builder's table of shared values.
 */
function sourceOf(d: InvoiceInfo['doc'], aux: AuxiliaryAccount): TransactionSource {
  const out: Record<string, string> = { documentId: d.id };
  if (d.number !== undefined) out.documentNumber = d.number;
  out.customerId = aux.number;
  out.customerName = aux.name;
  if (d.funder !== undefined) out.funder = d.funder;
  if (d.billingContact !== undefined) out.billingContact = d.billingContact;
  if (d.memo !== undefined) out.memo = d.memo;
  return Object.freeze(out) as TransactionSource;
}

/** One transaction of `n` staged entries (the scratch columns) into the builder: `ColumnsBuilder.add` for this row; `customerFirst`: entry 0 is the customer's (auxiliary account, open item). */
function write(b: ColumnsBuilder, journal: string, date: string, pieceRef: string, label: string, type: TransactionType, source: TransactionSource, currency: CurrencyCode, aux: AuxiliaryAccount, costCenter: string | undefined, openItem: string, n: number, customerFirst: boolean): void {
  const t = b.size;
  if (t >= b.tcap) b.growTransactions(t + 1);
  if (b.currency === undefined) b.setCurrency(currency);
  if (b.entryCount + n > b.ecap) b.growEntries(b.entryCount + n);
  b.id[t] = '';
  if (journal !== b.lastJournal) {
    b.lastJournal = journal;
    b.lastJournalId = b.journals.id(journal);
  }
  b.journal[t] = b.lastJournalId;
  const day = b.day(date);
  b.date[t] = day;
  b.pieceRef[t] = pieceRef;
  b.pieceDate[t] = day;
  b.label[t] = label;
  b.validatedOn[t] = day;
  if (type !== b.lastType) {
    b.lastType = type;
    b.lastTypeId = b.types.id(type);
  }
  b.type[t] = b.lastTypeId;
  b.opening[t] = 0;
  b.source[t] = b.sources.length;
  b.sources.push(source);
  b.reverses[t] = -1;
  let e = b.entryCount;
  b.entryStart[t] = e;
  const strings = b.strings;
  const accounts = b.accounts;
  const accountLabels = b.accountLabels;
  const lastAuxOf = b.lastAuxOf;
  const lastLedgerOf = b.lastLedgerOf;
  const costCenterId = costCenter === undefined ? -1 : strings.id(costCenter);
  for (let k = 0; k < n; k++, e++) {
    const signed = signedOf[k]!;
    b.absoluteTotal += signed < 0 ? -signed : signed;
    b.etx[e] = t;
    b.amount[e] = signed;
    const number = accountOf[k]!;
    const a = accounts.id(number);
    if (a === accountLabels.length) {
      accountLabels.push(defaultChart().find(number)?.label ?? '');
      b.labelGiven.push(0);
    }
    b.account[e] = a;
    // the customer entry (the first when there is a due amount) carries the auxiliary account and the open item
    let auxId = -1;
    const first = k === 0 && customerFirst;
    if (first) {
      if (aux === b.lastAux) auxId = b.lastAuxId;
      else {
        auxId = b.auxiliaryId(aux);
        b.lastAux = aux;
        b.lastAuxId = auxId;
      }
    }
    let ledger: number;
    if (lastAuxOf[a] === auxId) ledger = lastLedgerOf[a]!;
    else {
      ledger = b.ledgerOf(a, auxId);
      lastAuxOf[a] = auxId;
      lastLedgerOf[a] = ledger;
    }
    b.ledger[e] = ledger;
    if (costCenterId >= 0) (b.costCenter ??= b.column())[e] = costCenterId;
    if (first) (b.openItem ??= b.column())[e] = strings.id(openItem === pieceRef ? pieceRef : openItem);
    const v = vatOf[k]!;
    if (v >= 0) {
      (b.vatRate ??= b.column())[e] = strings.id(rateOf[v]!);
      (b.vatBase ??= new Float64Array(b.ecap))[e] = signed > 0 ? baseOf[v]! : -baseOf[v]!;
    }
  }
  b.entryCount = e;
  b.size = t + 1;
  b.entryStart[t + 1] = e;
}
