/**
 * Message texts of the FEC parser (internal), kept together so tests can pin
 * them. Errors that `validateFec` also finds are explained with its own
 * messages; these are for what only the parser checks, and for the warnings
 * and infos it reports while reading.
 */
// @ts-nocheck


const q = (value: string): string => JSON.stringify(value);

export const PARSE_MESSAGES = Object.freeze({
  // errors only the parser finds (the Transaction model's rules)
  accountShape: (account: string) =>
    `CompteNum ${q(account)} is not an account number partie-double can keep: write 3 digits then digits or capital letters, 20 characters at most (e.g. 411000, 401DUPONT).`,
  journalCode: (code: string) =>
    `JournalCode ${q(code)} is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).`,
  overflow: (entry: string) =>
    `Entry ${entry} totals more than Number.MAX_SAFE_INTEGER minor units: check its amounts, or split it.`,
  currencyScale: (currency: string, value: string) =>
    `The amount ${value} has more decimals than ${currency} allows: pass the currency the file is kept in (options.currency), or fix the amount.`,
  // a parser error with no validateFec explanation (kept as a safety net)
  generic: (rule: string) => `The line cannot be read (${rule}): run validateFec on the file for the details.`,
  // warnings and infos
  bom: () => 'The file starts with a UTF-8 byte order mark; it was skipped.',
  trailingNewline: () => 'The file ends with a line break; the DGFiP prefers none after the last line.',
  headerCase: (names: string) => `Column names differ from the norm in case, accents or spaces (${names}); they were read as the FEC columns.`,
  extraColumns: (names: string) => `The header has columns after the mandatory ones (${names}); they were ignored.`,
  quoted: (names: string) => `Fields written between double quotes (${names}): a FEC takes no quotes; the values were kept as written, quotes included.`,
  headerQuoted: () => 'The column names are written between double quotes: a FEC takes no quotes; they were read without them.',
  trailingSeparator: () => 'The line ends with a separator (an empty field too many); it was ignored.',
  emptyLine: () => 'Empty line: skipped.',
  zeroLine: () => 'Debit and Credit are both zero: the line carries no amount and was left out of its transaction.',
  droppedEntry: (entry: string) => `Entry ${entry} has no line with an amount: it was left out.`,
  validBeforeEntry: (entry: string, valid: string, date: string) =>
    `Entry ${entry} is validated on ${valid}, before its date ${date}: kept as written; check ValidDate and EcritureDate.`,
  piece: (entry: string, field: string, value: string, first: string, firstLine: number) =>
    `Entry ${entry} has ${field} ${q(value)} here but ${q(first)} on line ${firstLine}: a transaction has one piece, the first line's was kept.`,
  renamed: (entry: string, journal: string, other: string, id: string) =>
    `EcritureNum ${entry} of journal ${journal} is also used by journal ${other}: transaction ids are unique, so this one is ${q(id)} (re-serialising writes that EcritureNum).`,
  spanTooLong: (from: string, to: string) =>
    `The entries run from ${from} to ${to}, more than 12 months: a FEC holds one fiscal year; the transactions were read all the same.`,
  openingOnIncome: (entry: string, account: string) =>
    `Opening entry ${entry} uses account ${account} (class 6 or 7): income and expense accounts have no à-nouveaux; kept as written.`,
  truncated: (count: number, max: number) =>
    `${count} more issue${count === 1 ? '' : 's'} of this kind ${count === 1 ? 'is' : 'are'} not listed (the list stops at ${max} per kind).`,
});
