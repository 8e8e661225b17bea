import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The package's version and home page, for `--version`, rule docs and the SARIF driver (src/version.ts).
const { version, homepage } = JSON.parse(readFileSync("package.json", "utf8"));
const define = {
  __VERSION__: JSON.stringify(version),
  __HOMEPAGE__: JSON.stringify(homepage.replace(/#.*$/, "")),
};

export default defineConfig([
  {
    // The library as ES modules, one file per source module, its dependencies external: with
    // "sideEffects": false a consumer's bundler takes only the modules an import needs.
    // dist/index.mjs re-exports dist/esm/index.js (scripts/esm-entry.mjs).
    entry: ["src/**/*.ts", "!src/cli/**"],
    outDir: "dist/esm",
    define,
    format: ["esm"],
    bundle: false,
    outExtension: () => ({ js: ".js" }),
    target: "es2022",
    platform: "neutral",
  },
  {
    // The ES module types, one file.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: { only: true, resolve: ["sarif"] },
    target: "es2022",
  },
  {
    // CommonJS keeps its dependencies external too: require() of the ESM-only ones (unified,
    // remark, vfile) works unflagged from Node 20.19, the oldest Node we support (engines), and
    // one shared copy keeps the consumer's bundle small and its VFileMessage the same class as ours.
    entry: { index: "src/index.ts" },
    define,
    format: ["cjs"],
    dts: { resolve: ["sarif"] },
    target: "es2022",
    platform: "node",
    // src/extract/part-of-speech.ts calls createRequire(import.meta.url), which needs the shim in CommonJS.
    shims: true,
  },
  {
    // The CLI is one bundled file: resolving hundreds of small modules is most of a cold start.
    entry: { "cli-bundle": "src/cli/index.ts" },
    define,
    format: ["cjs"],
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    // fdir (under tinyglobby) calls createRequire(import.meta.url), which is undefined in CommonJS without the shim.
    shims: true,
  },
  {
    // The command's entry: it runs the bundle from V8's code cache (src/cli/launch.ts).
    entry: { cli: "src/cli/launch.ts" },
    format: ["cjs"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
