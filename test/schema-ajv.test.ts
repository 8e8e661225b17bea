import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./cli/run-main.js";

// The shipped schemas are what editors and other languages validate against; a real JSON Schema
// validator (Ajv, draft 2020-12, strict mode) checks that they are sound and that every JSON the
// CLI writes fits them. `.ci/run` runs this file with the rest of `npm test`.
const root = join(import.meta.dirname, "..");
const shipped = (name: string) =>
  JSON.parse(readFileSync(join(root, "dist", `${name}.schema.json`), "utf8"));

/** Ajv in strict mode, with whatever it would log kept for the test to see. */
function strictAjv() {
  const logged: string[] = [];
  const log = (...parts: unknown[]) => logged.push(parts.map(String).join(" "));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    logger: { log, warn: log, error: log },
  });
  return { ajv, logged };
}

function validatorFor(name: "minutes" | "config" | "tracking"): ValidateFunction {
  return strictAjv().ajv.compile(shipped(name));
}

function problems(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
}

function notes(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe("the shipped JSON Schemas under Ajv 2020 strict mode", () => {
  it("minutes.schema.json and config.schema.json compile with no strict-mode warning", () => {
    for (const name of ["minutes", "config", "tracking"]) {
      const { ajv, logged } = strictAjv();
      expect(() => ajv.compile(shipped(name))).not.toThrow();
      expect(logged).toEqual([]);
    }
  });

  it("multi-file extract output fits minutes.schema.json, file field included", async () => {
    const validate = validatorFor("minutes");
    const files = [
      join(root, "fixtures/escalation/northwind-escalation.md"),
      join(root, "fixtures/meeting/undated-retro.md"),
    ];
    const { code, stdout } = await runMain(["extract", ...files]);
    expect(code).toBe(0);
    const models = JSON.parse(stdout) as Array<{ file: string }>;
    expect(models.map((model) => model.file)).toEqual(files);
    for (const model of models) expect(problems(validate, model)).toEqual([]);
    expect(problems(validate, { ...models[0], file: 7 })).toEqual(["/file must be string"]);
  });

  it("every JSON extract writes fits minutes.schema.json: each fixture, stdin and --out-dir", async () => {
    const validate = validatorFor("minutes");
    const fixtures = notes(join(root, "fixtures"));
    expect(fixtures.length).toBeGreaterThan(10);
    const all = await runMain(["extract", ...fixtures]);
    expect(all.code).toBe(0);
    const models = JSON.parse(all.stdout) as unknown[];
    expect(models).toHaveLength(fixtures.length);
    for (const [index, model] of models.entries())
      expect([relative(root, fixtures[index]!), problems(validate, model)]).toEqual([
        relative(root, fixtures[index]!),
        [],
      ]);

    const single = await runMain(["extract", fixtures[0]!]);
    expect(problems(validate, JSON.parse(single.stdout))).toEqual([]);
    const stdin = await runMain(["extract", "-"], { stdin: "# Sync\n\n- [ ] Lisa: ship it\n" });
    expect(problems(validate, JSON.parse(stdin.stdout))).toEqual([]);

    const out = join(workspace({}), "models");
    // Names must differ: the rule fixtures are all ok.md and not-ok.md (or notes in ok/ and
    // not-ok/ folders, for series rules), which --out-dir refuses.
    const distinct = fixtures
      .filter((file) => !/[\\/](not-)?ok(?:\.md$|[\\/])/.test(file))
      .slice(0, 3);
    const outDirRun = await runMain(["extract", ...distinct, "--out-dir", out]);
    expect(outDirRun).toEqual({ code: 0, stdout: "", stderr: "" });
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(3);
    for (const name of written)
      expect(problems(validate, JSON.parse(readFileSync(join(out, name), "utf8")))).toEqual([]);
  });

  it("tracking.schema.json fits what track --format json prints", async () => {
    const validate = validatorFor("tracking");
    const { code, stdout } = await runMain(
      ["track", "2026-*.md", "--format", "json", "--now", "2026-04-16"],
      { cwd: join(root, "fixtures", "track") },
    );
    expect(code).toBe(0);
    expect(problems(validate, JSON.parse(stdout))).toEqual([]);
    expect(
      problems(validate, { schemaVersion: 1, now: null, series: [{}], diagnostics: [] }),
    ).not.toEqual([]);
  });

  it("config.schema.json accepts the configs the README shows and refuses a typo", () => {
    const validate = validatorFor("config");
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const configs = [...readme.matchAll(/```json\n(\{\n {2}"\$schema"[\s\S]*?\n\})\n```/g)].map(
      (match) => JSON.parse(match[1]!),
    );
    expect(configs.length).toBeGreaterThanOrEqual(2);
    for (const config of configs) expect(problems(validate, config)).toEqual([]);
    expect(problems(validate, { rules: { "action-owner": 2, "owner-is-attendee": [1] } })).toEqual(
      [],
    );
    expect(problems(validate, { timezon: "Europe/Berlin" })).toEqual([
      "/ must NOT have additional properties",
    ]);
  });
});
