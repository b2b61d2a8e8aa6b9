// @ts-nocheck
// partie-double/columnar — Books as Apache Arrow and Parquet (apache-arrow, hyparquet and hyparquet-writer live here only).
export { COLUMNAR_SCHEMA_VERSION, COLUMNAR_COLUMNS, type ColumnarColumn, type ColumnarColumnKind } from './schema.js';
export type { ColumnarWriteOptions } from './_lib/write.js';
export type { ColumnarReadOptions } from './_lib/read.js';
export { toArrow, arrowChunks } from './toArrow.js';
export { fromArrow, arrowBooks } from './fromArrow.js';
export { toParquet, parquetChunks } from './toParquet.js';
export { fromParquet, parquetBooks, type ParquetFile } from './fromParquet.js';
