import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBook, formats, parseFecBook, trialBalance } from '../../src/index.js';
import { READ_CHUNK, readClaimedChunks } from '../../src/cli/fileRange.js';
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

  it('reads a file chunk by chunk, each chunk once, whichever thread claims it (the shared counter)', () => {
    const size = 2 * READ_CHUNK + 1000;
    const content = new Uint8Array(size);
    for (let i = 0; i < size; i++) content[i] = (i * 7 + (i >> 12)) & 0xff;
    const file = join(tempDir(), 'chunks.bin');
    writeFileSync(file, content);
    // one thread alone reads everything; another coming after it finds nothing left
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    const claims = new Int32Array(new SharedArrayBuffer(4));
    expect(readClaimedChunks(file, bytes, claims)).toBe(size);
    expect(readClaimedChunks(file, bytes, claims)).toBe(0);
    // (Buffer.equals: a deep toEqual of 8 MB takes minutes)
    expect(Buffer.from(bytes.buffer).equals(content)).toBe(true);
    // a thread that finds the first chunk claimed reads the others, at their own offsets, and leaves the first alone
    const later = new Uint8Array(new SharedArrayBuffer(size));
    const taken = new Int32Array(new SharedArrayBuffer(4));
    taken[0] = 1;
    expect(readClaimedChunks(file, later, taken)).toBe(size - READ_CHUNK);
    expect(later.subarray(0, READ_CHUNK).every((b) => b === 0)).toBe(true);
    expect(Buffer.from(later.buffer, READ_CHUNK).equals(content.subarray(READ_CHUNK))).toBe(true);
    // a file shorter than the buffer (it shrank): fewer bytes read
    const short = join(tempDir(), 'short.bin');
    writeFileSync(short, content.subarray(0, size - 10));
    expect(readClaimedChunks(short, new Uint8Array(size), new Int32Array(1))).toBe(size - 10);
  });
});
