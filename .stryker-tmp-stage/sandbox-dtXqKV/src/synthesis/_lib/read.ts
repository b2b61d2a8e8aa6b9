// @ts-nocheck
// Reads the documents of a synthesis once (internal): validation (fast paths,
// zod for the issues), figures in book minor units, links between documents,
// all in the columns of ./tables.ts. Nothing here depends on a period: the
// period's settlements are folded over the columns (`settle`).
import { toDayNumber } from '../../calendar/index.js';
import { AccountingError, fromZodIssues, issue, type AccountingIssue } from '../../errors/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import { compile, type Compiled } from '../../posting/_lib/compiled.js';
import type { RateInfo } from '../../posting/_lib/compiled.js';
import { computeFigures, isGoodsAccount, type FigureLine } from '../../posting/_lib/figures.js';
import { decimalParts, decimalToMinor, mulDivRound, pow10, safe } from '../../posting/_lib/minor.js';
import type { PostingRules } from '../../posting/rules.js';
import { fastInvoice } from '../../schemas/_lib/fastInvoice.js';
import { parseDocumentIssues } from '../../schemas/document.js';
import type { Invoice, Payment, Purchase, Refund, TillClosing } from '../../schemas/index.js';
import { staySchema, type Stay } from '../../schemas/stay.js';
import { convertMinor } from '../../tax/_lib/lineAmounts.js';
import { fastPayment, fastStay } from './fastDocuments.js';
import { spreadMinor } from './spread.js';
import { CREDIT_NOTE, DEPOSIT, GroupTable, IdTable, InvoiceTable, Natures, NEVER, PaymentTable, StayTable, type PurchaseRecord, type SoldFigures, type TicketRecord } from './tables.js';

type Path = ReadonlyArray<string | number>;

export interface ReadDocuments {
  readonly c: Compiled;
  readonly scale: number;
  readonly natures: Natures;
  readonly groups: GroupTable;
  readonly invoices: InvoiceTable;
  /** Invoice ids → invoice ordinals. */
  readonly ids: IdTable;
  readonly payments: PaymentTable;
  readonly stays: StayTable;
  /** The tickets of every till closing. */
  readonly tickets: ReadonlyArray<TicketRecord>;
  /** Every purchase. */
  readonly purchases: ReadonlyArray<PurchaseRecord>;
  /** The payment methods met (payments, refunds, ticket payments), in order of appearance. */
  readonly methods: ReadonlyArray<string>;
  /** How many documents were read. */
  readonly count: number;
  /** Every document as validated, in input order (what the gym reports index). */
  readonly checked: ReadonlyArray<unknown>;
}

/** Internal knobs of {@link readDocuments} (tests). */
export interface ReadOptions {
  /** Whether common invoices skip the generic figures (`computeFigures`) for the direct computation. @defaultValue true */
  readonly direct?: boolean;
}

/** A document's figures, written in place (one object per call of readDocuments, not per document). */
type Sold = { -readonly [K in keyof SoldFigures]: SoldFigures[K] };

type SoldLine = FigureLine & { readonly quantity: string };

const EMPTY: never[] = [];
const LINES: Path = Object.freeze(['lines']);

/** Validates one document: fast paths first, zod for the issues. */
function validate(input: unknown, index: number, issues: AccountingIssue[]): unknown {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (type === 'invoice') {
    const fast = fastInvoice(input);
    if (fast) return fast;
  } else if (type === 'payment' || type === 'refund') {
    const fast = fastPayment(input);
    if (fast) return fast;
  } else if (type === 'stay') {
    const fast = fastStay(input);
    if (fast) return fast;
    const r = staySchema.safeParse(input);
    if (r.success) return r.data;
    issues.push(...fromZodIssues(r.error.issues, [index], { schema: staySchema, input }));
    return undefined;
  }
  const r = parseDocumentIssues(input, [index]);
  if (r.issues) {
    issues.push(...r.issues);
    return undefined;
  }
  return r.document;
}

