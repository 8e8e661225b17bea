import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const recap = [
  "# Weekly sync – Brightwater × Tallow (2026-06-09)",
  "",
  "👥 Ingrid Holm, Rina Osei, Ada Lind",
  "",
  "✅ Decided: keep the nightly export at 02:00",
  "📌 Ingrid will book a slot with their auditors next week",
  "⚠️ Risk: the audit may slip if SSO is late",
  "🧑‍💻 Rina to rerun the export tonight",
  "🗓 Next: Tue 16 Jun, 15:00",
  "",
].join("\n");

describe("a pictograph that opens a line", () => {
  it("draws the eye and says nothing: the line is read as if written without it", () => {
    const minutes = parseMinutes(recap);
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((o) => o.attendeeId),
        task.due,
      ]),
    ).toEqual([
      ["Ingrid will book a slot with their auditors next week", ["ingrid-holm"], "2026-06-19"],
      ["Rina to rerun the export tonight", ["rina-osei"], "2026-06-09"],
    ]);
    expect(minutes.risks.map((risk) => risk.text)).toEqual(["the audit may slip if SSO is late"]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "keep the nightly export at 02:00",
    ]);
  });

  it("stands for a fact's label where it is one, and a calendar before 'Next:' dates the next meeting", () => {
    const minutes = parseMinutes(recap);
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual([
      "Ingrid Holm",
      "Rina Osei",
      "Ada Lind",
    ]);
    expect([minutes.date, minutes.start]).toEqual(["2026-06-09", null]);
    expect([minutes.nextMeeting?.date, minutes.nextMeeting?.time]).toEqual(["2026-06-16", "15:00"]);
  });
});

describe("a GitHub shortcode that opens a line", () => {
  const note = [
    "# Infra sync 2026-09-15",
    "",
    "Participants: Tamsin Greer (@tamsin), Bertrand Okoye (@bokoye)",
    "",
    "## Notes",
    "",
    "- Disk filled up on the second mirror",
    "- :arrow_right: @bokoye will write the cleanup cron by next Tuesday",
    "- :warning: Risk: the disk may fill again before the cron lands",
    "- :white_check_mark: @tamsin rotate the mirror keys",
    "- :tada: :clap:",
    "",
  ].join("\n");

  it("is read as the pictograph it writes: decoration, or the check mark of done work", () => {
    const minutes = parseMinutes(note);
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((o) => o.attendeeId),
        task.due,
        task.status,
      ]),
    ).toEqual([
      [
        "@bokoye will write the cleanup cron by next Tuesday",
        ["bertrand-okoye"],
        "2026-09-22",
        "open",
      ],
      ["rotate the mirror keys", ["tamsin-greer"], null, "done"],
    ]);
    expect(minutes.risks.map((risk) => risk.text)).toEqual([
      "the disk may fill again before the cron lands",
    ]);
  });

  it("stands for a fact's label where the pictograph would: who came, where, and when", () => {
    const pad = [
      "# Design review",
      "",
      ":spiral_calendar: 2026-12-01",
      ":round_pushpin: Room 4",
      ":busts_in_silhouette: Rina Osei, Nell Okafor",
      "",
      "## Next steps",
      "",
      "- Refresh the synonyms file → Nell",
      "",
    ].join("\n");
    const minutes = parseMinutes(pad);
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual([
      "Rina Osei",
      "Nell Okafor",
    ]);
    expect([minutes.date, minutes.location]).toEqual(["2026-12-01", "Room 4"]);
    // A shortcode that draws the eye is no label: the names after it are the line's words.
    expect(parseMinutes(pad.replace(":busts_in_silhouette:", ":tada:")).attendees).toEqual([]);
    // A reStructuredText page's ":date:" field is when it was posted, not when the group met.
    const posted = parseMinutes(
      "Guild meeting 9 March 2026\n####\n:date: 2026-03-20 10:00:00\n:authors: Ada Lind\n\n- ACTION: Ada to book the hall\n",
    );
    expect([posted.date, posted.start]).toEqual(["2026-03-09", null]);
    const labelled = pad.replace(":busts_in_silhouette:", ":busts_in_silhouette: Participants:");
    expect(parseMinutes(labelled).attendees.map((attendee) => attendee.name)).toEqual([
      "Rina Osei",
      "Nell Okafor",
    ]);
  });
});
