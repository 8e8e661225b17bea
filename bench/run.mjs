// npm run bench: every speed target of md-minutes, measured side by side with its anchor.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runAdversarial } from "./adversarial.mjs";
import { compareCli, OUR_BIN } from "./cli.mjs";
import { alternate, median } from "./clock.mjs";
import { generateNote } from "./generate-notes.mjs";
import { compareOnNote } from "./per-note.mjs";
import { compareRepository } from "./repository.mjs";
import { compareScaling } from "./scaling.mjs";
import { compareTracking } from "./tracking.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const LIBRARY = join(ROOT, "dist", "index.mjs");
// The escalation example note: the repository's own, or another named by $MD_MINUTES_SEED.
const SEED_CANDIDATES = [
  process.env.MD_MINUTES_SEED,
  join(ROOT, "fixtures/escalation/northwind-escalation.md"),
];
const seedPath = SEED_CANDIDATES.find((path) => path && existsSync(path));

if (!existsSync(LIBRARY))
  throw new Error("dist/ is missing: run `npm run build` first (npm run bench does)");
const { parseMinutes, trackMinutes } = await import(pathToFileURL(LIBRARY).href);

const cpu = cpus()[0]?.model ?? "unknown cpu";
console.log(`md-minutes benchmarks — ${new Date().toISOString()}`);
console.log(
  `machine: ${cpu}, ${availableParallelism()} cores; load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" ")}`,
);
console.log(`node ${process.version}; escalation example note: ${seedPath}`);
console.log(
  "in-process figures are CPU time (p50 of tinybench samples); CLI figures are wall time (median of alternating runs)\n",
);

