import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Config } from "../check/config.js";
import { CONFIG_FILE_NAME, ConfigError, parseConfigFile } from "../check/config-lookup.js";
import { UsageError } from "./errors.js";
import { describeFileError } from "./io.js";

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
  // The same reading and validation as the remark plugin's (src/check/config-lookup.ts).
  try {
    return parseConfigFile(raw, path);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
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
