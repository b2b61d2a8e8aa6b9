/**
 * Where one field sits in a fixed-width record (Quadratus, Ciel): its first
 * column and its width, both kept as literal types so that
 * `QUADRATUS_M_FIELDS.montant.position` is `44`.
 *
 * @example
 * ```ts
 * const record = formats.ciel.serialize(book).split('\r\n')[0]!; // the golden sale's 411 line
 * const field: FixedWidthField = CIEL_FIELDS.montant;
 * record.slice(field.position - 1, field.position - 1 + field.length) //=> '       600,00'
 * ```
 */
// @ts-nocheck

export interface FixedWidthField<P extends number = number, L extends number = number> {
  /** The 1-based column of the field's first character in the record. */
  readonly position: P;
  /** The field's width in characters; values are padded or cut to it. */
  readonly length: L;
}

/** One entry of a fields table, literal types kept. */
export function fixedWidthField<const P extends number, const L extends number>(position: P, length: L): FixedWidthField<P, L> {
  return { position, length };
}
