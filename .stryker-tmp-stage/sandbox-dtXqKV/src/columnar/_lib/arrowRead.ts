// @ts-nocheck
// Arrow record batches as the reader's batches (internal).
import { DataType, DateUnit, type Data, type RecordBatch, type Schema, type Vector } from 'apache-arrow';
import type { FileColumnType, ReadBatch } from './read.js';

const DAY_MS = 86_400_000;

/** The file's type of a column, as the reader needs it (internal). */
export function arrowColumnType(type: DataType): FileColumnType {
  const text = (t: DataType): boolean => DataType.isUtf8(t) || DataType.isLargeUtf8(t);
  if (text(type) || (DataType.isDictionary(type) && text(type.dictionary))) return { kind: 'string' };
  if (DataType.isDate(type)) return { kind: 'date' };
  if (DataType.isDecimal(type)) return { kind: 'decimal', scale: type.scale };
  if (DataType.isInt(type)) return { kind: 'int' };
  if (DataType.isBool(type)) return { kind: 'boolean' };
  return { kind: 'other', description: `an Arrow ${String(type)}` };
}

/** The columns of an Arrow schema by name (internal). */
export function arrowColumns(schema: Schema): Map<string, FileColumnType> {
  return new Map(schema.fields.map((f) => [f.name, arrowColumnType(f.type as DataType)]));
}

/** An integer of little-endian 32-bit words, two's complement. */
function wordsToBigInt(words: Uint32Array): bigint {
  let u = 0n;
  for (let w = words.length - 1; w >= 0; w--) u = (u << 32n) | BigInt(words[w]!);
  return BigInt.asIntN(words.length * 32, u);
}

const decoder = new TextDecoder();

/** UTF-8 strings of a Utf8 data (32-bit offsets), nulls as null. */
function utf8Strings(data: Data, out: unknown[], at: number, valid: (i: number) => boolean): void {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  for (let i = 0; i < data.length; i++) {
    out[at + i] = valid(i) ? decoder.decode(bytes.subarray(offsets[data.offset + i]!, offsets[data.offset + i + 1]!)) : null;
  }
}

/** Whether row i of a data is valid (its null bitmap, offset applied). */
function validity(data: Data): (i: number) => boolean {
  const bitmap = data.nullBitmap as Uint8Array | undefined;
  if (data.nullCount === 0 || !bitmap || bitmap.length === 0) return () => true;
  const offset = data.offset;
  return (i) => ((bitmap[(offset + i) >> 3]! >> ((offset + i) & 7)) & 1) === 1;
}

/** Decodes one data chunk straight from its buffers when its layout is known; false otherwise. */
function decodeData(data: Data, kind: FileColumnType['kind'], out: unknown[], at: number): boolean {
  const type = data.type as DataType;
  const valid = validity(data);
  if (kind === 'string' && DataType.isUtf8(type)) {
    utf8Strings(data, out, at, valid);
    return true;
  }
  if (kind === 'string' && DataType.isDictionary(type) && DataType.isUtf8(type.dictionary) && data.dictionary) {
    const dictionary = data.dictionary;
    const words: Array<string | null> = [];
    for (let d = 0; d < dictionary.length; d++) words.push(dictionary.get(d) as string | null);
    const indices = data.values as ArrayLike<number | bigint>;
    for (let i = 0; i < data.length; i++) out[at + i] = valid(i) ? (words[Number(indices[data.offset + i]!)] ?? null) : null;
    return true;
  }
  if (kind === 'date' && DataType.isDate(type) && type.unit === DateUnit.DAY) {
    const days = data.values as Int32Array;
    for (let i = 0; i < data.length; i++) out[at + i] = valid(i) ? days[data.offset + i]! : null;
    return true;
  }
  if (kind === 'decimal' && DataType.isDecimal(type)) {
    const stride = type.bitWidth / 32;
    const words = data.values as Uint32Array;
    for (let i = 0; i < data.length; i++) out[at + i] = valid(i) ? wordsToBigInt(words.subarray((data.offset + i) * stride, (data.offset + i + 1) * stride)) : null;
    return true;
  }
  return false;
}

function decode(vector: Vector, kind: FileColumnType['kind']): unknown[] {
  const n = vector.length;
  const out = new Array<unknown>(n);
  let at = 0;
  let known = true;
  for (const data of vector.data) {
    if (!decodeData(data as Data, kind, out, at)) {
      known = false;
      break;
    }
    at += data.length;
  }
  if (known) return out;
  for (let i = 0; i < n; i++) {
    const v: unknown = vector.get(i);
    if (v === null || v === undefined) out[i] = null;
    else if (kind === 'date') out[i] = Math.floor((v instanceof Date ? v.getTime() : Number(v)) / DAY_MS);
    else if (kind === 'decimal') out[i] = wordsToBigInt(v as Uint32Array);
    else if (kind === 'int') out[i] = Number(v);
    else out[i] = v;
  }
  return out;
}

/** A record batch as the reader's batch, columns decoded when first asked for (internal). */
export function arrowBatch(batch: RecordBatch, columns: ReadonlyMap<string, FileColumnType>): ReadBatch {
  const decoded = new Map<string, unknown[]>();
  return {
    length: batch.numRows,
    column(name: string): ArrayLike<unknown> | undefined {
      const type = columns.get(name);
      if (type === undefined) return undefined;
      let values = decoded.get(name);
      if (values === undefined) {
        const vector = batch.getChild(name);
        if (vector === null) return undefined;
        decoded.set(name, (values = decode(vector, type.kind)));
      }
      return values;
    },
  };
}
