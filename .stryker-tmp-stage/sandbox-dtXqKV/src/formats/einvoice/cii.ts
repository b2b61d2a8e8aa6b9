// @ts-nocheck
import { fail } from '../../errors/index.js';
import { currencyScale, type Decimal } from '../../money/index.js';
import type { EInvoice, EInvoiceAddress, EInvoiceParty } from '../../posting/eInvoice.js';
import { defineFormat, type Format } from '../Format.js';
import { xmlText } from '../_lib/xml.js';

/**
 * Options of the CII writer (`formats.cii`).
 *
 * @example
 * ```ts
 * const options: CiiOptions = { guideline: 'urn:cen.eu:en16931:2017' };
 * ```
 */
export interface CiiOptions {
  /**
   * The specification identifier (BT-24). @defaultValue 'urn:cen.eu:en16931:2017', Factur-X's "EN 16931" profile
   */
  readonly guideline?: string;
}

const text = xmlText;

/** A date as CII format 102 (YYYYMMDD). */
function date102(iso: string): string {
  return iso.replace(/-/g, '');
}

/** An amount with its currency's decimals (internal). */
function amountIn(d: Decimal, scale: number): string {
  return d.toFixed(scale);
}

/** A trade party (BG-4 seller, BG-7 buyer) (internal). */
function party(tag: 'SellerTradeParty' | 'BuyerTradeParty', p: EInvoiceParty, indent: string): string {
  const i = indent;
  let out = `${i}<ram:${tag}>\n`;
  // The buyer has one identifier (BT-46; CII-SR-450): its SIRET (scheme 0009) when known, else its id in the seller's books.
  if (p.id !== undefined && (tag === 'SellerTradeParty' || p.siret === undefined)) out += `${i}  <ram:ID>${text(p.id, `${tag}.ID`)}</ram:ID>\n`;
  if (p.siret !== undefined) out += `${i}  <ram:GlobalID schemeID="0009">${text(p.siret, `${tag}.GlobalID`)}</ram:GlobalID>\n`;
  out += `${i}  <ram:Name>${text(p.name, `${tag}.Name`)}</ram:Name>\n`;
  if (p.legalForm !== undefined) out += `${i}  <ram:Description>${text(p.legalForm, `${tag}.Description`)}</ram:Description>\n`;
  if (p.siren !== undefined) out += `${i}  <ram:SpecifiedLegalOrganization>\n${i}    <ram:ID schemeID="0002">${text(p.siren, `${tag}.SpecifiedLegalOrganization.ID`)}</ram:ID>\n${i}  </ram:SpecifiedLegalOrganization>\n`;
  out += address(p.address, `${i}  `, tag);
  if (p.electronicAddress !== undefined) {
    out += `${i}  <ram:URIUniversalCommunication>\n${i}    <ram:URIID schemeID="${text(p.electronicAddress.scheme, `${tag}.URIID.schemeID`)}">${text(p.electronicAddress.id, `${tag}.URIID`)}</ram:URIID>\n${i}  </ram:URIUniversalCommunication>\n`;
  }
  if (p.vatNumber !== undefined) out += `${i}  <ram:SpecifiedTaxRegistration>\n${i}    <ram:ID schemeID="VA">${text(p.vatNumber, `${tag}.SpecifiedTaxRegistration.ID`)}</ram:ID>\n${i}  </ram:SpecifiedTaxRegistration>\n`;
  return `${out}${i}</ram:${tag}>\n`;
}

/** A postal address (internal). */
function address(a: EInvoiceAddress, i: string, tag: string): string {
  let out = `${i}<ram:PostalTradeAddress>\n`;
  if (a.postcode !== undefined) out += `${i}  <ram:PostcodeCode>${text(a.postcode, `${tag}.PostcodeCode`)}</ram:PostcodeCode>\n`;
  const names = ['LineOne', 'LineTwo', 'LineThree'];
  a.lines.forEach((l, k) => {
    out += `${i}  <ram:${names[k]}>${text(l, `${tag}.${names[k]}`)}</ram:${names[k]}>\n`;
  });
  out += `${i}  <ram:CityName>${text(a.city, `${tag}.CityName`)}</ram:CityName>\n`;
  out += `${i}  <ram:CountryID>${text(a.country, `${tag}.CountryID`)}</ram:CountryID>\n`;
  return `${out}${i}</ram:PostalTradeAddress>\n`;
}

