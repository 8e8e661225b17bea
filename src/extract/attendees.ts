import type { Attendee, Diagnostic, Side } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { fold, slugify, squash } from "../parse/text.js";
import { isHandle, isInitials, isRoleText, looksLikeName } from "../resolve/names.js";
import type { LabelLine } from "./labels.js";
import { factKey, plainLabel } from "./labels.js";

interface PersonEntry {
  name: string;
  handle: string | null;
  abbreviation: string | null;
  role: string | null;
  organization: string | null;
  email: string | null;
}

interface AttendeeInput {
  sections: readonly RawSection[];
  labels: readonly LabelLine[];
  frontMatter: Record<string, unknown> | null;
  customer: string | null;
  /** Where a person listed twice in the attendee list is reported (the model keeps one attendee). */
  diagnostics?: Diagnostic[];
}

/** Everyone the note lists as present, from attendee sections, `Attendees:` labels, role labels and front matter. */
export function extractAttendees(input: AttendeeInput): Attendee[] {
  const found: Attendee[] = [];
  const listed = new Set<Attendee>();
  const add = (entry: PersonEntry, group: string | null, item: Item, fromList = true) => {
    const existing = found.find((attendee) => sameName(attendee, entry));
    if (existing) {
      if (fromList && listed.has(existing)) {
        input.diagnostics?.push({
          code: "duplicate-attendee",
          message: `Attendee "${entry.name}" is listed twice (first on line ${existing.source.start.line})`,
          source: item.source,
        });
      }
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
      group,
      side: null,
      email: entry.email,
      source: item.source,
    };
    found.push(attendee);
    if (fromList) listed.add(attendee);
  };

  for (const section of input.sections) {
    if (section.kind !== "attendees") continue;
    for (const item of section.items) {
      if (item.type === "table-row") {
        const row = fromTableRow(item);
        if (row) add(row.entry, row.group, item);
        continue;
      }
      const labelled = item.lead !== null ? { label: item.lead, value: item.body } : plainLabel(item.text);
      let group: string | null = null;
      let value = item.text;
      if (labelled) {
        const key = factKey(labelled.label);
        if (key && key !== "attendees" && key !== "customer") continue;
        if (!key && NOT_ATTENDEE_LABELS.test(fold(labelled.label).trim())) continue;
        if (key === "customer" || (!key && labelled.label.split(/\s+/).length <= 3 && !looksLikeName(labelled.label))) group = labelled.label.trim();
        if (!key && !group) {
          // "Name: Role" in a list of people.
          const entry = parsePerson(labelled.label);
          if (entry) {
            entry.role ??= labelled.value.trim() || null;
            add(entry, groupFromParent(item), item);
            continue;
          }
        }
        value = labelled.value;
      }
      for (const entry of parsePeopleList(value)) add(entry, group ?? groupFromParent(item), item);
    }
  }
  for (const line of input.labels) {
    if (line.key === "attendees" && line.section.kind !== "attendees") {
      for (const entry of parsePeopleList(line.value)) add(entry, null, line.item);
    }
    if (line.key === "role") {
      for (const entry of parsePeopleList(line.value)) {
        entry.role ??= line.label.trim();
        add(entry, null, line.item, false);
      }
    }
  }
  enrichFromRoleLists(found, input.sections);
  assignIds(found);
  for (const attendee of found) attendee.side = sideOf(attendee, input.customer);
  return found;
}

