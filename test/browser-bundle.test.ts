import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The core must run in browsers and edge runtimes: only src/cli may touch node: modules.
const root = join(import.meta.dirname, "..");
const src = join(root, "src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return path === join(src, "cli") ? [] : sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

describe("the core outside src/cli", () => {
  it("imports nothing from node:", () => {
    const offenders = sourceFiles(src).filter((file) =>
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']node:/.test(readFileSync(file, "utf8")),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it("bundles for the browser platform", async () => {
    const result = await build({
      entryPoints: [join(src, "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).toContain("parseMinutes");
    expect(code).not.toMatch(/["']node:/);
  });
});
