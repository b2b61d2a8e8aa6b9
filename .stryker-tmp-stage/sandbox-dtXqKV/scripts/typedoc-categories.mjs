// @ts-nocheck
// typedoc plugin: files every export of the API reference under the module it comes from
// (Transactions, Book, Posting, Ledger reports…), read from the path of its declaration, so the
// site is navigable by module without a @category tag repeated in every source file. An explicit
// @category in a comment wins.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Folder of src/ (first match wins) → category of the reference. */
const CATEGORIES = [
  ['synthesis/gym/', 'Gym'],
  ['formats/csv/gym/', 'Gym'],
  ['formats/csv/synthesis/', 'Synthesis'],
  ['errors/', 'Errors'],
  ['money/', 'Money and dates'],
  ['calendar/', 'Money and dates'],
  ['accounts/', 'Accounts and journals'],
  ['transactions/', 'Transactions'],
  ['book/', 'Book'],
  ['schemas/', 'Documents'],
  ['posting/', 'Posting'],
  ['ledger/', 'Ledger reports'],
  ['tax/', 'VAT and revenue'],
  ['revenue/', 'VAT and revenue'],
  ['synthesis/', 'Synthesis'],
  ['integrity/', 'Integrity'],
  ['formats/', 'Formats'],
  ['columnar/', 'Columnar'],
  ['testing/', 'Testing'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent || !reflection.parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replace(/\\/g, '/');
    const at = file?.lastIndexOf('/src/') ?? -1;
    if (at < 0) return;
    const path = file.slice(at + 5);
    const category = CATEGORIES.find(([prefix]) => path.startsWith(prefix))?.[1];
    if (!category) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((t) => t.tag === '@category')) return;
    reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
  });
}
