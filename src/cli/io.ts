import { randomBytes } from "node:crypto";
import {
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ReadError, UsageError } from "./errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Standard input as the process has it; tests pass their own through CommandIo. */
export const processStdin = (): Uint8Array => readFileSync(0);

/**
 * Reads a note as UTF-8, refusing binary and non-UTF-8 files with a message that says which, and
 * files larger than `maxBytes` before reading them (standard input is measured once read).
 */
export function readNote(
  path: string,
  maxBytes: number = Number.POSITIVE_INFINITY,
  stdin: () => Uint8Array = processStdin,
): string {
  let bytes: Uint8Array;
  try {
    if (path !== "-") assertSize(statSync(path).size, path, maxBytes);
    bytes = path === "-" ? stdin() : readFileSync(path);
  } catch (cause) {
    if (cause instanceof UsageError) throw cause;
    throw new ReadError(displayName(path), `cannot read: ${describeFileError(cause)}`);
  }
  assertSize(bytes.length, path, maxBytes);
  return decodeNote(bytes, displayName(path));
}

/** A file system error in a few words of our own, instead of node's "ENOENT: no such file…, open 'x'". */
export function describeFileError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EEXIST":
      return "already exists";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "the file system is read-only";
    default:
      return String((cause as Error)?.message ?? cause);
  }
}

function assertSize(size: number, path: string, maxBytes: number): void {
  if (size > maxBytes) {
    throw new ReadError(
      displayName(path),
      `${size} bytes, more than the limit of ${maxBytes}; raise --max-input-size (or maxInputSize in the config) to read it`,
    );
  }
}

export function decodeNote(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0))
    throw new ReadError(name, "binary file (contains NUL bytes), expected a UTF-8 Markdown note");
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ReadError(name, "not valid UTF-8, expected a UTF-8 Markdown note");
  }
}

export function displayName(path: string): string {
  return path === "-" ? "<stdin>" : path;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * never sees half a file and an interrupted run leaves the old one intact.
 */
export function writeFileAtomic(path: string, contents: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (cause) {
    throw new UsageError(`${dirname(path)}: cannot create the folder: ${describeFileError(cause)}`);
  }
  const temporary = join(dirname(path), `.${randomBytes(6).toString("hex")}.md-minutes.tmp`);
  try {
    writeFileSync(temporary, contents, { flag: "wx" });
    renameSync(temporary, path);
  } catch (cause) {
    rmSync(temporary, { force: true });
    throw new UsageError(`${path}: cannot write: ${describeFileError(cause)}`);
  }
}

/** Refuses an `--out-dir` that is a file (or lies below one) before anything is read or written. */
export function assertOutputFolder(directory: string): void {
  try {
    if (!statSync(directory).isDirectory())
      throw new UsageError(
        `--out-dir ${directory}: is a file, expected a folder (or a path to create one)`,
      );
  } catch (cause) {
    if (cause instanceof UsageError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    throw new UsageError(`--out-dir ${directory}: ${describeFileError(cause)}`);
  }
}

/** Refuses to write over a file that is one of the inputs. */
export function assertNotInput(target: string, inputs: readonly string[]): void {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const targetReal = real(target);
  for (const input of inputs) {
    if (input !== "-" && real(input) === targetReal)
      throw new UsageError(`${target}: refusing to overwrite an input file`);
  }
}
