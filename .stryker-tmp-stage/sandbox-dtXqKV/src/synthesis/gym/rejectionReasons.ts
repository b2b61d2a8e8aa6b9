/**
 * The ISO 20022 reason codes of direct-debit rejections (EPC list) with their
 * French and English labels. A code missing from the table is shown as is.
 *
 * @example
 * ```ts
 * DIRECT_DEBIT_REJECTION_REASONS.AM04 //=> { fr: 'Provision insuffisante', en: 'Insufficient funds' }
 * ```
 */
// @ts-nocheck

export const DIRECT_DEBIT_REJECTION_REASONS: Readonly<Record<string, {
  /** The reason in French, as on a bank statement (`Provision insuffisante`). */
  readonly fr: string;
  /** The reason in English (`Insufficient funds`). */
  readonly en: string;
}>> = Object.freeze({
  AC01: Object.freeze({ fr: 'Numéro de compte incorrect', en: 'Incorrect account number' }),
  AC04: Object.freeze({ fr: 'Compte clôturé', en: 'Account closed' }),
  AC06: Object.freeze({ fr: 'Compte bloqué', en: 'Account blocked' }),
  AG01: Object.freeze({ fr: 'Transaction interdite sur ce compte', en: 'Transaction forbidden on this account' }),
  AG02: Object.freeze({ fr: 'Code opération incorrect', en: 'Invalid operation code' }),
  AM04: Object.freeze({ fr: 'Provision insuffisante', en: 'Insufficient funds' }),
  AM05: Object.freeze({ fr: 'Opération en double', en: 'Duplicate collection' }),
  BE05: Object.freeze({ fr: 'Créancier non reconnu', en: 'Unrecognised creditor' }),
  FF01: Object.freeze({ fr: 'Format invalide', en: 'Invalid file format' }),
  MD01: Object.freeze({ fr: 'Pas de mandat', en: 'No mandate' }),
  MD02: Object.freeze({ fr: 'Mandat incomplet', en: 'Missing mandate information' }),
  MD06: Object.freeze({ fr: 'Demande de remboursement du débiteur', en: 'Refund requested by the debtor' }),
  MD07: Object.freeze({ fr: 'Débiteur décédé', en: 'Debtor deceased' }),
  MS02: Object.freeze({ fr: 'Raison non communiquée (débiteur)', en: 'Reason not specified (debtor)' }),
  MS03: Object.freeze({ fr: 'Raison non communiquée (banque)', en: 'Reason not specified (bank)' }),
  RC01: Object.freeze({ fr: 'BIC incorrect', en: 'Incorrect BIC' }),
  SL01: Object.freeze({ fr: 'Service spécifique du débiteur', en: 'Specific service offered by the debtor bank' }),
});

/**
 * The label of a rejection reason code in a language, or the code itself
 * when the table does not know it.
 *
 * @param code - an ISO 20022 reason code such as `'AM04'`
 * @param language - `'fr'` or `'en'` @defaultValue 'fr'
 * @returns the label
 * @example
 * ```ts
 * rejectionReasonLabel('MD06', 'en') //=> 'Refund requested by the debtor'
 * rejectionReasonLabel('ZZ99') //=> 'ZZ99'
 * ```
 */
export function rejectionReasonLabel(code: string, language: 'fr' | 'en' = 'fr'): string {
  const entry = Object.hasOwn(DIRECT_DEBIT_REJECTION_REASONS, code) ? DIRECT_DEBIT_REJECTION_REASONS[code] : undefined;
  return entry === undefined ? code : entry[language];
}
