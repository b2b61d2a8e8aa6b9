// @ts-nocheck
import { fail } from '../errors/index.js';
import type { AnyFormat } from './Format.js';
import {
  fec,
  quadratus,
  ciel,
  cegid,
  coala,
  ebp,
  ledger,
  beancount,
  pain008,
  cii,
  eReportingXml,
  csvSalesJournal,
  csvSalesJournalByDay,
  csvReceiptsJournal,
  csvBankJournal,
  csvTrialBalance,
  csvCustomerTrialBalance,
  csvDeferredRevenue,
  csvMonthlyLedger,
  csvSubledger,
  csvGeneralLedger,
  csvPurchasesJournal,
  csvVatSynthesis,
  csvAgedReceivables,
  csvTillClosings,
  csvGymSubscriptionSales,
  csvGymSessionsSold,
  csvGymActiveSubscriptions,
  csvGymExpiringSubscriptions,
  csvGymCancellations,
  csvGymInvoices,
  csvGymPayments,
  csvGymVoucherUsages,
  csvGymDirectDebits,
  csvGymDirectDebitBatch,
  csvGymRejections,
  csvGymNewDirectDebitCustomers,
  csvGymIncidentsByMethod,
  csvGymMembersInIncident,
  csvGymCustomerBalances,
  csvGymUnpaid,
  csvGymDashboard,
  csvAccountingSynthesis,
  csvSynthesisDocuments,
  csvPosFigures,
  csvVatReturn,
  csvAccruals,
} from './builtIns.js';

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
  fec,
  quadratus,
  ciel,
  cegid,
  coala,
  ebp,
  ledger,
  beancount,
  pain008,
  cii,
  eReportingXml,
  csvSalesJournal,
  csvSalesJournalByDay,
  csvReceiptsJournal,
  csvBankJournal,
  csvTrialBalance,
  csvCustomerTrialBalance,
  csvDeferredRevenue,
  csvMonthlyLedger,
  csvSubledger,
  csvGeneralLedger,
  csvPurchasesJournal,
  csvVatSynthesis,
  csvAgedReceivables,
  csvTillClosings,
  csvGymSubscriptionSales,
  csvGymSessionsSold,
  csvGymActiveSubscriptions,
  csvGymExpiringSubscriptions,
  csvGymCancellations,
  csvGymInvoices,
  csvGymPayments,
  csvGymVoucherUsages,
  csvGymDirectDebits,
  csvGymDirectDebitBatch,
  csvGymRejections,
  csvGymNewDirectDebitCustomers,
  csvGymIncidentsByMethod,
  csvGymMembersInIncident,
  csvGymCustomerBalances,
  csvGymUnpaid,
  csvGymDashboard,
  csvAccountingSynthesis,
  csvSynthesisDocuments,
  csvPosFigures,
  csvVatReturn,
  csvAccruals,
};

// Built with a call marked pure: a bundle that imports `createRegistry` or `formatKey` without
// `formats` drops every format.
/**
 * The built-in formats of partie-double. Each is also a named export of its
 * own (`fec`, `quadratus`, `csvTrialBalance`…, named as its property here):
 * import that one to bundle it alone; `formats` brings every format.
 *
 * @example
 * ```ts
 * formats.fec.serialize(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
 * formats.get('fec') === formats.fec //=> true
 * ```
 */
export const formats: FormatRegistry<typeof builtIns> = /* @__PURE__ */ createRegistry<typeof builtIns>(/* @__PURE__ */ Object.values(builtIns));
