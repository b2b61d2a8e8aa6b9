// @ts-nocheck
// The revenue lines deferred revenue and recognition schedules read, checked once (internal).
import { isAccountNumber, padUnchecked } from '../../accounts/index.js';
import { isIsoDate, toDayNumber } from '../../calendar/index.js';
import { AccountingError, fromZodIssues, issue, quote, type AccountingIssue } from '../../errors/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import type { PostingRules } from '../../posting/rules.js';
import type { Invoice, InvoiceLine } from '../../schemas/invoice.js';
import { sessionUsageSchema, type SessionUsage } from '../../schemas/sessionUsage.js';
import { convertMinor, lineAmounts } from '../../tax/_lib/lineAmounts.js';
import type { DeferralMethod } from './methods.js';

/** One revenue line in scope, with its amounts in minor units of the book currency (internal). */
export interface RevenueLine {
  readonly invoice: Invoice;
  /** Index of the invoice in the documents. */
  readonly index: number;
  readonly lineIndex: number;
  readonly line: InvoiceLine;
  readonly account: string;
  /** Signed (negative on credit notes), safe integers. */
  readonly exclTax: number;
  readonly inclTax: number;
  /** Day numbers of the service period, −1 when none. */
  readonly from: number;
  readonly to: number;
  /** Sessions sold, 0 when none. */
  readonly sessions: number;
  /** Day numbers of the sessions used, sorted (session lines only). */
  readonly usage: ReadonlyArray<number>;
}

