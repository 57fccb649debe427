import { rulesById } from "../engine/ruleEngine.js";
import { requestRuleDescriptions, isRequestRuleId } from "../requests/requestRules.js";
import { pseudoRules } from "../cli/ruleDescriptions.js";

/** What a hover says about a rule: what it checks, how sure the documents make us, and their words. */
export interface RuleHelp {
  readonly id: string;
  readonly description: string;
  readonly evidence?: string;
  readonly document?: string;
  readonly passage?: string;
}

/** The help of a rule, a request rule or a pseudo-rule (parse, schema, kind); undefined for an unknown id. */
export function ruleHelp(id: string): RuleHelp | undefined {
  const rule = rulesById.get(id);
  if (rule) {
    const { description, source } = rule.meta;
    const evidence = (rule.meta as { readonly evidence?: unknown }).evidence;
    return { id, description, ...(typeof evidence === "string" ? { evidence } : {}), document: source.document, passage: source.passage };
  }
  if (isRequestRuleId(id)) return { id, description: requestRuleDescriptions[id].description };
  const pseudo = pseudoRules.find((p) => p.id === id);
  return pseudo ? { id, description: pseudo.description } : undefined;
}

/** The hover's Markdown: the finding's message, then the rule's description, evidence and quoted passage. */
export function helpMarkdown(message: string, help: RuleHelp | undefined, ruleId: string): string {
  const lines = [`**oms-lint** \`${ruleId}\`: ${escapeMarkdown(message)}`];
  if (help) {
    lines.push("", escapeMarkdown(help.description));
    if (help.evidence) lines.push("", `Evidence: **${help.evidence}**`);
    if (help.passage) lines.push("", `> ${escapeMarkdown(help.passage).replace(/\n/g, "\n> ")}`, ">", `> — ${escapeMarkdown(help.document ?? "")}`);
  }
  return lines.join("\n");
}

/** Markdown's own characters in a message (field names with underscores, `*`, brackets) shown as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
