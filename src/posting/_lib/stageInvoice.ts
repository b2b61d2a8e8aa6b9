// postBook's common invoice written straight into the staging Book columns (internal).
//
// `invoiceDrafts` builds an invoice's entries as objects (`makeEntry`, a lazy `vat` each), a transaction row,
// a source object, then `ColumnsBuilder.add` reads them back into the columns. For the common invoice of a
// postBook run — in the book currency, no deposit deducted, no credit applied, not correcting another invoice,
// not cancelled, rules without a lock — this writes the same values into the same columns, in the same order,
// with the same interning, without those objects — but for the staging values nothing reads: `layOut` (reorder)
// takes the ids, `reverses`, account labels and `absoluteTotal` from the numbering and the chart, not from the
// staging columns. Anything else (or an amount outside the safe integers, an unbalanced or near-empty
// transaction) returns false before writing anything: the general path then runs and gives its result or its
// error, unchanged.
import type { AuxiliaryAccount } from '../../accounts/index.js';
import type { ColumnsBuilder } from '../../book/_lib/builder.js';
import type { CurrencyCode } from '../../money/index.js';
import type { Invoice } from '../../schemas/index.js';
import type { TransactionSource, TransactionType } from '../../transactions/index.js';
import type { RateInfo } from './compiled.js';
import { INVOICE_TITLES } from './labels.js';
import { decimalParts, decimalToMinor, mulDivRound, pow10, safe } from './minor.js';
import { auxOf, type Ctx, type InvoiceInfo, type Rec } from './model.js';

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
  const d = info.doc;
  const rules = ctx.c.rules;
  if (info.conv !== undefined || info.deductions.length > 0 || d.kind === 'deposit') return false;
  // (a cancellation date is given exactly when the status is cancelled: the schema refuses it otherwise; a credit
  // note is applied to an invoice, settle.ts, only when it corrects one)
  if (d.corrects !== undefined || d.cancelledOn !== undefined) return false;
  if (rules.lockedUntil !== undefined || rules.closedThrough !== undefined) return false;
  const currency = ctx.c.currency;

  // The entries of simpleEntries, as signed amounts (debit > 0). The amount due is the total here (no deduction, no
  // conversion): a safe integer, not negative (invoiceInfo refuses a total past them, amount_overflow, or below
  // zero, negative_amount).
  const debit = d.kind !== 'credit-note';
  let n = 0;
  let balance = 0;
  if (info.due !== 0) {
    accountOf[n] = info.customerAccount;
    signedOf[n] = debit ? info.due : -info.due;
    vatOf[n] = -1;
    balance += signedOf[n]!;
    n++;
  }
  const first = n;
  const groups = info.figures.groups;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    n = baseEntry(n, g.account, g.base, g.rate !== undefined && g.rate.zero, debit);
    if (n < 0) return false;
  }
  const vatLines = info.vatLines;
  for (let k = 0; k < vatLines.length; k++) {
    const v = vatLines[k]!;
    n = vatEntry(n, v.account, v.vat, v.base, v.info.rate, debit);
    if (n < 0) return false;
  }
  for (let k = first; k < n; k++) balance += signedOf[k]!;
  // Empty, one-entry or unbalanced: pushDraft's cases (zero total, library bug), left to it.
  if (n < 2 || balance !== 0) return false;
  commit(ctx, rec, d, info.aux, title, type, n, info.due !== 0);
  return true;
}

/** Writes the `n` scratch entries as the invoice's transaction (see `write`) and records it for numbering. */
function commit(ctx: Ctx, rec: Rec, d: Invoice, aux: AuxiliaryAccount, title: string, type: TransactionType, n: number, customerFirst: boolean): void {
  // ctx.book: the staging builder of a postBook run, set whenever ctx.stage and ctx.stageNew are (run.ts), built
  // without options (no chart, width or journals to check) and in the rules' currency, as every transaction of the run
  const b = ctx.book!;
  // From here on the columns are written, as ColumnsBuilder.add writes them.
  // (a posted invoice has its number: checkInvoice refuses one without, empty_id, but for a draft, never posted)
  const number = d.number!;
  const label = `${title} ${number} ${d.customer.name}`;
  // Flat strings: a string built by concatenation is a chain of pieces (about twice the bytes of its text) until
  // something reads it by index; held by the Book, it is read once here so that it is kept as one piece.
  flatten(label);
  flatten(number);
  write(b, ctx.c.journal('sales'), d.date, number, label, type, sourceOf(d, number, aux), ctx.c.currency as CurrencyCode, aux, d.costCenter, d.id, n, customerFirst);
  ctx.days.push(b.date[b.size - 1]!);
  // the document's first transaction, and its only one: a staged invoice is not cancelled and applies no credit note
  // (creditNoteTransfers finds no transfer), so nothing else is numbered after it within the document
  ctx.orders.push(rec.index * 8);
  rec.seq = 1;
  ctx.revs.push(-1);
  staged++;
}

