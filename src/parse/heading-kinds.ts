import { type SectionKind, TASK_SECTIONS } from "../model/minutes.js";
import { ABSENCE_LABELS, MONTH_WORD, OWED_BY_CUES } from "../util/lexicon.js";
import { noteMemo, remembering } from "../util/note-memo.js";
import { fold } from "../util/strings.js";

/** Headings spelled exactly so map straight to a kind (after folding case, accents and punctuation). */
const EXACT: Record<string, SectionKind> = {
  attendees: "attendees",
  // "## Guests" under "## Members": people at the meeting all the same.
  guests: "attendees",
  guest: "attendees",
  visitors: "attendees",
  observers: "attendees",
  resolution: "decisions",
  "resolution plan": "resolutionPlan",
  // Before the keyword rules, where "actions" would win.
  "immediate actions": "resolutionPlan",
  "next steps": "actionItems",
  // "A/I", "A.I.", "AIs": action items, abbreviated ("AI" alone is as often the topic).
  "a i": "actionItems",
  "a is": "actionItems",
  ais: "actionItems",
  "who does what": "actionItems",
  "work split": "actionItems",
  "split of work": "actionItems",
  "division of work": "actionItems",
  "division of labor": "actionItems",
  "division of labour": "actionItems",
  "work allocation": "actionItems",
  "task allocation": "actionItems",
  "task split": "actionItems",
  "open questions": "other",
  agenda: "other",
  timeline: "other",
};

const DEADLINE_HEADING = new RegExp(
  `^(?:due(?: by| on| date)?|deadline|(?:to be )?(?:done|finished|completed) (?:by|until|till)|by|until|till|before|no later than)(?: the)? (?:\\d{1,4}(?:st|nd|rd|th)?|${MONTH_WORD}|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow|tonight|eod|eow|end of (?:the )?(?:day|week|month)|next (?:week|meeting|call|sync)|this week)\\b(?: \\S+){0,3}$`,
);

/**
 * Keyword rules, tried in order when no exact match exists. Order matters: "not present" must be
 * seen before "present", "risk mitigation" before "mitigation", "action items" before "items".
 */
