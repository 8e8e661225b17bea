import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { closestName } from "../check/closest-name.js";
import { RULES } from "../check/rules/index.js";
import { type Config, configSchema } from "../model/config.js";
import { mostSpecificIssue } from "../model/issues.js";
import { UsageError } from "./errors.js";
import { describeFileError } from "./io.js";
import { parseJsonText } from "./json-text.js";

export const CONFIG_FILE_NAME = ".md-minutesrc.json";

/** The config file that applies to a folder: the nearest `.md-minutesrc.json` at or above it. */
export function findConfigFile(startDirectory: string): string | null {
  let directory = resolve(startDirectory);
  for (;;) {
    const candidate = join(directory, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}

/** Reads and validates a config file; any problem is a usage error that names the key. */
export function loadConfig(path: string): Config {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (cause) {
    throw new UsageError(`${path}: cannot read config: ${describeFileError(cause)}`);
  }
  // Editors on Windows may start a file with a BOM, which JSON.parse refuses.
  const parsed = parseJsonText(raw.replace(/^\uFEFF/, ""));
  if (!parsed.ok) throw new UsageError(`${path}: config is not valid JSON: ${parsed.reason}`);
  return validateConfig(parsed.value, path);
}

export function validateConfig(value: unknown, path: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = mostSpecificIssue(result.error.issues[0]!);
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length ? ` in "${issue.path.join(".")}"` : "";
    const known = knownKeys(issue.path);
    const suggestion = issue.keys.length === 1 ? closestName(issue.keys[0]!, known) : null;
    throw new UsageError(
      `${path}: unknown config key ${issue.keys.map((key) => `"${key}"`).join(", ")}${where}${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
    );
  }
  throw new UsageError(
    `${path}: config key "${issue.path.join(".") || "(root)"}": ${issue.message}`,
  );
}

/** The keys allowed where an unknown one was found: the config's own, or the rule ids under `rules`. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path.length === 1 && path[0] === "rules") return RULES.map((rule) => rule.id);
  return [];
}

/** The config for a note: `--config FILE` when given, else the nearest one above the note. */
export function configFor(
  notePath: string,
  explicit: string | null,
  cache: Map<string, Config | null>,
  cwd: string = process.cwd(),
): Config | null {
  if (explicit) {
    if (!cache.has(explicit)) cache.set(explicit, loadConfig(explicit));
    return cache.get(explicit)!;
  }
  const directory = notePath === "-" ? cwd : dirname(resolve(cwd, notePath));
  const file = findConfigFile(directory);
  if (!file) return null;
  if (!cache.has(file)) cache.set(file, loadConfig(file));
  return cache.get(file)!;
}
