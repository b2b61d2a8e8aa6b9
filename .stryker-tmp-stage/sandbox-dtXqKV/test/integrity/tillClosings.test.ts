// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, defaultRules, tillClosingRecord, verifyTillClosings, type TillClosingRecord } from '../../src/index.js';

const codes = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (err instanceof AccountingError) return err.issues.map((i) => i.code);
    throw err;
  }
  return [];
};

/** A Z of `till` on `day` with tickets of the given unit prices (VAT 20 %, prices incl. tax). */
const z = (till: string, day: string, prices: ReadonlyArray<string>) => ({
  type: 'till-closing',
  id: `z-${till}-${day}`,
  till,
  day,
  tickets: prices.map((p, k) => ({
    id: `t${k + 1}`,
    lines: [{ label: 'Article', account: '707100', quantity: '1', unitPrice: p, vatRate: '20' }],
    payments: [{ method: 'cash', amount: p }],
  })),
});

/** Records closings in order, each register on its own last record. */
const record = (closings: ReadonlyArray<ReturnType<typeof z>>, key?: string): TillClosingRecord[] => {
  const last = new Map<string, TillClosingRecord>();
  return closings.map((c) => {
    const r = tillClosingRecord(c, { previous: last.get(c.till) ?? null, ...(key === undefined ? {} : { key }) });
    last.set(c.till, r);
    return r;
  });
};

