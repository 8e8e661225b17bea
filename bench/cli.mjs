// The built CLI against markdownlint-cli2, both started from their installed binaries.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { alternate } from "./clock.mjs";

const ROOT = resolve(import.meta.dirname, "..");
export const OUR_BIN = join(ROOT, "dist", "cli.js");
export const MARKDOWNLINT_BIN = join(ROOT, "node_modules", ".bin", "markdownlint-cli2");

export function compareCli(notePath, { copies = 200, oneNoteRounds = 11, manyRounds = 7 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-bench-"));
  try {
    const names = Array.from(
      { length: copies },
      (_, index) => `note-${String(index + 1).padStart(3, "0")}.md`,
    );
    for (const name of names) copyFileSync(notePath, join(folder, name));
    const inFolder = { cwd: folder };
    const ours = (args) => ({ command: OUR_BIN, args, options: inFolder });
    const markdownlint = (args) => ({ command: MARKDOWNLINT_BIN, args, options: inFolder });
    const one = names[0];

    const [versionTime, helpTime] = alternate(
      [ours(["--version"]), markdownlint(["--help"])],
      oneNoteRounds,
    );
    // With V8's code cache of the bundle (src/cli/launch.ts), as every run after the first
    // starts, and without it, as the first run on a fresh machine does.
    const withoutCodeCache = (args) => ({
      ...ours(args),
      options: { ...inFolder, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" } },
    });
    const [extractOne, markdownlintOne, checkOne, checkOneUncached] = alternate(
      [
        ours(["extract", one]),
        markdownlint([one]),
        ours(["check", one]),
        withoutCodeCache(["check", one]),
      ],
      oneNoteRounds,
    );
    // markdownlint-cli2 is given its usual glob; md-minutes the file names a shell would expand.
    const [markdownlintMany, checkMany] = alternate(
      [markdownlint(["*.md"]), ours(["check", ...names])],
      manyRounds,
    );
    return {
      copies,
      versionTime,
      helpTime,
      extractOne,
      markdownlintOne,
      checkOne,
      checkOneUncached,
      markdownlintMany,
      checkMany,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
