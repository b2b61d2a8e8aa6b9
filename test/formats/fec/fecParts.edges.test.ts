// splitFecParts and mergeFecParts beyond fecParts.test.ts: where each cut falls (hand-placed targets: inside a line,
// on its line break, on an entry boundary, past a broken or empty line, the first share), the files given whole, the
// bound on the lines looked at, and merges of parts carrying what only a later part has (lettering, foreign amounts,
// labels, sources), issues past the cap, a span over a year, an entry number in non-adjacent parts, worker copies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeFecParts, splitFecParts, withTextStrings } from '../../../src/formats/fec/_lib/fecParts.js';
import { fecStrings, scanFec, type FecColumns, type FecPartColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';

const OPTIONS: ScanOptions = { openingJournals: new Set(['AN', 'OUV']), scale: 2, currency: 'EUR', maxIssues: 1000 };
const HEADER = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
/** The two lines of entry `num` of journal `j` (amount in euros). */
const entry = (j: string, num: string, amount = 10, date = '20240315'): string[] => [
  `${j}|Journal ${j}|${num}|${date}|411000|Clients|||P${num}|${date}|Vente ${num}|${amount},00|0,00|||${date}||`,
  `${j}|Journal ${j}|${num}|${date}|706000|Ventes|||P${num}|${date}|Vente ${num}|0,00|${amount},00|||${date}||`,
];
/** A scan with its strings decoded, deferred or not. */
function plain(scan: FecColumns | undefined): Omit<FecColumns, 'deferred'> | undefined {
  if (scan === undefined) return undefined;
  const { deferred: _, ...rest } = scan;
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return { ...rest, txId, txPieceRef, txLabel };
}
const scanParts = (bytes: Uint8Array, parts: ReadonlyArray<{ start: number; end: number }>, options: ScanOptions = OPTIONS): FecPartColumns[] => parts.map((p) => scanFec(bytes, false, options, p));
/** The parts' byte starts, as the text offsets of lines. */
const at = (text: string, line: string): number => enc(text.slice(0, text.indexOf(line))).length;

describe('splitFecParts: where the cuts fall', () => {
  // six entries of two lines; the targets are placed with the first share
  const lines = [HEADER, ...['1', '2', '3', '4', '5', '6'].flatMap((n) => entry('VT', n))];
  const text = lines.join('\n');
  const bytes = enc(text);
  const n = bytes.length;
  const e = (k: number): number => at(text, `VT|Journal VT|${k}|`);
  /** The first share whose target is byte `b`. */
  const share = (b: number): number => (b + 0.5) / n;

  it('cuts at the first entry starting after the line that follows the target', () => {
    // inside the first line of entry 2: the line after it is entry 2's second; the next entry is 3
    expect(splitFecParts(bytes, 2, share(e(2) + 5))).toEqual([{ start: 0, end: e(3) }, { start: e(3), end: n }]);
    // on the line break ending entry 2's first line: the same
    const lf = bytes.indexOf(10, e(2));
    expect(splitFecParts(bytes, 2, share(lf))).toEqual([{ start: 0, end: e(3) }, { start: e(3), end: n }]);
    // on the first byte of entry 2's second line: the line after it is entry 3's first, so the cut is at entry 4
    expect(splitFecParts(bytes, 2, share(lf + 1))).toEqual([{ start: 0, end: e(4) }, { start: e(4), end: n }]);
    // on the line break ending entry 2: the same
    expect(splitFecParts(bytes, 2, share(e(3) - 1))).toEqual([{ start: 0, end: e(4) }, { start: e(4), end: n }]);
    // a first share of 0: the target is the first line after the header, the cut at entry 2
    expect(splitFecParts(bytes, 2, 0)).toEqual([{ start: 0, end: e(2) }, { start: e(2), end: n }]);
    // a target inside the last entry: no entry starts after it
    expect(splitFecParts(bytes, 2, share(e(6) + 3))).toEqual([{ start: 0, end: n }]);
  });

  it('cuts the others in equal shares of what the first leaves, never twice at one place', () => {
    // equal shares without a first share: targets at n/3 and 2n/3
    const third = splitFecParts(bytes, 3);
    const expected = (target: number): number => {
      const q = bytes.indexOf(10, target) + 1;
      // the entry after the line at q
      const line = text.slice(new TextDecoder().decode(bytes.subarray(0, q)).length).split('\n')[0]!.split('|')[2]!;
      return e(Number(line) + 1);
    };
    expect(third).toEqual([
      { start: 0, end: expected(Math.floor(n / 3)) },
      { start: expected(Math.floor(n / 3)), end: expected(Math.floor((2 * n) / 3)) },
      { start: expected(Math.floor((2 * n) / 3)), end: n },
    ]);
    // a first share, then the rest in two equal parts: 0.1, then 0.1 + 0.45, 0.1 + 0.9
    const shared = splitFecParts(bytes, 3, 0.1);
    expect(shared.map((p) => p.start)).toEqual([0, expected(Math.floor(n * 0.1)), expected(Math.floor(n * 0.55))]);
    // both targets inside one long entry: the second cut goes past the first
    const long = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), ...Array.from({ length: 20 }, (_, k) => entry('VT', '3', 1)[k % 2]!), ...entry('VT', '4'), ...entry('VT', '5')].join('\n');
    const lb = enc(long);
    const late = splitFecParts(lb, 3);
    expect(late.map((p) => p.start)).toEqual([0, at(long, 'VT|Journal VT|4|'), at(long, 'VT|Journal VT|5|')]);
    for (const parts of [third, shared, late]) for (let k = 1; k < parts.length; k++) expect(parts[k]!.start).toBe(parts[k - 1]!.end);
  });

  it('does not cut next to a line with too few fields, and steps over empty lines', () => {
    const broken = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), ...entry('VT', '3'), ...entry('VT', '4')];
    broken[4] = 'VT|Journal VT';
    const bt = broken.join('\n');
    const bb = enc(bt);
    const e2 = at(bt, 'VT|Journal VT|2|');
    // the target inside entry 2's first line: the broken line follows, so entry 3 is no cut; entry 4 is
    expect(splitFecParts(bb, 2, (e2 + 5.5) / bb.length).map((p) => p.start)).toEqual([0, at(bt, 'VT|Journal VT|4|')]);
    const empty = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), '', '', ...entry('VT', '3'), ...entry('VT', '4')].join('\n');
    const eb = enc(empty);
    const start2 = at(empty, 'VT|Journal VT|2|');
    expect(splitFecParts(eb, 2, (start2 + 5.5) / eb.length).map((p) => p.start)).toEqual([0, at(empty, 'VT|Journal VT|3|')]);
    // an entry number that only extends the one before (1 → 10), and the same number in another journal
    const similar = [HEADER, ...entry('VT', '1'), ...entry('VT', '10'), ...entry('BQ', '10'), ...entry('BQ', '11')].join('\n');
    const sb = enc(similar);
    const s1 = at(similar, 'VT|Journal VT|1|');
    expect(splitFecParts(sb, 2, (s1 + 5.5) / sb.length).map((p) => p.start)).toEqual([0, at(similar, 'VT|Journal VT|10|')]);
    const s10 = at(similar, 'VT|Journal VT|10|');
    expect(splitFecParts(sb, 2, (s10 + 5.5) / sb.length).map((p) => p.start)).toEqual([0, at(similar, 'BQ|Journal BQ|10|')]);
  });

  it('reads lines of two fields, and CRLF line ends, and a BOM', () => {
    const short = [HEADER, 'VT|J|1', 'VT|J|1', 'VT|J|2', 'VT|J|2', 'VT|J|3'].join('\r\n');
    const sb = enc(short);
    expect(splitFecParts(sb, 2, 0).map((p) => p.start)).toEqual([0, at(short, 'VT|J|2')]);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...sb]);
    expect(splitFecParts(bom, 2, 0).map((p) => p.start)).toEqual([0, 3 + at(short, 'VT|J|2')]);
    // the first target is the line after the header's first data line: a one-line first entry is not cut after
    const single = [HEADER, 'VT|J|1', 'VT|J|2', 'VT|J|2', 'VT|J|3'].join('\n');
    expect(splitFecParts(enc(single), 2, 0).map((p) => p.start)).toEqual([0, at(single, 'VT|J|3')]);
    // a target on the last line (no line break after it): no cut
    const last = enc(single);
    expect(splitFecParts(last, 2, (last.length - 2.5) / last.length)).toEqual([{ start: 0, end: last.length }]);
    // a shorter number after a longer one it starts with (10 → 1): a new entry
    const shorter = [HEADER, 'VT|J|10', 'VT|J|10', 'VT|J|1', 'VT|J|1'].join('\n');
    expect(splitFecParts(enc(shorter), 2, 0).map((p) => p.start)).toEqual([0, at(shorter, 'VT|J|1\n')]);
    // lines of four fields: the key is fields 0 and 2 only, whatever follows
    const four = [HEADER, 'VT|J|1|a', 'VT|J|1|b', 'VT|J|1|c', 'VT|J|2|a', 'VT|J|2|b'].join('\n');
    expect(splitFecParts(enc(four), 2, 0).map((p) => p.start)).toEqual([0, at(four, 'VT|J|2|a')]);
    // one-line entries after a cut: the next target starts past the cut's line
    const ones = [HEADER, 'VT|J|1', 'VT|J|1', ...Array.from({ length: 300 }, () => 'VT|J|2'), 'VT|J|4', 'VT|J|5', 'VT|J|6', 'VT|J|7'].join('\n');
    expect(splitFecParts(enc(ones), 3).map((p) => p.start)).toEqual([0, at(ones, 'VT|J|4'), at(ones, 'VT|J|6')]);
    // a broken line after a usable one: no cut right after the broken line
    const after = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), 'VT|Journal VT', ...entry('VT', '3'), ...entry('VT', '4')].join('\n');
    const ab = enc(after);
    expect(splitFecParts(ab, 2, (at(after, 'VT|Journal VT|2|') + 5.5) / ab.length).map((p) => p.start)).toEqual([0, at(after, 'VT|Journal VT|4|')]);
    // an entry whose lines differ in JournalLib only: one entry (the key is JournalCode and EcritureNum)
    const libs = [HEADER, ...entry('VT', '1'), ...entry('VT', '2').map((l, k) => (k === 1 ? l.replace('Journal VT', 'Journal VX') : l)), ...entry('VT', '3'), ...entry('VT', '4')].join('\n');
    const lb = enc(libs);
    // the target inside entry 1's second line: the lines read are entry 2's, then entry 3's first
    const target = at(libs, 'VT|Journal VT|1|') + enc(entry('VT', '1')[0]!).length + 6;
    expect(splitFecParts(lb, 2, (target + 0.5) / lb.length).map((p) => p.start)).toEqual([0, at(libs, 'VT|Journal VT|3|')]);
    // lines of one field: too few, never a cut
    const one = [HEADER, 'VT', 'VT', 'BQ', 'BQ', 'OD'].join('\n');
    expect(splitFecParts(enc(one), 2, 0)).toEqual([{ start: 0, end: enc(one).length }]);
  });

  it('gives the file whole for one part, no bytes, a header alone, a lone CR after the header, no separator', () => {
    expect(splitFecParts(bytes, 1)).toEqual([{ start: 0, end: n }]);
    expect(splitFecParts(bytes, 0)).toEqual([{ start: 0, end: n }]);
    expect(splitFecParts(new Uint8Array(0), 3)).toEqual([{ start: 0, end: 0 }]);
    expect(splitFecParts(enc(HEADER), 3)).toEqual([{ start: 0, end: HEADER.length }]);
    const cr = enc(`${HEADER}\r${lines.slice(1).join('\n')}`);
    expect(splitFecParts(cr, 3)).toEqual([{ start: 0, end: cr.length }]);
    const crlf = enc(`${HEADER}\r\n${lines.slice(1).join('\n')}`);
    expect(splitFecParts(crlf, 3)).toHaveLength(3);
    const nosep = enc(['a b c', ...lines.slice(1)].join('\n'));
    expect(splitFecParts(nosep, 3)).toEqual([{ start: 0, end: nosep.length }]);
  });

  it('gives up a cut after 100,000 lines without an entry boundary', () => {
    // the target is the first line: 99,999 more lines of entry A, then B starts (a cut); one more line of A: none
    const file = (more: number): Uint8Array => enc([HEADER, ...Array.from({ length: 1 + more }, () => 'VT|J|A'), 'VT|J|B', 'VT|J|B'].join('\n'));
    const near = file(99_999);
    expect(splitFecParts(near, 2, 0)).toEqual([{ start: 0, end: near.length - 13 }, { start: near.length - 13, end: near.length }]);
    const far = file(100_000);
    expect(splitFecParts(far, 2, 0)).toEqual([{ start: 0, end: far.length }]);
  });
});

