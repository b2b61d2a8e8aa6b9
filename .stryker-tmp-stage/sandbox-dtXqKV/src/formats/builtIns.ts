// @ts-nocheck
// The built-in formats, one named export each (issue #13 §2): `import { fec } from 'partie-double'`
// bundles the FEC writer alone, where `formats` (the registry, src/formats/formats.ts) brings every
// format. Each export is named after its registry property — formatKey(id): `fec`, `quadratus`,
// `pain008` (id `pain.008`), `csvTrialBalance` (id `csv-trial-balance`)… — and is the very object
// `formats.<name>` holds. Plain aliases: no code runs when this module loads.
import { fecFormat } from './fec/fecFormat.js';
import { quadratusFormat } from './software/quadratus.js';
import { cielFormat } from './software/ciel.js';
import { cegidFormat } from './software/cegid.js';
import { coalaFormat } from './software/coala.js';
import { ebpFormat } from './software/ebp.js';
import { ledgerFormat } from './plaintext/ledger.js';
import { beancountFormat } from './plaintext/beancount.js';
import { pain008Format } from './sepa/pain008.js';
import { ciiFormat } from './einvoice/cii.js';
import { eReportingFormat } from './einvoice/eReportingXml.js';
import { csvSalesJournalFormat } from './csv/salesJournalCsv.js';
import { csvSalesJournalByDayFormat } from './csv/salesJournalByDayCsv.js';
import { csvReceiptsJournalFormat } from './csv/receiptsJournalCsv.js';
import { csvBankJournalFormat } from './csv/bankJournalCsv.js';
import { csvTrialBalanceFormat } from './csv/trialBalanceCsv.js';
import { csvCustomerTrialBalanceFormat } from './csv/customerTrialBalanceCsv.js';
import { csvDeferredRevenueFormat } from './csv/deferredRevenueCsv.js';
import { csvMonthlyLedgerFormat } from './csv/monthlyLedgerCsv.js';
import { csvSubledgerFormat } from './csv/subledgerCsv.js';
import { csvGeneralLedgerFormat } from './csv/generalLedgerCsv.js';
import { csvPurchasesJournalFormat } from './csv/purchasesJournalCsv.js';
import { csvVatSynthesisFormat } from './csv/vatSynthesisCsv.js';
import { csvAgedReceivablesFormat } from './csv/agedReceivablesCsv.js';
import { csvTillClosingsFormat } from './csv/tillClosingsCsv.js';
import {
  csvGymSubscriptionSalesFormat,
  csvGymSessionsSoldFormat,
  csvGymActiveSubscriptionsFormat,
  csvGymExpiringSubscriptionsFormat,
  csvGymCancellationsFormat,
  csvGymInvoicesFormat,
  csvGymPaymentsFormat,
  csvGymVoucherUsagesFormat,
  csvGymDirectDebitsFormat,
  csvGymDirectDebitBatchFormat,
  csvGymRejectionsFormat,
  csvGymNewDirectDebitCustomersFormat,
  csvGymIncidentsByMethodFormat,
  csvGymMembersInIncidentFormat,
  csvGymCustomerBalancesFormat,
  csvGymUnpaidFormat,
  csvGymDashboardFormat,
} from './csv/gym/index.js';
import { accountingSynthesisCsvFormat } from './csv/synthesis/accountingSynthesisCsv.js';
import { synthesisDocumentsCsvFormat } from './csv/synthesis/synthesisDocumentsCsv.js';
import { posFiguresCsvFormat } from './csv/synthesis/posFiguresCsv.js';
import { csvVatReturnFormat } from './csv/vatReturnCsv.js';
import { csvAccrualsFormat } from './csv/accrualsCsv.js';

/**
 * Fichier des écritures comptables (LPF art. A47 A-1), the file every French accounting program
 * imports and the tax administration asks for: the format `fec` (options: {@link FecOptions};
 * checked by {@link validateFec}), the very object `formats.fec` holds, importable alone.
 *
 * @example
 * ```ts
 * import { fec, formats } from 'partie-double';
 * fec.id //=> 'fec'
 * fec.mediaType //=> 'text/plain'
 * fec === formats.fec //=> true
 * fec.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> '123456782FEC20241231.txt'
 * ```
 */
export const fec = fecFormat;

