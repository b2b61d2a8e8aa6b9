// @ts-nocheck
// The FEC scanner sizes its columns from the first 256 KiB of the file: files whose later lines are much
// shorter than the first ones, and single fields larger than its string batch, make it grow while reading.
import { describe, expect, it } from 'vitest';
import { parseFec, validateFec } from '../../../src/index.js';

const HEADER = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
const num = (k: number) => `OD${String(k).padStart(6, '0')}`;
/** One balanced two-line transaction of `cents` on 512000 / 706000; `rich` adds lettering, a foreign amount and a second label. */
const tx = (k: number, label: string, cents: number, rich = false): string => {
  const amount = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
  const extra = rich ? `AA|20240120|20240115|${amount}|USD` : '||20240115||';
  return [
    `OD|Operations diverses|${num(k)}|20240115|512000|Banque|||P${k}|20240115|${label}|${amount}|0,00|${extra}`,
    `OD|Operations diverses|${num(k)}|20240115|706000|Prestations|||P${k}|20240115|${rich ? `${label} (produit)` : label}|0,00|${amount}|||20240115||`,
  ].join('\n');
};

describe('FEC scanner growth', () => {
  it('reads every transaction of a file whose first 256 KiB hold long lines and the rest many short ones', () => {
    const lines = [HEADER];
    const long = 200;
    const short = 12_000;
    for (let k = 1; k <= long; k++) lines.push(tx(k, `Libelle long ${k} ${'x'.repeat(1500)}`, k, k === 1));
    for (let k = long + 1; k <= long + short; k++) lines.push(tx(k, `L${k}`, k));
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const parsed = parseFec(bytes);
    expect(parsed.issues).toEqual([]);
    expect(parsed.transactions).toHaveLength(long + short);
    const n = long + short;
    const last = parsed.transactions[n - 1]!;
    expect([last.id, last.label, last.entries[0]!.amount.toFixed(2), last.entries[1]!.account]).toEqual([num(long + short), `L${long + short}`, ((long + short) / 100).toFixed(2), '706000']);
    expect(parsed.transactions[long - 1]!.label).toBe(`Libelle long ${long} ${'x'.repeat(1500)}`);
    // The optional columns met early (lettering, foreign amount, an entry label of its own) grow with the others.
    const first = parsed.transactions[0]!.entries;
    expect([first[0]!.lettering, first[0]!.currency?.code, first[0]!.currency?.amount.toFixed(2), first[1]!.label]).toEqual([{ code: 'AA', date: '2024-01-20' }, 'USD', '0.01', `Libelle long 1 ${'x'.repeat(1500)} (produit)`]);
    expect(parsed.transactions[n - 1]!.entries.map((e) => [e.lettering, e.currency, e.label])).toEqual([[undefined, undefined, undefined], [undefined, undefined, undefined]]);
    // Every amount is read in its own transaction: Σ k/100 for k = 1 … n on each side.
    const debits = parsed.transactions.reduce((s, t) => s + t.entries[0]!.minor, 0);
    expect(debits).toBe((n * (n + 1)) / 2);
  });

  it('keeps a label longer than the string batch (over 1 MiB) whole', () => {
    const label = 'A'.repeat(1_100_000);
    const bytes = new TextEncoder().encode(`${HEADER}\n${tx(1, 'court', 100)}\n${tx(2, label, 250)}\n${tx(3, 'fin', 300)}\n`);
    const parsed = parseFec(bytes);
    expect(parsed.transactions.map((t) => t.label.length)).toEqual([5, label.length, 3]);
    expect(parsed.transactions[1]!.label).toBe(label);
  });

  it('reads a byte view that does not start on a 4-byte boundary exactly as the same bytes aligned', () => {
    const text = `${HEADER}\n${tx(1, 'Vente', 1234)}\n${tx(2, 'Reglement', 1234)}\n`;
    const aligned = new TextEncoder().encode(text);
    const backing = new Uint8Array(aligned.length + 3);
    backing.set(aligned, 3);
    const odd = backing.subarray(3);
    expect(odd.byteOffset % 4).toBe(3);
    expect(JSON.stringify(parseFec(odd))).toBe(JSON.stringify(parseFec(aligned)));
    expect(validateFec(odd).valid).toBe(validateFec(aligned).valid);
  });
});
