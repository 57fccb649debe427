import { describe, expect, it } from "vitest";
import type { Kind } from "../../src/kinds/kinds.js";
import type { ExistingRecord, Rule, SourceFacts } from "../../src/engine/rule.js";
import { rules } from "../../rules/index.js";
import type { Settings } from "../../src/domain/settings.js";
import { createLinter, createToolLinter, type Linter, type ToolLinter } from "../../src/lint/linter.js";
import type { Diagnostic, Evidence } from "../../src/engine/diagnostic.js";
import type { LintMessage } from "../../src/lint/lintResult.js";
import type { LimitOptions } from "../../src/lint/oversizedValue.js";
import { applyFix } from "../../src/fix/fix.js";

/** One payload a rule is run on (ESLint's RuleTester, over JSON payloads). */
export interface RuleCase {
  /** What the case shows; the test's name. */
  readonly name: string;
  /** The payload as a value; or give `text`, the payload as written, to check line and column too. */
  readonly payload?: unknown;
  readonly text?: string;
  readonly kind?: Kind;
  readonly options?: Record<string, unknown>;
  readonly settings?: Settings;
  readonly existing?: ExistingRecord;
  readonly source?: SourceFacts;
  /** Limits other than the defaults, for a payload given as a value (one nested past level 1000, to test a rule's walk there). */
  readonly limits?: LimitOptions;
}

export interface ExpectedDiagnostic {
  readonly path: string;
  /** The key of the rule's meta.messages the diagnostic must come from. */
  readonly messageId: string;
  /** Substrings the message must contain (names, numbers the user needs). */
  readonly messageIncludes?: readonly string[];
  /** Substrings the message must not contain (a place or a name it must not offer). */
  readonly messageExcludes?: readonly string[];
  /**
   * How sure the finding says we are (SPEC §3), as a user reads it: a case that states it pins
   * the evidence down, so a rule whose meta claims more than its message allows fails here.
   */
  readonly evidence?: Evidence;
  /** 1-based, where the case gives `text`. */
  readonly line?: number;
  readonly column?: number;
}

export interface InvalidRuleCase extends RuleCase {
  /** Every diagnostic of this rule, in document order. */
  readonly errors: readonly ExpectedDiagnostic[];
  /**
   * For a fixable rule: the payload once every fix of the case is made (null: no fix is
   * offered). Required when the rule's reports carry fixes, as ESLint's RuleTester asks.
   */
  readonly output?: unknown;
  /**
   * For a fixable rule's findings that are only our reading (evidence inferred), which carry
   * their edit as a suggestion, never a fix (ESLint's `suggestions`): the payload once each
   * finding's suggestion alone is applied (applyFix), in the findings' order. Required when
   * the reports carry suggestions; such a case's `output` is null (fix() writes nothing).
   */
  readonly suggestions?: readonly unknown[];
}

/**
 * A linter that runs this one rule and nothing else (no schema, no other rule), through the
 * pipeline as the CLI and the ESLint plugin reach it: a case may hand the rule settings of
 * the wrong type (the plugin passes ESLint's as they are), which the library's entry points
 * refuse before any rule runs (test/lint/entryOptions.test.ts).
 */
const linters = new WeakMap<Rule<any>, Linter & { readonly tool: ToolLinter }>();
function linterOf(rule: Rule<any>): Linter & { readonly tool: ToolLinter } {
  let linter = linters.get(rule);
  if (!linter) {
    const checked = createLinter({ rules: [rule] });
    linters.set(rule, (linter = { ...checked, tool: createToolLinter(checked.ruleSet) }));
  }
  return linter;
}

function kindOf(rule: Rule<any>, testCase: RuleCase): Kind {
  const kind = testCase.kind ?? rule.meta.kinds?.[0];
  if (kind === undefined) throw new Error(`${rule.meta.id}: a case needs a kind`);
  return kind;
}

function optionsOf(rule: Rule<any>, testCase: RuleCase) {
  const level = rule.meta.defaultSeverity === "error" ? "error" : "warn";
  return {
    rules: testCase.options ? { [rule.meta.id]: [level, testCase.options] as const } : undefined,
    settings: testCase.settings,
    existing: testCase.existing,
  };
}

function run(rule: Rule<any>, testCase: RuleCase): (Diagnostic | LintMessage)[] {
  const linter = linterOf(rule);
  if (testCase.text !== undefined) {
    return [...linter.tool.lintText(testCase.text, { kind: kindOf(rule, testCase), ...optionsOf(rule, testCase) }).messages];
  }
  return [...linter.tool.validate(kindOf(rule, testCase), testCase.payload, { ...optionsOf(rule, testCase), source: testCase.source, ...testCase.limits }).diagnostics];
}

