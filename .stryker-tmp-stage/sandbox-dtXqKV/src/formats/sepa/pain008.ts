// @ts-nocheck
import { isIsoDate } from '../../calendar/index.js';
import { AccountingError, issue, type AccountingIssue } from '../../errors/index.js';
import { formatMinor } from '../../money/index.js';
import type * as z from 'zod/mini';
import type { directDebitBatchSchema } from '../../schemas/directDebitBatch.js';
import { defineFormat, type Format } from '../Format.js';
import { foldToAscii } from '../_lib/encoding.js';
import { escapeXml } from '../_lib/xml.js';
import { exportFileName } from '../software/_lib/text.js';
import { creditorIdProblem, ibanProblem, isBic } from './iban.js';

/** A `direct-debit-batch` as its schema takes it (plain strings, before parsing) (internal). */
type BatchInput = z.input<typeof directDebitBatchSchema>;
type ItemInput = BatchInput['items'][number];

/**
 * One debit as the pain.008 writer reads it: the fields of a
 * `direct-debit-batch` item it needs (the others — `id`, `customer` — may be
 * there and are ignored).
 *
 * @example
 * ```ts
 * const item: Pain008Item = { endToEndId: 'E2E-1', amount: '49.90', mandate: { id: 'RUM-0001', signedOn: '2024-01-10' }, sequence: 'RCUR',
 *   debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices: ['FA2024-0001'] };
 * ```
 */
export type Pain008Item = Pick<ItemInput, 'endToEndId' | 'amount' | 'mandate' | 'sequence' | 'debtor'> & {
  /** RmtInf/Ustrd; @defaultValue the invoice ids, space-separated */
  readonly remittanceInfo?: string | undefined;
  /** The invoice ids the debit pays; joined with spaces as the default `remittanceInfo`. */
  readonly invoices?: ReadonlyArray<string>;
};

/**
 * What the pain.008 writer reads: a `direct-debit-batch` document, parsed
 * (`DirectDebitBatch`) or not (its `type`, `id` and posting fields may be
 * there and are ignored; everything the file needs is checked again).
 *
 * @example
 * ```ts
 * const item: Pain008Item = { endToEndId: 'E2E-1', amount: '49.90', mandate: { id: 'RUM-0001', signedOn: '2024-01-10' }, sequence: 'RCUR',
 *   debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices: ['FA2024-0001'] };
 * const batch: Pain008Batch = { messageId: 'PRLV-2024-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05',
 *   creditor: { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' }, items: [item] };
 * ```
 */
export type Pain008Batch = Pick<BatchInput, 'messageId' | 'createdAt' | 'collectionDate' | 'creditor'> & {
  /** LclInstrm; @defaultValue 'CORE' */
  readonly localInstrument?: BatchInput['localInstrument'];
  /** The debits of the batch, at least one. */
  readonly items: ReadonlyArray<Pain008Item>;
};

/**
 * Options of the pain.008 writer (`formats.pain008`).
 *
 * @example
 * ```ts
 * const options: Pain008Options = { initiatingParty: 'SALLE DE SPORT SARL', batchBooking: true };
 * ```
 */
export interface Pain008Options {
  /** GrpHdr/InitgPty/Nm. @defaultValue the creditor's name */
  readonly initiatingParty?: string;
  /**
   * PmtInf/BtchBookg: `true` asks the bank for one booking per payment
   * information block, `false` for one per debit; absent, the bank decides.
   * @defaultValue absent
   */
  readonly batchBooking?: boolean;
}

/** The sequence types, in the order their payment information blocks are written. */
const SEQUENCES = ['FRST', 'RCUR', 'OOFF', 'FNAL'] as const;
const SEPA_ID_RE = /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;
const AMOUNT_RE = /^\d+(?:\.\d+)?$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;
const MAX_CENTS = 99_999_999_999; // 999,999,999.99: InstdAmt has 11 digits in SEPA

