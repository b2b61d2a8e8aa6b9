// Invoices: figures, open items and transactions (internal).
import { toDayNumber, type IsoDate } from '../../calendar/index.js';
import { AccountingError, issue } from '../../errors/index.js';
import { currencyScale } from '../../money/index.js';
import type { Invoice } from '../../schemas/index.js';
import { makeEntry, periodClosedMessage, type Entry } from '../../transactions/index.js';
import { accountTooLongMessage, type AccountNumber } from '../../accounts/index.js';
import { buildEntries, conversion, convert, EntryList, lazyVat, putResidual, type Conversion } from './entries.js';
import { computeFigures } from './figures.js';
import { frDate, INVOICE_TITLES, sourceOf } from './labels.js';
import { auxOf, fail, lookup, type Ctx, type Deduction, type DepositRate, type Draft, type InvoiceInfo, type OpenItem, type Path, type Rec, type VatLine } from './model.js';
import { decimalToMinor } from './minor.js';

const NONE: never[] = [];
const LINES = ['lines'] as const;

type Bucket = { info: VatLine['info']; pending: boolean; account: string; vat: number; vatBook: number; base: number; baseBook: number };

function bucketOf(buckets: Bucket[], info: VatLine['info'], pending: boolean): Bucket {
  for (const x of buckets) if (x.info === info && x.pending === pending) return x;
  const x = { info, pending, account: pending ? info.pending : info.collected, vat: 0, vatBook: 0, base: 0, baseBook: 0 };
  buckets.push(x);
  return x;
}

/** The conversion of a document's currency, or undefined for the book currency; null after an issue. */
export function docConversion(ctx: Ctx, rec: Rec, currency: string | undefined, rate: string | undefined): Conversion | undefined | null {
  const book = ctx.c.currency;
  if (currency === undefined || currency === book) {
    if (rate !== undefined && currency !== undefined && decimalToMinor(rate, 10) !== 10_000_000_000) {
      fail(rec, 'invalid_input', ['exchangeRate'], `The amounts are in ${book}, the book currency: leave exchangeRate out (or set it to "1").`);
      return null;
    }
    return undefined;
  }
  if (rate === undefined) {
    fail(rec, 'missing_exchange_rate', ['exchangeRate'], `The amounts are in ${currency}: give exchangeRate, the value in ${book} of one ${currency} on the document date (e.g. "0.9215").`);
    return null;
  }
  const conv = conversion(currency, currencyScale(currency), rate, ctx.scale, ctx.mode);
  if (!conv) {
    fail(rec, 'invalid_input', ['exchangeRate'], `Exchange rate ${rate} is too precise or too large.`);
    return null;
  }
  return conv;
}

/** Checks a collective account override against the chart and the account width; returns it padded to the width. */
export function partyAccount(ctx: Ctx, rec: Rec, account: string | undefined, fallback: string, path: Path): string | undefined {
  if (account === undefined) return fallback;
  if (ctx.c.tooLong(account)) {
    fail(rec, 'account_too_long', path, accountTooLongMessage(account, ctx.c.width!));
    return undefined;
  }
  if (!ctx.c.covers(account)) {
    fail(rec, 'unknown_account', path, `Account ${account} is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.`);
    return undefined;
  }
  return ctx.c.pad(account);
}

/**
 * The figures of an invoice and how it posts (cached on the record);
 * undefined after an issue (recorded on the record).
 */
