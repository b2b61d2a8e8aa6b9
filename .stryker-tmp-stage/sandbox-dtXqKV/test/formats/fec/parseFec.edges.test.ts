// @ts-nocheck
// parseFec beyond parseFec.test.ts: what `validate: true` passes to validateFec and keeps of the scan, the shape of
// each transaction (key order, frozen, lettering objects shared per code and date, foreign amounts, currency), and
// the fields of the result.
import { describe, expect, it } from 'vitest';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';

type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const BASE: Fields = { JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: 'VT1', EcritureDate: '20240315', CompteNum: '411000', CompteLib: 'Clients', PieceRef: 'P1', PieceDate: '20240314', EcritureLib: 'Vente', Debit: '0,00', Credit: '0,00', ValidDate: '20240316' };
const row = (fields: Fields): string => FEC_COLUMNS.map((n) => ({ ...BASE, ...fields })[n] ?? '').join('|');
const entry = (fields: Fields, amount = '10,00'): Fields[] => [{ ...fields, Debit: amount }, { CompteNum: '706000', CompteLib: 'Ventes', ...fields, Credit: amount }];
const file = (...rows: ReadonlyArray<Fields | ReadonlyArray<Fields>>): string => [FEC_COLUMNS.join('|'), ...rows.flat().map(row)].join('\n');
const found = (issues: ReadonlyArray<{ code: string; line: number; severity: string }>): string[] => issues.map((i) => `${i.code}@${i.line}:${i.severity}`);

describe('parseFec: validate', () => {
  it('passes the extra opening journals to validateFec, and none when the list is empty', () => {
    const text = file(entry({ JournalCode: 'RAN', JournalLib: 'Report', EcritureNum: 'R1' }));
    expect(found(parseFec(text, { validate: true, openingJournals: ['RAN'] }).issues)).toEqual(['fec_opening_on_income_account@3:warning']);
    expect(found(parseFec(text, { validate: true, openingJournals: [] }).issues)).toEqual([]);
    expect(found(parseFec(text, { validate: true }).issues)).toEqual([]);
  });

  it('passes maxIssuesPerRule to validateFec', () => {
    const text = file(entry({ EcritureNum: 'VT1' }), entry({ EcritureNum: 'VT3' }), entry({ EcritureNum: 'VT5' }), entry({ EcritureNum: 'VT7' }));
    expect(found(parseFec(text, { validate: true, maxIssuesPerRule: 1 }).issues)).toEqual(['fec_numbering_gap@0:warning', 'fec_numbering_gap@4:warning']);
    expect(found(parseFec(text, { validate: true }).issues)).toEqual(['fec_numbering_gap@4:warning', 'fec_numbering_gap@6:warning', 'fec_numbering_gap@8:warning']);
    expect(parseFec(text, { validate: true, maxBytes: 10_000 }).issues).toHaveLength(3);
  });

  it('keeps infos as infos, demotes errors and warnings to warnings, adds the parser\'s own issues and sorts them by line', () => {
    const text = file(
      entry({ JournalLib: 'VENTES' }),
      { EcritureNum: 'VT2', Debit: '5,00' }, { EcritureNum: 'VT2', CompteNum: '706000', CompteLib: 'Ventes', PieceRef: 'P2', Credit: '5,00' }, { EcritureNum: 'VT2', CompteNum: '445710', CompteLib: 'TVA' },
      entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'VT1', EcritureDate: '20250315', PieceDate: '20250315', ValidDate: '20250316' }),
      { EcritureNum: 'VT3', CompteNum: '445710', CompteLib: 'TVA' }, { EcritureNum: 'VT3', CompteNum: '706000', CompteLib: 'Ventes' },
    );
    const plain = parseFec(text);
    expect(found(plain.issues)).toEqual(['fec_entry_piece@5:warning', 'fec_zero_line@6:info', 'fec_renamed_entry@7:info', 'fec_date_outside_year@0:warning', 'fec_zero_line@9:info', 'fec_zero_line@10:info', 'fec_dropped_entry@9:info'].sort((a, b) => Number(a.split('@')[1]!.split(':')[0]) - Number(b.split('@')[1]!.split(':')[0])));
    const checked = parseFec(text, { validate: true });
    expect(found(checked.issues)).toEqual([
      'fec_date_outside_year@0:warning',
      'fec_label_consistency@4:warning',
      'fec_entry_piece@5:warning',
      'fec_zero_line@6:info',
      'fec_renamed_entry@7:info',
      'fec_valid_date_order@9:warning',
      'fec_zero_line@9:info',
      'fec_dropped_entry@9:info',
      'fec_zero_line@10:info',
    ]);
    expect(checked.issues.find((i) => i.code === 'fec_label_consistency')!.message).toBe('Journal VT is labelled "Ventes" here but "VENTES" on line 2: keep one label per journal throughout the file.');
    expect(Object.isFrozen(checked.issues) && Object.isFrozen(checked.issues[0])).toBe(true);
  });
});

