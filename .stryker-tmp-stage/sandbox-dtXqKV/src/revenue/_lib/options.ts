// @ts-nocheck
// Option checks shared by the revenue reports (internal).
import { isoDate, toDayNumber, type IsoDate } from '../../calendar/index.js';
import { fail } from '../../errors/index.js';
import { CURRENCY_SCALES, decimalRounding, type RoundingMode } from '../../money/index.js';
import { defaultRules, isPostingRules, type PostingRules } from '../../posting/rules.js';

/** Checked common options (internal). */
export interface CommonOptions {
  readonly rules: PostingRules;
  readonly rounding: RoundingMode;
  readonly scale: number;
}

/** Checks `rules` and `rounding` (internal helper). */
export function commonOptions(options: { readonly rules?: PostingRules | undefined; readonly rounding?: RoundingMode | undefined }): CommonOptions {
  const rules = options.rules ?? defaultRules();
  if (!isPostingRules(rules)) fail('invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).');
  const rounding = options.rounding ?? rules.rounding;
  decimalRounding(rounding);
  return { rules, rounding, scale: CURRENCY_SCALES[rules.currency] ?? 2 };
}

/** Checks a cut-off date option (internal helper). */
export function cutoffOption(value: unknown, path: ReadonlyArray<string | number> = ['cutoff']): { date: IsoDate; day: number } {
  if (value === undefined) fail('invalid_date', path, 'Give the cut-off date (the closing date, e.g. "2024-12-31") as options.cutoff.');
  const date = isoDate(value as string, path);
  return { date, day: toDayNumber(date) };
}
