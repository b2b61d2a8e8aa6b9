/**
 * The documents' shape check without zod (internal).
 *
 * `post` checks every document it reads; running the zod schemas for that would put zod in every bundle
 * that posts (issue #13 §2). Each document's shape is described once, in `documentShapes.ts`; the shape
 * interpreter (`shape.ts`) reads a document against its description here, and the public zod schemas are
 * generated from the same descriptions (`toZod.ts`). The rules beyond the shape — every refinement, every
 * cross-field check and its message — are the functions of `checks.ts`, run by both. The interpreter gives
 * exactly what `documentSchema.safeParse` then `parseDocumentIssues` give (acceptance, parsed data, issues
 * with their codes, paths, messages and order): `test/schemas/checkDocument.test.ts` states it as properties
 * over arbitrary, mutated and hostile documents, so they guard the generator as well as the interpreter.
 */
// @ts-nocheck

import { issue, quote, type AccountingIssue } from '../../errors/index.js';
import type { Document } from '../document.js';
import { DOCUMENT_SHAPES } from './documentShapes.js';
import { fieldName, isObject, read, type Found, type Node } from './shape.js';

export type { Node };
export { DOCUMENT_SHAPES };

const SHAPES: Readonly<Record<string, Node>> = DOCUMENT_SHAPES;

const TYPES = Object.keys(SHAPES);

/**
 * Checks one document (plain data, as `readOnce` gives it) against its description: the parsed document, or
 * its issues with paths prefixed by `path` — the same as `parseDocumentIssues(input, path)`, without zod.
 */
export function checkDocument(input: unknown, path: ReadonlyArray<string | number>): { readonly document?: Document; readonly issues?: AccountingIssue[] } {
  const at = [...path];
  const out: Found[] = [];
  let parsed: unknown;
  if (!isObject(input)) {
    const message = at.length > 0 && input === undefined ? `Missing field ${fieldName(at)}: it is required (object).` : `${fieldName(at)} must be an object: received ${quote(input)}.`;
    out.push({ issue: issue('invalid_input', at, message), goOn: false });
  } else {
    const tag = input.type;
    const node = typeof tag === 'string' && Object.hasOwn(SHAPES, tag) ? SHAPES[tag] : undefined;
    if (node) parsed = read(node, input, at, out);
    else out.push({ issue: issue('invalid_input', [...at, 'type'], `Unknown document type ${quote(tag)}: use one of ${TYPES.join(', ')}.`), goOn: false });
  }
  if (out.length === 0) return { document: parsed as Document };
  return { issues: out.map((f) => f.issue) };
}

