import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The built command (npm run build), installed as a project installs it: dist/cli.js runs
// dist/cli-bundle.js from V8's code cache in <project>/node_modules/.cache/md-minutes/code.
const DIST = join(import.meta.dirname, "..", "..", "dist");
const NOTE = [
  "# Vendor sync 2026-03-04",
  "",
  "Attendees: Ilse Brandt, Tomas Vik",
  "",
  "## Action items",
  "",
  "- Ilse: send the contract by Friday",
  "- Tomas: book the room",
  "",
].join("\n");

function install(): { project: string; cli: string; cache: string } {
  const project = mkdtempSync(join(tmpdir(), "md-minutes-code-cache-"));
  const dist = join(project, "node_modules", "md-minutes", "dist");
  mkdirSync(dist, { recursive: true });
  for (const name of ["cli.js", "cli-bundle.js"]) copyFileSync(join(DIST, name), join(dist, name));
  writeFileSync(join(project, "note.md"), NOTE);
  return {
    project,
    cli: join(dist, "cli.js"),
    cache: join(project, "node_modules", ".cache", "md-minutes", "code"),
  };
}

function run(cli: string, project: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env;
  const child = spawnSync(process.execPath, [cli, ...args], {
    cwd: project,
    encoding: "utf8",
    env: { ...inherited, ...env },
  });
  // The closing summary on stderr says how long the run took; the rest is compared whole.
  const stderr = child.stderr.replace(/ in \d+ ms$/m, "");
  return { status: child.status, stdout: child.stdout, stderr };
}

const cacheFiles = (folder: string): string[] => {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
};

describe("the command's code cache", () => {
  it("is written by a run that reads notes, and the next run from it prints the same", () => {
    const { project, cli, cache } = install();
    expect(run(cli, project, ["--version"]).status).toBe(0);
    // `--version` compiles too little of the bundle to be worth a cache.
    expect(cacheFiles(cache)).toEqual([]);
    const first = run(cli, project, ["extract", "note.md"]);
    expect(first.status).toBe(0);
    const [file, ...others] = cacheFiles(cache);
    expect(others).toEqual([]);
    expect(file).toMatch(/^cli-[0-9a-f]{16}-.+\.v8$/);
    const written = statSync(join(cache, file!)).mtimeMs;
    const second = run(cli, project, ["extract", "note.md"]);
    expect(second).toEqual(first);
    expect(
      JSON.parse(second.stdout).actionItems.map((task: { text: string }) => task.text),
    ).toEqual(["send the contract by Friday", "book the room"]);
    // Taken back, it is not written again.
    expect(statSync(join(cache, file!)).mtimeMs).toBe(written);
  });

  it("ignores a damaged cache, rewrites it, and drops the caches of other builds", () => {
    const { project, cli, cache } = install();
    const first = run(cli, project, ["check", "note.md"]);
    const [file] = cacheFiles(cache);
    writeFileSync(join(cache, file!), "not a code cache");
    writeFileSync(join(cache, "cli-0000000000000000-old.v8"), "an older build's cache");
    expect(run(cli, project, ["check", "note.md"])).toEqual(first);
    expect(cacheFiles(cache)).toEqual([file]);
    expect(statSync(join(cache, file!)).size).toBeGreaterThan(100_000);
  });

  it("is neither read nor written under NODE_DISABLE_COMPILE_CACHE, nor fatal where it cannot be written", () => {
    const { project, cli, cache } = install();
    const off = run(cli, project, ["check", "note.md"], { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(cacheFiles(cache)).toEqual([]);
    // A file where the cache's folder should be: nothing can be written, and the run is as ever.
    mkdirSync(join(project, "node_modules", ".cache", "md-minutes"), { recursive: true });
    writeFileSync(cache, "a file, not a folder");
    expect(run(cli, project, ["check", "note.md"])).toEqual(off);
    expect(statSync(cache).isFile()).toBe(true);
  });
});
