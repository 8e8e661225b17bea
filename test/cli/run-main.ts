import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";

export interface RunOptions {
  /** The folder the run happens in. */
  cwd?: string;
  /** What standard input holds (empty by default). */
  stdin?: string | Uint8Array;
  /** The environment the CLI sees (empty by default, so NO_COLOR/FORCE_COLOR of the shell don't leak in). */
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  stderrIsTTY?: boolean;
  /** The file worker threads run (dist/cli.js); by default every note is read in this process. */
  workerScript?: string;
  /** Characters below which no worker starts (0 sends even a few notes to the pool). */
  poolMinCharacters?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with a fake io: what it wrote, and its exit code, as fast as a
 * function call. With `cwd`, the CLI is given that folder and the process also runs in it (test
 * files run in forked workers, where changing the folder is allowed), so that code resolving
 * against process.cwd() agrees; the folder is restored afterwards.
 */
export async function runMain(
  argv: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const previous = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(argv, {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      stdin: () =>
        typeof options.stdin === "string"
          ? new TextEncoder().encode(options.stdin)
          : (options.stdin ?? new Uint8Array()),
      env: options.env ?? {},
      isTTY: options.isTTY ?? false,
      stderrIsTTY: options.stderrIsTTY ?? false,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.workerScript ? { workerScript: options.workerScript } : {}),
      ...(options.poolMinCharacters !== undefined
        ? { poolMinCharacters: options.poolMinCharacters }
        : {}),
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** A fresh temporary folder holding the given files (paths relative to it, folders created). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-main-"));
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), contents);
  }
  return folder;
}
