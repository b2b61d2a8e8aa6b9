// @ts-nocheck
// Reading a range of a file into a buffer at the same offsets (the parallel FEC parse: each thread its range).
import { readSync } from 'node:fs';

/** Reads bytes `from…to` of an open file into `bytes` at the same offsets: the number of bytes read (fewer at the file's end). */
export function readRange(fd: number, bytes: Uint8Array, from: number, to: number): number {
  let at = from;
  while (at < to) {
    const read = readSync(fd, bytes, at, to - at, at);
    if (read === 0) break;
    at += read;
  }
  return at - from;
}
