// A worker thread of the parallel FEC parse (src/cli/parallelFec.ts): it scans one part of the file's bytes,
// shared with the main thread, and sends the part's columns back, their buffers transferred (not copied); the
// part's EcritureNum, PieceRef and EcritureLib go back as a few large texts (decoded here, split by the main thread).
import { parentPort } from 'node:worker_threads';
import { scanFec, type FecPartColumns, type ScanPart } from '../formats/fec/_lib/scanFec.js';

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

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
  for (const value of [...Object.values(columns), columns.part.numberHashes]) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  }
  return [...out];
}

parentPort!.on('message', (request: FecWorkerRequest) => {
  const bytes = new Uint8Array(request.bytes);
  const options = { openingJournals: new Set(request.openingJournals), scale: request.scale, currency: request.currency, maxIssues: request.maxIssues };
  const scanned = scanFec(bytes, false, options, request.part);
  const d = scanned.deferred;
  // only a part of plain UTF-8 is merged (any other is read whole by the main thread): UTF-8 it is
  const columns: FecPartColumns = d === null ? scanned : { ...scanned, deferred: { ...d, chunks: d.chunks.map((c) => (typeof c === 'string' ? c : UTF8.decode(c))) } };
  parentPort!.postMessage(columns, buffers(columns));
});
