import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { headingKind } from "../../src/parse/heading-kinds.js";

describe("section synonyms", () => {
  it.each([
    ["Concerns", "concerns"],
    ["Issues Raised", "concerns"],
    ["Customer Concerns", "concerns"],
    ["Technical Assessment", "findings"],
    ["Findings", "findings"],
    ["Root Cause", "findings"],
    ["What we heard", "concerns"],
    ["What the client reported", "concerns"],
    ["Customer asks", "concerns"],
    ["What the customer asked for", "concerns"],
    ["What the client needs", "concerns"],
    ["Customer requests", "concerns"],
    ["What we found", "findings"],
    ["What we know so far", "findings"],
    ["Troubleshooting", "findings"],
    ["Identified Problems:", "findings"],
    ["Issues found", "findings"],
    ["Observed gaps", "findings"],
    ["What went wrong", "findings"],
    ["Issue", "concerns"],
    ["The problem", "concerns"],
    ["Problem statement", "concerns"],
    ["Issue summary", "concerns"],
    ["Reported issue", "concerns"],
    ["Symptoms", "concerns"],
    ["Customer impact", "concerns"],
    ["Impact", "concerns"],
    ["What we found out we need to do", "actionItems"],
    ["What we heard back on the agenda", "other"],
    ["Resolution Plan", "resolutionPlan"],
    ["Remediation", "resolutionPlan"],
    ["Plan", "resolutionPlan"],
    ["The plan:", "resolutionPlan"],
    ["Rollout plan", "resolutionPlan"],
    ["Improvement Plan:", "resolutionPlan"],
    ["Follow-up Actions", "actionItems"],
    ["Action Items", "actionItems"],
    ["Next Steps", "actionItems"],
    ["To-dos", "actionItems"],
    ["Open items", "actionItems"],
    ["Outstanding actions", "actionItems"],
    ["Carried over", "actionItems"],
    ["Carry-over", "actionItems"],
    ["Carryover items", "actionItems"],
    ["Spillover", "actionItems"],
    ["Carry-over topics from the last call", null],
    ["Open questions", "other"],
    ["Follow-up questions", "other"],
    ["On-going (no action, just tracking)", "other"],
    ["FYI", "other"],
    ["Completed Tasks (from previous meeting)", "other"],
    ["Done items", "other"],
    ["Tasks completed by Friday", "actionItems"],
    ["For information: open items", "other"],
    ["Actions, no owners yet", "actionItems"],
    ["Questions for the customer", "other"],
    ["Follow-ups and questions", "actionItems"],
    ["Follow-up timeline (times in BST)", "other"],
    ["Chronology of the response", "other"],
    ["Action items: questions", "other"],
    ["Account Management", "commitments"],
    ["Commitments", "commitments"],
    ["What we promised", "commitments"],
    ["We committed to", "commitments"],
    ["What we'll do", "commitments"],
    ["What we will do next", "commitments"],
    ["What you'll do", "actionItems"],
    ["Customer Commitment", "commitments"],
    ["Risk Mitigation", "risks"],
    ["Risks", "risks"],
    ["Decisions", "decisions"],
    ["Attendees", "attendees"],
    ["Participants", "attendees"],
    ["Context", "context"],
    ["Background", "context"],
    ["Parking Lot", "notes"],
    ["Not present", "other"],
    ["2. Action Items:", "actionItems"],
    ["✅ Decisions", "decisions"],
    ["Moving forward", "actionItems"],
    ["Who joined", "attendees"],
    ["Chair", "attendees"],
    ["MC", "attendees"],
    ["Scribes", "attendees"],
    ["Goals for the next sprint", "actionItems"],
    ["Plans for the coming month", "actionItems"],
    ["Next week", "actionItems"],
    ["Planned next week", "actionItems"],
    ["Planned for this sprint", "actionItems"],
    ["Asks of Orbis", "actionItems"],
    ["Requests to the customer", "actionItems"],
    ["What we need from IT", "actionItems"],
    // What one side still owes, as an escalation tracks it; a tracker's queue state is no list.
    ["Waiting on Tallow Foods", "actionItems"],
    ["Waiting for the customer", "actionItems"],
    ["Pending from Quillfield", "actionItems"],
    ["Owed by us", "actionItems"],
    ["Waiting on team", null],
    ["Waiting on review", null],
    ["(Waiting on team) Fix the lock on the shared cache", null],
    ["Waiting room", null],
    // The customer's own asks are what it raised.
    ["Customer asks", "concerns"],
    ["Planned maintenance", null],
    ["Upcoming work", "actionItems"],
    ["What we're doing about it", "actionItems"],
    ["How we will prevent this from happening again", "actionItems"],
    ["Long-term fixes", "actionItems"],
    ["Changes we are making", "actionItems"],
    ["A/I", "actionItems"],
    ["A.I.:", "actionItems"],
    ["AIs", "actionItems"],
    ["Who does what", "actionItems"],
    ["Work split", "actionItems"],
    ["Division of labour", "actionItems"],
    ["For next meeting", "actionItems"],
    ["Until the next call", "actionItems"],
    ["In Progress", "actionItems"],
    ["Up next", "actionItems"],
    ["Current Sprint Backlog", "actionItems"],
    ["Committed stories", "actionItems"],
    ["Moving to Next Sprint (Review, In Progress, Backlog)", "actionItems"],
  ])("%s -> %s", (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });

  it("names no kind in a heading of what someone does rather than will do", () => {
    expect(headingKind("What we do")).toBeNull();
    expect(headingKind("What we did")).toBeNull();
  });

  it.each([
    "Joined the project",
    "Overnight Events",
    "Progress",
    "Meeting Summary",
    // A topic as often as a list of work; and the week itself is no plan.
    "Improvements",
    "Next week's venue",
    "What went well",
    // "AI" alone is as often the topic as the abbreviation.
    "AI",
    "AI tooling",
    "Next meeting",
    "Work in progress demos",
    "Backlog grooming",
    "Stories we liked",
    // A list of tracker items, not what the other side suffers.
    "Issues",
    "Known issues",
    "Issue 42",
    // A sentence about a promise is a topic, not the list of them.
    "What we promised to fix last quarter was late",
    // A plan sold, a plan of the weeks ahead, a plan's topic: no steps agreed on.
    "Pricing plan",
    "Medium term plan",
    "Plan for the database migration",
  ])("%s names no kind", (heading) => {
    expect(headingKind(heading)).toBeNull();
  });

  it("takes extra synonyms from sectionAliases, before the built-in ones", () => {
    expect(headingKind("Carry Over", { actionItems: ["Carry over"] })).toBe("actionItems");
    expect(headingKind("Notes", { findings: ["Notes"] })).toBe("findings");
  });

  it("keeps unknown headings in the model with kind other", () => {
    const minutes = parseMinutes(
      `# Sync\n\n## Progress\n\n- Export finished\n\n## Carry Over\n\n- Lisa to file the report\n`,
      {
        sectionAliases: { actionItems: ["Carry Over"] },
      },
    );
    expect(
      minutes.sections.map((section) => [section.heading, section.kind, section.depth]),
    ).toEqual([
      ["Progress", "other", 2],
      ["Carry Over", "actionItems", 2],
    ]);
    expect(minutes.notes.map((note) => note.text)).toEqual(["Export finished"]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Lisa to file the report"]);
  });

  it("reads the items under a heading of planned work as tasks, and a topic bullet's items as notes", () => {
    const minutes = parseMinutes(
      [
        "# Outage of the upload service",
        "",
        "Date: 2026-02-10",
        "",
        "## What happened",
        "",
        "- Uploads failed for forty minutes",
        "- Dashboard improvements",
        "  - the error panel was hidden",
        "",
        "## What we're doing about it",
        "",
        "- Alert on the upload error rate",
        "- Add a second storage region",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Alert on the upload error rate",
      "Add a second storage region",
    ]);
  });
});

describe("a product or a phrase that holds the word 'actions'", () => {
  it("names no list of work, where 'Actions' and 'Next actions' do", () => {
    expect(
      [
        "Exploring GitHub Actions",
        "GitHub Action",
        "GitLab actions",
        "Class action",
        "Call to action",
        "After-action report",
        "After action review",
      ].map((heading) => headingKind(heading)),
    ).toEqual([null, null, null, null, null, null, null]);
    expect(
      ["Actions", "Next actions", "Deploy actions"].map((heading) => headingKind(heading)),
    ).toEqual(["actionItems", "actionItems", "actionItems"]);
  });
});

describe("a body or a field of work named with the word 'task'", () => {
  it("names no list of work, where 'Tasks' and 'Open tasks' do; 'Guests' and 'Observers' are attendees", () => {
    expect(
      ["Task force", "Six task areas", "Task groups"].map((heading) => headingKind(heading)),
    ).toEqual([null, null, null]);
    expect(
      ["Tasks", "Open tasks", "Task for next week"].map((heading) => headingKind(heading)),
    ).toEqual(["actionItems", "actionItems", "actionItems"]);
    expect(["Guests", "Observers"].map((heading) => headingKind(heading))).toEqual([
      "attendees",
      "attendees",
    ]);
  });

  it("reads the items under a 'Task areas' bullet as notes, with the names in their brackets as no owners", () => {
    const minutes = parseMinutes(
      [
        "# Consortium update 2026-06-02",
        "",
        "## Funding",
        "",
        "* Two task areas:",
        "    * Sensor calibration (Okafor, Brandt)",
        "    * Field trips (Nair)",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems).toEqual([]);
  });
});

describe("what a review found, under a heading of future work", () => {
  it("is findings, and the plan beside it stays work", () => {
    const minutes = parseMinutes(
      [
        "# Router outage review",
        "",
        "Date: 2026-02-11",
        "",
        "## Future work",
        "",
        "### Identified problems",
        "",
        "- Lack of a fallback route for the core switches",
        "- No alert on the link's error rate",
        "",
        "### Planned changes",
        "",
        "- Add a fallback route for the core switches",
        "",
      ].join("\n"),
    );
    expect(minutes.findings.map((finding) => finding.text)).toEqual([
      "Lack of a fallback route for the core switches",
      "No alert on the link's error rate",
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Add a fallback route for the core switches",
    ]);
  });
});
