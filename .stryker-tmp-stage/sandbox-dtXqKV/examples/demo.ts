// @ts-nocheck
// npm run demo — a year (2024) of three businesses — a gym, a campsite and a
// home-care agency — posted, lettered and exported into out/<business>/, with
// a summary of each: transactions, trial-balance totals, VAT due, deferred
// revenue, the files written and validateFec's verdict on each FEC.
// `npm run demo -- <outDir>` writes elsewhere.
import { resolve } from 'node:path';
import { run as campsite } from './campsite.js';
import { run as gym } from './gym.js';
import { run as homecare } from './homecare.js';
import { formatSummary } from './_lib/print.js';
import type { BusinessSummary } from './_lib/runBusiness.js';

const outDir = resolve(process.argv[2] ?? 'out');
const started = performance.now();
const summaries: BusinessSummary[] = [];
for (const run of [gym, campsite, homecare]) {
  const summary = run(outDir);
  summaries.push(summary);
  console.log(`${formatSummary(summary).join('\n')}\n`);
}
const files = summaries.reduce((n, s) => n + s.files.length, 0);
const invalid = summaries.flatMap((s) => s.fec).filter((v) => !v.valid);
const unbalanced = summaries.filter((s) => !s.trialBalance.balanced);
console.log(`partie-double demo: ${summaries.length} businesses, ${summaries.reduce((n, s) => n + s.transactions, 0)} transactions, ${files} files in ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (invalid.length > 0 || unbalanced.length > 0) {
  console.error(`Problems: ${invalid.length} invalid FEC, ${unbalanced.length} unbalanced trial balances.`);
  process.exitCode = 1;
}
