import { describe, expect, it } from "vitest";
import { parsePeopleList, parsePerson } from "../../src/extract/person-entry.js";
import { parseMinutes } from "../../src/index.js";

const people = (markdown: string) =>
  parseMinutes(markdown).attendees.map(
    ({ id, name, handle, abbreviation, role, organization, group, side, email }) => ({
      id,
      name,
      handle,
      abbreviation,
      role,
      organization,
      group,
      side,
      email,
    }),
  );

describe("one person as written", () => {
  it.each([
    ["Jane Roe", { name: "Jane Roe", role: null, organization: null }],
    [
      "Jane Roe (Product Manager, Acme)",
      { name: "Jane Roe", role: "Product Manager", organization: "Acme" },
    ],
    ["Jane Roe (Acme, CTO)", { name: "Jane Roe", role: "CTO", organization: "Acme" }],
    ["@jroe (Jane Roe)", { name: "Jane Roe", handle: "@jroe" }],
    ["@kim (Kim)", { name: "Kim", handle: "@kim", organization: null }],
    // One capitalized word the handle owes nothing to is where they work, not their name.
    [
      "@bertrand (Brightwater)",
      { name: "@bertrand", handle: "@bertrand", organization: "Brightwater" },
    ],
    [
      "@bertrand (Brightwater, SRE)",
      { name: "@bertrand", role: "SRE", organization: "Brightwater" },
    ],
    [
      "Jane Roe (JR) - Support Lead",
      { name: "Jane Roe", abbreviation: "JR", role: "Support Lead" },
    ],
    ["Jane Roe <jane@acme.example>", { name: "Jane Roe", email: "jane@acme.example" }],
    ["José Álvarez", { name: "José Álvarez" }],
  ])("%s", (text, expected) => {
    expect(parsePerson(text)).toMatchObject(expected);
  });

  it.each(["the whole team", "Deploy Hotfix", "40% of users", "CTO", ""])(
    "%j names no one",
    (text) => {
      expect(parsePerson(text)).toBeNull();
    },
  );
});

describe("lists of people", () => {
  it("gives a role after a comma to the person before it: Name, Role (Org)", () => {
    expect(
      parsePeopleList(
        "Grace Okafor, Director of IT (Bluewave); Tomás Ruiz, Operations Manager (Bluewave)",
      ),
    ).toMatchObject([
      { name: "Grace Okafor", role: "Director of IT", organization: "Bluewave" },
      { name: "Tomás Ruiz", role: "Operations Manager", organization: "Bluewave" },
    ]);
  });

  it("splits at 'and' and '&'", () => {
    expect(
      parsePeopleList("Raj Patel and Marcus Lee & Lisa Wong").map((person) => person.name),
    ).toEqual(["Raj Patel", "Marcus Lee", "Lisa Wong"]);
  });
});

