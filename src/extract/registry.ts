import type { SectionKind, Statement, Task, TaskSectionKind } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { sourceOfWords } from "../parse/text.js";
import { readStatedDate } from "../resolve/meeting-time.js";
import { weekdayDate } from "../resolve/weekday-year.js";
import { extractActionColumns, extractTypedRows } from "./action-columns.js";
import { buildTask } from "./build-task.js";
import type { ExtractContext } from "./context.js";
import { DECISION_PREFIX, recordsDecision } from "./decisions.js";
import { isDateHeading } from "./facts.js";
import { extractInlineActions } from "./inline-actions.js";
import { extractProseCommitments } from "./prose-commitments.js";
import { mitigationTasks } from "./risk-mitigations.js";
import { extractFieldedItems, extractOwnedLists, extractSiblingTasks } from "./sibling-tasks.js";
import { extractStatements } from "./statements.js";
import { deadlineOnly, extractTasks, sentences } from "./tasks.js";
import { wrappedLines } from "./wrapped-lines.js";

/** What the section extractors produce, list by list. */
export interface Extracted {
  concerns: Statement[];
  findings: Statement[];
  decisions: Statement[];
  notes: Statement[];
  resolutionPlan: Task[];
  actionItems: Task[];
  commitments: Task[];
  risks: Task[];
}

/** A small named unit: which section kinds it reads and what it adds. */
export interface SectionExtractor {
  name: string;
  kinds: readonly SectionKind[] | "all";
  /** Whether it also reads the text before the first heading (a note may have no heading at all). */
  preamble?: boolean;
  extract(section: RawSection, context: ExtractContext, out: Extracted): void;
}

const statementsInto =
  (key: "concerns" | "findings" | "decisions"): SectionExtractor["extract"] =>
  (section, context, out) => {
    const statements = extractStatements(section, context, `${key}-section`);
    if (key === "decisions")
      for (const statement of statements)
        statement.text = statement.text.replace(DECISION_PREFIX, "");
    out[key].push(...statements);
  };

const tasksInto =
  (key: TaskSectionKind): SectionExtractor["extract"] =>
  (section, context, out) => {
    out[key].push(...extractTasks(section, key, context, out));
  };

/**
 * The extractors, run over each section in this order. Inline actions run last so that a section
 * already read as a task section is not read twice.
 */
export const SECTION_EXTRACTORS: readonly SectionExtractor[] = [
  { name: "concerns", kinds: ["concerns"], extract: statementsInto("concerns") },
  { name: "findings", kinds: ["findings"], extract: statementsInto("findings") },
  { name: "decisions", kinds: ["decisions"], extract: statementsInto("decisions") },
  { name: "resolution-plan", kinds: ["resolutionPlan"], extract: tasksInto("resolutionPlan") },
  { name: "action-items", kinds: ["actionItems"], extract: tasksInto("actionItems") },
  { name: "commitments", kinds: ["commitments"], extract: tasksInto("commitments") },
  {
    name: "risks",
    kinds: ["risks"],
    extract: (section, context, out) => {
      out.risks.push(...extractTasks(section, "risks", context, out));
      out.actionItems.push(...mitigationTasks(section, context));
    },
  },
  {
    name: "remarks-and-actions",
    kinds: ["notes", "other"],
    extract: (section, context, out) => actionsAndRemarks(section, context, out, true),
  },
  {
    // A note with no heading under its title keeps its lists there, among the facts about the
    // meeting, which are no remarks; its decisions ("Minutes of the last meeting were approved.")
    // are the meeting's all the same.
    name: "preamble-actions",
    preamble: true,
    kinds: [],
    extract: (section, context, out) => actionsAndRemarks(section, context, out, false),
  },
  {
    name: "inline-actions",
    kinds: ["concerns", "findings", "decisions", "context"],
    extract: (section, context, out) => {
      intoTaskLists(out, extractInlineActions(section, context, "prefixed-only"));
    },
  },
  // Last, so that it reads only what no extractor above took: work given in running text.
  {
    name: "prose-commitment",
    preamble: true,
    kinds: ["notes", "other", "decisions", "context", "concerns", "findings"],
    extract: (section, context, out) => {
      const taken = takenOffsets(out);
      const strict = context.sections.some(
        (other) => other.kind === "actionItems" && other.items.length > 0,
      );
      out.actionItems.push(...extractActionColumns(section, context, { strict, taken }));
      const typed = extractTypedRows(section, context);
      if (typed.risks.length + typed.decisions.length > 0) {
        out.risks.push(...typed.risks);
        out.decisions.push(...typed.decisions);
        // Read as a risk or a decision, the row is no longer a remark.
        const routed = new Set(
          [...typed.risks, ...typed.decisions].map((found) => found.source.start.offset),
        );
        const remarks = out.notes.filter((note) => !routed.has(note.source.start.offset));
        out.notes.splice(0, out.notes.length, ...remarks);
      }
      intoTaskLists(out, extractProseCommitments(section, context, { strict, taken }));
      out.actionItems.push(...extractSiblingTasks(section, context, takenOffsets(out)));
      out.actionItems.push(...extractOwnedLists(section, context, takenOffsets(out)));
      out.actionItems.push(...extractFieldedItems(section, context, takenOffsets(out)));
    },
  },
];

