// @ts-nocheck
import { AccountingError } from '../../../src/index.js';

/** The AccountingError `fn` throws (fails the test when it throws nothing or something else). */
export const thrown = (fn: () => unknown): AccountingError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e;
    throw e;
  }
  throw new Error('expected an AccountingError');
};
