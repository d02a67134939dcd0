import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder of a test run — the tests' own and those of the CLI they spawn — goes under
 * one folder, removed when the run ends: hundreds of copied packages would otherwise stay in /tmp.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'zwpack-tests-'));
  // Traversable by others, as /tmp is: a test that runs the CLI as `nobody` reaches its folder through it.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
