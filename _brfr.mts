import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { exampleCii, sampleCii } from './test/formats/einvoice/_samples.ts';
rmSync('/tmp/brfr/in', { recursive: true, force: true }); mkdirSync('/tmp/brfr/in', { recursive: true });
for (const [n, x] of Object.entries({ ...sampleCii(), ...exampleCii() })) writeFileSync('/tmp/brfr/in/' + n, x);
