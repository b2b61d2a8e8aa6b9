// @ts-nocheck
import type { Decimal } from '../../../money/index.js';
import type { AccountingSynthesis } from '../../../synthesis/accountingSynthesis.js';
import { csvRows, type CsvColumn, type CsvOptions } from '../../_lib/csv.js';
import { defineFormat, type Format } from '../../Format.js';
import { languageOf, methodWord, periodFileName, rateLabel, type Texts } from './_lib/shared.js';

/**
 * One line of the accounting synthesis CSV: the section it belongs to, a
 * stable code, a label and the figures the section fills (the others are
 * empty).
 *
 * @example
 * ```ts
 * const row: AccountingSynthesisCsvRow = { section: 'key-figures', code: 'revenue', label: 'CA HT', exclTax: new Decimal('424.62') };
 * ```
 */
export interface AccountingSynthesisCsvRow {
  /** `key-figures`, `vat-parts`, `in-short`, `receipts-by-method`, `by-account`, `vat-by-rate`, `receipts-by-nature` or `controls`. */
  readonly section: string;
  /** The figure's code, method, account or rate. */
  readonly code: string;
  /** The line's label in the CSV's language. */
  readonly label: string;
  /** The VAT rate of a `vat-by-rate` line (`"20"`); absent elsewhere. */
  readonly rate?: string | undefined;
  /** A count (documents, receipts) where the section gives one. */
  readonly count?: number;
  /** An amount excl. tax (« HT »), in the currency's major unit. */
  readonly exclTax?: Decimal;
  /** A VAT amount. */
  readonly vat?: Decimal;
  /** An amount incl. tax (« TTC »): receipts, payments by method. */
  readonly inclTax?: Decimal;
  /** Total debits of a `by-account` line over the period. */
  readonly debit?: Decimal;
  /** Total credits of a `by-account` line over the period. */
  readonly credit?: Decimal;
  /** The `by-account` line's balance (« solde »), debit − credit. */
  readonly balance?: Decimal;
}

const SECTIONS: Readonly<Record<string, Texts>> = {
  'key-figures': { fr: 'Chiffres clés', en: 'Key figures' },
  'vat-parts': { fr: 'TVA des comptes 4457 par origine', en: 'VAT accounts 4457 by origin' },
  'in-short': { fr: 'En bref', en: 'In short' },
  'receipts-by-method': { fr: 'Encaissements par mode de paiement', en: 'Receipts by payment method' },
  'by-account': { fr: 'Synthèse par code comptable', en: 'By account code' },
  'vat-by-rate': { fr: 'Synthèse de la TVA', en: 'VAT by rate' },
  'receipts-by-nature': { fr: 'Encaissements HT par nature comptable', en: 'Receipts excl. tax by accounting nature' },
  controls: { fr: 'Contrôles', en: 'Controls' },
};

const LABELS: Readonly<Record<string, Texts>> = {
  revenue: { fr: 'CA HT', en: 'Revenue excl. tax' },
  receipts: { fr: 'Encaissements', en: 'Receipts' },
  touristTax: { fr: 'Taxes de séjour', en: 'Tourist tax' },
  vatCollected: { fr: 'TVA collectée', en: 'VAT collected' },
  stays: { fr: 'Séjours', en: 'Stays' },
  tickets: { fr: 'Tickets', en: 'Tickets' },
  ancillarySales: { fr: 'Ventes annexes', en: 'Ancillary sales' },
  invoices: { fr: 'Factures', en: 'Invoices' },
  expenses: { fr: 'Dépenses', en: 'Expenses' },
  onAccount: { fr: 'acompte / en compte', en: 'on account' },
  touristTaxNature: { fr: 'taxe de séjour', en: 'tourist tax' },
};

