import { builtInLinter } from "../builtIn/linter.js";
import { pseudoRules } from "../builtIn/ruleDescriptions.js";
import type { ConstraintPassage } from "../generated/constraintPassages.js";
import { escapeControls } from "../formatters/displayText.js";
import { escapeMarkdown } from "../formatters/markdownText.js";

/** What a hover says about a rule: what it checks, how sure the documents make us, and their words. */
export interface RuleHelp {
  readonly id: string;
  readonly description: string;
  readonly evidence?: string;
  readonly document?: string;
  readonly passage?: string;
  /**
   * A structural finding's: whether the passage is its constraint's own (x-oms-passage) or,
   * the schemas quoting none for it, its rule's, which speaks for the rule as a whole.
   */
  readonly passageOf?: "constraint" | "rule";
}

/** What a finding carries that says which help is its own. */
export interface FindingFacts {
  readonly ruleId: string;
  readonly constraint?: string;
}

/**
 * The help of one finding: its rule's, where a structural finding's constraint quotes its own
 * passage with that passage instead. The rule "schema" holds every constraint the documents
 * state, and its one passage says nothing of any of them.
 */
export function findingHelp(finding: FindingFacts, passages: ReadonlyMap<string, ConstraintPassage>): RuleHelp | undefined {
  const help = ruleHelp(finding.ruleId);
  if (help === undefined || builtInLinter.ruleSet.byId.get(finding.ruleId)?.meta.structural !== true) return help;
  const own = finding.constraint === undefined ? undefined : passages.get(finding.constraint);
  return own ? { ...help, document: own.document, passage: own.passage, passageOf: "constraint" } : { ...help, passageOf: "rule" };
}

/** The help of a rule (payload, structural or request rule) or a pseudo-rule (parse, kind, suppressions, fix, postman-info-schema); undefined for an unknown id. */
export function ruleHelp(id: string): RuleHelp | undefined {
  const rule = builtInLinter.ruleSet.byId.get(id);
  if (rule) {
    const { description, evidence, source } = rule.meta;
    return { id, description, evidence, document: source.document, passage: source.passage };
  }
  const pseudo = pseudoRules.find((p) => p.id === id);
  return pseudo ? { id, description: pseudo.description } : undefined;
}

/**
 * The hover's Markdown: the finding's message and evidence, then the rule's description and
 * quoted passage (its constraint's own, where it has one). Every text as the CLI's formatters
 * write it (escapeControls), then as Markdown shows it as written (a raw U+202E reached the
 * hover, audit); the passage line by line, its line breaks kept.
 */
export function helpMarkdown(message: string, evidence: string | undefined, help: RuleHelp | undefined, ruleId: string): string {
  const lines = [`**oms-lint** \`${ruleId}\`: ${shown(message)}`];
  const sure = evidence ?? help?.evidence;
  if (sure) lines.push("", `Evidence: **${sure}** (${evidenceInWords(sure, help)})`);
  if (help) {
    lines.push("", shown(help.description));
    // Never credit the documents with a word on this constraint that they do not give (SPEC §3).
    if (help.passage && help.passageOf === "rule") lines.push("", "The documents quote no passage on this constraint itself; the rule's, for the rule as a whole:");
    if (help.passage) lines.push("", ...help.passage.split("\n").map((line) => `> ${shown(line)}`), ">", `> — ${shown(help.document ?? "")}`);
  }
  return lines.join("\n");
}

function shown(text: string): string {
  return escapeMarkdown(escapeControls(text));
}

/** SPEC §3, in a reader's words. */
const evidenceWords: Readonly<Record<string, string>> = {
  stated: "the documents say the OMS refuses or requires it",
  advised: "the documents advise it",
  inferred: "our reading, not the documents' words",
};

/**
 * The evidence in a reader's words. A stated check whose source is not one of the vendor's
 * documents does not credit the vendor's documents with it (no rule is one now: duplicate-key
 * and unsafe-integer, which rest on RFC 8259, are our reading, inferred: SPEC §3);
 * nor does a pseudo-rule's (parse, kind, suppressions, postman-info-schema), which has no source: the verdict is oms-lint's own.
 */
function evidenceInWords(evidence: string, help: RuleHelp | undefined): string {
  const document = help?.document;
  if (help !== undefined && document === undefined) return "oms-lint's own verdict, which quotes no vendor document";
  if (evidence === "stated" && document !== undefined && !document.includes("seeds/")) return "the source quoted below states it, not the vendor's documents";
  return evidenceWords[evidence] ?? evidence;
}
