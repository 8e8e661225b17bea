/** Collapses runs of white space and trims, so that wrapped lines read as one sentence. */
export function squash(text: string): string {
  // Most texts are squashed already; testing costs less than building the same string again.
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const UNSQUASHED = /^\s|\s$|\s\s|[^\S ]/;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-cases and strips accents, for matching names and headings. */
export function fold(text: string): string {
  // Plain ASCII has no accents to strip; most text in notes is, and normalising costs.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_AS[letter] ?? letter);
}

// Letters Unicode gives no decomposition, written in ASCII as these: "Maßnahmen" is "Massnahmen".
const UNDECOMPOSED_AS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
};
const UNDECOMPOSED = /[ßæœøłđ]/g;

export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** FNV-1a, 32 bits, as hex: a short stable fingerprint for ids. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// Words around a deadline that remain once its date is taken out: "by 2026-04-08", "(due Friday)".
const TRAILING_DEADLINE_WORDS = /(?:\s+(?:by|due|before|until|till|on|at|no later than|eod|cob))+$/;

/**
 * A task's words with case, spacing, punctuation and the words of its deadline set aside: the
 * same task written with and without its date ("Send the quote by 3/19", "Send the quote")
 * gives the same words.
 */
export function wordsWithoutDeadline(text: string, dueText: string | null): string {
  let words = fold(text);
  if (dueText) {
    const due = fold(dueText);
    const at = words.lastIndexOf(due);
    if (at !== -1) words = `${words.slice(0, at)} ${words.slice(at + due.length)}`;
  }
  return squash(words.replace(/[^a-z0-9]+/g, " ")).replace(TRAILING_DEADLINE_WORDS, "");
}

/** "Ana to host (cups and plates": a bracket opened and not yet closed, where no clause ends. */
export function unclosedBracket(text: string): boolean {
  let depth = 0;
  for (const char of text) depth += char === "(" ? 1 : char === ")" && depth > 0 ? -1 : 0;
  return depth > 0;
}

/**
 * A look-behind that fails after an initial or a title's full stop ("C. Romero", "Mr. Okoye",
 * "e.g. Kim"), which ends no sentence.
 */
export const NOT_AFTER_ABBREVIATION = String.raw`(?<!(?:^|[\s([])(?:\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Sr|Jr|St|vs|cf|approx|e\.g|i\.e)\.)`;

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