/** The lines of the VAT-by-origin section, in file order. */
const VAT_PARTS: ReadonlyArray<readonly [keyof AccountingSynthesis['vatParts'], Texts]> = [
  ['invoices', { fr: "TVA des factures d'acompte et de solde", en: 'VAT of deposit and final invoices' }],
  ['till', { fr: 'TVA des tickets de caisse', en: 'VAT of till tickets' }],
  ['receipts', { fr: 'TVA sur acomptes encaissés (proformas)', en: 'VAT on deposits received (proformas)' }],
  ['writeOffs', { fr: 'TVA régularisée sur créances irrécouvrables', en: 'VAT regularised on write-offs' }],
  ['other', { fr: 'Autres mouvements de TVA', en: 'Other VAT movements' }],
  ['total', { fr: 'Total des comptes de TVA collectée (4457)', en: 'Total of the collected VAT accounts (4457)' }],
];

/**
 * The columns of the accounting synthesis CSV, in file order.
 *
 * @example
 * ```ts
 * ACCOUNTING_SYNTHESIS_CSV_COLUMNS.map((c) => c.fr)
 * //=> ['Section', 'Code', 'Libellé', 'Taux TVA', 'Nombre', 'Montant HT', 'TVA', 'Montant TTC', 'Débit', 'Crédit', 'Solde']
 * ```
 */
export const ACCOUNTING_SYNTHESIS_CSV_COLUMNS: ReadonlyArray<CsvColumn<AccountingSynthesisCsvRow>> = Object.freeze([
  { key: 'section', fr: 'Section', en: 'Section', type: 'text', value: (r) => r.section },
  { key: 'code', fr: 'Code', en: 'Code', type: 'text', value: (r) => r.code },
  { key: 'label', fr: 'Libellé', en: 'Label', type: 'text', value: (r) => r.label },
  { key: 'rate', fr: 'Taux TVA', en: 'VAT rate', type: 'number', value: (r) => r.rate },
  { key: 'count', fr: 'Nombre', en: 'Count', type: 'integer', value: (r) => r.count },
  { key: 'exclTax', fr: 'Montant HT', en: 'Excl. tax', type: 'amount', value: (r) => r.exclTax },
  { key: 'vat', fr: 'TVA', en: 'VAT', type: 'amount', value: (r) => r.vat },
  { key: 'inclTax', fr: 'Montant TTC', en: 'Incl. tax', type: 'amount', value: (r) => r.inclTax },
  { key: 'debit', fr: 'Débit', en: 'Debit', type: 'amount', value: (r) => r.debit },
  { key: 'credit', fr: 'Crédit', en: 'Credit', type: 'amount', value: (r) => r.credit },
  { key: 'balance', fr: 'Solde', en: 'Balance', type: 'amount', value: (r) => r.balance },
] satisfies Array<CsvColumn<AccountingSynthesisCsvRow>>);

/**
 * The rows of the accounting synthesis CSV: every section of the screen, in
 * screen order, each row naming its section (in the chosen language).
 *
 * @param synthesis - the result of `accountingSynthesis`
 * @param language - of the section names and labels @defaultValue 'fr'
 * @returns the rows
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * const first = accountingSynthesisCsvRows(synthesis)[0]!;
 * [first.section, first.code, first.label, first.exclTax?.toFixed(2)] //=> ['Chiffres clés', 'revenue', 'CA HT', '424.62']
 * ```
 */
