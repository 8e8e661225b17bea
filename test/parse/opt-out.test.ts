import { describe, expect, it } from "vitest";
import { isOptedOut } from "../../src/parse/opt-out.js";

describe("isOptedOut", () => {
  it("reads md-minutes: false in the front matter", () => {
    expect(isOptedOut("---\nmd-minutes: false\n---\n# Notes\n")).toBe(true);
    expect(isOptedOut("\uFEFF---\r\ntitle: x\r\nmd-minutes: false\r\n---\r\n# Notes\r\n")).toBe(
      true,
    );
  });

  it("reads the key when an escape spells it", () => {
    expect(isOptedOut('---\n"md\\x2Dminutes": false\n---\n# Notes\n')).toBe(true);
    expect(isOptedOut('---\n"\\u006Dd-minutes": false\n---\n# Notes\n')).toBe(true);
  });

  it("leaves other notes in", () => {
    expect(isOptedOut("# Notes\n\nmd-minutes: false\n")).toBe(false);
    expect(isOptedOut("---\ntitle: Weekly\n---\n# Notes\n")).toBe(false);
    expect(isOptedOut("---\nmd-minutes: true\n---\n# Notes\n")).toBe(false);
    expect(isOptedOut('---\ntitle: "a \\"quoted\\" title"\n---\n# Notes\n')).toBe(false);
  });
});
