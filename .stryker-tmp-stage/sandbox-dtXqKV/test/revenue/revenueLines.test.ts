// @ts-nocheck
// The revenue lines deferred revenue and the recognition schedules read (src/revenue/_lib/revenueLines.ts), called
// directly: which invoices and lines are in scope (cut-off, cancellation, drafts, tourist tax, the sessions method),
// their amounts in the book currency (prices excl. or incl. tax, foreign currencies at the document's own scale, the
// sign of credit notes, the Number.MAX_SAFE_INTEGER bound), their account, and every refusal with its code, path and
// message, all reported at once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toDayNumber } from '../../src/calendar/index.js';
import { defaultRules } from '../../src/posting/index.js';
import { revenueLines, type RevenueLinesOptions } from '../../src/revenue/_lib/revenueLines.js';
import { errorOf, invoice, usage } from './_fixtures.js';

const rules = defaultRules();
const days = (o: Partial<RevenueLinesOptions> = {}): RevenueLinesOptions => ({ method: 'days', rules, ...o });
const year2025 = { servicePeriod: { from: '2025-01-01', to: '2025-12-31' } };
/** code, path and message of every issue of the AccountingError `fn` throws. */
const issuesOf = (fn: () => unknown) => errorOf(fn).issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
/** The fields of a line that do not hold the document itself. */
const brief = (l: ReturnType<typeof revenueLines>[number]) => ({ index: l.index, lineIndex: l.lineIndex, account: l.account, exclTax: l.exclTax, inclTax: l.inclTax, from: l.from, to: l.to, sessions: l.sessions, usage: l.usage });

