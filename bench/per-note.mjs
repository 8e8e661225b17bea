// parseMinutes on one note against the parse it cannot avoid, in alternating tinybench rounds.

import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { Bench } from "tinybench";
import { unified } from "unified";
import { cpuNow, median } from "./clock.mjs";

/** p50 CPU milliseconds per call of each task, over alternating rounds, and the median ratio. */
export function compareOnNote(parseMinutes, note, { rounds = 7, time = 300 } = {}) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const anchor = () => processor.parse(note);
  const ours = () => parseMinutes(note);
  const anchorTimes = [];
  const ourTimes = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmupTime: 100, now: cpuNow });
    // Which task runs first alternates, so neither always gets the warmer or the quieter slot.
    if (round % 2) bench.add("parseMinutes", ours).add("anchor", anchor);
    else bench.add("anchor", anchor).add("parseMinutes", ours);
    bench.runSync();
    const p50 = (name) => bench.getTask(name).result.latency.p50;
    anchorTimes.push(p50("anchor"));
    ourTimes.push(p50("parseMinutes"));
    ratios.push(p50("parseMinutes") / p50("anchor"));
  }
  return { anchor: median(anchorTimes), ours: median(ourTimes), ratio: median(ratios) };
}
