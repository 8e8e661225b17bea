import { type ParseArgsConfig, parseArgs } from "node:util";
import { closestName } from "../util/closest-name.js";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/**
 * node's parseArgs, with its messages in our words: an unknown option with the closest known one,
 * a missing value, a value given to a switch. A value that starts with a dash is taken as the
 * value (`--max-warnings -1` then fails that flag's own check), unless it is a long option
 * (`--config --quiet`), which is almost always a forgotten value.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
): Pick<Parsed<O>, "values" | "positionals"> {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!config) throw new UsageError(unknownOption(command, token.rawName, options));
    if (config.type === "boolean" && token.inlineValue)
      throw new UsageError(`${token.rawName} is a switch and takes no value`);
    if (config.type !== "string") continue;
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (!token.inlineValue && token.value.startsWith("--"))
      throw new UsageError(
        `${token.rawName} needs a value, but the option ${token.value} follows it (write ${token.rawName}=${token.value} if that is the value)`,
      );
  }
  return { values, positionals } as unknown as Pick<Parsed<O>, "values" | "positionals">;
}

function unknownOption(command: string, rawName: string, options: Options): string {
  const known = Object.keys(options).map((name) => `--${name}`);
  const suggestion = closestName(rawName.replace(/=.*$/, ""), known);
  const hint = suggestion
    ? `; did you mean ${suggestion}?`
    : `; run "md-minutes ${command} --help" for the options`;
  return `${command}: unknown option ${rawName}${hint}`;
}
