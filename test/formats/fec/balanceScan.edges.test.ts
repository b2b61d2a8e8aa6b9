// The balance scan (the CLI `balance` fast path) beyond balanceScan.test.ts: a part's sums per ledger and date class
// as hand-computed vectors, the unusual files it reads (each with the trial balances of parseFecBook), every rule
// that makes it give up (one broken rule per file), parts at every entry boundary, and the small Book it lays out.
import { describe, expect, it } from 'vitest';
import { AccountingError, parseFecBook, toDayNumber, trialBalance, type Book, type IsoDate } from '../../../src/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { balanceBook, balanceScan, type BalanceScanOptions, type FecBalancePart } from '../../../src/formats/fec/_lib/balanceScan.js';
import { outcome, periodOf } from './_balance.js';

type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const BASE: Fields = {
  JournalCode: 'VT',
  JournalLib: 'Ventes',
  EcritureNum: 'VT1',
  EcritureDate: '20240315',
  CompteNum: '411000',
  CompteLib: 'Clients',
  PieceRef: 'P1',
  PieceDate: '20240315',
  EcritureLib: 'Vente',
  Debit: '0,00',
  Credit: '0,00',
  ValidDate: '20240320',
};
const HEADER = FEC_COLUMNS.join('|');
const row = (fields: Fields): string => FEC_COLUMNS.map((n) => ({ ...BASE, ...fields })[n] ?? '').join('|');
/** A FEC of these rows (LF, no final line break unless `eol` says). */
const file = (rows: ReadonlyArray<Fields | string>, eol = '\n'): string => [HEADER, ...rows.map((r) => (typeof r === 'string' ? r : row(r)))].join(eol);
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

const day = (iso: string): number => toDayNumber(iso as IsoDate);
const NO_PERIOD: BalanceScanOptions = { openingJournals: ['AN', 'OUV'] };
const MARCH: BalanceScanOptions = { openingJournals: ['AN', 'OUV'], period: { from: day('2024-03-01'), to: day('2024-03-31') } };
const FAILED: FecBalancePart = {
  ok: false,
  records: 0,
  journals: [],
  journalLabels: [],
  accounts: [],
  accountLabels: [],
  auxNumbers: [],
  auxNames: [],
  ledgerAccount: new Int32Array(0),
  ledgerAux: new Int32Array(0),
  debit: new Float64Array(0),
  credit: new Float64Array(0),
  absoluteTotal: 0,
  keys: new Float64Array(0),
};

/** A sale of `amount` (in euros, integer) on 411000 / 706000, as two rows. */
const sale = (num: string, amount: number, extra: Fields = {}): Fields[] => [
  { EcritureNum: num, Debit: `${amount},00`, ...extra },
  { EcritureNum: num, CompteNum: '706000', CompteLib: 'Ventes', Credit: `${amount},00`, ...extra },
];


/** The balance scan reads the file (in one part) and gives parseFecBook's trial balances, at both levels. */
function expectRead(text: string | Uint8Array, options: ReadonlyArray<BalanceScanOptions> = [NO_PERIOD, MARCH]): FecBalancePart {
  const bytes = typeof text === 'string' ? bytesOf(text) : text;
  const expected = parseFecBook(bytes);
  let part: FecBalancePart | undefined;
  for (const o of options) {
    part = balanceScan(bytes, o);
    expect(part.ok).toBe(true);
    const book = balanceBook([part], o);
    expect(book).toBeDefined();
    for (const level of ['general', 'auxiliary'] as const) expect(outcome(book!, o, level)).toEqual(outcome(expected, o, level));
  }
  return part!;
}

/** The balance scan gives up on the file (the caller then reads it with parseFecBook). */
function expectGiveUp(text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? bytesOf(text) : text;
  expect(balanceScan(bytes, NO_PERIOD)).toEqual(FAILED);
  expect(balanceBook([balanceScan(bytes, NO_PERIOD)], NO_PERIOD)).toBeUndefined();
}

/** Whether parseFecBook refuses the file. */
const refused = (text: string): boolean => {
  try {
    parseFecBook(text);
    return false;
  } catch (e) {
    expect(e).toBeInstanceOf(AccountingError);
    return true;
  }
};

