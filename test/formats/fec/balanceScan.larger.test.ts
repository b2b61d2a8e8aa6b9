// The balance scan on larger files (its tables past their first sizes) and the property of parts cut at any entry
// boundary: apart from balanceScan.edges.test.ts so that a mutation run can leave these slower tests out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFecBook, toDayNumber, type Book, type IsoDate } from '../../../src/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { balanceBook, balanceScan, type BalanceScanOptions } from '../../../src/formats/fec/_lib/balanceScan.js';
import { outcome, periodOf } from './_balance.js';

type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const BASE: Fields = { JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: 'VT1', EcritureDate: '20240315', CompteNum: '411000', CompteLib: 'Clients', PieceRef: 'P1', PieceDate: '20240315', EcritureLib: 'Vente', Debit: '0,00', Credit: '0,00', ValidDate: '20240320' };
const HEADER = FEC_COLUMNS.join('|');
const row = (fields: Fields): string => FEC_COLUMNS.map((n) => ({ ...BASE, ...fields })[n] ?? '').join('|');
const file = (rows: ReadonlyArray<Fields>, eol = '\n'): string => [HEADER, ...rows.map(row)].join(eol);
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const day = (iso: string): number => toDayNumber(iso as IsoDate);
const NO_PERIOD: BalanceScanOptions = { openingJournals: ['AN', 'OUV'] };
const sale = (num: string, amount: number): Fields[] => [
  { EcritureNum: num, Debit: `${amount},00` },
  { EcritureNum: num, CompteNum: '706000', CompteLib: 'Ventes', Credit: `${amount},00` },
];
function expectRead(text: string): void {
  const bytes = bytesOf(text);
  const part = balanceScan(bytes, NO_PERIOD);
  expect(part.ok).toBe(true);
  const book = balanceBook([part], NO_PERIOD)!;
  const expected = parseFecBook(bytes);
  for (const level of ['general', 'auxiliary'] as const) expect(outcome(book, NO_PERIOD, level)).toEqual(outcome(expected, NO_PERIOD, level));
}

describe('balanceScan: larger files', () => {
  it('grows its tables past their first sizes (300 accounts, 1,100 auxiliary accounts and ledgers, 2,100 entries)', () => {
    const rows: Fields[] = [];
    const cents = (k: number): number => 100 * (1 + (k % 7));
    for (let k = 0; k < 2100; k++) {
      const aux = k < 1100 ? { CompAuxNum: `C${k}`, CompAuxLib: `Client ${k}` } : {};
      rows.push({ EcritureNum: `E${k}`, Debit: `${1 + (k % 7)},00`, ...aux }, { EcritureNum: `E${k}`, CompteNum: `${706000 + (k % 300)}`, CompteLib: `Ventes ${k % 300}`, Credit: `${1 + (k % 7)},00` });
    }
    const part = balanceScan(bytesOf(file(rows)), NO_PERIOD);
    // the tables, in order of first line with an amount: 411000 with C0, 706000, C1, 706001…, then 411000 alone
    expect(part.records).toBe(4200);
    expect(part.accounts).toEqual(['411000', ...Array.from({ length: 300 }, (_, k) => `${706000 + k}`)]);
    expect(part.accountLabels.slice(0, 3)).toEqual(['Clients', 'Ventes 0', 'Ventes 1']);
    expect(part.auxNumbers).toEqual(Array.from({ length: 1100 }, (_, k) => `C${k}`));
    expect(part.auxNames[1099]).toBe('Client 1099');
    const ledgers = part.ledgerAccount.length;
    expect(ledgers).toBe(1401);
    expect(part.ledgerAux).toHaveLength(1401);
    expect(part.keys).toHaveLength(2100);
    expect(new Set(part.keys).size).toBe(2100);
    // Σ per ledger (class 3, movements): C_k on 411000 gets entry k's debit; 706000 + a gets the credits of k ≡ a (mod 300)
    const debit = new Map<string, number>();
    const credit = new Map<string, number>();
    for (let k = 0; k < 2100; k++) {
      const d = k < 1100 ? `0:${k}` : '0:-1';
      debit.set(d, (debit.get(d) ?? 0) + cents(k));
      const c = `${1 + (k % 300)}:-1`;
      credit.set(c, (credit.get(c) ?? 0) + cents(k));
    }
    for (let l = 0; l < ledgers; l++) {
      const key = `${part.ledgerAccount[l]}:${part.ledgerAux[l]}`;
      expect([part.debit[l * 5 + 3], part.credit[l * 5 + 3]], key).toEqual([debit.get(key) ?? 0, credit.get(key) ?? 0]);
    }
    expect(debit.size + credit.size).toBe(1401);
    const sum = [...debit.values()].reduce((x, y) => x + y, 0);
    expect(part.absoluteTotal).toBe(2 * sum);
    expect(balanceBook([part], NO_PERIOD)!.absoluteTotal).toBe(2 * sum);
  });

  it('grows its tables when the first accounts have no amount (zero lines only)', () => {
    const rows: Fields[] = [];
    for (let k = 0; k < 300; k++) rows.push({ EcritureNum: 'Z1', CompteNum: `${600000 + k}`, CompteLib: 'Zéro' });
    rows.push(...sale('Z1', 1));
    expectRead(file(rows));
    const part = balanceScan(bytesOf(file(rows)), NO_PERIOD);
    expect(part.accounts).toEqual(['411000', '706000']);
    expect([...part.ledgerAccount]).toEqual([0, 1]);
  });
});

