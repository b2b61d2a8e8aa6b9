// @ts-nocheck
import type { AccountNumber, AuxiliaryAccount } from '../accounts/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { AmountInput, CurrencyCode, Decimal, VatRate } from '../money/index.js';

/**
 * What a transaction records. The listed values are the ones partie-double's
 * generators and reports know; any other string is kept as given.
 *
 * @example
 * ```ts
 * const type: TransactionType = 'sale';
 * ```
 */
export type TransactionType =
  | 'sale'
  | 'payment'
  | 'refund'
  | 'credit-note'
  | 'debit-note'
  | 'cancellation'
  | 'deposit'
  | 'direct-debit'
  | 'rejection'
  | 'remittance'
  | 'voucher-settlement'
  | 'write-off'
  | 'purchase'
  | 'supplier-payment'
  | 'supplier-refund'
  | 'tourist-tax-remittance'
  | 'cash-closing'
  | 'vat-transfer'
  | 'exchange-difference'
  | 'deferral'
  | 'reversal'
  | 'opening'
  | 'closing'
  | (string & {});

/**
 * References to the business document behind a transaction, kept for the
 * subledger and the reports (all optional).
 *
 * @example
 * ```ts
 * const source: TransactionSource = { documentId: 'inv-1', documentNumber: 'FA2024-0001', customerId: 'C0001' };
 * ```
 */
export interface TransactionSource {
  /** The id of the business document (invoice, payment, closing…) the transaction was generated from. */
  readonly documentId?: string;
  /** The document's legal number (invoice number, e.g. `FA2024-0001`), when it has one. */
  readonly documentNumber?: string;
  /** The customer's id (the auxiliary account holder), when the document has a customer. */
  readonly customerId?: string;
  /** The customer's display name, as on the document. */
  readonly customerName?: string;
  /**
   * Who funds the service (« bailleur de fonds », e.g. a department paying home care), as on the document.
   */
  readonly funder?: string;
  /** The billing contact named on the document. */
  readonly billingContact?: string;
  /** The payment method of a payment-like document (`card`, `cheque`, `transfer`…), as given. */
  readonly paymentMethod?: string;
  /** Free text copied from the document (« mémo »). */
  readonly memo?: string;
}

/**
 * One line of a transaction as given to {@link createTransaction}: exactly one
 * of `debit` / `credit`, strictly positive.
 *
 * @example
 * ```ts
 * const entry: EntryInput = { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' };
 * ```
 */
export interface EntryInput {
  /**
   * The general-ledger account number (« compte général »), at least three digits (PCG class then account),
   * e.g. `411000`.
   */
  readonly account: string;
  /** The account's label for this line (FEC CompteLib); defaults to the chart's label in exports. */
  readonly accountLabel?: string;
  /** The auxiliary account (« compte auxiliaire »: customer or supplier) of a 411/401 line. */
  readonly auxiliary?: AuxiliaryAccount;
  /**
   * The debit amount, strictly positive, in the transaction currency's major unit (`"600.00"`); exclusive
   * with `credit`.
   */
  readonly debit?: AmountInput;
  /**
   * The credit amount, strictly positive, in the transaction currency's major unit; exclusive with `debit`.
   */
  readonly credit?: AmountInput;
  /** The line's own label, when it differs from the transaction's. */
  readonly label?: string;
  /** The amount in a foreign currency (FEC Montantdevise / Idevise). */
  readonly currency?: {
    /** ISO 4217 code of the foreign currency (FEC Idevise), e.g. `USD`. */
    readonly code: CurrencyCode;
    /** The line's amount in that currency, positive, in its major unit (FEC Montantdevise). */
    readonly amount: AmountInput;
  };
  /** The cost centre (« centre de coût ») this line is charged to, for analytic reports. */
  readonly costCenter?: string;
  /** Analytic axes: axis → section code. */
  readonly analytics?: Readonly<Record<string, string>>;
  /** The VAT rate and base this line relates to (VAT lines, revenue lines). */
  readonly vat?: {
    /** The VAT rate as a decimal percentage string (`"20"`, `"5.5"`). */
    readonly rate: string;
    /** The taxable base (« base HT ») in the transaction currency's major unit. */
    readonly base: AmountInput;
  };
  /** Matching (lettrage) code and date. */
  readonly lettering?: {
    /** The lettering code shared by the matched lines (« code de lettrage »), e.g. `AA`. */
    readonly code: string;
    /** The day the lines were matched, `YYYY-MM-DD` (FEC DateLet). */
    readonly date: string;
  };
  /**
   * The open item (usually the invoice id) a receivable or payable line
   * belongs to: an invoice's customer line and the payment lines allocated to
   * it share it. Open items, aged balances and `letter` read it.
   */
  readonly openItem?: string;
}

/**
 * What {@link createTransaction} takes.
 *
 * @example
 * ```ts
 * const input: TransactionInput = {
 *   id: 'VT000001', journal: 'VT', date: '2024-10-15',
 *   piece: { ref: 'FA2024-0001', date: '2024-10-15' }, label: 'Abonnement 12 mois DUPONT',
 *   entries: [
 *     { account: '411000', debit: '600.00' },
 *     { account: '706100', credit: '500.00' },
 *     { account: '445711', credit: '100.00' },
 *   ],
 * };
 * ```
 */
