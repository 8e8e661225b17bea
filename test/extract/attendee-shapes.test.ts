import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

const titled = (body: string) => `# Quarry Labs onboarding call\n\nDate: 2026-03-05\n\n${body}`;

/** Each attendee as [name, handle, role, group or organization]. */
function people(body: string): Array<[string, string | null, string | null, string | null]> {
  return parseMinutes(titled(body)).attendees.map((attendee) => [
    attendee.name,
    attendee.handle,
    attendee.role,
    attendee.group ?? attendee.organization,
  ]);
}

describe("attendee shapes", () => {
  it("reads an organization's label that says its side in brackets, bold or in a list, and the other organization the title names", () => {
    const seated = (lines: string) =>
      parseMinutes(
        `# Escalation call — Tallow Foods / Brightwater\n\nMeeting date: 5 March 2026\n\n## Attendees\n\n${lines}\n\n## Notes\n\n- Orders are stuck.\n`,
      ).attendees.map((attendee) => [attendee.name, attendee.organization, attendee.side]);
    const expected = [
      ["Ada Lind", "Tallow Foods", "customer"],
      ["Tovah Brandt", "Tallow Foods", "customer"],
      ["Ingrid Holm", "Brightwater", "vendor"],
      ["Bertrand Okoye", "Brightwater", "vendor"],
    ];
    expect(
      seated(
        "**Tallow Foods (customer):** Ada Lind (IT Director), Tovah Brandt (Ops)  \n**Brightwater:** Ingrid Holm (Account Manager), Bertrand Okoye (Support Lead)",
      ),
    ).toEqual(expected);
    expect(
      seated(
        "- Tallow Foods (Customer): Ada Lind (IT Director), Tovah Brandt (Ops)\n- Brightwater (us): Ingrid Holm (Account Manager), Bertrand Okoye (Support Lead)",
      ),
    ).toEqual(expected);
    // A label the title does not name may be a team: it stays the group, and names no organization.
    expect(
      seated(
        "- Tallow Foods (customer): Ada Lind, Tovah Brandt\n- Platform crew: Ingrid Holm, Bertrand Okoye",
      ),
    ).toEqual([
      ["Ada Lind", "Tallow Foods", "customer"],
      ["Tovah Brandt", "Tallow Foods", "customer"],
      ["Ingrid Holm", null, "vendor"],
      ["Bertrand Okoye", null, "vendor"],
    ]);
  });

  it("seats the organizations an exported document's bold title names, and none where the first line is no title", () => {
    const seated = (head: string) =>
      parseMinutes(
        `${head}\n\n**Participants**\nTallow Foods: Ada Lind (Head of IT), Tovah Brandt\nBrightwater: Ingrid Holm (Account Manager), Bertrand Okoye\n\n**Notes**\n* Orders are stuck.\n`,
      ).attendees.map((attendee) => [attendee.name, attendee.organization, attendee.side]);
    expect(seated("**Tallow Foods <> Brightwater | Weekly sync**\nTue, Apr 14, 2026")).toEqual([
      ["Ada Lind", "Tallow Foods", "customer"],
      ["Tovah Brandt", "Tallow Foods", "customer"],
      ["Ingrid Holm", "Brightwater", "vendor"],
      ["Bertrand Okoye", "Brightwater", "vendor"],
    ]);
    // A sentence over the date is no title, and names no one's organization.
    expect(
      seated("Tallow Foods and Brightwater met to settle\nthe April 14 backlog.").map(
        (person) => person[1],
      ),
    ).toEqual([null, null, null, null]);
  });

  it("reads an e-mail recap's attendees after its greeting in the same paragraph, and the writer named in a bracket", () => {
    const recap = (line: string) =>
      parseMinutes(
        `Subject: Recap of the onboarding call, 3 Nov 2026\n\nHi all,\n\n${line}\n`,
      ).attendees.map((attendee) => [attendee.name, attendee.role, attendee.organization]);
    expect(
      recap(
        "Thanks for joining today. Attendees: Rina Osei, Odile Quast (Quillfield), Tallis Grove and me (Greta Lund).",
      ),
    ).toEqual([
      ["Rina Osei", null, null],
      ["Odile Quast", null, "Quillfield"],
      ["Tallis Grove", null, null],
      ["Greta Lund", null, null],
    ]);
    // A label that is no attendee label, after a sentence, names no one.
    expect(recap("Thanks for joining today. Topics: Rina Osei, Tallis Grove.")).toEqual([]);
  });

  it("reads an agenda topic after the list of people as no one", () => {
    expect(
      people(
        [
          "Participants:",
          "- Tallis Grove, Brightwater",
          "- Ingrid Holm, Quillfield",
          "",
          "",
          "- Roadmap Presentation",
          "    - Partner Introductions",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Tallis Grove", "Ingrid Holm"]);
  });

  it("reads names written without capitals or with a short word as their last part", () => {
    expect(
      people(
        "Attendees: 王小明, 李华, 田中太郎, 김민수, Nguyễn Văn An, Swedish Public Employment Service\n",
      ).map(([name]) => name),
    ).toEqual(["王小明", "李华", "田中太郎", "김민수", "Nguyễn Văn An"]);
  });

  it("reads one word over one full name as the group they came for, 'From Org:' too, and a legal name after a colon as the organization", () => {
    expect(
      people(
        [
          "## Attendees",
          "",
          "- Quarry Labs: Ana Diaz, Ben Ode",
          "- Halvorsen: Kim Lee",
          "- From Brightwell: Lou Ray",
          "- Chair: Ida Moss",
          "- Noor Haddad: Scribe",
          "- Tove Kask: Kelp Systems Ltd",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ana Diaz", null, null, "Quarry Labs"],
      ["Ben Ode", null, null, "Quarry Labs"],
      ["Kim Lee", null, null, "Halvorsen"],
      ["Lou Ray", null, null, "Brightwell"],
      ["Noor Haddad", null, "Scribe", null],
      ["Tove Kask", null, null, "Kelp Systems Ltd"],
      ["Ida Moss", null, "Chair", null],
    ]);
  });

  it("reads people each followed by a bracket with no separator between them as one each", () => {
    expect(
      people("## Attendees\n\n- Wanda Okafor (Tidewater) Rui Matos (Larkspur Labs)\n"),
    ).toEqual([
      ["Wanda Okafor", null, null, "Tidewater"],
      ["Rui Matos", null, null, "Larkspur Labs"],
    ]);
    expect(
      people(
        "Present: Lena Brandt (Chair), Omar Haddad (Quarry Labs) Ivo Petrov (Harbour Council) – guests welcome\n",
      ).map(([name, , , group]) => [name, group]),
    ).toEqual([
      ["Lena Brandt", null],
      ["Omar Haddad", "Quarry Labs"],
      ["Ivo Petrov", "Harbour Council"],
    ]);
    // One person with a bracket, then more words, stays one person.
    expect(
      people("## Attendees\n\n- Wanda Okafor (Tidewater) and Rui Matos\n").map(([name]) => name),
    ).toEqual(["Wanda Okafor", "Rui Matos"]);
  });

  it("names no one in a line about the quorum, under a roll call or in the list", () => {
    expect(
      people(
        "## Attendance\n\n- [x] Lena Brandt, Tidewater\n- [ ] Rui Matos, Larkspur\n\nQuorum NOT Met.\n\n### Guests\n\n- Ivo Petrov\n",
      ).map(([name]) => name),
    ).toEqual(["Lena Brandt", "Ivo Petrov"]);
    expect(
      people("## Attendees\n\n- Lena Brandt\n- Quorum Confirmed\n").map(([name]) => name),
    ).toEqual(["Lena Brandt"]);
  });

  it("reads 'Team:' with one bare name as what the team calls itself, with people as its people", () => {
    expect(
      people("Team: Night Herons\nAttendees: Lena Brandt, Ivo Petrov\n").map(([name]) => name),
    ).toEqual(["Lena Brandt", "Ivo Petrov"]);
    expect(people("Team: Lena Brandt, Ivo Petrov\n").map(([name]) => name)).toEqual([
      "Lena Brandt",
      "Ivo Petrov",
    ]);
    expect(people("Team: Lena Brandt (Support)\n")).toEqual([
      ["Lena Brandt", null, "Support", "Team"],
    ]);
    expect(people("Team: @lena, @ivo\n").map(([name]) => name)).toEqual(["@lena", "@ivo"]);
    expect(people("Team: @night-herons\n")).toEqual([]);
  });

  it("lists no one for 'Present: Everyone' or 'all', and keeps the people beside such words", () => {
    expect(people("Present: Everyone\n")).toEqual([]);
    expect(people("Attendees: all\n")).toEqual([]);
    expect(
      people("Attendees: Kim Lee, everyone from support, Ana Ruiz\n").map(([name]) => name),
    ).toEqual(["Kim Lee", "Ana Ruiz"]);
  });

  it("reads 'Name, Organization' down a list where some bullets give no organization, and no organization called like a person", () => {
    expect(
      people(
        [
          "## Attendees",
          "",
          "Officers:",
          "",
          "* Ada Lind (chairperson)",
          "* Pim Sorensen (executive director), QLAB",
          "* Rina Osei (secretary), Brightwater",
          "",
          "Board members:",
          "",
          "* Greta Lund, Marlow Quinn",
          "* Odile Quast, Quillfield (subbing for Bertrand Okoye)",
          "* Nell Okafor, [redacted]",
          "",
        ].join("\n"),
      ).map(([name, , role, organization]) => [name, role, organization]),
    ).toEqual([
      ["Ada Lind", "chairperson", null],
      ["Pim Sorensen", "executive director", "QLAB"],
      ["Rina Osei", "secretary", "Brightwater"],
      ["Greta Lund", null, "Marlow Quinn"],
      ["Odile Quast", null, "Quillfield"],
      ["Nell Okafor", null, null],
    ]);
  });

  it("reads a first list of nothing but handles under the note's date as who came, and no list with work in it", () => {
    const at = (head: string) =>
      parseMinutes(`# Design: core loop\n\n${head}\n\n## Genre\n\n- We talked.\n`).attendees.map(
        (attendee) => attendee.name,
      );
    expect(at("> ### _March 4, 2026_\n> - @pim\n> - @greta_l\n> - @Nell42\n> - @tallis")).toEqual([
      "@pim",
      "@greta_l",
      "@Nell42",
      "@tallis",
    ]);
    expect(at("### March 4, 2026\n- @pim\n- @greta_l")).toEqual([]);
    expect(at("### March 4, 2026\n- @pim to send the deck\n- @greta_l\n- @nell")).toEqual([]);
  });

  it("reads a talk's speaker or presenter anywhere in the note as someone who came, and no sentence after the label", () => {
    expect(
      parseMinutes(
        "# Meetup\n\nDate: 2026-03-04\n\n## Talk one\n\nSpeaker: Nell Okafor (Quillfield)\n\n- Notes.\n\n## Talk two\n\nPresenter: Tallis Grove\n\nSpeaker: thanks everyone for coming\n",
      ).attendees.map((attendee) => [attendee.name, attendee.organization]),
    ).toEqual([
      ["Nell Okafor", "Quillfield"],
      ["Tallis Grove", null],
    ]);
  });

  it("reads a table of names and check-mark emoji under any heading as who came", () => {
    expect(
      people(
        "## Who\n\n| Name | Present |\n|---|---|\n| Pim Sorensen | ✅ |\n| Greta Lund | ❌ |\n| Nell Okafor | :white_check_mark: |\n\n## Notes\n\n- Went through the plan.\n",
      ).map(([name]) => name),
    ).toEqual(["Pim Sorensen", "Nell Okafor"]);
  });

  it("reads a roll call's marks, leaving out whoever is crossed off", () => {
    expect(
      people(
        "## Attendance\n\n- Kim Lee ✅\n- ✔ Ana Ruiz\n- Bob Stone ❌\n- ✗ Eve Park\n- Omar Haddad\n",
      ).map(([name]) => name),
    ).toEqual(["Kim Lee", "Ana Ruiz", "Omar Haddad"]);
  });

  it("reads full names set apart by dashes as people, and a name, company and role as one", () => {
    expect(people("Attendees: Kim Lee - Ana Ruiz - Bob Stone\n").map(([name]) => name)).toEqual([
      "Kim Lee",
      "Ana Ruiz",
      "Bob Stone",
    ]);
    expect(people("Attendees: Chloe Park - Initech - PM\n")).toEqual([
      ["Chloe Park", null, "PM", "Initech"],
    ]);
  });

  it("reads a bullet over people as their organization, and a person over details as the person", () => {
    expect(
      people(
        "## Attendees\n\n- Fernbrook\n  - Ingrid Holm\n  - Karl Weiss\n- Omar Haddad\n  - joined late\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, null, "Fernbrook"],
      ["Karl Weiss", null, null, "Fernbrook"],
      ["Omar Haddad", null, null, null],
    ]);
  });

  it("reads people listed by how they joined, and the others beside the chair and the note taker", () => {
    expect(
      people("Present in person: Ingrid Holm, Karl Weiss\nRemote: Omar Haddad\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Ingrid Holm", "Karl Weiss", "Omar Haddad"]);
    expect(
      people("Facilitator: Ingrid Holm\nNote taker: Karl Weiss\nOthers: Omar Haddad\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Ingrid Holm", "Karl Weiss", "Omar Haddad"]);
    expect(
      people("- **Facilitator:** Ingrid Holm\n- **Note-Taking Volunteer:** Karl Weiss\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
    expect(people("Remote: yes\nOthers: none\n")).toEqual([]);
  });

  it("reads a titled name whose given name is also a role word, and gives titled people plain ids", () => {
    const minutes = parseMinutes(
      titled(
        "Present: Cllr Ana Ruiz (Chair), Mrs Dev Patel (Clerk), Dr. Ben Ode\n\n## Notes\n\n- The Clerk will write to the supplier\n",
      ),
    );
    expect(minutes.attendees.map((person) => [person.id, person.name, person.role])).toEqual([
      ["ana-ruiz", "Cllr Ana Ruiz", "Chair"],
      ["dev-patel", "Mrs Dev Patel", "Clerk"],
      ["ben-ode", "Dr. Ben Ode", null],
    ]);
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.attendeeId))).toEqual(
      [["dev-patel"]],
    );
  });

  it("reads a role's label before one person of a list, and a role's holder in a bracket, as people", () => {
    expect(
      people(
        "Attendees: Ingrid Holm (Sponsor), Karl Weiss, Client: Omar Haddad (Head of Ops), Dana Ilse (PO: Ben Ode)\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, "Sponsor", null],
      ["Karl Weiss", null, null, null],
      ["Omar Haddad", null, "Head of Ops", null],
      ["Dana Ilse", null, null, null],
      ["Ben Ode", null, "PO", null],
    ]);
    // A bracket of a note or an organization's label is no one.
    expect(
      people("Attendees: Ingrid Holm (note: late), Karl Weiss (Acme: CTO)\n").map(([name]) => name),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
  });

  it("reads initials with the full name in brackets as the person, known by those initials", () => {
    const minutes = parseMinutes(
      titled(
        "Attendees: JS (Jane Smith), TOB (Tom O'Brien), RK (Acme)\n\n## Notes\n\n- JS to send the plan\n",
      ),
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.abbreviation, person.organization]),
    ).toEqual([
      ["Jane Smith", "JS", null],
      ["Tom O'Brien", "TOB", null],
      // Initials over a bracket that is not their name: the bracket says where they are from.
      ["RK", null, "Acme"],
    ]);
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.attendeeId))).toEqual(
      [["jane-smith"]],
    );
  });

  it("reads facts set side by side with dots or bars on one line", () => {
    expect(people("Chair: Ingrid Holm · Minutes: Karl Weiss\nAlso present: Omar Haddad\n")).toEqual(
      [
        ["Ingrid Holm", null, "Chair", null],
        ["Karl Weiss", null, "Minutes", null],
        ["Omar Haddad", null, null, null],
      ],
    );
  });

  it("seats who gives a round of updates, a line each, where the note lists no one", () => {
    const names = (lines: string) => people(`## Updates\n\n${lines}\n`).map(([name]) => name);
    expect(
      names(
        "- **Omar** finished the onboarding flow\n- Karl Weiss is still blocked on the keys\n- Ingrid has the week off",
      ),
    ).toEqual(["Omar", "Karl Weiss", "Ingrid"]);
    // One line that no one opens, or one person alone, is no round of updates.
    expect(names("- Omar finished the flow\n- The keys arrived late")).toEqual([]);
    expect(names("- Omar finished the flow\n- Omar is out Friday")).toEqual([]);
  });

  it("seats a stand-up's people written plain over their reports, and no stand-up label as a taker", () => {
    const report = (who: string, blockers: string) =>
      `${who}\n- yesterday: merged the parser fix\n- today: review the export\n- blockers: ${blockers}\n`;
    const note = titled(
      `${report("Tovah", "waits for the staging keys (Ingrid to grant today)")}\n${report("Ingrid", "none")}\nPim\n- out sick\n`,
    );
    const minutes = parseMinutes(note);
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual(["Tovah", "Ingrid"]);
    expect(textOwnersAndDue(minutes.actionItems)).toContainEqual([
      "blockers: waits for the staging keys (Ingrid to grant today)",
      ["ingrid"],
      "2026-03-05",
    ]);
    // A label that opens several lines names no one, where the note seats no one either.
    const unseated = parseMinutes(
      titled(
        "- today: review the export\n- blockers: the staging keys (Nell to grant today)\n- blockers: the VPN drops (Pim to check)\n",
      ),
    );
    expect(textOwnersAndDue(unseated.actionItems)).toEqual([
      ["blockers: the staging keys (Nell to grant today)", ["person:Nell"], "2026-03-05"],
      ["blockers: the VPN drops (Pim to check)", ["person:Pim"], null],
    ]);
    // One name over a list with no report's labels, or one report alone, seats no one.
    expect(people(`${report("Tovah", "none")}\nIngrid\n- the keys\n- the export\n`)).toEqual([]);
  });

  it("reads a department after a name in an organization's bracket as the person's role", () => {
    const seated = (line: string) =>
      parseMinutes(`# Review\n\nDate: 2026-12-01\n${line}\n`).attendees.map((person) =>
        [person.name, person.role, person.organization].join("|"),
      );
    expect(seated("Customer: Quillfield (Odile Quast, Head of Ops; Pim Sorensen, IT)")).toEqual([
      "Odile Quast|Head of Ops|Quillfield",
      "Pim Sorensen|IT|Quillfield",
    ]);
    expect(
      seated(
        "Attendees: Quillfield (Odile Quast, Finance; Pim Sorensen, IT), Ada Lind (Brightwater)",
      ),
    ).toEqual([
      "Odile Quast|Finance|Quillfield",
      "Pim Sorensen|IT|Quillfield",
      "Ada Lind||Brightwater",
    ]);
  });

  it("reads an organization the note knows before a role, and a role at an organization", () => {
    const seated = (attendees: string) =>
      parseMinutes(
        `# Support escalation\n\nDate: 2026-12-05\nCustomer: Tallow Foods\nAttendees: ${attendees}\n`,
      ).attendees.map((person) => [person.name, person.role, person.organization, person.side]);
    expect(
      seated(
        "Ada Lind (Tallow Foods CTO), Rina Osei (Head of Finance at Tallow Foods), Nell Okafor (our support lead)",
      ),
    ).toEqual([
      ["Ada Lind", "CTO", "Tallow Foods", "customer"],
      ["Rina Osei", "Head of Finance", "Tallow Foods", "customer"],
      ["Nell Okafor", "support lead", null, "vendor"],
    ]);
    // Words the note names as no organization stay the role; so does a field of work after one.
    expect(
      seated(
        "Ada Lind (Platform Engineer), Pim Sorensen (Tallow Foods Security), Rina Osei (Tallow Foods)",
      ).map(([name, role, organization]) => [name, role, organization]),
    ).toEqual([
      ["Ada Lind", "Platform Engineer", null],
      ["Pim Sorensen", "Tallow Foods Security", null],
      ["Rina Osei", null, "Tallow Foods"],
    ]);
  });

  it("seats the writers as the customer in a meeting with their own supplier, and the supplier as the vendor", () => {
    const sides = (title: string, body: string) => {
      const minutes = parseMinutes(`# ${title}\n\nDate: 2026-12-02\n${body}\n`);
      return {
        customer: minutes.customer,
        sides: minutes.attendees.map((attendee) => [attendee.name, attendee.side]),
      };
    };
    const groups = "Us: Rina Osei, Tallis Grove\nBrightwater: Ingrid Holm (Account Manager)";
    expect(sides("Vendor check-in with Brightwater (our hosting supplier)", groups)).toEqual({
      customer: null,
      sides: [
        ["Rina Osei", "customer"],
        ["Tallis Grove", "customer"],
        ["Ingrid Holm", "vendor"],
      ],
    });
    const table =
      "\n| Name | Company |\n| --- | --- |\n| Odile Quast | Tallow Foods |\n| Pim Sorensen | Quillfield |";
    expect(sides("Supplier review: Quillfield", table)).toEqual({
      customer: "Tallow Foods",
      sides: [
        ["Odile Quast", "customer"],
        ["Pim Sorensen", "vendor"],
      ],
    });
    // A call with a supplier's support desk: the writers are the ones it supports.
    const listed = "Participants: Odile Quast (Tallow Foods), Pim Sorensen (Quillfield)";
    expect(sides("Call with Quillfield support – 2 Dec 2026", listed)).toEqual({
      customer: "Tallow Foods",
      sides: [
        ["Odile Quast", "customer"],
        ["Pim Sorensen", "vendor"],
      ],
    });
    expect(sides("Call with Quillfield about support tickets", listed).customer).toBe("Quillfield");
    // A meeting with an organization the title does not call a supplier is one the writers sell to.
    expect(sides("Check-in with Brightwater", groups)).toEqual({
      customer: "Brightwater",
      sides: [
        ["Rina Osei", "vendor"],
        ["Tallis Grove", "vendor"],
        ["Ingrid Holm", "customer"],
      ],
    });
  });

  it("seats an agency's people across from the client's", () => {
    const minutes = parseMinutes(
      "# Website rebuild status\n\n- **Date:** 2026-12-10\n- **Client:** Rina Osei (Marketing Lead)\n- **Agency:** Greta Lund (Project Manager), Pim Sorensen\n",
    );
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.side])).toEqual([
      ["Rina Osei", "customer"],
      ["Greta Lund", "vendor"],
      ["Pim Sorensen", "vendor"],
    ]);
  });

  it("seats a design review's reviewers and panelists with its author", () => {
    expect(
      people(
        "- Reviewers: Omar Haddad, Karl Weiss\n- Author: Ingrid Holm\n- Presenter: Tom Hale\n- Panelists: Ada Lind, Pim Sorensen\n",
      ),
    ).toEqual([
      ["Omar Haddad", null, "Reviewers", null],
      ["Karl Weiss", null, "Reviewers", null],
      ["Ingrid Holm", null, "Author", null],
      // Who presents is seated already as an attendee, without a role.
      ["Tom Hale", null, null, null],
      ["Ada Lind", null, "Panelists", null],
      ["Pim Sorensen", null, "Panelists", null],
    ]);
  });

  it("reads labels a sentence apart on one line, and seats no one named after an absence label", () => {
    expect(
      people(
        "Chair: Ingrid Holm. Members present: Omar Haddad, Karl Weiss. Apologies: Tom Hale.\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, "Chair", null],
      ["Omar Haddad", null, null, null],
      ["Karl Weiss", null, null, null],
    ]);
    // A label that is no fact's leaves the sentence to the list before it.
    expect(
      people("Present: Ingrid Holm, Omar Haddad. Note: Karl Weiss sent regrets.\n").map(
        (row) => row[0],
      ),
    ).toEqual(["Ingrid Holm", "Omar Haddad"]);
    // Beside a role's label, a team's label over names is who came; the role is the one person's.
    for (const line of [
      "Facilitator: Ingrid Holm · Team: Omar, Karl, Tom",
      "Facilitator: Ingrid Holm | Team: Omar, Karl, Tom",
    ])
      expect(people(`${line}\n`)).toEqual([
        ["Ingrid Holm", null, "Facilitator", null],
        ["Omar", null, null, null],
        ["Karl", null, null, null],
        ["Tom", null, null, null],
      ]);
  });

  it("reads a list of one word a bullet, mostly in lower case, as people, and words that name no one as none", () => {
    expect(
      people("Attendees\n- tgreer\n- bokoye\n- IngridH\n\n## Notes\n\n- Budget agreed\n"),
    ).toEqual([
      ["tgreer", null, null, null],
      ["bokoye", null, null, null],
      ["IngridH", null, null, null],
    ]);
    expect(people("## Attendees\n\n- tbd\n- none\n")).toEqual([]);
    expect(people("## Attendees\n\n- everyone\n- customers\n")).toEqual([]);
    // A sentence in the list is no handle, and the list is read the usual way.
    expect(people("## Attendees\n\n- tgreer\n- see the wiki for the rest\n")).toEqual([]);
  });

  it("reads names indented under an attendee heading, which CommonMark takes for code, at their places", () => {
    const minutes = parseMinutes(
      titled(
        "### Attendees:\n\n\tIngrid Holm\n\tKarl Weiss (Fernbrook)\n\n## Notes\n\n    make install\n\n```\nOmar Haddad\n```\n",
      ),
    );
    expect(
      minutes.attendees.map((attendee) => [
        attendee.name,
        attendee.organization,
        attendee.source.start.line,
        attendee.source.start.column,
      ]),
    ).toEqual([
      ["Ingrid Holm", null, 7, 2],
      ["Karl Weiss", "Fernbrook", 8, 2],
    ]);
    // A fenced block under the heading is code.
    expect(people("## Attendees\n\n```\nIngrid Holm\n```\n")).toEqual([]);
  });

  it("reads an attendee line that goes on with another label, leaving out those absent", () => {
    expect(people("In attendance: Ingrid Holm, Karl Weiss. Apologies: Omar Haddad.\n")).toEqual([
      ["Ingrid Holm", null, null, null],
      ["Karl Weiss", null, null, null],
    ]);
    expect(
      people("Attendees: Ingrid Holm (CTO), Karl Weiss | Guests: Omar Haddad (Fernbrook)\n"),
    ).toEqual([
      ["Ingrid Holm", null, "CTO", null],
      ["Karl Weiss", null, null, null],
      ["Omar Haddad", null, null, "Fernbrook"],
    ]);
    expect(
      people("Present: Ingrid Holm, Karl Weiss; Absent: Omar Haddad\n").map(([name]) => name),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
    // A dash before the other side's label, as before any other label.
    expect(
      people("Attendees: Ingrid Holm (CTO) — Fernbrook: Omar Haddad (CIO), Lena Berg\n"),
    ).toEqual([
      ["Ingrid Holm", null, "CTO", null],
      ["Omar Haddad", null, "CIO", "Fernbrook"],
      ["Lena Berg", null, null, "Fernbrook"],
    ]);
    // A dash before a remark in capitals names no one.
    expect(
      people("Attendees: Ingrid Holm — Note: Karl joined late\n").map(([name]) => name),
    ).toEqual(["Ingrid Holm"]);
  });

  it("reads a plus between names as 'and', and a group or a role's word before it as their label", () => {
    expect(
      people("## Attendees\n\n* Ingrid + Karl Weiss\n* Omar Haddad\n").map(([name]) => name),
    ).toEqual(["Ingrid", "Karl Weiss", "Omar Haddad"]);
    expect(
      people("Attendees: Ingrid (PM) + Karl (Eng) + Omar\n").map(([name, , role]) => [name, role]),
    ).toEqual([
      ["Ingrid", "PM"],
      ["Karl", "Eng"],
      ["Omar", null],
    ]);
    expect(
      people("Present: Quarry team + Ingrid Holm, Karl Weiss\n").map(([name]) => name),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
    expect(people("Present: Observers + Ingrid Holm\n").map(([name]) => name)).toEqual([
      "Ingrid Holm",
    ]);
    // "+ 3 others" counts people it does not name.
    expect(people("Present: Ingrid Holm + 3 others\n").map(([name]) => name)).toEqual([
      "Ingrid Holm",
    ]);
  });

  it("reads a side's word among the names ('Guests', 'Client') as no one", () => {
    expect(people("Present: Guests + Ingrid Holm, Karl Weiss\n").map(([name]) => name)).toEqual([
      "Ingrid Holm",
      "Karl Weiss",
    ]);
    expect(people("Attendees: Ingrid Holm, Karl Weiss + Guests\n").map(([name]) => name)).toEqual([
      "Ingrid Holm",
      "Karl Weiss",
    ]);
    expect(people("Attendees: Omar Haddad, Client, Partners\n").map(([name]) => name)).toEqual([
      "Omar Haddad",
    ]);
  });

  it("reads a round of check-ins by the names before each answer", () => {
    expect(
      people(
        "## Attendees\n\n* Ingrid (she/her) + spending the weekend on the allotment, weather allowing\n* Karl + Nothing planned, just rest\n* Omar Haddad\n",
      ).map(([name]) => name),
    ).toEqual(["Ingrid", "Karl", "Omar Haddad"]);
    // After a colon, an answer is no role; a role with its field after a comma stays one.
    expect(
      people(
        "## Attendees\n\n* Ingrid: spending the weekend on the allotment\n* Karl: nothing planned\n* Omar: Head of Support, EMEA\n* Lena: chair\n",
      ).map(([name, , role]) => [name, role]),
    ).toEqual([
      ["Ingrid", null],
      ["Karl", null],
      ["Omar", "Head of Support, EMEA"],
      ["Lena", "chair"],
    ]);
    // A role before the answer is nobody's name.
    expect(
      people("## Attendees\n\n- Ingrid Holm\n- Nurse + colleague of the surgeon\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Ingrid Holm"]);
  });

  it("reads a roll call's time zones as where people join from, not as people or organizations", () => {
    expect(
      people(
        "## Participants\n\n- Ingrid Holm, Fernbrook, UTC+1\n- Karl Weiss, Quarry Labs, UTC\n- Omar Haddad, Fernbrook, GMT-5\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, null, "Fernbrook"],
      ["Karl Weiss", null, null, "Quarry Labs"],
      ["Omar Haddad", null, null, "Fernbrook"],
    ]);
    expect(people("## Participants\n\n- Ingrid Holm (CET)\n- Karl Weiss (PST)\n")).toEqual([
      ["Ingrid Holm", null, null, null],
      ["Karl Weiss", null, null, null],
    ]);
    // Initials in brackets that only look like a zone's stay the person's.
    expect(
      parseMinutes(
        titled("## Participants\n\n- Ingrid Gale Taft (IGT)\n- Karl Weiss\n"),
      ).attendees.map((attendee) => attendee.abbreviation),
    ).toEqual(["IGT", null]);
  });

  it("reads 'Attendees from Org:' and 'Org attendees:' lines with the organization as the group", () => {
    expect(
      people(
        "Attendees from Fernbrook: Karl Weiss (CIO), Omar Haddad\n\nQuarry attendees: Ingrid Holm\n\nMeeting attendees: Lena Berg\n",
      ),
    ).toEqual([
      ["Karl Weiss", null, "CIO", "Fernbrook"],
      ["Omar Haddad", null, null, "Fernbrook"],
      ["Ingrid Holm", null, null, "Quarry"],
      ["Lena Berg", null, null, null],
    ]);
  });

  it("reads an attendee label alone on a line after a line of facts as the head of the names below", () => {
    const minutes = parseMinutes(
      "# Export outage review\n\nDate: Thursday, March 12th 2026\nAttendees\nIngrid Holm\nKarl Weiss\n\nSummary\nThe nightly export failed.\n",
    );
    expect(minutes.date).toBe("2026-03-12");
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual([
      "Ingrid Holm",
      "Karl Weiss",
    ]);
    // A sentence that ends on the word is no heading.
    expect(
      parseMinutes(
        "# Export outage review\n\nDate: 2026-03-12\nWe thanked everyone present\nIngrid Holm will write it up\n",
      ).attendees,
    ).toEqual([]);
  });

  it("reads no attendee from a section word alone on a line after the list", () => {
    expect(
      people(
        "Participants\n- Quarry: Ingrid Holm, Karl Weiss\n\nMinutes\n- Karl will share the export\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, null, "Quarry"],
      ["Karl Weiss", null, null, "Quarry"],
    ]);
  });

  it("reads a side's people after its name among people of no side, on one attendee line", () => {
    expect(
      people("Participants: Ingrid Holm; Karl Weiss; Fernbrook: Omar Haddad, Lena Berg\n"),
    ).toEqual([
      ["Ingrid Holm", null, null, null],
      ["Karl Weiss", null, null, null],
      ["Omar Haddad", null, null, "Fernbrook"],
      ["Lena Berg", null, null, "Fernbrook"],
    ]);
  });

  it("reads the other side's line next to the customer's line in the head, with its side", () => {
    const minutes = parseMinutes(
      "## 2026-03-04 Customer call: Fernbrook\n\nFernbrook: Omar Haddad, Lena Berg\nQuarry: Ingrid Holm, Karl Weiss\nAgenda: pricing, renewal\n\n### Notes\n\n- Went well\n",
    );
    expect(minutes.attendees.map((person) => [person.name, person.group, person.side])).toEqual([
      ["Omar Haddad", "Fernbrook", "customer"],
      ["Lena Berg", "Fernbrook", "customer"],
      ["Ingrid Holm", "Quarry", "vendor"],
      ["Karl Weiss", "Quarry", "vendor"],
    ]);
    // With no side's line beside it, "Quarry: ..." is just a label.
    expect(parseMinutes("# Sync\n\nQuarry: Ingrid Holm, Karl Weiss\n").attendees).toEqual([]);
  });

  it("gives the people of the other side's line the organization its label names", () => {
    const sides = (line: string) =>
      parseMinutes(
        `# Escalation call 2026-04-14\n\n**Customer:** Brightwater Logistics — Hanna Kowalski (Head of Ops)\n${line}\n\n## Notes\n\n- Logs sent\n`,
      ).attendees.map((person) => [person.name, person.organization, person.side]);
    const parcelio = [
      ["Hanna Kowalski", "Brightwater Logistics", "customer"],
      ["Mira Sandoval", "Parcelio", "vendor"],
      ["Jonas Berg", "Parcelio", "vendor"],
    ];
    expect(sides("**Parcelio:** Mira Sandoval (Account Manager), Jonas Berg")).toEqual(parcelio);
    expect(sides("**Parcelio team:** Mira Sandoval, Jonas Berg")).toEqual(parcelio);
    expect(sides("From Parcelio: Mira Sandoval, Jonas Berg")).toEqual(parcelio);
    // A side's word or who people are at the meeting names no organization.
    const unnamed = [
      ["Hanna Kowalski", "Brightwater Logistics", "customer"],
      ["Mira Sandoval", null, "vendor"],
      ["Jonas Berg", null, "vendor"],
    ];
    expect(sides("**Our side:** Mira Sandoval, Jonas Berg")).toEqual(unnamed);
    expect(sides("Observers: Mira Sandoval, Jonas Berg")).toEqual(unnamed);
  });

  it("reads an incident's roles as the people who held them, and no name in a label of something else", () => {
    expect(
      people(
        "Commander: Greta Lund. Scribe: Pim Sorensen. Customer liaison: Ada Lind. Comms lead: Nell Okafor.\nDeputy: Rina Osei\n",
      ),
    ).toEqual([
      ["Greta Lund", null, "Commander", null],
      ["Pim Sorensen", null, "Scribe", null],
      ["Ada Lind", null, "Customer liaison", null],
      ["Nell Okafor", null, "Comms lead", null],
      ["Rina Osei", null, "Deputy", null],
    ]);
    expect(people("Commander: Greta Lund\nLiaison office: Ada Lind Street 4\n")).toEqual([
      ["Greta Lund", null, "Commander", null],
    ]);
  });

  it("reads a given name alone as the one attendee of that given name written in full", () => {
    expect(people("Scribe: Jonas Weber\nAttendees: Jonas, Mara Lind, Pia\n")).toEqual([
      ["Jonas Weber", null, "Scribe", null],
      ["Mara Lind", null, null, null],
      ["Pia", null, null, null],
    ]);
    expect(people("Attendees: Jonas, Mara\nScribe: Jonas Weber\n").map(([name]) => name)).toEqual([
      "Jonas Weber",
      "Mara",
    ]);
    // Two people of that given name: the name alone could be either, and stays apart.
    expect(people("Attendees: Jonas Weber, Jonas Brandt, Jonas\n").map(([name]) => name)).toEqual([
      "Jonas Weber",
      "Jonas Brandt",
      "Jonas",
    ]);
  });

  it("reads a given name that is also a role word as a person in a list of given names", () => {
    expect(people("Team: Ana, Ben, Chloe, Dev\n")).toEqual([
      ["Ana", null, null, "Team"],
      ["Ben", null, null, "Team"],
      ["Chloe", null, null, "Team"],
      ["Dev", null, null, "Team"],
    ]);
    expect(people("Attendees: Ana Ruiz, Dev\n").map(([name]) => name)).toEqual(["Ana Ruiz", "Dev"]);
    // A role word that is no given name stays the role of the person before it.
    expect(people("Attendees: Ana Ruiz, Engineer; Ben Ode, CTO\n")).toEqual([
      ["Ana Ruiz", null, "Engineer", null],
      ["Ben Ode", null, "CTO", null],
    ]);
  });

  it("reads 'Who:' alone on a line over a list whose bullets name each side first", () => {
    expect(
      people(
        [
          "When: Thu 9 Apr 2026, 16:00",
          "Who:",
          "- Fernbrook: Ines Duarte (IT ops lead), Karl Weiss (CISO)",
          "- Us: Maya Chen (support)",
          "",
          "## Discussion",
          "",
          "- The export failed three nights in a row.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ines Duarte", null, "IT ops lead", "Fernbrook"],
      ["Karl Weiss", null, "CISO", "Fernbrook"],
      ["Maya Chen", null, "support", "Us"],
    ]);
  });

  it("reads a role written before the name, and a role in brackets, in a participants line", () => {
    expect(
      people(
        "Participants: Ola Berg (Incident commander), Jamal Price, customer rep Tom Becker (Greenleaf Bank), our support engineer Nadia Farouk",
      ),
    ).toEqual([
      ["Ola Berg", null, "Incident commander", null],
      ["Jamal Price", null, null, null],
      ["Tom Becker", null, "customer rep", "Greenleaf Bank"],
      // "our" says the side she is on, not the role.
      ["Nadia Farouk", null, "support engineer", "us"],
    ]);
    // Lower-case words before a name that are no role leave the entry unread, not misread.
    expect(people("Participants: Ola Berg, thanks to Tom Becker")).toEqual([
      ["Ola Berg", null, null, null],
    ]);
  });

  it("reads 'Full Name, Org' bullets among bullets of one person each as person and organization", () => {
    expect(
      people(
        [
          "## Participants",
          "",
          "- Ana Ruiz",
          "- Mathias Ode, Quillon",
          "- Dirk van Berg, the Lantern Project",
          "- Greta Sol, Northgate Clinics",
          "- Ivo Lenz (Harbor Freight)",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ana Ruiz", null, null, null],
      ["Mathias Ode", null, null, "Quillon"],
      ["Dirk van Berg", null, null, "the Lantern Project"],
      ["Greta Sol", null, null, "Northgate Clinics"],
      ["Ivo Lenz", null, null, "Harbor Freight"],
    ]);
    // Two full names in a bullet are two people, and the list then reads every comma so.
    expect(
      people("## Participants\n\n- Ana Ruiz\n- Ben Cole, Chloe Park\n- Mathias Ode, Quillon\n"),
    ).toEqual([
      ["Ana Ruiz", null, null, null],
      ["Ben Cole", null, null, null],
      ["Chloe Park", null, null, null],
      ["Mathias Ode", null, null, null],
      ["Quillon", null, null, null],
    ]);
  });

  it("reads each side's people after the side's name inside an attendee line", () => {
    expect(
      people(
        "**Attendees:** Vantage: Carla Mendes (CIO), Ben Holt (Store Ops); Us: Aisha Khan (CSM), Diego Ruiz (Eng Mgr)",
      ),
    ).toEqual([
      ["Carla Mendes", null, "CIO", "Vantage"],
      ["Ben Holt", null, "Store Ops", "Vantage"],
      ["Aisha Khan", null, "CSM", "Us"],
      ["Diego Ruiz", null, "Eng Mgr", "Us"],
    ]);
  });

  it("reads a side's name after a comma as the start of that side's people", () => {
    expect(people("Participants: Oskar Lind, Greta Holm, Fennwick: Mei Chan, Arjun Das")).toEqual([
      ["Oskar Lind", null, null, null],
      ["Greta Holm", null, null, null],
      ["Mei Chan", null, null, "Fennwick"],
      ["Arjun Das", null, null, "Fennwick"],
    ]);
    expect(people("Participants: Ana Ruiz, Ben Ode, Clerk: Sam Byrne")).toEqual([
      ["Ana Ruiz", null, null, null],
      ["Ben Ode", null, null, null],
      ["Sam Byrne", null, "Clerk", null],
    ]);
  });

  it("reads 'Customer: Org — Name (role), Name' as the customer and the people who came for it", () => {
    const minutes = parseMinutes(
      "# Escalation review\n\nDate: 2026-11-30\nCustomer: Orion Bank — Jake Turner (Head of Digital), Nina Patel\nVendor team: Marta Silva, Owen Reid (TAM)\n",
    );
    expect(minutes.customer).toBe("Orion Bank");
    expect(
      minutes.attendees.map((person) => [
        person.name,
        person.organization,
        person.role,
        person.side,
      ]),
    ).toEqual([
      ["Jake Turner", "Orion Bank", "Head of Digital", "customer"],
      ["Nina Patel", "Orion Bank", null, "customer"],
      ["Marta Silva", null, null, "vendor"],
      ["Owen Reid", null, "TAM", "vendor"],
    ]);
    // After the dash, words that are no people leave the line the customer's name alone.
    expect(
      parseMinutes("# Review\n\nCustomer: Orion Bank — renewal at risk, see notes\n").attendees,
    ).toEqual([]);
  });

  it("reads 'Org — Name, Name' lines under a roll call as the organization's people", () => {
    expect(
      people(
        "Call participants\n\nTidewater — Wanda Okafor, Rui Matos\nLarkspur — Ivo (CTO), Lena\n",
      ),
    ).toEqual([
      ["Wanda Okafor", null, null, "Tidewater"],
      ["Rui Matos", null, null, "Tidewater"],
      ["Ivo", null, "CTO", "Larkspur"],
      ["Lena", null, null, "Larkspur"],
    ]);
    // A full name, a dash, then where the person comes from: one person, not an organization.
    expect(people("## Attendees\n\n- Wanda Okafor — Tidewater, Lisbon\n- Rui Matos\n")[0]).toEqual([
      "Wanda Okafor",
      null,
      null,
      "Tidewater",
    ]);
  });

  it("reads 'Name — Organization, role' as one person with an employer whose name says it is one", () => {
    expect(
      people(
        "## Attendees\n\n- Tovah Brandt — Tallow Foods, IT manager\n- Rina Osei — Tallow Foods, store ops\n- Ada Lind — Support lead\n",
      ),
    ).toEqual([
      ["Tovah Brandt", null, "IT manager", "Tallow Foods"],
      ["Rina Osei", null, "store ops", "Tallow Foods"],
      ["Ada Lind", null, "Support lead", null],
    ]);
    // An organization first keeps its people after the dash.
    expect(people("## Attendees\n\n- Harbour Credit Union — Jake Turner, CTO\n")).toEqual([
      ["Jake Turner", null, "CTO", "Harbour Credit Union"],
    ]);
  });

  it("reads a roster written all in lower case after an attendee label as names, and the work they take", () => {
    const minutes = parseMinutes(
      [
        "Weekly sync w/ Brightwater – 12/02/2026",
        "",
        "attendees: ingrid holm, bertrand okoye (brightwater), tamsin greer",
        "",
        "- tamsin to send the capacity proposal by 12/9",
        "",
      ].join("\n"),
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.organization, person.side]),
    ).toEqual([
      ["Ingrid Holm", null, "vendor"],
      ["Bertrand Okoye", "Brightwater", "customer"],
      ["Tamsin Greer", null, "vendor"],
    ]);
    expect(minutes.customer).toBe("Brightwater");
    expect(
      minutes.actionItems.map((task) => [task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([[["tamsin-greer"], "2026-12-09"]]);
    // Lower-case words after the label that are no names stay unread.
    expect(parseMinutes("# Sync\n\nattendees: see the wiki, as usual\n").attendees).toEqual([]);
  });

  it("reads a numbered part 'Present' with its names on the lines under it as the roll call", () => {
    const minutes = parseMinutes(
      [
        "MINUTES – Parish Hall Committee",
        "Meeting held 1 December 2026",
        "",
        "1. Present",
        "Tamsin Greer (chair), Greta Lund, Tallis Grove.",
        "Apologies: Ada Lind.",
        "",
        "2. Participant applications",
        "Nell Okafor asked how many came in.",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => [person.name, person.role])).toEqual([
      ["Tamsin Greer", "chair"],
      ["Greta Lund", null],
      ["Tallis Grove", null],
    ]);
  });

  it("reads no one from a list under a label that is not about people", () => {
    expect(
      people(
        [
          "When: Thu 9 Apr 2026, 16:00",
          "Topics:",
          "- Export failures: Ines Duarte, Karl Weiss",
          "",
          "## Discussion",
          "",
          "- The export failed three nights in a row.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads the roles of an incident review's head as the people there", () => {
    expect(
      people(
        [
          "**Incident commander:** Tamsin Greer  ",
          "**Scribe:** Bertrand Okoye  ",
          "**Tech lead:** Ingrid Holm  ",
          "**Leads:** Acme Retail, Globex",
          "",
          "## Timeline",
          "",
          "- 09:12 Alerts fire.",
        ].join("\n"),
      ).map(([name, , role]) => [name, role]),
    ).toEqual([
      ["Tamsin Greer", "Incident commander"],
      ["Bertrand Okoye", "Scribe"],
      ["Ingrid Holm", "Tech lead"],
    ]);
  });

  it("reads role labels written with '(s)', a qualifier in brackets or a word before the role", () => {
    expect(
      people(
        [
          "- **Topic Facilitator(s)**: Tamsin Greer",
          "- **Note-taker(s) (Collaborating on this doc)**: Bertrand Okoye,",
          "  Ingrid Holm",
          "",
          "## Notes",
          "",
          "- Talked it through.",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Tamsin Greer", "Bertrand Okoye", "Ingrid Holm"]);
  });

  it("reads lines of names over a transcript in which they speak as the people in the room", () => {
    const panel = [
      "Mira Stone Harbor Freight",
      "Tobias Lind, Quarry Labs",
      "",
      "Ada Novak & Ben Okafor, Lumen Health",
      "",
      "How many clusters do you run?",
      "",
      "MiraS: about forty, split by region.",
      "",
      "Tobias: two, and both are small.",
      "",
      "Ada: none yet.",
    ].join("\n");
    expect(people(panel)).toEqual([
      ["Mira Stone", null, null, "Harbor Freight"],
      ["Tobias Lind", null, null, "Quarry Labs"],
      ["Ada Novak", null, null, "Lumen Health"],
      ["Ben Okafor", null, null, "Lumen Health"],
    ]);
  });

  it("reads no one from lines of names when fewer than two of them speak", () => {
    const topics = [
      "Apollo Rollout",
      "Zeus Backend, Phase Two",
      "",
      "Mira Stone",
      "Tobias Lind",
      "",
      "Mira: the rollout slipped a week.",
      "",
      "Kim: noted.",
    ].join("\n");
    expect(people(topics)).toEqual([]);
  });

  it("reads no one from a group label whose value says there was no one", () => {
    expect(
      people(
        [
          "## Attendance",
          "",
          "- Members: Tamsin Greer, Bertrand Okoye",
          "- Observers: None",
          "- Guests: n/a",
          "- Note-taker: Ingrid Holm",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin Greer", null, null, "Members"],
      ["Bertrand Okoye", null, null, "Members"],
      ["Ingrid Holm", null, "Note-taker", null],
    ]);
  });

  it("reads a table of people under no attendee heading", () => {
    expect(
      people(
        [
          "| Name | Company | Role |",
          "| --- | --- | --- |",
          "| Tamsin Greer | Lumenfold | Account lead |",
          "| Bertrand Okoye | Quarry Labs | CTO |",
          "",
          "## Discussion",
          "",
          "- SSO before go-live.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin Greer", null, "Account lead", "Lumenfold"],
      ["Bertrand Okoye", null, "CTO", "Quarry Labs"],
    ]);
  });

  it("reads no attendee from a table of names that describes work or topics", () => {
    expect(
      people(
        [
          "## Discussion",
          "",
          "| Name | Role | Status |",
          "| --- | --- | --- |",
          "| Checkout revamp | Frontend | In review |",
          "",
          "| Name | Team |",
          "| --- | --- |",
          "| Wen Castillo | Payments |",
          "",
          "## Action items",
          "",
          "| Name | Email | Task |",
          "| --- | --- | --- |",
          "| Olu Adeyemi | olu@example.com | Send the quote |",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Wen Castillo"]);
  });

  it("reads 'Name @handle (Role)' lines", () => {
    expect(
      people(
        "## Attendees\n\n- Tamsin Greer @tgreer (Facilitator)\n- @bokoye Bertrand Okoye\n- Ingrid Holm @iholm\n",
      ),
    ).toEqual([
      ["Tamsin Greer", "@tgreer", "Facilitator", null],
      ["Bertrand Okoye", "@bokoye", null, null],
      ["Ingrid Holm", "@iholm", null, null],
    ]);
  });

  it("reads mentions written with a display name as people", () => {
    expect(people("## Participants\n\n- @Tamsin Greer\n- @Bertrand Okoye\n")).toEqual([
      ["Tamsin Greer", null, null, null],
      ["Bertrand Okoye", null, null, null],
    ]);
  });

  it("reads mentions written one after another with no comma as one person each", () => {
    expect(people("Attendees: @tgreer @b.okoye @Ingrid Holm (Quarry Labs)\n")).toEqual([
      ["@tgreer", "@tgreer", null, null],
      ["@b.okoye", "@b.okoye", null, null],
      ["Ingrid Holm", null, null, "Quarry Labs"],
    ]);
    // A name followed by its handle is one person, and a line that opens with a name is not split.
    expect(people("Attendees: Tamsin Greer @tgreer, Bertrand Okoye\n")).toEqual([
      ["Tamsin Greer", "@tgreer", null, null],
      ["Bertrand Okoye", null, null, null],
    ]);
  });

  it("reads a side or the customer by name over people in the note's head, with their sides", () => {
    const minutes = parseMinutes(
      [
        "# Escalation: Quillfield Labs ticket 8812",
        "",
        "**Our side:** Tamsin Greer (Support Lead), Bertrand Okoye",
        "**Quillfield:** Ingrid Holm (CTO)",
        "**Status:** Wen Castillo to confirm",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => [person.name, person.group, person.side])).toEqual([
      ["Tamsin Greer", "Our side", "vendor"],
      ["Bertrand Okoye", "Our side", "vendor"],
      ["Ingrid Holm", "Quillfield", "customer"],
    ]);
  });

  it("reads the one organization labelled beside 'Our side:' as the customer, under a title that names no one", () => {
    const seated = (label: string) =>
      parseMinutes(
        `Escalation call\n\nAttendees\n${label}: Odile Quast (Head of Finance Ops), Pim Sorensen\nOur side: Tamsin Greer (Account Manager)\n`,
      );
    const minutes = seated("Quillfield");
    expect(minutes.customer).toBe("Quillfield");
    expect(
      minutes.attendees.map((person) => [person.name, person.organization, person.side]),
    ).toEqual([
      ["Odile Quast", "Quillfield", "customer"],
      ["Pim Sorensen", "Quillfield", "customer"],
      ["Tamsin Greer", null, "vendor"],
    ]);
    // A department beside the writers' side is one of their own teams, no customer.
    expect(seated("Finance").customer).toBeNull();
  });

  it("reads a sales call's 'Us:' and 'Them:' as the two sides, and 'Invited:' as who was asked in", () => {
    const minutes = parseMinutes(
      [
        "Renewal call",
        "Date: 2026-12-03",
        "Us: Sigrun Halme (AE), Bartosz Nowicki (SE)",
        "Them: Prisha Raman (Head of Data), Colum Burke",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => [person.name, person.group, person.side])).toEqual([
      ["Sigrun Halme", "Us", "vendor"],
      ["Bartosz Nowicki", "Us", "vendor"],
      ["Prisha Raman", "Them", "customer"],
      ["Colum Burke", "Them", "customer"],
    ]);
    expect(people("Invited: Hanne Solberg; Ruadh Quill; Amaka Obinna\n")).toEqual([
      ["Hanne Solberg", null, null, null],
      ["Ruadh Quill", null, null, null],
      ["Amaka Obinna", null, null, null],
    ]);
    const fromBoth = parseMinutes(
      "Renewal call\nDate: 2026-12-03\nFrom us: Sigrun Halme\nFrom Quillfield: Prisha Raman (Head of Data)\n",
    );
    expect(
      fromBoth.attendees.map((person) => [person.name, person.organization, person.side]),
    ).toEqual([
      ["Sigrun Halme", null, "vendor"],
      ["Prisha Raman", "Quillfield", "customer"],
    ]);
    // A pronoun inside a sentence is no label, and "Us" among other words names no side.
    expect(parseMinutes("# Sync\n\nThey said the rollout slipped.\n").attendees).toEqual([]);
    expect(parseMinutes("# Sync\n\nTalk to us: the help desk, the wiki\n").attendees).toEqual([]);
  });

  it("reads people set apart by bars, a count after the label, and 'Team:' and 'Customer:' over people", () => {
    expect(
      people("Participants (3): Tamsin Greer (Quarry Labs) | Bertrand Okoye · Ingrid Holm\n"),
    ).toEqual([
      ["Tamsin Greer", null, null, "Quarry Labs"],
      ["Bertrand Okoye", null, null, null],
      ["Ingrid Holm", null, null, null],
    ]);
    const minutes = parseMinutes(
      "# Pilot review\n\nTeam: Tamsin Greer, Bertrand Okoye\nCustomer: Ingrid Holm (Quarry Labs)\n",
    );
    expect(minutes.attendees.map((person) => [person.name, person.group, person.side])).toEqual([
      ["Tamsin Greer", "Team", "vendor"],
      ["Bertrand Okoye", "Team", "vendor"],
      ["Ingrid Holm", "Customer", "customer"],
    ]);
    // "Customer:" over a company, or "Team:" over a team's name, names no one.
    expect(
      parseMinutes("# Pilot review\n\nCustomer: Quarry Labs\nTeam: Platform\n").attendees,
    ).toEqual([]);
  });

  it("reads 'Who:' beside 'Where:' and 'When:', with the group it names over the list that follows", () => {
    expect(
      people(
        "Where: Video call\n\nWhen: 5 March\n\nWho:  Platform team:\n- Tamsin Greer (Quarry Labs)\n- Bertrand Okoye\n",
      ),
    ).toEqual([
      ["Tamsin Greer", null, null, "Platform team"],
      ["Bertrand Okoye", null, null, "Platform team"],
    ]);
    expect(people("Who: Tamsin Greer, Bertrand Okoye\nWhere: Room 4\n")).toEqual([
      ["Tamsin Greer", null, null, null],
      ["Bertrand Okoye", null, null, null],
    ]);
    // Without a where or when beside it, "Who:" says who does a piece of work.
    expect(
      people("## Action items\n\n- Book the venue\n  - Who: Tamsin Greer\n  - When: Friday\n"),
    ).toEqual([]);
    expect(people("## Open questions\n\nWho: Bertrand Okoye, if he has time\n")).toEqual([]);
  });

  it("reads 'Who:' opening the first section when that section's heading stands for the title", () => {
    const first = (markdown: string) =>
      parseMinutes(markdown).attendees.map((person) => person.name);
    expect(
      first(
        "## Call with Tallow Foods, 8 Dec 2026\n\nWho: Tovah (Tallow), Rina, Tamsin\n\n### Notes\n\n- Fine\n",
      ),
    ).toEqual(["Tovah", "Rina", "Tamsin"]);
    // Under a title, the first topic's "Who:" says who works on it.
    expect(
      first("# Sync 2026-12-03\n\n## Hiring\nWho: Tovah, Rina, Tamsin\n\n- Post the advert\n"),
    ).toEqual([]);
  });

  it("reads an organization over two or more people as their group, and keeps 'Name: Role'", () => {
    expect(
      people(
        [
          "## Attendees",
          "",
          "- Lumenfold: Tamsin Greer, Wen Castillo",
          "- Ingrid Holm: Facilitator",
          "- Regrets: Olu Adeyemi, Marisol Funk",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin Greer", null, null, "Lumenfold"],
      ["Wen Castillo", null, null, "Lumenfold"],
      ["Ingrid Holm", null, "Facilitator", null],
    ]);
  });

  it("reads people nested under a bold participants label, not the host label's neighbours", () => {
    expect(
      people(
        [
          "- **Participants:**",
          "    - Tamsin Greer (TG)",
          "    - Bertrand Okoye (BO)",
          "- **Topics:**",
          "    - Pilot scope",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Tamsin Greer", "Bertrand Okoye"]);
  });
});

describe("<br> inside table cells", () => {
  it("keeps the words apart and reads two owners from one cell", () => {
    const minutes = parseMinutes(
      titled(
        [
          "Attendees: Tamsin Greer, Bertrand Okoye, Ingrid Holm",
          "",
          "## Action items",
          "",
          "| Task | Owner | Due |",
          "| --- | --- | --- |",
          "| Share the data export<br>sample | Bertrand<br>Ingrid | 2026-03-12 |",
          "",
        ].join("\n"),
      ),
    );
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["Share the data export sample", ["bertrand-okoye", "ingrid-holm"], "2026-03-12"],
    ]);
  });
});

describe("attendee paragraphs wrapped onto the next line", () => {
  const wrapped = [
    "Tamsin Greer",
    "Bertrand Okoye",
    "Ingrid Holm",
    "Wen Castillo",
    "Olu Adeyemi",
    "Marisol Funk",
    "Nadia Berg",
  ];

  it("joins a name broken by the line end, and starts a new name after a full one", () => {
    expect(
      people(
        "Present: Tamsin Greer, Bertrand Okoye, Ingrid\nHolm, Wen Castillo\n\nJoining: Olu Adeyemi, Marisol Funk\nNadia Berg\n\n## Notes\n\n- Pricing discussed.\n",
      ).map(([name]) => name),
    ).toEqual(wrapped);
  });

  it("reads a list separated by semicolons wrapped onto the next line, with or without one at the break", () => {
    expect(
      people(
        "Present: Tamsin Greer; Bertrand Okoye;\nIngrid Holm; Wen Castillo\n\nJoining: Olu Adeyemi; Marisol Funk\nNadia Berg\n\n## Notes\n\n- Pricing discussed.\n",
      ).map(([name]) => name),
    ).toEqual(wrapped);
  });

  it("does not read the sentence after an attendee line as more people", () => {
    expect(
      people("Present: Tamsin Greer, Bertrand Okoye\nThe call opened at ten.\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Tamsin Greer", "Bertrand Okoye"]);
  });
});

describe("roll call", () => {
  it("reads a roll call as the attendee list", () => {
    expect(people("## Roll call\n\n- Tamsin Greer (chair)\n- Bertrand Okoye\n")).toEqual([
      ["Tamsin Greer", null, "chair", null],
      ["Bertrand Okoye", null, null, null],
    ]);
  });

  it("reads a roll call of checkboxes: the ticked were there, grouped by the sub-headings", () => {
    expect(
      people(
        [
          "## Attendance",
          "",
          "### Customer",
          "",
          "- [x] Tamsin Greer - Lumenfold, Inc.",
          "- [ ] Bertrand Okoye - Lumenfold, Inc.",
          "",
          "### Our team",
          "",
          "- [x] Wen Castillo - Quarry Labs",
          "- [X] Olu Adeyemi",
          "",
          "## Discussion",
          "",
          "- [ ] Ravi Nair - follow up on pricing",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin Greer", null, null, "Customer"],
      ["Wen Castillo", null, null, "Our team"],
      ["Olu Adeyemi", null, null, "Our team"],
    ]);
    const sides = parseMinutes(
      titled("## Attendees\n\n### Customer\n\n- Tamsin Greer\n"),
    ).attendees;
    expect(sides.map((attendee) => attendee.side)).toEqual(["customer"]);
  });

  it("reads user names and family names in lower case among names, and no filler words", () => {
    expect(
      people("Attendees: tgreer, bokoye, Wen Castillo, Olu adeyemi, and others\n").map(
        ([name]) => name,
      ),
    ).toEqual(["tgreer", "bokoye", "Wen Castillo", "Olu adeyemi"]);
    expect(people("Present: Wen Castillo, tbd, everyone\n").map(([name]) => name)).toEqual([
      "Wen Castillo",
    ]);
    // A name with its particles: four words of a name, and "de" besides.
    expect(
      people("Present: Laurent P. Renard de Castille, Wen Castillo\n").map(([name]) => name),
    ).toEqual(["Laurent P. Renard de Castille", "Wen Castillo"]);
  });

  it("drops pronouns beside a name, and what someone says of themselves after a dash", () => {
    expect(
      people(
        [
          "## Attendees",
          "",
          "* Tamsin Greer (she/her), Lumenfold",
          "* Wen Castillo (they/them) - spending the week with family!",
          "* Olu Adeyemi (he/him/his) - Quarry Labs - PM",
          "",
        ].join("\n"),
      ).map(([name, , role, organization]) => [name, role, organization]),
    ).toEqual([
      ["Tamsin Greer", null, "Lumenfold"],
      ["Wen Castillo", null, null],
      ["Olu Adeyemi", "PM", "Quarry Labs"],
    ]);
    expect(
      people("Attendees: Tamsin Greer (she/her), Wen Castillo (they/them)\n").map(([name]) => name),
    ).toEqual(["Tamsin Greer", "Wen Castillo"]);
  });

  it("follows a roll call on under a heading that does not name one, and no further", () => {
    expect(
      people(
        [
          "## Attendance",
          "",
          "- [x] Tamsin Greer - Lumenfold, Inc.",
          "- [ ] Bertrand Okoye - Lumenfold, Inc.",
          "",
          "## Observers and staff",
          "",
          "- [x] Wen Castillo - Quarry Labs",
          "- [ ] Ravi Nair - Quarry Labs",
          "- [x] Olu Adeyemi - Docs project",
          "",
          "## Budget",
          "",
          "The budget stands.",
          "",
          "## Sign-off",
          "",
          "- [x] Ines Okafor - release notes",
          "- [ ] Bram Visser - changelog",
          "- [x] Carla Duarte - upgrade guide",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Tamsin Greer", "Wen Castillo", "Olu Adeyemi"]);
  });

  it("counts everyone on a checklist of people when no box is ticked", () => {
    expect(
      people("## Attendees\n\n- [ ] Tamsin Greer\n- [ ] Bertrand Okoye\n").map(([name]) => name),
    ).toEqual(["Tamsin Greer", "Bertrand Okoye"]);
  });

  it("keeps a company's legal form with the company, not as a person", () => {
    expect(
      parseMinutes(
        titled(
          "Attendees: Tamsin Greer - Lumenfold, Inc., Wen Castillo - Quarry Labs, LLC; Olu Adeyemi\n",
        ),
      ).attendees.map((attendee) => [attendee.name, attendee.organization]),
    ).toEqual([
      ["Tamsin Greer", "Lumenfold, Inc."],
      ["Wen Castillo", "Quarry Labs, LLC"],
      ["Olu Adeyemi", null],
    ]);
  });

  it("reads an `Attended:` line wrapped onto an indented second line, and a secretary's role", () => {
    expect(
      people(
        "Secretary: Tamsin Greer\n\nAttended: Tamsin Greer, Bertrand Okoye, Wen Castillo,\n  Olu Adeyemi, Ravi Nair\n",
      ),
    ).toEqual([
      ["Tamsin Greer", null, "Secretary", null],
      ["Bertrand Okoye", null, null, null],
      ["Wen Castillo", null, null, null],
      ["Olu Adeyemi", null, null, null],
      ["Ravi Nair", null, null, null],
    ]);
  });

  it("keeps a heading under a filled attendee list as a section of its own", () => {
    const minutes = parseMinutes(
      titled(
        "## Attendees\n\n- Tamsin Greer\n\n### Pricing\n\n- Bertrand Okoye will send the quote\n",
      ),
    );
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual(["Tamsin Greer"]);
  });

  it("reads a roll call bullet of the note's running list, ticked boxes as the people present", () => {
    expect(
      people(
        [
          "1. Opening and roll call",
          "   - [x] Ana Ruiz (Acme)",
          "   - [ ] Ben Ode (Globex)",
          "   - [x] Cy Park",
          "   - Former members",
          "     - Dora Lim",
          "2. Budget",
          "   - Ana to send the numbers by Friday",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ana Ruiz", null, null, "Acme"],
      ["Cy Park", null, null, null],
    ]);
    expect(
      people(
        ["- Attendees:", "  - Ana Ruiz", "  - Cy Park", "- Budget", "  - Numbers are late"].join(
          "\n",
        ),
      ),
    ).toEqual([
      ["Ana Ruiz", null, null, null],
      ["Cy Park", null, null, null],
    ]);
  });

  it("reads no one from a bullet about attendance that has no people below it", () => {
    expect(
      people(
        [
          "- Attendance at the meetup",
          "  - Numbers were down",
          "  - Next time in the big room",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads who was present from a sentence when the note lists no one", () => {
    const names = (body: string) => people(body).map(([name]) => name);
    expect(
      names(
        "The whole committee was present, including Ana Ruiz, Ben Ode, Cy Park, and Dora Lim. Topics included the budget.\n",
      ),
    ).toEqual(["Ana Ruiz", "Ben Ode", "Cy Park", "Dora Lim"]);
    expect(names("Present were Ana Ruiz, Ben Ode and Cy Park; Dora Lim sent regrets.\n")).toEqual([
      "Ana Ruiz",
      "Ben Ode",
      "Cy Park",
    ]);
    expect(names("## Attendees\n\nAna Ruiz, Ben Ode and Cy Park attended.\n")).toEqual([
      "Ana Ruiz",
      "Ben Ode",
      "Cy Park",
    ]);
    expect(names("Meeting attendees were Ana Ruiz, Ben Ode and Cy Park.\n")).toEqual([
      "Ana Ruiz",
      "Ben Ode",
      "Cy Park",
    ]);
    expect(names("Participants included Ana Ruiz and Ben Ode.\n")).toEqual(["Ana Ruiz", "Ben Ode"]);
    expect(names("The attendees were happy with the demo.\n")).toEqual([]);
  });

  it("reads who came side by side from a sentence, each side's people with where they come from", () => {
    const sides = (body: string) => {
      const minutes = parseMinutes(`# Outage follow-up call\n\nDate: 2026-06-04\n\n${body}\n`);
      return [
        minutes.customer,
        minutes.attendees.map((person) => [
          person.name,
          person.role,
          person.organization,
          person.side,
        ]),
      ];
    };
    const seated = [
      "Tallow Foods",
      [
        ["Ingrid Holm", "Head of IT", "Tallow Foods", "customer"],
        ["Rina Osei", null, "Tallow Foods", "customer"],
        ["Ada Lind", null, null, "vendor"],
        ["Pim Sorensen", null, null, "vendor"],
      ],
    ];
    expect(
      sides(
        "On the call from Tallow Foods were Ingrid Holm (Head of IT) and Rina Osei; from our side, Ada Lind and Pim Sorensen.",
      ),
    ).toEqual(seated);
    expect(
      sides(
        "Joining from Tallow Foods: Ingrid Holm (Head of IT), Rina Osei. From our side: Ada Lind and Pim Sorensen.",
      ),
    ).toEqual(seated);
    expect(
      sides(
        "Call with Ingrid Holm (Head of IT) and Rina Osei from Tallow Foods. From our side: Ada Lind, Pim Sorensen.",
      ),
    ).toEqual(seated);
    // Two organizations and no word of ours: who buys is not said.
    expect(sides("From Tallow Foods, Ingrid Holm; from Brightwater, Ada Lind.")).toEqual([
      null,
      [
        ["Ingrid Holm", null, "Tallow Foods", null],
        ["Ada Lind", null, "Brightwater", null],
      ],
    ]);
    expect(sides("On the call were Ingrid Holm, Rina Osei and Ada Lind.")[1]).toHaveLength(3);
    // "from" before a day or a month, or before no one, seats no one.
    expect(sides("From Monday, Ingrid Holm takes over; from June, Ada Lind leads.")[1]).toEqual([]);
    expect(sides("We heard from Ingrid Holm about the outage.")[1]).toEqual([]);
  });

  it("reads no one from a sentence about presence that names no people", () => {
    expect(
      people(
        "A quorum was present, including proxies. Present were most of the Growth Team and Support. Not present were Kai Lund and Mira Holt.\n",
      ),
    ).toEqual([]);
  });

  it("reads a grid of names and marks as a roll call, the marked present, in Markdown or HTML", () => {
    const names = (body: string) => people(body).map(([name]) => name);
    expect(
      names(
        [
          "**Committee members**",
          "",
          '<table class="confluenceTable"><tbody>',
          "<tr><td><p><span>Ana Ruiz</span></p></td><td><p>Yes</p></td></tr>",
          "<tr><td><p><span>Ben Ode</span></p></td><td><br />",
          "</td></tr>",
          "<tr><td><p><span>Cy Park</span></p></td><td><p>Yes</p></td></tr>",
          "</tbody></table>",
          "",
        ].join("\n"),
      ),
    ).toEqual(["Ana Ruiz", "Cy Park"]);
    expect(
      names(
        [
          "## Attendance",
          "",
          "| Member | Present |",
          "| --- | --- |",
          "| Ana Ruiz | x |",
          "| Ben Ode | |",
          "| Cy Park | ✓ |",
          "",
        ].join("\n"),
      ),
    ).toEqual(["Ana Ruiz", "Cy Park"]);
  });

  it("reads no roll call from a two-column table of anything else", () => {
    expect(
      people(
        [
          "## Status",
          "",
          "| Item | Done |",
          "| --- | --- |",
          "| Send the logs | x |",
          "| Patch the connector | |",
          "| Book the room | x |",
          "",
          "| Speaker | Topic |",
          "| --- | --- |",
          "| Ana Ruiz | Yes |",
          "| Ben Ode | Pricing |",
          "| Cy Park | Yes |",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads 'Name, Organization' bullets as people of that organization where every bullet is so", () => {
    expect(
      people(
        [
          "## Attendees",
          "",
          "1. Ana Ruiz, Acme",
          "2. Ben Ode, Globex Corp",
          "",
          "## Notes",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ana Ruiz", null, null, "Acme"],
      ["Ben Ode", null, null, "Globex Corp"],
    ]);
    // One bullet naming two people, among bullets naming one, is two people.
    expect(
      people(
        ["## Attendees", "", "- Ana Ruiz, Ben Ode", "- Cy Park", "", "## Notes", ""].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Ana Ruiz", "Ben Ode", "Cy Park"]);
  });

  it("reads 'Meeting attendees:' as an attendee label, without the sentence's full stop", () => {
    expect(
      people("Meeting attendees: Ana Ruiz, Ben Ode and Samir N.\n").map(([name]) => name),
    ).toEqual(["Ana Ruiz", "Ben Ode", "Samir N."]);
  });

  it("reads 'Customer: Org (Name, role)' and 'Vendor: Org (Name, role; Name, role)' under a heading title", () => {
    const minutes = parseMinutes(
      [
        "## Escalation call, ticket 4410",
        "",
        "**Customer:** Fernbrook Water (Ines Duarte, IT ops lead)",
        "**Vendor:** Quarry Labs support (Maya Chen, escalation manager; Karl Weiss, engineer)",
        "**When:** 9 April 2026",
        "**Context:** Fernbrook Water (the utility) reported failed exports.",
        "",
      ].join("\n"),
    );
    expect(minutes.customer).toBe("Fernbrook Water");
    expect(
      minutes.attendees.map((attendee) => [
        attendee.name,
        attendee.role,
        attendee.organization,
        attendee.side,
      ]),
    ).toEqual([
      ["Ines Duarte", "IT ops lead", "Fernbrook Water", "customer"],
      ["Maya Chen", "escalation manager", "Quarry Labs support", "vendor"],
      ["Karl Weiss", "engineer", "Quarry Labs support", "vendor"],
    ]);
  });

  it("reads no one from a customer label whose brackets say something else", () => {
    const minutes = parseMinutes(
      "# Escalation call\n\n**Customer:** Fernbrook Water (EU region, since 2019)\n**Date:** 9 April 2026\n",
    );
    expect(minutes.customer).toBe("Fernbrook Water");
    expect(minutes.attendees).toEqual([]);
  });

  it("reads a grid of marks and 'Surname, Given – role' names, several pairs to a row, as a roll call", () => {
    const minutes = parseMinutes(
      [
        "# Weekly status with the county",
        "",
        "Date: 2026-03-05",
        "Facilitator: Ines Duarte",
        "",
        "|  | Attendees |  | Attendees |",
        "|:---:|:---|:---:|:---|",
        "| x | Duarte, Ines V. – County PM | | Weiss, Karl – County CISO |",
        "| | Chen, Maya - Vendor lead | x | Okafor, Bram – Vendor engineer |",
        "| x | Holm, Ingrid – Analyst | | |",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ["Ines V. Duarte", "County PM"],
      ["Bram Okafor", "Vendor engineer"],
      ["Ingrid Holm", "Analyst"],
    ]);
  });

  it("reads no roll call from a grid whose cells are not names", () => {
    const minutes = parseMinutes(
      [
        "# Weekly status",
        "",
        "|  | Topic |  | Topic |",
        "|---|---|---|---|",
        "| x | budget review | x | hiring plan |",
        "| | roadmap | x | office move |",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees).toEqual([]);
  });

  it("reads a line of full names over a transcript whose speakers are their initials", () => {
    const transcript = (names: string) =>
      parseMinutes(
        [
          "Pilot review, Q&A",
          "",
          names,
          "",
          "TL: Are exports kept anywhere?",
          "MS: No, they stream to the client.",
          "TL: Can we keep a log?",
          "AN: Yes, we will log the request path.",
          "",
        ].join("\n"),
      ).attendees.map((attendee) => attendee.name);
    expect(transcript("Tobias Lind, Mira Stone, Ada Novak, Ben Read")).toEqual([
      "Tobias Lind",
      "Mira Stone",
      "Ada Novak",
      "Ben Read",
    ]);
    // Names that no one speaking answers to are a list of something else.
    expect(transcript("Harbor Freight, Quarry Labs, Lumen Health")).toEqual([]);
  });

  it("reads 'On the call:' and people 'from' their organization, a group at a time", () => {
    const on = (value: string) =>
      parseMinutes(
        `# Call with Fernbrook Water, 9 April 2026\n\nOn the call: ${value}\n`,
      ).attendees.map((attendee) => [attendee.name, attendee.organization]);
    expect(
      on("Ines Duarte and Karl Weiss from Fernbrook Water; Maya, Bram and me from our side."),
    ).toEqual([
      ["Ines Duarte", "Fernbrook Water"],
      ["Karl Weiss", "Fernbrook Water"],
      ["Maya", null],
      ["Bram", null],
    ]);
    expect(on("Ines Duarte from Fernbrook Water, Bram Okafor")).toEqual([
      ["Ines Duarte", "Fernbrook Water"],
      ["Bram Okafor", null],
    ]);
    // Words that come from somewhere name no one.
    expect(on("data from the vendor only")).toEqual([]);
    const inThe = (label: string, value: string) =>
      parseMinutes(`# Call, 9 April 2026\n\n${label}: ${value}\n`).attendees.map(
        (attendee) => attendee.name,
      );
    expect(inThe("In the meeting", "InesD, KarlW, Bram Okafor")).toEqual([
      "InesD",
      "KarlW",
      "Bram Okafor",
    ]);
    expect(inThe("In the call", "Ines Duarte, Karl Weiss")).toEqual(["Ines Duarte", "Karl Weiss"]);
    expect(inThe("In the meeting", "we went over the budget and the venue.")).toEqual([]);
  });

  it("reads interviewers and interviewees, and an organization after a person's role", () => {
    expect(
      people(
        "Interviewer: Maya Chen\nInterviewee: Priscilla Yang, Operations Manager, Northgate Clinics\n",
      ),
    ).toEqual([
      ["Maya Chen", null, "Interviewer", null],
      ["Priscilla Yang", null, "Operations Manager", "Northgate Clinics"],
    ]);
    // After a role, a person's name is the next person.
    expect(people("Attendees: Ana Ruiz, PM, Ben Ode\n")).toEqual([
      ["Ana Ruiz", null, "PM", null],
      ["Ben Ode", null, null, null],
    ]);
  });

  it("reads people under a label that the title names as an organization", () => {
    const minutes = parseMinutes(
      [
        "# Vendor review — Brightpath Analytics",
        "",
        "**Meeting date:** 2026-10-02",
        "**Our team:** Hana Sato, Leo Grant",
        "**Brightpath:** Quinn Adler (account exec), Rosa Vidal",
        "**Renewal:** Hana Sato to confirm",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.group])).toEqual([
      ["Hana Sato", "Our team"],
      ["Leo Grant", "Our team"],
      ["Quinn Adler", "Brightpath"],
      ["Rosa Vidal", "Brightpath"],
    ]);
    // A label the title names, over words that are not people, names no one.
    expect(
      parseMinutes("# Vendor review — Brightpath\n\n**Brightpath:** renewal due in November\n")
        .attendees,
    ).toEqual([]);
  });
});

describe("people in front matter and in brackets", () => {
  it("reads 'participants:' records with their organization and role, and the writers' side", () => {
    const minutes = parseMinutes(
      [
        "---",
        "title: Partner call",
        "date: 2026-06-01",
        "participants:",
        "  - name: Aiko Tanaka",
        "    org: Lumen Health",
        "    role: CTO",
        "  - name: Raj Patel",
        "    org: Us",
        "    github: rpatel",
        "  - Ben Ode (Quarry Labs)",
        "  - note: no name here",
        "---",
        "",
        "Notes.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.attendees.map((person) => [
        person.name,
        person.handle,
        person.role,
        person.organization,
      ]),
    ).toEqual([
      ["Aiko Tanaka", null, "CTO", "Lumen Health"],
      ["Raj Patel", "@rpatel", null, null],
      ["Ben Ode", null, null, "Quarry Labs"],
    ]);
  });

  it("reads how someone attended as neither role nor organization, and short role titles as roles", () => {
    expect(
      people(
        "Present: Maria Garcia (remote), Dev Patel (SM), Rhea Gupta (Clerk), Ivo Lenz (joined late, Harbor Freight)",
      ),
    ).toEqual([
      ["Maria Garcia", null, null, null],
      ["Dev Patel", null, "SM", null],
      ["Rhea Gupta", null, "Clerk", null],
      ["Ivo Lenz", null, null, "Harbor Freight"],
    ]);
    // When someone came or went is how they attended too.
    expect(
      people(
        "Present: Maria Garcia (left at 10:30), Dev Patel (joined 9:45 am), Rhea Gupta (from 14:00)",
      ),
    ).toEqual([
      ["Maria Garcia", null, null, null],
      ["Dev Patel", null, null, null],
      ["Rhea Gupta", null, null, null],
    ]);
  });
});

describe("more ways the head and its tables list people", () => {
  it("reads the minute-taker, 'Name, Org, Role' and 'Name — Org — Role'", () => {
    expect(
      people(
        [
          "Chair: Ana Ruiz",
          "Minutes: Ben Ode",
          "Present: Chloe Park, Globex, CTO; Dev Patel — Initech — PM",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ana Ruiz", null, "Chair", null],
      ["Ben Ode", null, "Minutes", null],
      ["Chloe Park", null, "CTO", "Globex"],
      ["Dev Patel", null, "PM", "Initech"],
    ]);
    // Minutes approved are no minute-taker; names with no role after them stay people.
    expect(
      people("Minutes: approved as circulated\nPresent: Chloe Park, Globex, Dana Ode"),
    ).toEqual([
      ["Chloe Park", null, null, null],
      ["Globex", null, null, null],
      ["Dana Ode", null, null, null],
    ]);
  });

  it("leaves out a table row marked absent in its 'Present' column", () => {
    expect(
      people(
        "| Name | Organization | Present |\n|---|---|---|\n| Ana Ruiz | Acme | Y |\n| Ben Ode | Acme | N |\n| Chloe Park | Globex | yes |\n",
      ),
    ).toEqual([
      ["Ana Ruiz", null, null, "Acme"],
      ["Chloe Park", null, null, "Globex"],
    ]);
  });

  it("reads a sentence leading into a list as no one, and a list it says is absent as absent", () => {
    const attending = [
      "## Attending",
      "",
      "* Ingrid Holm (@iholm) - board",
      "* Karl Weiss (@kweiss) - board",
      "",
    ];
    expect(
      people(
        [
          ...attending,
          "Additionally, the following members are not in attendance but support the vote:",
          "",
          "* Omar Haddad (@ohaddad) - board",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
    expect(
      people(
        [
          ...attending,
          "Also, these guests from the vendor joined for the demo:",
          "",
          "* Omar Haddad",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Ingrid Holm", "Karl Weiss", "Omar Haddad"]);
  });

  it("reads a fact label with its value glued on, and no other word before a colon", () => {
    expect(people("Attendees:Ingrid Holm (partner) and Karl Weiss\n")).toEqual([
      ["Ingrid Holm", null, "partner", null],
      ["Karl Weiss", null, null, null],
    ]);
    expect(people("Note:Ingrid Holm is away\n")).toEqual([]);
  });

  it("reads 'Attendees (Org):' lines and 'Members present:', but no quorum", () => {
    expect(
      people(
        "Attendees (Quarry Labs): Ingrid Holm, Karl Weiss\nAttendees (Fernbrook): Omar Haddad\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, null, "Quarry Labs"],
      ["Karl Weiss", null, null, "Quarry Labs"],
      ["Omar Haddad", null, null, "Fernbrook"],
    ]);
    expect(
      people("Board members present: Ingrid Holm, Karl Weiss\nQuorum present: Yes\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
  });

  it("reads given names written in lower case on an attendee line, and no group words", () => {
    expect(people("Attending: ingrid, karl, omar\n").map(([name]) => name)).toEqual([
      "ingrid",
      "karl",
      "omar",
    ]);
    expect(people("Present: all, team\n")).toEqual([]);
  });

  it("reads a meeting duty or a department after a name as the role, not an organization", () => {
    expect(
      people(
        "Present: Ingrid Holm (chair), Karl Weiss (minutes), Omar Haddad - Eng, Lea Roy - Fernbrook\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, "chair", null],
      ["Karl Weiss", null, "minutes", null],
      ["Omar Haddad", null, "Eng", null],
      ["Lea Roy", null, null, "Fernbrook"],
    ]);
  });

  it("reads 'Full Name, Company' on every bullet as person and organization, whatever the company's words", () => {
    expect(
      people(
        "## Attendees\n\n* Ingrid Holm, Quarry Cloud\n* Karl Weiss, Fernbrook Water UI\n* Omar Haddad, Acme\n",
      ),
    ).toEqual([
      ["Ingrid Holm", null, null, "Quarry Cloud"],
      ["Karl Weiss", null, null, "Fernbrook Water UI"],
      ["Omar Haddad", null, null, "Acme"],
    ]);
    expect(
      people(
        "## Attendees\n\n* Ingrid Holm, Product Manager\n* Karl Weiss, CTO\n* Omar Haddad, Acme\n",
      ).map(([name, , role, organization]) => [name, role, organization]),
    ).toEqual([
      ["Ingrid Holm", "Product Manager", null],
      ["Karl Weiss", "CTO", null],
      ["Omar Haddad", null, "Acme"],
    ]);
  });

  it("reads the people under a role's own heading as attendees", () => {
    expect(
      people(
        "## Chair\n\n* Ingrid Holm\n\n## Present\n\n* Karl Weiss\n\n## Scribes\n\n* Karl Weiss\n",
      ).map(([name]) => name),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
  });

  it("reads the attendee label among a template's facts split by bars, and no other label there", () => {
    expect(
      parseMinutes(
        "Partner sync\nMar 5, 2026 | Attendees: Ingrid Holm, Karl Weiss\n\nNotes\n* Pricing is live\n",
      ).attendees.map((attendee) => attendee.name),
    ).toEqual(["Ingrid Holm", "Karl Weiss"]);
    expect(
      parseMinutes("Partner sync\nMar 5, 2026 | Topics: Ingrid Holm, Karl Weiss\n").attendees,
    ).toEqual([]);
  });
});

describe("a roll call of member organizations, then the note's topics in bold", () => {
  const note = [
    "### Roll call",
    "",
    "**Voting members**",
    "",
    "* Quarry - Ana Ruiz + / Ben Ode",
    "* Globex - Kim Lee",
    "* Initech - Dev Patel",
    "* Red Fern - Omar Haddad",
    "",
    "**Other attendees**",
    "",
    "* Sara Holm (Umbrella)",
    "",
    "**Welcome new members**",
    "",
    "Tomas Berg (Acme) introduced himself.",
    "",
    "**Release plan**",
    "",
    "* Question: why not ship it in May?",
    "* Kim Lee will draft the release notes.",
    "",
  ].join("\n");

  it("reads each organization's representative, and no one from the topics after the roster", () => {
    expect(people(note).map(([name, , , group]) => [name, group])).toEqual([
      ["Ana Ruiz", "Voting members"],
      ["Kim Lee", "Voting members"],
      ["Dev Patel", "Voting members"],
      ["Omar Haddad", "Voting members"],
      // A sub-heading that is itself an attendee label heads a list of its own.
      ["Sara Holm", "Umbrella"],
    ]);
    const minutes = parseMinutes(titled(note));
    expect(minutes.attendees.map((person) => person.organization)).toEqual([
      "Quarry",
      "Globex",
      "Initech",
      "Red Fern",
      "Umbrella",
    ]);
    // The topic's work is read, as under any heading.
    expect(minutes.actionItems.map((task) => [task.text, task.owners.map((o) => o.name)])).toEqual([
      ["Kim Lee will draft the release notes", ["Kim Lee"]],
    ]);
  });

  it("reads a list of people then their organizations the usual way round", () => {
    expect(
      people("## Attendees\n\n- Ana Ruiz - Acme\n- Ben Ode - Globex\n- Kim Lee - Initech\n").map(
        ([name]) => name,
      ),
    ).toEqual(["Ana Ruiz", "Ben Ode", "Kim Lee"]);
  });
});

describe("sign-up sheets, course labels and wiki profile links", () => {
  it("reads a sign-up line's fields: the name, the handle and the organization", () => {
    expect(
      people(
        "## Attendees\n\nYour name / GitHub ID / affiliation\n\n* Ana Ruiz / @aruiz / Quarry Labs\n* Ben Ode / `@bode`\n*\n*  /\n",
      ),
    ).toEqual([
      ["Ana Ruiz", "@aruiz", null, "Quarry Labs"],
      ["Ben Ode", "@bode", null, null],
    ]);
    // Without a handle among the fields the line is no sign-up: no one is read as a field.
    expect(people("## Attendees\n\n* Ana Ruiz / Ben Ode\n* Kim Lee\n")).toEqual([
      ["Kim Lee", null, null, null],
    ]);
  });

  it("reads the people a course's meeting log names by its labels", () => {
    expect(
      people("* **ASSISTANTS:** Lena Roth\n* **GROUP MEMBER ATTENDANCE:** Ana Ruiz, Ben Ode\n"),
    ).toEqual([
      ["Lena Roth", null, "ASSISTANTS", null],
      ["Ana Ruiz", null, null, null],
      ["Ben Ode", null, null, null],
    ]);
  });

  it("reads profile links side by side, and a plain name between them", () => {
    const minutes = parseMinutes(
      titled(
        "Attendees: [Ines Dahl](https://wiki.example.org/wiki/people/5a98?ref=confluence) Oskar Lind [Mei Sato](https://wiki.example.org/wiki/people/712020?ref=confluence) Paul Roy\n",
      ),
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual([
      "Ines Dahl",
      "Oskar Lind",
      "Mei Sato",
      "Paul Roy",
    ]);
  });

  it("reads a document's person chips, links to write to each, side by side as people", () => {
    const minutes = parseMinutes(
      titled(
        [
          "**Attendees:** [Ines Dahl](mailto:ines@example.org) [Oskar Lind](mailto:oskar%40example.org?subject=Sync) [mei@example.org](mailto:mei@example.org)",
          "",
          "## Action items",
          "",
          "- [ ] Contact [Paul Roy](mailto:paul@example.org) about the venue",
          "- [ ] [Oskar Lind](mailto:oskar@example.org) to book the room",
          "",
        ].join("\n"),
      ),
    );
    // A chip gives its person's address; an address alone, the person its mailbox is named after.
    expect(minutes.attendees.map((person) => [person.name, person.email])).toEqual([
      ["Ines Dahl", "ines@example.org"],
      ["Oskar Lind", "oskar@example.org"],
      ["Mei", "mei@example.org"],
    ]);
    // Whom to write to is not who does the work.
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      ["Contact Paul Roy about the venue", []],
      ["Oskar Lind to book the room", ["oskar-lind"]],
    ]);
  });
});

describe("a register's names and a 'Who:' at the head of the note", () => {
  it("reads 'Surname, Given name' between semicolons as one person each, and no company", () => {
    expect(people("Attendees: Lee, Kim; Ode, Ben\n").map(([name]) => name)).toEqual([
      "Kim Lee",
      "Ben Ode",
    ]);
    expect(people("Attendees: Acme, Inc; Initech, LLC\n")).toEqual([]);
  });

  it("reads 'Who:' under the title as the people there, but not under a task", () => {
    expect(
      parseMinutes("# Sync 2024-03-06\n\nWho: Kim, Ben, Ana\n\n## Notes\n\n- ok\n").attendees.map(
        (person) => person.name,
      ),
    ).toEqual(["Kim", "Ben", "Ana"]);
    expect(
      parseMinutes(
        "# Sync 2024-03-06\n\n## Actions\n\n- Book the venue\n  - Who: Kim\n",
      ).attendees.map((person) => person.name),
    ).toEqual([]);
  });

  it("reads a name written in given and family name columns, and no one a sentence says may lose their seat", () => {
    const body = [
      "## Attendance",
      "",
      "- Quorum was reached with 3 voting members present.",
      "- Two members could lose their voting status by missing the next meeting",
      "  - Tove Berg",
      "  - Kai Nakamura",
      "",
      "### Members",
      "",
      "| First Name | Last Name | Affiliation | Role | Present |",
      "| --- | --- | --- | --- | --- |",
      "| Ingrid | Dahl | Quarry Labs | Chair | Present |",
      "| Tove | Berg | Fernbrook | Member | Absent |",
      "| Omar | Haddad | Individual | Secretary | Present |",
      "",
    ].join("\n");
    expect(people(body)).toEqual([
      ["Ingrid Dahl", null, "Chair", "Quarry Labs"],
      ["Omar Haddad", null, "Secretary", "Individual"],
    ]);
  });

  it("reads an organization in square brackets after a name, and usernames joined by underscores", () => {
    const body = [
      "## Attendees (by chat name)",
      "",
      "* Jonas Weber [Quarry Labs]",
      "* kim_lee",
      "* Ana_Ruiz [Fernbrook]",
      "* _Ben Ode_",
      "* Tove Berg [remote]",
      "* the agenda [link]",
      "",
    ].join("\n");
    expect(people(body)).toEqual([
      ["Jonas Weber", null, null, "Quarry Labs"],
      ["kim_lee", null, null, null],
      ["Ana_Ruiz", null, null, "Fernbrook"],
      ["Ben Ode", null, null, null],
      ["Tove Berg", null, null, null],
    ]);
  });

  it("reads a wiki export's definition-list entries (':   Members present: ...') as the labels they are", () => {
    const note = [
      "## Time and Location",
      "",
      ":   Date: March 3rd, 2021",
      ":   Called to order at 6:15 pm by Ines",
      ":   Members present: (3) Ines, Omar, Tove",
      ":   Remote: none",
      ":   Others present: Kai Berg",
      "",
      "## Actions",
      "",
      "- Omar to meet the landlord in the month of April",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect(minutes.date).toBe("2021-03-03");
    expect(minutes.attendees.map((person) => person.name)).toEqual([
      "Ines",
      "Omar",
      "Tove",
      "Kai Berg",
    ]);
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Omar to meet the landlord in the month of April", "2021-04-30"],
    ]);
  });

  it("reads each line's fields as the heading declares them: 'Attendees: Name / Institute / Project'", () => {
    const body = [
      "### Attendees: Name / Institute / Project / handles if you like",
      "",
      "- Ines Dahl / Quarry Labs / t: idahl / gh @idahl",
      "- Omar Haddad / Fernbrook",
      "- Tove",
      "",
      "### Attendees: Ana Ruiz, Ben Ode",
      "",
      "- Discussed the roadmap",
      "",
    ].join("\n");
    expect(people(body)).toEqual([
      ["Ines Dahl", null, null, "Quarry Labs"],
      ["Omar Haddad", null, null, "Fernbrook"],
      ["Tove", null, null, null],
      ["Ana Ruiz", null, null, null],
      ["Ben Ode", null, null, null],
    ]);
  });

  it("reads roster paragraphs of a name, its organization and a contact after a colon, and no topic after them", () => {
    const note = [
      "Date: October 10, 2019",
      "",
      "Attendees:",
      "",
      "Ines Dahl (Quarry Labs)     : [redacted]",
      "",
      "Omar Haddad (Fernbrook)   : omar@fernbrook.example",
      "",
      "Tove Berg : +44 20 7946 0000",
      "",
      "- Introductions.",
      "- Roadmap review",
      "",
    ].join("\n");
    expect(
      parseMinutes(note).attendees.map((person) => [
        person.name,
        person.organization,
        person.email,
      ]),
    ).toEqual([
      ["Ines Dahl", "Quarry Labs", null],
      ["Omar Haddad", "Fernbrook", "omar@fernbrook.example"],
      ["Tove Berg", null, null],
    ]);
  });

  it("reads a heading of three or more full names under the title as who came, and no heading of topics or two names", () => {
    const names = (heading: string) =>
      parseMinutes(
        [
          "# Data standards call",
          "",
          "### 2025-02-03",
          "",
          `##### ${heading}`,
          "",
          "#### Notes",
          "",
          "- Ines to draft the schema",
          "",
        ].join("\n"),
      ).attendees.map((person) => person.name);
    expect(names("Ines Dahl, Omar Haddad, Tove Berg and Lena Vos")).toEqual([
      "Ines Dahl",
      "Omar Haddad",
      "Tove Berg",
      "Lena Vos",
    ]);
    expect(names("Release Notes, Code Review, Test Plans")).toEqual([]);
    expect(names("Ines Dahl and Omar Haddad")).toEqual([]);
    expect(names("Ines, Omar, Tove")).toEqual([]);
  });

  it("reads a label after an icon, and a list of lower-case handles with asides under it, but no list of topics", () => {
    const minutes = parseMinutes(
      [
        "# Organisers' call",
        "",
        ":date: **Date:** Saturday, 14 September 2024  ",
        ":busts_in_silhouette: **Attendance:**",
        "- rosa",
        "- theo (first half only)",
        "- mkaur",
        "",
        "📌 **Agenda:**",
        "- budget",
        "- venue",
        "",
      ].join("\n"),
    );
    expect(minutes.date).toBe("2024-09-14");
    expect(minutes.attendees.map((person) => person.name)).toEqual(["rosa", "theo", "mkaur"]);
  });

  it("reads a roll call of ticked boxes under any heading, and leaves a checklist of work alone", () => {
    expect(
      people(
        "## Voting members\n\n- [x] Dana Ilse\n- [ ] ~~Rolf Amsel~~\n- [x] Tereza Nohl\n- [ ] Ana Costa\n\n## Notes\n\n- The budget was approved.\n",
      ).map(([name]) => name),
    ).toEqual(["Dana Ilse", "Tereza Nohl"]);
    expect(
      people(
        "## Preparation\n\n- [x] Book the room\n- [x] Send the agenda\n- [ ] Print the badges\n",
      ),
    ).toEqual([]);
    expect(
      people(
        "Attendees: Dana Ilse, Ana Costa\n\n## Voting members\n\n- [x] Dana Ilse\n- [x] Tereza Nohl\n- [ ] Ana Costa\n",
      ).map(([name]) => name),
    ).toEqual(["Dana Ilse", "Ana Costa"]);
  });

  it("reads a list item written as a heading, and people listed under a group inside a roll call", () => {
    const minutes = parseMinutes(
      [
        "# Partner kickoff",
        "",
        "- ### Date: `2026-02-10`",
        "- ### Participants:",
        "  - Oskar",
        "  - Bea",
        "  - Harbour Trust representatives",
        "    - Dana Ilse (Programme manager)",
        "    - Ottilie Amsel",
        "  - Former mentors",
        "    - Ana Costa",
        "",
        "## Summary",
        "",
        "- The partner showed us how members renew online.",
        "",
      ].join("\n"),
    );
    expect(minutes.date).toBe("2026-02-10");
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.group])).toEqual([
      ["Oskar", null],
      ["Bea", null],
      ["Dana Ilse", "Harbour Trust representatives"],
      ["Ottilie Amsel", "Harbour Trust representatives"],
    ]);
  });

  it("reads no people under a topic that merely speaks of participants", () => {
    expect(
      people(
        "## Goals\n\n- Reach more participants this year\n  - Which regions do we miss?\n    - Lagos\n    - Quito\n",
      ),
    ).toEqual([]);
  });
});

describe("a roll call written as a list item over a paragraph of names", () => {
  const minutes = parseMinutes(
    [
      "# Working party 2026-02-10",
      "",
      "- Attendees",
      "",
      "  Dara (Northwind)",
      "  Livia Brandt (Acme Labs)",
      "  Ilya Marek",
      "",
      "- Catering",
      "",
      "  Dara will book the caterer for the spring fair.",
      "",
      "- Regrets",
      "",
      "  Tomasz Wren",
      "",
    ].join("\n"),
  );

  it("reads a name on each line, with its organization, and the note goes on after it", () => {
    expect(
      minutes.attendees.map((attendee) => [attendee.name, attendee.organization ?? null]),
    ).toEqual([
      ["Dara", "Northwind"],
      ["Livia Brandt", "Acme Labs"],
      ["Ilya Marek", null],
    ]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([["Dara will book the caterer for the spring fair", ["dara"]]]);
  });

  it("reads 'Name, Organization' bullets under a participants bullet as people and where they work", () => {
    const shape = (label: string) =>
      people(
        [
          "## Notes",
          "",
          label,
          "  - Odile Brandt, Harrow Valley Cooperative",
          "  - Piet Lammers, Quillon",
          "  - Rosa Tenorio, Fenwick Labs/Open Mesh",
          "- Odile will send the draft",
          "",
        ].join("\n"),
      );
    const expected = [
      ["Odile Brandt", null, null, "Harrow Valley Cooperative"],
      ["Piet Lammers", null, null, "Quillon"],
      ["Rosa Tenorio", null, null, "Fenwick Labs/Open Mesh"],
    ];
    expect(shape("- **Participants**")).toEqual(expected);
    expect(shape("- **Attendees:**")).toEqual(expected);
    expect(shape("- Present:")).toEqual(expected);
  });

  it("keeps two people on a participants bullet two people when the list is not of that shape", () => {
    expect(
      people(
        [
          "## Notes",
          "",
          "- Present:",
          "  - Odile Brandt, Piet Lammers",
          "  - Rosa Tenorio",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Odile Brandt", "Piet Lammers", "Rosa Tenorio"]);
  });
});

describe("guests under a heading of their own", () => {
  it("lists the people under 'Guests' or 'Observers' beside the attendees, and not those under 'Guest speakers'", () => {
    const body = [
      "## Attendees",
      "",
      "- Ines Wolf",
      "",
      "## Guests",
      "",
      "- Tomas Varga (Harbor Analytics)",
      "",
      "## Observers",
      "",
      "- Lea Brandt",
      "",
      "## Guest speakers",
      "",
      "- Pat Okoye on the migration",
      "",
    ].join("\n");
    expect(people(body).map(([name]) => name)).toEqual(["Ines Wolf", "Tomas Varga", "Lea Brandt"]);
  });
});

describe("who came, told before who was away or in a sentence wrapped onto the next lines", () => {
  it("reads a list of people right before an apologies label as the attendees, whether the label heads a part or not", () => {
    const roster = [
      "Our spring assembly met on Tuesday 10th March 2026.",
      "",
      "  - Ines Wolf (Chair, `iw12`)",
      "  - Tomas Varga (Treasurer)",
      "  - Lea Brandt (Secretary)",
      "",
    ];
    const asHeading = [...roster, "Apologies for Absence", "", "  - Pat Okoye (Member)", ""];
    const asLine = [...roster, "Apologies for absence", "- Pat Okoye (Member)", ""];
    for (const body of [asHeading, asLine])
      expect(people(body.join("\n")).map(([name, , role]) => [name, role])).toEqual([
        ["Ines Wolf", "Chair"],
        ["Tomas Varga", "Treasurer"],
        ["Lea Brandt", "Secretary"],
      ]);
    // Without a list of who was away, a list of people is what the note is about, no roll call.
    expect(people(roster.join("\n"))).toEqual([]);
  });

  it("reads 'Present were:' with its names wrapped onto the next line", () => {
    expect(
      people(
        "## Minutes\n\nPresent were: [Ines Wolf][iw], [Tomas Varga][tv],\n[Lea Brandt][lb] and [Pat Okoye][po] - Clerk\n\n[iw]: https://example.org/iw\n[tv]: https://example.org/tv\n[lb]: https://example.org/lb\n[po]: https://example.org/po\n",
      ).map(([name]) => name),
    ).toEqual(["Ines Wolf", "Tomas Varga", "Lea Brandt", "Pat Okoye"]);
  });
});

describe("a bullet written family name first among people written given name first", () => {
  it("is one person, named given name first, while a full name and a comma and one word stays a person and their organization", () => {
    const body = [
      "## Attendance",
      "",
      "* Len Okafor",
      "* Okafor, Mira",
      "* O'Brien, Tess",
      "* Jon Brandt, Quillon",
      "",
    ].join("\n");
    expect(people(body).map(([name, , , organization]) => [name, organization])).toEqual([
      ["Len Okafor", null],
      ["Mira Okafor", null],
      ["Tess O'Brien", null],
      ["Jon Brandt", "Quillon"],
    ]);
  });

  it("reads a family name after its particles and a given name's initial in such a list", () => {
    const body = [
      "## Attendance",
      "",
      "* Len Okafor",
      "* Okafor, Mira",
      "* van Dam, Pia",
      "* Moss, J.",
      "",
    ].join("\n");
    expect(people(body).map(([name]) => name)).toEqual([
      "Len Okafor",
      "Mira Okafor",
      "Pia van Dam",
      "J. Moss",
    ]);
  });
});

describe("a roster line that opens with the person's initials", () => {
  it("reads the initials, the name, a handle in its own part and the organization as one person", () => {
    const body = [
      "## Attendees",
      "",
      "1. IW, Ines Wolf (@iwolf), Quarry Labs, core team",
      "2. TV, Tomas Varga, (@tvarga), Harbor Analytics",
      "3. LB, Lea Brandt, Northwind",
      "",
    ].join("\n");
    const read = parseMinutes(titled(body)).attendees.map((attendee) => [
      attendee.name,
      attendee.handle,
      attendee.abbreviation,
      attendee.organization,
    ]);
    expect(read).toEqual([
      ["Ines Wolf", "@iwolf", "IW", "Quarry Labs"],
      ["Tomas Varga", "@tvarga", "TV", "Harbor Analytics"],
      ["Lea Brandt", null, "LB", "Northwind"],
    ]);
  });

  it("takes no capitals that are not the name's initials for them", () => {
    const read = parseMinutes(
      titled("## Attendees\n\n1. QA, Tomas Varga\n2. Ines Wolf\n"),
    ).attendees;
    expect(read.map((attendee) => attendee.abbreviation)).not.toContain("QA");
    expect(read.map((attendee) => attendee.name)).toContain("Ines Wolf");
  });
});

describe("a roll call of member institutions under an attendees heading", () => {
  it("names no one where most bullets name a place of work, and keeps people listed beside them", () => {
    const institutions = [
      "## Attendees",
      "",
      "* QRX Lyon (microscopy)",
      "* University of Lisbon",
      "* Imaging Centre Porto",
      "* NBL Ghent",
      "* Harbor Labs",
      "",
    ].join("\n");
    expect(people(institutions)).toEqual([]);
    const mixed = [
      "## Attendees",
      "",
      "* Ines Wolf (University of Lisbon)",
      "* Tomas Varga",
      "* Lea Brandt",
      "* Imaging Centre Porto",
      "",
    ].join("\n");
    // One place of work among people is no roll call of institutions: the people stay.
    expect(people(mixed).map(([name]) => name)).toEqual(
      expect.arrayContaining(["Ines Wolf", "Tomas Varga", "Lea Brandt"]),
    );
  });
});

describe("a bracket after a name that parts its fields with a dash or after a handle", () => {
  it("reads the handle and the group or organization, as with commas", () => {
    const body = [
      "## Present",
      "",
      "Ines Wolf (@iwolf - Docs team)",
      "Tomas Varga (@tvarga Harbor Analytics)",
      "Lea Brandt (Observer, End-user feedback)",
      "",
    ].join("\n");
    expect(
      parseMinutes(titled(body)).attendees.map((a) => [a.name, a.handle, a.organization, a.role]),
    ).toEqual([
      ["Ines Wolf", "@iwolf", "Docs team", null],
      ["Tomas Varga", "@tvarga", "Harbor Analytics", null],
      ["Lea Brandt", null, "End-user feedback", "Observer"],
    ]);
  });
});

describe("a sign-in sheet whose fields are tagged or shaped as what they hold", () => {
  it("reads the name first on each line, and only where a field is a sign-in sheet's", () => {
    const body = [
      "## Participants",
      "",
      "1. Ines Wolf / :email: [redacted] / :clock4: UTC+1 / she/her / :octopus: iwolf",
      "2. Tomas Varga / he/him / :bird: tvarga / :clock4: UTC-4",
      "3. Lea Brandt / :e-mail: [redacted] / :octopus: lbrandt",
      "",
    ].join("\n");
    expect(people(body).map(([name]) => name)).toEqual(["Ines Wolf", "Tomas Varga", "Lea Brandt"]);
    // Names parted by slashes with no field of a sign-in sheet are not read as one person's fields.
    const slashed = people(
      "## Participants\n\n- Ines Wolf / Tomas Varga / Lea Brandt\n- Pat Okoye\n",
    );
    expect(slashed.map(([name]) => name)).not.toContain("Ines Wolf");
  });
});

describe("who joined from afar, labelled by where", () => {
  it("reads 'Members remote:' and 'Attendees online:' as attendee labels, beside 'Others present:'", () => {
    const body = [
      "Members remote: Ines, Tomas",
      "",
      "Attendees online: Lea Brandt",
      "",
      "Others present: Pat Okoye",
      "",
      "Remote work policy: still under review",
      "",
    ].join("\n");
    expect(people(body).map(([name]) => name)).toEqual([
      "Ines",
      "Tomas",
      "Lea Brandt",
      "Pat Okoye",
    ]);
  });
});

describe("one name per line under the title, with no label", () => {
  const names = (markdown: string) =>
    parseMinutes(markdown).attendees.map((attendee) => [attendee.name, attendee.organization]);

  it("is who came, when the lines open the note and most carry a family name", () => {
    expect(
      names(
        "# Seed bank call\nMarch 5, 2026\n\nRosa Lindqvist  \nTariq Bello  \nMeret Aalto (Kew)  \nIlse (Botanic Trust)  \n\n- Tariq brought the freezer logs\n",
      ),
    ).toEqual([
      ["Rosa Lindqvist", null],
      ["Tariq Bello", null],
      ["Meret Aalto", "Kew"],
      ["Ilse", "Botanic Trust"],
    ]);
  });

  it("is nothing when the lines are topics, too few, or come after the discussion starts", () => {
    expect(
      names(
        "# Seed bank call\n\nBudget review  \nVenue options  \nNext steps  \n\n- Venue is open\n",
      ),
    ).toEqual([]);
    expect(
      names("# Seed bank call\n\nRosa Lindqvist  \nTariq Bello  \n\n- Notes follow\n"),
    ).toEqual([]);
    expect(
      names(
        "# Seed bank call\n\n## Notes\n\n- The freezer failed\n\n## Later\n\n- More notes\n\nRosa Lindqvist  \nTariq Bello  \nMeret Aalto\n",
      ),
    ).toEqual([]);
  });
});

describe("a name the person also goes by", () => {
  it("keeps it in the name as written, inside the name or as the same surname again, and resolves either name", () => {
    const minutes = parseMinutes(
      titled(
        [
          "## Attendees",
          "",
          "- [x] Wen Li (Kiri) Chen",
          "- [x] Sam Cho (Minjun Cho)",
          "- [x] Dana Ilse (Initech Corp)",
          "- [x] Tom Becker (Product Owner)",
          "",
          "## Action items",
          "",
          "- Kiri to send the notes",
          "- Wen Li Chen to book the room",
          "- Minjun to check the invoice",
          "",
        ].join("\n"),
      ),
    );
    expect(
      minutes.attendees.map((attendee) => [attendee.name, attendee.organization, attendee.role]),
    ).toEqual([
      ["Wen Li (Kiri) Chen", null, null],
      ["Sam Cho (Minjun Cho)", null, null],
      ["Dana Ilse", "Initech Corp", null],
      ["Tom Becker", null, "Product Owner"],
    ]);
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.attendeeId))).toEqual(
      [["wen-li-kiri-chen"], ["wen-li-kiri-chen"], ["sam-cho-minjun-cho"]],
    );
  });
});

describe("a user name in lower case with where they work in square brackets", () => {
  it("is the person, and the bracket their organization, written against the name or apart", () => {
    const mixed = [
      "## Attendees",
      "",
      "* tovek[Harbor Analytics]",
      "* Ines Wolf [Quarry Labs]",
      "* Lea Brandt",
      "",
    ];
    expect(
      people(mixed.join("\n")).map(([name, , , organization]) => [name, organization]),
    ).toEqual([
      ["tovek", "Harbor Analytics"],
      ["Ines Wolf", "Quarry Labs"],
      ["Lea Brandt", null],
    ]);
    const lower = ["## Attendees", "", "* tovek[Northwind]", "* ines_w", "* lbrandt (late)", ""];
    expect(
      people(lower.join("\n")).map(([name, , , organization]) => [name, organization]),
    ).toEqual([
      ["tovek", "Northwind"],
      ["ines_w", null],
      ["lbrandt", null],
    ]);
  });
});

describe("a stand-up's headings", () => {
  it("reads each person heading their own report as an attendee, where no list names them", () => {
    const report = (heading: string) =>
      [
        `## ${heading}`,
        "",
        "- Yesterday: closed two tickets",
        "- Today: the export",
        "- Blockers: none",
        "",
      ].join("\n");
    expect(
      people(
        [
          "# Daily stand-up 2026-12-02",
          "",
          report("Tamsin"),
          report("@bokoye"),
          report("Ingrid Holm"),
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Tamsin", "@bokoye", "Ingrid Holm"]);
    // Teams reporting, one person alone, and a list that names the people elsewhere.
    expect(
      people(["# Retro", "", report("Infrastructure"), report("Frontend")].join("\n")),
    ).toEqual([]);
    expect(
      people(["# Stand-up", "", report("Tamsin"), "## Notes", "", "- Fine", ""].join("\n")),
    ).toEqual([]);
    expect(
      people(
        ["# Stand-up", "", "Present: Wen Castillo", "", report("Tamsin"), report("Ingrid")].join(
          "\n",
        ),
      ).map(([name]) => name),
    ).toEqual(["Wen Castillo"]);
  });

  it("reads a name in bold on its own line as a report's heading, and a report of one label beside others", () => {
    const minutes = parseMinutes(
      [
        "## Stand-up 2026-12-02",
        "",
        "**Tamsin**",
        "- Yesterday: closed two tickets",
        "- Today: write the export script",
        "",
        "**Ingrid**",
        "- Today: give Tamsin access to staging by noon",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Tamsin", "Ingrid"]);
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.name, task.due])).toEqual([
      ["write the export script", "Tamsin", null],
      ["give Tamsin access to staging by noon", "Ingrid", "2026-12-02T12:00"],
    ]);
  });

  it("reads a name heading a list beside the reports as one more report, though it uses no label", () => {
    const minutes = parseMinutes(
      [
        "# Stand-up 2026-12-02",
        "",
        "**Tamsin**",
        "- Done: closed two tickets",
        "- Next: write the export script",
        "",
        "**Ingrid**",
        "- Done: the billing review",
        "- Blockers: none",
        "",
        "**Rina**",
        "- Will give Tamsin access to staging today",
        "- Away on Friday",
        "",
        "**Pim**",
        "- OOO today",
        "",
        "**Follow-ups**",
        "- Check the quota",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Tamsin", "Ingrid", "Rina"]);
    expect(
      minutes.actionItems
        .filter((task) => task.text.startsWith("Will give"))
        .map((task) => [task.owners[0]?.name, task.due]),
    ).toEqual([["Rina", "2026-12-02"]]);
    // Pim's report says he was away; without the reports around it, a bold name seats no one.
    expect(parseMinutes("# Sync\n\n**Rina**\n- Will give Tamsin access today\n").attendees).toEqual(
      [],
    );
  });
});

describe("a roster of name, organization and role", () => {
  it("reads each bullet as one person, whatever the organization's name looks like", () => {
    expect(
      people(
        [
          "## Participants",
          "",
          "* Ana Lippo, Harwick Corporation,  Chair",
          "* Ben Mann, Sorrel Ltd, Voting Member",
          "* Cal Fraser, Sorrel Ltd",
          "* Dee Marr, Fenwick Widgets, Observer (maintainer)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ana Lippo", null, "Chair", "Harwick Corporation"],
      ["Ben Mann", null, "Voting Member", "Sorrel Ltd"],
      ["Cal Fraser", null, null, "Sorrel Ltd"],
      ["Dee Marr", null, "Observer (maintainer)", "Fenwick Widgets"],
    ]);
  });

  it("reads a name ending as an organization's after a person as where they work", () => {
    expect(
      people(
        [
          "Meeting chair: Ivo Marsh, Harbor Foundation",
          "Present: Ana Lippo, Ben Mann, Quarry Labs; Cal Fraser",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ivo Marsh", null, "Meeting chair", "Harbor Foundation"],
      ["Ana Lippo", null, null, null],
      ["Ben Mann", null, null, "Quarry Labs"],
      ["Cal Fraser", null, null, null],
    ]);
  });

  it("still reads three people on a bullet as three", () => {
    expect(
      people(["## Participants", "", "* Ana Lippo, Ben Mann, Cal Fraser", ""].join("\n")).map(
        ([name]) => name,
      ),
    ).toEqual(["Ana Lippo", "Ben Mann", "Cal Fraser"]);
  });
});

describe("a recorder's list of speakers", () => {
  it("reads 'Speakers:' as who took part", () => {
    expect(
      people("Speakers: Erik Solberg, Hana Ito (Acme), Marcus Webb\n").map(([name]) => name),
    ).toEqual(["Erik Solberg", "Hana Ito", "Marcus Webb"]);
  });
});

describe("people who came late or left early", () => {
  it("are attendees; those not attending are not", () => {
    expect(
      people(
        [
          "Attendees: Greta Holm, Sam Oyelaran",
          "Joining late: Ravi Menon; Dana Ilse",
          "Left early: Lena Fischer",
          "Not attending: Paul Stone",
          "",
        ].join("\n"),
      ).map(([name]) => name),
    ).toEqual(["Greta Holm", "Sam Oyelaran", "Ravi Menon", "Dana Ilse", "Lena Fischer"]);
  });
});

describe("a roll call set apart by semicolons", () => {
  it("leaves out who was away and keeps the rest", () => {
    expect(
      people(
        "Attendance: Greta Holm (chair); Sam Oyelaran, Harbor Labs; Ravi Menon (absent)\n",
      ).map(([name, , role, organization]) => [name, role, organization]),
    ).toEqual([
      ["Greta Holm", "chair", null],
      ["Sam Oyelaran", null, "Harbor Labs"],
    ]);
  });

  const tallowAndKestrel = (organization: string | null) => [
    ["Rina Osei", "Tallow Foods", "customer"],
    ["Paul Gray", "Tallow Foods", "customer"],
    ["Ada Lind", organization, "vendor"],
  ];
  it.each([
    [
      "**Tallow Foods (client):** Rina Osei, Paul Gray\n**Kestrel:** Ada Lind",
      tallowAndKestrel("Kestrel"),
    ],
    [
      "**Tallow Foods:** Rina Osei, Paul Gray\n**Kestrel (us):** Ada Lind",
      tallowAndKestrel("Kestrel"),
    ],
    [
      "Who joined: from Tallow Foods, Rina Osei (Procurement Lead) and Paul Gray; from our side, Ada Lind.",
      tallowAndKestrel(null),
    ],
    [
      "## Attendees\n\n- From Tallow Foods: Rina Osei, Paul Gray\n- From our side: Ada Lind",
      tallowAndKestrel(null),
    ],
    // Two organizations with no side said: nobody is seated.
    [
      "## Attendees\n\n- From Tallow Foods: Rina Osei, Paul Gray\n- From Kestrel: Ada Lind, Ben Ode",
      [
        ["Rina Osei", "Tallow Foods", null],
        ["Paul Gray", "Tallow Foods", null],
        ["Ada Lind", "Kestrel", null],
        ["Ben Ode", "Kestrel", null],
      ],
    ],
  ])(
    "seats people by the side their organization's label or a sentence gives: %j",
    (lines, seated) => {
      const minutes = parseMinutes(`# Handover call\n\nDate: 2026-12-08\n\n${lines}\n`);
      expect(
        minutes.attendees.map((person) => [person.name, person.organization, person.side]),
      ).toEqual(seated);
    },
  );

  it("reads a buyer's or an accountant's job in brackets as a role, not an organization", () => {
    expect(
      people("Attendees: Rina Osei (buyer), Paul Gray (Finance), Ada Lind (Tallow Foods)\n"),
    ).toEqual([
      ["Rina Osei", null, "buyer", null],
      ["Paul Gray", null, "Finance", null],
      ["Ada Lind", null, null, "Tallow Foods"],
    ]);
  });

  it("seats someone given only a role on the writers' side, where the customer's people carry its name", () => {
    const seats = (attendees: string) =>
      parseMinutes(
        `# Escalation call with Tallow Foods\n\nDate: 2026-12-03\nAttendees: ${attendees}\n`,
      ).attendees.map((person) => [person.name, person.side]);
    expect(seats("Rina Osei (Tallow Foods), Ada Lind (Support Lead), Ben Ode")).toEqual([
      ["Rina Osei", "customer"],
      ["Ada Lind", "vendor"],
      // Neither an organization nor a role: either side's.
      ["Ben Ode", null],
    ]);
    // No one marked as the customer's: a role alone seats no one.
    expect(seats("Rina Osei (Buyer), Ada Lind (Support Lead)")).toEqual([
      ["Rina Osei", null],
      ["Ada Lind", null],
    ]);
  });

  it("reads a role held for the customer, or one of the side that sells, as the side and the customer", () => {
    const read = (attendees: string) => {
      const minutes = parseMinutes(
        `# Steering meeting\n\nDate: 2026-12-03\nPresent: ${attendees}\n`,
      );
      return [minutes.customer, minutes.attendees.map((person) => [person.name, person.side])];
    };
    expect(read("Ada Lind (Programme Manager), Rina Osei (Client Sponsor, Tallow Foods)")).toEqual([
      "Tallow Foods",
      [
        ["Ada Lind", "vendor"],
        ["Rina Osei", "customer"],
      ],
    ]);
    expect(read("Ada Lind (Customer Success Manager), Rina Osei (Tallow Foods, IT)")).toEqual([
      "Tallow Foods",
      [
        ["Ada Lind", "vendor"],
        ["Rina Osei", "customer"],
      ],
    ]);
    // Who looks after customers is no customer; two organizations besides say nothing.
    expect(
      read("Ada Lind (Customer Support Lead), Rina Osei (Tallow Foods), Ben Ode (Kestrel)"),
    ).toEqual([
      null,
      [
        ["Ada Lind", null],
        ["Rina Osei", null],
        ["Ben Ode", null],
      ],
    ]);
  });
});

describe("groups inside one line of attendees", () => {
  const seats = (line: string) => {
    const minutes = parseMinutes(
      `# Partner sync\n\nDate: 2026-06-03\n${line}\n\n## Notes\n\n- Budget agreed\n`,
    );
    return [
      minutes.customer,
      minutes.attendees.map((person) => [
        person.name,
        person.group,
        person.organization,
        person.side,
      ]),
    ];
  };

  it("reads each side after a bar, and a way of attending after a full stop or in brackets, as a group", () => {
    expect(seats("Attendees: Customer: Rina Osei, Paul Gray | Vendor: Ada Lind")).toEqual([
      null,
      [
        ["Rina Osei", "Customer", null, "customer"],
        ["Paul Gray", "Customer", null, "customer"],
        // One person after a side's word holds it as a role.
        ["Ada Lind", null, null, "vendor"],
      ],
    ]);
    expect(seats("In the room: Rina Osei, Paul Gray. On the phone: Ada Lind.")).toEqual([
      null,
      [
        ["Rina Osei", null, null, null],
        ["Paul Gray", null, null, null],
        ["Ada Lind", "On the phone", null, null],
      ],
    ]);
    expect(seats("Attendees (in person): Rina Osei; (remote): Ada Lind, Ben Ode")).toEqual([
      null,
      [
        ["Rina Osei", "in person", null, null],
        ["Ada Lind", "remote", null, null],
        ["Ben Ode", "remote", null, null],
      ],
    ]);
    // An organization's label is still the organization.
    expect(seats("Attendees: Tallow Foods: Rina Osei, Paul Gray; Ada Lind")).toEqual([
      null,
      [
        ["Rina Osei", null, "Tallow Foods", null],
        ["Paul Gray", null, "Tallow Foods", null],
        ["Ada Lind", null, null, null],
      ],
    ]);
  });

  it("reads 'our' or 'their' before a role as the side it is held on, and the role without it", () => {
    const minutes = parseMinutes(
      "# Partner sync\n\nDate: 2026-06-03\nAttendees: Rina Osei (their CTO), Ada Lind (our Support Manager)\n",
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.role, person.group, person.side]),
    ).toEqual([
      ["Rina Osei", "CTO", "them", "customer"],
      ["Ada Lind", "Support Manager", "us", "vendor"],
    ]);
  });

  it("seats '(us)' on the writers' side, across from the organization the others carry", () => {
    expect(seats("Attendees: Rina (Tallow), Paul (Tallow), Ada (us)")).toEqual([
      "Tallow",
      [
        ["Rina", null, "Tallow", "customer"],
        ["Paul", null, "Tallow", "customer"],
        ["Ada", "us", null, "vendor"],
      ],
    ]);
  });

  it("reads the organization after a full name and a title of some words, and not after a short one", () => {
    const people = (markdown: string) =>
      parseMinutes(markdown).attendees.map((person) => [
        person.name,
        person.role,
        person.organization,
      ]);
    expect(
      people(
        "# Partner sync\n\n## Participants\n\n- Ada Lind, Account Executive, Kestrel\n- Rina Osei, IT Manager, Tallow Foods\n",
      ),
    ).toEqual([
      ["Ada Lind", "Account Executive", "Kestrel"],
      ["Rina Osei", "IT Manager", "Tallow Foods"],
    ]);
    expect(people("# Partner sync\n\nAttendees: Ada Lind, CTO, Ben\n")).toEqual([
      ["Ada Lind", "CTO", null],
      ["Ben", null, null],
    ]);
  });
});

describe("the people of a status report", () => {
  it("reads who prepared it and the customer's contacts as its people, and the owners they give", () => {
    const minutes = parseMinutes(
      [
        "# Weekly status: Quarry onboarding, week of 8 June 2026",
        "",
        "**Prepared by:** Ada Lind (Implementation Lead)",
        "**Customer contacts:** Rina Osei (IT Director), Paul Gray",
        "",
        "## Planned next week",
        "",
        "- Cut over the production login (Ada, Tue 16 Jun)",
        "",
        "## Asks of Quarry",
        "",
        "- Confirm the go-live date by 15 June (Rina)",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => [person.name, person.role])).toEqual([
      ["Ada Lind", "Implementation Lead"],
      ["Rina Osei", "IT Director"],
      ["Paul Gray", null],
    ]);
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["Cut over the production login", ["ada-lind"], "2026-06-16"],
      ["Confirm the go-live date by 15 June", ["rina-osei"], "2026-06-15"],
    ]);
  });
});

describe("attendee and absence labels in German, French and Spanish minutes", () => {
  it("reads who came and leaves out who sent apologies", () => {
    const names = (markdown: string) =>
      parseMinutes(markdown).attendees.map((person) => person.name);
    expect(
      names(
        "# Vorstandssitzung 2026-03-12\n\nTeilnehmer: Anna Brenner, Jonas Brandl\nEntschuldigt: Tim Ordaz\n\n## TOP 1\n- Haushalt\n",
      ),
    ).toEqual(["Anna Brenner", "Jonas Brandl"]);
    expect(
      names(
        "# Réunion 2026-03-12\n\nPrésents : Anne Morel, Paul Vidal\nExcusés : Luc Garnier\n\n## Notes\n- Budget\n",
      ),
    ).toEqual(["Anne Morel", "Paul Vidal"]);
    expect(
      names(
        "# Reunión 2026-03-12\n\nAsistentes: Lucía Moreno, Mateo Rey\nAusentes: Sara Gil\n\n## Notas\n- Presupuesto\n",
      ),
    ).toEqual(["Lucía Moreno", "Mateo Rey"]);
  });

  it("reads 'With A, B & c' on its own line at the head of the note as the people who met", () => {
    expect(
      people("With Ingrid Holm, rosei & Ada Lind\n\n## Notes\n- rosei will send the plan\n"),
    ).toEqual([
      ["Ingrid Holm", null, null, null],
      ["rosei", null, null, null],
      ["Ada Lind", null, null, null],
    ]);
    const minutes = parseMinutes(
      titled("With Ingrid Holm, rosei & Ada Lind\n\n## Notes\n- rosei will send the plan\n"),
    );
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.attendeeId))).toEqual(
      [["rosei"]],
    );
  });

  it("reads no one from a sentence that opens with 'With'", () => {
    expect(
      people(
        "With that, we closed the call.\n\nWith the vendor's consent, the job was rerun.\n\nWith the draft in hand\n",
      ),
    ).toEqual([]);
  });

  it("reads one word over a full name with a bracket as the group they came for, and 'Kim: note taker' as a person", () => {
    expect(
      people("## Attendees\n\nBrightwater: Ada Lind (Support Engineer)\n\nKim: note taker\n"),
    ).toEqual([
      ["Ada Lind", null, "Support Engineer", "Brightwater"],
      ["Kim", null, "note taker", null],
    ]);
  });

  it("names the customer from the group beside the seller's when the title names both", () => {
    const minutes = parseMinutes(
      "# Tallow Foods / Brightwater escalation call 2026-06-09\n\n**On the call**\nTallow Foods: Ingrid Holm (IT Director), Rina Osei\nBrightwater: Bertrand Okoye (Account Manager), Ada Lind\n\n## Notes\n- Exports fail\n",
    );
    expect(minutes.customer).toBe("Tallow Foods");
    expect(
      minutes.attendees.map((attendee) => [attendee.name, attendee.organization, attendee.side]),
    ).toEqual([
      ["Ingrid Holm", "Tallow Foods", "customer"],
      ["Rina Osei", "Tallow Foods", "customer"],
      // The title names the seller too: its group is the organization they work for.
      ["Bertrand Okoye", "Brightwater", "vendor"],
      ["Ada Lind", "Brightwater", "vendor"],
    ]);
  });

  it("names the customer from the group beside the seller's when the title names the seller alone", () => {
    const minutes = parseMinutes(
      "# Vendor check-in — Brightwater\n\nDate: 2026-06-09\n\nAttendees:\n- Brightwater: Bertrand Okoye (Account Manager), Ada Lind\n- Tallow Foods: Ingrid Holm (IT Director), Rina Osei\n\n## Notes\n- Renewal due in July\n",
    );
    expect(minutes.customer).toBe("Tallow Foods");
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.side])).toEqual([
      ["Bertrand Okoye", "vendor"],
      ["Ada Lind", "vendor"],
      ["Ingrid Holm", "customer"],
      ["Rina Osei", "customer"],
    ]);
  });

  it("names the customer across from the organization whose person holds a seller's role", () => {
    const minutes = parseMinutes(
      "# Escalation call 2026-06-09\n\nAttendees:\n- Ingrid Holm (Tallow Foods, CTO)\n- Bertrand Okoye (Brightwater, Account Manager)\n- Ada Lind (Brightwater, Support Engineer)\n",
    );
    expect(minutes.customer).toBe("Tallow Foods");
    expect(minutes.attendees.map((attendee) => attendee.side)).toEqual([
      "customer",
      "vendor",
      "vendor",
    ]);
    // Three organizations, one selling: which of the two others buys is not said.
    expect(
      parseMinutes(
        "# Escalation call 2026-06-09\n\nAttendees:\n- Ingrid Holm (Tallow Foods, CTO)\n- Rina Osei (Northgate Clinics, IT Lead)\n- Bertrand Okoye (Brightwater, Account Manager)\n",
      ).customer,
    ).toBeNull();
  });

  it("names no customer from teams of one company that the title does not name", () => {
    const minutes = parseMinutes(
      "# Weekly sync 2026-06-09\n\n**On the call**\nPlatform: Ingrid Holm, Rina Osei\nDesign: Bertrand Okoye (Account Manager), Ada Lind\n\n## Notes\n- Exports fail\n",
    );
    expect(minutes.customer).toBeNull();
    expect(minutes.attendees.map((attendee) => attendee.side)).toEqual([
      null,
      null,
      "vendor",
      null,
    ]);
  });

  it("reads who met after the day and hour on a log's head line, and no one from a title there", () => {
    const head = (line: string) => {
      const minutes = parseMinutes(`# Team log\n\n${line}\n\n- Tidied the backlog\n`);
      return [minutes.date, minutes.attendees.map((attendee) => attendee.name)];
    };
    expect(head("24 Sep 2026 :: Ingrid, Rina, Ada")).toEqual([
      "2026-09-24",
      ["Ingrid", "Rina", "Ada"],
    ]);
    expect(head("> 2026-09-30, 1300, IH, AL")).toEqual(["2026-09-30", ["IH", "AL"]]);
    expect(head("March 3, 2026 | Ada Lind, @rosei")).toEqual([
      "2026-03-03",
      ["Ada Lind", "@rosei"],
    ]);
    expect(head("2026-06-09 - Kickoff with the Client")).toEqual(["2026-06-09", []]);
    expect(head("2026-06-09, 14:00, Ingrid")).toEqual(["2026-06-09", []]);
  });

  it("gives a group's organization, after 'from' or in a bracket closing it, to everyone in the group", () => {
    const line = (value: string) =>
      people(`Attendees: ${value}\n`).map(([name, , role, organization]) => [
        name,
        role,
        organization,
      ]);
    expect(line("Ingrid Holm and Rina Osei from Tallow Foods, Ada Lind from Brightwater")).toEqual([
      ["Ingrid Holm", null, "Tallow Foods"],
      ["Rina Osei", null, "Tallow Foods"],
      ["Ada Lind", null, "Brightwater"],
    ]);
    expect(
      line("Ingrid Holm, Rina Osei (Tallow Foods); Ada Lind, Bertrand Okoye (Brightwater)"),
    ).toEqual([
      ["Ingrid Holm", null, "Tallow Foods"],
      ["Rina Osei", null, "Tallow Foods"],
      ["Ada Lind", null, "Brightwater"],
      ["Bertrand Okoye", null, "Brightwater"],
    ]);
    // A group with no bracket beside one that closes with its organization names none.
    expect(line("Ingrid Holm, Rina Osei (Tallow Foods); Ada Lind, Bertrand Okoye")).toEqual([
      ["Ingrid Holm", null, "Tallow Foods"],
      ["Rina Osei", null, "Tallow Foods"],
      ["Ada Lind", null, null],
      ["Bertrand Okoye", null, null],
    ]);
    // "(us)" closing a group seats all of it on the writers' side.
    const minutes = parseMinutes(
      "# Call 2026-06-09\n\n**Who:** Ingrid Holm, Rina Osei (Tallow Foods); Ada Lind, Bertrand Okoye (us)\n",
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.organization, person.side]),
    ).toEqual([
      ["Ingrid Holm", "Tallow Foods", "customer"],
      ["Rina Osei", "Tallow Foods", "customer"],
      ["Ada Lind", null, "vendor"],
      ["Bertrand Okoye", null, "vendor"],
    ]);
    // A full stop closing the sentence the list is written in still leaves each bracket closing its group.
    const sentence = parseMinutes(
      "# Call 2026-06-09\n\nOn the call: Ingrid Holm, Rina Osei (Tallow Foods); Ada Lind, Bertrand Okoye (our side).\n",
    );
    expect(
      sentence.attendees.map((person) => [person.name, person.organization, person.side]),
    ).toEqual([
      ["Ingrid Holm", "Tallow Foods", "customer"],
      ["Rina Osei", "Tallow Foods", "customer"],
      ["Ada Lind", null, "vendor"],
      ["Bertrand Okoye", null, "vendor"],
    ]);
    // People joined by "and" share the bracket too, beside one person with a bracket of their own.
    expect(line("Ingrid Holm and Rina Osei (Tallow Foods); Ada Lind (Brightwater)")).toEqual([
      ["Ingrid Holm", null, "Tallow Foods"],
      ["Rina Osei", null, "Tallow Foods"],
      ["Ada Lind", null, "Brightwater"],
    ]);
    // A role in the bracket is the last person's own.
    expect(line("Ingrid Holm, Rina Osei (PM); Ada Lind, Bertrand Okoye (Chair)")).toEqual([
      ["Ingrid Holm", null, null],
      ["Rina Osei", "PM", null],
      ["Ada Lind", null, null],
      ["Bertrand Okoye", "Chair", null],
    ]);
  });

  it("reads an office before its holder in brackets, and a role after a name still without one as that person's", () => {
    expect(
      people(
        "Present: Chair (Ada Lind), Minute taker (Odile Quast), Rina Osei, Ben Ode, CFO (Tallow Foods)\n",
      ),
    ).toEqual([
      ["Ada Lind", null, "Chair", null],
      ["Odile Quast", null, "Minute taker", null],
      ["Rina Osei", null, null, null],
      ["Ben Ode", null, "CFO", "Tallow Foods"],
    ]);
  });

  it("reads an account team's capitals in brackets as a role, unless they are the person's initials", () => {
    expect(
      people(
        [
          "## Attendees",
          "",
          "- Pim Sorensen (AM)",
          "- Ingrid Holm (SA, Quillfield)",
          "- Greta Lund (DRI)",
          "- Ada Marwick (AM)",
          "- Tamsin Greer (IBM)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Pim Sorensen", null, "AM", null],
      ["Ingrid Holm", null, "SA", "Quillfield"],
      ["Greta Lund", null, "DRI", null],
      // Her initials: how the notes name her, not what she does.
      ["Ada Marwick", null, null, null],
      ["Tamsin Greer", null, null, "IBM"],
    ]);
  });

  it("reads an organization's people in one bracket set off by semicolons, and no team from commas alone", () => {
    expect(
      people(
        "Attendees: Marlow Dental (Rosa Diaz, Practice Manager; Ben Ode, Office Manager), Ada Lind (Tallow Foods, CTO)\n",
      ),
    ).toEqual([
      ["Rosa Diaz", null, "Practice Manager", "Marlow Dental"],
      ["Ben Ode", null, "Office Manager", "Marlow Dental"],
      ["Ada Lind", null, "CTO", "Tallow Foods"],
    ]);
  });

  it("reads people set apart by semicolons with a role and an organization after commas, and family names first as before", () => {
    expect(
      people(
        "Attendees: Ada Lind, Product Manager, Brightwater; Pim Sorensen, CTO, Tallow Foods; Rina Osei, Engineer\n",
      ),
    ).toEqual([
      ["Ada Lind", null, "Product Manager", "Brightwater"],
      ["Pim Sorensen", null, "CTO", "Tallow Foods"],
      ["Rina Osei", null, "Engineer", null],
    ]);
    expect(people("Attendees: Lind, Ada; Sorensen, Pim\n")).toEqual([
      ["Ada Lind", null, null, null],
      ["Pim Sorensen", null, null, null],
    ]);
    // A full name, then only where the person works.
    expect(people("Attendees: Ada Lind, Brightwater; Pim Sorensen, Tallow Foods\n")).toEqual([
      ["Ada Lind", null, null, "Brightwater"],
      ["Pim Sorensen", null, null, "Tallow Foods"],
    ]);
    // Two full names in each part are four people.
    expect(
      people("Attendees: Ada Lind, Pim Sorensen; Greta Lund, Rina Osei\n").map(([name]) => name),
    ).toEqual(["Ada Lind", "Pim Sorensen", "Greta Lund", "Rina Osei"]);
  });
});

describe("lines in the note's head that label full names by organization", () => {
  const organizations = (body: string) =>
    parseMinutes(
      `# Data sync review\n\nDate: 2026-03-05\n\n${body}\n## Notes\n\n- The budget holds.\n`,
    ).attendees.map((attendee) => [attendee.name, attendee.organization]);

  it("read two or more such lines in a row as who came for each organization", () => {
    expect(
      organizations("Tallow Foods: Ada Lind, Pim Sorensen\nBrightwater: Tovah Brandt\n"),
    ).toEqual([
      ["Ada Lind", "Tallow Foods"],
      ["Pim Sorensen", "Tallow Foods"],
      ["Tovah Brandt", "Brightwater"],
    ]);
  });

  it("read no one from one such line, from single names on each, or from a mail's address fields", () => {
    expect(organizations("Tallow Foods: Ada Lind, Pim Sorensen\n")).toEqual([]);
    expect(organizations("Pipeline: Data Sync\nRepository: Quarry Tools\n")).toEqual([]);
    expect(organizations("To: Ada Lind, Pim Sorensen\nCc: Tovah Brandt\n")).toEqual([]);
    expect(
      organizations("Tallow Foods: Ada Lind, Pim Sorensen\nBrightwater: Tovah Brandt will call\n"),
    ).toEqual([]);
  });
});

describe("who did not come, in the same line as who did", () => {
  it("leaves out the people after an absence label set off by a semicolon or a bar", () => {
    const names = (line: string) => people(line).map(([name]) => name);
    expect(
      names("In attendance: Tamsin Greer (TG), Ingrid Holm (IH); apologies: Pim Sorensen"),
    ).toEqual(["Tamsin Greer", "Ingrid Holm"]);
    expect(names("Attendees: Tamsin Greer, Ingrid Holm; absent: Pim Sorensen, Greta Lund")).toEqual(
      ["Tamsin Greer", "Ingrid Holm"],
    );
    expect(
      names("Attendees: Tamsin Greer; Ingrid Holm; regrets: Pim Sorensen; Guests: Ada Lind"),
    ).toEqual(["Tamsin Greer", "Ingrid Holm", "Ada Lind"]);
  });
});

describe("a one-to-one's title", () => {
  const seated = (title: string, body = "## Action items\n\n- [ ] (Tamsin) Draft the packet\n") =>
    parseMinutes(`# ${title}\n\n${body}`).attendees.map((attendee) => attendee.name);

  it("seats the two people it names, where the note lists no one", () => {
    expect(seated("1:1 Tamsin / Greta — 2026-05-04")).toEqual(["Tamsin", "Greta"]);
    expect(seated("Tamsin <> Greta 1:1 (2026-05-04)")).toEqual(["Tamsin", "Greta"]);
    expect(seated("One-on-one: Tamsin Greer & Greta Lund, 2026-05-04")).toEqual([
      "Tamsin Greer",
      "Greta Lund",
    ]);
  });

  it("seats no one from a title without the mark, from topics, or over a roster", () => {
    expect(seated("Weekly sync Tamsin / Greta 2026-05-04")).toEqual([]);
    expect(seated("Design / Review 1:1 2026-05-04")).toEqual([]);
    expect(
      seated("1:1 Tamsin / Greta", "Attendees: Tamsin Greer, Greta Lund, Pim Sorensen\n"),
    ).toEqual(["Tamsin Greer", "Greta Lund", "Pim Sorensen"]);
  });
});

describe("'Both' as an owner", () => {
  const owners = (head: string) =>
    parseMinutes(
      `# ${head}\n\n## Action items\n\n- [ ] Both: agree on the on-call rota\n- [ ] Both of us to review the plan\n`,
    ).actionItems.map((task) => task.owners.map((owner) => owner.attendeeId ?? owner.name));

  it("is each of a note's two people, and stays a word where the note seats more or none", () => {
    expect(owners("1:1 Tamsin / Greta — 2026-05-04")).toEqual([
      ["tamsin", "greta"],
      ["tamsin", "greta"],
    ]);
    expect(
      owners("Sync — 2026-05-04\n\nAttendees: Tamsin Greer, Greta Lund, Pim Sorensen"),
    ).toEqual([["Both"], ["Both of us"]]);
    expect(owners("Sync — 2026-05-04")).toEqual([["Both"], ["Both of us"]]);
  });
});

describe("a bracket under an organization's label", () => {
  it("is the team there when it is one word and no role, and a role or an organization as before", () => {
    const seated = (lines: string) =>
      parseMinutes(`# Pricing call\n\n**Date:** 2026-12-10\n${lines}\n`).attendees.map(
        (attendee) => [attendee.name, attendee.role, attendee.organization],
      );
    expect(
      seated(
        "**Brightwater:** Ingrid Holm (Procurement lead), Bertrand Okoye\n**Quillfield:** Tamsin Greer (Solutions), Pim Sorensen (Support), Ada Lind (Tallow Foods)",
      ),
    ).toEqual([
      ["Ingrid Holm", "Procurement lead", "Brightwater"],
      ["Bertrand Okoye", null, "Brightwater"],
      ["Tamsin Greer", "Solutions", "Quillfield"],
      ["Pim Sorensen", "Support", "Quillfield"],
      ["Ada Lind", null, "Tallow Foods"],
    ]);
  });

  it("is read under a list of participants when the title names two or more of the labels", () => {
    const participants = (title: string) =>
      parseMinutes(
        `${title}\n3 December 2026\n\nParticipants\nQuillfield: Pim Sorensen (VP Sales), Greta Lund (Support)\nBrightwater: Ingrid Holm (CTO), Nell Okafor (Platform)\n\nSummary\nTimeouts since Monday.\n`,
      ).attendees.map((attendee) => [attendee.name, attendee.role, attendee.organization]);
    expect(participants("Quillfield / Brightwater — P1 review")).toEqual([
      ["Pim Sorensen", "VP Sales", "Quillfield"],
      ["Greta Lund", "Support", "Quillfield"],
      ["Ingrid Holm", "CTO", "Brightwater"],
      ["Nell Okafor", "Platform", "Brightwater"],
    ]);
    // One label the title names may be a team: the labels stay the people's groups only.
    expect(participants("Brightwater P1 review")).toEqual([
      ["Pim Sorensen", "VP Sales", null],
      ["Greta Lund", "Support", null],
      ["Ingrid Holm", "CTO", null],
      ["Nell Okafor", null, "Platform"],
    ]);
  });
});

describe("who chaired, said in the sentence of who was present", () => {
  it("is an attendee and the chair, whether listed again or not", () => {
    const seated = (paragraph: string) =>
      parseMinutes(
        `## Minutes of the steering group, 2 December 2026\n\n${paragraph}\n`,
      ).attendees.map((attendee) => [attendee.name, attendee.role]);
    expect(
      seated(
        "Ingrid Holm chaired. Also present were Bertrand Okoye and Rina Osei; Tamsin Greer sent apologies.",
      ),
    ).toEqual([
      ["Ingrid Holm", "Chair"],
      ["Bertrand Okoye", null],
      ["Rina Osei", null],
    ]);
    expect(
      seated("The meeting was chaired by Ingrid Holm. Present were Ingrid Holm and Rina Osei."),
    ).toEqual([
      ["Ingrid Holm", "Chair"],
      ["Rina Osei", null],
    ]);
    // A chair named with no one else present is no list of attendees.
    expect(seated("Ingrid Holm chaired. The budget was approved.")).toEqual([]);
  });
});

describe("participants written as mail addresses alone", () => {
  it("are the people the mailboxes are named after, and a role's mailbox is no one", () => {
    const minutes = parseMinutes(
      "# Check-in\n\nDate: Dec 9, 2026\nParticipants: ingrid.holm@brightwater.example, bertrand_okoye@quillfield.example, tamsin@quillfield.example, support@quillfield.example, jd2024@quillfield.example, Pim Sorensen\n",
    );
    expect(
      minutes.attendees.map((attendee) => [attendee.name, attendee.role, attendee.email]),
    ).toEqual([
      ["Ingrid Holm", null, "ingrid.holm@brightwater.example"],
      ["Bertrand Okoye", null, "bertrand_okoye@quillfield.example"],
      ["Tamsin", null, "tamsin@quillfield.example"],
      ["Pim Sorensen", null, null],
    ]);
  });

  it("never reads a mail address as someone's role", () => {
    const minutes = parseMinutes(
      "# Check-in\n\nDate: Dec 9, 2026\nParticipants: Tamsin, support@quillfield.example\n",
    );
    expect(minutes.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ["Tamsin", null],
    ]);
  });
});

describe("a list of people with one bracket for all of them, or its label again", () => {
  const seated = (line: string) =>
    parseMinutes(
      `# Steering call — 2026-12-09\n\n${line}\n\n## Notes\n\n- Budget agreed.\n`,
    ).attendees.map((attendee) => [attendee.name, attendee.organization]);

  it("gives everyone before '(all X)' or '(both X)' that organization", () => {
    expect(seated("Attendees: Ada Lind, Rina Osei, Pim Sorensen (all Quillfield)")).toEqual([
      ["Ada Lind", "Quillfield"],
      ["Rina Osei", "Quillfield"],
      ["Pim Sorensen", "Quillfield"],
    ]);
    expect(
      seated("Attendees: Ada Lind, Rina Osei (both from Quillfield); Tovah Brandt (Tallow Foods)"),
    ).toEqual([
      ["Ada Lind", "Quillfield"],
      ["Rina Osei", "Quillfield"],
      ["Tovah Brandt", "Tallow Foods"],
    ]);
  });

  it("reads the people after the list's label written again, with how they attended", () => {
    expect(
      seated("Present (in person): Ada Lind, Rina Osei; Present (remote): Pim Sorensen"),
    ).toEqual([
      ["Ada Lind", null],
      ["Rina Osei", null],
      ["Pim Sorensen", null],
    ]);
  });
});

describe("a place said after where someone works", () => {
  const seated = (bullets: string) =>
    parseMinutes(
      `# Steering call — 2026-12-09\n\n## Attendees\n\n${bullets}\n\n## Notes\n\n- Budget agreed.\n`,
    ).attendees.map((attendee) => [attendee.name, attendee.role, attendee.organization]);

  it("is no attendee, after a comma or a dash", () => {
    expect(seated("- Ben Ode, Globex, Berlin\n- Ada Lind, Quillfield, London")).toEqual([
      ["Ben Ode", null, "Globex"],
      ["Ada Lind", null, "Quillfield"],
    ]);
    expect(seated("- Ben Ode — Globex, Berlin\n- Ada Lind — Quillfield, CTO")).toEqual([
      ["Ben Ode", null, "Globex"],
      ["Ada Lind", "CTO", "Quillfield"],
    ]);
  });

  it("leaves bullets that list several people each", () => {
    expect(seated("- Ana Ruiz, Ben Ode, Cy Park\n- Dora Lim").map(([name]) => name)).toEqual([
      "Ana Ruiz",
      "Ben Ode",
      "Cy Park",
      "Dora Lim",
    ]);
  });
});

describe("a line of full names alone under the title", () => {
  it("seats them when the note goes on to name two at work or speaking, and no places", () => {
    const call = (names: string, body: string) =>
      parseMinutes(
        `# Pricing call with Tallow Foods\nThu, Dec 3, 2026 · 45 min\n${names}\n\n## Action Items\n\n${body}\n`,
      ).attendees.map((attendee) => attendee.name);
    expect(
      call(
        "Tovah Brandt, Ada Lind, Odile Quast",
        "- Ada to send the revised tiers to Tovah.\n- Tovah: share the approval chain",
      ),
    ).toEqual(["Tovah Brandt", "Ada Lind", "Odile Quast"]);
    // One of them named at work may be a person and an organization's name after a comma.
    expect(call("Tovah Brandt, Ada Lind", "- Tovah: share the approval chain")).toEqual([]);
    expect(call("Tovah Brandt, Ada Lind", "- Send the revised tiers.")).toEqual([]);
    expect(call("New York, San Francisco", "- Book the flights to San Francisco.")).toEqual([]);
  });
});

describe("an office named before who holds it", () => {
  it("is that person's role, set off by a comma after 'the'; a thing after 'the' is no one", () => {
    const minutes = parseMinutes(
      "Parish council\nMinutes of the meeting held on Monday 30 November 2026.\n\nPresent: Cllr Ingrid Holm (chair), Cllr Nell Okafor. Also present: the clerk, Tallis Grove.\n\n1. The clerk will submit the response before 11 December.\n",
    );
    expect(minutes.attendees.map((person) => [person.name, person.role])).toEqual([
      ["Cllr Ingrid Holm", "chair"],
      ["Cllr Nell Okafor", null],
      ["Tallis Grove", "clerk"],
    ]);
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.attendeeId))).toEqual(
      [["tallis-grove"]],
    );
    expect(people("Present: Ada Lind, the weather, Pim Sorensen\n")).toEqual([
      ["Ada Lind", null, null, null],
      ["Pim Sorensen", null, null, null],
    ]);
  });
});

describe("whom the writers met, in the note's opening sentence", () => {
  const met = (sentence: string) =>
    parseMinutes(
      `# Call notes — 2 Dec 2026\n\n${sentence}\n\n- Odile will send the security questionnaire by Friday.\n`,
    ).attendees.map((person) => [person.name, person.role, person.organization, person.side]);

  it("seats the writers' side before the verb and the other side, of the organization after 'from', after it", () => {
    expect(met("Tamsin, Pim and I met with Odile and Ingrid from Quillfield Health.")).toEqual([
      ["Tamsin", null, null, "vendor"],
      ["Pim", null, null, "vendor"],
      ["Odile", null, "Quillfield Health", "customer"],
      ["Ingrid", null, "Quillfield Health", "customer"],
    ]);
    expect(met("Spoke with Odile (procurement) and Ingrid (ops). They want a price cap.")).toEqual([
      ["Odile", "procurement", null, null],
      ["Ingrid", "ops", null, null],
    ]);
    expect(met("We met with Odile Quast today to go over the renewal.")).toEqual([
      ["Odile Quast", null, null, null],
    ]);
  });

  it("seats no one met who is not named", () => {
    expect(met("Met with legal about the DPA.")).toEqual([]);
    expect(met("The team met with the vendor's engineers.")).toEqual([]);
    expect(met("We met with resistance on the pricing.")).toEqual([]);
  });
});

describe("more labels of who attended", () => {
  it("reads 'Also attending:' and 'Also in attendance:', and lower-case words after a role as no organization", () => {
    expect(
      people(
        "**Directors present:** Tamsin Greer (Chair), Bertrand Okoye\n**Also attending:** Rina Osei (Treasurer, non-voting)\n**Also in attendance:** Ada Lind\n",
      ),
    ).toEqual([
      ["Tamsin Greer", null, "Chair", null],
      ["Bertrand Okoye", null, null, null],
      ["Rina Osei", null, "Treasurer", null],
      ["Ada Lind", null, null, null],
    ]);
  });
});

describe("an attendee's mail address at an organization's domain", () => {
  it("gives the organization the title names, and none from a mail provider or a name it does not", () => {
    const minutes = parseMinutes(
      [
        "**Dec 2, 2026 | Quillfield Health / Brightwater weekly**",
        "",
        "Attendees: [Odile Quast](mailto:odile@quillfieldhealth.example) [Tamsin Greer](mailto:tamsin@mail.brightwater.example) [Pim Sorensen](mailto:pim.sorensen@gmail.com) [Ada Lind](mailto:ada@northwind.example)",
        "",
      ].join("\n"),
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.organization, person.email]),
    ).toEqual([
      ["Odile Quast", "Quillfield Health", "odile@quillfieldhealth.example"],
      ["Tamsin Greer", "Brightwater", "tamsin@mail.brightwater.example"],
      ["Pim Sorensen", null, "pim.sorensen@gmail.com"],
      ["Ada Lind", null, "ada@northwind.example"],
    ]);
  });
});

describe("a department's letters in brackets after a name", () => {
  it("is the department, unless the letters are the name's own initials", () => {
    const minutes = parseMinutes(
      "# Sync\n\nDate: 3 December 2026\nAttendees: Ingrid Holm (IT), Ingrid Tam (IT), Odile Quast (HR)\n",
    );
    expect(
      minutes.attendees.map((person) => [person.name, person.role, person.abbreviation]),
    ).toEqual([
      ["Ingrid Holm", "IT", null],
      ["Ingrid Tam", null, "IT"],
      ["Odile Quast", "HR", null],
    ]);
  });
});
