import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './outcome.js';
import { validateFolder } from './outcome.js';
import type { RunSettings } from './settings.js';
import { validateRun } from './settings.js';

/**
 * Below this many folders, worker threads do not pay for themselves: each starts cold (~250 ms of
 * module loading and JIT), and V8 already runs its compiler and collector on the second core.
 * Measured on 2 cores: equal at 100–300 packages, threads 18% faster at 1,000, slower below 60.
 */
export const PARALLEL_FROM = 300;
/** Folders handed to a worker at a time: few messages, yet the last batches still spread. */
const BATCH = 8;

/**
 * Validate every folder, in worker threads (one per core) when there are many or `jobs` asks for
 * them, and give the outcomes in the order of `dirs`, with how many threads did the work (0: this
 * one). `onDone` is called as each folder finishes.
 */
export async function validateMany(dirs: readonly string[], settings: RunSettings, onDone: (done: number) => void = () => {}, jobs?: number): Promise<{ outcomes: Outcome[]; threads: number }> {
  const wanted = jobs ?? (dirs.length >= PARALLEL_FROM ? availableParallelism() : 1);
  const workers = Math.min(wanted, Math.ceil(dirs.length / BATCH));
  const script = new URL('./validate-worker.js', import.meta.url);
  if (workers < 2 || !existsSync(fileURLToPath(script))) {
    const run = validateRun(settings);
    const outcomes: Outcome[] = [];
    for (const [i, dir] of dirs.entries()) {
      outcomes.push(await validateFolder(dir, run, settings.fingerprint === true));
      onDone(i + 1);
    }
    return { outcomes, threads: 0 };
  }
  return { outcomes: await inWorkers(script, workers, dirs, settings, onDone), threads: workers };
}

function inWorkers(script: URL, count: number, dirs: readonly string[], settings: RunSettings, onDone: (done: number) => void): Promise<Outcome[]> {
  const outcomes = new Array<Outcome>(dirs.length);
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  return new Promise((resolvePromise, reject) => {
    const stop = (err?: Error): void => {
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolvePromise(outcomes);
    };
    const feed = (w: Worker): void => {
      if (next >= dirs.length) {
        void w.terminate();
        return;
      }
      const batch = dirs.slice(next, next + BATCH).map((dir, k) => ({ index: next + k, dir }));
      next += batch.length;
      w.postMessage(batch);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: settings });
      pool.push(w);
      w.on('message', (m: { index: number; outcome?: Outcome; internal?: { message: string; stack?: string } } | { done: true }) => {
        if ('done' in m) return feed(w);
        if (m.internal) {
          const err = new Error(m.internal.message);
          err.stack = m.internal.stack;
          return stop(err);
        }
        outcomes[m.index] = m.outcome!;
        onDone(++done);
        if (done === dirs.length) stop();
      });
      w.on('error', (err) => stop(err));
      feed(w);
    }
  });
}