/** How many rows of each table the documents should fill: hints to size the columns once (a column grows past its hint). */
interface ExpectedRows {
  documents: number;
  invoices: number;
  /** Lines of the invoices (at least as many as their groups). */
  lines: number;
  payments: number;
  allocations: number;
  stays: number;
  stayLinks: number;
}

/**
 * Counts the documents of each type, their lines and links, when the
 * documents are an array (an iterable may be read once only: its tables then
 * grow as they fill). A hint only: nothing is checked here, and whatever
 * these counts say, the tables hold what the reading loop writes.
 */
function expectedRows(documents: Iterable<unknown>): ExpectedRows {
  const rows: ExpectedRows = { documents: 0, invoices: 0, lines: 0, payments: 0, allocations: 0, stays: 0, stayLinks: 0 };
  if (!Array.isArray(documents)) return rows;
  const n = documents.length;
  rows.documents = n;
  for (let k = 0; k < n; k++) {
    const d: unknown = documents[k];
    if (typeof d !== 'object' || d === null) continue;
    const type = (d as { type?: unknown }).type;
    if (type === 'invoice') {
      rows.invoices++;
      rows.lines += lengthOf((d as { lines?: unknown }).lines);
    } else if (type === 'payment' || type === 'refund') {
      rows.payments++;
      rows.allocations += lengthOf((d as { allocations?: unknown }).allocations);
    } else if (type === 'stay') {
      rows.stays++;
      rows.stayLinks += lengthOf((d as { invoices?: unknown }).invoices);
    }
  }
  return rows;
}

/** The length of an array, 0 for anything else (and for absurd lengths: a hint must not allocate them). */
function lengthOf(v: unknown): number {
  return Array.isArray(v) && v.length < 1 << 20 ? v.length : 0;
}

