import { z } from "zod";
import { sharedOptionsShape } from "./options.js";

export const severitySchema = z.enum(["off", "warn", "error"]);

/** A rule's setting: a severity, or a severity with the rule's own options. */
export const ruleSettingSchema = z.union([severitySchema, z.tuple([severitySchema]).rest(z.unknown())]);

/**
 * `.md-minutesrc.json`: the parse options every command shares, plus what `check` reads.
 * Strict, so that a misspelt key fails loudly instead of being ignored.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  ...sharedOptionsShape,
  extends: z.union([z.enum(["recommended", "strict"]), z.array(z.enum(["recommended", "strict"]))]).optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  include: z.array(z.string()).optional(),
  exclude: z.array(z.string()).optional(),
});

export type Config = z.infer<typeof configSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const configJsonSchema = z.toJSONSchema(configSchema, { target: "draft-2020-12" });
