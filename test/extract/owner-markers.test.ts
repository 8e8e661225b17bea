import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { ownerKey } from "../helpers/owners.js";

const header =
  "# Kiosk rollout sync\n\nDate: 2026-03-05\nAttendees: Tamsin Greer, Bertrand Okoye, Ingrid Holm\n\n";

/** Each task as [text, owners (attendee ids, or kind:name), due]. */
function tasks(body: string): Array<[string, string[], string | null]> {
  const minutes = parseMinutes(header + body);
  return [...minutes.actionItems, ...minutes.commitments].map((task) => [
    task.text,
    task.owners.map(ownerKey),
    task.due,
  ]);
}

describe("terse items whose closing sentences are only names and a day", () => {
  it("gives the work to the attendees a sentence alone names, dated by the day after them", () => {
    expect(
      tasks(
        "## Action items\n\n- Order the kiosk stands. Tamsin. Friday.\n- Label the cables. Bertrand Okoye, Ingrid. 12/3.\n- Test the readers. It failed twice. Ingrid.\n",
      ),
    ).toEqual([
      ["Order the kiosk stands", ["tamsin-greer"], "2026-03-06"],
      ["Label the cables", ["bertrand-okoye", "ingrid-holm"], "2026-03-12"],
      ["Test the readers. It failed twice", ["ingrid-holm"], null],
    ]);
  });

  it("gives no work to a closing name no one in the note answers to, nor reads a day that is none", () => {
    expect(
      tasks(
        "## Action items\n\n- Call the kiosk vendor. Brightwater.\n- Order the stands. Tamsin. Blue ones.\n",
      ),
    ).toEqual([
      ["Call the kiosk vendor. Brightwater", [], null],
      ["Order the stands. Tamsin. Blue ones", [], null],
    ]);
  });
});

describe("a table's row pasted as a line, its cells set apart by bars", () => {
  it("gives the work to the cell of names, and keeps the other cells as its words", () => {
    expect(
      tasks(
        "## Action items\n\n- Order the kiosk stands | Tamsin | Fri\n- Test the card readers | Bertrand, Ingrid | 2026-03-12\n\n| Label the cables | Ingrid | To do | 10 Mar |\n\n- Compare vendors A | B | C\n",
      ),
    ).toEqual([
      ["Order the kiosk stands", ["tamsin-greer"], "2026-03-06"],
      ["Test the card readers", ["bertrand-okoye", "ingrid-holm"], "2026-03-12"],
      ["Label the cables — To do", ["ingrid-holm"], "2026-03-10"],
      ["Compare vendors A | B | C", [], null],
    ]);
  });

  it("reads three fields or more set apart by slashes the same way, and not a list of names or things", () => {
    expect(
      tasks(
        "## Action items\n\n- Order the kiosk stands / Tamsin / Fri\n- Tamsin / Ingrid / Fri\n- Stands / screens / cables to count\n- Tamsin / Ingrid to test the readers\n",
      ),
    ).toEqual([
      ["Order the kiosk stands", ["tamsin-greer"], "2026-03-06"],
      ["Tamsin / Ingrid / Fri", [], "2026-03-06"],
      ["Stands / screens / cables to count", [], null],
      ["Tamsin / Ingrid to test the readers", ["tamsin-greer", "ingrid-holm"], null],
    ]);
  });
});

describe("fields set apart by arrows", () => {
  it("reads the work, its taker and by when, and not a chain of steps", () => {
    expect(
      tasks(
        "## Actions (owner → due)\n\n1. Order the kiosk stands → Tamsin → Fri\n2. Label the cables -> Ingrid -> 12.3.\n3. Unpack → test → install\n",
      ),
    ).toEqual([
      ["Order the kiosk stands", ["tamsin-greer"], "2026-03-06"],
      ["Label the cables", ["ingrid-holm"], "2026-03-12"],
      ["Unpack → test → install", [], null],
    ]);
  });
});

describe("a day-first date closing the item after its taker's field", () => {
  it("is the deadline after a slash, a bar, a dash or a comma, with or without its closing dot", () => {
    expect(
      tasks(
        "## Action items\n\n- Order the kiosk stands / Tamsin / 9.3.\n- Label the cables | Ingrid | 12.3\n- Test the card readers - Bertrand - 10.3.\n- Print the signs, Ingrid, 11.03.\n",
      ),
    ).toEqual([
      ["Order the kiosk stands", ["tamsin-greer"], "2026-03-09"],
      ["Label the cables", ["ingrid-holm"], "2026-03-12"],
      ["Test the card readers", ["bertrand-okoye"], "2026-03-10"],
      ["Print the signs", ["ingrid-holm"], "2026-03-11"],
    ]);
  });

  it("is a version where no taker's field stands before it", () => {
    expect(
      tasks("## Action items\n\n- Pin the kiosk OS to 14.3\n- Test on releases 2.9 / 2.10\n"),
    ).toEqual([
      ["Pin the kiosk OS to 14.3", [], null],
      ["Test on releases 2.9 / 2.10", [], null],
    ]);
  });
});

describe("an item's key or priority before its taker", () => {
  it("keeps the key in the words and reads the taker after it", () => {
    expect(
      tasks(
        "## Action items\n\n- KIOSK-77 Tamsin to order the stands\n- (P1) Bertrand: test the card readers by Fri\n- AI#3 Ingrid label the cables\n- #12 Check the lease\n",
      ),
    ).toEqual([
      ["KIOSK-77 Tamsin to order the stands", ["tamsin-greer"], null],
      ["(P1) test the card readers by Fri", ["bertrand-okoye"], "2026-03-06"],
      ["label the cables", ["ingrid-holm"], null],
      ["#12 Check the lease", [], null],
    ]);
  });
});

describe("owner labels and passives anywhere in the item", () => {
  it("reads an owner word without a colon in a bracket or after a dash, and only before a name", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Migrate the billing cron (owner Bertrand, due March 12)",
          "- Refresh the SLA page — owners Ingrid and Tamsin",
          "- Archive the old dashboards (owners meeting)",
          "- Rotate the kiosk keys — owner sign-off needed",
          "- Reprint the kiosk signs -- owner Ingrid",
          "- Recheck the kiosk fonts -- owner approval first",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Migrate the billing cron", ["bertrand-okoye"], "2026-03-12"],
      ["Refresh the SLA page", ["ingrid-holm", "tamsin-greer"], null],
      ["Archive the old dashboards (owners meeting)", [], null],
      ["Rotate the kiosk keys — owner sign-off needed", [], null],
      // Two hyphens stand for the dash where a keyboard has none.
      ["Reprint the kiosk signs", ["ingrid-holm"], null],
      ["Recheck the kiosk fonts -- owner approval first", [], null],
    ]);
  });

  it("reads a label in the plural form writes it, 'Owner(s)', and an action label set off by a long dash", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Migrate the billing cron. Owner(s): Ingrid, Tamsin",
          "- Action — Bertrand Okoye: reprint the kiosk signs",
          "- Refresh the SLA page (person(s) to be found)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      // The labelled action is read before the discussion's sentences.
      ["reprint the kiosk signs", ["bertrand-okoye"], null],
      ["Migrate the billing cron", ["ingrid-holm", "tamsin-greer"], null],
      // No label: the words stay as written.
      ["Refresh the SLA page (person(s) to be found)", [], null],
    ]);
  });

  it("reads a handle that opens an order as its taker, and leaves it out of the words", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- AI: @tgreer update the definition of done",
          "- @bokoye mentioned the docs are stale",
          "",
        ].join("\n"),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["update the definition of done", ["tamsin-greer"]],
      ["@bokoye mentioned the docs are stale", ["bertrand-okoye"]],
    ]);
  });

  it("gives the work to whom a closing sentence says takes it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Renew the kiosk certificate. Ingrid will follow up.",
          "- Clean up the alert rules; Tamsin and Bertrand to take it on",
          "- Replace the card readers. Wendell will handle it.",
          "- Replace the printers. Tamsin will test the result.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Renew the kiosk certificate", ["ingrid-holm"], null],
      ["Clean up the alert rules", ["tamsin-greer", "bertrand-okoye"], null],
      ["Replace the card readers", ["person:Wendell"], null],
      ["Replace the printers. Tamsin will test the result", [], null],
    ]);
  });

  it("gives the work to whom the words after a label give it, not to the label", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Kiosk firmware: Ingrid to check the rollback steps",
          "- Tamsin: Bertrand will draft the notice",
          "- Tamsin: Invite testers to the pilot",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Kiosk firmware: Ingrid to check the rollback steps", ["ingrid-holm"], null],
      ["Tamsin: Bertrand will draft the notice", ["bertrand-okoye"], null],
      ["Invite testers to the pilot", ["tamsin-greer"], null],
    ]);
  });

  it("reads an owner label in the middle, at the end and at the start, keeping the deadline", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Migrate the billing cron, owner: Bertrand, due March 12",
          "- Refresh the SLA page. Owner - Ingrid",
          "- Owner: Ingrid — rotate the kiosk API keys",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Migrate the billing cron", ["bertrand-okoye"], "2026-03-12"],
      ["Refresh the SLA page", ["ingrid-holm"], null],
      ["rotate the kiosk API keys", ["ingrid-holm"], null],
    ]);
  });

  it("reads a Who or Owner field on a line of its own, handles as written", () => {
    expect(
      tasks(
        [
          "## Action points",
          "",
          "1. **WHAT:** Rework the kiosk sign-up form",
          "   **WHO:** [t-greer](https://example.com/t-greer)",
          "   **WHEN:** 12.03.2026",
          "2. **What:** Print the test cards",
          "   **Who:** bo42",
          "- Task: Price the spare screens",
          "  Owner: Ingrid",
          "- Ask the Product Owner: Ingrid wants the numbers",
          "- Sort the cables, owner: TBD",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Rework the kiosk sign-up form", ["person:t-greer"], "2026-03-12"],
      ["Print the test cards", ["person:bo42"], null],
      ["Price the spare screens", ["ingrid-holm"], null],
      ["Ask the Product Owner: Ingrid wants the numbers", [], null],
      ["Sort the cables", [], null],
    ]);
  });

  it("reads a record of What, Who and When in bold, a line each, as one task with no title", () => {
    const minutes = parseMinutes(
      `${header}## Actions\n\n**What:** Update the kiosk guide\n**Who:** Ingrid\n**When:** Friday\n\n**What:** Renegotiate the support tier\n**Who:** Tamsin\n**When:** the first sprint\n`,
    );
    expect(
      minutes.actionItems.map((task) => [
        task.title,
        task.text,
        task.owners.map(ownerKey),
        task.due,
      ]),
    ).toEqual([
      [null, "Update the kiosk guide", ["ingrid-holm"], "2026-03-06"],
      // No day: the field stays in the words, where the reader can see it.
      [null, "Renegotiate the support tier (due: the first sprint)", ["tamsin-greer"], null],
    ]);
  });

  it("reads fields under a list of agreed steps as those of its work, and never as the meeting's time or place", () => {
    const minutes = parseMinutes(
      [
        "# Kiosk escalation",
        "",
        "Call on 2026-03-05 at 15:00 with Tamsin Greer (Kiosk Co, Ops Lead), Bertrand Okoye and Ingrid Holm (Kiosk Co).",
        "",
        "## Agreed next steps",
        "",
        "1. Re-run the kiosk sync for all stores",
        "   - Owner: Bertrand",
        "   - When: today, 6 PM",
        "   - Where: the staging cluster",
        "2. The old sign-up form stays",
        "",
      ].join("\n"),
    );
    expect([minutes.date, minutes.start, minutes.location]).toEqual(["2026-03-05", "15:00", null]);
    expect(
      minutes.attendees.map((person) => [person.name, person.organization, person.role]),
    ).toEqual([
      ["Tamsin Greer", "Kiosk Co", "Ops Lead"],
      ["Bertrand Okoye", null, null],
      ["Ingrid Holm", "Kiosk Co", null],
    ]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
    ).toEqual([["Re-run the kiosk sync for all stores", ["bertrand-okoye"], "2026-03-05T18:00"]]);
    // An item of the list with no work in it stays what was agreed.
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "The old sign-up form stays",
    ]);
  });

  it("reads a paragraph of What/Who/When lines as one task, and other label lines as before", () => {
    expect(
      tasks(
        [
          "## Action points",
          "",
          "**What:** Move the kiosk logs to the archive",
          "**Who:** Bertrand",
          "**When:** 20.03.2026",
          "",
          "Task: Count the spare printers",
          "Owner: ingrid-h",
          "",
          "Status: on track",
          "Owner: Tamsin",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Move the kiosk logs to the archive", ["bertrand-okoye"], "2026-03-20"],
      ["Count the spare printers", ["person:ingrid-h"], null],
    ]);
  });

  it("gives a task to the attendees named alone on the bullets under it", () => {
    expect(
      tasks(
        [
          "## To-dos",
          "",
          "* Figure out the booth rota",
          "    * Ingrid",
          "* Review the kiosk copy",
          "    * Tamsin",
          "    * Bertrand Okoye",
          "* Plan the pilot",
          "    * Ask Tamsin first",
          "* Label the crates",
          "    * Oskar",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Figure out the booth rota", ["ingrid-holm"], null],
      ["Review the kiosk copy", ["tamsin-greer", "bertrand-okoye"], null],
      ["Plan the pilot", [], null],
      ["Ask Tamsin first", [], null],
      ["Label the crates", [], null],
    ]);
  });

  it("gives the work under a topic to the names listed beside it", () => {
    expect(
      tasks(
        [
          "## To-dos",
          "",
          "- Signage",
          "  - Tamsin, Bertrand, Ingrid",
          "  - Print the floor stickers",
          "- Payments",
          "  - Bertrand, Ingrid, Bea",
          "  - Test the card reader",
          "- Cabling",
          "  - Oskar, Bea, Lou",
          "  - Tidy the cable trays",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Print the floor stickers", ["tamsin-greer", "bertrand-okoye", "ingrid-holm"], null],
      ["Test the card reader", ["bertrand-okoye", "ingrid-holm", "person:Bea"], null],
      // Names the note does not list take nothing, and are no work either.
      ["Tidy the cable trays", [], null],
    ]);
  });

  it("reads a polite request after a name and a dash as that person's work", () => {
    const minutes = parseMinutes(
      "# Working group\n\n## Action items\n\n- Priya & Tom - please find a contact on the vendor side\n- Oskar - please see if the lab can host\n- Hosting - please no late changes\n",
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["please find a contact on the vendor side", ["Priya", "Tom"]],
      ["please see if the lab can host", ["Oskar"]],
      ["Hosting - please no late changes", []],
    ]);
  });

  it("keeps a taker's labelled task over its details, and a topic label over its tasks out", () => {
    expect(
      tasks(
        [
          "## Tasks",
          "",
          "- Tamsin: List the open questions",
          "  - Send the sample data",
          "- Budget: Q3",
          "  - Ingrid to check the totals",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["List the open questions", ["tamsin-greer"], null],
      ["Send the sample data", ["tamsin-greer"], null],
      ["Ingrid to check the totals", ["ingrid-holm"], null],
    ]);
  });

  it("ends the names of an owner label where a deadline follows a comma", () => {
    expect(
      tasks(
        [
          "### Later",
          "",
          "- Retire the kiosk firmware v1 (owner: Bertrand, ETA April)",
          "- Reprint the signs, owner: Tamsin, by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Retire the kiosk firmware v1", ["bertrand-okoye"], "2026-04-30"],
      ["Reprint the signs", ["tamsin-greer"], "2026-03-06"],
    ]);
  });

  it("keeps one full stop where an owner label stood between two sentences", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Notify the affected tenants. Owner: Ingrid. ETA: Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Notify the affected tenants", ["ingrid-holm"], "2026-03-06"]]);
  });

  it("reads passive owners and leaves a date after 'done by' as the deadline", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Write the release notes, assigned to Bertrand",
          "- Print the floor plan, owned by Tamsin",
          "- Archive the old tickets (done by Ingrid on Monday)",
          "- Close the sprint board, done by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Write the release notes", ["bertrand-okoye"], null],
      ["Print the floor plan", ["tamsin-greer"], null],
      ["Archive the old tickets (on Monday)", ["ingrid-holm"], "2026-03-09"],
      ["Close the sprint board, done by Friday", [], "2026-03-06"],
    ]);
  });

  it("reads the agent of a passive before any deadline's words, and not a deadline's 'by'", () => {
    expect(
      tasks(
        [
          "## Commitments",
          "",
          "- Service credits will be confirmed by Ingrid no later than Friday",
          "- The floor plan will be printed by Tamsin ahead of the fair",
          "- The badges will be ordered by next Tuesday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Service credits will be confirmed by Ingrid no later than Friday",
        ["ingrid-holm"],
        "2026-03-06",
      ],
      ["The floor plan will be printed by Tamsin ahead of the fair", ["tamsin-greer"], null],
      ["The badges will be ordered by next Tuesday", [], "2026-03-10"],
    ]);
  });

  it("does not take a role title ending in 'Owner' for an owner label", () => {
    expect(
      tasks("## Team roles\n\n- Product Owner: Ingrid Holm\n- Scrum Master: Tamsin Greer\n"),
    ).toEqual([]);
  });

  it("does not read a person the work is done with, for or sent to as its owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Sync with Ingrid about the pricing page",
          "- Send the signed quote to Bertrand",
          "- Book a room for Tamsin",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Sync with Ingrid about the pricing page", [], null],
      ["Send the signed quote to Bertrand", [], null],
      ["Book a room for Tamsin", [], null],
    ]);
  });

  it("does not read a handle the work follows, credits, copies or has review it as its owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Rotate the kiosk keys per @ingrid",
          "- Bump the base image (h/t @bertrand)",
          "- Draft the rollout notes, reviewed by @tamsin",
          "- Update the runbook /cc @ingrid",
          "- Swap the card readers - @bertrand",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Rotate the kiosk keys per @ingrid", [], null],
      ["Bump the base image (h/t @bertrand)", [], null],
      ["Draft the rollout notes, reviewed by @tamsin", [], null],
      ["Update the runbook /cc @ingrid", [], null],
      ["Swap the card readers", ["bertrand-okoye"], null],
    ]);
  });

  it("does not make a task of an owners label that names no work", () => {
    expect(tasks("## Summary\n\nStatus: final\nOwners: @tgreer\n")).toEqual([]);
  });
});

