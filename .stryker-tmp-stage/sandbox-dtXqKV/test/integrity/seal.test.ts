// @ts-nocheck
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountingError,
  bookTransactions,
  createBook,
  createTransaction,
  formats,
  letter,
  parseFecBook,
  seal,
  sealText,
  verifySeals,
  type Seal,
  type Transaction,
} from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { golden, MONTHS_2024, NOVEMBER, november, OCTOBER, payment, sale, saleInput } from './_fixtures.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (err) {
    if (err instanceof AccountingError) return err.issues[0]!.code;
    throw err;
  }
  return undefined;
};

/** Seals each period in turn, chained. */
const chain = (book: Parameters<typeof seal>[0], periods: ReadonlyArray<{ from: string; to: string }>): Seal[] => {
  const out: Seal[] = [];
  for (const period of periods) out.push(seal(book, { period, previous: out[out.length - 1] ?? null }));
  return out;
};

describe('seal', () => {
  it('records the period, the count, per journal the period and perpetual totals, and chains the hash', () => {
    const book = createBook([sale, payment, november]);
    const october = seal(book, { period: OCTOBER });
    expect(october.transactions).toBe(2);
    expect(october.previousHash).toBeNull();
    expect(october.journals).toEqual([
      { journal: 'BQ', period: { debit: '600.00', credit: '600.00' }, perpetual: { debit: '600.00', credit: '600.00' } },
      { journal: 'VT', period: { debit: '600.00', credit: '600.00' }, perpetual: { debit: '600.00', credit: '600.00' } },
    ]);
    expect(october.digests.map(([id]) => id)).toEqual(['BQ000001', 'VT000001']);
    const nov = seal(book, { period: NOVEMBER, previous: october });
    expect(nov.previousHash).toBe(october.hash);
    expect(nov.transactions).toBe(1);
    expect(nov.journals).toEqual([
      { journal: 'BQ', period: { debit: '0.00', credit: '0.00' }, perpetual: { debit: '600.00', credit: '600.00' } },
      { journal: 'VT', period: { debit: '120.00', credit: '120.00' }, perpetual: { debit: '720.00', credit: '720.00' } },
    ]);
  });

  it('hashes the canonical text with SHA-256 (checked against node:crypto)', () => {
    const book = createBook([sale, payment]);
    const text = sealText(book, { period: OCTOBER });
    expect(seal(book, { period: OCTOBER }).hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('is plain JSON: JSON.parse(JSON.stringify(seal)) is an equal seal, and verifies', () => {
    const book = createBook([sale, payment, november]);
    const seals = chain(book, [OCTOBER, NOVEMBER]);
    const copy = JSON.parse(JSON.stringify(seals)) as Seal[];
    expect(copy).toEqual(seals);
    expect(verifySeals(book, copy)).toEqual({ ok: true, sealed: 2 });
    expect(seal(book, { period: NOVEMBER, previous: copy[0]! })).toEqual(seals[1]);
  });

  it('does not mutate the book and is deterministic', () => {
    const txs = [sale, payment];
    const book = createBook(txs);
    const a = JSON.stringify(seal(book, { period: OCTOBER }));
    expect(JSON.stringify(seal(createBook([payment, sale]), { period: OCTOBER }))).toBe(a);
    expect(JSON.stringify(seal(txs, { period: OCTOBER }))).toBe(a);
    expect(txs).toEqual([sale, payment]);
  });

  it('pins the canonical serialisation and the hash of the golden FEC book (a vector stable across versions)', () => {
    const book = parseFecBook(golden());
    const period = { from: '2024-01-01', to: '2024-12-31' };
    expect(sealText(book, { period })).toMatchInlineSnapshot(`
      "["partie-double/seal",1,"EUR","2024-01-01","2024-12-31",null]
      ["T","AN000001","AN","2024-01-01","AN2024","2024-01-01","2024-01-01"]
      ["E","512000",null,null,"D","100000","Reprise des soldes",null,null]
      ["E","101000",null,null,"C","100000","Reprise des soldes",null,null]
      ["T","BQ000001","BQ","2024-10-15","RG2024-0001","2024-10-15","2024-10-15"]
      ["E","512000",null,null,"D","60000","Reglement CB DUPONT FA2024-0001",null,null]
      ["E","411000","C0001","DUPONT Jean","C","60000","Reglement CB DUPONT FA2024-0001",null,null]
      ["T","VT000001","VT","2024-10-15","FA2024-0001","2024-10-15","2024-10-15"]
      ["E","411000","C0001","DUPONT Jean","D","60000","Abonnement 12 mois DUPONT",null,null]
      ["E","706100",null,null,"C","50000","Abonnement 12 mois DUPONT",null,null]
      ["E","445710",null,null,"C","10000","Abonnement 12 mois DUPONT",null,null]
      ["T","OD000001","OD","2024-12-31","PCA2024","2024-12-31","2024-12-31"]
      ["E","706100",null,null,"D","39315","PCA abonnement FA2024-0001 287/365 j",null,null]
      ["E","487000",null,null,"C","39315","PCA abonnement FA2024-0001 287/365 j",null,null]
      "
    `);
    const s = seal(book, { period });
    expect(s.hash).toMatchInlineSnapshot(`"f8f0b974791aeb184d1089a7ce11a88af9ae0df6c6a85eb184fbcf4529783f7e"`);
    expect(s.digests).toMatchInlineSnapshot(`
      [
        [
          "AN000001",
          "dbeedb4446e2ea91",
        ],
        [
          "BQ000001",
          "7089d8dd72ed4627",
        ],
        [
          "VT000001",
          "24d0b47acc419f91",
        ],
        [
          "OD000001",
          "76233ae9aa2a4ca7",
        ],
      ]
    `);
    expect(s.journals).toMatchInlineSnapshot(`
      [
        {
          "journal": "AN",
          "period": {
            "credit": "1000.00",
            "debit": "1000.00",
          },
          "perpetual": {
            "credit": "1000.00",
            "debit": "1000.00",
          },
        },
        {
          "journal": "BQ",
          "period": {
            "credit": "600.00",
            "debit": "600.00",
          },
          "perpetual": {
            "credit": "600.00",
            "debit": "600.00",
          },
        },
        {
          "journal": "OD",
          "period": {
            "credit": "393.15",
            "debit": "393.15",
          },
          "perpetual": {
            "credit": "393.15",
            "debit": "393.15",
          },
        },
        {
          "journal": "VT",
          "period": {
            "credit": "600.00",
            "debit": "600.00",
          },
          "perpetual": {
            "credit": "600.00",
            "debit": "600.00",
          },
        },
      ]
    `);
  });

  it('a FEC export and re-import verifies against the same seals', () => {
    const book = parseFecBook(golden());
    const seals = chain(book, MONTHS_2024);
    const again = parseFecBook(formats.fec.encode(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }));
    expect(verifySeals(again, seals)).toEqual({ ok: true, sealed: 12 });
    const fromOwn = createBook([sale, payment, november]);
    const ownSeals = chain(fromOwn, [OCTOBER, NOVEMBER]);
    expect(verifySeals(parseFecBook(formats.fec.encode(fromOwn)), ownSeals)).toEqual({ ok: true, sealed: 2 });
  });

  it('lettering after a seal keeps it valid', () => {
    const book = createBook([sale, payment, november]);
    const seals = chain(book, [OCTOBER, NOVEMBER]);
    const lettered = letter(book);
    expect(verifySeals(lettered, seals)).toEqual({ ok: true, sealed: 2 });
  });

  describe('bad input', () => {
    const book = createBook([sale, payment, november]);
    const october = seal(book, { period: OCTOBER });
    it('a period overlapping the sealed one is seal_overlap', () => {
      expect(codeOf(() => seal(book, { period: { from: '2024-10-31', to: '2024-11-30' }, previous: october }))).toBe('seal_overlap');
      expect(codeOf(() => seal(book, { period: OCTOBER, previous: october }))).toBe('seal_overlap');
    });
    it('a period leaving a gap after the previous seal, or before it, is seal_out_of_sequence', () => {
      expect(codeOf(() => seal(book, { period: { from: '2024-11-02', to: '2024-11-30' }, previous: october }))).toBe('seal_out_of_sequence');
      expect(codeOf(() => seal(book, { period: { from: '2024-09-01', to: '2024-09-30' }, previous: october }))).toBe('seal_out_of_sequence');
    });
    it('drafts dated in the period are unvalidated_entries', () => {
      const draft = createTransaction({ ...saleInput, id: 'VT000009', validatedOn: null });
      expect(codeOf(() => seal(createBook([sale, draft]), { period: OCTOBER }))).toBe('unvalidated_entries');
    });
    it('a bad period is invalid_period, a malformed previous seal invalid_input', () => {
      expect(codeOf(() => seal(book, { period: { from: '2024-10-31', to: '2024-10-01' } }))).toBe('invalid_period');
      expect(codeOf(() => seal(book, { period: NOVEMBER, previous: { ...october, hash: 'nope' } }))).toBe('invalid_input');
    });
    it('messages say what to fix', () => {
      expect.assertions(1);
      try {
        seal(book, { period: { from: '2024-11-02', to: '2024-11-30' }, previous: october });
      } catch (err) {
        expect((err as AccountingError).issues[0]!.message).toMatchInlineSnapshot(`"The period starts on 2024-11-02 but the previous seal ends on 2024-10-31: seal 2024-11-01 – 2024-11-01 first (an empty period is fine), so that no day escapes the chain."`);
      }
    });
  });
});

describe('verifySeals', () => {
  const book = createBook([sale, payment, november]);
  const seals = chain(book, [OCTOBER, NOVEMBER]);

  it('reports the period and the transaction that changed, went missing or was added', () => {
    const changed = createTransaction({ ...saleInput, entries: [{ ...saleInput.entries[0]!, debit: '601.00' }, { account: '706100', credit: '501.00' }, saleInput.entries[2]!] });
    expect(verifySeals(createBook([changed, payment, november]), seals)).toMatchObject({ ok: false, index: 0, period: OCTOBER, reason: 'changed', transaction: 'VT000001' });
    expect(verifySeals(createBook([payment, november]), seals)).toMatchObject({ ok: false, index: 0, reason: 'missing', transaction: 'VT000001' });
    const extra = createTransaction({ ...saleInput, id: 'VT000099', date: '2024-11-20', piece: { ref: 'FA2024-0099' } });
    expect(verifySeals(createBook([sale, payment, november, extra]), seals)).toMatchObject({ ok: false, index: 1, period: NOVEMBER, reason: 'added', transaction: 'VT000099' });
  });

  it('a removed, replaced or reordered seal breaks the chain', () => {
    const december = seal(book, { period: { from: '2024-12-01', to: '2024-12-31' }, previous: seals[1]! });
    expect(verifySeals(book, [seals[0]!, december])).toMatchObject({ ok: false, index: 1, reason: 'sequence' });
    const forged = seal(book, { period: NOVEMBER });
    expect(verifySeals(book, [seals[0]!, forged])).toMatchObject({ ok: false, index: 1, reason: 'chain' });
  });

  it('checks the continuation of an older chain from options.previous', () => {
    expect(verifySeals(book, [seals[1]!])).toMatchObject({ ok: false, index: 0, reason: 'chain' });
    expect(verifySeals(book, [seals[1]!], { previous: seals[0]! })).toEqual({ ok: true, sealed: 1 });
  });

  it('does not depend on the key order of the persisted JSON (a database may reorder keys)', () => {
    const reorder = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reorder) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;
    expect(verifySeals(book, reorder(JSON.parse(JSON.stringify(seals))) as Seal[])).toEqual({ ok: true, sealed: 2 });
  });

  it('an altered record (totals, count) is reported as such', () => {
    const tampered = JSON.parse(JSON.stringify(seals)) as Array<{ journals: Array<{ perpetual: { debit: string } }> }>;
    tampered[1]!.journals[1]!.perpetual.debit = '700.00';
    expect(verifySeals(book, tampered as unknown as Seal[])).toMatchObject({ ok: false, index: 1, reason: 'record' });
  });

  it('a malformed seal is invalid_input', () => {
    expect(codeOf(() => verifySeals(book, [{ ...seals[0]!, version: 2 } as unknown as Seal]))).toBe('invalid_input');
  });
});

describe('properties', () => {
  const quarters = [
    { from: '2024-01-01', to: '2024-03-31' },
    { from: '2024-04-01', to: '2024-06-30' },
    { from: '2024-07-01', to: '2024-09-30' },
    { from: '2024-10-01', to: '2024-12-31' },
  ];
  const txsArb = transactionsArbitrary({ minLength: 1, maxLength: 25, opening: false });
  const quarterOf = (date: string): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const rebuild = (tx: Transaction, patch: Record<string, unknown>, entries?: ReadonlyArray<Record<string, unknown>>): Transaction =>
    createTransaction({ ...JSON.parse(JSON.stringify(tx)), ...patch, ...(entries ? { entries } : {}) });

  it('sealing then verifying an untouched book holds, whatever the order the book holds its transactions', () => {
    fc.assert(
      fc.property(txsArb, fc.infiniteStream(fc.nat()), (txs, _) => {
        const seals = chain(createBook(txs), quarters);
        return verifySeals(createBook([...txs].reverse()), seals).ok === true;
      }),
      { numRuns: 60 },
    );
  });

  it('changing an amount, date, account, label or id of a sealed transaction, or removing or adding one, is detected at its period', () => {
    const change = fc.constantFrom('amount', 'date', 'account', 'label', 'id', 'remove', 'add');
    fc.assert(
      fc.property(txsArb, fc.nat(), change, (txs, pick, what) => {
        const seals = chain(createBook(txs), quarters);
        const k = pick % txs.length;
        const tx = txs[k]!;
        const json = JSON.parse(JSON.stringify(tx)) as { entries: Array<Record<string, unknown>>; date: string; label: string };
        let edited: Transaction[];
        let period = quarterOf(tx.date);
        switch (what) {
          case 'amount': {
            // move one minor unit from the first entry to the balancing one, on both sides of the same amount
            const entries = json.entries.map((e) => ({ ...e }));
            const bump = (e: Record<string, unknown>, by: number): void => {
              const side = e.debit !== undefined ? 'debit' : 'credit';
              e[side] = (Number(e[side]) + by).toFixed(2);
            };
            bump(entries[0]!, 1);
            const last = entries[entries.length - 1]!;
            const sameSide = (entries[0]!.debit !== undefined) === (last.debit !== undefined);
            bump(last, sameSide ? -1 : 1);
            if (Number(last.debit ?? last.credit) <= 0) return true;
            edited = txs.map((t, i) => (i === k ? rebuild(tx, {}, entries) : t));
            break;
          }
          case 'date': {
            const d = new Date(`${tx.date}T00:00:00Z`);
            d.setUTCDate(d.getUTCDate() + (d.getUTCDate() > 15 ? -1 : 1));
            const date = d.toISOString().slice(0, 10);
            edited = txs.map((t, i) => (i === k ? rebuild(tx, { date, piece: { ref: tx.piece.ref, date: tx.piece.date }, validatedOn: date > tx.validatedOn! ? date : tx.validatedOn }) : t));
            period = Math.min(period, quarterOf(date));
            break;
          }
          case 'account':
            edited = txs.map((t, i) => (i === k ? rebuild(tx, {}, json.entries.map((e, j) => (j === 0 ? { ...e, account: e.account === '658000' ? '758000' : '658000' } : e))) : t));
            break;
          case 'label':
            edited = txs.map((t, i) => (i === k ? rebuild(tx, { label: `${tx.label}.` }) : t));
            break;
          case 'id':
            edited = txs.map((t, i) => (i === k ? rebuild(tx, { id: `${tx.id}X` }) : t));
            break;
          case 'remove':
            edited = txs.filter((_, i) => i !== k);
            break;
          default:
            edited = [...txs, rebuild(tx, { id: `${tx.id}-COPY` })];
        }
        const r = verifySeals(createBook(edited), seals);
        return !r.ok && r.index === period;
      }),
      { numRuns: 150 },
    );
  });

  it('perpetual totals = the sum of the period totals, journal by journal', () => {
    fc.assert(
      fc.property(txsArb, (txs) => {
        const seals = chain(createBook(txs), MONTHS_2024);
        const last = seals[seals.length - 1]!;
        for (const j of last.journals) {
          let debit = 0n;
          let credit = 0n;
          for (const s of seals) {
            const p = s.journals.find((x) => x.journal === j.journal);
            if (p) {
              debit += BigInt(p.period.debit.replace('.', ''));
              credit += BigInt(p.period.credit.replace('.', ''));
            }
          }
          if (BigInt(j.perpetual.debit.replace('.', '')) !== debit || BigInt(j.perpetual.credit.replace('.', '')) !== credit) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('a chain of twelve monthly seals verifies, and removing one breaks the next', () => {
    fc.assert(
      fc.property(txsArb, fc.integer({ min: 0, max: 10 }), (txs, removed) => {
        const book = createBook(txs);
        const seals = chain(book, MONTHS_2024);
        if (!verifySeals(book, seals).ok) return false;
        const r = verifySeals(book, seals.filter((_, i) => i !== removed));
        return !r.ok && r.index === 0 + (removed === 0 ? 0 : removed) && r.reason === (removed === 0 ? 'chain' : 'sequence');
      }),
      { numRuns: 40 },
    );
  });

  it('a FEC export and re-import of a sealed book verifies', () => {
    const clean = (s: string): string => s.replace(/[|\t\r\n"]/g, '_').trim() || 'x';
    fc.assert(
      fc.property(txsArb, (raw) => {
        const txs = raw.map((t) => {
          const json = JSON.parse(JSON.stringify(t)) as { label: string; entries: Array<{ label?: string }> };
          return createTransaction({ ...json, label: clean(json.label), entries: json.entries.map((e) => (e.label === undefined ? e : { ...e, label: clean(e.label) })) });
        });
        const book = createBook(txs);
        const seals = chain(book, quarters);
        const again = parseFecBook(formats.fec.encode(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }));
        return verifySeals(again, seals).ok && [...bookTransactions(again)].length === txs.length;
      }),
      { numRuns: 40 },
    );
  });
});
