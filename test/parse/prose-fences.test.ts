import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = (fence: string) =>
  parseMinutes(
    `# Working group interim, 3 March 2026\n\nAttendees: Greta Lund, Nell Okafor\n\n${fence}\n`,
  );
const work = (fence: string) =>
  note(fence).actionItems.map((task) => [task.text, task.owners.map((o) => o.attendeeId)]);

describe("minutes pasted into a fence with no language", () => {
  it("reads the plain text as the note's own lines, whatever their indent", () => {
    const fence = [
      "```",
      "Agenda was accepted.",
      "",
      "Session resumption update",
      "",
      "        Greta presented the open issues on the ticket format.",
      "        General agreement that the text needs one more pass. Greta will republish the text for this issue.",
      "",
      "        Nell promised to circulate a fresh revision ahead of the cutoff.",
      "```",
    ].join("\n");
    expect(work(fence)).toEqual([["Greta will republish the text for this issue", ["greta-lund"]]]);
    expect(note(fence).commitments.map((task) => task.text)).toEqual([
      "Nell promised to circulate a fresh revision ahead of the cutoff",
    ]);
  });

  it("leaves code, a log, a shell session and a short fence unread", () => {
    for (const fence of [
      "```\nconst owner = 'Greta';\nfunction assign(task) {\n  return owner;\n}\nassign('Greta will fix it');\n```",
      "```\n2026-03-03 10:02:11 ERROR Greta will retry the sync job now\n2026-03-03 10:02:12 INFO Nell will get the lock for the import\n2026-03-03 10:02:13 WARN Greta will back off for a while now\n2026-03-03 10:02:14 INFO Nell will release the lock again soon\n2026-03-03 10:02:15 INFO Greta will finish the whole sync job\n```",
      "```python\nGreta will send the notes to the list.\nNell will book the room for the next call.\nGreta will update the draft before Friday.\nNell will check the numbers with finance.\nGreta will chase the reviewers this week.\n```",
      "```\nGreta will send the notes to the list.\nNell will book the room.\n```",
    ])
      expect(work(fence), fence).toEqual([]);
  });
});
