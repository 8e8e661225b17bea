import { isGroupOfPeople } from "../util/names.js";

/** "Consensus: ...", "Agreed: ...", "Resolution: ...": a decision, wherever it stands. */
export const DECISION_PREFIX =
  /^(?:consensus|conclusion|resolution|resolved|agreed|decision|decided|approved|verdict|final (?:decision|call))\s*:\s*/i;

// "Resolved" alone is as often an issue's state ("Resolved for two weeks"), and "voted" a count:
// each decides only with what it decided ("resolved to ...", "voted to ...").
const DECIDING = String.raw`(?:(?:unanimously|jointly)\s+)?(?:agreed|decided|resolved\s+(?:to|that)|voted\s+(?:to|for|in\s+favou?r))\b`;

/** "Agreed to move the launch to November." records a decision without a label. */
const DECIDED_WITHOUT_SUBJECT = new RegExp(
  String.raw`^(?:(?:we |it was |all |everyone |everybody )?${DECIDING}|consensus\b)`,
  "i",
);

/** "The committee agreed to ...", "The board voted to ...": the subject is who decides. */
const SUBJECT_DECIDED = new RegExp(String.raw`^(.{2,40}?)\s+(?:(?:has|have)\s+)?${DECIDING}`, "i");

/**
 * "The group approved the Q1 budget", "The committee adopted the new rules": what a body of the
 * meeting approves it decides. Without the body ("Approved the PR") it is someone's report.
 */
const SUBJECT_ADOPTED =
  /^(.{2,40}?)\s+(?:(?:has|have)\s+)?(?:(?:unanimously|formally)\s+)?(?:approved|adopted|endorsed|ratified)\s+(?!(?:of|by|for|in)\b)\S/i;

/**
 * A board's minutes: "It was moved and seconded that ...", "Resolved that ...", "The motion
 * carried", "The minutes of the last meeting were approved", "The budget was adopted". Only
 * things a meeting adopts: "The PR was approved" is a reviewer's, and a report.
 */
const FORMAL_DECISION =
  /^(?:it was (?:moved|proposed)(?: and seconded)? that\b|resolved[,:]? that\b|(?:the )?motion (?:was )?(?:carried|passed|adopted|approved)\b|(?:the )?(?:[\p{L}-]+\s+){0,4}?(?:minutes|motion|proposal|budget|policy|resolution|agenda|accounts|nomination|appointment|amendments?|charter|bylaws|by-laws|terms of reference)\b[^.;]{0,60}?\b(?:was|were|has been|have been)\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted|ratified|accepted|carried|passed|agreed)\b)/iu;

/**
 * "Motion to accept the report: moved by Ana, seconded by Ben. Carried unanimously.": a motion and,
 * after it, its fate; the motion is what was decided. One that failed or was lost decides nothing.
 */
const MOTION_CARRIED =
  /^(?:a |the )?motion (?:to|that)\b(?!.*\b(?:not carried|not passed|failed|defeated|lost|withdrawn|tabled)\b).*\b(?:carried|passed|adopted|approved)\b/i;

/**
 * A sentence that records what the meeting decided. Only the meeting or a group of its people
 * decides: "Kim agreed to send the deck" is Kim's promise, read as a task elsewhere.
 */
export function recordsDecision(sentence: string): boolean {
  if (DECIDED_WITHOUT_SUBJECT.test(sentence) || FORMAL_DECISION.test(sentence)) return true;
  if (MOTION_CARRIED.test(sentence)) return true;
  const subject = (SUBJECT_DECIDED.exec(sentence) ?? SUBJECT_ADOPTED.exec(sentence))?.[1];
  return subject !== undefined && isGroupOfPeople(subject);
}
