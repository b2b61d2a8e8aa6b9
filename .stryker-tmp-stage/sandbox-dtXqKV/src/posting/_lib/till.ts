// @ts-nocheck
// Till closings: their figures, the tickets left on a customer's account as
// open items, and their transaction (internal).
import type { AuxiliaryAccount } from '../../accounts/index.js';
import type { IsoDate } from '../../calendar/index.js';
import type { TillClosing } from '../../schemas/index.js';
import type { RateInfo } from './compiled.js';
import { buildEntries, EntryList } from './entries.js';
import { computeFigures } from './figures.js';
import { partyAccount, pushDraft } from './invoices.js';
import { frDate, sourceOf } from './labels.js';
import { auxOf, fail, type Ctx, type OpenItem, type Path, type Rec, type VatLine } from './model.js';
import { decimalToMinor, mulDivRound } from './minor.js';

/** VAT and base of one rate (minor units). */
interface RateSum {
  readonly info: RateInfo;
  vat: number;
  base: number;
}

/** What a till closing posts, worked out once (a payment settling one of its tickets reads it before it posts). */
export interface TillInfo {
  readonly revenue: ReadonlyArray<{ readonly account: string; readonly zero: boolean; readonly base: number }>;
  /** VAT collected, per rate. */
  readonly collected: ReadonlyArray<RateSum>;
  /** VAT waiting for the payment of tickets left on account (services, on a receipt basis), per rate. */
  readonly pending: ReadonlyArray<RateSum>;
  /** Amount per method account, or per `customer\u0000<id>` for methods paid from the customer's account. */
  readonly methods: ReadonlyMap<string, number>;
  readonly cash: number;
  readonly expected: number;
  readonly counted: number;
  /** The tickets left (in part) on a customer's account, by ticket id: their open items. */
  readonly items: ReadonlyMap<string, OpenItem>;
}

function addTo(list: RateSum[], info: RateInfo, vat: number, base: number): void {
  if (vat === 0 && base === 0) return;
  const x = list.find((y) => y.info === info);
  if (x) {
    x.vat += vat;
    x.base += base;
  } else list.push({ info, vat, base });
}

/**
 * The figures of a till closing, checked (issues on the record); undefined
 * after an issue. A ticket whose payments leave a rest is an open item on its
 * customer's account (the ticket id as open item); on a receipt basis the VAT
 * of its services is collected for the part paid at the till and waits on
 * pending VAT for the rest, moved by the payments that settle the ticket.
 */
