// @ts-nocheck
import { fail } from '../errors/index.js';
import type { PostingRules } from '../posting/rules.js';
import { checkTillClosingRecord, tillClosingRecord, type TillClosingRecord } from './tillClosingRecord.js';

/**
 * Options of {@link verifyTillClosings}.
 *
 * @example
 * ```ts
 * const options: VerifyTillClosingsOptions = { key: 'the secret key of the register' };
 * ```
 */
export interface VerifyTillClosingsOptions {
  /** The HMAC key the records were made with. @defaultValue none (plain SHA-256) */
  readonly key?: string | Uint8Array;
  /** The posting rules the records were made with. @defaultValue defaultRules() */
  readonly rules?: PostingRules;
  /**
   * Each register's last record before `records`, when checking the
   * continuation of older trails (say, this month's closings after last
   * month's).
   * @defaultValue none: each register's first record must have sequence 1 and no previous hash
   */
  readonly previous?: ReadonlyArray<TillClosingRecord>;
}

/**
 * Why a register's trail no longer holds:
 * - `missing`: a record's closing is not among the closings given (deleted);
 * - `unrecorded`: a closing has no record (added outside the trail);
 * - `changed`: a closing (or its record) was edited after it was recorded;
 * - `chain`: a record's `previousHash` is not its register's previous record's hash;
 * - `sequence`: a record's sequence number is not the previous one's + 1
 *   (a record was removed or inserted).
 *
 * @example
 * ```ts
 * const reason: TillClosingMismatchReason = 'changed';
 * ```
 */
export type TillClosingMismatchReason = 'missing' | 'unrecorded' | 'changed' | 'chain' | 'sequence';

/**
 * What {@link verifyTillClosings} returns: `{ ok: true, closings }` or the first
 * problem found.
 *
 * @example
 * ```ts
 * const ticket = (id: string, amount: string) => ({ id, lines: [{ label: 'Eau', account: '707100', quantity: '1', unitPrice: amount, vatRate: '5.5' }], payments: [{ method: 'cash', amount }] });
 * const z1 = { type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-10-15', tickets: [ticket('t1', '3.00')] };
 * const z2 = { type: 'till-closing', id: 'z-2', till: 'CAISSE1', day: '2024-10-16', tickets: [ticket('t2', '1.50')] };
 * const r1 = tillClosingRecord(z1);
 * const r2 = tillClosingRecord(z2, { previous: r1 });
 * const r: VerifyTillClosingsResult = verifyTillClosings([z1, z2], [r1, r2]);
 * ```
 */
export type VerifyTillClosingsResult =
  | {
      /** `true`: every closing matches its record and each register's chain holds. */
      readonly ok: true;
      /** The number of closings verified. */
      readonly closings: number;
    }
  | {
      /** `false`: a closing or its record does not match. */
      readonly ok: false;
      /**
       * Why it fails: a recorded closing missing, a closing unrecorded, a closing changed, a broken chain or
       * a sequence gap.
       */
      readonly reason: TillClosingMismatchReason;
      /** The register concerned. */
      readonly till: string;
      /** The closing id concerned. */
      readonly closing: string;
      /** The position of the record in `records` (−1 for an unrecorded closing). */
      readonly record: number;
      /** What differs, in a sentence. */
      readonly message: string;
    };

/**
 * Checks till closings against their trail of records, register by register
 * (records in the order they were made): each register's first record has
 * sequence 1 and no previous hash, each next one follows it (sequence + 1,
 * `previousHash` = the previous record's hash), each closing is recorded
 * exactly once, and recomputing each record from its closing gives the same
 * figures and hash (the same key for an HMAC chain). Reports the first
 * missing, added or edited closing. `options.previous` continues older trails.
 *
 * @param closings - the `till-closing` documents as stored
 * @param records - the records, in the order they were made (registers interleaved)
 * @param options - the HMAC key, the rules, each register's record before `records`
 * @returns `{ ok: true, closings }` or the first problem
 * @throws AccountingError `invalid_input` (a malformed record or closing),
 *   `invalid_option` (a bad `previous`)
 * @example
 * ```ts
 * const ticket = (id: string, amount: string) => ({ id, lines: [{ label: 'Eau', account: '707100', quantity: '1', unitPrice: amount, vatRate: '5.5' }], payments: [{ method: 'cash', amount }] });
 * const z1 = { type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-10-15', tickets: [ticket('t1', '3.00')] };
 * const z2 = { type: 'till-closing', id: 'z-2', till: 'CAISSE1', day: '2024-10-16', tickets: [ticket('t2', '1.50')] };
 * const r1 = tillClosingRecord(z1);
 * const r2 = tillClosingRecord(z2, { previous: r1 });
 * verifyTillClosings([z1, z2], [r1, r2]) //=> { ok: true, closings: 2 }
 * verifyTillClosings([z2], [r1, r2]).ok //=> false (reason 'missing', closing 'z-1')
 * ```
 */