describe("owners before the task", () => {
  it("reads 'Name (role) - task' and drops the role", () => {
    expect(
      tasks("## Action items\n\n- Ingrid (QA lead) - regression pass on the kiosk build\n"),
    ).toEqual([["regression pass on the kiosk build", ["ingrid-holm"], null]]);
  });

  it("reads a name with a bracket as whichever of the two is an attendee", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "| Action | Owner | Due |",
          "| --- | --- | --- |",
          "| Send the RCA | Tamsin Greer (CSM) | March 9 |",
          "| Add the alert | Ingrid (SRE) | - |",
          "| Book the van | Harbor Freight (Bertrand) | TBD |",
          "| Order cables | Dale Marsh (Acme) | n/a |",
          "",
          "- Harbor Freight (Bertrand) will confirm the pallets by Monday",
          "- Ingrid (SRE) to rotate the keys",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the RCA", ["tamsin-greer"], "2026-03-09"],
      ["Add the alert", ["ingrid-holm"], null],
      ["Book the van", ["bertrand-okoye"], null],
      // Neither part is an attendee: the whole stays a name.
      ["Order cables", ["person:Dale Marsh (Acme)"], null],
      [
        "Harbor Freight (Bertrand) will confirm the pallets by Monday",
        ["bertrand-okoye"],
        "2026-03-09",
      ],
      ["Ingrid (SRE) to rotate the keys", ["ingrid-holm"], null],
    ]);
    // "-", "TBD", "n/a" in a due column state no date: nothing to report.
    const minutes = parseMinutes(
      `${header}## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add the alert | Ingrid | - |\n| Book it | Tamsin | TBD |\n`,
    );
    expect(minutes.diagnostics).toEqual([]);
  });

  it("reads an attendee who is asked with 'please' before the work, and no one away as taking work", () => {
    expect(
      tasks(
        "## Notes\n\n- Ingrid please review the runbook until Friday\n- Please review it\n- @tamsin is on PTO Friday\n- Bertrand is out until Monday\n",
      ),
    ).toEqual([["review the runbook until Friday", ["ingrid-holm"], "2026-03-06"]]);
  });

  it("reads owners in more of the shapes action lists use", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin G. to update the docs by 3/10",
          "- Update the docs — assigned: Ingrid — 2026-03-11",
          "- Update the runbook, ownership: Bertrand, deadline: next Tuesday",
          "- Tamsin (owner), Ingrid (reviewer): update the FAQ by Thursday",
          "- update the kiosk images (Tamsin, Ingrid) — due 10 March",
          "- Order the stands [Bertrand] [due: Mar 12]",
          "- Action - Ingrid - send the invoice by 15th",
          // Negatives: an initial that fits no attendee, a bracket that holds no one.
          "- Tamsin K. to book the van",
          "- Ship the build (v2, beta) — due Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin G. to update the docs by 3/10", ["tamsin-greer"], "2026-03-10"],
      ["Update the docs", ["ingrid-holm"], "2026-03-11"],
      ["Update the runbook", ["bertrand-okoye"], "2026-03-10"],
      ["update the FAQ by Thursday", ["tamsin-greer", "ingrid-holm"], "2026-03-12"],
      ["update the kiosk images", ["tamsin-greer", "ingrid-holm"], "2026-03-10"],
      ["Order the stands", ["bertrand-okoye"], "2026-03-12"],
      ["send the invoice by 15th", ["ingrid-holm"], "2026-03-15"],
      ["Tamsin K. to book the van", ["person:Tamsin K."], null],
      ["Ship the build (v2, beta)", [], "2026-03-06"],
    ]);
  });

  it("keeps every taker after a topic and a dash, and not the writer beside a named taker, in a label too", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Kiosk budget - Tamsin, Ingrid, Bertrand to meet about the stands",
          "",
          "## Action items",
          "",
          "- Tamsin and I will draft the rollout plan",
          "- Ingrid and I to call the vendor",
          "- Bertrand and me: book the hall",
          "- me: send the notes",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Kiosk budget - Tamsin, Ingrid, Bertrand to meet about the stands",
        ["tamsin-greer", "ingrid-holm", "bertrand-okoye"],
        null,
      ],
      ["Tamsin and I will draft the rollout plan", ["tamsin-greer"], null],
      ["Ingrid and I to call the vendor", ["ingrid-holm"], null],
      ["book the hall", ["bertrand-okoye"], null],
      // The writer alone is no one the note names: the label stays in the text.
      ["me: send the notes", [], null],
    ]);
  });

  it("reads a mention written with a display name and strips it from the task", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] @Tamsin Greer Draft the pilot proposal",
          "- [ ] @Bertrand Okoye to confirm the export format",
          "- [ ] @Wen Castillo send the floor plan",
          "- [ ] @Wen Castillo - book the van",
          "- [ ] @Wen Castillo: print the badges",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Draft the pilot proposal", ["tamsin-greer"], null],
      ["confirm the export format", ["bertrand-okoye"], null],
      ["send the floor plan", ["person:Wen Castillo"], null],
      ["book the van", ["person:Wen Castillo"], null],
      ["print the badges", ["person:Wen Castillo"], null],
    ]);
  });

  it("reads attendees, or initials shared out with a slash, written straight before the work", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] Tamsin Greer draft the pilot proposal",
          "- [ ] TG/BO Consider a nightly build",
          "- [ ] Bertrand review the export format by March 9",
          "- [ ] Jens Ahlberg draft the budget",
          "- [ ] Pilot proposal review",
          "- [ ] Ingrid Holm's draft needs a second reader",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["draft the pilot proposal", ["tamsin-greer"], null],
      ["Consider a nightly build", ["tamsin-greer", "bertrand-okoye"], null],
      ["review the export format by March 9", ["bertrand-okoye"], "2026-03-09"],
      ["Jens Ahlberg draft the budget", [], null],
      ["Pilot proposal review", [], null],
      ["Ingrid Holm's draft needs a second reader", [], null],
    ]);
  });

  it("reads owners and a deadline written together in a closing bracket", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] KIOSK-88 Fix the upload retry (Tamsin, March 12)",
          "- [ ] Order the stands (Bertrand, Ingrid; next Tuesday)",
          "- [ ] Ship the printer driver (beta, March 20)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["KIOSK-88 Fix the upload retry", ["tamsin-greer"], "2026-03-12"],
      ["Order the stands", ["bertrand-okoye", "ingrid-holm"], "2026-03-10"],
      ["Ship the printer driver (beta, March 20)", [], "2026-03-20"],
    ]);
  });

  it("reads an owner named by 'owns' or 'is responsible for' in a task list", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin owns the service-credit conversation",
          "- Bertrand is responsible for the kiosk rollout",
          "- The ledger owns its own schema",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin owns the service-credit conversation", ["tamsin-greer"], null],
      ["Bertrand is responsible for the kiosk rollout", ["bertrand-okoye"], null],
      ["The ledger owns its own schema", [], null],
    ]);
  });

  it("reads who will be in charge of work in the discussion as its owner, and a place as no work", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- **Ingrid** will be in charge of posting the monthly summaries on the forum",
          "- Bertrand is in charge of booking the venue",
          "- Tamsin will be in Lisbon next week",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Ingrid will be in charge of posting the monthly summaries on the forum",
        ["ingrid-holm"],
        null,
      ],
      ["Bertrand is in charge of booking the venue", ["bertrand-okoye"], null],
    ]);
  });

  it("gives an item to whoever a sub-bullet says takes it, and only to a name", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Propose a new intake form for the kiosk",
          "    - Bertrand will do it.",
          "- Cancel the old vendor contract",
          "    - context: the renewal is in April",
          "        - Tamsin to take this",
          "- Draft the rollout email",
          "    - Ingrid volunteered",
          "- Update the FAQ",
          "    - Nobody will do it",
          "- Fix the printer",
          "    - Bertrand to review the quote",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Propose a new intake form for the kiosk", ["bertrand-okoye"], null],
      ["Cancel the old vendor contract", ["tamsin-greer"], null],
      ["Draft the rollout email", ["ingrid-holm"], null],
      ["Update the FAQ", [], null],
      ["Nobody will do it", [], null],
      ["Fix the printer", [], null],
      ["Bertrand to review the quote", ["bertrand-okoye"], null],
    ]);
  });

  it("reads a name in lower case as the taker the note writes with a capital elsewhere", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- ravi to post a summary on the ticket",
          "- Ravi to schedule the design review",
          "- plan to ship the kiosk in May",
          "- Plan B will be the paper form",
          "- mona to check the cables",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["ravi to post a summary on the ticket", ["person:Ravi"], null],
      ["Ravi to schedule the design review", ["person:Ravi"], null],
      ["plan to ship the kiosk in May", [], "2026-05-31"],
      ["Plan B will be the paper form", [], null],
      ["mona to check the cables", [], null],
    ]);
  });

  it("reads a taker's goal, tasks or next steps written in the possessive", () => {
    expect(
      tasks(
        [
          "## Sprint 2",
          "",
          "Tamsin's goal: get the printer drivers into the image",
          "",
          "Ingrid’s next steps: call the vendor about the badges",
          "",
          "The project's goals: faster check-in",
          "",
          "Bertrand's laptop: still broken",
          "",
          "## Action items",
          "",
          "- Bertrand's tasks: ship the kiosk by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["get the printer drivers into the image", ["tamsin-greer"], null],
      ["call the vendor about the badges", ["ingrid-holm"], null],
      ["ship the kiosk by Friday", ["bertrand-okoye"], "2026-03-06"],
    ]);
  });

  it("reads owners as writers outside the US often write them", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Bertrand is responsible to send the offer",
          "- To do (Ingrid): prepare the slides",
          "- Tamsin --> slides until Friday",
          "- Budget -> see the spreadsheet",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Bertrand is responsible to send the offer", ["bertrand-okoye"], null],
      ["prepare the slides", ["ingrid-holm"], null],
      ["slides until Friday", ["tamsin-greer"], "2026-03-06"],
      ["Budget -> see the spreadsheet", [], null],
    ]);
  });

  it("reads who follows a label saying when, keeping the label's deadline", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Due Friday: Ingrid to test the new build",
          "- Next week: Tamsin and Bertrand to pair on the importer",
          "- Bertrand is in charge for the newsletter, due to 12th March",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid to test the new build", ["ingrid-holm"], "2026-03-06"],
      [
        "Next week: Tamsin and Bertrand to pair on the importer",
        ["tamsin-greer", "bertrand-okoye"],
        "2026-03-13",
      ],
      [
        "Bertrand is in charge for the newsletter, due to 12th March",
        ["bertrand-okoye"],
        "2026-03-12",
      ],
    ]);
  });

  it("reads a name after a dash that a bracket saying when follows", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Update the status page — Ingrid (by March 11)",
          "- Replace the kiosk screens - Phase two (pilot sites)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Update the status page", ["ingrid-holm"], "2026-03-11"],
      ["Replace the kiosk screens - Phase two (pilot sites)", [], null],
    ]);
  });

  it("reads a day that opens the item as its deadline, never as its owner", () => {
    expect(
      tasks(["## Action items", "", "- Friday: freeze the release branch", ""].join("\n")),
    ).toEqual([["Friday: freeze the release branch", [], "2026-03-06"]]);
  });

  it("reads a date mention as a date, never as a handle", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] @bokoye confirm the export format @Tomorrow",
          "- [ ] Send the floor plan by @Friday - @igholm",
          "- [ ] @Tamsin Greer Draft the pilot proposal @March 9, 2026",
          "- [ ] Ask @monday-bot to post the agenda",
          "- [ ] Book the demo slot @Ingrid Holm @Next Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      // A date mention that closes the item says by when, and is no word of the work.
      ["confirm the export format", ["bertrand-okoye"], "2026-03-06"],
      ["Send the floor plan by Friday", ["person:@igholm"], "2026-03-06"],
      ["Draft the pilot proposal", ["tamsin-greer"], "2026-03-09"],
      ["Ask @monday-bot to post the agenda", [], null],
      ["Book the demo slot", ["ingrid-holm"], "2026-03-13"],
    ]);
  });

  it("reads handles after a dash as the takers when the deadline's bracket closes the item", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] Fix the flaky login test — @igholm (due 3/12)",
          "- [ ] Label the cables - @igholm, @bokoye (by Friday)",
          "- [ ] Fix the door (due 3/12)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Fix the flaky login test", ["person:@igholm"], "2026-03-12"],
      ["Label the cables", ["person:@igholm", "bertrand-okoye"], "2026-03-06"],
      ["Fix the door", [], "2026-03-12"],
    ]);
  });

  it("finds the actor after a short opening phrase, but not a name in that phrase", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- For the trade fair demo, Tamsin will prepare the slides",
          "- After talking to Ingrid, update the FAQ",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["For the trade fair demo, Tamsin will prepare the slides", ["tamsin-greer"], null],
      ["After talking to Ingrid, update the FAQ", [], null],
    ]);
  });
});

