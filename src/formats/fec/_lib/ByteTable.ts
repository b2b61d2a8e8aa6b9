import { hashBytes } from './bytes.js';

/**
 * An open-addressing table interning byte ranges to dense ids (internal): the
 * parser looks up account numbers, labels, auxiliary accounts and entry
 * numbers by their bytes, and makes a string only for a value it has not seen.
 * Keys are copied into the table's own arena, so no input buffer is retained.
 */
export class ByteTable {
  /** Number of keys. */
  size = 0;
  private arena: Uint8Array;
  private used = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private slots: Int32Array;
  private hashes: Int32Array;
  private mask: number;

  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.hashes = new Int32Array(cap);
    this.mask = cap - 1;
    this.starts = new Int32Array(Math.max(16, expected));
    this.ends = new Int32Array(Math.max(16, expected));
    this.arena = new Uint8Array(Math.max(256, expected * 8));
  }

  /** The id of the bytes `b[s…e)`, or −1. */
  find(b: Uint8Array, s: number, e: number): number {
    return this.lookup(b, s, e, hashBytes(b, s, e));
  }

  /** The id of `b[s…e)`, added when new (then `size` grows by one). */
  id(b: Uint8Array, s: number, e: number): number {
    const h = hashBytes(b, s, e);
    const found = this.lookup(b, s, e, h);
    if (found >= 0) return found;
    return this.insert(b, s, e, h);
  }

  /** The bytes of key `id` (a view into the arena: copy before keeping). */
  bytes(id: number): Uint8Array {
    return this.arena.subarray(this.starts[id]!, this.ends[id]!);
  }

  private lookup(b: Uint8Array, s: number, e: number, h: number): number {
    const { slots, hashes, mask, arena, starts, ends } = this;
    const len = e - s;
    let i = h & mask;
    for (;;) {
      const id = slots[i]!;
      if (id === -1) return -1;
      if (hashes[i] === h) {
        const ks = starts[id]!;
        if (ends[id]! - ks === len) {
          let k = 0;
          while (k < len && arena[ks + k] === b[s + k]) k++;
          if (k === len) return id;
        }
      }
      i = (i + 1) & mask;
    }
  }

  private insert(b: Uint8Array, s: number, e: number, h: number): number {
    const id = this.size++;
    const len = e - s;
    if (this.used + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    const arena = this.arena;
    const at = this.used;
    for (let k = 0; k < len; k++) arena[at + k] = b[s + k]!;
    this.used += len;
    if (id >= this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.starts[id] = at;
    this.ends[id] = at + len;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const { slots, mask } = this;
    let i = h & mask;
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = id;
    this.hashes[i] = h;
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.hashes = new Int32Array(cap);
    this.mask = cap - 1;
    for (let id = 0; id < this.size; id++) this.place(id, hashBytes(this.arena, this.starts[id]!, this.ends[id]!));
  }
}
