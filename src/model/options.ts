import { z } from "zod";
import { canonicalTimeZone, isWallClock, unknownZoneMessage } from "./date-time.js";
import { meetingKindSchema, sectionKindSchema } from "./minutes.js";

const referenceDatePattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

export const personSchema = z.strictObject({
  email: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  role: z.string().optional(),
  organization: z.string().optional(),
});

/** Options shared by `parseMinutes` and the config file. Each one is documented in the README with its default. */
export const sharedOptionsShape = {
  /** The meeting's reference instant when the note states no date: "2025-09-27" or "2025-09-27T10:00" (local wall-clock). Default: none. */
  referenceDate: z
    .string()
    .regex(referenceDatePattern, 'expected "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"')
    .refine(isWallClock, {
      error: (issue) => `"${String(issue.input)}" names no real day and time`,
    })
    .nullish(),
  /** IANA time zone of the meeting, e.g. "Europe/Berlin". Default: the note's own, else none (floating times). */
  timezone: z
    .string()
    .min(1)
    .refine((name) => canonicalTimeZone(name) !== null, {
      error: (issue) => unknownZoneMessage(String(issue.input)),
    })
    .nullish(),
  /** How to read "10/11/2025": month first ("MDY", the default) or day first ("DMY"). */
  dateOrder: z.enum(["MDY", "DMY"]).nullish(),
  /** The meeting kind, overriding what the note's title and headings suggest. */
  kind: meetingKindSchema.nullish(),
  /** Known people, by full name: their email and the other names they go by. */
  people: z.record(z.string(), personSchema).nullish(),
  /** Extra heading synonyms per section kind: { "actionItems": ["Homework"] }. */
  sectionAliases: z.partialRecord(sectionKindSchema, z.array(z.string())).nullish(),
  /** Largest input, in characters (UTF-16 code units; the CLI counts bytes), that is parsed; larger notes give a single `input-too-large` diagnostic. Default 5 MiB (5242880). */
  maxInputSize: z.number().int().positive().nullish(),
  /** Deepest nesting of blockquotes and lists a line may have; deeper lines are read as plain text with a `nesting-too-deep` diagnostic. Default 100. */
  maxNestingDepth: z.number().int().positive().nullish(),
  /** Longest paragraph, in characters, given to Markdown inline parsing; longer ones are read as plain text with a `paragraph-too-long` diagnostic. Default 20000. */
  maxParagraphLength: z.number().int().positive().nullish(),
};

/** A part-of-speech check: is `word`, in `clause`, a verb? */
export interface PartOfSpeech {
  isVerb(clause: string, word: string): boolean;
}

/** Gives the check when a note first needs it; null leaves the word-list reading. */
export type PartOfSpeechLoader = () => PartOfSpeech | null;

export const parseOptionsSchema = z.strictObject({
  ...sharedOptionsShape,
  /**
   * Loads the part-of-speech check behind prose commitments ("Dan will *ask* ..."), once per
   * note and only when a sentence needs it. The Node entry points default it to compromise;
   * `null` reads with word lists alone. Default: compromise under Node, none in a browser bundle.
   */
  partOfSpeech: z
    .custom<PartOfSpeechLoader>((value) => typeof value === "function", "expected a function")
    .nullish(),
  /**
   * The day the note is read, "YYYY-MM-DD". A meeting dated by weekday and day without a year
   * ("Friday 3/6") is placed in the latest year up to this day in which that day is that weekday.
   * Default: none, and such a date is left unread; the command line passes the day it runs (or `--now`).
   */
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected "YYYY-MM-DD"')
    .refine(isWallClock, {
      error: (issue) => `"${String(issue.input)}" names no real day`,
    })
    .nullish(),
  /** The note's file name; a date in it ("2016-5-19-pm-call.md") is the meeting date when the note states none. */
  fileName: z.string().nullish(),
});

export type Person = z.infer<typeof personSchema>;
export type ParseOptions = z.input<typeof parseOptionsSchema>;
export const DEFAULT_MAX_INPUT_SIZE = 5 * 1024 * 1024;
