// The ES module build is one file per source module under dist/esm (tsup, bundle: false), so that
// a consumer's bundler can leave out the modules an import does not need. Its files are `.js`, as
// the sources' import specifiers say, so dist/esm/package.json marks them as ES modules, and
// dist/index.mjs, the entry package.json names, re-exports them.
import { writeFileSync } from "node:fs";

writeFileSync(
  new URL("../dist/esm/package.json", import.meta.url),
  `${JSON.stringify({ type: "module", sideEffects: false }, null, 2)}\n`,
);
// `export *` leaves out a default export, so the plugin's default (for remark-cli) is named again.
writeFileSync(
  new URL("../dist/index.mjs", import.meta.url),
  'export * from "./esm/index.js";\nexport { default } from "./esm/index.js";\n',
);
