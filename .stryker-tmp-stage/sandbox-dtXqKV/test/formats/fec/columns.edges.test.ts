// @ts-nocheck
// How a FEC header's names are matched: exactly, loosely (case, accents, surrounding spaces: listed in
// looseNames), `Crédit` for `Credit` only, and the first mismatch reported. Hand-written vectors.
import { describe, expect, it } from 'vitest';
import { FEC_BNC_CASH_COLUMNS, FEC_COLUMNS, detectFecLayout, fecHeaderMismatch } from '../../../src/formats/fec/columns.js';

const withName = (index: number, name: string, base: ReadonlyArray<string> = FEC_COLUMNS): string[] => base.map((c, i) => (i === index ? name : c));

describe('detectFecLayout: loose names', () => {
  it('accepts a name that differs only by case, accents or surrounding spaces, and lists its position', () => {
    expect(detectFecLayout(withName(0, ' JournalCode '))?.looseNames).toEqual([0]);
    expect(detectFecLayout(withName(2, 'ÉcritureNum'))?.looseNames).toEqual([2]);
    expect(detectFecLayout(withName(4, 'COMPTENUM'))?.looseNames).toEqual([4]);
    expect(detectFecLayout(withName(4, 'Compte Num'))).toBeNull();
  });

  it('takes Crédit for Credit exactly, and only there', () => {
    expect(detectFecLayout(withName(12, 'Crédit'))?.looseNames).toEqual([]);
    expect(detectFecLayout(withName(11, 'Crédit'))).toBeNull();
    expect(fecHeaderMismatch(withName(11, 'Crédit'))).toEqual({ index: 11, expected: 'Debit', received: 'Crédit' });
    expect(fecHeaderMismatch(withName(12, 'Avoir'))).toEqual({ index: 12, expected: 'Credit', received: 'Avoir' });
    expect(fecHeaderMismatch(withName(12, 'Crédit'))).toBeNull();
  });

  it('lists a loose IdClient of a BNC cash-basis header', () => {
    const header = [...FEC_COLUMNS, ...FEC_BNC_CASH_COLUMNS.slice(0, 3), 'idclient'];
    expect(detectFecLayout(header)).toMatchObject({ variant: 'bnc-cash', mandatoryCount: 22, looseNames: [21], extraColumns: [] });
    expect(detectFecLayout([...FEC_COLUMNS, ...FEC_BNC_CASH_COLUMNS])).toMatchObject({ variant: 'bnc-cash', looseNames: [] });
    expect(detectFecLayout([...FEC_COLUMNS, 'daterglt', ...FEC_BNC_CASH_COLUMNS.slice(1)])).toMatchObject({ variant: 'bnc-cash', looseNames: [18] });
  });
});
