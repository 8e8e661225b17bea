import { z } from "zod";
import { minutesSchema } from "../../model/minutes.js";
import { defineRule, docsUrl } from "../rule.js";
import { noteStart } from "./note-start.js";

export const schema = defineRule({
  id: "schema",
  description: "The extracted model passes its zod schema (guards the extractor; should never fire).",
  defaultSeverity: "error",
  optionsSchema: z.strictObject({}),
  defaultOptions: {},
  url: docsUrl("schema"),
  check(minutes, context) {
    // parseMinutes swaps a model that fails its schema for an empty one and says so in a diagnostic.
    for (const diagnostic of minutes.diagnostics) {
      if (diagnostic.code !== "schema") continue;
      context.report({ message: `Unexpected model: ${diagnostic.message}, expected a model that passes the schema (please report this)`, source: noteStart(context.text) });
    }
    const result = minutesSchema.safeParse(minutes);
    if (result.success) return;
    for (const issue of result.error.issues.slice(0, 10)) {
      context.report({
        message: `Unexpected model value at \`${issue.path.join(".")}\`: ${issue.message}, expected a model that passes the schema (please report this)`,
        source: noteStart(context.text),
      });
    }
  },
});
