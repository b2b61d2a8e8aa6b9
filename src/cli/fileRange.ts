// Reading a file into a buffer at the same offsets (the parallel FEC parse: every thread reads chunks of it).
import { closeSync, openSync, readSync } from 'node:fs';

/** The size of a chunk that a thread claims at a time in {@link readClaimedChunks}. */
export const READ_CHUNK = 4 << 20;

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

/**
 * Reads the file at `path` into `bytes` (its length: the file's size) at the
 * same offsets, {@link READ_CHUNK} bytes at a time, each chunk claimed from
 * the counter `claims[0]` (shared by the threads reading the same file, so
 * that a thread that starts late reads less, and none waits for another):
 * the number of bytes this thread read.
 */
export function readClaimedChunks(path: string, bytes: Uint8Array, claims: Int32Array): number {
  const chunks = Math.ceil(bytes.length / READ_CHUNK);
  let read = 0;
  const fd = openSync(path, 'r');
  try {
    for (let k = Atomics.add(claims, 0, 1); k < chunks; k = Atomics.add(claims, 0, 1)) {
      const from = k * READ_CHUNK;
      read += readRange(fd, bytes, from, Math.min(bytes.length, from + READ_CHUNK));
    }
  } finally {
    closeSync(fd);
  }
  return read;
}
