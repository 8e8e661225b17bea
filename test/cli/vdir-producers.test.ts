import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCalendar } from "../export/ical/helpers.js";
import { runMain } from "./run-main.js";

const NOW = "2025-10-01T18:00:00Z";

/** A repository of its own (a `.git` folder marks its root) with a notes folder. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "md-minutes-producers-"));
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "notes"));
  return root;
}

function note(owner: string, ...tasks: string[]): string {
  return `**Attendees:** Ana Lopez, Ben Okoro\n\n## Action Items\n\n${tasks.map((task) => `- **${owner}:** ${task}\n`).join("")}`;
}

/** SUMMARY of every item in the vdir, sorted. */
function summaries(vdir: string): string[] {
  return readdirSync(vdir)
    .filter((name) => name.endsWith(".ics"))
    .map((name) => {
      const calendar = parseCalendar(readFileSync(join(vdir, name), "utf8"));
      const item =
        calendar.getFirstSubcomponent("vtodo") ?? calendar.getFirstSubcomponent("vevent");
      return String(item!.getFirstPropertyValue("summary"));
    })
    .sort();
}

function uids(ics: string): string[] {
  return [...ics.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]!);
}

describe("vdir sync never deletes another note's tasks", () => {
  it("two untitled notes dated by the same file-name date keep both notes' files", async () => {
    const root = repository();
    const standup = join(root, "notes", "2025-10-01-standup.md");
    const retro = join(root, "notes", "2025-10-01-retro.md");
    writeFileSync(standup, note("Ana", "Update the runbook by Friday"));
    writeFileSync(retro, note("Ben", "Rotate the keys", "Book the offsite"));
    const vdir = join(root, "cal");
    const first = await runMain([
      "extract",
      standup,
      retro,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`${standup}: 2 written, 0 unchanged, 0 deleted`);
    expect(first.stderr).toContain(`${retro}: 3 written, 0 unchanged, 0 deleted`);
    expect(summaries(vdir)).toEqual([
      "Book the offsite",
      "Meeting",
      "Meeting",
      "Rotate the keys",
      "Update the runbook by Friday",
    ]);
    const again = await runMain([
      "extract",
      standup,
      retro,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(again.stderr).toContain(`${standup}: 0 written, 2 unchanged, 0 deleted`);
    expect(again.stderr).toContain(`${retro}: 0 written, 3 unchanged, 0 deleted`);
    expect(summaries(vdir)).toHaveLength(5);
  });

  it("two notes with the same title and date get different UIDs in .ics output", async () => {
    const root = repository();
    const a = join(root, "notes", "a.md");
    const b = join(root, "notes", "b.md");
    const same = `# Weekly sync\n\n**Date:** 2025-10-01\n\n${note("Ana", "Update the runbook")}`;
    writeFileSync(a, same);
    writeFileSync(b, same);
    const first = uids((await runMain(["extract", a, "--format", "ics", "--now", NOW])).stdout);
    const second = uids((await runMain(["extract", b, "--format", "ics", "--now", NOW])).stdout);
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(2);
    for (const uid of first) expect(second).not.toContain(uid);
  });

  it("UIDs come from the path relative to the repository root, so a renamed note gets new ones and its old files stay", async () => {
    const root = repository();
    const before = join(root, "notes", "sync.md");
    writeFileSync(before, note("Ana", "Update the runbook"));
    const ics = (await runMain(["extract", before, "--format", "ics", "--now", NOW])).stdout;
    expect(ics.replace(/\r\n /g, "")).toContain("X-MD-MINUTES-PRODUCER:path:notes/sync.md\r\n");
    const vdir = join(root, "cal");
    await runMain(["extract", before, "--format", "vdir", "--out-dir", vdir, "--now", NOW]);
    const after = join(root, "notes", "renamed.md");
    renameSync(before, after);
    const renamed = await runMain([
      "extract",
      after,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(renamed.stderr).toContain("1 written, 0 unchanged, 0 deleted");
    expect(summaries(vdir)).toEqual(["Update the runbook", "Update the runbook"]);
  });

  it("a front-matter id: keeps a renamed note's UIDs", async () => {
    const root = repository();
    const before = join(root, "notes", "sync.md");
    writeFileSync(
      before,
      `---\nid: weekly-sync-2025-10-01\n---\n${note("Ana", "Update the runbook")}`,
    );
    const first = (await runMain(["extract", before, "--format", "ics", "--now", NOW])).stdout;
    expect(first.replace(/\r\n /g, "")).toContain(
      "X-MD-MINUTES-PRODUCER:id:weekly-sync-2025-10-01\r\n",
    );
    const after = join(root, "notes", "renamed.md");
    renameSync(before, after);
    const second = (await runMain(["extract", after, "--format", "ics", "--now", NOW])).stdout;
    expect(uids(second)).toEqual(uids(first));
    const vdir = join(root, "cal");
    await runMain(["extract", after, "--format", "vdir", "--out-dir", vdir, "--now", NOW]);
    writeFileSync(after, `---\nid: weekly-sync-2025-10-01\n---\n${note("Ana", "Rotate the keys")}`);
    const edited = await runMain([
      "extract",
      after,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(edited.stderr).toContain("1 written, 0 unchanged, 1 deleted");
    expect(summaries(vdir)).toEqual(["Rotate the keys"]);
  });

  it("refuses two inputs with the same front-matter id, naming both", async () => {
    const root = repository();
    const a = join(root, "notes", "a.md");
    const b = join(root, "notes", "b.md");
    writeFileSync(a, `---\nid: sync\n---\n${note("Ana", "Update the runbook")}`);
    writeFileSync(b, `---\nid: sync\n---\n${note("Ben", "Rotate the keys")}`);
    const vdir = join(root, "cal");
    const run = await runMain([
      "extract",
      a,
      b,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `md-minutes: ${b}: front-matter id "sync" is also the id of ${a}; give each note its own id\n`,
    );
    expect(() => readdirSync(vdir)).toThrow();
  });

  it("refuses a copied note that kept another note's id, and leaves that note's files alone", async () => {
    const root = repository();
    const original = join(root, "notes", "a.md");
    writeFileSync(original, `---\nid: sync\n---\n${note("Ana", "Update the runbook")}`);
    const vdir = join(root, "cal");
    await runMain(["extract", original, "--format", "vdir", "--out-dir", vdir, "--now", NOW]);
    const before = summaries(vdir);
    const copy = join(root, "notes", "b.md");
    writeFileSync(copy, `---\nid: sync\n---\n${note("Ben", "Rotate the keys")}`);
    const run = await runMain([
      "extract",
      copy,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `md-minutes: ${copy}: front-matter id "sync" is also the id of notes/a.md, whose tasks are in ${vdir}; give each note its own id\n`,
    );
    expect(summaries(vdir)).toEqual(before);
    // Once the copy has its own id, both notes' files stay.
    writeFileSync(copy, `---\nid: sync-copy\n---\n${note("Ben", "Rotate the keys")}`);
    const fixed = await runMain([
      "extract",
      copy,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(fixed.stderr).toContain("1 written, 0 unchanged, 0 deleted");
    expect(summaries(vdir)).toEqual(["Rotate the keys", "Update the runbook"]);
  });

  it("a renamed note with an id takes its files over, recording its new path", async () => {
    const root = repository();
    const before = join(root, "notes", "a.md");
    writeFileSync(
      before,
      `---\nid: sync\n---\n${note("Ana", "Update the runbook", "Rotate the keys")}`,
    );
    const vdir = join(root, "cal");
    await runMain(["extract", before, "--format", "vdir", "--out-dir", vdir, "--now", NOW]);
    const after = join(root, "notes", "b.md");
    renameSync(before, after);
    writeFileSync(after, `---\nid: sync\n---\n${note("Ana", "Update the runbook")}`);
    const run = await runMain([
      "extract",
      after,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    // Nothing on stderr but the sync's summary.
    expect([run.code, run.stderr.trimEnd().split("\n").length]).toEqual([0, 1]);
    expect(run.stderr).toContain("1 written, 0 unchanged, 1 deleted");
    expect(summaries(vdir)).toEqual(["Update the runbook"]);
    const [file] = readdirSync(vdir);
    const text = readFileSync(join(vdir, file!), "utf8").replace(/\r\n /g, "");
    expect(text).toContain("X-MD-MINUTES-PATH:notes/b.md\r\n");
    expect(text).toContain("SEQUENCE:1\r\n");
  });

  it("outside a repository a note is named by its absolute path, so two folders' sync.md differ", async () => {
    const outside = mkdtempSync(join(tmpdir(), "md-minutes-no-repo-"));
    expect(existsSync(join(outside, ".git"))).toBe(false);
    const first = join(outside, "team-a", "sync.md");
    const second = join(outside, "team-b", "sync.md");
    for (const file of [first, second]) {
      mkdirSync(join(file, ".."));
      writeFileSync(file, `# Sync\n\n**Date:** 2025-10-01\n\n${note("Ana", "Update the runbook")}`);
    }
    const ics = (await runMain(["extract", first, "--format", "ics", "--now", NOW])).stdout;
    expect(ics.replace(/\r\n /g, "")).toContain(
      `X-MD-MINUTES-PRODUCER:path:${first.split(sep).join("/")}\r\n`,
    );
    const other = (await runMain(["extract", second, "--format", "ics", "--now", NOW])).stdout;
    for (const uid of uids(ics)) expect(uids(other)).not.toContain(uid);
  });
});
