/** A problem the user can fix (bad flags, unreadable files, a broken config): exit 2, one line, no stack. */
export class UsageError extends Error {
  override name = "UsageError";
}
