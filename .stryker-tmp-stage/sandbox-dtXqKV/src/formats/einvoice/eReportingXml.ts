// @ts-nocheck
import { fail } from '../../errors/index.js';
import { currencyScale } from '../../money/index.js';
import type { EReporting } from '../../posting/eReporting.js';
import { defineFormat, type Format } from '../Format.js';
import { xmlText } from '../_lib/xml.js';

/**
 * Options of the e-reporting writer (`formats.eReportingXml`): who declares and
 * the transmission's identity (the report document, TT-1 to TT-15).
 *
 * @example
 * ```ts
 * const options: EReportingXmlOptions = { id: 'ER-2024-06', issuedAt: '20240701T090000Z', declarant: { siren: '123456782', name: 'CAMPING DES PINS SARL' } };
 * ```
 */
export interface EReportingXmlOptions {
  /** Transmission identifier (TT-1): letters, digits, space, - + _ /. */
  readonly id: string;
  /** Creation timestamp (TT-3), `YYYYMMDDThhmmssZ` or with an offset. */
  readonly issuedAt: string;
  /** The business declaring (TT-12 to TT-15): its SIREN and name; role MOA. */
  readonly declarant: {
    /** SIREN (TT-13, scheme 0002). */
    readonly siren: string;
    /** Legal name (TT-14). */
    readonly name: string;
  };
}

const ID_RE = /^(?! )(?!.* {2})[A-Za-z0-9 +_/-]*[A-Za-z0-9+_/-]$/;
const text = xmlText;

/** The XML of a period's e-reporting (internal). */
function* eReportingChunks(r: EReporting, options?: EReportingXmlOptions): Generator<string> {
  if (typeof r !== 'object' || r === null || !Array.isArray(r.transactions) || !Array.isArray(r.payments) || typeof r.period !== 'object') {
    fail('invalid_input', [], 'formats.eReportingXml lays out an e-reporting: pass eReporting(documents, rules, { period }).');
  }
  if (options === undefined || typeof options !== 'object') fail('invalid_option', [], 'formats.eReportingXml needs { id, issuedAt, declarant: { siren, name } }.');
  if (typeof options.id !== 'string' || !ID_RE.test(options.id)) fail('invalid_option', ['id'], `Transmission id ${JSON.stringify(options.id)}: letters, digits, space, - + _ /, not starting or ending with a space nor with two in a row (TT-1).`);
  if (typeof options.issuedAt !== 'string' || !/^\d{8}T\d{6}(?:Z|[+-]\d{4})$/.test(options.issuedAt)) fail('invalid_option', ['issuedAt'], 'issuedAt is the creation timestamp written YYYYMMDDThhmmssZ (or with an offset, +0100) (TT-3).');
  if (typeof options.declarant?.siren !== 'string' || !/^\d{9}$/.test(options.declarant.siren) || typeof options.declarant.name !== 'string') {
    fail('invalid_option', ['declarant'], 'declarant is { siren: 9 digits, name } (TT-13, TT-14).');
  }
  const date = (d: string): string => d.replace(/-/g, '');
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Report>\n' +
    '  <ReportDocument>\n' +
    `    <Id>${text(options.id, 'id')}</Id>\n` +
    `    <IssueDateTime><DateTimeString>${options.issuedAt}</DateTimeString></IssueDateTime>\n` +
    '    <Issuer>\n' +
    `      <Id schemeId="0002">${options.declarant.siren}</Id>\n` +
    `      <Name>${text(options.declarant.name, 'declarant.name')}</Name>\n` +
    '      <RoleCode>MOA</RoleCode>\n' +
    '    </Issuer>\n' +
    '  </ReportDocument>\n';
  head += `  <TransactionsReport>\n    <ReportPeriod>\n      <StartDate>${date(r.period.from)}</StartDate>\n      <EndDate>${date(r.period.to)}</EndDate>\n    </ReportPeriod>\n`;
  yield head;
  for (const t of r.transactions) {
    const scale = currencyScale(t.currency, ['currency']);
    let x =
      '    <Transactions>\n' +
      `      <Date>${date(t.date)}</Date>\n` +
      `      <CurrencyCode>${t.currency}</CurrencyCode>\n` +
      `      <TaxDueDateTypeCode>${t.vatDue === 'on-receipt' ? '72' : '5'}</TaxDueDateTypeCode>\n` +
      `      <CategoryCode>${t.category}</CategoryCode>\n` +
      `      <TaxExclusiveAmount>${t.base.toFixed(scale)}</TaxExclusiveAmount>\n` +
      `      <TaxTotal currencyCode="EUR">${t.vat.toFixed(2)}</TaxTotal>\n` +
      `      <TransactionsCount>${t.count}</TransactionsCount>\n`;
    for (const rate of t.rates) {
      x += `      <TaxSubTotal>\n        <TaxPercent>${rate.rate}</TaxPercent>\n        <TaxableAmount>${rate.base.toFixed(scale)}</TaxableAmount>\n        <TaxTotal>${rate.vat.toFixed(scale)}</TaxTotal>\n      </TaxSubTotal>\n`;
    }
    yield `${x}    </Transactions>\n`;
  }
  yield `  </TransactionsReport>\n  <PaymentsReport>\n    <ReportPeriod>\n      <StartDate>${date(r.period.from)}</StartDate>\n      <EndDate>${date(r.period.to)}</EndDate>\n    </ReportPeriod>\n`;
  for (const p of r.payments) {
    let x = `    <Transactions>\n      <Payment>\n        <Date>${date(p.date)}</Date>\n`;
    for (const rate of p.rates) x += `        <SubTotals>\n          <TaxPercent>${rate.rate}</TaxPercent>\n          <CurrencyCode>EUR</CurrencyCode>\n          <Amount>${rate.received.toFixed(2)}</Amount>\n        </SubTotals>\n`;
    yield `${x}      </Payment>\n    </Transactions>\n`;
  }
  yield '  </PaymentsReport>\n</Report>\n';
}

/**
 * B2C e-reporting (flux 10.3 transactions, 10.4 payments) as the DGFiP's
 * "Report" XML, from an {@link eReporting} result: the report document
 * (transmission id, timestamp, declarant), the sales per day, category and
 * rate, the payments per day and rate. It lays the figures out and computes
 * nothing.
 *
 * Element names follow the external specifications' final format as public
 * material describes it (`/Report/TransactionsReport/Transactions`,
 * `CategoryCode`, `TransactionsCount`, `/Report/PaymentsReport`…); the
 * DGFiP's XSD was not available to check against — see docs/e-invoicing.md.
 *
 * @example
 * ```ts
 * const xml = formats.eReportingXml.serialize(report, { id: 'ER-2024-06', issuedAt: '20240701T090000Z', declarant: { siren: '123456782', name: 'CAMPING DES PINS SARL' } });
 * xml.includes('<CategoryCode>TPS1</CategoryCode>') //=> true
 * ```
 */
export const eReportingFormat: Format<EReporting, EReportingXmlOptions> = defineFormat<EReporting, EReportingXmlOptions>({
  id: 'e-reporting-xml',
  mediaType: 'application/xml',
  description: 'B2C e-reporting (flux 10.3 and 10.4) as Report XML, from an eReporting result',
  fileName: (context) => `e-reporting${context.siren ? `-${context.siren.replace(/[^0-9A-Za-z]/g, '')}` : ''}${context.period ? `-${context.period.from.replace(/-/g, '')}-${context.period.to.replace(/-/g, '')}` : ''}.xml`,
  chunks: eReportingChunks,
});
