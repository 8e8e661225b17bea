import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMinutes, RULES } from "../../src/index.js";

const src = new URL("../../src/", import.meta.url).pathname;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return path.endsWith("/cli") ? [] : sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Codes older rules read under their own ids. */
const READ_BY: Record<string, string> = {
  "unresolved-date": "due-parseable",
  "duplicate-attendee": "no-duplicate-attendees",
  // trackMinutes' word for a dated series holding an undated note: `meeting-date` flags the note.
  "no-meeting-date": "meeting-date",
};
// A code block too long for the parser is skipped without a diagnostic: code is never extracted.
const NEVER_REPORTED = new Set(["code-too-long"]);

describe("extraction diagnostics", () => {
  it("every diagnostic code the extractor can write has a check rule", () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(src))
      for (const match of readFileSync(file, "utf8").matchAll(/\bcode: "([a-z-]+)"/g))
        codes.add(match[1]!);
    expect(codes.size).toBeGreaterThan(10);
    const ruleIds = new Set<string>(RULES.map((rule) => rule.id));
    const missing = [...codes].filter(
      (code) => !NEVER_REPORTED.has(code) && !ruleIds.has(READ_BY[code] ?? code),
    );
    expect(missing).toEqual([]);
  });

  it("errors for broken input, warnings for ambiguity", () => {
    const severity = Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity]));
    for (const id of [
      "front-matter",
      "unknown-timezone",
      "unreadable-date",
      "unreadable-time",
      "nesting-too-deep",
      "paragraph-too-long",
      "paragraph-too-complex",
      "input-too-large",
      "internal-error",
    ])
      expect([id, severity[id]]).toEqual([id, "error"]);
    expect(severity["ambiguous-date"]).toBe("warn");
    expect(severity["no-reference-date"]).toBe("warn");
  });

  it("a note that was not read is reported as such, not as one without date and attendees", () => {
    const { messages } = checkMinutes("# Sync\n\n**Date:** 2025-10-06\n", { maxInputSize: 10 });
    expect(messages.map((message) => message.ruleId)).toEqual(["input-too-large"]);
  });
});
