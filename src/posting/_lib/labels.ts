// French labels of generated transactions (internal).
import { endOfMonth, type IsoDate } from '../../calendar/index.js';
import type { TransactionSource } from '../../transactions/index.js';
import { FR_DOCUMENT_KINDS } from '../labelTable.js';

/** `2024-10-15` → `15/10/2024`. */
export function frDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * A period for a label, short: `07/2024` for a calendar month, `07/2024-09/2024`
 * for whole months, else `01/07/2024-15/07/2024`.
 */
export function frPeriod(from: string, to: string): string {
  if (from.endsWith('-01') && endOfMonth(to as IsoDate) === to) {
    const a = `${from.slice(5, 7)}/${from.slice(0, 4)}`;
    const b = `${to.slice(5, 7)}/${to.slice(0, 4)}`;
    return a === b ? a : `${a}-${b}`;
  }
  return `${frDate(from)}-${frDate(to)}`;
}

/** The French name of each invoice kind, with a capital (from the French label table). */
export const INVOICE_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FR_DOCUMENT_KINDS).map(([kind, word]) => [kind, word.charAt(0).toUpperCase() + word.slice(1)]),
);

/** ISO 20022 reasons of direct-debit rejections, in French. */
export const REJECTION_REASONS: Readonly<Record<string, string>> = {
  AC01: 'Numéro de compte incorrect',
  AC04: 'Compte clôturé',
  AC06: 'Compte bloqué',
  AG01: 'Transaction interdite sur ce compte',
  AG02: 'Code opération incorrect',
  AM04: 'Provision insuffisante',
  AM05: 'Opération en double',
  BE05: 'Créancier non reconnu',
  FF01: 'Format invalide',
  MD01: 'Pas de mandat',
  MD02: 'Mandat incomplet',
  MD06: 'Demande de remboursement du débiteur',
  MD07: 'Débiteur décédé',
  MS02: 'Raison non communiquée (débiteur)',
  MS03: 'Raison non communiquée (banque)',
  RC01: 'BIC incorrect',
  SL01: 'Service spécifique du débiteur',
};

interface SourceFields {
  readonly id: string;
  readonly number?: string | undefined;
  readonly customer?: { readonly id: string; readonly name: string } | undefined;
  readonly funder?: string | undefined;
  readonly billingContact?: string | undefined;
  readonly memo?: string | undefined;
}

/** The frozen source of a document's transactions. */
export function sourceOf(doc: SourceFields, paymentMethod?: string, customer?: { readonly id: string; readonly name: string }): TransactionSource {
  const out: Record<string, string> = { documentId: doc.id };
  if (doc.number !== undefined) out.documentNumber = doc.number;
  const c = customer ?? doc.customer;
  if (c !== undefined) {
    out.customerId = c.id;
    out.customerName = c.name;
  }
  if (doc.funder !== undefined) out.funder = doc.funder;
  if (doc.billingContact !== undefined) out.billingContact = doc.billingContact;
  if (paymentMethod !== undefined) out.paymentMethod = paymentMethod;
  if (doc.memo !== undefined) out.memo = doc.memo;
  return Object.freeze(out) as TransactionSource;
}
