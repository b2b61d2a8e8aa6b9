// @ts-nocheck
import * as z from 'zod/mini';
import { FIELD_HINTS } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { AMOUNT_HINT } from './_lib/checkShape.js';

/** An amount field: decimal string, safe integer or Decimal (checked further by money/). */
export const amountInputSchema = z.union([z.string(), z.number(), z.custom<Decimal>((v) => Decimal.isDecimal(v), 'expected a decimal string, a Decimal or a safe integer')]);

FIELD_HINTS.set(amountInputSchema, AMOUNT_HINT);

const auxiliarySchema = z.strictObject({
  /** Required. The auxiliary account number (CompAuxNum), e.g. the customer id "C0001". */
  number: z.string(),
  /** Required. The auxiliary account name (CompAuxLib), e.g. "DUPONT Jean". */
  name: z.string(),
});

/** Shape of an entry (semantics are checked by createTransaction). */
export const entryInputSchema = z.strictObject({
  /** Required. The general account number (PCG), e.g. "706100"; digits then digits or capitals. */
  account: z.string(),
  /** Optional. The account label written in exports (CompteLib); defaults to the chart's. */
  accountLabel: z.optional(z.string()),
  /** Optional. The auxiliary (third-party) account `{ number, name }` (CompAuxNum, CompAuxLib). */
  auxiliary: z.optional(auxiliarySchema),
  /** Optional. The debit amount, a decimal string such as "600.00" (or a Decimal, or a safe-integer JS number) in the book currency; give exactly one of debit and credit, strictly positive. */
  debit: z.optional(amountInputSchema),
  /** Optional. The credit amount, a decimal string such as "600.00" (or a Decimal, or a safe-integer JS number) in the book currency; give exactly one of debit and credit, strictly positive. */
  credit: z.optional(amountInputSchema),
  /** Optional. The entry's own label, when it differs from the transaction's (EcritureLib). */
  label: z.optional(z.string()),
  /** Optional. The amount in a foreign currency (FEC Montantdevise, Idevise). */
  currency: z.optional(
    z.strictObject({
      /** Required. The ISO 4217 code of that currency (e.g. "USD"). */
      code: z.string(),
      /** Required. The amount in that currency, a decimal string such as "650.00" (or a Decimal, or a safe-integer JS number), in its major unit. */
      amount: amountInputSchema,
    }),
  ),
  /** Optional. Cost centre of the entry (analytics). */
  costCenter: z.optional(z.string()),
  /** Optional. Analytic sections of the entry: an object of axis name → section name strings. */
  analytics: z.optional(z.custom<Readonly<Record<string, string>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object of axis → section strings')),
  /** Optional. The VAT an entry carries: `{ rate, base }` (rate in percent, base amount excl. tax). */
  vat: z.optional(
    z.strictObject({
      /** Required. The VAT rate in percent, a string such as "20" or "5.5". */
      rate: z.string(),
      /** Required. The taxable base excl. tax, a decimal string such as "500.00" (or a Decimal, or a safe-integer JS number), in the book currency. */
      base: amountInputSchema,
    }),
  ),
  /** Optional. The matching (lettrage) of the entry: `{ code, date }` (EcritureLet, DateLet `YYYY-MM-DD`). */
  lettering: z.optional(
    z.strictObject({
      /** Required. The matching code (EcritureLet), shared by the entries matched together. */
      code: z.string(),
      /** Required. The day they were matched (DateLet), `YYYY-MM-DD`. */
      date: z.string(),
    }),
  ),
  /** Optional. The open item (invoice id) this entry of a third-party account belongs to. */
  openItem: z.optional(z.string()),
});

const sourceSchema = z.strictObject({
  /** Optional. Id of the document the transaction was posted from. */
  documentId: z.optional(z.string()),
  /** Optional. Number of that document (its piece reference). */
  documentNumber: z.optional(z.string()),
  /** Optional. Id of the customer (or supplier) of the document. */
  customerId: z.optional(z.string()),
  /** Optional. Name of that customer (or supplier). */
  customerName: z.optional(z.string()),
  /** Optional. Who funds the service (Bailleur de fond). */
  funder: z.optional(z.string()),
  /** Optional. The billing contact. */
  billingContact: z.optional(z.string()),
  /** Optional. The payment method of a payment transaction (`card`, `cash`…). */
  paymentMethod: z.optional(z.string()),
  /** Optional. Free text (Mémo). */
  memo: z.optional(z.string()),
});

/** The zod object behind {@link transactionInputSchema} (internal: unions and `.shape` need it). @internal */
export const transactionInputObject = z.strictObject({
  /** Optional. The transaction id (EcritureNum); defaults to the journal code + a 6-digit sequence number. */
  id: z.optional(z.string()),
  /** Required. The journal code (JournalCode), 1 to 10 letters, digits, `_` or `-` (e.g. "VT"). */
  journal: z.string(),
  /** Required. The transaction date (EcritureDate), `YYYY-MM-DD`. */
  date: z.string(),
  /** Required. The piece `{ ref, date? }`: its reference (PieceRef) and date (PieceDate, `YYYY-MM-DD`, defaults to the transaction date). */
  piece: z.strictObject({
    /** Required. The piece reference (PieceRef): the invoice or receipt number. */
    ref: z.string(),
    /** Optional. The piece date (PieceDate), `YYYY-MM-DD`. @defaultValue the transaction date */
    date: z.optional(z.string()),
  }),
  /** Required. The transaction label (EcritureLib), free text without line breaks or `|`. */
  label: z.string(),
  /** Optional. The validation date (ValidDate), `YYYY-MM-DD`; `null` makes a draft entry (brouillard). @defaultValue the transaction date */
  validatedOn: z.optional(z.nullable(z.string())),
  /** Optional. Free-text kind of transaction (e.g. `invoice`, `payment`), kept for reports. */
  type: z.optional(z.string()),
  /** Optional. Where the transaction comes from: document id and number, customer, payment method, memo. */
  source: z.optional(sourceSchema),
  /** Optional. The book currency, an ISO 4217 code. @defaultValue 'EUR' */
  currency: z.optional(z.string()),
  /** Optional. Id of the transaction this one reverses (contre-passation). */
  reverses: z.optional(z.string()),
  /** Required. The entries (lines), at least two; their debits equal their credits. */
  entries: z.array(entryInputSchema),
});

/**
 * The zod schema of a transaction input's shape (field names and types). The
 * rules zod cannot say — one side per entry, balance, dates, decimals — are
 * checked by `createTransaction`. (`createTransaction` itself checks this shape without zod, with the same
 * issues: see transactions/_lib/checkShape.ts.)
 *
 * @example
 * ```ts
 * transactionInputSchema.safeParse({ journal: 'VT' }).success //=> false
 * ```
 */
export const transactionInputSchema: z.ZodMiniType<TransactionInputShape, TransactionInputShape> = transactionInputObject;

/**
 * The fields and types {@link transactionInputSchema} checks (what
 * `createTransaction` reads before its own rules).
 *
 * @example
 * ```ts
 * const shape: TransactionInputShape = { journal: 'VT', date: '2024-10-15', piece: { ref: 'FA-1' }, label: 'Vente', entries: [] };
 * ```
 */
export type TransactionInputShape = z.output<typeof transactionInputObject>;
