// The zod schema of the rules' overrides (internal): the CLI derives the JSON Schema of its rules file from it
// and parses that file with it. `defaultRules` checks the same shape without zod (OVERRIDES in ../rules.ts);
// test/posting/rulesShape.test.ts keeps the two equal.
import * as z from 'zod/mini';
import type { Chart } from '../../accounts/index.js';
import { FIELD_HINTS } from '../../errors/index.js';
import { ROUNDING_MODES, type RoundingMode } from '../../money/index.js';
import { ACCOUNT_ROLES, JOURNAL_ROLES, type JournalRole, type PostingAccounts } from '../rules.js';

const monthSchema = z.int().check(z.minimum(1), z.maximum(12));
FIELD_HINTS.set(monthSchema, 'a whole month number from 1 to 12');
const roleSchema = z.enum(['sales', 'purchases', 'bank', 'cash', 'general', 'opening']);
const stringMap = z.record(z.string(), z.string());
const overridesSchema = z.strictObject({
  /** Optional. The book currency, an ISO 4217 code. @defaultValue 'EUR' */
  currency: z.optional(z.string()),
  /** Optional. The chart of accounts every posted account must be in (createChart, defaultChart). @defaultValue defaultChart() */
  chart: z.optional(z.custom<Chart>((v) => typeof v === 'object' && v !== null && typeof (v as Chart).covers === 'function', 'expected a Chart (createChart, defaultChart)')),
  /** Optional. Account numbers to use instead of the defaults, by role (`receivable`, `bank`, `cash`…). */
  accounts: z.optional(z.strictObject(Object.fromEntries(ACCOUNT_ROLES.map((k) => [k, z.optional(z.string())])) as Record<keyof PostingAccounts, z.ZodMiniOptional<z.ZodMiniString<string>>>)),
  /** Optional. The collected-VAT account by rate in percent (`{ "20": "445712" }`). */
  vatCollected: z.optional(stringMap),
  /** Optional. The pending-VAT account (VAT on receipts not yet collected): one account, or one by rate. */
  vatPending: z.optional(z.union([z.string(), stringMap])),
  /** Optional. Journal codes by role (`sales`, `purchases`, `bank`, `cash`, `general`, `opening`). */
  journals: z.optional(z.strictObject(Object.fromEntries(JOURNAL_ROLES.map((r) => [r, z.optional(z.string())])) as Record<JournalRole, z.ZodMiniOptional<z.ZodMiniString<string>>>)),
  /** Optional. Payment methods: method name → its account, or `{ account?, journal?, clearing?, label? }`. */
  paymentMethods: z.optional(z.record(z.string(), z.union([z.string(), z.strictObject({ account: z.optional(z.string()), journal: z.optional(roleSchema), clearing: z.optional(z.boolean()), label: z.optional(z.string()) })]))),
  /** Optional. The VAT rates accepted on documents, in percent strings (`"20"`, `"5.5"`). @defaultValue ['0', '2.1', '5.5', '10', '20'] */
  vatRates: z.optional(z.array(z.string())),
  /** Optional. Where VAT is rounded: `per-invoice-rate` (once per rate of an invoice) or `per-line`. @defaultValue 'per-invoice-rate' */
  vatRounding: z.optional(z.enum(['per-invoice-rate', 'per-line'])),
  /** Optional. The rounding mode of VAT and conversions (see ROUNDING_MODES). @defaultValue 'half-away-from-zero' */
  rounding: z.optional(z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]])),
  /** Optional. When services' VAT is due: `on-invoice` (option pour les débits) or `on-receipt`. @defaultValue 'on-receipt' */
  vatExigibility: z.optional(z.enum(['on-invoice', 'on-receipt'])),
  /** Optional. Whether an account sells `goods` or `services` (VAT exigibility), by account prefix. */
  natures: z.optional(z.record(z.string(), z.enum(['goods', 'services']))),
  /** Optional. VAT rate in percent of re-billed direct-debit rejection fees (e.g. "20"); none when absent. */
  rebilledFeesVatRate: z.optional(z.string()),
  /** Optional. Nothing dated on or before this day (`YYYY-MM-DD`) may be posted (a locked period). */
  lockedUntil: z.optional(z.string()),
  /** Optional. The last day (`YYYY-MM-DD`) of the closed fiscal years: nothing is posted on or before it. */
  closedThrough: z.optional(z.string()),
  /** Optional. Pad general account numbers with zeros to this width, 3 to 20 (e.g. 6 → 411000). */
  accountWidth: z.optional(z.number()),
  /** Optional. The month (1 to 12) the fiscal year starts in. @defaultValue 1 */
  fiscalYearStartMonth: z.optional(monthSchema),
});

/**
 * The schema of {@link DefaultRulesOverrides} (internal: the CLI derives the
 * JSON Schema of its rules file from it, so the two never disagree).
 *
 * @internal
 */
export const rulesOverridesSchema = overridesSchema;
