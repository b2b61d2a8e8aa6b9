// scanFec beyond the random equivalence of scanFec.test.ts: the same equivalence with the scanner before the speed
// work on hand-written files (the fixtures: scanFec.fixtures.test.ts) that walk each layout variant (separators, encodings, BOMs, line
// endings, montant-sens, the two cash-basis layouts) and each refusal and issue; parts scanned alone and merged; and
// worked vectors that pin the errors, issues and columns by hand. Quick inputs only (the properties of
// scanFec.test.ts run hundreds of random files).
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { mergeFecParts, splitFecParts } from '../../../src/formats/fec/_lib/fecParts.js';
import { fecStrings, foreignAt, scanFec, type FecColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { refusal } from '../../_errors.js';
import { scanFecBefore } from './_reference/scanFecBefore.js';
import { BA_COLUMNS, BNC_COLUMNS, HEADER, OPTIONS, cashFile, entry, errorsOf, file, issuesOf, plain, row, utf8, type Fields } from './_fecRows.js';

const OPTION_SETS: ScanOptions[] = [
  OPTIONS,
  { ...OPTIONS, maxIssues: 0 },
  { ...OPTIONS, maxIssues: 1 },
  { ...OPTIONS, scale: 0, currency: 'JPY' },
  { ...OPTIONS, scale: 3, currency: 'KWD' },
  { ...OPTIONS, openingJournals: new Set(['AN', 'OUV', 'VT']) },
];

const MS_COLUMNS = [...FEC_COLUMNS.slice(0, 11), 'Montant', 'Sens', ...FEC_COLUMNS.slice(13)];
const msFile = (...rows: Fields[]): string => [MS_COLUMNS.join('|'), ...rows.map((r) => row(r, MS_COLUMNS))].join('\n');

/** Hand-written files, one per layout variant, refusal or issue of the scanner. */
const CASES: Record<string, string | Uint8Array> = {
  'two entries, LF, no final line break': file(entry({}), entry({ EcritureNum: 'VT2' })),
  'CRLF with a final line break': `${file(entry({}), entry({ EcritureNum: 'VT2' })).replace(/\n/g, '\r\n')}\r\n`,
  'CR only': file(entry({}), entry({ EcritureNum: 'VT2' })).replace(/\n/g, '\r'),
  'LF with a final line break and empty lines': `${HEADER}\n\n${row(entry({})[0]!)}\n\n${row(entry({})[1]!)}\n\n`,
  'tab separator': [FEC_COLUMNS.join('\t'), ...entry({}).map((r) => row(r, FEC_COLUMNS, '\t'))].join('\r\n'),
  'UTF-8 BOM': Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(file(entry({ EcritureLib: 'Réglé' })))]),
  'ISO-8859-15 bytes': encodeText(file(entry({ EcritureLib: 'Réglé €', CompteLib: 'Créances' }), entry({ EcritureNum: 'VT2', PieceRef: 'Pé' })), 'iso-8859-15'),
  'ISO-8859-15 bytes with a blank field of a space and a no-break space': encodeText(file(entry({ CompteLib: ' \u00a0' }), entry({ EcritureNum: 'VT2', CompAuxNum: ' \u00a0', CompAuxLib: 'é' })), 'iso-8859-15'),
  'ISO-8859-15 bytes with a C1 control': Uint8Array.from([...encodeText(file(entry({ EcritureLib: 'Réglé' })), 'iso-8859-15').slice(0, -3), 0x85, 0x31, 0x30]),
  'UTF-8 with a C1 control': file(entry({ EcritureLib: 'Vente \u0085' })),
  'UTF-16 LE BOM': Uint8Array.from([0xff, 0xfe, 0x4a, 0x00]),
  'UTF-16 BE BOM': Uint8Array.from([0xfe, 0xff, 0x00, 0x4a]),
  'FF then not FE': Uint8Array.from([0xff, 0x41, ...utf8(file(entry({})))]),
  'empty file': '',
  'white space only': ' \t\r\n\v\f \n',
  'header without separator': `JournalCode\n${row(entry({})[0]!)}`,
  'header with other columns': `JournalCode|Foo|Bar\n${row(entry({})[0]!)}`,
  'header only': HEADER,
  'header and a line break only': `${HEADER}\r\n`,
  'quoted header, trailing separator, loose names, extra columns': [`"${FEC_COLUMNS.slice(0, 3).join('"|"')}"|${FEC_COLUMNS.slice(3, 12).join('|')}|credit|${FEC_COLUMNS.slice(13).join('|')}|Extra|Autre|`, ...entry({}).map((r) => `${row(r)}|x|y|`)].join('\n'),
  'header case only': [HEADER.replace('EcritureLib', ' ÉcritureLib'), ...entry({}).map((r) => row(r))].join('\n'),
  'too few fields, too many, a broken line inside an entry': [HEADER, row(entry({})[0]!), 'VT|Ventes|VT1|20240315|411000', row(entry({})[1]!), 'a|b', `${row(entry({ EcritureNum: 'VT2' })[0]!)}|x|y`, row(entry({ EcritureNum: 'VT2' })[1]!), ...entry({ EcritureNum: 'VT3' }).map((r) => row(r))].join('\n'),
  'a short line starting a new entry': [HEADER, ...entry({}).map((r) => row(r)), 'VT|Ventes|VT9|20240315|411000', ...entry({ EcritureNum: 'VT4' }).map((r) => row(r))].join('\n'),
  'lines of two and three fields after a single-line entry': [HEADER, row({ Debit: '10,00' }), 'VT|Ventes', row({ EcritureNum: 'VT2', Debit: '10,00' }), 'VT|Ventes|VT3', ...entry({ EcritureNum: 'VT4' }).map((r) => row(r))].join('\n'),
  'a broken line between two entries of the same number': [HEADER, ...entry({}).map((r) => row(r)), 'VT|Ventes|VT9|x', ...entry({}).map((r) => row(r))].join('\n'),
  'trailing separators on lines': [HEADER, ...entry({}).map((r) => `${row(r)}|`), `${row(entry({ EcritureNum: 'VT2' })[0]!)}|x`].join('\n'),
  'quoted fields': file(
    [{ JournalLib: '"Ventes"', Debit: '10,00' }, { JournalLib: '"Ventes"', CompteNum: '706000', CompteLib: '"Ventes"', Credit: '10,00' }],
    entry({ EcritureNum: 'VT2', CompteLib: '"Clients"', EcritureLib: '"x"' }),
    entry({ EcritureNum: 'VT3', CompAuxNum: '"', CompAuxLib: '""' }),
    entry({ EcritureNum: '"VT4"', PieceRef: '"P4"' }),
  ),
  'quoted field on a line repeating its head': [HEADER, row({ Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: '"Ventes"', Credit: '10,00' }), row({ CompteNum: '706000', PieceRef: '"P1"' })].join('\n'),
  'invalid dates on first lines': file(entry({ EcritureDate: '20241301' }), entry({ EcritureNum: 'VT2', ValidDate: '2024-03-16' }), entry({ EcritureNum: 'VT3', PieceDate: '20240230' }), entry({ EcritureNum: 'VT4', DateLet: '2024031', EcritureLet: 'A' })),
  'blank dates': file(entry({ EcritureDate: '' }), entry({ EcritureNum: 'VT2', ValidDate: '' }), entry({ EcritureNum: 'VT3', PieceDate: '' })),
  'dates differing inside an entry': file(
    [{ Debit: '10,00' }, { CompteNum: '706000', EcritureDate: '20240316', Credit: '5,00' }, { CompteNum: '706000', ValidDate: '20240317', Credit: '5,00' }],
    [{ EcritureNum: 'VT2', Debit: '10,00' }, { EcritureNum: 'VT2', CompteNum: '706000', EcritureDate: '2024031X', Credit: '10,00' }],
    [{ EcritureNum: 'VT3', Debit: '10,00' }, { EcritureNum: 'VT3', CompteNum: '706000', ValidDate: '2024031X', Credit: '10,00' }],
    [{ EcritureNum: 'VT4', Debit: '10,00' }, { EcritureNum: 'VT4', CompteNum: '706000', PieceDate: '20240313', Credit: '5,00' }, { EcritureNum: 'VT4', CompteNum: '706000', PieceDate: '20240312', PieceRef: 'P9', Credit: '5,00' }],
    [{ EcritureNum: 'VT5', Debit: '10,00' }, { EcritureNum: 'VT5', CompteNum: '706000', PieceDate: '2024XXXX', Credit: '10,00' }],
    [{ EcritureNum: 'VT6', Debit: '10,00' }, { EcritureNum: 'VT6', CompteNum: '706000', PieceRef: 'P6', Credit: '10,00' }, { EcritureNum: 'VT6', CompteNum: '706000', PieceRef: 'P7', Credit: '0,00' }],
  ),
  'bad dates repeated on every line': file(
    [{ EcritureDate: '2024X315', Debit: '10,00' }, { EcritureDate: '2024X315', CompteNum: '706000', Credit: '10,00' }],
    [{ EcritureNum: 'VT2', ValidDate: '2024X316', Debit: '10,00' }, { EcritureNum: 'VT2', ValidDate: '2024X316', CompteNum: '706000', Credit: '10,00' }],
    [{ EcritureNum: 'VT3', PieceDate: '2024X314', Debit: '10,00' }, { EcritureNum: 'VT3', PieceDate: '2024X314', CompteNum: '706000', Credit: '10,00' }],
    [{ EcritureNum: 'VT4', PieceDate: '2024X314', Debit: '10,00' }, { EcritureNum: 'VT4', PieceDate: '2024X314', CompteNum: '706000', EcritureLib: 'Autre', Credit: '10,00' }],
  ),
  'bad and blank dates after a good entry': file(
    entry({ EcritureNum: 'VT1' }),
    entry({ EcritureNum: 'VT2', EcritureDate: '2024X315', ValidDate: '20240310' }),
    entry({ EcritureNum: 'VT3', EcritureDate: '20240320', ValidDate: '2024X316' }),
    entry({ EcritureNum: 'VT4', EcritureDate: '2024X315' }),
    entry({ EcritureNum: 'VT5', EcritureDate: '20240315', ValidDate: '20240315' }),
    [{ EcritureNum: 'VT6', Debit: '10,00' }, { EcritureNum: 'VT6', CompteNum: '706000', EcritureDate: '', Credit: '10,00' }],
    [{ EcritureNum: 'VT7', Debit: '10,00' }, { EcritureNum: 'VT7', CompteNum: '706000', ValidDate: '', Credit: '10,00' }],
    [{ EcritureNum: 'VT8', Debit: '10,00' }, { EcritureNum: 'VT8', CompteNum: '706000', PieceDate: '', Credit: '10,00' }],
    entry({ EcritureNum: 'VT9', PieceRef: '' }),
  ),
  'later lines with another JournalLib, or a good PieceDate after a bad one': file(
    [{ EcritureNum: 'VT1', Debit: '10,00' }, { EcritureNum: 'VT1', JournalLib: 'Ventes France', CompteNum: '706000', Credit: '10,00' }],
    [{ EcritureNum: 'VT2', PieceDate: '2024X314', Debit: '10,00' }, { EcritureNum: 'VT2', CompteNum: '706000', PieceDate: '20240314', Credit: '10,00' }],
  ),
  'a cash-basis line without DateRglt': cashFile(
    BA_COLUMNS,
    { EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
    { EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '', ModeRglt: 'Virement' },
  ),
  'valid date before the entry date, lettering dates': file(entry({ ValidDate: '20240310' }), entry({ EcritureNum: 'VT2', EcritureLet: 'AB', DateLet: '20240320' }), entry({ JournalCode: 'X', EcritureNum: 'X1', ValidDate: '20240101' })),
  'entries over more than 12 months': file(entry({ EcritureDate: '20240101', PieceDate: '20240101', ValidDate: '20240101' }), entry({ EcritureNum: 'VT2', EcritureDate: '20250101', PieceDate: '20250101', ValidDate: '20250101' })),
  'entries over exactly 12 months': file(entry({ EcritureDate: '20240101', PieceDate: '20240101', ValidDate: '20240101' }), entry({ EcritureNum: 'VT2', EcritureDate: '20241231', PieceDate: '20241231', ValidDate: '20241231' })),
  'amounts: invalid, both, zero, dropped, unbalanced, single line': file(
    entry({ EcritureNum: 'VT1' }, '10.00'),
    [{ EcritureNum: 'VT2', Debit: '10,00', Credit: '1,00' }, { EcritureNum: 'VT2', CompteNum: '706000', Credit: '9,00' }],
    [{ EcritureNum: 'VT3', Debit: '10,00' }, { EcritureNum: 'VT3', CompteNum: '706000', Credit: '10,00' }, { EcritureNum: 'VT3', CompteNum: '445710' }],
    [{ EcritureNum: 'VT4' }, { EcritureNum: 'VT4', CompteNum: '706000' }],
    [{ EcritureNum: 'VT5', Debit: '10,00' }, { EcritureNum: 'VT5', CompteNum: '706000', Credit: '9,99' }],
    [{ EcritureNum: 'VT6', Debit: '10,00' }],
    [{ EcritureNum: 'VT7', Debit: 'abc' }],
    [{ EcritureNum: 'VT8', Debit: '', Credit: '' }, { EcritureNum: 'VT8', CompteNum: '706000', Debit: '', Credit: '' }],
    [{ EcritureNum: 'VT9', Debit: '-5,00' }, { EcritureNum: 'VT9', CompteNum: '706000', Credit: '-5,00' }],
    [{ EcritureNum: 'VT10', Debit: '1,5', Credit: '0' }, { EcritureNum: 'VT10', CompteNum: '706000', Credit: '1,50+' }, { EcritureNum: 'VT10', CompteNum: '445710', Credit: '0,00', Debit: '0,00' }],
  ),
  'amounts: one side unreadable, the other filled': file(
    [{ EcritureNum: 'VT1', Debit: 'abc', Credit: '1,00' }, { EcritureNum: 'VT1', CompteNum: '706000', Debit: '1,00', Credit: '1,0x' }],
    entry({ EcritureNum: 'VT2' }),
  ),
  'a three-digit account, a one-letter account label': file(entry({ CompteNum: '411', CompteLib: 'J' }), entry({ EcritureNum: 'VT2', CompteNum: '512', CompteLib: 'B' })),
  'amounts under scale 0 and 3': file(entry({ EcritureNum: 'VT1' }, '10,00'), entry({ EcritureNum: 'VT2' }, '10,50'), entry({ EcritureNum: 'VT3' }, '10,05')),
  'large amounts': file(entry({ EcritureNum: 'VT1' }, '99999999999,99'), [{ EcritureNum: 'VT2', Debit: '99999999999,99' }, { EcritureNum: 'VT2', Debit: '99999999999,99' }, { EcritureNum: 'VT2', CompteNum: '706000', Credit: '99999999999,99' }, { EcritureNum: 'VT2', CompteNum: '706000', Credit: '99999999999,99' }]),
  'an entry totalling past MAX_SAFE_INTEGER cents': file(
    ...Array.from({ length: 10 }, (): Fields => ({ Debit: '9999999999999,99' })),
    ...Array.from({ length: 10 }, (): Fields => ({ CompteNum: '706000', Credit: '9999999999999,99' })),
    entry({ EcritureNum: 'VT2' }),
  ),
  'montant-sens of three characters or starting like a good one': msFile(
    { Montant: '10,00', Sens: 'CX' }, { CompteNum: '706000', Montant: '10,00', Sens: '+10' },
    { EcritureNum: 'VT2', Montant: '10,00', Sens: '-10' }, { EcritureNum: 'VT2', CompteNum: '706000', Montant: '10,00', Sens: 'DX' },
  ),
  'montant-sens': msFile(
    { Montant: '10,00', Sens: 'D' }, { CompteNum: '706000', Montant: '10,00', Sens: 'C' },
    { EcritureNum: 'VT2', Montant: '10,00', Sens: '+1' }, { EcritureNum: 'VT2', CompteNum: '706000', Montant: '10,00', Sens: '-1' },
    { EcritureNum: 'VT3', Montant: '10,00', Sens: 'X' }, { EcritureNum: 'VT3', CompteNum: '706000', Montant: '10,00', Sens: 'DC' },
    { EcritureNum: 'VT4', Montant: '10,00', Sens: '+2' }, { EcritureNum: 'VT4', CompteNum: '706000', Montant: '10,00', Sens: '-2' },
    { EcritureNum: 'VT5', Montant: '10,00', Sens: '*1' }, { EcritureNum: 'VT5', CompteNum: '706000', Montant: '10,00', Sens: '' },
    { EcritureNum: 'VT6', Montant: '1x', Sens: 'D' }, { EcritureNum: 'VT6', CompteNum: '706000', Montant: '', Sens: 'C' },
    { EcritureNum: 'VT7', Montant: '0,00', Sens: 'D' }, { EcritureNum: 'VT7', CompteNum: '706000', Montant: '10,00', Sens: 'C' }, { EcritureNum: 'VT7', CompteNum: '512000', Montant: '10,00', Sens: 'D' },
    { EcritureNum: 'VT8', Montant: '10,50', Sens: 'D' }, { EcritureNum: 'VT8', CompteNum: '706000', Montant: '10,50', Sens: 'C' },
  ),
  'accounts: prefix, shape, class 6 and 7 on opening journals': file(
    entry({ CompteNum: '41' }),
    entry({ EcritureNum: 'VT2', CompteNum: '911000' }),
    entry({ EcritureNum: 'VT3', CompteNum: '011000' }),
    entry({ EcritureNum: 'VT4', CompteNum: '4A1000' }),
    entry({ EcritureNum: 'VT5', CompteNum: '41B000' }),
    entry({ EcritureNum: 'VT6', CompteNum: '411abc' }),
    entry({ EcritureNum: 'VT7', CompteNum: '411000000000000000000' }),
    entry({ EcritureNum: 'VT8', CompteNum: '41100000000000000000' }),
    entry({ EcritureNum: 'VT9', CompteNum: '411DUPONT' }),
    entry({ EcritureNum: 'VT10', CompteNum: '411[' }),
    entry({ EcritureNum: 'VT11', CompteNum: '411@' }),
    entry({ EcritureNum: 'VT12', CompteNum: '811000' }),
    entry({ EcritureNum: 'VT13', CompteNum: '101000' }),
    entry({ EcritureNum: 'VT14', CompteNum: '409000' }),
    entry({ EcritureNum: 'VT15', CompteNum: '490000' }),
    entry({ EcritureNum: 'VT16', CompteNum: '4110Z9A' }),
    entry({ EcritureNum: 'VT17', CompteNum: '411/' }),
    entry({ EcritureNum: 'VT18', CompteNum: '411:' }),
    entry({ EcritureNum: 'VT19', CompteNum: '4:1000' }),
    entry({ EcritureNum: 'VT20', CompteNum: '41/000' }),
    entry({ EcritureNum: 'VT21', CompteNum: '/11000' }),
    entry({ EcritureNum: 'VT22', CompteNum: '900000' }),
    entry({ EcritureNum: 'VT23', CompteNum: '4/1000' }),
    entry({ EcritureNum: 'VT24', CompteNum: '41:000' }),
    [{ JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', CompteNum: '512000', Debit: '10,00' }, { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', CompteNum: '606000', Credit: '5,00' }, { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', CompteNum: '706000', Credit: '5,00' }, { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', CompteNum: '506000', Credit: '0,00' }],
  ),
  'required fields blank or white space': file(
    entry({ JournalLib: ' ' }),
    entry({ EcritureNum: 'VT2', CompteLib: '  ' }),
    [{ EcritureNum: 'VT3', Debit: '10,00' }, { EcritureNum: 'VT3', CompteNum: '706000', CompteLib: ' ', Credit: '10,00' }],
    [{ EcritureNum: 'VT4', Debit: '10,00' }, { EcritureNum: 'VT4', CompteNum: '706000', PieceRef: ' ', Credit: '10,00' }],
    [{ EcritureNum: 'VT5', EcritureLib: ' ', Debit: '10,00' }, { EcritureNum: 'VT5', CompteNum: '706000', EcritureLib: ' ', Credit: '10,00' }],
    entry({ EcritureNum: 'VT6', CompteNum: '' }),
    entry({ EcritureNum: 'VT7', JournalCode: '' }),
    entry({ EcritureNum: 'VT8', EcritureLib: ' x' }),
    entry({ EcritureNum: '' }),
  ),
  'pairs: auxiliary, lettering, foreign amount': file(
    entry({ CompAuxNum: 'C1' }),
    entry({ EcritureNum: 'VT2', CompAuxLib: 'Dupont' }),
    entry({ EcritureNum: 'VT3', CompAuxNum: ' ', CompAuxLib: '' }),
    entry({ EcritureNum: 'VT4', EcritureLet: 'A' }),
    entry({ EcritureNum: 'VT5', DateLet: '20240320' }),
    entry({ EcritureNum: 'VT6', EcritureLet: ' ', DateLet: '' }),
    entry({ EcritureNum: 'VT7', Montantdevise: '12,5' }),
    entry({ EcritureNum: 'VT8', Idevise: 'USD' }),
    entry({ EcritureNum: 'VT9', Montantdevise: '0,00', Idevise: 'USD' }),
    entry({ EcritureNum: 'VT10', Montantdevise: '12,5', Idevise: ' ' }),
    entry({ EcritureNum: 'VT11', Montantdevise: '0', Idevise: '' }),
  ),
  'pairs with a field of spaces or starting with one': file(
    entry({ EcritureNum: 'VT1', CompAuxLib: ' ' }),
    entry({ EcritureNum: 'VT2', CompAuxLib: ' Dupont' }),
    entry({ EcritureNum: 'VT3', EcritureLet: ' A' }),
    entry({ EcritureNum: 'VT4', DateLet: ' ' }),
    entry({ EcritureNum: 'VT5', DateLet: ' 20240320' }),
  ),
  'foreign amounts in every form': file(
    ...['12,5', '-3,10', '3,10-', '+1', '1+', '0,07', '1,234', '00', '-0'].map((v, k) => entry({ EcritureNum: `F${k}`, Montantdevise: v, Idevise: k % 2 === 0 ? 'USD' : 'GBP' })),
    ...[',5', '1,', '1,2,3', 'abc', '-', '+', '1.5', '--1', '1-2'].map((v, k) => entry({ EcritureNum: `G${k}`, Montantdevise: v, Idevise: 'USD' })),
  ),
  'auxiliaries, lettering, currencies and labels shared and changing': file(
    [{ CompAuxNum: 'C1', CompAuxLib: 'Dupont', EcritureLet: 'A', DateLet: '20240320', Montantdevise: '10,00', Idevise: 'USD', Debit: '10,00' }, { CompteNum: '706000', CompteLib: 'Ventes', EcritureLib: 'Autre libellé', Credit: '10,00' }],
    [{ EcritureNum: 'VT2', CompAuxNum: 'C1', CompAuxLib: 'Dupont', EcritureLet: 'A', DateLet: '20240320', Debit: '10,00' }, { EcritureNum: 'VT2', CompteNum: '706000', CompteLib: 'Ventes locales', EcritureLib: 'Autre libellé', Montantdevise: '-10,00', Idevise: 'USD', Credit: '10,00' }],
    [{ EcritureNum: 'VT3', CompAuxNum: 'C1', CompAuxLib: 'Dupont SA', EcritureLet: 'B', DateLet: '20240321', Debit: '10,00' }, { EcritureNum: 'VT3', CompteNum: '706000', CompteLib: 'Ventes', EcritureLib: 'Vente', Montantdevise: '8,00', Idevise: 'GBP', Credit: '10,00' }],
    [{ EcritureNum: 'VT4', CompAuxNum: 'C2', CompAuxLib: 'Dupont', Debit: '10,00' }, { EcritureNum: 'VT4', CompteNum: '706000', CompteLib: 'Ventes', EcritureLib: 'Ligne 2', Credit: '5,00' }, { EcritureNum: 'VT4', CompteNum: '706000', CompteLib: 'Ventes', EcritureLib: 'Ligne 3', Credit: '5,00' }],
  ),
  'journals: invalid codes, labels, opening': file(
    entry({ JournalCode: 'V T', EcritureNum: 'A1' }),
    entry({ JournalCode: 'ABCDEFGHIJK', EcritureNum: 'A2' }),
    entry({ JournalCode: 'ABCDEFGHIJ', EcritureNum: 'A3' }),
    entry({ JournalCode: 'B_Q-1', JournalLib: 'Banque', EcritureNum: 'A4' }),
    entry({ JournalCode: 'OUV', JournalLib: 'Ouverture', EcritureNum: 'A5', CompteNum: '512000' }),
    entry({ JournalCode: 'VT', JournalLib: 'Ventes bis', EcritureNum: 'A6' }),
    entry({ JournalCode: 'É', EcritureNum: 'A7' }),
  ),
  'numbers: duplicates, renamed, suffixes': file(
    entry({ EcritureNum: '1' }),
    entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' }),
    entry({ JournalCode: 'OD', JournalLib: 'Divers', EcritureNum: '1' }),
    entry({ JournalCode: 'OD', JournalLib: 'Divers', EcritureNum: 'BQ:2' }),
    entry({ EcritureNum: '2' }),
    entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '2' }),
    entry({ EcritureNum: '1' }),
    entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' }),
    entry({ JournalCode: 'OD', JournalLib: 'Divers', EcritureNum: 'VT:3' }),
    entry({ JournalCode: 'OD', JournalLib: 'Divers', EcritureNum: 'VT:3:2' }),
    entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '3' }),
    entry({ EcritureNum: '3' }),
    entry({ JournalCode: 'OD', JournalLib: 'Divers', EcritureNum: '1' }),
    entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'BQ:4' }),
    entry({ EcritureNum: '4' }),
    entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '4' }),
  ),
  'an entry whose lines are not contiguous': file(entry({ EcritureNum: 'VT1' }), entry({ EcritureNum: 'VT2' }), [{ EcritureNum: 'VT1', Debit: '1,00' }, { EcritureNum: 'VT1', CompteNum: '706000', Credit: '1,00' }]),
  'BA cash basis (21 columns)': cashFile(
    BA_COLUMNS,
    { JournalCode: '', JournalLib: '', EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', NatOp: 'Vente' },
    { JournalCode: '', JournalLib: '', EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Chèque' },
    { JournalCode: '', JournalLib: '', EcritureNum: '2', Debit: '10,00', DateRglt: '2024032', ModeRglt: 'Virement' },
    { JournalCode: '', JournalLib: '', EcritureNum: '2', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: ' ' },
    { JournalCode: '', JournalLib: '', EcritureNum: '3', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
    { JournalCode: '', JournalLib: '', EcritureNum: '3', CompteNum: '706000', Credit: '10,00', DateRglt: '20240321', ModeRglt: 'Virement' },
    { JournalCode: '', JournalLib: '', EcritureNum: '4', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Espèces' },
    { JournalCode: '', JournalLib: '', EcritureNum: '4', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Espèces' },
    { JournalCode: 'V T', EcritureNum: '5', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
    { JournalCode: 'V T', EcritureNum: '5', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
  ),
  'BNC cash basis (22 columns)': cashFile(
    BNC_COLUMNS,
    { EcritureNum: '1', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'CL1' },
    { EcritureNum: '1', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Chèque', IdClient: 'CL2' },
    { EcritureNum: '2', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Chèque', IdClient: 'CL1' },
    { EcritureNum: '2', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Chèque', IdClient: 'CL1' },
    { EcritureNum: '3', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: ' ' },
    { EcritureNum: '3', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'CL3' },
    { EcritureNum: '4', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'CL1' },
    { EcritureNum: '4', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
    { EcritureNum: '5', Debit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
    { EcritureNum: '5', CompteNum: '706000', Credit: '10,00', DateRglt: '20240320', ModeRglt: 'Virement' },
  ),
};


const bytesOf = (input: string | Uint8Array): Uint8Array => (typeof input === 'string' ? utf8(input) : input);
/** The same bytes as a Node Buffer at an odd offset (no aligned word reads). */
const oddBuffer = (bytes: Uint8Array): Uint8Array => Buffer.from(Uint8Array.from([0, ...bytes])).subarray(1);
const scan = (input: string | Uint8Array, options: Partial<ScanOptions> = {}): FecColumns => scanFec(bytesOf(input), false, { ...OPTIONS, ...options });

describe('properties', () => {
  const cases: Array<[string, Uint8Array]> = Object.entries(CASES).map(([name, input]): [string, Uint8Array] => [name, bytesOf(input)]);

  it.each(cases)('equivalence with the scanner before the speed work: %s, eager or deferred, any view', (_, bytes) => {
    const expected = scanFecBefore(bytes, false, OPTIONS);
    expect(plain(scanFec(bytes, false, OPTIONS))).toEqual(expected);
    expect(plain(scanFec(oddBuffer(bytes), false, { ...OPTIONS, deferStrings: true, stringChunk: 7 }))).toEqual(expected);
  });

  it.each(cases)('equivalence with the scanner before the speed work under other options (issue caps, currency scales, opening journals): %s', (_, bytes) => {
    for (const options of OPTION_SETS.slice(1)) {
      const expected = scanFecBefore(bytes, false, options);
      const s = scanFec(bytes, false, options);
      expect([s.errors, s.issues, s.T, s.E, s.entAmount, s.txOpening]).toEqual([expected.errors, expected.issues, expected.T, expected.E, expected.entAmount, expected.txOpening]);
    }
  });

  it.each(cases)('equivalence with the scanner before the speed work on text: %s', (_, bytes) => {
    const decoded = new TextDecoder().decode(bytes);
    const textBytes = utf8(decoded);
    const options = { ...OPTIONS, textHasC1: /[\u0080-\u009f]/.test(decoded) };
    expect(plain(scanFec(textBytes, true, options))).toEqual(scanFecBefore(textBytes, true, options));
  });

  it.each(cases)('parts scanned alone and merged give the whole scan, or say to read it whole: %s', (_, bytes) => {
    const whole = plain(scanFec(bytes, false, OPTIONS));
    for (const count of [2]) {
      const parts = splitFecParts(bytes, count);
      const scans = parts.map((p, k) => scanFec(bytes, false, { ...OPTIONS, stringChunk: 16 }, { ...p, rawStrings: k % 2 === 1 }));
      const merged = mergeFecParts(scans, OPTIONS.maxIssues);
      if (merged !== undefined) expect(plain(merged)).toEqual(whole);
      else expect(whole.errors.length > 0 || scans.some((x) => !x.part.utf8 || x.part.issueCounts.has('fec_entry_piece')) || (parts.length > 1 && whole.issues.some((i) => i.code === 'fec_renamed_entry'))).toBe(true);
    }
  });
});

describe('scanFec: encodings and refusals of the file', () => {
  it('refuses UTF-16 by its byte order mark, an ISO-8859-15 file with C1 controls, and UTF-8 holding one', () => {
    for (const name of ['UTF-16 LE BOM', 'UTF-16 BE BOM']) {
      const s = scan(CASES[name]!);
      expect([errorsOf(s), s.encoding, s.separator, s.layout, s.T]).toEqual([['fec_encoding@0'], 'utf-8', '|', null, 0]);
    }
    const c1 = scan(CASES['ISO-8859-15 bytes with a C1 control']!);
    expect([c1.encoding, errorsOf(c1)[0]]).toEqual(['iso-8859-15', 'fec_encoding@0']);
    const utf8c1 = scan(CASES['UTF-8 with a C1 control']!);
    expect([utf8c1.encoding, errorsOf(utf8c1)[0]]).toEqual(['utf-8', 'fec_encoding@0']);
    const text = new TextDecoder().decode(bytesOf(CASES['UTF-8 with a C1 control']!));
    expect(errorsOf(scanFec(utf8(text), true, { ...OPTIONS, textHasC1: true }))).toEqual(['fec_encoding@0']);
    expect(errorsOf(scanFec(utf8(text), true, { ...OPTIONS, textHasC1: false }))).toEqual([]);
    // as text, a leading FF FE cannot occur, and is not taken for UTF-16
    expect(scanFec(Uint8Array.from([0xff, 0xfe]), true, OPTIONS).errors.map((e) => e.rule)).not.toContain('fec_encoding');
    expect(scan(CASES['FF then not FE']!).errors.map((e) => e.rule)).not.toContain('fec_encoding');
  });

  it('reads a field of a space and a no-break space (A0 in ISO-8859-15) as blank', () => {
    const s = scan(CASES['ISO-8859-15 bytes with a blank field of a space and a no-break space']!);
    expect([s.encoding, errorsOf(s)]).toEqual(['iso-8859-15', ['fec_required_field@2', 'fec_required_field@3', 'fec_pair_filled_together@4', 'fec_pair_filled_together@5']]);
  });

  it('gives empty columns for a file refused before its lines', () => {
    const none = new Int32Array(0);
    expect(scan(CASES['UTF-16 BE BOM']!)).toEqual({
      encoding: 'utf-8', separator: '|', lineEnding: '\r\n', layout: null, finalNewline: false, T: 0, E: 0,
      txId: [], txJournal: none, txDate: none, txPieceRef: [], txPieceDate: none, txLabel: [], txValid: none, txOpening: new Uint8Array(0), txSource: null, txLine: none,
      entryStart: new Int32Array(1), entAccount: none, entAccountLabel: none, entAux: none, entAmount: new Float64Array(0),
      entLabel: null, entLetter: null, entLetterDate: null, entCurrency: null, entForeign: null,
      journals: [], accounts: [], accountLabels: [], auxiliaries: [], entryLabels: [], letterCodes: [], currencies: [], sources: [],
      issues: [], errors: [{ line: 0, rule: 'fec_encoding' }], deferred: null,
    });
    const header = scan(CASES['header with other columns']!);
    expect([header.encoding, header.separator, header.lineEnding, header.finalNewline, header.entryStart]).toEqual(['utf-8', '|', '\r\n', false, new Int32Array(1)]);
  });

  it('reads ISO-8859-15 bytes as such, labels and references decoded, deferred or not', () => {
    const s = scan(CASES['ISO-8859-15 bytes']!);
    expect([s.encoding, s.errors, s.T, s.accountLabels, s.txLabel, s.txPieceRef]).toEqual(['iso-8859-15', [], 2, ['Créances', 'Clients', 'Ventes'], ['Réglé €', 'Vente'], ['P1', 'Pé']]);
    const deferred = scan(CASES['ISO-8859-15 bytes']!, { deferStrings: true });
    expect([deferred.txLabel, deferred.deferred?.latin9, fecStrings(deferred).txLabel, fecStrings(deferred).txPieceRef]).toEqual([[], true, ['Réglé €', 'Vente'], ['P1', 'Pé']]);
    expect(fecStrings(deferred)).toBe(fecStrings(deferred));
  });

  it('refuses an empty or blank file, a header without separator or with other columns', () => {
    for (const name of ['empty file', 'white space only']) expect([errorsOf(scan(CASES[name]!)), scan(CASES[name]!).layout]).toEqual([['fec_empty_file@0'], null]);
    expect(errorsOf(scan(CASES['header without separator']!))).toEqual(['fec_separator@1']);
    const other = scan(CASES['header with other columns']!);
    expect([errorsOf(other), other.separator, other.layout]).toEqual([['fec_header@1'], '|', null]);
    const only = scan(CASES['header only']!);
    expect([errorsOf(only), only.issues, only.layout?.columns.length, only.finalNewline]).toEqual([['fec_empty_file@0'], [], 18, false]);
    const broken = scan(CASES['header and a line break only']!);
    expect([errorsOf(broken), issuesOf(broken), broken.lineEnding]).toEqual([['fec_empty_file@0'], [], '\r\n']);
  });

  it('parseFec refuses them with invalid_file at line 0 or 1, explained by validateFec', () => {
    expect(refusal(() => parseFec(bytesOf(CASES['UTF-16 LE BOM']!)))).toEqual(['invalid_file', 'line.0', expect.stringMatching(/^\[fec_encoding\] /)]);
    expect(refusal(() => parseFec(''))).toEqual(['invalid_file', 'line.0', expect.stringMatching(/^\[fec_empty_file\] /)]);
    expect(refusal(() => parseFec(CASES['header without separator'] as string))).toEqual(['invalid_file', 'line.1', expect.stringMatching(/^\[fec_separator\] /)]);
    expect(refusal(() => parseFec(CASES['header with other columns'] as string))).toEqual(['invalid_file', 'line.1', expect.stringMatching(/^\[fec_header\] /)]);
  });
});

describe('scanFec: layouts', () => {
  it('reads the line ending of the header, the separator, the BOM and the final line break', () => {
    const lf = scan(CASES['two entries, LF, no final line break']!);
    expect([lf.lineEnding, lf.separator, lf.finalNewline, lf.T, lf.E, lf.encoding, lf.issues]).toEqual(['\n', '|', false, 2, 4, 'utf-8', []]);
    const crlf = scan(CASES['CRLF with a final line break']!);
    expect([crlf.lineEnding, crlf.finalNewline, crlf.T, issuesOf(crlf)]).toEqual(['\r\n', true, 2, ['fec_trailing_newline@0:info']]);
    const cr = scan(CASES['CR only']!);
    expect([cr.lineEnding, cr.T, [...cr.txLine]]).toEqual(['\r', 2, [2, 4]]);
    const tab = scan(CASES['tab separator']!);
    expect([tab.separator, tab.lineEnding, tab.T, tab.E, tab.errors]).toEqual(['\t', '\r\n', 1, 2, []]);
    const bom = scan(CASES['UTF-8 BOM']!);
    expect([issuesOf(bom), bom.txLabel, bom.txId]).toEqual([['fec_bom@0:info'], ['Réglé'], ['VT1']]);
    const blankLines = scan(CASES['LF with a final line break and empty lines']!);
    expect([issuesOf(blankLines), [...blankLines.txLine]]).toEqual([['fec_trailing_newline@0:info', 'fec_empty_line@2:info', 'fec_empty_line@4:info', 'fec_empty_line@6:info'], [3]]);
  });

  it('reports a quoted header, a trailing separator, loose names and extra columns, on line 1', () => {
    const s = scan(CASES['quoted header, trailing separator, loose names, extra columns']!);
    expect(s.errors).toEqual([]);
    expect(s.issues.filter((i) => i.line === 1).map((i) => [i.code, i.message])).toEqual([
      ['fec_quoted_field', 'The column names are written between double quotes: a FEC takes no quotes; they were read without them.'],
      ['fec_trailing_separator', 'The line ends with a separator (an empty field too many); it was ignored.'],
      ['fec_header_case', 'Column names differ from the norm in case, accents or spaces ("credit" for "Credit"); they were read as the FEC columns.'],
      ['fec_extra_columns', 'The header has columns after the mandatory ones (Extra, Autre); they were ignored.'],
    ]);
    expect(scan(CASES['header case only']!).issues.map((i) => i.message)).toEqual(['Column names differ from the norm in case, accents or spaces (" ÉcritureLib" for "EcritureLib"); they were read as the FEC columns.']);
  });

  it('reads montant-sens: D and +1 debit, C and −1 credit, anything else refused', () => {
    const s = scan(CASES['montant-sens']!);
    expect(s.layout?.amounts).toBe('montant-sens');
    expect(errorsOf(s)).toEqual([
      'fec_invalid_sens@6', 'fec_invalid_sens@7', 'fec_invalid_sens@8', 'fec_invalid_sens@9', 'fec_invalid_sens@10',
      'fec_required_field@11', 'fec_invalid_amount@12', 'fec_required_field@13',
    ]);
    expect(errorsOf(scan(CASES['montant-sens of three characters or starting like a good one']!))).toEqual(['fec_invalid_sens@2', 'fec_invalid_sens@3', 'fec_invalid_sens@4', 'fec_invalid_sens@5']);
    const ok = scan(msFile({ Montant: '10,00', Sens: 'D' }, { CompteNum: '706000', Montant: '10,00', Sens: 'C' }, { EcritureNum: 'VT2', Montant: '7,00', Sens: '+1' }, { EcritureNum: 'VT2', CompteNum: '706000', Montant: '7,00', Sens: '-1' }));
    expect([ok.errors, [...ok.entAmount], ok.T]).toEqual([[], [1000, -1000, 700, -700], 2]);
    const zero = scan(msFile({ Montant: '0,00', Sens: 'D' }, { Montant: '10,00', Sens: 'D' }, { CompteNum: '706000', Montant: '10,00', Sens: 'C' }));
    expect([zero.errors, issuesOf(zero), [...zero.entAmount]]).toEqual([[], ['fec_zero_line@2:info'], [1000, -1000]]);
    expect(errorsOf(scan(msFile({ Montant: '10,50', Sens: 'D' }, { CompteNum: '706000', Montant: '10,50', Sens: 'C' }), { scale: 0, currency: 'JPY' }))).toEqual([
      'model@2: [too_many_decimals] The amount 10,50 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.',
      'model@3: [too_many_decimals] The amount 10,50 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.',
    ]);
  });

  it('reads the BA cash-basis layout: a blank journal allowed, the first ModeRglt of each entry as its source', () => {
    const s = scan(CASES['BA cash basis (21 columns)']!);
    expect(s.layout?.variant).toBe('ba-cash');
    expect(errorsOf(s)).toEqual(['fec_invalid_date@4', 'fec_required_field@5', 'model@10: [invalid_journal] JournalCode "V T" is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).']);
    expect([s.T, s.txId, s.journals, s.sources, s.txSource === null ? null : [...s.txSource]]).toEqual([
      3, ['1', '3', '4'], [{ code: '', label: '', opening: false }, { code: 'V T', label: 'Ventes', opening: false }],
      [{ paymentMethod: 'Virement' }, { paymentMethod: 'Espèces' }], [0, 0, 1],
    ]);
  });

  it('reads the BNC cash-basis layout: the first IdClient and ModeRglt of each entry, one source per pair', () => {
    const s = scan(CASES['BNC cash basis (22 columns)']!);
    expect([s.layout?.variant, s.errors, s.T]).toEqual(['bnc-cash', [], 5]);
    expect(s.sources).toEqual([{ customerId: 'CL1', paymentMethod: 'Virement' }, { customerId: 'CL1', paymentMethod: 'Chèque' }, { customerId: 'CL3', paymentMethod: 'Virement' }, { paymentMethod: 'Virement' }]);
    expect(Object.keys(s.sources[0]!)).toEqual(['customerId', 'paymentMethod']);
    expect(Object.isFrozen(s.sources[0])).toBe(true);
    expect([...s.txSource!]).toEqual([0, 1, 2, 0, 3]);
    // without a ModeRglt or IdClient, no source column at all
    expect(scan(cashFile(BNC_COLUMNS, { EcritureNum: '1', Debit: '1,00', DateRglt: '20240320', ModeRglt: 'x' }, { EcritureNum: '1', CompteNum: '706000', Credit: '1,00', DateRglt: '20240320', ModeRglt: 'x' })).txSource).toEqual(new Int32Array([0]));
  });
});

describe('scanFec: lines', () => {
  it('refuses a line with too few or too many fields, and the entry it breaks', () => {
    const s = scan(CASES['too few fields, too many, a broken line inside an entry']!);
    expect(errorsOf(s)).toEqual(['fec_field_count@3', 'fec_field_count@5', 'fec_field_count@6']);
    expect([s.T, s.txId]).toEqual([1, ['VT3']]);
    expect(errorsOf(scan(CASES['a short line starting a new entry']!))).toEqual(['fec_field_count@4']);
    // a broken line starting an entry: the next line, though it repeats the head of the entry before, starts another
    expect(errorsOf(scan(CASES['a broken line between two entries of the same number']!))).toEqual(['fec_field_count@4', 'fec_numbering_duplicate@5']);
    // three fields start an entry (the one before ends: single line, unbalanced); two do not (the entry is broken)
    expect(errorsOf(scan(CASES['lines of two and three fields after a single-line entry']!))).toEqual(['fec_field_count@3', 'fec_field_count@5', 'fec_single_line_entry@4', 'fec_entry_unbalanced@4']);
  });

  it('ignores one trailing separator per line, and counts a field too many otherwise', () => {
    const s = scan(CASES['trailing separators on lines']!);
    expect([errorsOf(s), issuesOf(s)]).toEqual([['fec_field_count@4'], ['fec_trailing_separator@2:info', 'fec_trailing_separator@3:info']]);
  });

  it('keeps quoted fields as written and names them', () => {
    const s = scan(CASES['quoted fields']!);
    expect(s.issues.map((i) => [i.line, i.message])).toEqual([
      [2, 'Fields written between double quotes (JournalLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [3, 'Fields written between double quotes (JournalLib, CompteLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [4, 'Fields written between double quotes (CompteLib, EcritureLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [5, 'Fields written between double quotes (CompteLib, EcritureLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [6, 'Fields written between double quotes (CompAuxLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [7, 'Fields written between double quotes (CompAuxLib): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [8, 'Fields written between double quotes (EcritureNum, PieceRef): a FEC takes no quotes; the values were kept as written, quotes included.'],
      [9, 'Fields written between double quotes (EcritureNum, PieceRef): a FEC takes no quotes; the values were kept as written, quotes included.'],
    ]);
    expect([s.journals[0]!.label, s.txId[3], s.txPieceRef[3], s.accountLabels]).toEqual(['"Ventes"', '"VT4"', '"P4"', ['Clients', '"Ventes"', '"Clients"', 'Ventes']]);
    const head = scan(CASES['quoted field on a line repeating its head']!);
    expect(head.issues.map((i) => [i.line, i.code])).toEqual([[3, 'fec_quoted_field'], [4, 'fec_quoted_field'], [4, 'fec_entry_piece'], [4, 'fec_zero_line']]);
  });

  it('refuses blank mandatory fields, white space included, on the line that has them', () => {
    const s = scan(CASES['required fields blank or white space']!);
    expect(errorsOf(s)).toEqual([
      'fec_required_field@2', 'fec_required_field@3', 'fec_required_field@4', 'fec_required_field@5', 'fec_required_field@7',
      'fec_required_field@9', 'fec_required_field@10', 'fec_required_field@11',
      'fec_required_field@12', 'fec_required_field@13',
      `model@14: [invalid_journal] JournalCode "" is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).`,
      'fec_required_field@14', 'fec_required_field@15',
      'fec_required_field@18', 'fec_required_field@19',
    ]);
    expect(s.txId).toEqual(['VT8']);
  });
});

describe('scanFec: dates', () => {
  it('refuses an invalid date on the first line of an entry, each field on its own', () => {
    expect(errorsOf(scan(CASES['invalid dates on first lines']!))).toEqual(['fec_invalid_date@2', 'fec_invalid_date@3', 'fec_invalid_date@4', 'fec_invalid_date@5', 'fec_invalid_date@6', 'fec_invalid_date@7', 'fec_invalid_date@8', 'fec_invalid_date@9']);
  });

  it('refuses blank dates as missing fields, not as invalid dates', () => {
    expect(errorsOf(scan(CASES['blank dates']!))).toEqual(['fec_required_field@2', 'fec_required_field@3', 'fec_required_field@4', 'fec_required_field@5', 'fec_required_field@6', 'fec_required_field@7']);
  });

  it('refuses dates differing inside an entry once per entry, and warns once when a piece differs', () => {
    const s = scan(CASES['dates differing inside an entry']!);
    expect(errorsOf(s)).toEqual(['fec_entry_dates@3', 'fec_invalid_date@6', 'fec_entry_dates@6', 'fec_invalid_date@8', 'fec_entry_dates@8', 'fec_invalid_date@13']);
    expect(s.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['fec_entry_piece', 10, 'Entry VT4 (journal VT) has PieceDate "20240313" here but "20240314" on line 9: a transaction has one piece, the first line\'s was kept.'],
      ['fec_entry_piece', 15, 'Entry VT6 (journal VT) has PieceRef "P6" here but "P1" on line 14: a transaction has one piece, the first line\'s was kept.'],
      ['fec_zero_line', 16, 'Debit and Credit are both zero: the line carries no amount and was left out of its transaction.'],
    ]);
    expect([s.txId, s.txPieceRef, [...s.txPieceDate]]).toEqual([['VT4', 'VT6'], ['P1', 'P1'], [19796, 19796]]);
  });

  it('forgets the dates of the entry before: a bad date is bad on every line, and no warning compares it', () => {
    const s = scan(CASES['bad and blank dates after a good entry']!);
    expect(errorsOf(s)).toEqual([
      'fec_invalid_date@4', 'fec_invalid_date@5', 'fec_invalid_date@6', 'fec_invalid_date@7', 'fec_invalid_date@8', 'fec_invalid_date@9',
      'fec_required_field@13', 'fec_entry_dates@13', 'fec_required_field@15', 'fec_entry_dates@15', 'fec_required_field@17',
      'fec_required_field@18', 'fec_required_field@19',
    ]);
    expect(s.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['fec_entry_piece', 17, 'Entry VT8 (journal VT) has PieceDate "" here but "20240314" on line 16: a transaction has one piece, the first line\'s was kept.'],
    ]);
    expect([s.txId, [...s.txValid]]).toEqual([['VT1', 'VT5'], [19798, 19797]]);
  });

  it('compares the dates of a later line with another JournalLib; a good PieceDate after a bad one is a piece of its own', () => {
    const s = scan(CASES['later lines with another JournalLib, or a good PieceDate after a bad one']!);
    expect(errorsOf(s)).toEqual(['fec_invalid_date@4']);
    expect(s.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['fec_entry_piece', 5, 'Entry VT2 (journal VT) has PieceDate "20240314" here but "2024X314" on line 4: a transaction has one piece, the first line\'s was kept.'],
    ]);
    expect(s.txId).toEqual(['VT1']);
    // a blank DateRglt is a missing field, not a bad date
    expect(errorsOf(scan(CASES['a cash-basis line without DateRglt']!))).toEqual(['fec_required_field@3']);
  });

  it('refuses a bad date on every line that repeats it', () => {
    expect(errorsOf(scan(CASES['bad dates repeated on every line']!))).toEqual(['fec_invalid_date@2', 'fec_invalid_date@3', 'fec_invalid_date@4', 'fec_invalid_date@5', 'fec_invalid_date@6', 'fec_invalid_date@7', 'fec_invalid_date@8', 'fec_invalid_date@9']);
  });

  it('warns when an entry is validated before its date, and keeps the lettering dates', () => {
    const s = scan(CASES['valid date before the entry date, lettering dates']!);
    expect(s.errors).toEqual([]);
    expect(s.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['fec_valid_date_before_entry', 2, 'Entry VT1 (journal VT) is validated on 20240310, before its date 20240315: kept as written; check ValidDate and EcritureDate.'],
      ['fec_valid_date_before_entry', 6, 'Entry X1 (journal X) is validated on 20240101, before its date 20240315: kept as written; check ValidDate and EcritureDate.'],
    ]);
    expect([[...s.txDate], [...s.txValid], s.letterCodes, [...s.entLetter!], [...s.entLetterDate!]]).toEqual([[19797, 19797, 19797], [19792, 19798, 19723], ['AB'], [-1, -1, 0, 0, -1, -1], [0, 0, 19802, 19802, 0, 0]]);
  });

  it('warns when the entries run over more than 12 months, and not for exactly 12', () => {
    expect(scan(CASES['entries over more than 12 months']!).issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['fec_date_outside_year', 0, 'The entries run from 20240101 to 20250101, more than 12 months: a FEC holds one fiscal year; the transactions were read all the same.'],
    ]);
    expect(scan(CASES['entries over exactly 12 months']!).issues).toEqual([]);
    // the first entry dated last
    const text = file(entry({ EcritureDate: '20250101', PieceDate: '20250101', ValidDate: '20250101' }), entry({ EcritureNum: 'VT2', EcritureDate: '20240101', PieceDate: '20240101', ValidDate: '20240101' }));
    expect(issuesOf(scan(text))).toEqual(['fec_date_outside_year@0:warning']);
  });
});

describe('scanFec: amounts', () => {
  it('refuses invalid amounts, debit and credit together, unbalanced and single-line entries; drops an entry without amount', () => {
    const s = scan(CASES['amounts: invalid, both, zero, dropped, unbalanced, single line']!);
    expect(errorsOf(s)).toEqual([
      'fec_invalid_amount@2', 'fec_invalid_amount@3',
      'fec_debit_and_credit@4',
      'fec_entry_unbalanced@11',
      'fec_single_line_entry@13', 'fec_entry_unbalanced@13',
      'fec_invalid_amount@14', 'fec_single_line_entry@14',
      'fec_required_field@15', 'fec_required_field@16',
    ]);
    expect(issuesOf(s)).toEqual(['fec_zero_line@8:info', 'fec_zero_line@9:info', 'fec_dropped_entry@9:info', 'fec_zero_line@10:info', 'fec_zero_line@21:info']);
    expect(s.issues.find((i) => i.code === 'fec_dropped_entry')!.message).toBe('Entry VT4 (journal VT) has no line with an amount: it was left out.');
    expect([s.txId, [...s.entAmount], [...s.entryStart]]).toEqual([['VT3', 'VT9', 'VT10'], [1000, -1000, -500, 500, 150, -150], [0, 2, 4, 6]]);
  });

  it('refuses an unreadable amount without calling the line debit and credit', () => {
    const s = scan(CASES['amounts: one side unreadable, the other filled']!);
    expect([errorsOf(s), s.txId]).toEqual([['fec_invalid_amount@2', 'fec_invalid_amount@3'], ['VT2']]);
  });

  it('keeps a three-digit account and a one-letter label', () => {
    const s = scan(CASES['a three-digit account, a one-letter account label']!);
    expect([s.errors, s.accounts, s.accountLabels, [...s.entAccountLabel]]).toEqual([[], ['411', '512'], ['J', 'B'], [0, 0, 1, 1]]);
  });

  it('turns cents into the currency\'s minor units: ×10 for 3 decimals, ÷100 for none, refusing decimals it has not', () => {
    const text = CASES['amounts under scale 0 and 3']!;
    expect([...scan(text, { scale: 3, currency: 'KWD' }).entAmount]).toEqual([10000, -10000, 10500, -10500, 10050, -10050]);
    const jpy = scan(text, { scale: 0, currency: 'JPY' });
    expect(errorsOf(jpy)).toEqual([
      'model@4: [too_many_decimals] The amount 10,50 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.',
      'model@5: [too_many_decimals] The amount 10,50 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.',
      'model@6: [too_many_decimals] The amount 10,05 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.',
      'model@7: [too_many_decimals] The amount 10,05 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.',
    ]);
    expect([...jpy.entAmount]).toEqual([10, -10]);
    expect([...scan(text, { scale: 1, currency: 'XXX' }).entAmount]).toEqual([100, -100, 105, -105]);
  });

  it('refuses an entry whose total passes Number.MAX_SAFE_INTEGER minor units, and a line that does under a larger scale', () => {
    const s = scan(CASES['large amounts']!);
    expect(s.T).toBe(2);
    const kwd = scan(CASES['large amounts']!, { scale: 3, currency: 'KWD' });
    expect(kwd.T).toBe(2);
    expect(errorsOf(scan(CASES['an entry totalling past MAX_SAFE_INTEGER cents']!))).toEqual(['model@2: [amount_overflow] Entry VT1 (journal VT) totals more than Number.MAX_SAFE_INTEGER minor units: check its amounts, or split it.']);
    const big = scan(CASES['large amounts']!, { scale: 6, currency: 'XXX' });
    expect(errorsOf(big)[0]).toBe('model@2: [amount_overflow] Entry VT1 (journal VT) totals more than Number.MAX_SAFE_INTEGER minor units: check its amounts, or split it.');
    expect(big.T).toBe(0);
  });
});

describe('scanFec: accounts, journals, numbers', () => {
  it('refuses an account not starting with 3 digits (1 to 8 first), and one partie-double cannot keep', () => {
    const s = scan(CASES['accounts: prefix, shape, class 6 and 7 on opening journals']!);
    const shape = (a: string): string => `[invalid_account] CompteNum ${JSON.stringify(a)} is not an account number partie-double can keep: write 3 digits then digits or capital letters, 20 characters at most (e.g. 411000, 401DUPONT).`;
    expect(errorsOf(s)).toEqual([
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((l) => `fec_account_prefix@${l}`),
      `model@12: ${shape('411abc')}`, `model@13: ${shape('411abc')}`, `model@14: ${shape('411000000000000000000')}`, `model@15: ${shape('411000000000000000000')}`,
      `model@20: ${shape('411[')}`, `model@21: ${shape('411[')}`, `model@22: ${shape('411@')}`, `model@23: ${shape('411@')}`,
      `model@34: ${shape('411/')}`, `model@35: ${shape('411/')}`, `model@36: ${shape('411:')}`, `model@37: ${shape('411:')}`,
      ...[38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49].map((l) => `fec_account_prefix@${l}`),
    ]);
    expect(s.txId).toEqual(['VT8', 'VT9', 'VT12', 'VT13', 'VT14', 'VT15', 'VT16', 'AN1']);
    expect(s.issues.filter((i) => i.code === 'fec_opening_on_income_account').map((i) => [i.line, i.message])).toEqual([
      [51, 'Opening entry AN1 (journal AN) uses account 606000 (class 6 or 7): income and expense accounts have no à-nouveaux; kept as written.'],
      [52, 'Opening entry AN1 (journal AN) uses account 706000 (class 6 or 7): income and expense accounts have no à-nouveaux; kept as written.'],
    ]);
    expect([...s.txOpening]).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('refuses journal codes partie-double cannot keep, keeps the first label of each journal and marks opening journals', () => {
    const s = scan(CASES['journals: invalid codes, labels, opening']!);
    const bad = (c: string): string => `[invalid_journal] JournalCode ${JSON.stringify(c)} is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).`;
    expect(errorsOf(s)).toEqual([`model@2: ${bad('V T')}`, `model@4: ${bad('ABCDEFGHIJK')}`, `model@14: ${bad('É')}`]);
    expect(s.journals.map((j) => [j.code, j.label, j.opening])).toEqual([['V T', 'Ventes', false], ['ABCDEFGHIJK', 'Ventes', false], ['ABCDEFGHIJ', 'Ventes', false], ['B_Q-1', 'Banque', false], ['OUV', 'Ouverture', true], ['VT', 'Ventes bis', false], ['É', 'Ventes', false]]);
    expect([s.txId, [...s.txJournal], [...s.txOpening]]).toEqual([['A3', 'A4', 'A5', 'A6'], [2, 3, 4, 5], [0, 0, 1, 0]]);
    expect(errorsOf(scan(file(entry({ JournalCode: '' }))))).toEqual([`model@2: ${bad('')}`, 'fec_required_field@2', 'fec_required_field@3']);
  });

  it('renames an EcritureNum another journal uses, with a suffix when that id is taken; refuses one used twice in a journal', () => {
    const s = scan(CASES['numbers: duplicates, renamed, suffixes']!);
    // BQ 4 renamed BQ:4, a number of its own journal: used twice in BQ
    expect(errorsOf(s)).toEqual(['fec_numbering_duplicate@14', 'fec_numbering_duplicate@16', 'fec_numbering_duplicate@26', 'fec_numbering_duplicate@32']);
    expect(s.txId).toEqual(['1', 'BQ:1', 'OD:1', 'BQ:2', '2', 'BQ:2:2', 'VT:3', 'VT:3:2', '3', 'VT:3:3', 'BQ:4', '4']);
    expect(s.issues.map((i) => [i.line, i.message])).toEqual([
      [4, 'EcritureNum 1 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:1" (re-serialising writes that EcritureNum).'],
      [6, 'EcritureNum 1 of journal OD is also used by journal VT: transaction ids are unique, so this one is "OD:1" (re-serialising writes that EcritureNum).'],
      [12, 'EcritureNum 2 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:2:2" (re-serialising writes that EcritureNum).'],
      [24, 'EcritureNum 3 of journal VT is also used by journal BQ: transaction ids are unique, so this one is "VT:3:3" (re-serialising writes that EcritureNum).'],
    ]);
    const deferred = scan(CASES['numbers: duplicates, renamed, suffixes']!, { deferStrings: true });
    expect([deferred.txId, deferred.deferred?.renamed, fecStrings(deferred).txId]).toEqual([[], [[1, 'BQ:1'], [2, 'OD:1'], [5, 'BQ:2:2'], [9, 'VT:3:3']], s.txId]);
  });

  it('refuses an entry whose lines are not contiguous', () => {
    expect(errorsOf(scan(CASES['an entry whose lines are not contiguous']!))).toEqual(['fec_numbering_duplicate@6']);
  });
});

describe('scanFec: auxiliaries, lettering, foreign amounts, labels', () => {
  it('refuses a pair filled on one side only (auxiliary, lettering, foreign amount and currency)', () => {
    expect(errorsOf(scan(CASES['pairs: auxiliary, lettering, foreign amount']!))).toEqual([
      ...[2, 3, 4, 5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21].map((l) => `fec_pair_filled_together@${l}`),
    ]);
  });

  it('reads a field of spaces as blank, and one starting with a space as filled', () => {
    expect(errorsOf(scan(CASES['pairs with a field of spaces or starting with one']!))).toEqual([
      'fec_pair_filled_together@4', 'fec_pair_filled_together@5', 'fec_pair_filled_together@6', 'fec_pair_filled_together@7',
      'fec_invalid_date@8', 'fec_invalid_date@9', 'fec_invalid_date@10', 'fec_pair_filled_together@10', 'fec_invalid_date@11', 'fec_pair_filled_together@11',
    ]);
  });

  it('keeps a currency code starting with a space as written, and a foreign amount met after the first entries in its slot', () => {
    const s = scan(file(entry({ EcritureNum: 'VT1' }), entry({ EcritureNum: 'VT2', Montantdevise: '5,00', Idevise: ' USD' })));
    expect([s.errors, s.currencies, s.entForeign, [...s.entCurrency!]]).toEqual([[], [' USD'], [undefined, undefined, '5.00', '5.00'], [-1, -1, 0, 0]]);
    expect(0 in s.entForeign! || 1 in s.entForeign!).toBe(false);
  });

  it('reads foreign amounts signed first or last, with any decimals, and refuses the rest', () => {
    const s = scan(CASES['foreign amounts in every form']!);
    expect(errorsOf(s)).toEqual([
      ...[16, 17, 18, 19].map((l) => `fec_pair_filled_together@${l}`),
      ...Array.from({ length: 18 }, (_, k) => 20 + k).flatMap((l) => [`fec_invalid_amount@${l}`, `fec_pair_filled_together@${l}`]),
    ]);
    expect([s.entForeign, s.currencies, [...s.entCurrency!]]).toEqual([['12.5', '12.5', '-3.10', '-3.10', '-3.10', '-3.10', '1', '1', '1', '1', '0.07', '0.07', '1.234', '1.234'], ['USD', 'GBP'], [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0]]);
  });

  it('foreignAt: NaN when badly written, 0 for zero, 1 otherwise', () => {
    const at = (v: string): number => foreignAt(utf8(v), 0, utf8(v).length);
    expect(['12,5', '-3,10', '3,10+', '+0,01', '7', '90', '0,9', '09'].map(at)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(['/1', '1/', ':1', '1:', '1,/', '1,:'].map(at)).toEqual(Array(6).fill(NaN));
    expect(['0', '-0,00', '00,0+', '0,0'].map(at)).toEqual([0, 0, 0, 0]);
    expect([',5', '1,', '1,2,3', 'abc', '-', '+', '1.5', '--1', '1-2', '+1-', '', ' 1'].map(at)).toEqual(Array(12).fill(NaN));
  });

  it('shares auxiliary accounts, lettering codes, currencies and labels by value; keeps a line\'s own EcritureLib', () => {
    const s = scan(CASES['auxiliaries, lettering, currencies and labels shared and changing']!);
    expect(s.errors).toEqual([]);
    expect(s.auxiliaries).toEqual([{ account: { number: 'C1', name: 'Dupont' }, numberId: 0 }, { account: { number: 'C1', name: 'Dupont SA' }, numberId: 0 }, { account: { number: 'C2', name: 'Dupont' }, numberId: 1 }]);
    expect([...s.entAux]).toEqual([0, -1, 0, -1, 1, -1, 2, -1, -1]);
    expect([s.accountLabels, [...s.entAccountLabel]]).toEqual([['Clients', 'Ventes', 'Ventes locales'], [0, 1, 0, 2, 0, 1, 0, 1, 1]]);
    expect([s.entryLabels, [...s.entLabel!]]).toEqual([['Autre libellé', 'Ligne 2', 'Ligne 3'], [-1, 0, -1, 0, -1, -1, -1, 1, 2]]);
    expect([s.txLabel.slice(1, 2), s.letterCodes, [...s.entLetter!], [...s.entLetterDate!]]).toEqual([['Vente'], ['A', 'B'], [0, -1, 0, -1, 1, -1, -1, -1, -1], [19802, 0, 19802, 0, 19803, 0, 0, 0, 0]]);
    expect([s.currencies, [...s.entCurrency!], s.entForeign]).toEqual([['USD', 'GBP'], [0, -1, -1, 0, -1, 1, -1, -1, -1], ['10.00', undefined, undefined, '-10.00', undefined, '8.00', undefined, undefined, undefined]]);
    expect([s.accounts, [...s.entAccount]]).toEqual([['411000', '706000'], [0, 1, 0, 1, 0, 1, 0, 1, 1]]);
  });
});

describe('scanFec: issue lists', () => {
  it('lists maxIssues issues per code and counts the rest in one info; errors stop at max(maxIssues, 1) per rule but all count', () => {
    const text = file(...[1, 2, 3, 4].map((k) => [{ EcritureNum: `VT${k}`, Debit: '1,00' }, { EcritureNum: `VT${k}`, CompteNum: '706000', Credit: '1,00' }, { EcritureNum: `VT${k}`, CompteNum: '706000' }]));
    expect(issuesOf(scan(text, { maxIssues: 2 }))).toEqual(['fec_zero_line@0:info', 'fec_zero_line@4:info', 'fec_zero_line@7:info']);
    expect(scan(text, { maxIssues: 2 }).issues[0]!.message).toBe('2 more issues of this kind are not listed (the list stops at 2 per kind).');
    expect(scan(text, { maxIssues: 3 }).issues[0]!.message).toBe('1 more issue of this kind is not listed (the list stops at 3 per kind).');
    expect(issuesOf(scan(text, { maxIssues: 4 }))).toHaveLength(4);
    expect(issuesOf(scan(text, { maxIssues: 0 }))).toEqual(['fec_zero_line@0:info']);
    const bad = file(...[1, 2, 3].map((k) => [{ EcritureNum: `VT${k}`, Debit: 'x' }, { EcritureNum: `VT${k}`, CompteNum: '706000', Credit: '1,00' }]));
    expect(errorsOf(scan(bad, { maxIssues: 0 }))).toEqual(['fec_invalid_amount@2']);
    expect(errorsOf(scan(bad, { maxIssues: 2 }))).toEqual(['fec_invalid_amount@2', 'fec_invalid_amount@4']);
    expect(Object.isFrozen(scan(text).issues[0])).toBe(true);
  });
});

describe('scanFec: parts', () => {
  const text = file(entry({ EcritureNum: 'VT1' }), entry({ EcritureNum: 'VT2', EcritureDate: '20240101' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'VT1', EcritureDate: '20240601', PieceDate: '20240601', ValidDate: '20240601' }));
  const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(`${text}\n`)]);
  const second = bytes.indexOf(0x0a, bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1) + 1;

  it('gives a part\'s state: its last line, records, dates, UTF-8, a hash per entry number, sorted', () => {
    const first = scanFec(bytes, false, OPTIONS, { start: 0, end: second });
    expect([first.T, first.txId, issuesOf(first), first.part.lines, first.part.records, first.part.utf8, first.part.finalNewline, first.part.errorTotal]).toEqual([1, ['VT1'], ['fec_bom@0:info'], 3, 2, true, true, 0]);
    expect([first.part.minDay, first.part.maxDay, first.part.numberHashes.length]).toEqual([19797, 19797, 1]);
    const later = scanFec(bytes, false, OPTIONS, { start: second, end: bytes.length });
    expect([later.T, later.txId, [...later.txLine], later.issues, later.errors, later.part.lines, later.part.records, later.part.finalNewline]).toEqual([2, ['VT2', 'VT1'], [1, 3], [], [], 4, 4, true]);
    expect([later.part.minDay, later.part.maxDay, [...later.part.issueCounts]]).toEqual([19723, 19875, []]);
    // the number VT1 in both parts (renamed in the whole file): the merge says to read the file whole
    expect(mergeFecParts([first, later], 1000)).toBeUndefined();
    expect(scanFec(bytes, false, OPTIONS).txId).toEqual(['VT1', 'VT2', 'BQ:VT1']);
    const hashes = later.part.numberHashes;
    expect(hashes.length).toBe(2);
    expect([...hashes]).toEqual([...hashes].sort((x, y) => x - y));
    expect(new Set([...hashes, ...first.part.numberHashes]).size).toBe(2);
    // the entry number VT1 hashes the same in either part
    expect([...hashes].filter((h) => first.part.numberHashes.includes(h))).toHaveLength(1);
    for (const h of hashes) expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
    const raw = scanFec(bytes, false, OPTIONS, { start: second, end: bytes.length, rawStrings: true });
    expect([raw.txId, fecStrings(raw).txId]).toEqual([[], ['VT2', 'VT1']]);
  });

  it('gives the state of a part of a file refused before its lines, for the merge to say to read it whole', () => {
    for (const name of ['header with other columns', 'UTF-16 LE BOM', 'white space only', 'header without separator']) {
      const input = bytesOf(CASES[name]!);
      const p = scanFec(input, false, OPTIONS, { start: 0, end: input.length });
      expect([p.T, p.part.errorTotal, p.part.lines, p.part.records, p.part.utf8, p.part.numberHashes.length]).toEqual([0, 1, 0, 0, true, 0]);
      expect(mergeFecParts([p], 1000)).toBeUndefined();
    }
    // a header with a separator but not the FEC's columns: the file is cut in parts all the same (the CLI's threads)
    const other = utf8([`JournalCode|Foo|Bar`, ...Array.from({ length: 40 }, (_, k) => `VT|x|${k}`)].join('\n'));
    const parts = splitFecParts(other, 2);
    expect(parts.length).toBe(2);
    const scans = parts.map((p) => scanFec(other, false, OPTIONS, p));
    expect(scans.map((x) => [errorsOf(x), x.part.errorTotal])).toEqual([[['fec_header@1'], 1], [['fec_header@1'], 1]]);
    expect(mergeFecParts(scans, 1000)).toBeUndefined();
  });

  it('says to read the file whole when a part is not plain UTF-8, and counts every error of a part', () => {
    const latin = encodeText(text.replace('Vente', 'Réglé'), 'iso-8859-15');
    const s = scanFec(latin, false, OPTIONS, { start: 0, end: latin.length });
    expect([s.part.utf8, s.T, s.part.lines, s.part.records]).toEqual([false, 0, 0, 0]);
    const bad = utf8(file(...[1, 2, 3].map((k) => [{ EcritureNum: `VT${k}`, Debit: 'x' }, { EcritureNum: `VT${k}`, CompteNum: '706000', Credit: '1,00' }])));
    const p = scanFec(bad, false, { ...OPTIONS, maxIssues: 1 }, { start: 0, end: bad.length });
    expect([p.part.errorTotal, p.errors.length]).toEqual([3, 1]);
  });

  it('grows the hash list past 1024 entry numbers', () => {
    const many = utf8(file(...Array.from({ length: 1100 }, (_, k) => entry({ EcritureNum: `N${k}` }))));
    const s = scanFec(many, false, OPTIONS, { start: 0, end: many.length });
    expect([s.T, s.part.numberHashes.length, new Set(s.part.numberHashes).size]).toEqual([1100, 1100, 1100]);
    expect([...s.part.numberHashes]).toEqual([...s.part.numberHashes].sort((x, y) => x - y));
    // a foreign amount on the first entry only: the column still has one slot per entry
    const foreign = utf8(file(entry({ Montantdevise: '5,00', Idevise: 'USD' }), entry({ EcritureNum: 'VT2' })));
    const f = scanFec(foreign, false, OPTIONS, { start: 0, end: foreign.length });
    expect([f.E, f.entForeign]).toEqual([4, ['5.00', '5.00', undefined, undefined]]);
    expect(f.entForeign!.length).toBe(4);
    expect(scan(foreign).entForeign!.length).toBe(4);
  });
});

describe('scanFec: large files', () => {
  it('grows its columns when the first lines are longer than the rest', () => {
    // 260 KiB of long first lines (the capacities are estimated from the first 256 KiB), then many short ones
    const long = row({ EcritureLib: 'x'.repeat(950), Debit: '1,00' });
    const longCredit = row({ EcritureLib: 'x'.repeat(950), CompteNum: '706000', CompteLib: 'Ventes', Credit: '1,00' });
    const lines = [HEADER];
    for (let k = 0; k < 130; k++) lines.push(long.replace('|VT1|', `|L${k}|`), longCredit.replace('|VT1|', `|L${k}|`));
    const short = '|j|VT1|20240315|411000|c|||p|20240315|v|1,00|0,00|||20240315||';
    const shortCredit = '|j|VT1|20240315|706000|c|||p|20240315|v|0,00|1,00|||20240315||';
    const foreign = '|j|VT1|20240315|706000|c|||p|20240315|own|0,00|1,00|A|20240316|20240315|2,00|USD';
    for (let k = 0; k < 2000; k++) lines.push(`VT${short.replace('|VT1|', `|S${k}|`)}`, `VT${(k % 500 === 0 ? foreign : shortCredit).replace('|VT1|', `|S${k}|`)}`);
    lines.push(row({ EcritureNum: 'Z', Debit: '1,00' }), row({ EcritureNum: 'Z', CompteNum: '706000', EcritureLib: 'own', Credit: '1,00' }));
    const bytes = utf8(lines.join('\n'));
    const s = scanFec(bytes, false, OPTIONS);
    expect([s.errors, s.T, s.E, s.txId[0], s.txId[129], s.txId[130], s.txId[2130], s.txLabel[2129], s.txLabel[0]!.length]).toEqual([[], 2131, 4262, 'L0', 'L129', 'S0', 'Z', 'v', 950]);
    expect([s.entAmount[4260], s.entAmount[4261], s.entAccount[4261], s.entLetter![4261], s.entLabel![4261], s.entCurrency![261], s.entForeign![261], s.entLetterDate![261], s.entryStart[2131]]).toEqual([100, -100, 1, -1, 0, 0, '2.00', 19798, 4262]);
    expect([s.entLetter!.length, s.entCurrency!.length, s.entLabel!.length, s.entForeign!.length, s.txJournal.length, s.txLine[2130]]).toEqual([4262, 4262, 4262, 4262, 2131, 4262]);
    // the own label, lettering and foreign amount of the first short entries, none on the lines after the columns grew
    expect([s.entryLabels, s.entLabel![261], s.entLabel![4001], s.entLetter![4001], s.entCurrency![4001], s.entLetterDate![4001], s.entForeign![4001]]).toEqual([['own'], 0, -1, -1, -1, 0, undefined]);
    expect([s.entLabel![1261], s.entLetter![1261], s.entCurrency![1261]]).toEqual([0, 0, 0]);
    // every entry and transaction written, none lost where the columns grew
    expect([s.entAmount.every((a, i) => a === (i % 2 === 0 ? 100 : -100)), s.entAccount.every((a, i) => a === i % 2), s.entAux.every((a) => a === -1)]).toEqual([true, true, true]);
    expect([s.entAccountLabel.every((a, i) => a === (i < 260 ? i % 2 : i < 4260 ? 2 : 0)), s.entryStart.every((e, t) => e === 2 * t), s.txLine.every((l, t) => l === (t < 130 ? 2 + 2 * t : t < 2130 ? 2 + 2 * t : 4262))]).toEqual([true, true, true]);
    expect([s.txJournal.every((j) => j === 0), s.txDate.every((d) => d === 19797), s.txValid.every((d, t) => d === (t < 130 || t === 2130 ? 19798 : 19797)), s.txPieceDate.every((d, t) => d === (t < 130 || t === 2130 ? 19796 : 19797)), s.txOpening.every((o) => o === 0)]).toEqual([true, true, true, true, true]);
    // deferred, the long labels pass the streams' first buffers
    expect(fecStrings(scanFec(bytes, false, { ...OPTIONS, deferStrings: true }))).toEqual({ txId: s.txId, txPieceRef: s.txPieceRef, txLabel: s.txLabel });
  });

  it('decodes the transactions\' strings in batches of 1 MiB', () => {
    const label = 'é'.repeat(500);
    const lines = [HEADER];
    for (let k = 0; k < 1100; k++) lines.push(row({ EcritureNum: `N${k}`, EcritureLib: `${k}${label}`, Debit: '1,00' }), row({ EcritureNum: `N${k}`, CompteNum: '706000', EcritureLib: `${k}${label}`, Credit: '1,00' }));
    const s = scanFec(utf8(lines.join('\n')), false, OPTIONS);
    expect([s.errors, s.T, s.txLabel.every((l, t) => l === `${t}${label}`), s.txId.every((id, t) => id === `N${t}`), s.txPieceRef.every((r) => r === 'P1')]).toEqual([[], 1100, true, true, true]);
  });

  it('grows the transactions\' source column of a cash-basis file', () => {
    const head = BNC_COLUMNS.join('|');
    const long = (k: number, credit: boolean): string => row({ EcritureNum: `L${k}`, EcritureLib: 'x'.repeat(950), DateRglt: '20240320', ModeRglt: 'Virement', IdClient: 'C1', ...(credit ? { CompteNum: '706000', Credit: '1,00' } : { Debit: '1,00' }) }, BNC_COLUMNS);
    const lines = [head];
    for (let k = 0; k < 130; k++) lines.push(long(k, false), long(k, true));
    for (let k = 0; k < 1500; k++) {
      const mode = k % 2 === 0 ? 'CB' : 'Virement';
      lines.push(`VT|j|S${k}|20240315|411000|c|||p|20240315|v|1,00|0,00|||20240315|||20240315|${mode}||`, `VT|j|S${k}|20240315|706000|c|||p|20240315|v|0,00|1,00|||20240315|||20240315|${mode}||`);
    }
    const s = scanFec(utf8(lines.join('\n')), false, OPTIONS);
    expect([s.errors, s.T, s.sources, s.txSource![0], s.txSource![130], s.txSource![131], s.txSource![1629], s.txSource!.length]).toEqual([[], 1630, [{ customerId: 'C1', paymentMethod: 'Virement' }, { paymentMethod: 'CB' }, { paymentMethod: 'Virement' }], 0, 1, 2, 2, 1630]);
  });
});
