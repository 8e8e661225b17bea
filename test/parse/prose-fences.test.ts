import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = (fence: string) =>
  parseMinutes(
    `# Working group interim, 3 March 2026\n\nAttendees: Paula Hesse, Joy Amari\n\n${fence}\n`,
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
      "        Paula presented the open issues on the ticket format.",
      "        General agreement that the text needs one more pass. Paula will republish the text for this issue.",
      "",
      "        Joy promised a new version of the draft before the deadline.",
      "```",
    ].join("\n");
    expect(work(fence)).toEqual([
      ["Paula will republish the text for this issue", ["paula-hesse"]],
    ]);
    expect(note(fence).commitments.map((task) => task.text)).toEqual([
      "Joy promised a new version of the draft before the deadline",
    ]);
  });

  it("leaves code, a log, a shell session and a short fence unread", () => {
    for (const fence of [
      "```\nconst owner = 'Paula';\nfunction assign(task) {\n  return owner;\n}\nassign('Paula will fix it');\n```",
      "```\n2026-03-03 10:02:11 ERROR Paula will retry the sync job now\n2026-03-03 10:02:12 INFO Joy will get the lock for the import\n2026-03-03 10:02:13 WARN Paula will back off for a while now\n2026-03-03 10:02:14 INFO Joy will release the lock again soon\n2026-03-03 10:02:15 INFO Paula will finish the whole sync job\n```",
      "```python\nPaula will send the notes to the list.\nJoy will book the room for the next call.\nPaula will update the draft before Friday.\nJoy will check the numbers with finance.\nPaula will chase the reviewers this week.\n```",
      "```\nPaula will send the notes to the list.\nJoy will book the room.\n```",
    ])
      expect(work(fence), fence).toEqual([]);
  });
});