/**
 * Quadratus / Cegid Quadra ASCII import: fixed-width M records of 231 characters, amounts in
 * cents: the format `quadratus` (options: {@link QuadratusOptions}), the very object
 * `formats.quadratus` holds, importable alone.
 *
 * @example
 * ```ts
 * import { quadratus, formats } from 'partie-double';
 * quadratus.id //=> 'quadratus'
 * quadratus.mediaType //=> 'text/plain'
 * quadratus === formats.quadratus //=> true
 * quadratus.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'quadratus-123456782-20240101-20241231.txt'
 * ```
 */
export const quadratus = quadratusFormat;

/**
 * Ciel Compta / Sage 50 XIMPORT: fixed-width records of 142 characters: the format `ciel`
 * (options: {@link CielOptions}), the very object `formats.ciel` holds, importable alone.
 *
 * @example
 * ```ts
 * import { ciel, formats } from 'partie-double';
 * ciel.id //=> 'ciel'
 * ciel.mediaType //=> 'text/plain'
 * ciel === formats.ciel //=> true
 * ciel.fileName({}) //=> 'XIMPORT.TXT'
 * ```
 */
export const ciel = cielFormat;

/**
 * Cegid simple CSV import: date; journal; account; auxiliary; D/C; amount; label; piece: the
 * format `cegid` (options: {@link CegidOptions}), the very object `formats.cegid` holds,
 * importable alone.
 *
 * @example
 * ```ts
 * import { cegid, formats } from 'partie-double';
 * cegid.id //=> 'cegid'
 * cegid.mediaType //=> 'text/csv'
 * cegid === formats.cegid //=> true
 * cegid.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'cegid-123456782-20240101-20241231.csv'
 * ```
 */
export const cegid = cegidFormat;

/**
 * Sage Coala import: date; journal; account; piece number; piece reference; debit; credit; E;
 * auxiliary: the format `coala` (options: {@link CoalaOptions}), the very object `formats.coala`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { coala, formats } from 'partie-double';
 * coala.id //=> 'coala'
 * coala.mediaType //=> 'text/csv'
 * coala === formats.coala //=> true
 * coala.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'coala-123456782-20240101-20241231.csv'
 * ```
 */
export const coala = coalaFormat;

/**
 * EBP import: line; date; journal; account; "label"; "piece"; amount; D/C; due date: the format
 * `ebp` (options: {@link EbpOptions}), the very object `formats.ebp` holds, importable alone.
 *
 * @example
 * ```ts
 * import { ebp, formats } from 'partie-double';
 * ebp.id //=> 'ebp'
 * ebp.mediaType //=> 'text/csv'
 * ebp === formats.ebp //=> true
 * ebp.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'ebp-123456782-20240101-20241231.csv'
 * ```
 */
export const ebp = ebpFormat;

/**
 * ledger-cli / hledger journal: transactions with exact postings, accounts named from number and
 * label: the format `ledger` (options: {@link LedgerOptions}), the very object `formats.ledger`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { ledger, formats } from 'partie-double';
 * ledger.id //=> 'ledger'
 * ledger.mediaType //=> 'text/plain'
 * ledger === formats.ledger //=> true
 * ledger.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'books-123456782-20240101-20241231.journal'
 * ```
 */
export const ledger = ledgerFormat;

/**
 * beancount ledger: one open per account, transactions with exact postings: the format `beancount`
 * (options: {@link BeancountOptions}), the very object `formats.beancount` holds, importable
 * alone.
 *
 * @example
 * ```ts
 * import { beancount, formats } from 'partie-double';
 * beancount.id //=> 'beancount'
 * beancount.mediaType //=> 'text/plain'
 * beancount === formats.beancount //=> true
 * beancount.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'books-123456782-20240101-20241231.beancount'
 * ```
 */
export const beancount = beancountFormat;

/**
 * SEPA direct-debit initiation, ISO 20022 pain.008.001.02, from a direct-debit-batch document: the
 * format `pain.008` (options: {@link Pain008Options}), the very object `formats.pain008` holds,
 * importable alone.
 *
 * @example
 * ```ts
 * import { pain008, formats } from 'partie-double';
 * pain008.id //=> 'pain.008'
 * pain008.mediaType //=> 'application/xml'
 * pain008 === formats.pain008 //=> true
 * pain008.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'pain.008-123456782-20240101-20241231.xml'
 * ```
 */
