// Regenerates fixtures/**/NAME.expected.json from the built library. Review every changed line
// against its note before committing: the expected files are the tests' ground truth.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";

const require = createRequire(import.meta.url);
const { parseMinutes } = require("../dist/index.js");
const root = new URL("../fixtures/", import.meta.url).pathname;

function notesUnder(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    // NAME.expected.md is an expected output (fixtures/track/), not a note. fixtures/check/ notes state their expected check messages inside them (test/check/rules.test.ts).
    if (path === join(root, "check")) return [];
    if (statSync(path).isDirectory()) return notesUnder(path);
    return name.endsWith(".md") && name !== "README.md" && !name.endsWith(".expected.md")
      ? [path]
      : [];
  });
}

let changed = 0;
for (const note of notesUnder(root).sort()) {
  const optionsFile = note.replace(/\.md$/, ".options.json");
  const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
  const minutes = parseMinutes(readFileSync(note, "utf8"), {
    ...options,
    fileName: basename(note),
  });
  const target = note.replace(/\.md$/, ".expected.json");
  const json = `${JSON.stringify(minutes, null, 2)}\n`;
  if (existsSync(target) && readFileSync(target, "utf8") === json) continue;
  writeFileSync(target, json);
  changed++;
  console.log(`wrote ${target.slice(root.length - "fixtures/".length)}`);
}
console.log(`${changed} expected file(s) changed`);