describe("owners in running text", () => {
  it("reads a passive owner in a discussion and keeps the subject as the task", () => {
    expect(tasks("## Discussion\n\nThe cache work is owned by Tamsin.\n")).toEqual([
      ["The cache work", ["tamsin-greer"], null],
    ]);
  });
});

describe("owners and deadlines given on sub-bullets and by request", () => {
  it("gives a task the owner and deadline of its 'Owner:' and 'Due:' sub-bullets", () => {
    expect(
      tasks(
        "## Action items\n\n- Draft the vendor scorecard\n  - Owner: Tamsin\n  - Due: March 12\n  - Due: see the roadmap\n",
      ),
    ).toEqual([["Draft the vendor scorecard", ["tamsin-greer"], "2026-03-12"]]);
  });

  it("gives sub-tasks the owner of the task they are under, and leaves unowned parents' children alone", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Ingrid (QA lead) - regression pass",
          "  - Verify the export screens",
          "- Prepare the launch",
          "  - Book the venue",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["regression pass", ["ingrid-holm"], null],
      ["Verify the export screens", ["ingrid-holm"], null],
      ["Prepare the launch", [], null],
      ["Book the venue", [], null],
    ]);
  });

  it("keeps a labelled task over labelled sub-tasks, each with its own taker", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin: draft the rollout plan",
          "  - Bertrand: review it",
          "  - Ingrid to check the kiosk logs",
          "  - note: the old plan is stale",
          "- Ingrid: budget",
          "  - Bertrand: send the quote",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["draft the rollout plan", ["tamsin-greer"], null],
      ["review it", ["bertrand-okoye"], null],
      ["Ingrid to check the kiosk logs", ["ingrid-holm"], null],
      // A taker's label over no work ("budget") is the topic of the work under it.
      ["send the quote", ["bertrand-okoye"], null],
    ]);
  });

  it("strips a display-name mention inside the task and keeps the date after it", () => {
    expect(
      tasks(
        "## Action items\n\n- [ ] Draft the pilot proposal @Tamsin Greer March 10, 2026\n- [ ] Pair with @Ingrid Holm on the FAQ\n",
      ),
    ).toEqual([
      ["Draft the pilot proposal March 10, 2026", ["tamsin-greer"], "2026-03-10"],
      ["Pair with @Ingrid Holm on the FAQ", [], null],
    ]);
  });

  it("reads the taker named after a request, and a passive owner opening the item", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Please review the pricing page, Ingrid.",
          "- Please ship it, whatever it takes.",
          "- Assigned to the infra team: patch the kiosk OS",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Please review the pricing page", ["ingrid-holm"], null],
      ["Please ship it, whatever it takes", [], null],
      ["patch the kiosk OS", ["group:the infra team"], null],
    ]);
  });
});

describe("a name and a dash before the task", () => {
  it("reads someone outside the attendee list as owner when a verb follows the dash", () => {
    expect(
      tasks(
        "## Action items\n\n- Wen C - solicit the partners for launch content\n- Wen C - quarterly numbers\n",
      ),
    ).toEqual([
      ["solicit the partners for launch content", ["person:Wen C"], null],
      ["Wen C - quarterly numbers", [], null],
    ]);
  });

  it("reads the owner when the order after the dash or arrow opens with when it is done", () => {
    expect(
      tasks(
        "## Action items\n\n- Wen C → before leaving, write the handover note\n- Wen C - once the logs are in, file the ticket\n- Wen C - before the audit, numbers\n",
      ),
    ).toEqual([
      ["before leaving, write the handover note", ["person:Wen C"], null],
      ["once the logs are in, file the ticket", ["person:Wen C"], null],
      ["Wen C - before the audit, numbers", [], null],
    ]);
  });
});

describe("several owners or an affiliation before the task", () => {
  it("reads 'A & B - task' with initials and 'Name (Org): task'", () => {
    const minutes = parseMinutes(
      "# Maintainers call\n\nDate: 2026-03-05\n\nAttendees: Tamsin Greer (TG), Bertrand Okoye (BO), Ingrid Holm (IH)\n\n## Actions\n\n- [ ] BO & IH - write the migration guide (by 2026-03-20)\n- [ ] Bertrand (Quarry): confirm the maintenance window\n- [ ] Release notes (draft): see the wiki\n",
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
    ).toEqual([
      ["write the migration guide", ["bertrand-okoye", "ingrid-holm"], "2026-03-20"],
      ["confirm the maintenance window", ["bertrand-okoye"], null],
      ["Release notes (draft): see the wiki", [], null],
    ]);
  });
});

describe("promises in a customer call", () => {
  it("reads an attendee's organization as a taker and 'we promised' as an unowned commitment", () => {
    const minutes = parseMinutes(
      [
        "# Quarry Labs escalation call",
        "",
        "Date: 2026-03-05",
        "Attendees: Tamsin Greer (Lumenfold), Bertrand Okoye (Quarry Labs)",
        "",
        "## Summary",
        "",
        "Lumenfold will provide a root-cause analysis by March 10. We promised a service credit.",
        "Northwind will be in touch, we hear. We would like weekly calls.",
        "",
        "## Next steps",
        "",
        "1. Tamsin: schedule the weekly status calls",
        "",
      ].join("\n"),
    );
    const read = (list: typeof minutes.actionItems) =>
      list.map((task) => [task.text, task.owners.map((owner) => `${owner.kind}:${owner.name}`)]);
    expect(read(minutes.actionItems)).toEqual([
      ["Lumenfold will provide a root-cause analysis by March 10", ["organization:Lumenfold"]],
      ["schedule the weekly status calls", ["person:Tamsin"]],
    ]);
    expect(read(minutes.commitments)).toEqual([["We promised a service credit", []]]);
  });
});

describe("groups are short", () => {
  it("does not read a sentence ending in a group word as an owner bullet", () => {
    expect(
      tasks(
        "## Action items\n\n- By Friday Tamsin sends the revised deck to the board\n  - Book the boardroom\n",
      ),
    ).toEqual([
      ["By Friday Tamsin sends the revised deck to the board", [], "2026-03-06"],
      ["Book the boardroom", [], null],
    ]);
  });
});