export const pain008 = pain008Format;

/**
 * EN 16931 e-invoice as UN/CEFACT CII D16B XML (Factur-X "EN 16931" profile), from an
 * {@link eInvoice} model: the format `cii` (options: {@link CiiOptions}), the very object
 * `formats.cii` holds, importable alone.
 *
 * @example
 * ```ts
 * import { cii, formats } from 'partie-double';
 * cii.id //=> 'cii'
 * cii.mediaType //=> 'application/xml'
 * cii === formats.cii //=> true
 * cii.fileName({ siren: '123456782' }) //=> 'facture-123456782.xml'
 * ```
 */
export const cii = ciiFormat;

/**
 * B2C e-reporting (flux 10.3 sales, 10.4 payments) as the Report XML, from an {@link eReporting}
 * result: the format `e-reporting-xml` (options: {@link EReportingXmlOptions}), the very object
 * `formats.eReportingXml` holds, importable alone.
 *
 * @example
 * ```ts
 * import { eReportingXml, formats } from 'partie-double';
 * eReportingXml.id //=> 'e-reporting-xml'
 * eReportingXml === formats.eReportingXml //=> true
 * eReportingXml.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'e-reporting-123456782-20240101-20241231.xml'
 * ```
 */
export const eReportingXml = eReportingFormat;

/**
 * Sales journal detailed per piece with customer auxiliary accounts (CSV): the format
 * `csv-sales-journal` ({@link csvSalesJournalFormat}), the very object `formats.csvSalesJournal`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvSalesJournal, formats } from 'partie-double';
 * csvSalesJournal.id //=> 'csv-sales-journal'
 * csvSalesJournal.mediaType //=> 'text/csv'
 * csvSalesJournal === formats.csvSalesJournal //=> true
 * csvSalesJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-ventes_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvSalesJournal = csvSalesJournalFormat;

/**
 * Sales journal grouped by account and day (CSV): the format `csv-sales-journal-by-day`
 * ({@link csvSalesJournalByDayFormat}), the very object `formats.csvSalesJournalByDay` holds,
 * importable alone.
 *
 * @example
 * ```ts
 * import { csvSalesJournalByDay, formats } from 'partie-double';
 * csvSalesJournalByDay.id //=> 'csv-sales-journal-by-day'
 * csvSalesJournalByDay.mediaType //=> 'text/csv'
 * csvSalesJournalByDay === formats.csvSalesJournalByDay //=> true
 * csvSalesJournalByDay.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-ventes-par-jour_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvSalesJournalByDay = csvSalesJournalByDayFormat;

/**
 * Receipts journal: payments, refunds, direct debits and rejects with method, customer and invoice
 * (CSV): the format `csv-receipts-journal` ({@link csvReceiptsJournalFormat}), the very object
 * `formats.csvReceiptsJournal` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvReceiptsJournal, formats } from 'partie-double';
 * csvReceiptsJournal.id //=> 'csv-receipts-journal'
 * csvReceiptsJournal.mediaType //=> 'text/csv'
 * csvReceiptsJournal === formats.csvReceiptsJournal //=> true
 * csvReceiptsJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-encaissements_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvReceiptsJournal = csvReceiptsJournalFormat;

/**
 * Bank journal: receipts, remittances, direct-debit batches and rejects, per entry (CSV): the
 * format `csv-bank-journal` ({@link csvBankJournalFormat}), the very object
 * `formats.csvBankJournal` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvBankJournal, formats } from 'partie-double';
 * csvBankJournal.id //=> 'csv-bank-journal'
 * csvBankJournal.mediaType //=> 'text/csv'
 * csvBankJournal === formats.csvBankJournal //=> true
 * csvBankJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-banque_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvBankJournal = csvBankJournalFormat;

/**
 * General trial balance: opening, movements and closing per account, with totals (CSV): the format
 * `csv-trial-balance` ({@link csvTrialBalanceFormat}), the very object `formats.csvTrialBalance`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvTrialBalance, formats } from 'partie-double';
 * csvTrialBalance.id //=> 'csv-trial-balance'
 * csvTrialBalance.mediaType //=> 'text/csv'
 * csvTrialBalance === formats.csvTrialBalance //=> true
 * csvTrialBalance.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'balance-generale_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvTrialBalance = csvTrialBalanceFormat;

/**
 * Customer trial balance: opening, movements and closing per customer auxiliary account, with
 * totals (CSV): the format `csv-customer-trial-balance` ({@link csvCustomerTrialBalanceFormat}),
 * the very object `formats.csvCustomerTrialBalance` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvCustomerTrialBalance, formats } from 'partie-double';
 * csvCustomerTrialBalance.id //=> 'csv-customer-trial-balance'
 * csvCustomerTrialBalance.mediaType //=> 'text/csv'
 * csvCustomerTrialBalance === formats.csvCustomerTrialBalance //=> true
 * csvCustomerTrialBalance.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'balance-clients_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvCustomerTrialBalance = csvCustomerTrialBalanceFormat;

/**
 * Fiscal PCA report: deferred revenue per line at a date (every method), with totals per method
 * and overall (CSV): the format `csv-deferred-revenue` ({@link csvDeferredRevenueFormat}), the
 * very object `formats.csvDeferredRevenue` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvDeferredRevenue, formats } from 'partie-double';
 * csvDeferredRevenue.id //=> 'csv-deferred-revenue'
 * csvDeferredRevenue.mediaType //=> 'text/csv'
 * csvDeferredRevenue === formats.csvDeferredRevenue //=> true
 * csvDeferredRevenue.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'pca-fiscal_2024-12-31.csv'
 * ```
 */
