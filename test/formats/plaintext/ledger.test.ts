import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, type Book } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { ledgerFormat } from '../../../src/formats/plaintext/ledger.js';
import { goldenTransactions } from '../../_fixtures.js';
import { byAccount, nonZero, readLedgerBalances, toMinor, trialBalanceByAccount } from './_readers.js';

/** Whether a program runs (`--version`). */
function available(program: string): boolean {
  const result = spawnSync(program, ['--version'], { encoding: 'utf8' });
  return result.status === 0;
}

const HLEDGER = available('hledger');
const LEDGER = available('ledger');
if (!HLEDGER) console.warn('hledger cross-check skipped: the hledger binary is not installed (apt-get install -y hledger; .ci/run does it as root).');
if (!LEDGER) console.warn('ledger cross-check skipped: the ledger binary is not installed (apt-get install -y ledger; .ci/run does it as root).');

const dir = mkdtempSync(join(tmpdir(), 'partie-double-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const write = (text: string): string => {
  const file = join(dir, `book-${++files}.journal`);
  writeFileSync(file, text, 'utf8');
  return file;
};

/** hledger's balance per account at depth 2 (general accounts), from its CSV output. */
function hledgerBalances(file: string, scale: number): Map<string, bigint> {
  const csv = execFileSync('hledger', ['-f', file, 'balance', '--flat', '--depth', '2', '--no-total', '-O', 'csv'], { encoding: 'utf8' });
  const out = new Map<string, bigint>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const m = /^"(.*)","(.*)"$/.exec(line);
    if (!m) throw new Error(`unreadable hledger line ${line}`);
    const amount = m[2]!.replace(/ [A-Z]{3}$/, '');
    out.set(m[1]!.split(':')[1]!.split(' ')[0]!, toMinor(amount === '0' ? '0' : amount, scale));
  }
  return nonZero(out);
}

/**
 * ledger's balance per general account. ledger 3.3 leaves out, with `--flat --depth 2`, a parent
 * account without postings of its own, so this reads the flat list (each balance includes the
 * sub-accounts) and takes an account's own line, or the sum of its sub-accounts when it has none.
 */
function ledgerBalances(file: string, scale: number): Map<string, bigint> {
  const text = execFileSync('ledger', ['-f', file, 'balance', '--flat', '--no-total', '--balance-format', '%(account)\t%(quantity(scrub(display_total)))\n'], { encoding: 'utf8' });
  const own = new Map<string, bigint>();
  const children = new Map<string, bigint>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [account, amount] = line.split('\t') as [string, string];
    const parts = account.split(':');
    const number = parts[1]!.split(' ')[0]!;
    const target = parts.length === 2 ? own : children;
    target.set(number, (target.get(number) ?? 0n) + toMinor(amount, scale));
  }
  for (const [number, value] of children) if (!own.has(number)) own.set(number, value);
  return nonZero(own);
}

const golden = (): Book => createBook(goldenTransactions());