describe('parseFec: the transactions', () => {
  it('builds each transaction with its keys in order, frozen, in the file\'s currency', () => {
    const parsed = parseFec(file(entry({ EcritureLib: 'Vente 1' })));
    const tx = parsed.transactions[0]!;
    expect(Object.keys(tx)).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'currency', 'entries']);
    expect(JSON.parse(JSON.stringify(tx))).toEqual({
      id: 'VT1',
      journal: 'VT',
      date: '2024-03-15',
      piece: { ref: 'P1', date: '2024-03-14' },
      label: 'Vente 1',
      validatedOn: '2024-03-16',
      currency: 'EUR',
      entries: [
        { account: '411000', debit: '10.00', accountLabel: 'Clients' },
        { account: '706000', credit: '10.00', accountLabel: 'Ventes' },
      ],
    });
    expect(Object.isFrozen(tx) && Object.isFrozen(tx.entries) && Object.isFrozen(tx.piece) && Object.isFrozen(parsed.transactions) && Object.isFrozen(parsed)).toBe(true);
    const opening = parseFec(file(entry({ JournalCode: 'AN', JournalLib: 'AN', EcritureNum: 'A1', CompteNum: '512000' })), { currency: 'TND' }).transactions[0]!;
    expect(Object.keys(opening)).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'type', 'currency', 'entries']);
    expect([opening.type, opening.currency, opening.entries[0]!.minor, opening.entries[0]!.amount.toFixed(3)]).toEqual(['opening', 'TND', 10000, '10.000']);
  });

  it('shares one lettering object per code and date, a new one when either differs', () => {
    const text = file(
      { CompAuxNum: 'C1', CompAuxLib: 'Dupont', EcritureLet: 'A', DateLet: '20240320', Debit: '10,00' }, { CompteNum: '512000', CompteLib: 'Banque', EcritureLet: 'A', DateLet: '20240320', Credit: '10,00' },
      { EcritureNum: 'VT2', EcritureLet: 'A', DateLet: '20240321', Debit: '1,00' }, { EcritureNum: 'VT2', CompteNum: '512000', CompteLib: 'Banque', EcritureLet: 'B', DateLet: '20240320', Credit: '1,00' },
      { EcritureNum: 'VT3', EcritureLet: 'B', DateLet: '19691231', Debit: '1,00' }, { EcritureNum: 'VT3', CompteNum: '512000', CompteLib: 'Banque', Credit: '1,00' },
    );
    const [t1, t2, t3] = parseFec(text).transactions;
    const [a, b] = t1!.entries;
    expect(a!.lettering).toEqual({ code: 'A', date: '2024-03-20' });
    expect(b!.lettering).toBe(a!.lettering);
    expect(Object.isFrozen(a!.lettering)).toBe(true);
    expect(t2!.entries.map((e) => e.lettering)).toEqual([{ code: 'A', date: '2024-03-21' }, { code: 'B', date: '2024-03-20' }]);
    expect(t3!.entries.map((e) => e.lettering ?? null)).toEqual([{ code: 'B', date: '1969-12-31' }, null]);
    expect(a!.auxiliary).toEqual({ number: 'C1', name: 'Dupont' });
    expect(b!.auxiliary).toBeUndefined();
  });

  it('keeps the foreign amount as written, as a Decimal, with its currency', () => {
    const parsed = parseFec(file({ Montantdevise: '12,345', Idevise: 'USD', Debit: '10,00' }, { CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }));
    const [a, b] = parsed.transactions[0]!.entries;
    expect(a!.currency!.code).toBe('USD');
    expect(a!.currency!.amount.toString()).toBe('12.345');
    expect(Object.isFrozen(a!.currency)).toBe(true);
    expect(b!.currency).toBeUndefined();
  });

  it('reads a credit line with a negative debit as a debit, the amount without its sign', () => {
    const parsed = parseFec(file({ Debit: '-10,00' }, { CompteNum: '706000', CompteLib: 'Ventes', Credit: '-10,00' }));
    expect(parsed.transactions[0]!.entries.map((e) => `${e.side} ${e.minor}`)).toEqual(['credit 1000', 'debit 1000']);
  });

  it('gives the layout, encoding, separator and line ending read', () => {
    const parsed = parseFec(`${file(entry({})).replace(/\n/g, '\r\n')}\r\n`);
    expect([parsed.encoding, parsed.separator, parsed.lineEnding, parsed.finalNewline, parsed.layout.variant, parsed.layout.amounts]).toEqual(['text', '|', '\r\n', true, 'standard', 'debit-credit']);
    expect(Object.keys(parsed)).toEqual(['transactions', 'issues', 'journals', 'encoding', 'separator', 'lineEnding', 'finalNewline', 'layout']);
  });
});

