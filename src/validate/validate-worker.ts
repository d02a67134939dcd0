import { parentPort, workerData } from 'node:worker_threads';
import type { RunSettings } from './settings.js';
import { validateRun } from './settings.js';
import { validateFolder } from './outcome.js';

/** A worker thread of validate-many: takes batches of folders, answers each with its outcome. */
const run = validateRun(workerData as RunSettings);
const port = parentPort!;
port.on('message', async (batch: { index: number; dir: string }[]) => {
  for (const { index, dir } of batch) {
    try {
      port.postMessage({ index, outcome: await validateFolder(dir, run, (workerData as RunSettings).fingerprint === true) });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ index, internal: { message: e.message, stack: e.stack } });
    }
  }
  port.postMessage({ done: true });
});
