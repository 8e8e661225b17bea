/** "Consensus: ...", "Agreed: ...", "Resolution: ...": a decision, wherever it stands. */
export const DECISION_PREFIX =
  /^(?:consensus|conclusion|resolution|resolved|agreed|decision|decided)\s*:\s*/i;

/** "Agreed to move the launch to November." records a decision without a label. */
export const DECISION_SENTENCE =
  /^(?:(?:we |it was |the group |all )?(?:agreed|decided)\b|consensus\b)/i;
