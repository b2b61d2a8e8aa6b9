// @ts-nocheck
// Computing and checking seal records (internal).
import * as z from 'zod/mini';
import type { Book } from '../../book/index.js';
import { isIsoDate, toDayNumber, type Period } from '../../calendar/index.js';
import { AccountingError, FIELD_HINTS, fromZodIssues, prefixIssues } from '../../errors/index.js';
import type { Seal, SealJournalTotals } from '../seal.js';
import { headerLine, periodTransactions, transactionLines } from './canonical.js';
import { sha256Hex } from './hash.js';
import { bigToDecimal, decimalToBig } from './minor.js';

const amountsSchema = z.strictObject({ debit: z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), credit: z.string().check(z.regex(/^-?\d+(\.\d+)?$/)) });
const hashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));
FIELD_HINTS.set(hashSchema, '64 lowercase hex digits (a SHA-256)');
const dateSchema = z.string().check(z.refine(isIsoDate, { error: 'expected a YYYY-MM-DD date' }));

/** The zod schema of a seal record as read back from JSON. */
export const sealSchema = z.strictObject({
  version: z.literal(1),
  period: z.strictObject({ from: dateSchema, to: dateSchema }),
  currency: z.string(),
  transactions: z.int().check(z.minimum(0)),
  journals: z.array(z.strictObject({ journal: z.string(), period: amountsSchema, perpetual: amountsSchema })),
  previousHash: z.nullable(hashSchema),
  hash: hashSchema,
  digests: z.array(z.tuple([z.string(), z.string().check(z.regex(/^[0-9a-f]{16}$/))])),
});

/** Checks a seal record's shape (from JSON), throwing `invalid_input` with `path` in front. */
export function checkSeal(value: unknown, path: ReadonlyArray<string | number>): Seal {
  const parsed = sealSchema.safeParse(value);
  if (!parsed.success) throw new AccountingError(prefixIssues([...path], fromZodIssues(parsed.error.issues, [], { schema: sealSchema, input: value })));
  return value as Seal;
}

/** Perpetual totals per journal, in minor units. */
export type Perpetual = Map<string, { debit: bigint; credit: bigint }>;

/** The perpetual totals a seal records, in minor units. */
export function perpetualOf(seal: Seal, scale: number): Perpetual {
  const out: Perpetual = new Map();
  for (const j of seal.journals) out.set(j.journal, { debit: decimalToBig(j.perpetual.debit, scale) ?? 0n, credit: decimalToBig(j.perpetual.credit, scale) ?? 0n });
  return out;
}

/** Everything a seal states about a period of a book, computed from the book. */
export function computeSeal(book: Book, period: Period, previousHash: string | null, before: Perpetual): Seal {
  const order = periodTransactions(book, toDayNumber(period.from), toDayNumber(period.to));
  const { tx, entries: c } = book;
  let text = headerLine(book.currency, period.from, period.to, previousHash);
  const digests: Array<readonly [string, string]> = [];
  const totals = new Map<string, { debit: bigint; credit: bigint }>();
  for (const t of order) {
    const lines = transactionLines(book, t);
    text += lines;
    digests.push(Object.freeze([tx.id[t]!, sha256Hex(lines).slice(0, 16)] as const));
    let debit = 0;
    let credit = 0;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const a = c.amount[e]!;
      if (a > 0) debit += a;
      else credit -= a;
    }
    const code = book.journals[tx.journal[t]!]!;
    const sum = totals.get(code) ?? { debit: 0n, credit: 0n };
    sum.debit += BigInt(debit);
    sum.credit += BigInt(credit);
    totals.set(code, sum);
  }
  const codes = [...new Set([...totals.keys(), ...before.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const scale = book.scale;
  const amounts = (s: { debit: bigint; credit: bigint }) => Object.freeze({ debit: bigToDecimal(s.debit, scale), credit: bigToDecimal(s.credit, scale) });
  const journals: SealJournalTotals[] = codes.map((journal) => {
    const p = totals.get(journal) ?? { debit: 0n, credit: 0n };
    const b = before.get(journal) ?? { debit: 0n, credit: 0n };
    return Object.freeze({ journal, period: amounts(p), perpetual: amounts({ debit: b.debit + p.debit, credit: b.credit + p.credit }) });
  });
  return Object.freeze({
    version: 1,
    period: Object.freeze({ from: period.from, to: period.to }),
    currency: book.currency,
    transactions: order.length,
    journals: Object.freeze(journals),
    previousHash,
    hash: sha256Hex(text),
    digests: Object.freeze(digests),
  }) as Seal;
}

/** The canonical text of a period (what `hash` is the SHA-256 of). */
export function canonicalText(book: Book, period: Period, previousHash: string | null): string {
  const order = periodTransactions(book, toDayNumber(period.from), toDayNumber(period.to));
  let text = headerLine(book.currency, period.from, period.to, previousHash);
  for (const t of order) text += transactionLines(book, t);
  return text;
}
