// balanceBook (the small Book of the balance scan's sums) and the header and line reading of balanceScan, beyond
// balanceScan.edges.test.ts: the five date classes of a period laid out as transactions (dates, opening flags, ids,
// amounts) by hand, parts whose tables come in another order than the first part's merged onto it, each part's keys
// checked against the others, the headers and line ends it reads or gives up on, and, as a law, parts cut at every
// entry boundary giving the Book of one part and the trial balances of parseFecBook.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, parseFecBook, toDayNumber, trialBalance, type IsoDate } from '../../../src/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { balanceBook, balanceScan, type BalanceScanOptions, type FecBalancePart } from '../../../src/formats/fec/_lib/balanceScan.js';
import { outcome } from './_balance.js';

const HEADER = FEC_COLUMNS.join('|');
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const day = (iso: string): number => toDayNumber(iso as IsoDate);
const NO_PERIOD: BalanceScanOptions = { openingJournals: ['AN', 'OUV'] };
const MARCH: BalanceScanOptions = { openingJournals: ['AN', 'OUV'], period: { from: day('2024-03-01'), to: day('2024-03-31') } };

/** One FEC line (18 standard columns). */
const line = (j: string, num: string, date: string, account: string, debit: string, credit: string, aux = ''): string =>
  [j, `Journal ${j}`, num, date, account, `Compte ${account}`, aux, aux === '' ? '' : `Tiers ${aux}`, `P${num}`, date, `Ecriture ${num}`, debit, credit, '', '', date, '', ''].join('|');
/** A two-line entry: `amount` (euros) on `dr` against `cr`. */
const pair = (j: string, num: string, date: string, dr: string, cr: string, amount: string, aux: [string, string] = ['', '']): string[] => [
  line(j, num, date, dr, amount, '0,00', aux[0]),
  line(j, num, date, cr, '0,00', amount, aux[1]),
];
const fec = (lines: ReadonlyArray<string>, eol = '\n'): string => [HEADER, ...lines].join(eol);
/** The byte offsets of the lines starting with these prefixes. */
const cuts = (text: string, starts: ReadonlyArray<string>): number[] => starts.map((s) => enc(text.slice(0, text.indexOf(s))).length);
/** The parts of the file cut at these byte offsets, each scanned alone. */
const scanAt = (bytes: Uint8Array, at: ReadonlyArray<number>, o: BalanceScanOptions): FecBalancePart[] =>
  [0, ...at].map((start, k) => balanceScan(bytes, o, { start, end: at[k] ?? bytes.length }));

/** The trial balances of the balance Book are parseFecBook's, at both levels. */
function sameBalances(bytes: Uint8Array, parts: ReadonlyArray<FecBalancePart>, o: BalanceScanOptions): void {
  const book = balanceBook(parts, o);
  expect(book).toBeDefined();
  const expected = parseFecBook(bytes);
  for (const level of ['general', 'auxiliary'] as const) expect(outcome(book!, o, level)).toEqual(outcome(expected, o, level));
}

