// @ts-nocheck
// The gym: 12-month and monthly subscriptions, SEPA direct debits and their
// rejections, session packs, sport vouchers, the shop's till. Run alone with
// `npx tsx examples/gym.ts [outDir]` (default `out/`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directDebitBatches, gymYear } from './_data/gym.js';
import {
  activeSubscriptions,
  customerBalances,
  dashboardIndicators,
  directDebitBatchReport,
  directDebitRejections,
  directDebitsByDate,
  expiringSubscriptions,
  fiscalDeferredRevenueReport,
  incidentsByPaymentMethod,
  indexDocuments,
  invoicesAndCreditNotes,
  membersInIncident,
  newDirectDebitCustomers,
  openItems,
  paymentsAndRefunds,
  sessionsSold,
  subscriptionCancellations,
  subscriptionSales,
  voucherUsages,
  type DocumentIndex,
} from '../src/index.js';
import { tillClosingsExport, type ExportContext, type ExportEntry } from './_lib/exports.js';
import { formatSummary } from './_lib/print.js';
import { runBusiness, type BusinessSummary } from './_lib/runBusiness.js';

/** The gym's sub-accounts, with the labels its accountant uses. */
export const GYM_ACCOUNTS = [
  { number: '706100', label: 'Abonnements' },
  { number: '706200', label: 'Carnets de séances' },
  { number: '706300', label: "Frais d'inscription" },
  { number: '707100', label: 'Ventes boutique 5,5 %' },
  { number: '707200', label: 'Ventes boutique 20 %' },
];

/**
 * Posts the gym's 2024 and writes its exports into `outDir/gym/`: every Book
 * format of the registry, the FEC and its notice, and one pain.008 file per
 * direct-debit batch.
 */
export function run(outDir: string): BusinessSummary {
  const year = gymYear();
  const exports: ExportEntry[] = [
    // One pain.008 file per monthly batch, named after its collection date.
    ...directDebitBatches(year).map((batch) => ({
      format: 'pain.008',
      input: () => batch,
      options: () => ({ initiatingParty: year.company.name, batchBooking: true }),
      fileName: () => ({ siren: year.company.siren, createdOn: batch.collectionDate }),
    })),
    // The fiscal PCA report at the closing date: the very reports the year-end deferrals post (subscriptions by days, packs by sessions).
    {
      format: 'csv-deferred-revenue',
      input: (ctx) => fiscalDeferredRevenueReport(ctx.deferredRevenueReports),
      fileName: (ctx) => ctx.fileNameContext,
    },
    // The shop till's closings (Z), one block per closing.
    tillClosingsExport(),
    // The gym's management reports, for the year (or at its last day).
    ...gymReports(year.fiscalYear, directDebitBatches(year).map((b) => b.id)),
  ];
  // Subscriptions are deferred by days; session packs by the sessions not used yet.
  const packs = new Set(year.documents.filter((d) => d.type === 'invoice' && d.lines.some((l) => l.sessions !== undefined)).map((d) => d.id));
  return runBusiness(year, outDir, {
    exports,
    accounts: GYM_ACCOUNTS,
    // The corporate memberships' e-invoices of January, the month most members join.
    eInvoiceMonth: '2024-01',
    deferrals: [
      { method: 'days', documents: (docs) => docs.filter((d) => d.type === 'invoice' && !packs.has(d.id)), pieceRef: 'PCA-ABO-2024-12-31' },
      { method: 'sessions', documents: (docs) => docs.filter((d) => (d.type === 'invoice' && packs.has(d.id)) || d.type === 'session-usage'), pieceRef: 'PCA-SEANCES-2024-12-31' },
    ],
  });
}

/** One CSV per management report: the period ones over the year, the dated ones at its last day. */
function gymReports(fiscalYear: { readonly from: string; readonly to: string }, batches: ReadonlyArray<string>): ExportEntry[] {
  const period = { period: fiscalYear };
  const asOf = { asOf: fiscalYear.to };
  const dated = { closingDate: fiscalYear.to };
  const entry = (format: string, input: ExportEntry['input'], when: 'period' | 'date'): ExportEntry => ({
    format,
    input,
    fileName: (ctx) => (when === 'period' ? { ...ctx.fileNameContext, period: fiscalYear } : { ...ctx.fileNameContext, ...dated }),
  });
  const lastBatch = batches[batches.length - 1];
  // The documents read once for every report (validated once, references indexed once), with the rules they were posted with.
  const indexes = new WeakMap<ExportContext, DocumentIndex>();
  const docs = (ctx: ExportContext): DocumentIndex => {
    let index = indexes.get(ctx);
    if (index === undefined) indexes.set(ctx, (index = indexDocuments(ctx.documents, { rules: ctx.rules })));
    return index;
  };
  return [
    entry('csv-gym-subscription-sales', (ctx) => subscriptionSales(docs(ctx), period), 'period'),
    entry('csv-gym-sessions-sold', (ctx) => sessionsSold(docs(ctx), period), 'period'),
    entry('csv-gym-active-subscriptions', (ctx) => activeSubscriptions(docs(ctx), { ...asOf, include: 'all' }), 'date'),
    entry('csv-gym-expiring-subscriptions', (ctx) => expiringSubscriptions(docs(ctx), { ...asOf, days: 30 }), 'date'),
    entry('csv-gym-cancellations', (ctx) => subscriptionCancellations(docs(ctx), period), 'period'),
    entry('csv-gym-invoices', (ctx) => invoicesAndCreditNotes(docs(ctx), period), 'period'),
    entry('csv-gym-payments', (ctx) => paymentsAndRefunds(docs(ctx), period), 'period'),
    entry('csv-gym-voucher-usages', (ctx) => voucherUsages(docs(ctx), period), 'period'),
    entry('csv-gym-direct-debits', (ctx) => directDebitsByDate(docs(ctx), period), 'period'),
    ...(lastBatch === undefined ? [] : [entry('csv-gym-direct-debit-batch', (ctx) => directDebitBatchReport(docs(ctx), { batch: lastBatch }), 'date')]),
    entry('csv-gym-rejections', (ctx) => directDebitRejections(docs(ctx), period), 'period'),
    entry('csv-gym-new-direct-debit-customers', (ctx) => newDirectDebitCustomers(docs(ctx), period), 'period'),
    entry('csv-gym-incidents-by-method', (ctx) => incidentsByPaymentMethod(docs(ctx), period), 'period'),
    entry('csv-gym-members-in-incident', (ctx) => membersInIncident(docs(ctx), ctx.book, asOf), 'date'),
    entry('csv-gym-customer-balances', (ctx) => customerBalances(ctx.book, { asOf: fiscalYear.to }), 'date'),
    entry('csv-gym-unpaid', (ctx) => openItems(ctx.book, { asOf: fiscalYear.to }), 'date'),
    entry('csv-gym-dashboard', (ctx) => dashboardIndicators(docs(ctx), ctx.book, period), 'period'),
  ];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatSummary(run(resolve(process.argv[2] ?? 'out'))).join('\n'));
}
