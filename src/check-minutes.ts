import type { Root } from "mdast";
import { applyRules, type CheckOptions, type CheckResult } from "./check/apply-rules.js";
import { applySeriesRules } from "./check/apply-series-rules.js";
import { type ActiveRule, compileRuleSettings } from "./check/settings.js";
import type { ParseOptions } from "./model/options.js";
import { parseMinutes, parseMinutesFromTree } from "./parse-minutes.js";
import { buildPeopleIndex } from "./resolve/owners.js";

/** Reads a note and runs the configured rules over its model (presets and `rules` as in the config file). */
export function checkMinutes(markdown: string, options?: CheckOptions | null): CheckResult {
  const { extends: presets, rules, now, ...parseOptions } = options ?? {};
  return runRules(
    markdown,
    parseOptions,
    compileRuleSettings({ extends: presets, rules }),
    now ?? null,
  );
}

/**
 * The per-note half of `checkMinutes`, for callers that settle the rules once for many notes;
 * `tree` is the note's CommonMark + GFM tree when the caller has parsed it already.
 */
export function runRules(
  markdown: string,
  parseOptions: ParseOptions,
  active: readonly ActiveRule[],
  now: string | null,
  tree: Root | null = null,
): CheckResult {
  const minutes = tree
    ? parseMinutesFromTree(markdown, tree, parseOptions)
    : parseMinutes(markdown, parseOptions);
  const people = buildPeopleIndex(minutes.attendees, parseOptions.people, [minutes.customer ?? ""]);
  const file = parseOptions.fileName ?? "";
  return { minutes, ...applyRules(minutes, { markdown, people, active, now, file }) };
}

/**
 * Checks several notes as `md-minutes check` does: each on its own, then the notes of each series
 * together (see applySeriesRules), every note under the same options.
 */
export function checkNotes(
  notes: ReadonlyArray<{ file: string; markdown: string }>,
  options?: CheckOptions | null,
): Array<CheckResult & { file: string }> {
  const { extends: presets, rules, now, ...parseOptions } = options ?? {};
  const active = compileRuleSettings({ extends: presets, rules });
  const judged = notes.map(({ file, markdown }) => ({
    file,
    markdown,
    ...runRules(markdown, { ...parseOptions, fileName: file }, active, now ?? null),
  }));
  applySeriesRules(judged, () => active, now ?? null);
  return judged.map(({ file, minutes, messages, suppressedMessages }) => ({
    file,
    minutes,
    messages,
    suppressedMessages,
  }));
}
