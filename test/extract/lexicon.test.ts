import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

// Each concept has one word list (src/util/lexicon.ts); these read every reader of a concept
// with the same words, so a word learnt once works everywhere the concept is read.
const dated = (body: string) => parseMinutes(`# Sync\n\n**Date:** 2026-03-02\n\n${body}`);

describe("one word list per concept", () => {
  it.each(["Regrets", "Apologies", "Absent", "Not present", "Unable to attend", "Excused"])(
    "%s: keeps people out of the attendees as a label and as a heading",
    (label) => {
      const asLabel = dated(`**Attendees:** Ana Ruiz, Ben Ode\n\n**${label}:** Cy Diaz\n`);
      expect(asLabel.attendees.map((attendee) => attendee.name)).toEqual(["Ana Ruiz", "Ben Ode"]);
      const asHeading = dated(`## Attendees\n\n- Ana Ruiz\n\n## ${label}\n\n- Cy Diaz\n`);
      expect(asHeading.attendees.map((attendee) => attendee.name)).toEqual(["Ana Ruiz"]);
    },
  );

  it.each(["due", "by", "before", "until", "no later than", "deadline:"])(
    "'%s' makes its date the deadline over an earlier date in the task",
    (cue) => {
      const minutes = dated(
        `## Action items\n\n- Ana to summarise the March 4 call ${cue} March 9\n`,
      );
      expect(minutes.actionItems[0]!.due).toBe("2026-03-09");
    },
  );

  it.each(["Done", "Completed", "Finished", "Closed", "Shipped", "Resolved"])(
    "%s over a status list marks its entries as no open work",
    (word) => {
      const minutes = dated(
        `## Status\n\n- ${word}\n  - Ana Ruiz to migrate the queue\n- In progress\n  - Ben Ode to rotate the keys\n`,
      );
      expect(minutes.actionItems.map((task) => task.text)).toEqual(["Ben Ode to rotate the keys"]);
    },
  );

  it.each(["Jan", "January", "Sept", "September"])(
    "reads the month '%s' in a deadline",
    (month) => {
      const minutes = dated(`## Action items\n\n- Ana to file the report by ${month} 15, 2027\n`);
      expect(minutes.actionItems[0]!.due).toBe(month.startsWith("J") ? "2027-01-15" : "2027-09-15");
    },
  );
});