describe("attendees in a note", () => {
  it("reads groups and sides: Group: Name (Role), Name (Role)", () => {
    const note = `# Escalation: Acme\n\n**Attendees:**\n- Customer: Jane Roe, CTO (Acme)\n- Account Team: Tom Baker (Account Executive)\n- Internal: Ken Ito (Support Lead)\n`;
    expect(people(note)).toEqual([
      {
        id: "jane-roe",
        name: "Jane Roe",
        handle: null,
        abbreviation: null,
        role: "CTO",
        organization: "Acme",
        group: "Customer",
        side: "customer",
        email: null,
      },
      {
        id: "tom-baker",
        name: "Tom Baker",
        handle: null,
        abbreviation: null,
        role: "Account Executive",
        organization: null,
        group: "Account Team",
        side: "vendor",
        email: null,
      },
      {
        id: "ken-ito",
        name: "Ken Ito",
        handle: null,
        abbreviation: null,
        role: "Support Lead",
        organization: null,
        group: "Internal",
        side: "vendor",
        email: null,
      },
    ]);
  });

  it("reads an attendee table by its headers", () => {
    const note = `# Sync\n\n## Attendees\n\n| Name | Role | Company | Email |\n| --- | --- | --- | --- |\n| Jane Roe | CTO | Acme | jane@acme.example |\n| Ken Ito | Support Lead | Keel | |\n`;
    expect(people(note)).toMatchObject([
      { id: "jane-roe", role: "CTO", organization: "Acme", email: "jane@acme.example" },
      { id: "ken-ito", role: "Support Lead", organization: "Keel", email: null },
    ]);
  });

  it("reads handles with full names, one per line", () => {
    const note = `# Sync\n\n## Attendees\n\n- @lwong (Lisa Wong)\n- @rpatel (Raj Patel)\n`;
    expect(people(note)).toMatchObject([
      { id: "lisa-wong", name: "Lisa Wong", handle: "@lwong" },
      { id: "raj-patel", name: "Raj Patel", handle: "@rpatel" },
    ]);
  });

  it("reads a bare handle as the name when no full name is given", () => {
    expect(people(`# Sync\n\n## Attendees\n\n- @octo\n`)).toMatchObject([
      { id: "octo", name: "@octo", handle: "@octo" },
    ]);
  });

  it("reads an `Attendees:` line in prose", () => {
    expect(
      people(`# Sync\n\nAttendees: Elif Kaya, Marco Bianchi\n`).map((person) => person.id),
    ).toEqual(["elif-kaya", "marco-bianchi"]);
  });

  it("reads who came from a table's ticks, a count of others, and a list of invitees beside who attended", () => {
    expect(
      people(
        "# Weekly sync\n\nDate: 2026-03-10\n\n## Attendees\n\n| Name | Role | Present |\n|---|---|---|\n| Elif Kaya | PM | ✅ |\n| Marco Bianchi | Dev | ❌ |\n| Ines Cole | QA | :x: |\n| Bo Lindt | QA | ✅ |\n",
      ).map((person) => person.name),
    ).toEqual(["Elif Kaya", "Bo Lindt"]);
    expect(
      people("# Sync\n\nAttendees: Elif Kaya, Marco Bianchi + 3 others\n").map(
        (person) => person.name,
      ),
    ).toEqual(["Elif Kaya", "Marco Bianchi"]);
    expect(
      people("# Sync\n\nAttendees: Elif Kaya and two more\n").map((person) => person.name),
    ).toEqual(["Elif Kaya"]);
    expect(
      people(
        "# Sync\n\nInvited: Elif Kaya, Marco Bianchi, Bo Lindt\nAttended: Elif Kaya, Bo Lindt\n",
      ).map((person) => person.name),
    ).toEqual(["Elif Kaya", "Bo Lindt"]);
    // Invited alone: the invitation is the list of who came.
    expect(
      people("# Sync\n\nInvited: Elif Kaya, Marco Bianchi\n").map((person) => person.name),
    ).toEqual(["Elif Kaya", "Marco Bianchi"]);
  });

  it("reads full names exported from a document's person chips without commas, two words each", () => {
    const names = (list: string) =>
      people(`# Sync\n\nAttendees: ${list}\n`).map((person) => person.name);
    expect(names("Elif Kaya Marco Bianchi Bo Lindt")).toEqual([
      "Elif Kaya",
      "Marco Bianchi",
      "Bo Lindt",
    ]);
    // Four words may be one person's names; three are one name; teams are not people.
    expect(names("Maria Luisa Ortega Vidal")).toEqual(["Maria Luisa Ortega Vidal"]);
    expect(names("Mary Ann Lee")).toEqual(["Mary Ann Lee"]);
    expect(names("Product Team Design Team")).toEqual([]);
  });

  it("counts the customer's organization as the customer side", () => {
    const note = `# Review\n\n## Attendees\n\n- Helen Marsh, COO (Orchard Health)\n- Daniel Brooks, Account Executive (Keel Software)\n`;
    const minutes = parseMinutes(`---\ncustomer: Orchard Health\n---\n${note}`);
    expect(minutes.attendees.map((person) => person.side)).toEqual(["customer", "vendor"]);
  });

  it("seats the people listed beside the customer's, naming no organization, across the table", () => {
    const sides = (markdown: string) =>
      parseMinutes(markdown).attendees.map((person) => [person.name, person.side]);
    expect(
      sides(
        "# Meeting with Quillfield\n\nDecember 2, 2026\n\nPresent: Odile Quast (Quillfield), Ingrid Holm, Tallis Grove\n",
      ),
    ).toEqual([
      ["Odile Quast", "customer"],
      ["Ingrid Holm", "vendor"],
      ["Tallis Grove", "vendor"],
    ]);
    // Named apart from the customer's roster, a person is on no side.
    expect(
      sides(
        "# Meeting with Quillfield\n\nPresent: Odile Quast (Quillfield), Ingrid Holm\n\nWe went through the plan.\n\nGuests: Tallis Grove\n",
      ),
    ).toEqual([
      ["Odile Quast", "customer"],
      ["Ingrid Holm", "vendor"],
      ["Tallis Grove", null],
    ]);
  });

  it("reads people from the brackets after the customer's name only where the bracket lists them", () => {
    const seated = (customer: string) =>
      parseMinutes(
        `# Escalation bridge\n\n**Date:** 2026-12-03\n**Customer:** ${customer}\n**On the bridge:** Bertrand Okoye (Incident Commander)\n`,
      ).attendees.map((person) => [person.name, person.role, person.organization]);
    expect(seated("Tallow Foods (Enterprise, EU region)")).toEqual([
      ["Bertrand Okoye", "Incident Commander", null],
    ]);
    expect(seated("Tallow Foods (Tovah Brandt, VP Operations)")).toEqual([
      ["Tovah Brandt", "VP Operations", "Tallow Foods"],
      ["Bertrand Okoye", "Incident Commander", null],
    ]);
  });

  it("reads the label over the writers' people as their organization where the customer's people are under its name", () => {
    const seats = (ourLabel: string) =>
      parseMinutes(
        [
          "# Quarterly review – Quillfield",
          "",
          "## Attendees",
          "- **Quillfield**: Odile Quast (Head of IT), Nell Okafor",
          `- **${ourLabel}**: Tamsin Greer (Account Director), Pim Sorensen`,
          "",
        ].join("\n"),
      ).attendees.map((person) => [person.name, person.organization, person.side]);
    expect(seats("Brightwater")).toEqual([
      ["Odile Quast", "Quillfield", "customer"],
      ["Nell Okafor", "Quillfield", "customer"],
      ["Tamsin Greer", "Brightwater", "vendor"],
      ["Pim Sorensen", "Brightwater", "vendor"],
    ]);
    // A department or a side is no organization.
    expect(seats("Finance").map(([name, organization]) => [name, organization])).toEqual([
      ["Odile Quast", "Quillfield"],
      ["Nell Okafor", "Quillfield"],
      ["Tamsin Greer", null],
      ["Pim Sorensen", null],
    ]);
    expect(seats("Our side").slice(2)).toEqual([
      ["Tamsin Greer", null, "vendor"],
      ["Pim Sorensen", null, "vendor"],
    ]);
  });

  it("finds the customer the title says the meeting was with, or the one organization beside our side", () => {
    const sides = (markdown: string) => {
      const minutes = parseMinutes(markdown);
      return [minutes.customer, minutes.attendees.map((person) => [person.name, person.side])];
    };
    expect(
      sides(
        "# Monthly sync with Harlow Freight\n\nAttendees: Ines Cole (Harlow Freight), Bo Lindt (Quay Systems)\n",
      ),
    ).toEqual([
      "Harlow Freight",
      [
        ["Ines Cole", "customer"],
        ["Bo Lindt", "vendor"],
      ],
    ]);
    expect(
      sides(
        "# Intro call\n\nDate: 2026-05-04\nTidewater: Rosa Diaz (COO), Amir Haddad\nUs: Lena Voss (AE)\n",
      ),
    ).toEqual([
      "Tidewater",
      [
        ["Rosa Diaz", "customer"],
        ["Amir Haddad", "customer"],
        ["Lena Voss", "vendor"],
      ],
    ]);
    expect(sides("# Discovery call: Marlow Dental\n\nAttendees: Rosa Diaz, Lena Voss\n")[0]).toBe(
      "Marlow Dental",
    );
    // A customer meeting named after the one organization at the table it names.
    expect(
      sides(
        "# Meeting: Quillfield escalation – slow reports\n\nAttendees: Odile Quast (Quillfield), Tallis Grove\n",
      ),
    ).toEqual([
      "Quillfield",
      [
        ["Odile Quast", "customer"],
        ["Tallis Grove", "vendor"],
      ],
    ]);
    // Named in a title of the group's own meeting, it is no customer.
    expect(
      sides(
        "# Quillfield planning – slow reports\n\nAttendees: Odile Quast (Quillfield), Tallis Grove\n",
      )[0],
    ).toBeNull();
  });

  it("takes no customer from an organization the title only names, or from two across the table", () => {
    const sides = (markdown: string) => {
      const minutes = parseMinutes(markdown);
      return [minutes.customer, minutes.attendees.map((person) => person.side)];
    };
    // The host's own meeting: its members came, no one bought anything.
    expect(
      sides(
        "# Harbor TSC meeting\n\nAttendees: Ines Cole (TSC), Bo Lindt (TSC), Ada Moss (Quay)\n",
      ),
    ).toEqual([null, [null, null, null]]);
    expect(
      sides(
        "# Kickoff: Quay x Harlow Freight\n\nAttendees: Ines Cole (Harlow Freight), Bo Lindt (Quay)\n",
      ),
    ).toEqual([null, [null, null]]);
    // Our side beside two organizations, each on its own line: all three lines are people,
    // and which organization buys is not said.
    expect(
      sides("# Intro call\n\nTidewater: Rosa Diaz\nMarlow: Amir Haddad\nUs: Lena Voss\n"),
    ).toEqual([null, [null, null, "vendor"]]);
    // A retro's roster under "Team:", with no one else at the table: no side to be on.
    expect(sides("# Sprint 42 retro\n\nTeam: Rosa Diaz, Lena Voss\n")).toEqual([
      null,
      [null, null],
    ]);
    // Each side's people under its group's name, the customer's a full name too: the other
    // group is the vendor's side, and its name their organization.
    const bySide = parseMinutes(
      "# Escalation: Marlow Dental reminders\n\n**Customer:** Marlow Dental\n\n## Attendees\n\n- Marlow Dental: Rosa Diaz (Office Manager)\n- Brightwater: Lena Voss, Amir Haddad (SRE)\n- Our team: Bo Lindt\n",
    ).attendees.map((person) => [person.name, person.organization, person.side]);
    expect(bySide).toEqual([
      ["Rosa Diaz", "Marlow Dental", "customer"],
      ["Lena Voss", "Brightwater", "vendor"],
      ["Amir Haddad", "Brightwater", "vendor"],
      ["Bo Lindt", null, "vendor"],
    ]);
    // Across the table from a customer, the team is the vendor's.
    expect(
      sides("# Escalation call\n\nCustomer: Marlow Dental\nTeam: Rosa Diaz, Lena Voss\n"),
    ).toEqual(["Marlow Dental", ["vendor", "vendor"]]);
  });

  it("seats the side whose people made the commitments as the vendor where the title names both organizations", () => {
    const note = (title: string, promises: string) =>
      [
        `# ${title}`,
        "",
        "Date: 2026-05-04",
        "",
        "## Attendees",
        "- Ada Lind (Brightwater, Support Lead)",
        "- Pim Sorensen (Brightwater, Engineering Manager)",
        "- Ingrid Holm (Tallow Foods, Head of IT)",
        "",
        "## What we committed to",
        promises,
        "",
      ].join("\n");
    const sides = (markdown: string) => {
      const minutes = parseMinutes(markdown);
      return [minutes.customer, minutes.attendees.map((person) => person.side)];
    };
    const ours = "- Ada to send the root-cause report by Friday\n- Pim Sorensen: ship the hotfix";
    expect(sides(note("Escalation call — Brightwater / Tallow Foods", ours))).toEqual([
      "Tallow Foods",
      ["vendor", "vendor", "customer"],
    ]);
    // The order in the title does not decide: the promises do.
    expect(sides(note("Escalation call — Tallow Foods / Brightwater", ours))[0]).toBe(
      "Tallow Foods",
    );
    expect(
      sides(note("Escalation: Brightwater x Tallow Foods", "- Ingrid to share the logs"))[0],
    ).toBe("Brightwater");
    // Both sides promised, or no one named: the notes say nothing of which side buys.
    expect(
      sides(
        note("Escalation call — Brightwater / Tallow Foods", `${ours}\n- Ingrid to share the logs`),
      ),
    ).toEqual([null, [null, null, null]]);
    expect(
      sides(note("Escalation call — Brightwater / Tallow Foods", "- Send the report by Friday")),
    ).toEqual([null, [null, null, null]]);
    // One organization in the title is still the customer, whoever promised.
    expect(sides(note("Escalation call — Tallow Foods", "- Ingrid to share the logs"))[0]).toBe(
      "Tallow Foods",
    );
  });

  it("seats the organization the writers name as theirs ('We (Org) will ...') as the vendor", () => {
    const recap = (step: string) =>
      parseMinutes(
        `Subject: Recap of the onboarding call\n\nAttendees: Odile Quast, Pim Sorensen (Quillfield); Ingrid Holm, Bertrand Okoye (Brightwater)\n\nNext steps:\n- Odile will send the user list by Thursday\n- ${step}\n`,
      );
    const read = (step: string) => {
      const minutes = recap(step);
      return [
        minutes.customer,
        minutes.attendees.map((person) => person.side),
        minutes.actionItems[1]!.owners.map((owner) => [owner.name, owner.kind]),
      ];
    };
    expect(read("We (Brightwater) will provision the sandbox")).toEqual([
      "Quillfield",
      ["customer", "customer", "vendor", "vendor"],
      [["Brightwater", "organization"]],
    ]);
    expect(read("We at Quillfield will test the import")).toEqual([
      "Brightwater",
      ["vendor", "vendor", "customer", "customer"],
      [["Quillfield", "organization"]],
    ]);
    // "We" alone, or a bracket that names no organization at the table, says nothing of sides.
    expect(read("We will provision the sandbox")).toEqual([null, [null, null, null, null], []]);
    expect(read("We (the support team) will provision the sandbox")[0]).toBeNull();
  });

  it("reads initials before the full name and what else the bracket says, and a side given as a role", () => {
    const minutes = parseMinutes(
      "# Steering group, 12 Feb 2026\n\nPresent: JD (Jane Doyle, chair), MK (Marek Kowal), PL (Pia Lund, client), Sade Ogun (vendor)\n\n- JD to send the minutes\n",
    );
    expect(
      minutes.attendees.map((person) => [
        person.name,
        person.abbreviation,
        person.role,
        person.side,
      ]),
    ).toEqual([
      ["Jane Doyle", "JD", "chair", null],
      ["Marek Kowal", "MK", null, null],
      ["Pia Lund", "PL", "client", "customer"],
      ["Sade Ogun", null, "vendor", "vendor"],
    ]);
    expect(minutes.actionItems[0]?.owners[0]?.attendeeId).toBe("jane-doyle");
    // Initials the bracket's first name does not spell stay the name as written.
    expect(parseMinutes("# Sync\n\nPresent: JD (Marek Kowal, chair)\n").attendees[0]?.name).toBe(
      "JD",
    );
  });

  it("reads '(Vendor side)' after a name as the side the person sits on, not a role", () => {
    const minutes = parseMinutes(
      "# Account review - Tidewell Mutual\n\nParticipants: Oona Brandt (Tidewell, CIO); Piet Jansen (Vendor side); Lars Holm (Support lead)\n",
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.role, person.group, person.side]),
    ).toEqual([
      ["Oona Brandt", "CIO", null, "customer"],
      ["Piet Jansen", null, "Vendor side", "vendor"],
      // A role and no organization, beside the customer's people marked with theirs.
      ["Lars Holm", "Support lead", null, "vendor"],
    ]);
  });

  it("matches a short form of the customer's name, and only by its first words", () => {
    const note = [
      "# Support escalation: Quillfield Labs ticket 8812",
      "",
      "## Attendees",
      "",
      "- Nora Quint (Quillfield)",
      "- Ravi Mehta (Quillfield Labs Inc.)",
      "- Tess Ward (Labs Collective)",
      "- Ben Ode",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect(minutes.customer).toBe("Quillfield Labs");
    expect(minutes.attendees.map((person) => person.side)).toEqual([
      "customer",
      "customer",
      "vendor",
      null,
    ]);
  });

  it("merges a person listed twice, keeping what the first listing says", () => {
    expect(
      people(`# Sync\n\n## Attendees\n\n- Sam Lee (Acme)\n- Sam Lee (Support Lead)\n`),
    ).toMatchObject([{ id: "sam-lee", organization: "Acme", role: "Support Lead" }]);
  });

  it("reports a person listed twice in one list, but not the same people in each entry of a log", () => {
    const codes = (markdown: string) =>
      parseMinutes(markdown).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes("# Sync\n\nAttendees: Sam Lee, Ana Ruiz, Sam Lee\n")).toEqual([
      "duplicate-attendee",
    ]);
    const log = [
      "# Sponsor meetings",
      "",
      "## 2026-03-11",
      "",
      "Attendees: Sam Lee, Ana Ruiz",
      "",
      "## 2026-03-04",
      "",
      "Attendees: Sam Lee, Ana Ruiz",
      "",
    ].join("\n");
    expect(codes(log)).toEqual([]);
    // Entries told apart by a line, each with its own roll call.
    expect(
      codes(
        "# Team log\n\nMeeting 3/11/2026\n\nPresent: Sam Lee, Ana Ruiz\n\n---\n\nMeeting 3/4/2026\n\nPresent: Sam Lee, Ana Ruiz\n",
      ),
    ).toEqual([]);
    expect(parseMinutes(log).attendees.map((attendee) => attendee.name)).toEqual([
      "Sam Lee",
      "Ana Ruiz",
    ]);
  });
});

