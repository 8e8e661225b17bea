import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Config, configSchema } from "../model/config.js";
import { mostSpecificIssue } from "../model/issues.js";
import { UsageError } from "./errors.js";

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
    throw new UsageError(`${path}: cannot read config: ${(cause as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    throw new UsageError(`${path}: config is not valid JSON: ${(cause as Error).message}`);
  }
  return validateConfig(value, path);
}

export function validateConfig(value: unknown, path: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = mostSpecificIssue(result.error.issues[0]!);
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length ? ` in "${issue.path.join(".")}"` : "";
    throw new UsageError(
      `${path}: unknown config key ${issue.keys.map((key) => `"${key}"`).join(", ")}${where}`,
    );
  }
  throw new UsageError(
    `${path}: config key "${issue.path.join(".") || "(root)"}": ${issue.message}`,
  );
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
