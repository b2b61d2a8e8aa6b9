// The check a guide's `//=>` comments become (see _extract.ts): deep equality, reported with the code.
import { isDeepStrictEqual } from 'node:util';

export const failures: string[] = [];

export function __check(actual: unknown, expected: unknown, code: string): void {
  if (!isDeepStrictEqual(actual, expected)) failures.push(`${code}\n  got      ${JSON.stringify(actual)}\n  expected ${JSON.stringify(expected)}`);
}
