import { describe, expect, it } from "vitest";
import type { Attendee } from "../../src/index.js";
import { buildPeopleIndex } from "../../src/resolve/owners.js";

const source = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const attendee = (id: string, name: string, extra: Partial<Attendee> = {}): Attendee => ({
  id,
  name,
  handle: null,
  abbreviation: null,
  role: null,
  organization: null,
  group: null,
  side: null,
  email: null,
  source,
  ...extra,
});

const attendees = [
  attendee("lisa-wong", "Lisa Wong", { handle: "@lwong", email: "lisa.wong@keel.example" }),
  attendee("jose-alvarez", "José Álvarez", { abbreviation: "JA" }),
  attendee("raj-patel", "Raj Patel"),
  attendee("raj-singh", "Raj Singh"),
];
const index = buildPeopleIndex(attendees, { "Lisa Wong": { aliases: ["Lisa W."] } }, ["Acme Corp"]);

describe("resolving an owner to an attendee", () => {
  it.each([
    ["Lisa Wong", "lisa-wong"],
    ["lisa wong", "lisa-wong"],
    ["Lisa", "lisa-wong"],
    ["Wong", "lisa-wong"],
    ["@lwong", "lisa-wong"],
    ["lwong", "lisa-wong"],
    ["LW", "lisa-wong"],
    ["Lisa W.", "lisa-wong"],
    ["lisa.wong", "lisa-wong"],
    ["Jose", "jose-alvarez"],
    ["JOSÉ ÁLVAREZ", "jose-alvarez"],
    ["Alvarez", "jose-alvarez"],
    ["JA", "jose-alvarez"],
    ["Patel", "raj-patel"],
    // An e-mail address: the one the note gives, or one whose user part names an attendee.
    ["lisa.wong@keel.example", "lisa-wong"],
    ["jose.alvarez@acme.example", "jose-alvarez"],
    ["<raj_patel@acme.example>", "raj-patel"],
    // The family name first, in capitals.
    ["WONG Lisa", "lisa-wong"],
    ["PATEL Raj", "raj-patel"],
  ])("%s -> %s", (written, id) => {
    expect(index.resolve(written)).toEqual({ name: written, attendeeId: id, kind: "person" });
  });

  it("keeps a first name two attendees share unresolved", () => {
    expect(index.resolve("Raj")).toEqual({ name: "Raj", attendeeId: null, kind: "person" });
    // Capitals that are no family name of an attendee's.
    expect(index.resolve("KIM Raj").attendeeId).toBeNull();
    expect(index.resolve("raj@acme.example")).toEqual({
      name: "raj@acme.example",
      attendeeId: null,
      kind: "person",
    });
  });

  it("keeps an unknown owner as a person with no attendee", () => {
    expect(index.resolve("Priscilla")).toEqual({
      name: "Priscilla",
      attendeeId: null,
      kind: "person",
    });
  });

  it("tells groups and organizations from people", () => {
    expect(index.resolve("the team")).toEqual({
      name: "the team",
      attendeeId: null,
      kind: "group",
    });
    expect(index.resolve("Everyone")).toEqual({
      name: "Everyone",
      attendeeId: null,
      kind: "group",
    });
    expect(index.resolve("Acme Corp")).toEqual({
      name: "Acme Corp",
      attendeeId: null,
      kind: "organization",
    });
  });

  it("knows an organization by its first word, unless that word is someone's name or a plain word", () => {
    const shortened = buildPeopleIndex(
      [attendee("raj-patel", "Raj Patel"), attendee("kim-lee", "Kim Lee")],
      null,
      ["Corvid Cloud", "Patel Logistics", "Open Source Guild", "Acme"],
    );
    expect(shortened.resolve("Corvid").kind).toBe("organization");
    expect(shortened.resolve("Patel")).toEqual({
      name: "Patel",
      attendeeId: "raj-patel",
      kind: "person",
    });
    expect(shortened.resolve("Open").kind).toBe("person");
    expect(shortened.resolve("Acme").kind).toBe("organization");
  });

  it("knows the people from the options", () => {
    expect(index.isKnownPerson("Lisa W.")).toBe(true);
    expect(index.isKnownPerson("Priscilla")).toBe(false);
  });
});

describe("initials written with their marks", () => {
  const people = buildPeopleIndex(
    [
      attendee("tom-o-brien", "Tom O'Brien"),
      attendee("jane-smith", "Jane Smith"),
      attendee("jo-soto", "Jo Soto"),
    ],
    null,
    [],
  );

  it("names the one attendee whose initials they are", () => {
    expect(people.resolve("TO'B").attendeeId).toBe("tom-o-brien");
    expect(people.resolve("TOB").attendeeId).toBe("tom-o-brien");
  });

  it("names no one where the initials fit two attendees", () => {
    expect(people.resolve("J.S.").attendeeId).toBeNull();
  });
});

