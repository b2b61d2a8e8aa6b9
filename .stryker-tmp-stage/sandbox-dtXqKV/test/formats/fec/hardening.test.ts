// @ts-nocheck
// Hardening: the FEC readers refuse arguments of the wrong type with typed errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formats, parseFec, parseFecBook, validateFec } from '../../../src/index.js';
import { codeAt as codeOf } from '../../_errors.js';

const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url)));

describe('FEC readers: arguments of the wrong type', () => {
  it.each([
    ['parseFec(x, null)', () => parseFec(bytes, null as never), 'invalid_option@'],
    ['parseFecBook(x, null)', () => parseFecBook(bytes, null as never), 'invalid_option@'],
    ['parseFecBook(x, { chart: {} })', () => parseFecBook(bytes, { chart: {} as never }), 'invalid_option@chart'],
    ['validateFec(null)', () => validateFec(null as never), 'invalid_input@'],
    ['validateFec(42)', () => validateFec(42 as never), 'invalid_input@'],
    ['validateFec(x, null)', () => validateFec(bytes, null as never), 'invalid_option@'],
    ['validateFec(x, { fileName: 42 })', () => validateFec(bytes, { fileName: 42 as never }), 'invalid_option@fileName'],
    ['validateFec(x, { fiscalYear: null })', () => validateFec(bytes, { fiscalYear: null as never }), 'invalid_option@fiscalYear'],
    ['validateFec(x, { openingJournals: "RAN" })', () => validateFec(bytes, { openingJournals: 'RAN' as never }), 'invalid_option@openingJournals'],
    ['parseFec(null)', () => parseFec(null as never), 'invalid_input@'],
  ])('%s is a typed error', (_, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });
});

describe('FEC round trips', () => {
  const H = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
  const foreign = (code: string): string =>
    [H, `VT|Ventes|1|20240315|411000|Clients|||P1|20240315|x|100,00|0,00|||20240315|3900,5|${code}`, `VT|Ventes|1|20240315|706000|Ventes|||P1|20240315|x|0,00|100,00|||20240315|3900,5|${code}`].join('\r\n');

  it('writes back an Idevise the library does not list (THB), as read: parse → serialize → parse is the identity', () => {
    const parsed = parseFec(foreign('THB'));
    const text = formats.fec.serialize(parsed.transactions, { journals: parsed.journals });
    expect(text).toBe(foreign('THB'));
    expect(validateFec(text).valid).toBe(true);
    expect(JSON.parse(JSON.stringify(parseFec(text).transactions))).toEqual(JSON.parse(JSON.stringify(parsed.transactions)));
  });

  it('refuses to write a blank JournalCode read from a cash-basis FEC (empty_id) instead of writing an invalid file', () => {
    const cash = new Uint8Array(readFileSync(new URL('../../fixtures/fec/valid/ba-cash-21-columns.txt', import.meta.url)));
    expect(validateFec(cash).valid).toBe(true);
    const parsed = parseFec(cash);
    expect(codeOf(() => formats.fec.serialize(parsed.transactions, { journals: parsed.journals }))).toBe('empty_id@journals.0');
  });

  it('writes the journal code as JournalLib when the label read was blank (a required field)', () => {
    const cash = new TextDecoder().decode(readFileSync(new URL('../../fixtures/fec/valid/ba-cash-21-columns.txt', import.meta.url))).replace(/\r?\n\|\|/g, (m) => m.replace('||', 'OD||'));
    const parsed = parseFec(cash);
    const text = formats.fec.serialize(parsed.transactions, { journals: parsed.journals });
    expect(text.split('\r\n')[1]!.startsWith('OD|OD|000001|')).toBe(true);
    expect(validateFec(text).valid).toBe(true);
  });
});
