import { describe, expect, it } from "vitest";
import { checkNote, seriesModelOf } from "../../src/cli/note-result.js";

const job = (text: string) => ({
  text,
  options: { fileName: "2025-03-04-sync.md" },
  rules: null,
  now: null,
  keepSeries: true,
});

const ACTIONS = "## Action items\n\n- Priya: send the revised plan by Friday\n";

describe("checkNote's series slice", () => {
  it("keeps the slice of a note that names its customer or its series", () => {
    for (const head of [
      "# Call with Harbour Bakeries\n\n**Customer:** Harbour Bakeries\n\n",
      "---\nseries: Weekly platform sync\n---\n# Platform sync\n\n",
    ]) {
      const result = checkNote(job(head + ACTIONS));
      expect(result.status).toBe("checked");
      if (result.status !== "checked") continue;
      const slice = seriesModelOf(result.series!);
      expect(
        slice.actionItems.map((item) => item.owners.map((owner) => owner.name).join()),
      ).toEqual(["Priya"]);
    }
  });

  it("leaves it out for a note that can only be a series of its own", () => {
    const result = checkNote(job(`# Team sync\n\n${ACTIONS}`));
    expect(result.status).toBe("checked");
    if (result.status === "checked") {
      expect(result.series).toBeNull();
      // The messages are the note's all the same.
      expect(result.messages.map((message) => message.ruleId)).toContain("attendees");
    }
  });

  it("keeps none when asked for none", () => {
    const result = checkNote({
      ...job(`# Call\n\n**Customer:** Harbour Bakeries\n\n${ACTIONS}`),
      keepSeries: false,
    });
    expect(result.status === "checked" && result.series).toBeNull();
  });
});
