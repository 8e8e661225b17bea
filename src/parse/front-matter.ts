import { parse as parseYaml } from "yaml";

export interface FrontMatter {
  /** Values by key, in a prototype-less object so that keys like `__proto__` stay plain data. */
  data: Record<string, unknown>;
  /** Where the block ends (the offset just past its closing fence line). */
  endOffset: number;
  /** The YAML error, when the block does not parse. */
  error: string | null;
}

// A front matter block is only ever at the very start: "---", YAML, then "---" or "...".
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

// Static site generators (Hugo, Zola) also write TOML between "+++" fences.
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\n([\s\S]*?\n)?\+\+\+[ \t]*(?:\n|$)/;

export function readFrontMatter(text: string): FrontMatter | null {
  const toml = TOML_FRONT_MATTER.exec(text);
  if (toml) return { data: readTomlPairs(toml[1] ?? ""), endOffset: toml[0].length, error: null };
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  const yamlText = match[1] ?? "";
  const data: Record<string, unknown> = Object.create(null);
  let error: string | null = null;
  try {
    // Alias expansion is capped so that a "billion laughs" block cannot blow up memory. Log level
    // "error" still throws on errors but keeps warnings (unknown tags, odd aliases) off
    // process.emitWarning: a library must not write to the console, and browsers have no process.
    const value: unknown = parseYaml(yamlText, {
      maxAliasCount: 100,
      prettyErrors: false,
      logLevel: "error",
    });
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, entry] of Object.entries(value)) data[key] = entry;
    } else if (value != null) {
      error = "front matter is not a mapping of keys to values";
    }
  } catch (cause) {
    error = cause instanceof Error ? cause.message.split("\n")[0]! : String(cause);
  }
  return { data, endOffset: match[0].length, error };
}

/**
 * The top-level `key = value` pairs of a TOML block, strings, numbers, booleans and dates; tables
 * and arrays are skipped, since no fact of the meeting lives in them.
 */
function readTomlPairs(block: string): Record<string, unknown> {
  const data: Record<string, unknown> = Object.create(null);
  for (const line of block.split("\n")) {
    if (/^\s*\[/.test(line)) break;
    const pair = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!pair) continue;
    const raw = pair[2]!;
    const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(raw);
    if (quoted)
      data[pair[1]!] = quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, "$1") : quoted[2];
    else if (/^-?\d+(?:\.\d+)?$/.test(raw)) data[pair[1]!] = Number(raw);
    else if (/^(?:true|false)$/.test(raw)) data[pair[1]!] = raw === "true";
    else if (/^\d{4}-\d{2}-\d{2}/.test(raw)) data[pair[1]!] = raw;
  }
  return data;
}

/**
 * Replaces the front matter with spaces, keeping its line breaks, so that the Markdown parser
 * neither reads it as a thematic break and a setext heading nor shifts any later position.
 */
export function blankOut(text: string, endOffset: number): string {
  return text.slice(0, endOffset).replace(/[^\n]/g, " ") + text.slice(endOffset);
}

export function frontMatterString(
  data: Record<string, unknown> | undefined,
  key: string,
): string | null {
  if (!data) return null;
  const value = data[key];
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return null;
}
