import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

const { version, homepage } = JSON.parse(
  readFileSync(new URL("package.json", import.meta.url), "utf8"),
);

export default defineConfig({
  // As tsup defines them in the build (src/version.ts), so tests of the sources see the real values.
  define: {
    __VERSION__: JSON.stringify(version),
    __HOMEPAGE__: JSON.stringify(homepage.replace(/#.*$/, "")),
  },
  test: {
    globalSetup: ["test/global-setup.ts"],
    // Tests run the built CLI and bundles; a fixed zone keeps "now" and floating times comparable.
    env: { TZ: "UTC" },
    // Every core: the test processes do the work, vitest's own process mostly waits.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.isolated.test.ts"],
          // Test files share one module graph per worker: loading the library, chrono and
          // compromise once per worker rather than once per file halves the suite's time. A test
          // that must replace a module (vi.mock) is named *.isolated.test.ts and gets its own.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "isolated", include: ["test/**/*.isolated.test.ts"] },
      },
    ],
  },
});
