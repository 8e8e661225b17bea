import { z } from "zod";
import { sectionKindSchema } from "./minutes.js";
import { sourceSchema } from "./source.js";

/** One note of a series, as `trackMinutes` ordered it. */
export const trackedNoteSchema = z.object({
  /** The path the note was given with; null when the caller gave none. */
  file: z.string().nullable(),
  title: z.string().nullable(),
  /** The meeting's date, "2026-04-06"; null when the note states none (then ordered by file name). */
  date: z.string().nullable(),
  start: z.string().nullable(),
});

/** Where a tracked task was seen: a note of the series, by its file and date. */
export const noteRefSchema = z.object({
  file: z.string().nullable(),
  date: z.string().nullable(),
});

/**
 * How a task was found to be one seen in an earlier note: `first` (not seen before), `block-id`
 * (the same `^blockId`), `text` (the same words once case, spacing, punctuation and the deadline
 * are set aside) or `similar` (content words, owner and section scored above the threshold).
 */
export const linkKindSchema = z.enum(["first", "block-id", "text", "similar"]);

export const historyEntrySchema = z.object({
  file: z.string().nullable(),
  date: z.string().nullable(),
  /** The task's `id` in that note's model. */
  taskId: z.string(),
  text: z.string(),
  status: z.enum(["open", "done"]),
  due: z.string().nullable(),
  section: sectionKindSchema,
  link: linkKindSchema,
  /** For `similar`: the score that passed the threshold (0..1), so a reader can see why. */
  score: z.number().min(0).max(1).nullable(),
  source: sourceSchema,
});

export const trackedStateSchema = z.enum(["done", "open", "dropped"]);

export const trackedTaskSchema = z.object({
  /**
   * Stable within the series as notes are added: the block id of the first note that has the
   * task, else a slug of its first words and a fingerprint. The `markdown` output writes it as the
   * item's `^blockId`, so that the next note links back exactly.
   */
  id: z.string().min(1),
  /** The text as last written. */
  text: z.string(),
  title: z.string().nullable(),
  /** The block id as last written, when any note gave one. */
  blockId: z.string().nullable(),
  /** Owners as last written, by full name when the note knows the attendee. */
  owners: z.array(z.string()),
  section: sectionKindSchema,
  /** The deadline as last written. */
  due: z.string().nullable(),
  /** The words it came from, as in the model ("by Friday"). */
  dueText: z.string().nullable(),
  /**
   * `done` once a note shows it done; `dropped` when it is absent from every note after the last
   * one that has it (and never done); else `open`.
   */
  state: trackedStateSchema,
  /** Not done, and its deadline passed as of `now`; false without `now`. */
  overdue: z.boolean(),
  /** How many times the deadline moved later from one note to the next; `history` shows each. */
  slips: z.number().int().min(0),
  firstSeen: noteRefSchema,
  lastSeen: noteRefSchema,
  /** The first note that shows it done. */
  doneIn: noteRefSchema.nullable(),
  history: z.array(historyEntrySchema).min(1),
});

export const trackedSeriesSchema = z.object({
  /** The `series:` front-matter value, else the customer, else the note's file (or `--series`). */
  name: z.string().min(1),
  /** How the notes were grouped: `series`, `customer`, `option` (`--series`) or `note` (alone). */
  by: z.enum(["series", "customer", "option", "note"]),
  notes: z.array(trackedNoteSchema),
  tasks: z.array(trackedTaskSchema),
});

export const trackingDiagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().nullable(),
});

export const trackingSchema = z.object({
  schemaVersion: z.literal(1),
  /** "Now" the `overdue` flags were judged at, as given; null when not given. */
  now: z.string().nullable(),
  series: z.array(trackedSeriesSchema),
  diagnostics: z.array(trackingDiagnosticSchema),
});

export type TrackedNote = z.infer<typeof trackedNoteSchema>;
export type NoteRef = z.infer<typeof noteRefSchema>;
export type LinkKind = z.infer<typeof linkKindSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type TrackedState = z.infer<typeof trackedStateSchema>;
export type TrackedTask = z.infer<typeof trackedTaskSchema>;
export type TrackedSeries = z.infer<typeof trackedSeriesSchema>;
export type TrackingDiagnostic = z.infer<typeof trackingDiagnosticSchema>;
export type Tracking = z.infer<typeof trackingSchema>;
