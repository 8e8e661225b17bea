/**
 * Content lines, the one part of iCalendar we serialize by hand: ical.js folds continuation
 * lines at 75 octets *after* the leading space, so they come out 76 octets long, against
 * RFC 5545 §3.1 ("Lines of text SHOULD NOT be longer than 75 octets, excluding the line break").
 */

/** One property of a component. `value` is already in its value type's syntax (TEXT is escaped by `textValue`). */
export interface Property {
  name: string;
  params?: ReadonlyArray<readonly [string, string]>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  components?: Component[];
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; a line break becomes `\n`. */
export function textValue(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** The inverse of `textValue`, for values ical.js returns as written (X- properties). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character === "n" || character === "N" ? "\n" : character,
  );
}

/** A list of TEXT values (CATEGORIES), each escaped, joined by unescaped commas (§3.8.1.2). */
export function textListValue(texts: readonly string[]): string {
  return texts.map(textValue).join(",");
}

/**
 * RFC 5545 §3.2: a parameter value with ":", ";" or "," is quoted; DQUOTE itself cannot appear
 * (there is no escape for it), and neither can control characters, so both are dropped.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

export function contentLine(property: Property): string {
  const params = (property.params ?? [])
    .map(([key, value]) => `;${key}=${paramValue(value)}`)
    .join("");
  return foldLine(`${property.name}${params}:${property.value}`);
}

/**
 * RFC 5545 §3.1: breaks a line so that no physical line passes 75 octets, the leading space of
 * a continuation counted, and never inside a UTF-8 sequence (a split character would not decode).
 * Code points are kept whole; a surrogate pair is one code point.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const physical: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    const limit = physical.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      physical.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical.join(`${CRLF} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** §3.4 and §3.6: BEGIN/END around properties then sub-components, every line ended by CRLF. */
export function serializeComponent(component: Component): string {
  let out = `BEGIN:${component.name}${CRLF}`;
  for (const property of component.properties) out += contentLine(property) + CRLF;
  for (const child of component.components ?? []) out += serializeComponent(child);
  return `${out}END:${component.name}${CRLF}`;
}

/** The first value of a property, or null. */
export function propertyValue(component: Component, name: string): string | null {
  return component.properties.find((property) => property.name === name)?.value ?? null;
}

/** Replaces every occurrence of a property by one value (or removes it when `value` is null). */
export function setProperty(
  component: Component,
  name: string,
  value: string | null,
  params?: Property["params"],
): void {
  const index = component.properties.findIndex((property) => property.name === name);
  const kept = component.properties.filter((property) => property.name !== name);
  if (value !== null)
    kept.splice(index === -1 ? kept.length : index, 0, {
      name,
      value,
      ...(params ? { params } : {}),
    });
  component.properties = kept;
}
