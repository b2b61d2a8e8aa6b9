// @ts-nocheck
// What every accounting-software export shares: which transactions it writes (journals,
// à-nouveaux), the piece references it writes (never two pieces under one reference),
// and text cells a spreadsheet cannot run as formulas.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, type Transaction } from '../../../src/index.js';
import type { AnyFormat } from '../../../src/formats/Format.js';
import { cegidFormat } from '../../../src/formats/software/cegid.js';
import { CIEL_FIELDS, cielFormat } from '../../../src/formats/software/ciel.js';
import { coalaFormat } from '../../../src/formats/software/coala.js';
import { ebpFormat } from '../../../src/formats/software/ebp.js';
import { QUADRATUS_M_FIELDS, quadratusFormat } from '../../../src/formats/software/quadratus.js';
import { shortenReference } from '../../../src/formats/software/_lib/pieces.js';
import { goldenTransactions } from '../../_fixtures.js';
import { thrown } from './_error.js';
import { at } from './_vectors.js';

/** A two-entry transaction: its label is its id, so that a written line names its transaction. */
const tx = (id: string, ref: string, { journal = id.slice(0, 2), label = id, date = '2024-03-01' }: { journal?: string; label?: string; date?: string } = {}): Transaction =>
  createTransaction({ id, journal, date, piece: { ref }, label, entries: [{ account: '411000', debit: '1.00' }, { account: '706000', credit: '1.00' }] });

/** (transaction label or id, written piece reference) of every line of a file, per format. */
const READERS: ReadonlyArray<readonly [AnyFormat, (text: string) => Array<readonly [string, string]>]> = [
  [quadratusFormat, (text) => text.split('\r\n').filter((l) => l.startsWith('M')).map((l) => [at(l, QUADRATUS_M_FIELDS.libelle2).trim(), at(l, QUADRATUS_M_FIELDS.piece3).trimEnd()] as const)],
  [cielFormat, (text) => text.split('\r\n').filter((l) => l !== '').map((l) => [at(l, CIEL_FIELDS.libelle2).trim(), at(l, CIEL_FIELDS.piece).trimEnd()] as const)],
  [cegidFormat, (text) => (parse(text, { delimiter: ';' }) as string[][]).map((r) => [r[6]!, r[7]!] as const)],
  [ebpFormat, (text) => (parse(text, { delimiter: ',' }) as string[][]).map((r) => [r[4]!, r[5]!] as const)],
  [coalaFormat, (text) => (parse(text, { delimiter: ';' }) as string[][]).map((r) => [r[3]!, r[4]!] as const)],
];

/** The written reference of each book reference, failing when one piece gets two or two pieces one. */
function injective(pairs: ReadonlyArray<readonly [string, string]>, refOf: (label: string) => string): boolean {
  const written = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const [label, w] of pairs) {
    const ref = refOf(label);
    if ((written.get(ref) ?? w) !== w) return false;
    if ((owner.get(w) ?? ref) !== ref) return false;
    written.set(ref, w);
    owner.set(w, ref);
  }
  return true;
}

