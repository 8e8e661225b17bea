import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The pipeline's parts and what each may import. A part is a folder of src/ or a top-level
// module; `util` is the leaf every part may use. Keeping this list short is the point: a new
// arrow here is a design decision, made in review, not an accident of a convenient import.
const LEAVES = ["util", "version"];
const CORE = [
  "util",
  "version",
  "model",
  "parse",
  "resolve",
  "extract",
  "check",
  "track",
  "export",
  "report",
  "parse-minutes",
  "check-minutes",
  "reporters",
];
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  version: [],
  model: [],
  parse: ["model", ...LEAVES],
  resolve: ["model", ...LEAVES],
  extract: ["model", "parse", "resolve", ...LEAVES],
  check: ["model", "track", ...LEAVES],
  track: ["model", ...LEAVES],
  export: ["model", ...LEAVES],
  report: LEAVES,
  // The pipeline's entry points assemble the parts.
  "parse-minutes": ["model", "parse", "extract", "resolve", ...LEAVES],
  "check-minutes": ["model", "check", "parse-minutes", "resolve", ...LEAVES],
  reporters: ["check", "report"],
  plugin: CORE,
  index: [...CORE, "plugin"],
  cli: [...CORE, "plugin", "index"],
};

interface ImportEdge {
  from: string;
  to: string;
}

/** The part a file under src/ belongs to: its top folder, or its own name at the top. */
function partOf(file: string): string {
  const [first, ...rest] = file.split("/");
  return rest.length > 0 ? first! : first!.replace(/\.ts$/, "");
}

/** The imports that cross the layering, as "from -> to" lines a reviewer can read. */
function crossings(edges: readonly ImportEdge[]): string[] {
  const found: string[] = [];
  for (const { from, to } of edges) {
    const source = partOf(from);
    const allowed = ALLOWED[source];
    if (to.startsWith("node:") || builtinModules.includes(to)) {
      if (source !== "cli") found.push(`${from} -> ${to} (only src/cli may use node's modules)`);
      continue;
    }
    if (!to.endsWith(".ts")) continue;
    const target = partOf(to);
    if (target === source) continue;
    if (!allowed) found.push(`${from} -> ${to} (${source} is not a known part)`);
    else if (!allowed.includes(target))
      found.push(`${from} -> ${to} (${source} may not import ${target})`);
  }
  return found;
}

const root = join(import.meta.dirname, "..");
const src = join(root, "src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Every import and re-export of src/, type-only ones included, as TypeScript itself reads them. */
function importEdges(): ImportEdge[] {
  return sourceFiles(src).flatMap((path) => {
    const from = relative(src, path);
    const { importedFiles } = ts.preProcessFile(readFileSync(path, "utf8"), true, true);
    return importedFiles.map(({ fileName }) => ({
      from,
      to: fileName.startsWith(".")
        ? relative(src, resolve(dirname(path), fileName.replace(/\.js$/, ".ts")))
        : fileName,
    }));
  });
}

describe("the layering of src/", () => {
  it("has no import that crosses it", () => {
    expect(crossings(importEdges())).toEqual([]);
  });

  it("reads real imports: the pipeline's entry points import the parts they assemble", () => {
    const edges = importEdges();
    const fromParseMinutes = edges.filter((edge) => edge.from === "parse-minutes.ts");
    expect(fromParseMinutes.map((edge) => partOf(edge.to))).toEqual(
      expect.arrayContaining(["parse", "extract", "resolve", "model"]),
    );
    expect(edges.some((edge) => edge.from.startsWith("cli/") && edge.to === "node:fs")).toBe(true);
  });

  it("names a planted crossing: the model importing a rule, the core importing node:fs", () => {
    expect(
      crossings([
        { from: "model/config.ts", to: "check/rules/index.ts" },
        { from: "parse/markdown.ts", to: "node:fs" },
        { from: "report/sarif.ts", to: "check/rules/index.ts" },
        { from: "util/strings.ts", to: "model/source.ts" },
        { from: "extract/tasks.ts", to: "resolve/owners.ts" },
        { from: "cli/check.ts", to: "node:fs" },
      ]),
    ).toEqual([
      "model/config.ts -> check/rules/index.ts (model may not import check)",
      "parse/markdown.ts -> node:fs (only src/cli may use node's modules)",
      "report/sarif.ts -> check/rules/index.ts (report may not import check)",
      "util/strings.ts -> model/source.ts (util may not import model)",
    ]);
  });

  it("names a file in a folder it does not know", () => {
    expect(crossings([{ from: "shared/x.ts", to: "model/minutes.ts" }])).toEqual([
      "shared/x.ts -> model/minutes.ts (shared is not a known part)",
    ]);
  });
});
