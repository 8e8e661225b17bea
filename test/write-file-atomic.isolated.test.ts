import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// The rename can be made to fail on demand, as a full disk or a killed process would leave it.
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failRename.on)
        throw Object.assign(new Error("ENOSPC: no space left on device, rename"), {
          code: "ENOSPC",
        });
      fs.renameSync(from, to);
    },
  };
});

const { writeFileAtomic } = await import("../src/cli/io.js");
const { UsageError } = await import("../src/cli/errors.js");

afterEach(() => {
  failRename.on = false;
});

describe("writeFileAtomic", () => {
  it("replaces an existing file with a new one renamed into place", () => {
    const folder = mkdtempSync(join(tmpdir(), "md-minutes-atomic-"));
    const target = join(folder, "sync.json");
    writeFileSync(target, "old\n");
    const oldInode = statSync(target).ino;
    writeFileAtomic(target, "new\n");
    expect(readFileSync(target, "utf8")).toBe("new\n");
    expect(statSync(target).ino).not.toBe(oldInode);
    expect(readdirSync(folder)).toEqual(["sync.json"]);
  });

  it("leaves the old file intact and no temporary file behind when the write fails", () => {
    const folder = mkdtempSync(join(tmpdir(), "md-minutes-atomic-"));
    const target = join(folder, "sync.json");
    writeFileSync(target, "old\n");
    failRename.on = true;
    expect(() => writeFileAtomic(target, "new\n")).toThrow(UsageError);
    expect(() => writeFileAtomic(target, "new\n")).toThrow(
      // In our own words, not node's error text.
      `${target}: cannot write: no space left on the device`,
    );
    expect(readFileSync(target, "utf8")).toBe("old\n");
    expect(readdirSync(folder)).toEqual(["sync.json"]);
  });

  it("creates the output folder when it does not exist", () => {
    const folder = mkdtempSync(join(tmpdir(), "md-minutes-atomic-"));
    const target = join(folder, "a", "b", "sync.json");
    writeFileAtomic(target, "{}\n");
    expect(readFileSync(target, "utf8")).toBe("{}\n");
  });
});
