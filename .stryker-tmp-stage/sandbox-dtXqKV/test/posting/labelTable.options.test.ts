// @ts-nocheck
// The options of labelTable (src/posting/labelTable.ts) the main tests leave open: every refusal with its code, path
// and message (at the default path and at a caller's), words merged over the English table, the maps not given kept
// as the language's own, and wordFor on codes that are not own keys.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LABELS, labelTable, wordFor } from '../../src/index.js';
import { firstIssue } from './_helpers.js';

const refusal = (fn: () => unknown) => {
  const i = firstIssue(fn);
  return { code: i.code, path: i.path, message: i.message };
};

describe('labelTable: refusals', () => {
  it('refuses options that are not an object, at the path given', () => {
    const message = 'labels must be an object such as { language: "fr", paymentMethods: { … } }.';
    expect(refusal(() => labelTable(null as never))).toEqual({ code: 'invalid_option', path: ['labels'], message });
    expect(refusal(() => labelTable(42 as never, ['options', 'labels']))).toEqual({ code: 'invalid_option', path: ['options', 'labels'], message });
  });

  it('refuses an unknown language, quoting it', () => {
    expect(refusal(() => labelTable({ language: 'de' as never }))).toEqual({ code: 'invalid_option', path: ['labels', 'language'], message: 'Unknown language "de": use "fr" or "en".' });
    expect(refusal(() => labelTable({ language: 'EN' as never }, ['x']))).toEqual({ code: 'invalid_option', path: ['x', 'language'], message: 'Unknown language "EN": use "fr" or "en".' });
  });

  it('refuses a map of words that is not a plain object (null, an array, a string), naming its path', () => {
    for (const [key, value] of [['paymentMethods', null], ['transactionTypes', []], ['documentKinds', 'facture']] as const) {
      expect(refusal(() => labelTable({ [key]: value } as never))).toEqual({ code: 'invalid_option', path: ['labels', key], message: `labels.${key} must map codes to words, e.g. { transfer: "virement" }.` });
    }
    expect(refusal(() => labelTable({ documentKinds: [] as never }, ['report', 'labels']))).toEqual({ code: 'invalid_option', path: ['report', 'labels', 'documentKinds'], message: 'report.labels.documentKinds must map codes to words, e.g. { transfer: "virement" }.' });
  });

  it('refuses a word that is not a string, naming its code', () => {
    expect(refusal(() => labelTable({ documentKinds: { final: 'Facture', proforma: null as never } }))).toEqual({ code: 'invalid_option', path: ['labels', 'documentKinds', 'proforma'], message: 'The word for "proforma" must be a string.' });
  });
});

describe('labelTable: merging', () => {
  it('merges words over the English table, keeping the maps not given as the language’s own', () => {
    const t = labelTable({ language: 'en', documentKinds: { final: 'sales invoice' } });
    expect(t.language).toBe('en');
    expect(t.documentKinds).toEqual({ ...LABELS.en.documentKinds, final: 'sales invoice' });
    expect(t.paymentMethods).toBe(LABELS.en.paymentMethods);
    expect(t.transactionTypes).toBe(LABELS.en.transactionTypes);
    expect(Object.keys(t)).toEqual(['language', 'paymentMethods', 'transactionTypes', 'documentKinds']);
    expect(Object.isFrozen(t.documentKinds)).toBe(true);
  });

  it('reads only own keys of the words given, and an empty map as no change of word', () => {
    const t = labelTable({ transactionTypes: {} });
    expect(t).not.toBe(LABELS.fr);
    expect(t.transactionTypes).toEqual(LABELS.fr.transactionTypes);
    expect(t.transactionTypes).not.toBe(LABELS.fr.transactionTypes);
    const inherited = Object.create({ sale: 'hérité' }) as Record<string, string>;
    expect(labelTable({ transactionTypes: inherited }).transactionTypes.sale).toBe('vente');
  });
});

describe('wordFor', () => {
  it('gives the word of an own code, and the code itself otherwise (never an inherited property)', () => {
    expect(['card', 'toString', '__proto__', 'constructor', ''].map((c) => wordFor(LABELS.fr.paymentMethods, c))).toEqual(['CB', 'toString', '__proto__', 'constructor', '']);
  });
});

describe('properties', () => {
  it('override law: a merged table gives each overridden code its word and every other code the language’s word', () => {
    const codes = Object.keys(LABELS.fr.paymentMethods);
    fc.assert(
      fc.property(fc.constantFrom<'fr' | 'en'>('fr', 'en'), fc.dictionary(fc.constantFrom(...codes, 'ancv', 'pass'), fc.string({ maxLength: 8 })), (language, words) => {
        const t = labelTable({ language, paymentMethods: words });
        for (const c of [...codes, 'ancv', 'pass']) expect(wordFor(t.paymentMethods, c)).toBe(Object.hasOwn(words, c) ? words[c] : wordFor(LABELS[language].paymentMethods, c));
      }),
    );
  });
});