/** Reads a string by index (the engine then holds a concatenated string as one flat piece); returns nothing. */
function flatten(s: string): void {
  if (s.charCodeAt(0) < 0) throw new Error('unreachable');
}

/** The transaction types of the invoice kinds staged (as invoices.ts types them). */
const TYPES: Readonly<Record<string, TransactionType>> = { final: 'sale', 'credit-note': 'credit-note', 'debit-note': 'debit-note' };

// Scratch figures of the invoice being staged by stageNewInvoice (one invoice at a time: no allocation per
// invoice): its groups (lines posted to one account at one rate; rate undefined for tourist tax), its rates.
const gAccount: string[] = [];
const gRate: Array<RateInfo | undefined> = [];
const gFlag: boolean[] = [];
const gGross: number[] = [];
const gBase: number[] = [];
const rInfo: RateInfo[] = [];
const rGross: number[] = [];
const rBase: number[] = [];
const rVat: number[] = [];
const rFlagBase: number[] = [];
const rFlagVat: number[] = [];

/**
 * Stages a common invoice that nothing refers to yet, its figures computed into scratch columns: what
 * `invoiceInfo` (with `computeFigures`) then {@link stageInvoice} would stage, without the figures, VAT buckets,
 * open item and info objects they build (dropped after posting for such an invoice). False, with nothing
 * written or recorded, for any invoice they would not stage or that has an issue: the general path then runs
 * and records every issue as it does.
 */
