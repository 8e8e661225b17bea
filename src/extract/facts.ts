import { type Diagnostic, type MeetingKind, TASK_SECTIONS } from "../model/minutes.js";
import type { Source } from "../model/source.js";
import { frontMatterString } from "../parse/front-matter.js";
import type { Item, RawSection } from "../parse/sections.js";
import { readDates } from "../resolve/date-reader.js";
import {
  dateFromFileName,
  isIanaZone,
  readStatedDate,
  readTimeRange,
  type StatedDate,
  toIana,
} from "../resolve/meeting-time.js";
import { DAY_NAMES } from "../resolve/phrase-words.js";
import { isoDate, isValidDate } from "../resolve/wall-clock.js";
import { weekdayDate } from "../resolve/weekday-year.js";
import { GATHERING_WORD, MONTH_WORD, monthNumber, ORGANIZATION_ENDINGS } from "../util/lexicon.js";
import { meetsOwnSupplier } from "../util/names.js";
import { squash } from "../util/strings.js";
import type { Facts, ResolvedOptions } from "./context.js";
import { factKey, type LabelLine } from "./labels.js";

interface FactsInput {
  /** The note's text (front matter blanked), for what the sections leave out: raw HTML. */
  body: string;
  sections: readonly RawSection[];
  frontMatter: Record<string, unknown> | null;
  labels: readonly LabelLine[];
  options: ResolvedOptions;
  diagnostics: Diagnostic[];
}

/** Title, kind, date, time, place, customer and context, from front matter, labels, title and file name. */
export function extractFacts(input: FactsInput): Facts {
  const { sections, frontMatter, labels, options } = input;
  const fm = frontMatter ?? undefined;
  const label = (key: LabelLine["key"]) =>
    labels.find((line) => line.key === key && line.value !== "")?.value ?? null;
  const preamble = sections[0]!;
  const title =
    frontMatterString(fm, "title") ??
    namedUnderGenericTitle(
      realTitle(preamble.heading || firstHeading(sections), preamble),
      sections,
    ) ??
    plainTitle(preamble, sections.length > 1) ??
    outlinerTitle(preamble);

  const when = settleDate(input, title);
  // "Date: 03/04/2026 (Wed), 14:00 EST", "When: Tue 14 April, 16:00–16:45 CET": the time, its
  // end and its zone written in the date's field.
  const timeText = frontMatterString(fm, "time") ?? label("time") ?? label("date") ?? when.line;
  const range = timeText ? readTimeRange(timeText) : null;
  const start = frontMatterString(fm, "start") ?? when.time ?? range?.start ?? null;
  const end = frontMatterString(fm, "end") ?? range?.end ?? null;

  const zoneFromFrontMatter = frontMatterString(fm, "timezone");
  const zoneText = zoneFromFrontMatter ?? label("timezone");
  const noteZone = zoneText ? toIana(zoneText) : (range?.timezone ?? null);
  if (zoneText && !noteZone) {
    const zoneLabel = zoneFromFrontMatter ? undefined : labels.find((l) => l.key === "timezone");
    input.diagnostics.push({
      code: "unknown-timezone",
      message: `Unknown time zone "${zoneText}", expected an IANA name such as "Europe/Berlin"`,
      source: zoneLabel?.item.source ?? null,
    });
  }
  let timezone = noteZone;
  if (options.timezone) {
    if (isIanaZone(options.timezone)) timezone = options.timezone;
    else
      input.diagnostics.push({
        code: "unknown-timezone",
        message: `Unknown time zone "${options.timezone}" in options`,
        source: null,
      });
  }

  return {
    title,
    kind: options.kind ?? kindFromFrontMatter(fm) ?? detectKind(title, sections, options.fileName),
    date: when.date,
    start: start ? readClock(start, "start", input.diagnostics) : null,
    end: end ? readClock(end, "end", input.diagnostics) : null,
    timezone,
    location: frontMatterString(fm, "location") ?? label("location") ?? placeHeld(sections),
    customer:
      frontMatterString(fm, "customer") ??
      frontMatterString(fm, "client") ??
      customerLabel(labels) ??
      customerFromTitle(title),
    context: frontMatterString(fm, "context") ?? label("context") ?? contextText(sections),
    dateSource: when.source,
  };
}

/**
 * "Held at the Scout Hut on Tuesday 14 April", "Meeting held in Room 4, 7pm", "Held on 3 March
 * 2026 at the Community Hall": the place a line at the head of the note says the meeting was
 * held, named with a capital ("held in person", "held at 7pm" and "held in March" name none).
 */
const HELD_AT =
  /\b(?:[Hh]eld|[Mm]et|[Tt]ook place)\s+(?:on\s+[^,;()]{3,40}?\s+)?(?:at|in)\s+(?:the\s+)?(\p{Lu}[^,.;:()]{1,50}?)(?=\s+(?:on|at|from|and)\b|\s*[,.;:(]|$)/u;

const A_DAY_OR_MONTH = new RegExp(`^(?:${MONTH_WORD}|${DAY_NAMES})\\b`, "i");

function placeHeld(sections: readonly RawSection[]): string | null {
  for (const item of sections[0]?.items.slice(0, 3) ?? []) {
    if (item.type !== "line") continue;
    const place = HELD_AT.exec(item.text)?.[1]?.trim();
    if (place && !A_DAY_OR_MONTH.test(place)) return place;
  }
  return null;
}

/**
 * "# 📝 Notes" over its date and "## Weekly sync - Quarry Labs / Tallow Foods": a meeting app
 * heads every note it writes with the same word; the meeting's own name is the heading below.
 */
const GENERIC_TITLE =
  /^(?:\P{L}*\s*)?(?:(?:meeting|call)\s+)?(?:notes|minutes|summary)(?:\s+by\s+\S.*)?$/iu;

function namedUnderGenericTitle(
  title: string | null,
  sections: readonly RawSection[],
): string | null {
  if (!title || !GENERIC_TITLE.test(title.trim())) return title;
  const at = sections.findIndex((section) => section.explicit && section.heading === title);
  const top = sections[at];
  const next = sections[at + 1];
  if (!top || !next?.explicit || next.depth !== top.depth + 1 || top.items.length > 2) return title;
  // "### 2018-05-23" under "## Meeting Minutes": a running log's first entry, not its name.
  return (next.kind === "other" || next.kind === "notes") && !isDateHeading(next.heading)
    ? next.heading
    : title;
}

/** A template's placeholder ("# Incident Title") gives way to the line under it. */
function realTitle(heading: string | null, preamble: RawSection): string | null {
  if (
    heading &&
    /^(?:(?:incident|meeting|document|page|report)\s+)?title$|^\[.*title.*\]$/i.test(heading.trim())
  ) {
    return preamble.items.find((item) => item.type === "line")?.text ?? heading;
  }
  return heading;
}

/**
 * "Kickoff – Wrenfield Council digital forms" or "Subject: Recap of our call" on the first line of
 * a note with no heading, as an e-mail or a plain-text page is written: a short line that is no
 * sentence, no field and no date.
 */
// A line of its own opens with a capital; "held on ..." in lower case goes on with a sentence.
// "Minutes of the meeting held on Monday 30 November 2026 at 7pm in the village hall" too.
const HELD_WHEN =
  /^(?:(?:Minutes\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,3}?)?(?:(?:[Tt]he\s+)?[Mm]eeting\s+(?:was\s+)?held)|Held)\s+(?:on\s+)?\S.{0,100}$/u;

