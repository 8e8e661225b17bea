import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Rule } from "../check/rule.js";
import { RULES } from "../check/rules/index.js";
import { type CheckedFile, rangeOf } from "./checked-file.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF 2.1.0, the format GitHub code scanning and SARIF viewers read; every rule is listed in tool.driver.rules. */
export function formatSarif(files: readonly CheckedFile[]): string {
  return `${JSON.stringify(toSarif(files), null, 2)}\n`;
}

export function toSarif(files: readonly CheckedFile[]): Log {
  const rules = RULES as readonly Rule<unknown>[];
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url,
    defaultConfiguration: {
      level:
        rule.defaultSeverity === "off"
          ? "none"
          : rule.defaultSeverity === "warn"
            ? "warning"
            : "error",
    },
  }));
  const results: Result[] = files.flatMap((file) =>
    file.messages.map((message): Result => {
      const { line, column, endLine, endColumn } = rangeOf(message);
      const ruleId = message.ruleId ?? "md-minutes";
      const ruleIndex = index.get(ruleId);
      return {
        ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: message.fatal ? "error" : "warning",
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file.path) },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
      };
    }),
  );
  return {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: "md-minutes",
            informationUri: "https://github.com/md-minutes/md-minutes",
            rules: descriptors,
          },
        },
        results,
      },
    ],
  };
}

/** SARIF wants URI references: forward slashes, and reserved characters percent-encoded. */
function toUri(path: string): string {
  return path.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}
