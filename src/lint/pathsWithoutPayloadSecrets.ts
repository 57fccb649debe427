import type { SourceFacts } from "../engine/rule.js";
import { secretTexts } from "../domain/secretFields.js";
import { pointerWithoutSecretTexts } from "../domain/pointerWithoutSecretTexts.js";

/**
 * The findings with the payload's secret texts out of their paths, as withoutSecrets takes them
 * out of their messages: at the end of validate() for a library caller, and in lintText once the
 * findings are placed (a line is found by the real path); the lookalikes go after
 * (findingWithoutSecrets). `value` is the payload as checked (a copy of plain data: no getter runs). The payload's secrets are gathered only
 * when a finding has a path; the same array when no path changes. A finding's edit keeps its
 * real pointer: applyFix finds its place by it.
 */
export function pathsWithoutPayloadSecrets<T extends { readonly path: string }>(findings: T[], value: unknown, source: SourceFacts | undefined): T[] {
  if (!findings.some((finding) => finding.path !== "")) return findings;
  const secrets = secretTexts(value, source);
  if (secrets.size === 0) return findings;
  let changed = false;
  const shown = findings.map((finding) => {
    const path = pointerWithoutSecretTexts(finding.path, value, secrets);
    if (path === finding.path) return finding;
    changed = true;
    return { ...finding, path };
  });
  return changed ? shown : findings;
}
