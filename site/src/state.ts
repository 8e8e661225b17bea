/** A rule's setting as the page writes it (the config file also takes 0, 1, 2). */
export type Severity = "off" | "warn" | "error";

/** What the page shows is a function of this, and the URL hash holds it, so a link reproduces it. */
export interface PageState {
  /** The note in the editor. */
  note: string;
  /** Passed as `fileName` (a date in it dates an undated note). */
  fileName: string;
  /** `referenceDate`, "" for none. */
  referenceDate: string;
  /** `timezone`, "" for the note's own. */
  timezone: string;
  /** `dateOrder`, "" to infer it. */
  dateOrder: "" | "MDY" | "DMY";
  /** `now` for the `overdue` rule, "" for none. */
  now: string;
  preset: "recommended" | "strict";
  /** Rule settings over the preset, as in `.md-minutesrc.json`. */
  rules: Record<string, Severity>;
}

const HASH_KEY = "s=";

/** `#s=` and the state as base64url-encoded UTF-8 JSON: readable by any later version of the page. */
export function encodeState(state: PageState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#${HASH_KEY}${btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}

/**
 * The state a hash holds, over `fallback` key by key; null when the hash holds none or cannot be
 * read (a link cut short), so the page opens with its example rather than failing.
 */
export function decodeState(hash: string, fallback: PageState): PageState | null {
  const body = hash.replace(/^#/, "");
  if (!body.startsWith(HASH_KEY)) return null;
  try {
    const base64 = body.slice(HASH_KEY.length).replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
    return isRecord(value) ? mergeState(value, fallback) : null;
  } catch {
    return null;
  }
}

function mergeState(value: Record<string, unknown>, fallback: PageState): PageState {
  const text = (key: keyof PageState): string =>
    typeof value[key] === "string" ? (value[key] as string) : (fallback[key] as string);
  const dateOrder = text("dateOrder");
  const rules = isRecord(value.rules) ? value.rules : {};
  return {
    note: text("note"),
    fileName: text("fileName"),
    referenceDate: text("referenceDate"),
    timezone: text("timezone"),
    dateOrder: dateOrder === "MDY" || dateOrder === "DMY" ? dateOrder : "",
    now: text("now"),
    preset: value.preset === "strict" ? "strict" : "recommended",
    rules: Object.fromEntries(
      Object.entries(rules).filter(
        (entry): entry is [string, Severity] =>
          entry[1] === "off" || entry[1] === "warn" || entry[1] === "error",
      ),
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
