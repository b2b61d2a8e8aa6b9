// @ts-nocheck
// Proven with a real engine (issue #19): DuckDB reads our Parquet files and its GROUP BY figures — the
// queries docs/scale.md gives — equal trialBalance, monthlyLedger, customerBalances, the general ledger's
// closing balances and vatSynthesis to the cent, on the three example businesses; and the trial balance on
// arbitrary books (a property).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromParquet, toParquet } from '../../src/columnar/index.js';
import { customerBalances, fec, monthlyLedger, trialBalance, vatSynthesis, type Book } from '../../src/index.js';
import { bookArbitrary } from '../../src/testing/index.js';
import { BUSINESSES, cents, customerBalanceFigures, exampleBook, monthlyLedgerFigures, trialBalanceFigures, type BusinessKey } from './_books.js';
import { duckCustomerBalances, duckMonthlyLedger, duckTrialBalance, fixed, guideSql, openDuck, type Duck } from './_duckdb.js';

const opened = await openDuck();
const duck = opened.duck as Duck;
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'partie-double-duckdb-'));
});
afterAll(() => {
  duck?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A Book written as a Parquet file under the test's folder. */
function parquetFile(book: Book, name: string): string {
  const file = join(dir, `${name}.parquet`);
  writeFileSync(file, toParquet(book));
  return file;
}

/** Our rows, without the totals line the figure helpers end with. */
const rowsOf = (figures: string[]): string[] => figures.slice(0, -1);

describe.skipIf(!opened.duck)(`DuckDB over toParquet files${opened.reason ? ` (skipped: ${opened.reason})` : ''}`, () => {
  describe.each(BUSINESSES.map((key) => [key] as const))('the %s example', (key: BusinessKey) => {
    let book: Book;
    let file: string;
    let rules: ReturnType<typeof exampleBook>['rules'];
    beforeAll(() => {
      ({ book, rules } = exampleBook(key));
      file = parquetFile(book, key);
    }, 120_000);

    it('trial balance: GROUP BY account equals trialBalance, row by row, to the cent', async () => {
      const ours = rowsOf(trialBalanceFigures(trialBalance(book)));
      expect(ours.length).toBeGreaterThan(20);
      expect(await duckTrialBalance(duck, [file])).toEqual(ours);
    });

    it('monthly ledger: GROUP BY month, account equals monthlyLedger', async () => {
      const ours = rowsOf(monthlyLedgerFigures(monthlyLedger(book)));
      expect(ours.length).toBeGreaterThan(100);
      expect(await duckMonthlyLedger(duck, [file])).toEqual(ours);
    });

    it('customer balances: GROUP BY auxiliary equals customerBalances', async () => {
      const ours = rowsOf(customerBalanceFigures(customerBalances(book)));
      expect(ours.length).toBeGreaterThan(50);
      expect(await duckCustomerBalances(duck, [file])).toEqual(ours);
    });

    it("general ledger: one row per entry, each account's last running balance its closing balance", async () => {
      const rows = await duck.rows(guideSql('general-ledger', [file]));
      expect(rows.length).toBe(book.entryCount);
      const last = new Map<string, string>();
      for (const r of rows) last.set(String(r['account']), fixed(r['balance']));
      const closing = new Map(trialBalance(book).rows.map((r) => [r.account, cents(r.closing.debit.minus(r.closing.credit))]));
      expect(last).toEqual(closing);
    });

    it.each([['the year', YEAR], ['June', { from: '2024-06-01', to: '2024-06-30' }]] as const)("VAT synthesis of %s: collected and deductible VAT and bases per rate equal vatSynthesis's", async (_name, period) => {
      const ours = vatSynthesis(book, { period, rules });
      const expected = ours.rates
        .filter((r) => !r.collected.vat.isZero() || !r.deductible.vat.isZero() || !r.collected.base.isZero() || !r.deductible.base.isZero())
        .map((r) => `${r.rate ?? '-'} collected ${cents(r.collected.vat)} on ${cents(r.collected.base)} deductible ${cents(r.deductible.vat)} on ${cents(r.deductible.base)}`);
      const sql = guideSql('vat-synthesis', [file]).replace("DATE '2024-01-01' AND DATE '2024-12-31'", `DATE '${period.from}' AND DATE '${period.to}'`);
      const got = (await duck.rows(sql))
        .map((r) => `${r['rate'] === null ? '-' : String(r['rate'])} collected ${fixed(r['collected_vat'])} on ${fixed(r['collected_base'])} deductible ${fixed(r['deductible_vat'])} on ${fixed(r['deductible_base'])}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(got.sort()).toEqual(expected.sort());
    });
  });

  describe('files DuckDB writes', () => {
    it('a file DuckDB rewrites (COPY, small row groups, its own pages and encodings) reads back as the same Book', async () => {
      const { book } = exampleBook('gym');
      const ours = parquetFile(book, 'gym-ours');
      const theirs = join(dir, 'gym-duckdb.parquet');
      // DuckDB keeps the columns and their DECIMAL / DATE types; the key/value metadata is given back explicitly
      // (COPY does not carry it over), as a user re-exporting a query's result would.
      const kv = await duck.rows(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${JSON.stringify(ours).replace(/"/g, "'")})`);
      const meta = kv.map((r) => `'${String(r.k)}': '${String(r.v).replace(/'/g, "''")}'`).join(', ');
      await duck.rows(`COPY (SELECT * FROM read_parquet('${ours}')) TO '${theirs}' (FORMAT parquet, ROW_GROUP_SIZE 2048, KV_METADATA {${meta}})`);
      const groups = await duck.rows(`SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata('${theirs}')`);
      expect(Number(groups[0]!.n)).toBeGreaterThan(1);
      const back = await fromParquet(new Uint8Array(readFileSync(theirs)));
      expect(trialBalanceFigures(trialBalance(back))).toEqual(trialBalanceFigures(trialBalance(book)));
      // the same transactions and entries (a lettered Book reads back with its strings interned in another order,
      // see columnar.test.ts): the FEC, which writes every field of every entry, is the same
      const year = { fiscalYear: YEAR };
      expect(fec.serialize(back, year)).toBe(fec.serialize(book, year));
    }, 120_000);
  });

  describe('properties', () => {
    it("DuckDB's trial balance of any book's Parquet file is trialBalance's", async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(bookArbitrary({ maxLength: 25 }), async (book) => {
          const file = parquetFile(book, `arbitrary-${n++}`);
          expect(await duckTrialBalance(duck, [file])).toEqual(rowsOf(trialBalanceFigures(trialBalance(book))));
        }),
        { numRuns: 100 },
      );
    }, 120_000);

    it('… and stays exact where floats would not: amounts up to 2^50 minor units, sums past 2^53', async () => {
      let n = 0;
      let beyond = 0;
      await fc.assert(
        fc.asyncProperty(bookArbitrary({ maxMinor: 2 ** 50, minLength: 5, maxLength: 20, maxEntries: 4 }), async (book) => {
          if (book.absoluteTotal > Number.MAX_SAFE_INTEGER) beyond++;
          const file = parquetFile(book, `large-${n++}`);
          expect(await duckTrialBalance(duck, [file])).toEqual(rowsOf(trialBalanceFigures(trialBalance(book))));
        }),
        { numRuns: 30 },
      );
      // Not vacuous: most books' sums pass 2^53 − 1 minor units (our trial balance folds them as BigInt).
      expect(beyond).toBeGreaterThan(10);
    }, 120_000);
  });
});
