import type { z } from "zod";

/**
 * A plain predicate built from a zod schema, holding only of values the schema accepts: when it
 * says yes, zod would have said yes; when it says no, only zod can tell (and name the issue).
 * It reads the schema's definition (`_zod.def`) and knows the few kinds of schema the model is
 * made of: objects that strip unknown keys, strings (with a minimum length), finite numbers
 * (safe integers, bounds), nullable, optional, enums, literals and arrays. A schema with anything
 * else (a refinement, a transform, another check) gives null, and the caller asks zod every time;
 * so does a runtime that refuses to compile code (a page whose policy forbids `new Function`).
 *
 * The predicate is compiled to one function per object and list schema, reading each field by
 * its name, as zod compiles its own fast path; unlike zod it builds no copy of what it reads.
 * Reading a note's model with zod took about 2.5% of checking a note.
 */
export type SureCheck = (value: unknown) => boolean;

interface Definition {
  type: string;
  checks?: ReadonlyArray<{ _zod: { def: CheckDefinition } }>;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
}

interface CheckDefinition {
  check: string;
  minimum?: unknown;
  value?: unknown;
  inclusive?: unknown;
  format?: unknown;
}

class Unsupported extends Error {}

/** The predicate for `schema`, or null when the schema holds something this file does not know. */
export function sureCheck(schema: z.ZodType): SureCheck | null {
  const functions: string[] = [];
  const constants: unknown[] = [];
  let root: string;
  try {
    root = expression(schema, "value", { functions, constants, names: new Map() });
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const source = `"use strict";\n${functions.join("\n")}\nreturn (value) => ${root};`;
  try {
    return new Function("constants", source)(constants) as SureCheck;
  } catch {
    return null;
  }
}

interface Output {
  /** The source of the functions that objects and lists are checked by, f0, f1, … */
  functions: string[];
  /** Values the source refers to as constants[i] (the sets of enum values). */
  constants: unknown[];
  /** The function already made for a schema met twice (the source of every item). */
  names: Map<z.ZodType, string>;
}

function definitionOf(schema: z.ZodType): Definition {
  const def = (schema as unknown as { _zod?: { def?: Definition } })._zod?.def;
  if (!def || typeof def.type !== "string") throw new Unsupported();
  return def;
}

/** A JavaScript expression that is true only if `variable` (a plain name) satisfies `schema`. */
function expression(schema: z.ZodType, variable: string, output: Output): string {
  const def = definitionOf(schema);
  // A check's `when` can only skip it (zod's length checks skip values without a length); this
  // predicate applies every check always, which is as strict or stricter.
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  switch (def.type) {
    case "object":
    case "array":
      if (checks.length > 0) throw new Unsupported();
      return `${functionFor(schema, def, output)}(${variable})`;
    case "string": {
      let minimum = 0;
      for (const check of checks) {
        if (check.check !== "min_length" || !Number.isSafeInteger(check.minimum))
          throw new Unsupported();
        minimum = Math.max(minimum, check.minimum as number);
      }
      return `(typeof ${variable} === "string" && ${variable}.length >= ${minimum})`;
    }
    case "number":
      return `(typeof ${variable} === "number" && Number.isFinite(${variable})${checks
        .map((check) => ` && ${numberTest(check, variable)}`)
        .join("")})`;
    case "nullable":
      if (checks.length > 0 || !def.innerType) throw new Unsupported();
      return `(${variable} === null || ${expression(def.innerType, variable, output)})`;
    case "optional":
      if (checks.length > 0 || !def.innerType) throw new Unsupported();
      return `(${variable} === undefined || ${expression(def.innerType, variable, output)})`;
    case "enum": {
      if (checks.length > 0 || !def.entries) throw new Unsupported();
      const values = Object.values(def.entries);
      if (!values.every((entry) => typeof entry === "string")) throw new Unsupported();
      output.constants.push(new Set(values));
      return `(typeof ${variable} === "string" && constants[${output.constants.length - 1}].has(${variable}))`;
    }
    case "literal": {
      if (checks.length > 0 || !def.values || def.values.length === 0) throw new Unsupported();
      const values = def.values.map((entry) => {
        if (typeof entry !== "string" && !Number.isFinite(entry)) throw new Unsupported();
        return `${variable} === ${JSON.stringify(entry)}`;
      });
      return `(${values.join(" || ")})`;
    }
    default:
      throw new Unsupported();
  }
}

/** The name of the function that checks an object or a list schema, made on first need. */
function functionFor(schema: z.ZodType, def: Definition, output: Output): string {
  const known = output.names.get(schema);
  if (known) return known;
  const name = `f${output.names.size}`;
  output.names.set(schema, name);
  const lines: string[] = [];
  if (def.type === "object") {
    if (def.catchall !== undefined || !def.shape) throw new Unsupported();
    lines.push(
      `if (typeof value !== "object" || value === null || Array.isArray(value)) return false;`,
      "const prototype = Object.getPrototypeOf(value);",
      "if (prototype !== Object.prototype && prototype !== null) return false;",
      "let field;",
    );
    for (const [key, field] of Object.entries(def.shape))
      lines.push(
        `field = value[${JSON.stringify(key)}];`,
        `if (!${expression(field, "field", output)}) return false;`,
      );
  } else {
    if (!def.element) throw new Unsupported();
    lines.push(
      "if (!Array.isArray(value)) return false;",
      "for (let index = 0; index < value.length; index++) {",
      "if (!(index in value)) return false;",
      "const item = value[index];",
      `if (!${expression(def.element, "item", output)}) return false;`,
      "}",
    );
  }
  output.functions.push(`function ${name}(value) {\n${lines.join("\n")}\nreturn true;\n}`);
  return name;
}

function numberTest(check: CheckDefinition, variable: string): string {
  if (check.check === "number_format" && check.format === "safeint")
    return `Number.isSafeInteger(${variable})`;
  if (!Number.isFinite(check.value) || typeof check.inclusive !== "boolean")
    throw new Unsupported();
  const bound = JSON.stringify(check.value);
  if (check.check === "greater_than") return `${variable} ${check.inclusive ? ">=" : ">"} ${bound}`;
  if (check.check === "less_than") return `${variable} ${check.inclusive ? "<=" : "<"} ${bound}`;
  throw new Unsupported();
}
