import type { Log } from "sarif";
import type { Rule } from "./check/rule.js";
import { RULES } from "./check/rules/index.js";
import type { CheckedFile, Reporter, ReportOptions } from "./report/checked-file.js";
import { REPORTERS as REPORTERS_OF_ANY_RULES, type ReporterName } from "./report/index.js";
import { formatSarif as formatSarifOf, toSarif as toSarifOf } from "./report/sarif.js";

// The report layer is given rule metadata rather than importing the registry; the public API
// describes md-minutes' own rules unless the caller names others.
const withOwnRules = (options?: ReportOptions): ReportOptions => ({
  rules: RULES as readonly Rule<unknown>[],
  ...options,
});

/** SARIF 2.1.0 as an object; `tool.driver.rules` lists every md-minutes rule. */
export function toSarif(files: readonly CheckedFile[], options?: ReportOptions): Log {
  return toSarifOf(files, withOwnRules(options));
}

/** SARIF 2.1.0, the format GitHub code scanning and SARIF viewers read. */
export function formatSarif(files: readonly CheckedFile[], options?: ReportOptions): string {
  return formatSarifOf(files, withOwnRules(options));
}

/** Reporters by the name `--format` takes. */
export const REPORTERS: Record<ReporterName, Reporter> = Object.fromEntries(
  Object.entries(REPORTERS_OF_ANY_RULES).map(([name, format]) => [
    name,
    (files: readonly CheckedFile[], options?: ReportOptions) =>
      format(files, withOwnRules(options)),
  ]),
) as Record<ReporterName, Reporter>;