/** Work in a tree of remarks, then the remarks no work was read from, sorted by sortRemarks. */
function actionsAndRemarks(
  section: RawSection,
  context: ExtractContext,
  out: Extracted,
  keepNotes: boolean,
): void {
  const actions = extractInlineActions(section, context, "status-tree");
  intoTaskLists(out, actions);
  const taken = new Set(actions.map((task) => task.source.start.offset));
  const statements = extractStatements(section, context, `${section.kind}-section`);
  const remarks = statements.filter((statement) => !taken.has(statement.source.start.offset));
  // "The group agreed to keep the nightly export": work the meeting decided on is a decision too;
  // "Decision: ..." before work is read as the work it labels.
  // Of a paragraph, only the sentences that record it: "We agreed that Kim would fix it. Ana said
  // she'd test it." decided the first.
  for (const statement of statements)
    if (
      taken.has(statement.source.start.offset) &&
      recordsDecision(statement.text) &&
      !DECISION_PREFIX.test(statement.text)
    )
      for (const text of decidedSentences(statement.text))
        out.decisions.push({ ...statement, text, extractor: "decision-sentence" });
  sortRemarks(section, context, remarks, statements, out, keepNotes);
}

/**
 * The sentences of a paragraph that record a decision; "Agreed." alone takes the sentence after
 * it, which says what was agreed. The whole when only the sentences together record it.
 */
function decidedSentences(text: string): string[] {
  const all = sentences(text);
  const decided = all.flatMap((sentence, index) => {
    if (!recordsDecision(sentence)) return [];
    const next = all[index + 1];
    return ASSENT_ONLY.test(sentence) && next ? [`${sentence} ${next}`] : [sentence];
  });
  // "Motion to buy a mower: moved by Kim. Carried.": the motion and its fate, told over sentences.
  return decided.length > 0 ? decided : [text];
}

/**
 * "agreed", "Agreed by all.", "No objections": assent alone, written under the proposal it
 * answers ("- let's cap the runners at 4" over "- agreed"). The proposal is what was decided.
 */
const ASSENT_ONLY =
  /^(?:(?:yes|ok|okay)[,.]?\s+)?(?:agreed|approved|accepted|consensus|decided|unanimous|all agreed|everyone agreed|no objections?)(?:\s+(?:by all|by everyone|by consensus|unanimously|with no objections?))?\s*[.!]?$/i;

/** The proposal an assent answers, as a decision where it stands; null where there is none. */
function assentedProposal(
  item: Item | undefined,
  statements: readonly Statement[],
): Statement | null {
  const parent = item?.parent;
  if (!parent) return null;
  const proposal = statements.find(
    (statement) => statement.source.start.offset === parent.source.start.offset,
  );
  if (!proposal || ASSENT_ONLY.test(proposal.text)) return null;
  return { ...proposal, extractor: "decision-assent" };
}

/**
 * Remarks into decisions and notes: "Consensus: ..." or "Agreed to ..." is a decision as a whole;
 * "Costs rose 30%. Agreed to move nightly jobs to spot instances." holds one in the middle of a
 * discussion, or over lines wrapped at a fixed width. The rest are notes, where `keepNotes`.
 */
