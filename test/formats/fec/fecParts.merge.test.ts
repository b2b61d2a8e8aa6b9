// mergeFecParts on small files, beyond fecParts.test.ts (whose 300-entry merges are slow to run per mutant): when the
// merge says to read the file whole (a part with an unusable line, bytes that are not plain UTF-8, an entry's piece
// disagreeing in a later part, an entry number met again in any later part), the strings left undecoded or decoded
// (the three ways a part sends them), the payment sources of a cash-basis FEC met first in a later part, and the
// tables, columns and issues of the merge against the scan of the whole file.
import { describe, expect, it } from 'vitest';
import { mergeFecParts, splitFecParts, withTextStrings } from '../../../src/formats/fec/_lib/fecParts.js';
import { fecStrings, scanFec, type FecColumns, type FecPartColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';

const OPTIONS: ScanOptions = { openingJournals: new Set(['AN', 'OUV']), scale: 2, currency: 'EUR', maxIssues: 1000 };
const HEADER = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
/** The two lines of entry `num` of journal `j` (amount in euros). */
const entry = (j: string, num: string, amount = 10, date = '20240315', piece = `P${num}`): string[] => [
  `${j}|Journal ${j}|${num}|${date}|411000|Clients|||${piece}|${date}|Vente ${num}|${amount},00|0,00|||${date}||`,
  `${j}|Journal ${j}|${num}|${date}|706000|Ventes|||${piece}|${date}|Vente ${num}|0,00|${amount},00|||${date}||`,
];
/** A scan with its strings decoded, deferred or not. */
function plain(scan: FecColumns | undefined): Omit<FecColumns, 'deferred'> | undefined {
  if (scan === undefined) return undefined;
  const { deferred: _, ...rest } = scan;
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return { ...rest, txId, txPieceRef, txLabel };
}
/** The byte offset of the line starting with `line`. */
const at = (text: string, line: string): number => enc(text.slice(0, text.indexOf(line))).length;
/** Parts starting at these lines (the first at byte 0), scanned each alone. */
function cutAt(text: string, starts: ReadonlyArray<string>): { bytes: Uint8Array; parts: Array<{ start: number; end: number }> } {
  const bytes = enc(text);
  const cuts = [0, ...starts.map((s) => at(text, s)), bytes.length];
  return { bytes, parts: cuts.slice(0, -1).map((start, k) => ({ start, end: cuts[k + 1]! })) };
}
/** The per-transaction strings of a scan, decoded. */
const strings = (scan: FecColumns): { txId: string[]; txPieceRef: string[]; txLabel: string[] } => {
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return { txId, txPieceRef, txLabel };
};
const scanParts = (bytes: Uint8Array, parts: ReadonlyArray<{ start: number; end: number }>, options: ScanOptions = OPTIONS): FecPartColumns[] => parts.map((p) => scanFec(bytes, false, options, p));

describe('mergeFecParts: says to read the file whole', () => {
  const good = [...entry('VT', '1'), ...entry('VT', '2'), ...entry('VT', '3')];

  it('for a part with an unusable line, first or later (the whole scan lists every such line)', () => {
    for (const k of [0, 2, 4]) {
      const lines = [...good];
      lines[k] = 'VT|Journal VT|x';
      const text = [HEADER, ...lines].join('\n');
      const { bytes, parts } = cutAt(text, [`VT|Journal VT|2|`, `VT|Journal VT|3|`].filter((s) => text.includes(s)));
      const scans = scanParts(bytes, parts);
      expect(scans.some((s) => s.part.errorTotal > 0)).toBe(true);
      expect(mergeFecParts(scans, 1000)).toBeUndefined();
      expect(scanFec(bytes, false, OPTIONS).errors.length).toBeGreaterThan(0);
    }
  });

  it('for a part whose bytes are not plain UTF-8 (the encoding is decided on the whole file)', () => {
    const text = [HEADER, ...good].join('\n');
    const { bytes, parts } = cutAt(text, ['VT|Journal VT|2|', 'VT|Journal VT|3|']);
    // "Vente 2" → "Vent\xe9 2" on entry 2's first line (ISO-8859-15 é): the part is not UTF-8
    const latin = Uint8Array.from(bytes);
    latin[bytes.indexOf(0x65, at(text, 'VT|Journal VT|2|') + 40)] = 0xe9;
    const scans = scanParts(latin, parts);
    expect(scans.map((s) => s.part.utf8)).toEqual([true, false, true]);
    expect(scans.every((s) => s.part.errorTotal === 0)).toBe(true);
    expect(mergeFecParts(scans, 1000)).toBeUndefined();
    // the same bytes in the first part
    const first = Uint8Array.from(bytes);
    first[bytes.indexOf(0x65, at(text, 'VT|Journal VT|1|') + 40)] = 0xe9;
    expect(mergeFecParts(scanParts(first, parts), 1000)).toBeUndefined();
    expect(plain(mergeFecParts(scanParts(bytes, parts), 1000))).toEqual(plain(scanFec(bytes, false, OPTIONS)));
  });

  it('for an entry whose lines disagree on their piece in a later part, not in the first', () => {
    const odd = [entry('VT', '9')[0]!, entry('VT', '9', 10, '20240315', 'AUTRE')[1]!];
    const later = [HEADER, ...good, ...odd].join('\n');
    const l = cutAt(later, ['VT|Journal VT|2|']);
    const scans = scanParts(l.bytes, l.parts);
    expect(scans[1]!.part.issueCounts.get('fec_entry_piece')).toBe(1);
    expect(mergeFecParts(scans, 1000)).toBeUndefined();
    const early = [HEADER, ...odd, ...good].join('\n');
    const e = cutAt(early, ['VT|Journal VT|2|']);
    const merged = mergeFecParts(scanParts(e.bytes, e.parts), 1000);
    const whole = scanFec(e.bytes, false, OPTIONS);
    expect(whole.issues.map((i) => [i.code, i.line])).toEqual([['fec_entry_piece', 3]]);
    expect(plain(merged)).toEqual(plain(whole));
    expect(merged!.issues).toEqual(whole.issues);
  });

  it('for an entry number of the first part met again in the third part, whichever it is', () => {
    // eight entries in each of the first two parts, then one repeating entry k of the first: found every time
    const first = Array.from({ length: 8 }, (_, k) => `A${k}`);
    const second = Array.from({ length: 8 }, (_, k) => `B${k}`);
    for (const repeated of [...first, ...second]) {
      const text = [HEADER, ...first.flatMap((n) => entry('VT', n)), ...second.flatMap((n) => entry('VT', n)), ...entry('VT', 'Z'), ...entry('VT', repeated)].join('\n');
      const { bytes, parts } = cutAt(text, ['VT|Journal VT|B0|', 'VT|Journal VT|Z|']);
      expect(mergeFecParts(scanParts(bytes, parts), 1000), repeated).toBeUndefined();
    }
    // and none repeated: merged
    const text = [HEADER, ...first.flatMap((n) => entry('VT', n)), ...second.flatMap((n) => entry('VT', n)), ...entry('VT', 'Z')].join('\n');
    const { bytes, parts } = cutAt(text, ['VT|Journal VT|B0|', 'VT|Journal VT|Z|']);
    expect(plain(mergeFecParts(scanParts(bytes, parts), 1000))).toEqual(plain(scanFec(bytes, false, OPTIONS)));
  });

  it('not for parts whose entries are all dropped (zero lines): the whole scan’s issues, no transaction', () => {
    const zero = (num: string): string[] => [0, 1].map((k) => `VT|Journal VT|${num}|20240315|${k === 0 ? '411000' : '706000'}|Compte|||P${num}|20240315|Vente ${num}|0,00|0,00|||20240315||`);
    const text = [HEADER, ...zero('1'), ...zero('2')].join('\n');
    const { bytes, parts } = cutAt(text, ['VT|Journal VT|2|']);
    const whole = scanFec(bytes, false, OPTIONS);
    expect(whole.T).toBe(0);
    const merged = mergeFecParts(scanParts(bytes, parts), 1000)!;
    expect(merged.T).toBe(0);
    expect(merged.issues).toEqual(whole.issues);
    expect(plain(merged)).toEqual(plain(whole));
  });

  it('for parts holding no line at all', () => {
    const bytes = enc(`${HEADER}\n\n\n`);
    expect(mergeFecParts(scanParts(bytes, [{ start: 0, end: bytes.length }]), 1000)).toBeUndefined();
  });
});

describe('mergeFecParts: the strings', () => {
  // a renamed entry (number 2 in VT and in BQ) inside the second part, and one inside the third
  const text = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), ...entry('BQ', '2'), ...entry('VT', '3'), ...entry('VT', '4'), ...entry('BQ', '4')].join('\n');
  const { bytes, parts } = cutAt(text, ['VT|Journal VT|2|', 'VT|Journal VT|4|']);
  const whole = scanFec(bytes, false, OPTIONS);

  it('are the whole scan’s: ids (renamed ones too), piece refs and labels', () => {
    expect(fecStrings(whole).txId).toEqual(['1', '2', 'BQ:2', '3', '4', 'BQ:4']);
    expect(whole.issues.filter((i) => i.code === 'fec_renamed_entry').map((i) => i.line)).toEqual([6, 12]);
  });

  it('left undecoded when every part left them so (no decoded head)', () => {
    const scans = parts.map((p) => scanFec(bytes, false, { ...OPTIONS, deferStrings: true }, { ...p, rawStrings: true }));
    const merged = mergeFecParts(scans, 1000)!;
    expect(merged.deferred).not.toBeNull();
    expect(merged.deferred!.head).toBeNull();
    expect([merged.txId, merged.txPieceRef, merged.txLabel]).toEqual([[], [], []]);
    expect(merged.deferred!.renamed).toEqual([
      [2, 'BQ:2'],
      [5, 'BQ:4'],
    ]);
    expect(strings(merged)).toEqual(strings(whole));
    expect(plain(merged)).toEqual(plain(whole));
  });

  it('left undecoded after the first part’s own decoded strings (the CLI’s way)', () => {
    const scans = parts.map((p, k) => (k === 0 ? scanFec(bytes, false, OPTIONS, p) : withTextStrings(scanFec(bytes, false, { ...OPTIONS, stringChunk: 16 }, { ...p, rawStrings: true }))));
    const merged = mergeFecParts(scans, 1000)!;
    expect(merged.deferred!.head).toEqual({ txId: ['1'], txPieceRef: ['P1'], txLabel: ['Vente 1'] });
    expect(merged.deferred!.renamed).toEqual([
      [2, 'BQ:2'],
      [5, 'BQ:4'],
    ]);
    expect(strings(merged)).toEqual(strings(whole));
    expect(plain(merged)).toEqual(plain(whole));
  });

  it('undecoded strings of plain UTF-8 (2- to 4-byte characters) decoded as UTF-8', () => {
    const utf8 = text.replaceAll('Vente 3', 'Vente é € 😀').replaceAll('P4', 'Pièce4');
    const b = enc(utf8);
    const ps = cutAt(utf8, ['VT|Journal VT|2|', 'VT|Journal VT|4|']).parts;
    const merged = mergeFecParts(ps.map((p) => scanFec(b, false, { ...OPTIONS, deferStrings: true }, { ...p, rawStrings: true })), 1000)!;
    expect(merged.deferred!.latin9).toBe(false);
    expect(strings(merged).txLabel[3]).toBe('Vente é € 😀');
    expect(strings(merged).txPieceRef[4]).toBe('Pièce4');
    expect(strings(merged)).toEqual(strings(scanFec(b, false, OPTIONS)));
  });

  it('decoded now when a later part decoded its own', () => {
    for (const decoded of [1, 2]) {
      const scans = parts.map((p, k) => scanFec(bytes, false, OPTIONS, { ...p, rawStrings: k !== decoded }));
      const merged = mergeFecParts(scans, 1000)!;
      expect(merged.deferred).toBeNull();
      expect(merged.txId).toEqual(['1', '2', 'BQ:2', '3', '4', 'BQ:4']);
      expect(merged.txPieceRef).toEqual(['P1', 'P2', 'P2', 'P3', 'P4', 'P4']);
      expect(merged.txLabel).toEqual(['Vente 1', 'Vente 2', 'Vente 2', 'Vente 3', 'Vente 4', 'Vente 4']);
      expect(plain(merged)).toEqual(plain(whole));
    }
  });
});

