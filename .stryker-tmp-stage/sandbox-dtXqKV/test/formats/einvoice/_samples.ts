// @ts-nocheck
// One e-invoice per business × kind × rate, for the validators (test data).
import { campsiteYear } from '../../../examples/_data/campsite.js';
import { gymYear } from '../../../examples/_data/gym.js';
import { homecareYear } from '../../../examples/_data/homecare.js';
import { businessEInvoices } from '../../../examples/_lib/einvoices.js';
import { ACCOUNT_WIDTH } from '../../../examples/_lib/runBusiness.js';
import { defaultRules, eInvoice, formats, type EInvoice, type EInvoiceSeller, type Invoice } from '../../../src/index.js';

const GYM: EInvoiceSeller = {
  name: 'FORME ET SANTE SARL', siren: '404833048', vatNumber: 'FR83404833048', legalForm: 'SARL au capital de 20 000 €',
  address: { lines: ['12 rue des Sports'], postcode: '69007', city: 'Lyon', country: 'FR' }, iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456',
};
const CAMPSITE: EInvoiceSeller = {
  name: 'CAMPING DES PINS SARL', siren: '123456782', siret: '12345678200010', vatNumber: 'FR11123456782',
  address: { lines: ['Route de la plage'], postcode: '40200', city: 'Mimizan', country: 'FR' }, iban: 'FR7630006000011234567890189',
};
const HOME_CARE: EInvoiceSeller = {
  name: 'AIDE A DOMICILE DU VAL SAS', siren: '732829320', vatNumber: 'FR44732829320',
  address: { lines: ['5 place de la Mairie', 'Bâtiment B'], postcode: '37000', city: 'Tours', country: 'FR' }, iban: 'FR7630006000011234567890189',
};
const corporate = { id: 'C9001', name: 'ACME INDUSTRIE SAS', siren: '552100554', siret: '55210055400013', vatNumber: 'FR96552100554', address: { lines: ['3 rue Neuve'], postcode: '69002', city: 'Lyon', country: 'FR' } };
const group = { id: 'C9002', name: 'COMITE D\'ENTREPRISE BETA', siren: '123456782', address: { lines: ['8 avenue Foch'], postcode: '33000', city: 'Bordeaux', country: 'FR' } };
const funder = { id: 'F0001', name: 'CONSEIL DEPARTEMENTAL', siren: '223700014', address: { lines: ['Place de la Préfecture'], postcode: '37000', city: 'Tours', country: 'FR' } };
const belgian = { id: 'C9003', name: 'BELGIAN TRAVEL SRL', vatNumber: 'BE0123456789', email: 'factures@belgiantravel.example', address: { lines: ['Rue Haute 1'], postcode: '1000', city: 'Bruxelles', country: 'BE' } };

const inv = (id: string, kind: string, customer: object, lines: object[], extra: object = {}) => ({
  type: 'invoice', id, kind, status: 'issued', number: `FE-${id}`, date: '2024-06-15', customer, lines, ...extra,
});

/** name → CII XML of every sample. */
export function sampleCii(): Record<string, string> {
  return Object.fromEntries(Object.entries(sampleEInvoices()).map(([name, model]) => [name, formats.cii.serialize(model)]));
}

