// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountingError,
  bookTransaction,
  bookTransactions,
  createBook,
  createTransaction,
  formats,
  journal,
  post,
  reverseTransaction,
  safeCreateTransaction,
  validate,
  validateFec,
  type Transaction,
} from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { novemberInput, payment, sale, saleInput } from './_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

const codes = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (err instanceof AccountingError) return err.issues.map((i) => i.code);
    throw err;
  }
  return [];
};

const invoice = {
  type: 'invoice',
  id: 'inv-1',
  kind: 'final',
  status: 'issued',
  number: 'FA2024-0001',
  date: '2024-10-15',
  customer: { id: 'C0001', name: 'DUPONT Jean' },
  pricesIncludeTax: true,
  lines: [{ label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }],
};

const draft = createTransaction({ ...novemberInput, validatedOn: null });

describe('draft entries', () => {
  it('createTransaction takes validatedOn: null for a draft; the default stays the entry date', () => {
    expect(draft.validatedOn).toBeNull();
    expect(sale.validatedOn).toBe('2024-10-15');
    expect(createTransaction({ ...saleInput, validatedOn: '2024-10-20' }).validatedOn).toBe('2024-10-20');
  });

  it('post validates generated entries on their own date, or posts drafts with { draft: true }', () => {
    expect(post([invoice], vatOnInvoice).transactions.map((t) => t.validatedOn)).toEqual(['2024-10-15']);
    expect(post([invoice], vatOnInvoice, { draft: true }).transactions.map((t) => t.validatedOn)).toEqual([null]);
    expect(codes(() => post([invoice], vatOnInvoice, { draft: 'yes' as never }))).toEqual(['invalid_option']);
  });

  it('a Book keeps drafts, and gives them back as null', () => {
    const book = createBook([sale, draft]);
    expect(bookTransaction(book, 1).validatedOn).toBeNull();
    expect([...journal(book)].filter((l) => l.transactionId === 'VT000002').map((l) => l.validatedOn)).toEqual([null, null, null]);
    const grouped = [...journal(book, { grouping: 'by-account-and-day' })];
    expect(grouped.filter((l) => l.date === '2024-11-03').every((l) => l.validatedOn === null)).toBe(true);
    expect(grouped.filter((l) => l.date === '2024-10-15').every((l) => l.validatedOn === '2024-10-15')).toBe(true);
  });
});

describe('validate', () => {
  it('validates the drafts dated up to `through` on `on`, leaves the others', () => {
    const later = createTransaction({ ...novemberInput, id: 'VT000003', date: '2024-12-02', validatedOn: null });
    const book = createBook([sale, draft, later]);
    const v = validate(book, { through: '2024-11-30', on: '2024-12-05' });
    expect([...bookTransactions(v)].map((t) => [t.id, t.validatedOn])).toEqual([
      ['VT000001', '2024-10-15'],
      ['VT000002', '2024-12-05'],
      ['VT000003', null],
    ]);
    // the input is not changed
    expect(bookTransaction(book, 1).validatedOn).toBeNull();
  });

  it('refuses to validate a draft before its date (invalid_date), and bad dates', () => {
    const book = createBook([draft]);
    expect(codes(() => validate(book, { through: '2024-11-30', on: '2024-11-01' }))).toEqual(['invalid_date']);
    expect(codes(() => validate(book, { through: '2024-11-31', on: '2024-12-01' }))).toEqual(['invalid_date']);
  });

  it('the validation date is the FEC ValidDate', () => {
    const book = validate(createBook([sale, payment, draft]), { through: '2024-11-30', on: '2024-12-05' });
    const lines = formats.fec.serialize(book).split('\r\n');
    expect(lines.filter((l) => l.includes('VT000002')).map((l) => l.split('|')[15])).toEqual(['20241205', '20241205', '20241205']);
    expect(validateFec(formats.fec.serialize(book)).valid).toBe(true);
  });

  describe('properties', () => {
    it('validating twice is validating once, and validated entries never change date', () => {
      fc.assert(
        fc.property(transactionsArbitrary({ maxLength: 15, opening: false }), fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }), (txs, drafts) => {
          const list: Transaction[] = txs.map((t, i) => (drafts[i] ? createTransaction({ ...JSON.parse(JSON.stringify(t)), validatedOn: null }) : t));
          const book = createBook(list);
          const once = validate(book, { through: '2024-06-30', on: '2025-01-10' });
          const twice = validate(once, { through: '2024-06-30', on: '2025-01-10' });
          const a = [...bookTransactions(once)];
          const b = [...bookTransactions(twice)];
          return a.every((t, i) => t.validatedOn === b[i]!.validatedOn) && a.every((t, i) => (list[i]!.validatedOn === null ? t.validatedOn === (t.date <= '2024-06-30' ? '2025-01-10' : null) : t.validatedOn === list[i]!.validatedOn));
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe('the FEC writer and drafts', () => {
  it('refuses drafts (unvalidated_entries, listing them)', () => {
    const book = createBook([sale, draft]);
    try {
      formats.fec.serialize(book);
      expect.unreachable();
    } catch (err) {
      expect((err as AccountingError).issues.map((i) => i.code)).toEqual(['unvalidated_entries']);
      expect((err as AccountingError).issues[0]!.message).toMatchInlineSnapshot(`"1 draft entry has no validation date (ValidDate): VT000002 (2024-11-03). A FEC lists validated entries: validate them first (validate(book, { through, on })), or pass { drafts: 'entry-date' } for an interim export dated on the entry dates."`);
    }
  });

  it("writes each draft's entry date as ValidDate with { drafts: 'entry-date' }", () => {
    const text = formats.fec.serialize(createBook([sale, draft]), { drafts: 'entry-date' });
    expect(text.split('\r\n').filter((l) => l.includes('VT000002')).map((l) => l.split('|')[15])).toEqual(['20241103', '20241103', '20241103']);
    expect(codes(() => formats.fec.serialize(createBook([draft]), { drafts: 'maybe' as never }))).toEqual(['invalid_option']);
  });

  it('drafts outside the fiscal year written do not matter', () => {
    const nextYear = createTransaction({ ...novemberInput, id: 'VT000009', date: '2025-01-03', validatedOn: null });
    expect(() => formats.fec.serialize(createBook([sale, nextYear]), { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } })).not.toThrow();
  });

  it('validateFec keeps reporting an empty ValidDate as an error', () => {
    const text = formats.fec.serialize(createBook([sale]));
    const emptied = text
      .split('\r\n')
      .map((l, i) => (i === 0 ? l : l.split('|').map((f, k) => (k === 15 ? '' : f)).join('|')))
      .join('\r\n');
    const r = validateFec(emptied);
    expect(r.valid).toBe(false);
    expect(r.issues.some((i) => i.severity === 'error' && i.message.includes('ValidDate'))).toBe(true);
  });
});

describe('reversal of a draft', () => {
  it('is validated on its own date', () => {
    expect(reverseTransaction(draft, { date: '2024-11-20' }).validatedOn).toBe('2024-11-20');
    expect(safeCreateTransaction({ ...saleInput, validatedOn: 12 }).success).toBe(false);
  });
});
