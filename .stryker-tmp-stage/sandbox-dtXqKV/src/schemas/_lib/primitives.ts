// @ts-nocheck
// Shared building blocks of the document schemas (internal): the zod schemas of the field kinds described in
// documentShapes.ts, generated from those descriptions (toZod.ts), for the modules that need a zod schema of one
// field (posting/eInvoice.ts, posting/eReporting.ts).
import { ADDRESS, DATE, PERIOD, SIREN, SIRET, VAT_NUMBER } from './documentShapes.js';
import { toZod } from './toZod.js';

/** A plain `YYYY-MM-DD` calendar date. */
export const isoDateSchema = toZod(DATE);

/** A postal address (EN 16931 BG-5 / BG-8): street lines, post code, city and ISO 3166-1 alpha-2 country. */
export const addressSchema = toZod(ADDRESS);

/** A SIREN (9 digits, Luhn key). */
export const sirenSchema = toZod(SIREN);

/** A SIRET (14 digits, Luhn key). */
export const siretSchema = toZod(SIRET);

/** An intra-community VAT number (EU prefix, the state's shape; French key checked against the SIREN). */
export const vatNumberSchema = toZod(VAT_NUMBER);

/** An inclusive period `{ from, to }`. */
export const periodSchema = toZod(PERIOD);
