/**
 * The command's entry, dist/cli.js: it runs the CLI's bundle (dist/cli-bundle.js) from V8's code
 * cache. Compiling the bundle, and then each function a run calls, is about a sixth of a one-note
 * run; V8 can hand that work back on the next start, as Node 22's `module.enableCompileCache()`
 * does (Node 20, the oldest we support, has no such call). The cache is only ever a speed-up: it
 * is named by the bundle's content, V8 refuses one made by another V8 or under other flags, and
 * whatever goes wrong with it, the bundle is compiled as it would be without one.
 * NODE_DISABLE_COMPILE_CACHE, Node's own switch for its cache, turns ours off too.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { isMainThread } from "node:worker_threads";

// Set before the bundle is compiled: V8 takes a code cache back only under the flags it was made with.
// V8 compiles a regular expression to machine code on its second use. chrono's are large, and
// compiling them costs about 90 ms, more than a run over a few hundred notes saves by it; they
// stay interpreted until used a thousand times. The flag only moves that threshold.
setFlagsFromString("--regexp-tier-up-ticks=1000");
// V8's optimizing compiler inlines callees into a hot function up to 920 bytes of their bytecode
// in all. A run compiles about a thousand functions, ours and our dependencies' (micromark,
// chrono, compromise), many of them large and many twice, as new notes bring new shapes; in a
// pool every thread compiles them all again. On the bench's 2,000 notes, compiling took about a
// quarter of the CPU, on the cores the pool's threads need. With 100 bytes the compiler does much
// less and the code it makes is hardly slower: 13% less CPU in all, on two threads as on one;
// a one-note run is unchanged. Only the CLI sets it: the library leaves its host's V8 alone.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=100");

const BUNDLE = join(__dirname, "cli-bundle.js");

/** Commands whose run calls the parser: a cache made by `--version` would hold little of it. */
const READS_NOTES = new Set(["check", "extract", "track"]);

/**
 * Beside the packages of the project that installed us (<project>/node_modules/.cache/md-minutes/code),
 * where build tools keep their caches; in our own checkout, under its node_modules. A folder of the
 * user's, not the shared temporary one, where another account could leave a cache for us to run.
 */
function cacheFolder(): string {
  const parts = __dirname.split(sep);
  const modules = parts.lastIndexOf("node_modules");
  const root =
    modules >= 0 ? parts.slice(0, modules + 1).join(sep) : join(__dirname, "..", "node_modules");
  return join(root, ".cache", "md-minutes", "code");
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache through a temporary file and drops the caches of other builds beside it. */
function saveCache(file: string, script: Script): void {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, script.createCachedData(), { flag: "wx" });
    renameSync(temporary, file);
    for (const name of readdirSync(folder))
      if (name.endsWith(".v8") && name !== basename(file))
        rmSync(join(folder, name), { force: true });
  } catch {
    // A folder we cannot write only costs the next start its compile.
    try {
      rmSync(temporary, { force: true });
    } catch {}
  }
}

const source = readFileSync(BUNDLE, "utf8");
const cacheFile =
  process.env.NODE_DISABLE_COMPILE_CACHE === undefined
    ? join(
        cacheFolder(),
        `cli-${createHash("sha1").update(source).digest("hex").slice(0, 16)}-${process.versions.v8}-${process.arch}.v8`,
      )
    : null;
const cachedData = cacheFile ? readCache(cacheFile) : undefined;
// The bundle as Node would wrap a CommonJS file, on its first line so that its positions stay its own.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
  { filename: BUNDLE, cachedData },
);
if (
  cacheFile &&
  isMainThread &&
  (cachedData === undefined || script.cachedDataRejected === true) &&
  READS_NOTES.has(process.argv[2] ?? "")
)
  // At exit the cache holds the functions the run compiled too, not just the bundle's top level.
  process.once("exit", () => saveCache(cacheFile, script));
// This module and its require: `require.main === module` holds in the bundle as it would if run directly.
script.runInThisContext()(module.exports, require, module, BUNDLE, __dirname);
