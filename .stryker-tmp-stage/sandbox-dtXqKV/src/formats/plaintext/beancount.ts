// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import type { Journal } from '../../accounts/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { fail } from '../../errors/index.js';
import { formatMinor } from '../../money/index.js';
import { defineFormat, type Format } from '../Format.js';
import { foldToAscii } from '../_lib/encoding.js';
import { dayWriter, exportFileName, selectTransactions, singleLine } from '../software/_lib/text.js';
import { ACCOUNT_ROOTS, ledgerNames, type AccountNamer } from './_lib/accountNames.js';

/**
 * Options of the beancount export (`formats.beancount`).
 *
 * @example
 * ```ts
 * const options: BeancountOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, title: 'Salle de sport SARL' };
 * ```
 */
export interface BeancountOptions {
  /** Only the transactions dated within this inclusive period. @defaultValue every transaction */
  readonly period?: PeriodInput;
  /**
   * Names accounts (components, root first; the root must be one of
   * beancount's five: Assets, Liabilities, Equity, Income, Expenses).
   * @defaultValue {@link defaultAccountName}: `Assets:411000-Clients:C0001-DUPONT-Jean`
   */
  readonly accountName?: AccountNamer;
  /** The ledger's title (`option "title"`). @defaultValue none */
  readonly title?: string;
  /** Journal labels when the source is transactions rather than a Book. */
  readonly journals?: ReadonlyArray<Journal>;
}

const ROOTS = new Set(Object.values(ACCOUNT_ROOTS));
const NOT_NAME_RE = /[^A-Za-z0-9-]+/g;

/** A beancount account-name component: ASCII letters, digits and dashes, starting with a capital or a digit (internal). */
function cleanComponent(component: string, index: number): string {
  if (index === 0) {
    if (!ROOTS.has(component)) fail('invalid_option', ['accountName'], `Beancount account names start with Assets, Liabilities, Equity, Income or Expenses, not ${JSON.stringify(component)}.`);
    return component;
  }
  const s = foldToAscii(component).replace(NOT_NAME_RE, '-').replace(/^-+|-+$/g, '');
  if (s === '') return 'X';
  const first = s.charAt(0);
  return first >= 'a' && first <= 'z' ? first.toUpperCase() + s.slice(1) : s;
}

/** A beancount string literal (internal). */
function quote(value: string): string {
  return `"${singleLine(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The ledger of a Book (internal). */
function* beancountChunks(source: BookSource, options: BeancountOptions = {}): Generator<string> {
  const book = toBook(source, options.journals ? { journals: options.journals } : {});
  const order = selectTransactions(book, options.period);
  const names = ledgerNames(book, options.accountName, cleanComponent, (c, n) => `${c}-${n}`);
  const scale = book.scale;
  const currency = book.currency;
  const { tx, entries: c } = book;
  const day = dayWriter((iso) => iso);

  // one `open` per account, dated its first use
  const opened = new Map<string, number>();
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const name = names[c.ledger[e]!]!;
      if (!opened.has(name)) opened.set(name, tx.date[t]!);
    }
  }
  let out = '';
  if (options.title !== undefined) out += `option "title" ${quote(options.title)}\n`;
  out += `option "operating_currency" "${currency}"\n\n`;
  const opens = [...opened].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, d] of opens) out += `${day(d)} open ${name} ${currency}\n`;
  const width = names.reduce((w, n) => Math.max(w, n.length), 0) + 2;
  const postingPrefix = names.map((n) => `  ${n.padEnd(width)}`);
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    out += `\n${day(tx.date[t]!)} * ${quote(tx.label[t]!)}\n  id: ${quote(tx.id[t]!)}\n  journal: ${quote(book.journals[tx.journal[t]!]!)}\n`;
    if (tx.pieceRef[t] !== '') out += `  piece: ${quote(tx.pieceRef[t]!)}\n`;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      out += `${postingPrefix[c.ledger[e]!]!}${formatMinor(c.amount[e]!, scale, '.')} ${currency}\n`;
      const labelId = c.label ? c.label[e]! : -1;
      if (labelId >= 0) out += `    label: ${quote(book.strings[labelId]!)}\n`;
    }
    if (out.length >= 65536) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * A beancount ledger: the operating currency, one `open` per account dated
 * its first use, then one transaction per écriture (`*`, its label as
 * narration, `id`, `journal` and `piece` metadata) with one posting per entry
 * and its exact amount (debit positive, credit negative). Accounts are named
 * from their number and label under the root of their kind, folded to ASCII
 * letters, digits and dashes (`Income:706100-Abonnements`), customers and
 * suppliers as sub-accounts. Its input is a Book or transactions, in date order.
 *
 * @throws AccountingError `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.beancount.serialize(book).split('\n').slice(0, 3)
 * //=> ['option "operating_currency" "EUR"', '', '2024-01-01 open Assets:512000-Banque EUR']
 * ```
 */
export const beancountFormat: Format<BookSource, BeancountOptions> = /* @__PURE__ */ defineFormat<BookSource, BeancountOptions>({
  id: 'beancount',
  mediaType: 'text/plain',
  description: 'beancount ledger: one open per account, transactions with exact postings',
  fileName: (context) => exportFileName(context.business ? context.business.replace(/[^0-9A-Za-z_-]+/g, '-') : 'books', context, 'beancount'),
  chunks: beancountChunks,
});
