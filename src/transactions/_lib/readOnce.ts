/**
 * Reads an untrusted input once into plain data (internal).
 *
 * Validation and use must see the same value: a getter or a proxy may answer
 * differently on a second read, so the library reads each input once, into a
 * copy made only of plain objects, arrays and primitives, then validates and
 * uses that copy only. The copy:
 * - reads each own enumerable string key of an object once (a getter runs
 *   once), and each index of an array once (its `length` once);
 * - turns a `Decimal` (any decimal.js clone) into its plain digits, read once
 *   through `toFixed()`; an object that only claims to be a Decimal, or
 *   whose `toFixed` throws, becomes a value no schema accepts;
 * - keeps a `__proto__`, `constructor` or `prototype` key as an own property
 *   (so validation refuses it as `forbidden_key`), never as a prototype: a key
 *   that `Object.prototype` also has is defined on the copy, never assigned, so
 *   a setter there is not run and a frozen `Object.prototype` (hardened
 *   runtimes) refuses nothing;
 * - copies a shared object each time it is met (a getter on it runs once
 *   per place it is met);
 * - refuses a cycle, a nesting deeper than 64, an array longer than
 *   10,000,000 items, more than 50,000,000 objects in all, and any read that
 *   throws (whatever it throws, even an error whose name or prototype throws
 *   in turn), as `invalid_input` issues.
 */
import { issue, quote, type AccountingIssue } from '../../errors/index.js';
import { Decimal } from '../../money/index.js';
import { DECIMAL_RE } from '../../money/amount.js';
import { decimalText } from '../../money/decimalText.js';

/** How deep a document may nest (a document is about five levels deep). */
export const MAX_DEPTH = 64;
/** The longest array read. */
export const MAX_ITEMS = 10_000_000;
/** The most objects and arrays one input may hold. */
export const MAX_VALUES = 50_000_000;

/** The limits of one read (internal: tests pass small ones to reach each boundary without allocating millions of objects). */
export interface ReadLimits {
  /** How deep a value may nest. */
  readonly maxDepth: number;
  /** The longest array read. */
  readonly maxItems: number;
  /** The most objects and arrays one input may hold. */
  readonly maxValues: number;
}

/** The limits every public entry point reads with (documented in docs/limits.md). */
export const READ_LIMITS: ReadLimits = Object.freeze({ maxDepth: MAX_DEPTH, maxItems: MAX_ITEMS, maxValues: MAX_VALUES });

/** What no schema accepts: an object that only looks like a Decimal is replaced by it. */
const NOT_AN_AMOUNT = Object.freeze({ notAnAmount: true });

/** The copy, or the issues met while reading (paths relative to `prefix`). */
export type ReadOnce = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: AccountingIssue[] };

/** A value that cannot be read; its path is filled in from the inside out as the copy unwinds. */
class Unreadable {
  readonly path: Array<string | number> = [];
  constructor(readonly message: string) {}
}

interface State {
  /** The objects being copied: a cycle is one of them met again. */
  /** `ancestors[d]`: the object being copied at depth d (entries past the current depth are stale). */
  readonly ancestors: Array<object | undefined>;
  /** Objects and arrays still allowed (a shared object is copied each time it is met: this stops an exponential copy). */
  budget: number;
  /** The limits of this read. */
  readonly limits: ReadLimits;
}

function unreadable(error: unknown): Unreadable {
  try {
    return error instanceof Unreadable ? error : new Unreadable(`Reading this value threw ${error instanceof Error ? error.name : quote(error)}: give plain data (no getter or proxy that throws).`);
  } catch {
    // what was thrown throws in turn when looked at (a proxy whose prototype trap throws, an error whose name getter throws)
    return new Unreadable('Reading this value threw something that throws in turn when read: give plain data (no getter or proxy that throws).');
  }
}

/** Prefixes an error's path with a key as the copy unwinds. */
function at(error: unknown, key: string | number): Unreadable {
  const u = unreadable(error);
  u.path.unshift(key);
  return u;
}

