// scanFec's helpers before the scan itself: the deferred strings' streams and their decoding, the field split (line
// breaks, quotes) and the blank test; worked vectors on small files.
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { fecStrings, scanFec, type FecColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';
import { BA_COLUMNS, BNC_COLUMNS, HEADER, OPTIONS, cashFile, errorsOf, file, issuesOf, row, utf8 } from './_fecRows.js';

const scan = (input: string | Uint8Array, options: Partial<ScanOptions> = {}): FecColumns => scanFec(typeof input === 'string' ? utf8(input) : input, false, { ...OPTIONS, ...options });
const messages = (s: FecColumns): string[] => s.issues.map((i) => `${i.code}@${i.line}: ${i.message}`);
const quotedMessage = (names: string): string => `Fields written between double quotes (${names}): a FEC takes no quotes; the values were kept as written, quotes included.`;

describe('scanFec: deferred strings', () => {
  it('keeps a deferred label one byte past the stream\'s first 1 KiB, and one more than twice it', () => {
    for (const length of [1023, 1024, 1025, 1026, 3000]) {
      const label = `${'x'.repeat(length - 1)}y`;
      const text = file({ EcritureLib: label, Debit: '10,00' }, { CompteNum: '706000', EcritureLib: 'Autre', Credit: '10,00' }, { EcritureNum: 'VT2', Debit: '1,00' }, { EcritureNum: 'VT2', CompteNum: '706000', Credit: '1,00' });
      const s = scan(text, { deferStrings: true });
      expect([s.T, s.txLabel, fecStrings(s).txLabel.map((l) => l.length), fecStrings(s).txLabel[0] === label, fecStrings(s).txId]).toEqual([2, [], [length, 5], true, ['VT1', 'VT2']]);
    }
  });

  it('decodes deferred columns given as bytes or as text (a worker\'s part), after the head\'s strings, in ISO-8859-15 too', () => {
    const columns = (deferred: FecColumns['deferred']): FecColumns => ({ ...scan(file()), deferred });
    const mixed = columns({
      head: { txId: ['H1'], txPieceRef: ['PH'], txLabel: ['Tête'] },
      ids: ['A1\nA2', utf8('B1')],
      refs: [utf8('P1\nP2'), 'P3'],
      labels: ['Réglé\nLigne', utf8('Dû')],
      latin9: false,
      renamed: [[2, 'BQ:A2']],
    });
    expect(fecStrings(mixed)).toEqual({ txId: ['H1', 'A1', 'BQ:A2', 'B1'], txPieceRef: ['PH', 'P1', 'P2', 'P3'], txLabel: ['Tête', 'Réglé', 'Ligne', 'Dû'] });
    const latin = columns({ head: null, ids: ['A1', encodeText('N°2', 'iso-8859-15')], refs: ['P1\nP2'], labels: [encodeText('Réglé €', 'iso-8859-15'), 'Dû'], latin9: true, renamed: [] });
    expect(fecStrings(latin)).toEqual({ txId: ['A1', 'N°2'], txPieceRef: ['P1', 'P2'], txLabel: ['Réglé €', 'Dû'] });
  });
});

describe('scanFec: the field split', () => {
  it('ends a line only at LF or CR: a tab, a vertical tab or a form feed inside a field is kept', () => {
    const s = scan(file({ EcritureLib: 'a\tb\u000bc\u000cd', Debit: '10,00' }, { CompteNum: '706000', Credit: '10,00' }));
    expect([s.T, s.errors, s.txLabel, s.E]).toEqual([1, [], ['a\tb\u000bc\u000cd'], 2]);
  });

  it('sees a quoted field first on the line, last on the line, or everywhere but first', () => {
    const journal = scan(file({ JournalCode: '"VT"', Debit: '10,00' }, { JournalCode: '"VT"', CompteNum: '706000', Credit: '10,00' }));
    expect([errorsOf(journal), messages(journal)]).toEqual([['model@2: [invalid_journal] JournalCode "\\"VT\\"" is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).'], [`fec_quoted_field@2: ${quotedMessage('JournalCode')}`, `fec_quoted_field@3: ${quotedMessage('JournalCode')}`]]);
    const currency = scan(file({ Debit: '10,00', Montantdevise: '12,5', Idevise: '"USD"' }, { CompteNum: '706000', Credit: '10,00' }));
    expect([currency.errors, messages(currency), currency.currencies]).toEqual([[], [`fec_quoted_field@2: ${quotedMessage('Idevise')}`], ['"USD"']]);
    // every field after JournalCode quoted
    const all = scan([HEADER, row({ Debit: '10,00' }).split('|').map((f, k) => (k === 0 ? f : `"${f}"`)).join('|')].join('\n'));
    expect(issuesOf(all)).toEqual(['fec_quoted_field@2:warning']);
    expect(messages(all)[0]).toBe(`fec_quoted_field@2: ${quotedMessage('JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet, ValidDate, Montantdevise, Idevise')}`);
  });
});

describe('scanFec: blank fields', () => {
  it('reads a field as blank only when empty or white space starting with a space, as validateFec: a no-break space is a value', () => {
    const ba = scan(cashFile(BA_COLUMNS, { EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: '\u00a0' }, { EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' }));
    expect([ba.T, ba.errors, ba.sources, ba.txSource && [...ba.txSource]]).toEqual([1, [], [{ paymentMethod: '\u00a0' }], [0]]);
    const bnc = scan(cashFile(BNC_COLUMNS, { EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: '\u00a0' }, { EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'CL2' }));
    expect([bnc.T, bnc.errors, bnc.sources]).toEqual([1, [], [{ customerId: '\u00a0', paymentMethod: 'Virement' }]]);
    // a space then a no-break space is blank: the second line's mode and client are taken
    const spaced = scan(cashFile(BNC_COLUMNS, { EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: ' \u00a0' }, { EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'CL2' }));
    expect([spaced.T, spaced.errors, spaced.sources]).toEqual([1, [], [{ customerId: 'CL2', paymentMethod: 'Virement' }]]);
  });
});
