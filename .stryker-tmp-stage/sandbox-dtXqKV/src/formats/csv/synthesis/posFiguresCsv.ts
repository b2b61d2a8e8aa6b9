// @ts-nocheck
import type { Decimal } from '../../../money/index.js';
import type { PosFigures } from '../../../synthesis/posFigures.js';
import { csvRows, type CsvColumn, type CsvOptions } from '../../_lib/csv.js';
import { defineFormat, type Format } from '../../Format.js';
import { languageOf, methodWord, periodFileName, rateLabel, type Texts } from './_lib/shared.js';

/**
 * One line of the POS figures CSV.
 *
 * @example
 * ```ts
 * const row: PosFiguresCsvRow = { section: 'Chiffre d’affaires', code: 'sales', label: 'Nombre de ventes', count: 2 };
 * ```
 */
export interface PosFiguresCsvRow {
  /** The section's title in the CSV's language (`Chiffre d’affaires`, `Ventes par taux de TVA`…). */
  readonly section: string;
  /**
   * The figure's key within its section: `sales`, `items`, a VAT rate, a product, a seller or a payment
   * method.
   */
  readonly code: string;
  /** The line's label in the CSV's language. */
  readonly label: string;
  /** The VAT rate of a VAT line (`"20"`); absent elsewhere. */
  readonly rate?: string | undefined;
  /** A count: sales (tickets), or payments of a method. */
  readonly count?: number;
  /** A quantity of items sold (may be fractional, e.g. the average items per sale). */
  readonly quantity?: Decimal;
  /** Sales excl. tax (« HT »), in the currency's major unit. */
  readonly exclTax?: Decimal;
  /** VAT on those sales. */
  readonly vat?: Decimal;
  /** Sales or payments incl. tax (« TTC »). */
  readonly inclTax?: Decimal;
}

const SECTIONS: Readonly<Record<string, Texts>> = {
  revenue: { fr: 'Chiffre d’affaires', en: 'Revenue' },
  vat: { fr: 'Ventes par taux de TVA', en: 'Sales by VAT rate' },
  category: { fr: 'Ventes par catégorie', en: 'Sales by category' },
  product: { fr: 'Ventes par produit', en: 'Sales by product' },
  seller: { fr: 'Ventes par vendeur', en: 'Sales by seller' },
  method: { fr: 'Encaissements', en: 'Receipts' },
};

const LABELS: Readonly<Record<string, Texts>> = {
  sales: { fr: 'Nombre de ventes', en: 'Number of sales' },
  averageBasket: { fr: 'Panier moyen', en: 'Average basket' },
  averageItems: { fr: 'Nombre moyen d’articles par ticket', en: 'Average items per ticket' },
  revenue: { fr: 'CA total', en: 'Total revenue' },
  items: { fr: 'Articles vendus', en: 'Items sold' },
  none: { fr: '(aucun)', en: '(none)' },
  touristTax: { fr: 'taxe de séjour', en: 'tourist tax' },
};

/**
 * The columns of the POS figures CSV, in file order.
 *
 * @example
 * ```ts
 * POS_FIGURES_CSV_COLUMNS.map((c) => c.en)
 * //=> ['Section', 'Code', 'Label', 'VAT rate', 'Count', 'Quantity', 'Excl. tax', 'VAT', 'Incl. tax']
 * ```
 */
export const POS_FIGURES_CSV_COLUMNS: ReadonlyArray<CsvColumn<PosFiguresCsvRow>> = Object.freeze([
  { key: 'section', fr: 'Section', en: 'Section', type: 'text', value: (r) => r.section },
  { key: 'code', fr: 'Code', en: 'Code', type: 'text', value: (r) => r.code },
  { key: 'label', fr: 'Libellé', en: 'Label', type: 'text', value: (r) => r.label },
  { key: 'rate', fr: 'Taux TVA', en: 'VAT rate', type: 'number', value: (r) => r.rate },
  { key: 'count', fr: 'Nombre', en: 'Count', type: 'integer', value: (r) => r.count },
  { key: 'quantity', fr: 'Quantité', en: 'Quantity', type: 'number', value: (r) => r.quantity },
  { key: 'exclTax', fr: 'Montant HT', en: 'Excl. tax', type: 'amount', value: (r) => r.exclTax },
  { key: 'vat', fr: 'TVA', en: 'VAT', type: 'amount', value: (r) => r.vat },
  { key: 'inclTax', fr: 'Montant TTC', en: 'Incl. tax', type: 'amount', value: (r) => r.inclTax },
] satisfies Array<CsvColumn<PosFiguresCsvRow>>);

