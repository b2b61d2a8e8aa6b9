// @ts-nocheck
import { DEFAULT_JOURNALS } from '../../accounts/index.js';
import type { Book } from '../../book/index.js';
import { AccountingError, issue, type AccountingIssue } from '../../errors/index.js';

/** Which journals a report covers (internal). */
export interface JournalSelection {
  /** Per journal id of the Book: 1 when selected. */
  readonly mask: Uint8Array;
  /** The selected codes, sorted (every code of the book when no option). */
  readonly codes: ReadonlyArray<string>;
}

/**
 * Resolves a `journal` option (a code or a list). A code the Book does not
 * use is accepted when its journal list (or, without one, the default
 * journals) has it — the report is then empty — and is `unknown_journal`
 * otherwise (internal).
 */
export function journalSelection(book: Book, option: string | ReadonlyArray<string> | undefined, path: ReadonlyArray<string | number> = ['journal']): JournalSelection {
  const mask = new Uint8Array(book.journals.length);
  if (option === undefined) {
    mask.fill(1);
    return { mask, codes: Object.freeze([...book.journals].sort()) };
  }
  const list = typeof option === 'string' ? [option] : option;
  const known = book.journalList ?? DEFAULT_JOURNALS;
  const issues: AccountingIssue[] = [];
  list.forEach((code, i) => {
    const p = typeof option === 'string' ? path : [...path, i];
    if (typeof code !== 'string') {
      issues.push(issue('invalid_option', p, `A journal code must be a string such as "VT", received ${typeof code}.`));
      return;
    }
    const id = book.journals.indexOf(code);
    if (id >= 0) mask[id] = 1;
    else if (!known.some((j) => j.code === code)) {
      issues.push(issue('unknown_journal', p, `Journal ${JSON.stringify(code)} is neither used by the book nor in its journal list: check the code (the book uses ${book.journals.join(', ') || 'no journal'}).`));
    }
  });
  if (issues.length > 0) throw new AccountingError(issues);
  return { mask, codes: Object.freeze([...new Set(list)].sort()) };
}