function plainTitle(preamble: RawSection, sectionsFollow: boolean): string | null {
  const [first, next] = preamble.items;
  // Alone over the note's first part ("Attendees" on a line of its own), it heads the note.
  if (!first || (!next && !sectionsFollow) || first.type !== "line") return null;
  const subject = SUBJECT_LINE.exec(first.text);
  if (subject) return subject[1]!.trim();
  // A line of its own: the first of a wrapped paragraph is part of a sentence, unless the line
  // under it is nothing but the meeting's date, as an exported document heads itself
  // ("**Weekly account sync**" over "Tue, Apr 14, 2026"), or says when and where it was held
  // ("Meeting held 1 December 2026, 7.30pm, in the small hall").
  const alone =
    !next ||
    next.source.start.line > first.source.end.line + 1 ||
    (next.type === "line" &&
      (next.text.trim().length <= 40 || HELD_WHEN.test(next.text.trim())) &&
      readStatedDate(next.text, null) !== null);
  const text = first.text.trim();
  return alone &&
    text.length <= 90 &&
    /^\p{Lu}/u.test(text) &&
    // "At 11:30 in room 4", "On Tuesday the queue stalled": when or where, not what.
    !/^(?:at|on|in|by|from|since|when|after|before|during)\s/i.test(text) &&
    !/[.:?!,;]$/.test(text) &&
    !/^[^:]{1,30}:\s/.test(text) &&
    namesMoreThanADay(text)
    ? text
    : null;
}

/**
 * "BILLING SYNC — 3 Dec 2026", "Weekly account sync, 3 Dec 2026": words besides the date, as a
 * title gives them; "Tuesday 3 December 2026" is the date line alone.
 */
function namesMoreThanADay(text: string): boolean {
  const readings = readDates(text, { reference: null, dateOrder: null });
  if (readings.length === 0) return true;
  let rest = text;
  for (const reading of readings) rest = rest.replace(reading.text, " ");
  return (
    rest
      .replace(new RegExp(`\\b(?:${DAY_NAMES}|${MONTH_WORD}|at|on|the|of)\\b\\.?`, "gi"), " ")
      .match(/\p{L}{3,}/gu) !== null
  );
}

const SUBJECT_LINE = /^(?:subject|re|fwd?)\s*:\s*(\S.{2,120})$/i;

/**
 * "- Supplier call, 2026-11-25" over the page's other blocks: an outliner's page opens with a
 * block that names the gathering and its day, as a title would.
 */
function outlinerTitle(preamble: RawSection): string | null {
  const [first, next] = preamble.items;
  if (!first || !next || !namesOutlinerPage(first)) return null;
  const text = first.text.trim();
  return /^\p{Lu}/u.test(text) &&
    readDates(text, { reference: null, dateOrder: null }).length > 0 &&
    namesMoreThanADay(text)
    ? text
    : null;
}

/** A short top-level first block that names the gathering ("- Ship the fix, Mar 10th" is work). */
function namesOutlinerPage(first: Item): boolean {
  return (
    first.type === "list-item" &&
    first.parent === null &&
    first.text.trim().length <= SHORT_DATE_LINE &&
    GATHERING_BLOCK.test(first.text) &&
    !/\b(?:by|before|due|until)\b/i.test(first.text)
  );
}

function firstHeading(sections: readonly RawSection[]): string | null {
  return (
    sections.find((section) => section.explicit && section.depth === 1)?.heading ??
    headOfNote(sections)?.heading ??
    null
  );
}

/**
 * A note kept among others often heads itself a level down ("## Steering committee report",
 * then its date): with nothing before it and no heading above its level, the first heading is
 * the note's own, unless it names a part of the note ("## Attendees").
 */
const NAMES_THE_NOTE =
  /^(?:(?:meeting|call|sync|session) (?:notes|minutes)|minutes(?: of (?:the )?meeting)?)$/i;

function headOfNote(sections: readonly RawSection[]): RawSection | null {
  const [preamble, first] = sections;
  if (!preamble || !first || preamble.items.length > 0 || !first.explicit) return null;
  // "# Meeting notes" over "_Wednesday 4 March 2026_": a heading that names the whole note, as
  // does "# Pricing follow-up" over sections of its own ("## Action items"), whatever kind of
  // section its words would name.
  const titleOverSections =
    first.depth === 1 && sections.some((section) => section.explicit && section.depth > 1);
  if (first.kind !== "other" && !NAMES_THE_NOTE.test(first.heading) && !titleOverSections)
    return null;
  // "## Date" over the day, as a wiki's template heads each field: a field, not the note's name.
  if (factKey(first.heading) === "date") return null;
  const top = Math.min(...sections.filter((section) => section.explicit).map((s) => s.depth));
  return first.depth === top ? first : null;
}

