import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontMatterId } from "../src/cli/ical-output.js";
import { propertyValue, textValue } from "../src/export/ical/content-line.js";
import {
  buildCalendarExport,
  type CalendarExport,
  parseMinutes,
  planVdirSync,
  type VdirFile,
} from "../src/index.js";
import { propertyParameters } from "./arbitraries.js";

/**
 * Notes that share titles and dates, are renamed, edited, removed and added,
 * synced into one vdir over and over. A sync may delete only its own note's old files, so after
 * each round every note finds all of its items in the folder, as it left them.
 */

const NOW = new Date("2025-10-01T18:00:00Z");
const PATHS = [
  "notes/2025-10-01-standup.md",
  "notes/2025-10-01-retro.md",
  "notes/sync.md",
  "sync.md",
  "notes/team/sync.md",
];
const TASKS = [
  "Update the runbook",
  "Update the runbook by Friday",
  "Rotate the keys",
  "Book the offsite",
  "Write the incident report",
];

interface Note {
  path: string;
  id: string | null;
  title: string | null;
  date: string | null;
  owner: string;
  tasks: string[];
}

const noteArbitrary: fc.Arbitrary<Note> = fc.record({
  path: fc.constantFrom(...PATHS),
  id: fc.constantFrom(null, null, "sync-1", "sync-2"),
  title: fc.constantFrom(null, "Weekly sync"),
  date: fc.constantFrom(null, "2025-10-01"),
  owner: fc.constantFrom("Ana", "Ben"),
  tasks: fc.uniqueArray(fc.constantFrom(...TASKS), { maxLength: 4 }),
});

type Step =
  | { kind: "rename"; index: number; path: string }
  | { kind: "edit"; index: number; tasks: string[]; owner: string }
  | { kind: "retitle"; index: number; title: string | null; date: string | null }
  | { kind: "remove"; index: number }
  | { kind: "add"; note: Note };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("rename" as const),
    index: fc.nat(4),
    path: fc.constantFrom(...PATHS),
  }),
  fc.record({
    kind: fc.constant("edit" as const),
    index: fc.nat(4),
    tasks: fc.uniqueArray(fc.constantFrom(...TASKS), { maxLength: 4 }),
    owner: fc.constantFrom("Ana", "Ben"),
  }),
  fc.record({
    kind: fc.constant("retitle" as const),
    index: fc.nat(4),
    title: fc.constantFrom(null, "Weekly sync"),
    date: fc.constantFrom(null, "2025-10-01"),
  }),
  fc.record({ kind: fc.constant("remove" as const), index: fc.nat(4) }),
  fc.record({ kind: fc.constant("add" as const), note: noteArbitrary }),
);

function markdown(note: Note): string {
  return [
    note.id ? `---\nid: ${note.id}\n---\n` : "",
    note.title ? `# ${note.title}\n\n` : "",
    note.date ? `**Date:** ${note.date}\n\n` : "",
    "**Attendees:** Ana Lopez, Ben Okoro\n\n## Action Items\n\n",
    ...note.tasks.map((task) => `- **${note.owner}:** ${task}\n`),
  ].join("");
}

const exports = new WeakMap<Note, CalendarExport>();

/** What the CLI builds for a note: its repository path, and its front-matter id when it has one. */
function exportOf(note: Note): CalendarExport {
  const cached = exports.get(note);
  if (cached) return cached;
  const text = markdown(note);
  const id = frontMatterId(text);
  const minutes = parseMinutes(text, { fileName: note.path });
  const exported = buildCalendarExport(minutes, {
    now: NOW,
    notePath: note.path,
    ...(id === null ? {} : { noteId: id }),
  });
  exports.set(note, exported);
  return exported;
}

/** Paths and ids name one note each, as the CLI demands of the notes of one run. */
function admissible(notes: readonly Note[], candidate: Note): boolean {
  return notes.every(
    (note) => note.path !== candidate.path && (candidate.id === null || note.id !== candidate.id),
  );
}

function applyStep(notes: Note[], step: Step): Note[] {
  if (step.kind === "add") return admissible(notes, step.note) ? [...notes, step.note] : notes;
  if (notes.length === 0) return notes;
  const index = step.index % notes.length;
  const others = notes.filter((_, at) => at !== index);
  const note = notes[index]!;
  let next: Note | null = note;
  if (step.kind === "remove") next = null;
  else if (step.kind === "rename") next = { ...note, path: step.path };
  else if (step.kind === "edit") next = { ...note, tasks: step.tasks, owner: step.owner };
  else next = { ...note, title: step.title, date: step.date };
  if (next === null) return others;
  return admissible(others, next) ? notes.map((entry, at) => (at === index ? next : entry)) : notes;
}

function sync(folder: Map<string, string>, note: Note, current: readonly Note[]): void {
  const exported = exportOf(note);
  const files: VdirFile[] = [...folder].map(([name, contents]) => ({ name, contents }));
  const plan = planVdirSync(exported, files, NOW);
  const othersUids = new Set(
    current
      .filter((other) => other !== note)
      .flatMap((other) => exportOf(other).components.map((item) => propertyValue(item, "UID"))),
  );
  for (const removal of plan.deletes) {
    expect(othersUids.has(removal.uid)).toBe(false);
    expect(folder.get(removal.name)!.replace(/\r\n /g, "")).toContain(
      `X-MD-MINUTES-PRODUCER:${textValue(exported.producer)}\r\n`,
    );
  }
  for (const write of plan.writes) folder.set(write.name, write.contents);
  for (const removal of plan.deletes) folder.delete(removal.name);
}

describe("vdir sync over random sets of notes", () => {
  it("never deletes a file that a note still produces (same titles, same dates, renamed files)", () => {
    const notesArbitrary = fc.uniqueArray(noteArbitrary, {
      selector: (note) => note.path,
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(notesArbitrary, fc.array(stepArbitrary, { maxLength: 4 }), (initial, steps) => {
        let notes: Note[] = [];
        for (const note of initial) if (admissible(notes, note)) notes.push(note);
        const folder = new Map<string, string>();
        for (const step of [null, ...steps]) {
          if (step) notes = applyStep(notes, step);
          for (const note of notes) sync(folder, note, notes);
          // Every note finds all of its items in the folder, as it left them.
          for (const note of notes) {
            const files = [...folder].map(([name, contents]) => ({ name, contents }));
            const again = planVdirSync(exportOf(note), files, NOW);
            expect(again.writes).toEqual([]);
            expect(again.deletes).toEqual([]);
          }
        }
      }),
      propertyParameters(),
    );
  });
});
