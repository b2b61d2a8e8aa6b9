// scanFec from the header to the entry boundaries (the file's start, the part's state, the tables and capacities,
// the transactions' strings, finishEntry and startEntry, the line split with its fast paths for lines repeating
// their entry's head and tail): worked vectors that pin the errors, issues and columns by hand, and a property
// comparing the scanner with the one before the speed work on files whose lines repeat each other with small edits.
// Quick inputs only (two of them are 1–2 MiB, to pass the 1 MiB batch of strings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { hashBytes } from '../../../src/formats/fec/_lib/bytes.js';
import { fecStrings, scanFec, type FecColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { scanFecBefore } from './_reference/scanFecBefore.js';
import { BA_COLUMNS, BNC_COLUMNS, HEADER, OPTIONS, cashFile, entry, errorsOf, expectSameAsBefore, file, issuesOf, plain, row, utf8, type Fields } from './_fecRows.js';

const scan = (input: string | Uint8Array, options: Partial<ScanOptions> = {}): FecColumns => scanFec(typeof input === 'string' ? utf8(input) : input, false, { ...OPTIONS, ...options });
const messages = (s: FecColumns): string[] => s.issues.map((i) => `${i.code}@${i.line}: ${i.message}`);
const decoded = (chunks: ReadonlyArray<Uint8Array | string> | undefined): string[] => (chunks ?? []).map((c) => (typeof c === 'string' ? c : new TextDecoder().decode(c)));
/** The 53-bit hash a part gives an entry number: 32 bits of `hashBytes`, then the top 21 bits of a polynomial hash (×31 from 7). */
const numberHash = (text: string): number => {
  const bytes = utf8(text);
  let h = 7;
  for (const byte of bytes) h = (Math.imul(h, 31) + byte) | 0;
  return (hashBytes(bytes, 0, bytes.length) >>> 0) * 2097152 + (h >>> 11);
};
/** The line starts of a text's bytes, after the header (a part starts at a line start). */
const lineStarts = (bytes: Uint8Array): number[] => {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) out.push(i + 1);
  return out;
};

describe('scanFec: the start of the file', () => {
  it('takes a file for UTF-16 only by its two byte order marks: FE or FF beside another byte is ISO-8859-15', () => {
    const body = utf8(file(entry({})));
    for (const prefix of [[0x41, 0xfe], [0xfe, 0x41], [0x41, 0xff], [0xff, 0x41]]) {
      const s = scan(Uint8Array.from([...prefix, ...body]));
      expect([s.encoding, errorsOf(s), s.layout]).toEqual(['iso-8859-15', ['fec_header@1'], null]);
    }
  });

  it('skips a BOM only when all three bytes EF BB BF are there', () => {
    const body = utf8(file(entry({})));
    for (const prefix of [[0xef, 0x41, 0xbf], [0x41, 0xbb, 0xbf], [0xef, 0xbb, 0x41], [0x41, 0x41, 0xbf], [0xef, 0xbb]]) {
      const s = scan(Uint8Array.from([...prefix, ...body]));
      expect([s.encoding, errorsOf(s), issuesOf(s), s.T]).toEqual(['iso-8859-15', ['fec_header@1'], [], 0]);
    }
    const bom = scan(Uint8Array.from([0xef, 0xbb, 0xbf, ...body]));
    expect([bom.encoding, errorsOf(bom), issuesOf(bom), bom.T]).toEqual(['utf-8', [], ['fec_bom@0:info'], 1]);
    // as text too: a string starting with U+FEFF
    const text = scanFec(utf8(`\ufeff${file(entry({}))}`), true, OPTIONS);
    expect([text.encoding, issuesOf(text), text.T]).toEqual(['text', ['fec_bom@0:info'], 1]);
  });

  it('names every column whose name differs in case or accents, in one warning', () => {
    const header = HEADER.replace('JournalCode', 'journalcode').replace('EcritureLib', ' ÉcritureLib');
    const s = scan([header, ...entry({}).map((r) => row(r))].join('\n'));
    expect([errorsOf(s), messages(s), s.T]).toEqual([
      [],
      ['fec_header_case@1: Column names differ from the norm in case, accents or spaces ("journalcode" for "JournalCode", " ÉcritureLib" for "EcritureLib"); they were read as the FEC columns.'],
      1,
    ]);
  });
});

