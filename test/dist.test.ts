import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The built files, as a user's `import` and `require` load them (test/global-setup.ts builds them when missing).
const root = join(import.meta.dirname, "..");
const note = readFileSync(join(root, "fixtures", "escalation", "northwind-escalation.md"), "utf8");
type Api = typeof import("../src/index.js");

function checkParse(api: Api): void {
  const minutes = api.parseMinutes(note, { fileName: "northwind-escalation.md" });
  expect(minutes.kind).toBe("customer-escalation");
  expect(minutes.date).toBe("2026-03-12");
  expect(minutes.attendees).toHaveLength(6);
  expect(minutes.actionItems[0]).toMatchObject({
    owners: [{ attendeeId: "omar-haddad" }],
    due: "2026-03-12T20:00",
  });
}

describe("the built package", () => {
  it("loads as ESM with import() and parses a note", async () => {
    const api = (await import(pathToFileURL(join(root, "dist", "index.mjs")).href)) as Api;
    checkParse(api);
  });

  it("loads as CommonJS with require() and parses a note", () => {
    const api = createRequire(import.meta.url)(join(root, "dist", "index.js")) as Api;
    checkParse(api);
  });

  it("has the plugin as its default export beside the named ones, in both builds", async () => {
    const esm = await import(pathToFileURL(join(root, "dist", "index.mjs")).href);
    const cjs = createRequire(import.meta.url)(join(root, "dist", "index.js"));
    for (const api of [esm, cjs]) {
      expect(typeof api.default).toBe("function");
      expect(api.default).toBe(api.remarkMinutes);
    }
  });

  it("ships type definitions for both", () => {
    expect(existsSync(join(root, "dist", "index.d.ts"))).toBe(true);
    expect(existsSync(join(root, "dist", "index.d.mts"))).toBe(true);
  });

  it("the shipped type definitions import only runtime dependencies, ESM-only ones type-only from CommonJS", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const runtime = new Set(Object.keys(pkg.dependencies));
    for (const name of ["index.d.ts", "index.d.mts", "index.augment.d.mts"]) {
      const text = readFileSync(join(root, "dist", name), "utf8");
      const specifiers = [
        ...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom ['"]([^'"]+)['"]/gm),
        ...text.matchAll(/\bimport\(['"]([^'"]+)['"]\)/g),
      ].map((match) => match[1]!);
      for (const specifier of specifiers.filter((entry) => !entry.startsWith("."))) {
        const bare = specifier.startsWith("@")
          ? specifier.split("/").slice(0, 2).join("/")
          : specifier.split("/")[0]!;
        expect(runtime.has(bare), `${name} imports "${specifier}"`).toBe(true);
      }
    }
    // The CommonJS types (read by `require`) may not import an ES module (TS1479 under node16).
    const cjs = readFileSync(join(root, "dist", "index.d.ts"), "utf8");
    for (const esmOnly of ["vfile-message", "unified"])
      expect(cjs).toContain(`from '${esmOnly}' with { 'resolution-mode': 'import' };`);
    expect(cjs).not.toMatch(/^declare module "vfile"/m);
    expect(cjs.startsWith('/// <reference path="./index.augment.d.mts" />\n')).toBe(true);
  });

  it("the CommonJS build keeps its dependencies external", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const cjs = readFileSync(join(root, "dist", "index.js"), "utf8");
    // Our own code only (about 600 KB, unminified): it was 1.9 MB with every dependency bundled in.
    expect(cjs.length).toBeLessThan(1_000_000);
    const required = new Set(
      [...cjs.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!),
    );
    for (const name of required) expect(Object.keys(pkg.dependencies)).toContain(name);
    for (const name of [
      "chrono-node",
      "ical.js",
      "remark-parse",
      "unified",
      "vfile-message",
      "zod",
    ])
      expect(required.has(name), name).toBe(true);
  });

  it("messages from the CommonJS build are the consumer's VFileMessage, required or imported", async () => {
    const load = createRequire(import.meta.url);
    const api = load(join(root, "dist", "index.js")) as Api;
    const [message] = api.checkMinutes("# Sync\n", { fileName: "sync.md" }).messages;
    expect(message).toBeInstanceOf(load("vfile-message").VFileMessage);
    const imported = (await import(
      pathToFileURL(load.resolve("vfile-message")).href
    )) as typeof import("vfile-message");
    expect(message).toBeInstanceOf(imported.VFileMessage);
  });

  it("a bundler takes from the ES module build only what an import needs", async () => {
    const only = async (contents: string) =>
      (
        await build({
          stdin: { contents, resolveDir: root, loader: "js" },
          bundle: true,
          write: false,
          format: "esm",
          platform: "neutral",
          mainFields: ["module", "main"],
          logLevel: "silent",
        })
      ).outputFiles[0]!.contents.length;
    const entry = JSON.stringify(join(root, "dist", "index.mjs"));
    // formatGithub needs two small modules of ours and no dependency.
    expect(await only(`import { formatGithub } from ${entry}; formatGithub([]);`)).toBeLessThan(
      10_000,
    );
    expect(await only(`import { parseMinutes } from ${entry}; parseMinutes("");`)).toBeGreaterThan(
      200_000,
    );
  });

  it("points package.json at files that exist", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const target of [
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.bin["md-minutes"],
      pkg.exports["./minutes.schema.json"],
      pkg.exports["./config.schema.json"],
      pkg.exports["./tracking.schema.json"],
    ]) {
      expect(existsSync(join(root, target)), target).toBe(true);
    }
  });
});
