import { z } from 'zod';
import { accountSchema, idSchema, isoDateSchema, methodSchema, nonNegativeAmountSchema, positiveAmountSchema, referenceFields } from './_lib/primitives.js';

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
export const voucherSettlementSchema = z.strictObject({
  type: z.literal('voucher-settlement'),
  id: idSchema,
  number: z.string().optional(),
  date: isoDateSchema,
  /** Who issued the vouchers and pays them. */
  issuer: z.strictObject({ id: idSchema, name: z.string() }),
  /** Face value of the vouchers settled. */
  amount: positiveAmountSchema,
  /** Commission withheld by the issuer. */
  fees: nonNegativeAmountSchema.optional(),
  /** Ids of the voucher payments settled (their amounts must add up to `amount`). */
  payments: z.array(idSchema).optional(),
  /** The method whose account is cleared. @defaultValue 'voucher' */
  method: methodSchema.optional(),
  /** The bank account credited instead of the rules' bank account. */
  bankAccount: accountSchema.optional(),
  memo: referenceFields.memo,
  costCenter: referenceFields.costCenter,
});

/**
 * A voucher-settlement document.
 *
 * @example
 * ```ts
 * const amount: VoucherSettlement['amount'] = '150.00';
 * ```
 */
export type VoucherSettlement = z.infer<typeof voucherSettlementSchema>;
