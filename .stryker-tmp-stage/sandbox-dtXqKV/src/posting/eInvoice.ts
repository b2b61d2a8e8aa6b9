// @ts-nocheck
import * as z from 'zod/mini';
import type { IsoDate } from '../calendar/index.js';
import { AccountingError, fromZodIssues, issue, type AccountingIssue } from '../errors/index.js';
import { Decimal, minorToDecimal, type VatRate } from '../money/index.js';
import { addressSchema, isoDateSchema, siretSchema, sirenSchema, vatNumberSchema } from '../schemas/_lib/primitives.js';
import { invoiceSchema, type Invoice } from '../schemas/invoice.js';
import { compile } from './_lib/compiled.js';
import { lineAmount } from './_lib/figures.js';
import { invoiceFiguresOf } from './_lib/invoiceFigures.js';
import { mulDivRound } from './_lib/minor.js';
import { defaultRules, type PostingRules } from './rules.js';

/**
 * A postal address on an e-invoice (EN 16931 BG-5 seller, BG-8 buyer).
 *
 * @example
 * ```ts
 * const address: EInvoiceAddress = { lines: ['12 rue des Lilas'], postcode: '75011', city: 'Paris', country: 'FR' };
 * ```
 */
export interface EInvoiceAddress {
  /** One to three street lines (BT-35, BT-36, BT-162). */
  readonly lines: ReadonlyArray<string>;
  /** Post code (BT-38 / BT-53). */
  readonly postcode?: string | undefined;
  /** City (BT-37 / BT-52). */
  readonly city: string;
  /** ISO 3166-1 alpha-2 country code (BT-40 / BT-55). */
  readonly country: string;
}

/**
 * The seller's identity on its e-invoices: name, SIREN, address, and what the
 * payment means need (IBAN for a credit transfer, SEPA creditor identifier for
 * a direct debit).
 *
 * @example
 * ```ts
 * const seller: EInvoiceSeller = {
 *   name: 'SALLE DE SPORT SARL', siren: '123456782', vatNumber: 'FR11123456782',
 *   address: { lines: ['1 avenue du Stade'], postcode: '69007', city: 'Lyon', country: 'FR' },
 *   iban: 'FR7630006000011234567890189',
 * };
 * ```
 */
export interface EInvoiceSeller {
  /** Registered name (BT-27). */
  readonly name: string;
  /** SIREN (BT-30, scheme 0002) — also the electronic address (BT-34, scheme 0225) unless `electronicAddress` is given. */
  readonly siren: string;
  /** SIRET of the establishment (BT-29, scheme 0009). */
  readonly siret?: string | undefined;
  /** Intra-community VAT number (BT-31): required when a line is taxed (EN 16931 BR-S-02). */
  readonly vatNumber?: string | undefined;
  /** Postal address (BG-5; required, BR-08). */
  readonly address: EInvoiceAddress;
  /** Legal form and share capital as printed (BT-33), e.g. "SARL au capital de 10 000 €". */
  readonly legalForm?: string | undefined;
  /** Electronic address for routing (BT-34) with its scheme; @defaultValue the SIREN, scheme 0225 */
  readonly electronicAddress?: {
    /** The address itself (a SIREN, an e-mail…). */
    readonly id: string;
    /** Its scheme: ISO 6523 ICD (`0225` French directory, `0009` SIRET) or `EM` for e-mail. */
    readonly scheme: string;
  } | undefined;
  /** IBAN credited by a credit transfer (BT-84). */
  readonly iban?: string | undefined;
  /** BIC of that account (BT-86). */
  readonly bic?: string | undefined;
  /** SEPA creditor identifier for direct debits (BT-90). */
  readonly creditorId?: string | undefined;
}

/**
 * How and when the invoice is paid (EN 16931 BG-16 and BT-9 / BT-20).
 *
 * @example
 * ```ts
 * const payment: EInvoicePayment = { means: 'direct-debit', mandate: 'RUM-0001', dueDate: '2024-11-05' };
 * ```
 */
export interface EInvoicePayment {
  /** `credit-transfer` (SEPA, code 58), `direct-debit` (SEPA, 59), `card` (48), `cheque` (20) or `cash` (10). @defaultValue 'credit-transfer' */
  readonly means?: 'credit-transfer' | 'direct-debit' | 'card' | 'cheque' | 'cash' | undefined;
  /** Due date (BT-9), YYYY-MM-DD. */
  readonly dueDate?: string | undefined;
  /** Payment terms as printed (BT-20). @defaultValue "Paiement à réception de facture." when there is no due date */
  readonly terms?: string | undefined;
  /** SEPA mandate reference (BT-89), required for a direct debit. */
  readonly mandate?: string | undefined;
  /** IBAN debited (BT-91), for a direct debit. */
  readonly debtorIban?: string | undefined;
}

/**
 * The French mandatory mentions of a B2B invoice (Code de commerce
 * art. L441-9 and L441-10, D441-5), written as notes with their UNTDID 4451
 * subject codes.
 *
 * @example
 * ```ts
 * const notes: EInvoiceNotes = { penalties: 'Pénalités de retard : 10 % l’an.' };
 * ```
 */
