import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { displayPath, terminalSafeJson } from "./displayText.js";
import { isInternalError, type LintMessage, type LintResult, type MessageFix } from "../lint/lintResult.js";
import { constraintPassageTable, type ConstraintPassage } from "../generated/constraintPassages.js";
import type { RuleDescription, StreamFormat } from "./formatter.js";
import { errorsFirstCap, type LeftOut } from "./errorsFirstCap.js";
import { ownField } from "../engine/ownField.js";

const srcRoot = "%SRCROOT%";

/**
 * A file's location: relative to the run's folder (%SRCROOT%) where it lies inside it. A
 * name with a lone surrogate (no file system gives one, a library caller might) cannot be
 * percent-encoded: it is written with U+FFFD in its place.
 */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(filePath.replace(loneSurrogate, "\ufffd"), cwd);
  if (!isAbsolute(shown)) return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: srcRoot };
  return { uri: pathToFileURL(shown).href };
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function level(severity: 1 | 2 | "error" | "warning"): "error" | "warning" {
  return severity === 2 || severity === "error" ? "error" : "warning";
}

function reportingDescriptor(rule: RuleDescription) {
  // Each optional field as the rule's own: a polluted Object.prototype gave every rule its helpUri, help and evidence (audit of the output formats).
  const [helpUri, helpMarkdown, evidence] = [ownField(rule, "helpUri"), ownField(rule, "helpMarkdown"), ownField(rule, "evidence")];
  const text = helpUri ? `${rule.description}\n\nDocs: ${helpUri}` : rule.description;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text, markdown: helpMarkdown ?? text },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: level(rule.defaultSeverity) },
    ...(evidence ? { properties: { evidence } } : {}),
  };
}

/** A fix as SARIF has it: one change to the file, its region replaced by the new text (none: deleted). */
function sarifFix(fix: MessageFix, location: { uri: string; uriBaseId?: string }) {
  return {
    description: { text: fix.text === "" ? "Delete this property (oms-lint --fix)" : `Replace with ${fix.text} (oms-lint --fix)` },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: { startLine: fix.line, startColumn: fix.column, endLine: fix.endLine, endColumn: fix.endColumn },
            ...(fix.text === "" ? {} : { insertedContent: { text: fix.text } }),
          },
        ],
      },
    ],
  };
}

/** A result's `fixes`, where its finding has a fix. */
function sarifFixes(fix: MessageFix | undefined, filePath: string, cwd: string) {
  return fix === undefined ? {} : { fixes: [sarifFix(fix, artifactLocation(filePath, cwd))] };
}

/**
 * SARIF's property bag of a result: which of the rule's messages, and how sure we are (SPEC
 * §3); for a structural finding its schema constraint and, where the schemas quote one, that
 * constraint's own passage and document. The rule's help keeps the rule's passage, which
 * speaks for every constraint of the rule "schema" and states none of them.
 */
function resultProperties(m: LintMessage, passages: ReadonlyMap<string, ConstraintPassage>) {
  // Its own: a polluted Object.prototype.constraint gave every result one (audit of the output formats).
  const constraint = ownField(m, "constraint");
  const own = constraint === undefined ? undefined : passages.get(constraint);
  return {
    messageId: m.messageId,
    evidence: m.evidence,
    ...(constraint === undefined ? {} : { constraint }),
    ...(own === undefined ? {} : { document: own.document, passage: own.passage }),
  };
}

function sarifResults(result: LintResult, cwd: string, ruleIndex: ReadonlyMap<string, number>, passages: ReadonlyMap<string, ConstraintPassage>) {
  return result.messages.map((m) => ({
    ruleId: m.ruleId,
    ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
    level: level(m.severity),
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(result.filePath, cwd),
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
        ...(m.path ? { logicalLocations: [{ fullyQualifiedName: m.path, kind: "element" }] } : {}),
      },
    ],
    // Its own: a polluted Object.prototype.fix gave every result a fix, and an object there a fix of its own.
    ...sarifFixes(ownField(m, "fix"), result.filePath, cwd),
    properties: resultProperties(m, passages),
  }));
}

/** Stands in the results array while the log around it is written. */
const placeholder = "\u0000results";

/**
 * Results a run holds at most: GitHub code scanning refuses the whole upload past it ("SARIF
 * support for code scanning": "any SARIF uploads with more than 25,000 results are rejected").
 */
export const sarifResultLimit = 25_000;

/** The cap's words, for the log's notification and the note on stderr alike. */
function leftOutWords({ errors, warnings }: LeftOut, resultLimit: number): string {
  const limit = resultLimit.toLocaleString("en-US");
  const count = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
  return `${count(errors + warnings, "result")} left out (${count(errors, "error")}, ${count(warnings, "warning")}): GitHub code scanning rejects a SARIF upload of more than ${limit} results, so the log holds ${limit}, errors kept before warnings (the first warnings found); the other formats list every problem`;
}

