import { fail } from '../errors/index.js';
import type { AnyFormat } from './Format.js';
import { csvBankJournalFormat } from './csv/bankJournalCsv.js';
import { csvCustomerTrialBalanceFormat } from './csv/customerTrialBalanceCsv.js';
import { csvDeferredRevenueFormat } from './csv/deferredRevenueCsv.js';
import { csvVatReturnFormat } from './csv/vatReturnCsv.js';
import { csvAccrualsFormat } from './csv/accrualsCsv.js';
import { csvMonthlyLedgerFormat } from './csv/monthlyLedgerCsv.js';
import { csvReceiptsJournalFormat } from './csv/receiptsJournalCsv.js';
import { csvSalesJournalByDayFormat } from './csv/salesJournalByDayCsv.js';
import { csvSalesJournalFormat } from './csv/salesJournalCsv.js';
import { csvSubledgerFormat } from './csv/subledgerCsv.js';
import { csvTrialBalanceFormat } from './csv/trialBalanceCsv.js';
import { csvGeneralLedgerFormat } from './csv/generalLedgerCsv.js';
import { csvPurchasesJournalFormat } from './csv/purchasesJournalCsv.js';
import { csvVatSynthesisFormat } from './csv/vatSynthesisCsv.js';
import { csvAgedReceivablesFormat } from './csv/agedReceivablesCsv.js';
import { csvTillClosingsFormat } from './csv/tillClosingsCsv.js';
import { fecFormat } from './fec/fecFormat.js';
import { accountingSynthesisCsvFormat } from './csv/synthesis/accountingSynthesisCsv.js';
import { posFiguresCsvFormat } from './csv/synthesis/posFiguresCsv.js';
import { synthesisDocumentsCsvFormat } from './csv/synthesis/synthesisDocumentsCsv.js';
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
import { beancountFormat } from './plaintext/beancount.js';
import { ledgerFormat } from './plaintext/ledger.js';
import { pain008Format } from './sepa/pain008.js';
import { cegidFormat } from './software/cegid.js';
import { cielFormat } from './software/ciel.js';
import { coalaFormat } from './software/coala.js';
import { ebpFormat } from './software/ebp.js';
import { quadratusFormat } from './software/quadratus.js';

/**
 * An immutable registry of formats: `get(id)`, `list()`, a camelCase property
 * per format (`formats.fec`, `formats.csvTrialBalance`…) and `with(format)`,
 * which returns a new registry (a duplicate id is refused). No global state:
 * registering a format never changes `formats` itself.
 *
 * @example
 * ```ts
 * const myFormat: Format<string> = {
 *   id: 'my-format', mediaType: 'text/plain', description: 'The text, as is',
 *   fileName: () => 'my-format.txt', serialize: (text) => text, encode: (text) => new TextEncoder().encode(text), chunks: (text) => [text],
 * };
 * const mine = formats.with(myFormat);
 * mine.get('my-format') === myFormat //=> true
 * formats.list().some((f) => f.id === 'my-format') //=> false
 * ```
 */
export type FormatRegistry<M extends Record<string, AnyFormat>> = Readonly<M> & {
  /**
   * The format with this id.
   * @throws AccountingError `unknown_format`
   */
  get(id: string): AnyFormat;
  /** Every format, in registration order. */
  list(): ReadonlyArray<AnyFormat>;
  /**
   * A new registry with one more format.
   * @throws AccountingError `duplicate_format`
   */
  with<F extends AnyFormat>(format: F): FormatRegistry<M & Record<string, F>>;
};

/**
 * The camelCase property name of a format id: `'csv-trial-balance'` →
 * `'csvTrialBalance'`.
 *
 * @example
 * ```ts
 * formatKey('csv-trial-balance') //=> 'csvTrialBalance'
 * ```
 */
