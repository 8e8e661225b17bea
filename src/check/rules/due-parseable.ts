import { defineRule } from "../rule.js";

// The extractor quotes the phrase it could not read: `Cannot read a date in "by the 45th of Octember"`.
const QUOTED = /"([^"]+)"/;

export const dueParseable = defineRule({
  id: "due-parseable",
  description:
    'A phrase that reads like a deadline ("by the 45th", "due Octember 3") can be resolved to a date.',
  defaultSeverity: "error",
  check(minutes, context) {
    for (const diagnostic of minutes.diagnostics) {
      if (diagnostic.code !== "unresolved-date") continue;
      const phrase = QUOTED.exec(diagnostic.message)?.[1] ?? null;
      const within = diagnostic.source;
      const narrowed = within ? context.text.narrow(within, phrase) : null;
      const source = within && narrowed === within ? context.text.firstLine(within) : narrowed;
      context.report({
        message: `Unexpected unreadable deadline${phrase ? ` "${phrase}"` : ""}, expected a date such as \`by October 15\`, \`2025-10-15\` or \`within 3 days\``,
        source,
        ...(phrase ? { actual: phrase } : {}),
      });
    }
  },
});