/** What {@link revenueLines} needs (internal). */
export interface RevenueLinesOptions {
  readonly method: DeferralMethod;
  readonly rules: PostingRules;
  /** Invoices dated after it, or cancelled on or before it, are left out; when absent every issued invoice not cancelled is read. */
  readonly cutoff?: number;
  readonly usage?: Iterable<unknown>;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const KINDS = new Set(['final', 'deposit', 'proforma', 'credit-note', 'debit-note']);
const STATUSES = new Set(['draft', 'issued', 'sent', 'paid', 'cancelled']);
const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;
const RATE_RE = /^\d{1,3}(?:\.\d{1,6})?$/;
type Path = ReadonlyArray<string | number>;

/**
 * Reads the revenue lines of the documents, checking every field it uses and
 * reporting every problem at once.
 */
export function revenueLines(documents: Iterable<unknown>, options: RevenueLinesOptions): RevenueLine[] {
  const issues: AccountingIssue[] = [];
  const add = (code: AccountingIssue['code'], path: Path, message: string): void => {
    issues.push(issue(code, path, message));
  };
  const { method, rules, cutoff } = options;
  const bookScale = CURRENCY_SCALES[rules.currency] ?? 2;
  const invoices = new Map<string, { doc: Invoice; index: number }>();
  const usages: Array<{ usage: SessionUsage; path: Path }> = [];
  const selected: Array<{ doc: Invoice; index: number; sign: bigint }> = [];
  const dayOf = dayCache();

  let index = 0;
  for (const raw of documents) {
    const i = index++;
    if (typeof raw !== 'object' || raw === null) {
      add('invalid_input', [i], 'A document must be an object with a "type".');
      continue;
    }
    const type = (raw as { type?: unknown }).type;
    if (type === 'session-usage') {
      const r = sessionUsageSchema.safeParse(raw);
      if (r.success) usages.push({ usage: r.data, path: [i] });
      else issues.push(...fromZodIssues(r.error.issues, [i], { schema: sessionUsageSchema, input: raw }));
      continue;
    }
    if (type !== 'invoice') continue;
    const doc = raw as Invoice;
    const before = issues.length;
    checkInvoice(doc, i, add, dayOf);
    if (issues.length > before) continue;
    const known = invoices.get(doc.id);
    if (known) {
      add('duplicate_document', [i, 'id'], `Invoice id ${doc.id} is used twice (documents ${known.index} and ${i}): ids must be unique.`);
      continue;
    }
    invoices.set(doc.id, { doc, index: i });
    if (doc.status === 'draft' || doc.kind === 'proforma' || doc.kind === 'deposit') continue;
    if (cutoff !== undefined && dayOf(doc.date) > cutoff) continue;
    if (doc.status === 'cancelled' && (cutoff === undefined || dayOf(doc.cancelledOn) <= cutoff)) continue;
    selected.push({ doc, index: i, sign: doc.kind === 'credit-note' ? -1n : 1n });
  }
  if (options.usage !== undefined) {
    let k = 0;
    for (const raw of options.usage) {
      const r = sessionUsageSchema.safeParse(raw);
      if (r.success) usages.push({ usage: r.data, path: ['usage', k] });
      else issues.push(...fromZodIssues(r.error.issues, ['usage', k], { schema: sessionUsageSchema, input: raw }));
      k++;
    }
  }

  // Session usage: which line each usage consumes, never more than sold.
  const usedBy = new Map<InvoiceLine, number[]>();
  const usageIds = new Map<string, Path>();
  for (const { usage, path } of usages) {
    const seen = usageIds.get(usage.id);
    if (seen) {
      add('duplicate_document', [...path, 'id'], `Session usage id ${usage.id} is used twice: ids must be unique.`);
      continue;
    }
    usageIds.set(usage.id, path);
    const inv = invoices.get(usage.invoice);
    if (!inv) {
      add('unknown_document', [...path, 'invoice'], `Session usage ${usage.id} refers to invoice ${usage.invoice}, which is not among the documents: add the invoice.`);
      continue;
    }
    const line = inv.doc.lines.find((l) => l.id === usage.line);
    if (!line) {
      const ids = inv.doc.lines.map((l) => l.id).filter((x) => x !== undefined);
      add('invalid_usage', [...path, 'line'], `Session usage ${usage.id} refers to line ${usage.line}, which invoice ${usage.invoice} does not have (its line ids: ${ids.length > 0 ? ids.join(', ') : 'none'}).`);
      continue;
    }
    if (line.sessions === undefined) {
      add('invalid_usage', [...path, 'line'], `Session usage ${usage.id} uses line ${usage.line} of invoice ${usage.invoice}, which sold no sessions: give the line its number of sessions, or fix the line id.`);
      continue;
    }
    let list = usedBy.get(line);
    if (!list) usedBy.set(line, (list = []));
    if (list.length >= line.sessions) {
      add('invalid_usage', path, `Session usage ${usage.id} is beyond the ${line.sessions} sessions line ${usage.line} of invoice ${usage.invoice} sold: remove it or sell more sessions.`);
      continue;
    }
    list.push(toDayNumber(usage.date));
  }

  const out: RevenueLine[] = [];
  for (const { doc, index: i, sign } of selected) {
    const lines = doc.lines;
    let any = false;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.kind === 'tourist-tax') continue;
      if (method === 'sessions' ? l.servicePeriod !== undefined || l.sessions !== undefined : l.servicePeriod !== undefined) {
        any = true;
        if (method === 'sessions' && l.sessions === undefined) {
          add('invalid_method', [i, 'lines', k, 'sessions'], `The "sessions" method needs the number of sessions sold, and line ${k} of invoice ${doc.id} has none: give it sessions, or prorate it with "days", "months" or "30/360".`);
        }
      }
    }
    if (!any) continue;
    const docScale = doc.currency === undefined ? bookScale : CURRENCY_SCALES[doc.currency]!;
    const amounts = lineAmounts(lines, { pricesIncludeTax: doc.pricesIncludeTax ?? false, scale: docScale, rounding: rules.rounding, vatRounding: rules.vatRounding });
    if ('badLine' in amounts) {
      const l = lines[amounts.badLine]!;
      add('too_many_decimals', [i, 'lines', amounts.badLine, 'unitPrice'], `Unit price ${l.unitPrice} has more decimals than the currency allows (${docScale}), or quantity × unit price is too large: round it (the line amount is quantity × unit price).`);
      continue;
    }
    const foreign = doc.currency !== undefined && doc.currency !== rules.currency;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.kind === 'tourist-tax') continue;
      const inScope = l.servicePeriod !== undefined || (method === 'sessions' && l.sessions !== undefined);
      if (!inScope) continue;
      let exclTax = amounts.exclTax[k]!;
      let inclTax = amounts.inclTax[k]!;
      if (foreign) {
        exclTax = convertMinor(exclTax, doc.exchangeRate!, docScale, bookScale, rules.rounding);
        inclTax = convertMinor(inclTax, doc.exchangeRate!, docScale, bookScale, rules.rounding);
      }
      // Stryker disable next-line AssignmentOperator: sign is 1n or -1n, and dividing a bigint by ±1n is multiplying by it
      exclTax *= sign;
      // Stryker disable next-line AssignmentOperator: as above
      inclTax *= sign;
      if (exclTax > MAX || exclTax < -MAX || inclTax > MAX || inclTax < -MAX) {
        add('amount_overflow', [i, 'lines', k], `Line ${k} of invoice ${doc.id} is too large: its amount in minor units passes Number.MAX_SAFE_INTEGER.`);
        continue;
      }
      const usage = usedBy.get(l);
      out.push({
        invoice: doc,
        index: i,
        lineIndex: k,
        line: l,
        // A document's own account padded to the rules' width, as post pads it.
        account: l.account === undefined ? (l.kind === 'goods' ? rules.accounts.goods : rules.accounts.services) : rules.accountWidth === undefined ? l.account : padUnchecked(l.account, rules.accountWidth),
        exclTax: Number(exclTax),
        inclTax: Number(inclTax),
        from: l.servicePeriod ? dayOf(l.servicePeriod.from) : -1,
        to: l.servicePeriod ? dayOf(l.servicePeriod.to) : -1,
        sessions: l.sessions ?? 0,
        usage: usage ? usage.sort((a, b) => a - b) : [],
      });
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);
  return out;
}

