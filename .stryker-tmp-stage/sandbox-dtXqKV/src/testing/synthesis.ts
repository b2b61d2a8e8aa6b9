// @ts-nocheck
import fc from 'fast-check';
import { addDays, type IsoDate } from '../calendar/index.js';
import type { Document, Invoice } from '../schemas/index.js';
import type { Stay } from '../schemas/stay.js';
import { salesArbitrary, type SalesArbitraryOptions } from './documents.js';

/**
 * Options of {@link stayArbitrary}.
 *
 * @example
 * ```ts
 * const options: StayArbitraryOptions = { id: 'sej-1', invoices: ['inv-1'], departure: '2024-07-31' };
 * ```
 */
export interface StayArbitraryOptions {
  /** @defaultValue 'sej-1' */
  readonly id?: string;
  /** The invoices the stay links. @defaultValue [] */
  readonly invoices?: ReadonlyArray<string>;
  /** The departure day. @defaultValue '2024-07-31' */
  readonly departure?: string;
  /** The customer. @defaultValue { id: 'C0001', name: 'DUPONT Jean' } */
  readonly customer?: {
    /** The customer's id. */
    readonly id: string;
    /** The customer's name. */
    readonly name: string;
  };
}

/**
 * Stays valid by construction: 0 to 21 nights before the departure, 1 to 6
 * guests, linking the given invoices.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(stayArbitrary(), (stay) => stay.arrival <= stay.departure));
 * ```
 */
export function stayArbitrary(options: StayArbitraryOptions = {}): fc.Arbitrary<Stay> {
  const departure = (options.departure ?? '2024-07-31') as IsoDate;
  const id = options.id ?? 'sej-1';
  return fc.record({ nights: fc.integer({ min: 0, max: 21 }), guests: fc.integer({ min: 1, max: 6 }) }).map(
    (r) =>
      ({
        type: 'stay',
        id,
        number: `S-${id}`,
        customer: options.customer ?? { id: 'C0001', name: 'DUPONT Jean' },
        arrival: addDays(departure, -r.nights),
        departure,
        guests: r.guests,
        invoices: [...(options.invoices ?? [])],
      }) as Stay,
  );
}

/**
 * Campsite documents valid by construction: the coherent sales of
 * `salesArbitrary` (invoices, payments, deposits, credit notes, cancellations,
 * drafts) plus stays linking some of the invoices (leaving a few days after
 * the invoice, so some straddle a period's end) and a till closing. Stays
 * come last; post() never sees them.
 *
 * @example
 * ```ts
 * const period = { from: '2024-01-01', to: '2024-12-31' };
 * fc.assert(fc.property(campsiteArbitrary(), ({ documents, stays }) => accountingSynthesis(createBook(post(documents).transactions), [...documents, ...stays], { period }).keyFigures !== undefined));
 * ```
 */
export function campsiteArbitrary(options: SalesArbitraryOptions = {}): fc.Arbitrary<{
  /** The postable documents (sales, payments, till closing…), in posting order. */
  readonly documents: Document[];
  /** The stays, which reference some of the invoices and are never posted. */
  readonly stays: Stay[];
}> {
  return fc
    .record({
      documents: salesArbitrary(options),
      picks: fc.array(fc.record({ take: fc.boolean(), lag: fc.integer({ min: 0, max: 10 }), nights: fc.integer({ min: 0, max: 14 }) }), { maxLength: 12 }),
      till: fc.array(fc.record({ price: fc.integer({ min: 1, max: 5000 }), quantity: fc.integer({ min: 1, max: 3 }), rate: fc.constantFrom('5.5', '10', '20'), paid: fc.boolean(), seller: fc.constantFrom('Anne', 'Paul') }), { maxLength: 4 }),
    })
    .map(({ documents, picks, till }) => {
      const stays: Stay[] = [];
      const finals = documents.filter((d): d is Invoice => d.type === 'invoice' && d.kind === 'final');
      finals.forEach((inv, k) => {
        const pick = picks[k];
        if (!pick?.take) return;
        const linked = [inv.id, ...(inv.deducts ?? [])];
        for (const d of documents) if (d.type === 'invoice' && d.kind === 'credit-note' && d.corrects === inv.id) linked.push(d.id);
        const departure = addDays(inv.date as IsoDate, pick.lag);
        stays.push({ type: 'stay', id: `sej-${k + 1}`, number: `S-${k + 1}`, customer: inv.customer, arrival: addDays(departure, -pick.nights), departure, guests: 2, invoices: linked } as Stay);
      });
      const out: Document[] = [...documents];
      if (till.length > 0) {
        const day = (documents[0] && 'date' in documents[0] ? documents[0].date : '2024-01-15') as string;
        out.push({
          type: 'till-closing',
          id: 'z-1',
          till: 'CAISSE1',
          day,
          tickets: till.map((t, k) => ({
            id: `t${k + 1}`,
            customer: t.paid ? undefined : { id: 'C0001', name: 'DUPONT Jean' },
            lines: [{ label: `Article ${k % 2}`, account: '707100', quantity: String(t.quantity), unitPrice: (t.price / 100).toFixed(2), vatRate: t.rate, seller: t.seller, category: k % 2 === 0 ? 'Épicerie' : 'Bar' }],
            payments: t.paid ? [{ method: k % 2 === 0 ? 'cash' : 'card', amount: ((t.price * t.quantity) / 100).toFixed(2) }] : [],
          })).map((t) => (t.customer === undefined ? (({ customer: _c, ...rest }) => rest)(t) : t)),
        } as Document);
      }
      return { documents: out, stays };
    });
}
