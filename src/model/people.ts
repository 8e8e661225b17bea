import type { PersonRef } from "./minutes.js";

/** Finds who a name in the note means: an attendee, a known person, a group or an organization. */
export interface PeopleIndex {
  resolve(name: string): PersonRef;
  /** Whether the name is one of the known people from the options (not an attendee). */
  isKnownPerson(name: string): boolean;
  /** Whether the note writes the name with a capital as someone taking work ("Ravi to comment ..."). */
  writesAsTaker(name: string): boolean;
  /** Whether the note gives the name lines of its own ("Kim:" over their updates, "Kim Lee  10:02" over a turn). */
  speaksInNote(name: string): boolean;
  /** The two attendees of a note that seats exactly two (a one-to-one's "Both:"), else null. */
  pair(): readonly [PersonRef, PersonRef] | null;
}
