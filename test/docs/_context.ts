// The names a TSDoc @example may use without defining them (CONTRIBUTING.md, "Code in the documentation
// runs"): the golden book, the one docs/integrity.md seals.
import { createBook } from '../../src/index.js';
import { goldenTransactions } from '../ledger/_fixtures.js';

/**
 * The golden book (test/fixtures/123456782FEC20241231.txt): à-nouveaux 512000 / 101000 1000.00 on 1 January
 * 2024; DUPONT Jean's 12-month subscription FA2024-0001 (600.00 incl. 20 % VAT, 706100 / 445710) sold and
 * paid by card on 15 October (lettered A); its deferred revenue 393.15 (706100 / 487000) on 31 December.
 */
export const book = createBook(goldenTransactions());