/** Message texts, kept together so tests can pin them. */
export const PAIN008_MESSAGES = Object.freeze({
  emptyBatch: 'The batch has no items: a pain.008 file needs at least one debit.',
  badId: (what: string, value: unknown): string =>
    `Invalid ${what} ${JSON.stringify(value)}: SEPA allows 1 to 35 characters among letters, digits, space and / - ? : ( ) . , ' +, not starting or ending with "/" nor containing "//".`,
  duplicateEndToEnd: (value: string): string => `EndToEndId ${JSON.stringify(value)} is used twice: it must identify one debit.`,
  badDateTime: (value: unknown): string => `createdAt ${JSON.stringify(value)} is not an ISO date-time: write it as "2024-11-02T09:00:00" or "2024-11-02T09:00:00+01:00".`,
  badDate: (what: string, value: unknown): string => `${what} ${JSON.stringify(value)} is not a date: write a real calendar date as YYYY-MM-DD.`,
  signedAfter: (signedOn: string, collection: string): string => `The mandate was signed on ${signedOn}, after the collection date ${collection}: a debit needs a mandate signed before.`,
  badAmount: (value: unknown): string => `Amount ${JSON.stringify(value)} is not a decimal amount: write it as a string with a dot, such as "49.90".`,
  tooManyDecimals: (value: string): string => `Amount ${JSON.stringify(value)} has more than 2 decimals: SEPA amounts are in euros and cents.`,
  nonPositive: (value: string): string => `Amount ${JSON.stringify(value)} is zero: a debit must be strictly positive; leave the item out.`,
  tooLarge: (value: string): string => `Amount ${JSON.stringify(value)} is above 999999999.99, the largest SEPA amount: split the debit.`,
  badName: (what: string): string => `The ${what} name is empty: SEPA needs a name (70 characters at most).`,
  badBic: (what: string, value: unknown): string => `Invalid ${what} BIC ${JSON.stringify(value)}: 8 or 11 characters, e.g. "AGRIFRPP" or "AGRIFRPP882".`,
  badSequence: (value: unknown): string => `Unknown sequence type ${JSON.stringify(value)}: use "FRST", "RCUR", "OOFF" or "FNAL".`,
  badInstrument: (value: unknown): string => `Unknown local instrument ${JSON.stringify(value)}: use "CORE" or "B2B".`,
  badOption: (name: string, expected: string): string => `options.${name} must be ${expected}.`,
});

/** Whether an identifier follows the SEPA rules (internal). */
function isSepaId(value: unknown): value is string {
  return typeof value === 'string' && SEPA_ID_RE.test(value) && value.trim() !== '' && !value.startsWith('/') && !value.endsWith('/') && !value.includes('//');
}

/** The amount in cents, or an issue (internal). */
function cents(value: unknown, path: ReadonlyArray<string | number>, issues: AccountingIssue[]): number {
  if (typeof value !== 'string' || !AMOUNT_RE.test(value)) {
    const negative = typeof value === 'string' && /^-\d+(?:\.\d+)?$/.test(value);
    issues.push(issue(negative ? 'negative_amount' : 'invalid_amount', path, PAIN008_MESSAGES.badAmount(value)));
    return 0;
  }
  const [int, frac = ''] = value.split('.') as [string, string?];
  if (frac.replace(/0+$/, '').length > 2) {
    issues.push(issue('too_many_decimals', path, PAIN008_MESSAGES.tooManyDecimals(value)));
    return 0;
  }
  const digits = int.replace(/^0+(?=\d)/, '');
  if (digits.length > 9) {
    issues.push(issue('invalid_amount', path, PAIN008_MESSAGES.tooLarge(value)));
    return 0;
  }
  const result = Number(digits) * 100 + Number((frac + '00').slice(0, 2));
  if (result === 0) issues.push(issue('non_positive_amount', path, PAIN008_MESSAGES.nonPositive(value)));
  else if (result > MAX_CENTS) issues.push(issue('invalid_amount', path, PAIN008_MESSAGES.tooLarge(value)));
  return result;
}

