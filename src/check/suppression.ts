/**
 * Inline switches, as markdownlint and ESLint read them:
 * `<!-- md-minutes-disable rule-id -->`, `<!-- md-minutes-enable rule-id -->`,
 * `<!-- md-minutes-disable-next-line rule-id -->`. Without ids they apply to every rule.
 */
export interface Switch {
  line: number;
  /** Offset of the comment's `<!--` in the text. */
  offset: number;
  action: "disable" | "enable" | "disable-next-line";
  ruleIds: string[];
}

// `[^>]*` cannot overlap the fixed text before it, so the scan stays linear.
const SWITCH = /<!--\s*md-minutes-(disable-next-line|disable|enable)([^>]*)>/g;

export type SuppressionCheck = (ruleId: string, line: number) => boolean;

/** Every switch comment in the text, in order. */
export function readSwitches(text: string): Switch[] {
  if (!text.includes("md-minutes-")) return [];
  const switches: Switch[] = [];
  let line = 1;
  let lastIndex = 0;
  SWITCH.lastIndex = 0;
  for (let match = SWITCH.exec(text); match; match = SWITCH.exec(text)) {
    const tail = match[2]!.trimEnd();
    if (!tail.endsWith("--")) continue;
    for (
      let index = text.indexOf("\n", lastIndex);
      index !== -1 && index < match.index;
      index = text.indexOf("\n", index + 1)
    )
      line++;
    lastIndex = match.index;
    const ruleIds = tail
      .slice(0, -2)
      .split(/[\s,]+/)
      .filter(Boolean);
    switches.push({ line, offset: match.index, action: match[1] as Switch["action"], ruleIds });
  }
  return switches;
}

export function readSuppressions(
  text: string,
  switches: readonly Switch[] = readSwitches(text),
): SuppressionCheck | null {
  if (switches.length === 0) return null;
  return (ruleId, messageLine) => {
    let disabled = false;
    for (const entry of switches) {
      if (entry.ruleIds.length > 0 && !entry.ruleIds.includes(ruleId)) continue;
      if (entry.action === "disable-next-line") {
        if (entry.line + 1 === messageLine) return true;
      } else if (entry.line <= messageLine) {
        disabled = entry.action === "disable";
      }
    }
    return disabled;
  };
}
