import { parentPort } from "node:worker_threads";
import type { Minutes } from "../model/minutes.js";
import type { ParseOptions } from "../model/options.js";
import { parseMinutes } from "../parse-minutes.js";
import { type CheckJob, checkNote, type NoteResult } from "./note-result.js";

/** `extract`'s work on one note: its model. */
export interface ParseJob {
  text: string;
  options: ParseOptions;
}

interface Jobs {
  check: { job: CheckJob; result: NoteResult };
  parse: { job: ParseJob; result: Minutes };
}

export type JobKind = keyof Jobs;
export type JobResult<K extends JobKind> = Jobs[K]["result"];

/** What the main thread sends a worker: jobs of one kind, each with its place in the run. */
export interface WorkerBatch {
  kind: JobKind;
  jobs: Array<{ index: number; job: CheckJob | ParseJob }>;
}

/** One job, in whichever thread runs it: the same function in the pool and out of it. */
export function runJob<K extends JobKind>(kind: K, job: Jobs[K]["job"]): JobResult<K> {
  if (kind === "check") return checkNote(job as CheckJob) as JobResult<K>;
  const { text, options } = job as ParseJob;
  return parseMinutes(text, options) as JobResult<K>;
}

/** A worker thread's loop: answers each batch with its results, or the first job's error. */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (batch: WorkerBatch) => {
    const answers = batch.jobs.map(({ index, job }) => {
      try {
        return { index, result: runJob(batch.kind, job as never) };
      } catch (error) {
        return { index, error: error instanceof Error ? error.message : String(error) };
      }
    });
    port.postMessage(answers);
  });
}