describe("a short form of a given name", () => {
  const people = buildPeopleIndex(
    [
      attendee("david-okoro", "David Okoro"),
      attendee("robert-lee", "Robert Lee"),
      attendee("robert-kim", "Robert Kim"),
      attendee("william-ode", "William Ode"),
      attendee("leonardo-ruiz", "Leonardo Ruiz"),
      attendee("joshua-holm", "Joshua Holm"),
    ],
    null,
    [],
  );

  it("names the one attendee whose given name it shortens", () => {
    expect(people.resolve("Dave").attendeeId).toBe("david-okoro");
    expect(people.resolve("Bill").attendeeId).toBe("william-ode");
    expect(people.resolve("Leo").attendeeId).toBe("leonardo-ruiz");
    expect(people.resolve("Josh").attendeeId).toBe("joshua-holm");
  });

  it("names no one when it shortens two attendees' names, or is an everyday word", () => {
    expect(people.resolve("Bob").attendeeId).toBeNull();
    expect(people.resolve("Will").attendeeId).toBeNull();
    expect(people.resolve("Mike").attendeeId).toBeNull();
  });

  it("gives way to an attendee whose own given name the word is", () => {
    const both = buildPeopleIndex(
      [
        attendee("geoffrey-ash", "Geoffrey Ash"),
        attendee("geoff-lane", "Geoff Lane"),
        attendee("wesley-park", "Wesley Park"),
        attendee("stephanie-moss", "Stephanie Moss"),
      ],
      null,
      [],
    );
    expect(both.resolve("Geoff").attendeeId).toBe("geoff-lane");
    expect(both.resolve("Wes").attendeeId).toBe("wesley-park");
    expect(both.resolve("Steph").attendeeId).toBe("stephanie-moss");
  });
});

describe("a name with an honorific, a hyphenated surname or an initial", () => {
  const people = buildPeopleIndex(
    [
      attendee("mara-quist", "Dr. Mara Quist"),
      attendee("ines-vale-moreau", "Ines Vale-Moreau"),
      attendee("tomas-reyes", "Tomas Reyes"),
      attendee("tilda-reyes", "Tilda Reyes"),
    ],
    null,
    [],
  );
  const id = (written: string) => people.resolve(written).attendeeId;

  it("names the one attendee the short form fits", () => {
    expect(id("M. Quist")).toBe("mara-quist");
    expect(id("Mara Q.")).toBe("mara-quist");
    expect(id("Vale-Moreau")).toBe("ines-vale-moreau");
    expect(id("I. Vale-Moreau")).toBe("ines-vale-moreau");
    expect(id("Ines V.")).toBe("ines-vale-moreau");
  });

  it("names no one where the initial fits two attendees, or none", () => {
    expect(id("T. Reyes")).toBeNull();
    expect(id("Reyes")).toBeNull();
    expect(id("Q. Vale-Moreau")).toBeNull();
    expect(id("Ines M.")).toBeNull();
  });
});

describe("an owner named by an attendee's role", () => {
  const committee = buildPeopleIndex(
    [
      attendee("joan-ellery", "Joan Ellery", { role: "chair" }),
      attendee("sam-ode", "Sam Ode", { role: "Committee Secretary" }),
      attendee("ana-lu", "Ana Lu", { role: "engineer" }),
      attendee("bo-kim", "Bo Kim", { role: "engineer" }),
    ],
    null,
    [],
  );

  it.each([
    ["The chair", "joan-ellery"],
    ["Chair", "joan-ellery"],
    ["the secretary", "sam-ode"],
    ["Committee Secretary", "sam-ode"],
  ])("%s is %s", (written, id) => {
    expect(committee.resolve(written)).toEqual({ name: written, attendeeId: id, kind: "person" });
  });

  it("settles nothing when two attendees share the role, or none has it", () => {
    expect(committee.resolve("The engineer").attendeeId).toBeNull();
    expect(committee.resolve("The treasurer").attendeeId).toBeNull();
  });

  it("reads a role by its acronym, and an acronym's role written out", () => {
    const sprint = buildPeopleIndex(
      [
        attendee("greta-lund", "Greta Lund", { role: "PO" }),
        attendee("pim-sorensen", "Pim Sorensen", { role: "Scrum Master" }),
        attendee("nell-okafor", "Nell Okafor", { role: "Tech Lead" }),
        attendee("tallis-grove", "Tallis Grove", { role: "Team Lead" }),
        attendee("odile-quast", "Odile Quast", { role: "Product Manager" }),
      ],
      null,
      [],
    );
    expect(sprint.resolve("PO").attendeeId).toBe("greta-lund");
    expect(sprint.resolve("The product owner").attendeeId).toBe("greta-lund");
    expect(sprint.resolve("SM").attendeeId).toBe("pim-sorensen");
    // Two leads' roles share the acronym: neither is meant.
    expect(sprint.resolve("TL").attendeeId).toBeNull();
    // A person's own initials come before a role's.
    expect(sprint.resolve("GL").attendeeId).toBe("greta-lund");
    expect(sprint.resolve("PM").attendeeId).toBe("odile-quast");
    // Two words that are no role are no role's acronym.
    expect(sprint.resolve("Performance Monitoring").attendeeId).toBeNull();
  });
});