/** name → e-invoice model of every sample. */
export function sampleEInvoices(): Record<string, EInvoice> {
  const rules = defaultRules();
  const out: Record<string, EInvoice> = {};
  const put = (name: string, invoice: object, seller: EInvoiceSeller, options: object = {}) => {
    out[`${name}.xml`] = eInvoice(invoice, rules, { seller, ...options });
  };
  // Gym: corporate memberships at 20 %, by direct debit; a credit note; a debit note.
  const gymInvoice = inv('gym-1', 'final', corporate, [{ label: 'Abonnements entreprise juin', quantity: '12', unitPrice: '39.90', vatRate: '20', servicePeriod: { from: '2024-06-01', to: '2024-06-30' } }], { pricesIncludeTax: true });
  put('gym-final-20', gymInvoice, GYM, { payment: { means: 'direct-debit', mandate: 'RUM-ACME-01', debtorIban: 'FR1420041010050500013M02606' } });
  put('gym-credit-note-20', inv('gym-2', 'credit-note', corporate, [{ label: 'Avoir 2 abonnements', quantity: '2', unitPrice: '39.90', vatRate: '20' }], { pricesIncludeTax: true, corrects: 'gym-1' }), GYM, { context: [gymInvoice] });
  put('gym-debit-note-20', inv('gym-3', 'debit-note', corporate, [{ label: 'Frais de rejet de prélèvement', quantity: '1', unitPrice: '5.00', vatRate: '20' }], { corrects: 'gym-1' }), GYM, { context: [gymInvoice] });
  // Campsite: a group's deposit (10 %), its final invoice (10 % + 20 % + tourist tax, deposit deducted), an intra-EU-free sale to a Belgian agency.
  const deposit = inv('camp-1', 'deposit', group, [{ label: 'Acompte séjour de groupe', quantity: '1', unitPrice: '500.00', vatRate: '10' }]);
  put('campsite-deposit-10', deposit, CAMPSITE);
  put('campsite-final-10-20-tourist-tax', inv('camp-2', 'final', group, [
    { label: 'Mobil-homes 7 nuits', quantity: '4', unitPrice: '489.00', vatRate: '10', servicePeriod: { from: '2024-07-06', to: '2024-07-12' } },
    { label: 'Location de vélos', quantity: '6', unitPrice: '25.00', vatRate: '20' },
    { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '112', unitPrice: '0.66' },
  ], { pricesIncludeTax: true, deducts: ['camp-1'], date: '2024-07-12' }), CAMPSITE, { context: [deposit], payment: { dueDate: '2024-08-11' } });
  put('campsite-final-10-foreign-buyer', inv('camp-3', 'final', belgian, [{ label: 'Emplacements groupe', quantity: '10', unitPrice: '32.00', vatRate: '10' }]), CAMPSITE);
  // Home care: a funder invoiced at 5.5 %, 10 %, 20 %, and exempt services.
  put('home-care-final-5.5', inv('hc-1', 'final', funder, [{ label: 'Aide à domicile personnes âgées — 42 h', quantity: '42', unitPrice: '24.50', vatRate: '5.5', servicePeriod: { from: '2024-05-01', to: '2024-05-31' } }]), HOME_CARE);
  put('home-care-final-10', inv('hc-2', 'final', funder, [{ label: 'Ménage — 10 h', quantity: '10', unitPrice: '26.00', vatRate: '10' }]), HOME_CARE);
  put('home-care-final-20', inv('hc-3', 'final', funder, [{ label: 'Petits travaux de jardinage', quantity: '3', unitPrice: '35.00', vatRate: '20' }]), HOME_CARE);
  put('home-care-final-exempt', inv('hc-4', 'final', funder, [{ label: 'Accompagnement social', quantity: '8', unitPrice: '30.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Exonération de TVA, article 261-7-1° du CGI', exemptionCode: 'VATEX-EU-132' }]), HOME_CARE);
  put('home-care-final-mixed', inv('hc-5', 'final', funder, [
    { label: 'Aide à domicile', quantity: '20', unitPrice: '24.50', vatRate: '5.5' },
    { label: 'Ménage', quantity: '5', unitPrice: '26.00', vatRate: '10' },
    { label: 'Accompagnement social', quantity: '2', unitPrice: '30.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Exonération de TVA, article 261-7-1° du CGI' },
    { label: 'Remise fidélité', quantity: '1', unitPrice: '-10.00', vatRate: '5.5' },
  ]), HOME_CARE);
  return out;
}

/**
 * The demo businesses' own e-invoices: for each of the three, the first invoice to a business customer of
 * each kind × set of rates (the tourist tax and exemptions as their own "rate"), named `<business>-<number>.xml`.
 */
export function exampleCii(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const year of [gymYear(), campsiteYear(), homecareYear()]) {
    const rules = defaultRules({ accountWidth: ACCOUNT_WIDTH, ...(year.rules ?? {}) });
    const seen = new Set<string>();
    const pick = (inv: Invoice): boolean => {
      const rates = [...new Set(inv.lines.map((l) => (l.kind === 'tourist-tax' ? 'tourist-tax' : l.exemption ?? l.vatRate ?? '')))].sort().join('+');
      const key = `${inv.kind} ${rates}${inv.deducts ? ' deducts' : ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const f of businessEInvoices(year, rules, undefined, pick)) out[`${year.key}-${f.name}`] = f.xml;
  }
  return out;
}
