import { INQUIRY_VERBS, RRULE_WEEKDAYS } from "../util/lexicon.js";
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

/** "the first Monday of each month", "the last Friday of every month": which one of the month's. */
const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  last: -1,
};
const ORDINAL_OF_MONTH = "(?:first|1st|second|2nd|third|3rd|fourth|4th|last)";

/** "every weekday": Monday to Friday, each week. */
const WORKING_DAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";

const FREQUENCIES: Record<string, string> = {
  // "Hourly status updates until resolved": an escalation's rhythm ("an hourly rate" is a price).
  hourly: "FREQ=HOURLY",
  "every hour": "FREQ=HOURLY",
  "each hour": "FREQ=HOURLY",
  "once an hour": "FREQ=HOURLY",
  daily: "FREQ=DAILY",
  "once a day": "FREQ=DAILY",
  "once a week": "FREQ=WEEKLY",
  "once a month": "FREQ=MONTHLY",
  "once a year": "FREQ=YEARLY",
  "every day": "FREQ=DAILY",
  "each day": "FREQ=DAILY",
  // "each morning", "every evening": a time of every day.
  "every morning": "FREQ=DAILY",
  "each morning": "FREQ=DAILY",
  "every evening": "FREQ=DAILY",
  "each evening": "FREQ=DAILY",
  "every night": "FREQ=DAILY",
  "each night": "FREQ=DAILY",
  nightly: "FREQ=DAILY",
  weekly: "FREQ=WEEKLY",
  "every week": "FREQ=WEEKLY",
  "each week": "FREQ=WEEKLY",
  biweekly: "FREQ=WEEKLY;INTERVAL=2",
  "bi-weekly": "FREQ=WEEKLY;INTERVAL=2",
  fortnightly: "FREQ=WEEKLY;INTERVAL=2",
  "every two weeks": "FREQ=WEEKLY;INTERVAL=2",
  monthly: "FREQ=MONTHLY",
  "every month": "FREQ=MONTHLY",
  "each month": "FREQ=MONTHLY",
  quarterly: "FREQ=MONTHLY;INTERVAL=3",
  yearly: "FREQ=YEARLY",
  annually: "FREQ=YEARLY",
  "every weekday": WORKING_DAYS,
  "each weekday": WORKING_DAYS,
  "on weekdays": WORKING_DAYS,
};

const DESCRIBES_SUBJECT =
  /^\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:may|might|could|can|would|should|must|keep|keeps|fail|failed|fails|broke|break|breaks)\b/i;

/**
 * "two pricing options (annual and monthly)", "a weekly or daily digest": rhythms set side by
 * side name kinds of a thing, and the task has no rhythm of its own.
 */
const RHYTHM_ADJECTIVE =
  "(?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annual|annually|one-off)";
const PAIRED_BEFORE = new RegExp(
  `\\b${RHYTHM_ADJECTIVE}\\s*(?:,|and|or|&|\\/|vs\\.?|versus)\\s*$`,
  "i",
);
const PAIRED_AFTER = new RegExp(
  `^\\s*(?:,|and|or|&|\\/|vs\\.?|versus)\\s*${RHYTHM_ADJECTIVE}\\b`,
  "i",
);

/**
 * "drops jobs after the nightly update", "a bug in our weekly export": a rhythm naming a thing the
 * words point to, past a preposition, is that thing's, not the task's; so is one of a thing that
 * is mended or stopped ("restore the nightly export", "pause our weekly sync"), or of one that is
 * set up ("schedule a weekly sync", "book weekly syncs": the sync recurs, the booking is done once). "Post the
 * monthly batches" and "send a daily update" may promise the rhythm, and stay one.
 */
const THING_BEFORE =
  /\b(?:(?:after|before|since|during|from|in|into|with|of|until|till|on|at|to|for)\s+(?:the|a|an|our|their|your|its|this|that|last|each)|(?:fix|repair|restor|debug|diagnos|investigat|troubleshoot|patch|re-?run|retr|restart|reschedul|cancel|paus|resum|stop|disabl|re-?enabl|unblock)(?:e|es|ed|ing|s|y|ies|ied|ying|ged|ging|ning|led|ling|ped|ping)?\s+(?:the|our|their|your|its|this|that|these|those)|(?:set(?:s|ting)?\s+up|schedul|arrang|organi[sz]|establish|institut|book|plan|introduc|propos|launch)(?:e|es|ed|ing|s|ned|ning)?(?:\s+(?:a|an|the|our|their|your|its|this|that))?)\s+$/i;
