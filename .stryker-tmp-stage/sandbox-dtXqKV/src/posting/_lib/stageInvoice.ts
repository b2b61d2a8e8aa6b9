// @ts-nocheck
// postBook's common invoice written straight into the staging Book columns (internal).
//
// `invoiceDrafts` builds an invoice's entries as objects (`makeEntry`, a lazy `vat` each), a transaction row,
// a source object, then `ColumnsBuilder.add` reads them back into the columns. For the common invoice of a
// postBook run — in the book currency, no deposit deducted, no credit applied, not correcting another invoice,
// not cancelled, rules without a lock — this writes the same values into the same columns, in the same order,
// with the same interning, without those objects. Anything else (or an amount outside the safe integers, an
// unbalanced or near-empty transaction) returns false before writing anything: the general path then runs and
// gives its result or its error, unchanged.
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { defaultChart, type AuxiliaryAccount } from '../../accounts/index.js';
import type { ColumnsBuilder } from '../../book/_lib/builder.js';
import type { CurrencyCode } from '../../money/index.js';
import type { TransactionSource, TransactionType } from '../../transactions/index.js';
import type { Ctx, InvoiceInfo, Rec } from './model.js';

/** Scratch columns of the transaction being staged (one transaction at a time: no allocation per invoice). */
const accountOf: string[] = stryMutAct_9fa48("0") ? ["Stryker was here"] : (stryCov_9fa48("0"), []);
const signedOf: number[] = stryMutAct_9fa48("1") ? ["Stryker was here"] : (stryCov_9fa48("1"), []);
/** −1: no VAT; else the index of the rate in `rateOf`. */
const vatOf: number[] = stryMutAct_9fa48("2") ? ["Stryker was here"] : (stryCov_9fa48("2"), []);
const rateOf: string[] = stryMutAct_9fa48("3") ? ["Stryker was here"] : (stryCov_9fa48("3"), []);
const baseOf: number[] = stryMutAct_9fa48("4") ? ["Stryker was here"] : (stryCov_9fa48("4"), []);

/** Whether `n` is an amount the Book columns take (as `ColumnsBuilder.add` checks it). */
function amountOk(n: number): boolean {
  if (stryMutAct_9fa48("5")) {
    {}
  } else {
    stryCov_9fa48("5");
    return stryMutAct_9fa48("8") ? Number.isSafeInteger(n) || n > 0 : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), Number.isSafeInteger(n) && (stryMutAct_9fa48("11") ? n <= 0 : stryMutAct_9fa48("10") ? n >= 0 : stryMutAct_9fa48("9") ? true : (stryCov_9fa48("9", "10", "11"), n > 0)));
  }
}

/**
 * Stages the transaction of a simple invoice whose figures are computed (`info`), exactly as
 * `pushDraft(ctx, rec, { …, entries: simpleEntries(ctx, info) })` followed by `ColumnsBuilder.add` would;
 * false (nothing written) when the invoice is not that case.
 */
