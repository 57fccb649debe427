import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RuleDescription } from "../formatters/formatter.js";
import { builtInLinter } from "./linter.js";
import type { PackageInfo } from "./packageInfo.js";
import { postmanInDocuments } from "../requests/postmanInDocuments.js";
import { postmanInfoSchemaId } from "../requests/postmanInfoSchema.js";
import { withRelativeLinksAsText } from "./relativeLinkText.js";

/**
 * The findings that come from no rule: unreadable text, a payload whose kind cannot be told, a
 * negative fixture's record that no longer holds (the CLI's suppressions file), a fixed file --fix
 * did not write (fileFault("fix", …)), and a file read as a Postman collection that does not name
 * Postman's schema. Each is listed with the rules, so a
 * report that indexes its rules (SARIF's ruleIndex) indexes these too.
 */
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
  {
    id: "suppressions",
    description: "A negative fixture recorded in the suppressions file (oms-lint-suppressions.json, or --suppressions-location) must still trip the errors recorded for it, under a key the run can match: a fixture with fewer errors of a rule than its recorded count tests nothing, and a key no file matches (./a.json, an absolute path, a\\b.json) is never applied. A recorded fixture that a folder walk or glob of the run should have linted and did not, as it is gone or an ignore left it out, tests nothing either. This is oms-lint's own check of its record, not a rule of the documents. --prune-suppressions records what the run found; --pass-on-unpruned-suppressions lets the run pass.",
    defaultSeverity: "error",
  },
  {
    id: "fix",
    description: "--fix must write the fixed file where it was asked to: a file it cannot write (no permission, a full disk, a file changed since it was read) or a symbolic link to a file outside the files and folders named on the command line is left as it was, and its problems are shown as read. This is oms-lint's own check of its run, not a rule of the documents.",
    defaultSeverity: "error",
  },
  {
    id: postmanInfoSchemaId,
    description: `A file read as a Postman collection (by its name, *.postman_collection.json) should name a Postman collection schema in info.schema, as every collection Postman exports does; its requests are checked as a collection's all the same. Our reading of Postman's format, so a warning: ${postmanInDocuments("a collection's info.schema")}.`,
    defaultSeverity: "warning",
    evidence: "inferred",
  },
];

/** Every rule and pseudo-rule, with its docs page (docs/rules/<id>.md) as help where the package ships one, its relative links as their text. */
export function ruleDescriptions(info: PackageInfo): RuleDescription[] {
  const described: RuleDescription[] = pseudoRules.map((rule) => ({ ...rule }));
  for (const rule of [...builtInLinter.ruleSet.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const { id, description, defaultSeverity, evidence, source } = rule.meta;
    const docs = readDocs(info.root, id);
    const helpMarkdown = docs === undefined ? `${description}\n\n${source.document}: “${source.passage}”\n` : withRelativeLinksAsText(docs);
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