type Add = (code: AccountingIssue['code'], path: Path, message: string) => void;
/** Day number of a valid date, NaN otherwise (cached: documents share few dates). */
type DayOf = (value: unknown) => number;

function dayCache(): DayOf {
  const days = new Map<unknown, number>();
  return (value) => {
    let d = days.get(value);
    if (d === undefined) {
      d = isIsoDate(value) ? toDayNumber(value) : NaN;
      days.set(value, d);
    }
    return d;
  };
}

const badDate = (value: unknown): string => `Invalid date ${quote(value)}: write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").`;

/** Checks the fields of an invoice that deferred revenue reads (parse with `parseDocument` for the whole schema); paths are built on error only. */
function checkInvoice(doc: Invoice, i: number, add: Add, dayOf: DayOf): void {
  if (typeof doc.id !== 'string' || doc.id.trim() === '') add('empty_id', [i, 'id'], 'The invoice id is empty: give every invoice a non-empty id.');
  if (!KINDS.has(doc.kind)) add('invalid_input', [i, 'kind'], `Unknown invoice kind ${quote(doc.kind)}: use final, deposit, proforma, credit-note or debit-note.`);
  if (!STATUSES.has(doc.status)) add('invalid_input', [i, 'status'], `Unknown invoice status ${quote(doc.status)}: use draft, issued, sent, paid or cancelled.`);
  if (Number.isNaN(dayOf(doc.date))) add('invalid_date', [i, 'date'], badDate(doc.date));
  if (doc.status === 'cancelled') {
    if (doc.cancelledOn === undefined) add('invalid_input', [i, 'cancelledOn'], 'A cancelled invoice needs cancelledOn, the day its cancellation is posted.');
    else if (Number.isNaN(dayOf(doc.cancelledOn))) add('invalid_date', [i, 'cancelledOn'], badDate(doc.cancelledOn));
  }
  if (doc.pricesIncludeTax !== undefined && typeof doc.pricesIncludeTax !== 'boolean') add('invalid_input', [i, 'pricesIncludeTax'], '"pricesIncludeTax" must be true or false.');
  if (doc.currency !== undefined) {
    if (!Object.hasOwn(CURRENCY_SCALES, doc.currency)) add('unknown_currency', [i, 'currency'], `Unknown currency ${quote(doc.currency)}: use an ISO 4217 code such as "EUR".`);
    else if (doc.exchangeRate === undefined || !/^\d+(?:\.\d+)?$/.test(doc.exchangeRate)) {
      add('missing_exchange_rate', [i, 'exchangeRate'], `Invoice ${String(doc.id)} is in ${doc.currency}: give its exchangeRate (book currency for one unit) as a decimal string.`);
    }
  }
  if (typeof doc.customer !== 'object' || doc.customer === null || typeof doc.customer.id !== 'string' || typeof doc.customer.name !== 'string') {
    add('invalid_input', [i, 'customer'], 'The invoice needs its customer { id, name }.');
  }
  if (!Array.isArray(doc.lines) || doc.lines.length === 0) {
    add('invalid_input', [i, 'lines'], 'An invoice needs at least one line.');
    return;
  }
  const lines = doc.lines;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (typeof l !== 'object' || l === null) {
      add('invalid_input', [i, 'lines', k], 'An invoice line must be an object.');
      continue;
    }
    if (typeof l.label !== 'string') add('invalid_input', [i, 'lines', k, 'label'], 'The line needs its label (a string).');
    if (l.id !== undefined && (typeof l.id !== 'string' || l.id.trim() === '')) add('empty_id', [i, 'lines', k, 'id'], 'A line id must be a non-empty string.');
    if (typeof l.quantity !== 'string' || !DECIMAL_RE.test(l.quantity)) add('invalid_amount', [i, 'lines', k, 'quantity'], `Invalid quantity ${quote(l.quantity)}: write a decimal string such as "1".`);
    if (typeof l.unitPrice !== 'string' || !DECIMAL_RE.test(l.unitPrice)) add('invalid_amount', [i, 'lines', k, 'unitPrice'], `Invalid unit price ${quote(l.unitPrice)}: write a decimal string such as "600.00".`);
    if (l.vatRate !== undefined && (typeof l.vatRate !== 'string' || !RATE_RE.test(l.vatRate))) add('invalid_rate', [i, 'lines', k, 'vatRate'], `Invalid VAT rate ${quote(l.vatRate)}: write a percentage as a string such as "20" or "5.5".`);
    if (l.account !== undefined && !isAccountNumber(l.account)) add('invalid_account', [i, 'lines', k, 'account'], `Invalid account number ${quote(l.account)}: it must start with three digits (e.g. "706100").`);
    if (l.sessions !== undefined && !(Number.isSafeInteger(l.sessions) && l.sessions > 0)) add('invalid_input', [i, 'lines', k, 'sessions'], `"sessions" must be a whole number of sessions above zero, received ${quote(l.sessions)}.`);
    const p = l.servicePeriod;
    if (p === undefined) continue;
    if (typeof p !== 'object' || p === null) {
      add('invalid_period', [i, 'lines', k, 'servicePeriod'], 'A service period must be an object { from, to } of YYYY-MM-DD dates.');
      continue;
    }
    const from = dayOf(p.from);
    const to = dayOf(p.to);
    if (Number.isNaN(from)) add('invalid_date', [i, 'lines', k, 'servicePeriod', 'from'], badDate(p.from));
    if (Number.isNaN(to)) add('invalid_date', [i, 'lines', k, 'servicePeriod', 'to'], badDate(p.to));
    if (to < from) {
      add('invalid_period', [i, 'lines', k, 'servicePeriod'], `The service period ends on ${p.to}, before it starts on ${p.from}: periods are inclusive { from, to } with to ≥ from (to is the last day served).`);
    }
  }
}