describe('balanceBook: the Book it lays out', () => {
  // one entry per date class of March: before, an opening entry on the 1st, an opening entry later, a movement, after
  const text = fec([
    ...pair('VT', 'V0', '20240210', '411000', '706000', '1,00'),
    ...pair('AN', 'A1', '20240301', '512000', '101000', '20,00'),
    ...pair('OUV', 'O2', '20240305', '512000', '101000', '300,00'),
    ...pair('VT', 'V3', '20240310', '411000', '706000', '4000,00'),
    ...pair('VT', 'V4', '20240402', '411000', '706000', '50000,00'),
  ]);
  const bytes = enc(text);

  it('one transaction per date class, dated where trialBalance puts it, its entries the sums of each ledger', () => {
    const book = balanceBook([balanceScan(bytes, MARCH)], MARCH)!;
    expect(book.size).toBe(5);
    expect(book.tx.id).toEqual(['balance-1', 'balance-2', 'balance-3', 'balance-4', 'balance-5']);
    // before: the day before the period; opening on its first day: that day; other opening: the day after; movement:
    // the first day; after: the day after the period
    expect([...book.tx.date]).toEqual([day('2024-02-29'), day('2024-03-01'), day('2024-03-02'), day('2024-03-01'), day('2024-04-01')]);
    expect([...book.tx.opening]).toEqual([0, 1, 1, 0, 0]);
    expect([...book.tx.pieceDate]).toEqual([...book.tx.date]);
    expect([...book.tx.validatedOn]).toEqual([...book.tx.date]);
    expect(book.tx.pieceRef).toEqual(['', '', '', '', '']);
    expect(book.tx.label).toEqual(['', '', '', '', '']);
    expect([...book.tx.entryStart]).toEqual([0, 2, 4, 6, 8, 10]);
    expect(book.accounts).toEqual(['411000', '706000', '512000', '101000']);
    expect(book.accountLabels).toEqual(['Compte 411000', 'Compte 706000', 'Compte 512000', 'Compte 101000']);
    expect([...book.entries.account]).toEqual([0, 1, 2, 3, 2, 3, 0, 1, 0, 1]);
    expect([...book.entries.amount]).toEqual([100, -100, 2000, -2000, 30000, -30000, 400000, -400000, 5000000, -5000000]);
    expect(book.absoluteTotal).toBe(2 * (100 + 2000 + 30000 + 400000 + 5000000));
    expect(book.journalList?.map((j) => [j.code, j.label, j.kind])).toEqual([
      ['VT', 'Journal VT', 'sales'],
      ['AN', 'Journal AN', 'opening'],
      ['OUV', 'Journal OUV', 'opening'],
    ]);
    const period = { from: '2024-03-01' as IsoDate, to: '2024-03-31' as IsoDate };
    expect(outcome(book, MARCH, 'general')).toEqual(outcome(parseFecBook(bytes), MARCH, 'general'));
    expect(trialBalance(book, { period }).opening).toBe('entries');
  });

  it('without a period: the opening entries in one transaction, the rest in another, undated', () => {
    const book = balanceBook([balanceScan(bytes, NO_PERIOD)], NO_PERIOD)!;
    expect(book.size).toBe(2);
    expect([...book.tx.date]).toEqual([0, 0]);
    expect([...book.tx.opening]).toEqual([1, 0]);
    expect([...book.entries.amount]).toEqual([32000, -32000, 5400100, -5400100]);
    sameBalances(bytes, [balanceScan(bytes, NO_PERIOD)], NO_PERIOD);
  });

  it('a period of one day, before every entry, after every entry', () => {
    for (const [from, to] of [['2024-03-01', '2024-03-01'], ['2023-01-01', '2023-12-31'], ['2025-01-01', '2025-01-31']] as const) {
      const o = { ...MARCH, period: { from: day(from), to: day(to) } };
      const parts = [balanceScan(bytes, o)];
      sameBalances(bytes, parts, o);
    }
    const late = { ...MARCH, period: { from: day('2025-01-01'), to: day('2025-01-31') } };
    const book = balanceBook([balanceScan(bytes, late)], late)!;
    expect([...book.tx.date]).toEqual([day('2024-12-31')]);
    expect([...book.tx.opening]).toEqual([0]);
    const early = { ...MARCH, period: { from: day('2023-01-01'), to: day('2023-12-31') } };
    expect([...balanceBook([balanceScan(bytes, early)], early)!.tx.date]).toEqual([day('2024-01-01')]);
  });

  it('a ledger with only a debit or only a credit in a class gives one entry', () => {
    const text1 = fec([line('VT', '1', '20240310', '411000', '5,00', '0,00'), line('VT', '1', '20240310', '706000', '0,00', '3,00'), line('VT', '1', '20240310', '706000', '0,00', '2,00'), line('VT', '1', '20240310', '411000', '1,00', '0,00'), line('VT', '1', '20240310', '411000', '0,00', '1,00')]);
    const b1 = enc(text1);
    const book = balanceBook([balanceScan(b1, MARCH)], MARCH)!;
    // 411000: debit 6,00 and credit 1,00 kept apart; 706000: credit 5,00
    expect([...book.entries.account]).toEqual([0, 0, 1]);
    expect([...book.entries.amount]).toEqual([600, -100, -500]);
  });
});

