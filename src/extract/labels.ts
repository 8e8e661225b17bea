import { TASK_SECTIONS } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { readStatedDate } from "../resolve/meeting-time.js";
import {
  ABSENCE_LABELS,
  GATHERING_WORD,
  MONTH_WORD,
  NEXT_MEETING_CUE,
  SIDE_OVER_WORK,
  WORK_FIELD,
} from "../util/lexicon.js";
import { looksLikeName } from "../util/names.js";
import { escapeRegExp, fold } from "../util/strings.js";

export type FactKey =
  | "absent"
  | "date"
  | "time"
  | "location"
  | "customer"
  | "context"
  | "attendees"
  | "timezone"
  | "nextMeeting"
  | "role";

/** A `**Label:** value` or `Label: value` line that states a fact about the meeting. */
export interface LabelLine {
  key: FactKey;
  label: string;
  value: string;
  item: Item;
  section: RawSection;
}

/** "[10:02] Ana: ...", "10:02 - Ana: ...": a transcript line's time, before its speaker. */
export const CHAT_TIME = /^\[?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?\]?\s*(?:[-–—|]\s*)?/;

const FACT_LABELS: ReadonlyArray<readonly [RegExp, FactKey]> = [
  [new RegExp(`^${ABSENCE_LABELS}$`), "absent"],
  // "Review held:", "Workshop date:", "Date of the call:": the day of the gathering itself. An
  // incident's, a release's or a target date is some other day.
  [
    new RegExp(
      `^(?:${GATHERING_WORD} )?date(?: (?:and )?time)?$|^date of (?:the )?${GATHERING_WORD}$|^when$|^(?:${GATHERING_WORD} )?held(?: on)?$|^date held$`,
    ),
    "date",
  ],
  [/^(?:meeting )?time$|^start time$/, "time"],
  [/^(?:location|where|venue|place|room|call|dial in|meeting link)$/, "location"],
  [/^(?:customer|client|account|customer name|company)$/, "customer"],
  [/^(?:context|background|purpose|objective)$/, "context"],
  [
    /^(?:(?:meeting |call )?(?:attendees?|participants?)|(?:[a-z]+ ){1,3}(?:attendees|participants|attendance)|(?:attendees|participants) (?:from|for) (?:[a-z]+ ?){1,3}|(?:attendees|participants) (?!(?:absent|not|regrets|apologies|list)\b)[a-z]+(?: [a-z]+)?|(?!quorum\b)(?:[a-z]+ ){1,2}present|atendees|attended|who attended|(?:those )?present were|attending were|in attendance were|(?:attendees|participants) were|who was there|who (?:joined|came)|(?:also )?attending(?: the meeting)?|present|attendance|(?:also )?in attendance|people|guests?|(?:also )?joining|joined|also present|who|(?:on|in) the (?:call|line|meeting|bridge)|on bridge|in the room|dial(?:l)?ed in|(?:present |attending |joined )?(?:in person|online|remotely|virtually|on site|by (?:phone|video))|(?:members |attendees |participants )?(?:remote|virtual|online|in person)|others|other attendees|invited|invitees|invited attendees|speakers?|presenters?|(?:joining|joined|arriving|arrived) late|late (?:arrivals?|joiners?)|(?:left|leaving) early|(?:customer |client |key )?contacts|stakeholders|teilnehmer(?:innen)?|teilnehmende|anwesend|anwesende|presents|presentes|asistentes|participantes)$/,
    "attendees",
  ],
  [/^(?:time ?zone|tz)$/, "timezone"],
  // "Next calls: Monday 10:00 and 17:00": a label of the next meeting in the plural too;
  // "Next choir meeting:", "Next team call:", "Next board:", "Next QBR:" name the kind of meeting, and
  // "Following meeting:" names it by another word for next ("Upcoming meetings:" lists a
  // calendar's, of other groups too); "Nächster Termin:", "Prochaine réunion :" in German, French,
  // Spanish or Dutch.
  [
    /^(?:next (?:[a-z]+ ){0,2}(?:meetings?|calls?|syncs?|sessions?|telecons?|telcos?|check ?ins?|catch ?ups?|stand ?ups?|boards?|committees?|qbrs?|ebrs?|(?:business |quarterly |account |service )?reviews?|retros?|retrospectives?|workshops?|huddles?|touch ?points?|one on ones?|1 1s?)|follow up (?:meetings?|calls?)|following (?:meeting|call|session)|nachste[rs]? (?:termin|treffen|sitzung|besprechung)|prochaine (?:reunion|seance)|proxima (?:reunion|sesion)|volgende (?:vergadering|bijeenkomst))$/,
    "nextMeeting",
  ],
  // An incident's roles as its review lists them: "Comms lead:", "Customer liaison:", "Deputy:".
  [
    /^(?:(?:meeting|session|topic|call|incident) )?(?:chairs?|chairperson|facilitators?|moderators?|assistants?|teaching assistants?|tutors?|supervisors?|mentors?|scribes?|secretary|note ?takers?|note ?taking(?: volunteers?)?|minutes|minutes? ?(?:takers?|keepers?)|(?:minutes|notes)(?: taken)? by|hosts?|organi[sz]ers?|recorders?|commanders?|responders?|on ?call|interviewers?|interviewees?|reviewers?|panelists?|(?:prepared|written|compiled|reported) by|authors?|deput(?:y|ies)|(?:customer |client |comms |communications? )?liaisons?)$|^(?:incident|tech|technical|project|team|meeting|comms|communications?|ops|operations) leads?$/,
    "role",
  ],
];

