// trackMinutes against parsing alone: series of meeting notes whose tasks are carried from one
// note to the next, reworded, moved, done and dropped, as an escalation's notes are.
import { cpuNow, median } from "./clock.mjs";
import { random } from "./generate-notes.mjs";

const OWNERS = [
  "Amara Obi",
  "Jonas Berg",
  "Keiko Mori",
  "Luis Ortega",
  "Nadia Petrova",
  "Sam Reyes",
];
const VERBS = [
  ["Send", "Share"],
  ["Review", "Go through"],
  ["Prepare", "Draft"],
  ["Update", "Refresh"],
  ["Schedule", "Book"],
  ["Check", "Verify"],
];
const OBJECTS = [
  "the incident timeline",
  "the replication settings",
  "the failover runbook",
  "the capacity forecast",
  "the renewal terms",
  "the escalation contacts",
  "the monitoring dashboard",
  "the release checklist",
  "the credit proposal",
  "the root cause summary",
  "the backup restore test",
  "the support queue access",
];

const pick = (next, list) => list[Math.floor(next() * list.length)];
const day = (offset) =>
  new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * `count` notes in `seriesCount` series, one note a week per series. Each note carries most open
 * tasks of the one before (some reworded, some with a later deadline, some done), drops a few and
 * adds new ones, about eight tasks a note. Same seed, same notes.
 */
export function generateSeries(count, seriesCount, seed = 7) {
  const next = random(seed);
  const perSeries = Math.ceil(count / seriesCount);
  const notes = [];
  for (let s = 0; s < seriesCount && notes.length < count; s++) {
    const customer = `Customer ${s + 1}`;
    let open = [];
    for (let n = 0; n < perSeries && notes.length < count; n++) {
      const date = day(n * 7);
      const items = [];
      const carried = [];
      for (const task of open) {
        const roll = next();
        if (roll < 0.1) continue; // dropped
        const done = roll < 0.35;
        const verb = next() < 0.2 ? task.verb[1] : task.verb[0];
        const due = next() < 0.2 ? day(n * 7 + 3 + Math.floor(next() * 5)) : task.due;
        items.push({ ...task, verb: [verb, task.verb[1]], due, done });
        if (!done) carried.push({ ...task, due });
      }
      const fresh = Math.max(2, 8 - carried.length);
      for (let i = 0; i < fresh; i++) {
        const task = {
          verb: pick(next, VERBS),
          object: `${pick(next, OBJECTS)} for site ${Math.floor(next() * 40)}`,
          owner: pick(next, OWNERS),
          due: day(n * 7 + 2 + Math.floor(next() * 6)),
          block: next() < 0.2 ? `t${s}-${n}-${i}` : null,
        };
        items.push({ ...task, done: false });
        carried.push(task);
      }
      open = carried;
      const lines = [
        "---",
        `date: ${date}`,
        `customer: ${customer}`,
        `series: escalation-${s + 1}`,
        "---",
        "",
        `# Status update ${n + 1}: ${customer}`,
        "",
        `**Attendees:** ${OWNERS.join(", ")}`,
        "",
        "## Action items",
        "",
        ...items.map(
          (item) =>
            `- [${item.done ? "x" : " "}] **${item.owner.split(" ")[0]}:** ${item.verb[0]} ${item.object} by ${item.due}${item.block ? ` ^${item.block}` : ""}`,
        ),
        "",
      ];
      notes.push({ file: `series-${s + 1}/${date}.md`, text: lines.join("\n") });
    }
  }
  return notes;
}

/**
 * CPU milliseconds (median of `rounds`, alternating which goes first) of parsing the notes alone,
 * and of parsing them and tracking the result, for 1,000 notes in 50 series and 2,000 in 100.
 */
export function compareTracking(parseMinutes, trackMinutes, { rounds = 5 } = {}) {
  const time = (fn) => {
    const start = cpuNow();
    fn();
    return cpuNow() - start;
  };
  const parseAll = (notes) =>
    notes.map(({ file, text }) => ({ file, minutes: parseMinutes(text, { fileName: file }) }));
  const measure = (notes) => {
    const parse = [];
    const track = [];
    let tracked = 0;
    for (let round = 0; round < rounds; round++) {
      const runs = [
        () => parse.push(time(() => parseAll(notes))),
        () =>
          track.push(
            time(() => {
              tracked = trackMinutes(parseAll(notes)).series.reduce(
                (sum, series) => sum + series.tasks.length,
                0,
              );
            }),
          ),
      ];
      for (const run of round % 2 ? runs.reverse() : runs) run();
    }
    return { parse: median(parse), track: median(track), tracked };
  };
  const thousand = measure(generateSeries(1000, 50));
  const twoThousand = measure(generateSeries(2000, 100));
  // The same 2,000 notes in 50 series of 40: longer series, so each note meets more earlier tasks.
  const longer = measure(generateSeries(2000, 50));
  return { thousand, twoThousand, longer };
}