describe('balanceBook: parts merged', () => {
  it('maps each part’s tables onto the first appearance of each value, whatever the order of a later part', () => {
    const text = fec([
      ...pair('VT', '1', '20240310', '411000', '706000', '10,00', ['C1', '']),
      ...pair('VT', '2', '20240310', '411000', '706000', '1,00'),
      // the second part meets 706000 first, a new account, C2 then C1, and a new journal
      ...pair('BQ', '3', '20240311', '512000', '706000', '2,00').reverse(),
      ...pair('BQ', '4', '20240311', '411000', '512000', '4,00', ['C2', '']),
      ...pair('BQ', '5', '20240401', '411000', '512000', '8,00', ['C1', '']),
      ...pair('AN', '6', '20240301', '411000', '101000', '16,00', ['C1', '']),
    ]);
    const bytes = enc(text);
    const at = cuts(text, ['BQ|Journal BQ|3|']);
    for (const o of [NO_PERIOD, MARCH]) {
      const parts = scanAt(bytes, at, o);
      expect(parts[1]!.accounts).toEqual(['706000', '512000', '411000', '101000']);
      expect(parts[1]!.auxNumbers).toEqual(['C2', 'C1']);
      const merged = balanceBook(parts, o)!;
      expect(merged).toEqual(balanceBook([balanceScan(bytes, o)], o));
      expect(merged.auxiliaries.map((a) => [a.number, a.name])).toEqual([['C1', 'Tiers C1'], ['C2', 'Tiers C2']]);
      expect(merged.journalList?.map((j) => j.code)).toEqual(['VT', 'BQ', 'AN']);
      sameBalances(bytes, parts, o);
    }
    // by hand, March: class 1 (AN 6 on the 1st), class 3 (VT 1, VT 2, BQ 3, BQ 4), class 4 (BQ 5 in April)
    const march = balanceBook(scanAt(bytes, at, MARCH), MARCH)!;
    expect([...march.tx.opening]).toEqual([1, 0, 0]);
    expect(march.accounts).toEqual(['411000', '101000', '706000', '512000']);
    expect(march.ledgers.map((l) => [march.accounts[l.account], l.auxiliary])).toEqual([['411000', 0], ['101000', -1], ['706000', -1], ['411000', -1], ['512000', -1], ['411000', 1]]);
    // 411000/C1 +16 | +10 (VT 1), 706000 −13 (VT 1, 2, BQ 3), 411000 +1, 512000 +2 and −4, 411000/C2 +4 | +8, −8
    expect([...march.entries.amount]).toEqual([1600, -1600, 1000, -1300, 100, 200, -400, 400, 800, -800]);
  });

  it('the keys of every part against the others’: an entry number met again in any later part', () => {
    const text = fec([...pair('VT', '1', '20240310', '411000', '706000', '1,00'), ...pair('VT', '2', '20240310', '411000', '706000', '1,00'), ...pair('VT', '3', '20240310', '411000', '706000', '1,00'), ...pair('VT', '1', '20240311', '411000', '706000', '1,00')]);
    const bytes = enc(text);
    const at = cuts(text, ['VT|Journal VT|2|', 'VT|Journal VT|3|', 'VT|Journal VT|1|20240311']);
    const parts = scanAt(bytes, at, NO_PERIOD);
    expect(parts.every((p) => p.ok && p.keys.length === 1)).toBe(true);
    expect(balanceBook(parts, NO_PERIOD)).toBeUndefined();
    expect(balanceBook(parts.slice(1), NO_PERIOD)).toBeDefined();
    expect(balanceBook([parts[0]!, parts[3]!], NO_PERIOD)).toBeUndefined();
    // the same part twice: its key twice
    expect(balanceBook([parts[1]!, parts[2]!, parts[1]!], NO_PERIOD)).toBeUndefined();
    // the whole file in one part: the scan itself gives up
    expect(balanceScan(bytes, NO_PERIOD).ok).toBe(false);
  });

  it('no line in any part', () => {
    const bytes = enc(`${HEADER}\n\n`);
    const empty = balanceScan(bytes, NO_PERIOD);
    expect(empty.ok).toBe(true);
    expect(balanceBook([empty, empty], NO_PERIOD)).toBeUndefined();
  });
});

