import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

function deadlines(items: string[], head = "# Launch readiness — 2026-06-15\n\n") {
  const note = `${head}## Actions\n\n${items.map((item) => `- ${item}`).join("\n")}\n`;
  return parseMinutes(note).actionItems.map((task) => ({
    due: task.due,
    zone: task.dueTimezone ?? null,
    owners: task.owners.map((owner) => owner.name),
  }));
}

describe("a deadline that names its time zone", () => {
  it("keeps the zone an abbreviation, or a region after the clock, names", () => {
    expect(
      deadlines([
        "Nell: freeze the release branch by 5pm PT Friday",
        "Tallis: send the go/no-go mail before 9am EST tomorrow",
        "Tovah: publish the status update by 14:00 UTC",
        "Nell: ship the build by Friday 17:00 (CET)",
        "Tallis: book the slot by 10am Pacific Thursday",
        "Tovah: file it by 9 a.m. Eastern time tomorrow",
      ]),
    ).toEqual([
      { due: "2026-06-19T17:00", zone: "America/Los_Angeles", owners: ["Nell"] },
      { due: "2026-06-16T09:00", zone: "America/New_York", owners: ["Tallis"] },
      { due: "2026-06-15T14:00", zone: "UTC", owners: ["Tovah"] },
      { due: "2026-06-19T17:00", zone: "Europe/Paris", owners: ["Nell"] },
      { due: "2026-06-18T10:00", zone: "America/Los_Angeles", owners: ["Tallis"] },
      { due: "2026-06-16T09:00", zone: "America/New_York", owners: ["Tovah"] },
    ]);
  });

  it("reads no zone from words that only look like one, nor for a deadline without an hour", () => {
    expect(
      deadlines([
        "Nell: ask the Pacific office by 5pm",
        "Tallis: read Lee et al. by 17:00",
        "Tovah: start plan Z by 17:00",
        "Nell: ship by Friday 17:00 Central European Time",
        "Tallis: ship by Friday (CET)",
        "Tovah: ship by Friday 17:00, then tell ET",
      ]),
    ).toEqual([
      { due: "2026-06-15T17:00", zone: null, owners: ["Nell"] },
      { due: "2026-06-15T17:00", zone: null, owners: ["Tallis"] },
      { due: "2026-06-15T17:00", zone: null, owners: ["Tovah"] },
      { due: "2026-06-19T17:00", zone: null, owners: ["Nell"] },
      { due: "2026-06-19", zone: null, owners: ["Tallis"] },
      { due: "2026-06-19T17:00", zone: null, owners: ["Tovah"] },
    ]);
  });

  it("reads a zone in a closing bracket as no one's name, in a note that lists no one", () => {
    expect(deadlines(["Ship the build by Friday 17:00 (CET)", "Draft the plan (Oren)"])).toEqual([
      { due: "2026-06-19T17:00", zone: "Europe/Paris", owners: [] },
      { due: null, zone: null, owners: ["Oren"] },
    ]);
  });

  it("keeps the words as written, the region included", () => {
    const [task] = parseMinutes(
      "# Sync — 2026-06-15\n\n## Actions\n\n- Kim: send it by 5pm Pacific time on Friday\n",
    ).actionItems;
    expect([task!.dueText, task!.dueTimezone]).toEqual([
      "5pm Pacific time on Friday",
      "America/Los_Angeles",
    ]);
  });
});