/**
 * "Next meeting: ...", "Updated: ...", "Release date: ...": a head line whose label dates
 * something other than the meeting.
 */
const DATES_SOMETHING_ELSE =
  /^\W*(?:next (?:meeting|call|sync|session|check-?in)|(?:last )?(?:updated|modified|edited)|created|published|posted|(?:release|launch|go[ -]?live|cut ?over|ship|delivery|expiry|expiration|renewal|target|start|end|effective|publication)\s+dates?\b)\b/i;
const GATHERING_BLOCK = new RegExp(`^[^:]*\\b${GATHERING_WORD}s?\\b[^:]*$`, "i");
const DATES_A_DEADLINE = /\b(?:due|deadline|no later than|until)\b/i;
const COMPACT_DATE = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;

/** "July 14, 2016", "Tuesday 3 March 2026": a line that is little more than a date. */
const SHORT_DATE_LINE = 40;
const TIMED_DATE_LINE = 60;
/** "May 4, 2026 18:12 | Tags: ...", "by kim, 3 March 2026 10:02": when a page was posted. */
const POST_STAMP = /\|\s*tags\b|\b(?:posted|published|updated|edited|by)\b/i;

/**
 * "Recap - Tallow Foods / Brightwater escalation call (Tue 9 Jun 2026, 14:00 CET)": a long title
 * whose last part, in brackets or after a dash or bar, is only its date and time says when the
 * meeting began, as a short one does.
 */
const TITLE_STAMP = /(?:\(([^()]{6,40})\)|\s[-–—|]\s+([^-–—|()]{6,40}))\s*$/;

function titleStamp(title: string, order: "MDY" | "DMY" | null): string | null {
  const stamp = TITLE_STAMP.exec(title);
  const text = stamp?.[1] ?? stamp?.[2];
  return text && readStatedDate(text, order) ? text : null;
}