describe('revenueLines: what is in scope', () => {
  it('reads a line with a service period: amounts in minor units, day numbers of the period, no sessions', () => {
    const doc = invoice('a', '2024-12-01', [{ unitPrice: '438.00', ...year2025 }]);
    const [line, ...others] = revenueLines([doc], days());
    expect(others).toEqual([]);
    expect(line!.invoice).toBe(doc);
    expect(line!.line).toBe(doc.lines[0]);
    // 438.00 incl. 20 % → 365.00 excl. tax.
    expect(brief(line!)).toEqual({ index: 0, lineIndex: 0, account: '706100', exclTax: 36500, inclTax: 43800, from: toDayNumber('2025-01-01'), to: toDayNumber('2025-12-31'), sessions: 0, usage: [] });
  });

  it('keeps the invoices dated on or before the cut-off, and the cancelled ones cancelled after it', () => {
    const on = invoice('on', '2024-12-31', [year2025]);
    const after = invoice('after', '2025-01-01', [year2025]);
    const cancelledOn = invoice('c-on', '2024-12-01', [year2025], { status: 'cancelled', cancelledOn: '2024-12-31' });
    const cancelledAfter = invoice('c-after', '2024-12-01', [year2025], { status: 'cancelled', cancelledOn: '2025-01-01' });
    const cutoff = toDayNumber('2024-12-31');
    expect(revenueLines([on, after, cancelledOn, cancelledAfter], days({ cutoff })).map((l) => l.invoice.id)).toEqual(['on', 'c-after']);
    // Without a cut-off: every issued invoice not cancelled.
    expect(revenueLines([on, after, cancelledOn, cancelledAfter], days()).map((l) => l.invoice.id)).toEqual(['on', 'after']);
  });

  it('leaves out drafts, proformas, deposits and documents of other types, but still checks them', () => {
    const docs = [
      invoice('d', '2024-12-01', [year2025], { status: 'draft' }),
      invoice('p', '2024-12-01', [year2025], { kind: 'proforma' }),
      invoice('dep', '2024-12-01', [year2025], { kind: 'deposit' }),
      { type: 'payment', id: 'pay-1' },
      invoice('f', '2024-12-01', [year2025]),
    ];
    expect(revenueLines(docs, days()).map((l) => [l.invoice.id, l.index])).toEqual([['f', 4]]);
    expect(issuesOf(() => revenueLines([invoice('d', 'soon', [year2025], { status: 'draft' })], days()))).toEqual([
      { code: 'invalid_date', path: [0, 'date'], message: 'Invalid date "soon": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' },
    ]);
  });

  it('leaves out tourist tax lines, even with a service period, and lines without one', () => {
    const doc = invoice('t', '2024-12-01', [{ kind: 'tourist-tax', vatRate: undefined, unitPrice: '2.00', ...year2025 }, { unitPrice: '120.00' }, { unitPrice: '240.00', ...year2025 }]);
    expect(revenueLines([doc], days()).map((l) => [l.lineIndex, l.exclTax])).toEqual([[2, 20000]]);
    // Under the sessions method a tourist tax line is not asked for sessions either.
    const pack = invoice('tp', '2024-12-01', [{ kind: 'tourist-tax', vatRate: undefined, unitPrice: '2.00', ...year2025 }, { unitPrice: '96.00', sessions: 8 }]);
    expect(revenueLines([pack], days({ method: 'sessions' })).map((l) => [l.lineIndex, l.sessions])).toEqual([[1, 8]]);
  });

  it('does not read the amounts of an invoice with no line in scope (a bad unit price there is for post to refuse)', () => {
    const doc = invoice('none', '2024-12-01', [{ unitPrice: '10.001' }]);
    expect(revenueLines([doc], days())).toEqual([]);
    expect(issuesOf(() => revenueLines([invoice('bad', '2024-12-01', [{ unitPrice: '10.001', ...year2025 }])], days()))).toEqual([
      { code: 'too_many_decimals', path: [0, 'lines', 0, 'unitPrice'], message: 'Unit price 10.001 has more decimals than the currency allows (2), or quantity × unit price is too large: round it (the line amount is quantity × unit price).' },
    ]);
  });

  it('reads session lines under the sessions method only, with their usage sorted by day, and no other line', () => {
    const doc = invoice('s', '2024-11-01', [{ id: 'l1', unitPrice: '96.00', sessions: 8 }, { id: 'l2', unitPrice: '50.00' }, { id: 'l3', unitPrice: '120.00', sessions: 4, ...year2025 }]);
    const used = [usage('u1', 's', 'l1', '2024-12-20'), usage('u2', 's', 'l1', '2024-11-05'), usage('u3', 's', 'l1', '2024-12-01')];
    const lines = revenueLines([doc, ...used], days({ method: 'sessions' }));
    expect(lines.map((l) => [l.lineIndex, l.sessions, l.usage])).toEqual([
      [0, 8, ['2024-11-05', '2024-12-01', '2024-12-20'].map(toDayNumber)],
      [2, 4, []],
    ]);
    // Under days, the session line is out of scope (no period) and the period line in.
    expect(revenueLines([doc, ...used], days()).map((l) => l.lineIndex)).toEqual([2]);
    // A session line nobody used yet: no usage.
    expect(revenueLines([doc], days({ method: 'sessions' }))[0]!.usage).toEqual([]);
    // Usage given as an option counts like usage among the documents.
    expect(revenueLines([doc], days({ method: 'sessions', usage: used }))[0]!.usage).toEqual(['2024-11-05', '2024-12-01', '2024-12-20'].map(toDayNumber));
  });

  it('refuses a line with a service period but no sessions under the sessions method', () => {
    const doc = invoice('m', '2024-11-01', [{ unitPrice: '96.00', sessions: 8 }, { unitPrice: '120.00', ...year2025 }]);
    expect(issuesOf(() => revenueLines([doc], days({ method: 'sessions' })))).toEqual([
      {
        code: 'invalid_method',
        path: [0, 'lines', 1, 'sessions'],
        message: 'The "sessions" method needs the number of sessions sold, and line 1 of invoice m has none: give it sessions, or prorate it with "days", "months" or "30/360".',
      },
    ]);
  });
});