/**
 * "Attendees from Fernbrook", "Fernbrook attendees", "Attendees (Fernbrook)": the side or
 * organization an attendee label names, or null when it names none ("Meeting attendees").
 */
export function attendeeLabelGroup(label: string): string | null {
  const trimmed = label.trim();
  const named =
    /^(?:attendees|participants)\s+(?:from|for)\s+(?:the\s+)?(.+)$/i.exec(trimmed)?.[1] ??
    /^(?:attendees|participants)\s*\(([^()]+)\)$/i.exec(trimmed)?.[1] ??
    /^(.+?)\s+(?:attendees|participants)$/i.exec(trimmed)?.[1] ??
    // "Customer contacts:", "Client contacts:": whose people they are.
    /^(customer|client)\s+contacts$/i.exec(trimmed)?.[1];
  if (!named || /^(?:meeting|call|other|also|all|\d+)$/i.test(named.trim())) return null;
  return named.trim();
}

export function factKey(label: string): FactKey | null {
  // "Scribe(s) (taking turns)": what is in brackets qualifies the label.
  const normalized = fold(label)
    .replace(/\([^()]*\)/g, " ")
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, key] of FACT_LABELS) if (pattern.test(normalized)) return key;
  return null;
}

/**
 * The label an item opens with, bold ("**Kim:** ...") or plain ("Kim: ..."), and the words after
 * it; `text` is the item's words as the caller reads them.
 */
export function itemLabel(item: Item, text = item.text): { label: string; value: string } | null {
  return item.lead !== null ? { label: item.lead, value: item.body } : plainLabel(text);
}

/** The name in a transcript's speaker tag: "[kim]", "(Ilse B)". */
export const TAGGED_NAME = String.raw`\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*)?`;

