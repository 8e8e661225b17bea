import type { PartOfSpeech, PartOfSpeechLoader } from "../model/options.js";
import { fold } from "../util/strings.js";
import { isImperativeVerb, opensWithImperative } from "./task-language.js";

/*
 * The part-of-speech check behind prose commitments: is this word, in this clause, a verb? The
 * library uses compromise when it is given one (the Node entry points do); without it the word
 * lists below decide, which is the regex-only reading.
 */

/** Words that never follow "will" or "to" as the work itself. */
const FUNCTION_WORDS = new Set(
  `the a an this that these those his her their its our my your some any all each every no not it
  them him us me you we they he she there here be been being is are was were have has had do does did
  of in on at for with from by about into over under after before until as than then so very also just
  more most less many much one two three next last new old same other such only`
    .split(/\s+/)
    .filter(Boolean),
);

/** Endings of nouns and adjectives that a verb does not have ("the *communication*", "*quickly*"). */
const NOT_VERB_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ly|ous|ful|ible|able|ings?)$/;

export function lazyPartOfSpeech(loader: PartOfSpeechLoader | null): () => PartOfSpeech | null {
  let loaded: PartOfSpeech | null | undefined;
  return () => {
    if (loaded === undefined) {
      try {
        loaded = loader ? loader() : null;
      } catch {
        // A tagger that fails to load leaves the regex reading, which is complete on its own.
        loaded = null;
      }
    }
    return loaded;
  };
}

/**
 * Whether `word` is the verb of `clause`. Known imperative verbs answer at once, so that notes
 * written with the usual verbs never load the tagger.
 */
export function isLikelyVerb(
  word: string,
  clause: string,
  tagger: () => PartOfSpeech | null,
): boolean {
  const folded = fold(word);
  if (FUNCTION_WORDS.has(folded)) return false;
  if (isImperativeVerb(folded)) return true;
  const pos = tagger();
  if (pos) return pos.isVerb(clause, word);
  return !NOT_VERB_ENDING.test(folded) && folded.length > 2;
}

/**
 * Whether `text` surely opens with its verb ("Engage the vendor", "Print the cards"): a known
 * imperative, or a word the tagger reads as a verb there. Unlike isLikelyVerb, without a tagger
 * only the known verbs count: it decides whether a bare line is a task at all, and a line that
 * opens with a noun ("Budget approved") is as common as one that opens with a verb.
 */
export function opensWithSureVerb(text: string, tagger: () => PartOfSpeech | null): boolean {
  const first = /^[^\p{L}]*([\p{L}-]+)/u.exec(text)?.[1];
  if (!first) return false;
  const folded = fold(first);
  if (FUNCTION_WORDS.has(folded)) return false;
  if (opensWithImperative(text)) return true;
  const pos = tagger();
  return pos?.isVerb(text, first) === true;
}

/** The compromise-backed check, given the library's default export. */
export function compromisePartOfSpeech(nlp: (text: string) => CompromiseDoc): PartOfSpeech {
  return {
    isVerb(clause, word) {
      const near = around(clause, word);
      const match = nlp(near).match(word);
      if (!match.found) return false;
      if (match.has("#Verb")) return true;
      // "will grant Mila access": the tagger joins a verb that is also a first name to the
      // name after it; a word written in lower case is no name, so read it with a pronoun there.
      return /^\p{Ll}/u.test(word) && match.has("#Person")
        ? nlp(beforePronoun(near, word)).match(word).has("#Verb")
        : false;
    },
  };
}

/**
 * The words around `word`: the tagger reads a word from its neighbours, and its time grows with
 * the text, so a long sentence is cut to the few words on either side.
 */
function around(clause: string, word: string): string {
  const words = clause.split(/\s+/);
  if (words.length <= 2 * CONTEXT_WORDS + 1) return clause;
  const lower = word.toLowerCase();
  const at = words.findIndex((entry) => entry.toLowerCase().replace(/[^\p{L}'’-]/gu, "") === lower);
  if (at < 0) return clause;
  return words.slice(Math.max(0, at - CONTEXT_WORDS), at + CONTEXT_WORDS + 1).join(" ");
}

const CONTEXT_WORDS = 5;

function beforePronoun(text: string, word: string): string {
  return text.replace(new RegExp(`(\\b${word}\\s+)\\p{Lu}[\\p{L}'’-]*`, "u"), "$1them");
}

/** The few members of a compromise document this module uses. */
export interface CompromiseDoc {
  match(pattern: string): CompromiseDoc;
  has(pattern: string): boolean;
  found: boolean;
}

/**
 * The default: compromise, required lazily where the runtime can require (Node), so that
 * `parseMinutes` stays synchronous and a note that never needs the check never loads it. In a
 * browser there is no `process`, and the word lists decide unless the page passes its own loader.
 */
export const defaultPartOfSpeech: PartOfSpeechLoader = () => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const moduleApi = runtime?.getBuiltinModule?.("module") as
    | { createRequire(from: string): (id: string) => unknown }
    | undefined;
  if (!moduleApi) return null;
  const nlp = moduleApi.createRequire(import.meta.url)("compromise/two") as
    | ((text: string) => CompromiseDoc)
    | { default: (text: string) => CompromiseDoc };
  return compromisePartOfSpeech(typeof nlp === "function" ? nlp : nlp.default);
};
