import type { Task } from "../model/minutes.js";
import type { RawSection } from "../parse/sections.js";
import type { ExtractContext } from "./context.js";
import { readCommitment, taskOfCommitment } from "./prose-commitments.js";

/**
 * "SSO may slip past the freeze. Mitigation: Maya to line up a contractor by 4 Dec": a risk whose
 * line gives someone work against it. The work is an action item as well; the risk stays a risk.
 */
const MITIGATION =
  /(?:^|[.;]\s+|\s[-–—]\s+)(?:mitigation|mitigated by|action|next step)\s*:\s*(\S.*)$/i;

export function mitigationTasks(section: RawSection, context: ExtractContext): Task[] {
  const tasks: Task[] = [];
  for (const item of section.items) {
    if (item.type !== "list-item" && item.type !== "line") continue;
    const mitigation = MITIGATION.exec(item.text);
    if (!mitigation || mitigation.index === 0) continue;
    const found = readCommitment(mitigation[1]!.replace(/\.$/, ""), context, false);
    if (!found || found.owners.length === 0) continue;
    tasks.push(
      taskOfCommitment(found, {
        item,
        kind: "actionItems",
        section,
        context,
        extractor: "risk-mitigation",
      }),
    );
  }
  return tasks;
}