describe('balanceScan: the header and the line ends', () => {
  const body = [...pair('VT', '1', '20240310', '411000', '706000', '10,00'), ...pair('VT', '2', '20240316', '512000', '411000', '3,00')];

  it('reads LF, CRLF and lone CR line ends, a BOM, and a part after the header', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = fec(body, eol);
      const bytes = enc(text);
      const whole = balanceScan(bytes, MARCH);
      expect(whole.ok).toBe(true);
      expect(whole.records).toBe(4);
      sameBalances(bytes, [whole], MARCH);
      const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
      expect(balanceScan(bom, MARCH)).toEqual(whole);
      const at = cuts(text, ['VT|Journal VT|2|']);
      const parts = scanAt(bytes, at, MARCH);
      expect(parts.map((p) => p.records)).toEqual([2, 2]);
      expect(balanceBook(parts, MARCH)).toEqual(balanceBook([whole], MARCH));
    }
  });

  it('reads a header whose names differ in case, as parseFecBook does', () => {
    const text = fec(body).replace('JournalCode|JournalLib', 'journalcode|JOURNALLIB');
    const bytes = enc(text);
    const part = balanceScan(bytes, MARCH);
    expect(part.ok).toBe(true);
    expect(part.records).toBe(4);
    sameBalances(bytes, [part], MARCH);
  });

  it('gives up on a header of another layout (cash basis, Montant/Sens), without a line end, or with a bad byte', () => {
    const failed = (bytes: Uint8Array): void => {
      const part = balanceScan(bytes, NO_PERIOD);
      expect(part.ok).toBe(false);
      expect(part.records).toBe(0);
      expect(part.keys).toHaveLength(0);
    };
    const cash = [`${HEADER}|DateRglt|ModeRglt|NatOp`, ...body.map((l) => `${l}|20240310|Cheque|Vente`)].join('\n');
    expect(parseFecBook(cash).size).toBe(2);
    failed(enc(cash));
    failed(enc(HEADER));
    failed(enc(`${HEADER}|Extra\n${body.join('|\n')}|`));
    // a header of plain UTF-8 but for one byte at its end, or a lone continuation byte
    failed(Uint8Array.from([...enc(HEADER), 0xc3, 0x0a, ...enc(body.join('\n'))]));
    failed(Uint8Array.from([...enc(HEADER), 0x80, 0x0a, ...enc(body.join('\n'))]));
    failed(Uint8Array.from([...enc(HEADER), 0xc3, 0xa9, 0xff, 0x0a, ...enc(body.join('\n'))]));
  });

  it('gives up on a line with bytes that are not plain UTF-8 anywhere in it', () => {
    const text = fec(body);
    const bytes = enc(text);
    expect(balanceScan(bytes, NO_PERIOD).ok).toBe(true);
    // every position of the last line's label: an invalid byte (0xff), a cut 2-byte sequence, a C1 control (C2 85)
    const label = text.lastIndexOf('Ecriture 2');
    for (const bad of [[0xff], [0xc3], [0xc2, 0x85], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const b = Uint8Array.from([...bytes.subarray(0, label), ...bad, ...bytes.subarray(label)]);
      expect(balanceScan(b, NO_PERIOD).ok, bad.join(',')).toBe(false);
    }
    // valid sequences of 2, 3 and 4 bytes in the same place: read
    for (const good of ['é', '€', '😀']) {
      const b = enc(text.slice(0, label) + good + text.slice(label));
      expect(balanceScan(b, NO_PERIOD).ok, good).toBe(true);
    }
  });
});

