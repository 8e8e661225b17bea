import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";

// The README's API example is run here, so that its output excerpt stays true.
const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

describe("the README", () => {
  it("keeps its first two commands", () => {
    expect(readme).toContain(
      "```sh\nnpm ci && npx md-minutes extract fixtures/escalation/northwind-escalation.md\nnpm test\n```",
    );
  });

  it("shows what parseMinutes really returns for its example", () => {
    const api = readme.slice(readme.indexOf("## API"));
    const note = /parseMinutes\(`([\s\S]*?)`\);/.exec(api)![1]!;
    const excerpt = JSON.parse(/```json\n([\s\S]*?)```/.exec(api)![1]!);
    expect(parseMinutes(note)).toMatchObject(excerpt);
  });
});
