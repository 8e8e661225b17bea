/** A problem the user can fix (bad flags, unreadable files, a broken config): exit 2, one line, no stack. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A note that cannot be read (missing, binary, not UTF-8, too large): `check` reports it and goes on. */
export class ReadError extends UsageError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