const KEYWORD_RULES: ReadonlyArray<readonly [RegExp, SectionKind]> = [
  [new RegExp(`\\b${ABSENCE_LABELS}\\b`), "other"],
  [
    /\b(attendees?|atendees|attendence|attendance|attending|present|participants?|attendants|invitees|who was there|roll ?call)\b|^(?:who (?:joined|attended|came|is here)|joined|in the room|on the call|on (?:the )?bridge)$|^(?:co ?)?(?:chairs?|mc|emcee|facilitators?|moderators?|scribes?|note ?takers?|minute ?takers?|hosts?)$/,
    "attendees",
  ],
  // "Actions taken", "Steps taken": what was done in response, a record rather than work to do;
  // so is "Completed tasks (from the last meeting)".
  [/\b(?:actions?|steps?|measures?) (?:taken|performed|done)\b/, "other"],
  [
    /^(?:completed|finished|closed|accomplished|done) (?:tasks?|action items?|actions?|items?|to ?dos?|work)\b/,
    "other",
  ],
  // "Follow-up timeline": what happened, hour by hour, whatever the timeline is of.
  [/\b(?:timeline|chronology|sequence of events)\b/, "other"],
  // "Team Role Assignments", "Roles": who holds which role, not work to do; an agenda lists topics.
  [/\broles?\b|\bagenda\b/, "other"],
  // "Ongoing (no action, tracking only)", "FYI": said to hold no work, whatever else the heading says.
  [/\bno (?:action|actions|action items?)\b|^fyi\b|\bfor (?:your )?information\b/, "other"],
  // "Follow-up questions", "Open questions", "Questions for the client": what is asked, not work;
  // "Follow-ups and questions" holds both.
  [/(?<!\b(?:and|&)\s+(?:open\s+)?)\bquestions?$|^questions?\b/, "other"],
  // "Due 17.03.", "### By March 20", "Until Friday": a heading that is only a deadline is over work.
  [DEADLINE_HEADING, "actionItems"],
  // A weekly report's "Next week" / "Next sprint" lists the work planned for it; a sprint report's
  // board lists open work under "In progress", "Up next", "Sprint backlog", "Committed stories",
  // and what is "Moving to next sprint".
  [/^(?:next|upcoming) (?:week|sprint|iteration|cycle)$/, "actionItems"],
  // "Carry-over", "Spillover": a sprint's unfinished work, carried into the next. Only the heading
  // alone: "Carry-over topics from the last call" over an agenda's topics is no list of work.
  [
    /^(?:carry ?overs?|rolled over|roll ?overs?|spill ?overs?)(?: (?:items|tasks|work|stories|tickets))?$/,
    "actionItems",
  ],
  // A status report's "Planned next week", "Planned for this sprint": the work it plans.
  [
    /^(?:planned|scheduled)(?: for)? (?:the )?(?:next|coming|this) (?:week|sprint|iteration|cycle|month)$/,
    "actionItems",
  ],
  // "Asks of Orbis", "Requests to the customer", "What we need from IT": what the writers ask of
  // the other side, to do; the customer's own asks are its concerns (below). "Waiting on the
  // customer", "Pending from us", "Owed by Orbis": what one side still owes, as escalations
  // track it. "Waiting on review", "Waiting on team" name a state in a tracker's queue, not who
  // owes, and "(Waiting on team) Fix the lock" is an item's state, not a list.
  [
    new RegExp(
      `^(?:our )?(?:asks|requests) (?:of|to|for) (?:the )?\\S|^what we need from\\b|^needed from (?:the )?\\S|^${OWED_BY_CUES} (?:the )?(?!(?:author|authors|review|reviews|reviewers?|team|bors|fcp|ci|merge|response|feedback|input|approval|decision|triage)$)\\S+(?: \\S+){0,2}$`,
    ),
    "actionItems",
  ],
  [
    /^(?:in progress|wip|up next|next up|(?:current )?(?:sprint )?backlog|(?:committed|planned|selected) (?:stories|items|tickets|issues|work))$|^(?:moving|carried|carrying|rolled|rolling|rolls) (?:over )?(?:to|into) (?:the )?next (?:sprint|week|iteration|cycle)\b/,
    "actionItems",
  ],
  // "GitHub Actions", "Class action": a product or a lawsuit, not work, for "actions" alone; a
  // "Task force" or "Task areas" is a body or a field of work, not a list of it; an
  // "After-action report" or "After action review" is an incident review, not a list of work.
  [
    /\b(action items?|actionable items?|actionables|action points?|(?<!\b(?:github|gitlab|class|call to|after) )actions?|next steps?|to ?dos?|follow ?ups?|tasks?(?! (?:areas?|forces?|groups?)\b)|assignments|homework|owners|looking forward|going forward|future work|future improvements|preventive|preventative|prevention|what s next|work on next|plans? for (?:the )?(?:next|coming|upcoming)|planning for (?:the )?(?:next|coming)|planned for (?:the )?(?:next|coming)|(?:goals|priorities|focus) for (?:the )?(?:next|coming|upcoming) (?:week|sprint|iteration|cycle|month|quarter)|planned work|planned changes|upcoming work|open items|outstanding items|open actions|outstanding actions|carried over)\b/,
    "actionItems",
  ],
  // Work announced by when it is to happen ("Moving forward", "Goals for the next sprint", "Next
  // week" in a status report, "Outlook" alone, a stand-up's "What will be the focus for the week?") or by what it prevents ("What we're doing about it", "How we will
  // prevent this", "Long-term fixes" in an incident review). "Improvements" alone is left out: as
  // a bullet it is as often a topic of the discussion ("- Dashboard improvements").
  [
    /\b(?:moving forward|upcoming work|planned work|work planned|future plans|(?:goals|objectives|plans?) for (?:the )?(?:next|coming|upcoming)|pending items|to be done|what we re doing|what we are doing|how we (?:will|plan to|are going to) prevent|(?:long|short|medium) term (?:fixes|changes|work)|changes we (?:are|will|plan))\b|^(?:for |by )?(?:the )?next (?:week|sprint|iteration)$|^(?:for|until|till) (?:the )?next (?:meeting|call|session|sync|time)$|^outlook$|\bwhat will (?:be )?(?:the )?focus\b|\bwhat will (?:you|we|i|the team) (?:do|work on|be working on|focus on)\b|^what you (?:ll|will) do(?: next)?$|\b(?:this|next|coming) week s (?:focus|goals|plans?|priorities)\b|\b(?:focus|goals|plans?|priorities) (?:for )?this (?:week|sprint)\b/,
    "actionItems",
  ],
  // Notes kept in German, Spanish, French or Dutch head the same lists in their own words
  // (folded: "Nächste Schritte" reads "nachste schritte").
  [
    /^(?:aufgaben|to dos|todos|nachste schritte|massnahmen|offene punkte|aktionspunkte|tareas|acciones|proximos pasos|pendientes|taches|actions a mener|prochaines etapes|actiepunten|acties|volgende stappen)$/,
    "actionItems",
  ],
  [
    /^(?:beschlusse|beschluss|entscheidungen|vereinbarungen|ergebnisse|decisiones|acuerdos|releve de decisions|besluiten|afspraken)$/,
    "decisions",
  ],
  [/^(?:risiken|riesgos|risques|risico s)$/, "risks"],
  [/\brisks?\b/, "risks"],
  [
    /\b(resolution plan|remediation|mitigation|fix plan|recovery plan|plan of action|immediate actions|resolution steps)\b/,
    "resolutionPlan",
  ],
  // "Plan", "The plan", "Rollout plan", "Improvement plan": the steps agreed on for what went
  // wrong or is to change. A plan of a project's weeks ("Short term plan") or one someone sells
  // ("Pricing plans") is a topic, and "Plan for the migration" may only discuss it.
  [
    /^(?:(?:the|our|agreed|proposed|current|revised|updated)\s+)?(?:(?:rollout|roll out|improvement|fix|response|support|escalation|deployment|cutover|go live|launch|comms|communications?|transition|onboarding|corrective|containment|workaround|rollback|backout|migration|upgrade|recovery)\s+)?plan$/,
    "resolutionPlan",
  ],
  // "What we promised", "We committed to", "What we'll do": the promises made in the meeting,
  // in the writers' words.
  [
    /\b(commitments?|account management|promises|pledges|undertakings)\b|^(?:what )?we (?:promised|committed to|have committed to|agreed to deliver)$|^what we (?:ll|will|are going to|re going to) do(?: next| now| about it)?$/,
    "commitments",
  ],
  [
    // "Consensus on the release train" is a topic; only a heading that is the word lists decisions.
    /\b(decisions?|decided|conclusions?|agreed|agreements?|outcomes?|resolutions?)\b|^consensus(?: reached| items| points)?$/,
    "decisions",
  ],
  [
    // "What we heard", "What the customer reported": the other side's account, in the writers' words.
    /\b(concerns?|issues raised|complaints?|customer feedback|pain points|reported problems|what (?:we|i) heard|what (?:the )?(?:customer|client) (?:said|told us|reported|raised|asked(?: for)?|wants|needs|requested|expects)|(?:customer|client) (?:issues?|problems?|asks|requests|expectations|impact))\b/,
    "concerns",
  ],
  // An escalation's "Issue", "Problem statement", "Symptoms", "Impact": what the other side
  // suffers. Only the heading alone: "Issues" over a list of tracker items is a topic list.
  [
    /^(?:the )?(?:(?:reported )?(?:issue|problem)(?: (?:statement|summary|description|reported))?|symptoms|(?:business )?impact)$/,
    "concerns",
  ],
  [
    // "Identified problems", "Issues found", "What went wrong": what a review found, though it
    // stands under "Future work".
    /\b(findings|technical assessment|assessment|root causes?|analysis|diagnosis|investigation|contributing factors|what we (?:found|know(?: so far)?)|troubleshooting|(?:identified|observed) (?:problems|issues|gaps|weaknesses)|(?:problems|issues|gaps|weaknesses) (?:identified|found|observed)|what went wrong)\b/,
    "findings",
  ],
  [/\b(context|background|overview|purpose|objective)\b/, "context"],
  [/\b(notes?|remarks|discussions?|parking lot|other business|aob)\b/, "notes"],
  // "Outline", "Chapters", "Key points": how meeting recorders head the talk's summary, after
  // the action items they list first.
  [/^(?:outline|chapters|key points|highlights)$/, "notes"],
];

