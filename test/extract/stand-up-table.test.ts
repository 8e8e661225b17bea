import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const standUp = (table: string) => parseMinutes(`## 2026-12-02 Stand-up\n\n${table}\n`);
const tasks = (table: string) =>
  standUp(table).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.attendeeId),
    task.extractor,
  ]);

describe("a stand-up kept as a table, a row a person", () => {
  const table = [
    "| Name | Yesterday | Today | Blockers |",
    "| --- | --- | --- | --- |",
    "| Greta Lund | finished the export | start the import; review PR 41 | none |",
    "| Pim | reviewed the runbook | pair with Greta on the import | waiting on staging keys |",
    "| Nell | on call | on call | - |",
    "| Tallis | - | same as yesterday | - |",
  ].join("\n");

  it("seats everyone who reports, and reads what each plans as their work", () => {
    expect(standUp(table).attendees.map((person) => person.name)).toEqual([
      "Greta Lund",
      "Pim",
      "Nell",
      "Tallis",
    ]);
    expect(tasks(table)).toEqual([
      ["start the import", ["greta-lund"], "stand-up-table"],
      ["review PR 41", ["greta-lund"], "stand-up-table"],
      ["pair with Greta on the import", ["pim"], "stand-up-table"],
    ]);
  });

  it("reads the plan under a longer header, and none from what was done or what blocks", () => {
    const longer = [
      "| Team member | What I did | What I'll do next | Blockers |",
      "| --- | --- | --- | --- |",
      "| Ada Lind | wrote the migration | run the migration on staging | - |",
    ].join("\n");
    expect(tasks(longer)).toEqual([
      ["run the migration on staging", ["ada-lind"], "stand-up-table"],
    ]);
    const noPlan = [
      "| Name | Done | Blockers |",
      "| --- | --- | --- |",
      "| Ada Lind | wrote the migration | need access to staging |",
    ].join("\n");
    expect(standUp(noPlan).attendees.map((person) => person.name)).toEqual(["Ada Lind"]);
    expect(tasks(noPlan)).toEqual([]);
  });

  it("leaves tables with no column of who, or only one of a stand-up's, to what they are", () => {
    const topics = [
      "| Topic | Done | Next |",
      "| --- | --- | --- |",
      "| Import | mapping written | load the sample |",
    ].join("\n");
    expect(standUp(topics).attendees).toEqual([]);
    const roster = ["| Name | Today |", "| --- | --- |", "| Ada Lind | remote |"].join("\n");
    expect(standUp(roster).attendees).toEqual([]);
    expect(tasks(roster)).toEqual([]);
  });
});