function copyValue(v: unknown, depth: number, st: State): unknown {
  if (typeof v !== 'object' || v === null) return v; // primitives (bigint and symbol included) and functions: schemas refuse them
  const ancestors = st.ancestors;
  for (let d = 0; d < depth; d++) if (ancestors[d] === v) throw new Unreadable('This value contains itself (a cycle): give plain data, each object once.');
  if (depth > st.limits.maxDepth) throw new Unreadable(`The value nests deeper than ${st.limits.maxDepth} levels: give the document's plain data.`);
  if (--st.budget < 0) throw new Unreadable(`The value holds more than ${st.limits.maxValues} objects and arrays: give the document's plain data (or split it).`);
  let proto: unknown;
  let isArray: boolean;
  try {
    isArray = Array.isArray(v);
    proto = isArray ? Array.prototype : Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null && !isArray && Decimal.isDecimal(v)) return decimalOf(v);
  } catch (error) {
    throw unreadable(error);
  }
  ancestors[depth] = v;
  let out: unknown;
  if (isArray) {
    const a = v as unknown[];
    let n: number;
    try {
      n = a.length;
    } catch (error) {
      throw unreadable(error);
    }
    if (!(Number.isSafeInteger(n) && n >= 0 && n <= st.limits.maxItems)) throw new Unreadable(`The list has ${quote(n)} items, more than the ${st.limits.maxItems} read: split it.`);
    // Stryker disable next-line ArrayDeclaration: every index below n is assigned; the length only presizes the array
    const list = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      try {
        list[i] = copyValue(a[i], depth + 1, st);
      } catch (error) {
        throw at(error, i);
      }
    }
    out = list;
  } else {
    let keys: string[];
    try {
      keys = Object.keys(v);
    } catch (error) {
      throw unreadable(error);
    }
    const shaped = copyShaped(v as Record<string, unknown>, keys, depth, st);
    if (shaped !== undefined) out = shaped;
    else {
      const o: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        let value: unknown;
        try {
          value = copyValue((v as Record<string, unknown>)[key], depth + 1, st);
        } catch (error) {
          throw at(error, key);
        }
        // assigning a key Object.prototype has (`__proto__`, `constructor`, a polluted one) would run its setter or, frozen, throw
        if (key in Object.prototype) Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
        else o[key] = value;
      }
      out = o;
    }
  }
  return out;
}

/** A value read from a field, copied when it is an object or an array. */
function field(x: unknown, depth: number, st: State): unknown {
  return typeof x === 'object' && x !== null ? copyValue(x, depth + 1, st) : x;
}

/**
 * The copy of an object of a common document shape — an invoice, its customer, its lines, their keys in the
 * order the documentation writes them (what a billing database hands over a million times) — or undefined for
 * any other key list. The same reads in the same order as the general copy, errors prefixed with the same key;
 * the copy is built at once (a literal holds its values in the object itself: smaller, and no property added
 * one by one).
 */