describe("owners in brackets and after arrows", () => {
  it("reads a month in a bracket as when, not who", () => {
    expect(
      tasks(
        "## Action items\n\n- Bertrand: book the roadmap preview (January)\n- Plan the offsite (Ingrid)\n",
      ),
    ).toEqual([
      ["book the roadmap preview (January)", ["bertrand-okoye"], "2027-01-31"],
      ["Plan the offsite", ["ingrid-holm"], null],
    ]);
  });

  it("reads attendees in a bracket inside the item, and not a bracket after a role or of other words", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Pilot store checklist (Ingrid) first week of March as a draft",
          "- Walk the floor (Tamsin, Bertrand) after the store closes",
          "- Send the deck to the sponsor (Ingrid) and the board",
          "- Compare the two quotes (Acme, Globex) for the board",
          "- Print the labels (v2) for the pilot stores",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Pilot store checklist first week of March as a draft", ["ingrid-holm"], "2026-03-07"],
      ["Walk the floor after the store closes", ["tamsin-greer", "bertrand-okoye"], null],
      ["Send the deck to the sponsor (Ingrid) and the board", [], null],
      ["Compare the two quotes (Acme, Globex) for the board", [], null],
      ["Print the labels (v2) for the pilot stores", [], null],
    ]);
  });

  it("reads names in brackets at either end, after an arrow, and before a deadline in the bracket", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [Ingrid] Draft the launch email",
          "- (Tamsin, Bertrand): pick the pilot stores",
          "- Print the shelf labels [Bertrand]",
          "- Book the installers (Tamsin, Friday)",
          "- Order the spare kiosks (owner: Ingrid, due: March 20)",
          "- Update the floor plan -> Tamsin",
          "- Repaint the kiosk frames → @ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Draft the launch email", ["ingrid-holm"], null],
      ["pick the pilot stores", ["tamsin-greer", "bertrand-okoye"], null],
      ["Print the shelf labels", ["bertrand-okoye"], null],
      ["Book the installers", ["tamsin-greer"], "2026-03-06"],
      ["Order the spare kiosks", ["ingrid-holm"], "2026-03-20"],
      ["Update the floor plan", ["tamsin-greer"], null],
      ["Repaint the kiosk frames", ["ingrid-holm"], null],
    ]);
  });

  it("reads names after a dash, an arrow or a comma when a date closes the item after them", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Confirm the store count — Ingrid, by Friday",
          "- Update the runbook -- Bertrand -- 2026-03-10",
          "- Reprint the signs, Tamsin & Ingrid, 12 March",
          "- Update the floor plan → Tamsin, Mar 10",
          "- Tamsin + Ingrid: pair on the store visits, start Monday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Confirm the store count", ["ingrid-holm"], "2026-03-06"],
      ["Update the runbook", ["bertrand-okoye"], "2026-03-10"],
      ["Reprint the signs", ["tamsin-greer", "ingrid-holm"], "2026-03-12"],
      ["Update the floor plan", ["tamsin-greer"], "2026-03-10"],
      ["pair on the store visits, start Monday", ["tamsin-greer", "ingrid-holm"], "2026-03-09"],
    ]);
  });

  it("reads a group written straight before the work as its owner, and no thing that has to do something", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- All members work on the project plan",
          "- Everyone review the pull request by Friday",
          "- Both teams sign the contract",
          "",
          "## Requirements",
          "",
          "- Readings have to go up to 10,000",
          "- Tamsin has to renew the licence",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["work on the project plan", ["group:All members"], null],
      ["review the pull request by Friday", ["group:Everyone"], "2026-03-06"],
      ["sign the contract", ["group:Both teams"], null],
      ["Tamsin has to renew the licence", ["tamsin-greer"], null],
    ]);
  });

  it("reads a bold action label as a label, not as someone's name", () => {
    expect(
      tasks(
        "## Cost review\n\n- **AI:** Ingrid to price the CDN option\n- **Action:** @bokoye to rerun the report\n",
      ),
    ).toEqual([
      ["Ingrid to price the CDN option", ["ingrid-holm"], null],
      ["@bokoye to rerun the report", ["bertrand-okoye"], null],
    ]);
  });

  it("reads a handle opening an item as its owner only when work follows it", () => {
    expect(
      tasks(
        [
          "## Status",
          "",
          "- Work in progress",
          "  - @tgreer and @iholm working the ticket",
          "  - @bokoye preparing the blog post",
          "",
          "## On-call",
          "",
          "- @tgreer asked whether we should switch to Tuesday; no decision yet",
          "- @iholm mentioned the pager was quiet",
          "- @bokoye rotate the pager schedule",
          "",
        ].join("\n"),
      ).map(([text]) => text),
    ).toEqual([
      "@tgreer and @iholm working the ticket",
      "@bokoye preparing the blog post",
      "rotate the pager schedule",
    ]);
  });

  it("reads no owner from words after a comma that are not people the note knows", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Send the figures to finance, Friday",
          "- Book the vans, Oslo depot, 12 March",
          "- Ship the kiosks — Friday, 13 March",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the figures to finance", [], "2026-03-06"],
      ["Book the vans, Oslo depot", [], "2026-03-12"],
      ["Ship the kiosks", [], "2026-03-13"],
    ]);
  });

  it("reads no owner from a bracket that holds a tag, a ticket or a date alone", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [P1] Fix the card reader timeout",
          "- (Docs) Describe the reset button",
          "- Replace the cable (#214)",
          "- Call the landlord (Friday)",
          "- Move the tablet -> near the till",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["[P1] Fix the card reader timeout", [], null],
      ["(Docs) Describe the reset button", [], null],
      ["Replace the cable (#214)", [], null],
      ["Call the landlord", [], "2026-03-06"],
      ["Move the tablet -> near the till", [], null],
    ]);
  });
});

describe("'is on' names an owner only after the work", () => {
  it("reads the owner after the work but not after 'who', 'which' or 'it'", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- The rollback drill is on Ingrid",
          "- Decide who is on the support team",
          "- Check which is on the kiosk team's list",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["The rollback drill", ["ingrid-holm"], null],
      ["Decide who is on the support team", [], null],
      ["Check which is on the kiosk team's list", [], null],
    ]);
  });
});

describe("an owner written once over the list", () => {
  it("reads a bold-italic name line and a name with a colon on its own line as the owner of the list below", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "***Ingrid***",
          "",
          "- fix the kiosk image",
          "- check the printer driver",
          "",
          "Tamsin:",
          "- order the stands",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["fix the kiosk image", ["ingrid-holm"], null],
      ["check the printer driver", ["ingrid-holm"], null],
      ["order the stands", ["tamsin-greer"], null],
    ]);
  });

  it("reads a name alone on a plain line as the owner of the list below, and a topic as none", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "Ingrid",
          "- fix the kiosk image",
          "",
          "Bertrand Okoye",
          "- order the stands",
          "",
          "Kiosk Hardware",
          "- check the printer driver",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["fix the kiosk image", ["ingrid-holm"], null],
      ["order the stands", ["bertrand-okoye"], null],
      ["check the printer driver", [], null],
    ]);
  });

  it("gives no owner from a lead-in line or a bullet that names no attendee, in a note that lists them", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "Hardware:",
          "- order the stands",
          "",
          "- Cabling:",
          "  - order the cables",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["order the stands", [], null],
      ["order the cables", [], null],
    ]);
  });
});

describe("owner labels with initials, and an action label in bold", () => {
  const minutes = parseMinutes(
    [
      "# Steering group 12.11.2026",
      "",
      "Participants: M. Weber (chair), S. Novak, J. Lindgren",
      "",
      "## 1. Budget",
      "The draft was presented by S. Novak.",
      "**Action:** S. Novak revises the travel estimate until 26.11.2026.",
      "",
      "## 2. Website",
      "- Feedback to the agency by all members until end of November (responsible: J. Lindgren)",
      "",
    ].join("\n"),
  );

  it("keeps an initial's full stop inside the name, and the label is no title", () => {
    expect(
      minutes.actionItems.map((task) => [task.title, task.owners.map(ownerKey), task.due]),
    ).toEqual([
      [null, ["s-novak"], "2026-11-26"],
      ["Website", ["j-lindgren"], "2026-11-30"],
    ]);
  });
});

describe("a day after a closing dash", () => {
  it("is the deadline, not an owner; a name there is still the owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Bertrand Okoye – Print the floor plan – Thu",
          "- Order the spare cables – Fri",
          "- Label the kiosks - Ingrid",
          "- Ask the venue about parking -- Bertrand",
          "- Check the hand-over--the old rota",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Print the floor plan", ["bertrand-okoye"], "2026-03-12"],
      ["Order the spare cables", [], "2026-03-06"],
      ["Label the kiosks", ["ingrid-holm"], null],
      // Two hyphens written for a dash.
      ["Ask the venue about parking", ["bertrand-okoye"], null],
      ["Check the hand-over--the old rota", [], null],
    ]);
  });

  it("reads the name between two dashes before when, said in several words or as how often", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "1. Roll back the kiosk config — Ingrid — ASAP, no later than 17:00",
          "2. Written updates to the store — Tamsin — starting 17:00, until resolved",
          "3. Status mail — Bertrand — every Monday",
          "4. Restock the shelves — soon, after the delivery",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Roll back the kiosk config — ASAP, no later than 17:00",
        ["ingrid-holm"],
        "2026-03-05T17:00",
      ],
      ["Written updates to the store — starting 17:00, until resolved", ["tamsin-greer"], null],
      ["Status mail — every Monday", ["bertrand-okoye"], null],
      ["Restock the shelves — soon, after the delivery", [], null],
    ]);
  });
});

describe("a taker's own mark over the work", () => {
  it("reads 'Team TODO:' and 'Name AI:' as the work of that taker, in a list or in the notes", () => {
    const lines = [
      "- Team TODO: update the diagram by Friday",
      "- Tamsin and Ingrid AI: book the venue",
      "- Docs TODO: refresh the landing page",
    ];
    const expected = [
      ["update the diagram by Friday", ["group:Team"], "2026-03-06"],
      ["book the venue", ["tamsin-greer", "ingrid-holm"], null],
      ["refresh the landing page", ["group:Docs"], null],
    ];
    expect(tasks(["## Action items", "", ...lines, ""].join("\n"))).toEqual(expected);
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- We reviewed the architecture",
          ...lines.map((line) => `  ${line}`),
          "",
        ].join("\n"),
      ),
    ).toEqual(expected);
  });

  it("reads no mark in a sentence that only mentions one, or in lower case", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- The old TODO: list is gone",
          "- Tamsin said the AI: model works",
          "- team todo: tidy up",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("owners in sub-bullets and over a list with its deadline", () => {
  it("reads 'Assigned to:' and 'Responsible person:' under a task as its owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] Book the room",
          "  - Assigned to: Bertrand",
          "  - Deadline: 12 March",
          "- [ ] Print the badges",
          "  - Responsible person: Ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Book the room", ["bertrand-okoye"], "2026-03-12"],
      ["Print the badges", ["ingrid-holm"], null],
    ]);
  });

  it("reads a short bullet over only its owner and deadline as the task, and a bare owner label as none", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Badges",
          "  - Owner: Ingrid",
          "  - Due: Friday",
          "- Owner: Tamsin",
          "- [ ] Print the agenda",
          "  - Responsible: Bertrand",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Badges", ["ingrid-holm"], "2026-03-06"],
      ["Print the agenda", ["bertrand-okoye"], null],
    ]);
  });

  it("reads a 'Who:' sub-bullet beside a 'When:' one as the owner, and no question of who", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "- Book the caterer",
          "  - Who: Ingrid and Tamsin",
          "  - When: 12 March",
          "- Print the agenda",
          "  - Who knows the printer's code?",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Book the caterer", ["ingrid-holm", "tamsin-greer"], "2026-03-12"],
      ["Print the agenda", [], null],
    ]);
  });

  it("reads the person of a sub-heading that also gives the list's deadline", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "### Tamsin — due 20 March",
          "",
          "- Review the contract",
          "",
          "### Ingrid (by Friday)",
          "",
          "- Print the badges",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Review the contract", ["tamsin-greer"], "2026-03-20"],
      ["Print the badges", ["ingrid-holm"], "2026-03-06"],
    ]);
  });
});

describe("links at the end of an item", () => {
  it("keeps a link the work is on, and drops one that only points to where the task came from", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Ingrid to review https://example.org/rfcs/pull/96",
          "- Comment on <https://example.org/rfcs/7> by Friday",
          "- Publish the recording - Tamsin - https://example.org/recording",
          "- Book the venue (see https://example.org/venues)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid to review https://example.org/rfcs/pull/96", ["ingrid-holm"], null],
      ["Comment on https://example.org/rfcs/7 by Friday", [], "2026-03-06"],
      ["Publish the recording", ["tamsin-greer"], null],
      ["Book the venue", [], null],
    ]);
  });
});

