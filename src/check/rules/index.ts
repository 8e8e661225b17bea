import { actionDue } from "./action-due.js";
import { actionOwner } from "./action-owner.js";
import { attendees } from "./attendees.js";
import { commitmentOwner } from "./commitment-owner.js";
import { droppedItem } from "./dropped-item.js";
import { dueAfterMeeting } from "./due-after-meeting.js";
import { dueParseable } from "./due-parseable.js";
import {
  ambiguousDate,
  frontMatter,
  inputTooLarge,
  internalError,
  nestingTooDeep,
  noReferenceDate,
  paragraphTooComplex,
  paragraphTooLong,
  unknownTimezone,
  unreadableDate,
  unreadableTime,
} from "./extraction.js";
import { meetingDate } from "./meeting-date.js";
import { noDuplicateActions } from "./no-duplicate-actions.js";
import { noDuplicateAttendees } from "./no-duplicate-attendees.js";
import { overdue } from "./overdue.js";
import { ownerIsAttendee } from "./owner-is-attendee.js";
import { requiredSections } from "./required-sections.js";
import { schema } from "./schema.js";
import { slippedDeadline } from "./slipped-deadline.js";

/** Every rule, in the order messages on the same spot are listed and the docs table reads. */
export const RULES = [
  meetingDate,
  frontMatter,
  attendees,
  requiredSections,
  actionOwner,
  ownerIsAttendee,
  actionDue,
  dueParseable,
  dueAfterMeeting,
  noDuplicateActions,
  noDuplicateAttendees,
  commitmentOwner,
  overdue,
  droppedItem,
  slippedDeadline,
  unknownTimezone,
  unreadableDate,
  unreadableTime,
  ambiguousDate,
  noReferenceDate,
  nestingTooDeep,
  paragraphTooLong,
  paragraphTooComplex,
  inputTooLarge,
  internalError,
  schema,
] as const;

export type RuleId = (typeof RULES)[number]["id"];
