// @ts-nocheck
import * as z from 'zod/mini';
import { AccountingError, fail, fromZodIssues, issue, prefixIssues, type AccountingIssue } from '../errors/index.js';
import { currencyScale } from '../money/index.js';
import { compile } from '../posting/_lib/compiled.js';
import { computeFigures } from '../posting/_lib/figures.js';
import type { PostingRules } from '../posting/rules.js';
import { tillClosingSchema } from '../schemas/index.js';
import { hmacHex, sha256Hex } from './_lib/hash.js';
import { bigToDecimal, decimalToBig } from './_lib/minor.js';
import { stableJson } from './_lib/stableJson.js';

/**
 * The record of one till closing (Z) in its register's unalterable trail
 * (NF525 / BOI-TVA-DECLA-30-10-30): the Z's totals, the register's perpetual
 * grand totals, and a hash chained to the register's previous record. Plain
 * JSON; billing software persists it beside the closing.
 *
 * @example
 * ```ts
 * const zOfOctober15 = { type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-10-15',
 *   tickets: [{ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }] };
 * const r: TillClosingRecord = tillClosingRecord(zOfOctober15);
 * r.grandTotal //=> '3.00'
 * ```
 */
export interface TillClosingRecord {
  /** The version of the record format. */
  readonly version: 1;
  /** The register (the closing's `till`). */
  readonly till: string;
  /** The closing document's id. */
  readonly closing: string;
  /** The Z number (the closing's `number`, else its id). */
  readonly number: string;
  /** The business day closed, `YYYY-MM-DD`. */
  readonly day: string;
  /** 1 for the register's first record, then +1 each closing. */
  readonly sequence: number;
  /** The number of tickets. */
  readonly tickets: number;
  /** Σ ticket totals including VAT (and tourist tax), decimal string. */
  readonly total: string;
  /** Σ VAT of the tickets. */
  readonly vat: string;
  /** Perpetual grand total of the register: the previous record's plus `total`. */
  readonly grandTotal: string;
  /** Perpetual grand total of the absolute ticket totals (returns count positively). */
  readonly absoluteGrandTotal: string;
  /** The register's previous record's hash; `null` for its first record. */
  readonly previousHash: string | null;
  /** `sha256`, or `hmac-sha256` when a key was given. */
  readonly algorithm: 'sha256' | 'hmac-sha256';
  /** The hash (hex) of the record's figures and the closing's canonical JSON, chained to `previousHash`. */
  readonly hash: string;
}

/**
 * Options of {@link tillClosingRecord}.
 *
 * @example
 * ```ts
 * const zOfOctober15 = { type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-10-15',
 *   tickets: [{ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }] };
 * const lastRecordOfTill1 = tillClosingRecord(zOfOctober15);
 * const options: TillClosingRecordOptions = { previous: lastRecordOfTill1, key: 'the secret key of the register' };
 * ```
 */
export interface TillClosingRecordOptions {
  /**
   * The register's last record (as persisted).
   * @defaultValue none: the register's first closing
   */
  readonly previous?: TillClosingRecord | null;
  /**
   * A secret key: the hash is then an HMAC-SHA-256, which only the key's
   * holder can recompute. Keep the same key (or none) along a chain.
   * @defaultValue none: plain SHA-256
   */
  readonly key?: string | Uint8Array;
  /** The posting rules (VAT rates, rounding). @defaultValue defaultRules() */
  readonly rules?: PostingRules;
}

const CLOSING_TAG = 'partie-double/till-closing';
const amount = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));
const hash = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** The zod schema of a record read back from JSON (internal). */
export const tillClosingRecordSchema = z.strictObject({
  version: z.literal(1),
  till: z.string(),
  closing: z.string(),
  number: z.string(),
  day: z.string(),
  sequence: z.int().check(z.minimum(1)),
  tickets: z.int().check(z.minimum(0)),
  total: amount,
  vat: amount,
  grandTotal: amount,
  absoluteGrandTotal: amount,
  previousHash: z.nullable(hash),
  algorithm: z.enum(['sha256', 'hmac-sha256']),
  hash,
});

/** Checks a record's shape (internal). */
export function checkTillClosingRecord(value: unknown, path: ReadonlyArray<string | number>): TillClosingRecord {
  const parsed = tillClosingRecordSchema.safeParse(value);
  if (!parsed.success) throw new AccountingError(prefixIssues([...path], fromZodIssues(parsed.error.issues, [], { schema: tillClosingRecordSchema, input: value })));
  return value as TillClosingRecord;
}