describe("a roll call that says who came and who did not", () => {
  const roll = (markdown: string) =>
    parseMinutes(
      `# Sync 2026-03-11\n\n${markdown}\n\n## Notes\n\n- Budget is fine.\n`,
    ).attendees.map((person) => [person.name, person.role]);

  it("leaves out who was away, in a bracket, after a dash or after a colon, and keeps no mark as a role", () => {
    expect(
      roll(
        "Attendance: Ana Diaz - present, Ben Ode (here), Carla Nunez - absent, Dev Rao (regrets)",
      ),
    ).toEqual([
      ["Ana Diaz", null],
      ["Ben Ode", null],
    ]);
    expect(
      roll(
        "## Attendees\n\n- Ana Diaz: present\n- Ben Ode: here\n- Carla Nunez: absent\n- Dev Rao: apologies\n- Eli Park: Treasurer",
      ),
    ).toEqual([
      ["Ana Diaz", null],
      ["Ben Ode", null],
      ["Eli Park", "Treasurer"],
    ]);
  });

  it("keeps a role or a team after a dash, which is no mark", () => {
    expect(roll("Attendees: Ana Diaz - Product, Ben Ode")).toEqual([
      ["Ana Diaz", "Product"],
      ["Ben Ode", null],
    ]);
  });
});

