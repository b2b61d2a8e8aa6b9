// @ts-nocheck
// The one seeded data generator every benchmark uses.
import { createTransaction, transactionId, type Transaction, type TransactionInput, type EntryInput } from '../../src/index.js';
import { formatMinor } from '../../src/money/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  readonly count: number;
  /** @defaultValue 3 */
  readonly entriesPerTransaction?: number;
  /** @defaultValue 42 */
  readonly seed?: number;
  /** @defaultValue '2024-01-01' */
  readonly from?: string;
  /** @defaultValue 366 (one year) */
  readonly days?: number;
  /** @defaultValue 5000 */
  readonly customers?: number;
}

const REVENUE = ['706100', '706200', '707100', '708500'];
const VAT = ['445711', '445712', '445713'];
const TREASURY = ['512000', '530000', '511200', '511500'];

/**
 * Realistic transaction inputs in date order: sales (411 customer / revenue /
 * VAT) and receipts (treasury / 411), `entriesPerTransaction` entries each.
 */
export function* generateTransactionInputs(options: GenerateOptions): Generator<TransactionInput> {
  const rnd = prng(options.seed ?? 42);
  const n = options.entriesPerTransaction ?? 3;
  const customers = options.customers ?? 5000;
  const start = toDayNumber(options.from ?? '2024-01-01');
  const days = options.days ?? 366;
  const next: Record<string, number> = { VT: 1, BQ: 1 };
  for (let i = 0; i < options.count; i++) {
    const day = start + Math.floor((i * days) / options.count);
    const date = fromDayNumber(day);
    const c = 1 + Math.floor(rnd() * customers);
    const aux = { number: `C${String(c).padStart(5, '0')}`, name: `CLIENT ${c}` };
    const sale = rnd() < 0.6;
    const journal = sale ? 'VT' : 'BQ';
    const number = next[journal]!++;
    const entries: EntryInput[] = [];
    let total = 0;
    for (let k = 0; k < n - 1; k++) {
      const minor = 100 + Math.floor(rnd() * 50_000);
      total += minor;
      const account = sale ? (k % 2 === 0 ? REVENUE[Math.floor(rnd() * REVENUE.length)]! : VAT[Math.floor(rnd() * VAT.length)]!) : TREASURY[Math.floor(rnd() * TREASURY.length)]!;
      entries.push(sale ? { account, credit: formatMinor(minor, 2) } : { account, debit: formatMinor(minor, 2) });
    }
    const ref = `${sale ? 'FA' : 'RG'}2024-${String(number).padStart(7, '0')}`;
    entries.unshift(sale ? { account: '411000', auxiliary: aux, debit: formatMinor(total, 2), openItem: ref } : { account: '411000', auxiliary: aux, credit: formatMinor(total, 2) });
    // Round-tripped through JSON as a billing database would hand it over: flat strings, not concatenation ropes.
    yield JSON.parse(JSON.stringify({
      id: transactionId(journal, number),
      journal,
      date,
      piece: { ref, date },
      label: `${sale ? 'Facture' : 'Règlement'} ${ref} ${aux.name}`,
      type: sale ? 'sale' : 'payment',
      source: { documentId: ref, documentNumber: ref, customerId: aux.number, customerName: aux.name },
      entries,
    } satisfies TransactionInput)) as TransactionInput;
  }
}

/** {@link generateTransactionInputs}, validated with `createTransaction`. */
export function generateTransactions(options: GenerateOptions): Transaction[] {
  const out: Transaction[] = new Array(options.count);
  let i = 0;
  for (const input of generateTransactionInputs(options)) out[i++] = createTransaction(input);
  return out;
}

