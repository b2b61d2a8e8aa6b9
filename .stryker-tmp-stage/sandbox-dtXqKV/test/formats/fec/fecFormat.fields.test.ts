// @ts-nocheck
// The fields the FEC writer writes: labels made safe (never quoted), identifiers refused when they hold a
// separator, the labels it falls back on, Montantdevise with its currency's decimals, EcritureLet/DateLet.
// Hand-written vectors.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createTransaction, formats, type EntryInput, type Transaction, type TransactionInput } from '../../../src/index.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { refusal } from '../../_errors.js';

const tx = (over: Partial<TransactionInput> = {}, first: Partial<EntryInput> = {}, second: Partial<EntryInput> = {}): Transaction =>
  createTransaction({
    id: 'VT1',
    journal: 'VT',
    date: '2024-03-15',
    piece: { ref: 'P1' },
    label: 'x',
    entries: [
      { account: '411000', debit: '1.00', ...first } as EntryInput,
      { account: '706000', credit: '1.00', ...second } as EntryInput,
    ],
    ...over,
  });

/** The fields of each line after the header. */
const rows = (text: string, sep = '|'): string[][] => text.split('\r\n').slice(1).map((l) => l.split(sep));

describe('formats.fec: labels', () => {
  it('writes a label holding no separator as it is, spaces included', () => {
    const [line] = rows(formats.fec.serialize([tx({ label: ' a  b ' }, { auxiliary: { number: 'C1', name: '  ' } })]));
    expect([line![6], line![7], line![10]]).toEqual(['C1', '  ', ' a  b ']);
  });

  it('writes "/" for a label left blank by its separators, spaces for the separators of any other', () => {
    const [a, b] = rows(formats.fec.serialize([tx({ label: ' |\r\n' }, { label: 'a|' })]));
    expect([a![10], b![10]]).toEqual(['a ', '/']);
  });

  it('writes a lone quote as it is, and the first quote of a label both starting and ending with one as an apostrophe', () => {
    const label = (l: string): string => rows(formats.fec.serialize([tx({ label: l })]))[0]![10]!;
    expect(label('"')).toBe('"');
    expect(label('""')).toBe(`'"`);
    expect(label('"a"')).toBe(`'a"`);
    expect(label('"a')).toBe('"a');
    expect(label('a"')).toBe('a"');
  });

  it('writes the journal label given in options.journals, or the code when none is known', () => {
    const zz = tx({ journal: 'ZZ' });
    expect(rows(formats.fec.serialize([zz]))[0]!.slice(0, 3)).toEqual(['ZZ', 'ZZ', 'VT1']);
    expect(rows(formats.fec.serialize([zz], { journals: [{ code: 'ZZ', label: 'Divers\tZZ', kind: 'general' }] }))[0]!.slice(0, 3)).toEqual(['ZZ', 'Divers ZZ', 'VT1']);
  });

  it("writes the entry's account label, else the chart's, else the account number", () => {
    const labels = (t: Transaction): string[] => rows(formats.fec.serialize([t])).map((l) => `${l[4]}:${l[5]}`);
    expect(labels(tx({}, { account: '999999' }, { accountLabel: 'Ventes|spéciales' }))).toEqual(['999999:999999', '706000:Ventes spéciales']);
    expect(labels(tx())).toEqual(['411000:Clients', '706000:Prestations de services']);
  });

  it("writes an entry's own label in place of the transaction's", () => {
    expect(rows(formats.fec.serialize([tx({ label: 'Vente' }, { label: 'Client|X' })])).map((l) => l[10])).toEqual(['Client X', 'Vente']);
  });
});

