// @ts-nocheck
import type * as z from 'zod/mini';
import { VOUCHER_SETTLEMENT } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

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
export const voucherSettlementSchema: z.ZodMiniType<VoucherSettlement, In<typeof VOUCHER_SETTLEMENT>> = toZod(VOUCHER_SETTLEMENT);

/**
 * A voucher-settlement document.
 *
 * @example
 * ```ts
 * const amount: VoucherSettlement['amount'] = '150.00';
 * ```
 */
export type VoucherSettlement = Out<typeof VOUCHER_SETTLEMENT>;