// Stryker disable next-line BlockStatement: answering undefined, the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
function copyShaped(v: Record<string, unknown>, keys: string[], depth: number, st: State): object | undefined {
  // Stryker disable next-line StringLiteral: unread: every read that can throw comes after `key` is set to its key
  let key = '';
  // Stryker disable next-line BlockStatement: answering undefined, the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
  try {
    switch (keys.length) {
      // Stryker disable next-line BlockStatement: an empty case falls through to a key test answering undefined; the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
      case 9: {
        // Stryker disable next-line StringLiteral: a key name no key equals sends the shape to the general copy; the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
        if (keys[0] !== 'type' || keys[1] !== 'id' || keys[2] !== 'kind' || keys[3] !== 'status' || keys[4] !== 'number' || keys[5] !== 'date' || keys[6] !== 'customer' || keys[7] !== 'pricesIncludeTax' || keys[8] !== 'lines') return undefined;
        key = 'type';
        const type = field(v.type, depth, st);
        key = 'id';
        const id = field(v.id, depth, st);
        key = 'kind';
        const kind = field(v.kind, depth, st);
        key = 'status';
        const status = field(v.status, depth, st);
        key = 'number';
        const number = field(v.number, depth, st);
        key = 'date';
        const date = field(v.date, depth, st);
        key = 'customer';
        const customer = field(v.customer, depth, st);
        key = 'pricesIncludeTax';
        const pricesIncludeTax = field(v.pricesIncludeTax, depth, st);
        key = 'lines';
        const lines = field(v.lines, depth, st);
        return { type, id, kind, status, number, date, customer, pricesIncludeTax, lines };
      }
      // Stryker disable next-line BlockStatement: an empty case falls through to a key test answering undefined; the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
      case 5: {
        // Stryker disable next-line StringLiteral: a key name no key equals sends the shape to the general copy; the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
        if (keys[0] !== 'label' || keys[1] !== 'account' || keys[2] !== 'quantity' || keys[3] !== 'unitPrice' || keys[4] !== 'vatRate') return undefined;
        key = 'label';
        const label = field(v.label, depth, st);
        key = 'account';
        const account = field(v.account, depth, st);
        key = 'quantity';
        const quantity = field(v.quantity, depth, st);
        key = 'unitPrice';
        const unitPrice = field(v.unitPrice, depth, st);
        key = 'vatRate';
        const vatRate = field(v.vatRate, depth, st);
        return { label, account, quantity, unitPrice, vatRate };
      }
      // Stryker disable next-line BlockStatement: an empty case falls through to a key test answering undefined; the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
      case 2: {
        // Stryker disable next-line StringLiteral: a key name no key equals sends the shape to the general copy; the general copy runs: same reads, order, copy and refusals (the literal saves memory and time only)
        if (keys[0] !== 'id' || keys[1] !== 'name') return undefined;
        key = 'id';
        const id = field(v.id, depth, st);
        key = 'name';
        const name = field(v.name, depth, st);
        return { id, name };
      }
      default:
        return undefined;
    }
  } catch (error) {
    throw at(error, key);
  }
}

/** A Decimal's plain digits, read once through toFixed(); something that only claims to be one becomes NOT_AN_AMOUNT. */
function decimalOf(v: object): unknown {
  const text = decimalText(v);
  return text !== undefined && DECIMAL_RE.test(text) ? new Decimal(text) : NOT_AN_AMOUNT;
}

/** The state {@link readOnce} reuses (one read at a time in most calls: no state and stack allocated per document). */
let spare: State | undefined;

/** Reads `input` once into plain data; see the file comment. `limits` is for tests only: the library always reads with READ_LIMITS. */
export function readOnce(input: unknown, prefix: ReadonlyArray<string | number> = [], limits: ReadLimits = READ_LIMITS): ReadOnce {
  // the state of the last read, reused (a read started by a getter during another read makes its own)
  let st = spare;
  if (st !== undefined && st.limits === limits) {
    spare = undefined;
    st.budget = limits.maxValues;
  } else {
    // Stryker disable next-line ArrayDeclaration: the ancestors are compared with objects only, which a string never equals
    st = { ancestors: [], budget: limits.maxValues, limits };
  }
  try {
    return { ok: true, value: copyValue(input, 0, st) };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, issues: [issue('invalid_input', [...prefix, ...error.path], error.message)] };
    // Stryker disable next-line all: a safety net for a stack that runs out around the copy (no input reaches it deterministically)
    if (error instanceof RangeError) return { ok: false, issues: [issue('invalid_input', [...prefix], "The value could not be read (too large or too deep): give the document's plain data.")] };
    throw error;
  } finally /* Stryker disable next-line BlockStatement: emptied, the state is not reused (a new one each read) and keeps nothing: the same result */ {
    // the input's objects are not kept past the read
    const ancestors = st.ancestors;
    for (let d = 0; d < ancestors.length; d++) ancestors[d] = undefined;
    spare = st;
  }
}