describe('scanFec: a part of the file', () => {
  it('gives the empty state of a part that is not plain UTF-8, with the separator it did not read', () => {
    const latin = encodeText(file(entry({ EcritureLib: 'Réglé' })), 'iso-8859-15');
    const s = scanFec(latin, false, OPTIONS, { start: 0, end: latin.length });
    expect([s.separator, s.layout, s.T, s.errors, s.issues]).toEqual(['|', null, 0, [], []]);
    expect(s.part).toEqual({ lines: 0, utf8: false, errorTotal: 0, issueCounts: new Map(), records: 0, finalNewline: false, minDay: Infinity, maxDay: -Infinity, numberHashes: new Float64Array(0) });
  });

  it('checks the encoding of its own bytes only: a plain part after a part in ISO-8859-15', () => {
    const latin = encodeText(`${file(entry({ EcritureLib: 'Réglé' }), entry({ EcritureNum: 'VT2' }))}\n`, 'iso-8859-15');
    const second = lineStarts(latin)[2]!;
    const later = scanFec(latin, false, OPTIONS, { start: second, end: latin.length });
    expect([later.part.utf8, later.T, later.txId, later.errors, later.part.records, later.part.finalNewline]).toEqual([true, 1, ['VT2'], [], 2, true]);
    const first = scanFec(latin, false, OPTIONS, { start: 0, end: second });
    expect([first.part.utf8, first.T]).toEqual([false, 0]);
  });

  it('hashes each entry number it records (renamed ones by their new id), once, sorted', () => {
    const text = `${file(entry({}), entry({ JournalCode: 'BQ', JournalLib: 'Banque' }), entry({ EcritureNum: 'VT2' }), entry({ EcritureNum: 'VT3' }), entry({ EcritureNum: 'VT2' }))}\n`;
    const bytes = utf8(text);
    const s = scanFec(bytes, false, OPTIONS, { start: 0, end: bytes.length });
    expect([s.T, s.txId, errorsOf(s)]).toEqual([4, ['VT1', 'BQ:VT1', 'VT2', 'VT3'], ['fec_numbering_duplicate@10']]);
    expect([...s.part.numberHashes]).toEqual([numberHash('VT1'), numberHash('BQ:VT1'), numberHash('VT2'), numberHash('VT3')].sort((x, y) => x - y));
    expect(numberHash('VT1')).toBe((hashBytes(utf8('VT1'), 0, 3) >>> 0) * 2097152 + (((Math.imul(Math.imul(Math.imul(7, 31) + 86, 31) + 84, 31) + 49) | 0) >>> 11));
  });
});