describe('piece references', () => {
  it('Quadratus keeps FA2024-00001 and RG2024-00001 apart (they were both 2024-00001)', () => {
    const book = [tx('VT000001', 'FA2024-00001'), tx('BQ000001', 'RG2024-00001')];
    const lines = quadratusFormat.serialize(book).split('\r\n').filter((l) => l.startsWith('M'));
    expect(lines.map((l) => at(l, QUADRATUS_M_FIELDS.piece3))).toEqual(['FA02400001', 'FA02400001', 'RG02400001', 'RG02400001']);
    // Dolibarr's cut, forced: refused, with both pieces named
    const e = thrown(() => quadratusFormat.serialize(book, { pieceRefs: 'keep-end' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['piece_reference_collision', ['pieceRefs', 'RG2024-00001']]]);
    expect(e.issues[0]!.message).toMatchInlineSnapshot(
      `"Pieces "FA2024-00001" and "RG2024-00001" would both be written "2024-00001" (Quadratus keeps 10 characters, pieceRefs "keep-end"): use pieceRefs 'shorten' (the default, which never merges two pieces) or a function that keeps them apart."`,
    );
  });

  it('Quadratus and Ciel keep apart references that differ only by trailing spaces (a space-padded field shows "4 " as "4")', () => {
    const book = createBook([tx('VT000001', '4 '), tx('VT000002', '4'), tx('VT000003', 'B'), tx('VT000004', 'B  ')]);
    for (const [format, read] of READERS.slice(0, 2)) {
      const pairs = read(format.serialize(book) as string);
      const written = new Map(pairs.map(([label, w]) => [label, w] as const));
      expect(new Set(written.values()).size, format.id).toBe(4);
      expect([written.get('VT000001'), written.get('VT000003')], format.id).toEqual(['4', 'B']);
    }
  });

  it('Ciel keeps supplier bills F0001-2024-0… apart (they were all F0001-2024-0), and numbers AN, AC and VT transactions 1, 2, 3', () => {
    const book = [tx('AN000001', 'AN2024', { date: '2024-01-01' }), tx('AC000001', 'F0001-2024-00012'), tx('AC000002', 'F0001-2024-00013'), tx('VT000001', 'FA2024-00001')];
    const records = cielFormat.serialize(book, { includeOpening: true }).split('\r\n').filter((l) => l !== '');
    expect(records.map((r) => [at(r, CIEL_FIELDS.mouvement), at(r, CIEL_FIELDS.piece)])).toEqual([
      ['1    ', 'AN2024      '],
      ['1    ', 'AN2024      '],
      ['2    ', 'F01202400012'],
      ['2    ', 'F01202400012'],
      ['3    ', 'F01202400013'],
      ['3    ', 'F01202400013'],
      ['4    ', 'FA2024-00001'],
      ['4    ', 'FA2024-00001'],
    ]);
    expect(thrown(() => cielFormat.serialize(book, { pieceRefs: 'keep-start' })).issues[0]!.code).toBe('piece_reference_collision');
    const numbers = thrown(() => cielFormat.serialize(book, { includeOpening: true, pieceNumbers: 'transaction' }));
    expect(numbers.issues.map((i) => [i.code, i.path])).toEqual([
      ['piece_reference_collision', ['pieceNumbers', 'AC000001']],
      ['piece_reference_collision', ['pieceNumbers', 'VT000001']],
    ]);
  });

  it("'shorten' keeps leading letters and the end, drops separators, and counts when that is taken", () => {
    expect(shortenReference('FA2024-00001', 10)).toBe('FA02400001');
    expect(shortenReference('FA2024-0001', 10)).toBe('FA20240001');
    expect(shortenReference('FACTURE-2024-000123', 15)).toBe('FACTURE24000123');
    expect(shortenReference('2024/12/31-Z-0042', 10)).toBe('41231Z0042');
    // FA2024-0001 fits nowhere as is, and its shortened form is another piece's reference
    const book = [tx('VT000001', 'FA20240001'), tx('VT000002', 'FA2024-0001'), tx('VT000003', 'FA2024/0001')];
    const refs = quadratusFormat.serialize(book).split('\r\n').filter((l) => l.startsWith('M')).map((l) => at(l, QUADRATUS_M_FIELDS.piece3));
    expect([...new Set(refs)]).toEqual(['FA20240001', 'FA202400~1', 'FA202400~2']);
  });

  it('takes a mapping function, checked: too long or empty is invalid_option, two pieces merged is piece_reference_collision', () => {
    const book = [tx('VT000001', 'FA2024-00001'), tx('VT000002', 'FA2024-00002')];
    const mapped = ebpFormat.serialize(book, { pieceRefs: (ref) => ref.replace('FA2024-', 'F') });
    expect((parse(mapped, { delimiter: ',' }) as string[][]).map((r) => r[5])).toEqual(['F00001', 'F00001', 'F00002', 'F00002']);
    expect(thrown(() => quadratusFormat.serialize(book, { pieceRefs: (ref) => `${ref}-LONG` })).issues[0]!.code).toBe('invalid_option');
    expect(thrown(() => quadratusFormat.serialize(book, { pieceRefs: () => '' })).issues[0]!.code).toBe('invalid_option');
    expect(thrown(() => quadratusFormat.serialize(book, { pieceRefs: () => 'SAME' })).issues[0]!.code).toBe('piece_reference_collision');
    expect(thrown(() => quadratusFormat.serialize(book, { pieceRefs: 'last' as never })).issues[0]!.code).toBe('invalid_option');
  });

  it('treats references that cleaning would merge as a collision too (Cegid turns ; into a space)', () => {
    const book = [tx('VT000001', 'A;1'), tx('VT000002', 'A 1')];
    const rows = parse(cegidFormat.serialize(book), { delimiter: ';' }) as string[][];
    expect(rows.map((r) => r[7])).toEqual(['A 1', 'A 1', 'A 1~1', 'A 1~1']);
    expect(thrown(() => cegidFormat.serialize(book, { pieceRefs: 'keep-start' })).issues[0]!.code).toBe('piece_reference_collision');
  });
});

describe('which transactions', () => {
  it('leaves the à-nouveaux out by default, and writes them with includeOpening', () => {
    for (const [format] of READERS) {
      const without = format.serialize(goldenTransactions()) as string;
      const withOpening = format.serialize(goldenTransactions(), { includeOpening: true }) as string;
      expect(without.includes('AN2024'), format.id).toBe(false);
      expect(withOpening.includes('AN2024'), format.id).toBe(true);
    }
    expect(thrown(() => cegidFormat.serialize(goldenTransactions(), { includeOpening: 'yes' as never })).issues[0]!.code).toBe('invalid_option');
  });

  it("exports one or several journals: journals ['VT'], ['VT', 'BQ']", () => {
    const journalsOf = (text: string) => [...new Set((parse(text, { delimiter: ';' }) as string[][]).map((r) => r[1]))];
    expect(journalsOf(coalaFormat.serialize(goldenTransactions(), { journals: ['VT'] }))).toEqual(['VT']);
    expect(journalsOf(coalaFormat.serialize(goldenTransactions(), { journals: ['VT', 'BQ'] }))).toEqual(['VT', 'BQ']);
    expect(journalsOf(coalaFormat.serialize(goldenTransactions(), { journals: ['AN'], includeOpening: true }))).toEqual(['AN']);
    expect(coalaFormat.serialize(goldenTransactions(), { journals: ['HA'] })).toBe('');
    expect(thrown(() => coalaFormat.serialize(goldenTransactions(), { journals: 'VT' as never })).issues[0]!.code).toBe('invalid_option');
    expect(thrown(() => coalaFormat.serialize(goldenTransactions(), { journals: [] })).issues[0]!.code).toBe('invalid_option');
  });

  it('takes journal labels as journalList (every journal code must be listed)', () => {
    const list = [{ code: 'VT', label: 'Ventes', kind: 'sales' as const }];
    expect(() => coalaFormat.serialize([tx('VT000001', 'FA1')], { journalList: list })).not.toThrow();
    expect(thrown(() => coalaFormat.serialize([tx('BQ000001', 'RG1')], { journalList: list })).issues[0]!.code).toBe('unknown_journal');
  });
});

describe('account field width (formerly accountWidth) and zero padding (formerly zeroPad)', () => {
  it('reads accountFieldWidth and zeroPadToField, and their former names as aliases; two that disagree are invalid_option', () => {
    const book = [tx('VT000001', 'FA1')];
    expect(coalaFormat.serialize(book, { accountFieldWidth: 8, zeroPadToField: true })).toBe(coalaFormat.serialize(book, { accountWidth: 8, zeroPad: true }));
    expect(coalaFormat.serialize(book, { accountFieldWidth: 8, zeroPadToField: true }).split(';')[2]).toBe('41100000');
    expect(ebpFormat.serialize(book, { accountFieldWidth: 4 })).toBe(ebpFormat.serialize(book, { accountWidth: 4 }));
    expect(thrown(() => cegidFormat.serialize(book, { accountFieldWidth: 8, accountWidth: 10 })).issues[0]!.code).toBe('invalid_option');
    expect(thrown(() => quadratusFormat.serialize(book, { zeroPadToField: true, zeroPad: false })).issues[0]!.code).toBe('invalid_option');
  });
});

describe('formulas and quotes (cegid, ebp, coala)', () => {
  const evil = createTransaction({
    id: 'VT000001', journal: 'VT', date: '2024-03-01', piece: { ref: '=HYPERLINK("http://x","a")' }, label: '@SUM(A1) le "Bon" coin',
    entries: [{ account: '411000', auxiliary: { number: '+C1', name: 'x' }, debit: '1.00', label: '-2+3' }, { account: '706000', credit: '1.00' }],
  });
  const starts = /^[=+\-@\t\r]/;

  it('prefixes every text cell that could start a formula with a quote, and quotes cells holding a double quote (csv-parse reads them back)', () => {
    const cegid = parse(cegidFormat.serialize([evil]), { delimiter: ';' }) as string[][];
    expect(cegid[0]).toEqual(['01032024', 'VT', '411000', "'+C1", 'D', '1,00', "'-2+3", "'=HYPERLINK(\"http://x\",\"a\")"]);
    expect(cegid[1]![6]).toBe('\'@SUM(A1) le "Bon" coin');
    const coala = parse(coalaFormat.serialize([evil]), { delimiter: ';' }) as string[][];
    expect(coala[0]).toEqual(['01/03/2024', 'VT', '411000', 'VT000001', "'=HYPERLINK(\"http://x\",\"a\")", '1,00', '0,00', 'E', "'+C1"]);
    const ebp = parse(ebpFormat.serialize([evil]), { delimiter: ',' }) as string[][];
    // EBP's piece field holds 15 characters: the reference is shortened (letters and digits only)
    expect(ebp[0]!.slice(3, 6)).toEqual(["'+C1", "'-2+3", 'HYPERLINKhttpxa']);
    expect(ebp[1]![4]).toBe("'@SUM(A1) le 'Bon' coin");
  });

  it('properties: no text cell of cegid, ebp or coala starts a formula, and every line has its field count', () => {
    const text = fc.oneof(fc.constantFrom('=1+1', '+33', '-x', '@a', '\tx', 'a"b', 'a;b', 'a,b', ' lead', 'é="x"'), fc.string({ minLength: 1, maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (pairs) => {
        const book = pairs.map(([ref, label], k) => tx(`VT${String(k + 1).padStart(6, '0')}`, ref.trim() === '' ? 'R' : ref, { label: label.trim() === '' ? 'L' : label }));
        const files: Array<[string, string, number]> = [
          [cegidFormat.serialize(book), ';', 8],
          [coalaFormat.serialize(book), ';', 9],
          [ebpFormat.serialize(book), ',', 9],
        ];
        return files.every(([t, delimiter, n]) => (parse(t, { delimiter, relax_column_count: false }) as string[][]).every((r) => r.length === n && r.every((cell) => !starts.test(cell))));
      }),
      { numRuns: 80 },
    );
  });
});

describe('properties', () => {
  // References built to collide when cut: shared heads, shared tails, separators, long numbers
  const refArb = fc.oneof(
    fc.tuple(fc.constantFrom('FA', 'RG', 'AV', 'F0001-', 'F0002-', 'Z-CAISSE1-', 'PCA'), fc.constantFrom('2024-', '2025-', '2024/', ''), fc.integer({ min: 0, max: 120 }), fc.constantFrom(3, 5, 8)).map(
      ([a, b, n, w]) => `${a}${b}${String(n).padStart(w, '0')}`,
    ),
    fc.stringMatching(/^[A-Z0-9][A-Z0-9 ;,/-]{0,20}$/),
  );

  it('no two pieces share one exported reference, and one piece keeps one reference, in every software export (default pieceRefs)', () => {
    fc.assert(
      fc.property(fc.array(refArb, { minLength: 1, maxLength: 25 }), (refs) => {
        const book = createBook(refs.map((ref, k) => tx(`VT${String(k + 1).padStart(6, '0')}`, ref)));
        const refOf = (label: string) => refs[Number(label.slice(2)) - 1]!;
        return READERS.every(([format, read]) => injective(read(format.serialize(book) as string), refOf));
      }),
      { numRuns: 150 },
    );
  });

  it('a forced cut (keep-start, keep-end) either keeps every piece apart or is refused with piece_reference_collision', () => {
    fc.assert(
      fc.property(fc.array(refArb, { minLength: 1, maxLength: 12 }), fc.constantFrom('keep-start' as const, 'keep-end' as const), (refs, pieceRefs) => {
        const book = createBook(refs.map((ref, k) => tx(`VT${String(k + 1).padStart(6, '0')}`, ref)));
        const refOf = (label: string) => refs[Number(label.slice(2)) - 1]!;
        return READERS.every(([format, read]) => {
          try {
            return injective(read(format.serialize(book, { pieceRefs }) as string), refOf);
          } catch (e) {
            return e instanceof AccountingError && e.issues.every((i) => i.code === 'piece_reference_collision');
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('the transactions written are exactly those of the journals asked for, à-nouveaux only on request', () => {
    fc.assert(
      fc.property(fc.subarray(['AN', 'VT', 'BQ', 'OD']), fc.boolean(), (journals, includeOpening) => {
        if (journals.length === 0) return true;
        const rows = parse(coalaFormat.serialize(goldenTransactions(), { journals, includeOpening }), { delimiter: ';' }) as string[][];
        const expected = goldenTransactions().filter((t) => journals.includes(t.journal) && (includeOpening || t.type !== 'opening'));
        return rows.length === expected.reduce((n, t) => n + t.entries.length, 0) && rows.every((r) => journals.includes(r[1]!));
      }),
      { numRuns: 40 },
    );
  });
});
