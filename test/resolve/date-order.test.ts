import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { inferDateOrder } from "../../src/resolve/date-order.js";

describe("a date order the note's dates settle by clustering", () => {
  it("reads two ambiguous dates a week apart day first when month first spreads them over months", () => {
    const text = "Date: 05/03/2025\n\nNext meeting: 12/03/2025\n";
    expect(inferDateOrder(text, null)).toBe("DMY");
    expect(parseMinutes(`# Client call\n\n${text}`).date).toBe("2025-03-05");
  });

  it("reads them month first when that is the reading that keeps them close", () => {
    expect(inferDateOrder("Held 03/05/2025; follow-up on 03/12/2025.", null)).toBe("MDY");
  });

  it("counts the file name's date with the text's", () => {
    expect(inferDateOrder("Next review: 09/04/2024", "minutes-02-04-2024.md")).toBe("DMY");
  });

  it("settles nothing from one date, from dates the same either way, or from a note whose dates spread both ways", () => {
    expect(inferDateOrder("Date: 05/03/2025", null)).toBeNull();
    expect(inferDateOrder("Date: 05/03/2025, again on 05/03/2025", null)).toBeNull();
    // 2 January and 1 February, or 1 February and 2 January: the same month apart.
    expect(inferDateOrder("From 01/02/2025 to 02/01/2025", null)).toBeNull();
    expect(inferDateOrder("Kick-off 01/02/2024, review 11/10/2025", null)).toBeNull();
  });

  it("counts a date without its year that reads one way only, but not hours, shares or fractions", () => {
    const note =
      "# Vendor review\n\nMeeting held: 04/03/2026\n\n| What | When |\n| --- | --- |\n| Share the plan | 13/03 |\n";
    expect(inferDateOrder(note, null)).toBe("DMY");
    expect(parseMinutes(note).date).toBe("2026-03-04");
    expect(inferDateOrder("Date: 04/03/2026. Estimate due 3/16.", null)).toBe("MDY");
    expect(
      inferDateOrder("Date: 04/03/2026. We run 24/7 support; 13/20 of the tests pass.", null),
    ).toBeNull();
    expect(inferDateOrder("Date: 04/03/2026. Score 15/20 of 30.", null)).toBeNull();
  });

  it("clusters a date without its year with the dated ones, in the year that brings it nearest", () => {
    // 3 and 11 December, or 12 March and 12 November.
    const call =
      "Call with the customer\nDate: 03/12/2026\n\nNext steps\nBartosz - send the questionnaire - by 11/12\n";
    expect(inferDateOrder(call, null)).toBe("DMY");
    const minutes = parseMinutes(call);
    expect(minutes.date).toBe("2026-12-03");
    expect(minutes.actionItems.map((task) => task.due)).toEqual(["2026-12-11"]);
    // 30 December and 2 January across the year's end, or 12 March and 1 February.
    expect(inferDateOrder("Date: 30/12/2026. Invoice by 02/01.", null)).toBe("DMY");
    // "Tuesday 11/06" beside a dated next meeting of 2024-06-11.
    expect(inferDateOrder("Next meeting: 2024-06-11\n\nWe reconvene Tuesday 11/06.", null)).toBe(
      "DMY",
    );
    expect(inferDateOrder("Date: 03/04/2026. Draft due 3/9.", null)).toBe("MDY");
    // Alone, a date without its year settles nothing, and one the same either way counts for none.
    expect(inferDateOrder("Draft due 11/12, review 12/11.", null)).toBeNull();
    expect(inferDateOrder("Date: 03/12/2026. Party on 12/12.", null)).toBeNull();
    // Both readings keep them close: no order.
    expect(inferDateOrder("Date: 2026-12-03. Draft by 11/12.", null)).toBeNull();
    // Beside a date that reads one way only, a deadline lies ahead, not close by: it settles
    // nothing, and the reader takes the reading to come (3 May, not 5 March, in a March meeting).
    expect(inferDateOrder("Date: 2026-03-11. Draft by 5/3.", null)).toBeNull();
    expect(
      parseMinutes("# Sync\n\nDate: 2026-03-11\n\n## Actions\n\n- Kim: send the draft by 5/3\n")
        .actionItems[0]?.due,
    ).toBe("2026-05-03");
    // A date with no deadline's word still clusters with it.
    expect(inferDateOrder("Date: 2026-03-11. Shipped on 5/3.", null)).toBe("DMY");
  });

  it("lets a date that can only be day first win over clustering", () => {
    expect(inferDateOrder("Date: 05/03/2025, next 06/03/2025, filed 13/01/2025", null)).toBe("DMY");
    expect(inferDateOrder("Date: 03/05/2025, next 03/06/2025, filed 01/13/2025", null)).toBe("MDY");
  });

  it("reads the order from the same day written in words and in numbers", () => {
    const note = "---\ndescription: Minutes of Nov 3, 2025\n---\n\n# (3/11/25) Minutes\n";
    expect(inferDateOrder(note, null)).toBe("DMY");
    expect(parseMinutes(note).date).toBe("2025-11-03");
    expect(inferDateOrder("Held on 3 November 2025 (11/03/2025)", null)).toBe("MDY");
    expect(inferDateOrder("Held on the 3rd of November 2025, see 3/11/2025", null)).toBe("DMY");
  });

  it("takes no order from a worded date that matches neither reading", () => {
    expect(inferDateOrder("Held on 4 June 2025 (3/11/2025)", null)).toBeNull();
    expect(inferDateOrder("Held on 3 November 2024 (3/11/2025)", null)).toBeNull();
  });

  it("reads the order that keeps a date near the days the note writes one way only", () => {
    // 12 March is eight days after the meeting, 3 December nine months.
    expect(inferDateOrder("# Sync 2026-03-04\n\n- Update the docs. Due: 12/03/2026", null)).toBe(
      "DMY",
    );
    expect(inferDateOrder("Held on 4 November 2025, next on 11/12/2025", null)).toBe("MDY");
    expect(inferDateOrder("Held on 4 November 2025 (3/11/2025)", null)).toBe("DMY");
    // Both readings a month or two away: nothing settles it.
    expect(inferDateOrder("# Sync 2026-03-04\n\n- Due 04/05/2026", null)).toBeNull();
  });

  it("reads the order under which a date falls on the weekday written with it", () => {
    // 2 March 2021 was a Tuesday, 3 February a Wednesday.
    expect(inferDateOrder("Kick-off: Tuesday 02/03/2021", null)).toBe("DMY");
    expect(inferDateOrder("Kick-off: 02/03/2021 (Wed)", null)).toBe("MDY");
    expect(
      inferDateOrder("On Tuesday at 02:01 UTC the queue stalled.", "02-03-2021-outage.md"),
    ).toBe("DMY");
    expect(
      parseMinutes("On Tuesday at 02:01 UTC the queue stalled.\n", {
        fileName: "02-03-2021-outage.md",
      }).date,
    ).toBe("2021-03-02");
  });

  it("takes no order from a weekday both readings or neither reading fall on", () => {
    // 4 April 2021 either way; 2 March and 3 February 2021 are neither a Friday.
    expect(inferDateOrder("Sunday 04/04/2021", null)).toBeNull();
    expect(inferDateOrder("Friday 02/03/2021", null)).toBeNull();
    expect(inferDateOrder("We met Tuesday. Notes: 02/03/2021", null)).toBeNull();
  });

  it("takes the writer's order from a date written in words when figures settle nothing", () => {
    expect(inferDateOrder("# Sync\n\nDate: 3rd April 2026\n\n- Send the deck by 10/04", null)).toBe(
      "DMY",
    );
    expect(inferDateOrder("# Sync\n\nDate: April 3, 2026\n\n- Send the deck by 10/04", null)).toBe(
      "MDY",
    );
    expect(inferDateOrder("3 April 2026, follow-up on April 10, 2026", null)).toBeNull();
    expect(
      parseMinutes("# Sync\n\nDate: 3rd April 2026\n\n## Actions\n\n- Send the deck by 10/04\n")
        .actionItems[0]?.due,
    ).toBe("2026-04-10");
  });

  it("takes no order from the worded date when a deadline read that way fell due before the meeting", () => {
    const sprint = (due: string) =>
      `# Sprint sync — 1 Dec 2026\n\n## Actions\n\n- [ ] Fix the login redirect (Ada) ${due}\n`;
    expect(inferDateOrder(sprint("due 12/10"), null)).toBeNull();
    expect(parseMinutes(sprint("due 12/10")).actionItems[0]?.due).toBe("2026-12-10");
    expect(parseMinutes(sprint("no later than 12/10")).actionItems[0]?.due).toBe("2026-12-10");
    // Read day first the deadline lies ahead too: the worded date's order stands.
    expect(inferDateOrder(sprint("due 10/12"), null)).toBe("DMY");
    expect(parseMinutes(sprint("due 10/12")).actionItems[0]?.due).toBe("2026-12-10");
    // A date with no deadline's word before it may lie behind: the worded order stands.
    expect(inferDateOrder(sprint("(raised 12/10)"), null)).toBe("DMY");
  });

  it("takes it, last of all, from the day written before or after a month's name without a year", () => {
    const note = (line: string) => `Check-in\nDate: 03/12/2026\n\n- Book the call for ${line}\n`;
    expect(inferDateOrder(note("w/c 14 Dec"), null)).toBe("DMY");
    expect(inferDateOrder(note("the week of Dec 14"), null)).toBe("MDY");
    expect(inferDateOrder(note("14 Dec or Dec 21"), null)).toBeNull();
    expect(inferDateOrder(note("the new year"), null)).toBeNull();
    expect(parseMinutes(note("w/c 14 Dec")).date).toBe("2026-12-03");
  });

  it("reads a date in words in another language as it reads one in English", () => {
    expect(
      inferDateOrder("Date : 2 décembre 2026\n\n- Ada : envoyer le devis le 09/12/2026", null),
    ).toBe("DMY");
    expect(inferDateOrder("Datum: 4. März 2026\n\n- Ada: Angebot bis 10/03/2026", null)).toBe(
      "DMY",
    );
  });

  it("reads day first, last of all, in minutes written in a language that writes the day first", () => {
    const french =
      "# Réunion client\n\nPrésents : Odile, Ada\n\n- Odile : envoyer le devis avec les prix pour la réunion\n- Ada : vérifier les accès et les droits des utilisateurs\n\nProchaine réunion : 09/12/2026\n";
    expect(inferDateOrder(french, null)).toBe("DMY");
    expect(parseMinutes(french).nextMeeting?.date).toBe("2026-12-09");
    // A French word or two in English minutes say nothing of the order.
    expect(
      inferDateOrder(
        "# Sync\n\n- We will book the café for the team et al.\n- Next: 09/12/2026\n",
        null,
      ),
    ).toBeNull();
  });
});