describe('mergeFecParts', () => {
  it('merges what only a later part carries: lettering, foreign amounts, entry labels, and issues on the file lines', () => {
    const first = [...entry('VT', '1'), ...entry('VT', '2')];
    const later = [
      'VT|Journal VT|3|20240316|411000|Clients|C1|Dupont|P3|20240316|Vente 3|12,00|0,00|A|20240320|20240316|13,5|USD',
      'VT|Journal VT|3|20240316|706000|Ventes|||P3|20240316|Ligne|0,00|12,00|||20240316||',
      'VT|Journal VT|3|20240316|445710|TVA|||P3|20240316|Vente 3|0,00|0,00|||20240316||',
      '',
      'BQ|Banque|4|20240317|512000|Banque|||R4|20240317|Reglement|12,00|0,00|||20240317|-2|GBP',
      'BQ|Banque|4|20240317|411000|Clients|C1|Dupont|R4|20240317|Reglement|0,00|12,00|A|20240320|20240317||',
    ];
    const text = [HEADER, ...first, ...later].join('\n');
    const bytes = enc(text);
    const cut = at(text, 'VT|Journal VT|3|');
    const parts = scanParts(bytes, [{ start: 0, end: cut }, { start: cut, end: bytes.length }]);
    expect(parts[0]!.entLetter).toBeNull();
    const whole = scanFec(bytes, false, OPTIONS);
    const merged = mergeFecParts(parts, 1000)!;
    expect(plain(merged)).toEqual(plain(whole));
    expect(merged.issues.map((i) => [i.code, i.line])).toEqual(whole.issues.map((i) => [i.code, i.line]));
    expect(merged.issues.some((i) => i.line === 8)).toBe(true);
    expect(merged.currencies).toEqual(['USD', 'GBP']);
    expect(merged.entForeign).toEqual(whole.entForeign);
  });

  it('remaps a later part’s tables onto the first part’s (labels, lettering, currencies, auxiliaries met before)', () => {
    const line = (num: string, account: string, aux: string, label: string, d: string, c: string, letter: string, cur: string): string =>
      `VT|Ventes|${num}|20240315|${account}|Compte ${account}|${aux}|${aux === '' ? '' : `Tiers ${aux}`}|P${num}|20240315|${label}|${d}|${c}|${letter}|${letter === '' ? '' : '20240320'}|20240315|${cur === '' ? '' : '1'}|${cur}`;
    const text = [
      HEADER,
      line('1', '411000', 'C1', 'L1', '5,00', '0,00', 'A', 'USD'),
      line('1', '706000', '', 'L2', '0,00', '5,00', 'B', 'GBP'),
      line('2', '411000', 'C2', 'L2', '5,00', '0,00', 'B', 'GBP'),
      line('2', '706000', 'C1', 'L1', '0,00', '5,00', 'A', 'USD'),
      line('2', '401000', 'C3', 'L3', '0,00', '0,00', 'C', 'CHF'),
    ].join('\n');
    const bytes = enc(text);
    const cut = at(text, 'VT|Ventes|2|');
    const merged = mergeFecParts(scanParts(bytes, [{ start: 0, end: cut }, { start: cut, end: bytes.length }]), 1000)!;
    const whole = scanFec(bytes, false, OPTIONS);
    expect(plain(merged)).toEqual(plain(whole));
    expect([...merged.entAux]).toEqual([...whole.entAux]);
    expect([...merged.entLabel!]).toEqual([...whole.entLabel!]);
    expect([...merged.entLetter!]).toEqual([...whole.entLetter!]);
    expect([...merged.entCurrency!]).toEqual([...whole.entCurrency!]);
  });

  it('merges the sources of a BNC cash FEC cut in parts', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/fec/valid/bnc-cash-22-columns.txt', import.meta.url)));
    const parts = splitFecParts(bytes, 3);
    expect(parts.length).toBeGreaterThan(1);
    const merged = mergeFecParts(scanParts(bytes, parts), 1000)!;
    const whole = scanFec(bytes, false, OPTIONS);
    expect(whole.txSource).not.toBeNull();
    expect(plain(merged)).toEqual(plain(whole));
  });

  it('lists the first issues of each code, then one line counting the rest, past the cap across parts', () => {
    const rows = [HEADER];
    for (let k = 1; k <= 6; k++) rows.push(...entry('VT', String(k)), `VT|Journal VT|${k}|20240315|471000|Attente|||P${k}|20240315|Vente ${k}|0,00|0,00|||20240315||`);
    const text = `${rows.join('\n')}\n`;
    const bytes = enc(text);
    const parts = splitFecParts(bytes, 3);
    expect(parts).toHaveLength(3);
    for (const cap of [0, 1, 2, 4, 6, 7]) {
      const options = { ...OPTIONS, maxIssues: cap };
      const merged = mergeFecParts(scanParts(bytes, parts, options), cap)!;
      const whole = scanFec(bytes, false, options);
      expect(merged.issues, `cap ${cap}`).toEqual(whole.issues);
    }
    const merged = mergeFecParts(scanParts(bytes, parts, { ...OPTIONS, maxIssues: 2 }), 2)!;
    expect(merged.issues.map((i) => [i.code, i.line])).toEqual([
      ['fec_trailing_newline', 0],
      ['fec_zero_line', 0],
      ['fec_zero_line', 4],
      ['fec_zero_line', 7],
    ]);
    expect(merged.issues[1]!.message).toBe(scanFec(bytes, false, { ...OPTIONS, maxIssues: 2 }).issues[1]!.message);
  });

  it('reports a span of dates over a year as the whole scan does, whichever part holds the ends', () => {
    const text = [HEADER, ...entry('VT', '1', 10, '20240101'), ...entry('VT', '2', 10, '20240615'), ...entry('VT', '3', 10, '20250101'), ...entry('VT', '4', 10, '20240301')].join('\n');
    const bytes = enc(text);
    const whole = scanFec(bytes, false, OPTIONS);
    expect(whole.issues.map((i) => i.code)).toContain('fec_date_outside_year');
    for (const count of [2, 3, 4]) {
      const merged = mergeFecParts(scanParts(bytes, splitFecParts(bytes, count)), 1000)!;
      expect(merged.issues).toEqual(whole.issues);
    }
    // within a year (the last day included): none
    const year = enc([HEADER, ...entry('VT', '1', 10, '20240101'), ...entry('VT', '2', 10, '20241231')].join('\n'));
    const cut = at(new TextDecoder().decode(year), 'VT|Journal VT|2|');
    const ok = mergeFecParts(scanParts(year, [{ start: 0, end: cut }, { start: cut, end: year.length }]), 1000)!;
    expect(ok.issues.map((i) => i.code)).not.toContain('fec_date_outside_year');
    const over = enc([HEADER, ...entry('VT', '1', 10, '20240101'), ...entry('VT', '2', 10, '20250101')].join('\n'));
    const cut2 = at(new TextDecoder().decode(over), 'VT|Journal VT|2|');
    const late = mergeFecParts(scanParts(over, [{ start: 0, end: cut2 }, { start: cut2, end: over.length }]), 1000)!;
    expect(late.issues).toEqual(scanFec(over, false, OPTIONS).issues);
    expect(late.issues.find((i) => i.code === 'fec_date_outside_year')?.line).toBe(0);
  });

  it('says to read the file whole for no part, or an entry number of the first part met again two parts later', () => {
    expect(mergeFecParts([], 1000)).toBeUndefined();
    const text = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), ...entry('VT', '3'), ...entry('BQ', '1')].join('\n');
    const bytes = enc(text);
    const cuts = [0, at(text, 'VT|Journal VT|2|'), at(text, 'VT|Journal VT|3|'), bytes.length];
    // BQ 1 in the third part is renamed (VT 1 is in the first)
    const parts = scanParts(bytes, [0, 1, 2].map((k) => ({ start: cuts[k]!, end: cuts[k + 1]! })));
    expect(mergeFecParts(parts, 1000)).toBeUndefined();
    expect(mergeFecParts(scanParts(bytes, [{ start: 0, end: cuts[2]! }, { start: cuts[2]!, end: bytes.length }]), 1000)).toBeUndefined();
    expect(plain(mergeFecParts(scanParts(bytes, [{ start: 0, end: cuts[1]! }, { start: cuts[1]!, end: cuts[2]! }]), 1000))?.txId).toEqual(['1', '2']);
    const three = [0, at(text, 'VT|Journal VT|2|'), at(text, 'VT|Journal VT|3|'), at(text, 'BQ|Journal BQ|1|'), bytes.length];
    const four = scanParts(bytes, [0, 1, 2, 3].map((k) => ({ start: three[k]!, end: three[k + 1]! })));
    expect(mergeFecParts(four, 1000)).toBeUndefined();
    // the same number in the second and the fourth part
    const text2 = [HEADER, ...entry('VT', '1'), ...entry('VT', '2'), ...entry('VT', '3'), ...entry('BQ', '2')].join('\n');
    const b2 = enc(text2);
    const c2 = [0, at(text2, 'VT|Journal VT|2|'), at(text2, 'VT|Journal VT|3|'), at(text2, 'BQ|Journal BQ|2|'), b2.length];
    expect(mergeFecParts(scanParts(b2, [0, 1, 2, 3].map((k) => ({ start: c2[k]!, end: c2[k + 1]! }))), 1000)).toBeUndefined();
    // each part alone is fine: merged three by three without the repeated one
    expect(mergeFecParts(scanParts(b2, [0, 1, 2].map((k) => ({ start: c2[k]!, end: c2[k + 1]! }))), 1000)).toBeDefined();
  });

  it('merges parts copied from worker threads (unfrozen) into frozen tables, as the whole scan makes them', () => {
    const text = [HEADER, ...entry('VT', '1'), 'VT|Journal VT|2|20240315|411000|Clients|C1|Dupont|P2|20240315|Vente|3,00|0,00|||20240315||', 'VT|Journal VT|2|20240315|706000|Ventes|||P2|20240315|Vente|0,00|3,00|||20240315||', 'BQ|Banque|3|20240316|411000|Clients|C1|Dupont|R3|20240316|Reglement|0,00|3,00|||20240316||', 'BQ|Banque|3|20240316|512000|Banque|||R3|20240316|Reglement|3,00|0,00|||20240316||'].join('\n');
    const bytes = enc(text);
    const parts = [0, at(text, 'VT|Journal VT|2|'), at(text, 'BQ|Banque|3|'), bytes.length].slice(0, 3).map((s, k, a) => ({ start: s, end: a[k + 1] ?? bytes.length }));
    const copies = parts.map((p, k) => (k === 0 ? scanFec(bytes, false, OPTIONS, p) : withTextStrings(structuredClone(scanFec(bytes, false, OPTIONS, { ...p, rawStrings: true })))));
    expect(Object.isFrozen(copies[2]!.journals[0])).toBe(false);
    const merged = mergeFecParts(copies, 1000)!;
    const whole = scanFec(bytes, false, OPTIONS);
    expect(plain(merged)).toEqual(plain(whole));
    expect(merged.journals.every((j) => Object.isFrozen(j))).toBe(true);
    expect(merged.auxiliaries.every((a) => Object.isFrozen(a) && Object.isFrozen(a.account))).toBe(true);
    expect(merged.auxiliaries).toEqual([{ account: { number: 'C1', name: 'Dupont' }, numberId: 0 }]);
  });

  it('withTextStrings leaves a part without deferred strings as it is, and decodes the chunks of one', () => {
    const bytes = enc([HEADER, ...entry('VT', '1')].join('\n'));
    const scan = scanFec(bytes, false, OPTIONS, { start: 0, end: bytes.length });
    expect(withTextStrings(scan)).toBe(scan);
    const raw = scanFec(bytes, false, OPTIONS, { start: 0, end: bytes.length, rawStrings: true });
    const texts = withTextStrings(raw);
    expect(texts.deferred!.ids.every((c) => typeof c === 'string')).toBe(true);
    const { txId, txPieceRef, txLabel } = fecStrings(texts);
    expect({ txId, txPieceRef, txLabel }).toEqual({ txId: scan.txId, txPieceRef: scan.txPieceRef, txLabel: scan.txLabel });
    expect(txId).toEqual(['1']);
    expect(withTextStrings(texts).deferred!.ids).toEqual(texts.deferred!.ids);
  });
});
