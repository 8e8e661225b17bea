import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actorsAtStart, readActors } from "../../src/extract/people-in-text.js";
import { clauses } from "../../src/extract/prose-commitments.js";
import type { PeopleIndex } from "../../src/model/people.js";
import { notesUnder } from "../helpers/notes.js";

/** Every name is an attendee the note writes as a taker: the readers accept all they can. */
const everyoneKnown: PeopleIndex = {
  resolve: (name) => ({ name, attendeeId: "someone", kind: "person" }),
  isKnownPerson: () => true,
  writesAsTaker: () => true,
  speaksInNote: () => true,
  pair: () => null,
};
/** No name is anyone the note knows. */
const nobodyKnown: PeopleIndex = {
  resolve: (name) => ({ name, attendeeId: null, kind: "person" }),
  isKnownPerson: () => false,
  writesAsTaker: () => false,
  speaksInNote: () => false,
  pair: () => null,
};

/** The texts takers are looked for in: lines, their sentences, and what follows each join. */
function textsOf(note: string): string[] {
  const texts: string[] = [];
  for (const line of note.split("\n")) {
    const text = line.replace(/^[\s>]*(?:[-*+]|\d{1,2}[.)])?\s*(?:\[[ xX]\]\s*)?/, "").trim();
    if (!text) continue;
    texts.push(text);
    for (const clause of clauses(text)) {
      texts.push(clause);
      for (const join of clause.matchAll(/(?:[,;]\s*|\s(?:and|while)\s)/g))
        texts.push(clause.slice(join.index + join[0].length));
    }
  }
  return texts;
}

describe("the precheck of actorsAtStart", () => {
  it("finds the takers of each way a sentence gives work", () => {
    for (const [text, names] of [
      ["Kim to send the deck", ["Kim"]],
      ["Kim will send the deck", ["Kim"]],
      ["Kim'll send the deck", ["Kim"]],
      ["Kim and Ana must renew the domain", ["Kim", "Ana"]],
      ["Kim owes the docs a PR", ["Kim"]],
      ["Kim has the logs and will look into it", ["Kim"]],
      ["The team should update the runbook", ["The team"]],
      ["Kim (or anyone who knows how) to set it up", ["Kim"]],
    ] as const)
      expect(actorsAtStart(text, everyoneKnown), text).toEqual(names);
  });

  it("answers at once for a sentence without any of the words", () => {
    expect(actorsAtStart("Kim sent the deck", everyoneKnown)).toBeNull();
    expect(actorsAtStart("Kim into the deck", everyoneKnown)).toBeNull();
  });

  it("agrees with the full reading over every sentence of the fixtures and the eval corpus", () => {
    const files = [...notesUnder("fixtures"), ...notesUnder("eval/corpus/raw")];
    const disagreements: string[] = [];
    let texts = 0;
    let found = 0;
    for (const file of files) {
      for (const text of textsOf(readFileSync(file, "utf8"))) {
        texts++;
        for (const people of [everyoneKnown, nobodyKnown]) {
          const full = readActors(text, people);
          if (full) found++;
          if (JSON.stringify(actorsAtStart(text, people)) !== JSON.stringify(full))
            disagreements.push(text);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(texts).toBeGreaterThan(100_000);
    expect(found).toBeGreaterThan(5_000);
  }, 120_000);
});
