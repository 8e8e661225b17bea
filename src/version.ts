declare const __VERSION__: string | undefined;
declare const __HOMEPAGE__: string | undefined;

// Both are set by the build (tsup's `define`, from package.json) and by vitest's config.

/** The package's version; "0.0.0" when run from unbuilt sources. */
export const VERSION: string = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0";

/** The package's home page (package.json `homepage`, without its `#readme`), where rule docs live. */
export const HOMEPAGE: string =
  typeof __HOMEPAGE__ === "string" ? __HOMEPAGE__ : "https://github.com/md-minutes/md-minutes";
