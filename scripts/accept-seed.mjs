// Acceptance on the canonical escalation note (issues "core", "check" and "calendar export"):
// node scripts/accept-seed.mjs [path]  (default ../shared/seeds/abc-corp-escalation.md)
// Runs the built CLI the way a user would and compares every value the issues list.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const seed =
  process.argv[2] ?? new URL("../../shared/seeds/abc-corp-escalation.md", import.meta.url).pathname;
if (!existsSync(seed)) {
  console.error(`accept-seed: ${seed} not found`);
  process.exit(2);
}
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
const run = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: "utf8" });

let passed = 0;
let failed = 0;
function expect(label, actual, expected) {
  const same = JSON.stringify(actual) === JSON.stringify(expected);
  if (same) passed++;
  else {
    failed++;
    console.log(
      `FAIL ${label}\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`,
    );
  }
}

const m = JSON.parse(run("extract", seed));
const ids = (refs) => refs.map((ref) => ref.attendeeId);
const pick = (task) => ({
  due: task.due,
  duration: task.duration,
  recurrence: task.recurrence,
  condition: task.condition,
});

expect("kind", m.kind, "customer-escalation");
expect("customer", m.customer, "ABC Corp");
expect("date, start, end", [m.date, m.start, m.end], ["2025-09-27", "10:00", "11:30"]);
expect(
  "attendees",
  m.attendees.map((a) => [a.id, a.group, a.side]),
  [
    ["john-smith", "Customer", "customer"],
    ["sarah-johnson", "Account Team", "vendor"],
    ["mike-davis", "Account Team", "vendor"],
    ["lisa-wong", "Internal", "vendor"],
    ["david-park", "Internal", "vendor"],
    ["rachel-kim", "Internal", "vendor"],
  ],
);
expect("John Smith", [m.attendees[0].role, m.attendees[0].organization], ["CTO", "ABC Corp"]);
expect(
  "every attendee has a role",
  m.attendees.every((a) => a.role),
  true,
);
expect(
  "concerns by john-smith",
  m.concerns.map((s) => s.by?.attendeeId),
  Array(4).fill("john-smith"),
);
expect(
  "findings by david-park",
  m.findings.map((s) => s.by?.attendeeId),
  Array(4).fill("david-park"),
);
expect(
  "resolution titles",
  m.resolutionPlan.map((t) => t.title),
  ["Deploy Hotfix", "Performance Monitoring", "Rollback Plan", "Communication"],
);
expect("resolution timing", m.resolutionPlan.map(pick), [
  { due: "2025-09-28T10:00", duration: null, recurrence: null, condition: null },
  { due: null, duration: "PT72H", recurrence: null, condition: null },
  { due: null, duration: "PT4H", recurrence: null, condition: "if issues persist" },
  { due: null, duration: null, recurrence: "FREQ=DAILY", condition: null },
]);
expect(
  "action owners",
  m.actionItems.map((t) => ids(t.owners)),
  [["lisa-wong"], ["david-park"], ["rachel-kim"], ["mike-davis"], ["sarah-johnson"]],
);
expect(
  "action dues",
  m.actionItems.map((t) => t.due),
  ["2025-09-27T18:00", null, null, null, null],
);
expect(
  "commitment owners",
  m.commitments.map((t) => ids(t.owners)),
  [["sarah-johnson"], ["sarah-johnson"], ["sarah-johnson"], ["john-smith"]],
);
expect("weekly reviews", m.commitments[0].recurrence, "FREQ=WEEKLY;UNTIL=20251227");
expect("evaluation period", m.commitments[3].duration, "PT72H");
expect(
  "risks",
  m.risks.map((t) => t.due),
  [null, "2025-09-29T10:00", null],
);
expect(
  "next meeting",
  [m.nextMeeting?.date, m.nextMeeting?.purpose],
  ["2025-10-03", "status update"],
);
const all = [
  ...m.attendees,
  ...m.concerns,
  ...m.findings,
  ...m.resolutionPlan,
  ...m.actionItems,
  ...m.commitments,
  ...m.risks,
  ...m.notes,
];
expect(
  "every item has a source",
  all.every((item) => item.source?.start?.line >= 1),
  true,
);
expect("no diagnostics", m.diagnostics, []);

const check = spawnSync(process.execPath, [cli, "check", seed], { encoding: "utf8" });
expect("check exits 0 with the recommended preset", check.status, 0);

const ics = run("extract", seed, "--format", "ics", "--now", "2025-09-27T12:00:00Z");
expect("14 VTODOs", ics.match(/^BEGIN:VTODO\r$/gm)?.length, 14);
expect("2 VEVENTs", ics.match(/^BEGIN:VEVENT\r$/gm)?.length, 2);
for (const line of [
  "DUE:20250927T180000",
  "DUE:20250928T100000",
  "RRULE:FREQ=DAILY",
  "RRULE:FREQ=WEEKLY;UNTIL=20251227",
  "DTSTART;VALUE=DATE:20251003",
]) {
  expect(`ics has ${line}`, ics.includes(`${line}\r\n`), true);
}
expect(
  "ics is stable",
  run("extract", seed, "--format", "ics", "--now", "2025-09-27T12:00:00Z") === ics,
  true,
);

console.log(`seed: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
