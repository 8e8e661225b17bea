/**
 * Control characters a note may carry into a message (ESC starting a terminal sequence, C1
 * controls, DEL, NUL) and the bidirectional overrides that make text read other than it is
 * stored. Tab, LF and CR are left to each format, which lays out lines its own way.
 */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without control characters (tab, LF and CR kept). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

/** One line for a terminal: control characters dropped, line breaks and tabs as spaces. */
export function printableLine(text: string): string {
  return stripControlCharacters(text).replace(/[\t\r\n]+/g, " ");
}
