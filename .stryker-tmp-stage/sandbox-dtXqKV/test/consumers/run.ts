// @ts-nocheck
// Consumer matrix: packs the library as npm would publish it, installs the tarball into throw-away
// projects (one per module resolution a user may have), type-checks the fixture/ files in each with
// `skipLibCheck: false` and runs the compiled result with node. The fixtures' `@ts-expect-error` lines
// fail the check if an amount's type collapses to `any`.
// Run after `npm run build`: node --import tsx test/consumers/run.ts   (KEEP=1 keeps the projects)
// Offline: the tarball is unpacked into a shared node_modules and the runtime dependencies are symlinked
// from the repository's own node_modules (what `npm install <tarball>` would place there).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Scenario {
  readonly name: string;
  /** `type` of the consumer's package.json */
  readonly type: 'module' | 'commonjs';
  readonly compilerOptions: Readonly<Record<string, unknown>>;
  /** fixture/ files checked and run (default: all) */
  readonly files?: ReadonlyArray<keyof typeof EXPECTED>;
}

/** What each fixture prints when the library works. */
const EXPECTED = {
  main: JSON.stringify({ debit: '3.00', closing: '3.00', isDecimal: true, locked: true, sealed: true }),
  testing: JSON.stringify({ balanced: true }),
  columnar: JSON.stringify({ version: 1, arrow: 1230, parquet: -1230, size: 1 }),
};

export const scenarios: readonly Scenario[] = [
  { name: 'bundler', type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
  { name: 'node16-esm', type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'node16-cjs', type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'nodenext', type: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } },
  // The setup of the original report: skipLibCheck hid the broken declarations and every Decimal became `any`.
  { name: 'nodenext-skipLibCheck', type: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true } },
  { name: 'node10', type: 'commonjs', compilerOptions: { module: 'commonjs', moduleResolution: 'node10' }, files: ['main', 'columnar'] },
  // partie-double/testing resolves under node10 too (typesVersions), but fast-check 4's own declarations
  // import pure-rand subpaths that only an `exports`-aware resolution finds: their check is skipped.
  { name: 'node10-testing', type: 'commonjs', compilerOptions: { module: 'commonjs', moduleResolution: 'node10', skipLibCheck: true }, files: ['testing', 'columnar'] },
];
const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The packages a consumer's install brings beside partie-double: its dependencies and peers, read from package.json. */
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
const DEPENDENCIES = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number; output: string; stdout: string }> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', failed);
    child.on('close', (code) => done({ code: code ?? 1, output, stdout }));
  });
}

/** Packs the repository (npm pack: exactly the published files) and unpacks it as root/node_modules/partie-double. */
function install(root: string): void {
  const modules = join(root, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{ filename: string }>;
  const tarball = join(root, packed[0]!.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'partie-double'));
  for (const name of DEPENDENCIES) {
    const target = join(repo, 'node_modules', name);
    if (!existsSync(target)) throw new Error(`${name} is missing from node_modules: run npm ci first`);
    mkdirSync(dirname(join(modules, name)), { recursive: true }); // a scoped package (@noble/hashes) sits in its scope's folder
    symlinkSync(target, join(modules, name), process.platform === 'win32' ? 'junction' : 'dir');
  }
}

async function check(root: string, scenario: Scenario): Promise<string[]> {
  const dir = join(root, scenario.name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${scenario.name}`, private: true, type: scenario.type }, null, 2));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      // DOM for console and URL (zod's declarations use URL); no @types/node.
      lib: ['es2022', 'dom'],
      types: [],
      strict: true,
      esModuleInterop: true,
      skipLibCheck: false,
      rootDir: 'src',
      outDir: 'out',
      ...scenario.compilerOptions,
    },
    include: ['src'],
  }, null, 2));
  const files = scenario.files ?? (Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>);
  for (const file of files) copyFileSync(join(repo, 'test', 'consumers', 'fixture', `${file}.ts`), join(dir, 'src', `${file}.ts`));
  const problems: string[] = [];
  const compiled = await run(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], dir);
  if (compiled.code !== 0) problems.push(`tsc failed:\n${compiled.output.trim()}`);
  for (const file of files) {
    const out = join(dir, 'out', `${file}.js`);
    if (!existsSync(out)) continue;
    const ran = await run(process.execPath, [out], dir);
    if (ran.code !== 0 || ran.stdout.trim() !== EXPECTED[file]) problems.push(`node out/${file}.js printed ${JSON.stringify(ran.output.trim())}, expected ${EXPECTED[file]}`);
  }
  return problems;
}

async function main(): Promise<void> {
  if (!existsSync(join(repo, 'dist', 'index.d.ts'))) throw new Error('dist/ is missing: run npm run build first');
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'partie-double-consumers-'));
  let failed = 0;
  try {
    install(root);
    const version = (JSON.parse(readFileSync(join(root, 'node_modules', 'partie-double', 'package.json'), 'utf8')) as { version: string }).version;
    console.log(`consumer matrix: partie-double@${version} (packed) in ${root}`);
    const queue = [...scenarios];
    const results = new Map<string, string[]>();
    const worker = async (): Promise<void> => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) results.set(s.name, await check(root, s));
    };
    await Promise.all(Array.from({ length: Math.min(queue.length, Math.max(2, availableParallelism())) }, worker));
    for (const { name } of scenarios) {
      const problems = results.get(name) ?? ['not run'];
      if (problems.length > 0) failed += 1;
      console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}${problems.map((p) => `\n     ${p.replace(/\n/g, '\n     ')}`).join('')}`);
    }
  } finally {
    if (process.env.KEEP === undefined) rmSync(root, { recursive: true, force: true });
  }
  console.log(`${scenarios.length - failed}/${scenarios.length} consumer setups pass (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (failed > 0) process.exitCode = 1;
}

await main();
