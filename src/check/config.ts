import { z } from "zod";
import { sharedOptionsShape } from "../model/options.js";
import { RULES, type RuleId } from "./rules/index.js";

/** A rule's severity by name, or by ESLint's numbers: 0 off, 1 warn, 2 error. */
const severityError = {
  error: () => 'expected "off", "warn" or "error" (or 0, 1, 2 as in ESLint)',
};
export const severitySchema = z.union(
  [z.enum(["off", "warn", "error"], severityError), z.literal([0, 1, 2], severityError)],
  severityError,
);

const SEVERITY_NAMES = ["off", "warn", "error"] as const;

/** The named severity of a setting that may use ESLint's numbers. */
export function severityName(severity: Severity): (typeof SEVERITY_NAMES)[number] {
  return typeof severity === "number" ? SEVERITY_NAMES[severity] : severity;
}

/** A rule's setting: a severity, or a severity with the rule's own options. */
export const ruleSettingSchema = z.union([
  severitySchema,
  z.tuple([severitySchema]).rest(z.unknown()),
]);

/** One rule's setting, with that rule's options schema, so a bad option names the rule and key. */
function settingFor(optionsSchema: z.ZodType, description: string): z.ZodType {
  // `[severity]` and `[severity, options]` as two fixed-length tuples rather than one with an
  // optional item: JSON Schema validators in strict mode (Ajv's strictTuples) want every tuple's
  // minItems and maxItems to equal its prefixItems.
  return z
    .union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, optionsSchema])])
    .describe(description);
}

/** `rules`: only known rule ids, each with its own options; an unknown id fails like any unknown key. */
export const rulesConfigSchema = z.strictObject(
  Object.fromEntries(
    RULES.map((rule) => [
      rule.id,
      settingFor(rule.optionsSchema as z.ZodType, rule.description).optional(),
    ]),
  ),
) as unknown as z.ZodType<RulesConfig>;

export const presetNameSchema = z.enum(["recommended", "strict"]);

/**
 * `.md-minutesrc.json`: the parse options every command shares, plus what `check` reads.
 * Strict, so that a misspelt key fails loudly instead of being ignored.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  ...sharedOptionsShape,
  /** Presets applied in order before `rules`; default "recommended". */
  extends: z.union([presetNameSchema, z.array(presetNameSchema)]).optional(),
  rules: rulesConfigSchema.optional(),
  /** Globs `check` reads when given no paths; default every `*.md` below the current folder. */
  include: z.array(z.string()).optional(),
  /** Globs `check` leaves out; default README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT. */
  exclude: z.array(z.string()).optional(),
  /** `check` judges every file it reads (as `--all` does), not only those that look like meeting notes (a date, an attendee list or a task section). Default: false. */
  all: z.boolean().optional(),
});

export type Config = z.infer<typeof configSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;
/** Severity (and options) by rule id, as `rules` in the config file and `checkMinutes` options take them. */
export type RulesConfig = Partial<Record<RuleId, RuleSetting>>;

export const configJsonSchema = z.toJSONSchema(configSchema, { target: "draft-2020-12" });
