/**
 * The digits of a value that `Decimal.isDecimal` accepts, read once through
 * `toFixed()` (any decimal.js clone answers it), or `undefined` when reading
 * throws or gives no string: an object that only claims to be a Decimal (a
 * copied `toStringTag`) is then an invalid amount, never a `TypeError`.
 * Internal: shared by `toDecimal` and the documents' decimal inputs.
 */
export function decimalText(value: unknown): string | undefined {
  let text: unknown;
  try {
    text = (value as { toFixed: () => unknown }).toFixed();
  } catch {
    // a toFixed that throws gives no text: the value is no amount
  }
  return typeof text === 'string' ? text : undefined;
}
