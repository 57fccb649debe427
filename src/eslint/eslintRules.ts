import type { Rule } from "eslint";
import { builtInLinter } from "../builtIn/linter.js";
import { pseudoRules } from "../builtIn/ruleDescriptions.js";
import { postmanInfoSchemaId } from "../requests/postmanInfoSchema.js";
import type { MessageFix } from "../lint/lintResult.js";
import { kinds } from "../kinds/kinds.js";
import { lineStarts } from "../source/lineIndex.js";
import { languageLimits, languageMaxFileSize, limitsProblem } from "./languageLimits.js";
import { eslintMaxFileSize, fileTooLargeMessage } from "./languageFileSize.js";
import { fileTreatment, sizeOverLimit } from "./lintedFile.js";
import { ignoreGlobOf, type HiddenPlace } from "./hiddenPlace.js";
import { eslintRuleOf } from "./noteOwner.js";
import { mayBePayload } from "./payloadFile.js";
import { fileEncodingFault } from "./fileEncoding.js";
import type { SharedLint } from "./sharedLint.js";
import { fixTitle } from "../fix/fixTitle.js";
import { languageId } from "./pluginLanguage.js";
import { fallbackReporter } from "./fallbackReporter.js";

/** Every rule (structural ones included): the request rules check the requests of Postman collections (ESLint does not read .http files). */
const omsRules = builtInLinter.ruleSet.rules;
/** A payload whose kind cannot be told: a finding of no rule module, an ESLint rule all the same. */
const kindRule = pseudoRules.find((p) => p.id === "kind")!;
/** A fault of a collection's structure or of a request's body that is not JSON: the file parsed, so it is a finding (a file that does not parse is ESLint's Parsing error). */
const parseRule = pseudoRules.find((p) => p.id === "parse")!;
/** A collection's info.schema that names no Postman schema: a warning, where `parse` is an error. */
const postmanInfoSchemaRule = pseudoRules.find((p) => p.id === postmanInfoSchemaId)!;
/**
 * The kind rule in ESLint's words: the CLI's message names --kind and oms-lint.config.json,
 * which ESLint has not and the plugin does not read; ESLint's settings name the kind.
 */
/** What follows the hidden place in oms-lint/kind's warning: why nothing lints the file, what it reads as, and the two ways on. */
const hiddenAdvice =
  'so no oms-lint rule lints it, though its content reads as a {{kind}} payload (our reading of its fields): to lint it, name its kind with settings: { "oms-lint": { kind } } in a config object whose files match it; to leave it, add "{{ignore}}" to the config\'s ignores';

const kindInEslint = {
  description: 'oms-lint must know which payload a file holds: name it with settings["oms-lint"].kind when its content does not tell.',
  messages: {
    unknownKind: `cannot tell which payload this is: name its kind with settings: { "oms-lint": { kind } } in a config object whose files match it; the kinds are ${kinds.map((k) => k.kind).join(", ")}`,
    // Said of a file the rules leave for its hidden folder or hidden name alone (lintedFile.ts), where its content reads as a payload.
    // The glob to leave it by works in a config object with `files` too: "{{folder}}/" matched no file there (review of the ESLint plugin).
    hiddenFolder: `this file lies in the hidden folder "{{folder}}", which oms-lint's folder walk does not enter, ${hiddenAdvice}`,
    hiddenFile: `this file's name "{{name}}" is hidden (it starts with a dot), and oms-lint's folder walk skips hidden files, ${hiddenAdvice}`,
  },
};

/** The plugin's own rule: `settings["oms-lint"]` must be what the plugin reads; ESLint's, not the CLI's (its config file is checked when it is read). */
const settingsRule = {
  id: "settings",
  description:
    'settings["oms-lint"] must name only kind, skipInternationalTax, onBlocks, customNoOperationTypes and certifiedPartNumbers, each of the shape the library takes; and languageOptions.limits, under a language that does not check them, what the plugin\'s language takes.',
};

/** A settings problem's words: every oms-lint rule may have to say it. */
const settingsMessages = { settings: "{{message}}; no oms-lint rule lints this file until it is fixed" };

/** The rules that are errors at oms-lint's default level: where the rule meant for a problem of the whole file is off, one of these says it (fallbackReporter). */
const errorsByDefault: ReadonlySet<string> = new Set([
  ...[parseRule, postmanInfoSchemaRule].filter((p) => p.defaultSeverity === "error").map((p) => p.id),
  ...omsRules.filter((rule) => rule.meta.defaultSeverity === "error").map((rule) => rule.meta.id),
]);

/**
 * The fix of one finding as ESLint wants it: the edit its rule reported with it (what
 * `oms-lint --fix` makes for it alone), as a replacement of exactly the characters it
 * changes. ESLint's text, like oms-lint's positions, has no byte order mark.
 */
function fixOf(starts: () => Uint32Array, edit: MessageFix | undefined): Rule.ReportFixer | undefined {
  if (edit === undefined) return undefined;
  return (fixer) => {
    const offset = (line: number, column: number) => (starts()[line - 1] ?? 0) + column - 1;
    return fixer.replaceTextRange([offset(edit.line, edit.column), offset(edit.endLine, edit.endColumn)], edit.text);
  };
}

