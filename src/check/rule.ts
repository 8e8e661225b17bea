import { z } from "zod";
import type { Minutes } from "../model/minutes.js";
import type { PeopleIndex } from "../model/people.js";
import type { Source } from "../model/source.js";
import type { TrackedSeries } from "../model/tracking.js";
import { HOMEPAGE } from "../version.js";
import type { NoteText } from "./note-text.js";

export type RuleSeverity = "warn" | "error";

/** What a rule hands to `context.report`: the runner adds severity, rule id, file and docs url. */
export interface RuleReport {
  /** "Unexpected …, expected …". */
  message: string;
  /** The smallest span that shows the problem. */
  source: Source | null;
  actual?: string;
  expected?: string[];
}

export interface RuleContext<Options> {
  /** The rule's options, already validated and merged over its defaults. */
  options: Options;
  /** The note's text as given (offsets as in the model), for narrowing spans. */
  text: NoteText;
  /** Who a name means: attendees, config `people`, groups and organizations. */
  people: PeopleIndex;
  /** "Now" as local wall-clock ("2025-10-10" or "2025-10-10T09:00"), or null when not given. */
  now: string | null;
  report(report: RuleReport): void;
}

/** What a series rule hands to `context.report`: the note it points at, besides the message. */
export interface SeriesRuleReport extends RuleReport {
  /** The note, as the series names it (`TrackedNote.file`). */
  file: string | null;
}

export interface SeriesRuleContext<Options> {
  options: Options;
  /** A note's text by its file, for narrowing spans; null when the series has no such note. */
  textOf(file: string | null): NoteText | null;
  report(report: SeriesRuleReport): void;
}

/**
 * A rule is metadata plus one function, as in remark-lint: it never sees severity or config
 * plumbing, only the model and a context to report through.
 */
export interface Rule<Options = Record<string, never>, Id extends string = string> {
  id: Id;
  description: string;
  defaultSeverity: RuleSeverity | "off";
  /** Why a default of "off" or a precondition, for the docs table ("needs `--now`"). */
  note?: string;
  optionsSchema: z.ZodType<Options>;
  defaultOptions: Options;
  url: string;
  check(minutes: Minutes, context: RuleContext<Options>): void;
  /**
   * Over the notes of one series, when `check` reads two or more of them (see trackMinutes):
   * what no single note shows, such as a task that vanished. A rule with it may leave `check` empty.
   */
  checkSeries?(series: TrackedSeries, context: SeriesRuleContext<Options>): void;
}

export const DOCS_BASE_URL = `${HOMEPAGE}#rule-`;

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}`;
}

/** A rule as written: a rule without options leaves out its schema and defaults, and the url follows from the id. */
export type RuleDefinition<Options, Id extends string> = Omit<
  Rule<Options, Id>,
  "optionsSchema" | "defaultOptions" | "url"
> &
  Partial<Pick<Rule<Options, Id>, "optionsSchema" | "defaultOptions" | "url">>;

const NO_OPTIONS = z.strictObject({});

/** Keeps each rule's id and options types while the list holds them all. */
export function defineRule<const Id extends string, Options = Record<string, never>>(
  rule: RuleDefinition<Options, Id>,
): Rule<Options, Id> {
  return {
    optionsSchema: NO_OPTIONS as unknown as z.ZodType<Options>,
    defaultOptions: {} as Options,
    url: docsUrl(rule.id),
    ...rule,
  };
}
