import { describe, expect, it } from "vitest";
import { type Minutes, parseMinutes } from "../../src/index.js";

/**
 * The same facts written in different shapes must give the same model: the same attendees, and
 * the same tasks with the same owners and deadlines (text positions aside). Each note below is
 * one set of facts; each rewrite changes one way of writing them.
 */
interface Fact {
  owner: { first: string; full: string };
  work: string;
  due: { words: string; iso: string };
}

interface NoteFacts {
  title: string;
  date: string;
  people: string[];
  tasks: Fact[];
}

const notes: NoteFacts[] = [
  {
    title: "Renewal call with Northwind",
    date: "2026-03-12",
    people: ["Ana Ruiz", "Ben Okafor", "Chloé Martin"],
    tasks: [
      {
        owner: { first: "Ana", full: "Ana Ruiz" },
        work: "send the revised quote",
        due: { words: "Friday", iso: "2026-03-13" },
      },
      {
        owner: { first: "Ben", full: "Ben Okafor" },
        work: "book the onsite workshop",
        due: { words: "March 20", iso: "2026-03-20" },
      },
      {
        owner: { first: "Chloé", full: "Chloé Martin" },
        work: "share the security questionnaire",
        due: { words: "next Tuesday", iso: "2026-03-17" },
      },
    ],
  },
  {
    title: "Incident review: queue backlog",
    date: "2026-06-02",
    people: ["Dmitri Volkov", "Esi Mensah"],
    tasks: [
      {
        owner: { first: "Dmitri", full: "Dmitri Volkov" },
        work: "add an alert on queue depth",
        due: { words: "June 9", iso: "2026-06-09" },
      },
      {
        owner: { first: "Esi", full: "Esi Mensah" },
        work: "write the customer summary",
        due: { words: "tomorrow", iso: "2026-06-03" },
      },
    ],
  },
];

const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const date = (n: NoteFacts) => `**Date:** ${n.date}\n\n`;
const attendeeList = (n: NoteFacts) =>
  `## Attendees\n\n${n.people.map((p) => `- ${p}`).join("\n")}\n\n`;

type Rewrite = (n: NoteFacts) => string;

/** Attendees written four ways; tasks in the plainest shape. */
const attendeeShapes: Record<string, (n: NoteFacts) => string> = {
  list: attendeeList,
  "comma line": (n) => `**Attendees:** ${n.people.join(", ")}\n\n`,
  table: (n) =>
    `## Attendees\n\n| Name | Role |\n| --- | --- |\n${n.people.map((p) => `| ${p} | Member |`).join("\n")}\n\n`,
  "Present: paragraph": (n) =>
    `Present: ${n.people.slice(0, -1).join(", ")}\nand ${n.people.at(-1)}\n\n`,
  "mentions with no comma": (n) => `Attendees: ${n.people.map((p) => `@${p}`).join(" ")}\n\n`,
  "Who: beside Where:": (n) =>
    `Where: Room 2\n\nWho: Team:\n${n.people.map((p) => `- ${p}`).join("\n")}\n\n`,
  "a side label in the note's head": (n) => `**Our side:** ${n.people.join(", ")}\n\n`,
  "an organization and a dash over its people": (n) =>
    `## Attendees\n\nLarkspur — ${n.people.join(", ")}\n\n`,
};

const boldLead = (n: NoteFacts, heading = "Action Items", bullet = "-") =>
  `## ${heading}\n\n${n.tasks.map((t, i) => `${bullet === "1." ? `${i + 1}.` : bullet} **${t.owner.first}:** ${capital(t.work)} by ${t.due.words}`).join("\n")}\n`;

