// @ts-nocheck
// The rules file of `partie-double post --rules`: JSON for defaultRules' overrides, its JSON Schema derived from the zod schema.
import * as z from 'zod/mini';
import { createChart, defaultChart } from '../accounts/index.js';
import { AccountingError, fromZodIssues, issue } from '../errors/index.js';
import { defaultRules, type DefaultRulesOverrides, type PostingRules } from '../posting/rules.js';
import { rulesOverridesSchema } from '../posting/_lib/rulesSchema.js';

const chartAccounts = z.array(z.strictObject({ number: z.string().check(z.describe('Account number (PCG), e.g. "706100".')), label: z.string().check(z.describe('Its label.')) }));

/** The rules file: defaultRules' overrides, with `chart` as a list of accounts added to the PCG default chart. */
const rulesFileSchema = z
  .extend(z.omit(rulesOverridesSchema, { chart: true }), {
    $schema: z.optional(z.string()).check(z.describe('The JSON Schema this file follows (ignored).')),
    chart: z.optional(chartAccounts).check(z.describe('Accounts added to the default French chart (PCG), with their labels.')),
  })
  .check(z.describe('Posting rules for partie-double: any part of defaultRules() to override (accounts, VAT accounts, journals, payment methods, rates, rounding, exigibility).'));

/** The JSON Schema (draft 2020-12) of a rules file, as printed by `partie-double schema rules`. */
export function rulesJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(rulesFileSchema, { target: 'draft-2020-12', io: 'input' }), title: 'partie-double rules file' };
}

/** The posting rules of a rules file's JSON value (the default rules when there is none). */
export function rulesFromJson(value: unknown, fileName: string): PostingRules {
  if (value === undefined) return defaultRules();
  const parsed = rulesFileSchema.safeParse(value);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, [], { schema: rulesFileSchema, input: value });
    throw new AccountingError(issues.map((i) => issue('invalid_option', ['rules', ...i.path], `${fileName}: ${i.message} (at ${i.path.join('.') || '(root)'}) See \`partie-double schema rules\` for the file's shape.`)));
  }
  const { $schema: _ignored, chart, ...overrides } = parsed.data;
  const withChart: DefaultRulesOverrides = chart && chart.length > 0
    ? { ...(overrides as DefaultRulesOverrides), chart: createChart(chart, { base: defaultChart() }) }
    : (overrides as DefaultRulesOverrides);
  return defaultRules(withChart);
}