describe('mergeFecParts: payment sources of a cash-basis FEC', () => {
  const CASH = `${HEADER}|DateRglt|ModeRglt|NatOp|IdClient`;
  const cash = (num: string, mode: string, client: string): string[] => [
    `BQ|Recettes|${num}|20240320|512000|Banque|||H${num}|20240320|Honoraires ${num}|60,00|0,00|||20240320|||20240320|${mode}|Honoraires|${client}`,
    `BQ|Recettes|${num}|20240320|706000|Honoraires|||H${num}|20240320|Honoraires ${num}|0,00|60,00|||20240320|||20240320|${mode}|Honoraires|${client}`,
  ];

  it('met first in a later part, each (customer, method) once, in order of first use', () => {
    const text = [CASH, ...cash('1', 'Cheque', ''), ...cash('2', 'Cheque', ''), ...cash('3', 'Cheque', 'CL1'), ...cash('4', 'Cheque', 'CL2'), ...cash('5', 'Virement', 'CL1'), ...cash('6', 'Cheque', 'CL1'), ...cash('7', 'Virement', 'CL2'), ...cash('8', 'Cheque', '')].join('\n');
    const whole = scanFec(enc(text), false, OPTIONS);
    expect(whole.errors).toEqual([]);
    for (const starts of [['BQ|Recettes|3|', 'BQ|Recettes|6|'], ['BQ|Recettes|4|'], ['BQ|Recettes|2|', 'BQ|Recettes|5|', 'BQ|Recettes|7|']]) {
      const { bytes, parts } = cutAt(text, starts);
      const merged = mergeFecParts(scanParts(bytes, parts), 1000)!;
      expect(merged.sources).toEqual([
        { paymentMethod: 'Cheque' },
        { customerId: 'CL1', paymentMethod: 'Cheque' },
        { customerId: 'CL2', paymentMethod: 'Cheque' },
        { customerId: 'CL1', paymentMethod: 'Virement' },
        { customerId: 'CL2', paymentMethod: 'Virement' },
      ]);
      expect([...merged.txSource!]).toEqual([0, 0, 1, 2, 3, 1, 4, 0]);
      expect(merged.sources.every((s) => Object.isFrozen(s))).toBe(true);
      expect(plain(merged)).toEqual(plain(whole));
    }
  });
});

