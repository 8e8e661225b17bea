import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/**
 * The issue to show for a value that matched no branch of a union: the one that got furthest into
 * the value (longest path), so `["error", { "customer-escalation": ["agenda"] }]` reports the bad
 * section name rather than "Invalid input". At equal depth, a branch that accepted the value's
 * type (a tuple that is too long) says more than one that expected another type. Paths are made absolute.
 */
export function mostSpecificIssue(issue: Issue): Issue {
  if (issue.code !== "invalid_union" || !("errors" in issue) || issue.errors.length === 0)
    return issue;
  let best: Issue | null = null;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const candidate = mostSpecificIssue({
        ...inner,
        path: [...issue.path, ...inner.path],
      } as Issue);
      if (!best || isMoreSpecific(candidate, best)) best = candidate;
    }
  }
  return best ?? issue;
}

/** How much an issue says about what is wrong, at equal depth: "expected another type" says least. */
function rank(issue: Issue): number {
  if (issue.code === "invalid_type" || issue.code === "invalid_union") return 0;
  if (issue.code === "invalid_value") return 1;
  return 2;
}

function isMoreSpecific(candidate: Issue, best: Issue): boolean {
  if (candidate.path.length !== best.path.length) return candidate.path.length > best.path.length;
  return rank(candidate) > rank(best);
}
