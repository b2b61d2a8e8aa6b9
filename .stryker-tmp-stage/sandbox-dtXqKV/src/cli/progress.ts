// @ts-nocheck
// A progress line on standard error for work that takes more than a second.
import type { CliIo } from './io.js';

/** A progress reporter: `update` is cheap to call often; `done` clears the line. */
export interface Progress {
  update(phase: string, done: number, total?: number, unit?: string): void;
  done(): void;
}

const WIDTH = 24;

function bar(done: number, total: number): string {
  const f = total > 0 ? Math.min(1, done / total) : 0;
  const full = Math.round(f * WIDTH);
  return `[${'#'.repeat(full)}${'.'.repeat(WIDTH - full)}] ${String(Math.floor(f * 100)).padStart(3)} %`;
}

function count(n: number, unit: string): string {
  if (unit === 'bytes') return `${(n / 1048576).toFixed(1)} MB`;
  return `${n.toLocaleString('en-US')} ${unit}`;
}

/**
 * Draws nothing during the first second, then at most ten times a second:
 * in place (`\r`) on a terminal, one line per phase elsewhere when `force` is set,
 * nothing otherwise (logs of scripts stay clean).
 */
export function progress(io: CliIo, options: { readonly enabled: boolean; readonly force?: boolean }): Progress {
  const start = io.now();
  let last = 0;
  let drawn = false;
  let lastPhase = '';
  const tty = io.stderrIsTty;
  return {
    update(phase, done, total, unit = 'documents') {
      if (!options.enabled || (!tty && !options.force)) return;
      const now = io.now();
      if (now - start < 1000 || (now - last < 100 && phase === lastPhase)) return;
      last = now;
      const text = `${phase} ${total !== undefined ? `${bar(done, total)} ${count(done, unit)} / ${count(total, unit)}` : count(done, unit)}`;
      if (tty) {
        io.stderr(`\r${text}\u001b[K`);
        drawn = true;
      } else if (phase !== lastPhase) {
        io.stderr(`${text}\n`);
      }
      lastPhase = phase;
    },
    done() {
      if (drawn) io.stderr('\r\u001b[K');
      drawn = false;
    },
  };
}