/**
 * A finding on a kind for which the rule has a note (meta.kindNotes: how we read another
 * document's passage there) ends with that note; a finding on any other kind carries none.
 */
function expectKindNote(rule: Rule<any>, kind: Kind, message: string): void {
  const notes = rule.meta.kindNotes ?? {};
  const own = notes[kind];
  if (own !== undefined) expect(message.endsWith(own), `a finding on ${kind} ends with the rule's note for ${kind}`).toBe(true);
  for (const [other, note] of Object.entries(notes)) {
    if (other !== kind && note !== own) expect(message, `a finding on ${kind} does not carry the note for ${other}`).not.toContain(note);
  }
}

/** The payload as text, for fix(): the case's own text, or the payload written with two spaces. */
function textOf(testCase: RuleCase): string {
  return testCase.text ?? JSON.stringify(testCase.payload, null, 2);
}

/**
 * Runs a rule alone (a linter handed only it) over valid cases (no diagnostic) and invalid
 * cases (exactly the listed diagnostics: their paths, messageIds, the rule's default
 * severity and evidence, line and column where the case gives text, and the output of
 * its fixes where the rule offers them).
 */
export function ruleTester(
  rule: Rule<any>,
  cases: { readonly valid: readonly RuleCase[]; readonly invalid: readonly InvalidRuleCase[] },
): void {
  describe(rule.meta.id, () => {
    it("is registered in rules/index.ts", () => {
      expect(rules).toContain(rule);
    });
    describe("valid", () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          expect(run(rule, testCase)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const found = run(rule, testCase);
          expect(found.map((d) => d.path)).toEqual(testCase.errors.map((e) => e.path));
          expect(found.map((d) => d.messageId)).toEqual(testCase.errors.map((e) => e.messageId));
          found.forEach((diagnostic, i) => {
            const expected = testCase.errors[i]!;
            expect(rule.meta.messages, `messageId ${expected.messageId} is one of the rule's`).toHaveProperty([expected.messageId]);
            const numbered = rule.meta.defaultSeverity === "error" ? 2 : 1;
            expect(diagnostic.severity).toBe(testCase.text === undefined ? rule.meta.defaultSeverity : numbered);
            // On a kind whose document does not give the rule's passage (a kind note), the finding is our reading.
            expect(diagnostic.evidence).toBe(rule.meta.kindNotes?.[kindOf(rule, testCase)] ? "inferred" : rule.meta.evidence);
            if (expected.evidence !== undefined) expect(diagnostic.evidence, "the evidence the case states").toBe(expected.evidence);
            for (const part of expected.messageIncludes ?? []) expect(diagnostic.message).toContain(part);
            for (const part of expected.messageExcludes ?? []) expect(diagnostic.message).not.toContain(part);
            expectKindNote(rule, kindOf(rule, testCase), diagnostic.message);
            if (expected.line !== undefined || expected.column !== undefined) {
              expect(testCase.text, "line and column need the case's text").toBeDefined();
              const placed = diagnostic as LintMessage;
              expect({ line: placed.line, column: placed.column }).toEqual({ line: expected.line ?? placed.line, column: expected.column ?? placed.column });
            }
          });
          const fixes = found.filter((d) => d.fix !== undefined);
          if (fixes.length > 0) expect(rule.meta.fixable, "a rule whose reports carry fixes says fixable").toBe(true);
          if (fixes.length > 0 || (testCase.output !== undefined && testCase.output !== null)) {
            expect(testCase.output, "a case whose reports carry fixes states their output").toBeDefined();
            const fixed = linterOf(rule).tool.fix(textOf(testCase), kindOf(rule, testCase), optionsOf(rule, testCase));
            expect(JSON.parse(fixed.output)).toEqual(testCase.output);
          } else if (testCase.output === null) {
            expect(fixes).toEqual([]);
            const fixed = linterOf(rule).tool.fix(textOf(testCase), kindOf(rule, testCase), optionsOf(rule, testCase));
            expect(fixed.output, "fix() writes nothing").toBe(textOf(testCase));
          }
          const suggested = found.filter((d) => d.suggestion !== undefined);
          if (suggested.length > 0 || testCase.suggestions !== undefined) {
            expect(rule.meta.fixable, "a rule whose reports carry suggestions says fixable").toBe(true);
            expect(testCase.suggestions, "a case whose reports carry suggestions states what each makes").toBeDefined();
            // A finding the documents state suggests rather than fixes only where its message says why --fix does not make it.
            for (const d of suggested) expect(d.evidence === "inferred" || d.message.includes("--fix does not"), "only a finding that is our reading, or says why --fix leaves it, suggests rather than fixes").toBe(true);
            // Each suggestion's JSON edit (validate()'s), applied alone as an editor's quick fix would.
            const text = textOf(testCase);
            const edits = run(rule, { ...testCase, text: undefined, payload: JSON.parse(text) }).flatMap((d) => ((d as Diagnostic).suggestion ? [(d as Diagnostic).suggestion!] : []));
            expect(edits.map((edit) => JSON.parse(applyFix(text, edit)))).toEqual(testCase.suggestions);
          }
        });
      }
    });
  });
}

