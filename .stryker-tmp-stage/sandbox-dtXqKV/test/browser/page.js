// @ts-nocheck
// Runs in headless Chromium (test/browser/run.ts): the published ESM bundle, imported as a browser
// imports it, posts a month of documents, writes a FEC and validates it. Plain JavaScript: the browser
// loads it as is.
import { Decimal, createBook, formats, post, seal, sealText, trialBalance, validateFec, verifySeals } from '/dist/index.js';

const customer = { id: 'C0001', name: 'DUPONT Jean' };
const documents = [
  {
    type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-01', customer,
    lines: [
      { label: 'Abonnement octobre', account: '706100', quantity: '1', unitPrice: '49.90', vatRate: '20' },
      { label: 'Serviette', account: '707100', quantity: 2, unitPrice: 3, vatRate: '20' },
    ],
  },
  { type: 'payment', id: 'pay-1', date: '2024-10-05', method: 'card', amount: '55.90', customer, allocations: [{ invoice: 'inv-1', amount: '55.90' }] },
];

const report = async () => {
  const { transactions } = post(documents);
  const text = formats.fec.serialize(transactions);
  const bytes = formats.fec.encode(transactions);
  const checked = validateFec(bytes, { fileName: '123456782FEC20241231.txt', fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
  const totals = trialBalance(transactions).totals.movements;
  // A seal hashed by @noble/hashes in the browser equals the browser's own SHA-256 (WebCrypto) of the canonical text.
  const book = createBook(transactions);
  const period = { from: '2024-10-01', to: '2024-10-31' };
  const record = seal(book, { period });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(sealText(book, { period }))));
  const webCrypto = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  let locked = false;
  try {
    Decimal.set({ precision: 3 });
  } catch (error) {
    locked = error instanceof TypeError;
  }
  return {
    userAgent: navigator.userAgent.includes('HeadlessChrome') ? 'HeadlessChrome' : navigator.userAgent,
    transactions: transactions.map((tx) => tx.id),
    fecLines: text.split('\r\n').length,
    fecBytes: bytes instanceof Uint8Array ? bytes.length : -1,
    valid: checked.valid,
    errors: checked.issues.filter((i) => i.severity === 'error').map((i) => i.code),
    debit: totals.debit.toFixed(2),
    credit: totals.credit.toFixed(2),
    locked,
    sealMatchesWebCrypto: record.hash === webCrypto,
    sealVerifies: verifySeals(book, [JSON.parse(JSON.stringify(record))]).ok,
  };
};

const send = (body) => fetch('/result', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
report().then(
  (result) => send({ ok: true, result }),
  (error) => send({ ok: false, error: String(error && error.stack ? error.stack : error) }),
);