describe('properties', () => {
  const entries = fc.array(
    fc.record({
      journal: fc.constantFrom('VT', 'AN', 'BQ'),
      day: fc.integer({ min: 1, max: 28 }),
      lines: fc.array(fc.tuple(fc.constantFrom('411000', '706000', '512000', '445710'), fc.integer({ min: 0, max: 5000 }), fc.constantFrom('', 'C1', 'C2')), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 12 },
  );
  const fileOf = (es: ReadonlyArray<{ journal: string; day: number; lines: ReadonlyArray<readonly [string, number, string]> }>, eol: string): string => {
    const rows: Fields[] = [];
    es.forEach((e, k) => {
      const date = `202403${String(e.day).padStart(2, '0')}`;
      const head = { JournalCode: e.journal, JournalLib: `Journal ${e.journal}`, EcritureNum: `N${k}`, EcritureDate: date, PieceDate: date };
      let total = 0;
      for (const [account, cents, aux] of e.lines) {
        total += cents;
        rows.push({ ...head, CompteNum: account, CompteLib: `Compte ${account}`, CompAuxNum: aux, CompAuxLib: aux === '' ? '' : `Tiers ${aux}`, Debit: `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}` });
      }
      rows.push({ ...head, CompteNum: '471000', CompteLib: 'Contrepartie', Credit: `${Math.floor(total / 100)},${String(total % 100).padStart(2, '0')}` });
    });
    return file(rows, eol);
  };

  it('parts cut at any entry boundaries give the Book of one part (merge is the scan of the whole)', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 4 }), fc.option(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 28 })), { nil: undefined }), (es, eol, picks, p) => {
        const text = fileOf(es, eol);
        const bytes = bytesOf(text);
        const options: BalanceScanOptions = { openingJournals: ['AN'], ...(p ? { period: { from: day('2024-03-01') + p[0] - 1, to: day('2024-03-01') + p[0] - 1 + p[1] } } : {}) };
        // the entry starts after the header: the byte offsets of the lines whose EcritureNum changes
        const starts: number[] = [];
        let offset = 0;
        let previous = '';
        text.split(eol).forEach((l, k) => {
          const num = l.split('|')[2];
          if (k > 0 && num !== previous) starts.push(new TextEncoder().encode(text.slice(0, offset)).length);
          previous = num ?? '';
          offset += l.length + eol.length;
        });
        const cuts = [...new Set(picks.map((x) => starts[x % starts.length]!))].sort((a, b) => a - b).filter((c) => c > 0);
        const bounds = [0, ...cuts, bytes.length];
        const parts = bounds.slice(0, -1).map((s, k) => balanceScan(bytes, options, { start: s, end: bounds[k + 1]! }));
        expect(parts.every((x) => x.ok)).toBe(true);
        const whole = balanceBook([balanceScan(bytes, options)], options)!;
        expect(balanceBook(parts, options)).toEqual(whole);
        for (const level of ['general', 'auxiliary'] as const) expect(outcome(whole, options, level)).toEqual(outcome(parseFecBook(bytes), options, level));
      }),
      { numRuns: 15 },
    );
  });
});