function sortRemarks(
  section: RawSection,
  context: ExtractContext,
  remarks: readonly Statement[],
  statements: readonly Statement[],
  out: Extracted,
  keepNotes: boolean,
): void {
  const wrapped = wrappedLines(section.items);
  const lineAt = new Map(section.items.map((item) => [item.source.start.offset, item]));
  for (const remark of remarks) {
    if (labelledRemark(remark, lineAt, section, context, out)) continue;
    if (ASSENT_ONLY.test(remark.text)) {
      const proposal = assentedProposal(lineAt.get(remark.source.start.offset), statements);
      if (proposal) {
        if (!out.decisions.some((d) => d.source.start.offset === proposal.source.start.offset))
          out.decisions.push(proposal);
        continue;
      }
    }
    const decision = DECISION_PREFIX.exec(remark.text);
    // "Decision:" alone leads in the lines below it, which say what was decided.
    if (decision && decision[0].length === remark.text.length) continue;
    if (decision) {
      out.decisions.push({
        ...remark,
        text: remark.text.slice(decision[0].length),
        extractor: "decision-prefix",
      });
      continue;
    }
    const item = lineAt.get(remark.source.start.offset);
    const joined = item ? wrapped.joined.get(item) : undefined;
    // "Kim: agreed. Should we ...": one speaker concurring, not the meeting deciding.
    const concurring = remark.by && ASSENT_ONLY.test(sentences(remark.text)[0] ?? "");
    if (!joined && !concurring && recordsDecision(remark.text)) {
      for (const text of decidedSentences(remark.text))
        out.decisions.push({ ...remark, text, extractor: "decision-sentence" });
      continue;
    }
    if (keepNotes) out.notes.push(remark);
    if (item && wrapped.continuations.has(item)) continue;
    const all = sentences(joined ?? remark.text);
    // "Plot inspections It was agreed that ...": a topic's title on the line above, joined to the
    // sentence that records the decision; the sentence begins at its capital.
    const titled = joined ? null : TITLE_THEN_DECISION.exec(all[0] ?? "");
    const read = titled
      ? [all[0]!.slice(titled.index), ...all.slice(1)]
      : all.slice(joined ? 0 : 1);
    for (const sentence of read) {
      // "The accounts were presented. Decision: keep the fees.": a label after a report.
      const labelled = DECISION_PREFIX.exec(sentence);
      if (labelled && labelled[0].length < sentence.length)
        out.decisions.push({
          ...remark,
          text: sentence.slice(labelled[0].length),
          extractor: "decision-prefix",
        });
      else if (recordsDecision(sentence))
        out.decisions.push({ ...remark, text: sentence, extractor: "decision-sentence" });
    }
  }
}

const TITLE_THEN_DECISION =
  /(?<=\p{Ll}\s)(?:It was (?:agreed|decided|resolved|moved)|The (?:committee|board|meeting|group|team) (?:agreed|decided|resolved|voted)|(?:Agreed|Decided) (?:that|to)|Resolved,? that)\b/u;

/**
 * "Risk: the fix may not hold", "Concern: exports are slow", "Root cause: a 30 s timeout": a
 * remark that names what it is, read as that, as a line under a heading of that name would be.
 * A label alone ("Risks:") leads in the lines below it.
 */
const LABELLED_REMARKS: ReadonlyArray<readonly [RegExp, "risks" | "concerns" | "findings"]> = [
  [/^(?:risks?|main risk|key risk)\s*:\s*(?=\S)/i, "risks"],
  [/^(?:concerns?|customer concerns?|worry|worries)\s*:\s*(?=\S)/i, "concerns"],
  [/^(?:findings?|root cause|cause|rca)\s*:\s*(?=\S)/i, "findings"],
];

function labelledRemark(
  remark: Statement,
  lineAt: ReadonlyMap<number, RawSection["items"][number]>,
  section: RawSection,
  context: ExtractContext,
  out: Extracted,
): boolean {
  for (const [label, kind] of LABELLED_REMARKS) {
    const found = label.exec(remark.text);
    if (!found) continue;
    const text = remark.text.slice(found[0].length);
    const extractor = `${kind.replace(/s$/, "")}-prefix`;
    const item = lineAt.get(remark.source.start.offset);
    if (kind !== "risks") out[kind].push({ ...remark, text, extractor });
    else if (item) out.risks.push(buildTask({ item, text, kind, section, context, extractor }));
    else return false;
    return true;
  }
  return false;
}

/** Work read outside task sections: a promise goes to the commitments, the rest to the action items. */
function intoTaskLists(out: Extracted, tasks: readonly Task[]): void {
  for (const task of tasks)
    (task.section === "commitments" ? out.commitments : out.actionItems).push(task);
}

/** Where each task taken so far starts, per run, and how much of each list it has seen. */
const takenSoFar = new WeakMap<
  Extracted,
  { offsets: Set<number>; actions: number; commitments: number }
>();

/**
 * The start offsets of the action items and commitments extracted so far. The lists only grow, so
 * one set per run is extended with what is new: a set built afresh for every section was quadratic
 * in a large note (130 MB of garbage for a 1 MB note of 3,000 tasks).
 */
function takenOffsets(out: Extracted): ReadonlySet<number> {
  let taken = takenSoFar.get(out);
  if (!taken) {
    taken = { offsets: new Set(), actions: 0, commitments: 0 };
    takenSoFar.set(out, taken);
  }
  for (; taken.actions < out.actionItems.length; taken.actions++)
    taken.offsets.add(out.actionItems[taken.actions]!.source.start.offset);
  for (; taken.commitments < out.commitments.length; taken.commitments++)
    taken.offsets.add(out.commitments[taken.commitments]!.source.start.offset);
  return taken.offsets;
}

