/**
 * An open-addressing string → dense id table (internal). Faster and leaner than
 * a `Map<string, number>` for millions of keys: the hash is computed from the
 * characters once per lookup, collisions compare stored hashes before strings.
 */
export class StringTable {
  readonly values: string[] = [];
  private hashes = new Int32Array(0);
  private slots = new Int32Array(0);
  private mask = 0;
  /** Values appended without their slots (see `append`): the slots are rebuilt before the next lookup. */
  private stale = false;

  constructor(expected = 16) {
    this.resize(expected);
  }

  /**
   * Adds a value known to be new (the caller guarantees it is in no slot yet) without hashing it; returns its id.
   * A later lookup first hashes every value again: for a table filled once, then only read by id.
   */
  append(value: string): number {
    this.stale = true;
    return this.values.push(value) - 1;
  }

  get size(): number {
    return this.values.length;
  }

  private reindex(): void {
    this.stale = false;
    this.resize(this.values.length);
  }

  private resize(expected: number): void {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    const slots = new Int32Array(cap).fill(-1);
    const hashes = new Int32Array(cap);
    const mask = cap - 1;
    const old = this.values;
    for (let id = 0; id < old.length; id++) {
      const h = hashString(old[id]!);
      let i = h & mask;
      while (slots[i] !== -1) i = (i + 1) & mask;
      slots[i] = id;
      hashes[i] = h;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.mask = mask;
  }

  /** The id of `value`, or −1. */
  find(value: string): number {
    if (this.stale) this.reindex();
    const h = hashString(value);
    const { slots, hashes, mask, values } = this;
    let i = h & mask;
    for (;;) {
      const id = slots[i]!;
      if (id === -1) return -1;
      if (hashes[i] === h && values[id] === value) return id;
      i = (i + 1) & mask;
    }
  }

  /** The id of `value`, added when new. */
  id(value: string): number {
    if (this.stale) this.reindex();
    const h = hashString(value);
    let { slots, hashes, mask } = this;
    const values = this.values;
    let i = h & mask;
    for (;;) {
      const id = slots[i]!;
      if (id === -1) break;
      if (hashes[i] === h && values[id] === value) return id;
      i = (i + 1) & mask;
    }
    const id = values.length;
    values.push(value);
    if (values.length * 2 > slots.length) {
      this.resize(values.length);
      ({ slots, hashes, mask } = this);
      i = h & mask;
      while (slots[i] !== -1) i = (i + 1) & mask;
    }
    slots[i] = id;
    hashes[i] = h;
    return id;
  }
}

/** FNV-1a over UTF-16 code units, mixed (internal). */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) ^ (h >>> 13);
}