const RHYTHM_WORD = new RegExp(`^${RHYTHM_ADJECTIVE}$`, "i");
const NOUN_NEXT = /^\s+(?!(?:on|at|by|in|for|from|until|till|and|or)\b)\p{Ll}{3,}/u;

/** "on Fridays" is a rhythm; "on Weds" is one day, however it ends. */
const FULL_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/** "every other week", "every second Friday", "every 2nd month": one in two. */
const EVERY_OTHER = "other |second |2nd ";

/**
 * In priority order: where two matches overlap, the earlier parser wins. Conditions come first
 * so that a deadline inside one ("in case he can't make it tomorrow") is not taken for the
 * task's own; recurrences before durations so that "for next 3 months" after "Weekly" bounds
 * the recurrence instead of reading as a span.
 */
// "if possible", "if we can": a hedge on the work's date, not a condition it waits for.
const CONDITION_WORDS = String.raw`(?:if(?! (?:at all )?(?:possible|feasible|practical|practicable|we can|you can|they can|i can)\b)|unless|in case(?: of)?|provided(?: that)?|as long as|subject to|(?<!\b(?:the|our|their|all|any|of|with)\s+)pending(?=\s+(?:[a-z]+\s+){0,2}(?:approval|review|sign-?off|confirmation|decision|agreement|results?|outcome|feedback|funding|availability|clearance)\b)|once(?! (?:a|an|per|every|more|again|or|and|in|at|on|for|we're|done)\b)(?= \S)|as soon as(?! (?:possible|feasible|practical|we can|you can)\b))`;

/** "once they send it — by Dec 4", "if it passes, before Friday": the work's own deadline after the condition. */
const DEADLINE_AFTER_CONDITION = String.raw`\s*(?:,|\s[-–—])\s*(?:by|before|due|no later than)\b`;

