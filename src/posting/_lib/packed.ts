// A document's read-once copy held compactly while nothing reads it (internal).
//
// An invoice that depends on no other document posts at once; its copy (the
// plain data `readOnce` made of the input) is kept only in case a later
// document of the call refers to it. Kept as objects, a copy of an invoice of
// two lines is about nine heap objects (~440 bytes), promoted and then marked
// by every full collection of a call that posts a million invoices. Packed, it
// is one array: its values in order, each object's key list (shared by every
// object with the same keys in the same order) and each array's length in
// front of their items. `unpack` builds the same copy again: the same keys in
// the same order, the same values.

/** The keys of an object, in order; one instance per key list met (up to `MAX_SHAPES`). */
class Shape {
  constructor(readonly keys: ReadonlyArray<string>) {}
}

/** An array of `length` items (the items follow). */
class ArrayOf {
  constructor(readonly length: number) {}
}

/** The first cell of a packed copy (no copy of a document holds it). */
const PACKED = Object.freeze(new ArrayOf(-1));

const MAX_SHAPES = 64;
const shapes: Shape[] = [];
const arrays: ArrayOf[] = [];

function shapeOf(keys: string[]): Shape {
  for (let s = 0; s < shapes.length; s++) {
    const known = shapes[s]!.keys;
    if (known.length !== keys.length) continue;
    let same = true;
    for (let k = 0; k < keys.length && same; k++) same = known[k] === keys[k];
    if (same) return shapes[s]!;
  }
  const shape = new Shape(Object.freeze(keys));
  if (shapes.length < MAX_SHAPES) shapes.push(shape);
  return shape;
}

function arrayOf(length: number): ArrayOf {
  if (length >= 64) return new ArrayOf(length);
  return (arrays[length] ??= new ArrayOf(length));
}

/** Appends `v` to `cells`; false when it holds anything but plain objects, arrays and primitives. */
function write(v: unknown, cells: unknown[], depth: number): boolean {
  if (typeof v !== 'object' || v === null) {
    cells.push(v);
    return true;
  }
  if (depth > 64) return false;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    const n = v.length;
    cells.push(arrayOf(n));
    for (let i = 0; i < n; i++) {
      if (!(i in v) || !write(v[i], cells, depth + 1)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  for (let k = 0; k < keys.length; k++) if (keys[k] === '__proto__') return false;
  cells.push(shapeOf(keys));
  const o = v as Record<string, unknown>;
  for (let k = 0; k < keys.length; k++) if (!write(o[keys[k]!], cells, depth + 1)) return false;
  return true;
}

/**
 * `copy` packed into one array, or `copy` itself when it holds anything but
 * plain objects (`Object.prototype`, no `__proto__` key), dense arrays and
 * primitives.
 */
export function pack(copy: unknown): unknown {
  if (typeof copy !== 'object' || copy === null) return copy;
  const cells: unknown[] = [PACKED];
  return write(copy, cells, 0) ? cells : copy;
}

/** The copy `pack` was given (a value `pack` left as it was is returned as it is). */
export function unpack(packed: unknown): unknown {
  if (!Array.isArray(packed) || packed[0] !== PACKED) return packed;
  const cells = packed as unknown[];
  let at = 1;
  const read = (): unknown => {
    const cell = cells[at++];
    if (cell instanceof Shape) {
      const o: Record<string, unknown> = {};
      const keys = cell.keys;
      for (let k = 0; k < keys.length; k++) o[keys[k]!] = read();
      return o;
    }
    if (cell instanceof ArrayOf) {
      const list = new Array<unknown>(cell.length);
      for (let i = 0; i < cell.length; i++) list[i] = read();
      return list;
    }
    return cell;
  };
  return read();
}
