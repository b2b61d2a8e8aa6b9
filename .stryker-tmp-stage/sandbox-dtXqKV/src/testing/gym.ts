// @ts-nocheck
import fc from 'fast-check';
import { addDays, endOfMonth, type IsoDate } from '../calendar/index.js';
import { formatMinor } from '../money/index.js';

/**
 * Options of {@link gymDocumentsArbitrary}.
 *
 * @example
 * ```ts
 * const options: GymDocumentsArbitraryOptions = { maxMembers: 4, months: 3 };
 * ```
 */
export interface GymDocumentsArbitraryOptions {
  /** Most members in one list. @defaultValue 6 */
  readonly maxMembers?: number;
  /** Months of 2024 covered, from January. @defaultValue 4 */
  readonly months?: number;
  /** Whether customer names and labels include `;`, quotes, newlines and formula starts. @defaultValue true */
  readonly hostileText?: boolean;
}

type GymPlan = 'annual-paid' | 'annual-unpaid' | 'annual-cancelled' | 'monthly-debit' | 'pack';

const SAFE_NAMES = ['DUPONT Jean', 'MARTIN Léa', 'BERNARD Zoé', 'PETIT Luc'];
const HOSTILE_NAMES = ['Durand; "SARL" & fils', '=HYPERLINK("x")', 'Ligne\nbrisée', '+33 Club', '@Léo', '-Moins'];
const CREDITOR = { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const DEBTOR_IBANS = ['FR1420041010050500013M02606', 'FR7630006000011234567890189'];
const REASONS = ['AM04', 'MD06', 'AC04', 'MS03'];

/**
 * Coherent gym documents, valid by construction (every list posts without
 * failure): members on a 12-month plan paid by card, left unpaid, or cancelled
 * part-way with a credit note and sometimes its refund (a
 * `subscription-cancellation` naming the line); members on a monthly plan paid
 * by monthly direct-debit batches, some debits rejected (fees sometimes
 * re-billed); members buying a pack of sessions, paid by card or voucher
 * (vouchers settled by their issuer), with session usages. Every payment is
 * allocated in full to what the invoice owes: no payment is left on account.
 * Document ids are unique; prices include VAT at 20 %.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(gymDocumentsArbitrary(), (docs) => safePost(docs.filter((d) => d.type !== 'subscription-cancellation')).failures.length === 0));
 * ```
 */
export function gymDocumentsArbitrary(options: GymDocumentsArbitraryOptions = {}): fc.Arbitrary<Array<Record<string, unknown>>> {
  const months = Math.max(1, Math.min(12, options.months ?? 4));
  const names = options.hostileText === false ? SAFE_NAMES : [...SAFE_NAMES, ...HOSTILE_NAMES];
  const member = fc.record({
    plan: fc.constantFrom<GymPlan>('annual-paid', 'annual-unpaid', 'annual-cancelled', 'monthly-debit', 'monthly-debit', 'pack'),
    name: fc.constantFrom(...names),
    start: fc.integer({ min: 0, max: months - 1 }),
    day: fc.integer({ min: 1, max: 28 }),
    price: fc.integer({ min: 1000, max: 90_000 }),
    monthly: fc.integer({ min: 990, max: 8990 }),
    stay: fc.integer({ min: 1, max: 12 }),
    rejected: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    rebilled: fc.boolean(),
    reason: fc.constantFrom(...REASONS),
    creditPercent: fc.integer({ min: 1, max: 100 }),
    refund: fc.boolean(),
    cancelAfter: fc.integer({ min: 1, max: 200 }),
    sessions: fc.integer({ min: 1, max: 20 }),
    used: fc.integer({ min: 0, max: 20 }),
    voucher: fc.boolean(),
  });
  return fc.array(member, { maxLength: options.maxMembers ?? 6 }).map((members) => {
    const docs: Array<{ doc: Record<string, unknown>; date: string; order: number }> = [];
    let order = 0;
    const push = (doc: Record<string, unknown>, date: string): void => {
      docs.push({ doc, date, order: order++ });
    };
    const batches = new Map<number, Array<Record<string, unknown>>>();
    let invoiceNo = 0;
    const nextNumber = (prefix: string): string => `${prefix}2024-${String(++invoiceNo).padStart(4, '0')}`;
    members.forEach((m, k) => {
      const customer = { id: `C${String(k + 1).padStart(4, '0')}`, name: m.name };
      const month = String(m.start + 1).padStart(2, '0');
      const start = `2024-${month}-${String(m.day).padStart(2, '0')}` as IsoDate;
      const label = options.hostileText === false ? 'Abonnement 12 mois' : k % 2 === 0 ? 'Abonnement 12 mois; "Premium"' : '=Abonnement\n12 mois';
      switch (m.plan) {
        case 'annual-paid':
        case 'annual-unpaid':
        case 'annual-cancelled': {
          const id = `inv-${k + 1}`;
          const end = addDays(addDays(start, 365), -1);
          const price = formatMinor(m.price, 2);
          push({ type: 'invoice', id, kind: 'final', status: 'issued', number: nextNumber('FA'), date: start, customer, pricesIncludeTax: true,
            lines: [{ id: 'l1', label, product: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: price, vatRate: '20', servicePeriod: { from: start, to: end } }] }, start);
          if (m.plan === 'annual-unpaid') break;
          push({ type: 'payment', id: `pay-${k + 1}`, date: start, method: 'card', amount: price, customer, allocations: [{ invoice: id, amount: price }] }, start);
          if (m.plan !== 'annual-cancelled') break;
          const on = addDays(start, m.cancelAfter);
          const credit = Math.max(1, Math.floor((m.price * m.creditPercent) / 100));
          const creditId = `av-${k + 1}`;
          push({ type: 'invoice', id: creditId, kind: 'credit-note', status: 'issued', number: nextNumber('AV'), date: on, corrects: id, customer, pricesIncludeTax: true,
            lines: [{ label: 'Résiliation', account: '706100', quantity: '1', unitPrice: formatMinor(credit, 2), vatRate: '20' }] }, on);
          const cancellation: Record<string, unknown> = { type: 'subscription-cancellation', id: `res-${k + 1}`, date: on, invoice: id, line: 'l1', reason: m.name.includes(';') ? 'Déménagement; "loin"' : 'Déménagement', creditNote: creditId };
          if (m.refund) {
            push({ type: 'refund', id: `rf-${k + 1}`, date: on, method: 'transfer', amount: formatMinor(credit, 2), customer, allocations: [{ invoice: creditId, amount: formatMinor(credit, 2) }] }, on);
            cancellation.refund = `rf-${k + 1}`;
          }
          push(cancellation, on);
          break;
        }
        case 'monthly-debit': {
          const last = Math.min(months - 1, m.start + m.stay - 1);
          for (let mo = m.start; mo <= last; mo++) {
            const first = `2024-${String(mo + 1).padStart(2, '0')}-01` as IsoDate;
            const id = `inv-${k + 1}-${mo + 1}`;
            const price = formatMinor(m.monthly, 2);
            push({ type: 'invoice', id, kind: 'final', status: 'issued', number: nextNumber('FA'), date: first, customer, pricesIncludeTax: true,
              lines: [{ id: 'm1', label: 'Abonnement mensuel', account: '706100', quantity: '1', unitPrice: price, vatRate: '20', servicePeriod: { from: first, to: endOfMonth(first) } }] }, first);
            let items = batches.get(mo);
            if (!items) batches.set(mo, (items = []));
            items.push({ id: `i-${k + 1}`, endToEndId: `E2E-${mo + 1}-${k + 1}`, customer, amount: price, mandate: { id: `RUM-${k + 1}`, signedOn: `2024-${String(m.start + 1).padStart(2, '0')}-01` }, sequence: mo === m.start ? 'FRST' : 'RCUR',
              debtor: { name: customer.name.replace(/\n/g, ' ').slice(0, 70), iban: DEBTOR_IBANS[k % 2]! }, invoices: [id], _rejected: m.rejected[mo] === true, _rebilled: m.rebilled, _reason: m.reason });
          }
          break;
        }
        case 'pack': {
          const id = `inv-${k + 1}`;
          const price = formatMinor(m.price, 2);
          push({ type: 'invoice', id, kind: 'final', status: 'paid', number: nextNumber('FA'), date: start, customer, pricesIncludeTax: true,
            lines: [{ id: 'p1', label: `Carnet ${m.sessions} séances`, account: '706200', quantity: '1', unitPrice: price, vatRate: '20', sessions: m.sessions }] }, start);
          const payId = `pay-${k + 1}`;
          push({ type: 'payment', id: payId, date: start, method: m.voucher ? 'voucher' : 'card', amount: price, customer, allocations: [{ invoice: id, amount: price }] }, start);
          if (m.voucher) {
            const on = endOfMonth(start);
            push({ type: 'voucher-settlement', id: `vs-${k + 1}`, date: on, issuer: { id: 'ANCV', name: 'ANCV' }, amount: price, payments: [payId] }, on);
          }
          for (let u = 0; u < Math.min(m.used, m.sessions); u++) {
            const on = addDays(start, u * 3);
            push({ type: 'session-usage', id: `use-${k + 1}-${u + 1}`, invoice: id, line: 'p1', date: on }, on);
          }
          break;
        }
      }
    });
    for (const [mo, raw] of [...batches.entries()].sort((a, b) => a[0] - b[0])) {
      const m = String(mo + 1).padStart(2, '0');
      const collectionDate = `2024-${m}-05` as IsoDate;
      const id = `dd-2024-${m}`;
      const items = raw.map(({ _rejected, _rebilled, _reason, ...item }) => item);
      push({ type: 'direct-debit-batch', id, messageId: `PRLV-2024-${m}`, createdAt: `2024-${m}-02T09:00:00`, collectionDate, creditor: CREDITOR, items }, collectionDate);
      raw.forEach((item, j) => {
        if (item._rejected !== true) return;
        const on = addDays(collectionDate, 7);
        push({ type: 'direct-debit-rejection', id: `rj-${mo + 1}-${j + 1}`, date: on, batch: id, item: item.id, reason: item._reason, fees: '5.00', rebilled: item._rebilled === true }, on);
      });
    }
    docs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
    return docs.map((d) => d.doc);
  });
}