/** Seeded final invoices of 1–3 lines (`lines` = the entries-per-transaction knob), one year, 5,000 customers. */
export function generateInvoices(count: number, seed = 42, maxLines = 3): unknown[] {
  const rnd = prng(seed);
  const rates = ['20', '10', '5.5', '2.1'];
  const accounts = ['706100', '706200', '707100', '708500'];
  const out: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rnd() * maxLines);
    const lines = [];
    for (let k = 0; k < n; k++) {
      lines.push({
        label: 'Abonnement mensuel',
        account: accounts[Math.floor(rnd() * accounts.length)]!,
        quantity: rnd() < 0.8 ? '1' : '2',
        unitPrice: `${1 + Math.floor(rnd() * 300)}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`,
        vatRate: rates[Math.floor(rnd() * rates.length)]!,
      });
    }
    const c = 1 + Math.floor(rnd() * 5000);
    const month = 1 + Math.floor((i * 12) / count);
    out[i] = {
      type: 'invoice',
      id: `inv-${i}`,
      kind: 'final',
      status: rnd() < 0.5 ? 'issued' : 'paid',
      number: `FA2024-${String(i + 1).padStart(7, '0')}`,
      date: `2024-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      customer: { id: `C${String(c).padStart(5, '0')}`, name: `CLIENT ${c}` },
      pricesIncludeTax: rnd() < 0.5,
      lines,
    };
  }
  return out;
}

/** Options of {@link generateCampsiteDocuments}. */
export interface CampsiteDocumentsOptions {
  /** Number of invoices (each gets its payment). */
  readonly count: number;
  /** @defaultValue 42 */
  readonly seed?: number;
  /** @defaultValue 2024 (invoices over the year, payments a few days later) */
  readonly year?: number;
  /** Every n-th invoice bills a stay (and carries tourist tax). @defaultValue 4 */
  readonly stayEvery?: number;
}

/**
 * Campsite documents for the accounting synthesis: `count` final invoices of
 * 1–3 lines (prices incl. tax for 80 % of them, 706/707/708 at 10, 20 or 5.5 %),
 * every `stayEvery`-th one with a tourist-tax line and a stay linking it, each
 * invoice paid in full by card, cash, cheque or transfer 0–6 days later (in the
 * same year). Returned as `{ documents, postable }`: `postable` (invoices and
 * payments, in date order per invoice) is what post() takes; `documents` adds
 * the stays. Amounts are computed exactly in minor units.
 */
export function generateCampsiteDocuments(options: CampsiteDocumentsOptions): { documents: unknown[]; postable: unknown[] } {
  const rnd = prng(options.seed ?? 42);
  const year = options.year ?? 2024;
  const every = options.stayEvery ?? 4;
  const lines = [
    { label: 'Emplacement', account: '706100', vatRate: '10', num: 10 },
    { label: 'Location mobil-home', account: '706200', vatRate: '10', num: 10 },
    { label: 'Draps', account: '708000', vatRate: '20', num: 20 },
    { label: 'Épicerie', account: '707100', vatRate: '5.5', num: 5.5 },
  ];
  const methods = ['card', 'cash', 'cheque', 'transfer'];
  const postable: unknown[] = [];
  const stays: unknown[] = [];
  const start = toDayNumber(`${year}-01-01`);
  const days = toDayNumber(`${year}-12-24`) - start;
  for (let i = 0; i < options.count; i++) {
    const day = start + Math.floor((i * days) / options.count);
    const date = fromDayNumber(day);
    const c = 1 + Math.floor(rnd() * 20_000);
    const customer = { id: `C${String(c).padStart(6, '0')}`, name: `CLIENT ${c}` };
    const ttc = rnd() < 0.8;
    const n = 1 + Math.floor(rnd() * 3);
    const invoiceLines: Array<Record<string, string>> = [];
    // exact totals in minor units: TTC lines add up as written; HT lines get VAT per rate, rounded half away from zero
    let total = 0;
    const htByRate = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      const l = lines[Math.floor(rnd() * lines.length)]!;
      const minor = 500 + Math.floor(rnd() * 60_000);
      invoiceLines.push({ label: l.label, account: l.account, quantity: '1', unitPrice: formatMinor(minor, 2), vatRate: l.vatRate });
      if (ttc) total += minor;
      else htByRate.set(l.num, (htByRate.get(l.num) ?? 0) + minor);
    }
    for (const [rate, base] of htByRate) {
      const vat10 = base * rate * 10; // VAT × 1000, exact (rate has at most one decimal)
      total += base + Math.floor((vat10 + 500) / 1000);
    }
    const stay = i % every === 0;
    if (stay) {
      invoiceLines.push({ label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' });
      total += 840;
    }
    const id = `inv-${i}`;
    postable.push({
      type: 'invoice',
      id,
      kind: 'final',
      status: 'issued',
      number: `FA${year}-${String(i + 1).padStart(7, '0')}`,
      date,
      customer,
      pricesIncludeTax: ttc,
      lines: invoiceLines,
    });
    const amount = formatMinor(total, 2);
    postable.push({ type: 'payment', id: `pay-${i}`, date: fromDayNumber(day + Math.floor(rnd() * 7)), method: methods[Math.floor(rnd() * methods.length)]!, amount, customer, allocations: [{ invoice: id, amount }] });
    if (stay) stays.push({ type: 'stay', id: `sej-${i}`, number: `S${year}-${String(i + 1).padStart(7, '0')}`, customer, arrival: fromDayNumber(day - 7), departure: date, guests: 2, invoices: [id] });
  }
  return { documents: [...postable, ...stays], postable };
}

/** Options of {@link generateGymDocuments}. */
export interface GymDocumentsOptions {
  /** Number of members. */
  readonly members: number;
  /** @defaultValue 42 */
  readonly seed?: number;
}

/**
 * A gym's year (2024) for the management reports: `members` members, 40 % on a
 * 12-month plan paid by card (5 % of them cancelled part-way with a credit
 * note), 45 % on a monthly plan collected by one direct-debit batch a month
 * (about 3 % of debits rejected, fees 5.00), 15 % buying a pack of 10 sessions
 * (paid by card or voucher, with session usages). Every payment is allocated
 * in full. Amounts are exact decimal strings.
 */
export function generateGymDocuments(options: GymDocumentsOptions): Array<Record<string, unknown>> {
  const rnd = prng(options.seed ?? 42);
  const docs: Array<Record<string, unknown>> = [];
  const creditor = { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
  const batches: Array<Array<Record<string, unknown>>> = Array.from({ length: 12 }, () => []);
  const start = toDayNumber('2024-01-01');
  const mm = (m: number): string => String(m + 1).padStart(2, '0');
  for (let k = 0; k < options.members; k++) {
    const customer = { id: `C${String(k + 1).padStart(6, '0')}`, name: `MEMBRE ${k + 1}` };
    const r = rnd();
    const day = start + Math.floor(rnd() * 300);
    const date = fromDayNumber(day);
    if (r < 0.4) {
      const price = formatMinor(30_000 + Math.floor(rnd() * 40_000), 2);
      const id = `inv-${k}`;
      docs.push({ type: 'invoice', id, kind: 'final', status: 'issued', number: `FA2024-${k}`, date, customer, pricesIncludeTax: true,
        lines: [{ id: 'l1', label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: price, vatRate: '20', servicePeriod: { from: date, to: fromDayNumber(day + 364) } }] });
      docs.push({ type: 'payment', id: `pay-${k}`, date, method: 'card', amount: price, customer, allocations: [{ invoice: id, amount: price }] });
      if (rnd() < 0.05) {
        const on = fromDayNumber(day + 30 + Math.floor(rnd() * 30));
        docs.push({ type: 'invoice', id: `av-${k}`, kind: 'credit-note', status: 'issued', number: `AV2024-${k}`, date: on, corrects: id, customer, pricesIncludeTax: true,
          lines: [{ label: 'Résiliation', account: '706100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] });
        docs.push({ type: 'subscription-cancellation', id: `res-${k}`, date: on, invoice: id, line: 'l1', reason: 'Déménagement', creditNote: `av-${k}` });
      }
    } else if (r < 0.85) {
      const price = formatMinor(2990 + Math.floor(rnd() * 5000), 2);
      const first = Math.floor(rnd() * 10);
      for (let m = first; m < 12; m++) {
        const from = `2024-${mm(m)}-01`;
        const id = `inv-${k}-${m}`;
        docs.push({ type: 'invoice', id, kind: 'final', status: 'issued', number: `FA2024-${k}-${m}`, date: from, customer, pricesIncludeTax: true,
          lines: [{ id: 'm1', label: 'Abonnement mensuel', account: '706100', quantity: '1', unitPrice: price, vatRate: '20', servicePeriod: { from, to: fromDayNumber(toDayNumber(`2024-${mm(m)}-01`) + 27) } }] });
        batches[m]!.push({ id: `i${k}`, endToEndId: `E2E-${m}-${k}`, customer, amount: price, mandate: { id: `RUM-${k}`, signedOn: `2024-${mm(first)}-01` }, sequence: m === first ? 'FRST' : 'RCUR',
          debtor: { name: customer.name, iban: 'FR1420041010050500013M02606' }, invoices: [id] });
      }
    } else {
      const id = `inv-${k}`;
      docs.push({ type: 'invoice', id, kind: 'final', status: 'paid', number: `FA2024-${k}`, date, customer, pricesIncludeTax: true,
        lines: [{ id: 'p1', label: 'Carnet 10 séances', account: '706200', quantity: '1', unitPrice: '120.00', vatRate: '20', sessions: 10 }] });
      docs.push({ type: 'payment', id: `pay-${k}`, date, method: rnd() < 0.3 ? 'voucher' : 'card', amount: '120.00', customer, allocations: [{ invoice: id, amount: '120.00' }] });
      const used = Math.floor(rnd() * 11);
      for (let u = 0; u < used; u++) docs.push({ type: 'session-usage', id: `use-${k}-${u}`, invoice: id, line: 'p1', date: fromDayNumber(day + u * 5) });
    }
  }
  batches.forEach((items, m) => {
    if (items.length === 0) return;
    const id = `dd-2024-${mm(m)}`;
    docs.push({ type: 'direct-debit-batch', id, messageId: `PRLV-2024-${mm(m)}`, createdAt: `2024-${mm(m)}-02T09:00:00`, collectionDate: `2024-${mm(m)}-05`, creditor, items });
    for (const item of items) {
      if (rnd() < 0.03) docs.push({ type: 'direct-debit-rejection', id: `rj-${m}-${String(item.id)}`, date: `2024-${mm(m)}-12`, batch: id, item: item.id, reason: 'AM04', fees: '5.00' });
    }
  });
  return docs;
}
