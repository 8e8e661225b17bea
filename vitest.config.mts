import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Tests run the built CLI and bundles; a fixed zone keeps "now" and floating times comparable.
    env: { TZ: "UTC" },
    testTimeout: 30_000,
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
