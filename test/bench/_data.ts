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
