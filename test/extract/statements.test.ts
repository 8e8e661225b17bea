import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const header = `# Escalation: Acme\n\n**Date:** 2025-09-27\n**Time:** 10:00 - 11:00\n\n**Attendees:**\n- Customer: John Smith, CTO (Acme)\n- Internal: David Park (Product Manager), Sarah Johnson (Account Executive)\n\n`;

describe("lead-in sentences give authors and owners", () => {
  it("gives the concerns after 'John expressed frustration with:' to John", () => {
    const minutes = parseMinutes(
      `${header}### Concerns\nJohn expressed frustration with:\n- Slow pages\n- Lost orders\n`,
    );
    expect(minutes.concerns.map((concern) => [concern.text, concern.by?.attendeeId])).toEqual([
      ["Slow pages", "john-smith"],
      ["Lost orders", "john-smith"],
    ]);
  });

  it("gives the findings after 'David presented findings:' to David", () => {
    const minutes = parseMinutes(
      `${header}### Technical Assessment\nDavid presented findings:\n- A cache was cold\n`,
    );
    expect(minutes.findings).toMatchObject([
      { text: "A cache was cold", by: { name: "David", attendeeId: "david-park", kind: "person" } },
    ]);
  });

  it("makes the commitments after 'Sarah committed to:' Sarah's", () => {
    const minutes = parseMinutes(
      `${header}### Account Management\nSarah committed to:\n- Weekly reviews for next 3 months\n- A named contact\n`,
    );
    expect(
      minutes.commitments.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.recurrence,
      ]),
    ).toEqual([
      ["Weekly reviews for next 3 months", ["sarah-johnson"], "FREQ=WEEKLY;UNTIL=20251227"],
      ["A named contact", ["sarah-johnson"], null],
    ]);
  });

  it("reads 'John agreed to give 72-hour evaluation period' as John's commitment with a duration", () => {
    const minutes = parseMinutes(
      `${header}### Customer Commitment\nJohn agreed to give 72-hour evaluation period before making final decisions.\n`,
    );
    expect(minutes.commitments).toMatchObject([
      { owners: [{ attendeeId: "john-smith" }], duration: "PT72H", due: null },
    ]);
  });

  it("leaves a statement without a lead-in unattributed", () => {
    const minutes = parseMinutes(`${header}### Concerns\n- Slow pages\n`);
    expect(minutes.concerns).toMatchObject([{ text: "Slow pages", by: null }]);
  });

  it("attributes a statement that opens with an attendee's name as a label", () => {
    const minutes = parseMinutes(`${header}### Decisions\n- **John:** the rollout can go ahead\n`);
    expect(minutes.decisions).toMatchObject([
      { text: "the rollout can go ahead", by: { attendeeId: "john-smith" } },
    ]);
  });
});

describe("content no section claims", () => {
  it("is kept as notes under an unknown heading", () => {
    const minutes = parseMinutes(`${header}## Overnight Events\n\n- Disk usage reached 91%\n`);
    expect(minutes.sections.map((section) => [section.heading, section.kind])).toEqual([
      ["Attendees", "attendees"],
      ["Overnight Events", "other"],
    ]);
    expect(minutes.notes).toMatchObject([
      { text: "Disk usage reached 91%", extractor: "other-section" },
    ]);
  });
});

describe("a decisions table", () => {
  const decisions = (table: string) =>
    parseMinutes(`${header}## Decisions\n\n${table}\n`).decisions.map((decision) => [
      decision.text,
      decision.by?.attendeeId ?? null,
    ]);

  it("reads the decision from its column and whose it is from the person column", () => {
    expect(
      decisions(
        "| Decision | Owner | Date |\n| --- | --- | --- |\n| Adopt the new SLA tiers | David | 27/09 |\n| Retire the legacy portal by Q3 | Someone Else | 30/09 |",
      ),
    ).toEqual([
      ["Adopt the new SLA tiers", "david-park"],
      ["Retire the legacy portal by Q3", null],
    ]);
  });

  it("keeps the whole row of a table with no decision column", () => {
    expect(
      decisions("| Topic | Result |\n| --- | --- |\n| SLA tiers | Adopted as proposed |"),
    ).toEqual([["SLA tiers | Adopted as proposed", null]]);
  });
});
