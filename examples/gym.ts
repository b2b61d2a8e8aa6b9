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
  invoicesAndCreditNotes,
  membersInIncident,
  newDirectDebitCustomers,
  openItems,
  paymentsAndRefunds,
  sessionsSold,
  subscriptionCancellations,
  subscriptionSales,
  voucherUsages,
} from '../src/index.js';
import type { ExportEntry } from './_lib/exports.js';
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
    // The fiscal PCA report at the closing date (subscriptions by days).
    {
      format: 'csv-deferred-revenue',
      input: (ctx) => fiscalDeferredRevenueReport(ctx.documents, { cutoff: ctx.year.fiscalYear.to }),
      fileName: (ctx) => ctx.fileNameContext,
    },
    // The gym's management reports, for the year (or at its last day).
    ...gymReports(year.fiscalYear, directDebitBatches(year).map((b) => b.id)),
  ];
  // Subscriptions are deferred by days; session packs by the sessions not used yet.
  const packs = new Set(year.documents.filter((d) => d.type === 'invoice' && d.lines.some((l) => l.sessions !== undefined)).map((d) => d.id));
  return runBusiness(year, outDir, {
    exports,
    accounts: GYM_ACCOUNTS,
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
  return [
    entry('csv-gym-subscription-sales', (ctx) => subscriptionSales(ctx.documents, period), 'period'),
    entry('csv-gym-sessions-sold', (ctx) => sessionsSold(ctx.documents, period), 'period'),
    entry('csv-gym-active-subscriptions', (ctx) => activeSubscriptions(ctx.documents, { ...asOf, include: 'all' }), 'date'),
    entry('csv-gym-expiring-subscriptions', (ctx) => expiringSubscriptions(ctx.documents, { ...asOf, days: 30 }), 'date'),
    entry('csv-gym-cancellations', (ctx) => subscriptionCancellations(ctx.documents, period), 'period'),
    entry('csv-gym-invoices', (ctx) => invoicesAndCreditNotes(ctx.documents, period), 'period'),
    entry('csv-gym-payments', (ctx) => paymentsAndRefunds(ctx.documents, period), 'period'),
    entry('csv-gym-voucher-usages', (ctx) => voucherUsages(ctx.documents, period), 'period'),
    entry('csv-gym-direct-debits', (ctx) => directDebitsByDate(ctx.documents, period), 'period'),
    ...(lastBatch === undefined ? [] : [entry('csv-gym-direct-debit-batch', (ctx) => directDebitBatchReport(ctx.documents, { batch: lastBatch }), 'date')]),
    entry('csv-gym-rejections', (ctx) => directDebitRejections(ctx.documents, period), 'period'),
    entry('csv-gym-new-direct-debit-customers', (ctx) => newDirectDebitCustomers(ctx.documents, period), 'period'),
    entry('csv-gym-incidents-by-method', (ctx) => incidentsByPaymentMethod(ctx.documents, period), 'period'),
    entry('csv-gym-members-in-incident', (ctx) => membersInIncident(ctx.documents, ctx.book, asOf), 'date'),
    entry('csv-gym-customer-balances', (ctx) => customerBalances(ctx.book, { asOf: fiscalYear.to }), 'date'),
    entry('csv-gym-unpaid', (ctx) => openItems(ctx.book, { asOf: fiscalYear.to }), 'date'),
    entry('csv-gym-dashboard', (ctx) => dashboardIndicators(ctx.documents, period), 'period'),
  ];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatSummary(run(resolve(process.argv[2] ?? 'out'))).join('\n'));
}
