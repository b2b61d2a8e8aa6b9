// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../src/index.js';
import { directDebitBatchSchema, type DirectDebitBatch } from '../../../src/schemas/directDebitBatch.js';
import { pain008Format, type Pain008Batch, type Pain008Item } from '../../../src/formats/sepa/pain008.js';

const item = (k: number, amount: string, sequence: Pain008Item['sequence'] = 'RCUR') => ({
  id: `i${k}`, endToEndId: `PRLV-2024-11-${k}`, customer: { id: `C000${k}`, name: `Client ${k}` }, amount,
  mandate: { id: `RUM-000${k}`, signedOn: '2024-01-10' }, sequence: sequence as Pain008Item['sequence'],
  debtor: { name: `CLIENT ${k}`, iban: 'FR1420041010050500013M02606' }, invoices: [`FA2024-000${k}`],
});

/** SPEC-FR §6 TV10: three debits of 49.90, 49.90 and 29.90. */
const tv10 = (): DirectDebitBatch =>
  directDebitBatchSchema.parse({
    type: 'direct-debit-batch', id: 'dd-2024-11', messageId: 'PRLV-2024-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05',
    creditor: { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' },
    items: [item(1, '49.90'), item(2, '49.90', 'FRST'), { ...item(3, '29.90'), debtor: { name: 'DURAND & Fils <SARL> "Lé Café"', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }, remittanceInfo: "Abonnement d'octobre — séance n°3" }],
  });

const tag = (xml: string, name: string): string[] => [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);
const issues = (batch: unknown): Array<[string, string]> => {
  try {
    pain008Format.serialize(batch as Pain008Batch);
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => [i.code, i.path.join('.')]);
    throw e;
  }
  return [];
};

