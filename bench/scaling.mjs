// Cost per KB of parseMinutes on a 10 KB note and on a 1 MB note of the same shape.
import { Bench } from "tinybench";
import { cpuNow, median } from "./clock.mjs";

export function compareScaling(parseMinutes, smallNote, largeNote, { rounds = 3 } = {}) {
  const smallKb = Buffer.byteLength(smallNote) / 1024;
  const largeKb = Buffer.byteLength(largeNote) / 1024;
  const small = [];
  const large = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: 500, warmupTime: 100, now: cpuNow });
    bench.add("small", () => parseMinutes(smallNote));
    bench.runSync();
    small.push(bench.getTask("small").result.latency.p50 / smallKb);
    const start = cpuNow();
    parseMinutes(largeNote);
    large.push((cpuNow() - start) / largeKb);
  }
  const smallPerKb = median(small);
  const largePerKb = median(large);
  return { smallKb, largeKb, smallPerKb, largePerKb, ratio: largePerKb / smallPerKb };
}
