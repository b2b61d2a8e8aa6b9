// @ts-nocheck
import { toBook, type BookSource } from '../book/index.js';
import { addDays, type Period, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { checkSeal, computeSeal, perpetualOf, type Perpetual } from './_lib/sealCore.js';
import type { Seal } from './seal.js';

/**
 * Why a seal no longer holds:
 * - `changed`: a sealed transaction differs (amount, date, account, label,
 *   id of a line, piece, validation date…);
 * - `missing`: a sealed transaction is no longer in the book (or its id changed);
 * - `added`: the book holds a transaction dated in the period that the seal
 *   does not list;
 * - `chain`: the seal's `previousHash` is not the hash of the seal before it
 *   (a seal was removed, replaced or reordered);
 * - `sequence`: the seal's period does not start the day after the previous one's;
 * - `record`: the entries match but the record itself was altered (its hash,
 *   count, digests or totals, perpetual ones included).
 *
 * @example
 * ```ts
 * const reason: SealMismatchReason = 'changed';
 * ```
 */
export type SealMismatchReason = 'changed' | 'missing' | 'added' | 'chain' | 'sequence' | 'record';

/**
 * What {@link verifySeals} returns: `{ ok: true, sealed }`, or the first seal
 * (in chain order) that no longer holds, with the transaction that differs
 * when one does.
 *
 * @example
 * ```ts
 * const october = seal(book, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * const november = seal(book, { period: { from: '2024-11-01', to: '2024-11-30' }, previous: october });
 * const r: VerifySealsResult = verifySeals(book, [october, november]);
 * if (!r.ok) console.log(r.period, r.transaction, r.message);
 * ```
 */
export type VerifySealsResult =
  | {
      /** `true`: every seal matches the book and the chain holds. */
      readonly ok: true;
      /** The number of seals verified. */
      readonly sealed: number;
    }
  | {
      /** `false`: the chain or the book does not match. */
      readonly ok: false;
      /** The position of the failing seal in `seals`. */
      readonly index: number;
      /** The period of the failing seal. */
      readonly period: PeriodInput;
      /**
       * Why it fails: a transaction changed, missing or added, a broken chain, a seal out of sequence, or a
       * malformed record.
       */
      readonly reason: SealMismatchReason;
      /** The id of the transaction that differs, is missing or was added. */
      readonly transaction?: string;
      /** What differs, in a sentence. */
      readonly message: string;
    };

/**
 * Options of {@link verifySeals}.
 *
 * @example
 * ```ts
 * const lastYearsDecemberSeal = seal(book, { period: { from: '2024-10-01', to: '2024-12-31' } });
 * const options: VerifySealsOptions = { previous: lastYearsDecemberSeal };
 * ```
 */
export interface VerifySealsOptions {
  /**
   * The seal just before `seals[0]`, when checking the continuation of an
   * older chain (say, this year's seals after last year's last one).
   * @defaultValue none: `seals[0]` must start a chain (`previousHash: null`)
   */
  readonly previous?: Seal;
}

/**
 * Checks a book against a chain of seals, in order: each seal must follow
 * the one before (period and `previousHash`), and the transactions the book
 * dates in each sealed period must be exactly the sealed ones, unchanged
 * (same canonical serialisation: the order in which the book holds them and
 * their lettering do not matter). Reports the first period that no longer
 * matches, and which transaction differs. The first seal must start the
 * chain (`previousHash: null`), or follow `options.previous`: a removed first
 * seal is detected too. A FEC export and
 * re-import of the sealed book verifies against the same seals.
 *
 * @param source - the Book (or transactions) to check
 * @param seals - the seal records in chain order, as persisted (parsed JSON is fine)
 * @param options - the seal before the first one, for a continued chain
 * @returns `{ ok: true, sealed }` or the first mismatch
 * @throws AccountingError `invalid_input` when a seal record is malformed
 *   (its shape, not its content: altered content is a mismatch)
 * @example
 * ```ts
 * const october = seal(book, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * const november = seal(book, { period: { from: '2024-11-01', to: '2024-11-30' }, previous: october });
 * verifySeals(book, [october, november]) //=> { ok: true, sealed: 2 }
 * const editedBook = createBook([...bookTransactions(book)].map((t) => (t.id === 'BQ000001' ? reverseTransaction(t, { id: 'BQ000001', date: t.date }) : t)));
 * const { message, ...mismatch } = verifySeals(editedBook, [october, november]) as Extract<VerifySealsResult, { ok: false }>;
 * mismatch //=> { ok: false, index: 0, period: { from: '2024-10-01', to: '2024-10-31' }, reason: 'changed', transaction: 'BQ000001' }
 * ```
 */
export function verifySeals(source: BookSource, seals: ReadonlyArray<Seal>, options: VerifySealsOptions = {}): VerifySealsResult {
  if (!Array.isArray(seals)) fail('invalid_input', ['seals'], 'verifySeals takes the seal records as an array, in chain order.');
  const list = seals.map((s, i) => checkSeal(s, ['seals', i]));
  const anchor = options.previous === undefined ? undefined : checkSeal(options.previous, ['previous']);
  const book = toBook(source);
  let before: Perpetual = anchor ? perpetualOf(anchor, book.scale) : new Map();
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const period: Period = { from: s.period.from, to: s.period.to } as Period;
    const bad = (reason: SealMismatchReason, message: string, transaction?: string): VerifySealsResult =>
      Object.freeze({ ok: false, index: i, period: Object.freeze({ ...s.period }), reason, ...(transaction === undefined ? {} : { transaction }), message });
    if (s.currency !== book.currency) return bad('record', `Seal ${i} is in ${s.currency} but the book is in ${book.currency}.`);
    if (s.period.to < s.period.from) return bad('record', `Seal ${i}'s period ends (${s.period.to}) before it starts (${s.period.from}).`);
    const p = i === 0 ? anchor : list[i - 1]!;
    if (p === undefined) {
      if (s.previousHash !== null) {
        return bad('chain', `Seal 0 chains to ${s.previousHash} but starts the list: a seal before it is missing (or pass options.previous when checking the continuation of an older chain).`);
      }
    } else {
      const next = addDays(p.period.to as never, 1);
      if (s.period.from !== next) {
        return bad('sequence', `Seal ${i} covers ${s.period.from} – ${s.period.to} but the previous seal ends on ${p.period.to}: the next seal should start on ${next} (a seal is missing or out of order).`);
      }
      if (s.previousHash !== p.hash) {
        return bad('chain', `Seal ${i} chains to ${String(s.previousHash)} but the previous seal's hash is ${p.hash}: a seal was removed, replaced or edited.`);
      }
    }
    const actual = computeSeal(book, period, s.previousHash, before);
    if (actual.hash !== s.hash) {
      const found = locate(s, actual);
      if (found) return bad(found.reason, found.message, found.transaction);
      return bad('record', `The transactions of ${s.period.from} – ${s.period.to} match the seal's digests but not its hash: the seal record was altered.`);
    }
    if (actual.transactions !== s.transactions || !sameJournals(actual.journals, s.journals) || !sameDigests(actual.digests, s.digests)) {
      return bad('record', `The entries of ${s.period.from} – ${s.period.to} match the seal's hash, but its count, totals or digests were altered: expected ${actual.transactions} transactions and the totals ${JSON.stringify(actual.journals)}.`);
    }
    before = perpetualOf(s, book.scale);
  }
  return Object.freeze({ ok: true, sealed: list.length });
}

