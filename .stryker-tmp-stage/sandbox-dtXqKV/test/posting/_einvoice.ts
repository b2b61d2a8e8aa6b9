// @ts-nocheck
// Shared e-invoice test data: a seller, business customers, the worked vector (internal to the tests).
import type { EInvoiceSeller } from '../../src/index.js';

export const SELLER: EInvoiceSeller = {
  name: 'CAMPING DES PINS SARL',
  siren: '123456782',
  siret: '12345678200010',
  vatNumber: 'FR11123456782',
  legalForm: 'SARL au capital de 10 000 €',
  address: { lines: ['Route de la plage'], postcode: '40200', city: 'Mimizan', country: 'FR' },
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  creditorId: 'FR72ZZZ123456',
};

export const BUSINESS = { id: 'C0100', name: 'COMITE ENTREPRISE ACME', siren: '732829320', address: { lines: ['3 rue Neuve'], postcode: '69002', city: 'Lyon', country: 'FR' } };

export const DEPOSIT = {
  type: 'invoice', id: 'dep-1', kind: 'deposit', status: 'issued', number: 'FA2024-0100', date: '2024-05-02', customer: BUSINESS,
  lines: [{ label: 'Acompte séjour groupe', quantity: '1', unitPrice: '300.00', vatRate: '10' }],
};

/** Two rates, prices incl. VAT, an exempt line, the tourist tax and a deposit deducted. */
export const FINAL = {
  type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-20', customer: BUSINESS, deducts: ['dep-1'], pricesIncludeTax: true,
  lines: [
    { label: 'Emplacements 10 nuits', quantity: '10', unitPrice: '45.90', vatRate: '10', servicePeriod: { from: '2024-07-10', to: '2024-07-19' } },
    { label: 'Location vélos', quantity: '3', unitPrice: '19.99', vatRate: '20' },
    { label: 'Cours de natation', quantity: '2', unitPrice: '15.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Exonération de TVA, article 261-4-4° du CGI' },
    { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '40', unitPrice: '0.66' },
  ],
};