export const csvDeferredRevenue = csvDeferredRevenueFormat;

/**
 * Monthly general ledger: net movement per account and month, dated the month end (CSV): the
 * format `csv-monthly-ledger` ({@link csvMonthlyLedgerFormat}), the very object
 * `formats.csvMonthlyLedger` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvMonthlyLedger, formats } from 'partie-double';
 * csvMonthlyLedger.id //=> 'csv-monthly-ledger'
 * csvMonthlyLedger.mediaType //=> 'text/csv'
 * csvMonthlyLedger === formats.csvMonthlyLedger //=> true
 * csvMonthlyLedger.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'grand-livre-mensuel_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvMonthlyLedger = csvMonthlyLedgerFormat;

/**
 * Subledger: every entry with type, invoice, cost centre, funder, client, memo and payment method
 * (CSV): the format `csv-subledger` ({@link csvSubledgerFormat}), the very object
 * `formats.csvSubledger` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvSubledger, formats } from 'partie-double';
 * csvSubledger.id //=> 'csv-subledger'
 * csvSubledger.mediaType //=> 'text/csv'
 * csvSubledger === formats.csvSubledger //=> true
 * csvSubledger.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'grand-livre-auxiliaire_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvSubledger = csvSubledgerFormat;

/**
 * General ledger with running balances: opening, entries, totals and closing per account (CSV):
 * the format `csv-general-ledger` ({@link csvGeneralLedgerFormat}), the very object
 * `formats.csvGeneralLedger` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGeneralLedger, formats } from 'partie-double';
 * csvGeneralLedger.id //=> 'csv-general-ledger'
 * csvGeneralLedger.mediaType //=> 'text/csv'
 * csvGeneralLedger === formats.csvGeneralLedger //=> true
 * csvGeneralLedger.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'grand-livre_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGeneralLedger = csvGeneralLedgerFormat;

/**
 * Purchases journal detailed per piece with supplier auxiliary accounts (CSV): the format
 * `csv-purchases-journal` ({@link csvPurchasesJournalFormat}), the very object
 * `formats.csvPurchasesJournal` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvPurchasesJournal, formats } from 'partie-double';
 * csvPurchasesJournal.id //=> 'csv-purchases-journal'
 * csvPurchasesJournal.mediaType //=> 'text/csv'
 * csvPurchasesJournal === formats.csvPurchasesJournal //=> true
 * csvPurchasesJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'journal-achats_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvPurchasesJournal = csvPurchasesJournalFormat;

/**
 * VAT synthesis: collected, deductible and pending VAT per rate, exempt bases, net VAT due (CSV):
 * the format `csv-vat-synthesis` ({@link csvVatSynthesisFormat}), the very object
 * `formats.csvVatSynthesis` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvVatSynthesis, formats } from 'partie-double';
 * csvVatSynthesis.id //=> 'csv-vat-synthesis'
 * csvVatSynthesis.mediaType //=> 'text/csv'
 * csvVatSynthesis === formats.csvVatSynthesis //=> true
 * csvVatSynthesis.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'synthese-tva_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvVatSynthesis = csvVatSynthesisFormat;

/**
 * Aged receivables: open items per customer by age bucket, with totals (CSV): the format
 * `csv-aged-receivables` ({@link csvAgedReceivablesFormat}), the very object
 * `formats.csvAgedReceivables` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvAgedReceivables, formats } from 'partie-double';
 * csvAgedReceivables.id //=> 'csv-aged-receivables'
 * csvAgedReceivables.mediaType //=> 'text/csv'
 * csvAgedReceivables === formats.csvAgedReceivables //=> true
 * csvAgedReceivables.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'balance-agee-clients_2024-12-31.csv'
 * ```
 */