export function invoiceInfo(ctx: Ctx, rec: Rec): InvoiceInfo | undefined {
  if (rec.info !== undefined) return rec.info ?? undefined;
  rec.info = null;
  const d = rec.doc as Invoice;
  const c = ctx.c;
  const rules = c.rules;
  const before = rec.issues.length;
  const conv = docConversion(ctx, rec, d.currency, d.exchangeRate);
  const currency = d.currency ?? ctx.c.currency;
  const scale = conv ? conv.scale : ctx.scale;
  const customerAccount = partyAccount(ctx, rec, d.customer.account, rules.accounts.customers, ['customer', 'account']);
  const figures = computeFigures(d.lines, {
    rules: c,
    scale,
    pricesIncludeTax: d.pricesIncludeTax === true,
    mode: 'sale',
    path: LINES,
    sink: rec,
    tourist: d.kind !== 'deposit',
  });
  if (figures && figures.total < 0) {
    fail(rec, 'negative_amount', ['lines'], `The ${INVOICE_TITLES[d.kind]!.toLowerCase()} totals ${figures.total} minor units, below zero: issue a credit note for a negative amount.`);
  }
  if (rec.issues.length > before || conv === null || !figures || customerAccount === undefined) return undefined;
  const onReceipt = rules.vatExigibility === 'on-receipt';
  const aux = auxOf(ctx, d.customer);

  // VAT lines, per rate: collected (goods, or everything on an invoice basis) and pending (services on a receipt basis).
  const buckets: Bucket[] = [];
  for (const t of figures.rates) {
    if (t.info.zero) continue;
    if (!onReceipt) {
      buckets.push({ info: t.info, pending: false, account: t.info.collected, vat: t.vat, vatBook: convert(t.vat, conv), base: t.base, baseBook: convert(t.base, conv) });
      continue;
    }
    if (t.flagVat !== 0 || t.flagBase !== 0) {
      buckets.push({ info: t.info, pending: false, account: t.info.collected, vat: t.flagVat, vatBook: convert(t.flagVat, conv), base: t.flagBase, baseBook: convert(t.flagBase, conv) });
    }
    const vat = t.vat - t.flagVat;
    const base = t.base - t.flagBase;
    if (vat !== 0 || base !== 0) buckets.push({ info: t.info, pending: true, account: t.info.pending, vat, vatBook: convert(vat, conv), base, baseBook: convert(base, conv) });
  }
  // The invoice's total converted once (in a foreign currency; else the total itself), less its VAT: what the revenue
  // groups, or a deposit's bases, add up to in the book currency (see below)
  let restBook = convert(figures.total, conv);
  for (const b of buckets) restBook -= b.vatBook;

  // Deposits deducted by a final invoice.
  const deductions: Deduction[] = d.deducts === undefined ? NONE : [];
  let deducted = 0;
  d.deducts?.forEach((id, k) => {
    const target = lookup(ctx, id);
    const path: Path = ['deducts', k];
    if (!target || target.doc.type !== 'invoice') {
      fail(rec, 'unknown_document', path, `Deposit ${id} is neither in this call nor in options.context${target ? ' as an invoice' : ''}: pass the deposit invoice (or proforma) too, or fix the id.`);
      return;
    }
    const td = target.doc;
    if (td.kind !== 'deposit' && td.kind !== 'proforma') {
      fail(rec, 'invalid_input', path, `Invoice ${id} is a ${td.kind}, not a deposit: deducts lists deposit invoices (or proformas that received payments).`);
      return;
    }
    if (td.status === 'draft' || td.status === 'cancelled') {
      fail(rec, 'invalid_input', path, `Deposit ${id} is ${td.status}: only an issued deposit can be deducted.`);
      return;
    }
    if ((td.currency ?? c.currency) !== currency) {
      fail(rec, 'invalid_input', path, `Deposit ${id} is in ${td.currency ?? c.currency} and this invoice in ${currency}: a deposit is deducted in its own currency.`);
      return;
    }
    const ti = invoiceInfo(ctx, target);
    if (!ti || target.issues.length > 0) {
      fail(rec, 'invalid_reference', path, `Deposit ${id} is itself invalid (see its issues): fix it first.`);
      return;
    }
    if (ti.item.deductedBy !== undefined && ti.item.deductedBy !== d.id) {
      fail(rec, 'over_allocation', path, `Deposit ${id} is already deducted by invoice ${ti.item.deductedBy}: a deposit is deducted once.`);
      return;
    }
    let rates: ReadonlyArray<DepositRate>;
    let amount: number;
    if (td.kind === 'deposit') {
      rates = ti.depositRates;
      amount = ti.due;
    } else {
      const merged: DepositRate[] = [];
      amount = 0;
      for (const dep of ti.item.deposits ?? []) {
        if (dep.date > d.date || dep.payment.issues.length > 0) continue;
        amount += dep.amount;
        for (const r of dep.rates) {
          const m = merged.find((x) => x.info === r.info && x.pending === r.pending);
          if (m) Object.assign(m, { base: m.base + r.base, baseBook: m.baseBook + r.baseBook, vat: m.vat + r.vat, vatBook: m.vatBook + r.vatBook });
          else merged.push({ ...r });
        }
      }
      if (amount === 0) {
        fail(rec, 'invalid_input', path, `Proforma ${id} received no payment by ${d.date}: there is nothing to deduct.`);
        return;
      }
      rates = merged;
    }
    let base = 0;
    let baseBook = 0;
    for (const r of rates) {
      base += r.base;
      baseBook += r.baseBook;
      if (r.info.zero) continue;
      const b = bucketOf(buckets, r.info, r.pending);
      b.vat -= r.vat;
      b.vatBook -= r.vatBook;
      b.base -= r.base;
      b.baseBook -= r.baseBook;
    }
    deducted += amount;
    deductions.push({ target, amount, base, baseBook });
  });
  if (rec.issues.length > before) return undefined;
  const due = figures.total - deducted;
  if (due < 0) {
    fail(rec, 'over_allocation', ['deducts'], `The deposits deducted (${deducted} minor units) exceed the invoice total (${figures.total}): deduct less.`);
    return undefined;
  }
  for (const dd of deductions) {
    const ti = dd.target.info!;
    ti.item.deductedBy = d.id;
  }

  const vatLines: VatLine[] = buckets;
  // Each group converted on its own, the rounding residual shared by largest remainder: the parts add up to the total
  // converted once, so the customer line is that total, equal to the open item's book value, and a payment at the
  // invoice's rate settles it without an exchange difference (converting each part alone, 0.01 + 0.01 USD at 0.5 made
  // 0.02 EUR of a 0.01 EUR total). The VAT keeps its own conversion, per rate.
  let groupsBook: number[] | undefined;
  if (conv !== undefined) {
    groupsBook = figures.groups.map((g) => convert(g.base, conv));
    putResidual(groupsBook, figures.groups.map((g) => g.base), restBook, conv);
  }
  let dueBook = 0;
  if (groupsBook === undefined) for (const g of figures.groups) dueBook += g.base;
  else for (const g of groupsBook) dueBook += g;
  for (const v of vatLines) dueBook += v.vatBook;
  for (const dd of deductions) dueBook -= dd.baseBook;
  const depositRates: DepositRate[] = d.kind === 'deposit' ? [] : NONE;
  if (d.kind === 'deposit') {
    const rates: Array<Omit<DepositRate, 'baseBook'>> = vatLines.map((v) => ({ info: v.info, pending: v.pending, base: v.base, vat: v.vat, vatBook: v.vatBook }));
    for (const t of figures.rates) if (t.info.zero) rates.push({ info: t.info, pending: false, base: t.base, vat: 0, vatBook: 0 });
    // a deposit posts its bases per rate (not per group): they too add up to the total converted once, less the VAT
    const books = rates.map((r) => convert(r.base, conv));
    if (conv !== undefined) putResidual(books, rates.map((r) => r.base), restBook, conv);
    rates.forEach((r, k) => depositRates.push({ ...r, baseBook: books[k]! }));
  }
  const item: OpenItem = {
    id: d.id,
    rec,
    kind: d.kind === 'credit-note' ? 'credit-note' : d.kind === 'proforma' ? 'proforma' : 'invoice',
    aux,
    customerAccount,
    currency,
    conv,
    total: due,
    totalBook: dueBook,
    settled: 0,
    buckets: vatLines,
  };
  if (d.kind === 'proforma') (item as { deposits?: unknown[] }).deposits = [];
  const info: InvoiceInfo = { rec, doc: d, currency, scale, conv, figures, groupsBook, vatLines, deductions, due, dueBook, depositRates, customerAccount, aux, item };
  rec.info = info;
  return info;
}

