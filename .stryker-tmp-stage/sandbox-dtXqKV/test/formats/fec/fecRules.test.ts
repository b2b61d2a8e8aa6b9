// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { FEC_RULES } from '../../../src/index.js';
import { FEC_SEVERITY } from '../../../src/formats/fec/_lib/fecSeverity.js';

describe('FEC_SEVERITY', () => {
  it('gives every rule of FEC_RULES its severity there, and no other rule', () => {
    expect(Object.keys(FEC_SEVERITY)).toEqual(Object.keys(FEC_RULES));
    expect(FEC_SEVERITY).toEqual(Object.fromEntries(Object.entries(FEC_RULES).map(([code, rule]) => [code, rule.severity])));
  });
});
