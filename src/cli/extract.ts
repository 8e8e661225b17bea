import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import type { Config } from "../model/config.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions } from "../model/options.js";
import { parseMinutes } from "../parse-minutes.js";
import { configFor } from "./config.js";
import { UsageError } from "./errors.js";
import { assertNotInput, readNote, writeFileAtomic } from "./io.js";

export const EXTRACT_HELP = `Usage: md-minutes extract <file...|-> [options]

Reads meeting notes and prints their model as JSON.

Options:
  --format json           output format (default: json)
  --out-dir DIR           write one NAME.json per input into DIR instead of printing
  --timezone IANA         the meeting's time zone, e.g. Europe/Berlin
  --reference-date D      YYYY-MM-DD[THH:MM], used when a note states no date
  --date-order MDY|DMY    how to read 10/11/2025 (default: MDY)
  --max-input-size BYTES  largest note to read (default: 5242880)
  --config FILE           config file (default: nearest .md-minutesrc.json)
  --debug                 print the stack trace of an error
`;

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function runExtract(argv: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "json" },
      "out-dir": { type: "string" },
      timezone: { type: "string" },
      "reference-date": { type: "string" },
      "date-order": { type: "string" },
      "max-input-size": { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("extract: expected at least one file, or - for standard input");
  if (values.format !== "json") throw new UsageError(`extract: unknown --format "${values.format}", expected json`);
  const flags = flagOptions(values);
  const cache = new Map<string, Config | null>();
  const outDir = values["out-dir"];
  const results: Array<{ file: string; json: unknown }> = [];
  for (const file of positionals) {
    const options = mergeOptions(configFor(file, values.config ?? null, cache), flags, file);
    const minutes = parseMinutes(readNote(file, options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE), options);
    results.push({ file, json: minutes });
  }
  if (outDir) {
    const used = new Set<string>();
    const outputs = results.map(({ file, json }) => ({ target: join(outDir, outputName(file, used)), json }));
    // Every target is checked before the first is written, so a refusal leaves no file changed.
    for (const { target } of outputs) assertNotInput(target, positionals);
    for (const { target, json } of outputs) writeFileAtomic(target, JSON.stringify(json, null, 2) + "\n");
    return 0;
  }
  const output = results.length === 1 ? results[0]!.json : results.map(({ file, json }) => ({ file, ...(json as object) }));
  io.stdout(JSON.stringify(output, null, 2) + "\n");
  return 0;
}

function outputName(file: string, used: Set<string>): string {
  const stem = file === "-" ? "stdin" : basename(file, extname(file));
  let name = `${stem}.json`;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}.json`;
  used.add(name);
  return name;
}

type FlagValues = { timezone?: string; "reference-date"?: string; "date-order"?: string; "max-input-size"?: string };

function flagOptions(values: FlagValues): ParseOptions {
  const options: ParseOptions = {};
  if (values.timezone) options.timezone = values.timezone;
  if (values["reference-date"]) {
    if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(values["reference-date"])) {
      throw new UsageError(`--reference-date "${values["reference-date"]}": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
    }
    options.referenceDate = values["reference-date"];
  }
  if (values["date-order"]) {
    if (values["date-order"] !== "MDY" && values["date-order"] !== "DMY") throw new UsageError(`--date-order "${values["date-order"]}": expected MDY or DMY`);
    options.dateOrder = values["date-order"];
  }
  if (values["max-input-size"]) {
    const size = Number(values["max-input-size"]);
    if (!Number.isInteger(size) || size <= 0) throw new UsageError(`--max-input-size "${values["max-input-size"]}": expected a positive whole number of bytes`);
    options.maxInputSize = size;
  }
  return options;
}

/** Config first, flags over it; the file name always comes from the command line. */
export function mergeOptions(config: Config | null, flags: ParseOptions, file: string): ParseOptions {
  const fromConfig: ParseOptions = {};
  if (config) {
    for (const key of ["referenceDate", "timezone", "dateOrder", "kind", "people", "sectionAliases", "maxInputSize", "maxNestingDepth", "maxParagraphLength"] as const) {
      if (config[key] != null) (fromConfig as Record<string, unknown>)[key] = config[key];
    }
  }
  return { ...fromConfig, ...flags, fileName: file === "-" ? null : file };
}