/** Field-by-field equality of journal totals (key order does not matter: a database may reorder JSON keys). */
function sameJournals(a: Seal['journals'], b: Seal['journals']): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.journal === y.journal && x.period.debit === y.period.debit && x.period.credit === y.period.credit && x.perpetual.debit === y.perpetual.debit && x.perpetual.credit === y.perpetual.credit;
  });
}

function sameDigests(a: Seal['digests'], b: Seal['digests']): boolean {
  return a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1]);
}

/** The first transaction (canonical order) that differs between a seal and the book. */
function locate(sealed: Seal, actual: Seal): { reason: SealMismatchReason; transaction: string; message: string } | undefined {
  const now = new Map(actual.digests.map(([id, d]) => [id, d]));
  const then = new Set(sealed.digests.map(([id]) => id));
  const where = `${sealed.period.from} – ${sealed.period.to}`;
  // walk both lists in canonical order: the first disagreement is reported
  const n = Math.max(sealed.digests.length, actual.digests.length);
  for (let k = 0; k < n; k++) {
    const a = sealed.digests[k];
    const b = actual.digests[k];
    if (a && b && a[0] === b[0] && a[1] === b[1]) continue;
    if (a && !now.has(a[0])) return { reason: 'missing', transaction: a[0], message: `Transaction ${a[0]}, sealed in ${where}, is no longer in the book (removed, redated out of the period, or its id changed).` };
    if (b && !then.has(b[0])) return { reason: 'added', transaction: b[0], message: `Transaction ${b[0]} is dated in the sealed period ${where} but was not sealed: it was added (or redated into the period, or its id changed) after the seal.` };
    if (a && now.get(a[0]) !== a[1]) return { reason: 'changed', transaction: a[0], message: `Transaction ${a[0]} of the sealed period ${where} was changed after the seal (an amount, date, account, label, piece or validation date).` };
    if (b) return { reason: 'changed', transaction: b[0], message: `Transaction ${b[0]} of the sealed period ${where} was changed after the seal (its date or journal moved it in the canonical order).` };
  }
  return undefined;
}