function settleDate(
  input: FactsInput,
  title: string | null,
): { date: string | null; time: string | null; source: Facts["dateSource"]; line?: string } {
  const { frontMatter, labels, options, sections } = input;
  const fromFrontMatter = frontMatterString(frontMatter ?? undefined, "date");
  const stated = fromFrontMatter ? readStatedDate(fromFrontMatter, options.dateOrder) : null;
  if (fromFrontMatter && !stated) unreadableDate(fromFrontMatter, null, input.diagnostics);
  if (stated) {
    // A post's front matter dates its publication; "Committee summary 3 March 2024" in
    // its title dates the meeting.
    const titled = title
      ? (readStatedDate(title, options.dateOrder)?.date ?? compactDate(title))
      : null;
    if (titled && titled !== stated.date) return { date: titled, time: null, source: "note" };
    const dayOnly = title ? yearlessDate(title, stated.date) : null;
    if (dayOnly) return { date: dayOnly, time: null, source: "note" };
    return { ...stated, source: "front-matter" };
  }
  // The document's own date stands in its title or first lines; later dates are timeline entries.
  // "Next meeting: ..." and "Last updated: ..." in those lines date something else.
  const [first, second] = sections[0]!.items;
  const headLines = [
    ...sections[0]!.items
      .slice(0, 3)
      .filter((item) => item.type === "line")
      .map((item) => item.text),
    // "- Call with Quarry, Mar 10th, 2026" over the whole note nested under it, as an outliner
    // writes a page: the root bullet is the note's first line ("- Review the figures by Mar
    // 10th" over its steps is work).
    // "- Call with Quarry, 2026-03-10" over sibling blocks ("- Attendees:: ...", "- Notes"), as
    // an outliner's page of flat blocks opens.
    ...((first?.type === "list-item" &&
      second?.parent === first &&
      !/\b(?:by|before)\b/i.test(first.text)) ||
    (first && namesOutlinerPage(first))
      ? [first!.text]
      : []),
    ...(headOfNote(sections)
      ?.items.slice(0, 2)
      .filter((item) => item.type === "line" && item.text.length <= SHORT_DATE_LINE)
      .map((item) => item.text) ?? []),
  ];
  for (const line of labels) {
    if (line.key !== "date" || !line.value) continue;
    const fromLabel = readStatedDate(line.value, options.dateOrder);
    if (fromLabel) return { ...fromLabel, source: "note" };
    // "Date: March 4th" over "Next meeting: March 11th, 2026": the year of the note's next date.
    const later = headLines
      .map((text) => readStatedDate(text, options.dateOrder))
      .find((found) => found !== null);
    const dayOnly = later ? yearlessDate(line.value, later.date) : null;
    if (dayOnly) return { date: dayOnly, time: null, source: "note" };
    // "Date: Mar 4th, Tuesday" in "2014-03-04-sync.md": the file name's year, where its month
    // and day are the label's; a weekday repeats every few years.
    const named = options.fileName ? dateFromFileName(options.fileName, options.dateOrder) : null;
    if (named && yearlessDate(line.value, named) === named)
      return { date: named, time: null, source: "note" };
    // "Date: Monday, October 4": the year its weekday gives.
    const byWeekday = options.today
      ? weekdayDate(line.value, options.dateOrder, options.today)
      : null;
    if (byWeekday) return { ...byWeekday, source: "weekday" };
    unreadableDate(line.value, line.item.source, input.diagnostics);
  }
  // "2026-03-04-sync.md" with a heading "## Meeting March 4th" under an introduction that tells
  // when the group first met, or under a title copied from an older report: the file name and a
  // heading agree on the day, and two witnesses beat one.
  const fromFileName = options.fileName
    ? dateFromFileName(options.fileName, options.dateOrder)
    : null;
  const headings = [
    title ?? "",
    ...sections.map((section) =>
      section.explicit && !section.preamble ? (section.heading ?? "") : "",
    ),
  ];
  if (fromFileName && headings.some((text) => givesDay(text, fromFileName, options.dateOrder)))
    return { date: fromFileName, time: null, source: "note" };
  // "Sprint 14 ran from 2026-02-26 to 2026-03-11. Retro held 2026-03-12.": the day the meeting
  // was held, whatever other dates the line gives.
  for (const text of [title ?? "", ...headLines]) {
    const held = HELD_ON.exec(text);
    const found = held ? readStatedDate(held[1]!, options.dateOrder) : null;
    // "Held on Tuesday 17 November 2026 at 7.30pm": the line may say when it began, too.
    if (found) return { ...found, source: "note", line: text };
  }
  // "Follow-ups due 3/10/2026" under the title dates the work, not the meeting.
  // "title: Platform sync" in front matter over "# Platform sync — 2026/12/01": the heading
  // still carries the day.
  const heading = input.frontMatter ? sections[0]!.heading || firstHeading(sections) : null;
  const candidates = [
    title ?? "",
    ...(heading && heading !== title ? [heading] : []),
    ...headLines.filter((text) => !DATES_SOMETHING_ELSE.test(text) && !DATES_A_DEADLINE.test(text)),
  ];
  for (const text of candidates) {
    const found = text ? readStatedDate(text, options.dateOrder) : null;
    // "March 3, 2026 4pm CET" alone on a line says when the meeting began; a sentence
    // ("At 2026-03-02 22:10 UTC the queue stalled") times something else.
    const timed = text.length <= TIMED_DATE_LINE && !POST_STAMP.test(text);
    const stamp = !timed && found && text === title ? titleStamp(text, options.dateOrder) : null;
    if (found)
      return {
        ...found,
        source: "note",
        ...(timed ? { line: text } : stamp ? { line: stamp } : { time: null }),
      };
  }
  // "# 3/3 sync" over "Follow-ups due 3/10/2026": a title's day without a year takes the year of
  // the first full date under it, when the day comes at most a quarter before that date.
  const later = headLines
    .map((text) => readStatedDate(text, options.dateOrder))
    .find((found) => found !== null);
  const numericDay =
    title && later ? yearlessNumericDate(title, later.date, options.dateOrder) : null;
  if (numericDay) return { date: numericDay, time: null, source: "note" };
  // "Notes 20260304": a title dated the way file names are.
  const compact = title ? compactDate(title) : null;
  if (compact) return { date: compact, time: null, source: "note" };
  if (options.referenceDate) {
    const [date, time] = options.referenceDate.split("T") as [string, string | undefined];
    return { date, time: time ?? null, source: "option" };
  }
  if (fromFileName) {
    // "2024-03-09-results.md" titled "March 6 committee results": posted three days
    // after the meeting the title names.
    const dayOnly = title ? yearlessDate(title, fromFileName) : null;
    return dayOnly
      ? { date: dayOnly, time: null, source: "note" }
      : { date: fromFileName, time: null, source: "file-name" };
  }
  const byline = htmlDate(input.body, options.dateOrder);
  if (byline) return { date: byline, time: null, source: "note" };
  // "# Overview" over "Tuesday, Mar. 3, 2026": a line that is only a date, near the top, dates
  // the note wherever the heading above it is not the title.
  // Under "## Attendees" or "## Action items" a date belongs to what the section lists.
  for (const section of sections.slice(0, 3)) {
    if (section.kind !== "context" && section.kind !== "other" && section.kind !== "notes")
      continue;
    for (const item of section.items.slice(0, 3)) {
      if (item.type !== "line" || item.text.length > TIMED_DATE_LINE) continue;
      // "March 3, 2026 at 10:00 AM PST": the day, and when on it the meeting began.
      const day = item.text.replace(TRAILING_CLOCK, "");
      const timed = day !== item.text;
      if (!timed && item.text.length > SHORT_DATE_LINE) continue;
      if (DATES_SOMETHING_ELSE.test(item.text) || !namesOnlyADay(day)) continue;
      const found = readStatedDate(item.text, options.dateOrder);
      if (found)
        return timed
          ? { ...found, source: "note", line: item.text }
          : { date: found.date, time: null, source: "note" };
    }
  }
  // A running log heads each meeting's entry with its date ("## 9 November 2021"): the first
  // entry dates the note (the newest, where entries are added on top).
  for (const [index, section] of sections.entries()) {
    // "**Wednesday 12/03/2026**" right under the title: a bold line that dates the note.
    const boldFirst = !section.explicit && index === 1 && sections[0]!.items.length === 0;
    const headed = section.explicit || section.dateLine === true || boldFirst;
    if (section.preamble || !headed || !isDateHeading(section.heading)) continue;
    const found = readStatedDate(section.heading, options.dateOrder);
    if (found) return { date: found.date, time: null, source: "note" };
  }
  // An incident report may date itself only through its timeline: its first timestamp is the
  // incident's date. A date elsewhere in the body ("by 2026-03-01") is a deadline, not the meeting.
  for (const section of sections) {
    for (const item of section.items) {
      const found = TIMESTAMP_LEAD.test(item.text)
        ? readStatedDate(item.text, options.dateOrder)
        : null;
      if (found) return { date: found.date, time: null, source: "note" };
    }
  }
  const busiest = busiestTimelineDay(sections, options.dateOrder);
  if (busiest) return { date: busiest, time: null, source: "note" };
  // A report with no title date tells its story from the day it began: "On Wednesday, July
  // 21st, 2021, we released ...", "went live on 2024-02-14". Only its opening is read, and only
  // a day "on" which something happened, so that "by 2021-11-01" stays a deadline.
  for (const section of sections.slice(0, 3)) {
    for (const item of section.items.slice(0, 4)) {
      const on = EVENT_DAY.exec(item.text);
      // "The board will meet again on March 10, 2026" is a day ahead, not the report's.
      const ahead =
        on &&
        AHEAD.test(
          item.text
            .slice(0, on.index)
            .split(/[.!?]\s/)
            .pop()!,
        );
      const found = on && !ahead ? readStatedDate(on[1]!, options.dateOrder) : null;
      if (found) return { date: found.date, time: null, source: "note" };
    }
  }
  // Last: "Created: March 4, 2026 10:00 AM", as note apps stamp a page written during the
  // meeting. Any date the note gives the meeting itself comes first, since pages are made ahead.
  for (const text of headLines) {
    const found = PAGE_STAMP.test(text) ? readStatedDate(text, options.dateOrder) : null;
    if (found) return { date: found.date, time: null, source: "note" };
  }
  const byWeekday = options.today ? weekdayDated(input, title, headLines, options.today) : null;
  if (byWeekday) return { ...byWeekday, source: "weekday" };
  return { date: null, time: null, source: null };
}

