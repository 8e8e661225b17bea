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
    const row = extractor === "decisions-section" ? decisionRow(item, context) : null;
    const spoken = row ? null : speakerPrefix(item, context);
    statements.push({
      text: squash(row?.text ?? spoken?.text ?? item.text),
      by: row?.by ?? spoken?.by ?? authorFromLeadIn(item, context),
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

/** "Decision", "Outcome", "What": the column of a decisions table that holds what was decided. */
const DECISION_COLUMN =
  /^(?:decisions?|decided|what|description|summary|outcomes?|resolutions?|agreements?|agreed)$/;
/** "Owner", "Decided by", "Raised by", "Who": the column that names whose it is. */
const BY_COLUMN =
  /^(?:owner|by|who|(?:decided|raised|proposed|reported|agreed) by|author|reporter)$/;

/**
 * "| Adopt Postgres 16 | Tallis | 12/02 |" under "Decision | Owner | Date": the decision is its
 * column's words; the person column says whose it is, and the rest (a date, a link) stays in the
 * row the source points at. Other tables under a decisions heading keep the whole row.
 */
function decisionRow(
  item: Item,
  context: ExtractContext,
): { text: string; by: PersonRef | null } | null {
  if (item.type !== "table-row" || !item.cells) return null;
  const headers = Object.keys(item.cells);
  const column = headers.find((header) => DECISION_COLUMN.test(header.trim()));
  const text = column ? item.cells[column]!.trim() : "";
  if (!text) return null;
  const byColumn = headers.find((header) => BY_COLUMN.test(header.trim()));
  const named = byColumn ? item.cells[byColumn]!.trim() : "";
  const ref = named ? context.people.resolve(named) : null;
  return { text, by: ref && ref.attendeeId !== null ? ref : null };
}
