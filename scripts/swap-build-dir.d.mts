// Types of swap-build-dir.mjs for the tests that import it.
export function nextDirFor(target: string, pid?: number): string;
export function removeStaleBuilds(target: string): void;
export function swapIn(target: string, next: string): void;
