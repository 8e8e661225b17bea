import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// These run the built CLI bundle (npm run build), the way it starts when installed.
const CLI = join(import.meta.dirname, "../../dist/cli.js");
const NOTE = join(import.meta.dirname, "../../fixtures/escalation/northwind-escalation.md");

// Loaded before the CLI, this says at exit whether zod, which only the parser needs, was set up.
const PRELOAD = join(mkdtempSync(join(tmpdir(), "md-minutes-lazy-")), "report-zod.cjs");
writeFileSync(
  PRELOAD,
  'process.on("exit", () => process.stderr.write("zod:" + (globalThis.__zod_globalConfig ? "loaded" : "not loaded")));\n',
);

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, ["-r", PRELOAD, CLI, ...args], { encoding: "utf8" });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("commands load when they run", () => {
  it("prints the version and help without loading the parser", () => {
    const version = run(["--version"]);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(version.stderr).toBe("zod:not loaded");
    const help = run(["--help"]);
    expect(help.stdout).toContain("extract <file...|->");
    expect(help.stderr).toBe("zod:not loaded");
  });

  it("loads the parser for extract and reads the note", () => {
    const extract = run(["extract", NOTE]);
    expect(extract.status).toBe(0);
    expect(JSON.parse(extract.stdout).schemaVersion).toBe(1);
    expect(extract.stderr).toBe("zod:loaded");
  });
});
