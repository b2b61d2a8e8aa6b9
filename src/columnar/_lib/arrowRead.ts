// Arrow record batches as the reader's batches (internal).
import { DataType, type RecordBatch, type Schema, type Vector } from 'apache-arrow';
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

function decode(vector: Vector, kind: FileColumnType['kind']): unknown[] {
  const n = vector.length;
  const out = new Array<unknown>(n);
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