export function verifyTillClosings(closings: Iterable<unknown>, records: ReadonlyArray<TillClosingRecord>, options: VerifyTillClosingsOptions = {}): VerifyTillClosingsResult {
  if (!Array.isArray(records)) fail('invalid_input', ['records'], 'verifyTillClosings takes the records as an array, in the order they were made.');
  const list = records.map((r, i) => checkTillClosingRecord(r, ['records', i]));
  const byKey = new Map<string, unknown>();
  for (const c of closings) {
    const till = typeof c === 'object' && c !== null ? (c as { till?: unknown }).till : undefined;
    const id = typeof c === 'object' && c !== null ? (c as { id?: unknown }).id : undefined;
    if (typeof till !== 'string' || typeof id !== 'string') fail('invalid_input', ['closings'], 'Each closing is a till-closing document with a till and an id.');
    byKey.set(`${till}\u0000${id}`, c);
  }
  const last = new Map<string, TillClosingRecord>();
  if (options.previous !== undefined) {
    if (!Array.isArray(options.previous)) fail('invalid_option', ['previous'], 'options.previous lists the last record of each register, as an array.');
    options.previous.forEach((r, i) => {
      const record = checkTillClosingRecord(r, ['previous', i]);
      if (last.has(record.till)) fail('invalid_option', ['previous', i, 'till'], `options.previous gives two records of register ${record.till}: give each register's last record once.`);
      last.set(record.till, record);
    });
  }
  const seen = new Set<string>();
  const bad = (reason: TillClosingMismatchReason, r: { till: string; closing: string }, record: number, message: string): VerifyTillClosingsResult =>
    Object.freeze({ ok: false, reason, till: r.till, closing: r.closing, record, message });
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    const previous = last.get(r.till);
    if ((previous ? previous.sequence + 1 : 1) !== r.sequence) {
      return bad('sequence', r, i, `Record ${i} (closing ${r.closing}) is number ${r.sequence} of register ${r.till}, expected ${previous ? previous.sequence + 1 : 1}: a record was removed or inserted before it.`);
    }
    if ((previous ? previous.hash : null) !== r.previousHash) {
      return bad('chain', r, i, `Record ${i} (closing ${r.closing}) chains to ${String(r.previousHash)} but register ${r.till}'s previous record hashes to ${previous ? previous.hash : 'nothing (it is the first)'}: a record was replaced or edited.`);
    }
    const key = `${r.till}\u0000${r.closing}`;
    const closing = byKey.get(key);
    if (closing === undefined) return bad('missing', r, i, `Closing ${r.closing} of register ${r.till} was recorded (record ${i}) but is not among the closings: it was deleted.`);
    if (seen.has(key)) return bad('sequence', r, i, `Closing ${r.closing} of register ${r.till} is recorded twice.`);
    seen.add(key);
    let again: TillClosingRecord;
    try {
      again = tillClosingRecord(closing, { previous: previous ?? null, ...(options.key === undefined ? {} : { key: options.key }), ...(options.rules === undefined ? {} : { rules: options.rules }) });
    } catch {
      return bad('changed', r, i, `Closing ${r.closing} of register ${r.till} can no longer be recorded (it is invalid now): it was edited.`);
    }
    if (again.hash !== r.hash || again.grandTotal !== r.grandTotal || again.total !== r.total) {
      return bad('changed', r, i, `Closing ${r.closing} of register ${r.till} (record ${i}) does not match its record: total ${again.total} for ${r.total} recorded; the closing or its record was edited (or the key differs).`);
    }
    last.set(r.till, r);
  }
  for (const [key, c] of byKey) {
    if (!seen.has(key)) {
      const { till, id } = c as { till: string; id: string };
      return Object.freeze({ ok: false, reason: 'unrecorded', till, closing: id, record: -1, message: `Closing ${id} of register ${till} has no record: every closing is recorded when it is made (tillClosingRecord).` });
    }
  }
  return Object.freeze({ ok: true, closings: list.length });
}
