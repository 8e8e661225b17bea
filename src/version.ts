declare const __VERSION__: string | undefined;

/** The package's version, set by the build (tsup's `define`); "0.0.0" when run from unbuilt sources. */
export const VERSION: string = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0";
