import type { Diagnostic, Evidence, Severity } from "./diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { fillTemplate } from "./messageTemplate.js";
import { sharingParts } from "../domain/payloadParts.js";
import type { ExistingRecord, Report, RequestReport, Rule, RuleMeta, SourceFacts } from "./rule.js";
import type { Operation } from "../requests/endpoints.js";
import type { EndpointMatch } from "../requests/matchEndpoint.js";
import type { RequestEntry, RequestPart } from "../requests/requestEntry.js";
import type { Settings } from "../domain/settings.js";
import type { ConfiguredRule } from "./ruleConfig.js";
import type { RuleSet } from "./ruleSet.js";

export interface RunOptions {
  readonly settings?: Settings;
  readonly existing?: ExistingRecord;
  readonly source?: SourceFacts;
}

const noOptions: Readonly<Record<string, unknown>> = Object.freeze({});

/** What SPEC §3 allows by default: stated → error; advised and inferred → warning. */
export function severityForEvidence(evidence: Evidence): Severity {
  return evidence === "stated" ? "error" : "warning";
}

/** The severity a rule's findings get under a configuration; undefined when it is off. */
export function ruleSeverity(meta: RuleMeta, configured: ReadonlyMap<string, ConfiguredRule>, fallback = meta.defaultSeverity): Severity | undefined {
  const level = configured.get(meta.id)?.level;
  return level === undefined ? fallback : level === "off" ? undefined : level;
}

/** A report whose messageId the rule does not declare: a bug in the rule, never a message. */
export class UnknownMessageIdError extends Error {}

/**
 * Problems of one rule listed for one payload. A hostile payload (millions of repeated keys,
 * items or unknown fields) would otherwise hold millions of messages in memory and print
 * them; past the limit the rule still runs, and one message says that more were left out.
 */
export const maxProblemsPerRule = 1000;

/**
 * Runs every rule of the set that applies to the kind and is not off. A rule that throws is
 * reported as an internal error of that rule, never rethrown; only a report with an unknown
 * messageId throws (UnknownMessageIdError), as it is a bug in the rule, not in the payload.
 */
export function runRules(
  set: RuleSet,
  configured: ReadonlyMap<string, ConfiguredRule>,
  kind: Kind,
  value: unknown,
  options: RunOptions,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // One context and one report function for the whole run (no allocation per rule): the
  // rule being run and what it has reported so far are this loop's own variables.
  let rule: Rule | undefined;
  let severity: Severity = "error";
  let reported = 0;
  const context = {
    value,
    kind,
    options: noOptions,
    settings: options.settings ?? noOptions,
    existing: options.existing,
    source: options.source,
    report({ path, messageId, data, fix, span, at }: Report): void {
      if (!rule) return;
      const meta = rule.meta;
      const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
      if (template === undefined) {
        throw new UnknownMessageIdError(`rule ${meta.id} reported messageId ${JSON.stringify(messageId)}, which its meta.messages does not declare`);
      }
      if (++reported > maxProblemsPerRule) return;
      const diagnostic: Diagnostic = { ruleId: meta.id, messageId, severity, evidence: meta.evidence, message: fillTemplate(template, data), path };
      diagnostics.push(fix || span || at ? { ...diagnostic, ...(fix ? { fix } : {}), ...(span ? { span } : {}), ...(at ? { at } : {}) } : diagnostic);
    },
  };
  sharingParts(value, () => {
    for (rule of set.byKind.get(kind) ?? []) {
      const found = ruleSeverity(rule.meta, configured);
      if (found === undefined) continue;
      severity = found;
      reported = 0;
      context.options = configured.get(rule.meta.id)?.options ?? rule.meta.defaultOptions ?? noOptions;
      try {
        rule.check?.(context);
        if (reported > maxProblemsPerRule) {
          diagnostics.push({
            ruleId: rule.meta.id,
            messageId: "tooMany",
            severity,
            evidence: rule.meta.evidence,
            message: `more problems of this rule are not listed: oms-lint lists at most ${maxProblemsPerRule} problems of one rule in a payload; fix those and run it again`,
            path: "",
          });
        }
      } catch (error) {
        // A report with a messageId the rule does not declare is a bug in the rule: thrown, as ESLint does.
        if (error instanceof UnknownMessageIdError) throw error;
        diagnostics.push({
          ruleId: rule.meta.id,
          messageId: "internalError",
          severity: "error",
          evidence: rule.meta.evidence,
          message: `internal error in rule ${rule.meta.id} (please report it): ${(error as Error)?.message ?? String(error)}`,
          path: "",
        });
      }
    }
  });
  return diagnostics;
}

/** A request rule's finding, before the file's format places its part. */
export interface RequestFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly evidence: Evidence;
  readonly message: string;
  readonly part: RequestPart;
}

/** The request being checked, and the rules' memories for the file it is in. */
export interface RequestRun {
  readonly request: RequestEntry;
  readonly match: EndpointMatch;
  readonly operation?: Operation;
  /** Each rule's memory across the file's requests (one map a file, kept by the caller). */
  readonly memories: Map<string, Map<string, unknown>>;
}

/** Runs the request rules of the set (those not off) over one request of a file, in the set's order. */
export function runRequestRules(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, run: RequestRun): RequestFinding[] {
  const findings: RequestFinding[] = [];
  const { request, match, operation } = run;
  const hasBodyText = request.body !== undefined && request.body.trim() !== "";
  for (const rule of set.requestRules) {
    const severity = ruleSeverity(rule.meta, configured);
    if (severity === undefined || !rule.checkRequest) continue;
    const meta = rule.meta;
    let memory = run.memories.get(meta.id);
    if (!memory) run.memories.set(meta.id, (memory = new Map()));
    rule.checkRequest({
      request,
      method: request.method.toUpperCase(),
      match,
      operation,
      sendsBody: hasBodyText || request.bodyFromFile === true,
      hasBodyText,
      memory,
      options: configured.get(meta.id)?.options ?? meta.defaultOptions ?? noOptions,
      report({ part, messageId, data }: RequestReport) {
        const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
        if (template === undefined) {
          throw new UnknownMessageIdError(`rule ${meta.id} reported messageId ${JSON.stringify(messageId)}, which its meta.messages does not declare`);
        }
        findings.push({ ruleId: meta.id, messageId, severity, evidence: meta.evidence, message: fillTemplate(template, data), part });
      },
    });
  }
  return findings;
}
