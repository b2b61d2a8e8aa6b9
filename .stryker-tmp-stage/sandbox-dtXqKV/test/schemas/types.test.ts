// @ts-nocheck
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type * as pd from '../../src/index.js';
import type { Stay, staySchema } from '../../src/schemas/stay.js';
import type { SubscriptionCancellation, subscriptionCancellationSchema } from '../../src/schemas/subscriptionCancellation.js';
import type * as before from './_typesSnapshot.js';

// The exported types of the documents and the input types of their schemas are exactly what they were when the
// zod schemas were written by hand (_typesSnapshot.ts): generating the schemas from the shape descriptions
// (schemas/_lib/toZod.ts) changed no type. Checked by `tsc --noEmit` (and vitest's typecheck).
describe('the document types', () => {
  it('are the types of the hand-written schemas, output and input', () => {
    expectTypeOf<pd.Invoice>().toEqualTypeOf<before.Invoice>();
    expectTypeOf<pd.InvoiceLine>().toEqualTypeOf<before.InvoiceLine>();
    expectTypeOf<pd.InvoiceKind>().toEqualTypeOf<before.InvoiceKind>();
    expectTypeOf<pd.InvoiceStatus>().toEqualTypeOf<before.InvoiceStatus>();
    expectTypeOf<pd.Payment>().toEqualTypeOf<before.Payment>();
    expectTypeOf<pd.Refund>().toEqualTypeOf<before.Refund>();
    expectTypeOf<pd.Allocation>().toEqualTypeOf<before.Allocation>();
    expectTypeOf<pd.SupplierPayment>().toEqualTypeOf<before.SupplierPayment>();
    expectTypeOf<pd.SupplierAllocation>().toEqualTypeOf<before.SupplierAllocation>();
    expectTypeOf<pd.SupplierRefund>().toEqualTypeOf<before.SupplierRefund>();
    expectTypeOf<pd.Remittance>().toEqualTypeOf<before.Remittance>();
    expectTypeOf<pd.VoucherSettlement>().toEqualTypeOf<before.VoucherSettlement>();
    expectTypeOf<pd.DirectDebitBatch>().toEqualTypeOf<before.DirectDebitBatch>();
    expectTypeOf<pd.DirectDebitItem>().toEqualTypeOf<before.DirectDebitItem>();
    expectTypeOf<pd.DirectDebitRejection>().toEqualTypeOf<before.DirectDebitRejection>();
    expectTypeOf<pd.TillClosing>().toEqualTypeOf<before.TillClosing>();
    expectTypeOf<pd.TillTicket>().toEqualTypeOf<before.TillTicket>();
    expectTypeOf<pd.Purchase>().toEqualTypeOf<before.Purchase>();
    expectTypeOf<pd.PurchaseLine>().toEqualTypeOf<before.PurchaseLine>();
    expectTypeOf<pd.PurchaseAdvance>().toEqualTypeOf<before.PurchaseAdvance>();
    expectTypeOf<pd.TouristTaxRemittance>().toEqualTypeOf<before.TouristTaxRemittance>();
    expectTypeOf<pd.VatPayment>().toEqualTypeOf<before.VatPayment>();
    expectTypeOf<pd.WriteOff>().toEqualTypeOf<before.WriteOff>();
    expectTypeOf<pd.SessionUsage>().toEqualTypeOf<before.SessionUsage>();
    expectTypeOf<Stay>().toEqualTypeOf<before.Stay>();
    expectTypeOf<SubscriptionCancellation>().toEqualTypeOf<before.SubscriptionCancellation>();
    expectTypeOf<pd.DocumentType>().toEqualTypeOf<before.DocumentType>();
    expectTypeOf<pd.DocumentInput>().toEqualTypeOf<before.DocumentInput>();
    expectTypeOf<z.input<typeof pd.invoiceSchema>>().toEqualTypeOf<before.InputOf_invoiceSchema>();
    expectTypeOf<z.input<typeof pd.invoiceLineSchema>>().toEqualTypeOf<before.InputOf_invoiceLineSchema>();
    expectTypeOf<z.input<typeof pd.invoiceKindSchema>>().toEqualTypeOf<before.InputOf_invoiceKindSchema>();
    expectTypeOf<z.input<typeof pd.invoiceStatusSchema>>().toEqualTypeOf<before.InputOf_invoiceStatusSchema>();
    expectTypeOf<z.input<typeof pd.paymentSchema>>().toEqualTypeOf<before.InputOf_paymentSchema>();
    expectTypeOf<z.input<typeof pd.refundSchema>>().toEqualTypeOf<before.InputOf_refundSchema>();
    expectTypeOf<z.input<typeof pd.allocationSchema>>().toEqualTypeOf<before.InputOf_allocationSchema>();
    expectTypeOf<z.input<typeof pd.supplierPaymentSchema>>().toEqualTypeOf<before.InputOf_supplierPaymentSchema>();
    expectTypeOf<z.input<typeof pd.supplierAllocationSchema>>().toEqualTypeOf<before.InputOf_supplierAllocationSchema>();
    expectTypeOf<z.input<typeof pd.supplierRefundSchema>>().toEqualTypeOf<before.InputOf_supplierRefundSchema>();
    expectTypeOf<z.input<typeof pd.remittanceSchema>>().toEqualTypeOf<before.InputOf_remittanceSchema>();
    expectTypeOf<z.input<typeof pd.voucherSettlementSchema>>().toEqualTypeOf<before.InputOf_voucherSettlementSchema>();
    expectTypeOf<z.input<typeof pd.directDebitBatchSchema>>().toEqualTypeOf<before.InputOf_directDebitBatchSchema>();
    expectTypeOf<z.input<typeof pd.directDebitItemSchema>>().toEqualTypeOf<before.InputOf_directDebitItemSchema>();
    expectTypeOf<z.input<typeof pd.directDebitRejectionSchema>>().toEqualTypeOf<before.InputOf_directDebitRejectionSchema>();
    expectTypeOf<z.input<typeof pd.tillClosingSchema>>().toEqualTypeOf<before.InputOf_tillClosingSchema>();
    expectTypeOf<z.input<typeof pd.tillTicketSchema>>().toEqualTypeOf<before.InputOf_tillTicketSchema>();
    expectTypeOf<z.input<typeof pd.purchaseSchema>>().toEqualTypeOf<before.InputOf_purchaseSchema>();
    expectTypeOf<z.input<typeof pd.purchaseLineSchema>>().toEqualTypeOf<before.InputOf_purchaseLineSchema>();
    expectTypeOf<z.input<typeof pd.purchaseAdvanceSchema>>().toEqualTypeOf<before.InputOf_purchaseAdvanceSchema>();
    expectTypeOf<z.input<typeof pd.touristTaxRemittanceSchema>>().toEqualTypeOf<before.InputOf_touristTaxRemittanceSchema>();
    expectTypeOf<z.input<typeof pd.vatPaymentSchema>>().toEqualTypeOf<before.InputOf_vatPaymentSchema>();
    expectTypeOf<z.input<typeof pd.writeOffSchema>>().toEqualTypeOf<before.InputOf_writeOffSchema>();
    expectTypeOf<z.input<typeof pd.sessionUsageSchema>>().toEqualTypeOf<before.InputOf_sessionUsageSchema>();
    expectTypeOf<z.input<typeof staySchema>>().toEqualTypeOf<before.InputOf_staySchema>();
    expectTypeOf<z.input<typeof subscriptionCancellationSchema>>().toEqualTypeOf<before.InputOf_subscriptionCancellationSchema>();
  });
});
