// @ts-nocheck
export { invoiceSchema, invoiceLineSchema, invoiceKindSchema, invoiceStatusSchema, type Invoice, type InvoiceLine, type InvoiceKind, type InvoiceStatus } from './invoice.js';
export { paymentSchema, refundSchema, allocationSchema, type Payment, type Refund, type Allocation } from './payment.js';
export { supplierPaymentSchema, supplierAllocationSchema, parseSupplierPayment, safeParseSupplierPayment, type SupplierPayment, type SupplierAllocation } from './supplierPayment.js';
export { supplierRefundSchema, parseSupplierRefund, safeParseSupplierRefund, type SupplierRefund } from './supplierRefund.js';
export { remittanceSchema, type Remittance } from './remittance.js';
export { voucherSettlementSchema, type VoucherSettlement } from './voucherSettlement.js';
export { directDebitBatchSchema, directDebitItemSchema, type DirectDebitBatch, type DirectDebitItem } from './directDebitBatch.js';
export { directDebitRejectionSchema, type DirectDebitRejection } from './directDebitRejection.js';
export { tillClosingSchema, tillTicketSchema, type TillClosing, type TillTicket } from './tillClosing.js';
export { purchaseSchema, purchaseLineSchema, purchaseAdvanceSchema, type Purchase, type PurchaseLine, type PurchaseAdvance } from './purchase.js';
export { touristTaxRemittanceSchema, parseTouristTaxRemittance, safeParseTouristTaxRemittance, type TouristTaxRemittance } from './touristTaxRemittance.js';
export { vatPaymentSchema, parseVatPayment, safeParseVatPayment, type VatPayment } from './vatPayment.js';
export { writeOffSchema, type WriteOff } from './writeOff.js';
export { documentSchema, parseDocument, safeParseDocument, parseDocumentIssues, DOCUMENT_TYPES, type Document, type DocumentInput, type DocumentType } from './document.js';

