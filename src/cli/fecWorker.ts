// A worker thread of the parallel FEC parse (src/cli/parallelFec.ts): it scans one part of the file's bytes,
// shared with the main thread, and sends the part's columns back, their buffers transferred (not copied).
import { parentPort } from 'node:worker_threads';
import { scanFec, type FecPartColumns, type ScanPart } from '../formats/fec/_lib/scanFec.js';

/** What the main thread sends: the file's bytes (a SharedArrayBuffer), the part, the scan's options. */
export interface FecWorkerRequest {
  readonly bytes: SharedArrayBuffer;
  readonly part: ScanPart;
  readonly openingJournals: ReadonlyArray<string>;
  readonly scale: number;
  readonly currency: string;
  readonly maxIssues: number;
}

/** The buffers of a part's typed columns, each once (they are moved to the main thread, not copied). */
function buffers(columns: FecPartColumns): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const value of [...Object.values(columns), columns.part.numberHashes, ...(columns.part.strings ?? [])]) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  }
  return [...out];
}

parentPort!.on('message', (request: FecWorkerRequest) => {
  const bytes = new Uint8Array(request.bytes);
  const options = { openingJournals: new Set(request.openingJournals), scale: request.scale, currency: request.currency, maxIssues: request.maxIssues };
  const columns = scanFec(bytes, false, options, request.part);
  parentPort!.postMessage(columns, buffers(columns));
});
