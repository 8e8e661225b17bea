import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// dist/minutes.schema.json is what editors and other languages validate against; check that the
// generated file describes what the tool really writes, with a small structural validator.
const root = join(import.meta.dirname, "..");
const schemaFile = join(root, "dist", "minutes.schema.json");

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  minLength?: number;
  minimum?: number;
  maximum?: number;
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The problems found, as "path: reason" lines; empty when the value fits. */
function check(schema: Schema, value: unknown, path = "$"): string[] {
  if (schema.anyOf) {
    const fits = schema.anyOf.some((option) => check(option, value, path).length === 0);
    return fits ? [] : [`${path}: matches no option`];
  }
  const actual = typeOf(value);
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!allowed.includes(actual) && !(actual === "integer" && allowed.includes("number")))
      return [`${path}: expected ${allowed.join("|")}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  if ("const" in schema && schema.const !== value)
    return [`${path}: expected ${JSON.stringify(schema.const)}`];
  if (
    typeof value === "string" &&
    schema.minLength !== undefined &&
    value.length < schema.minLength
  )
    return [`${path}: too short`];
  if (
    typeof value === "number" &&
    ((schema.minimum !== undefined && value < schema.minimum) ||
      (schema.maximum !== undefined && value > schema.maximum))
  ) {
    return [`${path}: out of range`];
  }
  const problems: string[] = [];
  if (actual === "array" && schema.items) {
    for (const [index, item] of (value as unknown[]).entries())
      problems.push(...check(schema.items, item, `${path}[${index}]`));
  }
  if (actual === "object") {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in record)) problems.push(`${path}: missing required "${key}"`);
    for (const [key, entry] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property) problems.push(...check(property, entry, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected "${key}"`);
    }
  }
  return problems;
}

describe("dist/minutes.schema.json", () => {
  it("exists and is a draft 2020-12 object schema", () => {
    expect(existsSync(schemaFile)).toBe(true);
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
  });

  it("requires every field of the public model", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Schema;
    expect(schema.required).toEqual(
      expect.arrayContaining([
        "schemaVersion",
        "title",
        "kind",
        "date",
        "start",
        "end",
        "timezone",
        "location",
        "customer",
        "context",
        "dateSource",
        "attendees",
        "concerns",
        "findings",
        "resolutionPlan",
        "actionItems",
        "commitments",
        "risks",
        "decisions",
        "notes",
        "nextMeeting",
        "sections",
        "diagnostics",
      ]),
    );
    const task = schema.properties!.actionItems!.items!;
    expect(task.required).toEqual(
      expect.arrayContaining([
        "id",
        "title",
        "text",
        "owners",
        "due",
        "dueText",
        "duration",
        "recurrence",
        "condition",
        "status",
        "source",
      ]),
    );
    const attendee = schema.properties!.attendees!.items!;
    expect(attendee.required).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "handle",
        "abbreviation",
        "role",
        "organization",
        "group",
        "side",
        "email",
        "source",
      ]),
    );
  });

  it("accepts the model of the escalation fixture", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Schema;
    const model = JSON.parse(
      readFileSync(
        join(root, "fixtures", "escalation", "northwind-escalation.expected.json"),
        "utf8",
      ),
    );
    expect(check(schema, model)).toEqual([]);
  });

  it("rejects a model with a missing field or a wrong type", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Schema;
    const model = JSON.parse(
      readFileSync(
        join(root, "fixtures", "escalation", "northwind-escalation.expected.json"),
        "utf8",
      ),
    );
    delete model.actionItems[0].due;
    model.attendees[0].side = "partner";
    expect(check(schema, model)).toEqual([
      "$.attendees[0].side: matches no option",
      '$.actionItems[0]: missing required "due"',
    ]);
  });
});