/** The diagnostics one rule reports on one case (the rule alone): for property tests beside a table. */
export function ruleDiagnostics(rule: Rule<any>, testCase: Omit<RuleCase, "name">) {
  return run(rule, { name: "", ...testCase }) as Diagnostic[];
}

/** One file a request rule is run on: a REST Client file (`.http`) or a Postman collection's text. */
export type RequestRuleCase = {
  readonly name: string;
  /** The lines of the file's own parse warnings, a valid case's only findings: a mistake the parse names, which the rule then leaves to it. */
  readonly parseWarnings?: readonly number[];
  /** The lines of its parse errors (a body that is no JSON), a valid case's only findings beside those warnings: the body's own lint says what is wrong with it. */
  readonly parseErrors?: readonly number[];
} & ({ readonly http: string } | { readonly postman: string });

export interface ExpectedRequestFinding {
  readonly messageId: string;
  /** 1-based line of the file the finding stands at. */
  readonly line: number;
  readonly column?: number;
  /** Where its range ends (the column past its last character), where the case pins it: a header sent on several lines spans them. */
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly messageIncludes?: readonly string[];
  /** Substrings the message must not contain (words the documents say of another call, a value as it was misread). */
  readonly messageExcludes?: readonly string[];
}

/** A valid request case's expected findings, the parse's alone, in file order: [ruleId, severity, line]. */
function parseFindings(testCase: RequestRuleCase): [string, number, number][] {
  const warnings = (testCase.parseWarnings ?? []).map((line): [string, number, number] => ["parse", 1, line]);
  const errors = (testCase.parseErrors ?? []).map((line): [string, number, number] => ["parse", 2, line]);
  return [...warnings, ...errors].sort((a, b) => a[2] - b[2]);
}

/**
 * Runs a request rule alone over .http files and Postman collections: valid cases have no finding; invalid cases
 * exactly the listed ones (messageId, line, column where given, the rule's severity and
 * evidence), in file order.
 */
export function requestRuleTester(
  rule: Rule<any>,
  cases: { readonly valid: readonly RequestRuleCase[]; readonly invalid: readonly (RequestRuleCase & { readonly errors: readonly ExpectedRequestFinding[] })[] },
): void {
  describe(rule.meta.id, () => {
    it("is registered in rules/index.ts as a request rule", () => {
      expect(rules).toContain(rule);
      expect(rule.meta.target).toBe("request");
    });
    const findings = (testCase: RequestRuleCase) =>
      "http" in testCase ? linterOf(rule).lintHttpFile(testCase.http, "case.http").messages : linterOf(rule).lintPostmanCollection(testCase.postman, "case.postman_collection.json").messages;
    describe("valid", () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => expect(findings(testCase).map((m) => [m.ruleId, m.severity, m.line])).toEqual(parseFindings(testCase)));
      }
    });
    describe("invalid", () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const found = findings(testCase);
          expect(found.map((m) => [m.messageId, m.line])).toEqual(testCase.errors.map((e) => [e.messageId, e.line]));
          found.forEach((m, i) => {
            const expected = testCase.errors[i]!;
            expect(rule.meta.messages).toHaveProperty([expected.messageId]);
            expect(m.ruleId).toBe(rule.meta.id);
            expect(m.severity).toBe(rule.meta.defaultSeverity === "error" ? 2 : 1);
            expect(m.evidence).toBe(rule.meta.evidence);
            if (expected.column !== undefined) expect(m.column).toBe(expected.column);
            if (expected.endLine !== undefined) expect(m.endLine, "the line its range ends at").toBe(expected.endLine);
            if (expected.endColumn !== undefined) expect(m.endColumn, "the column its range ends at").toBe(expected.endColumn);
            for (const part of expected.messageIncludes ?? []) expect(m.message).toContain(part);
            for (const part of expected.messageExcludes ?? []) expect(m.message).not.toContain(part);
          });
        });
      }
    });
  });
}