describe('balanceScan: a part, by hand', () => {
  it('sums debit and credit per ledger and date class, with the tables in order of first line with an amount', () => {
    const text = file([
      // class 1: an opening entry on the period's first day (411000 with C1 first, so its label is this line's)
      { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', EcritureDate: '20240301', PieceDate: '20240301', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '100,00' },
      { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', EcritureDate: '20240301', PieceDate: '20240301', CompteNum: '101000', CompteLib: 'Capital', Credit: '100,00' },
      // class 2: an opening entry later in the period
      { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN2', EcritureDate: '20240302', PieceDate: '20240302', CompteNum: '512000', CompteLib: 'Banque', Debit: '7,00' },
      { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN2', EcritureDate: '20240302', PieceDate: '20240302', CompteNum: '101000', CompteLib: 'Autre libellé', Credit: '7,00' },
      // class 0: before the period (a zero line adds no ledger)
      { EcritureNum: 'VT0', EcritureDate: '20240229', PieceDate: '20240229', CompAuxNum: 'C2', CompAuxLib: 'Durand', Debit: '12,34' },
      { EcritureNum: 'VT0', EcritureDate: '20240229', PieceDate: '20240229', CompteNum: '471000', CompteLib: 'Attente', Debit: '0,00' },
      { EcritureNum: 'VT0', EcritureDate: '20240229', PieceDate: '20240229', CompteNum: '706000', CompteLib: 'Ventes', Credit: '12,34' },
      // class 3: movements on the first and last day, a negative debit read as a credit
      { EcritureNum: 'VT1', EcritureDate: '20240301', CompAuxNum: 'C1', CompAuxLib: 'Dupont bis', Debit: '20,00' },
      { EcritureNum: 'VT1', EcritureDate: '20240301', CompteNum: '706000', CompteLib: 'Ventes', Debit: '-20,00' },
      { EcritureNum: 'VT2', EcritureDate: '20240331', CompteNum: '512000', CompteLib: 'Banque', Debit: '5,00' },
      { EcritureNum: 'VT2', EcritureDate: '20240331', CompteNum: '706000', CompteLib: 'Ventes', Credit: '5,00' },
      // class 4: after the period
      { EcritureNum: 'VT3', EcritureDate: '20240401', PieceDate: '20240401', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '1,50' },
      { EcritureNum: 'VT3', EcritureDate: '20240401', PieceDate: '20240401', CompteNum: '706000', CompteLib: 'Ventes', Credit: '1,50' },
    ]);
    const part = expectRead(text, [NO_PERIOD, MARCH]);
    expect(part.ok).toBe(true);
    expect(part.records).toBe(13);
    expect(part.journals).toEqual(['AN', 'VT']);
    expect(part.journalLabels).toEqual(['A nouveaux', 'Ventes']);
    expect(part.accounts).toEqual(['411000', '101000', '512000', '706000']);
    expect(part.accountLabels).toEqual(['Clients', 'Capital', 'Banque', 'Ventes']);
    expect(part.auxNumbers).toEqual(['C1', 'C2']);
    expect(part.auxNames).toEqual(['Dupont', 'Durand']);
    expect([...part.ledgerAccount]).toEqual([0, 1, 2, 0, 3]);
    expect([...part.ledgerAux]).toEqual([0, -1, -1, 1, -1]);
    // per ledger, classes 0…4 (before, opening on the first day, other opening, movement, after)
    expect([...part.debit]).toEqual([0, 10000, 0, 2000, 150, 0, 0, 0, 0, 0, 0, 0, 700, 500, 0, 1234, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...part.credit]).toEqual([0, 0, 0, 0, 0, 0, 10000, 700, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1234, 0, 0, 2500, 150]);
    expect(part.absoluteTotal).toBe(2 * (10000 + 700 + 1234 + 2000 + 500 + 150));
    expect(part.keys).toHaveLength(6);
    expect(new Set(part.keys).size).toBe(6);
    for (const k of part.keys) expect(Number.isSafeInteger(k) && k >= 0).toBe(true);

    // without a period: 2 for an opening entry, 3 for any other
    const all = balanceScan(bytesOf(text), NO_PERIOD);
    expect([...all.debit]).toEqual([0, 0, 10000, 2150, 0, 0, 0, 0, 0, 0, 0, 0, 700, 500, 0, 0, 0, 0, 1234, 0, 0, 0, 0, 0, 0]);
    expect([...all.credit]).toEqual([0, 0, 0, 0, 0, 0, 0, 10700, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3884, 0]);
  });

  it('gives one ledger per (account, auxiliary account) however the lines alternate, and the tables each value once', () => {
    const text = file([
      { Debit: '1,00', CompAuxNum: 'C1', CompAuxLib: 'Dupont' },
      { CompteNum: '416000', CompteLib: 'Douteux', Debit: '2,00', CompAuxNum: 'C1', CompAuxLib: 'Dupont' },
      { Debit: '4,00', CompAuxNum: 'C1', CompAuxLib: 'Dupont' },
      { Debit: '8,00' },
      { CompteNum: '416000', CompteLib: 'Douteux', Debit: '16,00', CompAuxNum: 'C2', CompAuxLib: 'Durand' },
      { Debit: '32,00', CompAuxNum: 'C1', CompAuxLib: 'Dupont' },
      { CompteNum: '706000', CompteLib: 'Ventes', Credit: '63,00' },
    ]);
    const part = expectRead(text, [NO_PERIOD]);
    expect(part.accounts).toEqual(['411000', '416000', '706000']);
    expect(part.auxNumbers).toEqual(['C1', 'C2']);
    expect(part.auxNames).toEqual(['Dupont', 'Durand']);
    expect([...part.ledgerAccount]).toEqual([0, 1, 0, 1, 2]);
    expect([...part.ledgerAux]).toEqual([0, 0, -1, 1, -1]);
    expect([0, 1, 2, 3, 4].map((l) => part.debit[l * 5 + 3])).toEqual([3700, 200, 800, 1600, 0]);
    expect(part.credit[4 * 5 + 3]).toBe(6300);
  });

  it('reads each entry’s own date: the same month and day in another year, the same year after an alike number', () => {
    const text = file([
      ...sale('0001', 1, { EcritureDate: '20240331' }),
      ...sale('1001', 2, { EcritureDate: '20240401' }),
      ...sale('2001', 4, { EcritureDate: '20240315' }),
      ...sale('3001', 8, { EcritureDate: '20250315' }),
      ...sale('4001', 16, { EcritureDate: '20240229' }),
    ]);
    const part = expectRead(text, [MARCH]);
    // 411000: before (16), in March (1 + 4), after (2 + 8)
    expect([...part.debit.subarray(0, 5)]).toEqual([1600, 0, 0, 500, 1000]);
  });

  it('lays the sums out as a Book of one transaction per date class with an amount, dated where trialBalance puts it', () => {
    const text = file([
      { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', EcritureDate: '20240301', Debit: '100,00' },
      { JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: 'AN1', EcritureDate: '20240301', CompteNum: '101000', CompteLib: 'Capital', Credit: '100,00' },
      ...sale('VT1', 30, { EcritureDate: '20240310' }),
      ...sale('VT2', 4, { EcritureDate: '20240501' }),
    ]);
    const book = balanceBook([balanceScan(bytesOf(text), MARCH)], MARCH)!;
    expect(book.size).toBe(3);
    expect(book.tx.id).toEqual(['balance-1', 'balance-2', 'balance-3']);
    expect([...book.tx.date]).toEqual([day('2024-03-01'), day('2024-03-01'), day('2024-04-01')]);
    expect([...book.tx.opening]).toEqual([1, 0, 0]);
    expect(book.accounts).toEqual(['411000', '101000', '706000']);
    expect([...book.entries.amount]).toEqual([10000, -10000, 3000, -3000, 400, -400]);
    expect(book.absoluteTotal).toBe(26800);
    expect(book.journalList?.map((j) => [j.code, j.label, j.kind])).toEqual([
      ['AN', 'A nouveaux', 'opening'],
      ['VT', 'Ventes', 'sales'],
    ]);
    const period = periodOf(MARCH)!;
    expect(trialBalance(book, { period }).opening).toBe('entries');
    // before the period: the day before it; after it: the day after it
    const april: BalanceScanOptions = { ...MARCH, period: { from: day('2024-04-01'), to: day('2024-04-30') } };
    const before = balanceBook([balanceScan(bytesOf(text), april)], april)!;
    expect([...before.tx.date]).toEqual([day('2024-03-31'), day('2024-05-01')]);
    expect([...before.tx.opening]).toEqual([0, 0]);
    expect([...before.entries.amount]).toEqual([13000, -10000, -3000, 400, -400]);
    // an empty period (to < from): before it on its last day, after it the day after
    const empty: BalanceScanOptions = { ...MARCH, period: { from: day('2024-03-20'), to: day('2024-03-05') } };
    const inverted = balanceBook([balanceScan(bytesOf(text), empty)], empty)!;
    expect([...inverted.tx.date]).toEqual([day('2024-03-05'), day('2024-03-06')]);
    expect([...inverted.entries.amount]).toEqual([10000, -10000, 3400, -3400]);
    const none = balanceBook([balanceScan(bytesOf(text), NO_PERIOD)], NO_PERIOD)!;
    expect([...none.tx.date]).toEqual([0, 0]);
    expect([...none.tx.opening]).toEqual([1, 0]);
  });

  it('gives the opening entries after the period start class 2, an opening entry before it class 0', () => {
    const text = file([
      { JournalCode: 'OUV', JournalLib: 'Ouverture', EcritureNum: 'O1', EcritureDate: '20240229', Debit: '1,00' },
      { JournalCode: 'OUV', JournalLib: 'Ouverture', EcritureNum: 'O1', EcritureDate: '20240229', CompteNum: '101000', CompteLib: 'Capital', Credit: '1,00' },
      { JournalCode: 'RAN', JournalLib: 'Report', EcritureNum: 'R1', EcritureDate: '20240301', Debit: '2,00' },
      { JournalCode: 'RAN', JournalLib: 'Report', EcritureNum: 'R1', EcritureDate: '20240301', CompteNum: '101000', CompteLib: 'Capital', Credit: '2,00' },
      { JournalCode: 'OUV', JournalLib: 'Ouverture', EcritureNum: 'O2', EcritureDate: '20240331', Debit: '4,00' },
      { JournalCode: 'OUV', JournalLib: 'Ouverture', EcritureNum: 'O2', EcritureDate: '20240331', CompteNum: '101000', CompteLib: 'Capital', Credit: '4,00' },
    ]);
    const part = balanceScan(bytesOf(text), MARCH);
    expect([...part.debit]).toEqual([100, 0, 400, 200, 0, 0, 0, 0, 0, 0]);
    const own = { ...MARCH, openingJournals: ['AN', 'OUV', 'RAN'] };
    expect([...balanceScan(bytesOf(text), own).debit]).toEqual([100, 200, 400, 0, 0, 0, 0, 0, 0, 0]);
    expectRead(text, [NO_PERIOD, MARCH, { ...MARCH, period: { from: day('2024-02-29'), to: day('2024-03-30') } }]);
  });
});

describe('balanceScan: the files it reads as parseFecBook does', () => {
  const two = [...sale('VT1', 10), ...sale('VT2', 3, { EcritureDate: '20240316', PieceDate: '20240316' })];
  const cases: Array<[string, string | Uint8Array]> = [
    ['LF', file(two)],
    ['CRLF, a final line break', `${file(two, '\r\n')}\r\n`],
    ['a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(file(two, '\r\n'))])],
    ['tabs', file(two).replaceAll('|', '\t')],
    ['empty lines, at the start, in an entry and at the end', file(['', two[0]!, '', two[1]!, '', two[2]!, two[3]!, '', ''])],
    ['a trailing separator', file(two.map((r) => `${row(r)}|`))],
    ['a trailing separator on one line', file([two[0]!, `${row(two[1]!)}|`, two[2]!, `${row(two[3]!)}|`])],
    ['an entry line with its own JournalLib', file([two[0]!, { ...two[1]!, JournalLib: 'Ventes bis' }, two[2]!, two[3]!])],
    ['an entry line with its own PieceRef, PieceDate and EcritureLib', file([two[0]!, { ...two[1]!, PieceRef: 'P9', PieceDate: '20240301', EcritureLib: 'Autre' }, two[2]!, two[3]!])],
    ['an entry line with its own EcritureLib only', file([two[0]!, { ...two[1]!, EcritureLib: 'Autre' }, two[2]!, two[3]!])],
    ['an entry line whose EcritureLib extends the entry’s', file([two[0]!, { ...two[1]!, EcritureLib: 'Vente bis' }, two[2]!, two[3]!])],
    ['an entry line whose PieceRef extends the entry’s', file([two[0]!, { ...two[1]!, PieceRef: 'P10' }, two[2]!, two[3]!])],
    ['an entry line whose Idevise extends the entry’s first line’s', file([{ ...two[0]!, Montantdevise: '5', Idevise: 'US' }, { ...two[1]!, Montantdevise: '5', Idevise: 'USD' }, two[2]!, two[3]!])],
    ['lettering, on one line of an entry', file([{ ...two[0]!, EcritureLet: 'AA', DateLet: '20240401' }, two[1]!, two[2]!, two[3]!])],
    ['lettering on a later line', file([two[0]!, { ...two[1]!, EcritureLet: 'B', DateLet: '20240401' }, two[2]!, two[3]!])],
    ['foreign amounts', file([{ ...two[0]!, Montantdevise: '12,5', Idevise: 'USD' }, { ...two[1]!, Montantdevise: '-12,50', Idevise: 'USD' }, { ...two[2]!, Montantdevise: '0', Idevise: '' }, { ...two[3]!, Montantdevise: '0,00', Idevise: '' }])],
    ['a foreign amount with a trailing sign', file([{ ...two[0]!, Montantdevise: '3+', Idevise: 'GBP' }, two[1]!, two[2]!, two[3]!])],
    ['amounts with signs, one decimal, none, trailing zeros', file([{ ...two[0]!, Debit: '+10' }, { ...two[1]!, Credit: '10,0' }, { ...two[2]!, Debit: '3,000' }, { ...two[3]!, Credit: '3+', Debit: '0' }, ...sale('VT3', 1).map((r, k) => ({ ...r, Debit: k === 0 ? '-1,00' : '0,00', Credit: k === 0 ? '0,00' : '-1,00' }))])],
    ['a zero line', file([...two, { EcritureNum: 'VT2', EcritureDate: '20240316', PieceDate: '20240316', CompteNum: '471000', CompteLib: 'Attente' }].map((r) => r))],
    ['accounts of 3 and 20 characters, with capitals', file([{ ...two[0]!, CompteNum: '411' }, { ...two[1]!, CompteNum: '70600000000000ABCXYZ' }, { ...two[2]!, CompteNum: '411AZ9' }, two[3]!])],
    ['accounts of class 1 and 8', file([{ ...two[0]!, CompteNum: '100000' }, { ...two[1]!, CompteNum: '899999' }])],
    ['fields of white space and fields starting with a space', file([{ ...two[0]!, CompteLib: ' Clients', EcritureLib: ' x', CompAuxNum: '  ', CompAuxLib: ' ' }, two[1]!])],
    ['non-ASCII labels (2, 3 and 4 bytes)', file([{ ...two[0]!, CompteLib: 'Clients é', EcritureLib: 'Vente €', CompAuxNum: 'C1', CompAuxLib: 'Dupont 😀' }, two[1]!])],
    ['an auxiliary account on two accounts, and two auxiliaries on one', file([
      { ...two[0]!, CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '4,00' },
      { ...two[0]!, CompteNum: '416000', CompteLib: 'Douteux', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '3,00' },
      { ...two[0]!, CompAuxNum: 'C2', CompAuxLib: 'Durand', Debit: '2,00' },
      { ...two[0]!, CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '1,00' },
      { ...two[1]!, Credit: '10,00' },
      { ...two[2]!, CompteNum: '416000', CompteLib: 'Douteux', CompAuxNum: 'C1', CompAuxLib: 'Dupont' },
      two[3]!,
    ])],
    ['an entry whose lines leave and come back to a ledger', file([{ ...two[0]!, Debit: '1,00' }, { ...two[1]!, Credit: '2,00' }, { ...two[0]!, Debit: '1,00' }, two[2]!, two[3]!])],
    ['an entry number used by two journals (renamed)', file([...two, ...sale('VT1', 2, { JournalCode: 'BQ', JournalLib: 'Banque' })])],
    ['journal codes of 1 and 10 characters with _ and -', file([...sale('1', 2, { JournalCode: 'A' }), ...sale('2', 3, { JournalCode: 'a_B-0123456'.slice(0, 10) })])],
    ['a quoted label', file([{ ...two[0]!, EcritureLib: '"Vente"' }, two[1]!])],
    ['a date repeated and entries on the same date', file([...sale('1', 1), ...sale('2', 2), ...sale('3', 3, { EcritureDate: '20240229', PieceDate: '20240229' }), ...sale('4', 4)])],
  ];
  for (const [what, text] of cases) {
    it(`reads ${what}`, () => {
      expectRead(text);
    });
  }
});

describe('balanceScan: gives up where the full scan refuses or reads otherwise', () => {
  const two = [...sale('VT1', 10), ...sale('VT2', 3, { EcritureDate: '20240316', PieceDate: '20240316' })];
  /** [what, the file, whether parseFecBook refuses it too] */
  const cases: Array<[string, string, boolean]> = [
    ['a field too few', file([two[0]!, row(two[1]!).replace(/\|$/, ''), two[2]!, two[3]!]), true],
    ['a field too many', file([two[0]!, `${row(two[1]!)}|x`, two[2]!, two[3]!]), true],
    ['two trailing separators', file([two[0]!, `${row(two[1]!)}||`, two[2]!, two[3]!]), true],
    ['a field too many on a line repeating its entry', file([two[0]!, `${row({ ...two[0]!, CompteNum: '706000', CompteLib: 'Ventes', Debit: '0,00', Credit: '10,00' })}|x`]), true],
    ['an entry line on another EcritureDate', file([two[0]!, { ...two[1]!, EcritureDate: '20240316' }, two[2]!, two[3]!]), true],
    ['an entry line whose EcritureDate is the entry’s and one more digit', file([two[0]!, { ...two[1]!, EcritureDate: '202403150' }, two[2]!, two[3]!]), true],
    ['an entry line whose JournalCode extends the entry’s', file([two[0]!, { ...two[1]!, JournalCode: 'VTX' }, two[2]!, two[3]!]), true],
    ['an entry line with a blank JournalLib', file([two[0]!, { ...two[1]!, JournalLib: ' ' }, two[2]!, two[3]!]), true],
    ['an unbalanced entry before another', file([{ ...two[0]!, Debit: '10,01' }, two[1]!, two[2]!, two[3]!]), true],
    ['an unbalanced last entry', file([two[0]!, two[1]!, two[2]!, { ...two[3]!, Credit: '3,01' }]), true],
    ['a one-line entry', file([two[0]!, two[1]!, { ...two[2]!, Debit: '0,00' }]), true],
    ['an invalid journal code', file([two[0]!, two[1]!, ...sale('X1', 2, { JournalCode: 'V.T' })]), true],
    ['a journal code of 11 characters', file([two[0]!, two[1]!, ...sale('X1', 2, { JournalCode: 'ABCDEFGHIJK' })]), true],
    ['a blank JournalLib', file([...sale('X1', 2, { JournalLib: '' }), ...two]), true],
    ['a blank JournalLib of a known journal', file([...two, ...sale('X1', 2, { JournalLib: ' ' })]), true],
    ['a blank EcritureNum', file([...two, ...sale('', 2)]), true],
    ['a blank EcritureNum of spaces', file([...two, ...sale('  ', 2)]), true],
    ['an entry number twice in its journal', file([...two, ...sale('VT1', 2)]), true],
    ['a colon in an entry number', file([...two, ...sale('X:1', 2)]), false],
    ['an EcritureDate of 7 characters', file([...two, ...sale('X1', 2, { EcritureDate: '2024031' })]), true],
    ['an invalid EcritureDate', file([...two, ...sale('X1', 2, { EcritureDate: '20240230' })]), true],
    ['an invalid EcritureDate on the first entry', file([...sale('X1', 2, { EcritureDate: '2024023a' }), ...two]), true],
    ['an invalid ValidDate', file([...two, ...sale('X1', 2, { ValidDate: '20241301' })]), true],
    ['an empty ValidDate', file([...two, ...sale('X1', 2, { ValidDate: '' })]), true],
    ['a ValidDate differing on an entry line', file([two[0]!, { ...two[1]!, ValidDate: '20240321' }, two[2]!, two[3]!]), true],
    ['a ValidDate differing on a line with its own lettering', file([two[0]!, { ...two[1]!, ValidDate: '20240321', EcritureLet: 'A', DateLet: '20240401' }, two[2]!, two[3]!]), true],
    ['a blank PieceRef', file([...two, ...sale('X1', 2, { PieceRef: ' ' })]), true],
    ['an invalid PieceDate', file([...two, ...sale('X1', 2, { PieceDate: '20240231' })]), true],
    ['a blank EcritureLib', file([...two, ...sale('X1', 2, { EcritureLib: '' })]), true],
    ['a blank PieceRef on an entry line', file([two[0]!, { ...two[1]!, PieceRef: '' }, two[2]!, two[3]!]), true],
    ['an invalid PieceDate on an entry line', file([two[0]!, { ...two[1]!, PieceDate: '2024031' }, two[2]!, two[3]!]), true],
    ['a blank EcritureLib on an entry line', file([two[0]!, { ...two[1]!, EcritureLib: '  ' }, two[2]!, two[3]!]), true],
    ['an account of 2 characters', file([two[0]!, { ...two[1]!, CompteNum: '70' }]), true],
    ['an account of 21 characters', file([two[0]!, { ...two[1]!, CompteNum: '706000000000000000000' }]), true],
    ['an account starting with 0', file([two[0]!, { ...two[1]!, CompteNum: '006000' }]), true],
    ['an account starting with 9', file([two[0]!, { ...two[1]!, CompteNum: '906000' }]), true],
    ['an account with a letter second', file([two[0]!, { ...two[1]!, CompteNum: '7A6000' }]), true],
    ['an account with a letter third', file([two[0]!, { ...two[1]!, CompteNum: '70A000' }]), true],
    ['an account with a colon second', file([two[0]!, { ...two[1]!, CompteNum: '7:6000' }]), true],
    ['an account with a slash third', file([two[0]!, { ...two[1]!, CompteNum: '70/000' }]), true],
    ['an account with a slash second', file([two[0]!, { ...two[1]!, CompteNum: '7/6000' }]), true],
    ['a new entry whose EcritureDate has a ninth character', file([...two, ...sale('X1', 2, { EcritureDate: '202403150' })]), true],
    ['an account with a small letter', file([two[0]!, { ...two[1]!, CompteNum: '706a00' }]), true],
    ['an account with a @ after its third character', file([two[0]!, { ...two[1]!, CompteNum: '706@00' }]), true],
    ['an account with a [ after its third character', file([two[0]!, { ...two[1]!, CompteNum: '706[00' }]), true],
    ['an account with a space', file([two[0]!, { ...two[1]!, CompteNum: '706 00' }]), true],
    ['an empty account', file([two[0]!, { ...two[1]!, CompteNum: '' }]), true],
    ['a blank CompteLib', file([two[0]!, { ...two[1]!, CompteLib: ' ' }]), true],
    ['a blank CompteLib of a known account', file([two[0]!, two[1]!, two[2]!, { ...two[3]!, CompteLib: '' }]), true],
    ['an auxiliary number without its name', file([{ ...two[0]!, CompAuxNum: 'C1' }, two[1]!]), true],
    ['an auxiliary name without its number', file([{ ...two[0]!, CompAuxLib: 'Dupont' }, two[1]!]), true],
    ['an auxiliary number without its name on a zero line', file([two[0]!, two[1]!, { ...two[1]!, Credit: '0,00', CompAuxNum: 'C1' }]), true],
    ['lettering without its date', file([{ ...two[0]!, EcritureLet: 'A' }, two[1]!]), true],
    ['a lettering date without lettering', file([{ ...two[0]!, DateLet: '20240401' }, two[1]!]), true],
    ['an invalid lettering date', file([{ ...two[0]!, EcritureLet: 'A', DateLet: '20240431' }, two[1]!]), true],
    ['lettering without its date on an entry line', file([two[0]!, { ...two[1]!, EcritureLet: 'A' }]), true],
    ['an invalid foreign amount', file([{ ...two[0]!, Montantdevise: '1,2,3', Idevise: 'USD' }, two[1]!]), true],
    ['a foreign amount of a sign', file([{ ...two[0]!, Montantdevise: '-', Idevise: 'USD' }, two[1]!]), true],
    ['an invalid foreign amount without currency', file([{ ...two[0]!, Montantdevise: 'abc' }, two[1]!]), true],
    ['a foreign amount without currency', file([{ ...two[0]!, Montantdevise: '5,00' }, two[1]!]), true],
    ['a currency without foreign amount', file([{ ...two[0]!, Idevise: 'USD' }, two[1]!]), true],
    ['a currency with a zero foreign amount', file([{ ...two[0]!, Montantdevise: '0,00', Idevise: 'USD' }, two[1]!]), true],
    ['a foreign amount without currency on an entry line', file([two[0]!, { ...two[1]!, Montantdevise: '5,00' }]), true],
    ['an invalid debit', file([{ ...two[0]!, Debit: '10.00' }, two[1]!]), true],
    ['an empty debit with a credit', file([two[0]!, { ...two[1]!, Debit: '' }]), true],
    ['an invalid credit', file([two[0]!, { ...two[1]!, Credit: '1O,00' }]), true],
    ['a debit and a credit on a line', file([{ ...two[0]!, Credit: '1,00', Debit: '11,00' }, two[1]!]), true],
    ['a line of plain ISO-8859-15 bytes', 'latin9', true],
    ['a line with a C1 control', file([{ ...two[0]!, EcritureLib: 'Vente \u0085' }, two[1]!]), true],
    ['a line with a C1 control on an entry line', file([two[0]!, { ...two[1]!, EcritureLib: '\u0090' }]), true],
    ['a header only', HEADER, true],
    ['another layout (Montant/Sens)', file(two).replace('|Debit|Credit|', '|Montant|Sens|'), true],
    ['a header with a column more', file(two.map((r) => `${row(r)}|x`)).replace(HEADER, `${HEADER}|Extra`), false],
    ['a header of another separator', file(two).replaceAll('|', ';'), true],
    ['a header with 17 columns', file(two.map((r) => row(r).replace(/\|[^|]*$/, ''))).replace('|Idevise', ''), true],
  ];
  for (const [what, text, alsoRefused] of cases) {
    it(`gives up on ${what}${alsoRefused ? ' (parseFecBook refuses it)' : ' (parseFecBook reads it)'}`, () => {
      if (text === 'latin9') {
        const bytes = Uint8Array.from([...bytesOf(file(two.slice(0, 1))), 0x0a, ...bytesOf(row({ ...two[1]!, EcritureLib: 'Vente ' })), 0xe9]);
        expectGiveUp(bytes);
        return;
      }
      expectGiveUp(text);
      expect(refused(text)).toBe(alsoRefused);
    });
  }

  it('gives up on a header that is not plain UTF-8 or has no line end', () => {
    expectGiveUp(Uint8Array.from([...bytesOf('JournalCode|JournalLib\u0085'), 0x0a, ...bytesOf(row(BASE))]));
    expectGiveUp(Uint8Array.from([...bytesOf(HEADER.replace('JournalLib', 'JournalLib')), 0xe9, 0x0a, ...bytesOf(row(BASE))]));
    expectGiveUp(new Uint8Array(0));
  });

  it('gives up on sums beyond 2^53, in an entry and over the file', () => {
    // the largest amount a FEC line carries: ten of them on each side of an entry pass 2^53 cents
    const max = '9999999999999,99';
    const lines = (num: string, count: number): Fields[] => [
      ...Array.from({ length: count }, () => ({ EcritureNum: num, Debit: max })),
      ...Array.from({ length: count }, () => ({ EcritureNum: num, CompteNum: '706000', CompteLib: 'Ventes', Credit: max })),
    ];
    const entry = file(lines('A', 10));
    expectGiveUp(entry);
    expect(refused(entry)).toBe(true);
    // five entries of one on each side: each entry fits, the file's Σ |amount| does not
    const text = file(['A', 'B', 'C', 'D', 'E'].flatMap((num) => lines(num, 1)));
    const parts = [balanceScan(bytesOf(text), NO_PERIOD)];
    expect(parts[0]!.ok).toBe(true);
    expect(parts[0]!.absoluteTotal).toBe(10 * 999999999999999);
    expect(balanceBook(parts, NO_PERIOD)).toBeUndefined();
    // four of them: read
    expect(balanceBook([balanceScan(bytesOf(file(['A', 'B', 'C', 'D'].flatMap((num) => lines(num, 1)))), NO_PERIOD)], NO_PERIOD)).toBeDefined();
  });
});

describe('balanceBook', () => {
  const text = file([...sale('VT1', 10), ...sale('VT2', 3), { EcritureNum: 'VT3', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '4,00' }, { EcritureNum: 'VT3', CompteNum: '706000', CompteLib: 'Ventes', Credit: '4,00' }]);
  const bytes = bytesOf(text);
  const cuts = [0, text.indexOf('\nVT|Ventes|VT2|') + 1, text.indexOf('\nVT|Ventes|VT3|') + 1];

  it('merges parts into the Book of one part: same tables in order of first appearance, same sums', () => {
    const parts = [0, 1, 2].map((k) => balanceScan(bytes, NO_PERIOD, { start: cuts[k]!, end: cuts[k + 1] ?? bytes.length }));
    expect(parts.map((p) => p.records)).toEqual([2, 2, 2]);
    expect(parts[1]!.journals).toEqual(['VT']);
    const whole = balanceBook([balanceScan(bytes, NO_PERIOD)], NO_PERIOD)!;
    const merged = balanceBook(parts, NO_PERIOD)!;
    expect(merged).toEqual(whole);
    expect(merged.accounts).toEqual(['411000', '706000']);
    expect(merged.auxiliaries.map((a) => [a.number, a.name])).toEqual([['C1', 'Dupont']]);
    expect(merged.ledgers.map((l) => [l.account, l.auxiliary])).toEqual([[0, -1], [1, -1], [0, 0]]);
    expect([...merged.entries.amount]).toEqual([1300, -1700, 400]);
  });

  it('reads nothing from a part that gave up, an entry number in two parts, no part or no line', () => {
    const parts = [0, 1, 2].map((k) => balanceScan(bytes, NO_PERIOD, { start: cuts[k]!, end: cuts[k + 1] ?? bytes.length }));
    expect(balanceBook([parts[0]!, FAILED, parts[2]!], NO_PERIOD)).toBeUndefined();
    expect(balanceBook([], NO_PERIOD)).toBeUndefined();
    expect(balanceBook([parts[0]!, parts[0]!], NO_PERIOD)).toBeUndefined();
    expect(balanceBook([parts[0]!, parts[2]!, parts[2]!], NO_PERIOD)).toBeUndefined();
    // a file of empty lines after the header
    const empty = balanceScan(bytesOf(`${HEADER}\n\n\n`), NO_PERIOD);
    expect(empty.ok).toBe(true);
    expect(empty.records).toBe(0);
    expect(balanceBook([empty], NO_PERIOD)).toBeUndefined();
    // the same number in two journals, one per part (the key is the journal's and the number's): read in parts
    const renamed = file([...sale('VT1', 10), ...sale('VT1', 2, { JournalCode: 'BQ', JournalLib: 'Banque' })]);
    const at = renamed.indexOf('\nBQ|') + 1;
    const rb = bytesOf(renamed);
    const split = [balanceScan(rb, NO_PERIOD, { start: 0, end: at }), balanceScan(rb, NO_PERIOD, { start: at, end: rb.length })];
    expect(split.every((p) => p.ok)).toBe(true);
    expect(balanceBook(split, NO_PERIOD)).toEqual(balanceBook([balanceScan(rb, NO_PERIOD)], NO_PERIOD));
  });

  it('reads a part given as a subarray of a larger buffer, or as a Buffer-like view', () => {
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    const view = padded.subarray(4, 4 + bytes.length);
    expect(balanceScan(view, NO_PERIOD)).toEqual(balanceScan(bytes, NO_PERIOD));
    class Bytes extends Uint8Array {}
    const sub = new Bytes(padded.buffer, 4, bytes.length);
    expect(balanceScan(sub, NO_PERIOD)).toEqual(balanceScan(bytes, NO_PERIOD));
  });
});