/**
 * The run's invocation, when there is something to say of it: what the cap left out, and a
 * notification per rule's internal error (executionSuccessful false: a rule did not run, so a
 * warning-level crash does not read as a passing run). Undefined: nothing to say.
 */
function runInvocation(leftOut: LeftOut | undefined, resultLimit: number, crashes: readonly object[]) {
  const capped = leftOut === undefined ? [] : [{ level: "warning", message: { text: leftOutWords(leftOut, resultLimit) }, properties: { resultsLeftOut: leftOut.errors + leftOut.warnings, errorsLeftOut: leftOut.errors, warningsLeftOut: leftOut.warnings } }];
  if (capped.length === 0 && crashes.length === 0) return undefined;
  return { executionSuccessful: crashes.length === 0, toolExecutionNotifications: [...capped, ...crashes] };
}

/** A rule's internal error as a tool execution notification: its rule, its message, the file it crashed on. */
function crashNotification(m: LintMessage, result: LintResult, cwd: string, ruleIndex: ReadonlyMap<string, number>) {
  const index = ruleIndex.get(m.ruleId);
  const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
  return { level: "error", message: { text: m.message }, associatedRule: { id: m.ruleId, ...(index === undefined ? {} : { index }) }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath, cwd), region } }] };
}

/** The log's text around its results: what comes before the array's first entry, the entries' indent, and what follows the last. */
function logAround(run: Record<string, unknown>, invocation?: ReturnType<typeof runInvocation>): { head: string; indent: string; tail: string } {
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ ...run, results: [placeholder], ...(invocation ? { invocations: [invocation] } : {}) }],
  };
  const whole = terminalSafeJson(JSON.stringify(log, null, 2));
  // `"results": [\n<indent>"\u0000results"\n<outer>]`: what stands before and after it.
  const quoted = JSON.stringify(placeholder);
  const at = whole.lastIndexOf(quoted);
  const lineStart = whole.lastIndexOf("\n", at) + 1;
  return { head: whole.slice(0, lineStart - 1), indent: whole.slice(lineStart, at), tail: whole.slice(at + quoted.length) };
}

/**
 * SARIF 2.1.0, as GitHub code scanning takes it (`github/codeql-action/upload-sarif`):
 * the tool with every rule (docs as help), and each problem with its rule, level, message
 * and region. Columns are UTF-16 code units, SARIF's default column kind. The log is
 * written around its results once the run ends: the same text as JSON.stringify(log, null, 2)
 * of the whole. The results are held to the end, in the order
 * found, at most `resultLimit` of them, errors kept before warnings (errorsFirstCap); the
 * invocation's notification says how many of each were (as leftOut() does, for stderr).
 * `sarif` is capped at GitHub's limit.
 */
export const sarifCappedAt =
  (resultLimit: number): StreamFormat =>
  (context) => {
    const { cwd, rules, toolVersion } = context;
    const informationUri = ownField(context, "informationUri");
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    // Parsed once a run, here: a plain validate() never reads the table.
    const passages = constraintPassageTable();
    const run = {
      tool: {
        driver: {
          name: "oms-lint",
          version: toolVersion,
          semanticVersion: toolVersion,
          ...(informationUri ? { informationUri } : {}),
          rules: rules.map(reportingDescriptor),
        },
      },
      originalUriBaseIds: { [srcRoot]: { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href } },
      columnKind: "utf16CodeUnits",
    };
    const { head, indent, tail } = logAround(run);
    // The results held, in the order found; written as JSON at the end (one left out costs no text).
    const cap = errorsFirstCap<object>(resultLimit);
    const leftOut = cap.leftOut;
    const crashes: object[] = [];
    const cut = () => leftOut.errors + leftOut.warnings > 0;
    return {
      start: () => head,
      file(result) {
        for (const m of result.messages) if (isInternalError(m)) crashes.push(crashNotification(m, result, cwd, ruleIndex));
        for (const entry of sarifResults(result, cwd, ruleIndex, passages)) cap.offer(entry, entry.level === "error");
        return "";
      },
      end() {
        let text = "";
        let written = 0;
        for (const entry of cap.held()) {
          const json = terminalSafeJson(JSON.stringify(entry, null, 2));
          text += `${written++ === 0 ? "" : ","}\n${indent}${json.split("\n").join(`\n${indent}`)}`;
        }
        const invocation = runInvocation(cut() ? leftOut : undefined, resultLimit, crashes);
        const closing = invocation === undefined ? tail : logAround(run, invocation).tail;
        // An empty array is written `[]`, as JSON.stringify writes it.
        return written === 0 ? `]${closing.slice(closing.indexOf("]") + 1)}\n` : `${text}${closing}\n`;
      },
      leftOut: () => (cut() ? `the sarif report: ${leftOutWords(leftOut, resultLimit)}` : undefined),
    };
  };

export const sarif: StreamFormat = sarifCappedAt(sarifResultLimit);