/** Splits "Label: value" written without bold; the label is short and starts the line. */
export function plainLabel(text: string): { label: string; value: string } | null {
  // Most lines hold no colon: every shape below needs one.
  if (!text.includes(":")) return null;
  // "Attendees (3): ...": a count after the label is part of it; so is the time a transcript
  // stamps on a speaker ("Ada Lind (10:32): ...").
  // "Attendees:: ...": a note app's inline field.
  // "Tallow Foods (customer): ...": an organization's label may say its side in brackets.
  const match =
    /^(@?[\p{L}][\p{L}\d /&+.'’-]{0,38}?(?:\s*\((?:\d+|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|us|we|our side|our team|vendor|customer|client|them)\))?)\s*::?\s+(\S.*)$/iu.exec(
      text,
    );
  if (match) return { label: match[1]!, value: match[2]! };
  // "Attendees (Acme): ...": an attendee label may name the side in brackets.
  const side =
    /^((?:attendees|participants|present|attending)\s*\([^()]{1,40}\))\s*:\s+(\S.*)$/i.exec(text);
  if (side) return { label: side[1]!, value: side[2]! };
  // "Attendees:Kim (partner)", "Date:2023-09-23": a label of a meeting's facts with its value
  // glued on. Other words before a colon ("Note:The", "https:") stay text.
  const glued = /^([\p{L}][\p{L} ]{1,30}?):(?=[\p{Lu}\d])(\S.*)$/u.exec(text);
  return glued && factKey(glued[1]!) !== null ? { label: glued[1]!, value: glued[2]! } : null;
}

/** A section's heading as an item of its own, for what reads the heading as a line. */
export function headingItem(section: RawSection): Item {
  const text = section.heading;
  return {
    type: "line",
    text,
    lead: null,
    body: text,
    checked: null,
    cells: null,
    parent: null,
    leadIn: null,
    source: section.source,
  };
}

/** "Who:" or "Attendees:" alone on a line, over the list that holds its value. */
function bareLabel(item: Item): { label: string; value: string } | null {
  const match = item.type === "line" ? /^([\p{L}][\p{L} ]{0,30}?)\s*:$/u.exec(item.text) : null;
  return match && factKey(match[1]!) === "attendees" ? { label: match[1]!, value: "" } : null;
}

/**
 * "## Date" over "9 May 2025" or "**9 May 2025**": a heading that is only the date's label,
 * over its value: the section's first line, or the bold line right under the heading (which
 * opens a section of its own). Other facts are not read so: "## Attendees" heads its own list.
 */
function dateUnderHeading(section: RawSection, sections: readonly RawSection[]): Item | null {
  if (!section.explicit || factKey(section.heading) !== "date") return null;
  const first = section.items[0];
  if (first) return first.type === "table-row" ? null : first;
  const next = sections[sections.indexOf(section) + 1];
  return next && !next.explicit && next.depth > section.depth ? headingItem(next) : null;
}

// "Chair: Ana Ruiz. Present: Ben Ode, Kim Lee. Apologies: Tom Hale.": labels a sentence apart too.
const SIDE_BY_SIDE = /\s+[|·•]\s+|(?<=[^\s.]{2}[.;])\s+(?=\p{Lu}[\p{L} ]{1,30}:\s)/u;

/**
 * "📅 2026-11-24", "🕙 10:00–10:30 CET", "📍 Room 4", "👥 Ana, Ben": an icon standing for a
 * fact's label, as note templates write it, or its shortcode as a HackMD pad or a repository's
 * page leaves it (":busts_in_silhouette: Ana, Ben"). A label written after the icon ("👥 Who: ...")
 * is the label read.
 */
const ICON_LABELS: ReadonlyArray<readonly [RegExp, FactKey]> = [
  // ":date:" is left out: a reStructuredText page's field list writes its posting date so.
  [/^(?:(?:📅|🗓|📆)\uFE0F?|:(?:calendar|spiral_calendar(?:_pad)?):)/u, "date"],
  [
    /^(?:(?:⏰|⏱|🕰|[\u{1F550}-\u{1F567}])\uFE0F?|:(?:alarm_clock|stopwatch|clock\d{1,4}):)/u,
    "time",
  ],
  [/^(?:(?:📍|🏢|🗺)\uFE0F?|:(?:round_pushpin|office|world_map):)/u, "location"],
  [/^(?:(?:👥|👤|🧑‍🤝‍🧑)\uFE0F?|:(?:busts_in_silhouette|bust_in_silhouette):)/u, "attendees"],
];

function iconFact(text: string): { key: FactKey; label: string; value: string } | null {
  for (const [icon, key] of ICON_LABELS) {
    const found = icon.exec(text);
    if (!found) continue;
    const rest = text.slice(found[0].length).trim();
    // ":busts_in_silhouette: **Attendance:**" over a list: the label's list says who, below.
    if (/^[^:]{1,40}:$/.test(rest)) return null;
    const labelled = plainLabel(rest);
    const labelledKey = labelled ? factKey(labelled.label) : null;
    if (labelled && labelledKey) return { key: labelledKey, ...labelled };
    // "🗓 Next: Tue 16 Jun, 15:00": the date of the next meeting, not of this one.
    if (labelled && key === "date" && /^next$/i.test(labelled.label.trim()))
      return { key: "nextMeeting", ...labelled };
    return rest ? { key, label: found[0], value: rest } : null;
  }
  return null;
}

/**
 * The facts of a line that sets them side by side with bars or dots, when a part after the first
 * is a fact's label; the first part counts too when it is one. None otherwise.
 */
function sideBySideFacts(
  text: string,
  iconsAllowed: boolean,
): Array<{ key: FactKey; label: string; value: string }> {
  if (!SIDE_BY_SIDE.test(text)) return [];
  const parts = text.split(SIDE_BY_SIDE);
  // "Task: book the room | Who: Tamsin | When: Friday": a record of work, whose "Who" and "When"
  // are the work's, not the meeting's.
  if (
    parts.some((part) => {
      const label = plainLabel(part.trim())?.label ?? "";
      return WORK_FIELD.test(label) || OWNER_FIELD.test(label);
    })
  )
    return [];
  const facts = parts.map((part, index) => {
    const icon = iconsAllowed ? iconFact(part.trim()) : null;
    if (icon) return { ...icon, value: icon.value.trim(), index };
    const side = plainLabel(part.trim());
    // "Facilitator: Rina Osei · Team: Ada, Pim": beside a fact, a team's label over names is
    // who came, as a line of its own would be read.
    const key = side
      ? (factKey(side.label) ??
        (index > 0 && ROSTER_LABEL.test(side.label.trim()) ? "attendees" : null))
      : null;
    return side && key ? { key, label: side.label, value: side.value.trim(), index } : null;
  });
  if (!facts.some((fact) => fact !== null && fact.index > 0)) return [];
  return facts
    .filter((fact) => fact !== null)
    .map(({ key, label, value }) => ({ key, label, value }));
}

const OWNER_FIELD = /^(?:owners?|assignees?)$/i;
const ROSTER_LABEL = /^(?:team|team members|members|squad|crew)$/i;

/** "Attendees – Ana, Ben": a label set off by a dash; only fact labels are read this way. */
function dashedLabel(text: string): { label: string; value: string } | null {
  const match = /^([\p{L}][\p{L} ]{0,30}?)\s+[–—-]\s+(\S.*)$/u.exec(text);
  return match && factKey(match[1]!) ? { label: match[1]!, value: match[2]! } : null;
}

/**
 * "| Date | 03/12/2026 |": a row of a two-column table whose first cell is a label, as
 * documents exported from wikis and editors lay out their facts. Rows of wider tables are records.
 */
function tableLabel(item: Item): { label: string; value: string } | null {
  const cells = item.cells ? Object.keys(item.cells).length : 0;
  const parts = item.text.split(" | ");
  if (cells > 2 || parts.length !== 2) return null;
  return { label: parts[0]!.replace(/:$/, ""), value: parts[1]! };
}

/**
 * "| Date | 5 March 2024 |" as a two-column table's header row: the header is itself a label
 * and its value. Header cells reach us in lower case, so only the facts that case cannot change
 * (the date, the time, the time zone) are read from it.
 */
function headerLabel(item: Item): { key: FactKey; label: string; value: string } | null {
  const headers = Object.keys(item.cells ?? {});
  if (headers.length !== 2) return null;
  const key = factKey(headers[0]!.replace(/:$/, ""));
  if (key !== "date" && key !== "time" && key !== "timezone") return null;
  // "| Date | Topic |" heads a table of dated rows: its second header is no date.
  if (!/\d/.test(headers[1]!)) return null;
  return { key, label: headers[0]!, value: headers[1]! };
}

/**
 * "| Date | Time | Location |" over a single row: a table of the meeting's facts, one per column.
 * A table of more rows is a record of dated things, and one with a single fact column a task row.
 */
function factColumns(
  item: Item,
  section: RawSection,
): Array<{ key: FactKey; label: string; value: string }> {
  const headers = Object.keys(item.cells ?? {});
  const facts = headers.flatMap((header) => {
    const key = factKey(header);
    const value = item.cells![header]!.trim();
    return key && value ? [{ key, label: header, value }] : [];
  });
  if (facts.length < 2 || !facts.some((fact) => fact.key === "date")) return [];
  const sameTable = section.items.filter(
    (other) =>
      other.type === "table-row" && Object.keys(other.cells ?? {}).join("|") === headers.join("|"),
  );
  return sameTable.length === 1 ? facts : [];
}

/**
 * "Invited [Ada Lind](mailto:…) [Ben Ode](mailto:…)": a meeting app's summary lists who was
 * invited as person chips after a word, with no colon; only the chips follow it.
 */
const CHIP_LABEL = /^(invited|invitees|attendees|participants|guests)\s+/i;

function chipRoster(item: Item): { label: string; names: string } | null {
  const label = CHIP_LABEL.exec(item.text);
  const people = item.mailed ?? [];
  if (!label || people.length === 0) return null;
  let rest = item.text.slice(label[0].length);
  for (const name of people) rest = rest.replace(name, " ");
  return /^[\s,;]*$/.test(rest) ? { label: label[1]!, names: people.join(", ") } : null;
}

/**
 * "With Ana, Ben & kim" alone on a line at the head of the note: who met, as a line written under
 * a title says it. Each part is a name or a handle of a few words; "With that, we closed the call"
 * and "With the vendor's consent, the job was rerun" are sentences. "Call on 3 Nov at 16:00 with
 * Ana (Acme, Finance) and Ben." says it in a sentence that names the meeting first.
 */
const MET_WITH =
  /^(?:(?:the\s+)?(?:call|meeting|sync|session|check-?in|catch-?up|conversation|video call|phone call|review)\s+(?:(?:held\s+)?(?:on|at)\s+[^()]{3,60}?\s+)?)with\s+(.+?)\.?$/i;
function inCompanyOf(text: string): string | null {
  const company = (MET_WITH.exec(text) ?? /^with\s+(.+?)\.?$/i.exec(text))?.[1];
  // "Ana (Acme, Finance Lead)": who someone is, in brackets, is read with the name.
  const names = company?.replace(/\s*\([^()]{1,60}\)/g, "");
  if (!company || !names || /[.!?;:()]/.test(names)) return null;
  const parts = names.split(/\s*,\s*|\s+(?:&|and|\+)\s+/);
  const named = parts.every(
    (part) =>
      /^@?[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,2}$/u.test(part) &&
      !NOT_A_NAME_START.test(part),
  );
  return named && parts.length <= 12 ? company : null;
}

/**
 * "3 Mar 2026 :: Ana, Ben, Kim", "2026-03-10, 0900, AR, BO": a log's head line gives the
 * day, perhaps the hour, then who met, each a name, initials or a handle and nothing more.
 */
const DATE_THEN_REST = new RegExp(
  String.raw`^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}\.?,? \d{4}|${MONTH_WORD}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})(?:\s*(?:,|::|[-–—|])\s*(?:\d{3,4}h?|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?))?\s*(?:,|::|[-–—|])\s*(\S.*)$`,
  "iu",
);

function rosterAfterDate(text: string): string | null {
  const rest = DATE_THEN_REST.exec(text)?.[1];
  if (!rest) return null;
  const parts = rest.split(/\s*,\s*|\s+(?:&|and)\s+/);
  const named = parts.every(
    (part) => /^\p{Lu}{2,3}$/u.test(part) || /^@[\w.-]+$/.test(part) || looksLikeName(part, true),
  );
  return named && parts.length >= 2 ? rest : null;
}

/**
 * "Tovah Brandt, Ada Lind, Odile Quast" on a line of its own under the title, as a recorder's
 * export lists who was on the call: full names and nothing else, two of whom the note goes on to
 * name as someone at work or speaking ("Ada to send ...", "Tovah:"). "New York, San Francisco"
 * is shaped the same and named nowhere else so.
 */
function bareRoster(text: string, sections: readonly RawSection[], line: Item): string | null {
  const parts = text.trim().split(/\s*[,;]\s*|\s+(?:&|and)\s+/);
  if (parts.length < 2 || !parts.every((part) => /\s/.test(part) && looksLikeName(part, true)))
    return null;
  const acting = (part: string) => {
    const given = escapeRegExp(part.split(/\s+/)[0]!);
    const at = new RegExp(
      String.raw`(?:^|[\s(])${given}(?:\s+\p{Lu}\p{L}+)?(?:\s+(?:to|will|is going to)\s+\p{Ll}|\s*:\s)`,
      "u",
    );
    return sections.some((section) =>
      section.items.some((item) => item !== line && at.test(item.text)),
    );
  };
  // "Tobias Lind, Quarry Labs": a person and where they work, unless the second acts as well.
  return parts.filter(acting).length >= 2 ? text.trim() : null;
}

/** A part of a "With ..." line that opens a phrase, not a name: "that", "our time", "the team". */
const NOT_A_NAME_START =
  /^(?:the|this|that|these|those|a|an|our|their|its|his|her|my|your|some|all|no|only|partner|each|every|it|we|they|you|he|she|respect|regard|reference|thanks)\b/i;

/** Every fact label line in the note, in document order. */
const ITEM_FIELD_KEYS: ReadonlySet<FactKey> = new Set(["date", "time", "location"]);

export function labelLines(sections: readonly RawSection[]): LabelLine[] {
  const lines: LabelLine[] = [];
  for (const [index, section] of sections.entries()) {
    // "📅 …" at the head of the note says when it met; in a later section's list it is a
    // bullet's decoration ("- 📅 reminders go out on Mondays").
    const atHead =
      section.preamble || (index <= 1 && (section.kind === "other" || section.kind === "context"));
    // "## Date: 4 March 2026", "#### Attendees: Ana, Ben": a heading written as a label.
    const headed = section.explicit ? plainLabel(section.heading) : null;
    const headedKey = headed ? factKey(headed.label) : null;
    if (headed && headedKey)
      lines.push({
        key: headedKey,
        label: headed.label,
        value: headed.value.trim(),
        item: headingItem(section),
        section,
      });
    const below = headed ? null : dateUnderHeading(section, sections);
    if (below)
      lines.push({ key: "date", label: section.heading, value: below.text, item: below, section });
    const headers = new Set<string>();
    for (const item of section.items) {
      const header = item.type === "table-row" ? headerLabel(item) : null;
      if (header && !headers.has(header.label)) {
        headers.add(header.label);
        lines.push({ ...header, item, section });
      }
      if (item.type === "table-row" && Object.keys(item.cells ?? {}).length >= 2)
        for (const fact of factColumns(item, section)) lines.push({ ...fact, item, section });
      // "Mar 4, 2026 | Attendees: Ana, Ben", "Chair: Ana · Minutes: Ben": facts side by side.
      const sides = item.type === "table-row" ? [] : sideBySideFacts(item.text, atHead);
      if (sides.length > 0) {
        for (const side of sides) lines.push({ ...side, item, section });
        continue;
      }
      // Person chips after "Invited" say who came wherever the app put them.
      const chips = item.type === "line" ? chipRoster(item) : null;
      if (chips) {
        lines.push({ key: "attendees", label: chips.label, value: chips.names, item, section });
        continue;
      }
      const company = atHead && item.type === "line" ? inCompanyOf(item.text) : null;
      if (company) {
        lines.push({ key: "attendees", label: "With", value: company, item, section });
        continue;
      }
      const dated =
        atHead && item.type === "line"
          ? (rosterAfterDate(item.text) ??
            (section.items.indexOf(item) < 4 ? bareRoster(item.text, sections, item) : null))
          : null;
      if (dated) {
        lines.push({ key: "attendees", label: "", value: dated, item, section });
        continue;
      }
      const icon =
        item.type === "table-row" || !atHead || item.parent !== null ? null : iconFact(item.text);
      if (icon) {
        lines.push({ ...icon, value: icon.value.trim(), item, section });
        continue;
      }
      const labelled =
        item.type === "table-row"
          ? tableLabel(item)
          : (itemLabel(item) ?? dashedLabel(item.text) ?? bareLabel(item));
      const pair =
        labelled && factKey(labelled.label) !== null
          ? labelled
          : ((atHead && item.type === "line" ? rosterAfterSentence(item.text) : null) ?? labelled);
      if (!pair) continue;
      const key = dayOfTheGathering(pair) ? "date" : factKey(pair.label);
      // "1. Re-run the invoices" over "- When: today, 6 PM": below the head of the note, a
      // label nested under an item is a field of that item, not when or where the meeting was.
      if (key && item.parent !== null && !atHead && ITEM_FIELD_KEYS.has(key)) continue;
      // "- Customer: send the report IDs" in a list of work: the side that takes it, not who the
      // customer is.
      if (key === "customer" && isTaskSection(section) && SIDE_OVER_WORK.test(pair.label.trim()))
        continue;
      if (key) lines.push({ key, label: pair.label, value: pair.value.trim(), item, section });
    }
  }
  // The note's head: its preamble, or the first section where nothing stands above it ("## Client
  // call, 8 Dec" as the first line).
  const first = sections[0];
  const head = first?.preamble && !first.heading && first.items.length === 0 ? sections[1] : first;
  return lines.filter(
    (line) =>
      !isStrayWho(line, lines, head) &&
      // "## Next meeting" over "- Date: 25/03": when and where the group meets next, not this time.
      !(ITEM_FIELD_KEYS.has(line.key) && NEXT_MEETING_CUE.test(line.section.heading)),
  );
}

const GATHERING_ALONE = new RegExp(`^${GATHERING_WORD}$`, "i");
const DATE_AND_TIME_ONLY = /^[\d\s./:-]+$/;

/**
 * "| Call | 2026-12-02 14:00 |", "Meeting: 03/12/2026": the gathering's name over nothing but a
 * day and an hour says when it was held; over a room or a link it says where.
 */
function dayOfTheGathering(pair: { label: string; value: string }): boolean {
  const value = pair.value.trim();
  return (
    GATHERING_ALONE.test(pair.label.trim()) &&
    DATE_AND_TIME_ONLY.test(value) &&
    readStatedDate(value, null) !== null
  );
}

function isTaskSection(section: RawSection): boolean {
  return (TASK_SECTIONS as readonly string[]).includes(section.kind);
}

/**
 * "Thanks for joining today. Attendees: Rina Osei, Tallis Grove": an e-mail recap names who came
 * after its greeting, in the same paragraph.
 */
function rosterAfterSentence(text: string): { label: string; value: string } | null {
  const found = /[.!?]\s+([\p{Lu}][\p{L} ]{2,30}?)\s*:\s+(\S.*)$/u.exec(text);
  return found && factKey(found[1]!) === "attendees"
    ? { label: found[1]!, value: found[2]!.replace(/\.$/, "") }
    : null;
}

/**
 * "Who:" lists the people at the head of the note, or in a block that says where and when the
 * meeting was ("Where: Zoom / When: 18/09 / Who: ..."), none of them nested; "Who: Kim" under a
 * task says who does it.
 */
function isStrayWho(
  line: LabelLine,
  lines: readonly LabelLine[],
  head: RawSection | undefined,
): boolean {
  if (line.key !== "attendees" || fold(line.label).trim() !== "who") return false;
  if (line.item.parent !== null) return true;
  // At the head of the note, under its title, "Who:" is the meeting's own; so is its first line
  // under a first heading that stands for the title.
  if (line.section.kind === "context") return false;
  if (line.section === head && line.section.items[0] === line.item) return false;
  return !lines.some(
    (other) =>
      other.section === line.section &&
      other.item.parent === null &&
      (other.key === "date" || other.key === "location"),
  );
}

/** "Yesterday:", "Today:", "Blockers:": the labels of a stand-up's entry for one person. */
export const STAND_UP_LABEL =
  /^(?:yesterday|today|tomorrow|blockers?|blocked|impediments?|done|doing|next|plans?|progress)$/i;

/** "What I did yesterday", "Plans for today", "Blockers / impediments": a stand-up table's columns. */
const STAND_UP_COLUMN =
  /\b(?:yesterday|today|tomorrow|blockers?|blocked|impediments?|done|doing|next|plans?|progress)\b/;
/** "Today", "Next", "Plan for tomorrow": the column of what each person is about to do. */
const PLANNED_COLUMN = /\b(?:today|tomorrow|next|plans?|to ?do|this week)\b/;
const DONE_COLUMN = /\b(?:yesterday|done|did|last|previous|completed)\b/;
/** "Name", "Who", "Team member": the column of who reports. */
const REPORTER_COLUMN = /^(?:name|who|person|member|team member)$/;

/**
 * "| Name | Yesterday | Today | Blockers |": a stand-up kept as a table, a row a person; its
 * column of who reports and the one of what they plan (null when it has none). Null for a
 * table with no column of who, or fewer than two of a stand-up's.
 */
export function standUpTable(
  headers: readonly string[],
): { reporter: string; planned: string | null } | null {
  const reporter = headers.find((header) => REPORTER_COLUMN.test(header.trim()));
  if (!reporter || headers.filter((header) => STAND_UP_COLUMN.test(header)).length < 2) return null;
  const planned = headers.find(
    (header) => PLANNED_COLUMN.test(header) && !DONE_COLUMN.test(header),
  );
  return { reporter, planned: planned ?? null };
}

/**
 * A section that holds two or more of a stand-up's labels: one person's report. Beside such a
 * report, one label is enough: "**Greta**" over "- Today: give Ada access" has only a plan.
 */
export function isStandUpEntry(section: RawSection, sections: readonly RawSection[] = []): boolean {
  return isStandUpReport(
    section.items,
    sections.filter((other) => other !== section).map((other) => other.items),
  );
}

/** Items that hold two or more of a stand-up's labels, or one beside another report of two. */
export function isStandUpReport(
  items: readonly Item[],
  others: ReadonlyArray<readonly Item[]>,
): boolean {
  const count = standUpLabels(items);
  if (count >= 2) return true;
  return count === 1 && others.some((other) => standUpLabels(other) >= 2);
}

function standUpLabels(items: readonly Item[]): number {
  const labels = new Set<string>();
  for (const item of items) {
    const label = itemLabel(item)?.label.trim().toLowerCase();
    if (label && STAND_UP_LABEL.test(label)) labels.add(label);
  }
  return labels.size;
}
