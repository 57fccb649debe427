import type { Diagnostic, ValidationResult } from "../engine/diagnostic.js";
import type { Rule } from "../engine/rule.js";
import { createRuleSet, type RuleSet } from "../engine/ruleSet.js";
import { configureRules, type RulesConfig } from "../engine/ruleConfig.js";
import { checkKind, type Kind } from "../kinds/kinds.js";
import { fixWith, type FixedFindings, type FixOptions, type FixResult } from "../fix/fix.js";
import { lintHttpFileWith, lintPostmanCollectionWith, looksLikePostmanCollection, type LintRequestsOptions, type LintRequestsWithOptions } from "../requests/lintRequests.js";
import type { LintResult } from "./lintResult.js";
import { lintTextWith, type LintTextOptions, type LintTextWithOptions } from "./lintText.js";
import { checkFilePath, checkLinterRules, checkOptions, checkText, optionNames } from "./libraryArguments.js";
import { withUtf8Columns } from "./utf8Columns.js";
import { validateWith, type SourceOptions, type ValidateOptions } from "./validate.js";
import { limitsOf } from "./oversizedValue.js";
import { findingWithoutSecrets } from "./findingWithoutSecrets.js";
import { withExistingRead } from "./existingRecord.js";
import { noOptions, ownOptions } from "./ownOptions.js";
import { isRestClientFile } from "../requests/restClientFile.js";

/**
 * The result with findings that quote no card number or e-mail address in their messages,
 * paths or parameters (findingWithoutSecrets), as lintResult gives every file's messages.
 */
export function withoutSecretLookalikesIn(result: ValidationResult): ValidationResult {
  let diagnostics: Diagnostic[] | undefined;
  result.diagnostics.forEach((d, i) => {
    const shown = findingWithoutSecrets(d);
    if (shown !== d) (diagnostics ??= [...result.diagnostics])[i] = shown;
  });
  return diagnostics === undefined ? result : { ...result, diagnostics };
}

/** Everything that checks something, bound to the rules it was handed. */
export interface Linter {
  /** The rules, indexed. */
  readonly ruleSet: RuleSet;
  validate(kind: Kind, value: unknown, options?: ValidateOptions): ValidationResult;
  lintText(text: string, options?: LintTextOptions): LintResult;
  fix(text: string, kind?: Kind, options?: FixOptions): FixResult;
  lintHttpFile(text: string, filePath?: string, options?: LintRequestsOptions): LintResult;
  lintPostmanCollection(text: string, filePath?: string, options?: LintRequestsOptions): LintResult;
}

/**
 * The same entry points for oms-lint's own command line and language server, which also say
 * who reads the messages (audience): their options come from a config already checked, so
 * only a library caller's are checked, where the library's entry points take them. The rules
 * meet unchecked settings here (the ESLint plugin's, a rule's own tests), and skip an
 * ill-typed one.
 */
export interface ToolLinter {
  validate(kind: Kind, value: unknown, options: ValidateOptions & SourceOptions): ValidationResult;
  lintText(text: string, options: LintTextWithOptions): LintResult;
  fix(text: string, kind: Kind | undefined, options: Omit<LintTextWithOptions, "kind">, fixing?: FixedFindings): FixResult;
  lintHttpFile(text: string, filePath: string | undefined, options: LintRequestsWithOptions): LintResult;
  lintPostmanCollection(text: string, filePath: string | undefined, options: LintRequestsWithOptions): LintResult;
}

export function createToolLinter(ruleSet: RuleSet): ToolLinter {
  return {
    validate: (kind, value, options) => withoutSecretLookalikesIn(validateWith(ruleSet, kind, value, options, limitsOf(options))),
    lintText: (text, options) => withUtf8Columns(lintTextWith(ruleSet, text, options), text),
    fix: (text, kind, options, fixing) => fixWith(ruleSet, text, kind, options, fixing),
    lintHttpFile: (text, filePath, options) => withUtf8Columns(lintHttpFileWith(ruleSet, text, filePath, options), text),
    lintPostmanCollection: (text, filePath, options) => withUtf8Columns(lintPostmanCollectionWith(ruleSet, text, filePath, options), text),
  };
}

