import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const header = [
  "# Outage report: stale images on the Tidepool gallery",
  "",
  "Published 2026-02-11 by the Tidepool web team.",
  "",
  "## Timeline",
  "",
  "- 2026-02-09 08:10 UTC: thumbnails stop refreshing",
  "- 2026-02-09 09:45 UTC: cache purged by hand",
  "",
].join("\n");

function tasks(body: string): string[] {
  const minutes = parseMinutes(header + body);
  return [...minutes.actionItems, ...minutes.commitments].map((task) => task.text);
}

describe("planned changes in an incident review", () => {
  it("reads a change promised of the thing it changes, and work the writers say is under way", () => {
    expect(
      tasks(
        [
          "## What we are changing",
          "",
          "1. A nightly job has been added that checks the cache headers.",
          "2. The dependency on the old resize service will be removed for private galleries.",
          "3. Although only one person is on call today, we are working on adding two more people to the rota.",
          "4. Upload tokens will be scoped to a single gallery.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "The dependency on the old resize service will be removed for private galleries",
      "we are working on adding two more people to the rota",
      "Upload tokens will be scoped to a single gallery",
    ]);
  });

  it("reads the writers' promise with an adverb, a contraction or a verb in -ing", () => {
    expect(
      tasks(
        [
          "## Lessons",
          "",
          "We will also be auditing the other cache rules over the coming weeks. We're now going to",
          "keep a second renderer warm. We are also planning to publish the purge log. We'll then",
          "retire the old resize service.",
          "",
          "We will be happy to answer questions. We are also sorry for the trouble.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "We will also be auditing the other cache rules over the coming weeks",
      "We're now going to keep a second renderer warm",
      "We are also planning to publish the purge log",
      "We'll then retire the old resize service",
    ]);
  });

  it("reads no task in how a system will run, in what points back at the story, or in what will not change", () => {
    expect(
      tasks(
        [
          "## What comes next",
          "",
          "- Thumbnails will be created on upload rather than on first view.",
          "- It will be fixed for good by the new renderer.",
          "- No galleries will be removed.",
          "- Existing links will not be changed.",
          "- We are working hard and are sorry for the trouble.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads a passive plan only in an incident review", () => {
    const minutes = parseMinutes(
      "# Gallery sync\n\nDate: 2026-02-11\n\n## Notes\n\n- The old resize service will be removed next quarter.\n",
    );
    expect(minutes.actionItems).toEqual([]);
  });

  // Backtracking over a long sentence would meet the timeout; speed is the benchmarks' to measure.
  it("reads a long sentence with no taker as no work", { timeout: 10_000 }, () => {
    expect(tasks(`## Notes\n\n${"word ".repeat(20_000)}will be\n`)).toEqual([]);
  });
});

describe("follow-ups written as bare imperatives in an incident review", () => {
  const lessons = [
    "## Actions taken",
    "",
    "purged the cache by hand",
    "restarted the resize workers",
    "",
    "## Lessons",
    "",
    "- identify a way to spot stale thumbnails early.",
    "- why did the purge take an hour?",
    "",
    "## Testing",
    "",
    "- run the upload burst again on staging.",
    "  - how do we generate that much load?",
    "- once it reproduces, try in order:",
    "  - rebuild the cache index.",
    "  - seek out images with broken headers.",
    "",
    "After a long discussion we decided to:",
    "",
    "- Announce the fix on the status page.",
    "",
  ].join("\n");

  it("are the follow-ups when the review keeps no list of work", () => {
    expect(tasks(lessons)).toEqual([
      "identify a way to spot stale thumbnails early",
      "run the upload burst again on staging",
      "rebuild the cache index",
      "seek out images with broken headers",
    ]);
  });

  it("are topics where the review keeps a list of work, and in a meeting's notes", () => {
    expect(tasks(`${lessons}\n## Action items\n\n- Add an alert on thumbnail age\n`)).toEqual([
      "Add an alert on thumbnail age",
    ]);
    const meeting = parseMinutes(
      `# Gallery sync\n\nDate: 2026-02-11\n\n${lessons.replace("## Actions taken", "## Updates")}`,
    );
    expect(meeting.actionItems).toEqual([]);
  });

  it("reads the fix a review names, and a team's plan after 'going forward'", () => {
    expect(
      tasks(
        [
          "## Recovery",
          "",
          "We purged the cache by hand. The longer term fix is to add a check for stale headers in the resize step.",
          "",
          "Going forward the web team is going to rebuild the deploy pipeline.",
          "",
          "The fix was to restart the worker.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "The longer term fix is to add a check for stale headers in the resize step",
      "the web team is going to rebuild the deploy pipeline",
    ]);
  });

  it("reads the writers' promise past an adverb and past a time clause written without a comma", () => {
    expect(
      tasks(
        [
          "## What happens next",
          "",
          "We will shortly be emailing every gallery owner. Once the rebuild is done we will review the cache rules; meanwhile we are obviously going to watch the headers closely.",
          "",
          "When the cache was purged we saw the thumbnails come back.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "We will shortly be emailing every gallery owner",
      "we will review the cache rules",
      "we are obviously going to watch the headers closely",
    ]);
  });

  it("reads 'will do' with a thing to do as work, and not 'will do so' or 'the following'", () => {
    expect(
      tasks(
        [
          "## Follow-up",
          "",
          "We will do a dry run of the cache purge on staging. We could not agree on a window; we will do so in chat. Going forward, we will do the following:",
          "",
        ].join("\n"),
      ),
    ).toEqual(["We will do a dry run of the cache purge on staging"]);
  });

  it("reads no task from a table of data under a plan, and the rows of a work table all the same", () => {
    const note = [
      "# Incident review 2026-03-04",
      "",
      "## Mitigation",
      "",
      "The affected accounts will be refunded.",
      "",
      "| Account | Amount | Time |",
      "| --- | --- | --- |",
      "| acct9f3k2m8q7w1x5z0v4b6n | 4.41 | 16/12/2025 00:50 |",
      "| acct2b7c9d1e3f5g7h9j0k2m | 23.39 | 16/12/2025 02:59 |",
      "",
      "| Step | Owner |",
      "| --- | --- |",
      "| Refund the accounts | Ops |",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect(minutes.resolutionPlan.map((step) => step.text)).toEqual([
      "The affected accounts will be refunded",
      "Refund the accounts",
    ]);
    expect(minutes.notes.map((remark) => remark.text)).toContain(
      "acct9f3k2m8q7w1x5z0v4b6n | 4.41 | 16/12/2025 00:50",
    );
  });

  it("reads mitigations tagged as still to do, with no one named by the tag, and leaves those done", () => {
    const minutes = parseMinutes(
      `${header}\n## Mitigations\n\n- Implemented: Alerts on the purge queue.\n- Suggested: Make the purge job refuse an empty bucket name.\n- Proposed fix: Rotate the cache keys weekly.\n- Suggested: the old gallery is fine as it is.\n`,
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["Suggested: Make the purge job refuse an empty bucket name", []],
      ["Proposed fix: Rotate the cache keys weekly", []],
    ]);
  });
});

describe("an incident review's after-action report", () => {
  const minutes = parseMinutes(
    [
      "# Upload outage 2026-03-05",
      "",
      "# After-action report",
      "",
      "## What went wrong",
      "",
      "- The cache filled the disk during the nightly import.",
      "",
      "## Action items",
      "",
      "### Process",
      "",
      "1. Ask the course leads which students lost work.",
      "",
      "### Training",
      "",
      "None.",
      "",
      "### Monitoring",
      "",
      "Alert when the disk passes 80%. The last outage went unseen for an hour.",
      "",
    ].join("\n"),
  );

  it("reads what went wrong as findings, not work, and 'None.' under a heading as no task", () => {
    expect(minutes.actionItems.map((task) => [task.title, task.text])).toEqual([
      [null, "Ask the course leads which students lost work"],
      ["Monitoring", "Alert when the disk passes 80%"],
    ]);
  });
});

describe("a label over what follows it, in an incident review with no list of work", () => {
  it("is no follow-up, while the imperatives beside it are", () => {
    expect(
      tasks(
        [
          "## Incident on 2026-02-09",
          "",
          "- **Resolution**: cache purged by hand.",
          "",
          "- **Follow-up review**:",
          "",
          "None needed beyond the purge.",
          "",
          "- Check the purge rota:",
          "",
          "It was last updated in the spring.",
          "",
          "- rebuild the cache index.",
          "",
        ].join("\n"),
      ),
    ).toEqual(["rebuild the cache index"]);
  });
});

describe("an incident bridge's log", () => {
  const bridge = [
    "# Sev-1 bridge: slow checkout",
    "",
    "Date: 2026-02-03, 14:00 UTC",
    "On bridge: Greta Lund, Bertrand Okoye (DBA), Rina Osei",
    "",
    "## Log",
    "",
    "- 14:05 Rina: p99 at 4.2s, errors flat.",
    "- 14:20 ACTION Bertrand — open a ticket about the db-3 disk.",
    "- [14:22] ACTION: Greta to page the DBA on call.",
    "- 14:40 Todo list reviewed with the team.",
    "- 14:45 Action taken: failover done.",
    "- 14:50 Greta will keep the bridge open until 15:30.",
    "",
  ].join("\n");

  it("reads who is on the bridge as the attendees", () => {
    expect(parseMinutes(bridge).attendees.map((person) => [person.name, person.role])).toEqual([
      ["Greta Lund", null],
      ["Bertrand Okoye", "DBA"],
      ["Rina Osei", null],
    ]);
  });

  it("reads an action label after an entry's time as the work it marks, and no other entry", () => {
    expect(
      parseMinutes(bridge).actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
      ]),
    ).toEqual([
      ["open a ticket about the db-3 disk", ["Bertrand"]],
      ["Greta to page the DBA on call", ["Greta"]],
    ]);
  });
});
