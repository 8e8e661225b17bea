import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Tests of the package read dist/; CI builds it first, and a bare `npm test` builds it when missing. */
export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  if (existsSync(join(root, "dist", "index.js")) && existsSync(join(root, "dist", "cli.js"))) return;
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
