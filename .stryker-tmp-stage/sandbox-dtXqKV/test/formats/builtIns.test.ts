// @ts-nocheck
// Each built-in format is a named export of its own (issue #13 §2: importing `fec` must not bundle
// every format), named as its `formats` property and the very object the registry holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { formatKey, formats } from '../../src/index.js';

const exported = api as unknown as Record<string, unknown>;

describe('built-in formats as named exports', () => {
  it('exports every registry format under its property name, the same object', () => {
    expect(formats.list()).toHaveLength(47);
    for (const f of formats.list()) {
      const name = formatKey(f.id);
      expect(exported[name], name).toBe(f);
      expect(exported[name], name).toBe((formats as unknown as Record<string, unknown>)[name]);
    }
    expect(api.fec).toBe(formats.get('fec'));
    expect(api.pain008).toBe(formats.get('pain.008'));
    expect(api.csvTrialBalance).toBe(formats.get('csv-trial-balance'));
  });

  it('exports no other format-like value under a registry-style name', () => {
    const names = new Set(formats.list().map((f) => formatKey(f.id)));
    const formatLike = Object.entries(exported).filter(
      ([key, value]) => typeof value === 'object' && value !== null && 'chunks' in value && 'fileName' in value && !key.endsWith('Format'),
    );
    expect(formatLike.map(([key]) => key).sort()).toEqual([...names].sort());
  });

  it('keeps the file names its TSDoc examples show', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../src/formats/builtIns.ts', import.meta.url)), 'utf8');
    const lines = [...doc.matchAll(/^ \* (\w+)\.fileName\((.*)\) \/\/=> '([^']*)'$/gm)];
    expect(lines).toHaveLength(47);
    for (const [, name, context, expected] of lines) {
      const format = exported[name!] as (typeof formats)['fec'];
      expect(format.fileName(new Function(`return (${context!});`)() as Parameters<typeof format.fileName>[0]), name).toBe(expected);
    }
  });
});
