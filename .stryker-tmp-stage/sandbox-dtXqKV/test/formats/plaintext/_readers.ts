// @ts-nocheck
// Small readers of the plaintext exports, for the tests: the balance of every account, in minor units.
import { trialBalance, type Book } from '../../../src/index.js';

/** Minor units of a decimal string with at most `scale` decimals ("-12.5" → -1250 at scale 2). */
export function toMinor(text: string, scale: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not a decimal: ${JSON.stringify(text)}`);
  const frac = (m[3] ?? '').padEnd(scale, '0');
  if (frac.length > scale) throw new Error(`too many decimals: ${text}`);
  const value = BigInt(m[2]! + frac);
  return m[1] === '-' ? -value : value;
}

function add(map: Map<string, bigint>, key: string, value: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + value);
}

/** Balance per account name of a ledger / hledger journal (postings are `    name  amount COMMODITY`). */
export function readLedgerBalances(text: string, scale: number): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('    ') || line.trimStart().startsWith(';')) continue;
    const m = /^ {4}(\S(?:.*?\S)?) {2,}(-?\d+(?:\.\d+)?) ([A-Z]{3})(?: {2}; .*)?$/.exec(line);
    if (!m) throw new Error(`unreadable posting: ${JSON.stringify(line)}`);
    add(out, m[1]!, toMinor(m[2]!, scale));
  }
  return out;
}

/** Balance per account name of a beancount file, and the accounts it opens. */
export function readBeancount(text: string, scale: number): { balances: Map<string, bigint>; opens: Map<string, string>; firstUse: Map<string, string> } {
  const balances = new Map<string, bigint>();
  const opens = new Map<string, string>();
  const firstUse = new Map<string, string>();
  let date = '';
  for (const line of text.split('\n')) {
    const open = /^(\d{4}-\d{2}-\d{2}) open (\S+) [A-Z]{3}$/.exec(line);
    if (open) {
      if (opens.has(open[2]!)) throw new Error(`opened twice: ${open[2]}`);
      opens.set(open[2]!, open[1]!);
      continue;
    }
    const txn = /^(\d{4}-\d{2}-\d{2}) \* "/.exec(line);
    if (txn) {
      date = txn[1]!;
      continue;
    }
    const posting = /^ {2}((?:Assets|Liabilities|Equity|Income|Expenses)(?::[A-Z0-9][A-Za-z0-9-]*)+) +(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(line);
    if (posting) {
      add(balances, posting[1]!, toMinor(posting[2]!, scale));
      if (!firstUse.has(posting[1]!)) firstUse.set(posting[1]!, date);
      continue;
    }
    if (line.startsWith('  ') && !/^ {2,4}[a-z][a-zA-Z0-9_-]*: "/.test(line)) throw new Error(`unreadable line: ${JSON.stringify(line)}`);
  }
  return { balances, opens, firstUse };
}

/** The account number an exported name starts its second component with (`Assets:411000 Clients:…` → `411000`). */
export function accountOf(name: string): string {
  return name.split(':')[1]!.split(/[ -]/)[0]!;
}

/** Balances summed per account number. */
export function byAccount(balances: ReadonlyMap<string, bigint>): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const [name, value] of balances) add(out, accountOf(name), value);
  return out;
}

/** The trial balance's closing balance (debit − credit) per account, zero balances left out. */
export function trialBalanceByAccount(book: Book): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const row of trialBalance(book).rows) {
    const net = toMinor(row.closing.debit.minus(row.closing.credit).toFixed(book.scale), book.scale);
    if (net !== 0n) out.set(row.account, net);
  }
  return out;
}

/** Leaves zero balances out. */
export function nonZero(map: ReadonlyMap<string, bigint>): Map<string, bigint> {
  return new Map([...map].filter(([, v]) => v !== 0n));
}