/**
 * "Saturday, Oct 17, 09:30" or "## Friday 3/6" heading the note or its first entry, with no year
 * in the note to place it: the year its weekday gives (weekdayDate).
 */
function weekdayDated(
  input: FactsInput,
  title: string | null,
  headLines: readonly string[],
  today: string,
): StatedDate | null {
  const entryHeadings = input.sections
    .filter((section) => (section.explicit || section.dateLine) && isDateHeading(section.heading))
    .map((section) => section.heading);
  for (const text of [title ?? "", ...headLines, ...entryHeadings.slice(0, 1)]) {
    const found = text ? weekdayDate(text, input.options.dateOrder, today) : null;
    if (found) return found;
  }
  return null;
}

const HELD_ON =
  /(?:\b(?:held|took place|convened|met)\s+(?:on\s+)?|^(?:the\s+)?(?:call|meeting|sync|session|check-?in|catch-?up|video call|phone call)\s+on\s+)(?:the\s+)?(\S[^.;()]{5,40}?)(?=[.;()]|\s+(?:via|at|in|on|from|with)\b|$)/i;

const PAGE_STAMP = /^\W*(?:created|date created|created on|created time)\b/i;

const AHEAD = /\b(?:will|shall|next|again|going to|planned|scheduled|expected|until)\b/i;
const EVENT_DAY = new RegExp(
  `\\bon\\s+((?:(?:${DAY_NAMES}),?\\s+)?(?:(?:${MONTH_WORD})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORD})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}))(?!\\d)`,
  "i",
);

const YEARLESS = new RegExp(
  `\\b(?:(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD}))\\b(?![\\s,]*\\d)`,
  "i",
);