describe('tillClosingRecord', () => {
  it('records the Z total, its VAT, the perpetual grand total per register, and chains the hash', () => {
    const z1 = z('CAISSE1', '2024-10-15', ['12.00', '3.00']);
    const r1 = tillClosingRecord(z1);
    expect(r1).toMatchObject({ version: 1, till: 'CAISSE1', closing: 'z-CAISSE1-2024-10-15', number: 'z-CAISSE1-2024-10-15', sequence: 1, tickets: 2, total: '15.00', vat: '2.50', grandTotal: '15.00', absoluteGrandTotal: '15.00', previousHash: null, algorithm: 'sha256' });
    expect(r1.hash).toMatch(/^[0-9a-f]{64}$/);
    const r2 = tillClosingRecord(z('CAISSE1', '2024-10-16', ['6.00']), { previous: r1 });
    expect(r2).toMatchObject({ sequence: 2, total: '6.00', grandTotal: '21.00', previousHash: r1.hash });
    expect(JSON.parse(JSON.stringify(r2))).toEqual(r2);
  });

  it('does not mutate the closing or the previous record', () => {
    const c = z('CAISSE1', '2024-10-15', ['12.00']);
    const copy = JSON.parse(JSON.stringify(c));
    const r1 = tillClosingRecord(c);
    const r1copy = JSON.parse(JSON.stringify(r1));
    tillClosingRecord(z('CAISSE1', '2024-10-16', ['1.00']), { previous: r1 });
    expect(c).toEqual(copy);
    expect(r1).toEqual(r1copy);
  });

  it('takes an HMAC key: same figures, another hash, only recomputable with the key', () => {
    const c = z('CAISSE1', '2024-10-15', ['12.00']);
    const plain = tillClosingRecord(c);
    const keyed = tillClosingRecord(c, { key: 'secret' });
    expect(keyed.algorithm).toBe('hmac-sha256');
    expect(keyed.total).toBe(plain.total);
    expect(keyed.hash).not.toBe(plain.hash);
    expect(tillClosingRecord(c, { key: new TextEncoder().encode('secret') }).hash).toBe(keyed.hash);
    expect(verifyTillClosings([c], [keyed], { key: 'secret' })).toEqual({ ok: true, closings: 1 });
    expect(verifyTillClosings([c], [keyed], { key: 'other' })).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('bad input', () => {
    const r1 = tillClosingRecord(z('CAISSE1', '2024-10-15', ['12.00']));
    expect(codes(() => tillClosingRecord(z('CAISSE2', '2024-10-16', ['1.00']), { previous: r1 }))).toEqual(['till_closing_out_of_sequence']);
    expect(codes(() => tillClosingRecord(z('CAISSE1', '2024-10-14', ['1.00']), { previous: r1 }))).toEqual(['till_closing_out_of_sequence']);
    expect(codes(() => tillClosingRecord(z('CAISSE1', '2024-10-15', ['12.00']), { previous: r1 }))).toEqual(['till_closing_out_of_sequence']);
    expect(codes(() => tillClosingRecord(z('CAISSE1', '2024-10-16', ['1.00']), { previous: r1, key: 'k' }))).toEqual(['invalid_option']);
    expect(codes(() => tillClosingRecord({ type: 'till-closing' }))).toContain('invalid_input');
    expect(codes(() => tillClosingRecord(z('CAISSE1', '2024-10-16', ['1.00']), { previous: { ...r1, hash: 'x' } }))).toEqual(['invalid_input']);
  });
});

describe('verifyTillClosings', () => {
  const closings = [z('CAISSE1', '2024-10-15', ['12.00']), z('CAISSE2', '2024-10-15', ['4.00']), z('CAISSE1', '2024-10-16', ['6.00', '1.50']), z('CAISSE1', '2024-10-17', ['2.00'])];
  const records = record(closings);

  it('holds on an untouched trail, registers interleaved', () => {
    expect(verifyTillClosings(closings, records)).toEqual({ ok: true, closings: 4 });
    expect(records.map((r) => [r.till, r.sequence, r.grandTotal])).toEqual([
      ['CAISSE1', 1, '12.00'],
      ['CAISSE2', 1, '4.00'],
      ['CAISSE1', 2, '19.50'],
      ['CAISSE1', 3, '21.50'],
    ]);
  });

  it('detects a deleted closing, a deleted record, an edited closing, an unrecorded closing', () => {
    expect(verifyTillClosings(closings.filter((_, i) => i !== 2), records)).toMatchObject({ ok: false, reason: 'missing', closing: 'z-CAISSE1-2024-10-16', record: 2 });
    expect(verifyTillClosings(closings.filter((_, i) => i !== 2), records.filter((_, i) => i !== 2))).toMatchObject({ ok: false, reason: 'sequence', record: 2 });
    const edited = closings.map((c, i) => (i === 2 ? { ...c, tickets: c.tickets.slice(1) } : c));
    expect(verifyTillClosings(edited, records)).toMatchObject({ ok: false, reason: 'changed', closing: 'z-CAISSE1-2024-10-16' });
    const extra = z('CAISSE2', '2024-10-18', ['9.00']);
    expect(verifyTillClosings([...closings, extra], records)).toMatchObject({ ok: false, reason: 'unrecorded', closing: extra.id, record: -1 });
  });

  it('continues older trails from options.previous', () => {
    expect(verifyTillClosings(closings.slice(2), records.slice(2))).toMatchObject({ ok: false, reason: 'sequence', record: 0 });
    expect(verifyTillClosings(closings.slice(2), records.slice(2), { previous: [records[0]!, records[1]!] })).toEqual({ ok: true, closings: 2 });
    expect(codes(() => verifyTillClosings(closings, records, { previous: [records[0]!, records[2]!] }))).toEqual(['invalid_option']);
  });

  it('detects a replaced link (chain), a closing recorded twice, a closing edited into an invalid one', () => {
    const relinked = records.map((r, i) => (i === 2 ? { ...r, previousHash: records[1]!.hash } : r));
    expect(verifyTillClosings(closings, relinked)).toMatchObject({ ok: false, reason: 'chain', till: 'CAISSE1', closing: 'z-CAISSE1-2024-10-16', record: 2 });
    const first = records.map((r, i) => (i === 0 ? { ...r, previousHash: records[1]!.hash } : r));
    expect(verifyTillClosings(closings, first)).toMatchObject({ ok: false, reason: 'chain', record: 0, message: expect.stringContaining('nothing (it is the first)') });
    // CAISSE1's first closing recorded again after its second one.
    const z1 = closings[0]!;
    const again = tillClosingRecord({ ...z1, day: '2024-10-20' }, { previous: records[2]! });
    expect(verifyTillClosings([z1, closings[2]!], [records[0]!, records[2]!, again])).toMatchObject({ ok: false, reason: 'sequence', closing: z1.id, record: 2, message: expect.stringContaining('recorded twice') });
    const broken = closings.map((c, i) => (i === 1 ? { ...c, tickets: 'none' } : c));
    expect(verifyTillClosings(broken, records)).toMatchObject({ ok: false, reason: 'changed', till: 'CAISSE2', record: 1, message: expect.stringContaining('can no longer be recorded') });
  });

  it('takes the rules the records were made with', () => {
    expect(verifyTillClosings(closings, records, { rules: defaultRules() })).toEqual({ ok: true, closings: 4 });
  });

  it('refuses malformed records, closings and previous records', () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        if (err instanceof AccountingError) return [err.issues[0]!.code, err.issues[0]!.path];
        throw err;
      }
      return undefined;
    };
    expect(issue(() => verifyTillClosings(closings, 'records' as never))).toEqual(['invalid_input', ['records']]);
    expect(issue(() => verifyTillClosings([...closings, { type: 'till-closing', id: 'z-9' }], records))).toEqual(['invalid_input', ['closings']]);
    expect(issue(() => verifyTillClosings([null], []))).toEqual(['invalid_input', ['closings']]);
    expect(issue(() => verifyTillClosings(closings, records, { previous: records[0] as never }))).toEqual(['invalid_option', ['previous']]);
    expect(issue(() => verifyTillClosings(closings, records, { previous: [records[0]!, records[2]!] }))).toEqual(['invalid_option', ['previous', 1, 'till']]);
  });

  describe('properties', () => {
    const arb = fc.array(fc.record({ till: fc.constantFrom('C1', 'C2'), prices: fc.array(fc.integer({ min: 1, max: 99_999 }).map((m) => (m / 100).toFixed(2)), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 12 });
    const build = (spec: ReadonlyArray<{ till: string; prices: string[] }>) =>
      spec.map((s, i) => z(s.till, `2024-10-${String(i + 1).padStart(2, '0')}`, s.prices));

    it('the grand total of a register = the sum of its Z totals', () => {
      fc.assert(
        fc.property(arb, (spec) => {
          const cs = build(spec);
          const rs = record(cs);
          for (const till of ['C1', 'C2']) {
            const mine = rs.filter((r) => r.till === till);
            if (mine.length === 0) continue;
            const sum = mine.reduce((a, r) => a + BigInt(r.total.replace('.', '')), 0n);
            if (BigInt(mine[mine.length - 1]!.grandTotal.replace('.', '')) !== sum) return false;
          }
          return true;
        }),
      );
    });

    it('removing or editing any closing is detected; the untouched trail verifies', () => {
      fc.assert(
        fc.property(arb, fc.nat(), fc.boolean(), (spec, pick, remove) => {
          const cs = build(spec);
          const rs = record(cs);
          if (!verifyTillClosings(cs, rs).ok) return false;
          const k = pick % cs.length;
          const changed = remove ? cs.filter((_, i) => i !== k) : cs.map((c, i) => (i === k ? { ...c, day: c.day.replace('2024', '2023') } : c));
          return !verifyTillClosings(changed, rs).ok;
        }),
      );
    });
  });
});
