import type { PersonRef, Statement } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { squash } from "../util/strings.js";
import type { ExtractContext } from "./context.js";
import { itemLabel } from "./labels.js";
import { speakerOf, toRefs } from "./people-in-text.js";

/** Statements from a concerns, findings, decisions or notes section; lead-in lines give their author. */
export function extractStatements(
  section: RawSection,
  context: ExtractContext,
  extractor: string,
): Statement[] {
  const leadIns = new Set(
    section.items.map((item) => item.leadIn).filter((item): item is Item => item !== null),
  );
  const statements: Statement[] = [];
  for (const item of section.items) {
    if (leadIns.has(item)) continue;
    const spoken = speakerPrefix(item, context);
    statements.push({
      text: squash(spoken?.text ?? item.text),
      by: spoken?.by ?? authorFromLeadIn(item, context),
      extractor,
      source: item.source,
    });
  }
  return statements;
}

function authorFromLeadIn(item: Item, context: ExtractContext): PersonRef | null {
  if (!item.leadIn) return null;
  const speaker = speakerOf(item.leadIn.text, context.people);
  return speaker ? (toRefs(speaker, context.people)[0] ?? null) : null;
}

/** "MV: We should ..." and "**Priya:** ..." when the label is someone in the room. */
function speakerPrefix(
  item: Item,
  context: ExtractContext,
): { text: string; by: PersonRef } | null {
  const pair = itemLabel(item);
  if (!pair) return null;
  const ref = context.people.resolve(pair.label);
  if (!ref.attendeeId) return null;
  return { text: pair.value, by: ref };
}
