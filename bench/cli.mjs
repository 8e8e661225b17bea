// The built CLI against markdownlint-cli2, both started from their installed binaries.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { alternate } from "./clock.mjs";

const ROOT = resolve(import.meta.dirname, "..");
export const OUR_BIN = join(ROOT, "dist", "cli.js");
export const MARKDOWNLINT_BIN = join(ROOT, "node_modules", ".bin", "markdownlint-cli2");

/** Whether this build has the `check` command yet (it is written on another branch). */
export function hasCheckCommand() {
  return spawnSync(OUR_BIN, ["check", "--help"], { stdio: "ignore" }).status === 0;
}

export function compareCli(notePath, { copies = 200, oneNoteRounds = 11, manyRounds = 7 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-bench-"));
  try {
    const names = Array.from({ length: copies }, (_, index) => `note-${String(index + 1).padStart(3, "0")}.md`);
    for (const name of names) copyFileSync(notePath, join(folder, name));
    const inFolder = { cwd: folder };
    const check = hasCheckCommand();
    const ours = (args) => ({ command: OUR_BIN, args, options: inFolder });
    const markdownlint = (args) => ({ command: MARKDOWNLINT_BIN, args, options: inFolder });
    const one = names[0];

    const [versionTime, helpTime] = alternate([ours(["--version"]), markdownlint(["--help"])], oneNoteRounds);
    const oneNote = [ours(["extract", one]), markdownlint([one])];
    if (check) oneNote.push(ours(["check", one]));
    const [extractOne, markdownlintOne, checkOne] = alternate(oneNote, oneNoteRounds);
    // markdownlint-cli2 is given its usual glob; md-minutes the file names a shell would expand.
    const many = [ours(["extract", ...names]), markdownlint(["*.md"])];
    if (check) many.push(ours(["check", ...names]));
    const [extractMany, markdownlintMany, checkMany] = alternate(many, manyRounds);
    return { check, copies, versionTime, helpTime, extractOne, markdownlintOne, checkOne, extractMany, markdownlintMany, checkMany };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