export const csvAgedReceivables = csvAgedReceivablesFormat;

/**
 * Till closings (Z): tickets, sales by VAT rate, payments by method, cash expected, counted and
 * the difference, per closing (CSV): the format `csv-till-closings`
 * ({@link csvTillClosingsFormat}), the very object `formats.csvTillClosings` holds, importable
 * alone.
 *
 * @example
 * ```ts
 * import { csvTillClosings, formats } from 'partie-double';
 * csvTillClosings.id //=> 'csv-till-closings'
 * csvTillClosings.mediaType //=> 'text/csv'
 * csvTillClosings === formats.csvTillClosings //=> true
 * csvTillClosings.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'clotures-caisse_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvTillClosings = csvTillClosingsFormat;

/**
 * Gym: subscriptions sold in a period, one line per subscription (CSV): the format
 * `csv-gym-subscription-sales` ({@link csvGymSubscriptionSalesFormat}), the very object
 * `formats.csvGymSubscriptionSales` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymSubscriptionSales, formats } from 'partie-double';
 * csvGymSubscriptionSales.id //=> 'csv-gym-subscription-sales'
 * csvGymSubscriptionSales.mediaType //=> 'text/csv'
 * csvGymSubscriptionSales === formats.csvGymSubscriptionSales //=> true
 * csvGymSubscriptionSales.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'ventes-abonnements_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymSubscriptionSales = csvGymSubscriptionSalesFormat;

/**
 * Gym: session packs sold in a period, with sessions used and remaining (CSV): the format
 * `csv-gym-sessions-sold` ({@link csvGymSessionsSoldFormat}), the very object
 * `formats.csvGymSessionsSold` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymSessionsSold, formats } from 'partie-double';
 * csvGymSessionsSold.id //=> 'csv-gym-sessions-sold'
 * csvGymSessionsSold.mediaType //=> 'text/csv'
 * csvGymSessionsSold === formats.csvGymSessionsSold //=> true
 * csvGymSessionsSold.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'seances-vendues_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymSessionsSold = csvGymSessionsSoldFormat;

/**
 * Gym: active and upcoming subscriptions at a date (CSV): the format
 * `csv-gym-active-subscriptions` ({@link csvGymActiveSubscriptionsFormat}), the very object
 * `formats.csvGymActiveSubscriptions` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymActiveSubscriptions, formats } from 'partie-double';
 * csvGymActiveSubscriptions.id //=> 'csv-gym-active-subscriptions'
 * csvGymActiveSubscriptions.mediaType //=> 'text/csv'
 * csvGymActiveSubscriptions === formats.csvGymActiveSubscriptions //=> true
 * csvGymActiveSubscriptions.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'abonnements-actifs_2024-12-31.csv'
 * ```
 */
export const csvGymActiveSubscriptions = csvGymActiveSubscriptionsFormat;

/**
 * Gym: subscriptions ending within N days of a date, renewed or not (CSV): the format
 * `csv-gym-expiring-subscriptions` ({@link csvGymExpiringSubscriptionsFormat}), the very object
 * `formats.csvGymExpiringSubscriptions` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymExpiringSubscriptions, formats } from 'partie-double';
 * csvGymExpiringSubscriptions.id //=> 'csv-gym-expiring-subscriptions'
 * csvGymExpiringSubscriptions.mediaType //=> 'text/csv'
 * csvGymExpiringSubscriptions === formats.csvGymExpiringSubscriptions //=> true
 * csvGymExpiringSubscriptions.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'abonnements-expirant_2024-12-31.csv'
 * ```
 */