describe('balanceScan: dates read after the same date', () => {
  // each date field of the second entry is the first entry's date and one more character: refused by the full scan
  const first = pair('VT', '1', '20240310', '411000', '706000', '10,00');
  const cases: Array<[string, (l: string) => string]> = [
    ['ValidDate', (l) => l.replace(/\|20240316\|\|$/, '|202403100||')],
    ['PieceDate', (l) => l.replace('|P2|20240316|', '|P2|202403100|')],
    ['DateLet', (l) => l.replace(/\|\|\|20240316\|\|$/, '|A|202403100|20240316||')],
  ];
  for (const [what, change] of cases) {
    it(`gives up on a ${what} of nine characters starting with the date read before`, () => {
      const second = pair('VT', '2', '20240316', '512000', '411000', '3,00');
      const ok = fec([...first.map((l) => l.replace(/\|\|\|20240310\|\|$/, '|A|20240310|20240310||')), ...second]);
      expect(balanceScan(enc(ok), NO_PERIOD).ok).toBe(true);
      // the ValidDate on both lines of the entry (a line's ValidDate must be its entry's)
      const text = fec([...first.map((l) => l.replace(/\|\|\|20240310\|\|$/, '|A|20240310|20240310||')), change(second[0]!), what === 'ValidDate' ? change(second[1]!) : second[1]!]);
      expect(text).not.toBe(ok);
      expect(balanceScan(enc(text), NO_PERIOD).ok).toBe(false);
      expect(() => parseFecBook(text)).toThrow();
    });
  }

  it('gives up on a file starting with two of the three bytes of a BOM (not plain UTF-8)', () => {
    const body = enc(fec(first));
    expect(balanceScan(Uint8Array.from([0xef, 0xbb, 0xbf, ...body]), NO_PERIOD).ok).toBe(true);
    for (const head of [[0x41, 0xbb, 0xbf], [0xef, 0x41, 0xbf], [0xef, 0xbb, 0x41]]) {
      expect(balanceScan(Uint8Array.from([...head, ...body]), NO_PERIOD).ok, head.join(',')).toBe(false);
    }
  });
});

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

describe('balanceScan: lines that almost repeat their entry’s first line', () => {
  const first = line('VT', '1', '20240310', '411000', '10,00', '0,00');
  const second = line('VT', '1', '20240310', '706000', '0,00', '10,00');
  /** `s` with its `k`-th separator (0-based) replaced by `by`. */
  const replaceSep = (s: string, k: number, by: string): string => {
    let at = -1;
    for (let i = 0; i <= k; i++) at = s.indexOf('|', at + 1);
    return s.slice(0, at) + by + s.slice(at + 1);
  };

  it('gives up on a line whose separator after EcritureDate, or after EcritureLib, is another byte (17 fields)', () => {
    for (const k of [3, 10]) {
      const text = fec([first, replaceSep(second, k, 'X')]);
      expect(balanceScan(enc(text), NO_PERIOD).ok, `separator ${k}`).toBe(false);
      expect(refused(text)).toBe(true);
    }
    expect(balanceScan(enc(fec([first, second])), NO_PERIOD).ok).toBe(true);
  });

  it('gives up on a line ending as its entry’s first line and one more byte (a currency without foreign amount)', () => {
    for (const eol of ['\n', '\r\n']) {
      for (const last of [false, true]) {
        const lines = [first, `${second}X`, ...(last ? [] : pair('VT', '2', '20240311', '512000', '411000', '1,00'))];
        const text = fec(lines, eol);
        expect(balanceScan(enc(text), NO_PERIOD).ok, JSON.stringify([eol, last])).toBe(false);
        expect(refused(text)).toBe(true);
      }
    }
  });

  it('reads an entry of many identical lines after an entry of any length (the line repeated in full)', () => {
    for (let pad = 0; pad < 24; pad++) {
      const before = pair('BQ', `B${'x'.repeat(pad)}`, '20240305', '512000', '101000', '1,00');
      const same = line('VT', '1', '20240310', '411000', '1,00', '0,00');
      const text = fec([...before, ...Array.from({ length: 20 }, () => same), line('VT', '1', '20240310', '706000', '0,00', '20,00')]);
      const bytes = enc(text);
      const part = balanceScan(bytes, MARCH);
      expect(part.ok, `pad ${pad}`).toBe(true);
      expect(part.records).toBe(23);
      expect(part.debit[0 * 5 + 3]).toBe(100);
      expect(part.debit[2 * 5 + 3]).toBe(2000);
      sameBalances(bytes, [part], MARCH);
    }
  });

  it('keeps an auxiliary account first met after the auxiliary table grew apart from the ledgers before it', () => {
    // 1,030 auxiliary accounts on 411000 (table id 0), then a new one on 401000 (table id 1) and on 411000
    const lines: string[] = [];
    for (let k = 0; k < 1030; k++) lines.push(line('VT', `V${k}`, '20240310', '411000', '1,00', '0,00', `C${k}`), line('VT', `V${k}`, '20240310', '401000', '0,00', '1,00'));
    lines.push(line('AC', 'A1', '20240312', '401000', '2,00', '0,00', 'F1'), line('AC', 'A1', '20240312', '411000', '0,00', '2,00', 'F2'));
    const bytes = enc(fec(lines));
    const part = balanceScan(bytes, NO_PERIOD);
    expect(part.ok).toBe(true);
    expect(part.auxNumbers.slice(-2)).toEqual(['F1', 'F2']);
    expect(part.ledgerAccount.length).toBe(1033);
    // the last two ledgers: 401000/F1 (debit 2,00), 411000/F2 (credit 2,00)
    expect([part.ledgerAccount[1031], part.ledgerAux[1031], part.debit[1031 * 5 + 3]]).toEqual([1, 1030, 200]);
    expect([part.ledgerAccount[1032], part.ledgerAux[1032], part.credit[1032 * 5 + 3]]).toEqual([0, 1031, 200]);
    expect(part.debit[0 * 5 + 3]).toBe(100);
    expect(part.credit[1 * 5 + 3]).toBe(103000);
  });
});