describe("sub-headings that head a task list by owner", () => {
  it("reads a group and two people joined by '+' as the owners of the tasks under them", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "### Everyone",
          "- [ ] Fill in the rota",
          "",
          "### Tamsin + Ingrid",
          "- [ ] Book the venue",
          "",
        ].join("\n"),
      ),
    ).toEqual(
      [
        ["Fill in the rota", ["group:Everyone"]],
        ["Book the venue", ["tamsin-greer", "ingrid-holm"]],
      ].map(([text, owners]) => [text, owners, null]),
    );
  });

  it("reads names the note does not list as owners beside a sub-heading that names a group", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "### All",
          "- [ ] Bring name badges",
          "",
          "### Marta",
          "- [ ] Order the drinks",
          "",
          "### Olu + Finn",
          "- [ ] Test the projector",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Bring name badges", ["group:All"], null],
      ["Order the drinks", ["person:Marta"], null],
      ["Test the projector", ["person:Olu", "person:Finn"], null],
    ]);
  });

  it("keeps topic sub-headings topics, a department's name included", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "### Docs",
          "- [ ] Fix the typos on the landing page",
          "",
          "### Infrastructure",
          "- [ ] Renew the certificates",
          "",
          "### Marketing",
          "- [ ] Draft the launch post",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Fix the typos on the landing page", [], null],
      ["Renew the certificates", [], null],
      ["Draft the launch post", [], null],
    ]);
  });
});

describe("plain lines under a task heading", () => {
  it("reads a line that opens with a taker as its label as that taker's task", () => {
    expect(
      tasks(
        [
          "Follow-ups",
          "Tamsin: share the draft plan by Monday",
          "Bertrand - set up the staging environment (end of next week)",
          "Budget: still open",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["share the draft plan by Monday", ["tamsin-greer"], "2026-03-09"],
      ["set up the staging environment", ["bertrand-okoye"], "2026-03-13T17:00"],
    ]);
  });
});

describe("owners written with an initial, in a closing bracket, or around an aside", () => {
  it("reads 'T. Greer', '(Ingrid to follow up)' and 'Bertrand, with help from Ingrid, to ...'", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- T. Greer to send the deck",
          "- Investigate the timeout (Ingrid to follow up)",
          "- Bertrand, with help from Ingrid, to migrate the exports",
          "- Review the logs (to be done before the release)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["T. Greer to send the deck", ["tamsin-greer"], null],
      ["Investigate the timeout (Ingrid to follow up)", ["ingrid-holm"], null],
      ["Bertrand, with help from Ingrid, to migrate the exports", ["bertrand-okoye"], null],
      ["Review the logs (to be done before the release)", [], null],
    ]);
  });

  it("leaves an initial that two attendees share unresolved", () => {
    const minutes = parseMinutes(
      "# Sync\n\nDate: 2026-03-05\nAttendees: Tamsin Greer, Tom Greer\n\n## Action items\n\n- T. Greer to send the deck\n",
    );
    expect(minutes.actionItems[0]?.owners.map((owner) => owner.attendeeId)).toEqual([null]);
  });
});

describe("orders beside marked work in the notes", () => {
  it("reads an order beside the marked items as work, and a 'Plan:' label as none", () => {
    expect(
      tasks(
        [
          "## Event bus",
          "",
          "- AI Tamsin: write the cutover runbook by 3/12",
          "- AI Ingrid: review the runbook",
          "- Plan: cut over the billing consumers first, then search",
          "- Book the load test window",
          "",
        ].join("\n"),
      ).map(([text]) => text),
    ).toEqual([
      "write the cutover runbook by 3/12",
      "review the runbook",
      "Book the load test window",
    ]);
  });
});

describe("work handed on with an arrow in the notes", () => {
  it("reads items that close with an arrow to a taker as theirs, and no decision beside them", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Launch moves to April (agreed)",
          "- Launch plan update → Tamsin (Fri)",
          "- Brief the support team -> Bertrand (before the 12th)",
          "- Customer email draft => Ingrid",
          "- Pricing → unchanged",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Launch plan update", ["tamsin-greer"], "2026-03-06"],
      ["Brief the support team", ["bertrand-okoye"], "2026-03-12"],
      ["Customer email draft", ["ingrid-holm"], null],
    ]);
  });
});

describe("passive work", () => {
  it("gives no owner to the thing the work is done to, and the work to the passive's agent", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Slides to be shared after the call",
          "- Logs need to be collected from the failing runs",
          "- Minutes to be circulated by Ingrid",
          "- Rate-of-change alarms to be researched further by the team",
          "- The contract is to be signed by March 10",
          "- Bertrand to be added to the on-call rota",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Slides to be shared after the call", [], null],
      ["Logs need to be collected from the failing runs", [], null],
      ["Minutes to be circulated by Ingrid", ["ingrid-holm"], null],
      ["Rate-of-change alarms to be researched further by the team", ["group:the team"], null],
      ["The contract is to be signed by March 10", [], "2026-03-10"],
      ["Bertrand to be added to the on-call rota", ["bertrand-okoye"], null],
    ]);
  });

  it("reads owners joined by '+', an owner word after a semicolon, an owner label over a dash, 'ACTION Name:' and a request to a name", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin + Bertrand to review the contract",
          "- Draft the memo; owner Ingrid; due Friday",
          "- Responsible: Tamsin — draft the FAQ",
          "- ACTION Bertrand: circulate the notes",
          "- Ingrid, can you send the slides?",
          "- Pricing, can you believe the quote we got?",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin + Bertrand to review the contract", ["tamsin-greer", "bertrand-okoye"], null],
      ["Draft the memo; due Friday", ["ingrid-holm"], "2026-03-06"],
      ["draft the FAQ", ["tamsin-greer"], null],
      ["circulate the notes", ["bertrand-okoye"], null],
      ["send the slides", ["ingrid-holm"], null],
      ["Pricing, can you believe the quote we got?", [], null],
    ]);
  });

  it("reads the names' bracket before a dash that says when, and no name where the dash says more", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Ask product about pricing (Ingrid) — next week",
          "- Print the badges (Tamsin, Bertrand) - by Friday",
          "- Review the kiosk copy (draft 2) — needs a second pass",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ask product about pricing", ["ingrid-holm"], "2026-03-13"],
      ["Print the badges", ["tamsin-greer", "bertrand-okoye"], "2026-03-06"],
      ["Review the kiosk copy (draft 2) — needs a second pass", [], null],
    ]);
  });

  it("reads an owner label between bars, and no owner from a bar with no label", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Send the kiosk pricing | Owner: Ingrid | Due: 10 March",
          "- Print the floor plan | Tamsin's copy | Due: 12 March",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the kiosk pricing", ["ingrid-holm"], "2026-03-10"],
      ["Print the floor plan | Tamsin's copy", [], "2026-03-12"],
    ]);
  });
});

describe("a topic, a colon, then who takes it", () => {
  it("gives the item to the attendees named after its last colon, and to whoever follows it up", () => {
    expect(
      tasks(
        [
          "## Notes and action items",
          "",
          "1. Venue shortlist for the offsite: Tamsin",
          "2. Poll for a new meeting time: Ingrid & Bertrand",
          "3. Vendor form review by the committee: Follow up by Ingrid",
          "4. Follow-up by Bertrand with the venue",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Venue shortlist for the offsite", ["tamsin-greer"], null],
      ["Poll for a new meeting time", ["ingrid-holm", "bertrand-okoye"], null],
      ["Vendor form review by the committee", ["ingrid-holm"], null],
      ["Follow-up by Bertrand with the venue", ["bertrand-okoye"], null],
    ]);
  });

  it("leaves a role, a day, a link's words and someone the note does not list", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Host: Tamsin",
          "- Review the kiosk contract: Friday",
          "- Raise the pod count for the spike: PR",
          "- Check the vendor quote: Marta",
          "- Vendor call: follow up by Friday",
          "",
        ].join("\n"),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["Review the kiosk contract: Friday", []],
      ["Raise the pod count for the spike: PR", []],
      ["Check the vendor quote: Marta", []],
      ["Vendor call: follow up by Friday", []],
    ]);
  });
});

describe("an aside that says who is to action it", () => {
  it("gives the item to whoever the aside names, keeping what else it says", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Slides on the interest groups are missing (Tamsin to action)",
          "- Admin rights on the repository for new members (Ingrid to action, ask in chat)",
          "- Check the option names with the vendor (action Bertrand)",
          "",
        ].join("\n"),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["Slides on the interest groups are missing", ["tamsin-greer"]],
      ["Admin rights on the repository for new members (ask in chat)", ["ingrid-holm"]],
      ["Check the option names with the vendor", ["bertrand-okoye"]],
    ]);
  });

  it("reads no one from a bracket that only mentions action", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- The new policy comes into force (action required)",
          "- We discussed who is to action the change (the board)",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("the whole group in brackets", () => {
  it("gives the item to the group before the work or in a bracket of its own", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "- [all] Prepare for the autumn workshop",
          "- Give feedback on the summary doc (everyone), mostly on what is missing",
          "- Ship the kiosk build to all sites (everyone is waiting)",
          "",
        ].join("\n"),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["Prepare for the autumn workshop", ["group:all"]],
      ["Give feedback on the summary doc, mostly on what is missing", ["group:everyone"]],
      ["Ship the kiosk build to all sites (everyone is waiting)", []],
    ]);
  });
});

describe("a name in a closing bracket", () => {
  const unlisted = (body: string) =>
    [...parseMinutes(`# Working group 2026-03-05\n\n${body}`).actionItems].map((task) => [
      task.text,
      task.owners.map(ownerKey),
    ]);

  it("is the owner in a note that lists no one, as a listed attendee's is in one that does", () => {
    expect(
      unlisted(
        [
          "## Action items",
          "",
          "- Draft the plan for the parser (Oren)",
          "- Add tracing to the build (Dana and Ilse)",
          "- Review the schema (optional)",
          "- Upgrade the database adapter (v2)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Draft the plan for the parser", ["person:Oren"]],
      ["Add tracing to the build", ["person:Dana", "person:Ilse"]],
      ["Review the schema (optional)", []],
      ["Upgrade the database adapter (v2)", []],
    ]);
  });

  it("is a person the note does not list where the list's other items close on their takers", () => {
    const closing = (items: string[]) =>
      tasks(["## Action items", "", ...items, ""].join("\n")).map(([text, owners]) => [
        text,
        owners,
      ]);
    expect(
      closing([
        "- Book the venue for the offsite (Tamsin)",
        "- Collect the dietary needs (Bertrand, Ingrid)",
        "- Ask the caterer for a second quote (Wendell)",
        "- Print the badges (optional)",
        "- Share the dial-in (Zoom)",
      ]),
    ).toEqual([
      ["Book the venue for the offsite", ["tamsin-greer"]],
      ["Collect the dietary needs", ["bertrand-okoye", "ingrid-holm"]],
      ["Ask the caterer for a second quote", ["person:Wendell"]],
      ["Print the badges (optional)", []],
      ["Share the dial-in (Zoom)", []],
    ]);
    // One item that closes on an attendee is no convention of the list.
    expect(
      closing([
        "- Book the venue for the offsite (Tamsin)",
        "- Ask the caterer for a quote (Wendell)",
      ]),
    ).toEqual([
      ["Book the venue for the offsite", ["tamsin-greer"]],
      ["Ask the caterer for a quote (Wendell)", []],
    ]);
  });

  it("is a lower-case handle where handles sign two items or more, and a lone word is not", () => {
    expect(
      unlisted(
        [
          "We settled on the following next steps:",
          "",
          "- Profile the parser on the large fixtures. (oskarv)",
          "- Write up the cache design. Ask the build team first. (oskarv, lumen42)",
          "- Retry the flaky upload test (again)",
          "- Move the docs to the new site (soon)",
          "- Port the lexer to the new API (quill)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Profile the parser on the large fixtures", ["person:oskarv"]],
      ["Write up the cache design. Ask the build team first", ["person:oskarv", "person:lumen42"]],
      ["Retry the flaky upload test (again)", []],
      ["Move the docs to the new site (soon)", []],
      ["Port the lexer to the new API (quill)", []],
    ]);
  });

  it("is not an owner where the note lists its attendees and the name is none of them", () => {
    expect(
      tasks(
        ["## Action items", "", "- Move the reports to the new store (Postgres)", ""].join("\n"),
      ),
    ).toEqual([["Move the reports to the new store (Postgres)", [], null]]);
  });
});

describe("an issue reference opening the item", () => {
  it("is read past to the taker, and leaves a report about the issue with no owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [Issue #15](https://example.org/issues/15) Ingrid will test the kiosk printer",
          "- #12: Bertrand to order the spare cables",
          "- Issue #11 was closed by Tamsin last week",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Issue #15 Ingrid will test the kiosk printer", ["ingrid-holm"], null],
      ["#12: Bertrand to order the spare cables", ["bertrand-okoye"], null],
      ["Issue #11 was closed by Tamsin last week", [], null],
    ]);
  });
});

