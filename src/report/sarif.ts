import type { ArtifactLocation, Log, ReportingDescriptor, Result, Run } from "sarif";
import { HOMEPAGE, VERSION } from "../version.js";
import { type CheckedFile, type ReportOptions, rangeOf } from "./checked-file.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** The URI base id SARIF consumers (GitHub code scanning among them) read as "the checkout". */
export const SOURCE_ROOT_BASE_ID = "%SRCROOT%";

/** SARIF 2.1.0, the format GitHub code scanning and SARIF viewers read; every rule is listed in tool.driver.rules. */
export function formatSarif(files: readonly CheckedFile[], options?: ReportOptions): string {
  return `${JSON.stringify(toSarif(files, options), null, 2)}\n`;
}

export function toSarif(files: readonly CheckedFile[], options?: ReportOptions): Log {
  const rules = options?.rules ?? [];
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url,
    defaultConfiguration: {
      level:
        rule.defaultSeverity === "off"
          ? "none"
          : rule.defaultSeverity === "warn"
            ? "warning"
            : "error",
    },
  }));
  const results: Result[] = files.flatMap((file) =>
    file.messages.map((message): Result => {
      const { line, column, endLine, endColumn } = rangeOf(message);
      const ruleId = message.ruleId ?? "md-minutes";
      const ruleIndex = index.get(ruleId);
      return {
        ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: message.fatal ? "error" : "warning",
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file.path),
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
      };
    }),
  );
  const run: Run = {
    tool: {
      driver: {
        name: "md-minutes",
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: HOMEPAGE,
        rules: descriptors,
      },
    },
    ...(options?.srcRoot
      ? { originalUriBaseIds: { [SOURCE_ROOT_BASE_ID]: { uri: directoryUri(options.srcRoot) } } }
      : {}),
    results,
  };
  return { version: "2.1.0", $schema: SARIF_SCHEMA, runs: [run] };
}

/**
 * A relative path is relative to the source root (`uriBaseId: "%SRCROOT%"`, SARIF §3.4.4); an
 * absolute one (a note outside the repository) becomes a `file:` URI of its own.
 */
function artifactLocation(path: string): ArtifactLocation {
  if (isAbsolutePath(path)) return { uri: fileUri(path) };
  if (path.startsWith("<")) return { uri: toUriReference(path) };
  return { uri: toUriReference(path), uriBaseId: SOURCE_ROOT_BASE_ID };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}

function fileUri(path: string): string {
  const posix = path.replace(/\\/g, "/");
  return `file://${posix.startsWith("/") ? "" : "/"}${toUriReference(posix)}`;
}

/** The root's `file:` URI with the trailing slash SARIF requires of a base URI. */
function directoryUri(path: string): string {
  const uri = fileUri(path);
  return uri.endsWith("/") ? uri : `${uri}/`;
}

/** SARIF wants URI references: forward slashes, and reserved characters percent-encoded. */
function toUriReference(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join("/");
}
