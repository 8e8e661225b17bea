import type { Attendee, Diagnostic, MeetingKind } from "../model/minutes.js";
import type { PartOfSpeech, Person } from "../model/options.js";
import type { PeopleIndex } from "../model/people.js";
import type { SectionAliases } from "../parse/heading-kinds.js";
import type { RawSection } from "../parse/sections.js";
import type { Reference } from "../resolve/phrase-words.js";
import { readSchedule, type Schedule } from "../resolve/schedule.js";
import type { LabelLine } from "./labels.js";

/** Options after defaults are applied. */
export interface ResolvedOptions {
  referenceDate: string | null;
  timezone: string | null;
  dateOrder: "MDY" | "DMY" | null;
  fileName: string | null;
  today: string | null;
  kind: MeetingKind | null;
  people: Record<string, Person>;
  sectionAliases: SectionAliases | null;
  /** Memoized: loads the part-of-speech check on first use, at most once per note. */
  partOfSpeech: () => PartOfSpeech | null;
}

/** The meeting facts settled before the sections are read. */
export interface Facts {
  title: string | null;
  kind: MeetingKind;
  date: string | null;
  start: string | null;
  end: string | null;
  timezone: string | null;
  location: string | null;
  customer: string | null;
  context: string | null;
  dateSource: "note" | "front-matter" | "file-name" | "option" | "weekday" | null;
}

/** What every extractor may read; extractors add to `diagnostics` and `schedules` and nothing else. */
export interface ExtractContext {
  /** Each text's timing, read once per note: a list's lead-in and heading are asked about for every item. */
  schedules: Map<string, Schedule>;
  text: string;
  sections: readonly RawSection[];
  frontMatter: Record<string, unknown> | null;
  options: ResolvedOptions;
  labels: readonly LabelLine[];
  facts: Facts;
  attendees: readonly Attendee[];
  people: PeopleIndex;
  reference: Reference | null;
  diagnostics: Diagnostic[];
}

/** What a text of this note says about timing (readSchedule), read once per text. */
export function scheduleOf(text: string, context: ExtractContext): Schedule {
  let schedule = context.schedules.get(text);
  if (!schedule) {
    schedule = readSchedule(text, {
      reference: context.reference,
      dateOrder: context.options.dateOrder,
    });
    context.schedules.set(text, schedule);
  }
  return { ...schedule, notes: [...schedule.notes] };
}