export interface EInvoiceNotes {
  /** Late-payment penalties (subject PMD). @defaultValue three times the legal interest rate, L441-10 */
  readonly penalties?: string | undefined;
  /** The fixed recovery fee (subject PMT). @defaultValue 40 €, D441-5 */
  readonly recoveryFee?: string | undefined;
  /** Early-payment discount conditions (subject AAB). @defaultValue no discount */
  readonly discount?: string | undefined;
  /** Further free-text notes (subject AAI). */
  readonly other?: ReadonlyArray<string> | undefined;
}

/**
 * Options of {@link eInvoice}.
 *
 * @example
 * ```ts
 * const options: EInvoiceOptions = { seller, payment: { means: 'credit-transfer', dueDate: '2024-11-14' } };
 * ```
 */
export interface EInvoiceOptions {
  /** The seller's identity (required). */
  readonly seller: EInvoiceSeller;
  /** The documents the invoice refers to: the deposit invoices it deducts, the invoice a credit note corrects. */
  readonly context?: ReadonlyArray<unknown> | undefined;
  /** Payment means, terms and due date. */
  readonly payment?: EInvoicePayment | undefined;
  /** The mandatory mentions (defaults in French). */
  readonly notes?: EInvoiceNotes | undefined;
  /**
   * The French billing framework (« cadre de facturation », BT-23; BR-FR-08): `B` goods, `S` services, `M`
   * both, followed by `1` an invoice, `2` an invoice already paid, `4` a final invoice after deposits, or the
   * other codes of the external specifications (`S3`, `S5`, `S6`, `B7`/`S7`, `B8`/`S8`/`M8`, `B9`/`S9`/`M9`).
   * @defaultValue from the lines (goods, services or both) and the invoice (`4` when it deducts deposits, else `1`)
   */
  readonly businessProcess?: EInvoiceBusinessProcess | undefined;
}

/**
 * The French billing framework codes (« cadre de facturation », BT-23) the FNFE BR-FR Schematron
 * (BR-FR-08, XP Z12-012 v1.4) accepts.
 *
 * @example
 * ```ts
 * const process: EInvoiceBusinessProcess = 'S4'; // services, final invoice after deposits
 * ```
 */
export type EInvoiceBusinessProcess = 'B1' | 'S1' | 'M1' | 'B2' | 'S2' | 'M2' | 'S3' | 'B4' | 'S4' | 'M4' | 'S5' | 'S6' | 'B7' | 'S7' | 'B8' | 'S8' | 'M8' | 'B9' | 'S9' | 'M9';
const BUSINESS_PROCESSES = ['B1', 'S1', 'M1', 'B2', 'S2', 'M2', 'S3', 'B4', 'S4', 'M4', 'S5', 'S6', 'B7', 'S7', 'B8', 'S8', 'M8', 'B9', 'S9', 'M9'] as const;

/**
 * The EN 16931 VAT category codes an e-invoice from partie-double uses: `S`
 * standard rated, `E` exempt (also the tourist tax, a disbursement outside the
 * VAT base), `AE` reverse charge, `K` intra-community supply, `O` not subject
 * to VAT.
 *
 * @example
 * ```ts
 * const category: VatCategory = 'S';
 * ```
 */
export type VatCategory = 'S' | 'E' | 'AE' | 'K' | 'O';

/**
 * A party of an e-invoice as laid out.
 *
 * @example
 * ```ts
 * const buyer: EInvoiceParty = { id: 'C0001', name: 'ACME SAS', siren: '732829320', address: { lines: ['3 rue Neuve'], city: 'Lyon', country: 'FR' } };
 * ```
 */
export interface EInvoiceParty {
  /** The buyer's id in the seller's books (BT-46); absent for the seller. */
  readonly id?: string | undefined;
  /** Name (BT-27 / BT-44). */
  readonly name: string;
  /** SIREN (BT-30 / BT-47, scheme 0002). */
  readonly siren?: string | undefined;
  /** SIRET (BT-29 / BT-46 global id, scheme 0009). */
  readonly siret?: string | undefined;
  /** VAT number (BT-31 / BT-48). */
  readonly vatNumber?: string | undefined;
  /** Postal address. */
  readonly address: EInvoiceAddress;
  /** Electronic address (BT-34 / BT-49) and its scheme (0225 SIREN, EM e-mail). */
  readonly electronicAddress?: {
    /** The address itself (a SIREN, an e-mail…). */
    readonly id: string;
    /** Its scheme: ISO 6523 ICD (`0225` French directory, `0009` SIRET) or `EM` for e-mail. */
    readonly scheme: string;
  } | undefined;
  /** Legal form (BT-33), seller only. */
  readonly legalForm?: string | undefined;
}

/**
 * One line of an e-invoice (EN 16931 BG-25).
 *
 * @example
 * ```ts
 * const line: EInvoiceLine = model.lines[0]!;
 * line.netAmount.toFixed(2) //=> '500.00'
 * ```
 */
