import { defineRule } from "../rule.js";
import { noteStart } from "./note-start.js";

export const schema = defineRule({
  id: "schema",
  description:
    "The extracted model passes its zod schema (guards the extractor; should never fire).",
  defaultSeverity: "error",
  check(minutes, context) {
    // parseMinutes already validates every model (a second parse per note would double that cost);
    // a model that fails is swapped for an empty one and the failure kept as a `schema` diagnostic.
    for (const diagnostic of minutes.diagnostics) {
      if (diagnostic.code !== "schema") continue;
      context.report({
        message: `Unexpected model that fails its schema (${diagnostic.message}), expected a valid model (please report this as a bug)`,
        source: noteStart(context.text),
      });
    }
  },
});
