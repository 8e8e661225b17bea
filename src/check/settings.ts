import { z } from "zod";
import { mostSpecificIssue } from "../model/issues.js";
import {
  type Config,
  presetNameSchema,
  type RuleSetting,
  rulesConfigSchema,
  type Severity,
  severityName,
} from "./config.js";
import { PRESETS } from "./presets.js";
import type { Rule, RuleSeverity } from "./rule.js";
import { RULES } from "./rules/index.js";

/** A rule the runner will call, with its severity and options settled. */
export interface ActiveRule {
  rule: Rule<unknown>;
  severity: RuleSeverity;
  options: unknown;
}

export type RuleSettings = Pick<Config, "extends" | "rules">;

const settingsSchema = z.object({
  extends: z.union([presetNameSchema, z.array(presetNameSchema)]).nullish(),
  rules: rulesConfigSchema.nullish(),
});

/**
 * Settles which rules run, how severe they are and with which options: presets first (default
 * "recommended"), then `rules` over them. Done once per config, not once per note.
 */
export function compileRuleSettings(settings: RuleSettings | null | undefined): ActiveRule[] {
  const parsed = settingsSchema.safeParse(settings ?? {});
  if (!parsed.success) {
    const issue = mostSpecificIssue(parsed.error.issues[0]!);
    const key =
      issue.code === "unrecognized_keys"
        ? `${issue.path.join(".")}.${issue.keys[0]}`
        : issue.path.join(".");
    throw new TypeError(`Invalid md-minutes check option "${key}": ${issue.message}`);
  }
  const presets =
    parsed.data.extends == null ? ["recommended" as const] : [parsed.data.extends].flat();
  const severities: Record<string, Severity> = {};
  for (const preset of presets) Object.assign(severities, PRESETS[preset]);
  const configured: Record<string, RuleSetting | undefined> = parsed.data.rules ?? {};
  const active: ActiveRule[] = [];
  for (const rule of RULES as readonly Rule<unknown>[]) {
    const setting = configured[rule.id];
    const severity = severityName(
      setting === undefined
        ? (severities[rule.id] ?? "off")
        : Array.isArray(setting)
          ? setting[0]
          : setting,
    );
    if (severity === "off") continue;
    const given = Array.isArray(setting) ? ((setting[1] as object | undefined) ?? {}) : {};
    active.push({ rule, severity, options: mergeOptions(rule.defaultOptions, given) });
  }
  return active;
}

function mergeOptions(defaults: unknown, given: object): unknown {
  return { ...(defaults as object), ...given };
}