describe('revenueLines: amounts and accounts', () => {
  it('reads prices excl. tax when the invoice does not say they include it', () => {
    const doc = invoice('ht', '2024-12-01', [{ unitPrice: '600.00', ...year2025 }], { pricesIncludeTax: undefined });
    expect(revenueLines([doc], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[60000, 72000]]);
  });

  it('negates the amounts of a credit note', () => {
    const doc = invoice('cn', '2024-12-01', [{ unitPrice: '600.00', ...year2025 }], { kind: 'credit-note' });
    expect(revenueLines([doc], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[-50000, -60000]]);
  });

  it('converts a foreign invoice at its own scale to the book currency, and leaves one in the book currency as it is', () => {
    // 1 000 JPY (scale 0) at 0.0061 EUR → 6.10 EUR incl. tax, 5.08 excl. tax (833 JPY at 0.0061 = 5.0813).
    const yen = invoice('jpy', '2024-12-01', [{ unitPrice: '1000', ...year2025 }], { currency: 'JPY', exchangeRate: '0.0061' });
    expect(revenueLines([yen], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[508, 610]]);
    const usd = invoice('usd', '2024-12-01', [{ unitPrice: '120.00', ...year2025 }], { currency: 'USD', exchangeRate: '0.5' });
    expect(revenueLines([usd], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[5000, 6000]]);
    // An invoice in the book currency with an exchange rate: not converted.
    const eur = invoice('eur', '2024-12-01', [{ unitPrice: '120.00', ...year2025 }], { currency: 'EUR', exchangeRate: '2' });
    expect(revenueLines([eur], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[10000, 12000]]);
  });

  it('gives a line without an account the rules’ goods or services account, and pads a line’s own account to the rules’ width', () => {
    const doc = invoice('acc', '2024-12-01', [
      { account: undefined, kind: 'goods', ...year2025 },
      { account: undefined, ...year2025 },
      { account: '7061', ...year2025 },
    ]);
    expect(revenueLines([doc], days()).map((l) => l.account)).toEqual(['707', '706', '7061']);
    expect(revenueLines([doc], days({ rules: defaultRules({ accountWidth: 6 }) })).map((l) => l.account)).toEqual(['707000', '706000', '706100']);
  });

  it('takes a line of exactly Number.MAX_SAFE_INTEGER minor units, either sign, and refuses one unit more after conversion', () => {
    const max = '90071992547409.91';
    const line = { unitPrice: max, vatRate: '0', ...year2025 };
    expect(revenueLines([invoice('max', '2024-12-01', [line])], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]]);
    expect(revenueLines([invoice('min', '2024-12-01', [line], { kind: 'credit-note' })], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[-Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]]);
  });

  it('refuses a line whose converted amount excl. or incl. tax passes Number.MAX_SAFE_INTEGER, either sign, with its path', () => {
    const msg = (k: number, id: string) => `Line ${k} of invoice ${id} is too large: its amount in minor units passes Number.MAX_SAFE_INTEGER.`;
    const usd = { currency: 'USD', exchangeRate: '2' };
    // 50 000 000 000 000.00 USD at 2: 10¹⁶ cents incl. and excl. tax (no VAT).
    const both = { unitPrice: '50000000000000.00', vatRate: '0', ...year2025 };
    // 40 000 000 000 000.00 USD excl. tax at 2: 8·10¹⁵ cents excl., 9.6·10¹⁵ incl. 20 % VAT: only the amount incl. tax is too large.
    const inclOnly = { unitPrice: '40000000000000.00', ...year2025 };
    const docs = [
      invoice('big', '2024-12-01', [{ unitPrice: '1.00', ...year2025 }, both], usd),
      invoice('big-cn', '2024-12-01', [both], { ...usd, kind: 'credit-note' }),
      invoice('incl', '2024-12-01', [inclOnly], { ...usd, pricesIncludeTax: false }),
      invoice('incl-cn', '2024-12-01', [inclOnly], { ...usd, pricesIncludeTax: false, kind: 'credit-note' }),
    ];
    expect(issuesOf(() => revenueLines(docs, days()))).toEqual([
      { code: 'amount_overflow', path: [0, 'lines', 1], message: msg(1, 'big') },
      { code: 'amount_overflow', path: [1, 'lines', 0], message: msg(0, 'big-cn') },
      { code: 'amount_overflow', path: [2, 'lines', 0], message: msg(0, 'incl') },
      { code: 'amount_overflow', path: [3, 'lines', 0], message: msg(0, 'incl-cn') },
    ]);
  });
});

