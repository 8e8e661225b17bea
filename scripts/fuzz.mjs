#!/usr/bin/env node
// Runs the property tests with many more cases than `npm test` does:
//   npm run fuzz                      20,000 cases per property
//   FUZZ_RUNS=100000 npm run fuzz     as many as you like
//   FUZZ_SEED=-1143920711 npm run fuzz   replays one run
import { spawnSync } from "node:child_process";

const runs = process.env.FUZZ_RUNS || "20000";
const result = spawnSync(
  "npx",
  ["vitest", "run", "test/properties", "--testTimeout=0", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, FUZZ_RUNS: runs },
    shell: process.platform === "win32",
  },
);
process.exit(result.status ?? 1);