export function stageInvoice(ctx: Ctx, rec: Rec, info: InvoiceInfo, title: string, type: TransactionType): boolean {
  if (stryMutAct_9fa48("12")) {
    {}
  } else {
    stryCov_9fa48("12");
    // ctx.book: the staging builder of a postBook run (run.ts), built without options (no chart, width or journals
    // to check) and in the rules' currency, as every transaction of the run
    const b = ctx.book;
    if (stryMutAct_9fa48("15") ? b !== undefined : stryMutAct_9fa48("14") ? false : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14", "15"), b === undefined)) return stryMutAct_9fa48("16") ? true : (stryCov_9fa48("16"), false);
    const d = info.doc;
    const rules = ctx.c.rules;
    if (stryMutAct_9fa48("19") ? (info.conv !== undefined || info.deductions.length > 0) && d.kind === 'deposit' : stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18", "19"), (stryMutAct_9fa48("21") ? info.conv !== undefined && info.deductions.length > 0 : stryMutAct_9fa48("20") ? false : (stryCov_9fa48("20", "21"), (stryMutAct_9fa48("23") ? info.conv === undefined : stryMutAct_9fa48("22") ? false : (stryCov_9fa48("22", "23"), info.conv !== undefined)) || (stryMutAct_9fa48("26") ? info.deductions.length <= 0 : stryMutAct_9fa48("25") ? info.deductions.length >= 0 : stryMutAct_9fa48("24") ? false : (stryCov_9fa48("24", "25", "26"), info.deductions.length > 0)))) || (stryMutAct_9fa48("28") ? d.kind !== 'deposit' : stryMutAct_9fa48("27") ? false : (stryCov_9fa48("27", "28"), d.kind === (stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), 'deposit')))))) return stryMutAct_9fa48("30") ? true : (stryCov_9fa48("30"), false);
    // (a cancellation date is given exactly when the status is cancelled: the schema refuses it otherwise; a credit
    // note is applied to an invoice, settle.ts, only when it corrects one)
    if (stryMutAct_9fa48("33") ? d.corrects !== undefined && d.cancelledOn !== undefined : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33"), (stryMutAct_9fa48("35") ? d.corrects === undefined : stryMutAct_9fa48("34") ? false : (stryCov_9fa48("34", "35"), d.corrects !== undefined)) || (stryMutAct_9fa48("37") ? d.cancelledOn === undefined : stryMutAct_9fa48("36") ? false : (stryCov_9fa48("36", "37"), d.cancelledOn !== undefined)))) return stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38"), false);
    if (stryMutAct_9fa48("41") ? rules.lockedUntil !== undefined && rules.closedThrough !== undefined : stryMutAct_9fa48("40") ? false : stryMutAct_9fa48("39") ? true : (stryCov_9fa48("39", "40", "41"), (stryMutAct_9fa48("43") ? rules.lockedUntil === undefined : stryMutAct_9fa48("42") ? false : (stryCov_9fa48("42", "43"), rules.lockedUntil !== undefined)) || (stryMutAct_9fa48("45") ? rules.closedThrough === undefined : stryMutAct_9fa48("44") ? false : (stryCov_9fa48("44", "45"), rules.closedThrough !== undefined)))) return stryMutAct_9fa48("46") ? true : (stryCov_9fa48("46"), false);
    const currency = ctx.c.currency;

    // The entries of simpleEntries, as signed amounts (debit > 0).
    const debit = stryMutAct_9fa48("49") ? d.kind === 'credit-note' : stryMutAct_9fa48("48") ? false : stryMutAct_9fa48("47") ? true : (stryCov_9fa48("47", "48", "49"), d.kind !== (stryMutAct_9fa48("50") ? "" : (stryCov_9fa48("50"), 'credit-note')));
    let n = 0;
    let balance = 0;
    if (stryMutAct_9fa48("53") ? info.due === 0 : stryMutAct_9fa48("52") ? false : stryMutAct_9fa48("51") ? true : (stryCov_9fa48("51", "52", "53"), info.due !== 0)) {
      if (stryMutAct_9fa48("54")) {
        {}
      } else {
        stryCov_9fa48("54");
        const minor = (stryMutAct_9fa48("58") ? info.due >= 0 : stryMutAct_9fa48("57") ? info.due <= 0 : stryMutAct_9fa48("56") ? false : stryMutAct_9fa48("55") ? true : (stryCov_9fa48("55", "56", "57", "58"), info.due < 0)) ? stryMutAct_9fa48("59") ? +info.due : (stryCov_9fa48("59"), -info.due) : info.due;
        if (stryMutAct_9fa48("62") ? false : stryMutAct_9fa48("61") ? true : stryMutAct_9fa48("60") ? amountOk(minor) : (stryCov_9fa48("60", "61", "62"), !amountOk(minor))) return stryMutAct_9fa48("63") ? true : (stryCov_9fa48("63"), false);
        accountOf[n] = info.customerAccount;
        signedOf[n] = (stryMutAct_9fa48("66") ? info.due > 0 !== debit : stryMutAct_9fa48("65") ? false : stryMutAct_9fa48("64") ? true : (stryCov_9fa48("64", "65", "66"), (stryMutAct_9fa48("70") ? info.due <= 0 : stryMutAct_9fa48("69") ? info.due >= 0 : stryMutAct_9fa48("68") ? false : stryMutAct_9fa48("67") ? true : (stryCov_9fa48("67", "68", "69", "70"), info.due > 0)) === debit)) ? minor : stryMutAct_9fa48("71") ? +minor : (stryCov_9fa48("71"), -minor);
        vatOf[n] = stryMutAct_9fa48("72") ? +1 : (stryCov_9fa48("72"), -1);
        stryMutAct_9fa48("73") ? balance -= signedOf[n]! : (stryCov_9fa48("73"), balance += signedOf[n]!);
        stryMutAct_9fa48("74") ? n-- : (stryCov_9fa48("74"), n++);
      }
    }
    const groups = info.figures.groups;
    for (let k = 0; stryMutAct_9fa48("77") ? k >= groups.length : stryMutAct_9fa48("76") ? k <= groups.length : stryMutAct_9fa48("75") ? false : (stryCov_9fa48("75", "76", "77"), k < groups.length); stryMutAct_9fa48("78") ? k-- : (stryCov_9fa48("78"), k++)) {
      if (stryMutAct_9fa48("79")) {
        {}
      } else {
        stryCov_9fa48("79");
        const g = groups[k]!;
        if (stryMutAct_9fa48("82") ? g.base !== 0 : stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82"), g.base === 0)) continue;
        const minor = (stryMutAct_9fa48("86") ? g.base >= 0 : stryMutAct_9fa48("85") ? g.base <= 0 : stryMutAct_9fa48("84") ? false : stryMutAct_9fa48("83") ? true : (stryCov_9fa48("83", "84", "85", "86"), g.base < 0)) ? stryMutAct_9fa48("87") ? +g.base : (stryCov_9fa48("87"), -g.base) : g.base;
        if (stryMutAct_9fa48("90") ? false : stryMutAct_9fa48("89") ? true : stryMutAct_9fa48("88") ? amountOk(minor) : (stryCov_9fa48("88", "89", "90"), !amountOk(minor))) return stryMutAct_9fa48("91") ? true : (stryCov_9fa48("91"), false);
        accountOf[n] = g.account;
        signedOf[n] = (stryMutAct_9fa48("94") ? g.base < 0 !== debit : stryMutAct_9fa48("93") ? false : stryMutAct_9fa48("92") ? true : (stryCov_9fa48("92", "93", "94"), (stryMutAct_9fa48("98") ? g.base >= 0 : stryMutAct_9fa48("97") ? g.base <= 0 : stryMutAct_9fa48("96") ? false : stryMutAct_9fa48("95") ? true : (stryCov_9fa48("95", "96", "97", "98"), g.base < 0)) === debit)) ? minor : stryMutAct_9fa48("99") ? +minor : (stryCov_9fa48("99"), -minor);
        if (stryMutAct_9fa48("102") ? g.rate !== undefined || g.rate.zero : stryMutAct_9fa48("101") ? false : stryMutAct_9fa48("100") ? true : (stryCov_9fa48("100", "101", "102"), (stryMutAct_9fa48("104") ? g.rate === undefined : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104"), g.rate !== undefined)) && g.rate.zero)) {
          if (stryMutAct_9fa48("105")) {
            {}
          } else {
            stryCov_9fa48("105");
            vatOf[n] = n;
            rateOf[n] = stryMutAct_9fa48("106") ? "" : (stryCov_9fa48("106"), '0');
            baseOf[n] = minor;
          }
        } else vatOf[n] = stryMutAct_9fa48("107") ? +1 : (stryCov_9fa48("107"), -1);
        stryMutAct_9fa48("108") ? balance -= signedOf[n]! : (stryCov_9fa48("108"), balance += signedOf[n]!);
        stryMutAct_9fa48("109") ? n-- : (stryCov_9fa48("109"), n++);
      }
    }
    const vatLines = info.vatLines;
    for (let k = 0; stryMutAct_9fa48("112") ? k >= vatLines.length : stryMutAct_9fa48("111") ? k <= vatLines.length : stryMutAct_9fa48("110") ? false : (stryCov_9fa48("110", "111", "112"), k < vatLines.length); stryMutAct_9fa48("113") ? k-- : (stryCov_9fa48("113"), k++)) {
      if (stryMutAct_9fa48("114")) {
        {}
      } else {
        stryCov_9fa48("114");
        const v = vatLines[k]!;
        if (stryMutAct_9fa48("117") ? v.vat !== 0 : stryMutAct_9fa48("116") ? false : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116", "117"), v.vat === 0)) continue;
        const minor = (stryMutAct_9fa48("121") ? v.vat >= 0 : stryMutAct_9fa48("120") ? v.vat <= 0 : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120", "121"), v.vat < 0)) ? stryMutAct_9fa48("122") ? +v.vat : (stryCov_9fa48("122"), -v.vat) : v.vat;
        if (stryMutAct_9fa48("125") ? false : stryMutAct_9fa48("124") ? true : stryMutAct_9fa48("123") ? amountOk(minor) : (stryCov_9fa48("123", "124", "125"), !amountOk(minor))) return stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126"), false);
        const base = (stryMutAct_9fa48("130") ? v.base >= 0 : stryMutAct_9fa48("129") ? v.base <= 0 : stryMutAct_9fa48("128") ? false : stryMutAct_9fa48("127") ? true : (stryCov_9fa48("127", "128", "129", "130"), v.base < 0)) ? stryMutAct_9fa48("131") ? +v.base : (stryCov_9fa48("131"), -v.base) : v.base;
        if (stryMutAct_9fa48("134") ? false : stryMutAct_9fa48("133") ? true : stryMutAct_9fa48("132") ? Number.isSafeInteger(base) : (stryCov_9fa48("132", "133", "134"), !Number.isSafeInteger(base))) return stryMutAct_9fa48("135") ? true : (stryCov_9fa48("135"), false);
        accountOf[n] = v.account;
        signedOf[n] = (stryMutAct_9fa48("138") ? v.vat < 0 !== debit : stryMutAct_9fa48("137") ? false : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), (stryMutAct_9fa48("142") ? v.vat >= 0 : stryMutAct_9fa48("141") ? v.vat <= 0 : stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140", "141", "142"), v.vat < 0)) === debit)) ? minor : stryMutAct_9fa48("143") ? +minor : (stryCov_9fa48("143"), -minor);
        vatOf[n] = n;
        rateOf[n] = v.info.rate;
        baseOf[n] = base;
        stryMutAct_9fa48("144") ? balance -= signedOf[n]! : (stryCov_9fa48("144"), balance += signedOf[n]!);
        stryMutAct_9fa48("145") ? n-- : (stryCov_9fa48("145"), n++);
      }
    }
    // Empty, one-entry or unbalanced: pushDraft's cases (zero total, library bug), left to it.
    if (stryMutAct_9fa48("148") ? n < 2 && balance !== 0 : stryMutAct_9fa48("147") ? false : stryMutAct_9fa48("146") ? true : (stryCov_9fa48("146", "147", "148"), (stryMutAct_9fa48("151") ? n >= 2 : stryMutAct_9fa48("150") ? n <= 2 : stryMutAct_9fa48("149") ? false : (stryCov_9fa48("149", "150", "151"), n < 2)) || (stryMutAct_9fa48("153") ? balance === 0 : stryMutAct_9fa48("152") ? false : (stryCov_9fa48("152", "153"), balance !== 0)))) return stryMutAct_9fa48("154") ? true : (stryCov_9fa48("154"), false);

    // From here on the columns are written, as ColumnsBuilder.add writes them.
    const number = d.number!;
    const date = d.date;
    const customer = d.customer;
    write(b, ctx.c.journal(stryMutAct_9fa48("155") ? "" : (stryCov_9fa48("155"), 'sales')), date, number, stryMutAct_9fa48("156") ? `` : (stryCov_9fa48("156"), `${title} ${number} ${customer.name}`), type, sourceOf(d, info.aux), currency as CurrencyCode, info.aux, d.costCenter, d.id, n, stryMutAct_9fa48("159") ? info.due === 0 : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159"), info.due !== 0));
    ctx.days.push(b.date[stryMutAct_9fa48("160") ? b.size + 1 : (stryCov_9fa48("160"), b.size - 1)]!);
    ctx.orders.push(stryMutAct_9fa48("161") ? rec.index * 8 - Math.min(rec.seq++, 7) : (stryCov_9fa48("161"), (stryMutAct_9fa48("162") ? rec.index / 8 : (stryCov_9fa48("162"), rec.index * 8)) + (stryMutAct_9fa48("163") ? Math.max(rec.seq++, 7) : (stryCov_9fa48("163"), Math.min(stryMutAct_9fa48("164") ? rec.seq-- : (stryCov_9fa48("164"), rec.seq++), 7)))));
    ctx.revs.push(stryMutAct_9fa48("165") ? +1 : (stryCov_9fa48("165"), -1));
    stryMutAct_9fa48("166") ? staged-- : (stryCov_9fa48("166"), staged++);
    return stryMutAct_9fa48("167") ? false : (stryCov_9fa48("167"), true);
  }
}

/** Invoices staged so far in this process (tests check which invoices take this path). */
let staged = 0;

/** How many invoices {@link stageInvoice} has staged in this process (internal, for tests). */
export function stagedCount(): number {
  if (stryMutAct_9fa48("168")) {
    {}
  } else {
    stryCov_9fa48("168");
    return staged;
  }
}

/**
 * The source `ColumnsBuilder.add` keeps for `sourceOf(d)` (labels.ts): the same keys, in the same order, with equal
 * values. The customer's id and name are read from its auxiliary account (`auxOf`: one object per customer, so
 * its strings are already shared between the customer's invoices) instead of the builder's table of shared values.
 */
function sourceOf(d: InvoiceInfo['doc'], aux: AuxiliaryAccount): TransactionSource {
  if (stryMutAct_9fa48("169")) {
    {}
  } else {
    stryCov_9fa48("169");
    const out: Record<string, string> = stryMutAct_9fa48("170") ? {} : (stryCov_9fa48("170"), {
      documentId: d.id
    });
    if (stryMutAct_9fa48("173") ? d.number === undefined : stryMutAct_9fa48("172") ? false : stryMutAct_9fa48("171") ? true : (stryCov_9fa48("171", "172", "173"), d.number !== undefined)) out.documentNumber = d.number;
    out.customerId = aux.number;
    out.customerName = aux.name;
    if (stryMutAct_9fa48("176") ? d.funder === undefined : stryMutAct_9fa48("175") ? false : stryMutAct_9fa48("174") ? true : (stryCov_9fa48("174", "175", "176"), d.funder !== undefined)) out.funder = d.funder;
    if (stryMutAct_9fa48("179") ? d.billingContact === undefined : stryMutAct_9fa48("178") ? false : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178", "179"), d.billingContact !== undefined)) out.billingContact = d.billingContact;
    if (stryMutAct_9fa48("182") ? d.memo === undefined : stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182"), d.memo !== undefined)) out.memo = d.memo;
    return Object.freeze(out) as TransactionSource;
  }
}

/** One transaction of `n` staged entries (the scratch columns) into the builder: `ColumnsBuilder.add` for this row; `customerFirst`: entry 0 is the customer's (auxiliary account, open item). */
function write(b: ColumnsBuilder, journal: string, date: string, pieceRef: string, label: string, type: TransactionType, source: TransactionSource, currency: CurrencyCode, aux: AuxiliaryAccount, costCenter: string | undefined, openItem: string, n: number, customerFirst: boolean): void {
  if (stryMutAct_9fa48("183")) {
    {}
  } else {
    stryCov_9fa48("183");
    const t = b.size;
    if (stryMutAct_9fa48("187") ? t < b.tcap : stryMutAct_9fa48("186") ? t > b.tcap : stryMutAct_9fa48("185") ? false : stryMutAct_9fa48("184") ? true : (stryCov_9fa48("184", "185", "186", "187"), t >= b.tcap)) b.growTransactions(stryMutAct_9fa48("188") ? t - 1 : (stryCov_9fa48("188"), t + 1));
    if (stryMutAct_9fa48("191") ? b.currency !== undefined : stryMutAct_9fa48("190") ? false : stryMutAct_9fa48("189") ? true : (stryCov_9fa48("189", "190", "191"), b.currency === undefined)) b.setCurrency(currency);
    if (stryMutAct_9fa48("195") ? b.entryCount + n <= b.ecap : stryMutAct_9fa48("194") ? b.entryCount + n >= b.ecap : stryMutAct_9fa48("193") ? false : stryMutAct_9fa48("192") ? true : (stryCov_9fa48("192", "193", "194", "195"), (stryMutAct_9fa48("196") ? b.entryCount - n : (stryCov_9fa48("196"), b.entryCount + n)) > b.ecap)) b.growEntries(stryMutAct_9fa48("197") ? b.entryCount - n : (stryCov_9fa48("197"), b.entryCount + n));
    b.id[t] = stryMutAct_9fa48("198") ? "Stryker was here!" : (stryCov_9fa48("198"), '');
    if (stryMutAct_9fa48("201") ? journal === b.lastJournal : stryMutAct_9fa48("200") ? false : stryMutAct_9fa48("199") ? true : (stryCov_9fa48("199", "200", "201"), journal !== b.lastJournal)) {
      if (stryMutAct_9fa48("202")) {
        {}
      } else {
        stryCov_9fa48("202");
        b.lastJournal = journal;
        b.lastJournalId = b.journals.id(journal);
      }
    }
    b.journal[t] = b.lastJournalId;
    const day = b.day(date);
    b.date[t] = day;
    b.pieceRef[t] = pieceRef;
    b.pieceDate[t] = day;
    b.label[t] = label;
    b.validatedOn[t] = day;
    if (stryMutAct_9fa48("205") ? type === b.lastType : stryMutAct_9fa48("204") ? false : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204", "205"), type !== b.lastType)) {
      if (stryMutAct_9fa48("206")) {
        {}
      } else {
        stryCov_9fa48("206");
        b.lastType = type;
        b.lastTypeId = b.types.id(type);
      }
    }
    b.type[t] = b.lastTypeId;
    b.opening[t] = 0;
    b.source[t] = b.sources.length;
    b.sources.push(source);
    b.reverses[t] = stryMutAct_9fa48("207") ? +1 : (stryCov_9fa48("207"), -1);
    let e = b.entryCount;
    b.entryStart[t] = e;
    const strings = b.strings;
    const accounts = b.accounts;
    const accountLabels = b.accountLabels;
    const lastAuxOf = b.lastAuxOf;
    const lastLedgerOf = b.lastLedgerOf;
    const costCenterId = (stryMutAct_9fa48("210") ? costCenter !== undefined : stryMutAct_9fa48("209") ? false : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209", "210"), costCenter === undefined)) ? stryMutAct_9fa48("211") ? +1 : (stryCov_9fa48("211"), -1) : strings.id(costCenter);
    for (let k = 0; stryMutAct_9fa48("214") ? k >= n : stryMutAct_9fa48("213") ? k <= n : stryMutAct_9fa48("212") ? false : (stryCov_9fa48("212", "213", "214"), k < n); stryMutAct_9fa48("215") ? k-- : (stryCov_9fa48("215"), k++), stryMutAct_9fa48("216") ? e-- : (stryCov_9fa48("216"), e++)) {
      if (stryMutAct_9fa48("217")) {
        {}
      } else {
        stryCov_9fa48("217");
        const signed = signedOf[k]!;
        stryMutAct_9fa48("218") ? b.absoluteTotal -= signed < 0 ? -signed : signed : (stryCov_9fa48("218"), b.absoluteTotal += (stryMutAct_9fa48("222") ? signed >= 0 : stryMutAct_9fa48("221") ? signed <= 0 : stryMutAct_9fa48("220") ? false : stryMutAct_9fa48("219") ? true : (stryCov_9fa48("219", "220", "221", "222"), signed < 0)) ? stryMutAct_9fa48("223") ? +signed : (stryCov_9fa48("223"), -signed) : signed);
        b.etx[e] = t;
        b.amount[e] = signed;
        const number = accountOf[k]!;
        const a = accounts.id(number);
        if (stryMutAct_9fa48("226") ? a !== accountLabels.length : stryMutAct_9fa48("225") ? false : stryMutAct_9fa48("224") ? true : (stryCov_9fa48("224", "225", "226"), a === accountLabels.length)) {
          if (stryMutAct_9fa48("227")) {
            {}
          } else {
            stryCov_9fa48("227");
            accountLabels.push(stryMutAct_9fa48("228") ? defaultChart().find(number)?.label && '' : (stryCov_9fa48("228"), (stryMutAct_9fa48("229") ? defaultChart().find(number).label : (stryCov_9fa48("229"), defaultChart().find(number)?.label)) ?? (stryMutAct_9fa48("230") ? "Stryker was here!" : (stryCov_9fa48("230"), ''))));
            b.labelGiven.push(0);
          }
        }
        b.account[e] = a;
        // the customer entry (the first when there is a due amount) carries the auxiliary account and the open item
        let auxId = stryMutAct_9fa48("231") ? +1 : (stryCov_9fa48("231"), -1);
        const first = stryMutAct_9fa48("234") ? k === 0 || customerFirst : stryMutAct_9fa48("233") ? false : stryMutAct_9fa48("232") ? true : (stryCov_9fa48("232", "233", "234"), (stryMutAct_9fa48("236") ? k !== 0 : stryMutAct_9fa48("235") ? true : (stryCov_9fa48("235", "236"), k === 0)) && customerFirst);
        if (stryMutAct_9fa48("238") ? false : stryMutAct_9fa48("237") ? true : (stryCov_9fa48("237", "238"), first)) {
          if (stryMutAct_9fa48("239")) {
            {}
          } else {
            stryCov_9fa48("239");
            if (stryMutAct_9fa48("242") ? aux !== b.lastAux : stryMutAct_9fa48("241") ? false : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241", "242"), aux === b.lastAux)) auxId = b.lastAuxId;else {
              if (stryMutAct_9fa48("243")) {
                {}
              } else {
                stryCov_9fa48("243");
                auxId = b.auxiliaryId(aux);
                b.lastAux = aux;
                b.lastAuxId = auxId;
              }
            }
          }
        }
        let ledger: number;
        if (stryMutAct_9fa48("246") ? lastAuxOf[a] !== auxId : stryMutAct_9fa48("245") ? false : stryMutAct_9fa48("244") ? true : (stryCov_9fa48("244", "245", "246"), lastAuxOf[a] === auxId)) ledger = lastLedgerOf[a]!;else {
          if (stryMutAct_9fa48("247")) {
            {}
          } else {
            stryCov_9fa48("247");
            ledger = b.ledgerOf(a, auxId);
            lastAuxOf[a] = auxId;
            lastLedgerOf[a] = ledger;
          }
        }
        b.ledger[e] = ledger;
        if (stryMutAct_9fa48("251") ? costCenterId < 0 : stryMutAct_9fa48("250") ? costCenterId > 0 : stryMutAct_9fa48("249") ? false : stryMutAct_9fa48("248") ? true : (stryCov_9fa48("248", "249", "250", "251"), costCenterId >= 0)) (stryMutAct_9fa48("252") ? b.costCenter &&= b.column() : (stryCov_9fa48("252"), b.costCenter ??= b.column()))[e] = costCenterId;
        if (stryMutAct_9fa48("254") ? false : stryMutAct_9fa48("253") ? true : (stryCov_9fa48("253", "254"), first)) (stryMutAct_9fa48("255") ? b.openItem &&= b.column() : (stryCov_9fa48("255"), b.openItem ??= b.column()))[e] = strings.id((stryMutAct_9fa48("258") ? openItem !== pieceRef : stryMutAct_9fa48("257") ? false : stryMutAct_9fa48("256") ? true : (stryCov_9fa48("256", "257", "258"), openItem === pieceRef)) ? pieceRef : openItem);
        const v = vatOf[k]!;
        if (stryMutAct_9fa48("262") ? v < 0 : stryMutAct_9fa48("261") ? v > 0 : stryMutAct_9fa48("260") ? false : stryMutAct_9fa48("259") ? true : (stryCov_9fa48("259", "260", "261", "262"), v >= 0)) {
          if (stryMutAct_9fa48("263")) {
            {}
          } else {
            stryCov_9fa48("263");
            (stryMutAct_9fa48("264") ? b.vatRate &&= b.column() : (stryCov_9fa48("264"), b.vatRate ??= b.column()))[e] = strings.id(rateOf[v]!);
            (stryMutAct_9fa48("265") ? b.vatBase &&= new Float64Array(b.ecap) : (stryCov_9fa48("265"), b.vatBase ??= new Float64Array(b.ecap)))[e] = (stryMutAct_9fa48("269") ? signed <= 0 : stryMutAct_9fa48("268") ? signed >= 0 : stryMutAct_9fa48("267") ? false : stryMutAct_9fa48("266") ? true : (stryCov_9fa48("266", "267", "268", "269"), signed > 0)) ? baseOf[v]! : stryMutAct_9fa48("270") ? +baseOf[v]! : (stryCov_9fa48("270"), -baseOf[v]!);
          }
        }
      }
    }
    b.entryCount = e;
    b.size = stryMutAct_9fa48("271") ? t - 1 : (stryCov_9fa48("271"), t + 1);
    b.entryStart[stryMutAct_9fa48("272") ? t - 1 : (stryCov_9fa48("272"), t + 1)] = e;
  }
}