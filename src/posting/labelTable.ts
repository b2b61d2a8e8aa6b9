import { fail } from '../errors/index.js';

/**
 * A language the built-in label tables cover.
 *
 * @example
 * ```ts
 * const language: LabelLanguage = 'fr';
 * ```
 */
export type LabelLanguage = 'fr' | 'en';

/**
 * The words reports and exports write for codes: payment methods (`transfer`
 * → `virement`), transaction types (`sale` → `vente`) and document kinds
 * (`credit-note` → `avoir`). Keys are codes; a
 * code a table does not list is written as given.
 *
 * @example
 * ```ts
 * LABELS.fr.paymentMethods.transfer //=> 'virement'
 * ```
 */
export interface LabelTable {
  /** The language of the words. */
  readonly language: LabelLanguage;
  /** Payment method → word, lower case as it reads inside a sentence (`CB`, `espèces`, `chèque`…). */
  readonly paymentMethods: Readonly<Record<string, string>>;
  /**
   * Transaction type → word. `vat-transfer` is the move of VAT made due by a
   * receipt (44574 → 4457x, "TVA exigible sur encaissement");
   * `vat-transfer:deductible` the same type when it moves deductible VAT
   * (44568 → 44566, a purchase taxed on receipt being paid).
   */
  readonly transactionTypes: Readonly<Record<string, string>>;
  /** Invoice (and purchase) kind → word (`final` → `facture`, `credit-note` → `avoir`). */
  readonly documentKinds: Readonly<Record<string, string>>;
}

/**
 * What {@link labelTable} accepts: a language and words to change, merged
 * over that language's table.
 *
 * @example
 * ```ts
 * const options: LabelTableOptions = { language: 'fr', paymentMethods: { voucher: 'chèque-vacances' } };
 * ```
 */
export interface LabelTableOptions {
  /** @defaultValue 'fr' */
  readonly language?: LabelLanguage;
  /** Payment method → word, merged over the language's table. */
  readonly paymentMethods?: Readonly<Record<string, string>>;
  /** Transaction type → word, merged over the language's table. */
  readonly transactionTypes?: Readonly<Record<string, string>>;
  /** Document kind → word, merged over the language's table. */
  readonly documentKinds?: Readonly<Record<string, string>>;
}

// The French words, one constant per table (internal): posting reads the payment methods and document kinds
// alone, so a bundle of `post` leaves the transaction types and the English table out.
export const FR_PAYMENT_METHODS: Readonly<Record<string, string>> = Object.freeze({
  card: 'CB',
  cash: 'espèces',
  cheque: 'chèque',
  transfer: 'virement',
  'direct-debit': 'prélèvement',
  voucher: 'contremarque',
  'credit-note': 'avoir',
});

const FR_TRANSACTION_TYPES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  sale: 'vente',
  payment: 'paiement',
  refund: 'remboursement',
  'credit-note': 'note de crédit',
  'debit-note': 'note de débit',
  cancellation: 'annulation',
  deposit: 'acompte',
  'direct-debit': 'prélèvement',
  rejection: 'rejet de prélèvement',
  remittance: 'remise en banque',
  'voucher-settlement': 'règlement par contremarque',
  'write-off': 'radiation',
  purchase: 'achat',
  'supplier-payment': 'règlement fournisseur',
  'supplier-refund': 'remboursement fournisseur',
  'tourist-tax-remittance': 'reversement de taxe de séjour',
  'vat-payment': 'paiement de TVA',
  accrual: "régularisation de fin d'exercice",
  provision: 'dépréciation',
  'provision-reversal': 'reprise de dépréciation',
  'cash-closing': 'clôture de caisse',
  'vat-transfer': 'TVA exigible sur encaissement',
  'vat-transfer:deductible': 'TVA déductible sur règlement',
  'exchange-difference': 'écart de change',
  deferral: 'régularisation',
  reversal: 'extourne',
  opening: 'à-nouveau',
  closing: 'clôture',
});

export const FR_DOCUMENT_KINDS: Readonly<Record<string, string>> = Object.freeze({
  final: 'facture',
  deposit: "facture d'acompte",
  proforma: 'facture proforma',
  'credit-note': 'avoir',
  'debit-note': 'note de débit',
  invoice: 'facture',
});

const FR: LabelTable = /* @__PURE__ */ Object.freeze({ language: 'fr', paymentMethods: FR_PAYMENT_METHODS, transactionTypes: FR_TRANSACTION_TYPES, documentKinds: FR_DOCUMENT_KINDS });