/** An ESLint rule that reports one oms-lint rule's findings, from the pass every oms-lint rule shares. */
function eslintRule(
  id: string,
  description: string,
  shared: SharedLint,
  extra: { url?: string; fixable?: boolean; optionsSchema?: Readonly<Record<string, unknown>>; messages?: Readonly<Record<string, string>> },
): Rule.RuleModule {
  // A finding whose messageId the rule words itself gets those words; any other, oms-lint's message.
  const messages: Record<string, string> = {
    finding: "{{message}}",
    ...settingsMessages,
    // What the edit does, in the language server's words for its quick fix (fixTitle).
    ...(extra.fixable ? { suggestion: "{{title}}" } : {}),
    ...extra.messages,
  };
  return {
    meta: {
      type: "problem",
      // The plugin's language alone (ESLint 10.2 and later; ESLint 9 does not read the key): under another
      // JSON language (json/jsonc) the rules ran and passed a comment and an empty value the CLI refuses
      // (editor audit); ESLint 10 now refuses the config, naming the language.
      languages: [languageId],
      docs: { description, ...(extra.url ? { url: extra.url } : {}) },
      messages,
      // A fixable rule's finding that is only our reading carries its edit as a suggestion instead.
      ...(extra.fixable ? { fixable: "code" as const, hasSuggestions: true } : {}),
      schema: extra.optionsSchema ? [extra.optionsSchema as Rule.RuleMetaData["schema"] & object] : [],
    },
    create(context) {
      // package.json, tsconfig.json, .vscode/, node_modules/, …: the CLI's folder walk from ESLint's cwd skips them; so does every
      // oms-lint rule, but for a payload in a hidden folder whose kind the settings name (lintedFile.ts).
      const text = context.sourceCode.text;
      // Wrong limits under another language are oms-lint/settings' error below; the default stands in until then.
      const maxFileSize = limitsProblem(context.languageOptions) === undefined ? languageMaxFileSize(context.languageOptions) : eslintMaxFileSize;
      const seen = { text, ast: context.sourceCode.ast, maxFileSize };
      const kindSet = () => {
        const read = shared.settingsOf(context.settings);
        return read.ok && read.settings.kind !== undefined;
      };
      const treatment = fileTreatment(context.filename, context.cwd, kindSet, seen);
      if (!treatment.lint) return id === kindRule.id && treatment.hidden !== undefined ? hiddenReport(context, treatment.hidden) : {};
      const on = shared.rulesOn(context.sourceCode);
      on.add(id);
      const read = shared.settingsOf(context.settings);
      if (!read.ok) return settingsProblemReport(context, id, on, read.problem);
      // The plugin's language refuses wrong limits as ESLint's config error; another (json/json, which
      // ESLint 9 lets the rules run under) checks none, and the TypeError languageLimits threw from
      // here stopped ESLint 9 with "Oops! Something went wrong!" and a stack (audit of the ESLint plugin).
      const limitsWrong = limitsProblem(context.languageOptions);
      if (limitsWrong !== undefined) return settingsProblemReport(context, id, on, `languageOptions.${limitsWrong}`);
      const settings = read.settings;
      const options = context.options[0] as Record<string, unknown> | undefined;
      const given = options !== undefined && Object.keys(options).length > 0 ? { ruleId: id, options } : undefined;
      const limits = languageLimits(context.languageOptions);
      // Linted and reported once the walk of the file begins, when ESLint has created every
      // rule it runs: the pass runs those alone, and a finding that gives way to another
      // rule's of the same cause is shown only where that rule is off (one cause, one finding,
      // as in the CLI).
      // The language judged the file below the process's working folder, which parse() stands in
      // for ESLint's cwd with: where that skipped it (a repository in ~/.work/ linted from ~), its
      // encoding and limits went unchecked, and are said here, under oms-lint/parse (fix audit).
      const parserSkipped = !mayBePayload(context.filename, process.cwd());
      return {
        Document() {
          if (parserSkipped) {
            // Past the size limit the language read nothing of it (unreadDocument.ts): it is refused here, as the language refuses a payload, at the size the language measured.
            const bytes = sizeOverLimit(seen);
            if (bytes !== undefined) return reportByOne(context, id, on, { line: 1, column: 1 }, fileTooLargeMessage(bytes, seen.maxFileSize));
            const encoding = fileEncodingFault(text, context.physicalFilename);
            if (encoding !== undefined) return reportByOne(context, id, on, { line: encoding.line, column: encoding.column }, encoding.message);
          }
          const result = shared.lint(text, context.filename, settings, limits, on, given);
          let starts: Uint32Array | undefined;
          for (const m of result.messages) {
            if (m.fatal && parserSkipped) reportByOne(context, id, on, { line: m.line, column: m.column }, m.message);
            // A fatal parse verdict is the language's Parsing error; under another language (json/json, which ESLint 9 lets the rules run on) it stays no rule's, as before.
            if (eslintRuleOf(m, result.messages, on) !== id || m.fatal || m.givesWayTo?.some((rule) => on.has(rule))) continue;
            const fix = fixOf(() => (starts ??= lineStarts(text)), m.fix);
            // An inferred finding's edit, or one its rule holds back, is ESLint's suggestion: offered, never made by `eslint --fix`.
            const suggested = m.suggestion && { messageId: "suggestion", data: { title: fixTitle(m, m.suggestion, false) }, fix: fixOf(() => (starts ??= lineStarts(text)), m.suggestion)! };
            context.report({
              loc: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
              messageId: extra.messages && Object.hasOwn(extra.messages, m.messageId) ? m.messageId : "finding",
              data: { message: m.message },
              ...(fix ? { fix } : {}),
              ...(suggested ? { suggest: [suggested] } : {}),
            });
          }
        },
      };
    },
  };
}