describe('formats.fec: identifiers holding a separator (separator_in_field)', () => {
  it('names the separator of the file and the identifier in its message', () => {
    expect(refusal(() => formats.fec.serialize([tx({}, { lettering: { code: 'A|B', date: '2024-03-16' } })]))).toEqual([
      'separator_in_field',
      'transactions.0.entries.0.lettering.code',
      'The lettering code "A|B" holds the separator "|" or a line break: a FEC has no escape, so it would be read as another lettering code; change it (or write with the other separator).',
    ]);
    expect(refusal(() => formats.fec.serialize([tx({}, {}, { lettering: { code: 'A\tB', date: '2024-03-16' } })], { separator: '\t' }))).toEqual([
      'separator_in_field',
      'transactions.0.entries.1.lettering.code',
      'The lettering code "A\\tB" holds the separator tab or a line break: a FEC has no escape, so it would be read as another lettering code; change it (or write with the other separator).',
    ]);
  });

  it("gives the path of the refused lettering code by the transaction's entries, whatever transaction it is in", () => {
    const txs = [tx(), tx({ id: 'VT2' }, {}, { lettering: { code: 'A|B', date: '2024-03-16' } })];
    expect(refusal(() => formats.fec.serialize(txs)).slice(0, 2)).toEqual(['separator_in_field', 'transactions.1.entries.1.lettering.code']);
  });

  it('names the transaction id, auxiliary account or currency code read from a TAB file that holds a "|"', () => {
    const H = 'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise';
    const file = (num: string, aux: string, currency: string): string =>
      [
        H,
        `VT\tVentes\t${num}\t20240315\t411000\tClients\t${aux}\t${aux === '' ? '' : 'DUPONT'}\tP1\t20240315\tx\t1,00\t0,00\t\t\t20240315\t${currency === '' ? '' : '1,00'}\t${currency}`,
        `VT\tVentes\t${num}\t20240315\t706000\tVentes\t\t\tP1\t20240315\tx\t0,00\t1,00\t\t\t20240315\t\t`,
      ].join('\r\n');
    expect(refusal(() => formats.fec.serialize(parseFec(file('VT|1', '', '')).transactions))).toEqual([
      'separator_in_field',
      'transactions.0.id',
      'The transaction id "VT|1" holds the separator "|" or a line break: a FEC has no escape, so it would be read as another transaction id; change it (or write with the other separator).',
    ]);
    expect(refusal(() => formats.fec.serialize(parseFec(file('VT1', 'C|1', '')).transactions))).toEqual([
      'separator_in_field',
      'auxiliaries.0',
      'The auxiliary account number "C|1" holds the separator "|" or a line break: a FEC has no escape, so it would be read as another auxiliary account number; change it (or write with the other separator).',
    ]);
    expect(refusal(() => formats.fec.serialize(parseFec(file('VT1', '', 'U|S')).transactions))).toEqual([
      'separator_in_field',
      'currencies.0',
      'The currency code "U|S" holds the separator "|" or a line break: a FEC has no escape, so it would be read as another currency code; change it (or write with the other separator).',
    ]);
    expect(rows(formats.fec.serialize(parseFec(file('VT1', '', 'U|S')).transactions, { separator: '\t' }), '\t')[0]!.slice(16)).toEqual(['1', 'U|S']);
  });

  it('refuses a carriage return or a line feed with either separator, and accepts the other separator', () => {
    for (const separator of ['|', '\t'] as const) {
      for (const code of ['A\rB', 'A\nB']) {
        expect(refusal(() => formats.fec.serialize([tx({}, { lettering: { code, date: '2024-03-16' } })], { separator })).slice(0, 2)).toEqual([
          'separator_in_field',
          'transactions.0.entries.0.lettering.code',
        ]);
      }
    }
    expect(rows(formats.fec.serialize([tx({}, { lettering: { code: 'A|B', date: '2024-03-16' } })], { separator: '\t' }), '\t')[0]!.slice(13, 15)).toEqual(['A|B', '20240316']);
    expect(rows(formats.fec.serialize([tx({}, { lettering: { code: 'A\tB', date: '2024-03-16' } })]))[0]!.slice(13, 15)).toEqual(['A\tB', '20240316']);
  });
});

