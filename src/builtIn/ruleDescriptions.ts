import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RuleDescription } from "../formatters/formatter.js";
import { builtInLinter } from "./linter.js";
import type { PackageInfo } from "./packageInfo.js";

/** The findings that come from no rule: unreadable text, and a payload whose kind cannot be told. */
export const pseudoRules: readonly Omit<RuleDescription, "helpMarkdown" | "helpUri">[] = [
  {
    id: "parse",
    description: "The file must be UTF-8 JSON text (RFC 8259): the documents give JSON as the supported format. A placeholder such as MFG_ID, a leading zero (01010) or a trailing comma is not JSON, so no JSON parser reads the request (the documents do not say how the OMS answers it).",
    defaultSeverity: "error",
  },
  {
    id: "kind",
    description: "oms-lint must know which payload a file holds: name it with --kind, or map the file to a kind under \"files\" in oms-lint.config.json, when its content does not tell.",
    defaultSeverity: "error",
  },
];

/** Every rule and pseudo-rule, with its docs page (docs/rules/<id>.md) as help where the package ships one. */
export function ruleDescriptions(info: PackageInfo): RuleDescription[] {
  const described: RuleDescription[] = pseudoRules.map((rule) => ({ ...rule }));
  for (const rule of [...builtInLinter.ruleSet.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const { id, description, defaultSeverity, evidence, source } = rule.meta;
    const helpMarkdown = readDocs(info.root, id) ?? `${description}\n\n${source.document}: “${source.passage}”\n`;
    described.push({ id, description, defaultSeverity, evidence, helpMarkdown, ...(info.docsUrl ? { helpUri: info.docsUrl(id) } : {}) });
  }
  return described;
}

function readDocs(root: string, id: string): string | undefined {
  try {
    return readFileSync(join(root, "docs", "rules", `${id}.md`), "utf8");
  } catch {
    return undefined;
  }
}
