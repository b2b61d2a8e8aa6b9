// @ts-nocheck
// Arrow types and vectors of the columnar schema (internal).
import { Bool, DateDay, Decimal as ArrowDecimal, Dictionary, Field, Int32, makeData, makeVector, Schema, Utf8, type Data, type DataType } from 'apache-arrow';
import { AMOUNT_PRECISION, COLUMNAR_COLUMNS, FOREIGN_PRECISION, FOREIGN_SCALE, type ColumnarColumnKind } from '../schema.js';

/** The Arrow type of a column kind; a dictionary's id is its column's position (never Arrow's global counter: the same Book gives the same bytes). */
function arrowType(kind: ColumnarColumnKind, scale: number, position: number): DataType {
  switch (kind) {
    case 'string':
    case 'json':
      return new Utf8();
    case 'dictionary':
      return new Dictionary(new Utf8(), new Int32(), position);
    case 'date':
      return new DateDay();
    case 'amount':
      return new ArrowDecimal(scale, AMOUNT_PRECISION, 128);
    case 'foreign-amount':
      return new ArrowDecimal(FOREIGN_SCALE, FOREIGN_PRECISION, 128);
    case 'int':
      return new Int32();
    case 'boolean':
      return new Bool();
  }
}

/** The Arrow schema of a file in a currency of this scale, with its key/value metadata (internal). */
export function arrowSchema(scale: number, metadata: ReadonlyArray<readonly [string, string]>): Schema {
  const fields = COLUMNAR_COLUMNS.map((c, position) => new Field(c.name, arrowType(c.kind, scale, position), c.nullable));
  return new Schema(fields, new Map(metadata));
}

function validity(values: ReadonlyArray<unknown>): { nullCount: number; nullBitmap: Uint8Array | undefined } {
  let nullCount = 0;
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { nullCount, nullBitmap: nullCount > 0 ? bitmap : undefined };
}

const TWO_32 = 4294967296;

/** Decimal128 words (little-endian 32-bit words, two's complement) of integers (internal). */
function decimalWords(values: ReadonlyArray<unknown>): Uint32Array {
  const words = new Uint32Array(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (typeof v === 'number' && v >= 0) {
      words[4 * i] = v % TWO_32;
      words[4 * i + 1] = Math.floor(v / TWO_32);
    } else {
      const u = BigInt.asUintN(128, BigInt(v as number | bigint));
      for (let w = 0; w < 4; w++) words[4 * i + w] = Number((u >> BigInt(32 * w)) & 0xffffffffn);
    }
  }
  return words;
}

const encoder = new TextEncoder();

/** UTF-8 strings laid out as Arrow lays them: offsets, then the bytes (nulls are empty). */
function utf8Data(values: ReadonlyArray<string | null>): Data<Utf8> {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  let bytes = new Uint8Array(Math.max(64, n * 8));
  let at = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && v.length > 0) {
      if (at + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, at + v.length * 3));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      at += encoder.encodeInto(v, bytes.subarray(at)).written;
    }
    offsets[i + 1] = at;
  }
  return makeData({ type: new Utf8(), length: n, ...validity(values), valueOffsets: offsets, data: bytes.slice(0, at) });
}

/** A dictionary column: each distinct string once, in order of first use, and an Int32 index per row. */
function dictionaryData(type: Dictionary<Utf8, Int32>, values: ReadonlyArray<string | null>): Data {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const indices = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    let id = ids.get(v);
    if (id === undefined) {
      id = distinct.length;
      ids.set(v, id);
      distinct.push(v);
    }
    indices[i] = id;
  }
  return makeData({ type, length: values.length, ...validity(values), data: indices, dictionary: makeVector(utf8Data(distinct)) });
}

/** The Arrow data of one column's values (internal). */
export function arrowData(field: Field, values: ReadonlyArray<unknown>): Data {
  const type = field.type as DataType;
  const length = values.length;
  if (type instanceof ArrowDecimal) return makeData({ type, length, ...validity(values), data: decimalWords(values) });
  if (type instanceof DateDay) {
    const days = new Int32Array(length);
    for (let i = 0; i < length; i++) days[i] = (values[i] as number | null) ?? 0;
    return makeData({ type, length, ...validity(values), data: days });
  }
  if (type instanceof Int32) return makeData({ type, length, nullCount: 0, data: Int32Array.from(values as number[]) });
  if (type instanceof Bool) {
    const bits = new Uint8Array((length + 7) >> 3);
    for (let i = 0; i < length; i++) if (values[i] === true) bits[i >> 3]! |= 1 << (i & 7);
    return makeData({ type, length, ...validity(values), data: bits });
  }
  if (type instanceof Dictionary) return dictionaryData(type as Dictionary<Utf8, Int32>, values as ReadonlyArray<string | null>);
  return utf8Data(values as ReadonlyArray<string | null>);
}
