// @ts-nocheck
// The rules validateFec checks, with what each means (the public FEC_RULES). Apart from validateFec.ts, which
// reads only their severities (_lib/fecSeverity.ts, the same rule for rule: test/formats/fec/fecRules.test.ts):
// an app that validates files does not bundle these texts (issue #13 §2).

/**
 * How serious a finding is: an `error` makes the file non-compliant.
 *
 * @example
 * ```ts
 * const severity: FecSeverity = 'warning';
 * ```
 */
export type FecSeverity = 'error' | 'warning' | 'info';

/**
 * What {@link FEC_RULES} holds for one rule: its severity and its meaning,
 * both kept as literal types so that `FEC_RULES.fec_bom.severity` is `'info'`.
 *
 * @example
 * ```ts
 * const rule: FecRule = FEC_RULES.fec_entry_unbalanced;
 * rule.severity //=> 'error'
 * ```
 */
export interface FecRule<S extends FecSeverity = FecSeverity, D extends string = string> {
  /** How serious a finding of this rule is: an `error` makes the file non-compliant (`valid: false`). */
  readonly severity: S;
  /** What the rule checks, in one sentence, with the text of the norm it comes from (A47 A-1) when there is one. */
  readonly description: D;
}

/** One entry of {@link FEC_RULES}, literal types kept. */
function rule<const S extends FecSeverity, const D extends string>(severity: S, description: D): FecRule<S, D> {
  return { severity, description };
}

/**
 * Every rule `validateFec` checks, keyed by its stable snake_case code,
 * with its severity and what it means. Severities follow SPEC-FR §1.4–§1.5:
 * an `error` makes the file non-compliant (`valid: false`), a `warning` is
 * a point an auditor will ask about, an `info` is harmless but worth knowing.
 *
 * @example
 * ```ts
 * FEC_RULES.fec_entry_unbalanced.severity //=> 'error'
 * Object.keys(FEC_RULES).length //=> 39
 * ```
 */