const rows = [];
const fmtMs = (value) =>
  value === undefined ? "n/a" : `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const row = (figure, value, anchor, anchorValue, ratio, target, met) =>
  rows.push({ figure, value, anchor, anchorValue, ratio, target, met });
const progress = (text) => process.stderr.write(`… ${text}\n`);

progress("per note");
const seed = readFileSync(seedPath, "utf8");
const perNote = compareOnNote(parseMinutes, seed);
row(
  "parseMinutes, escalation example note",
  fmtMs(perNote.ours),
  "unified+remark-parse+remark-gfm parse",
  fmtMs(perNote.anchor),
  perNote.ratio,
  "<= 1.5",
  perNote.ratio <= 1.5,
);

progress("scaling (10 KB and 1 MB notes)");
const small = generateNote(10 * 1024);
const large = generateNote(1024 * 1024);
const scaling = compareScaling(parseMinutes, small, large);
row(
  `parseMinutes per KB, ${Math.round(scaling.largeKb)} KB note`,
  `${scaling.largePerKb.toFixed(3)} ms/KB`,
  `same, ${Math.round(scaling.smallKb)} KB note`,
  `${scaling.smallPerKb.toFixed(3)} ms/KB`,
  scaling.ratio,
  "<= 1.5",
  scaling.ratio <= 1.5,
);

progress("tracking across meetings (1,000 and 2,000 notes)");
const tracking = compareTracking(parseMinutes, trackMinutes);
// Each row: what was timed, what it is compared with, and the ratio it must stay within.
for (const [name, ms, anchorName, anchorMs, limit] of [
  [
    "trackMinutes, parsing included, 1,000 notes in 50 series",
    tracking.thousand.track,
    "parseMinutes alone, the same notes",
    tracking.thousand.parse,
    1.5,
  ],
  [
    "trackMinutes, parsing included, 2,000 notes in 100 series",
    tracking.twoThousand.track,
    "same, 1,000 notes in 50 series",
    tracking.thousand.track,
    2.2,
  ],
  [
    "trackMinutes, parsing included, 2,000 notes in 50 series (series twice as long)",
    tracking.longer.track,
    "same, 1,000 notes in 50 series",
    tracking.thousand.track,
    2.2,
  ],
]) {
  const ratio = ms / anchorMs;
  row(name, fmtMs(ms), anchorName, fmtMs(anchorMs), ratio, `<= ${limit}`, ratio <= limit);
}

progress("memory (fresh processes)");
const folder = mkdtempSync(join(tmpdir(), "md-minutes-memory-"));
try {
  writeFileSync(join(folder, "small.md"), small);
  writeFileSync(join(folder, "large.md"), large);
  // V8 decides on its own, run by run, whether to allocate some short-lived objects straight in
  // the old space (allocation-site pretenuring); in some cold runs it does, and the peak is about
  // twice as high. Nine runs, so that the median and the count of such runs both show.
  const measure = (mode, library = LIBRARY) => {
    const runs = Array.from({ length: 9 }, () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            join(ROOT, "bench/memory-child.mjs"),
            pathToFileURL(library).href,
            join(folder, "small.md"),
            join(folder, "large.md"),
            mode,
          ],
          { encoding: "utf8" },
        ),
      ),
    );
    const added = runs.map((run) => (run.peakKb - run.baselineKb) / 1024);
    return {
      added: median(added),
      over: added.filter((mb) => mb > 64).length,
      runs: added.length,
      baseline: median(runs.map((run) => run.baselineKb / 1024)),
    };
  };
  // The target is the cold process, as a CLI run is: loaded, nothing read before the large note.
  const cold = measure("cold");
  row(
    `peak RSS added by the 1 MB note, cold process (median of ${cold.runs}; ${cold.over} over 64 MB)`,
    `${cold.added.toFixed(1)} MB`,
    "process baseline (loaded, nothing read)",
    `${cold.baseline.toFixed(0)} MB`,
    undefined,
    "<= 64 MB",
    cold.added <= 64,
  );
  // The same library required as CommonJS (one file of our code, as the CLI's bundle is): on this
  // machine its cold runs have not shown the high mode that the ES modules' do.
  const required = measure("cold", join(ROOT, "dist", "index.js"));
  row(
    `same, the library required as CommonJS (median of ${required.runs}; ${required.over} over 64 MB)`,
    `${required.added.toFixed(1)} MB`,
    "process baseline (loaded, nothing read)",
    `${required.baseline.toFixed(0)} MB`,
    undefined,
    "—",
    undefined,
  );
  const warm = measure("warm");
  row(
    "same, from a process that had read 5 small notes first (for comparison)",
    `${warm.added.toFixed(1)} MB`,
    "process baseline (loaded, 5 notes read)",
    `${warm.baseline.toFixed(0)} MB`,
    undefined,
    "—",
    undefined,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

progress("command line (this takes the longest)");
const cli = compareCli(seedPath);
const cliRow = (figure, ours, anchor, anchorValue) =>
  row(
    figure,
    fmtMs(ours),
    anchor,
    fmtMs(anchorValue),
    ours === undefined ? undefined : ours / anchorValue,
    "<= 1.0",
    ours === undefined ? undefined : ours <= anchorValue,
  );
cliRow("start-up: md-minutes --version", cli.versionTime, "markdownlint-cli2 --help", cli.helpTime);
cliRow(
  "cold start, one note: md-minutes extract",
  cli.extractOne,
  "markdownlint-cli2, one note",
  cli.markdownlintOne,
);
cliRow(
  "cold start, one note: md-minutes check",
  cli.checkOne,
  "markdownlint-cli2, one note",
  cli.markdownlintOne,
);
cliRow(
  "the same, first run on a fresh machine (no code cache)",
  cli.checkOneUncached,
  "markdownlint-cli2, one note",
  cli.markdownlintOne,
);
cliRow(
  `${cli.copies} notes: md-minutes check`,
  cli.checkMany,
  `markdownlint-cli2, ${cli.copies} notes`,
  cli.markdownlintMany,
);

progress("a repository of notes: check cold and with --cache (the longest part)");
const repository = compareRepository();
const { corpus } = repository;
const repositoryRow = (figure, ours, target) =>
  row(
    figure,
    fmtMs(ours),
    `markdownlint-cli2, ${corpus.names.length} notes, cold`,
    fmtMs(repository.markdownlintMany),
    ours / repository.markdownlintMany,
    `<= ${target}`,
    ours / repository.markdownlintMany <= target,
  );
repositoryRow(`${corpus.names.length} notes: md-minutes check, cold`, repository.checkCold, 0.75);
repositoryRow(
  `${corpus.names.length} notes: check --cache, nothing changed`,
  repository.unchanged,
  0.1,
);
repositoryRow(
  `${corpus.names.length} notes: check --cache, ${repository.changedCount} changed (1%)`,
  repository.changed,
  0.15,
);
console.log(
  `repository notes: ${corpus.names.length} files from ${corpus.distinct} distinct notes, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${(corpus.averageBytes / 1024).toFixed(1)} KB on average\n`,
);

progress("the part-of-speech check (compromise), loaded once by a note that needs it");
const posFolder = mkdtempSync(join(tmpdir(), "md-minutes-pos-"));
try {
  const plain = `${seed}\n`;
  const prose = `${seed}\n\n## Discussion\n\nSarah will shepherd the renewal.\n`;
  writeFileSync(join(posFolder, "plain.md"), plain);
  writeFileSync(join(posFolder, "prose.md"), prose);
  const [withoutLoad, withLoad] = alternate(
    [
      { command: OUR_BIN, args: ["check", "plain.md"], options: { cwd: posFolder } },
      { command: OUR_BIN, args: ["check", "prose.md"], options: { cwd: posFolder } },
    ],
    9,
  );
  row(
    "one-off compromise load: check of a note with a prose candidate",
    fmtMs(withLoad),
    "the same note without it (compromise not loaded)",
    fmtMs(withoutLoad),
    withLoad / withoutLoad,
    "reported",
    undefined,
  );
} finally {
  rmSync(posFolder, { recursive: true, force: true });
}

const header = ["figure", "md-minutes", "anchor", "anchor value", "ratio", "target", "met"];
const lines = rows.map((entry) => [
  entry.figure,
  entry.value,
  entry.anchor,
  entry.anchorValue,
  entry.ratio === undefined ? "—" : entry.ratio.toFixed(2),
  entry.target,
  entry.met === undefined ? "—" : entry.met ? "yes" : "NO",
]);
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const line of lines) console.log(`| ${line.join(" | ")} |`);

// Hostile inputs (the Reliability section): each must finish within 10 s or be refused with a diagnostic.
progress("hostile inputs");
const hostile = await runAdversarial(parseMinutes);
console.log("\n| hostile input | ms | outcome | within 10 s |\n| --- | ---: | --- | --- |");
for (const entry of hostile)
  console.log(
    `| ${entry.input} | ${entry.ms} | ${entry.outcome} | ${entry.ms <= 10_000 && !entry.outcome.startsWith("threw") ? "yes" : "NO"} |`,
  );
