// Run in a fresh process: the peak RSS that reading one large note adds to a warmed-up process.
import { readFileSync } from "node:fs";

const [libraryUrl, warmPath, notePath, mode] = process.argv.slice(2);
const { parseMinutes } = await import(libraryUrl);
const warm = readFileSync(warmPath, "utf8");
const note = readFileSync(notePath, "utf8");
// The baseline is a process that has loaded md-minutes and read ordinary notes: what a CLI run,
// an editor or a server holds before it meets the large one.
// "cold" measures from a process that has only loaded the library, for comparison.
if (mode !== "cold") for (let i = 0; i < 5; i++) parseMinutes(warm);
const baseline = process.resourceUsage().maxRSS;
const minutes = parseMinutes(note);
const peak = process.resourceUsage().maxRSS;
process.stdout.write(
  JSON.stringify({ baselineKb: baseline, peakKb: peak, tasks: minutes.actionItems.length }),
);