describe("a taker who is 'to do' it", () => {
  it("is read in a closing bracket and after a closing dash, and 'nothing left to do' names no one", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Print the badges - Ingrid to do",
          "- Book the room for the launch (Bertrand to do it)",
          "- Check the kiosk firmware - nothing left to do",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Print the badges", ["ingrid-holm"], null],
      ["Book the room for the launch", ["bertrand-okoye"], null],
      ["Check the kiosk firmware - nothing left to do", [], null],
    ]);
  });
});

describe("a single word before a dash, where the note lists who came", () => {
  const minutes = parseMinutes(
    [
      "# Community call 2026-03-04",
      "",
      "Notetaker: Owen Pratt",
      "",
      "## Discussion",
      "",
      "- Laptops",
      "  - Rosalind will price the replacement laptops",
      "",
      "## To do",
      "",
      "- Rosalind - write the loan agreement",
      "- Budget - send the numbers to the treasurer",
      "- Owen - label the cables",
      "",
    ].join("\n"),
  );

  it("is a taker when the note writes it elsewhere taking work, and a topic otherwise", () => {
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["Rosalind will price the replacement laptops", ["Rosalind"]],
      ["write the loan agreement", ["Rosalind"]],
      ["Budget - send the numbers to the treasurer", []],
      ["label the cables", ["Owen"]],
    ]);
  });
});

describe("an action list's 'task, owner' shape", () => {
  it("reads an attendee or the whole group after the last comma as the owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Open the vote for the kiosk lead, Tamsin Greer",
          "- Read the rollout guide, All",
          "- Ask the vendor for the firmware notes, Ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Open the vote for the kiosk lead", ["tamsin-greer"], null],
      ["Read the rollout guide", ["group:All"], null],
      ["Ask the vendor for the firmware notes", ["ingrid-holm"], null],
    ]);
  });

  it("reads no owner after a comma that goes on a list of people or of things", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Send the floor plan to Bertrand, Ingrid",
          "- Order screens, cables, Mounts",
          "- Book the van for the depot, Harwich",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the floor plan to Bertrand, Ingrid", [], null],
      ["Order screens, cables, Mounts", [], null],
      ["Book the van for the depot, Harwich", [], null],
    ]);
  });
});

describe("an attendee's full name closing the item, with nothing between", () => {
  it("reads the full names as the owners, bold or plain, one or joined", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Collect the kiosk firmware notes for the wiki **Ingrid Holm**",
          "- Price the spare card readers **Tamsin Greer** and **Bertrand Okoye**",
          "- Draft the depot checklist Bertrand Okoye.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Collect the kiosk firmware notes for the wiki", ["ingrid-holm"], null],
      ["Price the spare card readers", ["tamsin-greer", "bertrand-okoye"], null],
      ["Draft the depot checklist", ["bertrand-okoye"], null],
    ]);
  });

  it("reads no owner in someone the work goes to or comes from, a first name alone, or a short item", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Send the floor plan to Ingrid Holm",
          "- Review the report written by Tamsin Greer",
          "- Book the van for the depot Ingrid",
          "- Call Bertrand Okoye",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the floor plan to Ingrid Holm", [], null],
      ["Review the report written by Tamsin Greer", [], null],
      ["Book the van for the depot Ingrid", [], null],
      ["Call Bertrand Okoye", [], null],
    ]);
  });
});

describe("lower-case handles that open items before a colon", () => {
  const owned = (body: string) =>
    parseMinutes(`# Zine planning 2026-06-02\n\n## To do\n\n${body}`).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.name),
    ]);

  it("are takers once a handle opens two items, with every handle written beside it", () => {
    expect(
      owned(
        [
          "- [ ] mika: scan the covers",
          "- [ ] mika/jo: email the printers",
          "- [ ] rue: fold the proofs",
          "- [ ] jo & rue: book the stall",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["scan the covers", ["mika"]],
      ["email the printers", ["mika", "jo"]],
      ["fold the proofs", ["rue"]],
      ["book the stall", ["jo", "rue"]],
    ]);
  });

  it("are not read from a word that opens one item only, nor from labels however often they recur", () => {
    expect(
      owned(
        [
          "- [ ] mika: scan the covers",
          "- [ ] update: send the proofs to the printer",
          "- [ ] note: ask the printer about the paper",
          "- [ ] note: ask the venue about tables",
          "- [ ] merge: update the printer's branch",
          "- [ ] merge: update the cover art branch",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["mika: scan the covers", []],
      ["update: send the proofs to the printer", []],
      ["merge: update the printer's branch", []],
      ["merge: update the cover art branch", []],
    ]);
  });
});

describe("a task list's label with who takes it in brackets", () => {
  it("gives the list under it to the names, bold or plain, with or without a colon", () => {
    expect(
      tasks(
        [
          "## Kiosk rollout",
          "",
          "- Talked about the depot screens",
          "\t- **Action items** (Tamsin/Bertrand)",
          "\t\t- Finish the screen survey and open a ticket",
          "\t\t- Add the depot to the rollout sheet",
          "- Next steps (Ingrid):",
          "\t- Draft the vendor letter",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Finish the screen survey and open a ticket", ["tamsin-greer", "bertrand-okoye"], null],
      ["Add the depot to the rollout sheet", ["tamsin-greer", "bertrand-okoye"], null],
      ["Draft the vendor letter", ["ingrid-holm"], null],
    ]);
  });

  it("reads no taker in a bracket that names no one, and no list label in one that says how long", () => {
    expect(
      tasks(
        [
          "## Kiosk rollout",
          "",
          "- Action items (Website)",
          "\t- Fix the receipt printer",
          "- Open action items (10 min)",
          "\t- ACTION: Tamsin to map the kiosks",
          "\t\t- No progress yet",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Fix the receipt printer", [], null],
      ["Tamsin to map the kiosks", ["tamsin-greer"], null],
    ]);
  });
});

describe("work the group waits for from someone", () => {
  it("is owed by whoever is to give it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Need an update from Ingrid on the depot lease",
          "- Awaiting sign-off from Tamsin",
          "- We still need feedback from Bertrand and Ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Need an update from Ingrid on the depot lease", ["ingrid-holm"], null],
      ["Awaiting sign-off from Tamsin", ["tamsin-greer"], null],
      ["We still need feedback from Bertrand and Ingrid", ["bertrand-okoye", "ingrid-holm"], null],
    ]);
  });

  it("is owed by the group or the person named after a thing to hand over, a few words long", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Need the expense list from everyone by Friday",
          "- Still need the signed forms from Tamsin",
          "- Need updated timesheets from the team",
          "- Need the logs from last week",
          "",
        ].join("\n"),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["Need the expense list from everyone by Friday", ["group:everyone"]],
      ["Still need the signed forms from Tamsin", ["tamsin-greer"]],
      ["Need updated timesheets from the team", ["group:the team"]],
      ["Need the logs from last week", []],
    ]);
  });

  it("is owed by no one when it came already, or from someone the note does not know", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Got feedback from Tamsin on the kiosk map",
          "- Need a quote from Harwich",
          "- Send an update from Ingrid's notes to the vendor",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Got feedback from Tamsin on the kiosk map", [], null],
      ["Need a quote from Harwich", [], null],
      ["Send an update from Ingrid's notes to the vendor", [], null],
    ]);
  });
});

describe("an item that reports who promised the work", () => {
  it("gives it to whoever said they would do it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Ingrid said she would check the depot lease",
          "- Tamsin and Bertrand confirmed they'll repaint the kiosks",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid said she would check the depot lease", ["ingrid-holm"], null],
      [
        "Tamsin and Bertrand confirmed they'll repaint the kiosks",
        ["tamsin-greer", "bertrand-okoye"],
        null,
      ],
    ]);
  });

  it("gives nothing to a wish, a refusal or a remark", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Ingrid said she would rather wait for the vendor",
          "- Bertrand said he would not join the depot visit",
          "- Tamsin said the kiosk map is out of date",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid said she would rather wait for the vendor", [], null],
      ["Bertrand said he would not join the depot visit", [], null],
      ["Tamsin said the kiosk map is out of date", [], null],
    ]);
  });
});

describe("names listed with commas before the task, and a taker who leads it", () => {
  it("gives the work to every attendee listed before the colon", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin, Ingrid: update the kiosk runbook",
          "- Tamsin Greer, Bertrand Okoye and Ingrid Holm: book the depot visit",
          "- Print the floor plan; Bertrand to lead",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["update the kiosk runbook", ["tamsin-greer", "ingrid-holm"], null],
      ["book the depot visit", ["tamsin-greer", "bertrand-okoye", "ingrid-holm"], null],
      ["Print the floor plan", ["bertrand-okoye"], null],
    ]);
  });

  it("reads topics listed with commas, or a list naming someone the note does not know, as no owners", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Budget, Venue: update the kiosk runbook",
          "- Tamsin, Zed: check the depot keys",
          "",
        ].join("\n"),
      ).map(([, owners]) => owners),
    ).toEqual([[], []]);
  });
});

describe("names after a dash, then when or an aside", () => {
  it("reads the names and keeps the deadline or the bracket with the work", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Print the kiosk signs — Tamsin by Fri",
          "- Reimage the spare tablets - Bertrand and Ingrid until March 12",
          "- Check the mounting brackets — Ingrid (backup: Tamsin)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Print the kiosk signs by Fri", ["tamsin-greer"], "2026-03-06"],
      ["Reimage the spare tablets until March 12", ["bertrand-okoye", "ingrid-holm"], "2026-03-12"],
      ["Check the mounting brackets (backup: Tamsin)", ["ingrid-holm"], null],
    ]);
  });

  it("leaves words after a name that give no date, and a day after the dash, as they are", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Review the floor plan - Tamsin by the look of it",
          "- Order the stands - Tuesday (tentative)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Review the floor plan - Tamsin by the look of it", [], null],
      ["Order the stands - Tuesday (tentative)", [], "2026-03-10"],
    ]);
  });
});

describe("'lead:' as an owner label inside the item", () => {
  it("gives the work to the lead named in a bracket, after a semicolon or a dash", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Plan the kiosk training (lead: Ingrid)",
          "- Migrate the booking wiki; lead: Bertrand",
          "- Order spare cables – lead: Tamsin, support: Ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Plan the kiosk training", ["ingrid-holm"], null],
      ["Migrate the booking wiki", ["bertrand-okoye"], null],
      ["Order spare cables, support: Ingrid", ["tamsin-greer"], null],
    ]);
  });
});

describe("someone unnamed, then who takes it after a dash", () => {
  it("gives the work to whoever said they would take it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Someone needs to update the kiosk docs — Ingrid said she'd take it",
          "- Reprint the floor map. Bertrand will follow up.",
          "- Someone needs to book the van",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Someone needs to update the kiosk docs", ["ingrid-holm"], null],
      ["Reprint the floor map", ["bertrand-okoye"], null],
      ["Someone needs to book the van", ["group:Someone"], null],
    ]);
  });
});

describe("'with' an attendee who leads", () => {
  it("gives the work to whoever leads it, and not to someone it is done with", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Switch the kiosks to the new vendor, with Ingrid leading the transition",
          "- Ship the pilot build with Tamsin running the checks",
          "- Plan the training day with Bertrand",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Switch the kiosks to the new vendor, with Ingrid leading the transition",
        ["ingrid-holm"],
        null,
      ],
      ["Ship the pilot build with Tamsin running the checks", ["tamsin-greer"], null],
      ["Plan the training day with Bertrand", [], null],
    ]);
  });
});

describe("a topic label over words that name their own taker", () => {
  it("gives the work to the taker in the words, not to the label", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "1. Logs: Marek will send the printer logs.",
          "2. Upgrade notices: Bertrand to warn the IT list before any release.",
          "3. Rollout: the operations team will stage the kiosks.",
          "4. Signage: Ingrid to print the posters.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Logs: Marek will send the printer logs", ["person:Marek"], null],
      [
        "Upgrade notices: Bertrand to warn the IT list before any release",
        ["bertrand-okoye"],
        null,
      ],
      ["Rollout: the operations team will stage the kiosks", ["group:the operations team"], null],
      ["Signage: Ingrid to print the posters", ["ingrid-holm"], null],
    ]);
  });

  it("gives the work to an attendee who takes it, not to a handle mentioned later", () => {
    const found = tasks(
      [
        "## Notes",
        "",
        "- Hooks: Ingrid will comment on the thread, much as @bertrand suggested last week.",
        "",
      ].join("\n"),
    );
    expect(found.map(([text, owners]) => [text, owners])).toEqual([
      [
        "Hooks: Ingrid will comment on the thread, much as @bertrand suggested last week",
        ["ingrid-holm"],
      ],
    ]);
  });

  it("gives no one the work where the words open with a thing, not a taker", () => {
    const found = tasks(
      ["## Next steps", "", "1. Status: Testing will continue next week.", ""].join("\n"),
    );
    expect(found.map(([text, owners]) => [text, owners])).toEqual([
      ["Status: Testing will continue next week", []],
    ]);
  });
});

