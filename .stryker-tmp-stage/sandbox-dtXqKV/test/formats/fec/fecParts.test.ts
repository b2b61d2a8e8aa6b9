// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, formats, parseFecBook, trialBalance } from '../../../src/index.js';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { mergeFecParts, splitFecParts, withTextStrings } from '../../../src/formats/fec/_lib/fecParts.js';
import { fecStrings, scanFec, type FecColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';
import { bookOf } from '../../../src/formats/fec/parseFecBook.js';
import { transactionsArbitrary } from '../../../src/testing/index.js';

const OPTIONS: ScanOptions = { openingJournals: new Set(['AN', 'OUV']), scale: 2, currency: 'EUR', maxIssues: 1000 };

/**
 * What the CLI's threads do, in this thread: split, scan each part alone, merge. `cli`: as the CLI does it (the
 * first part decodes its own strings, the later ones send theirs as decoded texts); else the later parts leave
 * their strings as bytes, and the first its own too for an odd count (decoded on the way for an even one).
 */
function scanInParts(bytes: Uint8Array, count: number, options: ScanOptions = OPTIONS, cli = false, firstShare?: number): { parts: number; merged: FecColumns | undefined } {
  const parts = splitFecParts(bytes, count, firstShare);
  // the CLI's way with small string chunks (several per part), to merge more than one
  const chunked = { ...options, stringChunk: 64 };
  const scans = parts.map((p, k) => (cli ? (k === 0 ? scanFec(bytes, false, chunked, p) : withTextStrings(scanFec(bytes, false, chunked, { ...p, rawStrings: true }))) : scanFec(bytes, false, { ...options, deferStrings: k === 0 && count % 2 === 1 }, { ...p, rawStrings: k > 0 })));
  return { parts: parts.length, merged: mergeFecParts(scans, options.maxIssues) };
}

/** A scan with its strings decoded, deferred or not. */
function plain(scan: FecColumns | undefined): Omit<FecColumns, 'deferred'> | undefined {
  if (scan === undefined) return undefined;
  const { deferred: _, ...rest } = scan;
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return { ...rest, txId, txPieceRef, txLabel };
}

const HEADER = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
const line = (j: string, num: string, account: string, debit: string, credit: string, extra: { aux?: string; label?: string; piece?: string; date?: string } = {}): string =>
  [j, j === 'VT' ? 'Ventes' : 'Banque', num, extra.date ?? '20240115', account, `Compte ${account}`, extra.aux ?? '', extra.aux ? `Client ${extra.aux}` : '', extra.piece ?? `P${num}`, '20240115', extra.label ?? `Libellé ${num}`, debit, credit, '', '', '20240131', '', ''].join('|');

/** Entries of 2 to 4 lines, the second journal reusing nothing; a few zero lines, auxiliaries and own labels. */
function fixture(entries: number, eol: string, bom = false): Uint8Array {
  const lines = [HEADER];
  for (let k = 1; k <= entries; k++) {
    const j = k % 3 === 0 ? 'BQ' : 'VT';
    const num = `${j}${String(k).padStart(5, '0')}`;
    const size = 2 + (k % 3);
    const amount = 10 + (k % 7);
    for (let i = 1; i < size; i++) lines.push(line(j, num, i % 2 === 0 ? '445710' : `70${k % 4}000`, '0,00', `${amount},00`, i === 2 ? { label: `Ligne ${k % 5}` } : {}));
    lines.push(line(j, num, '411000', `${amount * (size - 1)},00`, '0,00', { aux: `C${k % 9}` }));
    if (k % 10 === 0) lines.push(line(j, num, '411000', '0,00', '0,00', { aux: `C${k % 9}` }));
    if (k % 17 === 0) lines.push('');
  }
  const text = lines.join(eol);
  const bytes = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

describe('splitFecParts', () => {
  it('cuts only where an entry starts, never inside one', () => {
    const bytes = fixture(200, '\r\n');
    const text = new TextDecoder().decode(bytes);
    const parts = splitFecParts(bytes, 4);
    expect(parts).toHaveLength(4);
    expect(parts[0]!.start).toBe(0);
    expect(parts[3]!.end).toBe(bytes.length);
    for (let k = 1; k < parts.length; k++) {
      const at = parts[k]!.start;
      expect(parts[k - 1]!.end).toBe(at);
      const before = text.slice(0, at).replace(/(\r\n)+$/, '').split('\r\n').pop()!.split('|');
      const after = text.slice(at).split('\r\n')[0]!.split('|');
      expect(`${before[0]}${before[2]}`).not.toBe(`${after[0]}${after[2]}`);
    }
  });

  it('moves a cut that falls inside a multi-line entry to the next entry', () => {
    const lines = [HEADER, line('VT', 'VT1', '411000', '30,00', '0,00'), line('VT', 'VT1', '706000', '0,00', '30,00')];
    for (let i = 0; i < 30; i++) lines.push(line('VT', 'VT2', '706000', '0,00', '1,00'));
    lines.push(line('VT', 'VT2', '411000', '30,00', '0,00'), line('BQ', 'BQ3', '512000', '30,00', '0,00'), line('BQ', 'BQ3', '411000', '0,00', '30,00'));
    const text = lines.join('\r\n');
    const bytes = new TextEncoder().encode(text);
    // the middle of the file is inside entry VT2 (31 lines): the cut goes to the start of BQ3
    expect(text.slice(0, bytes.length / 2).split('\r\n').pop()!.startsWith('VT|Ventes|VT2|')).toBe(true);
    const parts = splitFecParts(bytes, 2);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('BQ|Banque|BQ3|'))).length;
    expect(parts).toEqual([
      { start: 0, end: at },
      { start: at, end: bytes.length },
    ]);
    expect(mergeFecParts(parts.map((p) => scanFec(bytes, false, OPTIONS, p)), 1000)).toEqual(scanFec(bytes, false, OPTIONS));
  });

  it('gives the whole file as one part when it cannot cut (lone CR, one entry, no separator)', () => {
    expect(splitFecParts(fixture(50, '\r'), 4)).toEqual([{ start: 0, end: expect.any(Number) }]);
    const one = new TextEncoder().encode([HEADER, line('VT', '1', '411000', '10,00', '0,00'), line('VT', '1', '706000', '0,00', '10,00')].join('\n'));
    expect(splitFecParts(one, 4)).toEqual([{ start: 0, end: one.length }]);
    expect(splitFecParts(new TextEncoder().encode('a,b\n1,2\n3,4\n'), 2)).toHaveLength(1);
  });
});