describe('formats.ledger', () => {
  it('snapshots the golden book (TV5)', () => {
    expect(ledgerFormat.serialize(golden())).toMatchInlineSnapshot(`
      "commodity EUR

      account Assets:411000 Clients:C0001 DUPONT Jean
      account Assets:512000 Banque
      account Equity:101000 Capital
      account Income:706100 Abonnements
      account Liabilities:445710 TVA collectee 20%
      account Liabilities:487000 Produits constates d avance

      2024-01-01 * (AN000001) Reprise des soldes
          ; journal: AN
          ; piece: AN2024
          Assets:512000 Banque                            1000.00 EUR
          Equity:101000 Capital                           -1000.00 EUR

      2024-10-15 * (VT000001) Abonnement 12 mois DUPONT
          ; journal: VT
          ; piece: FA2024-0001
          Assets:411000 Clients:C0001 DUPONT Jean         600.00 EUR
          Income:706100 Abonnements                       -500.00 EUR
          Liabilities:445710 TVA collectee 20%            -100.00 EUR

      2024-10-15 * (BQ000001) Reglement CB DUPONT FA2024-0001
          ; journal: BQ
          ; piece: RG2024-0001
          Assets:512000 Banque                            600.00 EUR
          Assets:411000 Clients:C0001 DUPONT Jean         -600.00 EUR

      2024-12-31 * (OD000001) PCA abonnement FA2024-0001 287/365 j
          ; journal: OD
          ; piece: PCA2024
          Income:706100 Abonnements                       393.15 EUR
          Liabilities:487000 Produits constates d avance  -393.15 EUR
      "
    `);
  });

  it('names accounts with a custom namer, cleans names and descriptions, and writes entry labels as comments', () => {
    const tx = createTransaction({
      id: 'VT(2)', journal: 'VT', date: '2024-02-29', piece: { ref: 'R;1' }, label: 'Vente; (promo)\nhiver',
      entries: [
        { account: '411000', auxiliary: { number: 'C:03', name: 'Durand;  "SARL"  & fils' }, debit: '10.50', label: 'part; client' },
        { account: '706100', credit: '10.50' },
      ],
    });
    const text = ledgerFormat.serialize([tx], { declarations: false });
    expect(text).toMatchInlineSnapshot(`
      "2024-02-29 * (VT 2) Vente promo hiver
          ; journal: VT
          ; piece: R 1
          Assets:411000 Clients:C 03 Durand SARL & fils  10.50 EUR  ; part client
          Income:706100 Prestations de services          -10.50 EUR
      "
    `);
    const byNumber = ledgerFormat.serialize([tx], { declarations: false, accountName: (a) => ['Accounts', a.number] });
    expect(byNumber).toContain('    Accounts:411000  10.50 EUR');
  });

  it('keeps brackets out of comments, where ledger and hledger read [DATE] / [=DATE] as a posting date', () => {
    const tx = createTransaction({
      id: 'VT1', journal: 'VT', date: '2024-02-29', piece: { ref: '[=2024]' }, label: 'Vente [1]',
      entries: [
        { account: '411000', debit: '10.50', label: '[0]' },
        { account: '706100', credit: '10.50', label: 'lot [2024-01-01]' },
      ],
    });
    const text = ledgerFormat.serialize([tx], { declarations: false });
    expect(text).toMatchInlineSnapshot(`
      "2024-02-29 * (VT1) Vente [1]
          ; journal: VT
          ; piece: =2024
          Assets:411000 Clients                  10.50 EUR  ; 0
          Income:706100 Prestations de services  -10.50 EUR  ; lot 2024-01-01
      "
    `);
    if (LEDGER) expect(ledgerBalances(write(text), 2)).toEqual(trialBalanceByAccount(createBook([tx])));
    if (HLEDGER) expect(hledgerBalances(write(text), 2)).toEqual(trialBalanceByAccount(createBook([tx])));
  });

  it('refuses bad options: invalid_option', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        if (e instanceof AccountingError) return e.issues[0].code;
      }
      return undefined;
    };
    expect(code(() => ledgerFormat.serialize(golden(), { declarations: 'no' as never }))).toBe('invalid_option');
    expect(code(() => ledgerFormat.serialize(golden(), { accountName: (() => []) as never }))).toBe('invalid_option');
    expect(code(() => ledgerFormat.serialize(golden(), { period: { from: 'x', to: 'y' } }))).toBe('invalid_date');
  });

  it('keeps only a period, streams the same text and leaves its input alone', () => {
    const txs = goldenTransactions();
    const before = JSON.stringify(txs);
    expect([...ledgerFormat.chunks(txs)].join('')).toBe(ledgerFormat.serialize(txs));
    expect(JSON.stringify(txs)).toBe(before);
    expect(ledgerFormat.serialize(txs, { period: { from: '2024-12-01', to: '2024-12-31' }, declarations: false }).split('\n')[0]).toBe('2024-12-31 * (OD000001) PCA abonnement FA2024-0001 287/365 j');
    expect(ledgerFormat.fileName({ business: 'Salle de sport', period: { from: '2024-01-01', to: '2024-12-31' } })).toBe('Salle-de-sport-20240101-20241231.journal');
  });

  it.skipIf(!HLEDGER)('hledger reads the export and its balance equals the trial balance, account by account', () => {
    const book = golden();
    const file = write(ledgerFormat.serialize(book));
    expect(hledgerBalances(file, book.scale)).toEqual(trialBalanceByAccount(book));
    execFileSync('hledger', ['-f', file, 'check', '--strict'], { encoding: 'utf8' });
  });

  it.skipIf(!LEDGER)('ledger reads the export and its balance equals the trial balance, account by account', () => {
    const book = golden();
    const file = write(ledgerFormat.serialize(book));
    expect(ledgerBalances(file, book.scale)).toEqual(trialBalanceByAccount(book));
  });

  it.skipIf(!HLEDGER || !LEDGER)('hledger and ledger agree with the trial balance on generated books', () => {
    fc.assert(
      fc.property(bookArbitrary({ minLength: 1, maxLength: 12 }), (book) => {
        const file = write(ledgerFormat.serialize(book));
        const expected = trialBalanceByAccount(book);
        expect(hledgerBalances(file, book.scale)).toEqual(expected);
        expect(ledgerBalances(file, book.scale)).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});

describe('properties', () => {
  it('the balance per account read back from the export equals the trial balance', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 20 }), (book) => {
        const read = nonZero(byAccount(readLedgerBalances(ledgerFormat.serialize(book), book.scale)));
        expect(read).toEqual(trialBalanceByAccount(book));
      }),
      { numRuns: 100 },
    );
  });

  it('every transaction balances: its postings sum to zero', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 10 }), (book) => {
        const blocks = ledgerFormat.serialize(book, { declarations: false }).split('\n\n').filter((b) => b.trim() !== '');
        return blocks.length === book.size && blocks.every((b) => [...readLedgerBalances(b, book.scale).values()].reduce((s, v) => s + v, 0n) === 0n);
      }),
      { numRuns: 60 },
    );
  });
});
