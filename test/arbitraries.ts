import fc from "fast-check";

/**
 * Generators for property tests: arbitrary strings and Markdown-shaped meeting notes. Shared by
 * every property file, so a new property (calendar export, check rules) needs only its assertion:
 *
 *   fc.assert(fc.property(anyNoteText, (text) => { ... }), propertyParameters());
 */

/**
 * Cases per property. `npm test` runs 200 cases from a fixed seed, so that it is fast and gives
 * the same verdict every time; `npm run fuzz` runs 20,000 or FUZZ_RUNS from a new seed each time
 * (FUZZ_SEED replays one it reported).
 */
export const TEST_SEED = 20261201;

export function propertyParameters<T = unknown>(
  overrides: fc.Parameters<T> = {},
): fc.Parameters<T> {
  const fuzzing = Boolean(process.env.FUZZ_RUNS);
  const runs = Number(process.env.FUZZ_RUNS ?? "") || 200;
  const seed = process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : fuzzing
      ? undefined
      : TEST_SEED;
  return { numRuns: runs, ...(seed === undefined ? {} : { seed }), ...overrides };
}

/** The section headings our notes use, with synonyms, misspellings and sub-headings. */
export const SECTION_HEADINGS = [
  "Attendees",
  "Atendees",
  "Participants",
  "Present",
  "Not present",
  "Context",
  "Background",
  "Customer Concerns",
  "Concerns",
  "Technical Findings",
  "Findings",
  "Root Cause",
  "Resolution Plan",
  "Remediation",
  "Action Items",
  "Next Steps",
  "TODO",
  "Follow-ups",
  "Account Management Commitments",
  "Commitments",
  "Risks",
  "Risk Mitigation",
  "Decisions",
  "Decisions Made",
  "Notes",
  "Discussion",
  "Next Meeting",
  "Agenda",
  "Timeline",
  "Open Questions",
  "Technical - Owen, Adam",
  "Customer",
  "Internal",
  "1. Action Items",
  "🚀 Next Steps",
  "Résumé",
  "__proto__",
  "constructor",
] as const;

export const NAMES = [
  "Lisa",
  "Raj",
  "John Smith",
  "Jane Roe",
  "Mary-Jane van der Berg",
  "José Álvarez",
  "Siobhan O'Brien",
  "@lisa",
  "@raj.k",
  "@a-b",
  "RF",
  "PFC",
  "ABC Corp",
  "the team",
  "Everyone",
  "CTO",
  "李雷",
  "Ólafur",
] as const;

export const DATE_SPELLINGS = [
  "2025-09-27",
  "09/27/2025",
  "27/09/2025",
  "27.09.2025",
  "Sept 27th, 2025",
  "Saturday, September 27, 2025",
  "27 Sep 2025",
  "September 27",
  "next Friday",
  "this Monday",
  "Friday",
  "EOD",
  "EOD tomorrow",
  "COB Monday",
  "end of week",
  "EOM",
  "within 24 hours",
  "in 2-3 days",
  "for 72 hours",
  "weekly for 3 months",
  "tomorrow",
  "10:00 AM - 11:30 AM",
  "14:00–15:00 CET",
  "9am PT",
  "2025-02-30",
  "13/13/2025",
  "0/0/0",
  "1/2",
  "3/4 of users",
  "Q3",
  "noon",
  "midnight",
  "2025-09-27T10:00",
  "by 5pm",
  "no later than the 3rd",
  "if issues persist",
] as const;

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Characters Markdown, our labels and our date parsing care about, and some that nothing should. */
const SPECIAL = [
  "*",
  "_",
  "~",
  "`",
  "[",
  "]",
  "(",
  ")",
  "!",
  "<",
  ">",
  "#",
  "|",
  "-",
  "+",
  ":",
  ";",
  ",",
  ".",
  "\\",
  "@",
  "^",
  "&amp;",
  "&#0;",
  "\t",
  " ",
  "  ",
  "\n",
  "\r",
  "\r\n",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u0000",
  "é",
  "🚀",
  "👍🏽",
  "\ud800",
  "\udc00",
  "END:VTODO",
  "BEGIN:VCALENDAR",
  "\\n",
  "1.",
  "- [ ] ",
  "- [x] ",
  "> ",
  "```",
  "~~~",
  "---",
  "...",
  "|---|",
] as const;

/** Any string at all: unicode, lone surrogates, control characters, and runs of Markdown punctuation. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(pick(SPECIAL), { maxLength: 60 }).map((parts) => parts.join("")),
  fc
    .array(fc.oneof(pick(SPECIAL), fc.string({ unit: "grapheme-ascii", maxLength: 6 })), {
      maxLength: 60,
    })
    .map((parts) => parts.join("")),
);

/** A short phrase: words, names, dates and odd characters. */
const words = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: pick([
          "send",
          "the",
          "report",
          "fix",
          "deploy",
          "hotfix",
          "review",
          "will",
          "to",
          "by",
          "and",
          "on",
          "call",
          "customer",
          "P1",
          "urgent",
          "ACTION:",
          "owner:",
          "(",
          ")",
        ]),
      },
      { weight: 2, arbitrary: pick(NAMES) },
      { weight: 2, arbitrary: pick(DATE_SPELLINGS) },
      { weight: 1, arbitrary: pick(SPECIAL) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(" "));

