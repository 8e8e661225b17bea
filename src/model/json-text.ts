/**
 * Where a JSON text first goes wrong, as a 0-based offset, or null when it is valid JSON. Node 20's
 * JSON.parse names no position, so a small linear scanner of RFC 8259's grammar finds it.
 */
export function jsonErrorOffset(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const character of word) {
      if (text[at] !== character) fail();
      at++;
    }
  };

  const string = () => {
    at++;
    for (;;) {
      const character = text[at];
      if (character === undefined || character < " ") fail();
      if (character === '"') return void at++;
      if (character === "\\") {
        at++;
        if (text[at] === "u") {
          at++;
          for (let digit = 0; digit < 4; digit++, at++)
            if (!/[0-9a-fA-F]/.test(text[at] ?? "")) fail();
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? "x")) fail();
      }
      at++;
    }
  };
  const number = () => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = at;
    if (!match.exec(text)) fail();
    at = match.lastIndex;
  };
  // Nesting is tracked on an explicit stack, so that a deep text cannot overflow the call stack.
  const value = () => {
    const closers: string[] = [];
    for (;;) {
      space();
      const character = text[at];
      if (character === "{" || character === "[") {
        at++;
        space();
        const closer = character === "{" ? "}" : "]";
        if (text[at] === closer) at++;
        else {
          closers.push(closer);
          if (closer === "}") key();
          continue;
        }
      } else if (character === '"') string();
      else if (character === "t") literal("true");
      else if (character === "f") literal("false");
      else if (character === "n") literal("null");
      else if (
        character === "-" ||
        (character !== undefined && character >= "0" && character <= "9")
      )
        number();
      else fail();
      // After a value: a comma and the next member, or the closers of the finished containers.
      for (;;) {
        space();
        const closer = closers.at(-1);
        if (closer === undefined) return;
        if (text[at] === ",") {
          at++;
          if (closer === "}") key();
          break;
        }
        if (text[at] !== closer) fail();
        at++;
        closers.pop();
      }
    }
  };
  const key = () => {
    space();
    if (text[at] !== '"') fail();
    string();
    space();
    if (text[at] !== ":") fail();
    at++;
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return null;
  } catch (offset) {
    if (typeof offset !== "number") throw offset;
    return offset;
  }
}

/** Line and column (1-based) of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf("\n");
    index !== -1 && index < offset;
    index = text.indexOf("\n", index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * JSON.parse, with a failure as "line 3, column 5: unexpected `}`" (or "unexpected end of file").
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = jsonErrorOffset(text) ?? 0;
    const { line, column } = lineAndColumn(text, offset);
    const found =
      offset >= text.length
        ? "unexpected end of file"
        : `unexpected ${JSON.stringify(text[offset])}`;
    return { ok: false, reason: `line ${line}, column ${column}: ${found}` };
  }
}
