// @ts-nocheck
// The campsite: stays booked with a deposit (deposit invoice or proforma) and
// invoiced at departure with tourist tax, ancillary sales, the snack bar's daily
// till closings, holiday vouchers, supplier bills; and the back office's
// accounting synthesis, document lists and till figures. Run alone with
// `npx tsx examples/campsite.ts [outDir]` (default `out/`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { campsiteYear } from './_data/campsite.js';
import { addDays, accountingSynthesis, endOfMonth, indexDocuments, posFigures, SYNTHESIS_LISTS, synthesisDocuments, type AccountingSynthesis, type DocumentIndex, type IsoDate } from '../src/index.js';
import { tillClosingsExport, type ExportContext, type ExportEntry } from './_lib/exports.js';
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

/** The months of the season (April to September), as periods. */
export const SEASON_MONTHS: ReadonlyArray<{ readonly from: IsoDate; readonly to: IsoDate }> = ['04', '05', '06', '07', '08', '09'].map((m) => {
  const from = `2024-${m}-01` as IsoDate;
  return { from, to: endOfMonth(from) };
});

/**
 * Posts the campsite's 2024 and writes its exports into `outDir/campsite/`:
 * every Book format of the registry, the FEC and its notice, the accounting
 * synthesis of each month of the season and of the year, the year's document
 * lists (stays, ancillary sales, invoices, tickets, expenses, receipts: one
 * file, a List column) and the snack bar's till figures for the year. Every
 * synthesis file is dated the day after its period (never the clock).
 */
export function run(outDir: string): BusinessSummary {
  // The documents read once (validated, laid out) for every period and list, as a back office would keep them.
  const indexes = new WeakMap<ExportContext, DocumentIndex>();
  const indexOf = (ctx: ExportContext): DocumentIndex => {
    let index = indexes.get(ctx);
    if (index === undefined) indexes.set(ctx, (index = indexDocuments(ctx.documents, { rules: ctx.rules })));
    return index;
  };
  // One synthesis per context and period: the year's is both a file and the summary.
  const memo = new WeakMap<ExportContext, Map<string, AccountingSynthesis>>();
  const synthesis = (ctx: ExportContext, period: { readonly from: IsoDate; readonly to: IsoDate }): AccountingSynthesis => {
    const byPeriod = memo.get(ctx) ?? new Map<string, AccountingSynthesis>();
    memo.set(ctx, byPeriod);
    const key = `${period.from}/${period.to}`;
    const found = byPeriod.get(key);
    if (found) return found;
    const made = accountingSynthesis(ctx.book, indexOf(ctx), { period });
    byPeriod.set(key, made);
    return made;
  };
  const named = (period: { readonly from: IsoDate; readonly to: IsoDate }) => (ctx: ExportContext) => ({ ...ctx.fileNameContext, period, createdOn: addDays(period.to, 1) });
  const year = (ctx: ExportContext) => ctx.year.fiscalYear;
  const yearName = (ctx: ExportContext) => named(ctx.year.fiscalYear)(ctx);
  const exports: ExportEntry[] = [
    // The accounting synthesis of each month of the season, then of the year.
    ...SEASON_MONTHS.map((period): ExportEntry => ({ format: 'csv-accounting-synthesis', input: (ctx) => synthesis(ctx, period), fileName: named(period) })),
    { format: 'csv-accounting-synthesis', input: (ctx) => synthesis(ctx, year(ctx)), fileName: yearName },
    // The six document lists of the year in one file: each row names its list.
    { format: 'csv-synthesis-documents', input: (ctx) => SYNTHESIS_LISTS.flatMap((list) => synthesisDocuments(indexOf(ctx), { period: year(ctx), list })), fileName: yearName },
    // The snack bar's till over the year.
    { format: 'csv-pos-figures', input: (ctx) => posFigures(indexOf(ctx), { period: year(ctx) }), fileName: yearName },
    // The snack bar's closings (Z), one block per closing.
    tillClosingsExport(),
  ];
  return runBusiness(campsiteYear(), outDir, {
    exports,
    accounts: CAMPSITE_ACCOUNTS,
    summary: (ctx) => {
      const s = synthesis(ctx, year(ctx));
      const k = s.keyFigures;
      const controls = s.controls.length === 0 ? 'credit-note control passed ✓' : `controls FAILED ✗: ${s.controls.map((c) => `${c.code} ${c.method} ${c.amount.toFixed(2)}`).join(', ')}`;
      return [
        `Synthesis ${s.period.from} → ${s.period.to}: revenue excl. tax ${k.revenue.toFixed(2)}, receipts ${k.receipts.toFixed(2)}, tourist tax ${k.touristTax.toFixed(2)}, VAT collected ${k.vatCollected.toFixed(2)}`,
        `  ${s.inShort.stays.count} stays, ${s.inShort.tickets.count} tickets, ${s.inShort.invoices.count} invoices; ${controls}`,
      ];
    },
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatSummary(run(resolve(process.argv[2] ?? 'out'))).join('\n'));
}
