// @ts-nocheck
// Gym management reports over a year of 20,000 members (~130,000 documents), and their CSV exports.
import { bench, describe } from 'vitest';
import { createBook, indexDocuments, post } from '../../src/index.js';
import { csvGymPaymentsFormat, csvGymSubscriptionSalesFormat } from '../../src/formats/csv/gym/index.js';
import {
  activeSubscriptions,
  dashboardIndicators,
  directDebitRejections,
  directDebitsByDate,
  expiringSubscriptions,
  incidentsByPaymentMethod,
  invoicesAndCreditNotes,
  membersInIncident,
  newDirectDebitCustomers,
  paymentsAndRefunds,
  sessionsSold,
  subscriptionCancellations,
  subscriptionSales,
  voucherUsages,
} from '../../src/synthesis/gym/index.js';
import { generateGymDocuments } from './_data.js';

const MEMBERS = Number(process.env.BENCH_GYM_MEMBERS ?? 20_000);
const docs = generateGymDocuments({ members: MEMBERS });
const YEAR = { period: { from: '2024-01-01', to: '2024-12-31' } };
const book = createBook(post(docs.filter((d) => d.type !== 'subscription-cancellation')).transactions);
const sales = subscriptionSales(docs, YEAR);
const payments = paymentsAndRefunds(docs, YEAR);

describe(`gym reports, ${MEMBERS} members, ${docs.length} documents`, () => {
  bench('subscriptionSales (checks every document)', () => {
    subscriptionSales(docs, YEAR);
  }, { iterations: 3, warmupIterations: 1 });
  bench('activeSubscriptions', () => {
    activeSubscriptions(docs, { asOf: '2024-06-30' });
  }, { iterations: 3, warmupIterations: 1 });
  bench('paymentsAndRefunds', () => {
    paymentsAndRefunds(docs, YEAR);
  }, { iterations: 3, warmupIterations: 1 });
  bench('directDebitsByDate', () => {
    directDebitsByDate(docs, YEAR);
  }, { iterations: 3, warmupIterations: 1 });
  bench('dashboardIndicators', () => {
    dashboardIndicators(docs, book, YEAR);
  }, { iterations: 3, warmupIterations: 1 });
  bench('membersInIncident (documents + book)', () => {
    membersInIncident(docs, book, { asOf: '2024-12-31' });
  }, { iterations: 3, warmupIterations: 1 });
  bench('CSV: subscription sales', () => {
    csvGymSubscriptionSalesFormat.serialize(sales);
  }, { iterations: 3, warmupIterations: 1 });
  bench('CSV: payments and refunds', () => {
    csvGymPaymentsFormat.serialize(payments);
  }, { iterations: 3, warmupIterations: 1 });
  bench('the 15 period and date reports from one DocumentIndex (indexDocuments included)', () => {
    const index = indexDocuments(docs);
    for (const report of [subscriptionSales, sessionsSold, invoicesAndCreditNotes, paymentsAndRefunds, directDebitsByDate, directDebitRejections, newDirectDebitCustomers, incidentsByPaymentMethod, subscriptionCancellations, voucherUsages]) report(index, YEAR);
    dashboardIndicators(index, book, YEAR);
    activeSubscriptions(index, { asOf: '2024-06-30' });
    expiringSubscriptions(index, { asOf: '2024-06-30', days: 30 });
    membersInIncident(index, book, { asOf: '2024-12-31' });
    subscriptionSales(index, { period: { from: '2024-07-01', to: '2024-07-31' } });
  }, { iterations: 3, warmupIterations: 1 });
});
