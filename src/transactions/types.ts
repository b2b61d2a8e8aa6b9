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
  readonly documentId?: string;
  readonly documentNumber?: string;
  readonly customerId?: string;
  readonly customerName?: string;
  readonly funder?: string;
  readonly billingContact?: string;
  readonly paymentMethod?: string;
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
  readonly account: string;
  readonly accountLabel?: string;
  readonly auxiliary?: AuxiliaryAccount;
  readonly debit?: AmountInput;
  readonly credit?: AmountInput;
  /** The line's own label, when it differs from the transaction's. */
  readonly label?: string;
  /** The amount in a foreign currency (FEC Montantdevise / Idevise). */
  readonly currency?: { readonly code: CurrencyCode; readonly amount: AmountInput };
  readonly costCenter?: string;
  /** Analytic axes: axis → section code. */
  readonly analytics?: Readonly<Record<string, string>>;
  /** The VAT rate and base this line relates to (VAT lines, revenue lines). */
  readonly vat?: { readonly rate: string; readonly base: AmountInput };
  /** Matching (lettrage) code and date. */
  readonly lettering?: { readonly code: string; readonly date: string };
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
  readonly journal: string;
  readonly date: string;
  /** The supporting document; its date defaults to the transaction date. */
  readonly piece: { readonly ref: string; readonly date?: string };
  readonly label: string;
  /**
   * The validation date (FEC ValidDate): the day the entry became final.
   * `null` makes a draft entry (brouillard), validated later with `validate`.
   * @defaultValue the transaction date (validated on its own date)
   */
  readonly validatedOn?: string | null;
  readonly type?: TransactionType;
  readonly source?: TransactionSource;
  /** The book's currency, default `EUR`. */
  readonly currency?: CurrencyCode;
  /** The id of the transaction this one reverses. */
  readonly reverses?: string;
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
  readonly account: AccountNumber;
  readonly accountLabel?: string;
  readonly auxiliary?: AuxiliaryAccount;
  readonly side: 'debit' | 'credit';
  /** The amount in minor units of the transaction currency, > 0. */
  readonly minor: number;
  /** The amount as a Decimal, > 0. */
  readonly amount: Decimal;
  /** The amount when on the debit side. */
  readonly debit: Decimal | undefined;
  /** The amount when on the credit side. */
  readonly credit: Decimal | undefined;
  readonly label?: string;
  readonly currency?: { readonly code: CurrencyCode; readonly amount: Decimal };
  readonly costCenter?: string;
  readonly analytics?: Readonly<Record<string, string>>;
  readonly vat?: { readonly rate: VatRate; readonly base: Decimal };
  readonly lettering?: { readonly code: string; readonly date: IsoDate };
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
  readonly id: string;
  readonly journal: string;
  readonly date: IsoDate;
  readonly piece: { readonly ref: string; readonly date: IsoDate };
  readonly label: string;
  /** The validation date (FEC ValidDate); `null` for a draft entry (brouillard). */
  readonly validatedOn: IsoDate | null;
  readonly type?: TransactionType;
  readonly source?: TransactionSource;
  readonly currency: CurrencyCode;
  readonly reverses?: string;
  readonly entries: ReadonlyArray<Entry>;
}
