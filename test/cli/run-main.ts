import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";

export interface RunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

/** Runs the CLI in this process with a fake io: what it wrote, and its exit code. */
export async function runMain(argv: readonly string[], options: RunOptions = {}) {
  let stdout = "";
  let stderr = "";
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
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding the given files (paths relative to it). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-main-"));
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), contents);
  }
  return folder;
}
