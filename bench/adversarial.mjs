#!/usr/bin/env node
/**
 * Times parseMinutes on hostile inputs: each must finish within 10 s or be refused with a clear
 * message. Self-contained, so the bench harness can call `runAdversarial()`; run on its own with
 * `npm run bench:adversarial` (after `npm run build`).
 */
import { pathToFileURL } from "node:url";

const KB100 = 100 * 1024;
const run = (unit) => unit.repeat(Math.ceil(KB100 / unit.length));

/** The inputs, by name: 100 KB runs of single characters, deep nesting, quadratic inline markup, long lines for our own regexes. */
export const ADVERSARIAL_INPUTS = [
  ...[" ", "*", "_", "[", "@", "7", ":"].map((unit) => ({
    input: `100 KB of ${JSON.stringify(unit)}`,
    text: () => run(unit),
  })),
  { input: "10,000 nested blockquotes", text: () => `${"> ".repeat(10_000)}a` },
  { input: "10,000 `>` and nothing else", text: () => ">".repeat(10_000) },
  { input: "10,000 nested list levels (one line)", text: () => `${"- ".repeat(10_000)}a` },
  {
    input: "1,500 nested list levels (indented, 2.2 MB)",
    text: () => Array.from({ length: 1_500 }, (_, level) => `${"  ".repeat(level)}- a`).join("\n"),
  },
  { input: "paragraph of 50,000 `a*`", text: () => "a*".repeat(50_000) },
  { input: "paragraph of 20,000 `*a`", text: () => "*a".repeat(20_000) },
  { input: "paragraph of 20,000 `~~a`", text: () => "~~a".repeat(20_000) },
  ...["a ", "Aa ", "@a ", "1/1 ", "weekly ", "for 1 day "].map((unit) => ({
    input: `risk item: 100 KB of ${JSON.stringify(unit)} then "x"`,
    text: () => `## Risks\n\n- ${run(unit)}x`,
  })),
  {
    input: 'label line: "**Attendees:**" then 100 KB of "1/1 "',
    text: () => `# Sync\n\n**Attendees:** ${run("1/1 ")}\n`,
  },
  {
    input: 'risk item: 19 KB of "@a " then "x" (under the paragraph limit)',
    text: () => `## Risks\n\n- ${"@a ".repeat(6_300)}x`,
  },
  {
    input: "30 KB fenced log full of `*` and `_`",
    text: () => `\`\`\`\n${"ERROR *retry* failed_at __main__\n".repeat(1_000)}\`\`\``,
  },
  {
    input: "0.5 MB of short paragraphs, 100 `a*` each",
    text: () => Array(5_000).fill("a*".repeat(50)).join("\n\n"),
  },
  { input: "5 MiB + 1 of text", text: () => "a".repeat(5 * 1024 * 1024 + 1) },
];

/** Rows of { input, ms, outcome }: outcome is "ok", the diagnostic codes, or the error thrown. */
export async function runAdversarial(parseMinutes) {
  const parse = parseMinutes ?? (await import("../dist/index.mjs")).parseMinutes;
  const rows = [];
  for (const { input, text } of ADVERSARIAL_INPUTS) {
    const note = text();
    const started = performance.now();
    let outcome;
    try {
      const codes = parse(note, { referenceDate: "2025-09-27T10:00" }).diagnostics.map(
        (diagnostic) => diagnostic.code,
      );
      outcome = codes.length === 0 ? "ok" : [...new Set(codes)].join(", ");
    } catch (error) {
      outcome = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
    rows.push({ input, ms: Math.round(performance.now() - started), outcome });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await runAdversarial();
  console.log("| input | ms | outcome |\n| --- | ---: | --- |");
  for (const row of rows) console.log(`| ${row.input} | ${row.ms} | ${row.outcome} |`);
  const slow = rows.filter((row) => row.ms > 10_000 || row.outcome.startsWith("threw"));
  if (slow.length > 0) {
    console.error(`${slow.length} input(s) took over 10 s or threw`);
    process.exitCode = 1;
  }
}