export interface EInvoiceLine {
  /** Line id (BT-126): the document line's id, or its 1-based position. */
  readonly id: string;
  /** Item name (BT-153). */
  readonly name: string;
  /** Invoiced quantity (BT-129); negative for a discount line (the price stays positive, BR-27). */
  readonly quantity: Decimal;
  /** Net price excl. VAT of one unit (BT-146), up to 4 decimals when prices were given incl. VAT. */
  readonly netPrice: Decimal;
  /** Net amount excl. VAT (BT-131): the line's share of its rate's base, exactly as posted. */
  readonly netAmount: Decimal;
  /** VAT category (BT-151). */
  readonly category: VatCategory;
  /** VAT rate in percent (BT-152); '0' outside category S. */
  readonly rate: VatRate;
  /** Service period of the line (BG-26). */
  readonly period?: {
    /** First day of the service (BT-134). */
    readonly from: IsoDate;
    /** Last day of the service (BT-135). */
    readonly to: IsoDate;
  } | undefined;
  /** Whether the line is a disbursement collected for a third party (tourist tax), never revenue. */
  readonly disbursement: boolean;
}

/**
 * One VAT breakdown of an e-invoice (EN 16931 BG-23).
 *
 * @example
 * ```ts
 * const b: EInvoiceVatBreakdown = model.vatBreakdown[0]!;
 * [b.category, b.rate, b.basis.toFixed(2), b.tax.toFixed(2)] //=> ['S', '20', '500.00', '100.00']
 * ```
 */
export interface EInvoiceVatBreakdown {
  /** Category (BT-118). */
  readonly category: VatCategory;
  /** Rate in percent (BT-119). */
  readonly rate: VatRate;
  /** Taxable amount (BT-116) = Σ the category's line net amounts. */
  readonly basis: Decimal;
  /** VAT (BT-117): the rate's VAT as `post` computes it (rounded once per rate, or per line, as the rules say). */
  readonly tax: Decimal;
  /** Exemption reason text (BT-120), outside category S. */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code (BT-121, CEF VATEX list). */
  readonly exemptionCode?: string | undefined;
}

/**
 * The figures and parties of an EN 16931 e-invoice, computed from an invoice
 * document the way `post` computes its entries; {@link cii} lays it out as
 * UN/CEFACT CII XML.
 *
 * @example
 * ```ts
 * const model: EInvoice = eInvoice(businessInvoice, defaultRules(), { seller });
 * model.totals.due.toFixed(2) //=> '600.00'
 * ```
 */
export interface EInvoice {
  /** Invoice number (BT-1). */
  readonly number: string;
  /**
   * Document type (BT-3): 380 invoice, 381 credit note, 384 corrected invoice (a debit note, with the invoice it
   * corrects: the French CTC list, BR-FR-04, has no 383), 386 prepayment (deposit) invoice.
   */
  readonly typeCode: '380' | '381' | '384' | '386';
  /** The French billing framework (BT-23, BR-FR-08), e.g. `S1` services, `B4` goods after deposits. */
  readonly businessProcess: EInvoiceBusinessProcess;
  /** Issue date (BT-2). */
  readonly issueDate: IsoDate;
  /** Invoice currency (BT-5). */
  readonly currency: string;
  /** VAT accounting currency (BT-6) when it differs from the invoice currency: the book currency. */
  readonly vatCurrency?: string | undefined;
  /** Seller (BG-4). */
  readonly seller: EInvoiceParty;
  /** Buyer (BG-7). */
  readonly buyer: EInvoiceParty;
  /** The invoice a credit or debit note corrects (BG-3). */
  readonly precedingInvoice?: {
    /** Its number (BT-25). */
    readonly number: string;
    /** Its issue date (BT-26). */
    readonly date: IsoDate;
  } | undefined;
  /** Invoicing period (BG-14): from the earliest to the latest service period of the lines. */
  readonly period?: {
    /** First day (BT-73). */
    readonly from: IsoDate;
    /** Last day (BT-74). */
    readonly to: IsoDate;
  } | undefined;
  /** Lines (BG-25), in document order. */
  readonly lines: ReadonlyArray<EInvoiceLine>;
  /** VAT breakdown (BG-23), one per category and rate. */
  readonly vatBreakdown: ReadonlyArray<EInvoiceVatBreakdown>;
  /** Document totals (BG-22). */
  readonly totals: {
    /** Σ line net amounts (BT-106). */
    readonly lineTotal: Decimal;
    /** Total excl. VAT (BT-109). */
    readonly taxBasis: Decimal;
    /** Total VAT (BT-110). */
    readonly tax: Decimal;
    /** Total VAT in the VAT accounting currency (BT-111), when `vatCurrency` is set. */
    readonly taxInVatCurrency?: Decimal | undefined;
    /** Total incl. VAT (BT-112). */
    readonly grandTotal: Decimal;
    /** Deposits already invoiced and deducted (BT-113). */
    readonly prepaid: Decimal;
    /** Amount due (BT-115): what `post` debits to the customer account. */
    readonly due: Decimal;
  };
  /** Notes (BG-1) with their subject codes. */
  readonly notes: ReadonlyArray<{
    /** UNTDID 4451 subject code (BT-21): PMD penalties, PMT recovery fee, AAB discount, TXD tax mention, AAI other. */
    readonly subject: 'PMD' | 'PMT' | 'AAB' | 'AAI' | 'TXD';
    /** The note (BT-22). */
    readonly text: string;
  }>;
  /** Payment instructions (BG-16) and terms. */
  readonly payment: {
    /** UNTDID 4461 code (BT-81). */
    readonly meansCode: '58' | '59' | '48' | '20' | '10';
    /** IBAN credited by a credit transfer (BT-84). */
    readonly iban?: string | undefined;
    /** BIC of that account (BT-86). */
    readonly bic?: string | undefined;
    /** SEPA creditor identifier of a direct debit (BT-90). */
    readonly creditorId?: string | undefined;
    /** SEPA mandate reference of a direct debit (BT-89). */
    readonly mandate?: string | undefined;
    /** IBAN debited by a direct debit (BT-91). */
    readonly debtorIban?: string | undefined;
    /** Due date (BT-9). */
    readonly dueDate?: IsoDate | undefined;
    /** Payment terms as printed (BT-20). */
    readonly terms?: string | undefined;
    /** Remittance information (BT-83): the invoice number. */
    readonly reference: string;
  };
}

