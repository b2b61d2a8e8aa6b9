import { toPeriod, type IsoDate } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { minorToDecimal, type Decimal } from '../money/index.js';
import type { PostingRules } from '../posting/rules.js';
import { readDocuments } from './_lib/read.js';
import { due, endsIn, isAncillary, kindSign, forStayInvoices } from './_lib/sales.js';

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
export type SynthesisSortColumn = 'reference' | 'date' | 'arrival' | 'departure' | 'name' | 'kind' | 'title' | 'account' | 'method' | 'documents' | 'exclTax' | 'inclTax' | 'paid' | 'remaining';

const SORT_COLUMNS: ReadonlySet<string> = new Set<SynthesisSortColumn>(['reference', 'date', 'arrival', 'departure', 'name', 'kind', 'title', 'account', 'method', 'documents', 'exclTax', 'inclTax', 'paid', 'remaining']);
const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(['exclTax', 'inclTax', 'paid', 'remaining']);

/**
 * Options of {@link synthesisDocuments}.
 *
 * @example
 * ```ts
 * const options: SynthesisDocumentsOptions = { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'invoices', unpaidOnly: true, sort: { by: 'remaining', direction: 'desc' } };
 * ```
 */
export interface SynthesisDocumentsOptions {
  readonly period: { readonly from: string; readonly to: string };
  readonly list: SynthesisListName;
  /** Only the rows with something left to pay (remaining ≠ 0). @defaultValue false */
  readonly unpaidOnly?: boolean;
  /**
   * Sort order; amounts compare as numbers, texts alphabetically (French
   * collation), equal rows keep the document order.
   * @defaultValue document order
   */
  readonly sort?: { readonly by: SynthesisSortColumn; readonly direction?: 'asc' | 'desc' };
  /**
   * Keep the rows whose name, reference, id, title, account, method or
   * documents contain the text (case and accents ignored), or one of whose
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
 * row.reference //=> 'FA2024-0101'
 * row.remaining?.toFixed(2) //=> '476.60'
 * ```
 */
export interface SynthesisDocumentRow {
  readonly list: SynthesisListName;
  /** The document id (for a ticket: closing id / ticket id). */
  readonly id: string;
  /** Stay, invoice, ticket, supplier invoice or receipt number (the id when none). */
  readonly reference: string;
  /** Invoice, ticket (closing day), expense or receipt date; a stay's departure. */
  readonly date: IsoDate;
  readonly arrival?: IsoDate;
  readonly departure?: IsoDate;
  /** Customer (supplier for expenses) name; '' when none. */
  readonly name: string;
  /** Invoice kind (`final`, `deposit`, `proforma`, `credit-note`, `debit-note`). */
  readonly kind?: string;
  /** Expenses: the purchase's memo, else its first line's label. */
  readonly title?: string;
  /** Expenses: the accounts of the lines, space-separated. */
  readonly account?: string;
  /** Receipts: the method. */
  readonly method?: string;
  /** Receipts: the invoices or ticket paid, space-separated numbers. Tickets: the till. */
  readonly documents?: string;
  readonly exclTax?: Decimal;
  readonly inclTax: Decimal;
  readonly paid?: Decimal;
  readonly remaining?: Decimal;
  /** What was paid by method (the detail behind `paid`). */
  readonly paidByMethod?: ReadonlyArray<{ readonly method: string; readonly amount: Decimal }>;
}

/**
 * A document list of the synthesis screen — stays ending in the period,
 * ancillary sales, invoices, tickets, expenses or receipts — with amounts
 * excl. and incl. tax, paid and remaining (as of the period end), optionally
 * filtered to the unpaid rows, searched and sorted.
 *
 * @param documents - the documents, as for `accountingSynthesis`
 * @param options - period, list, filter, search, sort
 * @returns the rows, frozen
 * @throws AccountingError `invalid_period`, `invalid_option` (list, sort, search, till), and every issue of an invalid document
 * @example
 * ```ts
 * const rows = synthesisDocuments([invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'stays', unpaidOnly: true });
 * rows.map((r) => [r.reference, r.inclTax.toFixed(2), r.remaining?.toFixed(2)]) //=> [['S2024-0042', '476.60', '476.60']]
 * ```
 */
export function synthesisDocuments(documents: Iterable<unknown>, options: SynthesisDocumentsOptions): ReadonlyArray<SynthesisDocumentRow> {
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
  const docs = readDocuments(documents, period, options.rules);
  const scale = docs.scale;
  const d = (m: number): Decimal => minorToDecimal(m, scale);
  const { from, to } = period;

  // Payments by method of each invoice, up to the period end.
  const inv = docs.invoices;
  const byMethod = new Map<number, Map<string, number>>();
  const addPaid = (rec: number, method: string, amount: number): void => {
    let m = byMethod.get(rec);
    if (!m) byMethod.set(rec, (m = new Map()));
    m.set(method, (m.get(method) ?? 0) + amount);
  };
  const P = docs.payments;
  const targetsOf = (p: number): number[] => P.allocTarget.slice(P.allocStart[p]!, P.allocStart[p + 1]!);
  for (let p = 0; p < P.size; p++) {
    const doc = P.docs[p]!;
    if (doc.date > to) continue;
    const refund = doc.type === 'refund';
    for (let a = P.allocStart[p]!; a < P.allocStart[p + 1]!; a++) {
      const target = P.allocTarget[a]!;
      const m = P.allocAmount[a]!;
      addPaid(target, doc.method, refund && inv.docs[target]!.kind !== 'credit-note' ? -m : m);
    }
  }
  const methodsOf = (list: ReadonlyArray<number>): Array<{ method: string; amount: Decimal }> => {
    const sum = new Map<string, number>();
    for (const r of list) {
      const s = kindSign(inv, r);
      for (const [method, amount] of byMethod.get(r) ?? []) sum.set(method, (sum.get(method) ?? 0) + s * amount);
    }
    return [...sum.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([method, amount]) => Object.freeze({ method, amount: d(amount) }));
  };
  const invoiceRow = (list: SynthesisListName, r: number): SynthesisDocumentRow => {
    const doc = inv.docs[r]!;
    return freeze({
      list,
      id: doc.id,
      reference: doc.number ?? doc.id,
      date: doc.date as IsoDate,
      name: doc.customer.name,
      kind: doc.kind,
      exclTax: d(inv.exclTax[r]!),
      inclTax: d(inv.inclTax[r]!),
      paid: d(inv.paid[r]!),
      remaining: d(inv.cancelled[r] === 1 ? 0 : due(inv, r) - inv.paid[r]! - inv.credited[r]!), // nothing is owed on a cancelled invoice
      paidByMethod: methodsOf([r]),
    });
  };

  let rows: SynthesisDocumentRow[] = [];
  switch (options.list) {
    case 'stays':
      for (let s = 0; s < docs.stays.size; s++) {
        if (!endsIn(docs.stays, s, period)) continue;
        const st = { doc: docs.stays.docs[s]!, invoices: docs.stays.invoices.slice(docs.stays.invoiceStart[s]!, docs.stays.invoiceStart[s + 1]!) };
        let exclTax = 0;
        let inclTax = 0;
        forStayInvoices(inv, docs.stays, s, (r) => {
          exclTax += kindSign(inv, r) * inv.exclTax[r]!;
          inclTax += kindSign(inv, r) * inv.inclTax[r]!;
        });
        let paid = 0;
        for (const r of st.invoices) if (inv.docs[r]!.status !== 'draft') paid += kindSign(inv, r) * inv.paid[r]!;
        rows.push(
          freeze({
            list: 'stays',
            id: st.doc.id,
            reference: st.doc.number ?? st.doc.id,
            date: st.doc.departure as IsoDate,
            arrival: st.doc.arrival as IsoDate,
            departure: st.doc.departure as IsoDate,
            name: st.doc.customer.name,
            exclTax: d(exclTax),
            inclTax: d(inclTax),
            paid: d(paid),
            remaining: d(inclTax - paid),
            paidByMethod: methodsOf(st.invoices.filter((r) => inv.docs[r]!.status !== 'draft')),
          }),
        );
      }
      break;
    case 'ancillary-sales':
      for (let r = 0; r < inv.size; r++) if (isAncillary(inv, r, period)) rows.push(invoiceRow('ancillary-sales', r));
      break;
    case 'invoices':
      for (let r = 0; r < inv.size; r++) {
        const doc = inv.docs[r]!;
        if (doc.status !== 'draft' && doc.date >= from && doc.date <= to) rows.push(invoiceRow('invoices', r));
      }
      break;
    case 'tickets':
      for (const t of docs.tickets) {
        if (options.till !== undefined && t.closing.till !== options.till) continue;
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
            paidByMethod: [...methods.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([method, amount]) => Object.freeze({ method, amount: d(amount) })),
          }),
        );
      }
      break;
    case 'expenses':
      for (const p of docs.purchases) {
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
      for (let p = 0; p < P.size; p++) {
        const doc = P.docs[p]!;
        const amount = P.amount[p]!;
        const creditNote = P.creditNote[p]!;
        if (doc.date < from || doc.date > to) continue;
        const s = doc.type === 'refund' ? -1 : 1;
        const base = { list: 'receipts' as const, id: doc.id, reference: doc.number ?? doc.id, date: doc.date as IsoDate, name: doc.customer.name, method: doc.method };
        rows.push(freeze({ ...base, documents: targetsOf(p).map((t) => inv.docs[t]!.number ?? inv.docs[t]!.id).join(' '), inclTax: d(s * amount) }));
        const draw = P.draw[p]!;
        if (creditNote >= 0 && draw > 0) {
          rows.push(freeze({ ...base, documents: inv.docs[creditNote]!.number ?? inv.docs[creditNote]!.id, inclTax: d(-draw) }));
        }
      }
      for (const t of docs.tickets) {
        t.ticket.payments.forEach((pay, j) => {
          rows.push(freeze({ list: 'receipts', id: `${t.closing.id}/${t.ticket.id}`, reference: t.closing.number ?? t.closing.id, date: t.closing.day as IsoDate, name: t.ticket.customer?.name ?? '', method: pay.method, documents: t.ticket.number ?? t.ticket.id, inclTax: d(t.payments[j]!) }));
        });
      }
      break;
  }

  if (options.unpaidOnly === true) rows = rows.filter((r) => r.remaining !== undefined && !r.remaining.isZero());
  if (options.search !== undefined && options.search.trim() !== '') rows = rows.filter(matcher(options.search));
  if (sort !== undefined) {
    const by = sort.by;
    const dir = sort.direction === 'desc' ? -1 : 1;
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const indexed = rows.map((row, i) => ({ row, i }));
    indexed.sort((a, b) => {
      const x = (a.row as unknown as Record<string, unknown>)[by];
      const y = (b.row as unknown as Record<string, unknown>)[by];
      let c: number;
      if (x === undefined || y === undefined) c = x === y ? 0 : x === undefined ? 1 : -1;
      else if (AMOUNT_COLUMNS.has(by)) c = (x as Decimal).cmp(y as Decimal);
      else c = collator.compare(String(x), String(y));
      return c !== 0 ? (x === undefined || y === undefined ? c : dir * c) : a.i - b.i;
    });
    rows = indexed.map((x) => x.row);
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
    for (const field of [row.name, row.reference, row.id, row.title, row.account, row.method, row.documents]) {
      if (field !== undefined && fold(field).includes(needle)) return true;
    }
    if (amount !== undefined) {
      for (const v of [row.exclTax, row.inclTax, row.paid, row.remaining]) if (v !== undefined && v.eq(amount)) return true;
    }
    return false;
  };
}