const TIMING_PHRASE_PARSERS: readonly TimingPhraseParser[] = [
  {
    name: "condition",
    // "Check if it can ship by Thursday", "ask Kim if the hall is free by Friday" ask a question
    // with the work's date in it rather than setting a condition. "Once the fix lands" waits for something; "once a week" is a rhythm,
    // and "as soon as possible" is haste. "If the pilot is clean, roll out by Wednesday": a
    // condition that opens the words ends at the comma, where the work begins.
    pattern: new RegExp(
      String.raw`^[\W_]*${CONDITION_WORDS}\b[^.;:()\n,]*|(?<!\b${INQUIRY_VERBS}(?:\s+(?:with\s+)?[\w'’-]+)?\s+)\b${CONDITION_WORDS}\b[^.;:()\n]*?(?=${DEADLINE_AFTER_CONDITION}|[.;:()\n]|$)`,
      "gi",
    ),
    read: (match) => ({ kind: "condition", value: match[0].trim().replace(/[\s,]+$/, "") }),
  },
  {
    // Before "recurrence", which reads "every two weeks" alone of these.
    name: "recurrence-every-n",
    // "every 4 hours until resolved", "every three days", "updates every 30 minutes": a rhythm
    // with a step of more than one.
    pattern:
      /\bevery\s+(\d{1,3}|two|three|four|five|six|eight|ten|twelve)\s*(mins?|minutes|hours|days|weeks|months)\b/gi,
    read: (match) => {
      const step = amountOf(match[1]!);
      if (!Number.isInteger(step) || step < 2) return null;
      const frequency = { mi: "MINUTELY", ho: "HOURLY", da: "DAILY", we: "WEEKLY", mo: "MONTHLY" }[
        match[2]!.toLowerCase().slice(0, 2) as "mi" | "ho" | "da" | "we" | "mo"
      ];
      return { kind: "recurrence", value: `FREQ=${frequency};INTERVAL=${step}` };
    },
  },
  {
    name: "recurrence",
    // "weekly on Mondays", "every other Friday", "every second week", "every weekday", "Friday
    // mornings": the rhythm, and the day it falls on when one is named.
    pattern: new RegExp(
      `\\b((?:every|each) month,? on the ${ORDINAL_OF_MONTH} (?:${DAY_NAMES})|hourly(?!\\s+(?:rates?|wages?|pay|costs?|prices?|billing|fees?)\\b)|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually|every (?:${EVERY_OTHER})?(?:hour|day|week|month)|each (?:hour|day|week|month)|(?:every|each) (?:morning|evening|night)|once (?:a|per) (?:day|week|month|year)|once (?:an|per) hour|every two weeks|(?:every|each) weekday|on weekdays|(?:every|each) (?:${EVERY_OTHER})?(?:${DAY_NAMES})|on (?:${FULL_DAY_NAMES})s|(?:${FULL_DAY_NAMES}) (?:mornings|afternoons|evenings|nights)|${ORDINAL_OF_MONTH} (?:${FULL_DAY_NAMES})s|(?<!\\b${ORDINAL_OF_MONTH} )(?:${FULL_DAY_NAMES})s(?=,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2}|\\s*[ap]\\.?m\\b)|\\s*$)|(?:on )?(?:the )?${ORDINAL_OF_MONTH} (?:${DAY_NAMES}) of (?:each|every) month)\\b((?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)(?:${DAY_NAMES})s?\\b)*)(?:,? on (${DAY_NAMES})s?\\b)?(?:[^.;\\n]{0,60}?\\b(?:for|over) (?:the )?(?:next )?${AMOUNT} ${UNIT}\\b)?`,
      "gi",
    ),
    read: (match, context) => {
      const word = match[1]!.toLowerCase();
      // "Nightly jobs may still fail": the word describes the subject of a sentence, not the task's rhythm.
      if (match.index === 0 && DESCRIBES_SUBJECT.test(match.input.slice(match[1]!.length)))
        return null;
      if (
        (RHYTHM_WORD.test(word) &&
          THING_BEFORE.test(match.input.slice(0, match.index)) &&
          NOUN_NEXT.test(match.input.slice(match.index + match[1]!.length))) ||
        PAIRED_BEFORE.test(match.input.slice(0, match.index)) ||
        PAIRED_AFTER.test(match.input.slice(match.index + match[1]!.length))
      )
        return null;
      const everyOther = new RegExp(`^(?:every|each) (?:${EVERY_OTHER})`).test(word);
      const plain = word
        .replace(new RegExp(`^(every|each) (?:${EVERY_OTHER})`), "$1 ")
        .replace(/^once per hour$/, "once an hour")
        .replace(/^once per /, "once a ");
      // "the first Monday of each month", "every month on the last Friday": the month's nth such
      // day (-1 the last).
      const nth = new RegExp(`\\b(${ORDINAL_OF_MONTH}) (${DAY_NAMES})s?\\b`).exec(word);
      if (nth)
        return {
          kind: "recurrence",
          value: `FREQ=MONTHLY;BYDAY=${ORDINALS[nth[1]!]}${RRULE_WEEKDAYS[weekdayIndex(nth[2]!)]}`,
        };
      let rule = Object.hasOwn(FREQUENCIES, plain) ? FREQUENCIES[plain] : undefined;
      if (rule && everyOther) rule = `${rule};INTERVAL=2`;
      if (!rule) {
        // "Wednesday afternoons": the day whose part of it comes back each week.
        const day = new RegExp(
          `(?:${DAY_NAMES})s?(?=$| (?:mornings|afternoons|evenings|nights)$)`,
        ).exec(word);
        if (!day) return null;
        rule = `FREQ=WEEKLY${everyOther ? ";INTERVAL=2" : ""};BYDAY=${RRULE_WEEKDAYS[weekdayIndex(day[0])]}`;
      } else if (match[3] && rule.startsWith("FREQ=WEEKLY")) {
        rule = `${rule};BYDAY=${RRULE_WEEKDAYS[weekdayIndex(match[3])]}`;
      }
      // "on Tuesdays and Thursdays", "every Monday, Wednesday and Friday": one week, several days.
      const more = match[2]
        ? match[2].match(new RegExp(`(?:${DAY_NAMES})(?=s?$|s?\\W)`, "gi"))
        : null;
      if (more && /;BYDAY=[A-Z]{2}$/.test(rule)) {
        const days = new Set([
          rule.slice(-2),
          ...more.map((day) => RRULE_WEEKDAYS[weekdayIndex(day)]!),
        ]);
        rule = `${rule.slice(0, -2)}${[...days].join(",")}`;
      }
      if (match[4] && match[5] && context.reference) {
        const until = addSpan(
          { date: context.reference.date, time: null },
          amountOf(match[4]),
          unitOf(match[5]),
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
      `\\b(?:for (?:a period of |the next )?|over a period of )${AMOUNT} ?${UNIT}\\b`,
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
