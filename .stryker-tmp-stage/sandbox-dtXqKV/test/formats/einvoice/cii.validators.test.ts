// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { exampleCii, sampleCii } from './_samples.js';
import { BR_FR, validateCii, validatorsMissing } from './_validate.js';

const missing = validatorsMissing();

describe('cii against the official EN 16931 artefacts', () => {
  it.skipIf(missing !== undefined)(
    `one e-invoice per business × kind × rate (hand-made, and from each demo business) passes the CII D16B XSD and the EN 16931 Schematron${BR_FR.length > 0 ? ' and the French BR-FR Schematron (BR_FR_XSLT)' : ' (the BR-FR Schematron too when BR_FR_XSLT names it)'}, which do reject a broken one${missing ? ` (skipped: ${missing})` : ''}`,
    () => {
      const examples = exampleCii();
      // The three demo businesses each have e-invoices: the gym's corporate memberships, the campsite's group bookings (deposit and final invoices), the home-care funders.
      for (const business of ['gym', 'campsite', 'homecare']) expect(Object.keys(examples).some((n) => n.startsWith(`${business}-`)), business).toBe(true);
      const samples = { ...sampleCii(), ...examples };
      const [first, xml] = Object.entries(samples)[0]!;
      // A control file in the same run: the grand total broken (BR-CO-15 must fire) and no billing framework (BR-FR-08, when the BR-FR rules run).
      const broken = `broken-${first}`;
      const brokenXml = xml
        .replace(/<ram:GrandTotalAmount>[^<]*<\/ram:GrandTotalAmount>/, '<ram:GrandTotalAmount>1.00</ram:GrandTotalAmount>')
        .replace(/<ram:BusinessProcessSpecifiedDocumentContextParameter>[\s\S]*?<\/ram:BusinessProcessSpecifiedDocumentContextParameter>\s*/, '');
      const findings = validateCii({ ...samples, [broken]: brokenXml });
      expect(findings.length).toBe(Object.keys(samples).length + 1);
      for (const f of findings) {
        if (f.file === broken) {
          expect(f.asserts.map((a) => a.id)).toContain('BR-CO-15');
          if (BR_FR.length > 0) expect(f.asserts.map((a) => a.id)).toContain('BR-FR-08_BT-23');
          continue;
        }
        expect(f.xsd, `${f.file}: XSD`).toEqual([]);
        expect(f.asserts, `${f.file}: Schematron`).toEqual([]);
      }
    },
    180_000,
  );
});
