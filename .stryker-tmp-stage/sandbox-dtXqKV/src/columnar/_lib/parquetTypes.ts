// @ts-nocheck
// Parquet schema elements of the columnar schema (internal).
import type { SchemaElement } from 'hyparquet';
import { AMOUNT_PRECISION, COLUMNAR_COLUMNS, FOREIGN_PRECISION, FOREIGN_SCALE, type ColumnarColumn } from '../schema.js';
import type { FileColumnType } from './read.js';

function element(c: ColumnarColumn, scale: number): SchemaElement {
  const repetition_type = c.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (c.kind) {
    case 'string':
    case 'dictionary':
      return { name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
    case 'json':
      return { name: c.name, type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' }, repetition_type };
    case 'date':
      return { name: c.name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
    case 'amount':
      return { name: c.name, type: 'INT64', converted_type: 'DECIMAL', scale, precision: AMOUNT_PRECISION, logical_type: { type: 'DECIMAL', scale, precision: AMOUNT_PRECISION }, repetition_type };
    case 'foreign-amount':
      return {
        name: c.name, type: 'FIXED_LEN_BYTE_ARRAY', type_length: 16, converted_type: 'DECIMAL', scale: FOREIGN_SCALE, precision: FOREIGN_PRECISION,
        logical_type: { type: 'DECIMAL', scale: FOREIGN_SCALE, precision: FOREIGN_PRECISION }, repetition_type,
      };
    case 'int':
      return { name: c.name, type: 'INT32', repetition_type };
    case 'boolean':
      return { name: c.name, type: 'BOOLEAN', repetition_type };
  }
}

/** The Parquet schema of a file in a currency of this scale (internal). */
export function parquetSchemaOf(scale: number): SchemaElement[] {
  return [{ name: 'root', num_children: COLUMNAR_COLUMNS.length }, ...COLUMNAR_COLUMNS.map((c) => element(c, scale))];
}

/** The reader's type of a Parquet leaf column (internal). */
export function parquetColumnType(e: SchemaElement): FileColumnType {
  const logical = e.logical_type?.type;
  if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL') {
    const scale = e.logical_type?.type === 'DECIMAL' ? e.logical_type.scale : (e.scale ?? 0);
    return { kind: 'decimal', scale };
  }
  if (logical === 'DATE' || e.converted_type === 'DATE') return { kind: 'date' };
  if (e.type === 'BYTE_ARRAY' && (logical === 'STRING' || logical === 'JSON' || logical === 'ENUM' || e.converted_type === 'UTF8' || e.converted_type === 'JSON' || e.converted_type === 'ENUM')) return { kind: 'string' };
  if (e.type === 'INT32' || e.type === 'INT64') return { kind: 'int' };
  if (e.type === 'BOOLEAN') return { kind: 'boolean' };
  return { kind: 'other', description: `a Parquet ${e.type ?? 'group'}${e.converted_type ? ` (${e.converted_type})` : ''}` };
}
