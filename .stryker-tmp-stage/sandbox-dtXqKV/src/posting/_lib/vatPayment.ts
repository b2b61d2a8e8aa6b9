// @ts-nocheck
// The transaction of a `vat-payment` document (internal).
import type { IsoDate } from '../../calendar/index.js';
import type { VatPayment } from '../../schemas/vatPayment.js';
import { buildEntries, EntryList } from './entries.js';
import { partyAccount, pushDraft } from './invoices.js';
import { frPeriod, sourceOf } from './labels.js';
import { fail, type Ctx, type Rec } from './model.js';
import { amountOf } from './settle.js';

/** VAT to pay (TVA à décaisser) and the CA12 instalments (acomptes – régime simplifié d'imposition), PCG. */
const VAT_TO_PAY = '44551';
const VAT_INSTALMENTS = '44581';

/**
 * A VAT payment: Dt 44551 (a return's balance) or 44581 (a CA12 instalment),
 * or the document's account / Ct the treasury account the money leaves by
 * (a clearing method — cheque, card — is paid from the bank), on the
 * method's journal.
 */
export function vatPaymentDrafts(ctx: Ctx, rec: Rec): void {
  const d = rec.doc as VatPayment;
  const before = rec.issues.length;
  const rules = ctx.c.rules;
  const rule = ctx.c.method(d.method);
  if (!rule) fail(rec, 'invalid_method', ['method'], `Unknown payment method "${d.method}": use transfer or direct-debit, or map it in the rules (paymentMethods).`);
  else if (rule.account === 'customer' || rule.account === rules.accounts.vouchers) {
    fail(rec, 'invalid_method', ['method'], `VAT is paid with money leaving the business: method "${d.method}" ${rule.account === 'customer' ? 'moves none' : 'receives payment vouchers'}. Use transfer or direct-debit.`);
  }
  const instalment = d.kind === 'instalment';
  const fallback = ctx.c.pad(instalment ? VAT_INSTALMENTS : VAT_TO_PAY);
  const account = partyAccount(ctx, rec, d.account, fallback, ['account']);
  const amount = amountOf(rec, d.amount, ['amount'], ctx.scale);
  if (rec.issues.length > before || !rule || account === undefined || amount === undefined) return;
  const method = rule.clearing ? { account: rules.accounts.bank, journal: 'bank' as const } : { account: rule.account, journal: rule.journal };
  const list = new EntryList();
  list.add(account, amount);
  list.add(method.account, -amount);
  const entries = buildEntries(list, { scale: ctx.scale, costCenter: d.costCenter, balance: -1 });
  const what = instalment ? 'Acompte de TVA' : 'Paiement de TVA';
  const regime = d.regime ? ` ${d.regime}` : '';
  const period = d.period ? ` ${frPeriod(d.period.from, d.period.to)}` : '';
  const date = d.date as IsoDate;
  pushDraft(ctx, rec, { rec, date, journal: ctx.c.journal(method.journal), type: 'vat-payment', label: `${what}${regime}${period}`, pieceRef: d.number ?? d.id, pieceDate: date, source: sourceOf(d, d.method), entries }, ['date']);
}