export const FEC_RULES = Object.freeze({
  // file
  /** Error: The file is empty, or has a header but no entry line. */
  fec_empty_file: rule('error', 'The file is empty, or has a header but no entry line.'),
  /** Error: The charset is not ASCII, ISO-8859-15 or UTF-8 (A47 A-1 XII 1°): Windows-1252 characters (bytes 0x80–0x9F) or UTF-16. */
  fec_encoding: rule(
    'error',
    'The charset is not ASCII, ISO-8859-15 or UTF-8 (A47 A-1 XII 1°): Windows-1252 characters (bytes 0x80–0x9F) or UTF-16.',
  ),
  /** Info: The UTF-8 file starts with a byte order mark; checkers accept it. */
  fec_bom: rule('info', 'The UTF-8 file starts with a byte order mark; checkers accept it.'),
  /** Info: The file ends with a line break; the DGFiP prefers none after the last line. */
  fec_trailing_newline: rule('info', 'The file ends with a line break; the DGFiP prefers none after the last line.'),
  /** Error: The file name is not SirenFECAAAAMMJJ (A47 A-1 IX), its date is not a real date, or it differs from the fiscal year given. */
  fec_file_name: rule(
    'error',
    'The file name is not SirenFECAAAAMMJJ (A47 A-1 IX), its date is not a real date, or it differs from the fiscal year given.',
  ),
  /** Error: The file name's SIREN fails its Luhn check digit. */
  fec_siren_luhn: rule('error', "The file name's SIREN fails its Luhn check digit."),
  // structure
  /** Error: The header uses neither TAB nor `|`, or both: one separator for the whole file. */
  fec_separator: rule('error', 'The header uses neither TAB nor `|`, or both: one separator for the whole file.'),
  /** Error: Line 1 is not the 18 (21, 22) FEC column names in order. */
  fec_header: rule('error', 'Line 1 is not the 18 (21, 22) FEC column names in order.'),
  /** Warning: A column name differs from the norm in case, accents or spaces (`MontantDevise` for `Montantdevise`). */
  fec_header_case: rule('warning', 'A column name differs from the norm in case, accents or spaces (`MontantDevise` for `Montantdevise`).'),
  /** Info: The header has columns after the mandatory ones (allowed by A47 A-1 VII 1°). */
  fec_extra_columns: rule('info', 'The header has columns after the mandatory ones (allowed by A47 A-1 VII 1°).'),
  /** Error: A line has more or fewer fields than the header. */
  fec_field_count: rule('error', 'A line has more or fewer fields than the header.'),
  /** Error: A field is written between double quotes; a FEC takes none. */
  fec_quoted_field: rule('error', 'A field is written between double quotes; a FEC takes none.'),
  /** Info: A line ends with a separator (one empty field too many). */
  fec_trailing_separator: rule('info', 'A line ends with a separator (one empty field too many).'),
  /** Info: An empty line between records. */
  fec_empty_line: rule('info', 'An empty line between records.'),
  // fields
  /** Error: A mandatory field is empty: JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, PieceRef, PieceDate, EcritureLib, Debit, Credit (Montant, Sens), ValidDate; DateRglt, ModeRglt in cash-basis layouts. */
  fec_required_field: rule(
    'error',
    'A mandatory field is empty: JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, PieceRef, PieceDate, EcritureLib, Debit, Credit (Montant, Sens), ValidDate; DateRglt, ModeRglt in cash-basis layouts.',
  ),
  /** Error: A date is not a real date written AAAAMMJJ. */
  fec_invalid_date: rule('error', 'A date is not a real date written AAAAMMJJ.'),
  /** Error: An amount is not digits with a decimal comma (no dot, no thousands separator, sign first or last, at most 2 decimals). */
  fec_invalid_amount: rule(
    'error',
    'An amount is not digits with a decimal comma (no dot, no thousands separator, sign first or last, at most 2 decimals).',
  ),
  /** Error: Sens is not `D`, `C`, `+1` or `-1`. */
  fec_invalid_sens: rule('error', 'Sens is not `D`, `C`, `+1` or `-1`.'),
  /** Error: Debit and Credit are both non-zero on one line. */
  fec_debit_and_credit: rule('error', 'Debit and Credit are both non-zero on one line.'),
  /** Info: A line with a zero amount on both sides. */
  fec_zero_line: rule('info', 'A line with a zero amount on both sides.'),
  /** Error: CompteNum does not start with 3 digits of a PCG class (1–8). */
  fec_account_prefix: rule('error', 'CompteNum does not start with 3 digits of a PCG class (1–8).'),
  /** Error: CompAuxNum/CompAuxLib, EcritureLet/DateLet or Montantdevise/Idevise: one is filled, the other empty. */
  fec_pair_filled_together: rule('error', 'CompAuxNum/CompAuxLib, EcritureLet/DateLet or Montantdevise/Idevise: one is filled, the other empty.'),
  /** Warning: A CompteNum, JournalCode or CompAuxNum has two different labels in the file. */
  fec_label_consistency: rule('warning', 'A CompteNum, JournalCode or CompAuxNum has two different labels in the file.'),
  /** Warning: Two CompteNum differ only by trailing zeros (512 and 512000): one account carried under two numbers. */
  fec_account_number_clash: rule('warning', 'Two CompteNum differ only by trailing zeros (512 and 512000): one account carried under two numbers.'),
  // entries
  /** Error: An entry (JournalCode + EcritureNum) has Σ Debit ≠ Σ Credit. */
  fec_entry_unbalanced: rule('error', 'An entry (JournalCode + EcritureNum) has Σ Debit ≠ Σ Credit.'),
  /** Error: The whole file has Σ Debit ≠ Σ Credit. */
  fec_file_unbalanced: rule('error', 'The whole file has Σ Debit ≠ Σ Credit.'),
  /** Warning: A journal has Σ Debit ≠ Σ Credit. */
  fec_journal_unbalanced: rule('warning', 'A journal has Σ Debit ≠ Σ Credit.'),
  /** Warning: A month (of EcritureDate) has Σ Debit ≠ Σ Credit. */
  fec_month_unbalanced: rule('warning', 'A month (of EcritureDate) has Σ Debit ≠ Σ Credit.'),
  /** Error: An entry has a single line. */
  fec_single_line_entry: rule('error', 'An entry has a single line.'),
  /** Error: An entry has more than one EcritureDate or more than one ValidDate. */
  fec_entry_dates: rule('error', 'An entry has more than one EcritureDate or more than one ValidDate.'),
  /** Error: An EcritureDate falls outside the fiscal year, or the dates span more than 12 months. */
  fec_date_outside_year: rule('error', 'An EcritureDate falls outside the fiscal year, or the dates span more than 12 months.'),
  /** Warning: An entry is validated (ValidDate) before its date (EcritureDate). */
  fec_valid_date_before_entry: rule('warning', 'An entry is validated (ValidDate) before its date (EcritureDate).'),
  // sequence
  /** Warning: EcritureNum skips numbers in a journal sequence (a gap must be justified). */
  fec_numbering_gap: rule('warning', 'EcritureNum skips numbers in a journal sequence (a gap must be justified).'),
  /** Error: An EcritureNum is used twice in a journal: an entry whose lines are not contiguous, or two entries with one number. */
  fec_numbering_duplicate: rule(
    'error',
    'An EcritureNum is used twice in a journal: an entry whose lines are not contiguous, or two entries with one number.',
  ),
  /** Warning: A higher EcritureNum carries an earlier EcritureDate than a lower one of its journal. */
  fec_numbering_order: rule('warning', 'A higher EcritureNum carries an earlier EcritureDate than a lower one of its journal.'),
  /** Warning: The lines are not sorted by ValidDate (chronological order of validation). */
  fec_valid_date_order: rule('warning', 'The lines are not sorted by ValidDate (chronological order of validation).'),
  /** Warning: An opening entry (à-nouveaux) comes after other entries; they come first (A47 A-1 VII 3°). */
  fec_opening_not_first: rule('warning', 'An opening entry (à-nouveaux) comes after other entries; they come first (A47 A-1 VII 3°).'),
  /** Error: An opening entry (à-nouveaux) uses a class 6 or 7 account. */
  fec_opening_on_income_account: rule('error', 'An opening entry (à-nouveaux) uses a class 6 or 7 account.'),
  /** Error: An entry closes income or expense accounts (class 6/7 against 12); the FEC excludes such entries (A47 A-1 VII 1°). */
  fec_closing_entry: rule(
    'error',
    'An entry closes income or expense accounts (class 6/7 against 12); the FEC excludes such entries (A47 A-1 VII 1°).',
  ),
});