/** Reads and checks the documents; throws one error listing every issue. */
export function readDocuments(documents: Iterable<unknown>, rules: PostingRules | undefined, path: Path = ['documents'], options: ReadOptions = {}): ReadDocuments {
  if (documents === null || typeof documents !== 'object' || typeof (documents as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new AccountingError([issue('invalid_input', path, 'Give the documents as an array (or any iterable) of invoices, payments, stays, till closings, purchases…')]);
  }
  const c = compile(rules);
  const scale = c.scale;
  const mode = c.rules.rounding;
  const useDirect = options.direct !== false && c.rules.vatRounding !== 'per-line';
  const issues: AccountingIssue[] = [];
  const natures = new Natures();
  const expected = expectedRows(documents);
  const groups = new GroupTable(expected.lines);
  const invoices = new InvoiceTable(expected.invoices);
  const ids = new IdTable(expected.invoices);
  const payments = new PaymentTable(expected.payments, expected.allocations);
  const stays = new StayTable(expected.stays, expected.stayLinks);
  const stayIds = new IdTable(expected.stays);
  const tickets: TicketRecord[] = [];
  const purchases: PurchaseRecord[] = [];

  // One sink, pointed at the current document (issues are rare: no allocation per document).
  let current = 0;
  const sinkOf = {
    issues,
    add(code: AccountingIssue['code'], p: Path, message: string): void {
      issues.push(issue(code, [current, ...p], message));
    },
  };
  const conv = (minor: number, currency: string | undefined, rate: string | undefined): number => {
    if (currency === undefined || currency === c.currency || rate === undefined) return minor;
    return Number(convertMinor(BigInt(minor), rate, CURRENCY_SCALES[currency] ?? scale, scale, mode));
  };
  // Payment methods, interned (a few, scanned linearly).
  const methods: string[] = [];
  const methodOf = (method: string): number => {
    for (let k = 0; k < methods.length; k++) if (methods[k] === method) return k;
    methods.push(method);
    return methods.length - 1;
  };
  // Nature keys by rate object (compiled rates are shared) and account: no string built per group.
  const rateKeys = new Map<object, Map<string, number>>();
  const touristKeys = new Map<string, number>();
  const natureKey = (account: string, info: { readonly rate: string; readonly num: number; readonly den: number } | undefined): number => {
    if (info === undefined) {
      let k = touristKeys.get(account);
      if (k === undefined) touristKeys.set(account, (k = natures.key(account, undefined, 0, 1, 'tourist-tax')));
      return k;
    }
    let byAccount = rateKeys.get(info);
    if (byAccount === undefined) rateKeys.set(info, (byAccount = new Map()));
    let k = byAccount.get(account);
    if (k === undefined) byAccount.set(account, (k = natures.key(account, info.rate, info.num, info.den)));
    return k;
  };
  // The nature key of the last (account, rate) met: documents repeat a few natures, so most groups skip both maps.
  let lastAccount = '';
  let lastInfo: RateInfo | undefined;
  let lastKey = -1;
  const natureKeyOf = (account: string, info: RateInfo | undefined): number => {
    if (lastKey >= 0 && info === lastInfo && account === lastAccount) return lastKey;
    lastKey = natureKey(account, info);
    lastAccount = account;
    lastInfo = info;
    return lastKey;
  };

  const sold: Sold = { exclTax: 0, vat: 0, touristTax: 0, inclTax: 0, groupStart: 0, groupEnd: 0, items: 0 };

  /** The generic figures (computeFigures) of sold lines into `sold` and the group table; false after an issue. */
  const generic = (lines: ReadonlyArray<SoldLine>, pricesIncludeTax: boolean, currency: string | undefined, rate: string | undefined, path: Path, tourist: boolean, countItems: boolean): boolean => {
    const docScale = currency === undefined ? scale : (CURRENCY_SCALES[currency] ?? scale);
    const f = computeFigures(lines, { rules: c, scale: docScale, pricesIncludeTax, mode: 'sale', path, sink: sinkOf, tourist });
    if (!f) return false;
    const foreign = currency !== undefined && currency !== c.currency;
    const groupStart = groups.size;
    let touristTax = 0;
    let exclTax = 0;
    let inclTax = 0;
    const add = (key: number, excl: number, incl: number): void => {
      groups.push(key, excl, incl);
      exclTax += excl;
      inclTax += incl;
    };
    let touristGroups = 0;
    for (const g of f.groups) if (g.tourist) touristGroups++;
    if (f.groups.length - touristGroups === f.rates.length) {
      // The common case: one group per rate takes the rate's VAT.
      for (const g of f.groups) {
        if (g.tourist) continue;
        let vat = 0;
        for (const t of f.rates) if (t.info === g.rate) vat = t.vat;
        const info = g.rate!;
        const excl = foreign ? conv(g.base, currency, rate) : g.base;
        const incl = foreign ? conv(g.base + vat, currency, rate) : g.base + vat;
        add(natureKeyOf(g.account, info), excl, incl);
      }
    } else {
      // Several groups share a rate's VAT: incl. tax as written, or the VAT spread by base.
      for (const t of f.rates) {
        const members = f.groups.filter((g) => g.rate === t.info);
        const vats = members.length === 1 ? [t.vat] : pricesIncludeTax ? members.map((g) => g.gross - g.base) : spreadMinor(t.vat, members.map((g) => g.base));
        members.forEach((g, k) => {
          const excl = foreign ? conv(g.base, currency, rate) : g.base;
          const incl = foreign ? conv(g.base + vats[k]!, currency, rate) : g.base + vats[k]!;
          add(natureKeyOf(g.account, t.info), excl, incl);
        });
      }
    }
    if (touristGroups > 0) {
      for (const g of f.groups) {
        if (!g.tourist) continue;
        const amount = foreign ? conv(g.base, currency, rate) : g.base;
        add(natureKeyOf(g.account, undefined), amount, amount);
        touristTax += amount;
      }
    }
    exclTax -= touristTax;
    let items = 0;
    if (countItems) {
      for (const l of lines) {
        if (l.kind === 'tourist-tax') continue;
        const q = l.quantity;
        const dot = q.indexOf('.');
        items += dot < 0 ? Number(q) * 1e6 : Number(q.slice(0, dot)) * 1e6 + Number(q.slice(dot + 1).padEnd(6, '0').slice(0, 6));
      }
    }
    sold.exclTax = exclTax;
    sold.vat = inclTax - exclTax - touristTax;
    sold.touristTax = touristTax;
    sold.inclTax = inclTax;
    sold.groupStart = groupStart;
    sold.groupEnd = groups.size;
    sold.items = items;
    return true;
  };

  // The direct path: invoices in the book currency whose lines have no kind
  // (or are tourist tax), rounded per invoice rate — what computeFigures does
  // for them, without its objects. Anything else (or anything computeFigures
  // would report) returns false: the generic path then computes, or reports.
  // A property test checks both paths agree.
  const services = c.rules.accounts.services;
  const touristAccount = c.rules.accounts.touristTax;
  // Accounts (bit 0: covered by the chart, bit 1: goods) and rates met, a few entries scanned linearly.
  const accountText: string[] = [];
  const accountBitsOf: number[] = [];
  const accountBits = (account: string): number => {
    for (let k = 0; k < accountText.length; k++) if (accountText[k] === account) return accountBitsOf[k]!;
    const bits = (c.covers(account) ? 1 : 0) | (isGoodsAccount(account, c) ? 2 : 0);
    if (accountText.length < 32) {
      accountText.push(account);
      accountBitsOf.push(bits);
    }
    return bits;
  };
  const rateText: string[] = [];
  const rateInfoOf: Array<RateInfo | undefined> = [];
  const rateOf = (raw: string): RateInfo | undefined => {
    for (let k = 0; k < rateText.length; k++) if (rateText[k] === raw) return rateInfoOf[k];
    const info = c.rate(raw);
    if (rateText.length < 32) {
      rateText.push(raw);
      rateInfoOf.push(info);
    }
    return info;
  };
  // Groups and rates of the current invoice (reused: no array per invoice). A group's rate is −1 for tourist tax.
  const gAccount: string[] = [];
  const gRate: number[] = [];
  const gFlag: number[] = [];
  const gLines: number[] = [];
  const gGross: number[] = [];
  const gBase: number[] = [];
  const rInfo: RateInfo[] = [];
  const rGross: number[] = [];
  const rBase: number[] = [];
  const rVat: number[] = [];
  const rMembers: number[] = [];
  const weights: number[] = [];
  const direct = (lines: ReadonlyArray<SoldLine>, pricesIncludeTax: boolean, tourist: boolean): boolean => {
    let n = 0;
    let nr = 0;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      const kind = l.kind;
      const isTourist = kind === 'tourist-tax';
      if (kind !== undefined && (!isTourist || !tourist)) return false;
      const raw = l.account;
      let account: string;
      let flag = 0;
      if (raw !== undefined) {
        const bits = accountBits(raw);
        if ((bits & 1) === 0 || c.tooLong(raw)) return false;
        account = c.pad(raw);
        if (!isTourist) flag = bits >> 1;
      } else account = isTourist ? touristAccount : services;
      let rate = -1;
      if (!isTourist) {
        const vr = l.vatRate;
        if (vr === undefined) return false;
        const info = rateOf(vr);
        if (info === undefined) return false;
        for (let j = 0; j < nr; j++) {
          if (rInfo[j] === info) {
            rate = j;
            break;
          }
        }
        if (rate < 0) {
          rate = nr++;
          rInfo[rate] = info;
          rGross[rate] = 0;
          rMembers[rate] = 0;
        }
      }
      const price = decimalToMinor(l.unitPrice, scale);
      if (!Number.isFinite(price)) return false;
      let amount: number;
      const q = l.quantity;
      if (q === '1') amount = price;
      else {
        const parts = decimalParts(q);
        if (!parts) return false;
        amount = parts.scale === 0 ? parts.int * price : mulDivRound(parts.int, price, pow10(parts.scale), mode);
        if (!safe(amount)) return false;
      }
      let g = -1;
      for (let j = 0; j < n; j++) {
        if (gRate[j] === rate && gFlag[j] === flag && gAccount[j] === account) {
          g = j;
          break;
        }
      }
      if (g < 0) {
        g = n++;
        gAccount[g] = account;
        gRate[g] = rate;
        gFlag[g] = flag;
        gLines[g] = 0;
        gGross[g] = 0;
        if (rate >= 0) rMembers[rate] = rMembers[rate]! + 1;
      }
      // computeFigures keeps a tourist-tax group's first amount as its base: leave repeated ones to it
      if (rate < 0 && gLines[g]! > 0) return false;
      gLines[g] = gLines[g]! + 1;
      gGross[g] = gGross[g]! + amount;
      if (rate >= 0) rGross[rate] = rGross[rate]! + amount;
    }
    let base = 0;
    let vat = 0;
    let touristTax = 0;
    for (let j = 0; j < n; j++) {
      gBase[j] = gGross[j]!;
      if (gRate[j]! < 0) touristTax += gGross[j]!;
    }
    for (let t = 0; t < nr; t++) {
      const r = rInfo[t]!;
      const gross = rGross[t]!;
      if (r.zero || !pricesIncludeTax) {
        rBase[t] = gross;
        rVat[t] = r.zero ? 0 : mulDivRound(gross, r.num, r.den, mode);
      } else {
        const b = mulDivRound(gross, r.den, r.den + r.num, mode);
        rBase[t] = b;
        rVat[t] = gross - b;
        let sum = 0;
        let largest = -1;
        for (let j = 0; j < n; j++) {
          if (gRate[j] !== t) continue;
          const gb = mulDivRound(gGross[j]!, r.den, r.den + r.num, mode);
          gBase[j] = gb;
          sum += gb;
          if (largest < 0 || Math.abs(gGross[j]!) > Math.abs(gGross[largest]!)) largest = j;
        }
        gBase[largest] = gBase[largest]! + (b - sum);
      }
      base += rBase[t]!;
      vat += rVat[t]!;
    }
    const total = base + vat + touristTax;
    if (!safe(total) || !safe(base)) return false;
    const groupStart = groups.size;
    let exclTax = 0;
    let inclTax = 0;
    // rate by rate, each rate's groups in order: one takes the rate's VAT; several
    // with prices incl. tax keep their amounts as written, otherwise share the VAT by base
    for (let t = 0; t < nr; t++) {
      const info = rInfo[t]!;
      const members = rMembers[t]!;
      let vats: number[] | undefined;
      if (members > 1 && !pricesIncludeTax) {
        weights.length = 0;
        for (let j = 0; j < n; j++) if (gRate[j] === t) weights.push(gBase[j]!);
        vats = spreadMinor(rVat[t]!, weights);
      }
      let k = 0;
      for (let j = 0; j < n; j++) {
        if (gRate[j] !== t) continue;
        const b = gBase[j]!;
        const incl = members === 1 ? b + rVat[t]! : vats === undefined ? b + (gGross[j]! - b) : b + vats[k++]!;
        groups.push(natureKeyOf(gAccount[j]!, info), b, incl);
        exclTax += b;
        inclTax += incl;
      }
    }
    for (let j = 0; j < n; j++) {
      if (gRate[j]! >= 0) continue;
      const amount = gBase[j]!;
      groups.push(natureKeyOf(gAccount[j]!, undefined), amount, amount);
      exclTax += amount;
      inclTax += amount;
    }
    exclTax -= touristTax;
    sold.exclTax = exclTax;
    sold.vat = inclTax - exclTax - touristTax;
    sold.touristTax = touristTax;
    sold.inclTax = inclTax;
    sold.groupStart = groupStart;
    sold.groupEnd = groups.size;
    sold.items = 0;
    return true;
  };


  // Ids met before their invoice is read, resolved once every invoice is: allocations, stays' invoices.
  const pendingAlloc: number[] = [];
  const pendingAllocRef: string[] = [];
  const pendingStay: number[] = [];
  // Invoices that deduct deposits or correct an invoice; payments that name a credit note.
  const linking: number[] = [];
  const naming: number[] = [];

  // Day numbers of the last invoice date and the last payment date: documents in date order repeat them.
  let invoiceDate = '';
  let invoiceDay = 0;
  let paymentDate = '';
  let paymentDay = 0;
  const checked: unknown[] = new Array<unknown>(expected.documents);
  let index = 0;
  for (const input of documents) {
    const i = index++;
    current = i;
    const doc = validate(input, i, issues) as { type: string } | undefined;
    checked[i] = doc;
    if (doc === undefined) continue;
    switch (doc.type) {
      case 'invoice': {
        const d = doc as Invoice;
        const pricesIncludeTax = d.pricesIncludeTax === true;
        const tourist = d.kind !== 'deposit';
        const ok = (useDirect && d.currency === undefined && direct(d.lines, pricesIncludeTax, tourist)) || generic(d.lines, pricesIncludeTax, d.currency, d.exchangeRate, LINES, tourist, false);
        if (!ok) continue;
        const cancelledOn = d.status === 'cancelled' && d.cancelledOn !== undefined ? toDayNumber(d.cancelledOn) : NEVER;
        if (d.date !== invoiceDate) invoiceDay = toDayNumber((invoiceDate = d.date));
        const ordinal = invoices.push(d, sold, invoiceDay, cancelledOn);
        if (ids.add(d.id) >= 0) issues.push(issue('duplicate_document', [i, 'id'], `Invoice id "${d.id}" is used by two documents: ids must be unique.`));
        if (d.deducts !== undefined || d.corrects !== undefined) linking.push(ordinal);
        break;
      }
      case 'payment':
      case 'refund': {
        const d = doc as Payment | Refund;
        const pScale = d.currency === undefined ? scale : (CURRENCY_SCALES[d.currency] ?? scale);
        // decimalToMinor first: the path of an issue (an array) is built only when there is one
        let amount = decimalToMinor(d.amount, pScale);
        if (!Number.isSafeInteger(amount)) amount = decimal(d.amount, pScale, i, ['amount'], issues);
        amount = conv(amount, d.currency, d.exchangeRate);
        const first = payments.allocSize;
        let allocated = 0;
        let other = 0;
        const list = d.allocations;
        if (list !== undefined) {
          for (let k = 0; k < list.length; k++) {
            const a = list[k]!;
            // A re-billed rejection fee or a till ticket paid is no invoice: the synthesis counts it with the money left on account.
            if (a.invoice === undefined) {
              other += conv(decimal(a.amount, pScale, i, ['allocations', k, 'amount'], issues), d.currency, d.exchangeRate);
              continue;
            }
            // documents often list a payment right after its invoice: try the last invoice read first
            const last = ids.size - 1;
            const target = last >= 0 && ids.keys[last] === a.invoice ? last : ids.get(a.invoice);
            if (target < 0) {
              pendingAlloc.push(payments.allocSize, i, k);
              pendingAllocRef.push(a.invoice);
            }
            let m = decimalToMinor(a.amount, pScale);
            if (!Number.isSafeInteger(m)) m = decimal(a.amount, pScale, i, ['allocations', k, 'amount'], issues);
            m = conv(m, d.currency, d.exchangeRate);
            allocated += m;
            payments.allocate(target, m);
          }
        }
        if (allocated + other > amount) {
          issues.push(issue('over_allocation', [i, 'allocations'], `The allocations (${allocated + other} minor units) exceed the amount ${d.amount}: allocate at most the amount received.`));
          payments.truncate(first);
          break;
        }
        const left = amount - allocated;
        const onAccount = left === 0 ? -1 : natures.key(d.customer.account === undefined ? c.rules.accounts.customers : c.pad(d.customer.account), undefined, 0, 1, 'on-account');
        if (d.date !== paymentDate) paymentDay = toDayNumber((paymentDate = d.date));
        const p = payments.push(d, paymentDay, methodOf(d.method), amount, left, onAccount);
        if (d.creditNote !== undefined) naming.push(p);
        break;
      }
      case 'stay': {
        const d = doc as Stay;
        const s = stays.size;
        if (stayIds.add(d.id) >= 0) issues.push(issue('duplicate_document', [i, 'id'], `Stay id "${d.id}" is used by two stays: ids must be unique.`));
        const refs = d.invoices ?? EMPTY;
        for (let k = 0; k < refs.length; k++) {
          const target = ids.get(refs[k]!);
          const at = stays.link(target);
          if (target < 0) pendingStay.push(at, s, k);
        }
        stays.push(d, i, toDayNumber(d.departure));
        break;
      }
      case 'till-closing': {
        const d = doc as TillClosing;
        const day = toDayNumber(d.day);
        d.tickets.forEach((t, k) => {
          if (!generic(t.lines, d.pricesIncludeTax !== false, undefined, undefined, ['tickets', k, 'lines'], true, true)) return;
          const figures: SoldFigures = { ...sold };
          let paid = 0;
          const amounts = t.payments.map((p, j) => decimal(p.amount, scale, i, ['tickets', k, 'payments', j, 'amount'], issues));
          for (const m of amounts) paid += m;
          tickets.push({ closing: d, ticket: t, index: i, k, day, figures, paid, payments: amounts, methods: t.payments.map((p) => methodOf(p.method)) });
        });
        break;
      }
      case 'purchase': {
        const d = doc as Purchase;
        const f = computeFigures(d.lines, { rules: c, scale: d.currency === undefined ? scale : (CURRENCY_SCALES[d.currency] ?? scale), pricesIncludeTax: d.pricesIncludeTax === true, mode: 'purchase', path: LINES, sink: sinkOf, tourist: false });
        if (!f) break;
        const s = d.kind === 'credit-note' ? -1 : 1;
        const exclTax = s * conv(f.base, d.currency, d.exchangeRate);
        const inclTax = s * conv(f.total, d.currency, d.exchangeRate);
        purchases.push({ doc: d, index: i, day: toDayNumber(d.date), exclTax, vat: inclTax - exclTax, inclTax });
        break;
      }
      default:
        break;
    }
  }

  // Ids named before their invoice was read.
  const inv = invoices;
  const P = payments;
  for (let k = 0; k < pendingAlloc.length; k += 3) {
    const ref = pendingAllocRef[k / 3]!;
    const target = ids.get(ref);
    if (target < 0) issues.push(issue('unknown_document', [pendingAlloc[k + 1]!, 'allocations', pendingAlloc[k + 2]!, 'invoice'], `Invoice ${ref} is not among the documents: pass every invoice the receipts settle (even from earlier periods), or fix the id.`));
    P.allocTarget[pendingAlloc[k]!] = target;
  }
  inv.finish();
  P.finish();
  stays.finish();
  groups.finish();
  ids.finish();
  for (let k = 0; k < pendingStay.length; k += 3) {
    const s = pendingStay[k + 1]!;
    const d = stays.docs[s]!;
    const ref = d.invoices![pendingStay[k + 2]!]!;
    const target = ids.get(ref);
    if (target < 0) issues.push(issue('unknown_document', [stays.index[s]!, 'invoices', pendingStay[k + 2]!], `Invoice ${ref} of stay ${d.id} is not among the documents: pass the stay's invoices too, or fix the id.`));
    stays.invoices[pendingStay[k]!] = target;
  }
  if (issues.length > 0) throw new AccountingError(issues);
  for (const r of stays.invoices) inv.linked[r] = 1;

  // Deposits deducted and invoices corrected, as ordinals (an id not among the documents links nothing).
  const { deductStart, deductTarget, corrects } = inv;
  let next = 0;
  for (let r = 0; r < inv.size; r++) {
    if (next < linking.length && linking[next] === r) {
      next++;
      const d = inv.docs[r]!;
      for (const ref of d.deducts ?? EMPTY) {
        const t = ids.get(ref);
        if (t >= 0) deductTarget.push(t);
      }
      if (d.corrects !== undefined) corrects[r] = ids.get(d.corrects);
    }
    deductStart[r + 1] = deductTarget.length;
  }
  // Credit notes used as payment: drawn in document order over every date, each capped by what is left on it.
  const drawn = new Map<number, number>();
  for (const p of naming) {
    const d = P.docs[p]!;
    const cn = ids.get(d.creditNote!);
    if (cn < 0 || inv.kind[cn] !== CREDIT_NOTE) continue;
    P.creditNote[p] = cn;
    if (d.type !== 'payment' || !transferMethod(c, d.method)) continue;
    const used = drawn.get(cn) ?? 0;
    const draw = Math.min(P.amount[p]!, Math.max(0, inv.inclTax[cn]! - used));
    P.draw[p] = draw;
    drawn.set(cn, used + draw);
  }
  checked.length = index;
  return { c, scale, natures, groups, invoices: inv, ids, payments: P, stays, tickets, purchases, methods, count: index, checked };
}

