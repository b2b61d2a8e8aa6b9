// @ts-nocheck
import type { Journal } from '../../accounts/index.js';
import { createBook, isBook, type Book, type BookSource } from '../../book/index.js';
import { toDayNumber, toPeriod, type IsoDate, type PeriodInput } from '../../calendar/index.js';
import { fail } from '../../errors/index.js';
import type { Transaction } from '../../transactions/index.js';
import { checkSiren } from '../_lib/siren.js';
import { FEC_COLUMNS } from './columns.js';

/**
 * What a notice describes: a Book or transactions, or what `parseFec`
 * returned (its `journals` name the journals; its `encoding`, `separator`,
 * `lineEnding` and `finalNewline` are the defaults of the options).
 *
 * @example
 * ```ts
 * const source: FecNoticeSource = parseFec(bytes);
 * ```
 */
export type FecNoticeSource =
  | BookSource
  | {
      /** The transactions the FEC holds (those of the fiscal year are counted). */
      readonly transactions: Iterable<Transaction>;
      /** Journal codes and labels (JournalCode / JournalLib) the notice lists. */
      readonly journals?: ReadonlyArray<Journal>;
      /** The file's encoding as parsed, the default of `options.encoding`. */
      readonly encoding?: string;
      /** The field separator as parsed (`|` or TAB). */
      readonly separator?: '|' | '\t';
      /** The line ending as parsed. */
      readonly lineEnding?: '\r\n' | '\n' | '\r';
      /** Whether the parsed file ended with a line break. */
      readonly finalNewline?: boolean;
    };

/**
 * Options of {@link fecNotice}: how the FEC it accompanies is written.
 *
 * @example
 * ```ts
 * const options: FecNoticeOptions = {
 *   fileName: '123456782FEC20241231.txt', business: 'DEMO SARL',
 *   fiscalYear: { from: '2024-01-01', to: '2024-12-31' },
 * };
 * ```
 */
export interface FecNoticeOptions {
  /** The FEC's file name (`SirenFECAAAAMMJJ.txt`). */
  readonly fileName: string;
  /** The fiscal year the file covers; only its transactions are counted. */
  readonly fiscalYear: PeriodInput;
  /**
   * The file's character encoding.
   * @defaultValue the parsed file's, else 'utf-8'
   */
  readonly encoding?: 'utf-8' | 'iso-8859-15' | 'ascii';
  /**
   * The field separator.
   * @defaultValue the parsed file's, else '|'
   */
  readonly separator?: '|' | '\t';
  /**
   * The line ending.
   * @defaultValue the parsed file's, else '\r\n'
   */
  readonly lineEnding?: '\r\n' | '\n' | '\r';
  /**
   * Whether the last line ends with a line ending.
   * @defaultValue the parsed file's, else false
   */
  readonly finalNewline?: boolean;
  /**
   * The company's SIREN (checked, Luhn key).
   * @defaultValue the 9 digits the file name starts with
   */
  readonly siren?: string;
  /** The company's name. */
  readonly business?: string;
  /**
   * Journals holding the opening entries (à-nouveaux), besides transactions
   * typed `opening`.
   * @defaultValue ['AN']
   */
  readonly openingJournals?: ReadonlyArray<string>;
}

const FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['Code journal', 'alphanumérique'],
  ['Libellé du journal', 'alphanumérique'],
  ["Numéro de l'écriture, sur une séquence continue par journal", 'alphanumérique'],
  ["Date de comptabilisation de l'écriture", 'date AAAAMMJJ'],
  ['Numéro de compte (les 3 premiers caractères suivent le PCG)', 'alphanumérique'],
  ['Libellé du compte', 'alphanumérique'],
  ['Numéro de compte auxiliaire (vide si non utilisé)', 'alphanumérique'],
  ['Libellé du compte auxiliaire (vide si non utilisé)', 'alphanumérique'],
  ['Référence de la pièce justificative', 'alphanumérique'],
  ['Date de la pièce justificative', 'date AAAAMMJJ'],
  ["Libellé de l'écriture", 'alphanumérique'],
  ['Montant au débit', 'numérique'],
  ['Montant au crédit', 'numérique'],
  ['Lettrage (vide si non utilisé)', 'alphanumérique'],
  ['Date de lettrage (vide si non utilisé)', 'date AAAAMMJJ'],
  ["Date de validation de l'écriture", 'date AAAAMMJJ'],
  ['Montant en devise (vide si non utilisé)', 'numérique'],
  ['Identifiant de la devise (vide si non utilisé)', 'alphanumérique'],
];

const ENCODINGS: Readonly<Record<string, string>> = {
  'utf-8': "UTF-8 (ISO/CEI 10646), sans marque d'ordre des octets",
  'iso-8859-15': 'ISO 8859-15 (Latin-9)',
  ascii: 'ASCII',
};

const SEPARATORS: Readonly<Record<string, string>> = { '|': 'barre verticale « | » (code 124)', '\t': 'tabulation (code 9)' };
const LINE_ENDINGS: Readonly<Record<string, string>> = { '\r\n': 'CR LF (codes 13 et 10)', '\n': 'LF (code 10)', '\r': 'CR (code 13)' };