describe('formats.pain008', () => {
  it('takes a parsed direct-debit-batch document as it is', () => {
    const parsed: DirectDebitBatch = tv10();
    const input: Pain008Batch = parsed;
    expect(pain008Format.serialize(input)).toContain('<MsgId>PRLV-2024-11</MsgId>');
  });

  it('writes TV10: NbOfTxs 3, CtrlSum 129.70 with a dot', () => {
    const xml = pain008Format.serialize(tv10());
    expect(tag(xml, 'NbOfTxs')[0]).toBe('3');
    expect(tag(xml, 'CtrlSum')[0]).toBe('129.70');
    expect(tag(xml, 'InstdAmt')).toEqual(['49.90', '49.90', '29.90']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">49.90</InstdAmt>');
    expect(tag(xml, 'CreDtTm')).toEqual(['2024-11-02T09:00:00']);
    expect(tag(xml, 'ReqdColltnDt')).toEqual(['2024-11-05', '2024-11-05']);
  });

  it('groups items by sequence type, FRST first, each block with its own count and sum', () => {
    const xml = pain008Format.serialize(tv10());
    expect(tag(xml, 'SeqTp')).toEqual(['FRST', 'RCUR']);
    expect(tag(xml, 'PmtInfId')).toEqual(['PRLV-2024-11-FRST', 'PRLV-2024-11-RCUR']);
    expect(tag(xml, 'NbOfTxs')).toEqual(['3', '1', '2']);
    expect(tag(xml, 'CtrlSum')).toEqual(['129.70', '49.90', '79.80']);
    expect(tag(xml, 'EndToEndId')).toEqual(['PRLV-2024-11-2', 'PRLV-2024-11-1', 'PRLV-2024-11-3']);
  });

  it('escapes XML, folds texts to the SEPA set, writes NOTPROVIDED without a debtor BIC', () => {
    const xml = pain008Format.serialize(tv10());
    expect(tag(xml, 'Nm')).toContain('DURAND &amp; Fils &lt;SARL&gt; &quot;Le Cafe&quot;');
    expect(tag(xml, 'Ustrd')).toEqual(['FA2024-0002', 'FA2024-0001', 'Abonnement d&apos;octobre - seance no3']);
    expect(xml.match(/<Id>NOTPROVIDED<\/Id>/g)).toHaveLength(2);
    expect(tag(xml, 'BIC')).toEqual(['AGRIFRPP', 'AGRIFRPP', 'COBADEFFXXX']);
    expect(/^[\x0a\x20-\x7e]*$/.test(xml)).toBe(true);
  });

  it('snapshots a one-debit file', () => {
    const batch = { ...tv10(), items: [item(1, '49.9')], localInstrument: 'CORE' as const };
    expect(pain008Format.serialize(batch, { batchBooking: true })).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <CstmrDrctDbtInitn>
          <GrpHdr>
            <MsgId>PRLV-2024-11</MsgId>
            <CreDtTm>2024-11-02T09:00:00</CreDtTm>
            <NbOfTxs>1</NbOfTxs>
            <CtrlSum>49.90</CtrlSum>
            <InitgPty>
              <Nm>SALLE DE SPORT SARL</Nm>
            </InitgPty>
          </GrpHdr>
          <PmtInf>
            <PmtInfId>PRLV-2024-11-RCUR</PmtInfId>
            <PmtMtd>DD</PmtMtd>
            <BtchBookg>true</BtchBookg>
            <NbOfTxs>1</NbOfTxs>
            <CtrlSum>49.90</CtrlSum>
            <PmtTpInf>
              <SvcLvl>
                <Cd>SEPA</Cd>
              </SvcLvl>
              <LclInstrm>
                <Cd>CORE</Cd>
              </LclInstrm>
              <SeqTp>RCUR</SeqTp>
            </PmtTpInf>
            <ReqdColltnDt>2024-11-05</ReqdColltnDt>
            <Cdtr>
              <Nm>SALLE DE SPORT SARL</Nm>
            </Cdtr>
            <CdtrAcct>
              <Id>
                <IBAN>FR7630006000011234567890189</IBAN>
              </Id>
            </CdtrAcct>
            <CdtrAgt>
              <FinInstnId>
                <BIC>AGRIFRPP</BIC>
              </FinInstnId>
            </CdtrAgt>
            <ChrgBr>SLEV</ChrgBr>
            <CdtrSchmeId>
              <Id>
                <PrvtId>
                  <Othr>
                    <Id>FR72ZZZ123456</Id>
                    <SchmeNm>
                      <Prtry>SEPA</Prtry>
                    </SchmeNm>
                  </Othr>
                </PrvtId>
              </Id>
            </CdtrSchmeId>
            <DrctDbtTxInf>
              <PmtId>
                <EndToEndId>PRLV-2024-11-1</EndToEndId>
              </PmtId>
              <InstdAmt Ccy="EUR">49.90</InstdAmt>
              <DrctDbtTx>
                <MndtRltdInf>
                  <MndtId>RUM-0001</MndtId>
                  <DtOfSgntr>2024-01-10</DtOfSgntr>
                </MndtRltdInf>
              </DrctDbtTx>
              <DbtrAgt>
                <FinInstnId>
                  <Othr>
                    <Id>NOTPROVIDED</Id>
                  </Othr>
                </FinInstnId>
              </DbtrAgt>
              <Dbtr>
                <Nm>CLIENT 1</Nm>
              </Dbtr>
              <DbtrAcct>
                <Id>
                  <IBAN>FR1420041010050500013M02606</IBAN>
                </Id>
              </DbtrAcct>
              <RmtInf>
                <Ustrd>FA2024-0001</Ustrd>
              </RmtInf>
            </DrctDbtTxInf>
          </PmtInf>
        </CstmrDrctDbtInitn>
      </Document>
      "
    `);
  });

  it('reads the creation time from the document, never the clock; streams the same text; leaves its input alone', () => {
    const batch = tv10();
    const before = JSON.stringify(batch);
    const a = pain008Format.serialize(batch);
    expect(pain008Format.serialize({ ...batch, createdAt: '2023-01-01T00:00:00+01:00' })).toContain('<CreDtTm>2023-01-01T00:00:00+01:00</CreDtTm>');
    expect([...pain008Format.chunks(batch)].join('')).toBe(a);
    expect(new TextDecoder().decode(pain008Format.encode(batch))).toBe(a);
    expect(JSON.stringify(batch)).toBe(before);
    expect(pain008Format.fileName({ createdOn: '2024-11-02' })).toBe('pain.008-20241102.xml');
  });

  it('refuses a batch with no items: empty_batch', () => {
    expect(issues({ ...tv10(), items: [] })).toEqual([['empty_batch', 'items']]);
  });

  it('refuses invalid IBANs, BICs and creditor ids, each with its code and path', () => {
    const bad = tv10();
    const batch = {
      ...bad,
      creditor: { ...bad.creditor, iban: 'FR7630006000011234567890188', bic: 'AGRI', creditorId: 'FR73ZZZ123456' },
      items: [{ ...bad.items[0]!, debtor: { name: 'X', iban: 'FR14 2004', bic: 'nope' } }],
    };
    expect(issues(batch)).toEqual([
      ['invalid_iban', 'creditor.iban'],
      ['invalid_bic', 'creditor.bic'],
      ['invalid_creditor_id', 'creditor.creditorId'],
      ['invalid_iban', 'items.0.debtor.iban'],
      ['invalid_bic', 'items.0.debtor.bic'],
    ]);
  });

  it('refuses bad amounts, dates, identifiers and sequence types', () => {
    const b = tv10();
    const one = b.items[0]!;
    expect(issues({ ...b, items: [{ ...one, amount: '0.00' }] })).toEqual([['non_positive_amount', 'items.0.amount']]);
    expect(issues({ ...b, items: [{ ...one, amount: '1.005' }] })).toEqual([['too_many_decimals', 'items.0.amount']]);
    expect(issues({ ...b, items: [{ ...one, amount: '-1.00' }] })).toEqual([['negative_amount', 'items.0.amount']]);
    expect(issues({ ...b, items: [{ ...one, amount: '1e3' }] })).toEqual([['invalid_amount', 'items.0.amount']]);
    expect(issues({ ...b, items: [{ ...one, amount: '1000000000.00' }] })).toEqual([['invalid_amount', 'items.0.amount']]);
    expect(issues({ ...b, items: [{ ...one, amount: 12 }] })).toEqual([['invalid_amount', 'items.0.amount']]);
    expect(issues({ ...b, createdAt: '2024-11-02' })).toEqual([['invalid_date', 'createdAt']]);
    expect(issues({ ...b, createdAt: '2024-02-30T09:00:00' })).toEqual([['invalid_date', 'createdAt']]);
    expect(issues({ ...b, collectionDate: '2024-13-01' })).toEqual([['invalid_date', 'collectionDate']]);
    expect(issues({ ...b, items: [{ ...one, mandate: { id: 'RUM_1', signedOn: '2024-12-01' } }] })).toEqual([
      ['invalid_input', 'items.0.mandate.id'],
      ['invalid_date', 'items.0.mandate.signedOn'],
    ]);
    expect(issues({ ...b, messageId: 'x'.repeat(36) })).toEqual([['invalid_input', 'messageId']]);
    expect(issues({ ...b, items: [one, { ...one, id: 'i9' }] })).toEqual([['invalid_input', 'items.1.endToEndId']]);
    expect(issues({ ...b, items: [{ ...one, sequence: 'FIRST' }] })).toEqual([['invalid_input', 'items.0.sequence']]);
    expect(issues({ ...b, localInstrument: 'COR1' })).toEqual([['invalid_input', 'localInstrument']]);
    expect(issues({ ...b, creditor: { ...b.creditor, name: '  ' } })).toEqual([['invalid_input', 'creditor.name']]);
    expect(issues(tv10())).toEqual([]);
    try {
      pain008Format.serialize(b, { batchBooking: 'yes' as never });
    } catch (e) {
      expect((e as AccountingError).issues[0].code).toBe('invalid_option');
    }
  });
});

describe('formats.pain008: more refusals and limits', () => {
  it('refuses an empty initiating party, a blank debtor name, an end-to-end id outside the SEPA set and a mandate date that is no date', () => {
    const b = tv10();
    const one = b.items[0]!;
    try {
      pain008Format.serialize(b, { initiatingParty: ' ' });
      throw new Error('expected an AccountingError');
    } catch (e) {
      expect((e as AccountingError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_option', 'initiatingParty']]);
    }
    expect(issues({ ...b, items: [{ ...one, debtor: { ...one.debtor, name: ' ' } }] })).toEqual([['invalid_input', 'items.0.debtor.name']]);
    expect(issues({ ...b, items: [{ ...one, endToEndId: 'PRLV é' }] })).toEqual([['invalid_input', 'items.0.endToEndId']]);
    expect(issues({ ...b, items: [{ ...one, mandate: { ...one.mandate, signedOn: 20240110 } }] })).toEqual([['invalid_date', 'items.0.mandate.signedOn']]);
  });

  it('reports every missing field of an item or a batch that is not an object, never a TypeError', () => {
    const b = tv10();
    const nullItem = issues({ ...b, items: [null] });
    expect(nullItem).toContainEqual(['invalid_input', 'items.0.endToEndId']);
    expect(nullItem).toContainEqual(['invalid_date', 'items.0.mandate.signedOn']);
    expect(nullItem).toContainEqual(['invalid_input', 'items.0.debtor.name']);
    const nothing = issues(null);
    expect(nothing).toContainEqual(['invalid_date', 'createdAt']);
    expect(nothing).toContainEqual(['invalid_input', 'creditor.name']);
  });

  it('keeps the first 30 characters of a 35-character message id in the payment information ids', () => {
    const messageId = 'PRLV-2024-11-ABCDEFGHIJKLMNOPQRSTU';
    expect(messageId).toHaveLength(34);
    const xml = pain008Format.serialize({ ...tv10(), messageId });
    expect(tag(xml, 'MsgId')).toEqual([messageId]);
    for (const id of tag(xml, 'PmtInfId')) expect(id.startsWith(messageId.slice(0, 30))).toBe(true);
    expect(tag(xml, 'PmtInfId').every((id) => id.length <= 35)).toBe(true);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 1, max: 99_999_999 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
  const items = fc.array(fc.tuple(amount, fc.constantFrom('FRST', 'RCUR', 'OOFF', 'FNAL') as fc.Arbitrary<Pain008Item['sequence']>), { minLength: 1, maxLength: 30 });
  const cents = (s: string): number => Math.round(Number(s) * 100);

  it('CtrlSum equals the sum of the items and NbOfTxs their count, in the header and in each block', () => {
    fc.assert(
      fc.property(items, (list) => {
        const batch = { ...tv10(), items: list.map(([a, s], k) => item(k, a, s)) };
        const xml = pain008Format.serialize(batch);
        const total = list.reduce((s, [a]) => s + cents(a), 0);
        const sums = tag(xml, 'CtrlSum').map(cents);
        const counts = tag(xml, 'NbOfTxs').map(Number);
        expect(sums[0]).toBe(total);
        expect(counts[0]).toBe(list.length);
        expect(sums.slice(1).reduce((s, x) => s + x, 0)).toBe(total);
        expect(counts.slice(1).reduce((s, x) => s + x, 0)).toBe(list.length);
        expect(tag(xml, 'InstdAmt').map(cents).reduce((s, x) => s + x, 0)).toBe(total);
        expect(tag(xml, 'InstdAmt').every((a) => /^\d+\.\d{2}$/.test(a))).toBe(true);
      }),
    );
  });

  it('any text comes out in the SEPA set, escaped, within its length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ minLength: 1, maxLength: 100, unit: 'binary' }), (remittance, name) => {
        const batch = { ...tv10(), items: [{ ...item(1, '1.00'), remittanceInfo: remittance, debtor: { name: `A${name}`, iban: 'FR1420041010050500013M02606' } }] };
        const xml = pain008Format.serialize(batch);
        const texts = [...tag(xml, 'Nm'), ...tag(xml, 'Ustrd')].map((t) => t.replace(/&(amp|lt|gt|quot|apos);/g, '_'));
        return texts.every((t) => /^[A-Za-z0-9/\-?:().,'+ _]*$/.test(t)) && tag(xml, 'Ustrd').every((t) => t.length <= 140 * 6);
      }),
    );
  });
});
