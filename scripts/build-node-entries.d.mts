// Types for scripts/build-node-entries.mjs (a plain Node script, also imported by the tests' setup).
/** Builds the bundles into `outdir` (default dist/node) and returns its absolute path. */
export declare function buildNodeEntries(outdir?: string): Promise<string>;
