// @ts-nocheck
import type { Format } from '../../Format.js';
import type { CsvColumn } from '../../_lib/csv.js';
import type { SessionSaleRow, SessionsSold, SubscriptionCancellationRow, SubscriptionCancellations, SubscriptionList, SubscriptionSaleRow, SubscriptionSales, SubscriptionStatusRow } from '../../../synthesis/gym/index.js';
import { amount, customerColumns, date, gymCsvFormat, integer, text, word, yesNo, type Lang, type GymCsvOptions } from './_lib/gymCsv.js';

function subscriptionSaleColumns(_lang: Lang, scale: number): CsvColumn<SubscriptionSaleRow>[] {
  type R = SubscriptionSaleRow;
  return [
    date('date', 'Date de vente', 'Sale date', (r: R) => r.date),
    text('number', 'N° facture', 'Invoice number', (r: R) => r.number),
    ...customerColumns<R>(),
    text('product', 'Produit', 'Product', (r: R) => r.product),
    text('label', 'Libellé', 'Label', (r: R) => r.label),
    text('category', 'Catégorie', 'Category', (r: R) => r.category),
    text('seller', 'Vendeur', 'Seller', (r: R) => r.seller),
    date('start', 'Début', 'Start', (r: R) => r.start),
    date('end', 'Fin', 'End', (r: R) => r.end),
    integer('days', 'Jours', 'Days', (r: R) => r.days),
    { key: 'quantity', fr: 'Quantité', en: 'Quantity', type: 'number', value: (r: R) => r.quantity },
    amount('exclTax', 'Montant HT', 'Amount excl. tax', scale, (r: R) => r.exclTax),
    amount('vat', 'TVA', 'VAT', scale, (r: R) => r.vat),
    amount('inclTax', 'Montant TTC', 'Amount incl. tax', scale, (r: R) => r.inclTax),
    date('cancelledOn', 'Résilié le', 'Cancelled on', (r: R) => r.cancelledOn),
  ];
}

/**
 * CSV export of {@link subscriptionSales} (« ventes d'abonnements »): one line
 * per subscription sold — sale date, invoice number, customer id and name,
 * product, label, category, seller, start, end, days, quantity, amounts excl.
 * tax, VAT and incl. tax, cancellation date. Headers in French, or English
 * with `language: 'en'`. File name `ventes-abonnements_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymSubscriptionSales.serialize(subscriptionSales(docs, { period }), { language: 'en' }).split('\r\n')[0]
 * //=> 'Sale date;Invoice number;Customer ID;Customer;Product;Label;Category;Seller;Start;End;Days;Quantity;Amount excl. tax;VAT;Amount incl. tax;Cancelled on'
 * ```
 */
export const csvGymSubscriptionSalesFormat: Format<SubscriptionSales, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<SubscriptionSales, SubscriptionSaleRow>({
  id: 'csv-gym-subscription-sales',
  description: 'Gym: subscriptions sold in a period, one line per subscription (CSV)',
  base: 'ventes-abonnements',
  dated: 'period',
  rows: (r) => r.rows,
  columns: subscriptionSaleColumns,
});

function sessionColumns(_lang: Lang, scale: number): CsvColumn<SessionSaleRow>[] {
  type R = SessionSaleRow;
  return [
    date('date', 'Date de vente', 'Sale date', (r: R) => r.date),
    text('number', 'N° facture', 'Invoice number', (r: R) => r.number),
    ...customerColumns<R>(),
    text('product', 'Produit', 'Product', (r: R) => r.product),
    text('label', 'Libellé', 'Label', (r: R) => r.label),
    text('category', 'Catégorie', 'Category', (r: R) => r.category),
    text('seller', 'Vendeur', 'Seller', (r: R) => r.seller),
    integer('sessions', 'Séances vendues', 'Sessions sold', (r: R) => r.sessions),
    integer('used', 'Séances utilisées', 'Sessions used', (r: R) => r.used),
    integer('remaining', 'Séances restantes', 'Sessions remaining', (r: R) => r.remaining),
    amount('exclTax', 'Montant HT', 'Amount excl. tax', scale, (r: R) => r.exclTax),
    amount('inclTax', 'Montant TTC', 'Amount incl. tax', scale, (r: R) => r.inclTax),
  ];
}

/**
 * CSV export of {@link sessionsSold} (« séances vendues »): one line per pack
 * of sessions — sale date, invoice, customer, product, label, category,
 * seller, sessions sold, used and remaining, amounts excl. and incl. tax.
 * File name `seances-vendues_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymSessionsSold.serialize(sessionsSold(docs, { period })).split('\r\n')[1]
 * //=> '2024-11-04;FA2024-0005;C0001;DUPONT Jean;Carnet 10 séances;Carnet 10 séances;;;10;2;8;100,00;120,00'
 * ```
 */
export const csvGymSessionsSoldFormat: Format<SessionsSold, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<SessionsSold, SessionSaleRow>({
  id: 'csv-gym-sessions-sold',
  description: 'Gym: session packs sold in a period, with sessions used and remaining (CSV)',
  base: 'seances-vendues',
  dated: 'period',
  rows: (r) => r.rows,
  columns: sessionColumns,
});

