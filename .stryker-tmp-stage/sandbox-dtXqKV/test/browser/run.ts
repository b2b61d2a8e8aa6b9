// @ts-nocheck
// A real browser in the test suite: serves the built ESM bundle (dist/) and its dependencies on a
// loopback port, opens page.js in headless Chromium (an import map resolves decimal.js, zod/mini, @noble/hashes and
// date-fns as a browser app's bundler would), and checks what the page posts back: documents posted,
// a FEC written and validated, the read-only Decimal. No new dependency: node's http server and the
// Chromium binary (.ci/run installs Debian's). Where no Chromium can be found the check is skipped and
// says why.
// Run after `npm run build`: node --import tsx test/browser/run.ts   (CHROMIUM=/path/to/chrome to choose one)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TIMEOUT_MS = 60_000;

/** What page.js reports when the library works in the browser. */
const EXPECTED = {
  userAgent: 'HeadlessChrome',
  // VAT on services is due on payment by default: the card payment moves the subscription's VAT (OD vat-transfer).
  transactions: ['VT000001', 'BQ000001', 'OD000001'],
  fecLines: 10,
  fecBytes: 1510,
  valid: true,
  errors: [],
  debit: '131.30',
  credit: '131.30',
  locked: true,
  sealMatchesWebCrypto: true,
  sealVerifies: true,
};

/** The packages dist/index.js imports, as the page's import map resolves them (their ESM entries). */
const IMPORTS: Record<string, string> = {
  'decimal.js': '/node_modules/decimal.js/decimal.mjs',
  'zod/mini': '/node_modules/zod/mini/index.js',
  '@noble/hashes/sha2': '/node_modules/@noble/hashes/esm/sha2.js',
  '@noble/hashes/hmac': '/node_modules/@noble/hashes/esm/hmac.js',
  '@noble/hashes/utils': '/node_modules/@noble/hashes/esm/utils.js',
  // noble's utils import its crypto shim by package name (the browser's globalThis.crypto)
  '@noble/hashes/crypto': '/node_modules/@noble/hashes/esm/crypto.js',
};
const SERVED = ['dist', 'node_modules/decimal.js', 'node_modules/zod', 'node_modules/@noble/hashes'];
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>partie-double in a browser</title>
<script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script>
<script type="module" src="/test/browser/page.js"></script>
</head><body></body></html>`;

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].filter((c): c is string => !!c);
  for (const c of candidates) {
    if (c.includes(sep) ? existsSync(c) : spawnSync('sh', ['-c', `command -v ${c}`]).status === 0) return c;
  }
  return undefined;
}

/** A file under one of the served folders, or undefined (no path escapes them). */
function fileFor(url: string): string | undefined {
  const path = normalize(decodeURIComponent(url.split('?')[0]!)).replace(/^[/\\]+/, '');
  if (path === 'test/browser/page.js') return join(repo, path);
  if (!SERVED.some((dir) => path === dir || path.startsWith(`${dir}/`))) return undefined;
  const file = join(repo, path);
  return file.startsWith(repo + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    console.log('browser check skipped: no Chromium found (install Debian\'s chromium — .ci/run does when it runs as root — or set CHROMIUM=/path/to/chrome)');
    return;
  }
  if (!existsSync(join(repo, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');

  let settle: (body: string) => void = () => {};
  const reported = new Promise<string>((done) => (settle = done));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && req.url === '/result') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.end('ok');
        settle(body);
      });
      return;
    }
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const file = req.url ? fileFor(req.url) : undefined;
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), 'partie-double-chromium-'));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check', `--user-data-dir=${profile}`, `http://127.0.0.1:${port}/`];
  // Its own process group, so that its renderer and helper processes end with it (they write to the profile).
  const browser = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  browser.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<number | null>((done) => browser.on('exit', done));
  const exited = closed.then((code) => `Chromium exited (${code}) before the page reported:\n${stderr.slice(-2000)}`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((done) => (timer = setTimeout(() => done(`no report from the page within ${TIMEOUT_MS / 1000} s:\n${stderr.slice(-2000)}`), TIMEOUT_MS)));
  const started = performance.now();
  try {
    const outcome = await Promise.race([reported.then((body) => ({ body })), exited.then((error) => ({ error })), timeout.then((error) => ({ error }))]);
    if ('error' in outcome) throw new Error(outcome.error);
    const message = JSON.parse(outcome.body) as { ok: boolean; result?: unknown; error?: string };
    if (!message.ok) throw new Error(`the page failed: ${message.error}`);
    const got = JSON.stringify(message.result);
    if (got !== JSON.stringify(EXPECTED)) throw new Error(`the page reported ${got}, expected ${JSON.stringify(EXPECTED)}`);
    console.log(`browser check: ${chromium} posted ${EXPECTED.transactions.length} transactions, wrote and validated a FEC (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    clearTimeout(timer);
    try {
      if (browser.pid !== undefined) process.kill(-browser.pid, 'SIGKILL');
    } catch {
      browser.kill('SIGKILL'); // the group is already gone
    }
    await Promise.race([closed, new Promise((done) => setTimeout(done, 5000))]);
    server.close();
    // The check's verdict is made; a profile a late helper process still writes to is only left in the temp folder.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`browser check: could not remove ${profile} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(`browser check FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
