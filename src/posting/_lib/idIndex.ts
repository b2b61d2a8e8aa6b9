// Document ids and invoice numbers of a posting run → what is known of them (internal).
//
// A call of a million documents looks two strings up per document, each absent so far: a `Map` of strings rejects
// the keys of a bucket by reading them (on a heap of a million documents, a cache miss each). This table keeps
// the hashes beside the slots (`StringTable`) and compares a key's text only when its hash matches.
import { StringTable } from '../../book/_lib/StringTable.js';

/** String keys to values, in insertion order (the part of `Map` a posting run uses). */
export class IdIndex<V> {
  readonly #keys: StringTable;
  readonly #values: Array<V | undefined> = [];

  /** `expected`: the keys to size the table for (it grows past them). */
  constructor(expected = 16) {
    this.#keys = new StringTable(expected);
  }

  /** Keys added so far (slots are numbered 0, 1, 2… in insertion order). */
  get size(): number {
    return this.#keys.size;
  }

  /** The slot of `key`, added when new (then its slot is the size before the call, and it holds no value yet). */
  slot(key: string): number {
    return this.#keys.id(key);
  }

  /** The value in a slot. */
  at(slot: number): V | undefined {
    return this.#values[slot];
  }

  /** Sets the value in a slot. */
  put(slot: number, value: V): void {
    this.#values[slot] = value;
  }

  has(key: string): boolean {
    const slot = this.#keys.find(key);
    return slot >= 0 && this.#values[slot] !== undefined;
  }

  get(key: string): V | undefined {
    const slot = this.#keys.find(key);
    return slot < 0 ? undefined : this.#values[slot];
  }

  set(key: string, value: V): this {
    this.#values[this.#keys.id(key)] = value;
    return this;
  }

  /** The values, in the order their keys were first added. */
  *values(): IterableIterator<V> {
    for (const v of this.#values) if (v !== undefined) yield v;
  }
}