const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    pick(SECTION_HEADINGS),
    fc.constantFrom("", ":", " ##", " 🚨"),
  )
  .chain(([depth, name, tail]) =>
    fc.constantFrom(
      `${"#".repeat(depth)} ${name}${tail}`,
      `${"#".repeat(depth)}${name}`,
      `**${name}**`,
      `**${name}:**`,
      `${name}:`,
      `${name}\n${"=".repeat(3)}`,
    ),
  );

const labelLine = fc
  .tuple(
    pick([
      "Date",
      "Time",
      "Location",
      "Customer",
      "Attendees",
      "Time zone",
      "Next meeting",
      "Chair",
      "Scribe",
      "Owner",
      "Due",
    ]),
    words,
  )
  .chain(([label, value]) =>
    fc.constantFrom(`**${label}:** ${value}`, `${label}: ${value}`, `- **${label}**: ${value}`),
  );

const listItem = fc
  .tuple(
    fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] ", "* [X] "),
    fc.oneof(words, labelLine),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([marker, text, level]) => `${"  ".repeat(level)}${marker}${text}`);

const list = fc.array(listItem, { minLength: 1, maxLength: 6 }).map((items) => items.join("\n"));

const table = fc
  .tuple(
    fc.array(
      pick([
        "Task",
        "Owner",
        "Due",
        "Status",
        "Name",
        "Role",
        "Organization",
        "Handle",
        "Email",
        "",
      ]),
      { minLength: 1, maxLength: 4 },
    ),
    fc.array(fc.array(words, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
  )
  .map(([headers, rows]) => {
    const row = (cells: readonly string[]) =>
      `| ${cells.map((cell) => cell.replace(/\|/g, "/")).join(" | ")} |`;
    return [row(headers), row(headers.map(() => "---")), ...rows.map(row)].join("\n");
  });

const quote = fc
  .tuple(fc.integer({ min: 1, max: 4 }), words)
  .map(([depth, text]) => `${"> ".repeat(depth)}${text}`);

const frontMatterValue = fc.oneof(
  words,
  pick(DATE_SPELLINGS),
  fc.integer().map(String),
  fc.constantFrom(
    "[a, b]",
    "{x: 1}",
    "&a [1]",
    "*a",
    "!!binary AA==",
    "2025-09-27",
    "null",
    "~",
    "'quoted'",
    "|\n  block",
  ),
);

/** Front matter, valid or not, with keys that must stay plain data. */
export const frontMatter: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      pick([
        "title",
        "date",
        "time",
        "customer",
        "timezone",
        "kind",
        "location",
        "__proto__",
        "constructor",
        "prototype",
        "toString",
        "start",
        "end",
      ]),
      frontMatterValue,
    ),
    { maxLength: 5 },
  )
  .chain((entries) =>
    fc
      .constantFrom("---", "...")
      .map((close) =>
        ["---", ...entries.map(([key, value]) => `${key}: ${value}`), close].join("\n"),
      ),
  );

const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 3, arbitrary: words },
  { weight: 2, arbitrary: labelLine },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: quote },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "```\ncode *a*\n```",
      "---",
      "",
      "<!-- comment -->",
      "[^1]: note",
      "    indented code",
    ),
  },
  { weight: 1, arbitrary: anyText },
);

/** A Markdown-shaped meeting note: optional front matter, headings, lists, tables, labels, with LF, CRLF or CR line endings and perhaps a BOM. */
export const markdownNote: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { nil: null }),
    fc.array(block, { maxLength: 12 }),
    fc.constantFrom("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\r\n"),
    fc.boolean(),
  )
  .map(([front, blocks, separator, bom]) => {
    const body = blocks.join(separator);
    const text = front
      ? `${front.replace(/\n/g, separator.includes("\r") ? "\r\n" : "\n")}${separator}${body}`
      : body;
    return bom ? `\ufeff${text}` : text;
  });

/** Blocks at the edges of the parser guards: nesting near 100 levels, paragraphs near 20,000 characters or 1,000 markers, fenced logs. */
const guardedBlock = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 95, max: 105 }),
      fc.constantFrom("> ", ">", "- ", "1. ", "* > "),
      words,
    )
    .map(([depth, marker, text]) => `${marker.repeat(depth)}${text}`),
  fc
    .tuple(fc.integer({ min: 95, max: 105 }), words)
    .map(([depth, text]) =>
      Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- ${text}`).join("\n"),
    ),
  fc
    .tuple(fc.integer({ min: 19_990, max: 20_010 }), pick(["a ", "a*", "@a ", "1/1 ", "Lisa to "]))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  fc
    .tuple(fc.integer({ min: 495, max: 505 }), pick(["*a ", "_a_ ", "[a] ", "~~a "]))
    .map(([count, unit]) => unit.repeat(count)),
  fc
    .tuple(fc.integer({ min: 0, max: 1_200 }), fc.constantFrom("```", "~~~~"))
    .map(([lines, fence]) => `${fence}\n${"log *line* __x__\n".repeat(lines)}${fence}`),
);

/** A note with one or two guard-edge blocks among ordinary ones. */
export const guardedNote: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(block, { maxLength: 4 }),
    fc.array(guardedBlock, { minLength: 1, maxLength: 2 }),
    fc.array(block, { maxLength: 4 }),
    fc.constantFrom("\n", "\n\n", "\r\n\r\n"),
  )
  .map(([before, edge, after, separator]) => [...before, ...edge, ...after].join(separator));

/** Every kind of input, for properties that must hold for every string. */
export const anyNoteText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 12, arbitrary: markdownNote },
  { weight: 1, arbitrary: guardedNote },
);