/** A period as CII BillingSpecifiedPeriod (internal). */
function period(p: { readonly from: string; readonly to: string }, i: string): string {
  return (
    `${i}<ram:BillingSpecifiedPeriod>\n` +
    `${i}  <ram:StartDateTime><udt:DateTimeString format="102">${date102(p.from)}</udt:DateTimeString></ram:StartDateTime>\n` +
    `${i}  <ram:EndDateTime><udt:DateTimeString format="102">${date102(p.to)}</udt:DateTimeString></ram:EndDateTime>\n` +
    `${i}</ram:BillingSpecifiedPeriod>\n`
  );
}

/** Refuses what is not an {@link EInvoice} model (internal). */
function checkModel(e: unknown): asserts e is EInvoice {
  const m = e as Partial<EInvoice> | null;
  const ok =
    typeof m === 'object' && m !== null && typeof m.number === 'string' && typeof m.typeCode === 'string' && typeof m.businessProcess === 'string' && typeof m.issueDate === 'string' && typeof m.currency === 'string' &&
    Array.isArray(m.lines) && Array.isArray(m.vatBreakdown) && Array.isArray(m.notes) && typeof m.totals === 'object' && m.totals !== null &&
    typeof m.seller === 'object' && m.seller !== null && typeof m.buyer === 'object' && m.buyer !== null && typeof m.payment === 'object' && m.payment !== null;
  if (!ok) fail('invalid_input', [], 'formats.cii lays out an e-invoice model: pass eInvoice(invoice, rules, { seller }), not the invoice document or a book.');
}