/** `JJ/MM/AAAA` of an ISO date. */
function french(date: IsoDate | string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Minor units as `1 593,15` (exact, BigInt beyond the safe range). */
function amount(minor: bigint, scale: number): string {
  const neg = minor < 0n;
  const digits = (neg ? -minor : minor).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${neg ? '-' : ''}${grouped}${scale > 0 ? `,${digits.slice(digits.length - scale)}` : ''}`;
}

function table(rows: ReadonlyArray<ReadonlyArray<string>>, right: ReadonlyArray<boolean>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `   ${r.map((cell, c) => (right[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd());
}

function toNoticeBook(source: FecNoticeSource): Book {
  if (isBook(source)) return source;
  if (typeof source === 'object' && source !== null && 'transactions' in source) {
    const s = source as { readonly transactions: Iterable<Transaction>; readonly journals?: ReadonlyArray<Journal> };
    return createBook(s.transactions, s.journals ? { journals: s.journals } : {});
  }
  return createBook(source as Iterable<Transaction>);
}

/**
 * Writes the description notice that must accompany a FEC (LPF art. A47 A-1
 * XI; BOFiP BOI-CF-IOR-60-40-20 § 390), in French plain text: the company
 * and fiscal year, the file name, the file's organisation (flat file,
 * encoding, separator, line ending, header line), the 18 fields with their
 * meaning and format, the number of lines and entries, the debit and credit
 * totals per journal and overall, and how the à-nouveaux are written. It
 * reads no clock: the same input gives the same text.
 *
 * @param source - the Book or transactions the FEC was written from, or `parseFec`'s result
 * @param options - file name, fiscal year, encoding, separator, SIREN, company name
 * @returns the notice, lines separated by `\n`, ending with one
 * @throws AccountingError `invalid_siren` for a SIREN (given or in the file
 *   name) whose Luhn key is wrong; `invalid_date` / `invalid_period` for a bad
 *   fiscal year; `invalid_option` for an unknown encoding or separator or an
 *   empty file name; the errors of `createBook` for transactions
 * @example
 * ```ts
 * const notice = fecNotice(parseFec(bytes), { fileName: '123456782FEC20241231.txt', fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
 * notice.split('\n')[0] //=> 'NOTICE DESCRIPTIVE DU FICHIER DES ÉCRITURES COMPTABLES (FEC)'
 * ```
 */
export function fecNotice(source: FecNoticeSource, options: FecNoticeOptions): string {
  const parsed = !isBook(source) && typeof source === 'object' && source !== null && 'transactions' in source ? (source as Exclude<FecNoticeSource, BookSource>) : undefined;
  if (typeof options.fileName !== 'string' || options.fileName.trim() === '') fail('invalid_option', ['fileName'], 'fileName is the FEC\'s file name, e.g. "123456782FEC20241231.txt".');
  const year = toPeriod(options.fiscalYear, ['fiscalYear']);
  const encoding = options.encoding ?? (parsed?.encoding === 'iso-8859-15' ? 'iso-8859-15' : 'utf-8');
  if (!Object.hasOwn(ENCODINGS, encoding)) fail('invalid_option', ['encoding'], `encoding is "utf-8", "iso-8859-15" or "ascii", not ${JSON.stringify(encoding)}.`);
  const separator = options.separator ?? parsed?.separator ?? '|';
  if (!Object.hasOwn(SEPARATORS, separator)) fail('invalid_option', ['separator'], `A FEC separator is "|" or a tab, not ${JSON.stringify(separator)}.`);
  const lineEnding = options.lineEnding ?? parsed?.lineEnding ?? '\r\n';
  if (!Object.hasOwn(LINE_ENDINGS, lineEnding)) fail('invalid_option', ['lineEnding'], 'lineEnding is "\\r\\n", "\\n" or "\\r".');
  const finalNewline = options.finalNewline ?? parsed?.finalNewline ?? false;
  const base = options.fileName.slice(Math.max(options.fileName.lastIndexOf('/'), options.fileName.lastIndexOf('\\')) + 1);
  const sirenText = options.siren ?? /^(\d{9})FEC/.exec(base)?.[1];
  const siren = sirenText === undefined ? undefined : checkSiren(sirenText, options.siren === undefined ? ['fileName'] : ['siren']);

  const book = toNoticeBook(source);
  const from = toDayNumber(year.from);
  const to = toDayNumber(year.to);
  const openingJournals = new Set(options.openingJournals ?? ['AN']);
  const J = book.journals.length;
  const txCount = new Array<number>(J).fill(0);
  const lineCount = new Array<number>(J).fill(0);
  const debit = new Array<bigint>(J).fill(0n);
  const credit = new Array<bigint>(J).fill(0n);
  const isOpening = new Array<boolean>(J).fill(false);
  const { tx, entries } = book;
  for (let t = 0; t < book.size; t++) {
    const d = tx.date[t]!;
    if (d < from || d > to) continue;
    const j = tx.journal[t]!;
    if (tx.opening[t] === 1 || openingJournals.has(book.journals[j]!)) isOpening[j] = true;
    txCount[j]!++;
    let dr = 0;
    let cr = 0;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const a = entries.amount[e]!;
      if (a > 0) dr += a;
      else cr -= a;
      lineCount[j]!++;
    }
    debit[j]! += BigInt(dr);
    credit[j]! += BigInt(cr);
  }
  const order = Array.from({ length: J }, (_, j) => j)
    .filter((j) => txCount[j]! > 0)
    .sort((a, b) => Number(isOpening[b]) - Number(isOpening[a]) || a - b);
  const totalTx = order.reduce((s, j) => s + txCount[j]!, 0);
  const totalLines = order.reduce((s, j) => s + lineCount[j]!, 0);
  const totalDebit = order.reduce((s, j) => s + debit[j]!, 0n);
  const totalCredit = order.reduce((s, j) => s + credit[j]!, 0n);
  const scale = book.scale;
  const label = (j: number): string => book.journalLabels[j] ?? book.journals[j]!;

  const out: string[] = [];
  out.push('NOTICE DESCRIPTIVE DU FICHIER DES ÉCRITURES COMPTABLES (FEC)');
  out.push('Article A47 A-1 du livre des procédures fiscales (XI) ; BOI-CF-IOR-60-40-20, § 390');
  out.push('');
  out.push('1. Identification');
  if (options.business !== undefined) out.push(`   Entreprise : ${options.business}`);
  out.push(`   SIREN : ${siren ?? 'non indiqué'}`);
  out.push(`   Exercice : du ${french(year.from)} au ${french(year.to)} (date de clôture : ${french(year.to)})`);
  out.push(`   Fichier : ${base}`);
  out.push(`   Monnaie de tenue de la comptabilité : ${book.currency}`);
  out.push('');
  out.push('2. Organisation du fichier');
  out.push('   Type : fichier à plat, un enregistrement par ligne, zones de longueur variable');
  out.push(`   Codage des caractères : ${ENCODINGS[encoding]!}`);
  out.push(`   Séparateur de zones : ${SEPARATORS[separator]!}`);
  out.push(`   Fin d'enregistrement : ${LINE_ENDINGS[lineEnding]!}${finalNewline ? ', y compris après le dernier enregistrement' : ' ; pas de fin de ligne après le dernier enregistrement'}`);
  out.push("   Première ligne : les noms des 18 zones, dans l'ordre ci-dessous");
  out.push(`   Nombre de lignes : ${totalLines + 1} (1 ligne d'en-tête et ${totalLines} ligne${totalLines === 1 ? '' : 's'} d'écritures)`);
  out.push(`   Nombre d'écritures : ${totalTx}`);
  out.push('   Ordre des écritures : les à-nouveaux en tête, puis par date de validation');
  out.push('');
  out.push("3. Zones (dans l'ordre de chaque ligne)");
  out.push(
    ...table(
      [['n°', 'Nom', 'Contenu', 'Format'], ...FEC_COLUMNS.map((name, i) => [String(i + 1), name, FIELDS[i]![0], FIELDS[i]![1]])],
      [true, false, false, false],
    ),
  );
  out.push('   Dates : AAAAMMJJ, sans séparateur.');
  out.push(`   Montants : virgule décimale, sans séparateur de milliers, ${scale} décimale${scale === 1 ? '' : 's'}, signe éventuel en tête ; 0,00 lorsque le montant est nul.`);
  out.push('   Zones alphanumériques : sans guillemets ; séparateurs, tabulations et sauts de ligne des libellés remplacés par des espaces.');
  out.push('');
  out.push('4. Totaux par journal');
  out.push(
    ...table(
      [
        ['Journal', 'Libellé', 'Écritures', 'Lignes', 'Débit', 'Crédit'],
        ...order.map((j) => [book.journals[j]!, label(j), String(txCount[j]), String(lineCount[j]), amount(debit[j]!, scale), amount(credit[j]!, scale)]),
        ['Total', '', String(totalTx), String(totalLines), amount(totalDebit, scale), amount(totalCredit, scale)],
      ],
      [false, false, true, true, true, true],
    ),
  );
  out.push('');
  out.push('5. À-nouveaux');
  const opening = order.filter((j) => isOpening[j]);
  if (opening.length === 0) {
    out.push("   Le fichier ne comporte pas d'écriture d'à-nouveaux (premier exercice, ou aucun solde à reprendre).");
  } else {
    const names = opening.map((j) => `${book.journals[j]!} (${label(j)})`).join(', ');
    const count = opening.reduce((s, j) => s + txCount[j]!, 0);
    const lines = opening.reduce((s, j) => s + lineCount[j]!, 0);
    out.push(`   Les soldes d'ouverture sont repris dans le journal ${names}, en tête du fichier, avec les premiers numéros d'écriture.`);
    out.push('   Une ligne par compte (et par compte auxiliaire) au solde non nul, au débit ou au crédit selon le sens du solde ;');
    out.push('   aucun à-nouveau sur les comptes de charges et de produits (classes 6 et 7).');
    out.push(`   ${count} écriture${count === 1 ? '' : 's'}, ${lines} ligne${lines === 1 ? '' : 's'}.`);
  }
  return `${out.join('\n')}\n`;
}