export const csvGymExpiringSubscriptions = csvGymExpiringSubscriptionsFormat;

/**
 * Gym: subscription cancellations of a period, with their credit notes and refunds (CSV): the
 * format `csv-gym-cancellations` ({@link csvGymCancellationsFormat}), the very object
 * `formats.csvGymCancellations` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymCancellations, formats } from 'partie-double';
 * csvGymCancellations.id //=> 'csv-gym-cancellations'
 * csvGymCancellations.mediaType //=> 'text/csv'
 * csvGymCancellations === formats.csvGymCancellations //=> true
 * csvGymCancellations.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'resiliations_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymCancellations = csvGymCancellationsFormat;

/**
 * Gym: invoices and credit notes of a period with their totals (CSV): the format
 * `csv-gym-invoices` ({@link csvGymInvoicesFormat}), the very object `formats.csvGymInvoices`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymInvoices, formats } from 'partie-double';
 * csvGymInvoices.id //=> 'csv-gym-invoices'
 * csvGymInvoices.mediaType //=> 'text/csv'
 * csvGymInvoices === formats.csvGymInvoices //=> true
 * csvGymInvoices.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'factures-avoirs_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymInvoices = csvGymInvoicesFormat;

/**
 * Gym: payments, refunds, direct debits and rejections of a period (CSV): the format
 * `csv-gym-payments` ({@link csvGymPaymentsFormat}), the very object `formats.csvGymPayments`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymPayments, formats } from 'partie-double';
 * csvGymPayments.id //=> 'csv-gym-payments'
 * csvGymPayments.mediaType //=> 'text/csv'
 * csvGymPayments === formats.csvGymPayments //=> true
 * csvGymPayments.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'paiements-remboursements_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymPayments = csvGymPaymentsFormat;

/**
 * Gym: vouchers taken as payment in a period and their settlement by the issuer (CSV): the format
 * `csv-gym-voucher-usages` ({@link csvGymVoucherUsagesFormat}), the very object
 * `formats.csvGymVoucherUsages` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymVoucherUsages, formats } from 'partie-double';
 * csvGymVoucherUsages.id //=> 'csv-gym-voucher-usages'
 * csvGymVoucherUsages.mediaType //=> 'text/csv'
 * csvGymVoucherUsages === formats.csvGymVoucherUsages //=> true
 * csvGymVoucherUsages.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'contremarques_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymVoucherUsages = csvGymVoucherUsagesFormat;

/**
 * Gym: direct debits collected in a period by date, with their rejections (CSV): the format
 * `csv-gym-direct-debits` ({@link csvGymDirectDebitsFormat}), the very object
 * `formats.csvGymDirectDebits` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymDirectDebits, formats } from 'partie-double';
 * csvGymDirectDebits.id //=> 'csv-gym-direct-debits'
 * csvGymDirectDebits.mediaType //=> 'text/csv'
 * csvGymDirectDebits === formats.csvGymDirectDebits //=> true
 * csvGymDirectDebits.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'prelevements_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymDirectDebits = csvGymDirectDebitsFormat;

/**
 * Gym: one direct-debit batch, one line per debit with mandate and account (CSV): the format
 * `csv-gym-direct-debit-batch` ({@link csvGymDirectDebitBatchFormat}), the very object
 * `formats.csvGymDirectDebitBatch` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymDirectDebitBatch, formats } from 'partie-double';
 * csvGymDirectDebitBatch.id //=> 'csv-gym-direct-debit-batch'
 * csvGymDirectDebitBatch.mediaType //=> 'text/csv'
 * csvGymDirectDebitBatch === formats.csvGymDirectDebitBatch //=> true
 * csvGymDirectDebitBatch.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'lot-prelevements_2024-12-31.csv'
 * ```
 */
export const csvGymDirectDebitBatch = csvGymDirectDebitBatchFormat;

