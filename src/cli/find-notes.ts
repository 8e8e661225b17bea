import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, normalize, relative, resolve } from "node:path";
import ignore from "ignore";
import { globSync, isDynamicPattern } from "tinyglobby";

export const DEFAULT_INCLUDE = ["**/*.md"];
export const DEFAULT_EXCLUDE = [
  "README.md",
  "CHANGELOG.md",
  "CONTRIBUTING.md",
  "LICENSE.md",
  "CODE_OF_CONDUCT.md",
];

export interface NoteSelection {
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
}

/**
 * The notes to check, sorted: files named on the command line (and `-`, standard input) as they are; folders and globs
 * expanded (minus `exclude`, node_modules and what the folder's .gitignore ignores); with no
 * arguments, the config's `include` globs. One glob walk for all patterns.
 */
export function findNotes(
  args: readonly string[],
  selection: NoteSelection,
  cwd: string,
): string[] {
  const files = new Set<string>();
  const patterns: string[] = [];
  for (const arg of args) {
    if (arg === "-") {
      files.add(arg);
      continue;
    }
    if (isDynamicPattern(arg)) {
      patterns.push(arg);
      continue;
    }
    // A named file that is missing or unreadable is kept: the run reports it as that file's error.
    if (existsSync(resolve(cwd, arg)) && statSync(resolve(cwd, arg)).isDirectory())
      patterns.push(`${arg.replace(/[\\/]+$/, "")}/**/*.md`);
    else files.add(normalize(arg));
  }
  if (args.length === 0) patterns.push(...(selection.include ?? DEFAULT_INCLUDE));
  if (patterns.length > 0) {
    const excluded = (selection.exclude ?? DEFAULT_EXCLUDE).map(anyDepth);
    const found = globSync(patterns, {
      cwd,
      ignore: ["**/node_modules/**", ...excluded],
      onlyFiles: true,
      expandDirectories: false,
    });
    const ignored = gitignoreOf(cwd);
    for (const file of found) if (!isGitIgnored(ignored, file, cwd)) files.add(file);
  }
  return [...files].sort();
}

/** "README.md" means a README anywhere, as in .gitignore; a pattern with a slash is anchored. */
function anyDepth(pattern: string): string {
  return pattern.includes("/") ? pattern.replace(/^\.\//, "") : `**/${pattern}`;
}

function gitignoreOf(cwd: string): ReturnType<typeof ignore> | null {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, ".gitignore"), "utf8");
  } catch {
    return null;
  }
  return ignore().add(text);
}

function isGitIgnored(
  matcher: ReturnType<typeof ignore> | null,
  file: string,
  cwd: string,
): boolean {
  if (!matcher) return false;
  const path = isAbsolute(file) ? relative(cwd, file) : file;
  // The ignore package only judges paths inside the folder the .gitignore belongs to.
  if (!path || path.startsWith("..") || isAbsolute(path)) return false;
  return matcher.ignores(path.replace(/\\/g, "/"));
}
