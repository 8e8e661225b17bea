import type { Attendee, Diagnostic, Side } from "../model/minutes.js";
import { headingKind, normalizeHeading } from "../parse/heading-kinds.js";
import type { Item, RawSection } from "../parse/sections.js";
import {
  ABSENCE_LABELS,
  ORGANIZATION_ENDINGS,
  OUR_ORGANIZATION_LEAD,
  PERSON_TITLES,
  PRESENCE_WORDS,
} from "../util/lexicon.js";
import {
  isBareRolePlural,
  isGroupName,
  isGroupOfPeople,
  isHandle,
  isNotNameWord,
  isRoleText,
  looksLikeName,
  meetsOwnSupplier,
  namesNobody,
  namesOtherSide,
} from "../util/names.js";
import { fold, slugify, squash } from "../util/strings.js";
import { CUSTOMER_MEETING, isDateHeading } from "./facts.js";
import { frontMatterAttendees } from "./front-matter-attendees.js";
import type { LabelLine } from "./labels.js";
import {
  attendeeLabelGroup,
  CHAT_TIME,
  factKey,
  isStandUpReport,
  itemLabel,
  plainLabel,
  STAND_UP_LABEL,
  standUpTable,
} from "./labels.js";
import {
  isRolePiece,
  nameOnly,
  ORGANIZATION_NAME,
  OUR_SIDE,
  type PersonEntry,
  parsePeopleList,
  parsePerson,
  withoutTimeZone,
} from "./person-entry.js";

interface AttendeeInput {
  sections: readonly RawSection[];
  labels: readonly LabelLine[];
  frontMatter: Record<string, unknown> | null;
  /** The front matter block as written (without its closing fence line), for positions. */
  frontMatterText?: string | null;
  customer: string | null;
  /** The note's title, which may name the organizations that met ("Vendor review — Brightpath"). */
  title?: string | null;
  /** Where a person listed twice in the attendee list is reported (the model keeps one attendee). */
  diagnostics?: Diagnostic[];
}

