import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** Newest modification time under a folder, so a stale build is rebuilt before the CLI tests. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ once, only when it is missing or older than the sources (`.ci/run` builds first anyway). */
export default function setup(): void {
  const cli = join(root, "dist", "cli.js");
  const sources = Math.max(newest(join(root, "src")), newest(join(root, "tsup.config.ts")), newest(join(root, "package.json")));
  if (existsSync(cli) && existsSync(join(root, "dist", "index.js")) && statSync(cli).mtimeMs >= sources) return;
  execSync("npm run build", { cwd: root, stdio: "ignore" });
}
