// @ts-nocheck
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBook, formats, parseFecBook, trialBalance } from '../../src/index.js';
import { MIN_PART_BYTES, partCount, readFecBook, workersAvailable } from '../../src/cli/parallelFec.js';
import { generateTransactions } from '../bench/_data.js';
import { tempDir } from './_data.js';

describe('parallelFec', () => {
  it('reads a file in one part per core, 8 MB a part at least, or in the parts asked for', () => {
    expect(partCount(1000, undefined)).toBe(1);
    expect(partCount(MIN_PART_BYTES * 2, undefined)).toBe(Math.min(2, availableParallelism()));
    expect(partCount(MIN_PART_BYTES * 1000, undefined)).toBe(availableParallelism());
    expect(partCount(1000, 3)).toBe(3);
    expect(partCount(MIN_PART_BYTES * 1000, 1)).toBe(1);
  });

  it('gives the Book of parseFecBook (from source the worker script is not there: read in this thread)', async () => {
    expect(workersAvailable()).toBe(false);
    const file = join(tempDir(), 'books.txt');
    const text = formats.fec.serialize(createBook(generateTransactions({ count: 50, entriesPerTransaction: 3, seed: 7 })));
    writeFileSync(file, text);
    const book = await readFecBook(file, 3);
    expect(trialBalance(book)).toEqual(trialBalance(parseFecBook(text)));
    expect(formats.fec.serialize(book)).toBe(text);
  });
});
