import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

const note = (body: string) =>
  parseMinutes(
    `# Supplier review 2026-05-19\n\nAttendees: Tamsin Greer, Bertrand Okoye\n\n${body}`,
  );

describe("a `Label:` line over a list", () => {
  it("heads its list only: the prose after the list goes on with the part around it", () => {
    const minutes = note(
      "## Pricing\n\nAgreed:\n- Keep the current tier until June\n- Tamsin will tell the buyer\n\nThe buyer asked about volume discounts. Bertrand explained the bands.\n\nWe talked about the hiring plan too.\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Keep the current tier until June",
      "Tamsin will tell the buyer",
    ]);
    expect(minutes.notes.map((remark) => remark.text)).toEqual([
      "The buyer asked about volume discounts. Bertrand explained the bands.",
      "We talked about the hiring plan too.",
    ]);
    // The rest of "Pricing" is no part of its own in the model.
    expect(minutes.sections.map((section) => section.heading)).toEqual(["Pricing", "Agreed"]);
  });

  it("keeps the topic heading as the title of work found in the prose after the list", () => {
    const minutes = note(
      "## Renewal\n\nRisks:\n- The buyer may move to annual billing\n\nBertrand will send the revised quote by Friday.\n",
    );
    const quote = minutes.actionItems.find((task) => task.text.includes("revised quote"));
    expect(quote?.title).toBe("Renewal");
    expect(quote?.owners.map((owner) => owner.attendeeId)).toEqual(["bertrand-okoye"]);
  });

  it("keeps what it heads when no list has come yet, or when a line leads in to more", () => {
    const minutes = note(
      "## Pricing\n\nDecisions:\n\nKeep the current tier until June.\n\nAgreed:\n- Drop the setup fee\n\nAlso:\n- Publish the bands on the site\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Keep the current tier until June.",
      "Drop the setup fee",
      "Publish the bands on the site",
    ]);
  });

  it("heads plain items after the list too (`2) ...`), and a bold label still heads its prose", () => {
    const minutes = note(
      "Decisions:\n- Keep the current tier\n\n2) Drop the setup fee\n\n**Decisions**\n\n- Publish the bands\n\nThe bands go live in June.\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Keep the current tier",
      "Drop the setup fee",
      "Publish the bands",
      "The bands go live in June.",
    ]);
  });
});

describe("a longer `Label:` line that names a list of work first, then whose it is", () => {
  it("heads the writers' commitments and the other side's follow-ups", () => {
    const minutes = note(
      [
        "We went through the risks of moving:",
        "- The buyer may leave",
        "",
        "Rosa's concerns:",
        "- Reminders did not go out on Monday",
        "",
        "Commitments made to the customer:",
        "- Root-cause report by Tuesday 26 May (Tamsin)",
        "- Credit for the May fees (Bertrand to raise with billing)",
        "",
        "Follow-ups on their side:",
        "- Send us the sender ID",
        "",
      ].join("\n"),
    );
    expect(minutes.sections.map((section) => [section.heading, section.kind])).toEqual([
      ["Rosa's concerns", "concerns"],
      ["Commitments made to the customer", "commitments"],
      ["Follow-ups on their side", "actionItems"],
    ]);
    expect(textOwnersAndDue(minutes.commitments)).toEqual([
      ["Root-cause report by Tuesday 26 May", ["tamsin-greer"], "2026-05-26"],
      ["Credit for the May fees (Bertrand to raise with billing)", ["bertrand-okoye"], null],
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Send us the sender ID"]);
  });
});