describe('mergeFecParts: tables and columns', () => {
  it('gives each value the id of its first appearance, across parts, and the columns of the whole scan', () => {
    const line = (j: string, num: string, account: string, aux: string, auxName: string, d: string, c: string): string =>
      `${j}|Journal ${j}|${num}|20240315|${account}|Compte ${account}|${aux}|${auxName}|P${num}|20240315|Vente ${num}|${d}|${c}|||20240315||`;
    const text = [
      HEADER,
      line('VT', '1', '411000', 'C1', 'Dupont', '5,00', '0,00'),
      line('VT', '1', '706000', '', '', '0,00', '5,00'),
      line('BQ', '2', '512000', '', '', '5,00', '0,00'),
      line('BQ', '2', '411000', 'C2', 'Durand', '0,00', '5,00'),
      // the same auxiliary number under another name: another auxiliary, the same number id
      line('VT', '3', '411000', 'C1', 'Dupont SA', '7,00', '0,00'),
      line('VT', '3', '707000', '', '', '0,00', '7,00'),
      line('OD', '4', '411000', 'C2', 'Durand', '1,00', '0,00'),
      line('OD', '4', '411000', 'C3', 'Martin', '0,00', '1,00'),
    ].join('\n');
    const whole = scanFec(enc(text), false, OPTIONS);
    for (const starts of [['BQ|Journal BQ|2|'], ['VT|Journal VT|3|'], ['BQ|Journal BQ|2|', 'VT|Journal VT|3|', 'OD|Journal OD|4|']]) {
      const { bytes, parts } = cutAt(text, starts);
      const merged = mergeFecParts(scanParts(bytes, parts), 1000)!;
      expect(merged.journals.map((j) => j.code)).toEqual(['VT', 'BQ', 'OD']);
      expect(merged.accounts).toEqual(['411000', '706000', '512000', '707000']);
      expect(merged.auxiliaries).toEqual([
        { account: { number: 'C1', name: 'Dupont' }, numberId: 0 },
        { account: { number: 'C2', name: 'Durand' }, numberId: 1 },
        { account: { number: 'C1', name: 'Dupont SA' }, numberId: 0 },
        { account: { number: 'C3', name: 'Martin' }, numberId: 2 },
      ]);
      expect([...merged.entAux]).toEqual([0, -1, -1, 1, 2, -1, 1, 3]);
      expect([...merged.entAccount]).toEqual([0, 1, 2, 0, 0, 3, 0, 0]);
      expect([...merged.txJournal]).toEqual([0, 1, 0, 2]);
      expect([...merged.entryStart]).toEqual([0, 2, 4, 6, 8]);
      expect([...merged.txLine]).toEqual([2, 4, 6, 8]);
      expect([...merged.entAmount]).toEqual([500, -500, 500, -500, 700, -700, 100, -100]);
      expect(plain(merged)).toEqual(plain(whole));
    }
  });

  it('shifts a later part’s issue lines by the lines before it, and counts records across parts', () => {
    const zero = (num: string): string => `VT|Journal VT|${num}|20240315|471000|Attente|||P${num}|20240315|Vente ${num}|0,00|0,00|||20240315||`;
    const text = `${[HEADER, ...entry('VT', '1'), zero('1'), '', ...entry('VT', '2'), '', zero('2')].join('\n')}\n`;
    const whole = scanFec(enc(text), false, OPTIONS);
    const { bytes, parts } = cutAt(text, ['VT|Journal VT|2|']);
    const merged = mergeFecParts(scanParts(bytes, parts), 1000)!;
    expect(merged.issues.map((i) => [i.code, i.line])).toEqual([
      ['fec_trailing_newline', 0],
      ['fec_zero_line', 4],
      ['fec_empty_line', 5],
      ['fec_empty_line', 8],
      ['fec_zero_line', 9],
    ]);
    expect(merged.issues).toEqual(whole.issues);
    expect(merged.finalNewline).toBe(true);
    expect(plain(merged)).toEqual(plain(whole));
    // without the final line break
    const bare = text.slice(0, -1);
    const b = cutAt(bare, ['VT|Journal VT|2|']);
    const m = mergeFecParts(scanParts(b.bytes, b.parts), 1000)!;
    expect(m.finalNewline).toBe(false);
    expect(m.issues.map((i) => [i.code, i.line])).toEqual([['fec_zero_line', 4], ['fec_empty_line', 5], ['fec_empty_line', 8], ['fec_zero_line', 9]]);
  });
});

describe('properties', () => {
  it('split then merge is the scan of the whole file, for any count of parts (small files)', () => {
    const nums = ['1', '2', '3', '4', '5', '6', '7'];
    const text = [HEADER, ...nums.flatMap((n, k) => entry(k % 2 === 0 ? 'VT' : 'BQ', n, k + 1, `2024031${k}`))].join('\n');
    const bytes = enc(text);
    const whole = plain(scanFec(bytes, false, OPTIONS));
    for (let count = 1; count <= 8; count++) {
      const parts = splitFecParts(bytes, count);
      expect(parts[0]!.start).toBe(0);
      expect(parts[parts.length - 1]!.end).toBe(bytes.length);
      for (let k = 1; k < parts.length; k++) expect(parts[k]!.start).toBe(parts[k - 1]!.end);
      expect(plain(mergeFecParts(scanParts(bytes, parts), 1000)), `count ${count}`).toEqual(whole);
    }
  });
});
