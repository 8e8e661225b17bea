import type { Root } from "mdast";
import type { Plugin, Processor } from "unified";
import type { VFile } from "vfile";
import { type CheckOptions, validNow } from "./check/apply-rules.js";
import type { Config } from "./check/config.js";
import { type ConfigLookup, createConfigLookup } from "./check/config-lookup.js";
import { looksLikeMeetingNote } from "./check/looks-like-note.js";
import { type ActiveRule, compileRuleSettings } from "./check/settings.js";
import { runRules } from "./check-minutes.js";
import type { Minutes } from "./model/minutes.js";
import { isOptedOut } from "./parse/opt-out.js";

declare module "vfile" {
  interface DataMap {
    /** The meeting model `remarkMinutes` read from the file. */
    minutes: Minutes;
  }
}

/**
 * The keys of `.md-minutesrc.json` (parse options, `extends`, `rules`, `all`; `include` and
 * `exclude` are accepted and left to remark, which picks the files) plus `now` and `fileName`.
 */
export type RemarkMinutesOptions = CheckOptions & Omit<Config, "extends" | "rules">;

/**
 * A unified plugin for remark-cli and friends: reads the file's note into `file.data.minutes` and
 * reports the same messages as `md-minutes check`. It takes the same config: the nearest
 * `.md-minutesrc.json` above a file that has a path (where the runtime has a file system), with
 * the plugin's options over it, key by key and rule by rule. A note whose front matter says
 * `md-minutes: false`, or that does not look like a meeting note (unless `all`), gets no messages.
 */
export const remarkMinutes: Plugin<[(RemarkMinutesOptions | null | undefined)?]> = function (
  options,
) {
  const given = options ?? {};
  // remark's tree stands for our own parse only when it was parsed with GFM (tables, task lists,
  // autolinks): without it the note is read again, as md-minutes reads every note.
  const reuseTree = parsesGfm(this);
  validNow(given.now);
  const lookup = createConfigLookup();
  const compiled = new Map<Config | null, readonly ActiveRule[]>();
  const activeFor = (found: Config | null): readonly ActiveRule[] => {
    let active = compiled.get(found);
    if (!active) {
      const merged = mergeConfig(found, given);
      active = compileRuleSettings({ extends: merged.extends, rules: merged.rules });
      compiled.set(found, active);
    }
    return active;
  };
  activeFor(null); // Bad rule options fail when the plugin is attached, not at the first file.
  // The tree is typed loosely so that the package's public types need no @types/mdast.
  return (tree: unknown, file: VFile) => {
    const found = fileConfig(lookup, file);
    const {
      extends: _extends,
      rules: _rules,
      now,
      all,
      include: _include,
      exclude: _exclude,
      $schema: _schema,
      ...parseOptions
    } = mergeConfig(found, given);
    const fileName = parseOptions.fileName ?? (file.path || null);
    const markdown = String(file);
    const { minutes, messages } = runRules(
      markdown,
      { ...parseOptions, fileName },
      activeFor(found),
      now ?? null,
      reuseTree ? (tree as Root) : null,
    );
    file.data.minutes = minutes;
    if (isOptedOut(markdown) || (!all && !looksLikeMeetingNote(minutes))) return;
    for (const message of messages) {
      message.file = file.path ?? "";
      file.messages.push(message);
    }
  };
};

/** Whether the processor's parser has GFM's syntax trees: tables, task list items, literal autolinks, strikethrough. */
function parsesGfm(processor: Processor): boolean {
  const extensions = (processor.data("fromMarkdownExtensions") ?? []) as unknown[];
  const handlers = new Set<string>();
  for (const extension of extensions.flat(Number.POSITIVE_INFINITY) as Array<{
    enter?: object;
    exit?: object;
  }>) {
    for (const name of Object.keys(extension?.enter ?? {})) handlers.add(name);
    for (const name of Object.keys(extension?.exit ?? {})) handlers.add(name);
  }
  return ["table", "taskListCheckValueChecked", "literalAutolink", "strikethrough"].every((name) =>
    handlers.has(name),
  );
}

/** The config file above the file, or a fatal message on the file naming what is wrong with it. */
function fileConfig(lookup: ConfigLookup | null, file: VFile): Config | null {
  if (!lookup || !file.path) return null;
  try {
    return lookup.forFile(file.path, file.cwd)?.config ?? null;
  } catch (error) {
    file.fail((error as Error).message, { ruleId: "config", source: "md-minutes" });
  }
}

/** Options over the config file, as command-line flags are over it; `rules` merge rule by rule. */
function mergeConfig(found: Config | null, given: RemarkMinutesOptions): RemarkMinutesOptions {
  if (!found) return given;
  // `null` and `undefined` mean "the default", which here is the config file's value.
  const set = Object.fromEntries(Object.entries(given).filter(([, value]) => value != null));
  const merged = { ...found, ...set } as RemarkMinutesOptions;
  if (found.rules && given.rules) merged.rules = { ...found.rules, ...given.rules };
  return merged;
}
