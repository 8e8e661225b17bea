import {
  type CompromiseDoc,
  checkMinutes,
  compromisePartOfSpeech,
  type Minutes,
  type PartOfSpeech,
  toICalendar,
} from "../../src/index.js";
import type { PageState } from "./state.js";

/** A check message as plain data, so that it crosses to and from a worker (VFileMessage does not). */
export interface PlainMessage {
  ruleId: string | null;
  severity: "error" | "warning";
  reason: string;
  line: number;
  column: number;
  /** Offsets into the note, for the editor's underline. */
  from: number;
  to: number;
  url: string | null;
}

export type Analysis =
  | {
      ok: true;
      minutes: Minutes;
      messages: PlainMessage[];
      ics: string;
      /** Milliseconds spent reading, checking and exporting the note. */
      elapsed: number;
    }
  | { ok: false; error: string; elapsed: number };

/**
 * The part-of-speech check the library uses under Node, from compromise bundled into the page.
 * The library calls this only when a sentence needs it. `require`, not `import`: esbuild then
 * wraps compromise's CommonJS build to run at the first call, since building its lexicon is about
 * a fifth of a second that the first paint need not wait for.
 */
const loadPartOfSpeech = (): PartOfSpeech => {
  const nlp = require("compromise/two") as (text: string) => CompromiseDoc;
  return compromisePartOfSpeech(nlp);
};

/** What the page shows for a state: the library's own functions, as `md-minutes check` runs them. */
export function analyze(state: PageState, now: Date): Analysis {
  const started = performance.now();
  try {
    const { minutes, messages } = checkMinutes(state.note, {
      fileName: state.fileName || null,
      referenceDate: state.referenceDate || null,
      timezone: state.timezone || null,
      dateOrder: state.dateOrder || null,
      now: state.now || null,
      extends: state.preset,
      rules: state.rules,
      partOfSpeech: loadPartOfSpeech,
    });
    const ics = toICalendar(minutes, { notePath: state.fileName || null, now });
    const length = state.note.length;
    const plain = messages.map((message): PlainMessage => {
      const start = message.place && "start" in message.place ? message.place.start : message.place;
      const end = message.place && "end" in message.place ? message.place.end : start;
      const from = Math.min(start?.offset ?? 0, length);
      return {
        ruleId: message.ruleId ?? null,
        severity: message.fatal ? "error" : "warning",
        reason: message.reason,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        from,
        to: Math.max(from, Math.min(end?.offset ?? from, length)),
        url: message.url ?? null,
      };
    });
    return { ok: true, minutes, messages: plain, ics, elapsed: performance.now() - started };
  } catch (error) {
    // Only invalid options throw (a reference date that names no day, a zone the browser lacks).
    return { ok: false, error: (error as Error).message, elapsed: performance.now() - started };
  }
}
