// The messages of validateFec (internal), one export each: validateFec imports them as a namespace, which a
// bundler resolves to plain bindings (minified names), where an object's property names stay in the bundle.

const q = (value: string): string => JSON.stringify(value);

export const emptyFile = () => 'The file is empty: a FEC starts with the header line of the 18 column names, then one line per entry line.';
export const noRecords = () => 'The file has a header but no entry line: export the fiscal year\'s entries (at least the à-nouveaux).';
export const utf16 = (encoding: string) =>
  `The file is encoded in ${encoding.toUpperCase()}, which a FEC may not use (A47 A-1 XII 1°): save it as UTF-8 or ISO-8859-15.`;
export const windows1252 = (chars: string) =>
  `The line holds Windows-1252 characters (${chars}), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → ', – → -, … → ...).`;
export const bom = () => 'The file starts with a UTF-8 byte order mark; checkers accept it, but it can be left out.';
export const trailingNewline = () => 'The file ends with a line break; the DGFiP prefers no line break after the last line (Odoo and partie-double write none).';
export const fileName = (name: string) =>
  `The file name ${q(name)} does not follow SirenFECAAAAMMJJ (A47 A-1 IX): write the 9-digit SIREN, "FEC" and the closing date of the fiscal year, e.g. 123456782FEC20241231.txt.`;
export const fileNameDate = (name: string, date: string) =>
  `The closing date ${date} in the file name ${q(name)} is not a real date: write the fiscal year's last day as AAAAMMJJ, e.g. 20241231.`;
export const fileNameYear = (date: string, to: string) =>
  `The file name's closing date ${date} differs from the last day of the fiscal year given (${to}): rename the file, or check options.fiscalYear.`;
export const sirenLuhn = (siren: string) => `The SIREN ${siren} in the file name fails its Luhn check: check the number against the Kbis or the INSEE register.`;
export const separatorNone = () => 'The header has neither a TAB nor a "|": separate the fields with one of them (A47 A-1 VI 1° c); ";" and "," are not allowed.';
export const separatorBoth = () => 'The header has both TABs and "|": use a single separator, TAB or "|", for the whole file.';
export const header = (index: number, expected: string, received: string | undefined) =>
  received === undefined
    ? `The header has ${index} column${index === 1 ? '' : 's'}; column ${index + 1} must be ${q(expected)}: line 1 must list the 18 FEC column names in order (JournalCode … Idevise).`
    : `Column ${index + 1} of the header is ${q(received)} but must be ${q(expected)}: line 1 must list the 18 FEC column names exactly, in order (JournalCode … Idevise).`;
export const headerCase = (names: string) => `Column names differ from the norm in case, accents or spaces (${names}): write them exactly as A47 A-1 lists them.`;
export const extraColumns = (names: string) => `The header has columns after the mandatory ones (${names}); they are allowed after the mandatory columns, and ignored.`;
export const fieldCount = (found: number, expected: number) =>
  `The line has ${found} field${found === 1 ? '' : 's'} but the header has ${expected}: check for a missing or extra separator, or a separator inside a label (replace it with a space).`;
export const quoted = (names: string) => `Fields written between double quotes (${names}): a FEC takes no quotes, write the values bare.`;
export const trailingSeparator = () => 'The line ends with a separator (an empty field too many): remove the last separator.';
export const emptyLine = () => 'Empty line: remove it.';
export const required = (names: string) => `Mandatory field${names.includes(',') ? 's' : ''} ${names} ${names.includes(',') ? 'are' : 'is'} empty: fill ${names.includes(',') ? 'them' : 'it'} (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).`;
export const date = (field: string, value: string) => `${field} ${q(value)} is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.`;
export const amountDot = (field: string, value: string) =>
  `${field} ${q(value)} uses a dot: the FEC's decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.`;
export const amountThousands = (field: string, value: string) => `${field} ${q(value)} has a thousands separator: write the digits only, with a decimal comma, e.g. 1234,56.`;
export const amountDecimals = (field: string, value: string) => `${field} ${q(value)} has more than 2 decimals: write the amount in cents, rounded, e.g. 12,35.`;
export const amountTooLarge = (field: string, value: string) => `${field} ${q(value)} is too large (10 000 000 000 000,00 or more): check the amount.`;
export const amount = (field: string, value: string) =>
  `${field} ${q(value)} is not an amount: write digits with a decimal comma and no thousands separator, the sign first or last, e.g. 1234,56 or -1234,56.`;
export const sens = (value: string) => `Sens ${q(value)} must be D or C (or +1 or -1, no space): write D for a debit, C for a credit.`;
export const debitAndCredit = (debit: string, credit: string) =>
  `Debit ${debit} and Credit ${credit} are both non-zero: put the amount on one side and 0,00 on the other (split the line in two if both are meant).`;
