import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";
import { readSchedule } from "../src/resolve/schedule.js";

// Text that looks like a date or an owner but is not one. Each case failed, or could fail, a naive reader.
const meeting = { reference: { date: "2025-09-22", time: "09:00" }, dateOrder: "MDY" as const };

describe("text that looks like a date", () => {
  it.each([
    "40% degradation on the checkout path",
    "Upgrade to version 2.10.3 went fine",
    "3/4 of users saw the banner",
    "Review 1/2 of the logs",
    "Q3 roadmap is on track",
    "[20m] effort to tidy the README",
    "ETA 2 days of effort",
    "Sprint 1 closed",
    "24/7 support rota",
    "50/50 split between teams",
    "p99 at 2.5s after the change",
    "release 4.2 is out",
    "Room 3.14 is booked",
    "Mondays are quiet",
    "March forward with the plan",
    "May we revisit the pricing page",
    "Meet at 9 with the vendor",
  ])("%s has no deadline", (text) => {
    const schedule = readSchedule(text, meeting);
    expect(schedule).toMatchObject({ due: null, dueText: null, duration: null, recurrence: null });
    expect(schedule.notes).toEqual([]);
  });
});

const note = `# Weekly sync

**Date:** 2025-09-22
**Time:** 09:00 - 09:30

## Attendees
- Mark Chen (Engineering Manager)
- Lisa Wong
- Agenda: Roadmap, Pricing
- Not present: Marcus Lee
- Done: Deployed

## Action Items
- Mark the ticket as done
- May we revisit the pricing page
- Will the vendor reply? Unclear
- Agenda: share slides
- Done: deployed the fix
- Grace period of 3 days stays
- Lisa to send the notes
`;

describe("text that looks like an owner or an attendee", () => {
  const minutes = parseMinutes(note);
  const task = (start: string) => minutes.actionItems.find((item) => item.text.startsWith(start));

  it("lists only the people present", () => {
    expect(minutes.attendees.map((attendee) => attendee.id)).toEqual(["mark-chen", "lisa-wong"]);
  });

  it("does not take labels in an attendee list for people", () => {
    const names = minutes.attendees.map((attendee) => attendee.name);
    for (const word of [
      "Agenda",
      "Roadmap",
      "Pricing",
      "Not present",
      "Marcus Lee",
      "Done",
      "Deployed",
    ])
      expect(names).not.toContain(word);
  });

  it.each([
    "Mark the ticket as done",
    "May we revisit the pricing page",
    "Will the vendor reply",
    "Agenda: share slides",
    "deployed the fix",
    "Grace period",
  ])("%s has no owner and no deadline", (start) => {
    const item = task(start);
    expect(item).toBeDefined();
    expect(item!.owners).toEqual([]);
    expect(item!.due).toBeNull();
  });

  it("reads a Done: prefix as a finished task, not a decision", () => {
    expect(task("deployed the fix")?.status).toBe("done");
  });

  it("still reads a real owner in the same list", () => {
    expect(task("Lisa to send the notes")?.owners).toEqual([
      { name: "Lisa", attendeeId: "lisa-wong", kind: "person" },
    ]);
  });

  it("leaves nothing unsettled to report", () => {
    expect(minutes.diagnostics).toEqual([]);
  });
});
