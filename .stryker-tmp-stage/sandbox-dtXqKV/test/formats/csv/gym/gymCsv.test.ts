// @ts-nocheck
import type { PostableDocument } from '../../../../src/index.js';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../../src/errors/index.js';
import { customerBalances, openItems, post, type AnyFormat } from '../../../../src/index.js';
import {
  csvGymActiveSubscriptionsFormat,
  csvGymCancellationsFormat,
  csvGymCustomerBalancesFormat,
  csvGymDashboardFormat,
  csvGymDirectDebitBatchFormat,
  csvGymDirectDebitsFormat,
  csvGymExpiringSubscriptionsFormat,
  csvGymIncidentsByMethodFormat,
  csvGymInvoicesFormat,
  csvGymMembersInIncidentFormat,
  csvGymNewDirectDebitCustomersFormat,
  csvGymPaymentsFormat,
  csvGymRejectionsFormat,
  csvGymSessionsSoldFormat,
  csvGymSubscriptionSalesFormat,
  csvGymUnpaidFormat,
  csvGymVoucherUsagesFormat,
} from '../../../../src/formats/csv/gym/index.js';
import {
  activeSubscriptions,
  dashboardIndicators,
  directDebitBatchReport,
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
} from '../../../../src/synthesis/gym/index.js';
import { gymDocumentsArbitrary } from '../../../../src/testing/gym.js';
import { gymDocuments } from '../../../synthesis/gym/_fixtures.js';
import { vatOnInvoice } from '../../../_rules.js';

