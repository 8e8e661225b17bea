/** Where progress goes and how it is shown. */
export interface ProgressIo {
  stderr: (text: string) => void;
  /** Whether standard error is a terminal: the line is then redrawn in place. */
  stderrIsTTY?: boolean;
}

export interface Progress {
  /** `done` of the total are finished (results from the cache count as done from the start). */
  update(done: number): void;
  /** Clears a line drawn in place. */
  finish(): void;
}

/** A terminal sees progress once the run has taken this long; a short run shows none. */
const QUIET_FOR_MS = 1000;
const TERMINAL_EVERY_MS = 100;
// Lines in a log (--progress without a terminal) come at most this often.
const LOG_EVERY_MS = 1000;

/**
 * Files done out of the total, on standard error: on a terminal once the run passes about a
 * second, redrawn in place; with `--progress`, from the start, and as plain lines when standard
 * error is not a terminal. A CI log sees nothing unless `--progress` asks for it.
 */
export function createProgress(
  total: number,
  io: ProgressIo,
  requested: boolean,
  clock: () => number = () => performance.now(),
): Progress {
  const terminal = io.stderrIsTTY === true;
  if (!terminal && !requested) return { update() {}, finish() {} };
  const started = clock();
  let shownAt = Number.NEGATIVE_INFINITY;
  let drawn = 0;
  const line = (done: number) => `md-minutes: ${done}/${total} files`;
  return {
    update(done) {
      const now = clock();
      if (!requested && now - started < QUIET_FOR_MS) return;
      if (now - shownAt < (terminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS) && done < total) return;
      shownAt = now;
      if (!terminal) return io.stderr(`${line(done)}\n`);
      const text = line(done);
      io.stderr(`\r${text.padEnd(drawn)}`);
      drawn = text.length;
    },
    finish() {
      if (drawn > 0) io.stderr(`\r${" ".repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}