export function stageNewInvoice(ctx: Ctx, rec: Rec): boolean {
  const d = rec.doc as Invoice;
  const c = ctx.c;
  const rules = c.rules;
  // stageInvoice's cases (a credit note nothing refers to has no credit applied), in the book currency. An invoice
  // with `deducts` or `corrects` never comes here: run.ts computes its figures before (invoiceInfo), and calls this
  // only for an invoice whose figures are not computed.
  const type = TYPES[d.kind];
  if (type === undefined || d.cancelledOn !== undefined) return false;
  if ((d.currency !== undefined && d.currency !== c.currency) || d.exchangeRate !== undefined) return false;
  if (rules.lockedUntil !== undefined || rules.closedThrough !== undefined) return false;
  // partyAccount without an issue
  let customerAccount = rules.accounts.customers;
  const own = d.customer.account;
  if (own !== undefined) {
    if (c.tooLong(own) || !c.covers(own)) return false;
    customerAccount = c.pad(own);
  }

  // computeFigures (sale, tourist tax accepted), any issue returning false
  const scale = ctx.scale;
  const mode = rules.rounding;
  const perLine = rules.vatRounding === 'per-line';
  const pricesIncludeTax = d.pricesIncludeTax === true;
  const lines = d.lines;
  let ng = 0;
  let nr = 0;
  let tourist = 0;
  let absolute = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const price = decimalToMinor(line.unitPrice, scale);
    if (!(price === price) || price === Infinity) return false;
    const q = line.quantity;
    let amount: number;
    if (q === '1') amount = price;
    else if (q.indexOf('.') < 0) {
      const int = Number(q);
      if (!Number.isSafeInteger(int)) return false;
      amount = int * price;
    } else {
      const parts = decimalParts(q);
      if (parts === undefined) return false;
      amount = mulDivRound(parts.int, price, pow10(parts.scale), mode);
    }
    // an amount past the safe integers passes them in `absolute` too, refused after the lines
    absolute += amount < 0 ? -amount : amount;
    const isTourist = line.kind === 'tourist-tax';
    let r: RateInfo | undefined;
    if (!isTourist) {
      r = c.rate(line.vatRate!);
      if (r === undefined) return false;
    }
    const flag = line.kind === 'goods' || (line.kind === undefined && line.account !== undefined && c.goodsSale(line.account));
    let account: string;
    if (line.account !== undefined) {
      if (c.tooLong(line.account) || !c.covers(line.account)) return false;
      account = c.pad(line.account);
    } else account = isTourist ? rules.accounts.touristTax : flag ? rules.accounts.goods : rules.accounts.services;
    if (isTourist) {
      tourist += amount;
      let g = -1;
      for (let x = 0; x < ng; x++) if (gRate[x] === undefined && gAccount[x] === account) g = x;
      // (a tourist-tax group has no rate: only its account and base are read, its gross and goods flag never)
      if (g >= 0) gBase[g]! += amount;
      else {
        gAccount[ng] = account;
        gRate[ng] = undefined;
        gBase[ng] = amount;
        ng++;
      }
      continue;
    }
    let g = -1;
    for (let x = 0; x < ng; x++) if (gRate[x] === r && gAccount[x] === account && gFlag[x] === flag) g = x;
    if (g < 0) {
      g = ng++;
      gAccount[g] = account;
      gRate[g] = r;
      gFlag[g] = flag;
      gGross[g] = 0;
      gBase[g] = 0;
    }
    gGross[g]! += amount;
    let t = -1;
    for (let x = 0; x < nr; x++) if (rInfo[x] === r) t = x;
    if (t < 0) {
      t = nr++;
      rInfo[t] = r!;
      rGross[t] = 0;
      rBase[t] = 0;
      rVat[t] = 0;
      rFlagBase[t] = 0;
      rFlagVat[t] = 0;
    }
    rGross[t]! += amount;
    if (perLine) {
      let base: number;
      let vat: number;
      if (r!.zero) {
        base = amount;
        vat = 0;
      } else if (pricesIncludeTax) {
        base = mulDivRound(amount, r!.den, r!.den + r!.num, mode);
        vat = amount - base;
      } else {
        base = amount;
        vat = mulDivRound(amount, r!.num, r!.den, mode);
      }
      gBase[g]! += base;
      rBase[t]! += base;
      rVat[t]! += vat;
      if (flag) {
        rFlagBase[t]! += base;
        rFlagVat[t]! += vat;
      }
    }
  }
  if (!safe(absolute)) return false;
  if (!perLine) {
    for (let t = 0; t < nr; t++) {
      const r = rInfo[t]!;
      const gross = rGross[t]!;
      if (r.zero || !pricesIncludeTax) {
        rBase[t] = gross;
        rVat[t] = r.zero ? 0 : mulDivRound(gross, r.num, r.den, mode);
        for (let g = 0; g < ng; g++) if (gRate[g] === r) gBase[g] = gGross[g]!;
      } else {
        const base = mulDivRound(gross, r.den, r.den + r.num, mode);
        rBase[t] = base;
        rVat[t] = gross - base;
        let sum = 0;
        let largest = -1;
        for (let g = 0; g < ng; g++) {
          if (gRate[g] !== r) continue;
          gBase[g] = mulDivRound(gGross[g]!, r.den, r.den + r.num, mode);
          sum += gBase[g]!;
          if (largest < 0 || Math.abs(gGross[g]!) > Math.abs(gGross[largest]!)) largest = g;
        }
        // (a rate is met only through a line of one of its groups: there is a largest)
        gBase[largest]! += base - sum;
      }
      let flagBase = 0;
      for (let g = 0; g < ng; g++) if (gRate[g] === r && gFlag[g]) flagBase += gBase[g]!;
      rFlagBase[t] = flagBase;
      rFlagVat[t] = flagBase === 0 ? 0 : flagBase === rBase[t] ? rVat[t]! : mulDivRound(rVat[t]!, flagBase, rBase[t]!, mode);
    }
  }
  let base = 0;
  let vat = 0;
  for (let t = 0; t < nr; t++) {
    base += rBase[t]!;
    vat += rVat[t]!;
  }
  // |base| is at most `absolute` (a rate's base is at most its lines' amounts), so only the total can pass the safe
  // integers; a total past them (amount_overflow) or below zero (negative_amount) is refused by amountOk below and
  // left to the general path
  const total = base + vat + tourist;

  // The entries of simpleEntries (as stageInvoice stages them), as signed amounts (debit > 0).
  const debit = d.kind !== 'credit-note';
  let n = 0;
  let balance = 0;
  if (total !== 0) {
    if (!amountOk(total)) return false;
    accountOf[n] = customerAccount;
    signedOf[n] = debit ? total : -total;
    vatOf[n] = -1;
    balance += signedOf[n]!;
    n++;
  }
  const first = n;
  for (let g = 0; g < ng; g++) {
    const r = gRate[g];
    n = baseEntry(n, gAccount[g]!, gBase[g]!, r !== undefined && r.zero, debit);
    if (n < 0) return false;
  }
  // the VAT lines of invoiceInfo: per rate, collected (everything on an invoice basis, goods on a receipt basis),
  // then pending (services on a receipt basis)
  const onReceipt = rules.vatExigibility === 'on-receipt';
  for (let t = 0; t < nr; t++) {
    const r = rInfo[t]!;
    if (r.zero) continue;
    if (!onReceipt) {
      n = vatEntry(n, r.collected, rVat[t]!, rBase[t]!, r.rate, debit);
      if (n < 0) return false;
    } else {
      n = vatEntry(n, r.collected, rFlagVat[t]!, rFlagBase[t]!, r.rate, debit);
      if (n < 0) return false;
      n = vatEntry(n, r.pending, rVat[t]! - rFlagVat[t]!, rBase[t]! - rFlagBase[t]!, r.rate, debit);
      if (n < 0) return false;
    }
  }
  for (let k = first; k < n; k++) balance += signedOf[k]!;
  // Empty, one-entry or unbalanced: pushDraft's cases (zero total, library bug), left to the general path.
  if (n < 2 || balance !== 0) return false;
  commit(ctx, rec, d, auxOf(ctx, d.customer), INVOICE_TITLES[d.kind]!, type, n, total !== 0);
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
function sourceOf(d: InvoiceInfo['doc'], number: string, aux: AuxiliaryAccount): TransactionSource {
  // the common source as one literal: its four values held in the object (built key by key, three of them would
  // sit in a separate property array, kept as long as the Book); an id equal to the number is the number, held once
  if (d.funder === undefined && d.billingContact === undefined && d.memo === undefined) {
    return Object.freeze({ documentId: d.id === number ? number : d.id, documentNumber: number, customerId: aux.number, customerName: aux.name }) as TransactionSource;
  }
  const out: Record<string, string> = { documentId: d.id, documentNumber: number, customerId: aux.number, customerName: aux.name };
  if (d.funder !== undefined) out.funder = d.funder;
  if (d.billingContact !== undefined) out.billingContact = d.billingContact;
  if (d.memo !== undefined) out.memo = d.memo;
  return Object.freeze(out) as TransactionSource;
}