describe('revenueLines: refusals', () => {
  it('refuses documents that are not objects', () => {
    expect(issuesOf(() => revenueLines([42, null, invoice('ok', '2024-12-01', [year2025])], days()))).toEqual([
      { code: 'invalid_input', path: [0], message: 'A document must be an object with a "type".' },
      { code: 'invalid_input', path: [1], message: 'A document must be an object with a "type".' },
    ]);
  });

  it('refuses a duplicated invoice id, naming both documents', () => {
    expect(issuesOf(() => revenueLines([invoice('x', '2024-12-01', [year2025]), { type: 'payment' }, invoice('x', '2024-12-02', [year2025])], days()))).toEqual([
      { code: 'duplicate_document', path: [2, 'id'], message: 'Invoice id x is used twice (documents 0 and 2): ids must be unique.' },
    ]);
  });

  it('checks every field deferred revenue reads on the invoice, all at once', () => {
    const doc = {
      type: 'invoice',
      id: '  ',
      kind: 'refund',
      status: 'void',
      date: '2024-02-30',
      pricesIncludeTax: 'yes',
      currency: 'XXY',
      customer: null,
      lines: [],
    };
    expect(issuesOf(() => revenueLines([doc], days()))).toEqual([
      { code: 'empty_id', path: [0, 'id'], message: 'The invoice id is empty: give every invoice a non-empty id.' },
      { code: 'invalid_input', path: [0, 'kind'], message: 'Unknown invoice kind "refund": use final, deposit, proforma, credit-note or debit-note.' },
      { code: 'invalid_input', path: [0, 'status'], message: 'Unknown invoice status "void": use draft, issued, sent, paid or cancelled.' },
      { code: 'invalid_date', path: [0, 'date'], message: 'Invalid date "2024-02-30": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' },
      { code: 'invalid_input', path: [0, 'pricesIncludeTax'], message: '"pricesIncludeTax" must be true or false.' },
      { code: 'unknown_currency', path: [0, 'currency'], message: 'Unknown currency "XXY": use an ISO 4217 code such as "EUR".' },
      { code: 'invalid_input', path: [0, 'customer'], message: 'The invoice needs its customer { id, name }.' },
      { code: 'invalid_input', path: [0, 'lines'], message: 'An invoice needs at least one line.' },
    ]);
  });

  it('refuses an id that is not a string, a customer without a string id or name, and a missing line list', () => {
    const base = invoice('k', '2024-12-01', [year2025]);
    expect(issuesOf(() => revenueLines([{ ...base, id: 42 }, { ...base, id: 'c1', customer: { id: 1, name: 'A' } }, { ...base, id: 'c2', customer: { id: 'C1' } }, { ...base, id: 'c3', lines: undefined }], days()))).toEqual([
      { code: 'empty_id', path: [0, 'id'], message: 'The invoice id is empty: give every invoice a non-empty id.' },
      { code: 'invalid_input', path: [1, 'customer'], message: 'The invoice needs its customer { id, name }.' },
      { code: 'invalid_input', path: [2, 'customer'], message: 'The invoice needs its customer { id, name }.' },
      { code: 'invalid_input', path: [3, 'lines'], message: 'An invoice needs at least one line.' },
    ]);
  });

  it('refuses a cancelled invoice without a valid cancellation day', () => {
    const none = invoice('c1', '2024-12-01', [year2025], { status: 'cancelled' });
    const bad = invoice('c2', '2024-12-01', [year2025], { status: 'cancelled', cancelledOn: '31/12/2024' });
    expect(issuesOf(() => revenueLines([none, bad], days()))).toEqual([
      { code: 'invalid_input', path: [0, 'cancelledOn'], message: 'A cancelled invoice needs cancelledOn, the day its cancellation is posted.' },
      { code: 'invalid_date', path: [1, 'cancelledOn'], message: 'Invalid date "31/12/2024": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' },
    ]);
  });

  it('asks a foreign invoice for an exchange rate written as a plain decimal string', () => {
    const usd = (id: string, exchangeRate?: string) => invoice(id, '2024-12-01', [{ unitPrice: '1.00', ...year2025 }], { currency: 'USD', exchangeRate });
    const message = (id: string) => `Invoice ${id} is in USD: give its exchangeRate (book currency for one unit) as a decimal string.`;
    expect(issuesOf(() => revenueLines([usd('r0'), usd('r1', '1,5'), usd('r2', 'x1.5'), usd('r3', '1.5x'), usd('r4', '.5'), usd('r5', '1.')], days()))).toEqual(
      ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'].map((id, i) => ({ code: 'missing_exchange_rate', path: [i, 'exchangeRate'], message: message(id) })),
    );
    expect(revenueLines([usd('a', '12'), usd('b', '1.25'), usd('c', '3')], days()).map((l) => l.inclTax)).toEqual([1200, 125, 300]);
  });

  it('checks every field of a line, all at once', () => {
    const ok = { label: 'Abonnement', quantity: '1', unitPrice: '600.00' };
    const doc = { ...invoice('L', '2024-12-01', [year2025]), lines: [
      null,
      { label: 7, id: '  ', quantity: 1, unitPrice: 'ten', vatRate: 20, account: '70', sessions: 0, servicePeriod: null },
      { ...ok, id: 5, vatRate: '19.6%', sessions: 1.5, servicePeriod: { from: '2025-01-01', to: '2025-02-30' } },
      { ...ok, servicePeriod: { from: 'soon', to: '2025-01-01' } },
      { ...ok, servicePeriod: { from: '2025-02-01', to: '2025-01-31' } },
    ] };
    expect(issuesOf(() => revenueLines([doc], days()))).toEqual([
      { code: 'invalid_input', path: [0, 'lines', 0], message: 'An invoice line must be an object.' },
      { code: 'invalid_input', path: [0, 'lines', 1, 'label'], message: 'The line needs its label (a string).' },
      { code: 'empty_id', path: [0, 'lines', 1, 'id'], message: 'A line id must be a non-empty string.' },
      { code: 'invalid_amount', path: [0, 'lines', 1, 'quantity'], message: 'Invalid quantity 1: write a decimal string such as "1".' },
      { code: 'invalid_amount', path: [0, 'lines', 1, 'unitPrice'], message: 'Invalid unit price "ten": write a decimal string such as "600.00".' },
      { code: 'invalid_rate', path: [0, 'lines', 1, 'vatRate'], message: 'Invalid VAT rate 20: write a percentage as a string such as "20" or "5.5".' },
      { code: 'invalid_account', path: [0, 'lines', 1, 'account'], message: 'Invalid account number "70": it must start with three digits (e.g. "706100").' },
      { code: 'invalid_input', path: [0, 'lines', 1, 'sessions'], message: '"sessions" must be a whole number of sessions above zero, received 0.' },
      { code: 'invalid_period', path: [0, 'lines', 1, 'servicePeriod'], message: 'A service period must be an object { from, to } of YYYY-MM-DD dates.' },
      { code: 'empty_id', path: [0, 'lines', 2, 'id'], message: 'A line id must be a non-empty string.' },
      { code: 'invalid_rate', path: [0, 'lines', 2, 'vatRate'], message: 'Invalid VAT rate "19.6%": write a percentage as a string such as "20" or "5.5".' },
      { code: 'invalid_input', path: [0, 'lines', 2, 'sessions'], message: '"sessions" must be a whole number of sessions above zero, received 1.5.' },
      { code: 'invalid_date', path: [0, 'lines', 2, 'servicePeriod', 'to'], message: 'Invalid date "2025-02-30": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' },
      { code: 'invalid_date', path: [0, 'lines', 3, 'servicePeriod', 'from'], message: 'Invalid date "soon": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' },
      {
        code: 'invalid_period',
        path: [0, 'lines', 4, 'servicePeriod'],
        message: 'The service period ends on 2025-01-31, before it starts on 2025-02-01: periods are inclusive { from, to } with to ≥ from (to is the last day served).',
      },
    ]);
  });

  it('refuses session usage that is malformed, duplicated, or refers to no invoice, no line or no sessions', () => {
    const doc = invoice('s', '2024-11-01', [{ id: 'l1', unitPrice: '96.00', sessions: 8 }, { id: 'l2', unitPrice: '50.00' }, { unitPrice: '10.00' }]);
    const anon = invoice('anon', '2024-11-01', [{ unitPrice: '96.00', sessions: 8 }]);
    const docs = [
      doc,
      anon,
      usage('u1', 's', 'l1', '2024-11-05'),
      usage('u1', 's', 'l1', '2024-11-06'),
      usage('u2', 'nope', 'l1', '2024-11-06'),
      usage('u3', 's', 'l9', '2024-11-06'),
      usage('u4', 'anon', 'l1', '2024-11-06'),
      usage('u5', 's', 'l2', '2024-11-06'),
    ];
    expect(issuesOf(() => revenueLines(docs, days({ method: 'sessions' })))).toEqual([
      { code: 'duplicate_document', path: [3, 'id'], message: 'Session usage id u1 is used twice: ids must be unique.' },
      { code: 'unknown_document', path: [4, 'invoice'], message: 'Session usage u2 refers to invoice nope, which is not among the documents: add the invoice.' },
      { code: 'invalid_usage', path: [5, 'line'], message: 'Session usage u3 refers to line l9, which invoice s does not have (its line ids: l1, l2).' },
      { code: 'invalid_usage', path: [6, 'line'], message: 'Session usage u4 refers to line l1, which invoice anon does not have (its line ids: none).' },
      { code: 'invalid_usage', path: [7, 'line'], message: 'Session usage u5 uses line l2 of invoice s, which sold no sessions: give the line its number of sessions, or fix the line id.' },
    ]);
  });

  it('reports a malformed session usage at its own path, among the documents or in the usage option', () => {
    const doc = invoice('s', '2024-11-01', [{ id: 'l1', unitPrice: '96.00', sessions: 8 }]);
    const bad = { type: 'session-usage', id: 'u1', invoice: 's', line: 'l1', date: '2024-13-01' };
    const inDocs = errorOf(() => revenueLines([doc, bad], days({ method: 'sessions' }))).issues;
    const inOption = errorOf(() => revenueLines([doc], days({ method: 'sessions', usage: [usage('u0', 's', 'l1', '2024-11-05'), bad] }))).issues;
    expect(inDocs.map((i) => [i.code, i.path])).toEqual([['invalid_date', [1, 'date']]]);
    expect(inOption.map((i) => [i.code, i.path])).toEqual([['invalid_date', ['usage', 1, 'date']]]);
    // The message says what to write, and is the same in both places.
    expect(inDocs[0]!.message).toBe(inOption[0]!.message);
    expect(inDocs[0]!.message).toContain('YYYY-MM-DD');
    expect(inDocs[0]!.message).toContain('"2024-13-01"');
  });
});

