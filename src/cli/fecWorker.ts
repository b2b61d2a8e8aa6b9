// A worker thread of the parallel FEC parse (src/cli/parallelFec.ts): it scans one part of the file's bytes,
// shared with the main thread, and sends the part's columns back, their buffers transferred (not copied); the
// part's EcritureNum, PieceRef and EcritureLib go back as a few large texts (decoded here, split by the main thread).
import { parentPort } from 'node:worker_threads';
import { readClaimedChunks } from './fileRange.js';
import { balanceScan, type BalanceScanOptions, type FecBalancePart } from '../formats/fec/_lib/balanceScan.js';
import { withTextStrings } from '../formats/fec/_lib/fecParts.js';
import { scanFec, type FecPartColumns, type ScanPart } from '../formats/fec/_lib/scanFec.js';

/**
 * What the main thread sends: read chunks of the file into the shared buffer, each claimed from the shared
 * counter `claims` (the answer: the number of bytes read), scan a part of it (the answer: the part's columns), or scan a part for the trial balance only
 * (the answer: the part's sums per ledger, {@link FecBalancePart}).
 */
export type FecWorkerRequest =
  | { readonly kind: 'read'; readonly bytes: SharedArrayBuffer; readonly path: string; readonly claims: SharedArrayBuffer }
  | { readonly kind: 'balance'; readonly bytes: SharedArrayBuffer; readonly part: ScanPart; readonly options: BalanceScanOptions }
  | {
      readonly kind: 'scan';
      readonly bytes: SharedArrayBuffer;
      readonly part: ScanPart;
      readonly openingJournals: ReadonlyArray<string>;
      readonly scale: number;
      readonly currency: string;
      readonly maxIssues: number;
    };

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
  if (request.kind === 'read') {
    parentPort!.postMessage(readClaimedChunks(request.path, bytes, new Int32Array(request.claims)));
    return;
  }
  if (request.kind === 'balance') {
    const sums: FecBalancePart = balanceScan(bytes, request.options, request.part);
    // each buffer once (a part that gave up has its empty columns on one buffer)
    const moved = new Set([sums.ledgerAccount.buffer, sums.ledgerAux.buffer, sums.debit.buffer, sums.credit.buffer, sums.keys.buffer]);
    parentPort!.postMessage(sums, [...moved] as ArrayBuffer[]);
    return;
  }
  const options = { openingJournals: new Set(request.openingJournals), scale: request.scale, currency: request.currency, maxIssues: request.maxIssues };
  const columns = withTextStrings(scanFec(bytes, false, options, request.part));
  parentPort!.postMessage(columns, buffers(columns));
});
