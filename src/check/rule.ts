import type { z } from "zod";
import type { Minutes } from "../model/minutes.js";
import type { Source } from "../model/source.js";
import type { PeopleIndex } from "../resolve/owners.js";
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
  /** The note's text (BOM dropped, line endings as LF), for narrowing spans. */
  text: NoteText;
  /** Who a name means: attendees, config `people`, groups and organizations. */
  people: PeopleIndex;
  /** "Now" as local wall-clock ("2025-10-10" or "2025-10-10T09:00"), or null when not given. */
  now: string | null;
  report(report: RuleReport): void;
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
}

export const DOCS_BASE_URL = "https://github.com/md-minutes/md-minutes#rule-";

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}`;
}

/** Keeps each rule's id and options types while the list holds them all. */
export function defineRule<const Id extends string, Options>(rule: Rule<Options, Id>): Rule<Options, Id> {
  return rule;
}
