// Writes the encoded default chart of src/accounts/pcg.ts (LABELS, THREE, LONGER) from the readable list
// test/accounts/pcg-accounts.tsv (one account a line: number, a tab, label). Edit the list, then run
//   node --import tsx scripts/pcg.ts
// test/accounts/pcg.test.ts checks that PCG_ACCOUNTS decodes to the list, pair for pair.
import { readFileSync, writeFileSync } from 'node:fs';

/** The accented letters of the labels, and the ASCII characters that stand for them in LABELS (as in pcg.ts). */
export const ACCENTED = 'éèàôêÉç';
export const STAND_INS = '#&*;<=>';

/** The three constants of pcg.ts for a list of `[number, label]` pairs sorted by number as strings. */
export function encode(pairs: ReadonlyArray<readonly [string, string]>): { labels: string; three: string; longer: string } {
  const numbers = pairs.map(([n]) => n);
  numbers.forEach((n, i) => {
    if (!/^[1-7]\d{2}\d*$/.test(n)) throw new Error(`${n}: a number of class 1 to 7, three digits or more`);
    if (i > 0 && !(numbers[i - 1]! < n)) throw new Error(`${n}: numbers sorted as strings, each once`);
  });
  const labels = pairs.map(([, label]) => {
    if (label === '' || label !== label.trim() || /[\n`\\]|\$\{/.test(label) || [...STAND_INS].some((c) => label.includes(c))) {
      throw new Error(`${JSON.stringify(label)}: a trimmed label without a line break, backquote, backslash, "\${" or any of ${STAND_INS}`);
    }
    return [...label].map((c) => (ACCENTED.includes(c) ? STAND_INS[ACCENTED.indexOf(c)] : c)).join('');
  });
  const set = new Set(numbers);
  let three = '';
  for (let n = 100; n < 800; n += 5) {
    let bits = 0;
    for (let k = 0; k < 5; k++) bits = bits * 2 + (set.has(String(n + k)) ? 1 : 0);
    three += bits.toString(32);
  }
  return { labels: labels.join('\n'), three, longer: numbers.filter((n) => n.length > 3).join(' ') };
}

export function readList(path: string | URL): Array<[string, string]> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1)];
    });
}

if (process.argv[1]?.endsWith('pcg.ts')) {
  const target = new URL('../src/accounts/pcg.ts', import.meta.url);
  const { labels, three, longer } = encode(readList(new URL('../test/accounts/pcg-accounts.tsv', import.meta.url)));
  let source = readFileSync(target, 'utf8');
  const put = (name: string, quote: string, text: string): void => {
    const re = new RegExp(`^const ${name} = ${quote}[^${quote}]*${quote};$`, 'm');
    if (!re.test(source)) throw new Error(`pcg.ts has no const ${name} = ${quote}…${quote};`);
    source = source.replace(re, () => `const ${name} = ${quote}${text}${quote};`);
  };
  put('LABELS', '`', labels);
  put('THREE', "'", three);
  put('LONGER', "'", longer);
  writeFileSync(target, source);
  console.log(`src/accounts/pcg.ts: ${labels.split('\n').length} labels written`);
}