/** What settled the invoices up to a day (inclusive), in book minor units. */
export interface Settlement {
  /** Paid: payments − refunds (for a credit note: refunded or used as payment), dated up to the day. */
  readonly paid: number[];
  /** Deposits (and proforma receipts) a final invoice deducts. */
  readonly deducted: number[];
  /** Taken off by the credit notes correcting it, up to the day; on a credit note, what it took off. */
  readonly credited: number[];
}

/** What settled each invoice up to day `to`: payments, deposits deducted, credit notes applied (as post applies them). */
export function settle(docs: ReadDocuments, to: number): Settlement {
  const inv = docs.invoices;
  const P = docs.payments;
  const n = inv.size;
  const paid = new Array<number>(n).fill(0);
  const deducted = new Array<number>(n).fill(0);
  const credited = new Array<number>(n).fill(0);
  const { kind, inclTax } = inv;
  const { allocStart, allocTarget, allocAmount } = P;
  for (let p = 0; p < P.size; p++) {
    if (P.day[p]! > to) continue;
    const refund = P.refund[p] === 1;
    for (let a = allocStart[p]!; a < allocStart[p + 1]!; a++) {
      const target = allocTarget[a]!;
      const m = allocAmount[a]!;
      paid[target] = paid[target]! + (refund && kind[target] !== CREDIT_NOTE ? -m : m);
    }
    const cn = P.creditNote[p]!;
    if (cn >= 0) paid[cn] = paid[cn]! + P.draw[p]!;
  }
  const { deductStart, deductTarget, corrects, draft, cancelledOn, day } = inv;
  for (let r = 0; r < n; r++) {
    for (let k = deductStart[r]!; k < deductStart[r + 1]!; k++) {
      const t = deductTarget[k]!;
      deducted[r] = deducted[r]! + (kind[t] === DEPOSIT ? inclTax[t]! : Math.max(0, paid[t]!));
    }
  }
  // A credit note correcting an invoice settles what is left on it.
  for (let r = 0; r < n; r++) {
    const target = corrects[r]!;
    if (target < 0 || kind[r] !== CREDIT_NOTE || draft[r] === 1 || cancelledOn[r]! <= to || day[r]! > to || kind[target] === CREDIT_NOTE) continue;
    const left = inclTax[target]! - deducted[target]! - paid[target]! - credited[target]!;
    const applied = Math.max(0, Math.min(inclTax[r]! - paid[r]! - credited[r]!, left));
    credited[target] = credited[target]! + applied;
    credited[r] = credited[r]! + applied;
  }
  return { paid, deducted, credited };
}

/** A decimal string (shape checked by the schemas) in minor units; an issue when it has more decimals than the currency or is too large. */
function decimal(value: string, scale: number, index: number, path: Path, issues: AccountingIssue[]): number {
  const n = decimalToMinor(value, scale);
  if (Number.isNaN(n)) {
    issues.push(issue('too_many_decimals', [index, ...path], `Amount ${value} has more decimals than the currency allows (${scale}): round it.`));
    return 0;
  }
  if (!Number.isSafeInteger(n)) {
    issues.push(issue('amount_overflow', [index, ...path], `Amount ${value} is too large.`));
    return 0;
  }
  return n;
}

/** Whether a method moves no money (its rule posts to the customer account), as the credit-note method. */
export function isTransferMethod(docs: ReadDocuments, method: string): boolean {
  return transferMethod(docs.c, method);
}

function transferMethod(c: Compiled, method: string): boolean {
  const rule = c.method(method);
  return rule ? rule.account === 'customer' : method === 'credit-note';
}