/**
 * Gym: direct-debit rejections of a period with reason and fees (CSV): the format
 * `csv-gym-rejections` ({@link csvGymRejectionsFormat}), the very object
 * `formats.csvGymRejections` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymRejections, formats } from 'partie-double';
 * csvGymRejections.id //=> 'csv-gym-rejections'
 * csvGymRejections.mediaType //=> 'text/csv'
 * csvGymRejections === formats.csvGymRejections //=> true
 * csvGymRejections.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'rejets-prelevements_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymRejections = csvGymRejectionsFormat;

/**
 * Gym: members whose first direct debit falls in a period (CSV): the format
 * `csv-gym-new-direct-debit-customers` ({@link csvGymNewDirectDebitCustomersFormat}), the very
 * object `formats.csvGymNewDirectDebitCustomers` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymNewDirectDebitCustomers, formats } from 'partie-double';
 * csvGymNewDirectDebitCustomers.id //=> 'csv-gym-new-direct-debit-customers'
 * csvGymNewDirectDebitCustomers.mediaType //=> 'text/csv'
 * csvGymNewDirectDebitCustomers === formats.csvGymNewDirectDebitCustomers //=> true
 * csvGymNewDirectDebitCustomers.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'nouveaux-clients-prelevement_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymNewDirectDebitCustomers = csvGymNewDirectDebitCustomersFormat;

/**
 * Gym: payment incidents (rejections) and rates per payment method (CSV): the format
 * `csv-gym-incidents-by-method` ({@link csvGymIncidentsByMethodFormat}), the very object
 * `formats.csvGymIncidentsByMethod` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymIncidentsByMethod, formats } from 'partie-double';
 * csvGymIncidentsByMethod.id //=> 'csv-gym-incidents-by-method'
 * csvGymIncidentsByMethod.mediaType //=> 'text/csv'
 * csvGymIncidentsByMethod === formats.csvGymIncidentsByMethod //=> true
 * csvGymIncidentsByMethod.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'incidents-par-moyen-de-paiement_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymIncidentsByMethod = csvGymIncidentsByMethodFormat;

/**
 * Gym: members still unpaid after a direct-debit rejection (CSV): the format
 * `csv-gym-members-in-incident` ({@link csvGymMembersInIncidentFormat}), the very object
 * `formats.csvGymMembersInIncident` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymMembersInIncident, formats } from 'partie-double';
 * csvGymMembersInIncident.id //=> 'csv-gym-members-in-incident'
 * csvGymMembersInIncident.mediaType //=> 'text/csv'
 * csvGymMembersInIncident === formats.csvGymMembersInIncident //=> true
 * csvGymMembersInIncident.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'membres-en-incident_2024-12-31.csv'
 * ```
 */
export const csvGymMembersInIncident = csvGymMembersInIncidentFormat;

/**
 * Gym: balance of each member at a date, from the book (CSV): the format
 * `csv-gym-customer-balances` ({@link csvGymCustomerBalancesFormat}), the very object
 * `formats.csvGymCustomerBalances` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymCustomerBalances, formats } from 'partie-double';
 * csvGymCustomerBalances.id //=> 'csv-gym-customer-balances'
 * csvGymCustomerBalances.mediaType //=> 'text/csv'
 * csvGymCustomerBalances === formats.csvGymCustomerBalances //=> true
 * csvGymCustomerBalances.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'soldes-clients_2024-12-31.csv'
 * ```
 */
export const csvGymCustomerBalances = csvGymCustomerBalancesFormat;

/**
 * Gym: unpaid invoices and unused credit notes at a date, from the book (CSV): the format
 * `csv-gym-unpaid` ({@link csvGymUnpaidFormat}), the very object `formats.csvGymUnpaid` holds,
 * importable alone.
 *
 * @example
 * ```ts
 * import { csvGymUnpaid, formats } from 'partie-double';
 * csvGymUnpaid.id //=> 'csv-gym-unpaid'
 * csvGymUnpaid.mediaType //=> 'text/csv'
 * csvGymUnpaid === formats.csvGymUnpaid //=> true
 * csvGymUnpaid.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'impayes-avoirs_2024-12-31.csv'
 * ```
 */
export const csvGymUnpaid = csvGymUnpaidFormat;

/**
 * Gym: dashboard revenue indicators of a period, one line per indicator (CSV): the format
 * `csv-gym-dashboard` ({@link csvGymDashboardFormat}), the very object `formats.csvGymDashboard`
 * holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvGymDashboard, formats } from 'partie-double';
 * csvGymDashboard.id //=> 'csv-gym-dashboard'
 * csvGymDashboard.mediaType //=> 'text/csv'
 * csvGymDashboard === formats.csvGymDashboard //=> true
 * csvGymDashboard.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'tableau-de-bord_2024-01-01_2024-12-31.csv'
 * ```
 */
