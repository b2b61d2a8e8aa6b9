// @ts-nocheck
// Rules shared by the tests that assume VAT due on invoice (the débits option).
import { defaultRules, type PostingRules } from '../src/index.js';

/**
 * The French rules with the option for the débits (`vatExigibility: 'on-invoice'`):
 * every sale's VAT collected at the invoice. Tests whose figures assume that
 * regime name it through this constant rather than relying on the default
 * (VAT on services due on receipt, CGI art. 269-2).
 */
export const vatOnInvoice: PostingRules = defaultRules({ vatExigibility: 'on-invoice' });
