// @ts-nocheck
// `npm run check:einvoice`: every example invoice to a business customer, as a CII e-invoice, through the
// official EN 16931 artefacts (CII D16B XSD with xmllint, EN 16931 Schematron with Saxon-HE), and the French
// BR-FR Schematron when BR_FR_XSLT names it (test/formats/einvoice/_validate.ts). Exit code 1 on
// any finding; 2 when the validators are not available here (the reason is printed).
import { campsiteYear } from '../examples/_data/campsite.js';
import { gymYear } from '../examples/_data/gym.js';
import { homecareYear } from '../examples/_data/homecare.js';
import { businessEInvoices } from '../examples/_lib/einvoices.js';
import { ACCOUNT_WIDTH } from '../examples/_lib/runBusiness.js';
import { defaultRules } from '../src/index.js';
import { BR_FR, validateCii, validatorsMissing } from '../test/formats/einvoice/_validate.js';

const missing = validatorsMissing();
if (missing !== undefined) {
  console.error(`check:einvoice cannot run: ${missing}`);
  process.exit(2);
}
const rules = BR_FR.length > 0 ? 'the XSD, the EN 16931 Schematron and the BR-FR Schematron' : 'the XSD and the EN 16931 Schematron (set BR_FR_XSLT for the French BR-FR rules)';
let failed = 0;
let total = 0;
for (const year of [gymYear(), campsiteYear(), homecareYear()]) {
  const rules = defaultRules({ accountWidth: ACCOUNT_WIDTH, ...(year.rules ?? {}) });
  const files = businessEInvoices(year, rules);
  if (files.length === 0) {
    console.log(`${year.key}: no invoice to a business customer`);
    continue;
  }
  const findings = validateCii(Object.fromEntries(files.map((f) => [f.name, f.xml])));
  const bad = findings.filter((f) => f.xsd.length > 0 || f.asserts.length > 0);
  total += files.length;
  failed += bad.length;
  console.log(`${year.key}: ${files.length} e-invoices, ${files.length - bad.length} pass ${rules}`);
  for (const f of bad) {
    for (const x of f.xsd) console.log(`  ${f.file}: XSD ${x}`);
    for (const a of f.asserts) console.log(`  ${f.file}: ${a.flag} ${a.id} ${a.text}`);
  }
}
console.log(`${total} e-invoices checked, ${failed} with findings`);
process.exit(failed > 0 ? 1 : 0);
