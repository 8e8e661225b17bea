import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditClauses, mayGiveWork } from "../../src/extract/prose-commitments.js";
import { parseMinutes } from "../../src/index.js";
import { notesUnder } from "../helpers/notes.js";

const options = (file: string) => ({ today: "2025-10-01", fileName: file });

describe("the prose reader's precheck", () => {
  it("lets through a clause of each shape that gives work", () => {
    for (const clause of [
      "Kim to send the deck",
      "Kim will send the deck",
      "Kim'll send the deck",
      "Conclusion: create an issue",
      "It was agreed Tom would circulate the notes",
      "ACTION: Kim",
      "AI: Kim",
      "AP Kim",
      "Next step: profile it",
      "Follow-up: send the table",
      "Table of contents missing [TODO Kim]",
      "Noor - Open a PR [ai]",
      "Someone from the records office - action on Ben",
      "Orbitel has assured us they'll patch the filter",
      "Host the retro (Ana offered)",
      "Need someone to own the rota — Kim volunteered",
      "Responsible for the kick-off: Nils",
      "Ines committed to weekly reviews",
      "Kim owes a PR to the docs",
      "Ben checks the logs until next meeting",
      "Sam owns the rollback plan",
      "Kim is in charge of the migration",
      "Kim, please review the draft",
      "The cache work is owned by Kim",
      "Assigned: Web form cleanup",
      "We are working on restoring the backups",
      "We shall publish the report",
      "Eva: draft the tender by 31.3.",
    ])
      expect(mayGiveWork(clause), clause).toBe(true);
  });

  it("skips clauses that hold none of the readers' words", () => {
    for (const clause of [
      "The latency numbers look bad",
      "Customer reported slow uploads on Tuesday",
      "Discussed the roadmap for Q3 in detail",
      "Tomorrow's topics are the API and the task list",
      "Into the story of the upload form",
    ])
      expect(mayGiveWork(clause), clause).toBe(false);
  });

  it("never skips a clause that a reader gives work for, over the fixtures and the eval corpus", () => {
    const files = [...notesUnder("fixtures"), ...notesUnder("eval/corpus/raw")];
    const skippedWithWork = new Set<string>();
    let clauses = 0;
    let skipped = 0;
    let gave = 0;
    auditClauses(
      (clause, found) => {
        clauses++;
        const passes = mayGiveWork(clause);
        if (!passes) skipped++;
        if (found) gave++;
        if (found && !passes) skippedWithWork.add(clause);
      },
      () => {
        for (const file of files) parseMinutes(readFileSync(file, "utf8"), options(file));
      },
    );
    expect(files.length).toBeGreaterThan(900);
    expect([...skippedWithWork]).toEqual([]);
    // Every clause of every note was read in full: tens of thousands, most of them skipped by the
    // precheck, and some hundreds that give work.
    expect(clauses).toBeGreaterThan(50_000);
    expect(skipped / clauses).toBeGreaterThan(0.5);
    expect(gave).toBeGreaterThan(800);
  }, 180_000);

  it("gives the same model with and without it, over the fixtures", () => {
    for (const file of notesUnder("fixtures")) {
      const text = readFileSync(file, "utf8");
      const checked = JSON.stringify(parseMinutes(text, options(file)));
      const unchecked = JSON.stringify(
        auditClauses(
          () => {},
          () => parseMinutes(text, options(file)),
        ),
      );
      expect(unchecked, file).toBe(checked);
    }
  }, 60_000);
});
