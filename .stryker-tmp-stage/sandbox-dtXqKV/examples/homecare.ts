// @ts-nocheck
// The home-care agency: monthly invoices split between funders and clients,
// with billing contacts and cost centres, funders' transfers, cheques and CESU
// vouchers, credit notes and year-end write-offs. Run alone with
// `npx tsx examples/homecare.ts [outDir]` (default `out/`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homecareYear } from './_data/homecare.js';
import type { ExportEntry } from './_lib/exports.js';
import { formatSummary } from './_lib/print.js';
import { runBusiness, type BusinessSummary } from './_lib/runBusiness.js';

/** The agency's sub-accounts, with the labels its accountant uses. */
export const HOMECARE_ACCOUNTS = [
  { number: '706100', label: 'Aide aux personnes dépendantes (TVA 5,5 %)' },
  { number: '706200', label: 'Services à domicile (TVA 10 %)' },
  { number: '706300', label: 'Téléassistance' },
  { number: '606140', label: 'Carburant' },
];

/**
 * Posts the agency's 2024 and writes its exports into `outDir/homecare/`:
 * every Book format of the registry, the FEC and its notice.
 */
export function run(outDir: string): BusinessSummary {
  const exports: ExportEntry[] = [
    // Report CSVs that read something other than a Book go here once registered.
  ];
  return runBusiness(homecareYear(), outDir, { exports, accounts: HOMECARE_ACCOUNTS });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatSummary(run(resolve(process.argv[2] ?? 'out'))).join('\n'));
}