/**
 * Room for `n` more staged entries: the columns of the whole run at the rate of entries a transaction seen so far
 * (10 % spare), sized once when the transactions expected are known (the documents of an array), else doubled.
 */
function growStaging(b: ColumnsBuilder, n: number): void {
  const need = b.entryCount + n;
  const estimate = b.size > 0 ? Math.ceil(((b.entryCount / b.size) * b.tcap * 11) / 10) : 0;
  b.growEntries(Math.max(need, estimate));
}

/** One transaction of `n` staged entries (the scratch columns) into the builder: `ColumnsBuilder.add` for this row; `customerFirst`: entry 0 is the customer's (auxiliary account, open item). */
function write(b: ColumnsBuilder, journal: string, date: string, pieceRef: string, label: string, type: TransactionType, source: TransactionSource, currency: CurrencyCode, aux: AuxiliaryAccount, costCenter: string | undefined, openItem: string, n: number, customerFirst: boolean): void {
  const t = b.size;
  if (t >= b.tcap) b.growTransactions(t + 1);
  if (b.currency === undefined) b.setCurrency(currency);
  if (b.entryCount + n > b.ecap) growStaging(b, n);
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
  let e = b.entryCount;
  b.entryStart[t] = e;
  const strings = b.strings;
  const accounts = b.accounts;
  const lastAuxOf = b.lastAuxOf;
  const lastLedgerOf = b.lastLedgerOf;
  const costCenterId = costCenter === undefined ? -1 : strings.id(costCenter);
  for (let k = 0; k < n; k++, e++) {
    const signed = signedOf[k]!;
    b.etx[e] = t;
    b.amount[e] = signed;
    const a = accounts.id(accountOf[k]!);
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

/**
 * A revenue entry (none for a zero base) at scratch position `n`, as stageInvoice stages a line group; a zero-rate
 * group carries its rate and base. The next position, or −1 when the amount is past what the columns take.
 */
function baseEntry(n: number, account: string, base: number, zeroRate: boolean, debit: boolean): number {
  if (base === 0) return n;
  const minor = base < 0 ? -base : base;
  if (!amountOk(minor)) return -1;
  accountOf[n] = account;
  signedOf[n] = base < 0 === debit ? minor : -minor;
  if (zeroRate) {
    vatOf[n] = n;
    rateOf[n] = '0';
    baseOf[n] = minor;
  } else vatOf[n] = -1;
  return n + 1;
}

/** A VAT entry (none for a zero VAT) at scratch position `n`, as stageInvoice stages a VAT line; the next position, or −1 when an amount is past what the columns take. */
function vatEntry(n: number, account: string, vat: number, base: number, rate: string, debit: boolean): number {
  if (vat === 0) return n;
  const minor = vat < 0 ? -vat : vat;
  const abs = base < 0 ? -base : base;
  if (!amountOk(minor) || !Number.isSafeInteger(abs)) return -1;
  accountOf[n] = account;
  signedOf[n] = vat < 0 === debit ? minor : -minor;
  vatOf[n] = n;
  rateOf[n] = rate;
  baseOf[n] = abs;
  return n + 1;
}
