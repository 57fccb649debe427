/**
 * `kind` is the id of the finding of a file whose kind cannot be told (lintText's), not of a
 * rule: --unknown-kind sets its level, and --rule and the config's `rules` answered
 * "unknown rule" without a word of it (audit at d5d094fb). Undefined for any other id.
 */
export function kindNotARule(id: string): string | undefined {
  if (id !== "kind") return undefined;
  return `"kind" is not a rule but the finding of a file whose kind cannot be told: its level is set with --unknown-kind error, warn or off (the config has no setting for it; a "files" entry or --kind names a file's kind)`;
}
