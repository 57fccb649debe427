import type { Diagnostic, ValidationResult } from "../engine/diagnostic.js";
import type { Rule } from "../engine/rule.js";
import { createRuleSet, type RuleSet } from "../engine/ruleSet.js";
import type { Kind } from "../kinds/kinds.js";
import { fixWith, type FixOptions, type FixResult } from "../fix/fix.js";
import { lintHttpFileWith, lintPostmanCollectionWith, type LintRequestsOptions } from "../requests/lintRequests.js";
import type { LintResult } from "./lintResult.js";
import { lintTextWith, type LintTextOptions } from "./lintText.js";
import { checkOptions, checkText } from "./libraryArguments.js";
import { withUtf8Columns } from "./utf8Columns.js";
import { validateWith, type ValidateOptions } from "./validate.js";
import { limitsOf } from "./oversizedValue.js";
import { pointerWithoutSecretLookalikes } from "../domain/secretLookalikes.js";

/**
 * The result with paths that quote no card number or e-mail address (a key may be one: a
 * service logs the path beside the message), as lintResult gives every file's messages.
 */
function withPathsWithoutSecrets(result: ValidationResult): ValidationResult {
  let diagnostics: Diagnostic[] | undefined;
  result.diagnostics.forEach((d, i) => {
    const path = pointerWithoutSecretLookalikes(d.path);
    if (path !== d.path) (diagnostics ??= [...result.diagnostics])[i] = { ...d, path };
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
 * A linter that runs the rules it is handed, and those alone (the engine imports none):
 * the library and the CLI hand it the built-in set (rules/index.ts); a caller may hand it
 * fewer, or rules of its own. A rule set without the structural rule skips the schema.
 */
export function createLinter({ rules }: { readonly rules: readonly Rule<any>[] }): Linter {
  const ruleSet = createRuleSet(rules);
  return {
    ruleSet,
    validate: (kind, value, options) => {
      checkOptions("validate", options);
      return withPathsWithoutSecrets(validateWith(ruleSet, kind, value, options ?? {}, limitsOf(options)));
    },
    lintText: (text, options) => {
      checkText("lintText", text);
      checkOptions("lintText", options);
      return withUtf8Columns(lintTextWith(ruleSet, text, options), text);
    },
    fix: (text, kind, options) => {
      checkText("fix", text);
      checkOptions("fix", options);
      return fixWith(ruleSet, text, kind, options);
    },
    lintHttpFile: (text, filePath, options) => {
      checkText("lintHttpFile", text);
      checkOptions("lintHttpFile", options);
      return withUtf8Columns(lintHttpFileWith(ruleSet, text, filePath, options), text);
    },
    lintPostmanCollection: (text, filePath, options) => {
      checkText("lintPostmanCollection", text);
      checkOptions("lintPostmanCollection", options);
      return withUtf8Columns(lintPostmanCollectionWith(ruleSet, text, filePath, options), text);
    },
  };
}