/** Checks a batch and returns each item's amount in cents; every problem is listed (internal). */
function checkBatch(batch: Pain008Batch, options: Pain008Options): number[] {
  const issues: AccountingIssue[] = [];
  const b = (batch ?? {}) as Partial<Pain008Batch>;
  if (!isSepaId(b.messageId)) issues.push(issue('invalid_input', ['messageId'], PAIN008_MESSAGES.badId('message id', b.messageId)));
  const dt = typeof b.createdAt === 'string' ? DATE_TIME_RE.exec(b.createdAt) : null;
  if (dt === null || !isIsoDate(dt[1])) issues.push(issue('invalid_date', ['createdAt'], PAIN008_MESSAGES.badDateTime(b.createdAt)));
  const collectionOk = isIsoDate(b.collectionDate);
  if (!collectionOk) issues.push(issue('invalid_date', ['collectionDate'], PAIN008_MESSAGES.badDate('collectionDate', b.collectionDate)));
  if (b.localInstrument !== undefined && b.localInstrument !== 'CORE' && b.localInstrument !== 'B2B') {
    issues.push(issue('invalid_input', ['localInstrument'], PAIN008_MESSAGES.badInstrument(b.localInstrument)));
  }
  const creditor = (b.creditor ?? {}) as Partial<Pain008Batch['creditor']>;
  if (typeof creditor.name !== 'string' || sepaText(creditor.name, 70) === '') issues.push(issue('invalid_input', ['creditor', 'name'], PAIN008_MESSAGES.badName('creditor')));
  const creditorIban = ibanProblem(creditor.iban);
  if (creditorIban !== undefined) issues.push(issue('invalid_iban', ['creditor', 'iban'], creditorIban));
  if (!isBic(creditor.bic)) issues.push(issue('invalid_bic', ['creditor', 'bic'], PAIN008_MESSAGES.badBic('creditor', creditor.bic)));
  const ics = creditorIdProblem(creditor.creditorId);
  if (ics !== undefined) issues.push(issue('invalid_creditor_id', ['creditor', 'creditorId'], ics));
  if (options.initiatingParty !== undefined && (typeof options.initiatingParty !== 'string' || sepaText(options.initiatingParty, 70) === '')) {
    issues.push(issue('invalid_option', ['initiatingParty'], PAIN008_MESSAGES.badOption('initiatingParty', 'a non-empty name')));
  }
  if (options.batchBooking !== undefined && typeof options.batchBooking !== 'boolean') {
    issues.push(issue('invalid_option', ['batchBooking'], PAIN008_MESSAGES.badOption('batchBooking', 'true or false')));
  }
  const items = Array.isArray(b.items) ? b.items : [];
  if (items.length === 0) issues.push(issue('empty_batch', ['items'], PAIN008_MESSAGES.emptyBatch));
  const amounts: number[] = [];
  const endToEnd = new Set<string>();
  items.forEach((raw, k) => {
    const item = (raw ?? {}) as Partial<Pain008Item>;
    const path = (...keys: string[]): Array<string | number> => ['items', k, ...keys];
    if (!isSepaId(item.endToEndId)) issues.push(issue('invalid_input', path('endToEndId'), PAIN008_MESSAGES.badId('EndToEndId', item.endToEndId)));
    else if (endToEnd.has(item.endToEndId)) issues.push(issue('invalid_input', path('endToEndId'), PAIN008_MESSAGES.duplicateEndToEnd(item.endToEndId)));
    else endToEnd.add(item.endToEndId);
    amounts.push(cents(item.amount, path('amount'), issues));
    const mandate = (item.mandate ?? {}) as Partial<Pain008Item['mandate']>;
    if (!isSepaId(mandate.id)) issues.push(issue('invalid_input', path('mandate', 'id'), PAIN008_MESSAGES.badId('mandate id', mandate.id)));
    if (!isIsoDate(mandate.signedOn)) issues.push(issue('invalid_date', path('mandate', 'signedOn'), PAIN008_MESSAGES.badDate('mandate.signedOn', mandate.signedOn)));
    else if (collectionOk && mandate.signedOn > (b.collectionDate as string)) issues.push(issue('invalid_date', path('mandate', 'signedOn'), PAIN008_MESSAGES.signedAfter(mandate.signedOn, b.collectionDate as string)));
    if (!(SEQUENCES as ReadonlyArray<unknown>).includes(item.sequence)) issues.push(issue('invalid_input', path('sequence'), PAIN008_MESSAGES.badSequence(item.sequence)));
    const debtor = (item.debtor ?? {}) as Partial<Pain008Item['debtor']>;
    if (typeof debtor.name !== 'string' || sepaText(debtor.name, 70) === '') issues.push(issue('invalid_input', path('debtor', 'name'), PAIN008_MESSAGES.badName('debtor')));
    const iban = ibanProblem(debtor.iban);
    if (iban !== undefined) issues.push(issue('invalid_iban', path('debtor', 'iban'), iban));
    if (debtor.bic !== undefined && !isBic(debtor.bic)) issues.push(issue('invalid_bic', path('debtor', 'bic'), PAIN008_MESSAGES.badBic('debtor', debtor.bic)));
  });
  if (issues.length > 0) throw new AccountingError(issues);
  return amounts;
}

