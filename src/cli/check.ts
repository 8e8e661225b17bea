import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { VFileMessage } from "vfile-message";
import { runRules } from "../check/check-minutes.js";
import { looksLikeMeetingNote } from "../check/looks-like-note.js";
import { NOW_EXPECTED, readNow } from "../check/now.js";
import { isOptedOut } from "../check/opt-out.js";
import { type ActiveRule, compileRuleSettings } from "../check/settings.js";
import type { Config } from "../model/config.js";
import { DEFAULT_MAX_INPUT_SIZE } from "../model/options.js";
import type { CheckedFile } from "../report/checked-file.js";
import { isReporterName, REPORTERS } from "../report/index.js";
import { configFor, findConfigFile, loadConfig } from "./config.js";
import { UsageError } from "./errors.js";
import type { CommandIo } from "./extract.js";
import { flagOptions, mergeOptions } from "./extract.js";
import { findNotes } from "./find-notes.js";
import { readNote } from "./io.js";

export const CHECK_HELP = `Usage: md-minutes check [paths, globs or - ...] [options]

Checks meeting notes like a linter. With no paths: the config's "include" globs
(default **/*.md) minus "exclude" (default README, CHANGELOG, CONTRIBUTING,
LICENSE, CODE_OF_CONDUCT), node_modules and what .gitignore ignores.
Only files that look like meeting notes (a date, an attendee list or a task
section) are judged, also when named; --all judges every file. A note whose
front matter says "md-minutes: false" is skipped.

Options:
  --format NAME       stylish (default), json, github, sarif, junit
  --max-warnings N    exit 1 when there are more than N warnings
  --quiet             report errors only
  --all               judge every file, not only those that look like meeting notes
  --now ISO           "now" for the overdue rule: a date or date-time in the note's
                      zone, or an instant with Z or an offset
  --max-input-size BYTES  largest note to read (default: 5242880)
  --config FILE       config file (default: nearest .md-minutesrc.json)

Exit: 0 clean, 1 errors or too many warnings, 2 usage or read errors.
`;

export function runCheck(argv: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "stylish" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      all: { type: "boolean", default: false },
      now: { type: "string" },
      "max-input-size": { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = values.format;
  if (!isReporterName(format))
    throw new UsageError(
      `check: unknown --format "${format}", expected one of: ${Object.keys(REPORTERS).join(", ")}`,
    );
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (values.now !== undefined && !readNow(values.now))
    throw new UsageError(`--now "${values.now}": ${NOW_EXPECTED}`);
  const now = values.now ?? null;
  const flags = flagOptions({ "max-input-size": values["max-input-size"] });
  const explicitConfig = values.config ?? null;

  const cwd = process.cwd();
  const rootConfigFile = explicitConfig ?? findConfigFile(cwd);
  const rootConfig = rootConfigFile ? loadConfig(rootConfigFile) : null;
  const notes = findNotes(
    positionals,
    { include: rootConfig?.include, exclude: rootConfig?.exclude },
    cwd,
  );
  if (notes.length === 0) {
    if (positionals.length > 0)
      throw new UsageError(
        `check: no notes match ${positionals.map((arg) => `"${arg}"`).join(", ")}`,
      );
    io.stderr("md-minutes: no notes found\n");
    return 0;
  }

  const settings = createSettingsCache(explicitConfig);
  const checked: CheckedFile[] = [];
  let skipped = 0;
  for (const note of notes) {
    const { config, active } = settings.forNote(note);
    const options = mergeOptions(config, flags, note);
    // Refused before reading, with the message extract gives, rather than judged as an empty note.
    const markdown = readNote(note, options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE);
    if (isOptedOut(markdown)) continue;
    const { minutes, messages } = runRules(markdown, options, active, now);
    // Documentation among the notes (SECURITY.md, docs/, a README a hook names) is not judged.
    if (!(values.all || config?.all) && !looksLikeMeetingNote(minutes)) {
      skipped++;
      continue;
    }
    checked.push({ path: displayPath(note, format === "json", cwd), messages });
  }

  const errorCount = checked.reduce(
    (sum, file) => sum + file.messages.filter((message) => message.fatal).length,
    0,
  );
  const shown = values.quiet
    ? checked.map((file) => ({ ...file, messages: file.messages.filter(isError) }))
    : checked;
  const warningCount = values.quiet
    ? 0
    : checked.reduce((sum, file) => sum + file.messages.length, 0) - errorCount;
  io.stdout(REPORTERS[format](shown));
  if (skipped > 0)
    io.stderr(
      `md-minutes: ${checked.length} ${checked.length === 1 ? "file" : "files"} checked, ${skipped} skipped as not meeting notes (--all checks every file)\n`,
    );
  if (errorCount > 0) return 1;
  if (maxWarnings !== null && warningCount > maxWarnings) {
    io.stderr(`md-minutes: ${warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * ESLint's JSON carries absolute paths; the other formats show paths from the current folder,
 * which is what GitHub annotations and SARIF artifact URIs resolve against.
 */
function displayPath(note: string, absolute: boolean, cwd: string): string {
  if (note === "-") return "<stdin>";
  const full = resolve(note);
  if (absolute) return full;
  const fromCwd = relative(cwd, full);
  return fromCwd && !fromCwd.startsWith("..") && !isAbsolute(fromCwd)
    ? fromCwd.split(sep).join("/")
    : note;
}

function isError(message: VFileMessage): boolean {
  return message.fatal === true;
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count))
    throw new UsageError(`--max-warnings "${value}": expected a whole number, 0 or more`);
  return count;
}

/**
 * Config and compiled rules per folder: notes in one folder share them, so the config lookup and
 * rule compilation happen once per folder and once per config file, not once per note.
 */
function createSettingsCache(explicitConfig: string | null) {
  const configs = new Map<string, Config | null>();
  const byFolder = new Map<string, { config: Config | null; active: readonly ActiveRule[] }>();
  const compiled = new Map<Config | null, readonly ActiveRule[]>();
  return {
    forNote(note: string) {
      const folder = dirname(resolve(note));
      let entry = byFolder.get(folder);
      if (!entry) {
        const config = configFor(note, explicitConfig, configs);
        let active = compiled.get(config);
        if (!active) {
          active = compileRuleSettings(
            config ? { extends: config.extends, rules: config.rules } : null,
          );
          compiled.set(config, active);
        }
        entry = { config, active };
        byFolder.set(folder, entry);
      }
      return entry;
    },
  };
}
