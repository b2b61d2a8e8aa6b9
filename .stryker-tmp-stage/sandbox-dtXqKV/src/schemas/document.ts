// @ts-nocheck
import * as z from 'zod/mini';
import { AccountingError, fromZodIssues, issue, quote, safely, type AccountingIssue, type SafeResult } from '../errors/index.js';
import { readOnce } from '../transactions/_lib/readOnce.js';
import { DOCUMENT_SHAPES } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

type Shapes = typeof DOCUMENT_SHAPES;

/** The zod object behind {@link documentSchema}: a union discriminated on `type` of the documents' generated schemas. @internal */
export const documentObject = z.discriminatedUnion(
  'type',
  Object.values(DOCUMENT_SHAPES).map((shape) => toZod(shape)) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
);

/**
 * The zod schema of any document `post` takes: a union discriminated on
 * `type` (`invoice`, `payment`, `refund`, `remittance`, `voucher-settlement`,
 * `direct-debit-batch`, `direct-debit-rejection`, `till-closing`, `purchase`,
 * `supplier-payment`, `supplier-refund`, `write-off`, `session-usage`, `subscription-cancellation`, `stay`,
 * `tourist-tax-remittance`, `vat-payment`).
 *
 * @example
 * ```ts
 * documentSchema.safeParse({ type: 'quote' }).success //=> false
 * ```
 */
export const documentSchema: z.ZodMiniType<Document, { [T in keyof Shapes]: In<Shapes[T]> }[keyof Shapes]> = documentObject as never;

/**
 * Any document `post` takes.
 *
 * @example
 * ```ts
 * const doc: Document = { type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: { id: 'C1', name: 'X' }, invoice: 'inv-1', amount: '10.00' };
 * ```
 */
export type Document = { [T in keyof Shapes]: Out<Shapes[T]> }[keyof Shapes];

/**
 * What `post` takes as a document, before parsing: the shape of
 * {@link Document} with every decimal field (amounts, unit prices,
 * quantities, exchange rates) accepting a decimal string, a `Decimal` or a
 * safe-integer JS number. Typing a document with it gives editor completion;
 * `post` still validates every document at run time.
 *
 * @example
 * ```ts
 * const doc: DocumentInput = { type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: { id: 'C1', name: 'X' }, invoice: 'inv-1', amount: 10 };
 * ```
 */
export type DocumentInput = z.input<typeof documentSchema>;

/**
 * The `type` of a document.
 *
 * @example
 * ```ts
 * const t: DocumentType = 'till-closing';
 * ```
 */
export type DocumentType = Document['type'];

/**
 * The document types, in a stable order.
 *
 * @example
 * ```ts
 * DOCUMENT_TYPES.includes('invoice') //=> true
 * ```
 */
export const DOCUMENT_TYPES: ReadonlyArray<DocumentType> = Object.freeze([
  'invoice',
  'payment',
  'refund',
  'remittance',
  'voucher-settlement',
  'direct-debit-batch',
  'direct-debit-rejection',
  'till-closing',
  'purchase',
  'supplier-payment',
  'supplier-refund',
  'write-off',
  'session-usage',
  'subscription-cancellation',
  'stay',
  'tourist-tax-remittance',
  'vat-payment',
] as const);

/** Parses one document into issues prefixed with `path` (internal helper, also used by `post`). */
export function parseDocumentIssues(input: unknown, path: ReadonlyArray<string | number>): { document?: Document; issues?: AccountingIssue[] } {
  const r = documentSchema.safeParse(input);
  if (r.success) return { document: r.data };
  const issues = fromZodIssues(r.error.issues, path, { schema: documentSchema, input }).map((i) =>
    i.code === 'invalid_input' && i.path.length === path.length + 1 && i.path[path.length] === 'type'
      ? issue('invalid_input', i.path, `Unknown document type ${quote((input as { type?: unknown } | null)?.type)}: use one of ${DOCUMENT_TYPES.join(', ')}.`)
      : i,
  );
  return { issues };
}

/**
 * Checks an unknown value is a document and returns it typed (a copy: the
 * input is never mutated). Rule-dependent checks — accepted VAT rates,
 * accounts in the chart, payment methods, references to other documents —
 * happen when posting.
 *
 * @param input - the document
 * @returns the typed document
 * @throws AccountingError listing every issue with its path (`['lines', 1, 'vatRate']`)
 * @example
 * ```ts
 * parseDocument({ type: 'invoice', id: '' }) // throws empty_id
 * ```
 */
export function parseDocument(input: unknown): Document {
  // Read once into plain data: validation and the result see the same value.
  const read = readOnce(input);
  if (!read.ok) throw new AccountingError(read.issues);
  const { document, issues } = parseDocumentIssues(read.value, []);
  if (issues) throw new AccountingError(issues);
  return document!;
}

/**
 * The non-throwing twin of {@link parseDocument}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseDocument({ type: 'payment' }).success //=> false
 * ```
 */
export function safeParseDocument(input: unknown): SafeResult<Document> {
  return safely(() => parseDocument(input));
}
