// @ts-nocheck
// What the machine can do today, to read the other figures against: a bare
// integer loop (CPU) and the latency of a random memory access over 512 MB
// (the cost of visiting one document object on a large heap). Printed by
// `npm run bench` first; run alone with: node --import tsx test/bench/machine.ts
const best = (fn: () => number): number => {
  let min = Infinity;
  for (let k = 0; k < 3; k++) min = Math.min(min, fn());
  return min;
};

const loopMs = best(() => {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < 1e7; i++) s += i % 7;
  if (s < 0) throw new Error('unreachable');
  return performance.now() - t0;
});

// A random cycle through 4M slots spread over 512 MB: every step is a cache (and TLB) miss.
const SLOTS = 1 << 22;
const SPREAD = 32;
const memory = new Int32Array(SLOTS * SPREAD);
const order = new Int32Array(SLOTS);
for (let i = 0; i < SLOTS; i++) order[i] = i;
let seed = 12345;
const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
for (let i = SLOTS - 1; i > 0; i--) {
  const j = Math.floor(rnd() * i);
  const t = order[i]!;
  order[i] = order[j]!;
  order[j] = t;
}
for (let i = 0; i < SLOTS; i++) memory[order[i]! * SPREAD] = order[(i + 1) % SLOTS]! * SPREAD;
const STEPS = 4_000_000;
const latencyNs = best(() => {
  let p = 0;
  const t0 = performance.now();
  for (let i = 0; i < STEPS; i++) p = memory[p]!;
  if (p < 0) throw new Error('unreachable');
  return ((performance.now() - t0) * 1e6) / STEPS;
});

console.log(`machine: bare loop of 1e7 integer steps ${loopMs.toFixed(0)} ms; random memory access over 512 MB ${latencyNs.toFixed(0)} ns`);
