// The campsite: stays booked with a deposit (deposit invoice or proforma) and
// invoiced at departure with tourist tax, ancillary sales, the snack bar's daily
// till closings, holiday vouchers, supplier bills. Run alone with
// `npx tsx examples/campsite.ts [outDir]` (default `out/`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { campsiteYear } from './_data/campsite.js';
import type { ExportEntry } from './_lib/exports.js';
import { formatSummary } from './_lib/print.js';
import { runBusiness, type BusinessSummary } from './_lib/runBusiness.js';

/** The campsite's sub-accounts, with the labels its accountant uses. */
export const CAMPSITE_ACCOUNTS = [
  { number: '706110', label: 'Locations emplacements' },
  { number: '706120', label: 'Locations mobil-homes et chalets' },
  { number: '706130', label: 'Suppléments de séjour' },
  { number: '706140', label: 'Hivernage caravanes' },
  { number: '707100', label: 'Ventes snack 5,5 % et 10 %' },
  { number: '707200', label: 'Ventes bar et souvenirs 20 %' },
  { number: '708300', label: 'Locations diverses (ventes annexes)' },
  { number: '606110', label: 'Eau' },
];

/**
 * Posts the campsite's 2024 and writes its exports into `outDir/campsite/`:
 * every Book format of the registry, the FEC and its notice.
 */
export function run(outDir: string): BusinessSummary {
  const exports: ExportEntry[] = [
    // Accounting synthesis and POS CSVs go here once registered, e.g.:
    // { format: 'csv-…-synthesis', input: (ctx) => accountingSynthesis(ctx.book, ctx.documents, { period: ctx.year.fiscalYear }) },
  ];
  return runBusiness(campsiteYear(), outDir, { exports, accounts: CAMPSITE_ACCOUNTS });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatSummary(run(resolve(process.argv[2] ?? 'out'))).join('\n'));
}
