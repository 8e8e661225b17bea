import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version, homepage } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8"));

export default defineConfig({
  // As tsup defines them in the build (src/version.ts), so tests of the sources see the real values.
  define: {
    __VERSION__: JSON.stringify(version),
    __HOMEPAGE__: JSON.stringify(homepage.replace(/#.*$/, "")),
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Tests run the built CLI and bundles; a fixed zone keeps "now" and floating times comparable.
    env: { TZ: "UTC" },
    testTimeout: 30_000,
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
