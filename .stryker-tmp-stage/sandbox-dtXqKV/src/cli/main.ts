#!/usr/bin/env node
// @ts-nocheck
// The `partie-double` command (bin). See `partie-double --help`.
import { runCli } from './run.js';

// A reader that stops early (`partie-double balance FILE | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  now: () => performance.now(),
});