describe('revenueLines: scales and scope (second pass)', () => {
  it('does not read the amounts of a session line under a prorating method (out of scope)', () => {
    const pack = invoice('pack', '2024-11-01', [{ unitPrice: '9.999', sessions: 8 }]);
    expect(revenueLines([pack], days())).toEqual([]);
  });

  it('reads the unit price at the decimals of the invoice currency, not the book’s', () => {
    const yen = invoice('jpy', '2024-12-01', [{ unitPrice: '1000.5', ...year2025 }], { currency: 'JPY', exchangeRate: '0.0061' });
    expect(issuesOf(() => revenueLines([yen], days()))).toEqual([
      { code: 'too_many_decimals', path: [0, 'lines', 0, 'unitPrice'], message: 'Unit price 1000.5 has more decimals than the currency allows (0), or quantity × unit price is too large: round it (the line amount is quantity × unit price).' },
    ]);
    // 1.234 BHD (3 decimals) at 2.5 EUR → 3.085 → 3.09 EUR incl. tax (half away from zero).
    const dinar = invoice('bhd', '2024-12-01', [{ unitPrice: '1.234', vatRate: '0', ...year2025 }], { currency: 'BHD', exchangeRate: '2.5' });
    expect(revenueLines([dinar], days()).map((l) => [l.exclTax, l.inclTax])).toEqual([[309, 309]]);
  });

  it('tells a session usage missing a field which one, among the documents or in the usage option', () => {
    const bad = { type: 'session-usage', id: 'u1', line: 'l1', date: '2024-11-05' };
    const message = 'Missing field "invoice": it is required and holds a non-empty identifier (a string).';
    expect(issuesOf(() => revenueLines([bad], days({ method: 'sessions' })))).toEqual([{ code: 'invalid_input', path: [0, 'invoice'], message }]);
    expect(issuesOf(() => revenueLines([], days({ method: 'sessions', usage: [bad] })))).toEqual([{ code: 'invalid_input', path: ['usage', 0, 'invoice'], message }]);
  });
});

describe('properties', () => {
  it('credit-note law: a credit note gives the lines of the same invoice with every amount negated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('0', '5.5', '10', '20'), fc.boolean(), (cents, vatRate, incl) => {
        const unitPrice = (cents / 100).toFixed(2);
        const lines = [{ unitPrice, vatRate, ...year2025 }];
        const sale = revenueLines([invoice('s', '2024-12-01', lines, { pricesIncludeTax: incl })], days())[0]!;
        const credit = revenueLines([invoice('s', '2024-12-01', lines, { pricesIncludeTax: incl, kind: 'credit-note' })], days())[0]!;
        expect([credit.exclTax, credit.inclTax]).toEqual([-sale.exclTax, -sale.inclTax]);
        expect(sale.inclTax).toBeGreaterThanOrEqual(sale.exclTax);
      }),
    );
  });
});
