import { isMainThread, workerData } from "node:worker_threads";
import { printableLine, stripControlCharacters } from "../report/plain-text.js";
import { closestName } from "../util/closest-name.js";
import { VERSION } from "../version.js";
import { UsageError } from "./errors.js";
import type { CommandIo } from "./extract.js";
import { WORKER_MARK } from "./worker-mark.js";

const HELP = `Usage: md-minutes <command> [options]

Commands:
  extract <file...|->   print the model of meeting notes as JSON
  check [paths...]      check meeting notes like a linter
  track <paths...>      follow tasks across the meetings of a series

Run "md-minutes <command> --help" for a command's options.
`;

type Command = (argv: readonly string[], io: CommandIo) => number | Promise<number>;

/**
 * Commands by name; each one owns its flags and help. Each is loaded when it runs, so that
 * `--version`, `--help` and a mistyped command start without the parser and its dependencies.
 */
const COMMANDS: Record<string, Command> = {
  extract: async (argv, io) => (await import("./extract.js")).runExtract(argv, io),
  check: async (argv, io) => (await import("./check.js")).runCheck(argv, io),
  track: async (argv, io) => (await import("./track.js")).runTrack(argv, io),
};

export async function main(argv: readonly string[], given: CommandIo): Promise<number> {
  // Messages name files and quote notes; a terminal must not receive their control characters.
  const io: CommandIo = {
    ...given,
    stderr: (text) => given.stderr(stripControlCharacters(text)),
  };
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  const debug = rest.includes("--debug");
  try {
    if (!command) {
      const suggestion = closestName(name, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command "${name}"; ${suggestion ? `did you mean "${suggestion}"? ` : ""}expected one of: ${Object.keys(COMMANDS).join(", ")}`,
      );
    }
    return await command(
      rest.filter((arg) => arg !== "--debug"),
      io,
    );
  } catch (error) {
    if (debug) io.stderr(`${(error as Error).stack}\n`);
    else if (error instanceof UsageError || isArgError(error))
      io.stderr(`md-minutes: ${printableLine((error as Error).message)}\n`);
    else
      io.stderr(
        `md-minutes: internal error: ${printableLine((error as Error).message)} (run with --debug for details)\n`,
      );
    return 2;
  }
}

function isArgError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

if (!isMainThread && workerData?.[WORKER_MARK] === true) {
  // One of the threads of `--concurrency` (src/cli/pool.ts): it reads notes until it is stopped.
  import("./worker.js").then((worker) => worker.serveJobs());
} else if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // Worker threads start as the command does: through dist/cli.js (src/cli/launch.ts), which
    // runs the bundle from V8's code cache. Run on its own, the bundle starts its own file.
    workerScript: require.main?.filename ?? __filename,
  }).then((code) => {
    process.exitCode = code;
  });
}
