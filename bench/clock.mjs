// Timing helpers shared by the benchmarks.
import { spawnSync } from "node:child_process";

/**
 * CPU time of this process (user + system) in milliseconds. The machine runs other work at the
 * same time; CPU time counts what our code costs, not how long it waited for a core.
 */
export function cpuNow() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Wall-clock milliseconds of one run of a command, as a user waits for it. */
export function timeCommand(command, args, options = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
  const elapsed = performance.now() - start;
  if (result.error) throw result.error;
  return { elapsed, status: result.status, stderr: String(result.stderr ?? "") };
}

/**
 * Runs commands in turn, round after round, so that a slow spell of the machine falls on all of
 * them alike, and returns each one's median.
 */
export function alternate(commands, rounds) {
  const times = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // The first of a round pays for cold disk caches as often as the last does.
    const order = round % 2 ? [...commands.keys()].reverse() : [...commands.keys()];
    for (const index of order) {
      const { command, args, options } = commands[index];
      times[index].push(timeCommand(command, args, options).elapsed);
    }
  }
  return times.map(median);
}
