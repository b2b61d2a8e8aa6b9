// @ts-nocheck
// The examples' three books through every accounting-software export: no two pieces share
// one exported reference, and no two transactions one piece number (issue 12, defect 7:
// the old cuts gave 383 / 434 / 1,038 collisions in Quadratus).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createBook, createTransactions, defaultRules, safePost, type Book } from '../../../src/index.js';
import { cegidFormat } from '../../../src/formats/software/cegid.js';
import { CIEL_FIELDS, cielFormat } from '../../../src/formats/software/ciel.js';
import { coalaFormat } from '../../../src/formats/software/coala.js';
import { ebpFormat } from '../../../src/formats/software/ebp.js';
import { QUADRATUS_M_FIELDS, quadratusFormat } from '../../../src/formats/software/quadratus.js';
import { campsiteYear } from '../../../examples/_data/campsite.js';
import { gymYear } from '../../../examples/_data/gym.js';
import { homecareYear } from '../../../examples/_data/homecare.js';
import type { BusinessYear } from '../../../examples/_data/business.js';
import { at } from './_vectors.js';

/** The year's Book: opening entries and posted documents (what the examples export, without the year-end deferral). */
function bookOf(year: BusinessYear): Book {
  const posted = safePost(year.documents, defaultRules(year.rules ?? {}));
  expect(posted.failures).toEqual([]);
  return createBook([...createTransactions(year.opening), ...posted.transactions]);
}

/** Pieces written with one reference: pairs (written, [book references]) with more than one book reference. */
function shared(pairs: Iterable<readonly [string, string]>): Array<[string, string[]]> {
  const byWritten = new Map<string, Set<string>>();
  for (const [ref, written] of pairs) {
    const set = byWritten.get(written) ?? new Set<string>();
    set.add(ref);
    byWritten.set(written, set);
  }
  return [...byWritten].filter(([, refs]) => refs.size > 1).map(([w, refs]) => [w, [...refs]]);
}

/** The book reference of each transaction, in the order the exports write them (date, input). */
function refsInOrder(book: Book, includeOpening: boolean): string[] {
  return [...book.byDate].filter((t) => includeOpening || book.tx.opening[t] !== 1).map((t) => book.tx.pieceRef[t]!);
}

describe.each([
  ['gym', gymYear],
  ['campsite', campsiteYear],
  ['homecare', homecareYear],
] as const)("the %s's book", (_name, year) => {
  const book = bookOf(year());

  it('Quadratus: one n° pièce 3 per piece, one n° pièce 2 per transaction; Dolibarr\'s last 10 characters would merge pieces', () => {
    const refs = refsInOrder(book, true);
    const lines = quadratusFormat.serialize(book, { includeOpening: true, accountRecords: false }).split('\r\n').filter((l) => l.startsWith('M'));
    const byTx = new Map<string, string>();
    for (const l of lines) byTx.set(at(l, QUADRATUS_M_FIELDS.piece2).trim(), at(l, QUADRATUS_M_FIELDS.piece3).trimEnd());
    expect(byTx.size).toBe(refs.length);
    expect(shared(refs.map((ref, i) => [ref, byTx.get(String(i + 1))!] as const))).toEqual([]);
    const lastTen = refs.map((ref) => [ref, ref.slice(-10)] as const);
    expect(shared(lastTen).length).toBeGreaterThan(0);
    expect(() => quadratusFormat.serialize(book, { includeOpening: true, pieceRefs: 'keep-end' })).toThrow(/piece_reference_collision|would both be written/);
  });

  it('Ciel: one pièce per piece, one n° mouvement per transaction', () => {
    const refs = refsInOrder(book, false);
    const records = cielFormat.serialize(book).split('\r\n').filter((l) => l !== '');
    const byTx = new Map<string, string>();
    for (const r of records) byTx.set(at(r, CIEL_FIELDS.mouvement).trim(), at(r, CIEL_FIELDS.piece).trimEnd());
    expect(byTx.size).toBe(refs.length);
    expect(shared(refs.map((ref, i) => [ref, byTx.get(String(i + 1))!] as const))).toEqual([]);
  });

  it('Cegid, EBP and Sage Coala: one reference per piece', () => {
    // Coala writes the transaction id beside the reference: the book's reference of each line is known exactly
    const idRef = new Map(book.tx.id.map((id, t) => [id, book.tx.pieceRef[t]!]));
    const coala = parse(coalaFormat.serialize(book), { delimiter: ';' }) as string[][];
    expect(shared(coala.map((r) => [idRef.get(r[3]!)!, r[4]!] as const))).toEqual([]);
    // Cegid and EBP lines come in the same order as Coala's
    const cegid = parse(cegidFormat.serialize(book), { delimiter: ';' }) as string[][];
    const ebp = parse(ebpFormat.serialize(book), { delimiter: ',' }) as string[][];
    expect(cegid.length).toBe(coala.length);
    expect(ebp.length).toBe(coala.length);
    expect(shared(cegid.map((r, k) => [idRef.get(coala[k]![3]!)!, r[7]!] as const))).toEqual([]);
    expect(shared(ebp.map((r, k) => [idRef.get(coala[k]![3]!)!, r[5]!] as const))).toEqual([]);
  });
});