describe("takers joined in other ways", () => {
  const body = (...lines: string[]) =>
    ["## Action items", "", ...lines.map((line) => `- ${line}`), ""].join("\n");

  it("reads 'and/or' and 'or' between takers as both of them", () => {
    expect(
      tasks(
        body("Bertrand and/or Ingrid to book the van", "Tamsin or Ingrid will print the badges"),
      ),
    ).toEqual([
      ["Bertrand and/or Ingrid to book the van", ["bertrand-okoye", "ingrid-holm"], null],
      ["Tamsin or Ingrid will print the badges", ["tamsin-greer", "ingrid-holm"], null],
    ]);
  });

  it("reads someone's team as a group that takes the work", () => {
    expect(
      tasks(body("Ingrid's team to stage the kiosks", "Bertrand’s team will check the cables")),
    ).toEqual([
      ["Ingrid's team to stage the kiosks", ["group:Ingrid's team"], null],
      ["Bertrand’s team will check the cables", ["group:Bertrand’s team"], null],
    ]);
  });

  it("reads a list of takers where only some carry a bracket", () => {
    expect(tasks(body("Tamsin (lead), Bertrand: draft the floor plan"))).toEqual([
      ["draft the floor plan", ["tamsin-greer", "bertrand-okoye"], null],
    ]);
  });

  it("reads no taker from 'or' between things, or a list of topics with a bracket", () => {
    expect(
      tasks(
        body(
          "Venue - is it booked or is more work needed - (Tamsin)",
          "Budget (Q3), signage: decide next call",
        ),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["Venue - is it booked or is more work needed", ["tamsin-greer"]],
      ["Budget (Q3), signage: decide next call", []],
    ]);
  });
});

describe("work, its taker and when, set apart by dashes", () => {
  it("reads the taker between two dashes when the last part says when without a date", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "- Lint rules — Bertrand — before the holidays",
          "- Hosting estimate — Ingrid — ASAP",
          "- Banner copy — Tamsin, Ingrid — next sprint",
          "- Kiosk photos — Bertrand — Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Lint rules — before the holidays", ["bertrand-okoye"], null],
      ["Hosting estimate — ASAP", ["ingrid-holm"], null],
      ["Banner copy — next sprint", ["tamsin-greer", "ingrid-holm"], null],
      ["Kiosk photos", ["bertrand-okoye"], "2026-03-06"],
    ]);
  });

  it("reads no taker in capitals that say when or how the work stands", () => {
    expect(
      tasks(
        ["## Next steps", "", "- Hosting estimate — ASAP", "- Style guide — WIP", ""].join("\n"),
      ),
    ).toEqual([
      ["Hosting estimate — ASAP", [], null],
      ["Style guide — WIP", [], null],
    ]);
  });
});

describe("days in a closing bracket", () => {
  it("are when, not who, in a note that lists no one", () => {
    const minutes = parseMinutes(
      "## Sync\n\n- [ ] Pair on the tokens (Wed/Thu)\n- [ ] Review the deck (Fri)\n- [ ] Draft the plan (Oren)\n",
    );
    expect(minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey)])).toEqual([
      ["Pair on the tokens (Wed/Thu)", []],
      ["Review the deck (Fri)", []],
      ["Draft the plan", ["person:Oren"]],
    ]);
  });
});

describe("a closing bracket in a note that lists no one", () => {
  const unlisted = (items: string[]) =>
    parseMinutes(
      ["# Working group", "", "Date: 2026-03-05", "", "## Actions", "", ...items, ""].join("\n"),
    ).actionItems.map((task) => [task.text, task.owners.map(ownerKey)]);

  it("names the taker of an order, and is an aside where the item opens with its taker", () => {
    expect(
      unlisted([
        "- Send the draft to the board (Oren)",
        "- JS to circulate the draft before the board meeting (Leeds, October)",
        "- Priya to post a comment on the issue (Pin)",
      ]),
    ).toEqual([
      ["Send the draft to the board", ["person:Oren"]],
      ["JS to circulate the draft before the board meeting (Leeds, October)", ["person:JS"]],
      ["Priya to post a comment on the issue (Pin)", ["person:Priya"]],
    ]);
  });
});

describe("work as the label, its takers as the value", () => {
  it("gives the work to the attendees after the colon, with the deadline after them", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "- Root-cause write-up: Tamsin + Ingrid, due Monday EOD",
          "- Vendor call: Bertrand, by Friday",
          "- Write-up: Tamsin and Bertrand",
          "- Budget: Tamsin to check the numbers, due Friday",
          "- Venue deposit: Ingrid by Friday",
          "- Vendor shortlist: Ingrid Holm",
          "- Chair: Tamsin",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Root-cause write-up, due Monday EOD", ["tamsin-greer", "ingrid-holm"], "2026-03-09T17:00"],
      ["Vendor call", ["bertrand-okoye"], "2026-03-06"],
      ["Write-up: Tamsin and Bertrand", ["tamsin-greer", "bertrand-okoye"], null],
      ["Budget: Tamsin to check the numbers", ["tamsin-greer"], "2026-03-06"],
      ["Venue deposit", ["ingrid-holm"], "2026-03-06"],
      ["Vendor shortlist", ["ingrid-holm"], null],
    ]);
  });

  it("gives the work before a colon or a semicolon to the attendee after it, and when after them", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Migrate the billing database; Tamsin",
          "- Migrate the billing database: Bertrand by Friday",
          "- Send the slides to the board; Kestrel",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Migrate the billing database", ["tamsin-greer"], null],
      ["Migrate the billing database by Friday", ["bertrand-okoye"], "2026-03-06"],
      ["Send the slides to the board; Kestrel", [], null],
    ]);
  });
});

describe("an owner field under the item, and a promise of a thing", () => {
  it("reads 'Owner: Name (who they are)' as the owner, and the one who promised a thing as its owner", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "1. Re-run the June export",
          "   - Owner: Ingrid Holm (customer)",
          "2. Check the retry logs",
          "   - Owner: Bertrand (vendor)",
          "   - ETA: Friday",
          "",
          "## Commitments",
          "",
          "- Tamsin promised a service credit proposal by Friday.",
          "- Bertrand has promised weekly calls.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Re-run the June export", ["ingrid-holm"], null],
      ["Check the retry logs", ["bertrand-okoye"], "2026-03-06"],
      ["Tamsin promised a service credit proposal by Friday", ["tamsin-greer"], "2026-03-06"],
      ["Bertrand has promised weekly calls", ["bertrand-okoye"], null],
    ]);
  });
});

describe("mentions by display name and owner labels after an arrow", () => {
  it("reads a mention signed with a plus as one with an at sign, and no sum as a mention", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- +Ingrid Holm send the floor plan by Friday",
          "- Order the badges +Tamsin Greer",
          "- Budget +5 Ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["send the floor plan by Friday", ["ingrid-holm"], "2026-03-06"],
      ["Order the badges", ["tamsin-greer"], null],
      ["Budget +5 Ingrid", [], null],
    ]);
  });

  it("takes the mentions out of the words without leaving their commas, dashes or labels", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- [ ] Schedule a check-in with each partner — @Tamsin Greer, @Ingrid Holm — by Friday",
          "- [ ] Collect the signed forms (@Bertrand Okoye, @Ingrid Holm) before Monday",
          "- [ ] Write the FAQ page → owner: @Bertrand Okoye, due 2026-03-20",
          "- [ ] Print the badges → owner: Tamsin",
          "- [ ] Review the deck with @Ingrid Holm",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Schedule a check-in with each partner", ["tamsin-greer", "ingrid-holm"], "2026-03-06"],
      ["Collect the signed forms before Monday", ["bertrand-okoye", "ingrid-holm"], "2026-03-09"],
      ["Write the FAQ page", ["bertrand-okoye"], "2026-03-20"],
      ["Print the badges", ["tamsin-greer"], null],
      ["Review the deck with @Ingrid Holm", [], null],
    ]);
  });
});

describe("takers after an arrow, a capital marker, a full stop, or in a bracket before the date", () => {
  it("reads each shape as the item's taker and keeps the date", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Renew the kiosk certificate ➜ Bertrand, ETA 2 weeks",
          "- Send the floor plan ⇒ Ingrid",
          "- ACTION Tamsin - order the stands - next Monday",
          "- ACTION Ingrid to brief the store managers",
          "- Print the price cards. Owner Bertrand. Due 13 March.",
          "- Book the installers [Tamsin] [Fri]",
          "- Test the card readers (Ingrid) (3/12)",
          "- Update the FAQ: Bertrand (due 3/11)",
        ].join("\n"),
      ),
    ).toEqual([
      ["Renew the kiosk certificate — ETA 2 weeks", ["bertrand-okoye"], "2026-03-19"],
      ["Send the floor plan", ["ingrid-holm"], null],
      ["order the stands", ["tamsin-greer"], "2026-03-09"],
      ["Ingrid to brief the store managers", ["ingrid-holm"], null],
      ["Print the price cards", ["bertrand-okoye"], "2026-03-13"],
      ["Book the installers", ["tamsin-greer"], "2026-03-06"],
      ["Test the card readers", ["ingrid-holm"], "2026-03-12"],
      ["Update the FAQ", ["bertrand-okoye"], "2026-03-11"],
    ]);
  });

  it("takes no taker from a label's own words, an owner word before no name, or a bracket of no date", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Action plan - review the rollout",
          "- ACTION Plan to be reviewed",
          "- Review the doc. Owner approval needed.",
          "- Read the spec [Tamsin] [optional]",
        ].join("\n"),
      ).map(([, owners]) => owners),
    ).toEqual([[], [], [], []]);
  });
});

describe("the writer as a taker, and a note app's owner sign", () => {
  const minutes = (people: string, items: string) =>
    parseMinutes(
      `# Renewal call\n\nDate: 2026-03-10\nAttendees: ${people}\n\n## Action items\n\n${items}`,
    );
  const owners = (people: string, items: string) =>
    minutes(people, items).actionItems.map((task) => [task.text, task.owners.map(ownerKey)]);

  it("gives 'me' to the writer the note names among the people who came", () => {
    expect(
      owners(
        "Sarah Kim (Fjord Air), Raj Mehta, me (Tom Ellis)",
        "- Send over the case studies — me\n- Me: book the room\n- Raj and me: draft the deck\n",
      ),
    ).toEqual([
      ["Send over the case studies", ["tom-ellis"]],
      ["book the room", ["tom-ellis"]],
      ["draft the deck", ["raj-mehta", "tom-ellis"]],
    ]);
  });

  it("gives 'me' to no one where the note does not say who wrote it", () => {
    expect(
      owners(
        "Sarah Kim, Raj Mehta",
        "- Send over the case studies — me\n- Me: book the room\n- Raj and me: draft the deck\n",
      ),
    ).toEqual([
      ["Send over the case studies — me", []],
      ["Me: book the room", []],
      ["draft the deck", ["raj-mehta"]],
    ]);
  });

  it("reads the names after a person sign up to the next sign", () => {
    const tasks = minutes(
      "Raj Mehta, Kim Lee",
      "- [ ] Share the pricing sheet 👤 Raj 📅 Mar 14\n- [ ] Fix the login bug 👤 Kim Lee, Raj\n",
    ).actionItems;
    expect(tasks.map((task) => [task.owners.map(ownerKey), task.due])).toEqual([
      [["raj-mehta"], "2026-03-14"],
      [["kim-lee", "raj-mehta"], null],
    ]);
  });
});

describe("a taker with a helper, and a taker who claims the work after it", () => {
  it("gives the work to the taker before 'with' or 'w/', not to who helps, and not to a report", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin with Ingrid to test the kiosk printer",
          "- Bertrand w/ the vendor to fix the card reader",
          "- Met with Ingrid to discuss the kiosk budget",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin with Ingrid to test the kiosk printer", ["tamsin-greer"], null],
      ["Bertrand w/ the vendor to fix the card reader", ["bertrand-okoye"], null],
      ["Met with Ingrid to discuss the kiosk budget", [], null],
    ]);
  });

  it("reads the first of two takers in a closing bracket, and a claim after a dash or a semicolon", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Rework the kiosk menu (Ingrid to lead, Tamsin to support)",
          "- Kiosk signage -- Bertrand to own",
          "- Replace the receipt paper; Tamsin owns it",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Rework the kiosk menu (Ingrid to lead, Tamsin to support)", ["ingrid-holm"], null],
      ["Kiosk signage", ["bertrand-okoye"], null],
      ["Replace the receipt paper", ["tamsin-greer"], null],
    ]);
  });
});