const ROLE_LIST_HEADING = /\b(?:roles?|responsibilities|who'?s who|team members?)\b/i;
const APPOINTED = /^(.+?)\s+(?:was|is|will be|has been)\s+(?:elected|appointed|named|chosen|selected|nominated|confirmed)?\s*(?:as\s+)?(?:the\s+)?([^()]+?)\s*(?:\(.*)?$/;

/**
 * A "Roles" list ("Owen - Technical Architect", "Rob Read was elected Product Owner") gives roles,
 * and sometimes full names, to people already listed as present. It adds no one: a role holder
 * who did not attend is not an attendee.
 */
function enrichFromRoleLists(attendees: Attendee[], sections: readonly RawSection[]): void {
  for (const section of sections) {
    if (section.kind === "attendees" || !ROLE_LIST_HEADING.test(section.heading)) continue;
    for (const item of section.items) {
      const appointed = APPOINTED.exec(item.text);
      const entry = appointed && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u.test(appointed[1]!) ? { name: appointed[1]!, role: appointed[2]!.trim() } : parsePerson(item.text);
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
const NOT_ATTENDEE_LABELS = /^(?:not present|absent|absentees|regrets|apologies|unable to attend|excused|missing|agenda|topics?|done|notes?|summary|purpose|goals?|status|decisions?|next steps?)$/;

function groupFromParent(item: Item): string | null {
  if (!item.parent) return null;
  const text = item.parent.text.replace(/:\s*$/, "").trim();
  return text.split(/\s+/).length <= 4 ? text : null;
}

function sameName(attendee: Attendee, entry: PersonEntry): boolean {
  if (fold(attendee.name) === fold(entry.name)) return true;
  return !!entry.handle && !!attendee.handle && fold(attendee.handle) === fold(entry.handle);
}

function assignIds(attendees: Attendee[]): void {
  const used = new Map<string, number>();
  for (const attendee of attendees) {
    const base = slugify(attendee.name.replace(/^(?:dr|mr|mrs|ms|mx|prof)\.?\s+/i, "")) || slugify(attendee.handle ?? "") || "attendee";
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    attendee.id = count === 1 ? base : `${base}-${count}`;
  }
}

const CUSTOMER_GROUPS = /^(?:customer|customers|client|clients|customer side|client side|customer team|client team)$/;
const VENDOR_GROUPS = /^(?:internal|account team|vendor|our team|us|support|engineering|product|success|customer success|sales|staff|we)$/;

function sideOf(attendee: Attendee, customer: string | null): Side | null {
  const group = attendee.group ? fold(attendee.group).trim() : null;
  const customerKey = customer ? fold(customer) : null;
  if (group && (CUSTOMER_GROUPS.test(group) || group === customerKey)) return "customer";
  if (attendee.organization && customerKey && fold(attendee.organization) === customerKey) return "customer";
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
};

function fromTableRow(item: Item): { entry: PersonEntry; group: string | null } | null {
  const cells = item.cells ?? {};
  const pick = (pattern: RegExp) => {
    for (const [header, value] of Object.entries(cells)) if (pattern.test(header) && value) return value;
    return null;
  };
  const nameCell = pick(TABLE_COLUMNS.name) ?? Object.values(cells)[0] ?? null;
  if (!nameCell) return null;
  const entry = parsePerson(nameCell);
  if (!entry) return null;
  entry.handle ??= pick(TABLE_COLUMNS.handle);
  entry.role ??= pick(TABLE_COLUMNS.role);
  entry.organization ??= pick(TABLE_COLUMNS.organization);
  entry.email ??= pick(TABLE_COLUMNS.email);
  return { entry, group: pick(TABLE_COLUMNS.group) };
}

/** Splits at commas, semicolons and " and " outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "(" || char === "[" || char === "<") depth++;
    if ((char === ")" || char === "]" || char === ">") && depth > 0) depth--;
    if (depth === 0 && (char === "," || char === ";")) {
      parts.push(current);
      current = "";
      continue;
    }
    if (depth === 0 && (text.startsWith(" and ", i) || text.startsWith(" & ", i))) {
      parts.push(current);
      current = "";
      i += text.startsWith(" and ", i) ? 4 : 2;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** "John Smith, CTO (ABC Corp), Jane Roe (PM)": a role after a comma belongs to the person before it. */
export function parsePeopleList(text: string): PersonEntry[] {
  const entries: PersonEntry[] = [];
  for (const part of splitTopLevel(squash(text))) {
    const person = parsePerson(part);
    if (person) {
      entries.push(person);
      continue;
    }
    const previous = entries[entries.length - 1];
    if (previous && !previous.role) {
      const { head, parens } = splitParens(part);
      if (isRoleText(head) || /^[A-Z]{2,4}$/.test(head)) {
        previous.role = head;
        for (const inner of parens) assignParen(previous, inner);
      }
    }
  }
  return entries;
}

function splitParens(text: string): { head: string; parens: string[] } {
  const parens: string[] = [];
  const head = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    parens.push(inner.trim());
    return " ";
  });
  return { head: squash(head), parens };
}

/** Puts what stood in brackets after a name where it belongs: handle, abbreviation, role or organization. */
function assignParen(entry: PersonEntry, inner: string): void {
  for (const piece of inner.split(/\s*[,;]\s*/).filter(Boolean)) {
    if (isHandle(piece)) entry.handle ??= piece;
    else if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(piece)) entry.email ??= piece;
    else if (!entry.abbreviation && isAbbreviationOf(piece, entry.name)) entry.abbreviation = piece;
    else if (!entry.role && isRoleText(piece)) entry.role = piece;
    else if (!entry.organization && !isRoleText(piece)) entry.organization = piece;
    else if (!entry.role) entry.role = piece;
  }
}

/** "(PFC)" after Philip Chimento, "(PO)" after Paul Okafor: initials, even where they spell a title. */
function isAbbreviationOf(piece: string, name: string): boolean {
  if (!/^[A-Z]{2,4}$/.test(piece)) return false;
  const initials = name.split(/\s+/).map((word) => word[0]?.toUpperCase() ?? "").join("");
  if (piece === initials) return true;
  return isInitials(piece) && initials.length > 0 && piece[0] === initials[0];
}

/**
 * One person as written: "Jane Roe", "Jane Roe (PM, Acme)", "@jroe (Jane Roe)", "Jane Roe (@jroe) - Role",
 * "Jane Roe - Acme (JR)", "Jane Roe <jane@acme.com>", "RF". Returns null when the text names no one.
 */
export function parsePerson(raw: string): PersonEntry | null {
  let text = squash(raw.replace(/[*_`]/g, "")).replace(/^[-–—•]\s*/, "");
  if (!text) return null;
  let email: string | null = null;
  // "<jane@acme.com>" arrives as a GFM autolink, so the brackets may already be gone.
  text = text.replace(/\s*<?([^<>\s@()]+@[^<>\s@()]+\.[A-Za-z]{2,})>?/, (_, address: string) => {
    email = address;
    return " ";
  });
  text = squash(text);
  let dashTail: string | null = null;
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(text);
  if (dash) {
    text = dash[1]!;
    dashTail = dash[2]!;
  }
  const { head, parens } = splitParens(text);
  let name = head;
  let handle: string | null = null;
  if (isHandle(name)) {
    handle = name;
    const fullName = parens.find((inner) => looksLikeName(inner, true));
    name = fullName ?? name;
    if (fullName) parens.splice(parens.indexOf(fullName), 1);
  } else if (!looksLikeName(name, true) && !isInitials(name)) {
    return null;
  }
  const entry: PersonEntry = { name, handle, abbreviation: null, role: null, organization: null, email };
  for (const inner of parens) assignParen(entry, inner);
  if (dashTail) {
    const tail = splitParens(dashTail);
    if (isRoleText(tail.head)) entry.role ??= tail.head;
    else entry.organization ??= tail.head || null;
    for (const inner of tail.parens) assignParen(entry, inner);
  }
  return entry;
}