const EN: LabelTable = /* @__PURE__ */ Object.freeze({
  language: 'en',
  paymentMethods: /* @__PURE__ */ Object.freeze({
    card: 'card',
    cash: 'cash',
    cheque: 'cheque',
    transfer: 'transfer',
    'direct-debit': 'direct debit',
    voucher: 'voucher',
    'credit-note': 'credit note',
  }),
  transactionTypes: /* @__PURE__ */ Object.freeze({
    sale: 'sale',
    payment: 'payment',
    refund: 'refund',
    'credit-note': 'credit note',
    'debit-note': 'debit note',
    cancellation: 'cancellation',
    deposit: 'deposit',
    'direct-debit': 'direct debit',
    rejection: 'direct-debit rejection',
    remittance: 'bank remittance',
    'voucher-settlement': 'voucher settlement',
    'write-off': 'write-off',
    purchase: 'purchase',
    'supplier-payment': 'supplier payment',
    'supplier-refund': 'supplier refund',
    'tourist-tax-remittance': 'tourist tax remittance',
    'vat-payment': 'VAT payment',
    accrual: 'cut-off accrual',
    provision: 'provision',
    'provision-reversal': 'provision reversal',
    'cash-closing': 'cash closing',
    'vat-transfer': 'VAT due on receipt',
    'vat-transfer:deductible': 'VAT deductible on payment',
    'exchange-difference': 'exchange difference',
    deferral: 'deferral',
    reversal: 'reversal',
    opening: 'opening balance',
    closing: 'closing',
  }),
  documentKinds: /* @__PURE__ */ Object.freeze({
    final: 'invoice',
    deposit: 'deposit invoice',
    proforma: 'proforma invoice',
    'credit-note': 'credit note',
    'debit-note': 'debit note',
    invoice: 'invoice',
  }),
});

/**
 * The built-in label tables, one per language — the one list of words for
 * payment methods, transaction types and document kinds that the posting
 * rules and transaction labels, the subledger, the receipts journal, the
 * document lists and the gym exports read. Override words with {@link labelTable} (or the `labels`
 * option of a report).
 *
 * @example
 * ```ts
 * LABELS.fr.paymentMethods.cheque //=> 'chèque'
 * LABELS.fr.transactionTypes['vat-transfer'] //=> 'TVA exigible sur encaissement'
 * LABELS.en.paymentMethods['direct-debit'] //=> 'direct debit'
 * ```
 */
export const LABELS: Readonly<Record<LabelLanguage, LabelTable>> = /* @__PURE__ */ Object.freeze({ fr: FR, en: EN });

function merged(base: Readonly<Record<string, string>>, over: unknown, path: ReadonlyArray<string | number>): Readonly<Record<string, string>> {
  if (over === undefined) return base;
  if (typeof over !== 'object' || over === null || Array.isArray(over)) fail('invalid_option', path, `${path.join('.')} must map codes to words, e.g. { transfer: "virement" }.`);
  const out: Record<string, string> = { ...base };
  for (const key of Object.keys(over)) {
    const v = (over as Record<string, unknown>)[key];
    if (typeof v !== 'string') fail('invalid_option', [...path, key], `The word for ${JSON.stringify(key)} must be a string.`);
    out[key] = v;
  }
  return Object.freeze(out);
}

/**
 * A label table: a language's built-in words with some changed.
 *
 * @param options - the language (`'fr'` by default) and the words to change
 * @param path - where the options sit, for error paths @defaultValue ['labels']
 * @returns a frozen table
 * @throws AccountingError `invalid_option` for an unknown language or a word that is not a string
 * @example
 * ```ts
 * labelTable({ paymentMethods: { voucher: 'chèque-vacances' } }).paymentMethods.voucher //=> 'chèque-vacances'
 * labelTable({ language: 'en' }).transactionTypes.sale //=> 'sale'
 * ```
 */
export function labelTable(options: LabelTableOptions = {}, path: ReadonlyArray<string | number> = ['labels']): LabelTable {
  if (typeof options !== 'object' || options === null) fail('invalid_option', path, 'labels must be an object such as { language: "fr", paymentMethods: { … } }.');
  const language = options.language ?? 'fr';
  if (language !== 'fr' && language !== 'en') fail('invalid_option', [...path, 'language'], `Unknown language ${JSON.stringify(language)}: use "fr" or "en".`);
  const base = LABELS[language];
  if (options.paymentMethods === undefined && options.transactionTypes === undefined && options.documentKinds === undefined) return base;
  return Object.freeze({
    language,
    paymentMethods: merged(base.paymentMethods, options.paymentMethods, [...path, 'paymentMethods']),
    transactionTypes: merged(base.transactionTypes, options.transactionTypes, [...path, 'transactionTypes']),
    documentKinds: merged(base.documentKinds, options.documentKinds, [...path, 'documentKinds']),
  });
}

/**
 * The word for a code in a table, or the code itself when the table does not
 * list it.
 *
 * @param words - a table's `paymentMethods` or `transactionTypes`
 * @param code - the code
 * @returns the word
 * @example
 * ```ts
 * wordFor(LABELS.fr.paymentMethods, 'transfer') //=> 'virement'
 * wordFor(LABELS.fr.paymentMethods, 'ancv') //=> 'ancv'
 * ```
 */
export function wordFor(words: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(words, code) ? words[code]! : code;
}
