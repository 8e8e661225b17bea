import { describe, expect, it } from "vitest";
import { withoutDeadline } from "../../src/track/task-text.js";

const clean = (text: string, dueText: string | null, title: string | null = null) =>
  withoutDeadline({ text, dueText, title });

describe("the text of a tracked task without its deadline words", () => {
  it("drops the deadline and the one word that led into it", () => {
    expect(clean("Send the incident timeline to Ingrid by 2026-04-08", "2026-04-08")).toBe(
      "Send the incident timeline to Ingrid",
    );
    expect(clean("Send the incident timeline to Ingrid (due 2026-04-14)", "2026-04-14")).toBe(
      "Send the incident timeline to Ingrid",
    );
    expect(clean("Schedule hotfix deployment for 6 PM today", "6 PM today")).toBe(
      "Schedule hotfix deployment",
    );
    expect(clean("Log in by Friday", "Friday")).toBe("Log in");
  });

  it("keeps what follows the deadline, a bold title, and text without a deadline", () => {
    expect(clean("Within 24 hours to production", "Within 24 hours", "Deploy Hotfix")).toBe(
      "Deploy Hotfix: to production",
    );
    expect(clean("Write the incident report ^report", null)).toBe("Write the incident report");
    expect(clean("Review the logs", "next week")).toBe("Review the logs");
  });
});