/** The CII XML of an e-invoice model (internal). */
function* ciiChunks(e: EInvoice, options: CiiOptions = {}): Generator<string> {
  checkModel(e);
  const scale = currencyScale(e.currency, ['currency']);
  const amount = (d: Decimal): string => amountIn(d, scale);
  const guideline = options.guideline ?? 'urn:cen.eu:en16931:2017';
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n' +
    '  <rsm:ExchangedDocumentContext>\n' +
    `    <ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>${text(e.businessProcess, 'businessProcess')}</ram:ID>\n    </ram:BusinessProcessSpecifiedDocumentContextParameter>\n` +
    `    <ram:GuidelineSpecifiedDocumentContextParameter>\n      <ram:ID>${text(guideline, 'guideline')}</ram:ID>\n    </ram:GuidelineSpecifiedDocumentContextParameter>\n` +
    '  </rsm:ExchangedDocumentContext>\n' +
    '  <rsm:ExchangedDocument>\n' +
    `    <ram:ID>${text(e.number, 'number')}</ram:ID>\n` +
    `    <ram:TypeCode>${e.typeCode}</ram:TypeCode>\n` +
    `    <ram:IssueDateTime><udt:DateTimeString format="102">${date102(e.issueDate)}</udt:DateTimeString></ram:IssueDateTime>\n`;
  for (const n of e.notes) head += `    <ram:IncludedNote>\n      <ram:Content>${text(n.text, 'notes')}</ram:Content>\n      <ram:SubjectCode>${n.subject}</ram:SubjectCode>\n    </ram:IncludedNote>\n`;
  head += '  </rsm:ExchangedDocument>\n  <rsm:SupplyChainTradeTransaction>\n';
  yield head;

  for (const l of e.lines) {
    let x =
      '    <ram:IncludedSupplyChainTradeLineItem>\n' +
      `      <ram:AssociatedDocumentLineDocument>\n        <ram:LineID>${text(l.id, 'lines.id')}</ram:LineID>\n      </ram:AssociatedDocumentLineDocument>\n` +
      `      <ram:SpecifiedTradeProduct>\n        <ram:Name>${text(l.name, 'lines.label')}</ram:Name>\n      </ram:SpecifiedTradeProduct>\n` +
      `      <ram:SpecifiedLineTradeAgreement>\n        <ram:NetPriceProductTradePrice>\n          <ram:ChargeAmount>${l.netPrice.toFixed()}</ram:ChargeAmount>\n        </ram:NetPriceProductTradePrice>\n      </ram:SpecifiedLineTradeAgreement>\n` +
      `      <ram:SpecifiedLineTradeDelivery>\n        <ram:BilledQuantity unitCode="C62">${l.quantity.toFixed()}</ram:BilledQuantity>\n      </ram:SpecifiedLineTradeDelivery>\n` +
      '      <ram:SpecifiedLineTradeSettlement>\n' +
      `        <ram:ApplicableTradeTax>\n          <ram:TypeCode>VAT</ram:TypeCode>\n          <ram:CategoryCode>${l.category}</ram:CategoryCode>\n` +
      (l.category === 'O' ? '' : `          <ram:RateApplicablePercent>${l.rate}</ram:RateApplicablePercent>\n`) +
      '        </ram:ApplicableTradeTax>\n';
    if (l.period !== undefined) x += period(l.period, '        ');
    x += `        <ram:SpecifiedTradeSettlementLineMonetarySummation>\n          <ram:LineTotalAmount>${amount(l.netAmount)}</ram:LineTotalAmount>\n        </ram:SpecifiedTradeSettlementLineMonetarySummation>\n`;
    x += '      </ram:SpecifiedLineTradeSettlement>\n    </ram:IncludedSupplyChainTradeLineItem>\n';
    yield x;
  }

  let agreement = '    <ram:ApplicableHeaderTradeAgreement>\n';
  agreement += party('SellerTradeParty', e.seller, '      ');
  agreement += party('BuyerTradeParty', e.buyer, '      ');
  agreement += '    </ram:ApplicableHeaderTradeAgreement>\n    <ram:ApplicableHeaderTradeDelivery/>\n';
  yield agreement;

  const p = e.payment;
  let s = '    <ram:ApplicableHeaderTradeSettlement>\n';
  if (p.creditorId !== undefined) s += `      <ram:CreditorReferenceID>${text(p.creditorId, 'seller.creditorId')}</ram:CreditorReferenceID>\n`;
  s += `      <ram:PaymentReference>${text(p.reference, 'number')}</ram:PaymentReference>\n`;
  if (e.vatCurrency !== undefined) s += `      <ram:TaxCurrencyCode>${e.vatCurrency}</ram:TaxCurrencyCode>\n`;
  s += `      <ram:InvoiceCurrencyCode>${e.currency}</ram:InvoiceCurrencyCode>\n`;
  s += `      <ram:SpecifiedTradeSettlementPaymentMeans>\n        <ram:TypeCode>${p.meansCode}</ram:TypeCode>\n`;
  if (p.debtorIban !== undefined) s += `        <ram:PayerPartyDebtorFinancialAccount>\n          <ram:IBANID>${text(p.debtorIban, 'payment.debtorIban')}</ram:IBANID>\n        </ram:PayerPartyDebtorFinancialAccount>\n`;
  if (p.iban !== undefined) s += `        <ram:PayeePartyCreditorFinancialAccount>\n          <ram:IBANID>${text(p.iban, 'seller.iban')}</ram:IBANID>\n        </ram:PayeePartyCreditorFinancialAccount>\n`;
  if (p.bic !== undefined) s += `        <ram:PayeeSpecifiedCreditorFinancialInstitution>\n          <ram:BICID>${text(p.bic, 'seller.bic')}</ram:BICID>\n        </ram:PayeeSpecifiedCreditorFinancialInstitution>\n`;
  s += '      </ram:SpecifiedTradeSettlementPaymentMeans>\n';
  for (const b of e.vatBreakdown) {
    s += `      <ram:ApplicableTradeTax>\n        <ram:CalculatedAmount>${amount(b.tax)}</ram:CalculatedAmount>\n        <ram:TypeCode>VAT</ram:TypeCode>\n`;
    if (b.exemptionReason !== undefined) s += `        <ram:ExemptionReason>${text(b.exemptionReason, 'lines.exemptionReason')}</ram:ExemptionReason>\n`;
    s += `        <ram:BasisAmount>${amount(b.basis)}</ram:BasisAmount>\n        <ram:CategoryCode>${b.category}</ram:CategoryCode>\n`;
    if (b.exemptionCode !== undefined) s += `        <ram:ExemptionReasonCode>${text(b.exemptionCode, 'lines.exemptionCode')}</ram:ExemptionReasonCode>\n`;
    if (b.category !== 'O') s += `        <ram:RateApplicablePercent>${b.rate}</ram:RateApplicablePercent>\n`;
    s += '      </ram:ApplicableTradeTax>\n';
  }
  if (e.period !== undefined) s += period(e.period, '      ');
  if (p.terms !== undefined || p.dueDate !== undefined || p.mandate !== undefined) {
    s += '      <ram:SpecifiedTradePaymentTerms>\n';
    if (p.terms !== undefined) s += `        <ram:Description>${text(p.terms, 'payment.terms')}</ram:Description>\n`;
    if (p.dueDate !== undefined) s += `        <ram:DueDateDateTime><udt:DateTimeString format="102">${date102(p.dueDate)}</udt:DateTimeString></ram:DueDateDateTime>\n`;
    if (p.mandate !== undefined) s += `        <ram:DirectDebitMandateID>${text(p.mandate, 'payment.mandate')}</ram:DirectDebitMandateID>\n`;
    s += '      </ram:SpecifiedTradePaymentTerms>\n';
  }
  const t = e.totals;
  s +=
    '      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n' +
    `        <ram:LineTotalAmount>${amount(t.lineTotal)}</ram:LineTotalAmount>\n` +
    `        <ram:TaxBasisTotalAmount>${amount(t.taxBasis)}</ram:TaxBasisTotalAmount>\n` +
    `        <ram:TaxTotalAmount currencyID="${e.currency}">${amount(t.tax)}</ram:TaxTotalAmount>\n`;
  if (e.vatCurrency !== undefined && t.taxInVatCurrency !== undefined) s += `        <ram:TaxTotalAmount currencyID="${e.vatCurrency}">${amountIn(t.taxInVatCurrency, currencyScale(e.vatCurrency, ['vatCurrency']))}</ram:TaxTotalAmount>\n`;
  s += `        <ram:GrandTotalAmount>${amount(t.grandTotal)}</ram:GrandTotalAmount>\n`;
  if (!t.prepaid.isZero()) s += `        <ram:TotalPrepaidAmount>${amount(t.prepaid)}</ram:TotalPrepaidAmount>\n`;
  s += `        <ram:DuePayableAmount>${amount(t.due)}</ram:DuePayableAmount>\n      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n`;
  if (e.precedingInvoice !== undefined) {
    s += `      <ram:InvoiceReferencedDocument>\n        <ram:IssuerAssignedID>${text(e.precedingInvoice.number, 'corrects')}</ram:IssuerAssignedID>\n        <ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${date102(e.precedingInvoice.date)}</qdt:DateTimeString></ram:FormattedIssueDateTime>\n      </ram:InvoiceReferencedDocument>\n`;
  }
  s += '    </ram:ApplicableHeaderTradeSettlement>\n  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n';
  yield s;
}

/**
 * UN/CEFACT Cross Industry Invoice (CII D16B) XML under the EN 16931 profile
 * (Factur-X 1.07 "EN 16931", guideline `urn:cen.eu:en16931:2017`), from an
 * {@link eInvoice} model: lines, VAT breakdown, totals, deposits deducted
 * (prepaid amount), payment means and terms, the invoice a note corrects, and
 * the French mandatory mentions as notes. The writer lays the model out and
 * computes nothing.
 *
 * @example
 * ```ts
 * const xml = formats.cii.serialize(eInvoice(businessInvoice, defaultRules(), { seller }));
 * xml.includes('<ram:TypeCode>380</ram:TypeCode>') //=> true
 * ```
 */
export const ciiFormat: Format<EInvoice, CiiOptions> = defineFormat<EInvoice, CiiOptions>({
  id: 'cii',
  mediaType: 'application/xml',
  description: 'EN 16931 e-invoice as UN/CEFACT CII D16B XML (Factur-X EN 16931 profile), from an eInvoice model',
  fileName: (context) => `facture${context.siren ? `-${context.siren.replace(/[^0-9A-Za-z]/g, '')}` : ''}.xml`,
  chunks: ciiChunks,
});