describe('parseFec: line labels and sources', () => {
  it('keeps a line label that differs from the entry label, the first one included', () => {
    const parsed = parseFec(file({ EcritureLib: 'Vente', Debit: '10,00' }, { CompteNum: '706000', CompteLib: 'Ventes', EcritureLib: 'Abonnement', Credit: '6,00' }, { CompteNum: '706100', CompteLib: 'Cours', EcritureLib: 'Cours', Credit: '4,00' }));
    expect(parsed.transactions[0]!.entries.map((e) => e.label ?? null)).toEqual([null, 'Abonnement', 'Cours']);
    const second = parseFec(file(entry({}), { EcritureNum: 'VT2', EcritureLib: 'Autre', Debit: '1,00' }, { EcritureNum: 'VT2', CompteNum: '706000', CompteLib: 'Ventes', EcritureLib: 'Ligne', Credit: '1,00' }));
    expect(second.transactions.map((t) => t.entries.map((e) => e.label ?? null))).toEqual([[null, null], [null, 'Ligne']]);
  });

  it('gives a cash-basis entry its source, and none to an entry without one', () => {
    const header = [...FEC_COLUMNS, 'DateRglt', 'ModeRglt', 'NatOp'];
    const line = (f: Record<string, string>) => header.map((c) => ({ ...BASE, ...f } as Record<string, string | undefined>)[c] ?? '').join('|');
    const text = [header.join('|'), line({ Debit: '5,00', DateRglt: '20240315', ModeRglt: 'CB' }), line({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '5,00', DateRglt: '20240315', ModeRglt: 'CB' }), line({ EcritureNum: 'VT2', Debit: '1,00', DateRglt: '20240315', ModeRglt: 'Virement' }), line({ EcritureNum: 'VT2', CompteNum: '706000', CompteLib: 'Ventes', Credit: '1,00', DateRglt: '20240315', ModeRglt: 'Virement' })].join('\n');
    expect(parseFec(text).transactions.map((t) => t.source ?? null)).toEqual([{ paymentMethod: 'CB' }, { paymentMethod: 'Virement' }]);
  });
});
