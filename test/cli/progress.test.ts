import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

/** A progress line over a clock the test moves, and what it wrote. */
function setup(stderrIsTTY: boolean, requested: boolean) {
  let now = 0;
  let written = "";
  const progress = createProgress(
    10,
    { stderr: (text) => (written += text), stderrIsTTY },
    requested,
    () => now,
  );
  return {
    progress,
    at: (ms: number) => (now = ms),
    written: () => written,
  };
}

describe("progress on stderr", () => {
  it("writes nothing to a log unless --progress asks", () => {
    const run = setup(false, false);
    for (let done = 1; done <= 10; done++) {
      run.at(done * 500);
      run.progress.update(done);
    }
    run.progress.finish();
    expect(run.written()).toBe("");
  });

  it("on a terminal, waits a second, redraws one line in place and clears it at the end", () => {
    const run = setup(true, false);
    run.at(900);
    run.progress.update(3);
    expect(run.written()).toBe("");
    run.at(1100);
    run.progress.update(4);
    run.at(1150);
    run.progress.update(5); // within 100 ms of the last drawing
    run.at(1300);
    run.progress.update(10);
    run.progress.finish();
    expect(run.written()).toBe(
      `\rmd-minutes: 4/10 files\rmd-minutes: 10/10 files\r${" ".repeat(23)}\r`,
    );
  });

  it("with --progress and no terminal, writes a line at most once a second, and the last", () => {
    const run = setup(false, true);
    for (const [ms, done] of [
      [0, 1],
      [400, 2],
      [1200, 6],
      [1500, 10],
    ] as const) {
      run.at(ms);
      run.progress.update(done);
    }
    run.progress.finish();
    expect(run.written()).toBe(
      "md-minutes: 1/10 files\nmd-minutes: 6/10 files\nmd-minutes: 10/10 files\n",
    );
  });
});
