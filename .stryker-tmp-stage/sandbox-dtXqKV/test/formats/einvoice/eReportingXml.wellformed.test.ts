// @ts-nocheck
// The e-reporting XML is well-formed XML (xmllint, when installed): escaping and nesting hold for hostile names.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultRules, eReporting, formats } from '../../../src/index.js';

const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;

describe('formats.eReportingXml', () => {
  it.skipIf(!hasXmllint)(`writes well-formed XML${hasXmllint ? '' : ' (skipped: xmllint is not installed, Debian libxml2-utils)'}`, () => {
    const customer = { id: 'C1', name: 'Durand & "fils" <SARL>' };
    const report = eReporting(
      [
        { type: 'invoice', id: 'i1', kind: 'final', status: 'issued', number: 'F-1', date: '2024-06-03', customer, lines: [{ label: 'Cours', quantity: '2', unitPrice: '10.00', vatRate: '20' }] },
        { type: 'payment', id: 'p1', date: '2024-06-04', method: 'cash', amount: '24.00', customer, allocations: [{ invoice: 'i1', amount: '24.00' }] },
      ],
      defaultRules(),
      { period: { from: '2024-06-01', to: '2024-06-30' } },
    );
    const xml = formats.eReportingXml.serialize(report, { id: 'ER 2024/06', issuedAt: '20240701T090000+0200', declarant: { siren: '123456782', name: 'SALLE <&> CO' } });
    const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
