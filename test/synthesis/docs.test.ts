// Runs the example of docs/synthesis.md and checks each `//=>` line against what the line before it logs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/synthesis.md', import.meta.url), 'utf8');

describe('docs/synthesis.md', () => {
  it('runs its example and prints what it says', () => {
    const block = /<!-- example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- example:end -->/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const code = block!.replace(/import \{([^}]*)\} from 'partie-double';/, 'const {$1} = api;');
    const printed: string[] = [];
    const log = (...xs: unknown[]) => printed.push(xs.map(String).join(' '));
    new Function('api', 'console', code)(api, { log });
    const expected = block!
      .split('\n')
      .filter((l) => l.startsWith('//=> '))
      .map((l) => l.slice(5));
    expect(printed).toEqual(expected);
  });
});