/** ASCII characters outside the SEPA Latin set and the escaped XML specials (internal). */
const NOT_SEPA_RE = /[^A-Za-z0-9/\-?:().,'+ &<>"]/g;

/** XML-escapes text (internal). */
const xml = escapeXml;

/** Free text in the SEPA Latin set: accents folded, other characters become spaces, cut to `max` (internal). */
function sepaText(text: string, max: number): string {
  const s = foldToAscii(text).replace(/_/g, '-').replace(NOT_SEPA_RE, ' ').replace(/ {2,}/g, ' ').trim();
  return s.length > max ? s.slice(0, max).trimEnd() : s;
}

/** The XML of a batch (internal). */
function* pain008Chunks(batch: Pain008Batch, options: Pain008Options = {}): Generator<string> {
  const amounts = checkBatch(batch, options);
  const total = amounts.reduce((s, a) => s + a, 0);
  const creditor = batch.creditor;
  const instrument = batch.localInstrument ?? 'CORE';
  const initiating = sepaText(options.initiatingParty ?? creditor.name, 70);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
    '  <CstmrDrctDbtInitn>\n' +
    '    <GrpHdr>\n' +
    `      <MsgId>${xml(batch.messageId)}</MsgId>\n` +
    `      <CreDtTm>${xml(batch.createdAt)}</CreDtTm>\n` +
    `      <NbOfTxs>${amounts.length}</NbOfTxs>\n` +
    `      <CtrlSum>${formatMinor(total, 2, '.')}</CtrlSum>\n` +
    `      <InitgPty>\n        <Nm>${xml(initiating)}</Nm>\n      </InitgPty>\n` +
    '    </GrpHdr>\n';
  const creditorBlock =
    `      <ReqdColltnDt>${batch.collectionDate}</ReqdColltnDt>\n` +
    `      <Cdtr>\n        <Nm>${xml(sepaText(creditor.name, 70))}</Nm>\n      </Cdtr>\n` +
    `      <CdtrAcct>\n        <Id>\n          <IBAN>${creditor.iban}</IBAN>\n        </Id>\n      </CdtrAcct>\n` +
    `      <CdtrAgt>\n        <FinInstnId>\n          <BIC>${creditor.bic}</BIC>\n        </FinInstnId>\n      </CdtrAgt>\n` +
    '      <ChrgBr>SLEV</ChrgBr>\n' +
    '      <CdtrSchmeId>\n        <Id>\n          <PrvtId>\n            <Othr>\n' +
    `              <Id>${creditor.creditorId}</Id>\n` +
    '              <SchmeNm>\n                <Prtry>SEPA</Prtry>\n              </SchmeNm>\n' +
    '            </Othr>\n          </PrvtId>\n        </Id>\n      </CdtrSchmeId>\n';
  const prefix = batch.messageId.length > 30 ? batch.messageId.slice(0, 30) : batch.messageId;
  for (const sequence of SEQUENCES) {
    const indexes: number[] = [];
    batch.items.forEach((item, k) => {
      if (item.sequence === sequence) indexes.push(k);
    });
    if (indexes.length === 0) continue;
    const sum = indexes.reduce((s, k) => s + amounts[k]!, 0);
    let out =
      '    <PmtInf>\n' +
      `      <PmtInfId>${xml(`${prefix}-${sequence}`)}</PmtInfId>\n` +
      '      <PmtMtd>DD</PmtMtd>\n' +
      (options.batchBooking === undefined ? '' : `      <BtchBookg>${options.batchBooking}</BtchBookg>\n`) +
      `      <NbOfTxs>${indexes.length}</NbOfTxs>\n` +
      `      <CtrlSum>${formatMinor(sum, 2, '.')}</CtrlSum>\n` +
      '      <PmtTpInf>\n' +
      '        <SvcLvl>\n          <Cd>SEPA</Cd>\n        </SvcLvl>\n' +
      `        <LclInstrm>\n          <Cd>${instrument}</Cd>\n        </LclInstrm>\n` +
      `        <SeqTp>${sequence}</SeqTp>\n` +
      '      </PmtTpInf>\n' +
      creditorBlock;
    for (const k of indexes) {
      const item = batch.items[k]!;
      const remittance = sepaText(item.remittanceInfo ?? (item.invoices ?? []).join(' '), 140);
      out +=
        '      <DrctDbtTxInf>\n' +
        `        <PmtId>\n          <EndToEndId>${xml(item.endToEndId)}</EndToEndId>\n        </PmtId>\n` +
        `        <InstdAmt Ccy="EUR">${formatMinor(amounts[k]!, 2, '.')}</InstdAmt>\n` +
        '        <DrctDbtTx>\n          <MndtRltdInf>\n' +
        `            <MndtId>${xml(item.mandate.id)}</MndtId>\n` +
        `            <DtOfSgntr>${item.mandate.signedOn}</DtOfSgntr>\n` +
        '          </MndtRltdInf>\n        </DrctDbtTx>\n' +
        '        <DbtrAgt>\n          <FinInstnId>\n' +
        (item.debtor.bic === undefined ? '            <Othr>\n              <Id>NOTPROVIDED</Id>\n            </Othr>\n' : `            <BIC>${item.debtor.bic}</BIC>\n`) +
        '          </FinInstnId>\n        </DbtrAgt>\n' +
        `        <Dbtr>\n          <Nm>${xml(sepaText(item.debtor.name, 70))}</Nm>\n        </Dbtr>\n` +
        `        <DbtrAcct>\n          <Id>\n            <IBAN>${item.debtor.iban}</IBAN>\n          </Id>\n        </DbtrAcct>\n` +
        (remittance === '' ? '' : `        <RmtInf>\n          <Ustrd>${xml(remittance)}</Ustrd>\n        </RmtInf>\n`) +
        '      </DrctDbtTxInf>\n';
      if (out.length >= 65536) {
        yield out;
        out = '';
      }
    }
    yield `${out}    </PmtInf>\n`;
  }
  yield '  </CstmrDrctDbtInitn>\n</Document>\n';
}

/**
 * SEPA direct-debit initiation, ISO 20022 pain.008.001.02 (SPEC-FR §5), from
 * a `direct-debit-batch` document: the group header (message id, creation
 * time from the document — never the clock —, number of debits, control sum,
 * initiating party), one payment information block per sequence type (FRST,
 * RCUR, OOFF, FNAL, in that order; creditor, IBAN, BIC, creditor scheme id,
 * local instrument, collection date), one transaction per item (end-to-end
 * id, amount with a dot and two decimals, mandate id and signature date,
 * debtor agent — `NOTPROVIDED` without a BIC —, debtor, IBAN, remittance
 * text). Texts are folded to the SEPA Latin set and XML-escaped; names are
 * cut to 70 characters, the remittance text to 140. Every problem of the
 * batch is reported at once.
 *
 * @throws AccountingError `empty_batch` (no items), `invalid_iban`,
 *   `invalid_bic`, `invalid_creditor_id`, `invalid_amount`,
 *   `too_many_decimals`, `non_positive_amount`, `negative_amount`,
 *   `invalid_date`, `invalid_input` (identifiers, names, sequence types),
 *   `invalid_option`
 * @example
 * ```ts
 * const debit = (n: number, amount: string): Pain008Item => ({ endToEndId: `E2E-${n}`, amount, mandate: { id: `RUM-000${n}`, signedOn: '2024-01-10' },
 *   sequence: 'RCUR', debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' } });
 * const batch: Pain008Batch = { messageId: 'PRLV-2024-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05',
 *   creditor: { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' },
 *   items: [debit(1, '49.90'), debit(2, '49.90'), debit(3, '29.90')] };
 * const xml = formats.pain008.serialize(batch); // three debits of 49.90, 49.90 and 29.90
 * xml.match(/<CtrlSum>(.*)<\/CtrlSum>/)?.[1] //=> '129.70'
 * ```
 */
export const pain008Format: Format<Pain008Batch, Pain008Options> = defineFormat<Pain008Batch, Pain008Options>({
  id: 'pain.008',
  mediaType: 'application/xml',
  description: 'SEPA direct-debit initiation, ISO 20022 pain.008.001.02, from a direct-debit-batch document',
  fileName: (context) => exportFileName('pain.008', context, 'xml'),
  chunks: pain008Chunks,
});
