// The gym: 12-month and monthly subscriptions, SEPA direct debits and their
// rejections, session packs, sport vouchers, the shop's till. Run alone with
// `npx tsx examples/gym.ts [outDir]` (default `out/`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directDebitBatches, gymYear } from './_data/gym.js';
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
    // Gym management reports (CSV) go here once registered, e.g.:
    // { format: 'csv-gym-…', input: (ctx) => …(ctx.documents), fileName: (ctx) => ctx.fileNameContext },
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

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatSummary(run(resolve(process.argv[2] ?? 'out'))).join('\n'));
}