const TYPE_CODES = { final: '380', 'credit-note': '381', 'debit-note': '384', deposit: '386' } as const;
const MEANS = { 'credit-transfer': '58', 'direct-debit': '59', card: '48', cheque: '20', cash: '10' } as const;

/**
 * The tourist tax on an e-invoice: collected for the commune, outside the VAT
 * base as a disbursement (CGI art. 267-II-2°; Directive 2006/112/EC
 * art. 79 c), never revenue. EN 16931 forbids mixing category O with taxed
 * lines (BR-O-11 to BR-O-14), so it goes as category E with the VATEX code of
 * article 79 c.
 */
const TOURIST_TAX = Object.freeze({
  code: 'VATEX-EU-79-C',
  reason: 'Taxe de séjour perçue pour le compte de la commune : débours hors base de TVA (CGI art. 267-II-2°)',
});

const EXEMPTION_CATEGORY = { exempt: 'E', 'out-of-scope': 'O', 'reverse-charge': 'AE', 'intra-eu': 'K' } as const;
const DEFAULT_REASONS: Partial<Record<VatCategory, { readonly code: string; readonly reason: string }>> = {
  AE: { code: 'VATEX-EU-AE', reason: 'Autoliquidation' },
  K: { code: 'VATEX-EU-IC', reason: 'Exonération de TVA, livraison intracommunautaire (CGI art. 262 ter-I)' },
  O: { code: 'VATEX-EU-O', reason: 'Non soumis à la TVA' },
};

const nonBlank = z.string().check(z.refine((v) => /\S/.test(v), { error: 'This text is empty: fill it in.' }));
// The seller's identifiers and address are read with the document parties' own schemas (one rule for a SIREN, a SIRET, a VAT number, an address).
const sellerSchema = z.strictObject({
  name: nonBlank,
  siren: sirenSchema,
  siret: z.optional(siretSchema),
  vatNumber: z.optional(vatNumberSchema),
  address: addressSchema,
  legalForm: z.optional(z.string()),
  electronicAddress: z.optional(z.strictObject({ id: nonBlank, scheme: nonBlank })),
  iban: z.optional(z.string()),
  bic: z.optional(z.string()),
  creditorId: z.optional(z.string()),
});
const optionsSchema = z.strictObject({
  seller: sellerSchema,
  context: z.optional(z.array(z.unknown())),
  payment: z.optional(
    z.strictObject({
      means: z.optional(z.enum(['credit-transfer', 'direct-debit', 'card', 'cheque', 'cash'])),
      dueDate: z.optional(isoDateSchema),
      terms: z.optional(z.string()),
      mandate: z.optional(nonBlank),
      debtorIban: z.optional(z.string()),
    }),
  ),
  notes: z.optional(
    z.strictObject({
      penalties: z.optional(nonBlank),
      recoveryFee: z.optional(nonBlank),
      discount: z.optional(nonBlank),
      other: z.optional(z.array(nonBlank)),
    }),
  ),
  businessProcess: z.optional(z.enum(BUSINESS_PROCESSES)),
});

/** BR-FR-01 / BR-FR-02: an invoice number of at most 35 characters among letters, digits and + - _ / (no space). */
const INVOICE_NUMBER = /^[A-Za-z0-9+\-_/]{1,35}$/;
/** BR-FR-16: the VAT rates of French law (metropolitan, Corsica, overseas departments, past rates). */
const FRENCH_RATES: ReadonlySet<string> = new Set(['0', '10', '13', '20', '8.5', '19.6', '2.1', '5.5', '7', '20.6', '1.05', '0.9', '1.75', '9.2', '9.6']);

