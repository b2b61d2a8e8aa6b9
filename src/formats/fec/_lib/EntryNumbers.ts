import { ByteTable } from './ByteTable.js';
import { sameBytes } from './bytes.js';

/**
 * The EcritureNum values met so far and the journal of each (internal): an
 * entry number may not come back in its journal after other lines (its lines
 * are contiguous), and a number used by two journals must be told apart.
 *
 * Most files number each journal with a prefix of its own followed by
 * increasing digits (`VT000001`, `VT000002`…): while that holds, no table is
 * needed (distinct prefixes and increasing numbers cannot repeat). The first
 * number that breaks the pattern moves every number seen into a hash table,
 * which answers from then on.
 */
export class EntryNumbers {
  private table: ByteTable | undefined;
  private owners = new Int32Array(1024);
  // every number seen while no table is needed: its bytes and journal
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private journals = new Int32Array(1024);
  private count = 0;
  // per journal: the prefix (non-digits before the digits) and the last number
  private readonly headStart: number[] = [];
  private readonly headEnd: number[] = [];
  private readonly lastStart: number[] = [];
  private readonly lastEnd: number[] = [];

  constructor(private readonly b: Uint8Array) {}

  /**
   * Records the number `b[s…e)` of a new entry of `journal`: −1 when it is
   * new, else the journal that already used it (nothing recorded then).
   */
  add(s: number, e: number, journal: number): number {
    if (this.table === undefined) {
      if (this.fits(s, e, journal)) {
        this.remember(s, e, journal);
        return -1;
      }
      this.buildTable();
    }
    return this.addBytes(this.b, s, e, journal);
  }

  /** {@link add} for bytes outside the file (renamed numbers); the table is always used. */
  addBytes(bytes: Uint8Array, s: number, e: number, journal: number): number {
    if (this.table === undefined) this.buildTable();
    const table = this.table!;
    const found = table.find(bytes, s, e);
    if (found >= 0) return this.owners[found]!;
    const id = table.id(bytes, s, e);
    if (id >= this.owners.length) {
      const owners = new Int32Array(this.owners.length * 2);
      owners.set(this.owners);
      this.owners = owners;
    }
    this.owners[id] = journal;
    return -1;
  }

  /** Whether the hash table answers (a number broke the pattern, or {@link addBytes} was called); until then, none is built. */
  get usesTable(): boolean {
    return this.table !== undefined;
  }

  /**
   * Whether the number keeps its journal's pattern: a prefix (the bytes
   * before its first digit) that no other journal uses, then only digits,
   * each number after the journal's last one (longer, or as long and greater).
   */
  private fits(s: number, e: number, journal: number): boolean {
    const b = this.b;
    let h = s;
    while (h < e && (b[h]! < 48 || b[h]! > 57)) h++;
    if (h === e) return false;
    for (let k = h; k < e; k++) if (b[k]! < 48 || b[k]! > 57) return false;
    const { headStart, headEnd, lastStart, lastEnd } = this;
    while (headStart.length <= journal) {
      headStart.push(-1);
      headEnd.push(-1);
      lastStart.push(0);
      lastEnd.push(0);
    }
    if (headStart[journal]! < 0) {
      // the journal's first number: its prefix must be no other journal's
      for (let j = 0; j < headStart.length; j++) if (headStart[j]! >= 0 && sameBytes(b, s, h, headStart[j]!, headEnd[j]!)) return false;
      headStart[journal] = s;
      headEnd[journal] = h;
    } else if (!sameBytes(b, s, h, headStart[journal]!, headEnd[journal]!)) return false;
    else {
      const len = e - s;
      const ls = lastStart[journal]!;
      const lastLen = lastEnd[journal]! - ls;
      if (len < lastLen) return false;
      if (len === lastLen) {
        let k = 0;
        while (k < len && b[s + k] === b[ls + k]) k++;
        if (k === len || b[s + k]! < b[ls + k]!) return false;
      }
    }
    lastStart[journal] = s;
    lastEnd[journal] = e;
    return true;
  }

  private remember(s: number, e: number, journal: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const out = new Int32Array(size);
        out.set(a);
        return out;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.journals = grow(this.journals);
    }
    this.starts[this.count] = s;
    this.ends[this.count] = e;
    this.journals[this.count] = journal;
    this.count++;
  }

  private buildTable(): void {
    const table = new ByteTable(Math.max(1024, this.count * 2));
    this.table = table;
    this.owners = new Int32Array(Math.max(1024, this.count * 2));
    for (let k = 0; k < this.count; k++) this.owners[table.id(this.b, this.starts[k]!, this.ends[k]!)] = this.journals[k]!;
    this.starts = new Int32Array(0);
    this.ends = new Int32Array(0);
    this.journals = new Int32Array(0);
    this.count = 0;
  }
}
