// DuckDB for the columnar proofs: one in-memory database per test file, rows read as plain objects, DECIMAL
// values kept exact (their unscaled bigint and scale, never a float).
import { DuckDBDecimalValue, DuckDBInstance } from '@duckdb/node-api';

/** A connection to an in-memory DuckDB. */
export interface Duck {
  /** The rows of a query, as objects keyed by column name (DuckDB values: DECIMAL as DuckDBDecimalValue, BIGINT as bigint). */
  rows(sql: string): Promise<Array<Record<string, unknown>>>;
  close(): void;
}

/** DuckDB, or why it could not load (the proofs then skip, saying so). */
export async function openDuck(): Promise<{ readonly duck: Duck; readonly reason?: undefined } | { readonly duck?: undefined; readonly reason: string }> {
  try {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    return {
      duck: {
        rows: async (sql) => (await connection.runAndReadAll(sql)).getRowObjects() as Array<Record<string, unknown>>,
        close: () => {
          connection.closeSync();
          instance.closeSync();
        },
      },
    };
  } catch (e) {
    return { reason: `DuckDB (@duckdb/node-api) could not load here: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * A DuckDB DECIMAL (or an integer, or NULL as 0) as a fixed string with `scale` decimals, from its unscaled
 * bigint: exact, whatever its width (a SUM of DECIMAL(18, 2) is DECIMAL(38, 2)).
 */
export function fixed(value: unknown, scale = 2): string {
  let unscaled: bigint;
  let from: number;
  if (value === null || value === undefined) [unscaled, from] = [0n, scale];
  else if (value instanceof DuckDBDecimalValue) [unscaled, from] = [value.value, value.scale];
  else if (typeof value === 'bigint') [unscaled, from] = [value, 0];
  else throw new Error(`not an exact number: ${String(value)} (${typeof value}); cast it to DECIMAL in the SQL`);
  if (from > scale) throw new Error(`DECIMAL with scale ${from} read at scale ${scale}`);
  unscaled *= 10n ** BigInt(scale - from);
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A file path as a DuckDB string literal. */
export const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** `read_parquet([...])` over files. */
export const readParquet = (files: ReadonlyArray<string>): string => `read_parquet([${files.map(literal).join(', ')}])`;
