import type { PeriodInput } from '../../calendar/index.js';
import type { Journal } from '../../accounts/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { fail } from '../../errors/index.js';
import { formatMinor } from '../../money/index.js';
import { defineFormat, type Format } from '../Format.js';
import { dayWriter, exportFileName, selectTransactions, singleLine } from '../software/_lib/text.js';
import { ledgerNames, type AccountNamer } from './_lib/accountNames.js';

/**
 * Options of the ledger-cli / hledger journal export (`formats.ledger`).
 *
 * @example
 * ```ts
 * const options: LedgerOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, declarations: false };
 * ```
 */
export interface LedgerOptions {
  /** Only the transactions dated within this inclusive period. @defaultValue every transaction */
  readonly period?: PeriodInput;
  /**
   * Names accounts (components, root first).
   * @defaultValue {@link defaultAccountName}: `Assets:411000 Clients:C0001 DUPONT Jean`
   */
  readonly accountName?: AccountNamer;
  /**
   * Start with `commodity` and `account` directives declaring every commodity
   * and account (what `hledger check --strict` asks for).
   * @defaultValue true
   */
  readonly declarations?: boolean;
  /** Journal labels when the source is transactions rather than a Book. */
  readonly journals?: ReadonlyArray<Journal>;
}

/** Characters with a meaning in journal syntax, replaced by spaces in account names (internal). */
const NAME_SPECIALS_RE = /[:;@=*!|#()[\]{}"\\\t\r\n]/g;
const SPACES_RE = /\s+/g;
/** Characters with a meaning in a transaction's first line (comment, code) (internal). */
const HEADER_SPECIALS_RE = /[;()]/g;
/** Characters with a meaning in a comment: `;`, and brackets, read as a posting date (`[DATE]`, `[=DATE]`) (internal). */
const COMMENT_SPECIALS_RE = /[;[\]]/g;

/** An account-name component: no separator, no two spaces in a row (which would end the name) (internal). */
function cleanComponent(component: string): string {
  const s = component.replace(NAME_SPECIALS_RE, ' ').replace(SPACES_RE, ' ').trim();
  return s === '' ? '_' : s;
}

/** Text for a comment or a description: one line, without the given specials (internal). */
function text(value: string, specials: RegExp): string {
  return singleLine(value).replace(specials, ' ').replace(SPACES_RE, ' ').trim();
}

/** The journal of a Book (internal). */
function* ledgerChunks(source: BookSource, options: LedgerOptions = {}): Generator<string> {
  const book = toBook(source, options.journals ? { journals: options.journals } : {});
  const declarations = options.declarations ?? true;
  if (declarations !== true && declarations !== false) fail('invalid_option', ['declarations'], 'options.declarations is true or false.');
  const order = selectTransactions(book, options.period);
  const names = ledgerNames(book, options.accountName, cleanComponent, (c, n) => `${c} ${n}`);
  const width = names.reduce((w, n) => Math.max(w, n.length), 0) + 2;
  const postingPrefix = names.map((n) => `    ${n.padEnd(width)}`);
  const scale = book.scale;
  const commodity = book.currency;
  const { tx, entries: c } = book;
  const day = dayWriter((iso) => iso);

  let out = '';
  if (declarations) {
    out += `commodity ${commodity}\n\n`;
    const used = new Uint8Array(names.length);
    for (let i = 0; i < order.length; i++) {
      const t = order[i]!;
      for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) used[c.ledger[e]!] = 1;
    }
    const declared = [...new Set(names.filter((_, k) => used[k] === 1))].sort();
    for (const name of declared) out += `account ${name}\n`;
    if (declared.length > 0) out += '\n';
  }
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const label = text(tx.label[t]!, HEADER_SPECIALS_RE);
    out += `${i > 0 ? '\n' : ''}${day(tx.date[t]!)} * (${text(tx.id[t]!, HEADER_SPECIALS_RE)})${label === '' ? '' : ` ${label}`}\n`;
    out += `    ; journal: ${text(book.journals[tx.journal[t]!]!, COMMENT_SPECIALS_RE)}\n`;
    const piece = text(tx.pieceRef[t]!, COMMENT_SPECIALS_RE);
    if (piece !== '') out += `    ; piece: ${piece}\n`;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const labelId = c.label ? c.label[e]! : -1;
      const note = labelId >= 0 ? text(book.strings[labelId]!, COMMENT_SPECIALS_RE) : '';
      out += `${postingPrefix[c.ledger[e]!]!}${formatMinor(c.amount[e]!, scale, '.')} ${commodity}${note === '' ? '' : `  ; ${note}`}\n`;
    }
    if (out.length >= 65536) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * A plaintext-accounting journal that ledger-cli and hledger both read: one
 * transaction per écriture, dated `YYYY-MM-DD`, cleared (`*`), with its id as
 * code and its label as description, `journal:` and `piece:` comment tags,
 * then one posting per entry with its exact amount (debit positive, credit
 * negative, as many decimals as the currency has) and the book's currency.
 * Accounts are named from their number and label under the root of their kind
 * (`Income:706100 Abonnements`), customers and suppliers as sub-accounts.
 * Its input is a Book or transactions, in date order. Texts are written on one
 * line; the description loses `;`, `(` and `)`, the comments (journal, piece,
 * entry labels) `;` and the brackets, which both programs would read as a
 * posting date (`[2024-01-01]`, `[=2024]`): each becomes a space.
 *
 * @throws AccountingError `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.ledger.serialize(book, { declarations: false }).split('\n').slice(0, 3)
 * //=> ['2024-01-01 * (AN000001) Reprise des soldes', '    ; journal: AN', '    ; piece: AN2024']
 * ```
 */
export const ledgerFormat: Format<BookSource, LedgerOptions> = /* @__PURE__ */ defineFormat<BookSource, LedgerOptions>({
  id: 'ledger',
  mediaType: 'text/plain',
  description: 'ledger-cli / hledger journal: transactions with exact postings, accounts named from number and label',
  fileName: (context) => exportFileName(context.business ? context.business.replace(/[^0-9A-Za-z_-]+/g, '-') : 'books', context, 'journal'),
  chunks: ledgerChunks,
});