export function accountingSynthesisCsvRows(synthesis: AccountingSynthesis, language: 'fr' | 'en' = 'fr'): AccountingSynthesisCsvRow[] {
  const t = (texts: Texts): string => texts[language];
  const section = (key: string): string => t(SECTIONS[key]!);
  const rows: AccountingSynthesisCsvRow[] = [];
  const k = synthesis.keyFigures;
  const keySection = section('key-figures');
  rows.push({ section: keySection, code: 'revenue', label: t(LABELS.revenue!), exclTax: k.revenue });
  rows.push({ section: keySection, code: 'receipts', label: t(LABELS.receipts!), inclTax: k.receipts });
  rows.push({ section: keySection, code: 'touristTax', label: t(LABELS.touristTax!), inclTax: k.touristTax });
  rows.push({ section: keySection, code: 'vatCollected', label: t(LABELS.vatCollected!), vat: k.vatCollected });
  const parts = section('vat-parts');
  for (const [code, label] of VAT_PARTS) rows.push({ section: parts, code, label: t(label), vat: synthesis.vatParts[code] });
  const inShort = section('in-short');
  for (const key of ['stays', 'tickets', 'ancillarySales', 'invoices', 'expenses', 'receipts'] as const) {
    const c = synthesis.inShort[key];
    rows.push({ section: inShort, code: key, label: t(LABELS[key]!), count: c.count, inclTax: c.amount });
  }
  const methods = section('receipts-by-method');
  for (const m of synthesis.receiptsByMethod) rows.push({ section: methods, code: m.method, label: methodWord(m.method, m.label, language), count: m.count, inclTax: m.amount });
  const accounts = section('by-account');
  for (const a of synthesis.byAccount) rows.push({ section: accounts, code: a.account, label: a.label, debit: a.debit, credit: a.credit, balance: a.balance });
  const vat = section('vat-by-rate');
  for (const r of synthesis.vatByRate) rows.push({ section: vat, code: r.rate ?? '', label: `${t(LABELS.vatCollected!)} ${rateLabel(r.rate, language)}`.trim(), rate: r.rate, exclTax: r.base, vat: r.vat, inclTax: r.total });
  const natures = section('receipts-by-nature');
  for (const n of synthesis.receiptsByNature) {
    const what = n.nature === 'on-account' ? t(LABELS.onAccount!) : n.nature === 'tourist-tax' ? t(LABELS.touristTaxNature!) : rateLabel(n.rate, language);
    rows.push({ section: natures, code: n.account, label: `${n.account} ${what}`, rate: n.rate, exclTax: n.exclTax, vat: n.vat, inclTax: n.inclTax });
  }
  const controls = section('controls');
  for (const c of synthesis.controls) rows.push({ section: controls, code: c.code, label: c.message, inclTax: c.amount });
  return rows;
}

/**
 * The accounting synthesis as one CSV file (`formats.csvAccountingSynthesis`):
 * every section of the screen — key figures, the collected VAT accounts'
 * movement by origin (invoices, till, receipts, write-offs, other, total),
 * in short, receipts by method, by
 * account code, VAT by rate, receipts excl. tax by nature, failed controls —
 * one row each, with a Section column naming the section, so that every line
 * has the same columns and any CSV reader gets consistent rows. French headers
 * and section names by default, English with `language: 'en'`. The file name
 * is `AAAA-MM-DD_SyntheseComptableDuDATE_DEBUTauDATE_FIN.csv` from
 * `createdOn` and `period`.
 *
 * @example
 * ```ts
 * accountingSynthesisCsvFormat.fileName({ createdOn: '2024-08-01', period: { from: '2024-07-01', to: '2024-07-31' } })
 * //=> '2024-08-01_SyntheseComptableDu2024-07-01au2024-07-31.csv'
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const synthesis = accountingSynthesis(createBook(post([invoice]).transactions), [invoice, stay], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * accountingSynthesisCsvFormat.serialize(synthesis).split('\r\n')[1] //=> 'Chiffres clés;revenue;CA HT;;;424,62;;;;;'
 * ```
 */
export const accountingSynthesisCsvFormat: Format<AccountingSynthesis, CsvOptions> = /* @__PURE__ */ defineFormat<AccountingSynthesis, CsvOptions>({
  id: 'csv-accounting-synthesis',
  mediaType: 'text/csv',
  description: 'Accounting synthesis (synthèse comptable): every section in one CSV with a Section column',
  fileName: (context) => periodFileName('SyntheseComptable', context),
  chunks: (synthesis, options) => csvRows(accountingSynthesisCsvRows(synthesis, languageOf(options)), ACCOUNTING_SYNTHESIS_CSV_COLUMNS, options),
});
