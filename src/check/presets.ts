import type { Severity } from "./config.js";
import { RULES } from "./rules/index.js";

export const PRESET_NAMES = ["recommended", "strict"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** `recommended`: each rule at its own default severity. `strict`: every rule an error. */
export const PRESETS: Record<PresetName, Readonly<Record<string, Severity>>> = {
  recommended: Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])),
  strict: Object.fromEntries(RULES.map((rule) => [rule.id, "error" as const])),
};
