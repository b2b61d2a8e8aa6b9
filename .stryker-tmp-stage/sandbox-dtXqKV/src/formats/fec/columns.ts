/**
 * The column names of a FEC (fichier des écritures comptables), as LPF art.
 * A47 A-1 lists them, and the detection of which layout a header line uses.
 * See SPEC-FR §1.2–§1.3.
 */
// @ts-nocheck


/**
 * The 18 mandatory columns of the Debit/Credit layout (A47 A-1 VII 1°), in
 * order. Note the lowercase "d" of `Montantdevise`.
 *
 * @example
 * ```ts
 * FEC_COLUMNS.length //=> 18
 * FEC_COLUMNS[16] //=> 'Montantdevise'
 * ```
 */
export const FEC_COLUMNS = Object.freeze([
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const);

/**
 * The 18 mandatory columns of the Montant/Sens layout (A47 A-1 VII 2°): fields
 * 12 and 13 are `Montant` and `Sens` (`D`/`C` or `+1`/`-1`) instead of `Debit`
 * and `Credit`.
 *
 * @example
 * ```ts
 * FEC_MONTANT_SENS_COLUMNS.slice(11, 13) //=> ['Montant', 'Sens']
 * ```
 */
export const FEC_MONTANT_SENS_COLUMNS = Object.freeze([
  ...FEC_COLUMNS.slice(0, 11),
  'Montant',
  'Sens',
  ...FEC_COLUMNS.slice(13),
] as const) as ReadonlyArray<string>;

/**
 * The three columns a BA (bénéfices agricoles) cash-basis FEC adds after the
 * 18 mandatory ones (A47 A-1 VIII 5°): 21 columns in all.
 *
 * @example
 * ```ts
 * FEC_BA_CASH_COLUMNS //=> ['DateRglt', 'ModeRglt', 'NatOp']
 * ```
 */
export const FEC_BA_CASH_COLUMNS = Object.freeze(['DateRglt', 'ModeRglt', 'NatOp'] as const);

/**
 * The four columns a BNC (bénéfices non commerciaux) cash-basis FEC adds after
 * the 18 mandatory ones (A47 A-1 VIII 7°): 22 columns in all.
 *
 * @example
 * ```ts
 * FEC_BNC_CASH_COLUMNS //=> ['DateRglt', 'ModeRglt', 'NatOp', 'IdClient']
 * ```
 */
export const FEC_BNC_CASH_COLUMNS = Object.freeze(['DateRglt', 'ModeRglt', 'NatOp', 'IdClient'] as const);

/**
 * The 0-based position of each column in a record. In the Montant/Sens layout
 * `Montant` sits at `Debit`'s position (11) and `Sens` at `Credit`'s (12).
 *
 * @example
 * ```ts
 * const fields = 'VT|Ventes|VT000001|20241015|411000|Clients|C0001|DUPONT Jean'.split('|');
 * fields[FEC_FIELD.CompteNum] //=> '411000'
 * ```
 */
export const FEC_FIELD = Object.freeze({
  JournalCode: 0,
  JournalLib: 1,
  EcritureNum: 2,
  EcritureDate: 3,
  CompteNum: 4,
  CompteLib: 5,
  CompAuxNum: 6,
  CompAuxLib: 7,
  PieceRef: 8,
  PieceDate: 9,
  EcritureLib: 10,
  Debit: 11,
  Credit: 12,
  Montant: 11,
  Sens: 12,
  EcritureLet: 13,
  DateLet: 14,
  ValidDate: 15,
  Montantdevise: 16,
  Idevise: 17,
  DateRglt: 18,
  ModeRglt: 19,
  NatOp: 20,
  IdClient: 21,
} as const);

/**
 * Which FEC a header line describes:
 * - `amounts`: `'debit-credit'` (fields 12–13 `Debit`, `Credit`) or
 *   `'montant-sens'` (`Montant`, `Sens`);
 * - `variant`: `'standard'` (18 columns: BIC, IS and any commercial-law
 *   ledger), `'ba-cash'` (21: BA cash basis, + `DateRglt`, `ModeRglt`,
 *   `NatOp`) or `'bnc-cash'` (22: BNC cash basis, + `IdClient`);
 * - `mandatoryCount`: 18, 21 or 22;
 * - `columns`: the canonical name of every column of the header (extra
 *   columns as written);
 * - `extraColumns`: the names of the columns after the mandatory ones (allowed
 *   by VII 1°: "les dix-huit premières informations devant obligatoirement
 *   correspondre, dans l'ordre");
 * - `looseNames`: the 0-based positions of mandatory names recognised only
 *   when ignoring case, accents or surrounding spaces (`MontantDevise`,
 *   `Débit`); `Crédit` is an accepted spelling (the printed BNC table uses it)
 *   and is not listed.
 *
 * @example
 * ```ts
 * const layout: FecLayout = {
 *   amounts: 'debit-credit', variant: 'standard', mandatoryCount: 18,
 *   columns: FEC_COLUMNS, extraColumns: [], looseNames: [],
 * };
 * ```
 */
export interface FecLayout {
  readonly amounts: 'debit-credit' | 'montant-sens';
  readonly variant: 'standard' | 'ba-cash' | 'bnc-cash';
  readonly mandatoryCount: 18 | 21 | 22;
  readonly columns: ReadonlyArray<string>;
  readonly extraColumns: ReadonlyArray<string>;
  readonly looseNames: ReadonlyArray<number>;
}

/**
 * Where a header line first departs from every FEC layout: the 0-based column,
 * the name expected there (the Debit/Credit layout's name when both layouts
 * are possible) and the name found (`undefined` when the header is too short).
 *
 * @example
 * ```ts
 * const mismatch: FecHeaderMismatch = { index: 1, expected: 'JournalLib', received: 'EcritureNum' };
 * ```
 */
export interface FecHeaderMismatch {
  readonly index: number;
  readonly expected: string;
  readonly received: string | undefined;
}

/** Lowercase, without accents or surrounding spaces: how loose names compare. */
function fold(name: string): string {
  return name.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

type NameMatch = 'exact' | 'loose' | 'none';

function matchName(received: string | undefined, expected: string): NameMatch {
  if (received === undefined) return 'none';
  if (received === expected) return 'exact';
  if (expected === 'Credit' && received === 'Crédit') return 'exact';
  return fold(received) === fold(expected) ? 'loose' : 'none';
}

/** Compares a header with the columns of one layout; the first mismatch, or the loose positions. */
function compareColumns(
  header: ReadonlyArray<string>,
  expected: ReadonlyArray<string>,
  offset: number,
  loose: number[],
): FecHeaderMismatch | null {
  for (let i = 0; i < expected.length; i++) {
    const name = expected[i] as string;
    const received = header[offset + i];
    const m = matchName(received, name);
    if (m === 'none') return { index: offset + i, expected: name, received };
    if (m === 'loose') loose.push(offset + i);
  }
  return null;
}

function amountColumns(header: ReadonlyArray<string>): ReadonlyArray<string> {
  return matchName(header[11], 'Montant') !== 'none' ? FEC_MONTANT_SENS_COLUMNS : FEC_COLUMNS;
}

/**
 * Recognises the layout of a FEC header line: the 18 mandatory names in order
 * (Debit/Credit or Montant/Sens), then the BA (21) or BNC (22) cash-basis
 * columns when present, then any extra columns. Names must match exactly;
 * names that match only when ignoring case, accents or spaces are accepted
 * and listed in `looseNames` so a checker can warn; `Crédit` is accepted as
 * `Credit`.
 *
 * @param headerFields - the names of the first line, split on the separator
 * @returns the layout, or `null` when the header is not a FEC header (see
 *   {@link fecHeaderMismatch} for the first difference)
 * @example
 * ```ts
 * detectFecLayout(FEC_COLUMNS)?.variant //=> 'standard'
 * detectFecLayout([...FEC_MONTANT_SENS_COLUMNS, 'DateRglt', 'ModeRglt', 'NatOp', 'IdClient'])?.variant //=> 'bnc-cash'
 * detectFecLayout(['JournalCode', 'EcritureNum']) //=> null
 * ```
 */
export function detectFecLayout(headerFields: ReadonlyArray<string>): FecLayout | null {
  const loose: number[] = [];
  const base = amountColumns(headerFields);
  if (compareColumns(headerFields, base, 0, loose) !== null) return null;
  let variant: FecLayout['variant'] = 'standard';
  let mandatoryCount: FecLayout['mandatoryCount'] = 18;
  const cashLoose: number[] = [];
  if (compareColumns(headerFields, FEC_BA_CASH_COLUMNS, 18, cashLoose) === null) {
    variant = 'ba-cash';
    mandatoryCount = 21;
    if (matchName(headerFields[21], 'IdClient') !== 'none') {
      variant = 'bnc-cash';
      mandatoryCount = 22;
      if (matchName(headerFields[21], 'IdClient') === 'loose') cashLoose.push(21);
    }
    loose.push(...cashLoose);
  }
  const mandatory: string[] = [...base];
  if (variant !== 'standard') mandatory.push(...(variant === 'bnc-cash' ? FEC_BNC_CASH_COLUMNS : FEC_BA_CASH_COLUMNS));
  const extraColumns = headerFields.slice(mandatoryCount);
  return Object.freeze({
    amounts: base === FEC_COLUMNS ? 'debit-credit' : 'montant-sens',
    variant,
    mandatoryCount,
    columns: Object.freeze([...mandatory, ...extraColumns]),
    extraColumns: Object.freeze(extraColumns),
    looseNames: Object.freeze(loose),
  });
}

/**
 * The first place where a header line departs from the FEC columns, for an
 * error message; `null` when {@link detectFecLayout} recognises it.
 *
 * @param headerFields - the names of the first line, split on the separator
 * @returns the 0-based column, the expected and the received name, or `null`
 * @example
 * ```ts
 * fecHeaderMismatch(['JournalCode', 'EcritureNum'])
 * //=> { index: 1, expected: 'JournalLib', received: 'EcritureNum' }
 * ```
 */
export function fecHeaderMismatch(headerFields: ReadonlyArray<string>): FecHeaderMismatch | null {
  return compareColumns(headerFields, amountColumns(headerFields), 0, []);
}