describe('formats.fec: EcritureLet, DateLet, Montantdevise, Idevise', () => {
  const tail = (t: Transaction | Transaction[]): string[] => rows(formats.fec.serialize(Array.isArray(t) ? t : [t])).map((l) => l.slice(11).join('|'));

  it('writes the lettering and the foreign amount alone or together, debit or credit', () => {
    expect(
      tail(
        tx({
          entries: [
            { account: '411000', credit: '1.00', currency: { code: 'USD', amount: '-3' } },
            { account: '706000', debit: '1.00', currency: { code: 'USD', amount: '3' }, lettering: { code: 'AB', date: '2024-03-20' } },
          ],
        }),
      ),
    ).toEqual(['0,00|1,00|||20240315|-3,00|USD', '1,00|0,00|AB|20240320|20240315|3,00|USD']);
    expect(tail(tx({ validatedOn: '2024-03-18' }, { lettering: { code: 'Z9', date: '2024-03-31' } }))).toEqual(['1,00|0,00|Z9|20240331|20240318||', '0,00|1,00|||20240318||']);
  });

  it("writes a foreign amount with its currency's decimals: 0 (JPY), 2 (USD), 3 (TND)", () => {
    const fx = (code: string, a: string, b: string): string[] =>
      tail(tx({}, { currency: { code, amount: a } }, { currency: { code, amount: b } })).map((t) => t.split('|').slice(5).join('|'));
    expect(fx('JPY', '160', '1600')).toEqual(['160|JPY', '1600|JPY']);
    expect(fx('USD', '7', '130.5')).toEqual(['7,00|USD', '130,50|USD']);
    expect(fx('USD', '0.07', '130.50')).toEqual(['0,07|USD', '130,50|USD']);
    expect(fx('TND', '3.5', '3')).toEqual(['3,500|TND', '3,000|TND']);
    expect(fx('TND', '0.125', '12.34')).toEqual(['0,125|TND', '12,340|TND']);
  });

  it('writes back the amount of a currency it does not list as it was read', () => {
    const H = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
    const text = [
      H,
      'VT|Ventes|VT1|20240315|411000|Clients|||P1|20240315|x|1,00|0,00|||20240315|12,3|XYZ',
      'VT|Ventes|VT1|20240315|706000|Ventes|||P1|20240315|x|0,00|1,00|||20240315|12|XYZ',
    ].join('\r\n');
    expect(formats.fec.serialize(parseFec(text).transactions)).toBe(text);
  });
});

describe('formats.fec: refusals of the options and of the source', () => {
  it('says which separator and line ending it writes', () => {
    expect(refusal(() => formats.fec.serialize([], { separator: ';' as '|' }))).toEqual(['invalid_option', 'separator', 'A FEC separator is "|" or a tab, not ";".']);
    expect(refusal(() => formats.fec.serialize([], { lineEnding: '\r' as '\n' }))).toEqual(['invalid_option', 'lineEnding', 'lineEnding is "\\r\\n" or "\\n".']);
  });

  it('refuses the blank JournalCode of a cash-basis FEC, saying what to do', () => {
    const parsed = parseFec(new Uint8Array(readFileSync(new URL('../../fixtures/fec/valid/ba-cash-21-columns.txt', import.meta.url))));
    expect(refusal(() => formats.fec.serialize(parsed.transactions, { journals: parsed.journals }))).toEqual([
      'empty_id',
      'journals.0',
      'A transaction has a blank journal code (read from a cash-basis FEC, where JournalCode may be empty): a FEC of 18 columns requires one; give those transactions a journal (e.g. "OD") before writing.',
    ]);
  });

  it('names the file from the closing date, refusing a missing or unreal one at closingDate', () => {
    expect(refusal(() => formats.fec.fileName({ siren: '123456782' }))).toEqual([
      'invalid_option',
      'closingDate',
      'A FEC file name needs the closing date of the fiscal year (closingDate or period.to).',
    ]);
    expect(refusal(() => formats.fec.fileName({ siren: '123456782', closingDate: '2024-02-30' })).slice(0, 2)).toEqual(['invalid_date', 'closingDate.from']);
    expect(formats.fec.fileName({ siren: '123456782', closingDate: '2024-02-29' })).toBe('123456782FEC20240229.txt');
  });
});

describe('formats.fec: a long file', () => {
  it('writes every line whole across the 64 KiB chunks, in chunks or in one piece', () => {
    const txs = Array.from({ length: 700 }, (_, k) => tx({ id: `VT${String(k + 1).padStart(5, '0')}`, label: `Facture ${k + 1}` }));
    const line = (k: number, account: string, label: string, debit: string, credit: string): string =>
      `VT|Ventes|VT${String(k + 1).padStart(5, '0')}|20240315|${account}|${label}|||P1|20240315|Facture ${k + 1}|${debit}|${credit}|||20240315||`;
    const expected = [
      'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise',
      ...txs.flatMap((_, k) => [line(k, '411000', 'Clients', '1,00', '0,00'), line(k, '706000', 'Prestations de services', '0,00', '1,00')]),
    ].join('\r\n');
    expect(expected.length).toBeGreaterThan(2 * 64 * 1024);
    const chunks = [...formats.fec.chunks(txs)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(expected);
    expect(formats.fec.serialize(txs)).toBe(expected);
  });
});