/** What the settlement pass records for a credit note applied to the invoice it corrects. */
export interface CreditApplication {
  readonly item: OpenItem;
  /** Applied, document currency. */
  readonly amount: number;
  /** Book value of the applied part on the corrected invoice, and on the credit note. */
  readonly book: number;
  readonly ownBook: number;
}

/** Records a generated transaction (not numbered yet), refusing a date in a locked period; returns its index. */
export function pushDraft(ctx: Ctx, rec: Rec, draft: Draft, dateField: Path): number {
  const locked = ctx.c.rules.lockedUntil;
  const closed = ctx.c.rules.closedThrough;
  // Stryker disable all: unreachable (not equivalent) — checkLock (run.ts) refuses a document at every date it posts on before any draft is built; docs/quality.md
  if (closed !== undefined && draft.date <= closed && rec.issues.length === 0) {
    fail(rec, 'period_closed', dateField, periodClosedMessage(closed, draft.date, 'this document'));
  } else if (locked !== undefined && draft.date <= locked && rec.issues.length === 0) {
    fail(rec, 'period_locked', dateField, `The books are locked until ${locked}: this document would post on ${draft.date}. Date it after the lock, or post it in an open period.`);
  }
  // Stryker restore all
  const entries = draft.entries;
  let balance = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    balance += e.side === 'debit' ? e.minor : -e.minor;
  }
  if (entries.length === 0) {
    // Every amount of this transaction is zero (a free invoice, lines that cancel out): nothing to post.
    rec.zero = true;
    return -1;
  }
  if (balance !== 0 || entries.length < 2) {
    // A library bug, never the document's fault: the document fails, the rest of the call posts.
    fail(rec, 'unbalanced_transaction', [], `The transaction generated for document ${rec.id} is unbalanced by ${balance} minor units or has one entry: this is a partie-double bug, please report it with this document.`);
    return -1;
  }
  if (ctx.book) {
    // postBook: straight into the Book's columns, numbered later (no transaction object is kept)
    ctx.book.add({ id: '', journal: draft.journal, date: draft.date, piece: { ref: draft.pieceRef, date: draft.pieceDate }, label: draft.label, validatedOn: draft.date, type: draft.type, source: draft.source, currency: ctx.c.currency, entries });
  } else {
    const tx: Record<string, unknown> = {
      id: '',
      journal: draft.journal,
      date: draft.date,
      piece: Object.freeze({ ref: draft.pieceRef, date: draft.pieceDate }),
      label: draft.label,
      validatedOn: draft.date,
      type: draft.type,
      source: draft.source,
      currency: ctx.c.currency,
    };
    if (draft.reverses !== undefined) tx.reverses = '';
    tx.entries = Object.freeze(entries);
    ctx.txs.push(tx);
  }
  ctx.days.push(toDayNumber(draft.date));
  ctx.orders.push(rec.index * 8 + Math.min(rec.seq++, 7));
  ctx.revs.push(draft.reverses ?? -1);
  return ctx.days.length - 1;
}