describe('mergeFecParts', () => {
  for (const [name, eol, bom] of [
    ['LF', '\n', false],
    ['CRLF', '\r\n', false],
    ['CRLF with a BOM', '\r\n', true],
  ] as const) {
    it(`gives the scan of the whole file, issues on the file's lines (${name})`, () => {
      const bytes = fixture(300, eol, bom);
      const whole = scanFec(bytes, false, OPTIONS);
      expect(whole.issues.some((i) => i.code === 'fec_zero_line' && i.line > 500)).toBe(true);
      for (const count of [2, 3, 7]) {
        const { parts, merged } = scanInParts(bytes, count);
        expect(parts).toBe(count);
        expect(plain(merged)).toEqual(plain(whole));
        const cli = scanInParts(bytes, count, OPTIONS, true, 1 / count);
        expect(cli.parts).toBe(count);
        expect(cli.merged!.deferred).not.toBeNull();
        expect(plain(cli.merged)).toEqual(plain(whole));
      }
    });
  }

  it('keeps the renamed id of an entry number two journals use within a later part', () => {
    const text = new TextDecoder().decode(fixture(200, '\n'));
    const extra = [line('OD', 'X1', '411000', '5,00', '0,00'), line('OD', 'X1', '706000', '0,00', '5,00'), line('BQ', 'X1', '512000', '5,00', '0,00'), line('BQ', 'X1', '411000', '0,00', '5,00')].map((l) => l.replace('Banque', 'Divers'));
    const bytes = new TextEncoder().encode(`${text}\n${extra.join('\n')}`);
    const whole = scanFec(bytes, false, OPTIONS);
    expect(whole.txId.at(-1)).toBe('BQ:X1');
    const { parts, merged } = scanInParts(bytes, 3);
    expect(parts).toBe(3);
    expect(plain(merged)).toEqual(plain(whole));
    expect(plain(scanInParts(bytes, 3, OPTIONS, true).merged)).toEqual(plain(whole));
  });

  it('lists the first issues of each kind and counts the rest as the whole scan does', () => {
    const bytes = fixture(300, '\n');
    for (const maxIssues of [0, 1, 5]) {
      const options = { ...OPTIONS, maxIssues };
      expect(plain(scanInParts(bytes, 3, options).merged)).toEqual(plain(scanFec(bytes, false, options)));
    }
  });

  it('the Book of the merged parts is the Book of parseFecBook', () => {
    const bytes = fixture(120, '\r\n');
    const expected = parseFecBook(bytes);
    for (const cli of [false, true]) {
      const book = bookOf(scanInParts(bytes, 3, OPTIONS, cli, cli ? 0.32 : undefined).merged!, {});
      expect(book).toEqual(expected);
      expect(trialBalance(book)).toEqual(trialBalance(expected));
      expect(formats.fec.serialize(book)).toBe(formats.fec.serialize(expected));
    }
  });

  it('says the file must be read whole when a part cannot be read alone', () => {
    const text = new TextDecoder().decode(fixture(100, '\n'));
    const lines = text.split('\n');
    const last = lines.length - 1;
    // an unusable line (the error lists every such line of the file)
    const broken = [...lines];
    broken[last] = broken[last]!.replace('|411000|', '|ABC|');
    expect(scanInParts(new TextEncoder().encode(broken.join('\n')), 2).merged).toBeUndefined();
    // bytes that are not UTF-8 (ISO-8859-15 is decided on the whole file)
    const latin9 = encodeText(text, 'iso-8859-15');
    expect(scanInParts(latin9, 2).merged).toBeUndefined();
    // an entry number of the first part used again in the last one, in another journal (renamed)
    const reused = [...lines];
    const lastNum = reused[last]!.split('|')[2]!;
    for (let i = 1; i <= last; i++) if (reused[i]!.split('|')[2] === lastNum) reused[i] = reused[i]!.replace(/^(VT|BQ)\|(\w+)\|(\w+)\|/, 'OD|Divers|VT00001|');
    const renamed = scanFec(new TextEncoder().encode(reused.join('\n')), false, OPTIONS);
    expect(renamed.errors).toEqual([]);
    expect(renamed.issues.some((i) => i.code === 'fec_renamed_entry')).toBe(true);
    expect(scanInParts(new TextEncoder().encode(reused.join('\n')), 2).merged).toBeUndefined();
    // an entry of a later part whose lines disagree on their piece (the message names the entry's first line)
    const piece = [...lines];
    piece[last] = piece[last]!.replace(/\|P(\w+)\|/, '|AUTRE|');
    expect(scanInParts(new TextEncoder().encode(piece.join('\n')), 2).merged).toBeUndefined();
  });
});

