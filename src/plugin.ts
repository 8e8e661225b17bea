import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { type CheckOptions, runRules } from "./check/check-minutes.js";
import { isOptedOut } from "./check/opt-out.js";
import { compileRuleSettings } from "./check/settings.js";
import type { Minutes } from "./model/minutes.js";

declare module "vfile" {
  interface DataMap {
    /** The meeting model `remarkMinutes` read from the file. */
    minutes: Minutes;
  }
}

export type RemarkMinutesOptions = CheckOptions;

/**
 * A unified plugin for remark-cli and friends: reads the file's note into `file.data.minutes` and
 * reports the same messages as `md-minutes check` (none for a note whose front matter says
 * `md-minutes: false`). Rules are settled once, when the plugin is attached.
 */
export const remarkMinutes: Plugin<[(RemarkMinutesOptions | null | undefined)?]> = (options) => {
  const { extends: presets, rules, now, ...parseOptions } = options ?? {};
  const active = compileRuleSettings({ extends: presets, rules });
  return (_tree: unknown, file: VFile) => {
    const fileName = parseOptions.fileName ?? (file.path || null);
    const markdown = String(file);
    const { minutes, messages } = runRules(
      markdown,
      { ...parseOptions, fileName },
      active,
      now ?? null,
    );
    file.data.minutes = minutes;
    if (isOptedOut(markdown)) return;
    for (const message of messages) {
      message.file = file.path ?? "";
      file.messages.push(message);
    }
  };
};
