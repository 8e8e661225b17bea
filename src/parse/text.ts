import type { Nodes, PhrasingContent } from "mdast";
import type { Source } from "../model/source.js";

export const EMPTY_SOURCE: Source = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

export function sourceOf(node: { position?: Nodes["position"] } | undefined): Source {
  const position = node?.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined)
    return EMPTY_SOURCE;
  return {
    start: {
      line: position.start.line,
      column: position.start.column,
      offset: position.start.offset,
    },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset },
  };
}

export function spanning(first: Source, last: Source): Source {
  return { start: first.start, end: last.end };
}

/** Plain text of inline content; images give their alt text, breaks give a newline. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
      case "inlineCode":
        out += node.value;
        break;
      case "break":
        out += "\n";
        break;
      case "image":
        out += node.alt ?? "";
        break;
      case "html":
      case "footnoteReference":
      case "imageReference":
        break;
      default:
        if ("children" in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
}
