// @ts-nocheck
import { toBook, type BookSource } from '../book/index.js';
import { toPeriod } from '../calendar/index.js';
import { checkSeal, canonicalText } from './_lib/sealCore.js';
import type { SealOptions } from './seal.js';

/**
 * The canonical serialisation a seal hashes, as text (UTF-8 is what is
 * hashed): `seal(book, options).hash` is the SHA-256 of
 * `sealText(book, options)`. Documented in docs/integrity.md and stable
 * across versions (a new form would come with a new seal `version`); use it
 * to re-check a seal with any SHA-256 tool, or to see what a seal covers.
 *
 * One line per record, each a JSON array followed by `\n`: a header
 * `["partie-double/seal",1,currency,from,to,previousHash|null]`, then per
 * transaction in (date, journal, id) order a line
 * `["T",id,journal,date,pieceRef,pieceDate,validatedOn]` followed by one line
 * per entry `["E",account,auxNumber|null,auxName|null,"D"|"C",minorUnits,label,foreignCurrency|null,foreignAmount|null]`.
 *
 * @param source - the Book (or transactions)
 * @param options - the period and previous seal, as for `seal`
 * @returns the canonical text
 * @throws AccountingError `invalid_period`, `invalid_input` (a malformed `previous`)
 * @example
 * ```ts
 * sealText(book, { period: { from: '2024-10-15', to: '2024-10-15' } }).split('\n').slice(0, 3)
 * //=> ['["partie-double/seal",1,"EUR","2024-10-15","2024-10-15",null]',
 * //    '["T","BQ000001","BQ","2024-10-15","RG2024-0001","2024-10-15","2024-10-15"]',
 * //    '["E","512000",null,null,"D","60000","Reglement CB DUPONT FA2024-0001",null,null]'] (BQ before VT: date, journal, id order)
 * ```
 */
export function sealText(source: BookSource, options: SealOptions): string {
  const period = toPeriod(options.period, ['period']);
  const previous = options.previous === undefined || options.previous === null ? null : checkSeal(options.previous, ['previous']).hash;
  return canonicalText(toBook(source), period, previous);
}
