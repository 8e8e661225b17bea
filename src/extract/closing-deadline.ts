import { DEADLINE_CUES } from "../util/lexicon.js";
import { type ExtractContext, scheduleOf } from "./context.js";

/** The last deadline cue in a text and what follows it, short, in a bracket or not. */
const CLOSING_DEADLINE = new RegExp(
  String.raw`^(.{8,240})(?:\s*[,;]\s*|\s+[—–-]\s*|\s+)[([]?\s*((?:${DEADLINE_CUES})(?::\s*|\s+)[^()[\]]{1,30}?)\s*[)\]]?\s*\.?$`,
  "i",
);

/**
 * "Renew the cert @nell due:Friday", "Renew the cert (Nell) by Fri", "Renew the cert — Nell — ETA
 * next Tuesday": by when, said after whoever closes the work, so that the readers of a closing
 * taker can read the words before it. Only a cue whose words name a day counts: "written by Nell"
 * says who, not when.
 */
export function closingDeadline(
  text: string,
  context: ExtractContext,
): { before: string; deadline: string } | null {
  const found = CLOSING_DEADLINE.exec(text);
  if (!found) return null;
  const schedule = scheduleOf(found[2]!, context);
  return schedule.due || schedule.dueText
    ? { before: found[1]!.replace(/[\s,;—–-]+$/, ""), deadline: found[2]! }
    : null;
}
