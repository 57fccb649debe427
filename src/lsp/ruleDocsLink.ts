import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PackageInfo } from "../builtIn/packageInfo.js";
import { ruleHelp } from "./ruleHelp.js";

/**
 * The link of a diagnostic's rule id (its codeDescription): the rule's docs page, for every
 * rule that has one (docs/rules/<id>.md, `schema/…` and `request/…` in their folders; `parse`
 * and `kind` have none). Where it is published when the package knows its repository
 * (packageInfo's docsUrl, the one scheme SARIF and the ESLint plugin use), else the page the
 * package ships, as a file: URL an editor opens. Each id is looked up once.
 */
export function ruleDocsLinks(info: PackageInfo): (ruleId: string) => string | undefined {
  const links = new Map<string, string | undefined>();
  return (ruleId) => {
    if (!links.has(ruleId)) links.set(ruleId, linkOf(info, ruleId));
    return links.get(ruleId);
  };
}

function linkOf(info: PackageInfo, ruleId: string): string | undefined {
  if (ruleHelp(ruleId) === undefined) return undefined;
  const page = join(info.root, "docs", "rules", `${ruleId}.md`);
  if (!existsSync(page)) return undefined;
  return info.docsUrl?.(ruleId) ?? pathToFileURL(page).href;
}
