// What the part-of-speech check (compromise) is worth: scores each split of eval/corpus with it
// and with the word lists alone. Usage: npm run build && node scripts/ablation.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
const { parseMinutes } = await import(pathToFileURL(join(ROOT, "dist/index.mjs")).href);
const corpus = join(ROOT, "eval/corpus");
const splits = readFileSync(join(corpus, "splits.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"));

const work = mkdtempSync(join(tmpdir(), "md-minutes-ablation-"));
try {
  for (const split of ["dev", "test"]) {
    const names = splits.filter(([, part]) => part === split).map(([name]) => name);
    const gold = join(work, split, "gold");
    mkdirSync(gold, { recursive: true });
    for (const name of names)
      writeFileSync(join(gold, `${name}.json`), readFileSync(join(corpus, "gold", `${name}.json`)));
    for (const [label, partOfSpeech] of [
      ["with compromise", undefined],
      ["word lists only", null],
    ]) {
      const out = join(work, split, label.replace(/\s+/g, "-"));
      mkdirSync(out, { recursive: true });
      for (const name of names) {
        const file = join(corpus, "raw", `${name}.md`);
        const minutes = parseMinutes(readFileSync(file, "utf8"), {
          fileName: basename(file),
          ...(partOfSpeech === null ? { partOfSpeech: null } : {}),
        });
        writeFileSync(join(out, `${name}.json`), JSON.stringify(minutes));
      }
      const summary = JSON.parse(
        execFileSync("python3", [join(ROOT, "eval/score.py"), out, gold, "--json"], {
          encoding: "utf8",
        }),
      );
      console.log(`${split}\t${label}\t${JSON.stringify(summary)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