export const zeroLine = () => 'Debit and Credit are both zero: a line without an amount can be left out (Dolibarr skips them).';
export const accountPrefix = (account: string) =>
  `CompteNum ${q(account)} does not start with 3 digits of the PCG (classes 1 to 8): use the PCG account number, e.g. 411000, 706100.`;
export const pair = (filled: string, empty: string, value: string) => `${filled} is ${q(value)} but ${empty} is empty: fill both, or leave both empty.`;
export const label = (what: string, key: string, label: string, firstLabel: string, firstLine: number) =>
  `${what} ${key} is labelled ${q(label)} here but ${q(firstLabel)} on line ${firstLine}: keep one label per ${what.toLowerCase()} throughout the file.`;
export const accountClash = (account: string, first: string, firstLine: number) =>
  `CompteNum ${account} is the same account as ${first} (line ${firstLine}): they differ only by trailing zeros, so balances and à-nouveaux split one account in two; keep one number per account (pad every account to one width, e.g. ${first.length >= account.length ? first : account}).`;
export const entryUnbalanced = (entry: string, debit: string, credit: string, diff: string, side: string) =>
  `Entry ${entry} is unbalanced: debits ${debit}, credits ${credit}, difference ${diff}; add ${diff} on the ${side} side or correct an amount.`;
export const fileUnbalanced = (debit: string, credit: string, diff: string) =>
  `The file is unbalanced: total debits ${debit}, total credits ${credit}, difference ${diff}; the unbalanced entries and journals are listed.`;
export const journalUnbalanced = (journal: string, debit: string, credit: string, diff: string) =>
  `Journal ${journal} is unbalanced: debits ${debit}, credits ${credit}, difference ${diff}; correct its unbalanced entries.`;
export const monthUnbalanced = (month: string, debit: string, credit: string, diff: string) =>
  `Month ${month} is unbalanced: debits ${debit}, credits ${credit}, difference ${diff}; an entry dated over two months or an unbalanced entry is the cause.`;
export const singleLine = (entry: string) => `Entry ${entry} has a single line: an entry has at least one debit and one credit line; add its counterpart.`;
export const entryDates = (entry: string, field: string, value: string, first: string, firstLine: number) =>
  `Entry ${entry} has ${field} ${value} here but ${first} on line ${firstLine}: all lines of an entry share one ${field}.`;
export const outsideYear = (entry: string, date: string, from: string, to: string, source: string) =>
  `Entry ${entry} is dated ${date}, outside the fiscal year ${from}–${to} (${source}): a FEC holds one fiscal year; move the entry to its year's file${source === 'options.fiscalYear' ? '' : ', or pass options.fiscalYear if the year is not 12 months long'}.`;
export const spanTooLong = (from: string, to: string) =>
  `The entries run from ${from} to ${to}, more than 12 months: a FEC holds one fiscal year; split the file, or pass options.fiscalYear (or fileName) for a longer first year.`;
export const validBeforeEntry = (entry: string, valid: string, date: string) =>
  `Entry ${entry} is validated on ${valid}, before its date ${date}: check ValidDate (the day the entry became final) and EcritureDate.`;
export const gap = (journal: string, from: string, fromLine: number, to: string, missing: string) =>
  `Journal ${journal} jumps from ${from} (line ${fromLine}) to ${to}: ${missing} missing; numbering must be continuous, or the gap justified.`;
export const duplicateChunk = (entry: string, firstLine: number) =>
  `Entry ${entry} already appeared from line ${firstLine}: its lines must be contiguous; if this is another entry, give it its own EcritureNum.`;
export const duplicateNumber = (journal: string, text: string, other: string, otherLine: number) =>
  `In journal ${journal}, ${text} has the same number as ${other} (line ${otherLine}): give each entry its own number.`;
export const numberingOrder = (entry: string, date: string, other: string, otherDate: string, otherLine: number) =>
  `Entry ${entry} is dated ${date} but the lower number ${other} (line ${otherLine}) is dated ${otherDate}: numbers must follow the chronological order of the entries.`;
export const validDateOrder = (valid: string, previous: string) =>
  `ValidDate ${valid} is earlier than the previous line's (${previous}): sort the lines by validation date, then EcritureNum.`;
export const openingNotFirst = (entry: string) => `Opening entry ${entry} comes after other entries: put the à-nouveaux first, with the first numbers (A47 A-1 VII 3°).`;
export const openingOnIncome = (entry: string, account: string) =>
  `Opening entry ${entry} uses account ${account} (class 6 or 7): income and expense accounts are closed into the result, they have no à-nouveaux; carry the result in 12 (or 11).`;
export const closingEntry = (entry: string) =>
  `Entry ${entry} moves class 6/7 accounts against account 12: entries closing income and expense accounts are left out of the FEC (A47 A-1 VII 1°); remove it.`;
export const truncated = (count: number, max: number) =>
  `${count} more issue${count === 1 ? '' : 's'} of this rule ${count === 1 ? 'is' : 'are'} not listed (the list stops at ${max} per rule; pass maxIssuesPerRule to see more).`;