export const csvGymDashboard = csvGymDashboardFormat;

/**
 * Accounting synthesis (synthèse comptable): every section in one CSV with a Section column: the
 * format `csv-accounting-synthesis` ({@link accountingSynthesisCsvFormat}), the very object
 * `formats.csvAccountingSynthesis` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvAccountingSynthesis, formats } from 'partie-double';
 * csvAccountingSynthesis.id //=> 'csv-accounting-synthesis'
 * csvAccountingSynthesis.mediaType //=> 'text/csv'
 * csvAccountingSynthesis === formats.csvAccountingSynthesis //=> true
 * csvAccountingSynthesis.fileName({ period: { from: '2024-01-01', to: '2024-12-31' }, createdOn: '2025-01-15' }) //=> '2025-01-15_SyntheseComptableDu2024-01-01au2024-12-31.csv'
 * ```
 */
export const csvAccountingSynthesis = accountingSynthesisCsvFormat;

/**
 * Document lists of the accounting synthesis (stays, ancillary sales, invoices, tickets, expenses,
 * receipts): the format `csv-synthesis-documents` ({@link synthesisDocumentsCsvFormat}), the very
 * object `formats.csvSynthesisDocuments` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvSynthesisDocuments, formats } from 'partie-double';
 * csvSynthesisDocuments.id //=> 'csv-synthesis-documents'
 * csvSynthesisDocuments.mediaType //=> 'text/csv'
 * csvSynthesisDocuments === formats.csvSynthesisDocuments //=> true
 * csvSynthesisDocuments.fileName({ period: { from: '2024-01-01', to: '2024-12-31' }, createdOn: '2025-01-15' }) //=> '2025-01-15_DocumentsDu2024-01-01au2024-12-31.csv'
 * ```
 */
export const csvSynthesisDocuments = synthesisDocumentsCsvFormat;

/**
 * POS figures (chiffre d’affaires de la caisse): revenue, sales by VAT rate, category, product,
 * seller and payment method: the format `csv-pos-figures` ({@link posFiguresCsvFormat}), the very
 * object `formats.csvPosFigures` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvPosFigures, formats } from 'partie-double';
 * csvPosFigures.id //=> 'csv-pos-figures'
 * csvPosFigures.mediaType //=> 'text/csv'
 * csvPosFigures === formats.csvPosFigures //=> true
 * csvPosFigures.fileName({ period: { from: '2024-01-01', to: '2024-12-31' }, createdOn: '2025-01-15' }) //=> '2025-01-15_ChiffreAffairesCaisseDu2024-01-01au2024-12-31.csv'
 * ```
 */
export const csvPosFigures = posFiguresCsvFormat;

/**
 * VAT return (CA3 or CA12): its boxes by official line number, in whole euros (CSV): the format
 * `csv-vat-return` ({@link csvVatReturnFormat}), the very object `formats.csvVatReturn` holds,
 * importable alone.
 *
 * @example
 * ```ts
 * import { csvVatReturn, formats } from 'partie-double';
 * csvVatReturn.id //=> 'csv-vat-return'
 * csvVatReturn.mediaType //=> 'text/csv'
 * csvVatReturn === formats.csvVatReturn //=> true
 * csvVatReturn.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'declaration-tva_2024-12-31.csv'
 * ```
 */
export const csvVatReturn = csvVatReturnFormat;

/**
 * Cut-off entries: invoices to issue, charges to pay, prepaid expenses, doubtful receivables
 * (CSV): the format `csv-accruals` ({@link csvAccrualsFormat}), the very object
 * `formats.csvAccruals` holds, importable alone.
 *
 * @example
 * ```ts
 * import { csvAccruals, formats } from 'partie-double';
 * csvAccruals.id //=> 'csv-accruals'
 * csvAccruals.mediaType //=> 'text/csv'
 * csvAccruals === formats.csvAccruals //=> true
 * csvAccruals.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } }) //=> 'regularisations_2024-12-31.csv'
 * ```
 */
export const csvAccruals = csvAccrualsFormat;