/**
 * Computes the EN 16931 e-invoice of an invoice, credit note, debit note or
 * deposit invoice — lines, VAT breakdown per category and rate, totals, the
 * deposits deducted, payment means and the French mandatory mentions — with
 * the figures `post` posts: the line total less the tourist tax is the 7xx
 * credit, the VAT per rate is the invoice's VAT (collected + pending, whatever
 * the regime), the amount due is the 411 debit. {@link cii} lays it out.
 *
 * E-invoices are for business customers: the customer needs a SIREN or a VAT
 * number and a postal address (EN 16931 BR-10, BR-11); consumers go to
 * e-reporting. The French CTC rules that apply to what it writes are checked
 * too (FNFE BR-FR Schematron v1.4.0.03 for XP Z12-012): the invoice number
 * (BR-FR-01, BR-FR-02), dates in 2000–2099 (BR-FR-03), the buyer's electronic
 * address (BR-FR-12), French VAT rates (BR-FR-16), the due date (BR-FR-CO-07)
 * and the billing framework (BT-23, BR-FR-08, BR-FR-CO-08, BR-FR-CO-09).
 *
 * @param invoice - an invoice document (checked like every document)
 * @param rules - posting rules @defaultValue defaultRules()
 * @param options - the seller's identity, the documents referred to, payment and notes
 * @returns the e-invoice model
 * @throws AccountingError `missing_party_identity`, `invalid_vat_number`, `invalid_siren`, `missing_exemption_reason`, `invalid_vat_category`, `unknown_vat_rate`, `invalid_date`, `invalid_input`, `invalid_option`, and every code `post` reports on the invoice
 * @example
 * ```ts
 * const seller = { name: 'SALLE DE SPORT SARL', siren: '123456782', vatNumber: 'FR11123456782',
 *   address: { lines: ['1 avenue du Stade'], postcode: '69007', city: 'Lyon', country: 'FR' }, iban: 'FR7630006000011234567890189' };
 * const model = eInvoice({
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
 *   customer: { id: 'C0001', name: 'ACME SAS', siren: '732829320', address: { lines: ['3 rue Neuve'], postcode: '69002', city: 'Lyon', country: 'FR' } },
 *   lines: [{ label: 'Abonnement entreprise', quantity: '10', unitPrice: '50.00', vatRate: '20' }],
 * }, defaultRules(), { seller });
 * [model.totals.taxBasis.toFixed(2), model.totals.tax.toFixed(2), model.totals.due.toFixed(2)] //=> ['500.00', '100.00', '600.00']
 * ```
 */
