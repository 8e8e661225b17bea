#!/usr/bin/env node
// The package as a consumer gets it. Packs the build, installs the tarball
// into a new project and type-checks an ES module (.mts) and a CommonJS file (.cts) that use it,
// with skipLibCheck false (so our .d.ts files and everything they import are checked), under
// moduleResolution node16 and bundler. Then loads the installed package with require() and
// import(). .ci/run runs it after the build; it is not part of `npm test` (it installs packages).
//   npm run build && npm run test:consumer
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

if (!existsSync(join(root, "dist", "index.d.ts"))) {
  console.error("consumer-types: no dist/ yet; run npm run build first");
  process.exit(2);
}

const project = mkdtempSync(join(tmpdir(), "md-minutes-consumer-"));
const uses = `
type IsAny<T> = 0 extends 1 & T ? true : false;
// toSarif() is typed SARIF, not any (it was any when the sarif types could not be found).
const sarifIsTyped: IsAny<ReturnType<typeof md.toSarif>> = false;
const minutes: md.Minutes = md.parseMinutes("# Sync\\n\\n**Date:** 2025-09-27\\n");
const { messages } = md.checkMinutes("# Sync\\n", { fileName: "sync.md" });
const reason: string = messages[0]?.reason ?? "";
const driver: string = md.toSarif([{ path: "sync.md", messages }]).runs[0]!.tool.driver.name;
const ics: string = md.toICalendar(minutes, { notePath: "sync.md" });
const github: string = md.formatGithub([]);
const built: md.CalendarExport = md.buildCalendarExport(minutes);
// The default export is the plugin, for remark-cli's \`--use md-minutes\` and .remarkrc files.
const plugin: typeof md.remarkMinutes = md.default;
// The remark plugin's model on file.data, from the vfile augmentation.
export function modelOf(file: VFile): md.Minutes | undefined {
  return file.data.minutes;
}
export const used = [sarifIsTyped, reason, driver, ics, github, built, plugin] as const;
`;
const files = {
  "package.json": JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }),
  "esm.mts": `import * as md from "md-minutes";\nimport type { VFile } from "vfile";\n${uses}`,
  "cjs.cts": `import md = require("md-minutes");\nimport type { VFile } from "vfile" with { "resolution-mode": "import" };\n${uses}`,
};
const options = { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", types: [] };
const configs = {
  node16: { ...options, module: "node16", moduleResolution: "node16" },
  bundler: { ...options, module: "preserve", moduleResolution: "bundler" },
};
for (const [name, compilerOptions] of Object.entries(configs))
  files[`tsconfig.${name}.json`] = JSON.stringify({
    compilerOptions,
    files: ["esm.mts", "cjs.cts"],
  });

let failed = false;
try {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  const packed = run(
    "npm",
    ["pack", "--ignore-scripts", "--silent", "--pack-destination", project],
    root,
  );
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  const tarball = join(project, packed.output.split("\n").pop());
  const installed = run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--no-package-lock",
      "--prefer-offline",
      tarball,
    ],
    project,
  );
  if (installed.status !== 0)
    throw new Error(`npm install of the tarball failed:\n${installed.output}`);
  for (const name of Object.keys(configs)) {
    const checked = run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], project);
    console.log(
      `consumer types: tsc, skipLibCheck false, moduleResolution ${name}, ESM and CJS: ${checked.status === 0 ? "ok" : "FAILED"}`,
    );
    if (checked.status !== 0) {
      console.log(checked.output);
      failed = true;
    }
  }
  const loads = {
    "require()": [
      "-e",
      "const md = require('md-minutes'); if (typeof md.parseMinutes !== 'function' || md.default !== md.remarkMinutes) process.exit(1)",
    ],
    "import()": [
      "--input-type=module",
      "-e",
      "const md = await import('md-minutes'); if (typeof md.parseMinutes !== 'function' || md.default !== md.remarkMinutes) process.exit(1)",
    ],
  };
  for (const [how, args] of Object.entries(loads)) {
    const loaded = run(process.execPath, args, project);
    console.log(
      `consumer types: the installed package loads with ${how}: ${loaded.status === 0 ? "ok" : "FAILED"}`,
    );
    if (loaded.status !== 0) {
      console.log(loaded.output);
      failed = true;
    }
  }
} catch (error) {
  console.error(`consumer-types: ${error.message}`);
  failed = true;
} finally {
  rmSync(project, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