/**
 * What is wrong with `settings["oms-lint"]` (or with `languageOptions.limits` under a language that let them through), said once on each file the settings reach, by
 * `oms-lint/settings` (or, when it is off, by another oms-lint rule ESLint runs there: fallbackReporter), and
 * nothing else: findings made under settings other than the user wrote would mislead. ESLint
 * gives a plugin no hook to check its settings when it reads the config (a language checks
 * only `languageOptions`), and an error thrown here would stop the whole run with a stack trace.
 */
function settingsProblemReport(context: Rule.RuleContext, id: string, on: ReadonlySet<string>, problem: string): Rule.RuleListener {
  return {
    Document() {
      const reporter = on.has(settingsRule.id) ? settingsRule.id : fallbackReporter(on, errorsByDefault);
      if (reporter === id) context.report({ loc: { line: 1, column: 1 }, messageId: "settings", data: { message: problem } });
    },
  };
}

/** oms-lint/kind's one warning on a file left for its hidden folder or name alone, whose content reads as a payload (lintedFile.ts): where it lies, and the glob that leaves it. */
function hiddenReport(context: Rule.RuleContext, { place, kind }: { readonly place: HiddenPlace; readonly kind: string }): Rule.RuleListener {
  const ignore = ignoreGlobOf(place);
  const [messageId, data] = "folder" in place ? ["hiddenFolder", { folder: place.folder, kind, ignore }] : ["hiddenFile", { name: place.file.split("/").at(-1)!, kind, ignore }];
  return {
    Document() {
      context.report({ loc: { line: 1, column: 1 }, messageId, data });
    },
  };
}

/** A parse verdict the language did not give, said once: by `oms-lint/parse`, or when it is off by another oms-lint rule ESLint runs (fallbackReporter). */
function reportByOne(context: Rule.RuleContext, id: string, on: ReadonlySet<string>, loc: { line: number; column: number }, message: string): void {
  const reporter = fallbackReporter(on, errorsByDefault);
  if (reporter === id) context.report({ loc, messageId: "finding", data: { message } });
}

/** One ESLint rule per oms-lint rule (by its id, `schema` and `request/…` included), plus `settings`, `kind`, `parse` and `postman-info-schema`; all share one lint pass per file. */
export function eslintRules(shared: SharedLint, docsUrl?: (ruleId: string) => string | undefined): Record<string, Rule.RuleModule> {
  const rules: Record<string, Rule.RuleModule> = {
    [settingsRule.id]: eslintRule(settingsRule.id, settingsRule.description, shared, {}),
    [kindRule.id]: eslintRule(kindRule.id, kindInEslint.description, shared, { messages: kindInEslint.messages }),
    [parseRule.id]: eslintRule(parseRule.id, parseRule.description, shared, {}),
    [postmanInfoSchemaRule.id]: eslintRule(postmanInfoSchemaRule.id, postmanInfoSchemaRule.description, shared, {}),
  };
  for (const rule of omsRules) {
    const { id, description, fixable, optionsSchema } = rule.meta;
    rules[id] = eslintRule(id, description, shared, { url: docsUrl?.(id), fixable: fixable === true, optionsSchema });
  }
  return rules;
}

/**
 * Each rule at its oms-lint default (error or warn), under the plugin's prefix. `kind` is a
 * warning: ESLint lints the files its `files` globs find, and the CLI reports a file it
 * found whose kind cannot be told as a warning (`--unknown-kind warn`, its default); the
 * rule's level is the plugin's `--unknown-kind` ("error", "warn" or "off").
 */
export function recommendedRules(prefix: string): Record<string, "error" | "warn"> {
  const levels: Record<string, "error" | "warn"> = { [`${prefix}/${settingsRule.id}`]: "error", [`${prefix}/${kindRule.id}`]: "warn" };
  for (const { id, defaultSeverity } of [parseRule, postmanInfoSchemaRule]) levels[`${prefix}/${id}`] = eslintLevel(defaultSeverity);
  for (const rule of omsRules) levels[`${prefix}/${rule.meta.id}`] = eslintLevel(rule.meta.defaultSeverity);
  return levels;
}

/** A default severity in ESLint's words. */
function eslintLevel(defaultSeverity: "error" | "warning"): "error" | "warn" {
  return defaultSeverity === "error" ? "error" : "warn";
}
