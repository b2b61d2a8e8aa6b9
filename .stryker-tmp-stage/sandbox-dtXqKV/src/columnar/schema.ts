/**
 * The version of the columnar schema this library writes and reads (the
 * `partie-double.schema_version` key of the file's metadata). A file of
 * another version is `unsupported_schema_version`; the columns of each
 * version are listed in `docs/columnar.md`.
 *
 * @example
 * ```ts
 * COLUMNAR_SCHEMA_VERSION //=> 1
 * ```
 */
// @ts-nocheck

export const COLUMNAR_SCHEMA_VERSION = 1;

/**
 * What a column of the columnar schema holds, in the terms of both formats:
 * `string` (Arrow `Utf8`, Parquet `STRING`), `dictionary` (Arrow
 * `Dictionary<Int32, Utf8>`; Parquet `STRING`, dictionary-encoded), `date`
 * (Arrow `Date32`, Parquet `DATE`), `amount` (Arrow `Decimal128(18, s)`,
 * Parquet `DECIMAL(18, s)` on INT64, s the book currency's minor-unit
 * scale), `foreign-amount` (`Decimal128(38, 4)` / `DECIMAL(38, 4)`),
 * `int` (Int32 / INT32), `boolean`, `json` (a JSON object as a UTF-8
 * string; Parquet `JSON`).
 *
 * @example
 * ```ts
 * const kind: ColumnarColumnKind = 'amount';
 * ```
 */
export type ColumnarColumnKind = 'string' | 'dictionary' | 'date' | 'amount' | 'foreign-amount' | 'int' | 'boolean' | 'json';

/**
 * One column of the columnar schema.
 *
 * @example
 * ```ts
 * COLUMNAR_COLUMNS.find((c) => c.name === 'debit')?.kind //=> 'amount'
 * ```
 */
export interface ColumnarColumn {
  /** The column's name (snake_case, as SQL engines read it). */
  readonly name: string;
  /** Its type in both formats. */
  readonly kind: ColumnarColumnKind;
  /** Whether the column may hold nulls. */
  readonly nullable: boolean;
  /** Whether reading needs it (`missing_column` when absent); the others are read as null (or false) when absent. */
  readonly required: boolean;
  /** What it holds. */
  readonly meaning: string;
}

/**
 * The columns of schema version {@link COLUMNAR_SCHEMA_VERSION}, in file
 * order: one row per entry, the transaction's columns repeated on each of
 * its rows (rows of a transaction are consecutive, in entry order).
 *
 * @example
 * ```ts
 * COLUMNAR_COLUMNS.length //=> 30
 * COLUMNAR_COLUMNS.filter((c) => c.required).map((c) => c.name)
 * //=> ['transaction_id', 'journal', 'date', 'piece_ref', 'piece_date', 'label', 'validated_on', 'account', 'debit', 'credit']
 * ```
 */
export const COLUMNAR_COLUMNS: ReadonlyArray<ColumnarColumn> = Object.freeze(
  (
    [
      ['transaction_id', 'string', false, true, 'The transaction id (« numéro d’écriture », e.g. VT000001), unique in the Book.'],
      ['journal', 'dictionary', false, true, 'The journal code (VT, BQ, AN…).'],
      ['journal_label', 'dictionary', false, false, 'The journal label (Ventes…), as the Book names it; not read back (the journals come from the metadata).'],
      ['date', 'date', false, true, 'The transaction date (« date d’écriture »).'],
      ['piece_ref', 'string', false, true, 'The piece reference (« numéro de pièce »).'],
      ['piece_date', 'date', false, true, 'The piece date.'],
      ['label', 'string', false, true, 'The transaction label (« libellé »).'],
      ['validated_on', 'date', true, true, 'The validation date; null for a draft (« brouillard »).'],
      ['type', 'dictionary', true, false, 'The transaction type (sale, payment, opening…), null when none.'],
      ['opening', 'boolean', false, false, 'Whether the transaction is an opening one (à-nouveaux): type = opening; not read back.'],
      ['reverses', 'string', true, false, 'The id of the transaction this one reverses, null when none.'],
      ['source', 'json', true, false, 'The business document the transaction comes from (documentId, documentNumber, customerId…), a JSON object of strings; null when none.'],
      ['line', 'int', false, false, 'The entry’s position in its transaction, from 0.'],
      ['account', 'dictionary', false, true, 'The general account number (« numéro de compte », e.g. 411000).'],
      ['account_label', 'dictionary', false, false, 'The account label, as the Book names it (given in the entries, else the chart’s).'],
      ['account_label_given', 'boolean', false, false, 'Whether the label was given in the entries (read back as the entries’ accountLabel) rather than taken from the chart.'],
      ['auxiliary', 'dictionary', true, false, 'The auxiliary account number (« compte auxiliaire », a customer or supplier), null when none.'],
      ['auxiliary_name', 'dictionary', true, false, 'The auxiliary account’s name, null when none.'],
      ['debit', 'amount', false, true, 'The debit, an exact decimal with the currency’s scale; 0 on a credit entry.'],
      ['credit', 'amount', false, true, 'The credit, an exact decimal with the currency’s scale; 0 on a debit entry.'],
      ['entry_label', 'string', true, false, 'The entry’s own label, null when none.'],
      ['lettering_code', 'dictionary', true, false, 'The lettering code (« lettrage »), null when not lettered.'],
      ['lettering_date', 'date', true, false, 'The lettering date, null when not lettered.'],
      ['foreign_currency', 'dictionary', true, false, 'The ISO 4217 code of a foreign amount, null when none.'],
      ['foreign_amount', 'foreign-amount', true, false, 'The foreign amount (« montant en devise »), exact, null when none.'],
      ['cost_center', 'dictionary', true, false, 'The cost center, null when none.'],
      ['analytics', 'json', true, false, 'Analytic axes, a JSON object of strings; null when none.'],
      ['vat_rate', 'dictionary', true, false, 'The VAT rate in percent ("20", "5.5"), null when none.'],
      ['vat_base', 'amount', true, false, 'The VAT base, an exact decimal with the currency’s scale, null when none.'],
      ['open_item', 'string', true, false, 'The open item (the invoice id) the entry belongs to, null when none.'],
    ] as const
  ).map(([name, kind, nullable, required, meaning]) => Object.freeze({ name, kind, nullable, required, meaning }) as ColumnarColumn),
);

/** The metadata keys (internal). */
export const META = Object.freeze({
  version: 'partie-double.schema_version',
  currency: 'partie-double.currency',
  journals: 'partie-double.journals',
  chart: 'partie-double.chart',
});

/** Precision of the `amount` columns (internal): DECIMAL(18, scale) fits INT64 and every safe integer of minor units. */
export const AMOUNT_PRECISION = 18;
/** Precision and scale of `foreign_amount` (internal): ISO 4217 minor units go up to 4 decimals. */
export const FOREIGN_PRECISION = 38;
export const FOREIGN_SCALE = 4;
