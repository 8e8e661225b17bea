import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";

// The people of the options meet the note's attendees in one place, matched as the people index
// matches names: accents, case and honorifics aside.
describe("configured people and the note's attendees", () => {
  const note = `# Vendor sync 2025-10-06

**Attendees:** Jose Alvarez, Dr. Mei Tan, Ola Berg

## Action items

- Jose Alvarez to send the revised quote by Friday
`;
  const people = {
    "José Álvarez": { email: "jose.alvarez@example.com", role: "Account Executive" },
    "Mei Tan": { email: "mei@example.org", organization: "Example Labs" },
  };

  it("gives a configured person's email and role to the attendee written without accents", () => {
    const minutes = parseMinutes(note, { people });
    const jose = minutes.attendees.find((attendee) => attendee.name === "Jose Alvarez");
    expect(jose).toMatchObject({ email: "jose.alvarez@example.com", role: "Account Executive" });
    expect(minutes.actionItems[0]!.owners).toMatchObject([
      { name: "Jose Alvarez", attendeeId: jose!.id },
    ]);
  });

  it("matches an attendee written with an honorific, and leaves the unconfigured alone", () => {
    const minutes = parseMinutes(note, { people });
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.email])).toEqual([
      ["Jose Alvarez", "jose.alvarez@example.com"],
      ["Dr. Mei Tan", "mei@example.org"],
      ["Ola Berg", null],
    ]);
  });

  it("keeps what the note says over the configuration", () => {
    const written = note.replace("Jose Alvarez, ", "Jose Alvarez <jalvarez@example.net>, ");
    const jose = parseMinutes(written, { people }).attendees[0]!;
    expect(jose.email).toBe("jalvarez@example.net");
  });
});
