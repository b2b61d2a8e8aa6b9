// @ts-nocheck
// `partie-double validate-fec` and `partie-double balance`: commands over a FEC file.
import { basename } from 'node:path';
import { toDayNumber, trialBalance, validateFec, type Book, type FecIssue, type IsoDate } from '../../index.js';
import { readBytes, type CliIo } from '../io.js';
import { readFecBalance } from '../parallelFec.js';
import { money, plural } from '../text.js';

/** Runs `validate-fec`: every issue, exit code 1 when the file is not valid. */
export function validateFecCommand(options: { readonly file: string; readonly json: boolean }, io: CliIo): number {
  const bytes = readBytes(options.file);
  const name = basename(options.file);
  const verdict = validateFec(bytes, { fileName: name });
  const count = (s: FecIssue['severity']): number => verdict.issues.filter((i) => i.severity === s).length;
  if (options.json) {
    io.stdout(`${JSON.stringify({ file: name, valid: verdict.valid, errors: count('error'), warnings: count('warning'), infos: count('info'), issues: verdict.issues }, null, 2)}\n`);
  } else {
    const lines = [`${name}: ${verdict.valid ? 'valid' : 'INVALID'} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')})`];
    for (const i of verdict.issues) lines.push(`  ${i.line > 0 ? `line ${i.line}` : 'file'} ${i.severity} ${i.code}: ${i.message}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return verdict.valid ? 0 : 1;
}

/** Options of `balance`. */
export interface BalanceCommandOptions {
  readonly file: string;
  readonly json: boolean;
  readonly level: 'general' | 'auxiliary';
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Parts read in parallel (worker threads); by default one per core for a large file. */
  readonly threads?: number;
}

/** Runs `balance`: the trial balance of a FEC (opening, movements and closing per account). */
export async function balanceCommand(options: BalanceCommandOptions, io: CliIo): Promise<number> {
  const period = options.from !== undefined || options.to !== undefined ? { from: options.from ?? options.to!, to: options.to ?? options.from! } : undefined;
  // a Book with the file's trial balances (not its transactions): the balance is all this command prints
  const book = await readFecBalance(options.file, options.threads, period ? { from: toDayNumber(period.from), to: toDayNumber(period.to) } : undefined);
  io.stdout(balanceText(book, options));
  return 0;
}

/**
 * What `balance` prints for a Book (internal; the tests compare it with the
 * output for the Book of `parseFecBook`): the trial balance as a table, or as
 * JSON with `options.json`.
 */
export function balanceText(book: Book, options: Omit<BalanceCommandOptions, 'threads'>): string {
  const period = options.from !== undefined || options.to !== undefined ? { period: { from: options.from ?? options.to!, to: options.to ?? options.from! } } : {};
  const tb = trialBalance(book, { level: options.level, ...period });
  const side = (x: { readonly debit: { toFixed(n: number): string }; readonly credit: { toFixed(n: number): string } }) => ({ debit: money(x.debit), credit: money(x.credit) });
  if (options.json) {
    const rows = tb.rows.map((r) => ({ account: r.account, label: r.label, ...(r.auxiliary ? { auxiliary: r.auxiliary } : {}), opening: side(r.opening), movements: side(r.movements), closing: side(r.closing) }));
    return `${JSON.stringify({ file: basename(options.file), level: tb.level, currency: tb.currency, ...(tb.period ? { period: tb.period } : {}), rows, totals: { opening: side(tb.totals.opening), movements: side(tb.totals.movements), closing: side(tb.totals.closing) } }, null, 2)}\n`;
  }
  const table: string[][] = [['account', 'label', 'movements debit', 'movements credit', 'closing debit', 'closing credit']];
  for (const r of tb.rows) {
    table.push([r.auxiliary ? `${r.account} ${r.auxiliary.number}` : r.account, r.auxiliary ? r.auxiliary.name : r.label, money(r.movements.debit), money(r.movements.credit), money(r.closing.debit), money(r.closing.credit)]);
  }
  const t = tb.totals;
  table.push(['total', '', money(t.movements.debit), money(t.movements.credit), money(t.closing.debit), money(t.closing.credit)]);
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => [...row[c]!].length)));
  const line = (row: string[]): string => row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return `${table.map(line).join('\n')}\n`;
}