export interface TransactionInput {
  /** Defaults to the journal code + 6 digits (`VT000001`). */
  readonly id?: string;
  /**
   * The journal code (« code journal », 1–10 characters), e.g. `VT` for sales; must be in the journal list
   * when one is given.
   */
  readonly journal: string;
  /** The accounting date (« date d'écriture », FEC EcritureDate), `YYYY-MM-DD`. */
  readonly date: string;
  /** The supporting document; its date defaults to the transaction date. */
  readonly piece: {
    /** The supporting document's reference (« numéro de pièce », FEC PieceRef), e.g. an invoice number. */
    readonly ref: string;
    /** The supporting document's date, `YYYY-MM-DD` (FEC PieceDate). */
    readonly date?: string;
  };
  /** The transaction label (« libellé », FEC EcritureLib), copied on lines without their own. */
  readonly label: string;
  /**
   * The validation date (FEC ValidDate): the day the entry became final.
   * `null` makes a draft entry (brouillard), validated later with `validate`.
   * @defaultValue the transaction date (validated on its own date)
   */
  readonly validatedOn?: string | null;
  /** What the transaction records (sale, payment…); absent when unknown. */
  readonly type?: TransactionType;
  /** References to the business document behind it; absent for hand-written entries. */
  readonly source?: TransactionSource;
  /** The book's currency, default `EUR`. */
  readonly currency?: CurrencyCode;
  /** The id of the transaction this one reverses. */
  readonly reverses?: string;
  /** The lines, at least two; Σ debit must equal Σ credit. */
  readonly entries: ReadonlyArray<EntryInput>;
}

/**
 * A validated transaction line. Amounts are kept as integer minor units
 * (`side`, `minor`) and exposed as `Decimal` through `debit`, `credit` and
 * `amount`.
 *
 * @example
 * ```ts
 * tx.entries[0]!.debit?.toFixed(2) //=> '600.00'
 * ```
 */
export interface Entry {
  /**
   * The general-ledger account number (« compte général »), validated: at least three digits, PCG class
   * first.
   */
  readonly account: AccountNumber;
  /** The account's label for this line, when one was given. */
  readonly accountLabel?: string;
  /** The auxiliary account (customer or supplier) of a 411/401 line. */
  readonly auxiliary?: AuxiliaryAccount;
  /** Which column the amount is in. */
  readonly side: 'debit' | 'credit';
  /** The amount in minor units of the transaction currency, > 0. */
  readonly minor: number;
  /** The amount as a Decimal, > 0. */
  readonly amount: Decimal;
  /** The amount when on the debit side. */
  readonly debit: Decimal | undefined;
  /** The amount when on the credit side. */
  readonly credit: Decimal | undefined;
  /** The line's own label, when it differs from the transaction's. */
  readonly label?: string;
  /** Only for a line in a foreign currency. */
  readonly currency?: {
    /** ISO 4217 code of the foreign currency (FEC Idevise). */
    readonly code: CurrencyCode;
    /** The line's amount in that currency, positive, in its major unit (FEC Montantdevise). */
    readonly amount: Decimal;
  };
  /** The cost centre this line is charged to. */
  readonly costCenter?: string;
  /** Analytic axes: axis → section code. */
  readonly analytics?: Readonly<Record<string, string>>;
  /** The VAT rate and base this line relates to (VAT lines, revenue lines). */
  readonly vat?: {
    /** The VAT rate, normalised (`"20"`, `"5.5"`). */
    readonly rate: VatRate;
    /** The taxable base (« base HT ») in the transaction currency's major unit. */
    readonly base: Decimal;
  };
  /** Matching (« lettrage ») code and date, when the line is lettered. */
  readonly lettering?: {
    /** The lettering code shared by the matched lines (« code de lettrage »). */
    readonly code: string;
    /** The day the lines were matched (FEC DateLet). */
    readonly date: IsoDate;
  };
  /** The open item (invoice id) this receivable or payable line belongs to. */
  readonly openItem?: string;
}

/**
 * A balanced, validated, deeply readonly transaction (écriture): Σ debit =
 * Σ credit exactly. Only {@link createTransaction} and the library's
 * generators make them; reports never re-validate them.
 *
 * @example
 * ```ts
 * const tx: Transaction = createTransaction(input);
 * tx.id //=> 'VT000001'
 * ```
 */
export interface Transaction {
  /** The transaction's unique id within a book (e.g. `VT000001`). */
  readonly id: string;
  /** The journal code (« code journal »), e.g. `VT`. */
  readonly journal: string;
  /** The accounting date (FEC EcritureDate). */
  readonly date: IsoDate;
  /** The supporting document (« pièce justificative »). */
  readonly piece: {
    /** The supporting document's reference (« numéro de pièce », FEC PieceRef). */
    readonly ref: string;
    /** The supporting document's date (FEC PieceDate); the transaction date when none was given. */
    readonly date: IsoDate;
  };
  /** The transaction label (« libellé », FEC EcritureLib). */
  readonly label: string;
  /** The validation date (FEC ValidDate); `null` for a draft entry (brouillard). */
  readonly validatedOn: IsoDate | null;
  /** What the transaction records; absent when the input gave none. */
  readonly type?: TransactionType;
  /** References to the business document behind it; absent when none was given. */
  readonly source?: TransactionSource;
  /** The ISO 4217 currency all amounts are in (default `EUR`). */
  readonly currency: CurrencyCode;
  /** The id of the transaction this one reverses (« contre-passation »), when it is a reversal. */
  readonly reverses?: string;
  /** The lines (at least two), in input order; Σ debit = Σ credit. */
  readonly entries: ReadonlyArray<Entry>;
}
