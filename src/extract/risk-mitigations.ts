import type { Task } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { namesNobody } from "../util/names.js";
import { buildTask, namesOwner } from "./build-task.js";
import type { ExtractContext } from "./context.js";
import { splitNames, toRefs } from "./people-in-text.js";
import { readCommitment, taskOfCommitment } from "./prose-commitments.js";
import { NO_WORK } from "./task-language.js";

/**
 * "SSO may slip past the freeze. Mitigation: Maya to line up a contractor by 4 Dec": a risk whose
 * line gives someone work against it. The work is an action item as well; the risk stays a risk.
 */
const MITIGATION =
  /(?:^|[.;]\s+|\s[-–—]\s+)(?:mitigation|mitigated by|action|next step)\s*:\s*(\S.*)$/i;

export function mitigationTasks(section: RawSection, context: ExtractContext): Task[] {
  const tasks: Task[] = [];
  for (const item of section.items) {
    const row = mitigationRow(item, section, context);
    if (row) tasks.push(row);
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

/** "Mitigation", "Response", "Countermeasure": the column of a risk table that says what is done about it. */
const MITIGATION_COLUMN =
  /^(?:mitigations?|mitigation (?:plan|action|steps?)|response|countermeasures?|contingency)$/i;

/**
 * "| Peak orders double the rejections | High | Hotfix before Monday | Pim |": a risk table's
 * row whose mitigation someone owns. The mitigation is that person's action, dated by its own
 * words; the risk stays a risk.
 */
function mitigationRow(item: Item, section: RawSection, context: ExtractContext): Task | null {
  if (item.type !== "table-row" || !item.cells) return null;
  const headers = Object.keys(item.cells);
  const column = headers.find((header) => MITIGATION_COLUMN.test(header.trim()));
  const by = headers.find((header) => namesOwner(header));
  const work = column ? item.cells[column]!.trim() : "";
  const owner = by ? item.cells[by]!.trim() : "";
  if (!work || !owner || namesNobody(work) || namesNobody(owner) || NO_WORK.test(work)) return null;
  const task = buildTask({
    item: { ...item, type: "list-item", cells: null, text: work },
    text: work,
    kind: "actionItems",
    section,
    context,
    extractor: "risk-mitigation",
  });
  if (task.owners.length === 0) task.owners = toRefs(splitNames(owner), context.people);
  return task;
}
