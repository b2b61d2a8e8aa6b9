// @ts-nocheck
// DuckDB for the columnar proofs: one in-memory database per test file, rows read as plain objects, DECIMAL
// values kept exact (their unscaled bigint and scale, never a float).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

const SCALE_MD = readFileSync(fileURLToPath(new URL('../../docs/scale.md', import.meta.url)), 'utf8');

/**
 * A query of docs/scale.md (its fenced block ```sql <name>), reading `files` where the page reads
 * `read_parquet('parts/*.parquet')`: the tests run the SQL the guide gives, as written.
 */
export function guideSql(name: string, files: ReadonlyArray<string>): string {
  const m = new RegExp('^```sql ' + name + '\\n([\\s\\S]*?)^```$', 'm').exec(SCALE_MD);
  if (!m) throw new Error(`docs/scale.md has no \`\`\`sql ${name} block`);
  const sql = m[1]!;
  if (!sql.includes("read_parquet('parts/*.parquet')")) throw new Error(`the ${name} query of docs/scale.md does not read read_parquet('parts/*.parquet')`);
  return sql.replaceAll("read_parquet('parts/*.parquet')", readParquet(files));
}

/** DuckDB's trial balance over Parquet files (the guide's query), as trialBalanceFigures lays out a row. */
export async function duckTrialBalance(duck: Duck, files: ReadonlyArray<string>): Promise<string[]> {
  return (await duck.rows(guideSql('trial-balance', files))).map(
    (r) => `${String(r['account'])} - open ${fixed(r['opening_debit'])}/${fixed(r['opening_credit'])} mvt ${fixed(r['movements_debit'])}/${fixed(r['movements_credit'])} close ${fixed(r['closing_debit'])}/${fixed(r['closing_credit'])}`,
  );
}

/** DuckDB's monthly ledger over Parquet files (the guide's query), as monthlyLedgerFigures lays out a row. */
export async function duckMonthlyLedger(duck: Duck, files: ReadonlyArray<string>): Promise<string[]> {
  return (await duck.rows(guideSql('monthly-ledger', files))).map((r) => `${String(r['month'])} ${String(r['account'])} - ${fixed(r['debit'])}/${fixed(r['credit'])}`);
}

/** DuckDB's customer balances over Parquet files (the guide's query), as customerBalanceFigures lays out a row. */
export async function duckCustomerBalances(duck: Duck, files: ReadonlyArray<string>): Promise<string[]> {
  return (await duck.rows(guideSql('customer-balances', files))).map(
    (r) => `${String(r['auxiliary'])} mvt ${fixed(r['movements_debit'])}/${fixed(r['movements_credit'])} balance ${fixed(r['balance_debit'])}/${fixed(r['balance_credit'])}`,
  );
}
