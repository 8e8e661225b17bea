import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The root of the Git repository a folder lies in (`.git` is a folder, or a file in a worktree or
 * submodule), or null outside one. CI annotations and SARIF locations are relative to it.
 */
export function findRepositoryRoot(start: string): string | null {
  let directory = resolve(start);
  for (;;) {
    if (existsSync(join(directory, ".git"))) return directory;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}
