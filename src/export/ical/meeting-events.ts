import type { Minutes } from "../../model/minutes.js";
import { type Component, type Property, textListValue, textValue } from "./content-line.js";
import { addDaysToDate, dateTimeProperty, type Wall } from "./date-values.js";
import { attendeeEmail, type ExportContext, mailto, producerProperties } from "./export-context.js";

/** "Escalation call: Fjordline, 2025-09-27 10:00-11:30", for descriptions. */
export function describeMeeting(minutes: Minutes): string {
  const when = [
    minutes.date,
    minutes.start && minutes.end ? `${minutes.start}-${minutes.end}` : minutes.start,
  ]
    .filter(Boolean)
    .join(" ");
  return [minutes.title ?? "Untitled meeting", when].filter(Boolean).join(", ");
}

export function sourceLine(notePath: string | null, line: number): string | null {
  if (notePath) return `Note: ${notePath}:${line}`;
  return `Note line: ${line}`;
}

/**
 * The meeting as a VEVENT (§3.6.1): DTSTART/DTEND from its date and times; all-day (a DATE start
 * and the next day as the non-inclusive DTEND) when the note gives no time. No date, no event.
 */
export function meetingEvent(uid: string, context: ExportContext): Component | null {
  const { minutes } = context;
  if (!minutes.date) return null;
  const properties: Property[] = [
    { name: "UID", value: uid },
    { name: "DTSTAMP", value: context.stamp },
    { name: "SEQUENCE", value: "0" },
    { name: "SUMMARY", value: textValue(minutes.title ?? "Meeting") },
    { name: "DESCRIPTION", value: textValue(meetingDescription(context)) },
    ...span({ date: minutes.date, time: minutes.start }, minutes.end, context),
  ];
  if (minutes.location) properties.push({ name: "LOCATION", value: textValue(minutes.location) });
  properties.push({ name: "CATEGORIES", value: textListValue([minutes.kind]) });
  for (const attendee of minutes.attendees) {
    const email = attendeeEmail(attendee, context);
    if (!email) continue;
    properties.push({
      name: "ATTENDEE",
      params: [
        ["CN", attendee.name],
        ["ROLE", "REQ-PARTICIPANT"],
      ],
      value: mailto(email),
    });
  }
  properties.push(...producerProperties(context));
  return { name: "VEVENT", properties };
}

/** The next meeting, when the note gives its date; all-day unless a time is known. */
export function nextMeetingEvent(uid: string, context: ExportContext): Component | null {
  const next = context.minutes.nextMeeting;
  if (!next?.date) return null;
  const purpose = next.purpose
    ? next.purpose.charAt(0).toUpperCase() + next.purpose.slice(1)
    : "Follow-up meeting";
  const title = context.minutes.title ? `${purpose}: ${context.minutes.title}` : purpose;
  const lines = [title, "", `Agreed at: ${describeMeeting(context.minutes)}`];
  const where = sourceLine(context.notePath, next.source.start.line);
  if (where) lines.push(where);
  const properties: Property[] = [
    { name: "UID", value: uid },
    { name: "DTSTAMP", value: context.stamp },
    { name: "SEQUENCE", value: "0" },
    { name: "SUMMARY", value: textValue(title) },
    { name: "DESCRIPTION", value: textValue(lines.join("\n")) },
    ...span({ date: next.date, time: next.time }, null, context),
    { name: "CATEGORIES", value: textListValue([context.minutes.kind]) },
  ];
  if (context.meetingUid) properties.push({ name: "RELATED-TO", value: context.meetingUid });
  properties.push(...producerProperties(context));
  return { name: "VEVENT", properties };
}

function span(start: Wall, endTime: string | null, context: ExportContext): Property[] {
  if (start.time === null) {
    return [
      dateTimeProperty("DTSTART", start, context.form, context.zoneUse),
      dateTimeProperty(
        "DTEND",
        { date: addDaysToDate(start.date, 1), time: null },
        context.form,
        context.zoneUse,
      ),
    ];
  }
  const properties = [dateTimeProperty("DTSTART", start, context.form, context.zoneUse)];
  if (endTime) {
    // A meeting that ends "before" it starts ran past midnight.
    const endDate = endTime >= start.time ? start.date : addDaysToDate(start.date, 1);
    properties.push(
      dateTimeProperty("DTEND", { date: endDate, time: endTime }, context.form, context.zoneUse),
    );
  }
  return properties;
}

function meetingDescription(context: ExportContext): string {
  const { minutes } = context;
  const lines: string[] = [];
  if (minutes.customer) lines.push(`Customer: ${minutes.customer}`);
  if (minutes.context) lines.push(`Context: ${minutes.context}`);
  if (minutes.attendees.length > 0) {
    lines.push("Attendees:");
    for (const attendee of minutes.attendees) {
      const about = [attendee.role, attendee.organization].filter(Boolean).join(", ");
      lines.push(`- ${attendee.name}${about ? ` (${about})` : ""}`);
    }
  }
  if (context.notePath) lines.push(`Note: ${context.notePath}`);
  return lines.join("\n") || describeMeeting(minutes);
}
