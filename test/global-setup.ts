import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Newest modification time under a path, so that a stale build is rebuilt before the tests that run it. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Tests of the package read dist/ (the CLI tests run dist/cli.js); CI builds it first, and a bare
 * `npm test` builds it when it is missing or older than the sources.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  const cli = join(root, "dist", "cli.js");
  const built = existsSync(join(root, "dist", "index.js")) && existsSync(cli);
  const sources = Math.max(
    newest(join(root, "src")),
    newest(join(root, "tsup.config.ts")),
    newest(join(root, "package.json")),
  );
  if (built && statSync(cli).mtimeMs >= sources) return;
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
