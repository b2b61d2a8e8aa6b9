// @ts-nocheck
// Budget entry "fec" (issue #13 §2): documents posted, a Book, its FEC written (text and bytes) and
// validated. It imports the FEC format alone (`fec`), not the `formats` registry.
import { createBook, fec, post, validateFec } from 'partie-double';

const customer = { id: 'C0001', name: 'DUPONT Jean' };
const { transactions } = post([
  {
    type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-01', customer,
    lines: [{ label: 'Abonnement octobre', account: '706100', quantity: '1', unitPrice: '49.90', vatRate: '20' }],
  },
  { type: 'payment', id: 'pay-1', date: '2024-10-05', method: 'card', amount: '59.88', customer, allocations: [{ invoice: 'inv-1', amount: '59.88' }] },
]);
const book = createBook(transactions);
const fiscalYear = { from: '2024-01-01', to: '2024-12-31' };
const text = fec.serialize(book, { fiscalYear });
const bytes = fec.encode(book, { fiscalYear });
const checked = validateFec(bytes, { fileName: fec.fileName({ siren: '123456782', period: fiscalYear }), fiscalYear });
console.log(JSON.stringify({ lines: text.split('\r\n').length, bytes: bytes.length, valid: checked.valid }));