function compactDate(text: string): string | null {
  const compact = COMPACT_DATE.exec(text);
  if (!compact) return null;
  const [year, month, day] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

function givesDay(text: string, day: string, dateOrder: "MDY" | "DMY" | null | undefined): boolean {
  // Every heading is asked: only one that writes the day's number is worth a date reading.
  if (!text || !new RegExp(`(?<!\\d)0?${Number(day.slice(8, 10))}(?!\\d)`).test(text)) return false;
  const heading = text.slice(0, SHORT_DATE_LINE * 2);
  return (
    yearlessDate(heading, day) === day ||
    readStatedDate(heading, dateOrder ?? null)?.date === day ||
    shortYearDay(heading, day)
  );
}

const SHORT_YEAR_DATE = /^\D{0,40}?(?<!\d)(\d{2})([-./])(\d{2})\2(\d{2})(?!\d)\D{0,40}$/;

/** "# 19-09-01" in "2019-09-01.md": a two-digit year first or last, the day the name gives. */
function shortYearDay(heading: string, day: string): boolean {
  const match = SHORT_YEAR_DATE.exec(heading);
  if (!match) return false;
  const [yy, mm, dd] = [day.slice(2, 4), day.slice(5, 7), day.slice(8, 10)];
  const written = `${match[1]}-${match[3]}-${match[4]}`;
  return [`${yy}-${mm}-${dd}`, `${dd}-${mm}-${yy}`, `${mm}-${dd}-${yy}`].includes(written);
}

/**
 * A day and a month without a year in the title ("March 6 committee results"), dated by
 * the year of `published`, the date the note was written up: on or up to three months before it.
 */
function yearlessDate(title: string, published: string): string | null {
  const match = YEARLESS.exec(title);
  if (!match) return null;
  const month = monthNumber((match[1] ?? match[4])!);
  const day = Number(match[2] ?? match[3]);
  const after = Date.parse(`${published}T00:00:00Z`);
  for (const year of [Number(published.slice(0, 4)), Number(published.slice(0, 4)) - 1]) {
    const at = Date.UTC(year, month - 1, day);
    const date = new Date(at);
    if (date.getUTCDate() !== day) return null;
    if (at <= after && after - at <= 92 * 86_400_000) return date.toISOString().slice(0, 10);
  }
  return null;
}

// A slash only: "v2.1" and "3.5 hours" are no days.
const NUMERIC_DAY = /(?<![\w/.-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/;

/** "3/3" in a title, in the year of `later`, when it falls in the quarter before `later`. */
function yearlessNumericDate(
  title: string,
  later: string,
  dateOrder: "MDY" | "DMY" | null | undefined,
): string | null {
  const match = NUMERIC_DAY.exec(title);
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [month, day] = dateOrder === "DMY" ? [second, first] : [first, second];
  const year = Number(later.slice(0, 4));
  if (!isValidDate(year, month, day)) return null;
  const at = Date.UTC(year, month - 1, day);
  const until = Date.parse(`${later}T00:00:00Z`);
  return at <= until && until - at <= 92 * 86_400_000 ? isoDate(year, month, day) : null;
}

/** "- **Jun 12, 2025**: the fix is published": a timeline entry that opens with its day. */
const DAY_LEAD = /^\s*([^:–—|]{6,30}?)\s*(?::|\s[–—-])\s/;

/**
 * A timeline that dates its entries by day only ("Jun 4: ...", "Jun 12: ...") often starts
 * days before the incident, with the history that led to it; the incident is the day most of
 * the entries fall on.
 */
function busiestTimelineDay(
  sections: readonly RawSection[],
  dateOrder: "MDY" | "DMY" | null,
): string | null {
  const counts = new Map<string, number>();
  for (const section of sections) {
    if (!/\b(?:timeline|chronology|sequence of events)\b/i.test(section.heading)) continue;
    for (const item of section.items) {
      const lead = DAY_LEAD.exec(item.text)?.[1];
      const found = lead && /\d/.test(lead) ? readStatedDate(lead, dateOrder) : null;
      if (found) counts.set(found.date, (counts.get(found.date) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [day, count] of counts) if (best === null || count > counts.get(best)!) best = day;
  return best;
}

// An element near the top of the note: a blog post's byline, an export's header block.
const HTML_ELEMENT = /<([a-z][a-z0-9]*)\b([^>]*)>([^<]{0,120})(?=<)/gi;
const DATETIME_ATTRIBUTE = /\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})/i;
const HTML_SEARCHED = 1_000;
// Only a byline dates the note: a date in any other element ("<li>due 2026-03-20</li>") is a deadline.
const BYLINE_ATTRIBUTE =
  /\b(?:class|id|itemprop)\s*=\s*["']?[^"'>]*(?:date|time|byline|meta|subtitle|posted|published)/i;
const BYLINE_TEXT = /^\s*(?:posted|published|updated|date[d:]?)\b/i;

/**
 * The date of a raw HTML byline ("<time datetime=...>", "<p class=date>12 March 2026</p>") near
 * the note's start. Markdown sections hold no raw HTML, so it is read from the text itself.
 */
function htmlDate(body: string, dateOrder: "MDY" | "DMY" | null): string | null {
  // Raw HTML blocks only: lines that open with a tag. A tag inside a line of prose is inline markup.
  const blocks = body
    .slice(0, HTML_SEARCHED)
    .split("\n")
    .filter((line) => /^\s*<[a-z]/i.test(line))
    .join("\n");
  for (const element of blocks.matchAll(HTML_ELEMENT)) {
    const [, tag, attributes, text] = element as unknown as [string, string, string, string];
    const byline =
      tag.toLowerCase() === "time" || BYLINE_ATTRIBUTE.test(attributes) || BYLINE_TEXT.test(text);
    if (!byline) continue;
    const attribute = DATETIME_ATTRIBUTE.exec(attributes);
    const found = readStatedDate(attribute?.[1] ?? text, dateOrder);
    if (found) return found.date;
  }
  return null;
}

/** A stated meeting date that reads as none ("2025-02-30", "TBD") is said, not silently dropped. */
function unreadableDate(text: string, source: Source | null, diagnostics: Diagnostic[]): void {
  const impossible = /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/.test(text);
  diagnostics.push({
    code: "unreadable-date",
    message: impossible
      ? `The meeting date "${text.trim()}" names no real day, expected a date such as "2025-09-27"`
      : DAY_WITHOUT_YEAR.test(text) && !/\d{4}/.test(text)
        ? `The meeting date "${text.trim()}" names no year, expected a date such as "September 27, 2025"`
        : `Cannot read the meeting date "${text.trim()}", expected a date such as "2025-09-27" or "September 27, 2025"`,
    source,
  });
}

/** "Nov. 3rd", "3 November": a day of a month, which a year would make a date. */
const DAY_WITHOUT_YEAR = new RegExp(
  `\\b(?:${MONTH_WORD})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_WORD})\\b`,
  "i",
);

const TIMESTAMP_LEAD = /^\s*\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/;

// What a heading that names a meeting by its date holds besides the date: "Meeting of Tuesday,
// 9 November 2021", "2021-11-09 sync", "Week of 8 June 2026", "w/c 8 June". Any other word makes it
// a topic ("Next meeting: 3 March").
const DATE_HEADING_WORDS = new RegExp(
  `\\b\\d+(?:st|nd|rd|th)\\b|\\b(?:${MONTH_WORD}\\.?|${DAY_NAMES}|of|the|on|meeting|minutes|notes|sync|call|session|standup|stand-up|check-in|week|commencing|beginning|ending)\\b|\\bw\\/[ce]\\b|[\\d\\s.,:/()–—-]+`,
  "gi",
);

// "Jan27 2022 sprint planning memo": a heading that opens with a day of a month names its entry too.
const OPENS_WITH_DAY = new RegExp(
  `^\\W*(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s*)?${MONTH_WORD}\\.?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\b)?)`,
  "i",
);

/**
 * "Thursday, Feb 5, 14:00-14:50" alone on its line over each meeting's points: a running log whose
 * entries are headed by plain date lines. With two such lines or more, outside lists of work, each
 * starts an entry, read as a dated heading would be; one such line is the note's date, left where
 * it stands.
 */
export function entriesAtDateLines(sections: readonly RawSection[]): RawSection[] {
  const isDateLine = (section: RawSection, item: Item) =>
    item.type === "line" &&
    item.parent === null &&
    item.text.length <= SHORT_DATE_LINE &&
    !TASK_SECTION_KINDS.has(section.kind) &&
    namesOnlyADay(item.text) &&
    /\p{L}/u.test(item.text);
  const count = sections.reduce(
    (total, section) => total + section.items.filter((item) => isDateLine(section, item)).length,
    0,
  );
  if (count < 2) return [...sections];
  return sections.flatMap((section) => {
    if (!section.items.some((item) => isDateLine(section, item))) return [section];
    const parts: RawSection[] = [{ ...section, items: [] }];
    for (const item of section.items) {
      if (isDateLine(section, item))
        parts.push({
          heading: item.text,
          kind: "other",
          depth: Math.min(6, section.depth + 1),
          group: null,
          explicit: false,
          dateLine: true,
          preamble: false,
          source: item.source,
          items: [],
        });
      else parts[parts.length - 1]!.items.push(item);
    }
    // The part before the first date line keeps the section's heading, even with no items.
    return parts;
  });
}
const TASK_SECTION_KINDS: ReadonlySet<string> = new Set(TASK_SECTIONS);

export function isDateHeading(heading: string): boolean {
  if (namesOnlyADay(heading)) return true;
  // "Offsite - 2025-05-14", "Kickoff: 3 June 2025": a meeting's short name, then its full date.
  const named = CLOSES_WITH_DATE.exec(heading);
  if (named && !DATES_SOMETHING_ELSE.test(heading) && !DATES_A_DEADLINE.test(heading)) return true;
  if (!/\d/.test(heading)) return false;
  const opening = OPENS_WITH_DAY.exec(heading)?.[0] ?? "";
  return /\d/.test(opening) && !/^\W*\d{4}\b(?!-)/.test(opening);
}

/**
 * "## Next steps" then "### Tuesday, May 5, 14:00": a dated sub-heading that takes its kind
 * from a task section over it dates the items below when its day is after the meeting's; on the
 * meeting's day or before, it starts another entry of the note (a second session that day), whose
 * points are notes, as are those of the sub-headings that take their kind from it.
 */
/** "May 5", "5th May", "2026-05-05", "05/05": a day of a month, not a weekday alone. */
const STATES_A_DAY = new RegExp(
  `\\b${MONTH_WORD}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\b|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}\\b`,
  "i",
);

export function entriesUnderTaskSections(
  sections: readonly RawSection[],
  meetingDate: string | null,
  dateOrder: "MDY" | "DMY" | null,
): readonly RawSection[] {
  if (!meetingDate) return sections;
  let entryDepth: number | null = null;
  return sections.map((section) => {
    if (entryDepth !== null && section.depth > entryDepth && section.group !== null)
      return { ...section, kind: "notes", group: null };
    entryDepth = null;
    if (
      section.group === null ||
      !TASK_SECTION_KINDS.has(section.kind) ||
      !STATES_A_DAY.test(section.heading)
    )
      return section;
    const day = (
      readStatedDate(section.heading, dateOrder) ??
      weekdayDate(section.heading, dateOrder, meetingDate)
    )?.date;
    if (!day || day > meetingDate) return section;
    entryDepth = section.depth;
    return { ...section, kind: "notes", group: null };
  });
}

const CLOSES_WITH_DATE = new RegExp(
  `^(?![\\d\\W])[^:|–—]{2,30}?(?:\\s-|\\s*[–—:|])\\s*(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\.?,?\\s+\\d{4}|${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\s*$`,
  "i",
);

/** "Tuesday, Mar. 3, 2026", "Meeting of 9 November 2021": nothing but a day and words for a meeting. */
/** ", 10:00", " at 10:00 AM PST", " 14:00–14:45 (CET)": a clock closing a line that names a day. */
const TRAILING_CLOCK =
  /(?:,\s*|\s+)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?(?:\s*\(?(?:[A-Z]{2,4}|UTC[+-]\d{1,2})\)?)?\s*$/;

function namesOnlyADay(text: string): boolean {
  return /\d/.test(text) && text.replace(DATE_HEADING_WORDS, "").trim() === "";
}

const CLOCK_24H = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/**
 * A start or end time as "HH:MM", or null with a diagnostic. The start becomes the reference for
 * "within 4 hours", so a value such as `start: 99` must never get through: an invalid reference
 * instant sent chrono into an endless loop (found by the property tests).
 */
function readClock(text: string, which: "start" | "end", diagnostics: Diagnostic[]): string | null {
  const range = readTimeRange(text);
  if (range?.start) return range.start;
  const trimmed = text.trim();
  if (CLOCK_24H.test(trimmed)) return trimmed.padStart(5, "0");
  diagnostics.push({
    code: "unreadable-time",
    message: `Cannot read the ${which} time "${trimmed}", expected a time such as "14:00" or "2pm"`,
    source: null,
  });
  return null;
}

const KIND_VALUES: readonly MeetingKind[] = [
  "customer-escalation",
  "incident-review",
  "status-update",
  "meeting",
];

function kindFromFrontMatter(frontMatter: Record<string, unknown> | undefined): MeetingKind | null {
  const value = frontMatterString(frontMatter, "kind");
  return value && (KIND_VALUES as readonly string[]).includes(value)
    ? (value as MeetingKind)
    : null;
}

/** The kind the title, the headings and the file's name speak of ("2021-03-02-outage-postmortem.md"). */
export function detectKind(
  title: string | null,
  sections: readonly RawSection[],
  fileName: string | null = null,
): MeetingKind {
  const named = (fileName?.split(/[\\/]/).pop() ?? "")
    .replace(/\.[a-z]+$/i, "")
    .replace(/[-_.]+/g, " ");
  const words = [title ?? "", named, ...sections.map((section) => section.heading)]
    .join(" \n ")
    .toLowerCase();
  if (/\bescalat/.test(words)) return "customer-escalation";
  if (
    /\b(incident|outage|post-?mortem|post mortem|retrospective of the incident|sev ?[0-3]|security breach|data breach|service disruption|downtime)\b/.test(
      words,
    )
  )
    return "incident-review";
  // "March 2026 monthly update", "Update 2026-03", "Weekly progress report": a report to its readers.
  if (
    /\bstatus (update|report|meeting)\b|\b(?:daily|weekly|bi-?weekly|monthly|quarterly|progress) (?:update|report)\b|^(?:\S+ )?update \d{4}\b/m.test(
      words,
    )
  )
    return "status-update";
  return "meeting";
}

/** A `Customer:` label gives the organization only where it is not a group in the attendee list. */
function customerLabel(labels: readonly LabelLine[]): string | null {
  const line = labels.find(
    (candidate) =>
      candidate.key === "customer" && candidate.section.kind !== "attendees" && candidate.value,
  );
  if (!line) return null;
  // "Customer: Redwood Credit Union (Gail Porter, IT director)": the organization, then who came
  // for it; "Customer: Ingrid Holm (Quarry Labs)" is a person, whose organization is in brackets.
  // "Customer: Orion Bank — Jake Turner (CTO), Nina Patel": the organization before the dash.
  const value = line.value
    .replace(/\s+[—–]\s+.*[(,].*$/, "")
    .replace(/\s*\([^()]*[,;][^()]*\)\s*\.?$/, "");
  // "Client - Is the streaming API worth it?": a topic and a question about it, not a name.
  if (/[?!]\s*$/.test(value) || value.split(/\s+/).length > 6) return null;
  return /[,(]/.test(value) || !value ? null : value;
}

/** "Escalation call: Enterprise Client Fjordline" names Fjordline; "Reunión con cliente Orbis", Orbis. */
function customerFromTitle(written: string | null): string | null {
  // "Vendor check-in with Brightwater": the organization the title names sells to the writers.
  if (!written || meetsOwnSupplier(written)) return null;
  // "Customer interview: Northgate Clinics (ops manager)": what the brackets add is not the name,
  // nor is the date after a dash ("Client check-in: Harborview Dental — 2026-10-06").
  // "Tallow Foods — renewal call, Dec 2, 14:00": each dated piece at the end, one at a time.
  let title = written.replace(/\s*\([^()]*\)\s*$/, "");
  for (let cut = title.replace(DATED_TAIL, ""); cut !== title; cut = title.replace(DATED_TAIL, ""))
    title = cut;
  const match =
    /\b(?:[Cc]lient[ea]?|[Cc]ustomer|[Aa]ccount|[Kk]und(?:e|in))\s+((?:[A-Z0-9][\w&.'-]*)(?:\s+[A-Z0-9][\w&.'-]*){0,3})\s*$/.exec(
      title,
    ) ??
    /\bescalation(?: meeting| call)?\s*(?:[:\-–—]|with|for)\s*(?:enterprise\s+)?(?:client|customer)?\s*((?:[A-Z0-9][\w&.'-]*)(?:\s+[A-Z0-9][\w&.'-]*){0,3})/i.exec(
      title,
    );
  // "Escalation call — Brightwater / Tallow Foods" names both sides, and not which one buys:
  // the attendees and the note's commitments say (attendees.ts).
  if (match && TWO_PARTIES.test(title.slice(match.index + match[0].length))) return null;
  // "Client Meeting Minutes", "Customer Call Notes": the kind of meeting, not whose.
  // "Escalation – slow reports": what went wrong, in lower case, not who it went wrong for.
  if (match && !MEETING_WORDS.test(match[1]!) && /^[\p{Lu}\d]/u.test(match[1]!))
    return organizationOnly(squash(match[1]!));
  // "Quarterly Business Review: Orchard Health", "Customer call — Brightwater Logistics",
  // "Weekly account review - Nordlys Bank", "Discovery call: Kestrel Insurance", "Monthly service
  // review — Orbis Logistics": a customer
  // meeting named after its customer.
  const named =
    /^(.*?\b(?:business review|qbr|account review|service review|success review|account (?:sync|call|meeting|check-?in)|renewal|onboarding|implementation|customer|client|discovery|sales)\b[^:–—]*?)(?::|\s+[-–—]\s)\s*((?:[A-Z0-9][\w&.'-]*)(?:\s+[A-Z0-9][\w&.'-]*){0,3})\s*$/i.exec(
      title,
    );
  if (named && NAMED_AFTER.test(named[2]!) && !NOT_A_CUSTOMER.test(named[2]!.split(/\s+/)[0]!))
    return organizationOnly(squash(named[2]!));
  // "Tallow Foods escalation call", "Weekly status report – Tallow Foods", "Call with Orbis
  // Logistics": an organization's name (its last word a kind of organization) in the title of a
  // meeting held with a customer. "Quarry Labs TSC meeting" is the host's own.
  // "Tallow Foods <> Quillfield | Escalation follow-up" names both sides, and not which one buys.
  // "Tallow Foods — renewal call, Dec 2": the kind of meeting may stand in the dated tail cut off.
  const organization = CUSTOMER_MEETING.test(written) ? ORGANIZATION_IN_TITLE.exec(title) : null;
  if (!organization) return null;
  const after = title.slice(organization.index + organization[0].length);
  const before = title.slice(0, organization.index);
  return TWO_PARTIES.test(after) || PARTY_BEFORE.test(before) ? null : organization[1]!;
}

/** ", Dec 2", " — 2026-10-06", " | 14:00": a last piece of a title, after a dash, bar or comma, that holds a number. */
const DATED_TAIL = /(?:\s+[-–—|]\s+|,\s*)(?:(?!\s[-–—|]\s)[^,])*\d(?:(?!\s[-–—|]\s)[^,])*$/;

const PARTY_BEFORE = /(?:\/|&|\+|<>|x|vs\.?|and)\s*$/u;

const TWO_PARTIES = /^\s*(?:\/|&|\+|<>|x|vs\.?|and)\s*\p{Lu}/u;

export const CUSTOMER_MEETING =
  /\b(?:escalation|status (?:report|update)|(?:call|meeting|sync|check-?in|kick-?off) with|qbr|business review|account review|service review|renewal|rollout|go-?live|onboarding|implementation)\b/i;
/** "Tallow Foods", "Orbis Logistics Ltd": capitalised words, the last naming a kind of organization. */
const ORGANIZATION_IN_TITLE = new RegExp(
  `((?:\\p{Lu}\\p{Ll}[\\p{L}&'-]*\\s+){1,3}${ORGANIZATION_ENDINGS.replace(/(?<=[(:|])([a-z])/g, (letter) => letter.toUpperCase())})\\b`,
  "u",
);

/** Capitalised words, each of them: "Orchard Health", not "what we heard". */
const NAMED_AFTER = /^[A-Z0-9][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*)*$/;
/** "Customer feedback — What We Heard", "Client call: Notes": words that head a part, not a name. */
const MEETING_WORDS =
  /^(?:meeting|meetings|call|calls|sync|minutes|notes|reports?|review|check-?in|session|update|updates|kick-?off|interview|workshop|demo|visit)\b/i;
const NOT_A_CUSTOMER =
  /^(?:what|how|why|when|where|who|notes?|summary|recap|feedback|updates?|agenda|minutes|overview|next|action|actions|questions?)$/i;

/**
 * "Umbrella Corp ticket 4411": the name ends before the first word written in lower case, which
 * says what the meeting is about (a ticket, a case, a region) rather than who the customer is.
 */
function organizationOnly(name: string): string | null {
  const words = name.split(" ");
  const end = words.findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word));
  const kept = end === -1 ? words : words.slice(0, end);
  return kept.join(" ") || null;
}

function contextText(sections: readonly RawSection[]): string | null {
  const section = sections.find(
    (candidate) =>
      candidate.kind === "context" && !candidate.preamble && candidate.items.length > 0,
  );
  if (!section) return null;
  return (
    section.items
      .filter((item) => item.type === "line")
      .map((item) => item.text)
      .join(" ") || null
  );
}
