// Types for scripts/node-entries.mjs.
export declare const nodeEntries: Record<string, string>;
