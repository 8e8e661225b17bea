/**
 * Marks a worker thread as one of ours, in `workerData`. A module of its own, so that the CLI's
 * entry can tell a worker from a command without loading the pool.
 */
export const WORKER_MARK = "md-minutes-worker";