describe('balanceScan: the bytes and dates it checks', () => {
  const body = [...pair('VT', '1', '20240229', '411000', '706000', '10,00'), ...pair('VT', '2', '20240316', '512000', '411000', '3,00')];

  it('gives up on a header that is not plain UTF-8: a C1 control ending it, Crédit in ISO-8859-15', () => {
    const text = `${HEADER}\u0085\n${body.join('\n')}`;
    expect(balanceScan(enc(text), NO_PERIOD).ok).toBe(false);
    const crlf = enc(fec(body).replace('|Credit|', '|Crédit|'));
    const at = crlf.indexOf(0xc3);
    const latin = Uint8Array.from([...crlf.subarray(0, at), 0xe9, ...crlf.subarray(at + 2)]);
    expect(balanceScan(latin, NO_PERIOD).ok).toBe(false);
  });

  it('reads a header naming Crédit, and a label holding a tab, as parseFecBook does', () => {
    for (const text of [fec(body).replace('|Credit|', '|Crédit|'), fec(body).replace('Ecriture 2', 'Ecriture\t2')]) {
      const bytes = enc(text);
      const part = balanceScan(bytes, MARCH);
      expect(part.ok).toBe(true);
      expect(part.records).toBe(4);
      sameBalances(bytes, [part], MARCH);
    }
  });

  it('gives up on a lone continuation byte in a line', () => {
    const text = fec(body);
    const at = enc(text.slice(0, text.lastIndexOf('Ecriture 2'))).length;
    const bytes = enc(text);
    expect(balanceScan(Uint8Array.from([...bytes.subarray(0, at), 0x80, ...bytes.subarray(at)]), NO_PERIOD).ok).toBe(false);
  });

  it('gives up on a date of eight NUL bytes (EcritureDate, PieceDate, ValidDate)', () => {
    const nul = '\u0000'.repeat(8);
    const first = (l: string, k: number): string => {
      const f = l.split('|');
      f[k] = nul;
      return f.join('|');
    };
    for (const k of [3, 9, 15]) {
      const lines = [...body];
      lines[0] = first(lines[0]!, k);
      if (k === 3 || k === 15) lines[1] = first(lines[1]!, k);
      const text = fec(lines);
      expect(balanceScan(enc(text), NO_PERIOD).ok, `field ${k}`).toBe(false);
      expect(refused(text)).toBe(true);
    }
  });

  it('gives up on a 29 February of a common year read after the same day of a leap year', () => {
    // the first entry's dates are 2024-02-29 (valid); the second's ValidDate, then its PieceDate, are 2023-02-29
    for (const k of [15, 9]) {
      const lines = [...body];
      lines[2] = lines[2]!.split('|').map((v, i) => (i === k ? '20230229' : v)).join('|');
      if (k === 15) lines[3] = lines[3]!.split('|').map((v, i) => (i === k ? '20230229' : v)).join('|');
      const text = fec(lines);
      expect(balanceScan(enc(text), NO_PERIOD).ok, `field ${k}`).toBe(false);
      expect(refused(text)).toBe(true);
    }
    expect(balanceScan(enc(fec(body)), NO_PERIOD).ok).toBe(true);
  });
});

