import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

/** A recap sent as a letter: a greeting, the paragraphs, and a sign-off when one is given. */
function letter(body: string, signOff: string | null): string {
  return [
    "Hi all,",
    "",
    "A short recap of today's call (Tue 3 Feb 2026).",
    "",
    body,
    ...(signOff === null ? [] : ["", signOff]),
    "",
  ].join("\n");
}

function tasks(markdown: string): Array<[string, string[], string | null]> {
  return parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.name),
    task.due,
  ]);
}

describe("a recap written as a letter", () => {
  it("gives the writer's own promises to whoever signs it", () => {
    expect(
      tasks(
        letter(
          "I'll check the lease dates by Thursday. I will also send the floor plan. I'll be away on Monday.",
          "Best regards,\nOdile Quast",
        ),
      ),
    ).toEqual([
      ["I'll check the lease dates by Thursday", ["Odile Quast"], "2026-02-05"],
      ["I will also send the floor plan", ["Odile Quast"], null],
    ]);
    expect(
      tasks(letter("I'll book the van.", "Thanks,\n— Pim")).map(([, owners]) => owners),
    ).toEqual([["Pim"]]);
  });

  it("reads no promise of an unsigned 'I', who may be anyone quoted", () => {
    expect(tasks(letter("I'll check the lease dates by Thursday.", null))).toEqual([]);
    // A last line that is a sentence, not a name under a sign-off.
    expect(
      tasks(letter("I'll check the lease dates by Thursday.", "Thanks, see you Friday")),
    ).toEqual([]);
  });

  it("cuts someone's work from the writer's promise after it, each with its own deadline", () => {
    expect(
      tasks(
        letter(
          "Rina will update the price list and circulate it, and I'll check the lease dates by Thursday. Tallis will sort the keys and I'll see what else is needed.",
          "Cheers,\nOdile",
        ),
      ),
    ).toEqual([
      ["Rina will update the price list and circulate it", ["Rina"], null],
      ["I'll check the lease dates by Thursday", ["Odile"], "2026-02-05"],
      // "I'll see" promises nothing, and takes nothing from the work before it.
      ["Tallis will sort the keys", ["Tallis"], null],
    ]);
  });

  it("gives a pronoun's promise to the one name the clause before opens with, where the note lists no one", () => {
    expect(
      tasks(
        letter(
          "Greta said the hall is booked; she'll send the floor plan by Friday. Greta told Pim the van is late. She will call the depot.",
          null,
        ),
      ),
    ).toEqual([
      ["she'll send the floor plan by Friday", ["Greta"], "2026-02-06"],
      ["She will call the depot", [], null],
    ]);
  });
});