/** The mirror of entries: every debit becomes a credit (a cancellation). */
export function mirror(entries: ReadonlyArray<Entry>, scale: number): Entry[] {
  return entries.map((e) =>
    makeEntry({
      account: e.account,
      side: e.side === 'debit' ? 'credit' : 'debit',
      minor: e.minor,
      scale,
      accountLabel: e.accountLabel,
      auxiliary: e.auxiliary,
      label: e.label,
      currency: e.currency,
      costCenter: e.costCenter,
      analytics: e.analytics,
      vat: e.vat,
      openItem: e.openItem,
    }),
  );
}

const TYPES: Readonly<Record<string, Draft['type']>> = { final: 'sale', deposit: 'deposit', 'credit-note': 'credit-note', 'debit-note': 'debit-note' };

/** The transactions of an invoice: the invoice, and its cancellation when cancelled. */
export function invoiceDrafts(ctx: Ctx, rec: Rec): void {
  const info = rec.info!;
  const d = info.doc;
  const applied = rec.result as CreditApplication | undefined;
  // postBook: the common invoice straight into the Book's columns (stageInvoice.ts), else the general path below
  if (ctx.stage !== undefined && ctx.stage(ctx, rec, info, INVOICE_TITLES[d.kind]!, TYPES[d.kind]!)) return;
  const entries = info.conv === undefined && info.deductions.length === 0 && d.kind !== 'deposit' && (applied === undefined || applied.amount === 0) ? simpleEntries(ctx, info) : invoiceEntries(ctx, info, applied);
  const number = d.number!;
  const title = INVOICE_TITLES[d.kind]!;
  let label = `${title} ${number} ${d.customer.name}`;
  if (d.corrects !== undefined) {
    const target = lookup(ctx, d.corrects);
    const tn = target?.doc.type === 'invoice' ? target.doc.number : undefined;
    if (tn !== undefined) label += ` (facture ${tn})`;
  }
  const source = sourceOf(d);
  const date = d.date as IsoDate;
  const journal = ctx.c.journal('sales');
  const sale = pushDraft(ctx, rec, { rec, date, journal, type: TYPES[d.kind]!, label, pieceRef: number, pieceDate: date, source, entries }, ['date']);
  if (d.status === 'cancelled' && d.cancelledOn !== undefined) {
    const on = d.cancelledOn as IsoDate;
    pushDraft(ctx, rec, { rec, date: on, journal, type: 'cancellation', label: `Annulation ${title.toLowerCase()} ${number} ${d.customer.name} du ${frDate(d.date)}`, pieceRef: number, pieceDate: date, source, entries: mirror(entries, ctx.scale), reverses: sale }, ['cancelledOn']);
  }
}

