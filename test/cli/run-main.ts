import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with a fake io. With `cwd`, the run happens in that folder (test
 * files run in forked workers, where changing the folder is allowed) and the folder is restored.
 */
export async function runMain(
  argv: readonly string[],
  options: { cwd?: string } = {},
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
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** A fresh folder holding the given files (names may contain folders). */
export function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-main-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}
