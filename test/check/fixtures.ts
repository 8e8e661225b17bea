import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A fixture note with the options and expected messages written inside it, markdownlint style. */
export interface CheckFixture {
  name: string;
  path: string;
  markdown: string;
  options: Record<string, unknown>;
  /** "LINE:COLUMN rule-id", in order. */
  expected: string[];
}

const EXPECT = /<!-- expect: (\d+:\d+ [a-z-]+) -->/g;
const OPTIONS = /<!-- options: (\{.*\}) -->/;

export const RULE_FIXTURES = new URL("../../fixtures/check/rules/", import.meta.url).pathname;

export function readCheckFixture(path: string, name = path): CheckFixture {
  const markdown = readFileSync(path, "utf8");
  const options = OPTIONS.exec(markdown);
  return {
    name,
    path,
    markdown,
    options: options ? (JSON.parse(options[1]!) as Record<string, unknown>) : {},
    expected: [...markdown.matchAll(EXPECT)].map((match) => match[1]!),
  };
}

export function ruleFixtureDirectories(): string[] {
  return readdirSync(RULE_FIXTURES).sort();
}

export function ruleFixture(ruleId: string, variant: "ok" | "not-ok"): CheckFixture {
  return readCheckFixture(join(RULE_FIXTURES, ruleId, `${variant}.md`), `${ruleId}/${variant}`);
}

/**
 * A series rule's fixture: a folder of notes of one series per variant (`ok/`, `not-ok/`), each
 * note with its own expect markers; null for a rule whose fixtures are single notes.
 */
export function ruleSeriesFixture(ruleId: string, variant: "ok" | "not-ok"): CheckFixture[] | null {
  const folder = join(RULE_FIXTURES, ruleId, variant);
  if (!existsSync(folder)) return null;
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => readCheckFixture(join(folder, name), `${ruleId}/${variant}/${name}`));
}