/** Everyone the note lists as present, from attendee sections, `Attendees:` labels, role labels and front matter. */
export function extractAttendees(input: AttendeeInput): Attendee[] {
  const found: Attendee[] = [];
  const listed = new Set<Attendee>();
  // A running log lists who came in each entry, under a heading that is a date or on a
  // "Present:" line of its own: the same people again are not one list naming someone twice.
  // Two sides' lines under one "Attendees:" label are one list.
  const entryStarts = input.sections
    .filter((section) => (section.explicit || section.dateLine) && isDateHeading(section.heading))
    .map((section) => section.source.start.offset);
  const entryOf = (offset: number) => entryStarts.filter((start) => start <= offset).length;
  const firstListing = new Map<Attendee, Pick<Item, "source">>();
  const labelLine = (item: Pick<Item, "source">) => {
    const label = "text" in item ? itemLabel(item as Item) : null;
    return label !== null && factKey(label.label) === "attendees";
  };
  const oneList = (first: Pick<Item, "source">, item: Pick<Item, "source">) =>
    first.source.start.offset === item.source.start.offset ||
    (!labelLine(first) &&
      !labelLine(item) &&
      entryOf(first.source.start.offset) === entryOf(item.source.start.offset));
  const add = (
    entry: PersonEntry,
    group: string | null,
    item: Pick<Item, "source">,
    fromList = true,
  ) => {
    // "Present: Everyone", "Attendees: all": the whole team was there, and names no one; nor do
    // "Guests" and "Client", a side's word.
    if (isGroupOfPeople(entry.name) || namesOtherSide(entry.name)) return;
    // "[Kim Lee](mailto:kim@example.com)": a document's person chip gives the address.
    const address = "addresses" in item ? (item as Item).addresses?.[entry.name] : undefined;
    if (address && !entry.email) entry = { ...entry, email: address };
    // "Tamsin Greer (our Support Manager)": the role, and the side it is held on.
    const side = entry.role ? SIDE_BEFORE_ROLE.exec(entry.role) : null;
    if (side) {
      entry = {
        ...entry,
        role: side[2]!,
        group: entry.group ?? (/^our$/i.test(side[1]!) ? "us" : "them"),
      };
    }
    const existing =
      found.find((attendee) => sameName(attendee, entry)) ?? onlyFullNameOf(found, entry);
    if (existing) {
      if (fromList && listed.has(existing) && oneList(firstListing.get(existing)!, item)) {
        input.diagnostics?.push({
          code: "duplicate-attendee",
          message: `Attendee "${entry.name}" is listed twice (first on line ${existing.source.start.line})`,
          source: item.source,
        });
      }
      // "Host: @tamsin" above "Tamsin Greer (@tamsin)": the person's name, where the first
      // mention gave only their handle.
      if (existing.name.startsWith("@") && !entry.name.startsWith("@")) existing.name = entry.name;
      existing.role ??= entry.role;
      existing.organization ??= entry.organization;
      existing.handle ??= entry.handle;
      existing.abbreviation ??= entry.abbreviation;
      existing.email ??= entry.email;
      return;
    }
    const attendee: Attendee = {
      id: "",
      name: entry.name,
      handle: entry.handle,
      abbreviation: entry.abbreviation,
      role: entry.role,
      organization: entry.organization,
      group: entry.group ?? group ?? null,
      side: null,
      email: entry.email,
      source: item.source,
    };
    found.push(attendee);
    firstListing.set(attendee, item);
    if (fromList) listed.add(attendee);
  };

  // A roll call of checkboxes with some ticked: the ticked were there, the others were not. With
  // none ticked, the boxes say nothing and everyone listed counts.
  const rollCall = input.sections.some(
    (section) =>
      section.kind === "attendees" && section.items.some((item) => item.checked === true),
  );
  // A grid of names and marks ("Yes", "x") wherever it stands: the marked were there.
  const grid = rollCallTables(input.sections);
  for (const { entry, item } of grid.present) add(entry, null, item);
  for (const section of input.sections) {
    if (section.kind !== "attendees") continue;
    const shapedByList = new Map([
      ...declaredFields(section),
      ...nameCommaOrganization(section.items),
      ...lowerCaseWordBullets(section.items),
      ...organizationThenPerson(section.items),
      ...familyNameFirst(section.items),
      ...initialsThenName(section.items),
    ]);
    // "- Acme" over "- Ana Ruiz", "- Ben Ode": a bullet over people is their organization or team.
    const overPeople = new Set(
      section.items
        .filter((item) => item.parent && groupFromParent(item) && namesOnePerson(item.text))
        .map((item) => item.parent!),
    );
    const institutions = memberInstitutions(section.items);
    const organizations = organizationsOfTitle(section.items, input.title ?? null);
    for (const item of section.items) {
      if (rollCall && item.checked === false) continue;
      if (grid.rows.has(item) || overPeople.has(item) || institutions.has(item)) continue;
      const pair = shapedByList.get(item);
      if (pair) {
        add(pair, groupFromParent(item) ?? section.group, item);
        continue;
      }
      // "cannot attend:" above a list: the people below it were not there.
      if (item.leadIn && saysAbsent(item.leadIn.text)) continue;
      // "- two members may lose their seats unless they attend" over names.
      if (item.parent && speaksOfAbsence(item.parent.text)) continue;
      // "Additionally, the following people joined:": a sentence leading into the list names no one.
      if (LEAD_IN_SENTENCE.test(item.text)) continue;
      const told = presentIn(item);
      if (told) {
        for (const entry of told) add(entry, null, item);
        continue;
      }
      if (item.type === "table-row") {
        const row = fromTableRow(item);
        if (row) add(row.entry, row.group, item);
        continue;
      }
      // "Introductions." after the names: one word closed by a full stop is a topic, no one;
      // "Quorum NOT met." under a roll call says whether enough came, and names no one.
      if (ONE_WORD_SENTENCE.test(item.text.trim()) || QUORUM.test(item.text)) continue;
      // "Ben Ode (Globex) : ben@globex.example": a person, then how to reach them.
      const contact = PERSON_THEN_CONTACT.exec(item.text.trim());
      const reached = contact ? parsePerson(contact[1]!) : null;
      if (reached) {
        if (contact![2]!.includes("@")) reached.email ??= contact![2]!.replace(/^<|>$/g, "");
        add(reached, groupFromParent(item) ?? section.group, item);
        continue;
      }
      // "Globex — Chloe Park, Dan Moss" under a roll call: an organization, a dash, its people.
      const team = itemLabel(item) ? null : organizationOverPeople(item.text.trim());
      if (team) {
        for (const entry of team.people)
          add({ ...entry, organization: team.organization }, team.organization, item);
        continue;
      }
      const labelled = itemLabel(item);
      let group: string | null = null;
      let value = item.text;
      if (labelled) {
        const key = factKey(labelled.label);
        if (key && key !== "attendees" && key !== "customer") continue;
        if (!key && NOT_ATTENDEE_LABELS.test(fold(labelled.label).trim())) continue;
        // "Observers: None" names no one, not an attendee called "Observers".
        if (namesNobody(labelled.value)) continue;
        // "Acme: Dana Ilse, Omar Haddad": a label over two or more people is their organization or
        // team, even when it is shaped like a name; over one it may be "Name: Role".
        const short = !key && labelled.label.split(/\s+/).length <= 3;
        if (
          key === "customer" ||
          (short && !looksLikeName(labelled.label)) ||
          (short && parsePeopleList(labelled.value).length >= 2) ||
          // "Globex: Kim Lee", "Marlow Dental: Rosa Diaz": a label over a full name is who they
          // came for, as over two; a person's label would be over a role.
          (!key && short && isFullNameOnly(labelled.value))
        )
          // "From Globex: Kim Lee": the organization they come from.
          group = labelled.label.trim().replace(FROM_LEAD, "");
        if (!key && !group) {
          // "Name: Role" in a list of people.
          const entry = parsePerson(labelled.label);
          // "Carla: absent", "Ana: present" in a roll call: whether they came, not their role.
          const mark = labelled.value.trim().replace(/\.$/, "");
          if (entry && ABSENT_WORD.test(fold(mark))) continue;
          if (entry && PRESENT_WORD.test(mark)) {
            add(entry, groupFromParent(item), item);
            continue;
          }
          if (entry) {
            // "Kim Lee: Acme Corp": who they work for, where others write what they do.
            if (ORGANIZATION_END.test(labelled.value.trim()))
              entry.organization ??= labelled.value.trim();
            else if (!saysInsteadOfRole(labelled.value.trim()))
              entry.role ??= labelled.value.trim() || null;
            add(entry, groupFromParent(item), item);
            continue;
          }
        }
        value = labelled.value;
      }
      // "Tallow Foods (customer): Ada Lind": the organization, and the side it sits on.
      const sided = group ? SIDE_AFTER_NAME.exec(group) : null;
      if (sided) group = sided[2]!;
      // "From Globex: Kim Lee, Ana Ruiz": the organization they come from.
      const from = sided
        ? sided[1]!
        : labelled && group && FROM_LEAD.test(labelled.label.trim()) && !isVendorGroup(group)
          ? organizationInLabel(group)
          : null;
      const organization = group && organizations.has(group) ? group : null;
      for (const entry of parsePeopleList(value))
        add(
          from
            ? { ...entry, organization: entry.organization ?? from }
            : organization
              ? inOrganization(entry, organization)
              : entry,
          group ?? groupFromParent(item) ?? section.group,
          item,
        );
    }
  }
  // "**Our side:** Maya Chen (Support), ..." and "**Globex:** Hank Scorpio (CTO)" in the note's
  // head: a side, or the customer by name, over the people who came for it.
  const head = headItems(input.sections);
  const sideLine = head.map((item) => {
    const labelled = itemLabel(item);
    if (!labelled) return false;
    const label = labelled.label.trim();
    const key = factKey(label);
    return (
      key === "customer" ||
      (!key &&
        (SIDE_LABEL.test(fold(label)) ||
          SIDE_AFTER_NAME.test(label) ||
          (!!input.customer && sameOrganization(label, input.customer)) ||
          namedInTitle(label, input.title ?? null)))
    );
  });
  // "Tidewater: Rosa Diaz", "Marlow: Amir Haddad", "Us: Lena Voss": each organization's line in
  // a run of such lines that holds a side's line, however far down the run that line is.
  const organizationLine = head.map((item) => {
    const labelled = itemLabel(item);
    if (!labelled) return false;
    const label = labelled.label.trim();
    if (factKey(label) || SIDE_LABEL.test(fold(label))) return false;
    return organizationInLabel(label) !== null || CAPITALISED_LABEL.test(label);
  });
  const runHoldsSide = (index: number, step: 1 | -1): boolean => {
    for (let at = index + step; at >= 0 && at < head.length; at += step) {
      if (sideLine[at]) return true;
      if (!organizationLine[at]) return false;
    }
    return false;
  };
  const peopleByLabel = runsOfNamedPeople(head, organizationLine);
  for (const [index, item] of head.entries()) {
    const labelled = itemLabel(item);
    if (!labelled) continue;
    const label = labelled.label.trim();
    const key = factKey(label);
    // "Customer: Chloe Park (Globex)" names a person from the customer; "Customer: Globex" does not.
    const customerPeople = key === "customer";
    // "Fernbrook: Ingrid Holm, Karl Weiss" / "Acme: Ana Ruiz, Ben Ode": the line of the other side,
    // next to a side's line, names an organization of one to three words.
    // "Parcelio team:", "From Parcelio:": the organization with a word around it.
    // "Fernway (us):", "Brightwater (client):": an organization's label that gives its side.
    const sided = key ? null : SIDE_AFTER_NAME.exec(label);
    const organization = sided
      ? sided[1]!
      : key || SIDE_LABEL.test(fold(label))
        ? null
        : organizationInLabel(label);
    const group = sided ? sided[2]! : label;
    const besideSide =
      !key &&
      (runHoldsSide(index, -1) || runHoldsSide(index, 1)) &&
      (organization !== null || CAPITALISED_LABEL.test(label));
    if (!sideLine[index] && !besideSide && !peopleByLabel.has(index)) continue;
    const ofOrganization = (entry: PersonEntry): PersonEntry =>
      organization ? inOrganization(entry, organization) : entry;
    // "Customer: Redwood Credit Union (Gail Porter, IT director)": the organization, and in
    // brackets who came for it.
    // "Ingrid Holm (Quarry Labs)" and "Ingrid Holm (CTO)" are a person with their organization or
    // role: the brackets hold people only when they list them, or give one a role after a comma.
    // "Customer: Orion Bank — Jake Turner (Head of Digital), Nina Patel": the organization, a
    // dash, and who came for it.
    const team = organizationOverPeople(labelled.value);
    if (team) {
      for (const entry of team.people)
        add({ ...entry, organization: team.organization }, group, item);
      continue;
    }
    const bracketed = ORGANIZATION_THEN_PEOPLE.exec(labelled.value);
    const inBrackets =
      bracketed && /[,;]/.test(bracketed[2]!) ? parsePeopleList(bracketed[2]!) : [];
    // "Tallow Foods (Enterprise, EU region)": a bracket that leaves a piece of no one, its tier
    // and region, lists no people; one person comes with a role ("Gail Porter, IT director").
    if (
      inBrackets.length > 0 &&
      inBrackets.every((entry) => looksLikeName(entry.name, true)) &&
      (inBrackets.length > 1 || inBrackets[0]!.role !== null)
    ) {
      for (const entry of inBrackets) {
        // "Pim Sorensen, IT" in the customer's bracket: his department; the bracket says where.
        const department =
          entry.organization && !entry.role && isRolePiece(entry.organization)
            ? entry.organization
            : null;
        add(
          {
            ...entry,
            role: entry.role ?? department,
            organization: (department ? null : entry.organization) ?? squash(bracketed![1]!),
          },
          group,
          item,
        );
      }
      continue;
    }
    const entries = parsePeopleList(labelled.value);
    const people =
      entries.length > 0 &&
      entries.every(
        (entry) =>
          // "Team: @ada, @pim": people go by their handles as well.
          (looksLikeName(entry.name, true) || (isHandle(entry.name) && entries.length > 1)) &&
          (!customerPeople || entry.organization !== null || entry.role !== null) &&
          // "Customer: Fernbrook Water (EU region)" names the customer, not one of its people.
          !(input.customer && sameOrganization(entry.name, input.customer)),
      ) &&
      // "Team: Great Auk", one bare name, is what the team calls itself; its people are "Team:
      // Ana Ruiz, Ben Ode" or "Team: Ana Ruiz (Support)".
      !(
        fold(label) === "team" &&
        entries.length === 1 &&
        entries[0]!.organization === null &&
        entries[0]!.role === null
      );
    if (people) for (const entry of entries) add(ofOrganization(entry), group, item);
  }
  for (const section of input.sections) {
    if (section.kind === "attendees" || TASK_SECTION_KINDS.has(section.kind)) continue;
    for (const item of section.items) {
      const headers = Object.keys(item.cells ?? {});
      if (item.type !== "table-row" || !(isPeopleTable(headers) || standUpTable(headers))) continue;
      const row = fromTableRow(item);
      if (row) add(row.entry, row.group, item);
    }
  }
  for (const { entry, item, group } of rollCallBullets(input.sections)) add(entry, group, item);
  for (const line of input.labels) {
    // A heading "Attendees: Ana, Ben" opens an attendee section that holds nothing else.
    const headingLabel = line.item.source === line.section.source;
    if (line.key === "attendees" && (line.section.kind !== "attendees" || headingLabel)) {
      // "Who: Platform team:" and the people as the list that follows: the value names their group.
      const group = GROUP_OVER_LIST.exec(line.value)?.[1];
      if (group) {
        for (const next of listAfter(line))
          for (const entry of parsePeopleList(next.text)) add(entry, group, next);
        continue;
      }
      const linked = linkedRun(line.value, [
        ...(line.item.mentions ?? []),
        ...(line.item.mailed ?? []),
      ]);
      if (linked) {
        for (const entry of linked) add(entry, attendeeLabelGroup(line.label), line.item);
        continue;
      }
      for (const value of attendeeValues(wrappedValue(line)))
        for (const entry of parsePeopleList(capitalisedRoster(value)))
          add(entry, attendeeLabelGroup(line.label), line.item);
      // "- **Participants:**" with the people as bullets nested below it, or "Who:" on a line of
      // its own over a list; a bullet may name their side first ("Acme: Ines Duarte (CISO), ...").
      if (!line.value) {
        const nested = line.section.items.filter((child) => child.parent === line.item);
        const below = nested.length > 0 ? nested : listAfter(line);
        // "Tilde Marsh, Northwind Labs" on each bullet: read as a list under an attendee heading is.
        const shaped = new Map([...nameCommaOrganization(below), ...lowerCaseWordBullets(below)]);
        for (const child of below) {
          const known = shaped.get(child);
          if (known) {
            add(known, attendeeLabelGroup(line.label), child);
            continue;
          }
          const labelled = itemLabel(child);
          const group =
            labelled && parsePeopleList(labelled.value).length > 0 && !factKey(labelled.label)
              ? labelled.label.trim()
              : null;
          const people = group ? labelled!.value : child.text;
          for (const entry of parsePeopleList(people)) add(entry, group, child);
        }
      }
    }
    if (line.key === "role") {
      for (const entry of parsePeopleList(line.value)) {
        entry.role ??= line.label.trim();
        add(entry, null, line.item, false);
      }
    }
  }
  const fromFrontMatter = frontMatterAttendees(input.frontMatter, input.frontMatterText ?? null);
  if (fromFrontMatter) {
    for (const entry of fromFrontMatter.entries) add(entry, null, fromFrontMatter);
  }
  if (found.length > 0)
    for (const { entry, item } of rollCallContinued(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of rosterOfSpeakers(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, group, item } of presentInProse(input.sections)) add(entry, group, item);
  if (found.length === 0)
    for (const { entry, item } of speakersOfTranscript(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of headingOfNames(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of standupHeadings(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of standupLines(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of updatesByPerson(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of tickedRoster(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of rosterBeforeAbsence(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of rosterUnderTitle(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of handlesAtHead(input.sections)) add(entry, null, item);
  if (found.length === 0)
    for (const { entry, item } of oneToOneInTitle(input.title ?? null, input.sections))
      add(entry, null, item);
  enrichFromRoleLists(found, input.sections);
  organizationBeforeRole(found, input.customer ?? null);
  organizationOfMailDomain(found, input.title ?? null);
  dropInvitedWhoDidNotCome(found, input.labels);
  assignIds(found);
  // "Vendor check-in with Brightwater": the writers buy, and the one who sells is across the table.
  const buying = !input.customer && meetsOwnSupplier(input.title ?? null);
  const customer = buying
    ? null
    : (input.customer ?? counterpart(found, input.title ?? null, input.sections));
  const supplier = buying ? supplierInTitle(found, input.title ?? null) : null;
  // "Ingrid Holm (Quillfield, Head of IT), Tamsin Greer (Support Lead)": where the customer's
  // people are marked with its name, one given only a role is of the writers' side.
  const customerMarked =
    customer !== null &&
    found.some(
      (attendee) => attendee.organization && sameOrganization(attendee.organization, customer),
    );
  const besideCustomer = customerMarked ? rosterOfTheCustomers(found, customer) : new Set();
  // "**Quillfield**: Odile Quast" over "**Brightwater**: Tamsin Greer": where the customer's
  // people are listed under its name, the other side's label names their organization too.
  const groupedByOrganization =
    customer !== null &&
    found.some(
      (attendee) =>
        attendee.group &&
        sameOrganization(attendee.group, customer) &&
        !CUSTOMER_GROUPS.test(fold(attendee.group).trim()),
    );
  for (const attendee of found) {
    // "Sara Kim (Vendor side)": the bracket says which side she sits on, not her role.
    if (attendee.role && !attendee.group && SIDE_IN_BRACKET.test(fold(attendee.role).trim())) {
      attendee.group = attendee.role;
      attendee.role = null;
    }
    // "Brightwater: Ingrid Holm" in a meeting with a supplier: whichever side, the label that
    // names an organization is where its people work.
    if (buying && attendee.group && !attendee.organization && !isVendorGroup(attendee.group))
      attendee.organization = organizationInLabel(attendee.group);
    attendee.side = buying
      ? sideWhenBuying(attendee, supplier)
      : (sideOf(attendee, customer) ??
        (customerMarked &&
        !attendee.organization &&
        (attendee.role || (!attendee.group && besideCustomer.has(attendee)))
          ? "vendor"
          : null));
    // "Tallow Foods: Ingrid Holm, Rina Osei" where Tallow Foods is the customer: the group that
    // bears the customer's name is the organization they work for.
    if (customer && attendee.group && !attendee.organization && attendee.side === "customer")
      if (sameOrganization(attendee.group, customer) && !CUSTOMER_GROUPS.test(fold(attendee.group)))
        attendee.organization = attendee.group;
      // "Customer contacts: Rina Osei (CTO)" in a note about Tallow Foods: the customer's people.
      else if (CUSTOMER_GROUPS.test(fold(attendee.group).trim())) attendee.organization = customer;
    // "Brightwater: Ingrid Holm" across from the customer, in a call the title says is between
    // the two or beside the customer's own label: the group is the organization the vendor's
    // people work for ("Finance: Greta Lund" is a department).
    if (
      customer &&
      attendee.side === "vendor" &&
      attendee.group &&
      !attendee.organization &&
      !isVendorGroup(attendee.group) &&
      organizationInLabel(attendee.group) !== null &&
      (namedInTitle(attendee.group, input.title ?? null) ||
        (groupedByOrganization && !isRolePiece(attendee.group)))
    )
      attendee.organization = attendee.group;
  }
  // "Team: Priya, Ben, Ana" at a retro: a roster's label, and no one else at the table. A side
  // is one of two; with no other, the label says nothing of which ("Internal" says it is ours).
  // "Facilitator: Nell Okafor" beside it seats someone in no group, at no other side either.
  const groups = new Set(
    found.flatMap((attendee) => (attendee.group ? [fold(attendee.group).trim()] : [])),
  );
  const [onlyGroup] = groups;
  if (
    customer === null &&
    groups.size === 1 &&
    onlyGroup &&
    /^(?:team|staff)$/.test(onlyGroup) &&
    found.every((attendee) => !attendee.organization && attendee.side !== "customer")
  )
    for (const attendee of found)
      if (sideOf({ ...attendee, group: null }, null) === null) attendee.side = null;
  return found;
}

/**
 * "Present: Odile Quast (Quillfield), Ingrid Holm, Tallis Grove" in a meeting with Quillfield: where
 * the writers marked only the customer's people, those listed beside them (on the same lines or
 * the lines next to them) with nothing said of them are the writers, across the table.
 */
function rosterOfTheCustomers(found: readonly Attendee[], customer: string): Set<Attendee> {
  const lineOf = (attendee: Attendee) => attendee.source?.start.line ?? -1;
  const ordered = [...found].filter((attendee) => lineOf(attendee) >= 0);
  ordered.sort((one, other) => lineOf(one) - lineOf(other));
  const roster = new Set<Attendee>();
  let run: Attendee[] = [];
  const close = () => {
    const theirs = (attendee: Attendee) =>
      !!attendee.organization && sameOrganization(attendee.organization, customer);
    // Where the writers also marked some of their own, one left plain may sit on either side.
    const plain = (attendee: Attendee) =>
      !attendee.organization && !attendee.role && !attendee.group;
    if (run.some(theirs) && run.every((attendee) => theirs(attendee) || plain(attendee)))
      for (const attendee of run) roster.add(attendee);
    run = [];
  };
  for (const attendee of ordered) {
    const last = run[run.length - 1];
    if (last && lineOf(attendee) - lineOf(last) > 1) close();
    run.push(attendee);
  }
  close();
  return roster;
}

/**
 * "Odile Quast <odile@quillfield.example>" in "Quillfield / Brightwater weekly": an address at a
 * domain spelt as an organization the title or another attendee names says where its owner works.
 * A mail provider's domain names no organization the note does, and is never read so.
 */
function organizationOfMailDomain(found: Attendee[], title: string | null): void {
  if (!found.some((attendee) => attendee.email && !attendee.organization)) return;
  const key = (name: string) => fold(name).replace(/[^a-z0-9]/g, "");
  const named = new Map<string, string>();
  for (const attendee of found)
    if (attendee.organization) named.set(key(attendee.organization), attendee.organization);
  // Each run of one to three capitalised words in the title may be an organization's name.
  const words = title?.match(/\p{Lu}[\p{L}\d&'’-]*/gu) ?? [];
  for (let start = 0; start < words.length; start++)
    for (let end = start + 1; end <= Math.min(words.length, start + 3); end++) {
      const run = words.slice(start, end).join(" ");
      if (title!.includes(run)) named.set(key(run), run);
    }
  for (const attendee of found) {
    if (!attendee.email || attendee.organization) continue;
    const labels = attendee.email.split("@")[1]?.toLowerCase().split(".").slice(0, -1) ?? [];
    const label = labels.find((part) => part.length >= 3 && named.has(part));
    if (label) attendee.organization = named.get(label)!;
  }
}

const SIDE_BEFORE_ROLE = /^(our|their)\s+(\S.*)$/i;

const INVITED_LABEL = /^(?:invited|invitees|invited attendees)$/;

/**
 * "Invited: Kim Lee, Ana Ruiz, Ben Ode" over "Attended: Kim Lee, Ben Ode": who came is the second
 * list; the invited who are on no other list stayed away. An invitation alone is who came.
 */
function dropInvitedWhoDidNotCome(found: Attendee[], labels: readonly LabelLine[]): void {
  const people = labels.filter((line) => line.key === "attendees");
  const invited = people.filter((line) => INVITED_LABEL.test(fold(line.label).trim()));
  const came = people.filter((line) => !INVITED_LABEL.test(fold(line.label).trim()));
  if (invited.length === 0 || came.length === 0) return;
  const names = (lines: LabelLine[]) =>
    new Set(lines.flatMap((line) => parsePeopleList(line.value).map((entry) => fold(entry.name))));
  const onlyInvited = names(invited);
  for (const name of names(came)) onlyInvited.delete(name);
  const kept = found.filter((attendee) => !onlyInvited.has(fold(attendee.name)));
  found.splice(0, found.length, ...kept);
}

/**
 * The organization across the table, where the note does not name its customer: the
 * attendees' organization the title says the meeting was with ("Weekly sync with Lumen Retail"
 * over "Tom Becker (Lumen Retail)"), or else the one organization beside people labelled as our
 * side ("Us: Priya, Jonas" and "Kestrel: Maya, Dev"). An organization the title merely names is
 * as often the host ("Harbor TSC meeting" of "Ana Ruiz (TSC)"), and two ("Orbis x Fenwick
 * Bank") say nothing about which one buys.
 */
function counterpart(
  found: readonly Attendee[],
  title: string | null,
  sections: readonly RawSection[],
): string | null {
  const organizations = new Map<string, string>();
  for (const attendee of found)
    if (
      attendee.organization &&
      !isVendorGroup(attendee.organization) &&
      // "Fernway (us): Lucas Ferreira": the writers' own organization.
      !(attendee.group && isVendorGroup(attendee.group))
    )
      organizations.set(organizationWords(attendee.organization).join(" "), attendee.organization);
  // "Weekly sync w/ Brightwater": "w/" is "with", written fast.
  const met = title ? /(?:\bwith|\bw\/)\s+(?:the\s+)?(.+)$/i.exec(title)?.[1] : undefined;
  const named = [...organizations.values()].filter(
    (name) => met !== undefined && sameOrganization(name, met),
  );
  if (named.length > 0) return named.length === 1 ? named[0]! : null;
  // "Quillfield escalation – slow reports", "QBR: Quillfield": a meeting held with a customer,
  // named after the one organization at the table whose name it bears.
  if (title && CUSTOMER_MEETING.test(title)) {
    const inTitle = [...organizations.values()].filter((name) => namedInTitle(name, title));
    if (inTitle.length === 1) return inTitle[0]!;
  }
  const across = acrossFromCommitments(found, title, sections);
  if (across) return across;
  // "We (Brightwater) will provision the sandbox": the writers' organization sells, and the one
  // other organization at the table is its customer.
  const writers = writersOrganization(sections, organizations);
  if (writers !== null) {
    const others = [...organizations].filter(([key]) => key !== writers);
    if (others.length === 1) return others[0]![1];
  }
  // "Brightwater (client): Rina Osei", "Ingrid Holm (Client Sponsor, Tallow Foods)": the
  // organization of those the note seats as the customer.
  const theirs = new Set(
    found.filter(seatedAsCustomer).flatMap((attendee) => attendee.organization ?? []),
  );
  if (theirs.size === 1) return [...theirs][0]!;
  // "Us: Priya, Jonas" or "Dana Ruiz (Account Executive, Orbis)" beside one other organization.
  if (!found.some(seatedAsVendor)) return null;
  // "Greta Lund (Quillfield, Account Manager)": her organization sells, whoever else is of it.
  const selling = new Set(
    found.flatMap((attendee) =>
      attendee.organization && seatedAsVendor(attendee)
        ? [organizationWords(attendee.organization).join(" ")]
        : [],
    ),
  );
  const others = new Map<string, string>();
  for (const attendee of found) {
    const key = attendee.organization ? organizationWords(attendee.organization).join(" ") : "";
    if (attendee.organization && !seatedAsVendor(attendee) && !selling.has(key))
      others.set(key, attendee.organization);
  }
  if (others.size > 0) return others.size === 1 ? [...others.values()][0]! : null;
  // "Tallow Foods: Ingrid, Rina" and "Kestrel: Ben (Account Manager), Ada" under a title that
  // names either: the group beside the seller's is the one it sells to ("Vendor check-in —
  // Kestrel" names the seller). Teams of one company ("Platform: ...", "Sales: ...") are not
  // named in the title and name no customer.
  const sellers = new Set(found.filter(seatedAsVendor).flatMap((attendee) => attendee.group ?? []));
  const groups = new Set(
    found.flatMap((attendee) =>
      attendee.group && !sellers.has(attendee.group) && !isVendorGroup(attendee.group)
        ? [attendee.group]
        : [],
    ),
  );
  const [buyer] = groups;
  const [seller] = sellers;
  // "Our side: Tamsin Greer" beside "Quillfield: Odile Quast": the writers name their own side,
  // so the one organization labelled beside it sits across the table.
  const writersOwn = seller !== undefined && OUR_SIDE.test(fold(seller).trim());
  return sellers.size === 1 &&
    groups.size === 1 &&
    (namedInTitle(buyer!, title) ||
      namedInTitle(seller!, title) ||
      (writersOwn && organizationInLabel(buyer!) === buyer && !isRolePiece(buyer!)))
    ? buyer!
    : null;
}

/**
 * "Escalation call — Brightwater / Tallow Foods": a title naming both organizations at the table
 * says nothing of which one buys. The note's commitments do: "What we committed to" is the
 * writers' side's promise, so the organization whose people own them sells, and the other named
 * in the title is its customer. Where both own some, or neither, nothing is said.
 */
function acrossFromCommitments(
  found: readonly Attendee[],
  title: string | null,
  sections: readonly RawSection[],
): string | null {
  if (!title) return null;
  const inTitle = new Map<string, string>();
  for (const attendee of found)
    if (attendee.organization && namedInTitle(attendee.organization, title))
      inTitle.set(organizationWords(attendee.organization).join(" "), attendee.organization);
  if (inTitle.size !== 2) return null;
  const promised = sections
    .filter((section) => section.kind === "commitments")
    .flatMap((section) => section.items.map((item) => fold(item.text)));
  const promising = new Set<string>();
  for (const attendee of found) {
    if (!attendee.organization) continue;
    const names = [fold(attendee.name), fold(attendee.name.split(/\s+/)[0]!)];
    if (promised.some((text) => names.some((name) => startsWithName(text, name))))
      promising.add(organizationWords(attendee.organization).join(" "));
  }
  if (promising.size !== 1) return null;
  const [seller] = promising;
  const buyers = [...inTitle.keys()].filter((key) => key !== seller);
  return inTitle.has(seller!) && buyers.length === 1 ? inTitle.get(buyers[0]!)! : null;
}

/** The key of the attendees' organization the writers name as theirs ("We (Brightwater) will ..."). */
function writersOrganization(
  sections: readonly RawSection[],
  organizations: ReadonlyMap<string, string>,
): string | null {
  const named = new Set<string>();
  for (const section of sections)
    for (const item of section.items) {
      const ours = OUR_ORGANIZATION_LEAD.exec(item.text);
      const organization = ours?.[1] ?? ours?.[2];
      if (!organization) continue;
      const key = organizationWords(organization).join(" ");
      if (organizations.has(key)) named.add(key);
    }
  return named.size === 1 ? [...named][0]! : null;
}

function startsWithName(text: string, name: string): boolean {
  const rest = text.replace(/^[^\p{L}]+/u, "");
  return rest.startsWith(name) && !/^\p{L}/u.test(rest.slice(name.length));
}

function isVendorGroup(name: string): boolean {
  return VENDOR_GROUPS.test(fold(name).trim());
}

const SIDE_AFTER_NAME =
  /^(\p{Lu}[^()]{0,40}?)\s*\(\s*(us|we|our side|our team|vendor|customer|client|them)\s*\)$/iu;
const SIDE_IN_BRACKET = /^(?:vendor|customer|client|our|their) (?:side|team)$/;
/** "PL (Pia Lund, client)", "Rafe Ortiz (Client)": a role that is a side; the role stays as written. */
const SIDE_AS_ROLE = /^(?:(customer|client)|vendor|supplier)$/;
/**
 * "Client Sponsor", "Customer PM": a role held for the customer. "Customer Success Manager" and
 * "Client Services Lead" are the vendor's people who look after it.
 */
const CUSTOMER_ROLE =
  /^(?:customer|client)(?:['’]s)?\s+(?:sponsor|project manager|pm|product owner|po|representative|rep|contact|stakeholder|lead|champion|admin(?:istrator)?|owner|executive|cto|ceo|cio|cfo|coo|it lead|it manager)$/;

/** "Customer Success Manager", "Account Executive", "Solutions Engineer": roles of the side that sells. */
const VENDOR_ROLE =
  /^(?:customer success(?: manager| lead| director)?|csm|account (?:manager|executive|director|lead)|technical account manager|tam|solutions? (?:engineer|architect|consultant)|sales engineer|implementation (?:manager|consultant|lead|specialist)|engagement manager)$/;

function seatedAsVendor(attendee: Attendee): boolean {
  return (
    (attendee.group ? isVendorGroup(attendee.group) : false) ||
    (attendee.role ? VENDOR_ROLE.test(fold(attendee.role).trim()) : false)
  );
}

/** Whether an attendee's role or group seats them at the customer's side of the table. */
function seatedAsCustomer(attendee: Attendee): boolean {
  const role = attendee.role ? fold(attendee.role).trim() : "";
  return (
    SIDE_AS_ROLE.exec(role)?.[1] !== undefined ||
    CUSTOMER_ROLE.test(role) ||
    (attendee.group ? CUSTOMER_GROUPS.test(fold(attendee.group).trim()) : false)
  );
}

const GROUP_OVER_LIST = /^(\S.{0,40}?)\s*:$/;

/**
 * "##### Ana Ruiz, Ben Ode, Chen Wu" under the meeting's title: a heading that is nothing but
 * three or more full names is who came, where the note lists them nowhere else. Two names may be
 * a topic ("Kim Ilse and the budget" is not one) and a first name alone may be a word, so both are
 * left alone.
 */
function headingOfNames(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Pick<Item, "source"> }> {
  for (const section of sections.slice(0, 4)) {
    if (!section.explicit || /[:;()@]/.test(section.heading)) continue;
    const parts = section.heading.split(/\s*,\s*|\s+(?:and|&)\s+/).filter(Boolean);
    if (parts.length < 3) continue;
    const fullNames = parts.every(
      (part) => /^\S+(?:\s+\S+){1,3}$/.test(part) && looksLikeName(part, true),
    );
    if (!fullNames) continue;
    return parts.flatMap((part) => {
      const entry = parsePerson(part);
      return entry ? [{ entry, item: section }] : [];
    });
  }
  return [];
}

/** "Ana — Yesterday: ...", "**@ben**: Today: ...": a person's name or handle opening the line. */
const REPORTER_LEAD =
  /^(@[\w.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*(?::|\s[—–-])\s+(\S.*)$/u;
/** "Yesterday:", "Today:", "Blockers:" inside one line, each opening a sentence or the line. */
const REPORT_LABEL_IN_LINE =
  /(?:^|[.;!]\s+|\s[—–|-]\s+)(yesterday|today|tomorrow|blockers?|blocked|doing|done|next)\s*:/gi;

/**
 * "**Ana** — Yesterday: fixed the test. Today: deploy the patch. Blockers: none.": a stand-up
 * written a line per person. Two or more such lines, each a name or a handle and two or more of
 * a report's labels, are who came, where the note lists them nowhere else.
 */
function standupLines(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Pick<Item, "source"> }> {
  const reporting: Array<{ entry: PersonEntry; item: Item }> = [];
  for (const section of sections)
    for (const item of section.items) {
      if (item.parent || (item.type !== "line" && item.type !== "list-item")) continue;
      const lead = REPORTER_LEAD.exec(item.text);
      if (!lead || !(isHandle(lead[1]!) || looksLikeName(lead[1]!, true))) continue;
      const labels = new Set(
        [...lead[2]!.matchAll(REPORT_LABEL_IN_LINE)].map((label) => label[1]!.toLowerCase()),
      );
      const entry = labels.size >= 2 ? parsePerson(lead[1]!) : null;
      if (entry) reporting.push({ entry, item });
    }
  return reporting.length >= 2 ? reporting : [];
}

/**
 * "## Updates" over "- Tamsin finished the onboarding flow", "- Ingrid is still blocked on the
 * keys": a round of updates, a line each, opened by the one who gives it. Where the note lists no
 * one, two or more people reporting so were there.
 */
function updatesByPerson(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item }> {
  const reporting: Array<{ entry: PersonEntry; item: Item }> = [];
  for (const section of sections) {
    if (!UPDATES_HEADING.test(normalizeHeading(section.heading))) continue;
    const lines = section.items.filter((item) => !item.parent && item.type === "list-item");
    const openers = lines.map((item) => UPDATE_OPENER.exec(item.text)?.[1] ?? null);
    if (lines.length < 2 || openers.some((name) => !name || !looksLikeName(name, true))) continue;
    lines.forEach((item, index) => {
      const entry = parsePerson(openers[index]!);
      if (entry) reporting.push({ entry, item });
    });
  }
  return new Set(reporting.map(({ entry }) => fold(entry.name))).size >= 2 ? reporting : [];
}

const UPDATES_HEADING =
  /^(?:(?:team |status |individual |personal )?updates|round ?(?:the )?table|round ?robin|check ?ins?|status)$/;
/** A given name, or a given and a family name, then what they did or are at, in lower case. */
const UPDATE_OPENER =
  /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?=(?:is|was|has|had|will|\p{Ll}+ed|\p{Ll}+s)\b)/u;

/** "1:1 Tamsin / Greta", "Tamsin <> Greta 1:1", "One-on-one: Tamsin & Greta". */
const ONE_TO_ONE_MARK = /\b(?:1\s?[:-]\s?1|1on1|one[- ]on[- ]one|one[- ]to[- ]one)\b/i;
const TWO_NAMES =
  /(?:^|[\s:—–-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*(?:\/|<>|&|\band\b|\bx\b|\+)\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=$|[\s:—–(,|-])/u;

/**
 * A one-to-one's title names its two people ("1:1 Tamsin / Greta"): where the note lists no one
 * else, they are who came.
 */
function oneToOneInTitle(
  title: string | null,
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Pick<Item, "source"> }> {
  if (!title || !ONE_TO_ONE_MARK.test(title)) return [];
  const pair = TWO_NAMES.exec(title.replace(ONE_TO_ONE_MARK, " "));
  const heading = sections.find((section) => section.heading === title);
  if (!pair || !heading) return [];
  const names = [pair[1]!, pair[2]!];
  if (!names.every((name) => looksLikeName(name, true) && !isNotNameWord(name))) return [];
  return names.flatMap((name) => {
    const entry = parsePerson(name);
    return entry ? [{ entry, item: heading }] : [];
  });
}

/**
 * "## Ana" over "- Yesterday: ...", "- Today: ...", "- Blockers: ...": a stand-up gives each
 * person who spoke a heading over their report. Two or more such headings, each a name or a
 * handle over report labels, are who came, where the note lists them nowhere else.
 */
function standupHeadings(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Pick<Item, "source"> }> {
  // "**Ana**" on a line of its own heads a report as "## Ana" does, and so does "Ana" written
  // plain over the list of her report.
  const reports = [
    ...sections.map((section) => ({ who: section.heading, item: section, items: section.items })),
    ...reportsUnderPlainNames(sections),
  ];
  const reporting = reports.filter(
    (report) =>
      /^@?[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?$/u.test(report.who.trim()) &&
      (isHandle(report.who) || looksLikeName(report.who, true)) &&
      isStandUpReport(
        report.items,
        reports.filter((other) => other !== report).map((other) => other.items),
      ),
  );
  if (reporting.length < 2) return [];
  // "**Greta**" over "- Will grant Pim access today" beside reports of "Done:" and "Next:": a
  // name heading a list in the same place as the reports around it is one more person's report,
  // though it uses none of their labels.
  const besides = reports.filter(
    (report) =>
      !reporting.includes(report) &&
      report.items.length > 0 &&
      !AWAY_TODAY.test(report.items[0]!.text.trim()) &&
      reporting.some((other) => sameKindOfPlace(report.item, other.item, sections)) &&
      /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u.test(report.who.trim()) &&
      looksLikeName(report.who, true) &&
      headingKind(report.who) === null &&
      !STAND_UP_LABEL.test(report.who.trim()),
  );
  // A stand-up of several days reports under the same names again.
  const seated = new Set<string>();
  return [...reporting, ...besides].flatMap((report) => {
    const entry = parsePerson(report.who.trim());
    if (!entry || seated.has(entry.name.toLowerCase())) return [];
    seated.add(entry.name.toLowerCase());
    return [{ entry, item: report.item }];
  });
}

/** "Pim" over "- out sick", "- OOO", "- on leave": a report that says its person was away. */
const AWAY_TODAY =
  /^(?:out|off|away|ooo|oof|pto|sick|absent|on (?:leave|holiday|vacation|pto)|not (?:here|in|present))\b(?!\s+(?:on|from|next|this|after)\b)/i;

/**
 * "Ada Lind (Brightwater CTO)" in a note that names Brightwater as the customer or as another
 * attendee's organization: where she works, then what she does. "Platform Engineer" or
 * "Community manager" names no organization the note knows, and stays a role.
 */
function organizationBeforeRole(found: readonly Attendee[], customer: string | null): void {
  const known = [
    ...(customer ? [customer] : []),
    ...found.flatMap((attendee) => (attendee.organization ? [attendee.organization] : [])),
  ];
  for (const attendee of found) {
    if (!attendee.role || attendee.organization) continue;
    const words = attendee.role.trim().split(/\s+/);
    for (let cut = Math.min(3, words.length - 1); cut >= 1; cut--) {
      const organization = words.slice(0, cut).join(" ");
      const role = words.slice(cut).join(" ");
      if (!/^\p{Lu}/u.test(organization) || isRoleText(organization) || !isRoleText(role)) continue;
      // "Quillfield Security": one word after the name that is a field of work, not a job.
      if (
        cut === words.length - 1 &&
        !/^\p{Lu}{2,5}$|(?:er|or|ist|ant|ent|ead|ief|air)$/iu.test(role)
      )
        continue;
      if (!known.some((other) => fold(other).trim() === fold(organization).trim())) continue;
      attendee.organization = organization;
      attendee.role = role;
      break;
    }
  }
}

/** Two report heads of the same shape: headings of one depth, or lines of one section. */
function sameKindOfPlace(
  one: Pick<Item, "source">,
  other: Pick<Item, "source">,
  sections: readonly RawSection[],
): boolean {
  const asSection = (head: Pick<Item, "source">) =>
    sections.find((section) => section === head) ?? null;
  const oneSection = asSection(one);
  const otherSection = asSection(other);
  if (oneSection || otherSection)
    return oneSection !== null && otherSection !== null && oneSection.depth === otherSection.depth;
  const holder = (head: Pick<Item, "source">) =>
    sections.find((section) => section.items.includes(head as Item)) ?? null;
  const holding = holder(one);
  return holding !== null && holding === holder(other);
}

/** "Ana" alone on a line over a list: the line, and the items of the list it leads into. */
function reportsUnderPlainNames(
  sections: readonly RawSection[],
): Array<{ who: string; item: Pick<Item, "source">; items: readonly Item[] }> {
  const byLine = new Map<Item, Item[]>();
  for (const section of sections)
    for (const item of section.items)
      if (item.leadIn && item.parent === null && item.leadIn.type === "line")
        byLine.set(item.leadIn, [...(byLine.get(item.leadIn) ?? []), item]);
  // "Ana:" with its colon leads her list as "Ana" does.
  return [...byLine].map(([line, items]) => ({
    who: line.text.replace(/\s*:$/, ""),
    item: line,
    items,
  }));
}

/**
 * "## Board members" over "- [x] Ana Ruiz", "- [ ] Ben Ode": a list of nothing but people's names
 * in checkboxes, some ticked, is a roll call whatever its heading says; the ticked were there.
 * Where the note lists its attendees elsewhere, that list wins and the boxes are left alone.
 */
function tickedRoster(sections: readonly RawSection[]): Array<{ entry: PersonEntry; item: Item }> {
  for (const section of sections) {
    const ticked = tickedBoxes(section);
    if (ticked) return ticked;
  }
  return [];
}

/** The people ticked in a section of nothing but names in checkboxes, some ticked; else null. */
function tickedBoxes(section: RawSection): Array<{ entry: PersonEntry; item: Item }> | null {
  if (TASK_SECTION_KINDS.has(section.kind)) return null;
  const boxes = section.items.filter((item) => item.parent === null);
  if (boxes.length < 3 || !boxes.every((item) => item.checked !== null)) return null;
  if (!boxes.some((item) => item.checked === true)) return null;
  const entries = boxes.map((item) => ({ entry: parsePerson(item.text), item }));
  if (!entries.every(({ entry }) => entry && looksLikeName(entry.name, true))) return null;
  return entries
    .filter(({ item }) => item.checked === true)
    .map(({ entry, item }) => ({ entry: entry!, item }));
}

/**
 * "## Attendance" then "## Observers and staff", each a list of names in checkboxes: the roll
 * call goes on under a heading that does not say it is one, as long as the sections before it
 * were the roll call.
 */
function rollCallContinued(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item }> {
  const found: Array<{ entry: PersonEntry; item: Item }> = [];
  let inRollCall = false;
  for (const section of sections) {
    if (section.kind === "attendees") {
      inRollCall = section.items.every((item) => item.parent !== null || item.checked !== null);
      continue;
    }
    const ticked = inRollCall ? tickedBoxes(section) : null;
    if (ticked) found.push(...ticked);
    inRollCall = ticked !== null;
  }
  return found;
}

/**
 * "1. Roll call" or "- Attendees:" as a bullet of the note's running list, with the people as
 * the bullets nested below it: where there is no attendee heading, the bullet is one. Ticked
 * boxes among them are the people present, as in an attendee section.
 */
function rollCallBullets(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item; group: string | null }> {
  const found: Array<{ entry: PersonEntry; item: Item; group: string | null }> = [];
  for (const section of sections) {
    if (section.kind === "attendees") continue;
    for (const bullet of section.items) {
      const label = bullet.text.replace(/:\s*$/, "");
      if (bullet.type !== "list-item" || bullet.lead !== null || label.split(/\s+/).length > 8)
        continue;
      if (headingKind(label) !== "attendees") continue;
      const below = section.items.filter((child) => child.parent === bullet);
      const ticked = below.some((child) => child.checked === true);
      // "Tilde Marsh, Northwind Labs" on each bullet: a person and where they work.
      const shaped = nameCommaOrganization(below);
      for (const child of below) {
        if (ticked && child.checked === false) continue;
        const known = shaped.get(child);
        if (known) {
          found.push({ entry: known, item: child, group: null });
          continue;
        }
        // "Acme representatives" over its own list is a group of the roll call, not a person;
        // the people under it came, unless the group says they did not ("Former members").
        const members = section.items.filter((other) => other.parent === child);
        if (members.length > 0) {
          const group = child.text.replace(/:\s*$/, "").trim();
          if (
            label.split(/\s+/).length > 3 ||
            group.split(/\s+/).length > 5 ||
            /[?.]$/.test(group) ||
            saysAbsent(group) ||
            /\b(?:former|past|emeriti|emeritus)\b/i.test(group)
          )
            continue;
          for (const member of members)
            for (const entry of parsePeopleList(member.text))
              if (looksLikeName(entry.name)) found.push({ entry, item: member, group });
          continue;
        }
        for (const entry of parsePeopleList(child.text))
          if (looksLikeName(entry.name)) found.push({ entry, item: child, group: null });
      }
    }
  }
  return found;
}

/** The top-level list items that follow a line straight after it, up to the next other line. */
function listAfter(line: LabelLine): Item[] {
  const items = line.section.items;
  const after: Item[] = [];
  for (let at = items.indexOf(line.item) + 1; at < items.length; at++) {
    const next = items[at]!;
    if (next.type !== "list-item") break;
    if (next.parent === null) after.push(next);
  }
  return after;
}

/**
 * "Present: Ana, Ben,\nand Cy": a list wrapped onto the next lines of its paragraph, read on while
 * a line ends with a comma or the next one opens with "and".
 */
function wrappedValue(line: LabelLine): string {
  const items = line.section.items;
  let value = line.value;
  let at = items.indexOf(line.item);
  while (at >= 0 && at + 1 < items.length) {
    const previous = items[at]!;
    const next = items[at + 1]!;
    const adjacent =
      next.type === "line" && next.source.start.line === previous.source.end.line + 1;
    if (!adjacent || plainLabel(next.text) !== null) break;
    // A list that goes on without a comma at the line's end: "Ines\nHolm, Ravi Castillo" broke
    // inside a name (one word before the break), "Ines Holm\nRavi Castillo" between two.
    // "Ana Ruiz; Ben Ode;\nCarla Nunez": the list's own separator, a semicolon as well as a comma.
    const separator = value.includes(";") ? ";" : ",";
    const goesOn =
      /[\p{L})]$/u.test(value) && value.includes(separator) && NAME_LIST_GOES_ON.test(next.text);
    const endsWithSeparator = value.trimEnd().endsWith(separator);
    if (!goesOn && !endsWithSeparator && !/^(?:and|&)\s/i.test(next.text)) break;
    const brokenName = goesOn && !/\s/.test(value.slice(value.lastIndexOf(separator) + 1).trim());
    const joined = endsWithSeparator ? value.trimEnd().slice(0, -1) : value;
    value = brokenName
      ? `${value} ${next.text}`
      : `${joined}${separator} ${next.text.replace(/^(?:and|&)\s+/i, "")}`;
    at++;
  }
  return value;
}

/**
 * "Attendees: [Ines Dahl](…/people/…) Oskar Lind [Mei Sato](…/people/…)": a wiki's export, where
 * profile links stand side by side with no commas and a name without a profile sits between
 * them. Each link is a person, and so is each short run of words between two links.
 */
function linkedRun(value: string, mentions: readonly string[] | undefined): PersonEntry[] | null {
  if (!mentions || mentions.length < 2 || /[,;]/.test(value)) return null;
  const longestFirst = [...mentions].sort((a, b) => b.length - a.length);
  const names: string[] = [];
  let rest = value.trim();
  while (rest) {
    const lead = longestFirst.find((mention) => rest.startsWith(mention));
    if (lead) {
      names.push(lead);
      rest = rest.slice(lead.length).trim();
      continue;
    }
    const next = Math.min(
      ...longestFirst.map((mention) => rest.indexOf(mention)).filter((at) => at > 0),
      rest.length,
    );
    const run = rest.slice(0, next).trim();
    if (run.split(/\s+/).length <= 3) names.push(run);
    rest = rest.slice(next).trim();
  }
  return names.map((name) => parsePerson(name)).filter((entry) => entry !== null);
}

/**
 * "Ana Ruiz, Ben Ode. Apologies: Chloe Park.", "Ana (PM), Ben | Guests: Tom Kline", "Ana, Ben —
 * Quillfield: Tom Kline": one line that goes on with another label. The people of this label,
 * and of any later label that lists attendees too; those of an absence label are left out.
 */
function attendeeValues(value: string): string[] {
  const values = [""];
  for (const part of value.split(NEXT_LABEL)) {
    const label = plainLabel(part);
    const key = label ? factKey(label.label) : null;
    if (key === "attendees" || key === "absent") values.push(key === "absent" ? "" : part);
    else values[values.length - 1] += `${values[values.length - 1] ? "; " : ""}${part}`;
  }
  // "Guests: Tom Kline" reads as the people after its label; a side's label ("Us: ...") stays
  // inside the value, where the people list reads it.
  return values
    .map((part, index) => (index === 0 ? part : (plainLabel(part)?.value ?? "")))
    .filter(Boolean);
}
const NEXT_LABEL = /(?:\.\s+|\s+\|\s+|;\s+|\s+[–—]\s+)(?=\p{Lu}[\p{L} /-]{0,30}:\s)/u;

/**
 * "Rina: spending the weekend hiking, weather allowing", "Pim: nothing planned": a check-in's
 * answer after the name, not what the person does. A role is a few words and says no more.
 */
const CHECK_IN_REMARK =
  /,|^\p{Ll}+ing\b|^(?:nothing|no|not|just|still|hoping|back)\b|^(?:\S+\s+){4,}\S/u;
function saysInsteadOfRole(value: string): boolean {
  return CHECK_IN_REMARK.test(value) && !isRoleText(value);
}

/** A line that goes on with a list of names: capitalised words up to a comma, no sentence end. */
const NAME_LIST_GOES_ON = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:[,;]\s*[^.!?]*)?$/u;

const ROLE_LIST_HEADING = /\b(?:roles?|responsibilities|who'?s who|team members?)\b/i;
const APPOINTED =
  /^(.+?)\s+(?:was|is|will be|has been)\s+(?:elected|appointed|named|chosen|selected|nominated|confirmed)?\s*(?:as\s+)?(?:the\s+)?([^()]+?)\s*(?:\(.*)?$/;

/**
 * A "Roles" list ("Noor - Technical Architect", "Tomas Reyes was elected Product Owner") gives roles,
 * and sometimes full names, to people already listed as present. It adds no one: a role holder
 * who did not attend is not an attendee.
 */
function enrichFromRoleLists(attendees: Attendee[], sections: readonly RawSection[]): void {
  for (const section of sections) {
    if (section.kind === "attendees" || !ROLE_LIST_HEADING.test(section.heading)) continue;
    for (const item of section.items) {
      const appointed = APPOINTED.exec(item.text);
      const entry =
        appointed && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u.test(appointed[1]!)
          ? { name: appointed[1]!, role: appointed[2]!.trim() }
          : parsePerson(item.text);
      if (!entry?.role) continue;
      const written = fold(entry.name);
      const attendee = attendees.find((candidate) => {
        const name = fold(candidate.name);
        return name === written || (!name.includes(" ") && written.split(" ")[0] === name);
      });
      if (!attendee) continue;
      attendee.role ??= entry.role;
      if (entry.name.length > attendee.name.length) attendee.name = entry.name;
    }
  }
}

/** Labels in an attendee list that introduce no one present: "Not present: ...", "Agenda: ...". */
const NOT_ATTENDEE_LABELS = new RegExp(
  `^(?:${ABSENCE_LABELS}|agenda|topics?|done|notes?|summary|purpose|goals?|status|decisions?|next steps?)$`,
);

const FROM_LEAD = /^from\s+(?:the\s+)?/i;

/**
 * "Kim Lee", "Ada Lind (Support Engineer)": the whole text is one person's given and family name,
 * with at most a bracket of what the person is; no role or organization of its own.
 */
function isFullNameOnly(text: string): boolean {
  const value = text.trim().replace(/\s*\([^()]*\)$/, "");
  const people = parsePeopleList(value);
  return (
    people.length === 1 &&
    people[0]!.name === value &&
    /\s/.test(value) &&
    looksLikeName(value) &&
    !isRoleText(value) &&
    !readsAsOrganization(value)
  );
}

/** "Ada Lind, Pim Sorensen (TAM)": people written by given and family name, and nothing else. */
function fullNamesOnly(value: string): boolean {
  const people = parsePeopleList(value);
  return (
    people.length > 0 &&
    people.every((entry) => /\s/.test(entry.name) && looksLikeName(entry.name, true)) &&
    !people.some((entry) => isRoleText(entry.name) || readsAsOrganization(entry.name))
  );
}

/** "To: ..." and "Cc: ..." over a recap sent by mail: whom it was sent to, not who came. */
const MAIL_ADDRESS_FIELD = /^(?:to|cc|bcc|from|reply-to)$/i;

/**
 * "Quillfield: Ada Lind, Pim Sorensen" over "Brightwater: Tovah Brandt": in the note's head, two
 * or more lines in a row each labelled by a capitalised word and holding nothing but full names,
 * one of them two or more, list who came for each organization or team, though no line says
 * which side is which. One such line alone may be a project's or a place's name.
 */
function runsOfNamedPeople(head: readonly Item[], labelLine: readonly boolean[]): Set<number> {
  const found = new Set<number>();
  const named = head.map((item, index) => {
    const labelled = itemLabel(item);
    return (
      !!labelled &&
      labelLine[index]! &&
      !MAIL_ADDRESS_FIELD.test(labelled.label.trim()) &&
      fullNamesOnly(labelled.value)
    );
  });
  for (let start = 0; start < head.length; start++) {
    if (!named[start] || (start > 0 && named[start - 1])) continue;
    let end = start;
    while (end + 1 < head.length && named[end + 1]) end++;
    const run = head.slice(start, end + 1);
    if (run.length >= 2 && run.some((item) => parsePeopleList(itemLabel(item)!.value).length >= 2))
      for (let at = start; at <= end; at++) found.add(at);
  }
  return found;
}

/** "Ana Ruiz", "Ben Ode (PM)": a line that is one person and nothing else. */
function namesOnePerson(text: string): boolean {
  const people = parsePeopleList(text);
  return people.length === 1 && looksLikeName(people[0]!.name, true);
}

function groupFromParent(item: Item): string | null {
  if (!item.parent) return null;
  const text = item.parent.text.replace(/:\s*$/, "").trim();
  return text.split(/\s+/).length <= 4 ? text : null;
}

/** A name without its middle initials: "Tamsin R. Greer" and "Tamsin Greer" are one person. */
const withoutMiddleInitials = (name: string) =>
  fold(name)
    .replace(/(?<=\S)\s+\p{L}\.?(?=\s+\S)/gu, "")
    .replace(/\s+/g, " ");

/**
 * "Scribe: Jonas Weber" and, later, "Scribe – Jonas": a given name alone is the one attendee of
 * that given name written in full, either way round (the full name is kept).
 */
function onlyFullNameOf(found: Attendee[], entry: PersonEntry): Attendee | undefined {
  const givenName = (name: string) => fold(name).split(/\s+/)[0]!;
  const alone = !/\s/.test(entry.name.trim());
  const matches = found.filter((attendee) =>
    alone
      ? /\s/.test(attendee.name.trim()) && givenName(attendee.name) === fold(entry.name.trim())
      : !/\s/.test(attendee.name.trim()) && fold(attendee.name.trim()) === givenName(entry.name),
  );
  if (matches.length !== 1 || (!alone && found.some((other) => sameName(other, entry))))
    return undefined;
  const [match] = matches;
  if (!alone) match!.name = entry.name;
  return match;
}

function sameName(attendee: Attendee, entry: PersonEntry): boolean {
  if (fold(attendee.name) === fold(entry.name)) return true;
  const [one, other] = [withoutMiddleInitials(attendee.name), withoutMiddleInitials(entry.name)];
  if (one === other && one.includes(" ")) return true;
  return !!entry.handle && !!attendee.handle && fold(attendee.handle) === fold(entry.handle);
}

const TITLE_BEFORE = new RegExp(`^${PERSON_TITLES}\\.?\\s+`, "i");

function assignIds(attendees: Attendee[]): void {
  const used = new Map<string, number>();
  for (const attendee of attendees) {
    const base =
      slugify(attendee.name.replace(TITLE_BEFORE, "")) ||
      slugify(attendee.handle ?? "") ||
      "attendee";
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    attendee.id = count === 1 ? base : `${base}-${count}`;
  }
}

/**
 * "Quillfield: Pim Sorensen (Solutions)": under an organization's label, a one-word bracket that
 * is no known role is the team the person works in there.
 */
function inOrganization(entry: PersonEntry, organization: string): PersonEntry {
  if (!entry.organization) return { ...entry, organization };
  return !entry.role &&
    !/\s/.test(entry.organization) &&
    !sameOrganization(entry.organization, organization)
    ? { ...entry, role: entry.organization, organization }
    : entry;
}

/**
 * "Quillfield: Pim Sorensen (VP)" and "Brightwater: Ingrid Holm (CTO)" under "Participants", in
 * a note titled "Quillfield / Brightwater — P1 review": two or more labels over people that the
 * title names are the organizations at the table. One alone may be a team the title names
 * ("Platform: Ada, Pim" in "Platform sync").
 */
function organizationsOfTitle(items: readonly Item[], title: string | null): Set<string> {
  const named = new Set<string>();
  for (const item of items) {
    const label = itemLabel(item)?.label.trim();
    if (label && !factKey(label) && namedInTitle(label, title)) named.add(label);
  }
  return named.size >= 2 ? named : new Set();
}

/** "**Brightpath:**" in the head of "Vendor review — Brightpath Analytics": an organization the title names. */
function namedInTitle(label: string, title: string | null): boolean {
  if (!title || !/^\p{Lu}/u.test(label) || label.split(/\s+/).length > 3) return false;
  const words = ` ${fold(title).replace(/[^a-z0-9]+/g, " ")} `;
  return words.includes(
    ` ${fold(label)
      .replace(/[^a-z0-9]+/g, " ")
      .trim()} `,
  );
}

/** "Orion Bank — Jake Turner (CTO), Nina Patel": an organization, a long dash, its people. */
const ORGANIZATION_DASH_PEOPLE = /^([^()—–,]{2,60}?)\s+[—–]\s+(.*[(,].*)$/;

/**
 * "Orion Bank — Jake Turner (Head of Digital), Nina Patel" or "Acme — Ana, Ben": an organization,
 * a dash, and who came for it. "Ben Ode — Globex, Berlin" is one person, then where they are from:
 * after a full name, only full names are people.
 */
function organizationOverPeople(
  text: string,
): { organization: string; people: PersonEntry[] } | null {
  const dashed = ORGANIZATION_DASH_PEOPLE.exec(text);
  if (!dashed) return null;
  const organization = squash(dashed[1]!);
  const people = parsePeopleList(dashed[2]!);
  const fullName = (name: string) => name.trim().includes(" ");
  const personFirst = fullName(organization) && looksLikeName(organization, true);
  // "Tovah Brandt — Tallow Foods, IT manager": a person, then the organization they work for.
  if (personFirst && people.length === 1 && ORGANIZATION_NAME.test(people[0]!.name)) return null;
  return people.length > 0 &&
    people.every(
      (entry) =>
        looksLikeName(entry.name, true) &&
        entry.organization === null &&
        (!personFirst || fullName(entry.name)),
    )
    ? { organization, people }
    : null;
}

/** "Redwood Credit Union (Gail Porter, IT director; Sam Ode)": an organization over its people. */
const ORGANIZATION_THEN_PEOPLE = /^([^()]{2,60}?)\s*\(([^()]+)\)\s*\.?$/;

/**
 * The lines at the head of the note, where its facts stand: those before the first heading, or
 * under the title when the note opens with a heading.
 */
function headItems(sections: readonly RawSection[]): readonly Item[] {
  const first = sections[0];
  if (!first) return [];
  const head = first.preamble && first.items.length === 0 ? sections[1] : first;
  // An attendee section's lines are read as such above.
  return head && head.kind !== "attendees" ? head.items : [];
}

const CAPITALISED_LABEL = /^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2}$/u;

/**
 * The organization a label of one to three capitalised words names, with "team", "side" or
 * "attendees" after it or "From" before it: "Parcelio", "Parcelio team", "From Blue Harbor".
 */
function organizationInLabel(label: string): string | null {
  const name = label
    .replace(/^from\s+/i, "")
    .replace(/\s+(?:team|side|attendees|people|staff|folks)$/i, "");
  // "Observers", "Presenters": who people are at the meeting, not where they work.
  return CAPITALISED_LABEL.test(name) && !isBareRolePlural(name) && !isGroupName(name)
    ? name
    : null;
}

/**
 * Labels that name a side of the meeting: "Our side:", "Vendor team:", "Customer side:", and the
 * "Us:" / "Them:" of a sales call's notes, and "From us:" beside "From Tallow Foods:".
 */
const SIDE_LABEL =
  /^(?:team|our side|our team|our attendees|internal|internal team|vendor|vendor side|vendor team|customer side|customer team|customer attendees|client side|client team|client attendees|us|we|them|they|their side|their team|from us|from our side|from our team)$/;

// The note is written from the vendor's side, so "Them" across the table is the customer.
const CUSTOMER_GROUPS =
  /^(?:customer|customers|client|clients|customer side|client side|customer team|client team|them|they|their side|their team)$/;
const VENDOR_GROUPS =
  /^(?:team|internal|internal team|account team|vendor|vendor side|vendor team|agency|agency team|the agency|our side|our team|our attendees|us|support|engineering|product|success|customer success|sales|staff|we|from us|from our side|from our team)$/;

const LEGAL_FORM =
  /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|bv|nv|pty)$/;

/** The words that name an organization, without its legal form ("Acme Corp." -> acme). */
function organizationWords(name: string): string[] {
  return (fold(name).match(/[\p{L}\p{N}&]+/gu) ?? []).filter((word) => !LEGAL_FORM.test(word));
}

/**
 * "Umbrella" in the attendee list is the "Umbrella Corp" of the title: one name is the other's
 * first words, once legal forms are set aside.
 */
export function sameOrganization(one: string, other: string): boolean {
  const a = organizationWords(one);
  const b = organizationWords(other);
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word, index) => longer[index] === word);
}

/**
 * In a meeting with the writers' own supplier: "Us: Rina" are the customer, and the people of
 * another organization or group, or in a seller's role, are the vendor.
 */
function sideWhenBuying(attendee: Attendee, supplier: string | null): Side | null {
  const role = attendee.role ? fold(attendee.role).trim() : "";
  const asRole = SIDE_AS_ROLE.exec(role);
  if (asRole) return asRole[1] ? "customer" : "vendor";
  const group = attendee.group ? fold(attendee.group).trim() : null;
  if (group && (OUR_SIDE.test(group) || INTERNAL_GROUPS.test(group))) return "customer";
  if (group && CUSTOMER_GROUPS.test(group)) return "vendor";
  // "Vendor review: Contoso Logistics" over people of Contoso and of another company: the
  // other company is the writers'.
  const organization = attendee.organization ?? attendee.group;
  if (supplier && organization)
    return sameOrganization(organization, supplier) ? "vendor" : "customer";
  return organization || VENDOR_ROLE.test(role) ? "vendor" : null;
}

/** The organization of some attendee that the title of a meeting with a supplier names. */
function supplierInTitle(found: readonly Attendee[], title: string | null): string | null {
  const named = new Set(
    found.flatMap((attendee) =>
      [attendee.organization, attendee.group].filter(
        (name): name is string => !!name && !isVendorGroup(name) && namedInTitle(name, title),
      ),
    ),
  );
  return named.size === 1 ? [...named][0]! : null;
}

/** Besides "Us" and "Our team" (OUR_SIDE), labels by which the writers seat themselves. */
const INTERNAL_GROUPS =
  /^(?:internal|internal team|our attendees|from us|from our side|from our team)$/;

function sideOf(attendee: Attendee, customer: string | null): Side | null {
  const role = attendee.role ? fold(attendee.role).trim() : "";
  const asRole = SIDE_AS_ROLE.exec(role);
  if (asRole) return asRole[1] ? "customer" : "vendor";
  if (CUSTOMER_ROLE.test(role)) return "customer";
  if (!attendee.organization && VENDOR_ROLE.test(role)) return "vendor";
  const group = attendee.group ? fold(attendee.group).trim() : null;
  if (group && (CUSTOMER_GROUPS.test(group) || (customer && sameOrganization(group, customer))))
    return "customer";
  if (attendee.organization && customer && sameOrganization(attendee.organization, customer))
    return "customer";
  const customerKey = customer ? fold(customer) : null;
  if (group && VENDOR_GROUPS.test(group)) return "vendor";
  if (customerKey && (group || attendee.organization)) return "vendor";
  return null;
}

const TABLE_COLUMNS = {
  name: /^(?:name|attendee|attendees|participant|person|who|full name)$/,
  handle: /^(?:handle|github|username|user|nick)$/,
  role: /^(?:role|title|position|job title|responsibility)$/,
  organization: /^(?:organi[sz]ation|org|company|affiliation|employer)$/,
  group: /^(?:group|team|side)$/,
  email: /^(?:e-?mail|mail|contact)$/,
  attendance: /^(?:present|attended|attendance|here|in attendance)\??$/,
  given: /^(?:given name|first name|forename|first)$/,
  family: /^(?:family name|last name|surname|last)$/,
};

const TASK_SECTION_KINDS = new Set(["actionItems", "resolutionPlan", "commitments", "risks"]);

/**
 * A table of the people in the meeting under no attendee heading: its header names attendees or
 * participants, or a name beside what describes a person (role, company, handle, e-mail), and
 * nothing that describes work.
 */
function isPeopleTable(headers: readonly string[]): boolean {
  if (headers.some((header) => /^(?:attendees?|participants?)$/.test(header))) return true;
  const described = [
    TABLE_COLUMNS.role,
    TABLE_COLUMNS.organization,
    TABLE_COLUMNS.handle,
    TABLE_COLUMNS.email,
    TABLE_COLUMNS.group,
  ];
  // "| First Name | Last Name | Organisation |": a name written in two columns is a name.
  const named =
    headers.some((header) => /^(?:name|full name)$/.test(header)) ||
    (headers.some((header) => TABLE_COLUMNS.given.test(header)) &&
      headers.some((header) => TABLE_COLUMNS.family.test(header)));
  return (
    named &&
    headers.some((header) => described.some((column) => column.test(header))) &&
    !headers.some((header) =>
      /\b(?:tasks?|actions?|items?|due|deadline|status|topics?|notes?|decisions?)\b/.test(header),
    )
  );
}

/**
 * "attendees: ingrid holm, bertrand okoye (brightwater), ada lind": a note written all in lower
 * case lists people as it writes everything; after an attendee label, a run of two or more
 * entries of one to three words each, none of them a word of a sentence, is names. Full names are
 * written as names are; a given name alone is read as written already ("ingrid, karl").
 */
function capitalisedRoster(value: string): string {
  if (/\p{Lu}/u.test(value)) return value;
  const entries = value.split(/\s*[,;]\s*|\s+and\s+/).filter(Boolean);
  const words = (entry: string) =>
    entry
      .replace(/\s*\([^()]*\)\s*$/, "")
      .trim()
      .split(/\s+/);
  if (
    entries.length < 2 ||
    !entries.every((entry) =>
      words(entry).every(
        (word, _, all) =>
          all.length <= 3 && /^\p{Ll}+(?:[-'’]\p{Ll}+)?$/u.test(word) && !SENTENCE_WORDS.has(word),
      ),
    )
  )
    return value;
  return entries
    .map((entry) =>
      words(entry).length > 1
        ? entry.replace(/(?<![\p{L}'’])\p{Ll}/gu, (letter) => letter.toUpperCase())
        : entry,
    )
    .join(", ");
}
const SENTENCE_WORDS = new Set(
  "the a an as to of for in on at by with see per via is are was were be usual all everyone team tbd none".split(
    " ",
  ),
);

/**
 * "- tgreer", "- bokoye", "- IngridH": people listed one word a bullet, most of them in lower
 * case (handles, or given names written fast), are people when every bullet is such a word. One
 * capitalised word alone is read as a name already; a lower-case one among them only as one of
 * the list.
 */
function lowerCaseWordBullets(items: readonly Item[]): Map<Item, PersonEntry> {
  const bullets = items.filter((item) => item.type === "list-item" && item.lead === null);
  // "- theo (first half only)": an aside after the name says how they came, not who they are;
  // "- theo[Acme]", "- theo [Acme]": a square bracket says where they work.
  const words = bullets.map((bullet) =>
    bullet.text.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/, "").trim(),
  );
  const read = new Map<Item, PersonEntry>();
  if (
    bullets.length < 2 ||
    !words.some((word) => /^\p{Ll}/u.test(word)) ||
    !words.every(
      (word) =>
        /^\p{L}[\p{L}\d_-]{1,38}$/u.test(word) &&
        !isNotNameWord(word) &&
        !isGroupName(word) &&
        !isRoleText(word),
    )
  )
    return read;
  for (const [index, bullet] of bullets.entries()) {
    const organization = /\[([^[\]]+)\]\s*$/.exec(bullet.text)?.[1]?.trim() ?? null;
    read.set(bullet, { ...nameOnly(words[index]!), organization });
  }
  return read;
}

/**
 * "1. Alice Moreau, Acme" / "2. Bob Chen, Globex": where every bullet of an attendee list is a
 * full name, a comma and one more part, that part is the person's organization, not a second
 * person. A single bullet, or a list whose bullets differ, says nothing of the kind.
 */
function nameCommaOrganization(items: readonly Item[]): Map<Item, PersonEntry> {
  const bullets = items.filter((item) => item.type === "list-item" && item.lead === null);
  const read = new Map<Item, PersonEntry>();
  if (bullets.length < 2) return read;
  const pairs = bullets.map(
    (bullet) => [bullet, nameThenPart(withoutTimeZone(bullet.text))] as const,
  );
  if (pairs.every(([, pair]) => pair !== null)) {
    for (const [bullet, pair] of pairs) read.set(bullet, pair!);
    return read;
  }
  // "Tilde Marsh, Northwind Labs" on every bullet: a full name and one more part after a comma,
  // the same shape all down the list, is a person and where they work, whatever the part's words.
  const uniform = bullets.map((bullet) => {
    const { name, part, role: held } = nameOrganizationRole(withoutTimeZone(bullet.text));
    const person = part && /\s/.test(name) ? parsePerson(name) : null;
    // "Quarry Labs Web UI" names a company though "UI" is a role word; "Product Manager" is a role.
    const role = part
      ?.replace(/\s*\([^()]*\)$/, "")
      .split(/\s+/)
      .every((word) => isRoleText(word));
    // "Nell Okafor, [redacted]", "Ana Ruiz, ana@example.org": how to reach them, not where they work.
    const contact = part && /^\[redacted\]$|@/i.test(part.trim());
    if (person && contact && !role) return person;
    return person && looksLikeName(person.name) && !person.organization && !role
      ? { ...person, organization: part!.replace(/\s*\([^()]*\)$/, ""), role: held ?? person.role }
      : null;
  });
  // "Ada Lind (chair)" among them, with no comma: one person, who gave no organization.
  const alone = bullets.map((bullet) => {
    const text = withoutTimeZone(bullet.text);
    if (text.includes(",")) return null;
    const person = parsePerson(text);
    return person && looksLikeName(person.name) ? person : null;
  });
  const commaBullets = bullets.filter((bullet) => withoutTimeZone(bullet.text).includes(","));
  if (
    commaBullets.length >= 3 &&
    bullets.every((_, index) => uniform[index] !== null || alone[index] !== null)
  ) {
    for (const [index, bullet] of bullets.entries())
      read.set(bullet, uniform[index] ?? alone[index]!);
    return read;
  }
  // "Oskar Ode, Quillon" among bullets of one person each: a full name, a comma and one word
  // (or "the ..." or a name that ends like an organization's) is a person and where they work.
  for (const bullet of bullets) {
    const { name, part, role } = nameOrganizationRole(withoutTimeZone(bullet.text));
    const person = part && /\s/.test(name) ? parsePerson(name) : null;
    if (person && !person.organization && readsAsOrganization(part!)) {
      // "the Open Harbour Foundation (OHF)": the bracket shortens the organization's name.
      read.set(bullet, {
        ...person,
        organization: part!.replace(/\s*\([^()]*\)$/, ""),
        role: role ?? person.role,
      });
    } else if (
      // "Okafor, Mira" is one person written family name first (familyNameFirst).
      !FAMILY_THEN_GIVEN.test(withoutTimeZone(bullet.text).trim()) &&
      parsePeopleList(withoutTimeZone(bullet.text)).length > 1
    )
      return new Map();
  }
  return read;
}

/**
 * "Tilde Marsh, Northwind Labs" and "Tilde Marsh, Northwind Labs, Voting Member": a name, one
 * more part, and maybe a role after a second comma. Any other shape gives no part.
 */
function nameOrganizationRole(text: string): { name: string; part?: string; role?: string } {
  const [name = "", part, ...more] = text.split(",").map((piece) => piece.trim());
  if (more.length === 0) return { name, part };
  const role = more.length === 1 ? more[0]! : "";
  if (isRoleText(role.replace(/\s*\([^()]*\)$/, ""))) return { name, part, role };
  // "Ben Ode, Globex, Berlin": one word after where they work is where they are, said of them and
  // of no one else; a second full name makes a list of people ("Ana Ruiz, Ben Ode, Cy Park").
  const place = /^\p{Lu}[\p{L}-]+$/u.test(role) && part !== undefined && !/\s/.test(part);
  return place ? { name, part } : { name };
}

/**
 * "MVB, Mira van Buren (@mvb), Quarry Labs, docs team": a roster line that opens with
 * the initials the notes use for the person, then their name, then where they work.
 */
function initialsThenName(items: readonly Item[]): Map<Item, PersonEntry> {
  const read = new Map<Item, PersonEntry>();
  for (const item of items) {
    if (item.type !== "list-item") continue;
    const [initials, name, ...rest] = item.text.split(",").map((part) => part.trim());
    if (!initials || !name || !/^\p{Lu}{2,4}$/u.test(initials)) continue;
    // "Ilse Quarn, (@iquarn), Quarry.dev": the handle in a part of its own.
    const handle = rest[0] && /^\(@[\w-]+\)$/.test(rest[0]) ? rest.shift() : "";
    const person = parsePerson(handle ? `${name} ${handle}` : name);
    if (!person || !/\s/.test(person.name) || !looksLikeName(person.name)) continue;
    if (person.name[0] !== initials[0]) continue;
    read.set(item, {
      ...person,
      abbreviation: initials,
      organization: person.organization ?? (rest[0] ? rest[0] : null),
    });
  }
  return read;
}

/** "University of Lisbon", "Imaging Centre Porto", "QRX Lyon (microscopy)": a place of work. */
const INSTITUTION =
  /\b(?:univ\p{L}*|uni|institut\p{L}*|cent(?:re|er)|centro|zentrum|labs?|laborator\p{L}*|facilit\p{L}*|hospital|clinic|college|school|faculty|department|campus)\b/iu;
/** "QRX Lyon", "NBL Ghent": an institution's acronym and its city. */
const ACRONYM_AND_PLACE = /^\p{Lu}{3,}\s+\p{Lu}\p{Ll}+/u;

/**
 * A roll call of member institutions ("* QRX Lyon", "* University of Lisbon", "* NBL Ghent"),
 * as a consortium lists who took part: when most of a list's bullets name a place of work and no
 * bracket names a person, those bullets are no people.
 */
function memberInstitutions(items: readonly Item[]): Set<Item> {
  const bullets = items.filter((item) => item.type === "list-item" && item.lead === null);
  const named = bullets.filter((bullet) => {
    const text = bullet.text.replace(/\([^()]*\)/g, " ").trim();
    return INSTITUTION.test(text) || ACRONYM_AND_PLACE.test(text);
  });
  if (bullets.length < 4 || named.length * 5 < bullets.length * 3) return new Set();
  return new Set(
    named.filter((bullet) => !/\(\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(bullet.text)),
  );
}

// One word before the comma: "Ana Ruiz, Quillon" is a person and where they work.
const FAMILY_THEN_GIVEN = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{Ll}'’-]+)$/u;
// A family name after its particles ("van der Berg, Anna") or a given name's initial ("Moss, J.");
// two capitalised words before the comma ("Jon Brandt, Quillon") stay a person and a place.
const LONGER_FAMILY_THEN_GIVEN =
  /^((?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u;

/**
 * "Okafor, Mira" among "Ana Ruiz", "Ben Ode": in a list of one person a bullet, a bullet
 * written family name first, a comma and one given name, is one person (named given name first).
 */
function familyNameFirst(items: readonly Item[]): Map<Item, PersonEntry> {
  const bullets = items.filter((item) => item.type === "list-item" && item.lead === null);
  const read = new Map<Item, PersonEntry>();
  const oneEach = bullets.some((bullet) => !bullet.text.includes(",") && /\s/.test(bullet.text));
  if (bullets.length < 3 || !oneEach) return read;
  // "van Dam, Pia", "Moss, J." where other bullets of the list are written family name first.
  const familyFirst = bullets.some((bullet) => FAMILY_THEN_GIVEN.test(bullet.text.trim()));
  for (const bullet of bullets) {
    const written = (familyFirst ? LONGER_FAMILY_THEN_GIVEN : FAMILY_THEN_GIVEN).exec(
      bullet.text.trim(),
    );
    if (!written || ORGANIZATION_END.test(written[2]!) || isRoleText(written[2]!)) continue;
    const person = parsePerson(`${written[2]} ${written[1]}`);
    if (person && looksLikeName(person.name)) read.set(bullet, person);
  }
  return read;
}

const ORGANIZATION_DASH = /^([^–—()-]{2,40}?)\s+[-–—]\s+(\S.*)$/;

const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u;

/** "Globex - Ben Ode + / Kim Lee": the organization and the first person after the dash. */
function organizationDashPerson(
  text: string,
  isName: (name: string) => boolean,
): { organization: string; person: PersonEntry } | null {
  const dashed = ORGANIZATION_DASH.exec(text);
  if (!dashed) return null;
  const first = dashed[2]!.split(/\s*(?:\/|\+|,|;|\band\b)\s*/)[0];
  const person = first ? parsePerson(first) : null;
  return person && /\s/.test(person.name) && isName(person.name)
    ? { organization: squash(dashed[1]!), person }
    : null;
}

/**
 * "Acme - Ana Ruiz", "Globex - Ben Ode + / Kim Lee" all down a roll call: each member organization,
 * then its representative (and an alternate after the slash, who may not have come). The order is
 * the list's: the organization first where most bullets put one word before the dash and a full
 * name after it ("Ana Ruiz - Acme" lists are read the other way, by parsePerson).
 */
function organizationThenPerson(items: readonly Item[]): Map<Item, PersonEntry> {
  const read = new Map<Item, PersonEntry>();
  const bullets = items.filter((item) => item.type === "list-item" && item.lead === null);
  if (bullets.length < 3) return read;
  const pairs = bullets.map((bullet) => organizationDashPerson(bullet.text, looksLikeName));
  const shaped = pairs.filter((pair) => pair !== null);
  const oneWord = shaped.filter((pair) => !/\s/.test(pair.organization)).length;
  if (shaped.length * 3 < pairs.length * 2 || oneWord * 3 < shaped.length * 2) return read;
  for (const [index, bullet] of bullets.entries()) {
    // The list's shape carries a name the name check doubts ("Initech - Dev Patel").
    const pair =
      pairs[index] ?? organizationDashPerson(bullet.text, (name) => CAPITALISED_WORDS.test(name));
    if (pair) read.set(bullet, { ...pair.person, organization: pair.organization });
  }
  return read;
}

const ORGANIZATION_END = new RegExp(`\\s${ORGANIZATION_ENDINGS}\\.?$`, "i");

function readsAsOrganization(part: string): boolean {
  const name = part.replace(/\s*\([^()]*\)$/, "");
  if (isRoleText(name)) return false;
  return /^\p{Lu}[\p{L}\d&.-]*$/u.test(name) || /^the\s/i.test(name) || ORGANIZATION_END.test(name);
}

/** "Alice Moreau, Acme": a full name, a comma and one more part, read as name and organization. */
function nameThenPart(text: string): PersonEntry | null {
  const parts = text.split(",").map((part) => part.trim());
  // "Ines Marsh, COO (Orchard)" is read already: a name, then who they are.
  if (parsePeopleList(text).length !== 2) return null;
  const person = parts.length === 2 && /\s/.test(parts[0]!) ? parsePerson(parts[0]!) : null;
  if (!person || !looksLikeName(person.name) || person.organization || !parts[1]) return null;
  return { ...person, organization: parts[1] };
}

const LEAD_IN_SENTENCE = /^(?:\S+\s+){4,}\S+:$/;
const ABSENCE_PHRASE = new RegExp(`\\b${ABSENCE_LABELS}\\b`);

const ABSENT_WORD = new RegExp(`^${ABSENCE_LABELS}$`);
const PRESENT_WORD = new RegExp(`^(?:${PRESENCE_WORDS}|yes)$`, "i");

/** "Regrets:", "These members could not join and back the outcome:". */
function saysAbsent(leadIn: string): boolean {
  const label = leadIn.replace(/:\s*$/, "");
  return (
    factKey(label) === "absent" || (leadIn.trim().endsWith(":") && ABSENCE_PHRASE.test(fold(label)))
  );
}

/**
 * "The AGM was held on 5 March." over "- Ana Ruiz (Chair)", "- Ben Ode (Treasurer)", ... and then
 * "Apologies for absence" over more names: a list of three people or more, every item a person,
 * right before the list of who was away, is who came.
 */
function rosterBeforeAbsence(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item }> {
  for (const [index, section] of sections.entries()) {
    const { items } = section;
    // The label as a line of its own under the list, or as the heading of the part that follows.
    const ends = items.flatMap((line, at) =>
      line.type === "line" && namesAbsence(line.text) ? [at] : [],
    );
    const lists = ends.map((at) => trailingList(items.slice(0, at)));
    const next = sections[index + 1];
    if (next && namesAbsence(next.heading)) lists.push(trailingList(items));
    for (const roster of lists) {
      const entries = roster.map((item) => parsePerson(item.text));
      if (
        roster.length >= 3 &&
        entries.every(
          (entry) => entry !== null && looksLikeName(entry.name) && /\s/.test(entry.name),
        )
      )
        return entries.map((entry, at) => ({ entry: entry!, item: roster[at]! }));
    }
  }
  return [];
}

/** A line of a roster: a name, perhaps with its organization in brackets, and no sentence. */
const NAME_OVER_NAMES = /^[\p{L}][\p{L}'’. -]{1,40}(?:\s*\([^()]{1,40}\))?$/u;

/**
 * "# Standards call" / "Tuesday 3 March 2026" over "Rosa Ode", "Dario Lund (Acme)", one name per
 * line and no label: the lines that open a note, before any list or discussion, say who came.
 * Three names or more, most of them with a family name, so that a column of topics is no roster.
 */
function rosterUnderTitle(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item }> {
  for (const section of sections.slice(0, 2)) {
    if (TASK_SECTION_KINDS.has(section.kind)) continue;
    const run: Item[] = [];
    for (const item of section.items) {
      if (item.type !== "line") break;
      if (NAME_OVER_NAMES.test(item.text)) run.push(item);
      else if (run.length > 0) break;
    }
    const entries = run.map((item) => parsePerson(item.text));
    const named = entries.filter(
      (entry) =>
        entry !== null &&
        (looksLikeName(entry.name) ||
          (/^\p{Lu}\p{Ll}+$/u.test(entry.name) && !isNotNameWord(entry.name))),
    );
    if (
      run.length >= 3 &&
      named.length === run.length &&
      named.filter((entry) => /\s/.test(entry!.name)).length * 3 >= run.length * 2
    )
      return entries.map((entry, at) => ({ entry: entry!, item: run[at]! }));
  }
  return [];
}

/** "- @kim", "- @ana_r (design)": a handle alone, perhaps with a bracket after it. */
const HANDLE_ALONE = /^@[\p{L}\d][\p{L}\d_.-]{0,38}(?:\s*\([^()]{1,40}\))?$/u;

/**
 * "### March 4, 2026" over "- @kim", "- @ana_r", "- @lee": the first list of a note's opening
 * sections, three handles or more and nothing else, is who came, as chat-based groups write it.
 */
function handlesAtHead(sections: readonly RawSection[]): Array<{ entry: PersonEntry; item: Item }> {
  for (const section of sections.slice(0, 2)) {
    if (TASK_SECTION_KINDS.has(section.kind)) continue;
    const start = section.items.findIndex((item) => item.type === "list-item");
    if (start < 0) continue;
    const first: Item[] = [];
    for (const item of section.items.slice(start)) {
      if (item.type !== "list-item" || item.parent !== null) break;
      first.push(item);
    }
    const entries = first.map((item) =>
      HANDLE_ALONE.test(item.text.trim()) ? parsePerson(item.text.trim()) : null,
    );
    if (first.length >= 3 && entries.every((entry) => entry))
      return entries.map((entry, at) => ({ entry: entry!, item: first[at]! }));
    return [];
  }
  return [];
}

/** The top-level list items that close `items`. */
function trailingList(items: readonly Item[]): Item[] {
  let start = items.length;
  while (start > 0 && items[start - 1]!.type === "list-item" && items[start - 1]!.parent === null)
    start--;
  return items.slice(start);
}

/** "Apologies for absence", "Absent:", "Regrets": a short label for who was away. */
function namesAbsence(text: string): boolean {
  return text.split(/\s+/).length <= 4 && (saysAbsent(text) || ABSENCE_PHRASE.test(fold(text)));
}

/** A sentence over names that says they were away, or may lose their seat for being away. */
const AWAY_SENTENCE =
  /\b(?:at risk|fail(?:s|ed)? to attend|(?:lose|losing|lost) (?:their |its )?(?:voting|seat|rights|status))\b/;
function speaksOfAbsence(text: string): boolean {
  const words = fold(text);
  return (
    words.split(/\s+/).length >= 5 && (ABSENCE_PHRASE.test(words) || AWAY_SENTENCE.test(words))
  );
}

/**
 * "### Attendees: Name / Organisation / Role": a heading that says how each line is
 * written. Each bullet's fields, split the same way, are the person and, second, where they are from.
 */
const FIELDS_DECLARED = /\bname\s*\/\s*\S/i;

function declaredFields(section: RawSection): Map<Item, PersonEntry> {
  const read = new Map<Item, PersonEntry>();
  if (!FIELDS_DECLARED.test(section.heading)) return read;
  for (const item of section.items) {
    if (item.type !== "list-item" || item.parent !== null) continue;
    const [first = "", second] = item.text.split(/\s+\/\s+/);
    const entry = parsePerson(first);
    if (!entry) continue;
    const place = second?.trim();
    if (place && !/[@:]/.test(place)) entry.organization ??= place;
    read.set(item, entry);
  }
  return read;
}

/** A name (and what stands in brackets after it), a colon, then an e-mail address, a phone number or a redaction. */
const PERSON_THEN_CONTACT =
  /^([^:]{2,60}?)\s*:\s*(\[redacted\]|<?[^\s@<>:]+@[^\s@<>]+\.[a-z]{2,}>?|\+?[\d ()./-]{7,})$/i;
const ONE_WORD_SENTENCE = /^\p{Lu}\p{Ll}{2,}\.$/u;
const QUORUM = /\bquorum\b/i;

/** A cell that marks someone present ("Yes", "x", "✓") or not (empty, "No", "absent"). */
const PRESENT_MARK =
  /^(?:yes|y|x|✓|✔|✔️|☑|☑️|✅|🟢|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|present|attended|here)$/iu;
/** A cell that says someone was not there: "No", "–", "Absent", "❌", "✗", "[ ]". */
const ABSENT_MARK =
  /^(?:|no|n|-|–|absent|regrets|apologies|excused|❌|✗|✘|✖️?|×|🚫|:x:|:no_entry:|\[\s\]|☐)$/iu;

/**
 * A table of names beside a mark for each ("Ana Ruiz | Yes", "Ben Ode | "), as a wiki's
 * attendance grid is exported, or several such pairs side by side ("x | Ruiz, Ana – PM | | Ode,
 * Ben – QA"): the marked were there. Three names at least, one of them marked, and no other kind
 * of cell.
 */
function rollCallTables(sections: readonly RawSection[]): {
  present: Array<{ entry: PersonEntry; item: Item }>;
  rows: Set<Item>;
} {
  const present: Array<{ entry: PersonEntry; item: Item }> = [];
  const rows = new Set<Item>();
  for (const section of sections) {
    if (TASK_SECTION_KINDS.has(section.kind)) continue;
    const grid = section.items.filter((item) => {
      const width = Object.keys(item.cells ?? {}).length;
      return item.type === "table-row" && width >= 2 && width % 2 === 0;
    });
    const read = grid.flatMap((row) => {
      const cells = Object.values(row.cells!).map((cell) => cell.trim());
      return Array.from({ length: cells.length / 2 }, (_, pair) => {
        const [first, second] = [cells[pair * 2]!, cells[pair * 2 + 1]!];
        // The mark stands before the name or after it.
        const markFirst = isMark(first) && !isMark(second);
        const [name, mark] = markFirst ? [second, first] : [first, second];
        // A pair with neither name nor mark is an empty cell of the grid.
        if (!name && ABSENT_MARK.test(mark)) return [];
        const entry = gridPerson(name);
        const marked = PRESENT_MARK.test(mark);
        const readable =
          entry !== null && looksLikeName(entry.name) && (marked || ABSENT_MARK.test(mark));
        return [{ row, entry, marked, readable }];
      }).flat();
    });
    if (
      read.length < 3 ||
      !read.every((cell) => cell.readable) ||
      !read.some((cell) => cell.marked)
    )
      continue;
    for (const row of grid) rows.add(row);
    for (const { row, entry, marked } of read)
      if (marked) present.push({ entry: entry!, item: row });
  }
  return { present, rows };
}

const isMark = (cell: string) => PRESENT_MARK.test(cell) || ABSENT_MARK.test(cell);

/** "Ruiz, Ana M – VA program manager": a surname first, then the role after a dash. */
const SURNAME_FIRST =
  /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.?)?)(?:\s+[–—-]\s+(.+))?$/u;

function gridPerson(cell: string): PersonEntry | null {
  const reversed = SURNAME_FIRST.exec(cell);
  if (!reversed) return parsePerson(cell);
  const entry = parsePerson(`${reversed[2]} ${reversed[1]}`);
  if (entry && reversed[3]) entry.role ??= reversed[3].trim();
  return entry;
}

function fromTableRow(item: Item): { entry: PersonEntry; group: string | null } | null {
  const cells = item.cells ?? {};
  const pick = (pattern: RegExp) => {
    for (const [header, value] of Object.entries(cells))
      if (pattern.test(header) && value) return value;
    return null;
  };
  const given = pick(TABLE_COLUMNS.given);
  const family = pick(TABLE_COLUMNS.family);
  const nameCell =
    pick(TABLE_COLUMNS.name) ??
    (given && family ? `${given} ${family}` : null) ??
    Object.values(cells)[0] ??
    null;
  if (!nameCell) return null;
  // "| Ben Ode | Acme | N |" under "Present": a row of someone who was not there.
  const attendance = Object.entries(cells).find(([header]) =>
    TABLE_COLUMNS.attendance.test(header),
  );
  if (attendance && ABSENT_MARK.test(attendance[1].trim())) return null;
  const entry = parsePerson(nameCell);
  if (!entry) return null;
  entry.handle ??= pick(TABLE_COLUMNS.handle);
  entry.role ??= pick(TABLE_COLUMNS.role);
  entry.organization ??= pick(TABLE_COLUMNS.organization);
  entry.email ??= pick(TABLE_COLUMNS.email);
  return { entry, group: pick(TABLE_COLUMNS.group) };
}

/** "KimL:", "Marta:", "Ana Ruiz:": who speaks at the start of a line of a transcript. */
const SPEAKER_LABEL = /^(\p{Lu}[\p{L}'’.-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20})?):\s+\S/u;
/** "Ana Ruiz", "Ana Ruiz, Harbor Freight", "Ana Ruiz Harbor Freight", "Ana Ruiz & Jonas Weber, Acme". */
const ROSTER_NAME = "\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+";
const ROSTER_LINE = new RegExp(
  `^(${ROSTER_NAME}(?:\\s*(?:&|\\band\\b)\\s*${ROSTER_NAME})*)((?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,3})\\s*(?:,\\s*(.*?))?\\.?$`,
  "u",
);

/**
 * Lines of names with no label over them ("Kim Lee, Quarry Labs" ...) that open a transcript
 * in which at least two of them speak ("KimL: ...", "Marta: ..."): the people in the room. The
 * speakers are what makes the lines a roster; names alone may be anything.
 */
function rosterOfSpeakers(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item }> {
  const speakers = new Set<string>();
  for (const section of sections)
    for (const item of section.items) {
      const label = SPEAKER_LABEL.exec(item.text)?.[1];
      if (label) speakers.add(fold(label).replace(/[^a-z]/g, ""));
    }
  if (speakers.size < 2) return [];
  const speaks = (name: string) => {
    const [first = "", last = ""] = fold(name).split(/\s+/);
    // "Ana", "AnaR", "AnaRuiz", or her initials "AR", as transcripts label speakers.
    return (
      speakers.has(first) ||
      speakers.has(first + last[0]) ||
      speakers.has(first + last) ||
      (last !== "" && speakers.has(first[0]! + last[0]))
    );
  };
  // Each paragraph of such lines in which someone speaks later; two speakers at least in all.
  const roster: Array<{ entry: PersonEntry; item: Item }> = [];
  let speaking = 0;
  for (const section of sections.slice(0, 3)) {
    for (const run of lineRuns(section.items)) {
      const people = run.map((item) => ({ item, entries: rosterEntries(item.text) }));
      if (people.some(({ entries }) => entries === null)) continue;
      const all = people.flatMap(({ item, entries }) => entries!.map((entry) => ({ entry, item })));
      const speakersHere = all.filter(({ entry }) => speaks(entry.name)).length;
      if (speakersHere === 0) continue;
      speaking += speakersHere;
      roster.push(...all);
    }
  }
  return speaking >= 2 ? roster : [];
}

/**
 * "**Ana:** Let's start.", "[10:05] Ben: I'll look into it": a transcript whose speakers, where the
 * note lists no one, are the people in the room. Each label is a name that heads no section and
 * states no fact ("Decision:", "Status:").
 */
function speakersOfTranscript(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; item: Item }> {
  const first = new Map<string, { entry: PersonEntry; item: Item; lines: number }>();
  let lines = 0;
  let spoken = 0;
  for (const section of sections) {
    if (TASK_SECTION_KINDS.has(section.kind)) continue;
    for (const item of section.items) {
      lines++;
      const text = item.text.replace(CHAT_TIME, "");
      const label = item.lead ?? SPEAKER_LABEL.exec(text)?.[1] ?? null;
      // "Clarified:", "Notified:", "RFC:": a word of the notes, not a speaker.
      if (!label || /ed$|^\p{Lu}{3,}$/u.test(label)) continue;
      if (!looksLikeName(label) || factKey(label) || headingKind(label)) continue;
      const entry = parsePeopleList(label)[0];
      if (!entry) continue;
      spoken++;
      const key = fold(entry.name);
      const seen = first.get(key);
      if (seen) seen.lines++;
      else first.set(key, { entry, item, lines: 1 });
    }
  }
  // Two speakers at least speak twice, and speakers' lines are half the notes or more; then
  // everyone who speaks was there.
  const regulars = [...first.values()].filter((speaker) => speaker.lines >= 2);
  return regulars.length >= 2 && spoken * 2 >= lines ? [...first.values()] : [];
}

/**
 * "The whole committee was present, including Ana Ruiz, Ben Ode and Cy Park.", "Present were Ana Ruiz
 * and Ben Ode; Dora Lim sent regrets.", "Meeting attendees were Ana Ruiz and Ben Ode.", "Ana Ruiz,
 * Ben Ode and Cy Park attended.": who came, told in a sentence of a note that has no list of them.
 * Two full names at least, and nothing else.
 */
const PRESENT_BEFORE =
  /(?<!\b(?:[Nn]ot|[Nn]ever|n['’]t)\s+)\b(?:(?:was|were) present|[Oo]n the (?:call|line)(?: (?:were|was|today))|(?:[Pp]resent|[Aa]ttending|[Ii]n attendance)(?: (?:were|was|today))?|(?:[Mm]eeting |[Cc]all )?(?:[Aa]ttendees|[Pp]articipants) (?:were|included|today were))\s*(?:[,:]\s*|\s)(?:(?:including|namely|with)\s+)?(?<list>\p{Lu}[^;:]*?)(?=[;]|\.(?:\s|$)|$)/u;
const PRESENT_AFTER =
  /(?:^|[.;]\s+)(?<list>\p{Lu}[^;:.]*?)\s+(?:(?:were|was) (?:all )?present|attended(?: the (?:meeting|call))?)\s*(?:[.;]|$)/u;

function presentInProse(
  sections: readonly RawSection[],
): Array<{ entry: PersonEntry; group: string | null; item: Item }> {
  for (const section of sections) {
    for (const item of section.items) {
      const bySide = presentBySide(item);
      if (bySide) return bySide.map((found) => ({ ...found, item }));
      const entries = presentIn(item);
      if (entries) return entries.map((entry) => ({ entry, group: null, item }));
      const met = metWith(item);
      if (met) return met.map((found) => ({ ...found, item }));
    }
  }
  return [];
}

/**
 * "Tamsin, Pim and I met with Odile and Ingrid from Quillfield.", "Spoke with Odile (procurement)
 * and Ingrid (ops).": a note that opens on whom the writers met. Those before the verb are the
 * writers' side (with "I" or "we" among them, or no one named); those after it the other side, of
 * the organization a closing "from" names.
 */
const MET_WITH =
  /^(?:(?<ours>[^.;:()]{1,60}?\b(?:I|we|We))\s+|(?:[Ww]e|I)\s+)?(?:[Mm]et|[Ss]poke|[Tt]alked|[Cc]aught up|[Hh]ad (?:a|our) (?:call|meeting|catch-?up))\s+with\s+(?<list>\p{Lu}[^.;:]*?)(?:\s+(?:from|of|at)\s+(?<side>(?!(?:[Oo]ur|[Tt]he)\b)\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}))?(?=\s*(?:[.;]|$)|\s+(?:to|about|on|re|regarding|today|yesterday)\b)/u;
const MET_WITH_OPENING =
  /^(?:[Ww]e|I|[Mm]et|[Ss]poke|[Tt]alked|[Cc]aught|[Hh]ad|\p{Lu}[\p{L}'’-]+,?\s)/u;

function metWith(item: Item): Array<{ entry: PersonEntry; group: string | null }> | null {
  if (item.type !== "line" || !/\bwith\b/.test(item.text) || !MET_WITH_OPENING.test(item.text))
    return null;
  const met = MET_WITH.exec(item.text)?.groups;
  if (!met) return null;
  const people = (list: string) => {
    const entries = parsePeopleList(list.replace(/,?\s+(?:and|&)\s+/g, ", "));
    return entries.length > 0 && entries.every((entry) => looksLikeName(entry.name))
      ? entries
      : null;
  };
  const theirs = people(met.list!);
  const ours = met.ours
    ? people(met.ours.replace(/(?:,?\s+(?:and|&)\s+|,\s*|^)(?:I|we|We)$/, ""))
    : [];
  if (!theirs || !ours) return null;
  // "... from Quillfield Health.": the full stop ends the sentence, not "Health".
  const side = met.side?.replace(/\.$/, "");
  return [
    ...ours.map((entry) => ({ entry, group: "our side" })),
    ...theirs.map((entry) => ({
      entry: side ? { ...entry, organization: entry.organization ?? side } : entry,
      group: null,
    })),
  ];
}

/** "Ingrid Holm chaired.", "Chaired by Ingrid Holm", "Ingrid Holm in the chair": who chaired, in a sentence. */
const CHAIRED =
  /(?:(?:^|[.;]\s+)(?<before>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:chaired|presided|was in the chair|in the chair)(?: the (?:meeting|call|session))?|\b[Cc]haired by\s+(?<after>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}))\s*(?=[.;,]|$)/u;

/**
 * The people a paragraph says were present, or null when it says no such thing; who chaired, where
 * it says that too, first.
 */
function presentIn(item: Item): PersonEntry[] | null {
  if (item.type !== "line") return null;
  const list = (PRESENT_BEFORE.exec(item.text) ?? PRESENT_AFTER.exec(item.text))?.groups?.list;
  const present = list ? fullNames(list) : null;
  if (!present) return null;
  const chaired = CHAIRED.exec(item.text)?.groups;
  const chair = chaired?.before ?? chaired?.after;
  if (!chair || !looksLikeName(chair)) return present;
  const listed = present.find((entry) => entry.name === chair);
  if (!listed) return [{ ...nameOnly(chair), role: "Chair" }, ...present];
  listed.role ??= "Chair";
  return present;
}

/** "Ana Ruiz, Ben Ode and Cy Park": two full names at least, and nothing else. */
function fullNames(list: string): PersonEntry[] | null {
  const entries = parsePeopleList(list.replace(/,?\s+and\s+/g, ", "));
  const people =
    entries.length >= 2 &&
    entries.every((entry) => looksLikeName(entry.name) && /\s/.test(entry.name));
  return people ? entries : null;
}

/**
 * "On the call from Tallow Foods were Ingrid Holm (Head of IT) and Rina Osei; from our side, Ada
 * Lind and Pim Sorensen.", "Call with Rosa Diaz and Ben Ode from Marlow Dental. From our side:
 * Ada Lind.": who came, told side by side. Each part names where its people come from; "our
 * side" is the writers', any other name an organization.
 */
const FROM_SIDE =
  /^(?:(?:[Oo]n the (?:call|line)|[Jj]oining(?: us)?|[Pp]resent|[Aa]ttending|[Ii]n the room)\s+)?[Ff]rom\s+(?<side>our (?:side|team|end)|us|(?!(?:[Oo]ur|[Tt]he)\b)\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})(?:\s+(?:were|was)\s+|\s*[,:]\s*)(?<list>\p{Lu}.*?)\.?$/u;

/** "Call with Rosa Diaz (Practice Manager) and Ben Ode from Marlow Dental": who came, then from where. */
const WITH_THEM_FROM =
  /^(?:[Cc]all|[Mm]eeting|[Ss]poke|[Mm]et|[Cc]atch-?up)\s+with\s+(?<list>\p{Lu}.*?)\s+from\s+(?<side>(?!(?:[Oo]ur|[Tt]he)\b)\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\.?$/u;

function presentBySide(item: Item): Array<{ entry: PersonEntry; group: string | null }> | null {
  if (item.type !== "line" || !/\bfrom\b/i.test(item.text)) return null;
  const parts = item.text.split(/\s*;\s*|(?<=\.)\s+(?=\p{Lu})/u);
  const found: Array<{ entry: PersonEntry; group: string | null }> = [];
  for (const part of parts) {
    const clause = part.trim().replace(/\.$/, "");
    const side = FROM_SIDE.exec(clause) ?? WITH_THEM_FROM.exec(clause);
    if (!side) return null;
    const named = side.groups!.side!;
    const entries = fullNames(side.groups!.list!) ?? [];
    const one = parsePeopleList(side.groups!.list!);
    // "from our side, Ada Lind": a part may name one person.
    const people =
      entries.length > 0
        ? entries
        : one.length === 1 && looksLikeName(one[0]!.name) && /\s/.test(one[0]!.name)
          ? one
          : null;
    if (!people) return null;
    const ours = /^(?:our|us)\b/.test(named);
    for (const entry of people)
      found.push({
        entry: ours ? entry : { ...entry, organization: entry.organization ?? named },
        group: ours ? "our side" : null,
      });
  }
  return found.length >= 2 ? found : null;
}

/** Lines that follow one another in the note, with no blank line or other item between. */
function lineRuns(items: readonly Item[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const item of items) {
    const previous = run[run.length - 1];
    const adjacent =
      previous !== undefined &&
      item.type === "line" &&
      item.source.start.line === previous.source.start.line + 1;
    if (adjacent) run.push(item);
    else {
      if (run.length > 0) runs.push(run);
      run = item.type === "line" ? [item] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** "Ana Ruiz, Ben Ode, Cy Park": a line of three full names or more and nothing else. */
const NAMES_LINE = new RegExp(`^${ROSTER_NAME}(?:\\s*,\\s*${ROSTER_NAME}){2,}\\.?$`, "u");

function rosterEntries(line: string): PersonEntry[] | null {
  if (NAMES_LINE.test(line.trim())) {
    const names = line
      .trim()
      .replace(/\.$/, "")
      .split(/\s*,\s*/);
    // A surname that is also a word ("Bram Read") is carried by the names around it.
    const named = names.filter((name) => looksLikeName(name, true)).length;
    if (named >= 3 && named * 4 >= names.length * 3) return names.map(nameOnly);
  }
  const match = ROSTER_LINE.exec(line.trim());
  if (!match) return null;
  const names = match[1]!.split(/\s*(?:&|\band\b)\s*/);
  if (!names.every((name) => looksLikeName(name, true))) return null;
  // "Kim Lee Quarry Labs": the words after the name; "Ana Ruiz, Harbor Freight": after a comma.
  const after = match[3]?.trim() ?? "";
  const organization =
    match[2]!.trim() || (/^\p{Lu}/u.test(after) && after.split(/\s+/).length <= 4 ? after : "");
  return names.map((name) => ({
    name,
    handle: null,
    abbreviation: null,
    role: null,
    organization: organization || null,
    email: null,
  }));
}