const rewrites: Record<string, Rewrite> = {
  "owner as a bold prefix": (n) => boldLead(n),
  "Name to ...": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- ${t.owner.first} to ${t.work} by ${t.due.words}`).join("\n")}\n`,
  "trailing (Name)": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- ${capital(t.work)} by ${t.due.words} (${t.owner.first})`).join("\n")}\n`,
  "owner: Name": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- ${capital(t.work)} by ${t.due.words}, owner: ${t.owner.first}`).join("\n")}\n`,
  "a table with owner and due columns": (n) =>
    `## Action Items\n\n| Action | Owner | Due by |\n| --- | --- | --- |\n${n.tasks.map((t) => `| ${capital(t.work)} | ${t.owner.first} | ${t.due.words} |`).join("\n")}\n`,
  "a heading over each owner's list": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `### ${t.owner.full}\n\n- ${capital(t.work)} by ${t.due.words}\n`).join("\n")}`,
  "synonym heading Next Steps": (n) => boldLead(n, "Next Steps"),
  "synonym heading To-dos": (n) => boldLead(n, "To-dos"),
  "synonym heading Follow-up Actions": (n) => boldLead(n, "Follow-up Actions"),
  "bullets *": (n) => boldLead(n, "Action Items", "*"),
  "bullets 1.": (n) => boldLead(n, "Action Items", "1."),
  "full name straight before the work": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- [ ] ${t.owner.full} ${t.work} by ${t.due.words}`).join("\n")}\n`,
  "owner and deadline in one closing bracket": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- ${capital(t.work)} (${t.owner.first}, ${t.due.words})`).join("\n")}\n`,
  "mention by display name": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- [ ] @${t.owner.full} ${capital(t.work)} by ${t.due.words}`).join("\n")}\n`,
  "sentences in a Decisions paragraph": (n) =>
    `## Decisions\n\nWe agreed to go ahead. ${n.tasks.map((t) => `${t.owner.first} will ${t.work} by ${t.due.words}.`).join(" ")}\n`,
  "sentences wrapped before their deadline": (n) =>
    `## Discussion\n\nWe agreed to go ahead.\n${n.tasks.map((t) => `${t.owner.first} will ${t.work} by\n${t.due.words}.`).join("\n")}\n`,
  "an HTML list under an HTML heading": (n) =>
    `<h2>Action Items</h2>\n<ul>\n${n.tasks.map((t) => `<li>${t.owner.first} to ${t.work} by ${t.due.words}</li>`).join("\n")}\n</ul>\n`,
  "handed on with an arrow in the notes": (n) =>
    `## Notes\n\n${n.tasks.map((t) => `- ${capital(t.work)} → ${t.owner.first} (${t.due.words})`).join("\n")}\n`,
  "the owner's own mark in the notes": (n) =>
    `## Notes\n\n- We went through the open points\n${n.tasks.map((t) => `  - ${t.owner.first} TODO: ${t.work} by ${t.due.words}`).join("\n")}\n`,
  "a table of topics with action, owner and due columns": (n) =>
    `## Topics\n\n| Topic | Notes | Action | Owner | Due |\n| --- | --- | --- | --- | --- |\n${n.tasks.map((t, i) => `| Topic ${i + 1} | discussed | ${capital(t.work)} | ${t.owner.first} | ${t.due.words} |`).join("\n")}\n`,
  "plain 'Name: work' lines under a plain heading": (n) =>
    `Follow-ups\n${n.tasks.map((t) => `${t.owner.first}: ${t.work} by ${t.due.words}`).join("\n")}\n`,
  "a plain name line over each owner's list": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `${t.owner.first}\n- ${capital(t.work)} by ${t.due.words}\n`).join("\n")}`,
  "asked by name with please in the discussion": (n) =>
    `## Discussion\n\n${n.tasks.map((t) => `${t.owner.first}, please ${t.work} by ${t.due.words}.`).join(" ")}\n`,
  "a lower-case handle on a checkbox": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `- [ ] @${t.owner.first.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")} ${t.work} by ${t.due.words}`).join("\n")}\n`,
  "task lines wrapped in the action list": (n) =>
    `## Action Items\n\n${n.tasks.map((t) => `${t.owner.first} to ${t.work} by\n${t.due.words}.`).join("\n")}\n`,
};

function read(n: NoteFacts, body: string, attendees = attendeeList, crlf = false): Minutes {
  const text = `# ${n.title}\n\n${date(n)}${attendees(n)}${body}`;
  return parseMinutes(crlf ? text.replace(/\n/g, "\r\n") : text);
}

/** What must not change: each task's owners, deadline, and its words without the owner and deadline. */
function facts(minutes: Minutes) {
  return [...minutes.actionItems, ...minutes.commitments]
    .map((task) => {
      const drop = new Set(
        [
          ...task.owners.flatMap((o) => o.name.split(/\s+/)),
          ...(task.dueText ?? "").split(/\s+/),
          "will",
          "to",
          "by",
          "owner",
        ].map((w) => w.toLowerCase().replace(/[^\p{L}\d]/gu, "")),
      );
      const words = task.text
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter((word) => word && !drop.has(word));
      return {
        words: words.join(" "),
        owners: task.owners.map((o) => o.attendeeId),
        due: task.due,
      };
    })
    .sort((a, b) => a.words.localeCompare(b.words));
}

function expected(n: NoteFacts) {
  return n.tasks
    .map((t) => ({
      words: t.work.toLowerCase(),
      owners: [
        t.owner.full.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, "-"),
      ],
      due: t.due.iso,
    }))
    .sort((a, b) => a.words.localeCompare(b.words));
}

describe.each(notes)("$title: the same facts in every shape", (note) => {
  it.each(Object.keys(rewrites))("tasks: %s", (name) => {
    expect(facts(read(note, rewrites[name]!(note)))).toEqual(expected(note));
  });

  it.each(Object.keys(attendeeShapes))("attendees: %s", (name) => {
    const minutes = read(note, rewrites["owner as a bold prefix"]!(note), attendeeShapes[name]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(note.people);
    expect(facts(minutes)).toEqual(expected(note));
  });

  it("deadline once above the list", () => {
    const [first] = note.tasks;
    const body = `## Action Items\n\nDue ${first!.due.words}:\n\n${note.tasks.map((t) => `- **${t.owner.first}:** ${capital(t.work)}`).join("\n")}\n`;
    const same = note.tasks.map((t) => ({ ...t, due: first!.due }));
    expect(facts(read(note, body))).toEqual(expected({ ...note, tasks: same }));
  });

  it("a meeting date written day first", () => {
    const [year, month, day] = note.date.split("-").map(Number) as [number, number, number];
    const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString("en-GB", {
      month: "long",
      timeZone: "UTC",
    });
    const text = `# ${note.title}\n\n**Date:** ${day} ${monthName} ${year}\n\n${attendeeList(note)}${boldLead(note)}`;
    expect(facts(parseMinutes(text))).toEqual(expected(note));
  });

  it("CRLF line endings", () => {
    expect(
      facts(read(note, rewrites["owner as a bold prefix"]!(note), attendeeList, true)),
    ).toEqual(expected(note));
  });
});