/**
 * The rows of the POS figures CSV: the revenue frame, then sales by VAT rate,
 * category, product, seller and payment method.
 *
 * @param figures - the result of `posFigures`
 * @param language - @defaultValue 'fr'
 * @returns the rows
 * @example
 * ```ts
 * const figures = posFigures([closing], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * posFiguresCsvRows(figures)[0] //=> { section: 'Chiffre d’affaires', code: 'sales', label: 'Nombre de ventes', count: 2 }
 * ```
 */
export function posFiguresCsvRows(figures: PosFigures, language: 'fr' | 'en' = 'fr'): PosFiguresCsvRow[] {
  const t = (texts: Texts): string => texts[language];
  const s = (key: string): string => t(SECTIONS[key]!);
  const orNone = (text: string): string => (text === '' ? t(LABELS.none!) : text);
  const rows: PosFiguresCsvRow[] = [];
  rows.push({ section: s('revenue'), code: 'sales', label: t(LABELS.sales!), count: figures.sales });
  rows.push({ section: s('revenue'), code: 'averageBasket', label: t(LABELS.averageBasket!), inclTax: figures.averageBasket });
  rows.push({ section: s('revenue'), code: 'items', label: t(LABELS.items!), quantity: figures.items });
  rows.push({ section: s('revenue'), code: 'averageItems', label: t(LABELS.averageItems!), quantity: figures.averageItems });
  rows.push({ section: s('revenue'), code: 'revenue', label: t(LABELS.revenue!), inclTax: figures.revenue });
  for (const r of figures.byVatRate) rows.push({ section: s('vat'), code: r.rate ?? 'tourist-tax', label: r.rate === undefined ? t(LABELS.touristTax!) : rateLabel(r.rate, language), rate: r.rate, exclTax: r.exclTax, vat: r.vat, inclTax: r.inclTax });
  for (const r of figures.byCategory) rows.push({ section: s('category'), code: r.category, label: orNone(r.category), inclTax: r.inclTax });
  for (const r of figures.byProduct) rows.push({ section: s('product'), code: r.product, label: r.product, quantity: r.quantity, inclTax: r.inclTax });
  for (const r of figures.bySeller) rows.push({ section: s('seller'), code: r.seller, label: orNone(r.seller), count: r.sales, inclTax: r.inclTax });
  for (const r of figures.byMethod) rows.push({ section: s('method'), code: r.method, label: methodWord(r.method, r.label, language), count: r.count, inclTax: r.amount });
  return rows;
}

/**
 * The POS figures (`posFigures`) as one CSV (`formats.csvPosFigures`): a
 * Section column, then code, label, rate, count, quantity and amounts. French
 * headers by default, English with `language: 'en'`. File name
 * `AAAA-MM-DD_ChiffreAffairesCaisseDuDATE_DEBUTauDATE_FIN.csv`.
 *
 * @example
 * ```ts
 * posFiguresCsvFormat.fileName({ createdOn: '2024-08-01', period: { from: '2024-07-01', to: '2024-07-31' } })
 * //=> '2024-08-01_ChiffreAffairesCaisseDu2024-07-01au2024-07-31.csv'
 * ```
 */
export const posFiguresCsvFormat: Format<PosFigures, CsvOptions> = /* @__PURE__ */ defineFormat<PosFigures, CsvOptions>({
  id: 'csv-pos-figures',
  mediaType: 'text/csv',
  description: 'POS figures (chiffre d’affaires de la caisse): revenue, sales by VAT rate, category, product, seller and payment method',
  fileName: (context) => periodFileName('ChiffreAffairesCaisse', context),
  chunks: (figures, options) => csvRows(posFiguresCsvRows(figures, languageOf(options)), POS_FIGURES_CSV_COLUMNS, options),
});
