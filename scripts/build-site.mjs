#!/usr/bin/env node
// Builds the playground, site/dist/index.html, one self-contained file: the page's
// script and style inline. A classic script, not a module, since browsers refuse module scripts
// from file://; inline, so that the page can start its worker from a Blob URL of its own text
// (browsers refuse workers from file:// too). Nothing is fetched when the page runs.
//   npm run site            then open site/dist/index.html
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "site");
const { version, homepage } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/**
 * zod bundles its messages in every language it has (a sixth of the page's script) because its
 * `locales` namespace is exported whole; md-minutes and the page use the English default only.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";\n',
      loader: "js",
    }));
  },
};

const started = performance.now();
const result = await build({
  entryPoints: [join(site, "src", "main.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  write: false,
  legalComments: "none",
  // The same script runs as the page's worker, where there is no `document`: the "worker"
  // condition picks packages' builds that do without it (decode-named-character-reference's
  // "browser" build decodes entities with a DOM element, created when the module loads).
  conditions: ["worker"],
  loader: { ".md": "text" },
  define: {
    // As tsup defines them for the library (src/version.ts).
    __VERSION__: JSON.stringify(version),
    __HOMEPAGE__: JSON.stringify(homepage.replace(/#.*$/, "")),
    // Only the Node default of `partOfSpeech` reads it; the page passes compromise itself.
    "import.meta.url": '""',
  },
  plugins: [zodEnglishOnly],
  logLevel: "warning",
});
let script = result.outputFiles[0].text;
// Inline, "</script" would end the element early; esbuild escapes it in strings, this makes sure.
script = script.replace(/<\/(script)/gi, "<\\/$1");
const style = readFileSync(join(site, "src", "style.css"), "utf8");
const html = readFileSync(join(site, "src", "index.html"), "utf8")
  .replace("/*VERSION*/", version)
  .replace("/*STYLE*/", () => style)
  .replace("/*SCRIPT*/", () => script);
const out = join(site, "dist", "index.html");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(
  `site: wrote ${relative(root, out)} (${(html.length / 1024).toFixed(0)} KB, script ${(script.length / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms`,
);
