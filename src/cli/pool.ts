import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { UsageError } from "./errors.js";
import type { JobKind, JobResult, WorkerBatch } from "./worker.js";
import { runJob } from "./worker.js";
import { WORKER_MARK } from "./worker-mark.js";

/**
 * Below this many characters of notes to read, the notes are read in this thread. A worker costs
 * about 0.4 s of CPU to start, and warms up its own JIT: in a fresh thread the first 50 notes of
 * about 5 KB cost 53 ms each, later ones 21 ms. Measured on a 2-core machine, 20 notes (110 KB)
 * took 1.7 s in one thread and 2.7-3.2 s on two workers; under the cut-off (about 100 notes of
 * 5 KB) the pool costs more than it saves (BENCHMARKS.md).
 */
export const POOL_MIN_CHARACTERS = 512 * 1024;

export interface PoolOptions {
  /** How many threads may read notes at once; 1 reads every note in this thread. */
  concurrency: number;
  /** The file a worker thread runs (the built CLI); null reads every note in this thread. */
  workerScript: string | null;
  /** Characters of notes below which every note is read in this thread (POOL_MIN_CHARACTERS). */
  minCharacters?: number | undefined;
  /** Called as each job is done, with the number done so far. */
  onDone?: (done: number) => void;
  /**
   * Workers started before the jobs were ready (`startWorkers`), so that they load while this
   * thread reads the notes; used when the pool runs, stopped when it does not.
   */
  started?: readonly Worker[];
}

/**
 * Starts the pool's workers ahead of the jobs, when a run is known to be large (its files add
 * up to more than the cut-off): a worker takes a few hundred milliseconds to load the CLI.
 */
export function startWorkers(options: PoolOptions, characters: number): Worker[] {
  if (options.concurrency < 2 || options.workerScript === null) return [];
  if (characters < (options.minCharacters ?? POOL_MIN_CHARACTERS)) return [];
  // This thread reads notes too: one thread of the pool.
  return Array.from({ length: options.concurrency - 1 }, () => startWorker(options.workerScript!));
}

const exited = new WeakSet<Worker>();

function startWorker(script: string): Worker {
  const worker = new Worker(script, { workerData: { [WORKER_MARK]: true } });
  // Until the pool listens, a failure is noted here (the pool then fails at once) rather than
  // thrown as an unhandled 'error' event.
  worker.on("error", () => {});
  worker.on("exit", () => exited.add(worker));
  return worker;
}

/** `--concurrency N`: a whole number from 1; default the number of cores this process may use. */
export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count) || count < 1)
    throw new UsageError(
      `--concurrency "${value}": expected a whole number of threads, 1 or more (1 reads every note in this process)`,
    );
  return count;
}

/**
 * Runs jobs of one kind and returns their results in the order of the jobs, whichever thread did
 * them. Small runs, `concurrency` 1 and runs without a worker script stay in this thread. A pool of
 * N threads is this thread and N - 1 workers: this thread would otherwise wait for the workers,
 * and each worker costs its own start-up, JIT warm-up and compromise load (on 2 cores, two workers
 * beside an idle main thread paid that twice for the same two threads of work).
 * `onResult` is handed each result as it comes, in whatever order the threads finish, so that
 * this thread can do its own part of the work while the workers are still busy.
 */
export async function runJobs<K extends JobKind>(
  kind: K,
  jobs: ReadonlyArray<{ text: string }>,
  options: PoolOptions,
  onResult?: (index: number, result: JobResult<K>) => void,
): Promise<Array<JobResult<K>>> {
  const characters = jobs.reduce((sum, job) => sum + job.text.length, 0);
  const threads = Math.min(options.concurrency, jobs.length);
  const started = [...(options.started ?? [])];
  if (
    threads < 2 ||
    options.workerScript === null ||
    characters < (options.minCharacters ?? POOL_MIN_CHARACTERS)
  ) {
    for (const worker of started) void worker.terminate();
    return jobs.map((job, index) => {
      const result = runJob(kind, job as never);
      onResult?.(index, result);
      options.onDone?.(index + 1);
      return result;
    });
  }
  for (const worker of started.splice(threads - 1)) void worker.terminate();
  const script = options.workerScript;
  while (started.length < threads - 1) started.push(startWorker(script));
  return runOnWorkers(kind, jobs, started, options.onDone, onResult);
}

function runOnWorkers<K extends JobKind>(
  kind: K,
  jobs: ReadonlyArray<{ text: string }>,
  workers: readonly Worker[],
  onDone: ((done: number) => void) | undefined,
  onResult: ((index: number, result: JobResult<K>) => void) | undefined,
): Promise<Array<JobResult<K>>> {
  // The workers and this thread.
  const threads = workers.length + 1;
  const results: Array<JobResult<K>> = new Array(jobs.length);
  // Small batches keep the message count down; two in flight per worker keep it from waiting on
  // this thread, and batches shrink towards the end so the threads finish together.
  let next = 0;
  let done = 0;
  const batchFor = () => {
    const size = Math.max(1, Math.min(8, Math.floor((jobs.length - next) / (threads * 4))));
    const batch: WorkerBatch = { kind, jobs: [] };
    for (const end = Math.min(jobs.length, next + size); next < end; next++)
      batch.jobs.push({ index: next, job: jobs[next] as never });
    return batch;
  };
  return new Promise((resolve, reject) => {
    let failed = false;
    const stop = () => {
      for (const worker of workers) void worker.terminate();
    };
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stop();
      reject(error);
    };
    // A result settled, from a worker or from this thread; false when the run has failed.
    const settle = (index: number, result: JobResult<K>): boolean => {
      results[index] = result;
      try {
        onResult?.(index, result);
      } catch (error) {
        fail(error);
        return false;
      }
      done++;
      onDone?.(done);
      return true;
    };
    const finishIfDone = () => {
      if (done === jobs.length) {
        stop();
        resolve(results);
      }
    };
    // This thread's share: one job at a time, between the workers' messages, so that it answers a
    // worker with its next batch at once. A failure reads as a worker's does (its message).
    const workHere = () => {
      if (failed || next >= jobs.length) return;
      const index = next++;
      let result: JobResult<K>;
      try {
        result = runJob(kind, jobs[index] as never);
      } catch (error) {
        return fail(new Error(error instanceof Error ? error.message : String(error)));
      }
      if (!settle(index, result)) return;
      finishIfDone();
      setImmediate(workHere);
    };
    for (const worker of workers) {
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (done < jobs.length) fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      worker.on(
        "message",
        (answers: Array<{ index: number; result?: unknown; error?: string }>) => {
          if (failed) return;
          // The next batch goes out before this thread reads the answers, so the worker is never
          // left waiting on it.
          if (next < jobs.length) worker.postMessage(batchFor());
          for (const answer of answers) {
            if (answer.error !== undefined) return fail(new Error(answer.error));
            if (!settle(answer.index, answer.result as JobResult<K>)) return;
          }
          finishIfDone();
        },
      );
      if (exited.has(worker)) return fail(new Error("a worker thread stopped before its work"));
      for (let inFlight = 0; inFlight < 2 && next < jobs.length; inFlight++)
        worker.postMessage(batchFor());
    }
    setImmediate(workHere);
  });
}
