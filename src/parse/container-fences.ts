/**
 * ":::info", ":::warning Heads up", "::: {.callout-note}", ":::": the lines that open and close
 * a container in HackMD, Docusaurus, VuePress or Pandoc. CommonMark reads them as text, so the
 * line after a list joins its last item ("Ingrid Holm (@iholm) :::") and the one before a
 * paragraph joins its first. Each such line is blanked to spaces, one for one, so the content
 * reads as it would without the box and every offset, line and column stays where the note has it.
 * Nested boxes add a colon a level; a longer run of colons is no fence but text, and stays.
 */
const CONTAINER_FENCE = /^[ \t]*:{3,12}[ \t]*(?:\{[^{}\n]*\}|[\w-]+(?:[ \t][^\n]*)?)?[ \t]*$/gm;
const CODE_FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})/;

export function withoutContainerFences(text: string): string {
  if (!text.includes(":::")) return text;
  const blank = (line: string) => " ".repeat(line.length);
  if (!/^[ \t]{0,3}(?:`{3,}|~{3,})/m.test(text)) return text.replace(CONTAINER_FENCE, blank);
  // Code blocks keep their characters: a fence line toggles, and only lines outside are changed.
  let inCode = false;
  return text
    .split("\n")
    .map((line) => {
      if (CODE_FENCE.test(line)) inCode = !inCode;
      return inCode ? line : line.replace(CONTAINER_FENCE, blank);
    })
    .join("\n");
}