export function tillInfo(ctx: Ctx, rec: Rec): TillInfo | undefined {
  if (rec.till !== undefined) return rec.till ?? undefined;
  rec.till = null;
  const d = rec.doc as TillClosing;
  const rules = ctx.c.rules;
  const onReceipt = rules.vatExigibility === 'on-receipt';
  const revenue: Array<{ account: string; rate: string | undefined; zero: boolean; base: number }> = [];
  const collected: RateSum[] = [];
  const pending: RateSum[] = [];
  const methods = new Map<string, number>();
  const items = new Map<string, OpenItem>();
  let cash = 0;
  const before = rec.issues.length;
  d.tickets.forEach((t, k) => {
    const f = computeFigures(t.lines, { rules: ctx.c, scale: ctx.scale, pricesIncludeTax: d.pricesIncludeTax !== false, mode: 'sale', path: ['tickets', k, 'lines'], sink: rec, tourist: true });
    let paid = 0;
    t.payments.forEach((p, j) => {
      const path: Path = ['tickets', k, 'payments', j];
      const m = ctx.c.method(p.method);
      const amount = decimalToMinor(p.amount, ctx.scale);
      if (!m) {
        fail(rec, 'invalid_method', [...path, 'method'], `Unknown payment method "${p.method}": use one of ${Object.keys(rules.paymentMethods).join(', ')}, or map it in the rules.`);
        return;
      }
      if (!Number.isFinite(amount)) {
        fail(rec, 'too_many_decimals', [...path, 'amount'], `Amount ${p.amount} has more decimals than the currency allows.`);
        return;
      }
      if (m.account === 'customer' && !t.customer) {
        fail(rec, 'invalid_input', [...path, 'method'], `Method "${p.method}" is paid from the customer's account: give the ticket's customer.`);
        return;
      }
      paid += amount;
      const key = m.account === 'customer' ? `customer\u0000${t.customer!.id}` : m.account;
      methods.set(key, (methods.get(key) ?? 0) + amount);
      if (m.account === rules.accounts.cash) cash += amount;
    });
    if (!f) return;
    if (paid > f.total) {
      fail(rec, 'over_allocation', ['tickets', k, 'payments'], `Ticket ${t.id} totals ${f.total} minor units but its payments add up to ${paid}: record the change given back (cash payments net of change).`);
      return;
    }
    const rest = f.total - paid;
    const buckets: VatLine[] = [];
    if (rest > 0) {
      if (!t.customer) {
        fail(rec, 'invalid_input', ['tickets', k, 'payments'], `Ticket ${t.id} totals ${f.total} minor units but its payments add up to ${paid}: record every payment, or give the customer whose account takes the rest.`);
        return;
      }
      const account = partyAccount(ctx, rec, t.customer.account, rules.accounts.customers, ['tickets', k, 'customer', 'account']);
      if (account === undefined) return;
      const aux: AuxiliaryAccount = auxOf(ctx, t.customer);
      items.set(t.id, { id: t.id, rec, kind: 'invoice', aux, customerAccount: account, currency: ctx.c.currency, conv: undefined, total: rest, totalBook: rest, settled: 0, buckets });
    }
    for (const g of f.groups) {
      const rate = g.rate?.rate;
      const x = revenue.find((y) => y.account === g.account && y.rate === rate);
      if (x) x.base += g.base;
      else revenue.push({ account: g.account, rate, zero: g.rate?.zero ?? false, base: g.base });
    }
    for (const rt of f.rates) {
      if (rt.info.zero) continue;
      // On a receipt basis, the services' VAT of the rest on account waits for its payment (cumulative shares: settling it all moves it all).
      const vat = onReceipt && rest > 0 ? mulDivRound(rt.vat - rt.flagVat, rest, f.total, ctx.mode) : 0;
      const base = onReceipt && rest > 0 ? mulDivRound(rt.base - rt.flagBase, rest, f.total, ctx.mode) : 0;
      addTo(collected, rt.info, rt.vat - vat, rt.base - base);
      if (vat === 0 && base === 0) continue;
      addTo(pending, rt.info, vat, base);
      buckets.push({ info: rt.info, pending: true, account: rt.info.pending, vat, vatBook: vat, base, baseBook: base });
    }
  });
  const expected = d.expectedCash === undefined ? cash : decimalToMinor(d.expectedCash, ctx.scale);
  const counted = d.countedCash === undefined ? expected : decimalToMinor(d.countedCash, ctx.scale);
  if (!Number.isFinite(expected)) fail(rec, 'too_many_decimals', ['expectedCash'], `Amount ${d.expectedCash} has more decimals than the currency allows.`);
  if (!Number.isFinite(counted)) fail(rec, 'too_many_decimals', ['countedCash'], `Amount ${d.countedCash} has more decimals than the currency allows.`);
  if (rec.issues.length > before) return undefined;
  const info: TillInfo = { revenue, collected, pending, methods, cash, expected, counted, items };
  rec.till = info;
  return info;
}

/**
 * A till closing: Dt each method, Dt 411 for each ticket left on account (the
 * ticket id as open item) / Ct revenue per account, VAT collected per rate,
 * pending VAT per rate (tickets on account, receipt basis); the cash
 * difference to 658 / 758.
 */
export function tillDrafts(ctx: Ctx, rec: Rec): void {
  const info = tillInfo(ctx, rec);
  if (!info) return;
  const d = rec.doc as TillClosing;
  const rules = ctx.c.rules;
  const list = new EntryList();
  const difference = info.counted - info.expected;
  for (const [key, amount] of info.methods) {
    if (key.startsWith('customer\u0000')) {
      const t = d.tickets.find((x) => x.customer?.id === key.slice(9))!;
      list.add(t.customer!.account === undefined ? rules.accounts.customers : ctx.c.pad(t.customer!.account), amount, { auxiliary: auxOf(ctx, t.customer!) });
    } else list.add(key, key === rules.accounts.cash ? amount + difference : amount);
  }
  if (difference !== 0 && !info.methods.has(rules.accounts.cash)) list.add(rules.accounts.cash, difference);
  if (difference < 0) list.add(rules.accounts.cashShortage, -difference);
  if (difference > 0) list.add(rules.accounts.cashOverage, -difference);
  for (const item of info.items.values()) list.add(item.customerAccount, item.total, { auxiliary: item.aux, openItem: item.id });
  for (const g of info.revenue) list.add(g.account, -g.base, g.zero ? { vatRate: '0', vatBase: -g.base } : undefined);
  for (const v of info.collected) list.add(v.info.collected, -v.vat, { vatRate: v.info.rate, vatBase: -v.base });
  for (const v of info.pending) list.add(v.info.pending, -v.vat, { vatRate: v.info.rate, vatBase: -v.base });
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, balance: -1 });
  const date = d.day as IsoDate;
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal('cash'), type: 'cash-closing', label: `Clôture de caisse ${d.till} du ${frDate(date)} (${d.tickets.length} ticket${d.tickets.length > 1 ? 's' : ''})`, pieceRef: d.number ?? d.id, pieceDate: date, source: sourceOf(d), entries }, ['day']);
}
