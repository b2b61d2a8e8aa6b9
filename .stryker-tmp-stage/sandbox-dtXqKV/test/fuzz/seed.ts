// @ts-nocheck
// Prints the seed of a fuzz run (npm run fuzz) before it starts, so a run can be replayed with FUZZ_SEED.
const seed = Number.isSafeInteger(Number(process.env.FUZZ_SEED)) ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 'default'}`);
process.env.FUZZ_SEED = String(seed);
export {};