export function formatKey(id: string): string {
  return id.replace(/[-_.]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

/**
 * Builds a registry from formats.
 *
 * @throws AccountingError `duplicate_format`
 * @example
 * ```ts
 * createRegistry([formats.fec]).get('fec').id //=> 'fec'
 * ```
 */
export function createRegistry<M extends Record<string, AnyFormat>>(list: ReadonlyArray<AnyFormat>): FormatRegistry<M> {
  const byId = new Map<string, AnyFormat>();
  for (const f of list) {
    if (byId.has(f.id)) fail('duplicate_format', ['id'], `A format with id "${f.id}" is already registered: give yours another id.`);
    byId.set(f.id, f);
  }
  const frozen = Object.freeze([...byId.values()]);
  const registry: Record<string, unknown> = Object.create(null);
  for (const f of frozen) registry[formatKey(f.id)] = f;
  registry.get = (id: string): AnyFormat => {
    const f = byId.get(id);
    if (!f) fail('unknown_format', ['id'], `No format "${id}" in this registry; known: ${[...byId.keys()].join(', ')}.`);
    return f;
  };
  registry.list = (): ReadonlyArray<AnyFormat> => frozen;
  registry.with = (format: AnyFormat) => createRegistry([...frozen, format]);
  return Object.freeze(registry) as FormatRegistry<M>;
}

const builtIns = {
  fec: fecFormat,
  quadratus: quadratusFormat,
  ciel: cielFormat,
  cegid: cegidFormat,
  coala: coalaFormat,
  ebp: ebpFormat,
  ledger: ledgerFormat,
  beancount: beancountFormat,
  pain008: pain008Format,
  csvSalesJournal: csvSalesJournalFormat,
  csvSalesJournalByDay: csvSalesJournalByDayFormat,
  csvReceiptsJournal: csvReceiptsJournalFormat,
  csvBankJournal: csvBankJournalFormat,
  csvTrialBalance: csvTrialBalanceFormat,
  csvCustomerTrialBalance: csvCustomerTrialBalanceFormat,
  csvDeferredRevenue: csvDeferredRevenueFormat,
  csvMonthlyLedger: csvMonthlyLedgerFormat,
  csvSubledger: csvSubledgerFormat,
  csvGeneralLedger: csvGeneralLedgerFormat,
  csvPurchasesJournal: csvPurchasesJournalFormat,
  csvVatSynthesis: csvVatSynthesisFormat,
  csvAgedReceivables: csvAgedReceivablesFormat,
  csvTillClosings: csvTillClosingsFormat,
  csvGymSubscriptionSales: csvGymSubscriptionSalesFormat,
  csvGymSessionsSold: csvGymSessionsSoldFormat,
  csvGymActiveSubscriptions: csvGymActiveSubscriptionsFormat,
  csvGymExpiringSubscriptions: csvGymExpiringSubscriptionsFormat,
  csvGymCancellations: csvGymCancellationsFormat,
  csvGymInvoices: csvGymInvoicesFormat,
  csvGymPayments: csvGymPaymentsFormat,
  csvGymVoucherUsages: csvGymVoucherUsagesFormat,
  csvGymDirectDebits: csvGymDirectDebitsFormat,
  csvGymDirectDebitBatch: csvGymDirectDebitBatchFormat,
  csvGymRejections: csvGymRejectionsFormat,
  csvGymNewDirectDebitCustomers: csvGymNewDirectDebitCustomersFormat,
  csvGymIncidentsByMethod: csvGymIncidentsByMethodFormat,
  csvGymMembersInIncident: csvGymMembersInIncidentFormat,
  csvGymCustomerBalances: csvGymCustomerBalancesFormat,
  csvGymUnpaid: csvGymUnpaidFormat,
  csvGymDashboard: csvGymDashboardFormat,
  csvAccountingSynthesis: accountingSynthesisCsvFormat,
  csvSynthesisDocuments: synthesisDocumentsCsvFormat,
  csvPosFigures: posFiguresCsvFormat,
  csvVatReturn: csvVatReturnFormat,
  csvAccruals: csvAccrualsFormat,
};

/**
 * The built-in formats of partie-double.
 *
 * @example
 * ```ts
 * formats.fec.serialize(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
 * formats.get('fec') === formats.fec //=> true
 * ```
 */
export const formats: FormatRegistry<typeof builtIns> = createRegistry<typeof builtIns>(Object.values(builtIns));