describe('scanFec: entries', () => {
  it('names an entry without a journal (cash basis) by its number alone, and one with a journal by both', () => {
    const ba = scan(cashFile(BA_COLUMNS, { JournalCode: '', JournalLib: '', EcritureNum: '1', DateRglt: '20240320', ModeRglt: 'Virement' }, { JournalCode: '', JournalLib: '', EcritureNum: '1', CompteNum: '706000', DateRglt: '20240320', ModeRglt: 'Virement' }));
    expect([ba.T, errorsOf(ba), messages(ba)[1]]).toEqual([0, [], 'fec_dropped_entry@2: Entry 1 has no line with an amount: it was left out.']);
    const standard = scan(file({ Debit: '0,00' }, { CompteNum: '706000', Credit: '0,00' }));
    expect(messages(standard)[1]).toBe('fec_dropped_entry@2: Entry VT1 (journal VT) has no line with an amount: it was left out.');
  });

  it('refuses an entry whose debits alone pass Number.MAX_SAFE_INTEGER minor units, unbalanced too', () => {
    const s = scan(file(...Array.from({ length: 10 }, (): Fields => ({ Debit: '9999999999999,99' })), { CompteNum: '706000', Credit: '1,00' }));
    expect([s.T, s.txId, errorsOf(s)]).toEqual([0, [], ['fec_entry_unbalanced@2', 'model@2: [amount_overflow] Entry VT1 (journal VT) totals more than Number.MAX_SAFE_INTEGER minor units: check its amounts, or split it.']]);
    const credits = scan(file({ Debit: '1,00' }, ...Array.from({ length: 10 }, (): Fields => ({ CompteNum: '706000', Credit: '9999999999999,99' }))));
    expect(errorsOf(credits)).toEqual(['fec_entry_unbalanced@2', 'model@2: [amount_overflow] Entry VT1 (journal VT) totals more than Number.MAX_SAFE_INTEGER minor units: check its amounts, or split it.']);
  });

  it('renames with a suffix when JournalCode:EcritureNum is the number of the first journal', () => {
    const s = scan(file(entry({ EcritureNum: 'BQ:1' }), entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' })));
    expect([s.txId, errorsOf(s), messages(s)]).toEqual([
      ['BQ:1', '1', 'BQ:1:2'],
      [],
      ['fec_renamed_entry@6: EcritureNum 1 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:1:2" (re-serialising writes that EcritureNum).'],
    ]);
  });

  it('gives the next transaction its own EcritureNum when an entry renamed JournalCode:EcritureNum is left out', () => {
    // defect: the dropped entry's id stayed on its transaction slot, so BQ's entry 2 came out as "BQ:1"
    const text = file(entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' }, '0,00'), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '2' }));
    const s = scan(text);
    expect([s.T, s.txId, errorsOf(s), issuesOf(s)]).toEqual([2, ['1', '2'], [], ['fec_renamed_entry@4:info', 'fec_zero_line@4:info', 'fec_dropped_entry@4:info', 'fec_zero_line@5:info']]);
    expect(fecStrings(scan(text, { deferStrings: true })).txId).toEqual(['1', '2']);
    expect(parseFec(text).transactions.map((t) => [t.id, t.journal])).toEqual([['1', 'VT'], ['2', 'BQ']]);
    // the last entry left out: no id past the transactions
    const last = scan(file(entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' }, '0,00')));
    expect([last.T, last.txId, fecStrings(scan(file(entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' }, '0,00')), { deferStrings: true })).txId]).toEqual([1, ['1'], ['1']]);
    // the same when the renamed entry is refused (unbalanced; the file is refused): one id per transaction kept
    const refused = scan(file(entry({ EcritureNum: '1' }), [{ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1', Debit: '1,00' }, { JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1', CompteNum: '706000', Credit: '2,00' }]));
    expect([refused.T, refused.txId, errorsOf(refused)]).toEqual([1, ['1'], ['fec_entry_unbalanced@4']]);
  });

  it('writes the renamed id of an ISO-8859-15 file in its characters', () => {
    const s = scan(encodeText(file(entry({ EcritureNum: 'N°1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'N°1' })), 'iso-8859-15'));
    expect([s.encoding, s.txId, messages(s)]).toEqual([
      'iso-8859-15',
      ['N°1', 'BQ:N°1'],
      ['fec_renamed_entry@4: EcritureNum N°1 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:N°1" (re-serialising writes that EcritureNum).'],
    ]);
  });

  it('gives a cash-basis source only the fields the entry has: no customer without IdClient (BA), whatever a broken line held', () => {
    const s = scan([
      BA_COLUMNS.join('|'),
      `${row({ EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' }, BA_COLUMNS)}|CLX`,
      row({ EcritureNum: '2', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' }, BA_COLUMNS),
      row({ EcritureNum: '2', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Chèque' }, BA_COLUMNS),
    ].join('\n'));
    expect([s.T, s.txId, errorsOf(s), [...s.txSource!]]).toEqual([1, ['2'], ['fec_field_count@2'], [0]]);
    expect(s.sources).toStrictEqual([{ paymentMethod: 'Virement' }]);
    expect(Object.keys(s.sources[0]!)).toEqual(['paymentMethod']);
    const bnc = scan(cashFile(BNC_COLUMNS, { EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'CL1' }, { EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' }));
    expect(bnc.sources).toStrictEqual([{ customerId: 'CL1', paymentMethod: 'Virement' }]);
  });
});

describe('scanFec: the transactions\' strings', () => {
  it('cuts the deferred strings in chunks of stringChunk bytes, each value followed by a line break but the chunk\'s last', () => {
    const s = scan(file(entry({ EcritureNum: 'VT1' }), entry({ EcritureNum: 'VT2', PieceRef: 'P2' }), entry({ EcritureNum: 'VT3', PieceRef: 'P3' })), { deferStrings: true, stringChunk: 8 });
    expect([decoded(s.deferred?.ids), decoded(s.deferred?.refs), decoded(s.deferred?.labels), s.txId]).toEqual([['VT1\nVT2', 'VT3'], ['P1\nP2\nP3'], ['Vente\nVente', 'Vente'], []]);
    expect(fecStrings(s)).toEqual({ txId: ['VT1', 'VT2', 'VT3'], txPieceRef: ['P1', 'P2', 'P3'], txLabel: ['Vente', 'Vente', 'Vente'] });
    const whole = scan(file(entry({ EcritureNum: 'VT1' }), entry({ EcritureNum: 'VT2' })), { deferStrings: true });
    expect(decoded(whole.deferred?.ids)).toEqual(['VT1\nVT2']);
  });

  it('keeps a label two bytes past the first batch of strings, and one more than twice its size', () => {
    // the batch holds 1 MiB + 4 KiB: EcritureNum "VT1\n" and PieceRef "P1\n" take 7 bytes, the label and its "\n" the rest and 2 bytes more
    const batch = (1 << 20) + 4096;
    for (const length of [batch - 6, 2 * batch + 10]) {
      const label = 'x'.repeat(length - 1) + 'y';
      const s = scan(file({ EcritureLib: label, Debit: '10,00' }, { CompteNum: '706000', EcritureLib: 'Autre', Credit: '10,00' }, ...entry({ EcritureNum: 'VT2' })));
      expect([s.T, s.txId, s.txLabel.length, s.txLabel[0]!.length, s.txLabel[0]!.endsWith('xy'), s.txLabel[1], s.entryLabels]).toEqual([2, ['VT1', 'VT2'], 2, length, true, 'Vente', ['Autre']]);
    }
  });
});

describe('scanFec: capacities', () => {
  // the columns are sized from the average line of the first 256 KiB: a file of like lines fills them without growing,
  // with 2 % and 64 slots to spare (entries) and half of that plus 64 (transactions), returned as views on them
  const lines = Array.from({ length: 100 }, (_, k) => entry({ EcritureNum: `N${k}` }).map((r) => row(r))).flat();
  const sizes = (s: FecColumns): number[] => [s.entAmount.buffer.byteLength / 8, s.entAccount.buffer.byteLength / 4, s.txJournal.buffer.byteLength / 4, s.txOpening.buffer.byteLength, s.entryStart.buffer.byteLength / 4];
  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
  ])('sizes the columns from the first lines (%s)', (_, eol) => {
    const s = scan([HEADER, ...lines].join(eol));
    expect([s.errors, s.T, s.E]).toEqual([[], 100, 200]);
    // 199 line breaks after the header: room for ceil(199 × 1.02) + 64 = 267 entries and ceil(267 / 2) + 64 = 198 transactions
    expect(sizes(s)).toEqual([267, 267, 198, 198, 199]);
  });

  it('sizes them for twice the lines with CRLF (two breaks a line), and gives copies of their used part', () => {
    const s = scan([HEADER, ...lines].join('\r\n'));
    expect([s.errors, s.T, s.E, sizes(s)]).toEqual([[], 100, 200, [200, 200, 100, 100, 101]]);
  });
});

describe('scanFec: lines repeating their entry\'s head or tail', () => {
  it('reads a later line whose EcritureDate only starts like the entry\'s as a date of its own', () => {
    const s = scan(file({ Debit: '10,00' }, { CompteNum: '706000', EcritureDate: '202403151', Credit: '10,00' }, ...entry({ EcritureNum: 'VT2' })));
    expect([s.T, s.txId, errorsOf(s)]).toEqual([1, ['VT2'], ['fec_invalid_date@3', 'fec_entry_dates@3']]);
    const journal = scan(file({ Debit: '10,00' }, { CompteNum: '706000', JournalLib: 'Ventess', Credit: '10,00' }));
    expect([journal.T, journal.errors, journal.journals]).toEqual([1, [], [{ code: 'VT', label: 'Ventes', opening: false }]]);
  });

  it('reads a later line whose EcritureLib or PieceRef only starts like the entry\'s as its own', () => {
    const label = scan(file({ Debit: '10,00' }, { CompteNum: '706000', EcritureLib: 'Ventes', Credit: '10,00' }, { CompteNum: '706000', EcritureLib: 'Vente', Credit: '0,00', Debit: '0,00' }));
    expect([label.T, label.errors, label.txLabel, label.entryLabels, [...label.entLabel!], label.E]).toEqual([1, [], ['Vente'], ['Ventes'], [-1, 0], 2]);
    const ref = scan(file({ Debit: '10,00' }, { CompteNum: '706000', PieceRef: 'P12', Credit: '10,00' }));
    expect([ref.txPieceRef, messages(ref)]).toEqual([['P1'], ['fec_entry_piece@3: Entry VT1 (journal VT) has PieceRef "P12" here but "P1" on line 2: a transaction has one piece, the first line\'s was kept.']]);
  });

  it('checks the mandatory fields of a line after a broken one with its own fields', () => {
    // line 3 has too few fields (a blank JournalLib); line 4 repeats the head of line 2 and has another PieceRef
    const s = scan([HEADER, row({ Debit: '10,00' }), 'VT||VT1|20240315|x', row({ CompteNum: '706000', PieceRef: 'P2', Credit: '10,00' })].join('\n'));
    expect([s.T, errorsOf(s), issuesOf(s)]).toEqual([0, ['fec_field_count@3'], ['fec_entry_piece@4:warning']]);
  });

  it('reads a line cut in two by a line break as two lines of the wrong field count', () => {
    const second = row({ CompteNum: '706000', Credit: '10,00' });
    const cut = second.indexOf('|P1|');
    // cut after CompAuxLib: the second half starts with the entry's PieceRef|PieceDate|EcritureLib
    const s = scan([HEADER, row({ Debit: '10,00' }), second.slice(0, cut), second.slice(cut + 1), ...entry({ EcritureNum: 'VT2' }).map((r) => row(r))].join('\n'));
    expect([s.T, s.txId, errorsOf(s), s.E]).toEqual([1, ['VT2'], ['fec_field_count@3', 'fec_field_count@4'], 2]);
    // the first half alone, then the whole line: the line after a short one is read on its own
    const short = scan([HEADER, row({ Debit: '10,00' }), second.slice(0, cut), second, ...entry({ EcritureNum: 'VT2' }).map((r) => row(r))].join('\n'));
    expect([short.T, short.txId, errorsOf(short), [...short.txLine]]).toEqual([1, ['VT2'], ['fec_field_count@3'], [5]]);
  });

  it('starts a new entry at a broken line with the same EcritureNum in another journal', () => {
    const s = scan([HEADER, ...entry({}).map((r) => row(r)), 'BQ|Banque|VT1|x', ...entry({ EcritureNum: 'VT2' }).map((r) => row(r))].join('\n'));
    // the broken line's error is met before the entry before it ends, so that one is left out too (the file is refused)
    expect([s.T, s.txId, errorsOf(s), messages(s)]).toEqual([
      1,
      ['VT2'],
      ['fec_field_count@4'],
      ['fec_renamed_entry@4: EcritureNum VT1 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:VT1" (re-serialising writes that EcritureNum).'],
    ]);
  });
});

describe('scanFec: quoted fields', () => {
  it('names the fields that start and end with a double quote, and nothing for a field with one quote', () => {
    const s = scan([HEADER, row({ Debit: '10,00', EcritureLib: '"Vente' }), row({ CompteNum: '706000', CompteLib: '"Ventes"', EcritureLib: 'Vente"', Credit: '10,00' })].join('\n'));
    expect([s.T, s.errors, messages(s), s.txLabel, s.entryLabels]).toEqual([
      1,
      [],
      ['fec_quoted_field@3: Fields written between double quotes (CompteLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      ['"Vente'],
      ['Vente"'],
    ]);
  });

  it('does not name a quoted field of a line too long before it', () => {
    const s = scan([HEADER, `${row({ EcritureNum: 'VT0', Debit: '1,00' })}|"x"`, row({ Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: '"Ventes"', Credit: '10,00' })].join('\n'));
    expect([s.txId, errorsOf(s), messages(s)]).toEqual([['VT1'], ['fec_field_count@2'], ['fec_quoted_field@4: Fields written between double quotes (CompteLib): a FEC takes no quotes; the values were kept as written, quotes included.']]);
  });

  it('warns on every line repeating a quoted field, "" included', () => {
    const s = scan(file({ JournalLib: '""', Debit: '10,00' }, { JournalLib: '""', CompteNum: '706000', Credit: '5,00' }, { JournalLib: '""', CompteNum: '706000', Credit: '5,00' }));
    expect([s.T, s.E, issuesOf(s)]).toEqual([1, 3, ['fec_quoted_field@2:warning', 'fec_quoted_field@3:warning', 'fec_quoted_field@4:warning']]);
  });
});

describe('properties', () => {
  // lines that repeat the line before with a few fields changed — values sharing a prefix ('VT1' / 'VT12'), quotes,
  // blanks — cut short, lengthened, split in two, or empty: where the fast paths for repeated heads and tails decide
  const VALUES: Record<number, ReadonlyArray<string>> = {
    0: ['VT', 'V', 'BQ', '"VT"'],
    1: ['Ventes', 'Vente', '""', ' '],
    2: ['VT1', 'VT12', 'V', ''],
    3: ['20240315', '202403151', '2024031', '20240316'],
    4: ['411000', '706000', '4110', ''],
    5: ['Clients', 'Client', '"C"', ''],
    6: ['', 'C1'],
    7: ['', 'Dupont', '"D"'],
    8: ['P1', 'P12', 'P', '"P1"', ''],
    9: ['20240314', '202403141', ''],
    10: ['Vente', 'Ventes', '"V"', ' ', 'Vent'],
    11: ['10,00', '0,00', '', '5,00', 'x'],
    12: ['0,00', '10,00', '', '5,00'],
    13: ['', 'A'],
    14: ['', '20240320'],
    15: ['20240316', '', '2024031X'],
    16: ['', '12,5'],
    17: ['', 'USD'],
  };
  const edit = fc.tuple(fc.nat(17), fc.nat(7));
  const lineArb = fc.tuple(fc.array(edit, { maxLength: 3 }), fc.constantFrom('full', 'full', 'full', 'full', 'short', 'long', 'trailing', 'split', 'empty'), fc.nat(17));
  const fileArb = fc.tuple(fc.array(lineArb, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean());
  const build = ([lines, eol, finalBreak]: [Array<[Array<[number, number]>, string, number]>, string, boolean]): Uint8Array => {
    const fields = FEC_COLUMNS.map((_, k) => VALUES[k]![0]!);
    const out = [HEADER];
    for (const [edits, shape, at] of lines) {
      for (const [k, v] of edits) fields[k] = VALUES[k]![v % VALUES[k]!.length]!;
      const text = fields.join('|');
      const cut = fields.slice(0, at + 1).join('|').length;
      if (shape === 'full') out.push(text);
      else if (shape === 'short') out.push(fields.slice(0, at + 1).join('|'));
      else if (shape === 'long') out.push(`${text}|x`);
      else if (shape === 'trailing') out.push(`${text}|`);
      else if (shape === 'split') out.push(text.slice(0, cut), text.slice(cut + 1));
      else out.push('');
    }
    return utf8(out.join(eol) + (finalBreak ? eol : ''));
  };

  it('a file of lines repeating each other with small edits scans as with the scanner before the speed work', () => {
    fc.assert(
      fc.property(fileArb, (spec) => {
        const bytes = build(spec as Parameters<typeof build>[0]);
        expectSameAsBefore(plain(scanFec(bytes, false, OPTIONS)), scanFecBefore(bytes, false, OPTIONS));
      }),
      { numRuns: 120, seed: 1406 },
    );
  });
});