/** Folds a heading for matching: case, accents, emoji, numbering and trailing punctuation away. */
export function normalizeHeading(heading: string): string {
  return fold(heading)
    .replace(/^\s*(?:\d+|[a-z]|[ivx]+)[.)]\s+/, "")
    .replace(/[-_/]+/g, " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export type SectionAliases = Partial<Record<SectionKind, readonly string[]>>;

const HEADING_KINDS = noteMemo<SectionKind | null>();

/** The section kind a heading names, or null when it names none. */
export function headingKind(heading: string, aliases?: SectionAliases | null): SectionKind | null {
  // Aliases come from a config and are few; the answers without them are remembered per note.
  if (aliases || !remembering()) return kindOf(heading, aliases);
  let kind = HEADING_KINDS.get(heading);
  if (kind === undefined) {
    kind = kindOf(heading, null);
    HEADING_KINDS.set(heading, kind);
  }
  return kind;
}

/** "Immediate actions (next 24 hours)", "Action plan (by Friday)": a heading, then when. */
const QUALIFIED_BY_WHEN =
  /^(.+?)\s*\(\s*(?:next|within|by|before|due|this|today|tonight|tomorrow|asap|urgent|\d)[^()]*\)\s*$/i;

function kindOf(heading: string, aliases: SectionAliases | null | undefined): SectionKind | null {
  const normalized = normalizeHeading(heading);
  if (!normalized) return null;
  if (aliases) {
    for (const [kind, names] of Object.entries(aliases) as [SectionKind, readonly string[]][]) {
      if (names?.some((name) => normalizeHeading(name) === normalized)) return kind;
    }
  }
  // Own keys only: a heading "constructor" must not find Object.prototype.constructor.
  const exact = Object.hasOwn(EXACT, normalized) ? EXACT[normalized] : undefined;
  if (exact) return exact;
  const keyword = KEYWORD_RULES.find(([pattern]) => pattern.test(normalized))?.[1] ?? null;
  // "Immediate actions (next 24 hours)": a bracket that says when or how long qualifies the
  // heading without changing what it names, which its words alone may say otherwise.
  const qualified = keyword ? QUALIFIED_BY_WHEN.exec(heading) : null;
  if (qualified) {
    const bare = normalizeHeading(qualified[1]!);
    const named = Object.hasOwn(EXACT, bare) ? EXACT[bare] : undefined;
    if (named && named !== keyword) return named;
  }
  return keyword;
}

/** Whether a heading's words name `kind` too, as "Decisions and action items" names decisions. */
export function headingNames(heading: string, kind: SectionKind): boolean {
  const normalized = normalizeHeading(heading);
  return KEYWORD_RULES.some(([pattern, named]) => named === kind && pattern.test(normalized));
}

/** "Action items", "Next steps" written as a bullet over the tasks: a label, as a heading would be. */
export function labelsTaskList(text: string): boolean {
  const kind = text.length <= 40 ? headingKind(text) : null;
  return kind !== null && (TASK_SECTIONS as readonly string[]).includes(kind);
}
