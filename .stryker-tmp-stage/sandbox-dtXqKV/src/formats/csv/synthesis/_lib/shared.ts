// @ts-nocheck
// Shared pieces of the synthesis CSV exports (internal).
import { isIsoDate } from '../../../../calendar/index.js';
import { fail } from '../../../../errors/index.js';
import type { CsvOptions } from '../../../_lib/csv.js';
import type { FileNameContext } from '../../../Format.js';
import { LABELS } from '../../../../posting/labelTable.js';

/** `AAAA-MM-DD_<title>Du<from>au<to>.csv` from the context's createdOn and period; a typed error when one is missing. */
export function periodFileName(title: string, context: FileNameContext): string {
  const createdOn = context?.createdOn;
  if (createdOn === undefined) fail('invalid_option', ['createdOn'], `The file name starts with the day it is made: give createdOn (YYYY-MM-DD), e.g. fileName({ createdOn: '2024-08-01', period }).`);
  if (!isIsoDate(createdOn)) fail('invalid_date', ['createdOn'], `Invalid createdOn ${JSON.stringify(createdOn)}: write a real calendar date as YYYY-MM-DD.`);
  const period = context.period;
  if (period === undefined) fail('invalid_option', ['period'], 'The file name holds the period: give period { from, to }.');
  if (!isIsoDate(period.from)) fail('invalid_date', ['period', 'from'], `Invalid period start ${JSON.stringify(period.from)}: write a real calendar date as YYYY-MM-DD.`);
  if (!isIsoDate(period.to)) fail('invalid_date', ['period', 'to'], `Invalid period end ${JSON.stringify(period.to)}: write a real calendar date as YYYY-MM-DD.`);
  if (period.to < period.from) fail('invalid_period', ['period'], `The period ends on ${period.to}, before it starts on ${period.from}.`);
  return `${createdOn}_${title}Du${period.from}au${period.to}.csv`;
}

/** The language of the options (checked again by the CSV engine). */
export function languageOf(options: CsvOptions | undefined): 'fr' | 'en' {
  return options?.language === 'en' ? 'en' : 'fr';
}

/** A French and an English text. */
export interface Texts {
  readonly fr: string;
  readonly en: string;
}

/** The percent label of a VAT rate, `20 %` in French, `20%` in English. */
export function rateLabel(rate: string | undefined, language: 'fr' | 'en'): string {
  if (rate === undefined) return '';
  return language === 'fr' ? `${rate.replace('.', ',')} %` : `${rate}%`;
}

/**
 * A payment method's word in a file's language: in French the report's label
 * (the rules' label, from the French label table by default); in English the
 * English table's word, else the report's label.
 */
export function methodWord(code: string, label: string | undefined, language: 'fr' | 'en'): string {
  if (language === 'en' && Object.hasOwn(LABELS.en.paymentMethods, code)) return LABELS.en.paymentMethods[code]!;
  return label ?? code;
}