/** The records of a CSV file, read back by an independent parser with strict quoting. */
function read(text: string, separator = ';'): string[][] {
  return parse(text, { delimiter: separator, bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return `${error.issues[0]!.code}@${error.issues[0]!.path.join('.')}`;
    throw error;
  }
  throw new Error('expected an AccountingError');
}

const postable = (docs: ReadonlyArray<unknown>) => docs.filter((d) => (d as { type: string }).type !== 'subscription-cancellation');

/** Every export with the report it lays out, for a list of documents. */
function exportsOf(docs: ReadonlyArray<unknown>, period: { from: string; to: string }, asOf: string, batchId?: string): Array<[AnyFormat, unknown]> {
  const book = post(postable(docs) as Iterable<PostableDocument>, vatOnInvoice).transactions;
  const o = { period };
  const batch = batchId ?? (docs.find((d) => (d as { type: string }).type === 'direct-debit-batch') as { id: string } | undefined)?.id;
  const list: Array<[AnyFormat, unknown]> = [
    [csvGymSubscriptionSalesFormat, subscriptionSales(docs, o)],
    [csvGymSessionsSoldFormat, sessionsSold(docs, o)],
    [csvGymActiveSubscriptionsFormat, activeSubscriptions(docs, { asOf })],
    [csvGymExpiringSubscriptionsFormat, expiringSubscriptions(docs, { asOf, days: 30 })],
    [csvGymCancellationsFormat, subscriptionCancellations(docs, o)],
    [csvGymInvoicesFormat, invoicesAndCreditNotes(docs, o)],
    [csvGymPaymentsFormat, paymentsAndRefunds(docs, o)],
    [csvGymVoucherUsagesFormat, voucherUsages(docs, o)],
    [csvGymDirectDebitsFormat, directDebitsByDate(docs, o)],
    [csvGymRejectionsFormat, directDebitRejections(docs, o)],
    [csvGymNewDirectDebitCustomersFormat, newDirectDebitCustomers(docs, o)],
    [csvGymIncidentsByMethodFormat, incidentsByPaymentMethod(docs, o)],
    [csvGymMembersInIncidentFormat, membersInIncident(docs, book, { asOf })],
    [csvGymCustomerBalancesFormat, customerBalances(book, { asOf })],
    [csvGymUnpaidFormat, openItems(book, { asOf })],
    [csvGymDashboardFormat, dashboardIndicators(docs, book, o)],
  ];
  if (batch !== undefined) list.push([csvGymDirectDebitBatchFormat, directDebitBatchReport(docs, { batch })]);
  return list;
}

const FIXTURE_EXPORTS = exportsOf(gymDocuments, { from: '2024-10-01', to: '2025-04-30' }, '2024-11-30', 'dd-2024-11');

describe('gym CSV exports', () => {
  it('has a distinct csv-gym-… id and a text/csv media type for each of the 17 exports', () => {
    const ids = FIXTURE_EXPORTS.map(([f]) => f.id);
    expect(ids.length).toBe(17);
    expect(new Set(ids).size).toBe(17);
    for (const [f] of FIXTURE_EXPORTS) expect([f.id.startsWith('csv-gym-'), f.mediaType]).toEqual([true, 'text/csv']);
  });

  for (const [format, report] of FIXTURE_EXPORTS) {
    it(`writes ${format.id} (snapshot of a small file)`, async () => {
      await expect(format.serialize(report, { lineEnding: '\n' })).toMatchFileSnapshot(`__snapshots__/${format.id}.csv`);
    });
  }

  it('writes English headers with language "en"', async () => {
    const headers = FIXTURE_EXPORTS.map(([f, r]) => `${f.id}: ${read(f.serialize(r, { language: 'en' }))[0]!.join(' | ')}`).join('\n');
    await expect(`${headers}\n`).toMatchFileSnapshot('__snapshots__/headers-en.txt');
    expect(read(csvGymDashboardFormat.serialize(FIXTURE_EXPORTS.find(([f]) => f === csvGymDashboardFormat)![1] as never, { language: 'en' }))[1]![0]).toBe('Revenue excl. tax before deferred revenue');
  });

  it('reads back with csv-parse: one record per row, as many cells as headers, labels intact', () => {
    for (const [format, report] of FIXTURE_EXPORTS) {
      const records = read(format.serialize(report));
      const rows = (report as { rows?: ReadonlyArray<unknown>; items?: ReadonlyArray<unknown> }).rows ?? (report as { items: ReadonlyArray<unknown> }).items;
      expect(records.length, format.id).toBe(format === csvGymDashboardFormat ? 24 : rows.length + 1);
      for (const r of records) expect(r.length, format.id).toBe(records[0]!.length);
    }
    const sales = read(csvGymSubscriptionSalesFormat.serialize(FIXTURE_EXPORTS[0]![1] as never));
    const durand = sales.find((r) => r[2] === 'C0003')!;
    expect([durand[3], durand[4], durand[5]]).toEqual(['Durand; "SARL" & fils', "'=Abonnement\nannuel", "'=Abonnement\nannuel"]);
  });

  it('neutralises formulas in text cells, never in amounts', () => {
    const text = csvGymPaymentsFormat.serialize(FIXTURE_EXPORTS.find(([f]) => f === csvGymPaymentsFormat)![1] as never);
    const records = read(text);
    const rejection = records.find((r) => r[1] === 'Rejet de prélèvement')!;
    expect(rejection[6]).toBe('-49,90');
  });

  it('honours the CSV options: separator, decimal point, BOM, no header', () => {
    const [format, report] = FIXTURE_EXPORTS[0]!;
    const text = format.serialize(report, { separator: ',', decimal: '.', bom: true, header: false });
    expect(text.startsWith('\uFEFF2024-10-01,FA2024-0002,C0002,MARTIN Léa')).toBe(true);
    expect(read(text, ',')[0]![14]).toBe('49.90');
    expect(format.encode(report, { encoding: 'iso-8859-15' }).length).toBe(format.serialize(report).length);
  });

  it('writes payment methods with the label table (capitalised), in the file language or as the labels option says', () => {
    const report = FIXTURE_EXPORTS.find(([f]) => f === csvGymPaymentsFormat)![1] as never;
    const methods = (text: string): string[] => [...new Set(read(text).slice(1).map((r) => r[3]!))].sort();
    const fr = methods(csvGymPaymentsFormat.serialize(report));
    expect(fr.length).toBeGreaterThan(0);
    expect(fr.filter((m) => /^(card|cash|cheque|transfer|direct-debit|voucher|credit-note)$/.test(m))).toEqual([]);
    expect(methods(csvGymPaymentsFormat.serialize(report, { labels: { paymentMethods: { card: 'carte bancaire', 'direct-debit': 'SEPA' } } }))).toEqual(expect.arrayContaining(['Carte bancaire']));
    expect(codeOf(() => csvGymPaymentsFormat.serialize(report, { labels: { language: 'de' as never } }))).toBe('invalid_option@labels.language');
  });

  it('names files after the report period or date', () => {
    expect(csvGymSubscriptionSalesFormat.fileName({ period: { from: '2024-11-01', to: '2024-11-30' } })).toBe('ventes-abonnements_2024-11-01_2024-11-30.csv');
    expect(csvGymActiveSubscriptionsFormat.fileName({ closingDate: '2024-12-31' })).toBe('abonnements-actifs_2024-12-31.csv');
    expect(csvGymDirectDebitBatchFormat.fileName({})).toBe('lot-prelevements.csv');
    expect(codeOf(() => csvGymRejectionsFormat.fileName({ period: { from: '2024-11-30', to: '2024-11-01' } }))).toBe('invalid_period@period');
  });

  it('refuses a bad option or input with a typed error', () => {
    const [format, report] = FIXTURE_EXPORTS[0]!;
    expect(codeOf(() => format.serialize(report, { language: 'de' as never }))).toBe('invalid_option@language');
    expect(codeOf(() => format.serialize(report, { separator: '|' as never }))).toBe('invalid_option@separator');
    expect(codeOf(() => format.serialize(null as never))).toBe('invalid_input@');
  });

  it('does not mutate the report', () => {
    for (const [format, report] of FIXTURE_EXPORTS) {
      const before = JSON.stringify(report);
      format.serialize(report);
      expect(JSON.stringify(report)).toBe(before);
    }
  });
});

describe('properties', () => {
  it('labels with ";", quotes and newlines never break a row, and formulas are neutralised', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary({ maxMembers: 6, months: 4 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (docs, language) => {
        for (const [format, report] of exportsOf(docs, { from: '2024-01-01', to: '2024-12-31' }, '2024-03-31')) {
          const text = format.serialize(report, { language });
          const records = read(text);
          const rows = (report as { rows?: ReadonlyArray<unknown>; items?: ReadonlyArray<unknown> }).rows ?? (report as { items: ReadonlyArray<unknown> }).items;
          expect(records.length, format.id).toBe(format === csvGymDashboardFormat ? 24 : rows.length + 1);
          for (const record of records) {
            expect(record.length, format.id).toBe(records[0]!.length);
            for (const cell of record) {
              expect(/^[=+@\t\r]/.test(cell), `${format.id}: ${cell}`).toBe(false);
              if (cell.startsWith('-')) expect(cell, format.id).toMatch(/^-\d+(,\d+)?$/);
            }
          }
          // customer names come back exactly (neutralised when they could start a formula)
          const header = records[0]!;
          const nameColumn = header.indexOf(language === 'fr' ? 'Client' : 'Customer');
          const idColumn = header.indexOf(language === 'fr' ? 'N° client' : 'Customer ID');
          if (nameColumn >= 0 && idColumn >= 0) {
            const names = new Map(docs.flatMap((d) => (d.customer ? [[(d.customer as { id: string }).id, (d.customer as { name: string }).name] as const] : [])));
            for (const record of records.slice(1)) {
              const name = names.get(record[idColumn]!);
              if (name !== undefined) expect(record[nameColumn]).toBe(/^[=+\-@]/.test(name) ? `'${name}` : name);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