describe("the customer's people under a label of contacts", () => {
  it("seats 'Customer contacts' on the customer's side, of the customer's organization", () => {
    const minutes = parseMinutes(
      "# P1 escalation – Marlow Dental – reminders\n\n**Call date:** 2026-06-03\n**Customer contacts:** Rosa Diaz (CTO), Amir Haddad (Ops)\n**Our team:** Lena Voss (TAM)\n",
    );
    expect(minutes.customer).toBe("Marlow Dental");
    expect(
      minutes.attendees
        .map((person) => [person.name, person.side, person.organization])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ["Amir Haddad", "customer", "Marlow Dental"],
      ["Lena Voss", "vendor", null],
      ["Rosa Diaz", "customer", "Marlow Dental"],
    ]);
  });

  it("takes no customer from a title that names only the kind of meeting", () => {
    for (const title of [
      "Client Meeting Minutes",
      "Client Meetings",
      "Customer Call Notes",
      "Client Reports",
    ])
      expect(parseMinutes(`# ${title}\n\nDate: 2026-06-03\n`).customer, title).toBeNull();
    expect(parseMinutes("# Client Marlow Dental\n\nDate: 2026-06-03\n").customer).toBe(
      "Marlow Dental",
    );
    // A topic's label and a question about it, in the discussion.
    expect(
      parseMinutes(
        "# Summit\n\n## Notes\n\n* Protocols\n  * Client - Is the streaming API worth it?\n",
      ).customer,
    ).toBeNull();
  });
});

describe("a team's roster beside its facilitator, with no customer", () => {
  it("sits on no side: the label says nothing of which, and a customer's meeting still seats it", () => {
    const sides = (head: string) =>
      parseMinutes(
        `# Sprint 31 retro (2026-12-02)\n\n${head}\n\n## Actions\n\n- Greta: quarantine the flaky tests\n`,
      ).attendees.map((person) => [person.name, person.side]);
    expect(sides("Facilitator: Nell Okafor\nTeam: Pim, Greta")).toEqual([
      ["Pim", null],
      ["Greta", null],
      ["Nell Okafor", null],
    ]);
    expect(sides("Customer: Tallow Foods\nFacilitator: Nell Okafor\nTeam: Pim, Greta")).toEqual([
      ["Pim", "vendor"],
      ["Greta", "vendor"],
      ["Nell Okafor", null],
    ]);
  });
});