export function runExtractors(sections: readonly RawSection[], context: ExtractContext): Extracted {
  const out: Extracted = {
    concerns: [],
    findings: [],
    decisions: [],
    notes: [],
    resolutionPlan: [],
    actionItems: [],
    commitments: [],
    risks: [],
  };
  const entries = entryContexts(sections, context);
  for (const section of sections) {
    const sectionContext = entries.get(section) ?? context;
    for (const extractor of SECTION_EXTRACTORS) {
      if (
        section.preamble
          ? !extractor.preamble
          : !(extractor.kinds === "all" || extractor.kinds.includes(section.kind))
      )
        continue;
      extractor.extract(section, sectionContext, out);
    }
  }
  datedBySubBullets(sections, entries, context, out);
  // Read last, once every reader has matched its work to its item by where the item starts:
  // work and decisions read from one sentence of a paragraph point at that sentence.
  for (const read of [...out.actionItems, ...out.commitments, ...out.decisions])
    if (read.extractor === "prose-commitment" || read.extractor === "decision-sentence")
      read.source = sourceOfWords(read.text, read.source, context.text);
  return out;
}

/**
 * "- Ana will redo the intro" over "- Deadline March 20": a sub-bullet that says only by when
 * dates the work of the bullet above it, whichever extractor read that work (a task section's
 * reader takes such a bullet in itself; the readers of discussion and prose do not).
 */
function datedBySubBullets(
  sections: readonly RawSection[],
  entries: ReadonlyMap<RawSection, ExtractContext>,
  context: ExtractContext,
  out: Extracted,
): void {
  const all = [...out.actionItems, ...out.commitments, ...out.resolutionPlan, ...out.risks];
  const byItem = new Map<number, Task[]>();
  for (const task of all) {
    const offset = task.source.start.offset;
    byItem.set(offset, [...(byItem.get(offset) ?? []), task]);
  }
  // "- Draft EOD Thursday" under the work it dates is that work's deadline, not work of its own.
  const datingBullets = new Set<number>();
  for (const section of sections)
    for (const item of section.items) {
      const tasks = item.parent ? byItem.get(item.parent.source.start.offset) : undefined;
      if (!tasks) continue;
      const deadline = deadlineOnly(item, entries.get(section) ?? context);
      if (!deadline) continue;
      datingBullets.add(item.source.start.offset);
      for (const task of tasks) {
        if (task.due || task.dueText || task.status === "done") continue;
        task.due = deadline.due;
        task.dueText = deadline.dueText;
      }
    }
  if (datingBullets.size === 0) return;
  const ownWork = (task: Task) => !datingBullets.has(task.source.start.offset);
  out.actionItems = out.actionItems.filter(ownWork);
  out.commitments = out.commitments.filter(ownWork);
  out.resolutionPlan = out.resolutionPlan.filter(ownWork);
  out.risks = out.risks.filter(ownWork);
}

const TASK_KINDS: ReadonlySet<SectionKind> = new Set([
  "actionItems",
  "resolutionPlan",
  "commitments",
  "risks",
]);

/**
 * A running log ("# Dec-4-2017 ... # Jan-10-2018", each entry one meeting) dates each entry by its
 * heading: "by Tuesday" under the January entry is the Tuesday after that meeting, not after the
 * one the note is dated by. Two or more dated headings outside task sections make a log; a dated
 * heading under a task section is a deadline for its items instead (tasks.ts).
 */
function entryContexts(
  sections: readonly RawSection[],
  context: ExtractContext,
): Map<RawSection, ExtractContext> {
  const byEntry = new Map<RawSection, ExtractContext>();
  const entries = sections
    .filter(
      (section) =>
        // The first entry's heading may be the note's title, which heads the preamble.
        (section.explicit || section.dateLine || section.preamble) &&
        !TASK_KINDS.has(section.kind) &&
        isDateHeading(section.heading),
    )
    .map((section) => ({
      section,
      // "Monday, Oct 9" with no year: the year its weekday gives, as for the note's own date.
      date:
        (
          readStatedDate(section.heading, context.options.dateOrder) ??
          (context.options.today
            ? weekdayDate(section.heading, context.options.dateOrder, context.options.today)
            : null)
        )?.date ?? null,
    }))
    .filter((entry): entry is { section: RawSection; date: string } => entry.date !== null);
  if (entries.length < 2) return byEntry;
  const dated = new Map(entries.map((entry) => [entry.section, entry.date]));
  let current: { depth: number; context: ExtractContext } | null = null;
  for (const section of sections) {
    const date = dated.get(section);
    if (date !== undefined)
      current = {
        depth: section.depth,
        // Readings are kept per text, and a text may stand in two entries: each entry has its own.
        context: { ...context, reference: { date, time: null }, schedules: new Map() },
      };
    else if (current && section.depth <= current.depth) current = null;
    if (current) byEntry.set(section, current.context);
  }
  return byEntry;
}