describe("an answer under a question that asks someone", () => {
  it("takes the question's work on, by when the answer says", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Printer #12 needs a new driver. @ingrid could you look into it?",
          "  - @ingrid: yes, will do tomorrow",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Printer #12 needs a new driver. @ingrid could you look into it? - yes, will do tomorrow",
        ["ingrid-holm"],
        "2026-03-06",
      ],
    ]);
  });
});

describe("a taker after 'and', 'but' or 'so' in an item of a list of work", () => {
  it("gives the item to the attendees of the later clause, and not to a name joined to another", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- The kiosk importer is slow and Tamsin and Ingrid will profile it",
          "- The receipts look wrong so Bertrand will check the printer",
          "- Signage and Ingrid's team to meet on Friday",
          "- Replace the card reader and Tamsin will test it",
          "",
        ].join("\n"),
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      [
        "The kiosk importer is slow and Tamsin and Ingrid will profile it",
        ["tamsin-greer", "ingrid-holm"],
      ],
      ["The receipts look wrong so Bertrand will check the printer", ["bertrand-okoye"]],
      ["Signage and Ingrid's team to meet on Friday", []],
      ["Replace the card reader and Tamsin will test it", []],
    ]);
  });
});

describe("a taker set apart from the work by a double hyphen or an action point's mark", () => {
  it("reads the taker without the dashes, under an action heading and in the discussion", () => {
    const items =
      "- Tamsin -- order the kiosk stands\n- Bertrand — AP — label the cables\n- Ingrid -- ACTION: test the readers\n- Tamsin - AI - print the signs by Fri\n";
    const expected = [
      ["order the kiosk stands", ["tamsin-greer"], null],
      ["label the cables", ["bertrand-okoye"], null],
      ["test the readers", ["ingrid-holm"], null],
      ["print the signs by Fri", ["tamsin-greer"], "2026-03-06"],
    ];
    expect(tasks(`## Action items\n\n${items}`)).toEqual(expected);
    // In the discussion a name and a dash may open a remark: the mark is what makes it work.
    expect(tasks(`## Discussion\n\n${items}`).sort()).toEqual(expected.slice(1).sort());
  });

  it("gives no one the work where the word before the mark is a topic", () => {
    expect(tasks("## Discussion\n\n- Signage - AP - print the kiosk signs\n")).toEqual([
      ["print the kiosk signs", [], null],
    ]);
  });
});

describe("a taker who says they have the work", () => {
  it("reads 'Name is on it:' before the work and '(Name is on it)' after it", () => {
    const items =
      "- Tamsin is on it: order the kiosk stands\n- Label the cables (Bertrand is on it)\n- Test the readers (spares TBD, Ingrid is on it)\n";
    expect(tasks(`## Action items\n\n${items}`)).toEqual([
      ["order the kiosk stands", ["tamsin-greer"], null],
      ["Label the cables", ["bertrand-okoye"], null],
      ["Test the readers (spares TBD)", ["ingrid-holm"], null],
    ]);
  });

  it("reads the lead in the discussion where it names an attendee, and not a topic", () => {
    expect(
      tasks(
        "## Discussion\n\n- Ingrid and Tamsin are on this — print the kiosk signs by Friday\n- Signage is on it: print the signs\n- Spare readers (Bertrand will take this up)\n",
      ),
    ).toEqual([
      ["print the kiosk signs by Friday", ["ingrid-holm", "tamsin-greer"], "2026-03-06"],
      // "take this up" is the promise itself, kept whole, not an aside cut to "(up)".
      ["Spare readers (Bertrand will take this up)", ["bertrand-okoye"], null],
    ]);
  });
});

describe("a topic's list with an owner field among its items", () => {
  it("gives the orders beside the field to whoever it names, over the topic's team", () => {
    expect(
      tasks(
        [
          "## Topics",
          "",
          "1. Billing",
          "   - Owner: Ingrid",
          "   - Send the credit note by March 20",
          "   - Check the February invoices",
          "   - The January run was clean.",
          "   - Cadence: monthly",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the credit note by March 20", ["ingrid-holm"], "2026-03-20"],
      ["Check the February invoices", ["ingrid-holm"], null],
    ]);
  });

  it("gives no work from a field that names no one, two fields, or a list of reports", () => {
    expect(
      tasks(
        [
          "## Topics",
          "",
          "1. Billing",
          "   - Owner: TBD",
          "   - Send the credit note",
          "2. Hosting",
          "   - Owner: Ingrid",
          "   - Assignee: Bertrand",
          "   - Move the staging box",
          "3. Support",
          "   - Owner: Bertrand",
          "   - Queue is down to twelve tickets.",
          "   - Fixed the macro for refunds.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a heading that says who still owes the items under it", () => {
  it("reads 'Waiting on', 'Pending from' and 'Owed by' as lists of work, owned by the side named", () => {
    const minutes = parseMinutes(
      [
        "# Escalation sync 2026-03-11",
        "",
        "**Customer:** Tallow Foods (Tamsin Greer, Ada Lind)",
        "**Vendor:** Quillfield (Pim Sorensen, Ingrid Holm)",
        "",
        "## Waiting on Tallow Foods",
        "",
        "- HAR file from the failing checkout",
        "- Firewall change window (Ada)",
        "",
        "## Pending from Quillfield",
        "",
        "- Patch for the retry storm — Pim, ETA Friday",
        "",
        "## Owed by legal",
        "",
        "- Contract redlines",
        "",
        "## Waiting room",
        "",
        "- Guests wait here before the call",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => `${owner.kind}:${owner.name}`),
        task.due,
      ]),
    ).toEqual([
      ["HAR file from the failing checkout", ["organization:Tallow Foods"], null],
      ["Firewall change window", ["person:Ada"], null],
      ["Patch for the retry storm — ETA Friday", ["person:Pim"], "2026-03-13"],
      ["Contract redlines", ["group:legal"], null],
    ]);
  });
});

describe("RACI letters on an item", () => {
  it("give the work to the one responsible, else the one accountable, and leave the letters off the text", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- R: Tamsin, A: Ingrid — migrate the kiosk database by Friday",
          "- Renew the reader certificates (R: Bertrand Okoye, A: Tamsin)",
          "- Replace the cracked screens (A: Ingrid; C: Tamsin)",
          "- Renew the licence [R: Ingrid / A: Bertrand]",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["migrate the kiosk database by Friday", ["tamsin-greer"], "2026-03-06"],
      ["Renew the reader certificates", ["bertrand-okoye"], null],
      ["Replace the cracked screens", ["ingrid-holm"], null],
      ["Renew the licence", ["ingrid-holm"], null],
    ]);
  });

  it("read one letter and a colon alone as no RACI", () => {
    expect(tasks("## Action items\n\n- Rerun the kiosk tests (A: the flaky ones)\n")).toEqual([
      ["Rerun the kiosk tests (A: the flaky ones)", [], null],
    ]);
  });
});

describe("a side of the meeting as the taker", () => {
  it("is a group, never one person: 'The vendor to ship it', 'the client will confirm'", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- The vendor to ship the spare readers by Friday",
          "- the client will confirm the kiosk count",
          "- Ingrid asked the supplier to send the invoice",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["The vendor to ship the spare readers by Friday", ["group:The vendor"], "2026-03-06"],
      ["the client will confirm the kiosk count", ["group:the client"], null],
      ["Ingrid asked the supplier to send the invoice", ["group:the supplier"], null],
    ]);
  });
});

describe("a thing, then the attendee who owns it", () => {
  it("gives the thing to its owner in a list of work and in the notes, and not to a stranger", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Kiosk signage: Tamsin owns it",
          "- Card reader firmware - Ingrid and Bertrand own it, due Friday",
          "- Spare cables (Bertrand owns)",
          "- Stand brackets - Kim owns",
          "",
          "## Notes",
          "",
          "- Install guide - Ingrid owns, due 12.3.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Kiosk signage", ["tamsin-greer"], null],
      ["Card reader firmware", ["ingrid-holm", "bertrand-okoye"], "2026-03-06"],
      ["Spare cables", ["bertrand-okoye"], null],
      ["Stand brackets - Kim owns", [], null],
      ["Install guide", ["ingrid-holm"], "2026-03-12"],
    ]);
  });
});

describe("a topic's label over work whose bracket names the taker", () => {
  it("keeps the work's words and gives it to the attendee in the bracket, not to the label", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "- Tallow Foods: send the signed order form (Tamsin) by Thursday",
          "- Docs: update the install guide (Ingrid), by Friday",
          "- Docs: update the install guide (draft) by Friday",
          "- Bertrand: review the rollout plan (Ingrid) by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["send the signed order form by Thursday", ["tamsin-greer"], "2026-03-12"],
      ["update the install guide", ["ingrid-holm"], "2026-03-06"],
      // A bracket that names no one, or a label that names an attendee, leaves the label the taker.
      ["update the install guide (draft) by Friday", ["group:Docs"], "2026-03-06"],
      ["review the rollout plan by Friday", ["bertrand-okoye"], "2026-03-06"],
    ]);
  });
});

describe("an order outside a task list, closed by its taker and then by when", () => {
  it("reads the taker before a closing deadline, however the deadline is set off", () => {
    expect(
      tasks(
        "## Notes\n\n- The stands arrive late\n- Order spare kiosk stands @tamsin due:Friday\n- Label the reader cables (Ingrid) due Monday\n- Book the install crew — Bertrand — ETA next Tuesday\n- Print the floor plans - Ingrid - by 3/10\n",
      ),
    ).toEqual([
      ["Order spare kiosk stands", ["tamsin-greer"], "2026-03-06"],
      ["Label the reader cables due Monday", ["ingrid-holm"], "2026-03-09"],
      ["Book the install crew ETA next Tuesday", ["bertrand-okoye"], "2026-03-10"],
      ["Print the floor plans by 3/10", ["ingrid-holm"], "2026-03-10"],
    ]);
  });

  it("takes handles that close an order with no dash before them", () => {
    expect(tasks("## Notes\n\n- Print new badges @tamsin @ingrid\n")).toEqual([
      ["Print new badges", ["tamsin-greer", "ingrid-holm"], null],
    ]);
  });

  it("leaves a field's handle, a mention, and a writer named with by", () => {
    expect(
      tasks(
        "## Notes\n\n- Lead: @tamsin\n- Talked the layout over with @ingrid\n- The floor plan was drawn by Bertrand by Friday\n- Reviewed the plan written by Ingrid\n",
      ),
    ).toEqual([]);
  });
});

describe("takers joined by a plus before an arrow", () => {
  it("are each a taker, and the arrow no part of the last name", () => {
    const minutes = parseMinutes(
      `${header}Action items:\n1. Tamsin + Ingrid → pair on the badge printer, Fri\n2. Bertrand + Ingrid -> sort the cables\n`,
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
        task.due,
      ]),
    ).toEqual([
      ["pair on the badge printer", ["Tamsin", "Ingrid"], "2026-03-06"],
      ["sort the cables", ["Bertrand", "Ingrid"], null],
    ]);
  });
});

describe("an order whose object is a group", () => {
  it("gives the work to no one, and a team named by its work stays the taker", () => {
    expect(
      tasks(
        "## Action items\n\n- Enable kiosk teams to book their own repairs\n- Encourage members to vote on the layout\n- Support team to triage the kiosk queue\n",
      ),
    ).toEqual([
      ["Enable kiosk teams to book their own repairs", [], null],
      ["Encourage members to vote on the layout", [], null],
      ["Support team to triage the kiosk queue", ["group:Support team"], null],
    ]);
  });
});

describe("a name between two dashes, then when, in a note that lists no one", () => {
  it("is who takes the work; a word that says no one is taker is no owner, and a list of people still rules", () => {
    const followUps = (head: string) =>
      parseMinutes(
        `# Retro 2026-12-01\n\n${head}## Follow-ups\n\n- [ ] Add a canary stage — Pim — 2026-12-11\n- [ ] Write the customer summary — Ada Lind — within 24h\n- [ ] Add an alert on evictions — unassigned — Friday\n`,
      ).actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]);
    expect(followUps("")).toEqual([
      ["Add a canary stage", ["person:Pim"], "2026-12-11"],
      ["Write the customer summary — within 24h", ["person:Ada Lind"], "2026-12-02"],
      ["Add an alert on evictions", [], "2026-12-04"],
    ]);
    // Where the note says who came, a name it does not list stays in the words.
    expect(followUps("Attendees: Greta Lund, Nell Okafor\n\n")[0]).toEqual([
      "Add a canary stage — Pim",
      [],
      "2026-12-11",
    ]);
  });
});
