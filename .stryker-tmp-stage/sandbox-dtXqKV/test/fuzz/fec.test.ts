// @ts-nocheck
// Fuzzing the FEC readers and writer: arbitrary bytes and mutations of valid files.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats, parseFec, parseFecBook, validateFec, type Transaction } from '../../src/index.js';
import { params, residual, typed } from './_fuzz.js';

const FIXTURES = new URL('../fixtures/fec/valid/', import.meta.url);
const valid: Uint8Array[] = [
  new Uint8Array(readFileSync(new URL('../fixtures/123456782FEC20241231.txt', import.meta.url))),
  ...readdirSync(FIXTURES).map((f) => new Uint8Array(readFileSync(new URL(f, FIXTURES)))),
];

/** Bytes a mutation likes to insert: separators, line breaks, quotes, signs, digits, a UTF-8 é, a BOM, a C1 control. */
const interesting = fc.constantFrom(
  [0x7c], [0x09], [0x0d], [0x0a], [0x0d, 0x0a], [0x22], [0x2c], [0x2e], [0x2d], [0x2b], [0x30], [0x39], [0x20], [0xc3, 0xa9], [0xef, 0xbb, 0xbf], [0x85], [0xff], [0x00],
);
type Mutation = { kind: 'set' | 'insert' | 'delete' | 'duplicate-line' | 'swap-lines'; at: number; len: number; bytes: ReadonlyArray<number> };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'insert', 'delete', 'duplicate-line', 'swap-lines'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  bytes: fc.oneof(interesting, fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 })),
});

function lines(b: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < b.length; i++) if (b[i] === 0x0a) starts.push(i + 1);
  return starts;
}

function mutate(file: Uint8Array, ms: ReadonlyArray<Mutation>): Uint8Array {
  let b = [...file];
  for (const m of ms) {
    const at = b.length === 0 ? 0 : m.at % b.length;
    if (m.kind === 'set') b.splice(at, m.bytes.length, ...m.bytes);
    else if (m.kind === 'insert') b.splice(at, 0, ...m.bytes);
    else if (m.kind === 'delete') b.splice(at, m.len);
    else {
      const starts = lines(Uint8Array.from(b));
      const k = 1 + (m.at % Math.max(1, starts.length - 1));
      const from = starts[k] ?? b.length;
      const to = starts[k + 1] ?? b.length;
      const line = b.slice(from, to);
      if (m.kind === 'duplicate-line') b.splice(to, 0, ...line);
      else {
        const j = 1 + (m.len % Math.max(1, starts.length - 1));
        const jf = starts[j] ?? b.length;
        const jt = starts[j + 1] ?? b.length;
        if (jf >= to) b = [...b.slice(0, from), ...b.slice(jf, jt), ...b.slice(to, jf), ...line, ...b.slice(jt)];
      }
    }
  }
  return Uint8Array.from(b);
}

type Entry = { account: string; accountLabel?: string | undefined; label?: string; auxiliary?: { number: string; name: string } };
type Plain = { journal: string; id: string; label: string; piece: { ref: string }; source?: unknown; entries: Entry[] };

/** The writer's cleaning of a text field (separators, tabs and line breaks → spaces, "/" when blank, a leading quote of a quoted field → '). */
function cleaned(text: string): string {
  let out = text;
  if (/[|\t\r\n]/.test(text)) {
    out = text.replace(/[|\t\r\n]/g, ' ');
    if (out.trim() === '') return '/';
  }
  return out.length >= 2 && out.startsWith('"') && out.endsWith('"') ? `'${out.slice(1)}` : out;
}
/**
 * Transactions as comparable JSON, in (journal, id) order. A Book keeps one label per account (the first
 * met), so a file giving one CompteNum two CompteLib (validateFec's fec_label_consistency warning) is written
 * back with the first, and likewise one name per auxiliary account (CompAuxLib): the comparison gives each
 * entry its account's first label and its auxiliary account's first name. The writer writes the 18 columns:
 * ModeRglt and IdClient of a cash-basis file (read into `source`) are not written, so `source` is left out.
 * Text fields are compared as the writer cleans them (a tab inside a label of a "|" file becomes a space).
 */
const canonical = (txs: ReadonlyArray<Transaction>): unknown => {
  const plain = JSON.parse(JSON.stringify(txs)) as Plain[];
  for (const t of plain) {
    delete t.source;
    t.label = cleaned(t.label);
    t.piece.ref = cleaned(t.piece.ref);
    for (const e of t.entries) {
      if (e.label !== undefined) e.label = cleaned(e.label);
      if (e.accountLabel !== undefined) e.accountLabel = cleaned(e.accountLabel);
      if (e.auxiliary) e.auxiliary.name = cleaned(e.auxiliary.name);
    }
  }
  const first = new Map<string, string | undefined>();
  for (const t of plain) for (const e of t.entries) if (!first.has(e.account)) first.set(e.account, e.accountLabel);
  for (const t of plain) for (const e of t.entries) if (first.get(e.account) !== undefined) e.accountLabel = first.get(e.account);
  const names = new Map<string, string>();
  for (const t of plain) for (const e of t.entries) if (e.auxiliary && !names.has(e.auxiliary.number)) names.set(e.auxiliary.number, e.auxiliary.name);
  for (const t of plain) for (const e of t.entries) if (e.auxiliary) e.auxiliary.name = names.get(e.auxiliary.number)!;
  return plain.sort((a, b) => (a.journal + '\u0000' + a.id < b.journal + '\u0000' + b.id ? -1 : 1));
};

/** The laws every input must keep: typed errors only; a parse balances; serialize → parse is the identity on what was parsed. */
function check(bytes: Uint8Array): void {
  const validation = typed(() => validateFec(bytes));
  expect(validation).toBeDefined();
  typed(() => parseFecBook(bytes));
  const parsed = typed(() => parseFec(bytes));
  if (parsed === undefined) return;
  for (const t of parsed.transactions) {
    expect(residual(t)).toBe(0);
    expect(t.entries.length).toBeGreaterThanOrEqual(2);
  }
  const text = typed(() => formats.fec.serialize(parsed.transactions, { journals: parsed.journals, separator: parsed.separator }));
  if (text === undefined) return;
  const again = typed(() => parseFec(text));
  expect(again).toBeDefined();
  expect(canonical(again!.transactions)).toEqual(canonical(parsed.transactions));
}

describe('properties', () => {
  it('arbitrary bytes: only AccountingError, a successful parse balances, serialize → parse is the identity', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => check(bytes)), params(300));
  });

  it('arbitrary text after a FEC header: the same laws', () => {
    const header = new TextDecoder().decode(valid[0]!).split('\r\n')[0]!;
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => check(new TextEncoder().encode(`${header}\r\n${body}`))), params(150));
  });

  it('mutations of valid FECs (bytes set, inserted, deleted; lines duplicated, swapped): the same laws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ms) => check(mutate(valid[k]!, ms))),
      params(200),
    );
  });
});
