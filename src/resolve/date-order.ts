/**
 * Whether a note writes numeric dates day first: "19/03/2025" can only be 19 March, and a note
 * that writes one such date writes "05/03/2025" the same way. Evidence comes from the note's
 * text and its file name; without evidence either way, or with evidence both ways, null.
 */
export function inferDateOrder(text: string, fileName: string | null): "MDY" | "DMY" | null {
  let dayFirst = 0;
  let monthFirst = 0;
  const count = (first: number, second: number) => {
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst++;
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst++;
  };
  // Slashes and dashes only: dotted dates are always day first and tell nothing of the others.
  for (const match of text.matchAll(
    /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?![\d/-])/g,
  ))
    count(Number(match[1]), Number(match[3]));
  const base = fileName?.split(/[\\/]/).pop() ?? "";
  const named =
    /(?:^|\D)(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/.exec(base) ??
    /(?:^|\D)(\d{2})()(\d{2})((?:19|20)\d{2})(?!\d)/.exec(base);
  if (named) count(Number(named[1]), Number(named[3]));
  if (dayFirst > 0 && monthFirst === 0) return "DMY";
  if (monthFirst > 0 && dayFirst === 0) return "MDY";
  return null;
}
