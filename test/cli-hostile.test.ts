import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runMain } from "./cli/run-main.js";

const NOTE = "# Sync 2025-09-27\n\n## Action Items\n\n- Lisa to send the report by Friday\n";

function run(args: string[], input?: string | Buffer) {
  return runMain(args, input === undefined ? {} : { stdin: input });
}

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "md-minutes-cli-"));
});

describe("extract on broken input", () => {
  it("refuses a binary file with exit 2 and says it is binary", async () => {
    const file = join(folder, "image.md");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    expect(await run(["extract", file])).toEqual({
      code: 2,
      stdout: "",
      stderr: `md-minutes: ${file}: binary file (contains NUL bytes), expected a UTF-8 Markdown note\n`,
    });
  });

  it("refuses a file that is not UTF-8 with exit 2 and says so", async () => {
    const file = join(folder, "latin1.md");
    writeFileSync(file, Buffer.from("# Caf\xe9 notes\n", "latin1"));
    expect(await run(["extract", file])).toEqual({
      code: 2,
      stdout: "",
      stderr: `md-minutes: ${file}: not valid UTF-8, expected a UTF-8 Markdown note\n`,
    });
  });

  it("refuses binary standard input the same way", async () => {
    expect(await run(["extract", "-"], Buffer.from([0x61, 0x00]))).toMatchObject({
      code: 2,
      stderr:
        "md-minutes: <stdin>: binary file (contains NUL bytes), expected a UTF-8 Markdown note\n",
    });
  });

  it("reads a note with a BOM and CRLF line endings as an ordinary note", async () => {
    const file = join(folder, "windows.md");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE.replace(/\n/g, "\r\n"))]),
    );
    const result = await run(["extract", file]);
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout);
    expect(model.title).toBe("Sync 2025-09-27");
    expect(model.actionItems.map((task: { text: string }) => task.text)).toEqual([
      "Lisa to send the report by Friday",
    ]);
    // The decoder drops the BOM, so offsets count characters of the text after it, as editors do.
    const decoded = NOTE.replace(/\n/g, "\r\n");
    expect(model.actionItems[0].source.start).toEqual({
      line: 5,
      column: 1,
      offset: decoded.indexOf("- Lisa"),
    });
  });

  it("refuses a note larger than --max-input-size with exit 2 before reading it", async () => {
    const file = join(folder, "big.md");
    writeFileSync(file, NOTE);
    expect(await run(["extract", file, "--max-input-size", "10"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `md-minutes: ${file}: ${NOTE.length} bytes, more than the limit of 10; raise --max-input-size (or maxInputSize in the config) to read it\n`,
    });
    expect(await run(["extract", "-", "--max-input-size", "10"], NOTE)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`<stdin>: ${NOTE.length} bytes`),
    });
    expect(await run(["extract", file, "--max-input-size", "ten"])).toMatchObject({
      code: 2,
      stderr: 'md-minutes: --max-input-size "ten": expected a positive whole number of bytes\n',
    });
  });

  it("finishes an adversarial note with its diagnostics instead of hanging or overflowing", async () => {
    const file = join(folder, "hostile.md");
    writeFileSync(file, `# Hostile\n\n${"> ".repeat(10_000)}a\n\n${"a*".repeat(50_000)}\n`);
    const result = await run(["extract", file]);
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout).diagnostics.map((diagnostic: { code: string }) => diagnostic.code),
    ).toEqual(["nesting-too-deep", "paragraph-too-long"]);
  });
});

describe("extract writing files", () => {
  it("never modifies its inputs, and replaces an existing output by renaming a new file over it", async () => {
    const note = join(folder, "sync.md");
    writeFileSync(note, NOTE);
    const before = digest(note);
    const out = join(folder, "out");
    expect(await run(["extract", note, "--out-dir", out])).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
    const target = join(out, "sync.json");
    const firstInode = statSync(target).ino;
    writeFileSync(note, NOTE.replace("Friday", "Monday"));
    const changed = digest(note);
    expect((await run(["extract", note, "--out-dir", out])).code).toBe(0);
    expect(statSync(target).ino).not.toBe(firstInode);
    expect(JSON.parse(readFileSync(target, "utf8")).actionItems[0].text).toBe(
      "Lisa to send the report by Monday",
    );
    expect(digest(note)).toBe(changed);
    expect(before).not.toBe(changed);
    expect(readdirSync(out)).toEqual(["sync.json"]);
  });

  it("refuses to write over an input file, and leaves it intact", async () => {
    const note = join(folder, "notes.json");
    writeFileSync(note, NOTE);
    const before = digest(note);
    expect(await run(["extract", note, "--out-dir", folder])).toEqual({
      code: 2,
      stdout: "",
      stderr: `md-minutes: ${note}: refusing to overwrite an input file\n`,
    });
    expect(digest(note)).toBe(before);
  });
});

describe("extract refusing before writing", () => {
  it("checks every output before writing the first, so a refusal changes no file", async () => {
    const first = join(folder, "a.md");
    const second = join(folder, "b.json");
    writeFileSync(first, NOTE);
    writeFileSync(second, NOTE);
    expect(await run(["extract", first, second, "--out-dir", folder])).toMatchObject({
      code: 2,
      stderr: `md-minutes: ${second}: refusing to overwrite an input file\n`,
    });
    expect(readdirSync(folder).sort()).toEqual(["a.md", "b.json"]);
  });
});

describe("error messages", () => {
  it("prints one line without a stack trace, and the stack only with --debug", async () => {
    const plain = await run(["extract", join(folder, "missing.md")]);
    expect(plain).toEqual({
      code: 2,
      stdout: "",
      stderr: `md-minutes: ${join(folder, "missing.md")}: cannot read: no such file\n`,
    });
    const debug = await run(["extract", join(folder, "missing.md"), "--debug"]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^UsageError: .*cannot read: no such file\n\s+at /);
  });

  it("reports an unknown flag as a usage error with exit 2", async () => {
    expect(await run(["extract", "--bogus"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        'md-minutes: extract: unknown option --bogus; run "md-minutes extract --help" for the options\n',
    });
  });
});
