import { defineConfig } from "tsup";

// The package version, for `--version` and the SARIF driver (src/version.ts).
const define = { __VERSION__: JSON.stringify(process.env.npm_package_version ?? "0.1.0") };

export default defineConfig([
  {
    // The library: ESM keeps its dependencies external so bundlers can share them.
    entry: { index: "src/index.ts" },
    define,
    format: ["esm"],
    dts: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // CommonJS consumers get the ESM-only dependencies (unified, remark, micromark) bundled in,
    // since require() of those packages is not dependable on every Node 20 release.
    entry: { index: "src/index.ts" },
    define,
    format: ["cjs"],
    dts: true,
    target: "es2022",
    platform: "node",
    noExternal: [/.*/],
  },
  {
    // The CLI is one bundled file: resolving hundreds of small modules is most of a cold start.
    entry: { cli: "src/cli/index.ts" },
    define,
    format: ["cjs"],
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    banner: { js: "#!/usr/bin/env node" },
    // fdir (under tinyglobby) calls createRequire(import.meta.url), which is undefined in CommonJS without the shim.
    shims: true,
  },
]);
