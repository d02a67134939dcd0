import type { PackageResult } from '../findings.js';

/** The machine-readable report other tools and our tests read. */
export function formatJson(results: readonly (PackageResult & { route?: unknown })[]): string {
  return JSON.stringify({ packages: results }, null, 2) + '\n';
}