describe('properties', () => {
  it('balance scan in parts = balance scan whole, for a cut at every entry boundary (Book and trial balances)', () => {
    const nums = Array.from({ length: 9 }, (_, k) => String(k + 1));
    const lines = nums.flatMap((n, k) => pair(k % 3 === 0 ? 'AN' : k % 3 === 1 ? 'VT' : 'BQ', n, `202403${String(k * 3 + 1).padStart(2, '0')}`, k % 2 === 0 ? '411000' : '512000', '706000', `${k + 1},50`, [k % 4 === 0 ? 'C1' : k % 4 === 1 ? 'C2' : '', '']));
    const text = fec(lines);
    const bytes = enc(text);
    const journal = (n: number): string => ['AN', 'VT', 'BQ'][(n - 1) % 3]!;
    const starts = cuts(text, nums.slice(1).map((n) => `${journal(Number(n))}|Journal ${journal(Number(n))}|${n}|`));
    for (const o of [NO_PERIOD, { ...MARCH, period: { from: day('2024-03-05'), to: day('2024-03-20') } }]) {
      const whole = balanceBook([balanceScan(bytes, o)], o);
      for (let k = 0; k < starts.length; k++) {
        for (const m of [starts.length, k + 1, k + 3].filter((x, i, a) => x <= starts.length && a.indexOf(x) === i)) {
          const at = [starts[k]!, ...(m < starts.length ? [starts[m]!] : [])];
          const parts = scanAt(bytes, at, o);
          expect(parts.every((p) => p.ok)).toBe(true);
          expect(parts.reduce((s, p) => s + p.records, 0)).toBe(18);
          expect(balanceBook(parts, o)).toEqual(whole);
        }
      }
      sameBalances(bytes, [balanceScan(bytes, o)], o);
    }
  });

  it('an entry whose lines vary their entry’s first line field by field: read as parseFecBook reads it, or given up when it refuses', () => {
    // each later line takes each field from the first line, or a variant: one byte more, one less, another byte, empty
    const FIELDS = FEC_COLUMNS.length;
    const base = line('VT', '1', '20240310', '411000', '0,00', '0,00').split('|');
    base[13] = 'AB';
    base[14] = '20240320';
    base[16] = '12,5';
    base[17] = 'USD';
    const variant = fc.constantFrom('same', 'same', 'same', 'more', 'less', 'other', 'empty');
    const lineOf = fc.tuple(fc.array(fc.tuple(fc.integer({ min: 0, max: FIELDS - 1 }), variant), { maxLength: 3 }), fc.integer({ min: 1, max: 99 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(lineOf, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (later, eol, trailing) => {
        const lines: string[] = [];
        let sum = 0;
        const rows = [[[], 50, false] as (typeof later)[number], ...later];
        rows.forEach(([changes, amount, debit], k) => {
          const f = [...base];
          f[11] = debit || k === 0 ? `${amount},00` : '0,00';
          f[12] = debit || k === 0 ? '0,00' : `${amount},00`;
          sum += debit || k === 0 ? amount : -amount;
          if (k > 0) {
            for (const [i, v] of changes) {
              const x = f[i]!;
              f[i] = v === 'more' ? `${x}7` : v === 'less' ? x.slice(0, -1) : v === 'other' && x.length > 0 ? `${x.slice(0, -1)}${x.endsWith('1') ? '2' : '1'}` : v === 'empty' ? '' : x;
            }
          }
          lines.push(f.join('|') + (trailing ? '|' : ''));
        });
        const close = [...base];
        close[4] = '706000';
        close[11] = sum < 0 ? `${-sum},00` : '0,00';
        close[12] = sum > 0 ? `${sum},00` : '0,00';
        lines.push(close.join('|') + (trailing ? '|' : ''));
        const text = fec(lines, eol);
        const bytes = enc(text);
        const part = balanceScan(bytes, MARCH);
        if (refused(text)) expect(part.ok).toBe(false);
        else if (part.ok) sameBalances(bytes, [part], MARCH);
      }),
      { numRuns: 60 },
    );
  });
});