function statusColumns(lang: Lang, scale: number): CsvColumn<SubscriptionStatusRow>[] {
  type R = SubscriptionStatusRow;
  return [
    text('status', 'Statut', 'Status', (r: R) => word(r.status, lang)),
    ...customerColumns<R>(),
    text('product', 'Produit', 'Product', (r: R) => r.product),
    text('number', 'N° facture', 'Invoice number', (r: R) => r.number),
    date('saleDate', 'Date de vente', 'Sale date', (r: R) => r.saleDate),
    date('start', 'Début', 'Start', (r: R) => r.start),
    date('end', 'Fin', 'End', (r: R) => r.end),
    date('scheduledEnd', 'Fin prévue', 'Scheduled end', (r: R) => r.scheduledEnd),
    integer('daysRemaining', 'Jours restants', 'Days remaining', (r: R) => r.daysRemaining),
    integer('daysToStart', 'Jours avant début', 'Days to start', (r: R) => r.daysToStart),
    text('renewed', 'Renouvelé', 'Renewed', (r: R) => yesNo(r.renewed, lang)),
    amount('inclTax', 'Montant TTC', 'Amount incl. tax', scale, (r: R) => r.inclTax),
  ];
}

/**
 * CSV export of {@link activeSubscriptions} (« abonnements actifs (à venir) »):
 * status (Actif / À venir), customer, product, invoice, sale date, start, end,
 * scheduled end (when a cancellation brought it forward), days remaining, days
 * to start, renewed, amount incl. tax. File name
 * `abonnements-actifs_<date>.csv` (the context's `closingDate`).
 *
 * @example
 * ```ts
 * formats.csvGymActiveSubscriptions.serialize(activeSubscriptions(docs, { asOf: '2024-12-31' })).split('\r\n')[1]
 * //=> 'Actif;C0001;DUPONT Jean;Abonnement 12 mois;FA2024-0001;2024-10-15;2024-10-15;2025-10-14;;288;0;Non;600,00'
 * ```
 */
export const csvGymActiveSubscriptionsFormat: Format<SubscriptionList, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<SubscriptionList, SubscriptionStatusRow>({
  id: 'csv-gym-active-subscriptions',
  description: 'Gym: active and upcoming subscriptions at a date (CSV)',
  base: 'abonnements-actifs',
  dated: 'date',
  rows: (r) => r.rows,
  columns: statusColumns,
});

/**
 * CSV export of {@link expiringSubscriptions} (« abonnements allant
 * expirer »): the same columns as {@link csvGymActiveSubscriptionsFormat}.
 * File name `abonnements-expirant_<date>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymExpiringSubscriptions.serialize(expiringSubscriptions(docs, { asOf: '2024-11-20', days: 15 })).split('\r\n')[1]
 * //=> 'Actif;C0002;MARTIN Léa;Abonnement mensuel;FA2024-0003;2024-11-01;2024-11-01;2024-11-30;;11;0;Non;49,90'
 * ```
 */
export const csvGymExpiringSubscriptionsFormat: Format<SubscriptionList, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<SubscriptionList, SubscriptionStatusRow>({
  id: 'csv-gym-expiring-subscriptions',
  description: 'Gym: subscriptions ending within N days of a date, renewed or not (CSV)',
  base: 'abonnements-expirant',
  dated: 'date',
  rows: (r) => r.rows,
  columns: statusColumns,
});

function cancellationColumns(_lang: Lang, scale: number): CsvColumn<SubscriptionCancellationRow>[] {
  type R = SubscriptionCancellationRow;
  return [
    date('date', 'Date de résiliation', 'Cancellation date', (r: R) => r.date),
    ...customerColumns<R>(),
    text('product', 'Produit', 'Product', (r: R) => r.product),
    text('invoiceNumber', 'N° facture', 'Invoice number', (r: R) => r.invoiceNumber),
    date('start', 'Début', 'Start', (r: R) => r.start),
    date('end', 'Fin prévue', 'Scheduled end', (r: R) => r.end),
    date('endsOn', 'Dernier jour', 'Last day served', (r: R) => r.endsOn),
    integer('daysUnused', 'Jours non consommés', 'Unused days', (r: R) => r.daysUnused),
    text('reason', 'Motif', 'Reason', (r: R) => r.reason),
    amount('inclTax', 'Montant TTC abonnement', 'Subscription incl. tax', scale, (r: R) => r.inclTax),
    text('creditNoteNumber', 'N° avoir', 'Credit note', (r: R) => r.creditNoteNumber),
    amount('creditNoteAmount', 'Montant avoir TTC', 'Credit note incl. tax', scale, (r: R) => r.creditNoteAmount),
    text('refundNumber', 'N° remboursement', 'Refund', (r: R) => r.refundNumber),
    amount('refundAmount', 'Montant remboursé', 'Amount refunded', scale, (r: R) => r.refundAmount),
  ];
}

/**
 * CSV export of {@link subscriptionCancellations} (« résiliations »):
 * cancellation date, customer, product, invoice, start, scheduled end, last
 * day served, unused days, reason, subscription amount, credit note and
 * refund with their amounts. File name `resiliations_<from>_<to>.csv`.
 *
 * @example
 * ```ts
 * formats.csvGymCancellations.serialize(subscriptionCancellations(docs, { period })).split('\r\n')[0]
 * //=> 'Date de résiliation;N° client;Client;Produit;N° facture;Début;Fin prévue;Dernier jour;Jours non consommés;Motif;Montant TTC abonnement;N° avoir;Montant avoir TTC;N° remboursement;Montant remboursé'
 * ```
 */
export const csvGymCancellationsFormat: Format<SubscriptionCancellations, GymCsvOptions> = /* @__PURE__ */ gymCsvFormat<SubscriptionCancellations, SubscriptionCancellationRow>({
  id: 'csv-gym-cancellations',
  description: 'Gym: subscription cancellations of a period, with their credit notes and refunds (CSV)',
  base: 'resiliations',
  dated: 'period',
  rows: (r) => r.rows,
  columns: cancellationColumns,
});
