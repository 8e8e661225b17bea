import type { Point, Source } from "../src/model/source.js";

/** Every `source` span anywhere in a value, with the path that leads to it. */
export function collectSources(
  value: unknown,
  path = "$",
): Array<{ path: string; source: Source }> {
  if (Array.isArray(value))
    return value.flatMap((entry, index) => collectSources(entry, `${path}[${index}]`));
  if (!value || typeof value !== "object") return [];
  const found: Array<{ path: string; source: Source }> = [];
  for (const [key, entry] of Object.entries(value)) {
    if (key === "source" && entry && typeof entry === "object")
      found.push({ path: `${path}.source`, source: entry as Source });
    else found.push(...collectSources(entry, `${path}.${key}`));
  }
  return found;
}

/** Where each line of the input starts; CRLF, CR and LF all end a line, as in unist. */
export function lineStarts(input: string): number[] {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (char === "\r" && input[i + 1] === "\n") i++;
    if (char === "\r" || char === "\n") starts.push(i + 1);
  }
  return starts;
}

/** Why a point does not fit the input (offset out of range, or line and column disagreeing with it), or null. */
export function pointProblem(
  point: Point,
  input: string,
  starts: readonly number[],
): string | null {
  if (point.offset < 0 || point.offset > input.length)
    return `offset ${point.offset} outside [0, ${input.length}]`;
  const lineStart = starts[point.line - 1];
  if (lineStart === undefined) return `line ${point.line} past the last line ${starts.length}`;
  const nextLine = starts[point.line] ?? input.length + 1;
  if (point.offset < lineStart || point.offset >= nextLine)
    return `offset ${point.offset} not on line ${point.line} [${lineStart}, ${nextLine})`;
  if (point.offset - lineStart + 1 !== point.column)
    return `column ${point.column} but offset ${point.offset} is column ${point.offset - lineStart + 1} of line ${point.line}`;
  return null;
}

/** Every problem with the model's source spans, as readable strings (empty when all fit). */
export function sourceProblems(model: unknown, input: string): string[] {
  const starts = lineStarts(input);
  const problems: string[] = [];
  for (const { path, source } of collectSources(model)) {
    if (source === null) continue;
    for (const [end, point] of [
      ["start", source.start],
      ["end", source.end],
    ] as const) {
      const problem = pointProblem(point, input, starts);
      if (problem) problems.push(`${path}.${end}: ${problem}`);
    }
    if (source.start.offset > source.end.offset) problems.push(`${path}: starts after it ends`);
  }
  return problems;
}
