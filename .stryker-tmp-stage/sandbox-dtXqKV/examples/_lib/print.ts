// @ts-nocheck
// The readable summary `npm run demo` and each example print.
import type { BusinessSummary } from './runBusiness.js';

const kb = (n: number): string => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const amount = (s: string): string => s.replace(/\B(?=(\d{3})+(?!\d))/g, ' ').padStart(14);

/**
 * The summary of one business as lines of text.
 *
 * @example
 * ```ts
 * console.log(formatSummary(run('out')).join('\n'));
 * ```
 */
export function formatSummary(s: BusinessSummary): string[] {
  const out: string[] = [];
  const tb = s.trialBalance;
  out.push(`== ${s.business} — ${s.company} (SIREN ${s.siren})`);
  const skipped = Object.entries(s.skipped).map(([k, v]) => `${v} ${k}`).join(', ');
  out.push(`   ${s.documents} documents → ${s.transactions} transactions, ${s.entries} entries${skipped ? ` (skipped: ${skipped})` : ''}`);
  out.push(`   Trial balance 2024          debit          credit`);
  out.push(`     opening          ${amount(tb.opening.debit)}  ${amount(tb.opening.credit)}`);
  out.push(`     movements        ${amount(tb.movements.debit)}  ${amount(tb.movements.credit)}`);
  out.push(`     closing          ${amount(tb.closing.debit)}  ${amount(tb.closing.credit)}   ${tb.balanced ? 'debit = credit ✓' : 'UNBALANCED ✗'}`);
  out.push(`   VAT: collected ${s.vat.collected}, deductible ${s.vat.deductible}, net due ${s.vat.due}`);
  const methods = s.deferredRevenue.byMethod.length > 1 ? ` — ${s.deferredRevenue.byMethod.map((m) => `${m.method} ${m.deferred}`).join(', ')}` : '';
  out.push(`   Deferred revenue at ${s.deferredRevenue.cutoff}: ${s.deferredRevenue.deferred} (${s.deferredRevenue.lines} lines${methods})`);
  for (const line of s.extra ?? []) out.push(`   ${line}`);
  out.push(`   Files in ${s.outDir}:`);
  const width = Math.max(...s.files.map((f) => f.name.length));
  for (const f of s.files) out.push(`     ${f.name.padEnd(width)}  ${kb(f.bytes).padStart(9)}  ${f.format}`);
  for (const v of s.fec) {
    out.push(`   validateFec ${v.file}: ${v.valid ? 'valid ✓' : 'INVALID ✗'} (${v.errors} errors, ${v.warnings} warnings, ${v.infos} infos)`);
    for (const i of v.issues.slice(0, 5)) out.push(`     ${i.severity} ${i.code} line ${i.line}: ${i.message}`);
  }
  return out;
}