/** Entries of an invoice in the book currency, without deductions: built directly. */
function simpleEntries(ctx: Ctx, info: InvoiceInfo): Entry[] {
  const d = info.doc;
  const debit = d.kind !== 'credit-note';
  const scale = ctx.scale;
  const costCenter = d.costCenter;
  const out: Entry[] = [];
  if (info.due !== 0) {
    const up = info.due > 0 === debit;
    out.push(makeEntry({ account: info.customerAccount as AccountNumber, side: up ? 'debit' : 'credit', minor: Math.abs(info.due), scale, auxiliary: info.aux, costCenter, openItem: d.id }));
  }
  for (const g of info.figures.groups) {
    if (g.base === 0) continue;
    const up = g.base < 0 === debit;
    const vat = g.rate !== undefined && g.rate.zero ? lazyVat('0', Math.abs(g.base), scale) : undefined;
    out.push(makeEntry({ account: g.account as AccountNumber, side: up ? 'debit' : 'credit', minor: Math.abs(g.base), scale, costCenter, vat }));
  }
  for (const v of info.vatLines) {
    if (v.vat === 0) continue;
    const up = v.vat < 0 === debit;
    out.push(makeEntry({ account: v.account as AccountNumber, side: up ? 'debit' : 'credit', minor: Math.abs(v.vat), scale, costCenter, vat: lazyVat(v.info.rate, Math.abs(v.base), scale) }));
  }
  return out;
}

/** Entries of an invoice in general: foreign currency, deposits, a credit note applied to an invoice. */
function invoiceEntries(ctx: Ctx, info: InvoiceInfo, applied: CreditApplication | undefined): Entry[] {
  const d = info.doc;
  const rules = ctx.c.rules;
  const s = d.kind === 'credit-note' ? -1 : 1;
  const conv = info.conv;
  const list = new EntryList();
  let balance: number;
  let exchange: { loss: string; gain: string } | undefined;
  if (applied !== undefined && applied.amount > 0) {
    list.add(applied.item.customerAccount, -applied.amount, { auxiliary: applied.item.aux, openItem: applied.item.id }, -applied.book);
    const rest = info.due - applied.amount;
    const restBook = info.dueBook - applied.ownBook;
    if (rest !== 0 || restBook !== 0) list.add(info.customerAccount, -rest, { auxiliary: info.aux, openItem: d.id }, -restBook);
    balance = -1;
    exchange = { loss: rules.accounts.exchangeLoss, gain: rules.accounts.exchangeGain };
  } else {
    balance = list.add(info.customerAccount, s * info.due, { auxiliary: info.aux, openItem: d.id }, conv ? s * info.dueBook : undefined);
  }
  for (const dd of info.deductions) {
    list.add(rules.accounts.deposits, s * dd.base, { auxiliary: info.aux, openItem: dd.target.doc.id }, conv ? s * dd.baseBook : undefined);
  }
  if (d.kind === 'deposit') {
    for (const t of info.figures.rates) {
      let base = 0;
      let baseBook = 0;
      for (const v of info.depositRates) {
        if (v.info !== t.info) continue;
        base += v.base;
        baseBook += v.baseBook;
      }
      list.add(rules.accounts.deposits, -s * base, { auxiliary: info.aux, openItem: d.id }, conv ? -s * baseBook : undefined);
    }
  } else {
    const groups = info.figures.groups;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const gb = info.groupsBook ? info.groupsBook[k]! : g.base;
      const book = conv ? -s * gb : undefined;
      if (g.rate !== undefined && g.rate.zero) list.add(g.account, -s * g.base, { vatRate: '0', vatBase: -s * g.base, vatBaseBook: -s * gb }, book);
      else list.add(g.account, -s * g.base, undefined, book);
    }
  }
  for (const v of info.vatLines) {
    list.add(v.account, -s * v.vat, { vatRate: v.info.rate, vatBase: -s * v.base, vatBaseBook: -s * v.baseBook }, conv ? -s * v.vatBook : undefined);
  }
  return buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, conv, balance, exchange });
}
