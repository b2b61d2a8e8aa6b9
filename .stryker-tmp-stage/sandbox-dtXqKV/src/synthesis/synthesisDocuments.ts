// @ts-nocheck
import { toPeriod, type IsoDate, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { minorToDecimal, type Decimal } from '../money/index.js';
import type { PostingRules } from '../posting/rules.js';
import { cancelledBy, due, endsIn, forStayInvoices, isAncillary, kindSign, viewOf } from './_lib/sales.js';
import { CREDIT_NOTE } from './_lib/tables.js';
import { documentsOf, type DocumentIndex } from './documentIndex.js';

/**
 * The document lists of the synthesis screen.
 *
 * @example
 * ```ts
 * const list: SynthesisListName = 'invoices';
 * ```
 */
export type SynthesisListName = 'stays' | 'ancillary-sales' | 'invoices' | 'tickets' | 'expenses' | 'receipts';

/**
 * The list names, in screen order.
 *
 * @example
 * ```ts
 * SYNTHESIS_LISTS.includes('stays') //=> true
 * ```
 */
export const SYNTHESIS_LISTS: ReadonlyArray<SynthesisListName> = Object.freeze(['stays', 'ancillary-sales', 'invoices', 'tickets', 'expenses', 'receipts'] as const);

/**
 * The columns a list can be sorted by.
 *
 * @example
 * ```ts
 * const column: SynthesisSortColumn = 'remaining';
 * ```
 */
export type SynthesisSortColumn = 'reference' | 'date' | 'arrival' | 'departure' | 'name' | 'kind' | 'title' | 'account' | 'method' | 'documents' | 'exclTax' | 'inclTax' | 'paid' | 'deducted' | 'credited' | 'remaining';

const SORT_COLUMNS: ReadonlySet<string> = new Set<SynthesisSortColumn>(['reference', 'date', 'arrival', 'departure', 'name', 'kind', 'title', 'account', 'method', 'documents', 'exclTax', 'inclTax', 'paid', 'deducted', 'credited', 'remaining']);
const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(['exclTax', 'inclTax', 'paid', 'deducted', 'credited', 'remaining']);

/**
 * Options of {@link synthesisDocuments}.
 *
 * @example
 * ```ts
 * const options: SynthesisDocumentsOptions = { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'invoices', unpaidOnly: true, sort: { by: 'remaining', direction: 'desc' } };
 * ```
 */
export interface SynthesisDocumentsOptions {
  /** The period, inclusive: stays ending in it, documents dated in it; amounts paid and remaining are as of its last day. */
  readonly period: PeriodInput;
  /** Which list: stays, ancillary sales, invoices, tickets, expenses or receipts. */
  readonly list: SynthesisListName;
  /** Only the rows with something left to pay (remaining ≠ 0). @defaultValue false */
  readonly unpaidOnly?: boolean;
  /**
   * Sort order; amounts compare as numbers, texts alphabetically (French
   * collation), equal rows keep the document order.
   * @defaultValue document order
   */
  readonly sort?: {
    /** The column to sort by. */
    readonly by: SynthesisSortColumn;
    /** `asc` (default) or `desc`. */
    readonly direction?: 'asc' | 'desc';
  };
  /**
   * Keep the rows whose name, reference, id, title, account, method (code
   * or label) or documents contain the text (case and accents ignored), or one of whose
   * amounts (excl. tax, incl. tax, paid, remaining) equals it when the text is
   * an amount (`12,50` or `12.50`).
   */
  readonly search?: string;
  /** Tickets only: this till's. */
  readonly till?: string;
  /** @defaultValue defaultRules() */
  readonly rules?: PostingRules;
}

/**
 * One row of a document list. Amounts are incl. tax unless named otherwise;
 * `paid` and `remaining` are absent on expenses and receipts.
 *
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const row = synthesisDocuments([invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'invoices' })[0]!;
 * row.reference //=> 'FA2024-0101'
 * row.remaining?.toFixed(2) //=> '476.60'
 * ```
 */
export interface SynthesisDocumentRow {
  /** The list the row belongs to. */
  readonly list: SynthesisListName;
  /** The document id (for a ticket: closing id / ticket id). */
  readonly id: string;
  /** Stay, invoice, ticket, supplier invoice or receipt number (the id when none). */
  readonly reference: string;
  /** Invoice, ticket (closing day), expense or receipt date; a stay's departure. */
  readonly date: IsoDate;
  /** Stays: the arrival date; absent on other lists. */
  readonly arrival?: IsoDate;
  /** Stays: the departure date; absent on other lists. */
  readonly departure?: IsoDate;
  /** Customer (supplier for expenses) name; '' when none. */
  readonly name: string;
  /** Invoice kind (`final`, `deposit`, `proforma`, `credit-note`, `debit-note`). */
  readonly kind?: string;
  /** Expenses: the purchase's memo, else its first line's label. */
  readonly title?: string;
  /** Expenses: the accounts of the lines, space-separated. */
  readonly account?: string;
  /** Receipts: the method, as the document gives it (`transfer`). */
  readonly method?: string;
  /** Receipts: the method's label in the rules (`virement`; by default the French label table's word). */
  readonly methodLabel?: string;
  /** Receipts: the invoices or ticket paid, space-separated numbers. Tickets: the till. */
  readonly documents?: string;
  /** Total excl. tax (« HT »); absent on receipt rows. */
  readonly exclTax?: Decimal;
  /** Total incl. tax (« TTC »), in the currency's major unit; a credit note's is negative. */
  readonly inclTax: Decimal;
  /** Payments less refunds dated by the period end (on a credit note: refunded or used as payment). */
  readonly paid?: Decimal;
  /**
   * Invoice rows (invoices, ancillary sales): the deposits (and proforma
   * receipts) a final invoice deducts; 0 on other invoices.
   */
  readonly deducted?: Decimal;
  /**
   * Invoice rows: what credit notes took off the invoice by the period end
   * (on a credit note: what it took off the invoice it corrects); on an
   * invoice cancelled by then, everything its cancellation took off (all
   * that was neither paid nor deducted).
   */
  readonly credited?: Decimal;
  /** What is left to pay at the period end; on invoice rows `paid + deducted + credited + remaining = inclTax`. */
  readonly remaining?: Decimal;
  /** What was paid by method (the detail behind `paid`). */
  readonly paidByMethod?: ReadonlyArray<{
    /** The payment method as the documents give it. */
    readonly method: string;
    /** The method's label in the rules. */
    readonly label: string;
    /** Σ paid by that method (refunds negative). */
    readonly amount: Decimal;
  }>;
}

/**
 * A document list of the synthesis screen — stays ending in the period,
 * ancillary sales, invoices, tickets, expenses or receipts — with amounts
 * excl. and incl. tax, paid and remaining (as of the period end) — on
 * invoice rows also the deposits deducted and what credit notes (or a
 * cancellation) took off, so that paid + deducted + credited + remaining =
 * incl. tax —, optionally
 * filtered to the unpaid rows, searched and sorted.
 *
 * @param documents - the documents, as for `accountingSynthesis`, or their `indexDocuments` index
 * @param options - period, list, filter, search, sort
 * @returns the rows, frozen
 * @throws AccountingError `invalid_period`, `invalid_option` (list, sort, search, till; an index built with other rules), and every issue of an invalid document
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const rows = synthesisDocuments([invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'stays', unpaidOnly: true });
 * rows.map((r) => [r.reference, r.inclTax.toFixed(2), r.remaining?.toFixed(2)]) //=> [['S2024-0042', '476.60', '476.60']]
 * ```
 */
export function synthesisDocuments(documents: Iterable<unknown> | DocumentIndex, options: SynthesisDocumentsOptions): ReadonlyArray<SynthesisDocumentRow> {
  if (typeof options !== 'object' || options === null) fail('invalid_period', ['period'], 'Give the period as options.period { from, to }.');
  const period = toPeriod(options.period);
  if (!SYNTHESIS_LISTS.includes(options.list)) fail('invalid_option', ['list'], `Unknown list ${JSON.stringify(options.list)}: use one of ${SYNTHESIS_LISTS.join(', ')}.`);
  if (options.unpaidOnly !== undefined && typeof options.unpaidOnly !== 'boolean') fail('invalid_option', ['unpaidOnly'], 'options.unpaidOnly must be true or false.');
  if (options.search !== undefined && typeof options.search !== 'string') fail('invalid_option', ['search'], 'options.search must be a text.');
  if (options.till !== undefined && typeof options.till !== 'string') fail('invalid_option', ['till'], 'options.till must be a till id.');
  const sort = options.sort;
  if (sort !== undefined) {
    if (typeof sort !== 'object' || sort === null || !SORT_COLUMNS.has(sort.by)) fail('invalid_option', ['sort', 'by'], `Unknown sort column ${JSON.stringify((sort as { by?: unknown } | null)?.by)}: use one of ${[...SORT_COLUMNS].join(', ')}.`);
    if (sort.direction !== undefined && sort.direction !== 'asc' && sort.direction !== 'desc') fail('invalid_option', ['sort', 'direction'], 'options.sort.direction must be "asc" or "desc".');
  }
  const docs = documentsOf(documents, options.rules);
  const v = viewOf(docs, period);
  const { from, to } = v;
  const scale = docs.scale;
  const d = (m: number): Decimal => minorToDecimal(m, scale);
  const unpaidOnly = options.unpaidOnly === true;
  const inv = docs.invoices;
  const P = docs.payments;
  const methodNames = docs.methods;
  /** A method's word: its label in the rules (from the French label table unless the rules change it). */
  const wordOf = (method: string): string => docs.c.method(method)?.label ?? method;

  // Allocations of the payments dated up to the period end, by invoice (built when a list shows invoices).
  let byInvoice: { start: Int32Array; alloc: Int32Array; payment: Int32Array } | undefined;
  const allocationsByInvoice = (): { start: Int32Array; alloc: Int32Array; payment: Int32Array } => {
    if (byInvoice) return byInvoice;
    const start = new Int32Array(inv.size + 1);
    for (let p = 0; p < P.size; p++) {
      if (P.day[p]! > to) continue;
      for (let a = P.allocStart[p]!; a < P.allocStart[p + 1]!; a++) {
        const t = P.allocTarget[a]! + 1;
        start[t] = start[t]! + 1;
      }
    }
    for (let r = 0; r < inv.size; r++) start[r + 1] = start[r + 1]! + start[r]!;
    const fill = start.slice(0, inv.size);
    const alloc = new Int32Array(start[inv.size]!);
    const payment = new Int32Array(alloc.length);
    for (let p = 0; p < P.size; p++) {
      if (P.day[p]! > to) continue;
      for (let a = P.allocStart[p]!; a < P.allocStart[p + 1]!; a++) {
        const t = P.allocTarget[a]!;
        const at = fill[t]!;
        fill[t] = at + 1;
        alloc[at] = a;
        payment[at] = p;
      }
    }
    return (byInvoice = { start, alloc, payment });
  };
  /** What was paid by method on these invoices (credit notes negative), up to the period end. */
  const methodsOf = (list: ReadonlyArray<number>): Array<{ method: string; label: string; amount: Decimal }> => {
    const { start, alloc, payment } = allocationsByInvoice();
    const sum = new Map<number, number>();
    for (const r of list) {
      const s = kindSign(inv, r);
      for (let k = start[r]!; k < start[r + 1]!; k++) {
        const p = payment[k]!;
        const m = P.allocAmount[alloc[k]!]!;
        const signed = P.refund[p] === 1 && inv.kind[r] !== CREDIT_NOTE ? -m : m;
        sum.set(P.method[p]!, (sum.get(P.method[p]!) ?? 0) + s * signed);
      }
    }
    return [...sum.entries()]
      .map(([k, amount]) => ({ method: methodNames[k]!, amount }))
      .sort((a, b) => (a.method < b.method ? -1 : 1))
      .map(({ method, amount }) => Object.freeze({ method, label: wordOf(method), amount: d(amount) }));
  };
  /** Remaining on an invoice: nothing is owed on a cancelled one. */
  const remainingOf = (r: number): number => (cancelledBy(inv, r, to) ? 0 : due(v, r) - v.paid[r]! - v.credited[r]!);
  const invoiceRow = (list: SynthesisListName, r: number): SynthesisDocumentRow => {
    const doc = inv.docs[r]!;
    const deducted = inv.inclTax[r]! - due(v, r);
    // A cancellation takes off whatever was neither paid nor deducted: the row still adds up to its total.
    const credited = cancelledBy(inv, r, to) ? inv.inclTax[r]! - deducted - v.paid[r]! : v.credited[r]!;
    return freeze({
      list,
      id: doc.id,
      reference: doc.number ?? doc.id,
      date: doc.date as IsoDate,
      name: doc.customer.name,
      kind: doc.kind,
      exclTax: d(inv.exclTax[r]!),
      inclTax: d(inv.inclTax[r]!),
      paid: d(v.paid[r]!),
      deducted: d(deducted),
      credited: d(credited),
      remaining: d(remainingOf(r)),
      paidByMethod: methodsOf([r]),
    });
  };

  let rows: SynthesisDocumentRow[] = [];
  switch (options.list) {
    case 'stays': {
      const stays = docs.stays;
      for (let s = 0; s < stays.size; s++) {
        if (!endsIn(stays, s, from, to)) continue;
        let exclTax = 0;
        let inclTax = 0;
        forStayInvoices(inv, stays, s, to, (r) => {
          exclTax += kindSign(inv, r) * inv.exclTax[r]!;
          inclTax += kindSign(inv, r) * inv.inclTax[r]!;
        });
        const issued: number[] = [];
        let paid = 0;
        for (let k = stays.invoiceStart[s]!; k < stays.invoiceStart[s + 1]!; k++) {
          const r = stays.invoices[k]!;
          if (inv.draft[r] === 1) continue;
          issued.push(r);
          paid += kindSign(inv, r) * v.paid[r]!;
        }
        if (unpaidOnly && inclTax - paid === 0) continue;
        const doc = stays.docs[s]!;
        rows.push(
          freeze({
            list: 'stays',
            id: doc.id,
            reference: doc.number ?? doc.id,
            date: doc.departure as IsoDate,
            arrival: doc.arrival as IsoDate,
            departure: doc.departure as IsoDate,
            name: doc.customer.name,
            exclTax: d(exclTax),
            inclTax: d(inclTax),
            paid: d(paid),
            remaining: d(inclTax - paid),
            paidByMethod: methodsOf(issued),
          }),
        );
      }
      break;
    }
    case 'ancillary-sales':
      for (let r = 0; r < inv.size; r++) {
        if (isAncillary(inv, r, from, to) && !(unpaidOnly && remainingOf(r) === 0)) rows.push(invoiceRow('ancillary-sales', r));
      }
      break;
    case 'invoices':
      for (let r = 0; r < inv.size; r++) {
        const day = inv.day[r]!;
        if (inv.draft[r] === 0 && day >= from && day <= to && !(unpaidOnly && remainingOf(r) === 0)) rows.push(invoiceRow('invoices', r));
      }
      break;
    case 'tickets':
      for (const t of docs.tickets) {
        if (t.day < from || t.day > to) continue;
        if (options.till !== undefined && t.closing.till !== options.till) continue;
        if (unpaidOnly && t.figures.inclTax - t.paid === 0) continue;
        const methods = new Map<string, number>();
        t.ticket.payments.forEach((p, j) => methods.set(p.method, (methods.get(p.method) ?? 0) + t.payments[j]!));
        rows.push(
          freeze({
            list: 'tickets',
            id: `${t.closing.id}/${t.ticket.id}`,
            reference: t.ticket.number ?? t.ticket.id,
            date: t.closing.day as IsoDate,
            name: t.ticket.customer?.name ?? '',
            documents: t.closing.till,
            exclTax: d(t.figures.exclTax),
            inclTax: d(t.figures.inclTax),
            paid: d(t.paid),
            remaining: d(t.figures.inclTax - t.paid),
            paidByMethod: [...methods.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([method, amount]) => Object.freeze({ method, label: wordOf(method), amount: d(amount) })),
          }),
        );
      }
      break;
    case 'expenses':
      if (unpaidOnly) break; // an expense has no remaining amount here
      for (const p of docs.purchases) {
        if (p.day < from || p.day > to) continue;
        rows.push(
          freeze({
            list: 'expenses',
            id: p.doc.id,
            reference: p.doc.number,
            date: p.doc.date as IsoDate,
            name: p.doc.supplier.name,
            kind: p.doc.kind ?? 'invoice',
            title: p.doc.memo ?? p.doc.lines[0]?.label ?? '',
            account: [...new Set(p.doc.lines.map((l) => l.account))].join(' '),
            exclTax: d(p.exclTax),
            inclTax: d(p.inclTax),
          }),
        );
      }
      break;
    case 'receipts':
      if (unpaidOnly) break; // a receipt has no remaining amount
      for (let p = 0; p < P.size; p++) {
        const day = P.day[p]!;
        if (day < from || day > to) continue;
        const doc = P.docs[p]!;
        const s = P.refund[p] === 1 ? -1 : 1;
        const base = { list: 'receipts' as const, id: doc.id, reference: doc.number ?? doc.id, date: doc.date as IsoDate, name: doc.customer.name, method: doc.method, methodLabel: wordOf(doc.method) };
        const paidFor: string[] = [];
        for (let a = P.allocStart[p]!; a < P.allocStart[p + 1]!; a++) {
          const t = inv.docs[P.allocTarget[a]!]!;
          paidFor.push(t.number ?? t.id);
        }
        rows.push(freeze({ ...base, documents: paidFor.join(' '), inclTax: d(s * P.amount[p]!) }));
        const creditNote = P.creditNote[p]!;
        const draw = P.draw[p]!;
        if (creditNote >= 0 && draw > 0) {
          rows.push(freeze({ ...base, documents: inv.docs[creditNote]!.number ?? inv.docs[creditNote]!.id, inclTax: d(-draw) }));
        }
      }
      for (const t of docs.tickets) {
        if (t.day < from || t.day > to) continue;
        t.ticket.payments.forEach((pay, j) => {
          rows.push(freeze({ list: 'receipts', id: `${t.closing.id}/${t.ticket.id}`, reference: t.closing.number ?? t.closing.id, date: t.closing.day as IsoDate, name: t.ticket.customer?.name ?? '', method: pay.method, methodLabel: wordOf(pay.method), documents: t.ticket.number ?? t.ticket.id, inclTax: d(t.payments[j]!) }));
        });
      }
      break;
  }

  if (options.search !== undefined && options.search.trim() !== '') rows = rows.filter(matcher(options.search));
  if (sort !== undefined) {
    const by = sort.by;
    const dir = sort.direction === 'desc' ? -1 : 1;
    const n = rows.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const values = rows.map((row) => (row as unknown as Record<string, unknown>)[by]);
    let compare: (x: unknown, y: unknown) => number;
    if (AMOUNT_COLUMNS.has(by)) {
      // amounts compare as numbers of minor units (exact: they came from minor units)
      const keys = values.map((x) => (x === undefined ? 0 : Number((x as Decimal).toFixed(scale).replace('.', ''))));
      values.forEach((x, i) => (values[i] = x === undefined ? undefined : keys[i]));
      compare = (x, y) => (x as number) - (y as number);
    } else {
      const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
      compare = (x, y) => collator.compare(String(x), String(y));
    }
    order.sort((a, b) => {
      const x = values[a];
      const y = values[b];
      if (x === undefined || y === undefined) return x === y ? a - b : x === undefined ? 1 : -1;
      const c = compare(x, y);
      return c !== 0 ? dir * c : a - b;
    });
    rows = order.map((i) => rows[i]!);
  }
  return Object.freeze(rows);
}

function freeze(row: Record<string, unknown>): SynthesisDocumentRow {
  if (Array.isArray(row.paidByMethod)) row.paidByMethod = Object.freeze(row.paidByMethod);
  return Object.freeze(row) as unknown as SynthesisDocumentRow;
}

const AMOUNT_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/** Case- and accent-insensitive folding for search. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function matcher(search: string): (row: SynthesisDocumentRow) => boolean {
  const text = search.trim();
  const needle = fold(text);
  const amount = AMOUNT_TEXT.test(text) ? text.replace(',', '.') : undefined;
  return (row) => {
    for (const field of [row.name, row.reference, row.id, row.title, row.account, row.method, row.methodLabel, row.documents]) {
      if (field !== undefined && fold(field).includes(needle)) return true;
    }
    if (amount !== undefined) {
      for (const v of [row.exclTax, row.inclTax, row.paid, row.remaining]) if (v !== undefined && v.eq(amount)) return true;
    }
    return false;
  };
}