describe('properties', () => {
  it('parts scanned alone and merged give the scan of the whole file, or say to read it whole', () => {
    let mergedRuns = 0;
    fc.assert(
      fc.property(
        transactionsArbitrary({ minLength: 2, maxLength: 30 }),
        fc.constantFrom('|', '\t'),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom(0, 2, 1000),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('zero', 'empty', 'label', 'quote')), { maxLength: 4 }),
        fc.boolean(),
        fc.option(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { nil: undefined }),
        (txs, separator, eol, bom, count, maxIssues, edits, cli, firstShare) => {
          const lines = formats.fec.serialize(createBook(txs), { separator }).split('\r\n');
          for (const [at, kind] of edits) {
            const target = 1 + (at % (lines.length - 1));
            const f = lines[target]!.split(separator);
            if (kind === 'zero') lines.splice(target + 1, 0, [...f.slice(0, 11), '0,00', '0,00', '', '', f[15], '', ''].join(separator));
            else if (kind === 'empty') lines.splice(target, 0, '');
            else if (kind === 'label') lines[target] = [...f.slice(0, 10), `Ligne ${at % 3}`, ...f.slice(11)].join(separator);
            else lines[target] = [...f.slice(0, 5), `"${f[5]!}"`, ...f.slice(6)].join(separator);
          }
          const text = new TextEncoder().encode(lines.join(eol));
          const bytes = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...text]) : text;
          const options = { ...OPTIONS, maxIssues };
          const { parts, merged } = scanInParts(bytes, count, options, cli, firstShare);
          const whole = scanFec(bytes, false, options);
          if (merged !== undefined) {
            expect(plain(merged)).toEqual(plain(whole));
            expect(bookOf(merged, {})).toEqual(bookOf(whole, {}));
            if (parts > 1) mergedRuns++;
          } else expect(parts > 1 || whole.errors.length > 0).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    // most runs did merge parts: the property is not met by always reading whole
    expect(mergedRuns).toBeGreaterThan(50);
  });
});