/**
 * Records a till closing (Z) in its register's trail: the Z's total
 * including VAT and its VAT, the register's perpetual grand totals (the
 * previous record's plus this Z), and a hash — SHA-256, or HMAC-SHA-256 under
 * a key — over the record's figures and the closing's canonical JSON (keys
 * sorted), chained to the register's previous record. A missing, inserted,
 * reordered or edited closing then breaks the chain (`verifyTillClosings`).
 *
 * @param closing - the `till-closing` document (checked with its schema)
 * @param options - the register's previous record, an HMAC key, the rules
 * @returns the record (plain, frozen JSON data)
 * @throws AccountingError `invalid_input` (a bad closing or record),
 *   `till_closing_out_of_sequence` (the previous record is another register's,
 *   later than this closing, or this very closing), `invalid_option` (a key on
 *   a chain hashed without one, or the reverse), the posting codes of the
 *   tickets' lines (`unknown_vat_rate`…)
 * @example
 * ```ts
 * const z1 = tillClosingRecord({ type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-10-15',
 *   tickets: [{ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }] });
 * [z1.sequence, z1.total, z1.vat, z1.grandTotal] //=> [1, '3.00', '0.16', '3.00']
 * const nextDay = { type: 'till-closing', id: 'z-2', till: 'CAISSE1', day: '2024-10-16',
 *   tickets: [{ id: 't2', lines: [{ label: 'Eau', account: '707100', quantity: '1', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '1.50' }] }] };
 * const z2 = tillClosingRecord(nextDay, { previous: z1 });
 * z2.previousHash === z1.hash //=> true
 * ```
 */
export function tillClosingRecord(closing: unknown, options: TillClosingRecordOptions = {}): TillClosingRecord {
  const parsed = tillClosingSchema.safeParse(closing);
  if (!parsed.success) throw new AccountingError(fromZodIssues(parsed.error.issues, [], { schema: tillClosingSchema, input: closing }));
  const d = parsed.data;
  const previous = options.previous === undefined || options.previous === null ? undefined : checkTillClosingRecord(options.previous, ['previous']);
  const algorithm: TillClosingRecord['algorithm'] = options.key === undefined ? 'sha256' : 'hmac-sha256';
  if (options.key !== undefined && typeof options.key !== 'string' && !(options.key instanceof Uint8Array)) fail('invalid_option', ['key'], 'The key is a string or a Uint8Array.');
  if (options.key !== undefined && options.key.length === 0) fail('invalid_option', ['key'], 'The key is empty: give a secret, or leave it out for a plain SHA-256 chain.');
  if (previous) {
    if (previous.till !== d.till) fail('till_closing_out_of_sequence', ['previous', 'till'], `The previous record is register ${previous.till}'s, this closing is register ${d.till}'s: chain each register on its own last record.`);
    if (previous.closing === d.id) fail('till_closing_out_of_sequence', ['id'], `Closing ${d.id} is already the register's last record: a closing is recorded once.`);
    if (d.day < previous.day) fail('till_closing_out_of_sequence', ['day'], `Closing ${d.id} is dated ${d.day}, before the register's last closing (${previous.day}): closings are recorded in order.`);
    if (previous.algorithm !== algorithm) fail('invalid_option', ['key'], `The register's chain is hashed with ${previous.algorithm}: ${algorithm === 'sha256' ? 'give the same key' : 'leave the key out'} along one chain.`);
  }
  const c = compile(options.rules);
  const scale = currencyScale(c.currency, ['currency']);
  const issues: AccountingIssue[] = [];
  const sink = {
    issues,
    add(code: AccountingIssue['code'], path: ReadonlyArray<string | number>, message: string): void {
      issues.push(issue(code, path, message));
    },
  };
  let total = 0n;
  let vat = 0n;
  let absolute = 0n;
  d.tickets.forEach((t, k) => {
    const f = computeFigures(t.lines, { rules: c, scale, pricesIncludeTax: d.pricesIncludeTax !== false, mode: 'sale', path: ['tickets', k, 'lines'], sink, tourist: true });
    if (!f) return;
    total += BigInt(f.total);
    vat += BigInt(f.vat);
    absolute += BigInt(Math.abs(f.total));
  });
  if (issues.length > 0) throw new AccountingError(issues);
  const before = (s: string | undefined): bigint => (s === undefined ? 0n : (decimalToBig(s, scale) ?? 0n));
  const record = {
    version: 1 as const,
    till: d.till,
    closing: d.id,
    number: d.number ?? d.id,
    day: d.day,
    sequence: previous ? previous.sequence + 1 : 1,
    tickets: d.tickets.length,
    total: bigToDecimal(total, scale),
    vat: bigToDecimal(vat, scale),
    grandTotal: bigToDecimal(before(previous?.grandTotal) + total, scale),
    absoluteGrandTotal: bigToDecimal(before(previous?.absoluteGrandTotal) + absolute, scale),
    previousHash: previous ? previous.hash : null,
    algorithm,
  };
  const text = `${JSON.stringify([CLOSING_TAG, 1, record.previousHash])}\n${JSON.stringify([
    record.till,
    record.closing,
    record.number,
    record.day,
    record.sequence,
    record.tickets,
    record.total,
    record.vat,
    record.grandTotal,
    record.absoluteGrandTotal,
  ])}\n${stableJson(closing)}\n`;
  return Object.freeze({ ...record, hash: options.key === undefined ? sha256Hex(text) : hmacHex(options.key, text) });
}
