// @ts-nocheck
// Which documents take a place in the invoice sequence (internal).
import type { Document } from '../../schemas/index.js';

/**
 * The number of a document that takes a place in the invoice sequence
 * (CGI, annexe II, art. 242 nonies A, I-7°): an invoice of every kind that
 * posts — final, deposit, credit note, debit note —, cancelled ones included
 * (a cancelled invoice keeps its number); not a draft (no definitive number
 * yet) nor a proforma (not an invoice). Undefined for anything else.
 */
export function sequenceNumber(d: Document): string | undefined {
  return d.type === 'invoice' && d.status !== 'draft' && d.kind !== 'proforma' ? d.number : undefined;
}
