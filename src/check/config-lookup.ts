import { mostSpecificIssue } from "../model/issues.js";
import { parseJsonText } from "../model/json-text.js";
import { closestName } from "../util/closest-name.js";
import { type Config, configSchema } from "./config.js";
import { RULES } from "./rules/index.js";

/** The config file `check` and the remark plugin both read. */
export const CONFIG_FILE_NAME = ".md-minutesrc.json";

/** The little of Node's fs and path the lookup needs. */
interface FileAccess {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: "utf8"): string;
}
interface PathAccess {
  dirname(path: string): string;
  join(...parts: string[]): string;
  resolve(...parts: string[]): string;
}

/**
 * Node's fs and path when the runtime has them, else null. The core imports no Node module (it
 * runs in browsers and edge runtimes); `process.getBuiltinModule` (Node 20.16+) hands them over
 * at run time where they exist, so only the remark plugin's config lookup ever touches a disk.
 */
function nodeFileSystem(): { fs: FileAccess; path: PathAccess } | null {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  if (typeof runtime?.getBuiltinModule !== "function") return null;
  const fs = runtime.getBuiltinModule("fs") as FileAccess | undefined;
  const path = runtime.getBuiltinModule("path") as PathAccess | undefined;
  return fs && path ? { fs, path } : null;
}

/** The config that applies to a file: the nearest `.md-minutesrc.json` at or above its folder. */
export interface ConfigLookup {
  forFile(filePath: string, cwd: string): { path: string; config: Config } | null;
}

/** A lookup that reads each folder's answer and each config file once; null without a file system. */
export function createConfigLookup(): ConfigLookup | null {
  const node = nodeFileSystem();
  if (!node) return null;
  const { fs, path } = node;
  const byFolder = new Map<string, string | null>();
  const byFile = new Map<string, Config>();
  const nearest = (folder: string): string | null => {
    const known = byFolder.get(folder);
    if (known !== undefined) return known;
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    const parent = path.dirname(folder);
    const found = fs.existsSync(candidate) ? candidate : parent === folder ? null : nearest(parent);
    byFolder.set(folder, found);
    return found;
  };
  return {
    forFile(filePath, cwd) {
      const file = nearest(path.dirname(path.resolve(cwd, filePath)));
      if (!file) return null;
      let config = byFile.get(file);
      if (!config) {
        config = parseConfigFile(fs.readFileSync(file, "utf8"), file);
        byFile.set(file, config);
      }
      return { path: file, config };
    },
  };
}

/** A config file that is not valid JSON or not a valid config; the message names the file and key. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * A config file's text, read and validated as `check` and the remark plugin both read it: a BOM
 * is dropped, broken JSON is named by line and column, an unknown key or rule id gets a "did you
 * mean". Throws a ConfigError whose message starts with the file's path.
 */
export function parseConfigFile(text: string, file: string): Config {
  // Editors on Windows may start a file with a BOM, which JSON.parse refuses.
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) throw new ConfigError(`${file}: config is not valid JSON: ${parsed.reason}`);
  const result = configSchema.safeParse(parsed.value);
  if (result.success) return result.data;
  const issue = mostSpecificIssue(result.error.issues[0]!);
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length ? ` in "${issue.path.join(".")}"` : "";
    const known = knownKeys(issue.path);
    const suggestion = issue.keys.length === 1 ? closestName(issue.keys[0]!, known) : null;
    throw new ConfigError(
      `${file}: unknown config key ${issue.keys.map((key) => `"${key}"`).join(", ")}${where}${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
    );
  }
  throw new ConfigError(
    `${file}: config key "${issue.path.join(".") || "(root)"}": ${issue.message}`,
  );
}

/** The keys allowed where an unknown one was found: the config's own, or the rule ids under `rules`. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path.length === 1 && path[0] === "rules") return RULES.map((rule) => rule.id);
  return [];
}
