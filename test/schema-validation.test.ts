import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseMinutes } from "../src/index.js";
import type { Minutes } from "../src/model/minutes.js";
import { minutesSchema } from "../src/model/minutes.js";
import { sureCheck } from "../src/model/sure-check.js";
import { firstSchemaIssue } from "../src/parse-minutes.js";

const note = readFileSync(
  join(import.meta.dirname, "../fixtures/escalation/northwind-escalation.md"),
  "utf8",
);

/** The issue the whole schema reports first, as validated() used to take it. */
function wholeSchemaIssue(minutes: unknown) {
  const result = minutesSchema.safeParse(minutes);
  return result.success ? null : result.error.issues[0]!;
}

describe("the model is validated one field and one item at a time", () => {
  const model = parseMinutes(note);

  it("finds no issue in a model the whole schema accepts", () => {
    expect(wholeSchemaIssue(model)).toBeNull();
    expect(firstSchemaIssue(model)).toBeNull();
  });

  const damage: Array<[string, (copy: Record<string, unknown>) => void]> = [
    ["a field", (copy) => (copy.kind = "party")],
    ["a nullable field", (copy) => (copy.date = 20250927)],
    ["a list that is not one", (copy) => (copy.risks = "none")],
    [
      "an item deep in a list",
      (copy) => ((copy.actionItems as Array<{ text: unknown }>)[1]!.text = 7),
    ],
    [
      "a source position",
      (copy) => ((copy.sections as Array<{ source: unknown }>)[0]!.source = null),
    ],
    [
      "two fields, the first wins",
      (copy) => {
        copy.diagnostics = [{}];
        (copy.attendees as Array<{ name: unknown }>)[0]!.name = null;
      },
    ],
    ["a missing field", (copy) => delete copy.notes],
    ["the nested next meeting", (copy) => (copy.nextMeeting = { when: 3 })],
  ];
  for (const [what, spoil] of damage) {
    it(`reports the same first issue as the whole schema: ${what}`, () => {
      const copy = structuredClone(model) as unknown as Record<string, unknown>;
      spoil(copy);
      const expected = wholeSchemaIssue(copy);
      expect(expected).not.toBeNull();
      const found = firstSchemaIssue(copy as unknown as Minutes);
      expect(found?.path).toEqual(expected!.path);
      expect(found?.message).toBe(expected!.message);
    });
  }
});

describe("the plain check that spares zod on a sound model", () => {
  const model = parseMinutes(note);
  const surely = sureCheck(minutesSchema);

  it("is built for the model's schema, and accepts a sound model", () => {
    expect(surely).not.toBeNull();
    expect(surely!(model)).toBe(true);
    expect(surely!({ ...model, series: "weekly" })).toBe(true);
  });

  it("refuses what zod refuses, so zod names the issue", () => {
    const spoiled = structuredClone(model) as unknown as Record<string, unknown>;
    (spoiled.actionItems as Array<{ priority: unknown }>)[0]!.priority = 10;
    expect(minutesSchema.safeParse(spoiled).success).toBe(false);
    expect(surely!(spoiled)).toBe(false);
    expect(surely!({ ...model, series: "" })).toBe(false);
    expect(surely!({ ...model, schemaVersion: 2 })).toBe(false);
  });

  it("gives up on a schema it does not know, leaving every value to zod", () => {
    expect(sureCheck(z.string().regex(/a/))).toBeNull();
    expect(sureCheck(z.object({ a: z.string() }).refine(() => true))).toBeNull();
    expect(sureCheck(z.strictObject({ a: z.string() }))).toBeNull();
    expect(sureCheck(z.array(z.number()).min(1))).toBeNull();
    expect(sureCheck(z.union([z.string(), z.number()]))).toBeNull();
  });

  // Any odd value, or none, at each kind of place in the model (the first of each list's items
  // stands for the others): whenever the plain check accepts, so does zod.
  const odd: unknown[] = [
    null,
    undefined,
    "",
    "x",
    0,
    -1,
    1,
    1.5,
    6,
    7,
    9,
    10,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    true,
    [],
    {},
    [{}],
    "open",
    "done",
    "person",
    "customer",
    "actionItems",
    "meeting",
    "note",
  ];
  const places = new Map<string, Array<string | number>>();
  const walk = (value: unknown, path: Array<string | number>) => {
    const kind = path.map((key) => (typeof key === "number" ? "#" : key)).join(".");
    if (!places.has(kind)) places.set(kind, path);
    if (Array.isArray(value))
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
    else if (value && typeof value === "object")
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk({ ...model, series: "weekly" }, []);
  const spoiled = (path: Array<string | number>, value: unknown, remove: boolean) => {
    const copy = structuredClone({ ...model, series: "weekly" }) as unknown;
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (remove) delete parent[key];
    else parent[key] = value;
    return copy;
  };

  it("never accepts what zod refuses", () => {
    expect(places.size).toBeGreaterThan(50);
    for (const path of places.values()) {
      if (path.length === 0) continue;
      for (const [value, remove] of [
        ...odd.map((value) => [value, false] as const),
        [undefined, true] as const,
      ]) {
        const copy = spoiled(path, value, remove);
        if (surely!(copy))
          expect(minutesSchema.safeParse(copy).success, `${path.join(".")}: ${String(value)}`).toBe(
            true,
          );
      }
    }
  });
});