/**
 * A linter that runs the rules it is handed, and those alone (the engine imports none):
 * the library and the CLI hand it the built-in set (rules/index.ts); a caller may hand it
 * fewer, or rules of its own. A rule set without the structural rule skips the schema.
 * Every entry point checks its options (libraryArguments.ts): a misspelt name or a setting
 * of the wrong type is a TypeError, never a setting silently lost.
 */
export function createLinter(options: { readonly rules: readonly Rule<any>[] }): Linter {
  checkLinterRules(options);
  const ruleSet = createRuleSet(options.rules);
  const tool = createToolLinter(ruleSet);
  // A misspelt rule id or a bad option is the caller's TypeError at once, as validate() throws
  // it: a request file's lint, and a text whose kind is not told, never configure the rules
  // where it would be thrown (found by the newcomer audit: it was a fatal finding in the file).
  const checkRules = (fn: string, options: { readonly rules?: RulesConfig | undefined } | undefined) => void configureRules(ruleSet, options?.rules, fn);
  return {
    ruleSet,
    // Each reads the caller's options as their own properties say (ownOptions), before any check reads them.
    validate: (kind, value, given) => {
      const options = ownOptions(given);
      checkKind(kind, { fn: "validate", valueFollows: true });
      checkOptions("validate", options, optionNames.validate);
      checkRules("validate", options);
      return tool.validate(kind, value, withExistingRead("validate", options) ?? noOptions);
    },
    lintText: (text, given) => {
      const options = ownOptions(given);
      checkText("lintText", text);
      checkOptions("lintText", options, optionNames.lintText);
      checkRules("lintText", options);
      if (options?.kind !== undefined) checkKind(options.kind, { fn: "lintText", argument: "options.kind" });
      // A request file handed over as text is linted as the CLI lints it (found by the audit of
      // every surface: a .http file was a parse fault at its "@", a collection of unknown kind).
      const requests = options?.kind === undefined ? requestFileOf(text, options) : undefined;
      if (requests !== undefined) {
        const { filePath, rules, settings, maxDepth, maxEntries, maxValues } = options ?? noOptions;
        const requestOptions = { rules, settings, maxDepth, maxEntries, maxValues };
        return requests === "http" ? tool.lintHttpFile(text, filePath, requestOptions) : tool.lintPostmanCollection(text, filePath, requestOptions);
      }
      return tool.lintText(text, withExistingRead("lintText", options) ?? noOptions);
    },
    fix: (text, kind, given) => {
      const options = ownOptions(given);
      checkText("fix", text);
      // null, as a fix's or a lint's result names a kind not told, is read as no kind, as before: told from the content.
      if (kind !== undefined && kind !== null) checkKind(kind, { fn: "fix" });
      checkOptions("fix", options, optionNames.fix);
      checkRules("fix", options);
      return tool.fix(text, kind, withExistingRead("fix", options) ?? noOptions);
    },
    lintHttpFile: (text, filePath, given) => {
      const options = ownOptions(given);
      checkText("lintHttpFile", text);
      checkFilePath("lintHttpFile", filePath);
      checkOptions("lintHttpFile", options, optionNames.lintRequests);
      checkRules("lintHttpFile", options);
      return tool.lintHttpFile(text, filePath, options ?? noOptions);
    },
    lintPostmanCollection: (text, filePath, given) => {
      const options = ownOptions(given);
      checkText("lintPostmanCollection", text);
      checkFilePath("lintPostmanCollection", filePath);
      checkOptions("lintPostmanCollection", options, optionNames.lintRequests);
      checkRules("lintPostmanCollection", options);
      return tool.lintPostmanCollection(text, filePath, options ?? noOptions);
    },
  };
}

/** Whether a text handed to lintText with no kind is a request file: a REST Client file by its name, a Postman collection by its name or its content (as the CLI tells them). */
function requestFileOf(text: string, options: LintTextOptions | undefined): "http" | "postman" | undefined {
  const filePath = options?.filePath ?? "";
  if (isRestClientFile(filePath)) return "http";
  if (/\.postman_collection\.json$/i.test(filePath) || looksLikePostmanCollection(text, limitsOf(options ?? noOptions))) return "postman";
  return undefined;
}
