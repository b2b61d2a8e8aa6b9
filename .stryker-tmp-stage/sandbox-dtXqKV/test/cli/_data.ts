// @ts-nocheck
// The examples' documents written as the CLI reads them: a JSON array and NDJSON, plus a rules file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campsiteYear } from '../../examples/_data/campsite.js';
import { gymYear } from '../../examples/_data/gym.js';

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'partie-double-cli-'));
}

/** The gym's and campsite's documents as files in `dir`: `gym.json`, `gym.ndjson`, `campsite.ndjson` and `campsite-rules.json`. */
export function writeExampleDocuments(dir: string): { gymJson: string; gymNdjson: string; campsiteNdjson: string; campsiteRules: string; gymDocuments: number } {
  const gym = gymYear();
  const campsite = campsiteYear();
  const gymJson = join(dir, 'gym.json');
  const gymNdjson = join(dir, 'gym.ndjson');
  const campsiteNdjson = join(dir, 'campsite.ndjson');
  const campsiteRules = join(dir, 'campsite-rules.json');
  writeFileSync(gymJson, JSON.stringify(gym.documents));
  writeFileSync(gymNdjson, `${gym.documents.map((d) => JSON.stringify(d)).join('\n')}\n`);
  // CRLF line ends and a blank line: NDJSON as another tool may write it.
  writeFileSync(campsiteNdjson, `${campsite.documents.map((d) => JSON.stringify(d)).join('\r\n')}\r\n\r\n`);
  writeFileSync(campsiteRules, JSON.stringify({ $schema: './rules.schema.json', vatExigibility: 'on-receipt', chart: [{ number: '706100', label: 'Emplacements' }] }));
  return { gymJson, gymNdjson, campsiteNdjson, campsiteRules, gymDocuments: gym.documents.length };
}
