import {
  AMOUNT,
  addSpan,
  amountOf,
  DAY_NAMES,
  isoDuration,
  type PhraseContext,
  UNIT,
  unitOf,
  weekdayIndex,
} from "./phrase-words.js";

/**
 * What a task's words say about its timing besides a date: a condition it depends on, a rhythm,
 * a span of time. These are read before dates, and the dates inside them are theirs.
 */
export interface TimingPhrase {
  kind: "condition" | "recurrence" | "duration";
  /** An ISO 8601 duration, an RRULE value, or the condition's words. */
  value: string;
  index: number;
  end: number;
}

interface TimingPhraseParser {
  name: string;
  pattern: RegExp;
  read(match: RegExpExecArray, context: PhraseContext): Omit<TimingPhrase, "index" | "end"> | null;
}

const FREQUENCIES: Record<string, string> = {
  daily: "FREQ=DAILY",
  "every day": "FREQ=DAILY",
  "each day": "FREQ=DAILY",
  nightly: "FREQ=DAILY",
  weekly: "FREQ=WEEKLY",
  "every week": "FREQ=WEEKLY",
  "each week": "FREQ=WEEKLY",
  biweekly: "FREQ=WEEKLY;INTERVAL=2",
  "bi-weekly": "FREQ=WEEKLY;INTERVAL=2",
  fortnightly: "FREQ=WEEKLY;INTERVAL=2",
  "every other week": "FREQ=WEEKLY;INTERVAL=2",
  "every two weeks": "FREQ=WEEKLY;INTERVAL=2",
  monthly: "FREQ=MONTHLY",
  "every month": "FREQ=MONTHLY",
  "each month": "FREQ=MONTHLY",
  quarterly: "FREQ=MONTHLY;INTERVAL=3",
  yearly: "FREQ=YEARLY",
  annually: "FREQ=YEARLY",
};

const DESCRIBES_SUBJECT =
  /^\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:may|might|could|can|would|should|must|keep|keeps|fail|failed|fails|broke|break|breaks)\b/i;

const BYDAY = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/**
 * In priority order: where two matches overlap, the earlier parser wins. Conditions come first
 * so that a deadline inside one ("in case he can't make it tomorrow") is not taken for the
 * task's own; recurrences before durations so that "for next 3 months" after "Weekly" bounds
 * the recurrence instead of reading as a span.
 */
const TIMING_PHRASE_PARSERS: readonly TimingPhraseParser[] = [
  {
    name: "condition",
    // "Check if it can ship by Thursday" asks a question with the work's date in it rather than
    // setting a condition.
    pattern:
      /(?<!\b(?:check|confirm|verify|find out|figure out|determine|investigate)\s+)\b(?:if|unless|in case(?: of)?|provided(?: that)?|as long as)\b[^.;:()\n]*/gi,
    read: (match) => ({ kind: "condition", value: match[0].trim().replace(/[\s,]+$/, "") }),
  },
  {
    name: "recurrence",
    pattern: new RegExp(
      `\\b(daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually|every (?:other )?(?:day|week|month)|each (?:day|week|month)|every two weeks|every (?:${DAY_NAMES})|on (?:${DAY_NAMES})s)\\b(?:[^.;\\n]{0,60}?\\b(?:for|over) (?:the )?(?:next )?${AMOUNT} ${UNIT}\\b)?`,
      "gi",
    ),
    read: (match, context) => {
      const word = match[1]!.toLowerCase();
      // "Nightly jobs may still fail": the word describes the subject of a sentence, not the task's rhythm.
      if (match.index === 0 && DESCRIBES_SUBJECT.test(match.input.slice(match[1]!.length)))
        return null;
      let rule = Object.hasOwn(FREQUENCIES, word) ? FREQUENCIES[word] : undefined;
      if (!rule) {
        const day = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.exec(word);
        if (!day) return null;
        rule = `FREQ=WEEKLY;BYDAY=${BYDAY[weekdayIndex(day[1]!)]}`;
      }
      if (match[2] && match[3] && context.reference) {
        const until = addSpan(
          { date: context.reference.date, time: null },
          amountOf(match[2]),
          unitOf(match[3]),
        );
        rule = `${rule};UNTIL=${until.slice(0, 10).replace(/-/g, "")}`;
      }
      return { kind: "recurrence", value: rule };
    },
  },
  {
    // Before the date reader sees it, so that "72-hour monitoring period" is not "within 72 hours".
    name: "duration-period",
    pattern: new RegExp(
      `\\b${AMOUNT}[- ]${UNIT}(?:[- ]long)?\\s+(?:[a-z]+\\s+)?(?:period|window|evaluation|monitoring|trial|freeze|soak|observation|review)(?:\\s+(?:period|window))?\\b`,
      "gi",
    ),
    read: (match) => ({
      kind: "duration",
      value: isoDuration(amountOf(match[1]!), unitOf(match[2]!)),
    }),
  },
  {
    name: "duration-for",
    // "for the next 2 weeks" is how long; "over the next 4 weeks" is by when, a span the date
    // reader counts to its end, as it does "within".
    pattern: new RegExp(
      `\\b(?:for (?:a period of |the next )?|over a period of )${AMOUNT} ${UNIT}\\b`,
      "gi",
    ),
    read: (match) => ({
      kind: "duration",
      value: isoDuration(amountOf(match[1]!), unitOf(match[2]!)),
    }),
  },
];

/** The timing phrases of a text, in text order; they never overlap. */
export function readTimingPhrases(text: string, context: PhraseContext): TimingPhrase[] {
  const found: TimingPhrase[] = [];
  for (const parser of TIMING_PHRASE_PARSERS) {
    parser.pattern.lastIndex = 0;
    for (let match = parser.pattern.exec(text); match; match = parser.pattern.exec(text)) {
      if (match[0] === "") {
        parser.pattern.lastIndex++;
        continue;
      }
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((entry) => index < entry.end && end > entry.index)) continue;
      const value = parser.read(match, context);
      if (value) found.push({ ...value, index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
