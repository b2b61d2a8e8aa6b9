// @ts-nocheck
// Exact totals in minor units as BigInt, written as decimal strings (internal).

/** A signed BigInt of minor units as a decimal string with `scale` decimals (`12345n`, 2 → `'123.45'`). */
export function bigToDecimal(minor: bigint, scale: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A decimal string with at most `scale` decimals as BigInt minor units, or undefined when it is not one. */
export function decimalToBig(text: unknown, scale: number): bigint | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || (m[3] ?? '').length > scale) return undefined;
  const value = BigInt(m[2]! + (m[3] ?? '').padEnd(scale, '0'));
  return m[1] === '-' ? -value : value;
}
