import { describe, expect, it, vi } from "vitest";
import { parseMinutes } from "../src/index.js";
import { readFrontMatter } from "../src/parse/front-matter.js";

describe("front matter that tries to reach the prototype", () => {
  it("keeps __proto__, constructor and prototype as plain data and pollutes nothing", () => {
    const text = [
      "---",
      "title: Escalation with ABC Corp",
      "__proto__: { polluted: yes }",
      "constructor: { prototype: { polluted: yes } }",
      "prototype: { polluted: yes }",
      "date: 2025-09-27",
      "---",
      "## Action Items",
      "",
      "- Lisa to send the report",
    ].join("\n");
    const minutes = parseMinutes(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(minutes.title).toBe("Escalation with ABC Corp");
    expect(minutes.date).toBe("2025-09-27");
    expect(minutes.dateSource).toBe("front-matter");
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Lisa to send the report"]);
    expect(minutes.diagnostics).toEqual([]);
    const data = readFrontMatter(text)!.data;
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(["title", "__proto__", "constructor", "prototype", "date"]);
    expect(Object.getOwnPropertyDescriptor(data, "__proto__")?.value).toEqual({ polluted: "yes" });
  });

  it("ignores front matter keys named like Object.prototype members whose values are not text", () => {
    const minutes = parseMinutes(
      "---\ntoString: 1\nhasOwnProperty: [1]\ntitle: [not, text]\n---\n# Real title",
    );
    expect(minutes.title).toBe("Real title");
    expect(minutes.diagnostics).toEqual([]);
  });

  it("refuses a billion-laughs alias block with a front-matter diagnostic", () => {
    const lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 10; level++)
      lines.push(
        `${"abcdefghij"[level]}: &${"abcdefghij"[level]} [${Array(10)
          .fill(`*${"abcdefghij"[level - 1]}`)
          .join(", ")}]`,
      );
    lines.push("---", "# Sync");
    const minutes = parseMinutes(lines.join("\n"));
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["front-matter"]);
    expect(minutes.diagnostics[0]!.message).toMatch(/^Front matter is not valid YAML: .*alias/i);
    expect(minutes.title).toBe("Sync");
  });

  it("reports YAML nested too deep for the parser as invalid front matter", () => {
    const minutes = parseMinutes(`---\nx: ${"[".repeat(10_000)}\n---\n# Sync`);
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["front-matter"]);
    expect(minutes.title).toBe("Sync");
  });

  it("reads a front matter block that is not a mapping as invalid", () => {
    const minutes = parseMinutes("---\n- a\n- b\n---\n# Sync");
    expect(minutes.diagnostics).toEqual([
      {
        code: "front-matter",
        message: "Front matter is not valid YAML: front matter is not a mapping of keys to values",
        source: null,
      },
    ]);
  });
});

describe("front matter warnings", () => {
  it("emits no process warnings for unknown tags, odd aliases or collection keys", () => {
    const warnings: unknown[] = [];
    const listener = (warning: unknown) => warnings.push(warning);
    process.on("warning", listener);
    const spy = vi.spyOn(process, "emitWarning");
    try {
      const minutes = parseMinutes("---\ntitle: !custom Sync\nx: &a: 1\n? [1]\n: y\n---\n# Body");
      expect(spy).not.toHaveBeenCalled();
      expect(minutes.title).toBe("Sync");
    } finally {
      spy.mockRestore();
      process.off("warning", listener);
    }
    expect(warnings).toEqual([]);
  });
});
