// Barrel re-exported by src/index.ts (filled by the module it belongs to).
export {};
