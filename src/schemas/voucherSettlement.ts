import * as z from 'zod/mini';
import { accountSchema, idSchema, isoDateSchema, methodSchema, nonNegativeAmountSchema, positiveAmountSchema, referenceFields } from './_lib/primitives.js';

/** The zod object behind {@link voucherSettlementSchema} (internal: unions and `.shape` need it). @internal */
export const voucherSettlementObject = z.strictObject({
  /** Required. The document type, always `'voucher-settlement'` (the discriminator of `documentSchema`). */
  type: z.literal('voucher-settlement'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: idSchema,
  /** Optional. The piece reference shown in the journals (a non-empty string); defaults to the id. */
  number: z.optional(z.string()),
  /** Required. The day the voucher issuer paid, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** Who issued the vouchers and pays them. */
  issuer: z.strictObject({
    /** Required. The issuer's id (e.g. "ANCV"): the auxiliary account of its receivable. */
    id: idSchema,
    /** Required. The issuer's name (e.g. "ANCV Chèques-Vacances"). */
    name: z.string(),
  }),
  /** Face value of the vouchers settled. */
  amount: positiveAmountSchema,
  /** Commission withheld by the issuer. */
  fees: z.optional(nonNegativeAmountSchema),
  /** Ids of the voucher payments settled (their amounts must add up to `amount`). */
  payments: z.optional(z.array(idSchema)),
  /** The method whose account is cleared. @defaultValue 'voucher' */
  method: z.optional(methodSchema),
  /** The bank account credited instead of the rules' bank account. */
  bankAccount: z.optional(accountSchema),
  /** Optional. Free text kept in the transaction source (Mémo). */
  memo: referenceFields.memo,
  /** Optional. Cost centre copied on every entry. */
  costCenter: referenceFields.costCenter,
});

/**
 * The zod schema of a `voucher-settlement`: the issuer of payment vouchers
 * (titres-restaurant, chèques-vacances, sport coupons…) pays the vouchers
 * taken as payment, which were a receivable on it (4671) until then, less its
 * commission (627).
 *
 * @example
 * ```ts
 * voucherSettlementSchema.parse({
 *   type: 'voucher-settlement', id: 'vs-1', date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '150.00', fees: '1.50',
 * }).issuer.name //=> 'ANCV'
 * ```
 */
export const voucherSettlementSchema: z.ZodMiniType<VoucherSettlement, z.input<typeof voucherSettlementObject>> = voucherSettlementObject;

/**
 * A voucher-settlement document.
 *
 * @example
 * ```ts
 * const amount: VoucherSettlement['amount'] = '150.00';
 * ```
 */
export type VoucherSettlement = z.infer<typeof voucherSettlementObject>;
