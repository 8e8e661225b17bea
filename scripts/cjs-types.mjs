// Makes dist/index.d.ts (the types `require("md-minutes")` gets) valid for TypeScript's node16
// resolution. That file is CommonJS, and a CommonJS file may not import an ESM-only package
// (vfile, vfile-message, unified: TS1479), although Node 20.19+ require()s them at run time:
//   - its imports of ESM-only packages become type-only imports with resolution-mode "import";
//   - a `declare module "pkg"` augmentation of one moves to dist/index.augment.d.mts, an ES module
//     the file references, since a CommonJS file cannot augment an ES module.
// dist/index.d.mts is an ES module already and stays as tsup wrote it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const require = createRequire(join(root, "package.json"));

/** Whether a package has no CommonJS entry: what `require` resolves to is an ES module. */
function isEsmOnly(name) {
  const entry = require.resolve(name);
  if (entry.endsWith(".cjs")) return false;
  if (entry.endsWith(".mjs")) return true;
  let directory = dirname(entry);
  while (!existsSync(join(directory, "package.json"))) directory = dirname(directory);
  return JSON.parse(readFileSync(join(directory, "package.json"), "utf8")).type === "module";
}

const file = join(dist, "index.d.ts");
let text = readFileSync(file, "utf8");

text = text.replace(/^import \{ ([^}]+) \} from '([^']+)';$/gm, (line, names, name) =>
  isEsmOnly(name)
    ? `import type { ${names} } from '${name}' with { 'resolution-mode': 'import' };`
    : line,
);

// The names the ES module types export, so the moved augmentation can import those it uses.
const exported = new Set(
  /^export \{([^}]+)\};$/m
    .exec(readFileSync(join(dist, "index.d.mts"), "utf8"))[1]
    .split(",")
    .map((entry) => entry.trim().replace(/^type /, "")),
);
const augmentations = [];
text = text.replace(/^declare module "([^"]+)" \{\n[\s\S]*?\n\}\n/gm, (block, name) => {
  if (!isEsmOnly(name)) return block;
  augmentations.push(block);
  return "";
});
if (augmentations.length > 0) {
  const body = augmentations.join("\n");
  const used = [...new Set(body.match(/\b[A-Z]\w*\b/g) ?? [])].filter((word) => exported.has(word));
  writeFileSync(
    join(dist, "index.augment.d.mts"),
    `${used.length > 0 ? `import type { ${used.join(", ")} } from "./index.mjs";\n\n` : "export {};\n\n"}${body}`,
  );
  text = `/// <reference path="./index.augment.d.mts" />\n${text}`;
}
writeFileSync(file, text);