export function eInvoice(invoice: unknown, rules: PostingRules = defaultRules(), options: EInvoiceOptions): EInvoice {
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new AccountingError(fromZodIssues(parsedOptions.error.issues, ['options'], { schema: optionsSchema, input: options }).map((i) => (i.code === 'invalid_input' ? issue('invalid_option', i.path, i.message) : i)));
  }
  const o = parsedOptions.data;
  const parsed = invoiceSchema.safeParse(invoice);
  if (!parsed.success) throw new AccountingError(fromZodIssues(parsed.error.issues, [], { schema: invoiceSchema, input: invoice }));
  const d: Invoice = parsed.data;
  const issues: AccountingIssue[] = [];
  const add = (code: AccountingIssue['code'], path: ReadonlyArray<string | number>, message: string): void => {
    issues.push(issue(code, path, message));
  };
  if (d.kind === 'proforma') add('invalid_input', ['kind'], 'A proforma is not an invoice: it has no e-invoice (issue the deposit or final invoice).');
  if (d.status === 'draft') add('invalid_input', ['status'], 'A draft has no number yet: issue it before writing its e-invoice.');
  if (issues.length > 0) throw new AccountingError(issues);
  // French CTC rules (FNFE BR-FR Schematron v1.4.0.03, XP Z12-012): number, dates, due date.
  if (!INVOICE_NUMBER.test(d.number!)) {
    add('invalid_input', ['number'], `Invoice number ${JSON.stringify(d.number)} cannot go on a French e-invoice: at most 35 characters among letters, digits and + - _ / without spaces (BR-FR-01, BR-FR-02).`);
  }
  const yearOk = (date: string): boolean => date >= '2000-01-01' && date <= '2099-12-31';
  if (!yearOk(d.date)) add('invalid_date', ['date'], `Date ${d.date} is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).`);
  d.lines.forEach((l, k) => {
    if (l.servicePeriod !== undefined && (!yearOk(l.servicePeriod.from) || !yearOk(l.servicePeriod.to))) add('invalid_date', ['lines', k, 'servicePeriod'], `Service period ${l.servicePeriod.from} – ${l.servicePeriod.to} is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).`);
  });
  const due = o.payment?.dueDate;
  if (due !== undefined && !yearOk(due)) add('invalid_date', ['options', 'payment', 'dueDate'], `Due date ${due} is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).`);
  else if (due !== undefined && due < d.date && d.kind !== 'deposit' && !['B2', 'S2', 'M2'].includes(o.businessProcess ?? '')) {
    add('invalid_option', ['options', 'payment', 'dueDate'], `Due date ${due} is before the invoice date ${d.date}: a French e-invoice's due date is on or after its date, but for a deposit invoice or one already paid (BR-FR-CO-07).`);
  }
  if (issues.length > 0) throw new AccountingError(issues);

  const c = compile(rules);
  const info = invoiceFiguresOf(d, invoice, o.context ?? [], c);
  const scale = info.scale;
  const dec = (m: number): Decimal => minorToDecimal(m, scale);

  // Parties.
  const seller = o.seller;
  if (seller.siret !== undefined && !seller.siret.startsWith(seller.siren)) {
    add('invalid_siren', ['options', 'seller', 'siret'], `SIRET ${seller.siret} is not an establishment of SIREN ${seller.siren}: a SIRET starts with its SIREN.`);
  }
  const customer = d.customer;
  const buyerAddress = customer.address;
  if (customer.siren === undefined && customer.vatNumber === undefined) {
    add('missing_party_identity', ['customer'], `Customer ${customer.id} has neither a SIREN nor a VAT number: an e-invoice goes to a business, identified by its SIREN (or, outside France, its VAT number). A consumer's sale goes to e-reporting instead.`);
  }
  if (buyerAddress === undefined) add('missing_party_identity', ['customer', 'address'], `Customer ${customer.id} has no postal address: EN 16931 requires the buyer's address with its country on every e-invoice (BR-10, BR-11).`);
  if (customer.siren === undefined && customer.email === undefined) {
    add('missing_party_identity', ['customer', 'email'], `Customer ${customer.id} has neither a SIREN nor an e-mail address: a French e-invoice gives the buyer's electronic address (BT-49, BR-FR-12) — its SIREN (scheme 0225) or, for a buyer outside the French directory, its e-mail (scheme EM).`);
  }
  if (customer.address?.country === 'FR' && customer.siren === undefined && customer.vatNumber !== undefined) {
    add('missing_party_identity', ['customer', 'siren'], `Customer ${customer.id} is in France: give its SIREN, the identifier French e-invoices are addressed by.`);
  }

  // Lines: categories and net amounts (each rate's base spread over its lines as post spreads it over accounts).
  const perLine = c.rules.vatRounding === 'per-line';
  const sink = { issues: [] as unknown[], add: () => undefined };
  const gross = d.lines.map((l, k) => lineAmount(l, scale, c.rules.rounding, ['lines'], k, sink));
  const net = gross.slice();
  for (const t of info.figures.rates) {
    if (t.info.zero || d.pricesIncludeTax !== true) continue;
    const r = t.info;
    let sum = 0;
    let largest = -1;
    d.lines.forEach((l, k) => {
      if (l.kind === 'tourist-tax' || c.rate(l.vatRate!) !== r) return;
      net[k] = mulDivRound(gross[k]!, r.den, r.den + r.num, c.rules.rounding);
      sum += net[k]!;
      if (largest < 0 || Math.abs(gross[k]!) > Math.abs(gross[largest]!)) largest = k;
    });
    if (!perLine && largest >= 0) net[largest]! += t.base - sum;
  }
  const lines: EInvoiceLine[] = [];
  const categories = new Set<VatCategory>();
  d.lines.forEach((l, k) => {
    const tourist = l.kind === 'tourist-tax';
    const rate = tourist ? undefined : c.rate(l.vatRate!)!;
    const category: VatCategory = tourist ? 'E' : rate!.zero ? EXEMPTION_CATEGORY[l.exemption!] : 'S';
    categories.add(category);
    if (rate !== undefined && !FRENCH_RATES.has(rate.rate)) {
      add('unknown_vat_rate', ['lines', k, 'vatRate'], `VAT rate ${rate.rate} % is not a rate of French law: a French e-invoice accepts 0, 0.9, 1.05, 1.75, 2.1, 5.5, 7, 8.5, 9.2, 9.6, 10, 13, 19.6, 20 and 20.6 % (BR-FR-16).`);
    }
    if (category === 'E' && !tourist && l.exemptionReason === undefined && l.exemptionCode === undefined) {
      add('missing_exemption_reason', ['lines', k, 'exemptionReason'], `Line ${k + 1} is exempt from VAT: give the legal ground of its exemption (exemptionReason, e.g. "Exonération de TVA, article 261-4-1° du CGI", and/or exemptionCode, a VATEX code) — EN 16931 BR-E-10 and CGI annexe II art. 242 nonies A require it.`);
    }
    if (l.exemptionCode !== undefined && category !== 'E' && l.exemptionCode !== DEFAULT_REASONS[category]?.code) {
      add('invalid_vat_category', ['lines', k, 'exemptionCode'], `Exemption code ${l.exemptionCode} does not fit a line of VAT category ${category} (${l.exemption ?? 'taxed at ' + l.vatRate + ' %'}): ${DEFAULT_REASONS[category] ? `use ${DEFAULT_REASONS[category]!.code}` : 'remove it'}.`);
    }
    const quantity = new Decimal(l.quantity);
    const amount = net[k]!;
    const negative = amount < 0;
    const q = negative ? quantity.negated() : quantity;
    const netAmount = dec(amount);
    const netPrice = q.isZero() ? new Decimal(0) : netAmount.dividedBy(q).toDecimalPlaces(d.pricesIncludeTax === true ? 4 : Math.max(scale, decimalsOf(l.unitPrice)), Decimal.ROUND_HALF_UP);
    lines.push(
      Object.freeze({
        id: l.id ?? String(k + 1),
        name: l.label,
        quantity: q,
        netPrice,
        netAmount,
        category,
        rate: (category === 'S' ? rate!.rate : '0') as VatRate,
        period: l.servicePeriod === undefined ? undefined : Object.freeze({ from: l.servicePeriod.from as IsoDate, to: l.servicePeriod.to as IsoDate }),
        disbursement: tourist,
      }),
    );
  });
  if (categories.has('O') && categories.size > 1) {
    add('invalid_vat_category', ['lines'], 'A line not subject to VAT (out-of-scope, category O) cannot share an e-invoice with other lines (EN 16931 BR-O-11 to BR-O-14): invoice it on its own.');
  }
  const buyerVat = customer.vatNumber;
  for (const cat of ['AE', 'K'] as const) {
    if (!categories.has(cat)) continue;
    if (buyerVat === undefined) add('missing_party_identity', ['customer', 'vatNumber'], `A ${cat === 'AE' ? 'reverse-charge' : 'intra-community'} line needs the buyer's VAT number (EN 16931 BR-${cat === 'AE' ? 'AE' : 'IC'}-02).`);
    if (seller.vatNumber === undefined) add('missing_party_identity', ['options', 'seller', 'vatNumber'], `A ${cat === 'AE' ? 'reverse-charge' : 'intra-community'} line needs the seller's VAT number (EN 16931 BR-${cat === 'AE' ? 'AE' : 'IC'}-02).`);
    if (cat === 'K' && buyerAddress !== undefined && buyerAddress.country === seller.address.country) {
      add('invalid_vat_category', ['lines'], `An intra-community supply goes to another member state, and the buyer is in ${buyerAddress.country} like the seller: use the VAT rate of a domestic sale.`);
    }
  }
  if (categories.has('S') && seller.vatNumber === undefined) {
    add('missing_party_identity', ['options', 'seller', 'vatNumber'], 'The invoice has taxed lines: give the seller\'s VAT number (EN 16931 BR-S-02).');
  }
  const means = o.payment?.means ?? 'credit-transfer';
  if (info.due > 0 && means === 'credit-transfer' && seller.iban === undefined) {
    add('missing_party_identity', ['options', 'seller', 'iban'], 'Payment by credit transfer: give the seller\'s IBAN (EN 16931 BR-50).');
  }
  if (means === 'direct-debit') {
    if (o.payment?.mandate === undefined) add('missing_party_identity', ['options', 'payment', 'mandate'], 'Payment by direct debit: give the SEPA mandate reference (EN 16931 BT-89).');
    if (seller.creditorId === undefined) add('missing_party_identity', ['options', 'seller', 'creditorId'], 'Payment by direct debit: give the seller\'s SEPA creditor identifier (EN 16931 BR-DE-? / BT-90).');
  }
  let preceding: EInvoice['precedingInvoice'];
  if (d.corrects !== undefined) {
    const target = (o.context ?? []).map((x) => invoiceSchema.safeParse(x)).find((x) => x.success && x.data.id === d.corrects);
    if (target === undefined || !target.success) {
      add('unknown_document', ['corrects'], `The invoice ${d.corrects} this note corrects is not in options.context: pass it, its number and date go on the e-invoice (EN 16931 BG-3).`);
    } else {
      preceding = Object.freeze({ number: target.data.number!, date: target.data.date as IsoDate });
      if (!INVOICE_NUMBER.test(preceding.number)) add('invalid_input', ['corrects'], `The corrected invoice's number ${JSON.stringify(preceding.number)} cannot go on a French e-invoice: at most 35 characters among letters, digits and + - _ / without spaces (BR-FR-01, BR-FR-02 on BT-25).`);
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);

  // VAT breakdown: one per (category, rate); exempt lines share one breakdown, their reasons joined.
  const breakdown: EInvoiceVatBreakdown[] = [];
  for (const t of info.figures.rates) {
    if (t.info.zero) continue;
    breakdown.push(Object.freeze({ category: 'S' as const, rate: t.info.rate as VatRate, basis: dec(t.base), tax: dec(t.vat) }));
  }
  for (const cat of ['E', 'AE', 'K', 'O'] as const) {
    if (!categories.has(cat)) continue;
    let basis = 0;
    const reasons: string[] = [];
    const codes = new Set<string>();
    d.lines.forEach((l, k) => {
      if (lines[k]!.category !== cat) return;
      basis += net[k]!;
      const tourist = l.kind === 'tourist-tax';
      const reason = tourist ? TOURIST_TAX.reason : (l.exemptionReason ?? DEFAULT_REASONS[cat]?.reason);
      const code = tourist ? TOURIST_TAX.code : (l.exemptionCode ?? DEFAULT_REASONS[cat]?.code);
      if (reason !== undefined && !reasons.includes(reason)) reasons.push(reason);
      codes.add(code ?? '');
    });
    const code = codes.size === 1 ? [...codes][0] : undefined;
    breakdown.push(
      Object.freeze({
        category: cat,
        rate: '0' as VatRate,
        basis: dec(basis),
        tax: dec(0),
        exemptionReason: reasons.length > 0 ? reasons.join(' ; ') : undefined,
        exemptionCode: code === '' ? undefined : code,
      }),
    );
  }

  const lineTotal = net.reduce((s, x) => s + x, 0);
  const prepaid = info.deductions.reduce((s, x) => s + x.amount, 0);
  let taxBook: number | undefined;
  const vatCurrency = info.conv === undefined ? undefined : c.currency;
  if (info.conv !== undefined) {
    const conv = info.conv;
    taxBook = 0;
    for (const t of info.figures.rates) taxBook += t.vat === 0 ? 0 : mulDivRound(t.vat, conv.num, conv.den, conv.mode);
  }
  let from: string | undefined;
  let to: string | undefined;
  for (const l of d.lines) {
    if (l.servicePeriod === undefined) continue;
    if (from === undefined || l.servicePeriod.from < from) from = l.servicePeriod.from;
    if (to === undefined || l.servicePeriod.to > to) to = l.servicePeriod.to;
  }

  const n = o.notes ?? {};
  const notes: Array<EInvoice['notes'][number]> = [
    { subject: 'PMD', text: n.penalties ?? 'En cas de retard de paiement, pénalités au taux de trois fois le taux d’intérêt légal (C. com. art. L441-10).' },
    { subject: 'PMT', text: n.recoveryFee ?? 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (C. com. art. L441-10 et D441-5).' },
    { subject: 'AAB', text: n.discount ?? 'Pas d’escompte pour paiement anticipé.' },
  ];
  const isGoods = (l: Invoice['lines'][number]): boolean => l.kind === 'goods' || (l.kind === undefined && l.account !== undefined && c.goodsSale(l.account));
  const services = d.lines.some((l) => l.kind !== 'tourist-tax' && !isGoods(l));
  const goods = d.lines.some((l) => l.kind !== 'tourist-tax' && isGoods(l));
  // BT-23 (BR-FR-08): goods, services or both; 4 for a final invoice after deposits, else 1.
  const deducting = d.deducts !== undefined && d.deducts.length > 0;
  const businessProcess: EInvoiceBusinessProcess = o.businessProcess ?? (`${goods && services ? 'M' : goods ? 'B' : 'S'}${deducting ? '4' : '1'}` as EInvoiceBusinessProcess);
  if (['B4', 'S4', 'M4'].includes(businessProcess) && d.kind === 'deposit') {
    throw new AccountingError([issue('invalid_option', ['options', 'businessProcess'], `Billing framework ${businessProcess} is for a final invoice after deposits, not a deposit invoice (BR-FR-CO-08): use ${businessProcess[0]}1.`)]);
  }
  if (['B2', 'S2', 'M2'].includes(businessProcess) && info.due !== 0) {
    throw new AccountingError([issue('invalid_option', ['options', 'businessProcess'], `Billing framework ${businessProcess} is for an invoice already paid, and this one leaves ${dec(info.due).toFixed(scale)} due (BR-FR-CO-09): use ${businessProcess[0]}1.`)]);
  }
  if (c.rules.vatExigibility === 'on-invoice' && services && categories.has('S')) notes.push({ subject: 'TXD', text: 'Option pour le paiement de la taxe d’après les débits.' });
  for (const text of n.other ?? []) notes.push({ subject: 'AAI', text });
  if (d.deducts !== undefined && d.deducts.length > 0) {
    const numbers = info.deductions.map((x) => (x.target.doc as Invoice).number).join(', ');
    notes.push({ subject: 'AAI', text: `Acomptes déduits : ${numbers}.` });
  }

  const sellerParty: EInvoiceParty = Object.freeze({
    name: seller.name,
    siren: seller.siren,
    siret: seller.siret,
    vatNumber: seller.vatNumber,
    address: Object.freeze({ ...seller.address, lines: Object.freeze([...seller.address.lines]) }),
    electronicAddress: seller.electronicAddress ?? { id: seller.siren, scheme: '0225' },
    legalForm: seller.legalForm,
  });
  const buyerParty: EInvoiceParty = Object.freeze({
    id: customer.id,
    name: customer.name,
    siren: customer.siren,
    siret: customer.siret,
    vatNumber: customer.vatNumber,
    address: Object.freeze({ ...buyerAddress!, lines: Object.freeze([...buyerAddress!.lines]) }),
    electronicAddress: customer.email !== undefined ? { id: customer.email, scheme: 'EM' } : customer.siren !== undefined ? { id: customer.siren, scheme: '0225' } : undefined,
  });
  const dueDate = o.payment?.dueDate as IsoDate | undefined;
  return Object.freeze({
    number: d.number!,
    typeCode: d.kind === 'debit-note' && preceding === undefined ? '380' : TYPE_CODES[d.kind as keyof typeof TYPE_CODES],
    businessProcess,
    issueDate: d.date as IsoDate,
    currency: info.currency,
    vatCurrency,
    seller: sellerParty,
    buyer: buyerParty,
    precedingInvoice: preceding,
    period: from === undefined ? undefined : Object.freeze({ from: from as IsoDate, to: to as IsoDate }),
    lines: Object.freeze(lines),
    vatBreakdown: Object.freeze(breakdown),
    totals: Object.freeze({
      lineTotal: dec(lineTotal),
      taxBasis: dec(lineTotal),
      tax: dec(info.figures.vat),
      taxInVatCurrency: taxBook === undefined ? undefined : minorToDecimal(taxBook, c.scale),
      grandTotal: dec(info.figures.total),
      prepaid: dec(prepaid),
      due: dec(info.due),
    }),
    notes: Object.freeze(notes.map((x) => Object.freeze(x))),
    payment: Object.freeze({
      meansCode: MEANS[means],
      iban: means === 'credit-transfer' ? seller.iban : undefined,
      bic: means === 'credit-transfer' ? seller.bic : undefined,
      creditorId: means === 'direct-debit' ? seller.creditorId : undefined,
      mandate: means === 'direct-debit' ? o.payment?.mandate : undefined,
      debtorIban: means === 'direct-debit' ? o.payment?.debtorIban : undefined,
      dueDate,
      terms: o.payment?.terms ?? (dueDate === undefined ? 'Paiement à réception de facture.' : undefined),
      reference: d.number!,
    }),
  });
}

/** Decimals written in a decimal string. */
function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
