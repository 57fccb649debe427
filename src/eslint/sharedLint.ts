import { ownOptions } from "../lint/ownOptions.js";
import { callerField } from "../engine/callerField.js";
import { isKind, kinds, type Kind } from "../kinds/kinds.js";
import { unknownName } from "../engine/nearestName.js";
import { builtInLinter } from "../builtIn/linter.js";
import { lintTextWith } from "../lint/lintText.js";
import { lintPostmanCollectionWith } from "../requests/lintRequests.js";
import { requestFileType } from "../lint/lintRun.js";
import { emptyConfig } from "../config/config.js";
import { dirname } from "node:path";
import { lintResult, type LintResult } from "../lint/lintResult.js";
import { isOwnReport } from "../files/ownReport.js";
import type { RulesConfig } from "../engine/ruleConfig.js";
import { checkSettings, type Settings } from "../domain/settings.js";
import { eslintBodyLimitHints, eslintLimitHints, type LanguageLimits } from "./languageLimits.js";
import type { Audience } from "../lint/audience.js";

/** Nothing set: no name of it is read off Object.prototype. */
const inheritsNothing: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

/**
 * What the plugin reads from ESLint's `settings["oms-lint"]`: the payload's kind (otherwise
 * told from the content) and the tenant's settings. They reach the plugin only through
 * ESLint's config, which ESLint's cache keys on, so a cached result is never stale.
 */
export interface PluginSettings {
  readonly kind?: Kind;
  readonly settings: Settings;
}

const settingKeys = ["skipInternationalTax", "onBlocks", "customNoOperationTypes", "certifiedPartNumbers"] as const;
const pluginKeys: readonly string[] = ["kind", ...settingKeys];
const kindNames = kinds.map((k) => k.kind);

/** `settings["oms-lint"]` read, or what is wrong with it in the library's words (`unknown setting "onblocks" (did you mean "onBlocks"?)`). */
export type ReadSettings = { readonly ok: true; readonly settings: PluginSettings } | { readonly ok: false; readonly problem: string };

/**
 * Reads `settings["oms-lint"]`. A misspelt key, a kind that is none, or a value of the wrong
 * shape would otherwise lint the file under other settings than the user wrote (a misspelt
 * skipInternationalTax changed nothing, silently): it is the problem the plugin reports.
 */
export function pluginSettings(eslintSettings: Readonly<Record<string, unknown>> | undefined): ReadSettings {
  // Its "oms-lint" settings as the config answers them (callerField), copied so that a kind or setting it lacks is not a polluted Object.prototype's.
  const own = ownOptions((eslintSettings === undefined ? undefined : (callerField(eslintSettings, "oms-lint") as Readonly<Record<string, unknown>> | undefined)) ?? inheritsNothing, {}, pluginKeys);
  try {
    if (typeof own !== "object" || own === null || Array.isArray(own)) throw new TypeError(`must be an object (${pluginKeys.join(", ")})`);
    const { kind, ...settings } = own as Record<string, unknown>;
    for (const key of Object.keys(settings)) if (!pluginKeys.includes(key)) throw unknownName("setting", key, pluginKeys);
    if (kind !== undefined && !isKind(kind)) throw typeof kind === "string" ? unknownName("kind", kind, kindNames) : new TypeError(`kind must be one of ${kindNames.join(", ")}`);
    // The library's own check of each setting's shape (validate() and the services use it).
    checkSettings(settings, { shapes: true });
    return { ok: true, settings: { kind: kind as Kind | undefined, settings: settings as Settings } };
  } catch (error) {
    return { ok: false, problem: `settings["oms-lint"]: ${(error as Error).message}` };
  }
}

/**
 * Who reads a verdict under ESLint: a limit is raised in `languageOptions.limits`, a kind set
 * in `settings["oms-lint"]` (a Postman collection's bodies were told "the maxEntries option").
 */
function eslintAudience(limits: LanguageLimits): Audience {
  const setTheKind = 'set settings["oms-lint"].kind for it in the ESLint config';
  return {
    limitHints: eslintLimitHints(limits.maxDepth),
    bodyLimitHints: eslintBodyLimitHints(limits.maxDepth),
    nameTheKind: setTheKind,
    notACollection: `if it is a payload, ${setTheKind}`,
  };
}

/** The request rules run on Postman collections only. */
const ruleIds = builtInLinter.ruleSet.rules.map((rule) => rule.meta.id);
const everyRuleOff: RulesConfig = Object.fromEntries(ruleIds.map((id) => [id, "off"]));
/** Each rule at its default level, the recommended config's (rule.meta.defaultSeverity). */
const defaultLevels: ReadonlyMap<string, "warn" | "error"> = new Map(builtInLinter.ruleSet.rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity === "error" ? "error" : "warn"]));

/**
 * The rules the pass runs: those ESLint runs, the others off. With every rule on, a schema
 * rule ESLint turns off still spent a list's limit of 1,000 problems, and ESLint showed
 * oms-lint/schema's note that the lines before it "have at least 1000 problems" it showed none
 * of (1,001 lines without a partNumber, oms-lint/schema/line-item-crucial off: found by the
 * schema check's budget audit). ESLint decides how severe a finding is, and gives a rule no way
 * to read its level: each runs at its default, the recommended config's, so that a note's words
 * about errors and warnings are those of what ESLint shows under it (at "error" for all, the
 * note called line-item-crucial's warnings "an error the configuration makes").
 */
function rulesRunBy(on: ReadonlySet<string>): RulesConfig {
  return Object.fromEntries(ruleIds.map((id) => [id, on.has(id) ? (defaultLevels.get(id) as "warn" | "error") : "off"]));
}

/**
 * Whether ESLint's file is a Postman collection, as the CLI tells one: by its name, or (when
 * no kind is set for it) by an `info.schema` that names Postman's (src/lint/lintRun.ts).
 */
function isPostmanCollection(filePath: string, text: string, kind: Kind | undefined): boolean {
  return requestFileType(filePath, text, { config: emptyConfig(dirname(filePath)), kind, rules: {} }) === "postman";
}

/** One lint pass, and the text and configuration it was made for. */
interface Pass {
  readonly text: string;
  readonly settings: PluginSettings;
  readonly key: string;
  readonly result: LintResult;
}

/**
 * One lint pass per file, shared by every `oms-lint/…` rule: ESLint runs a file's rules one
 * after another on one text, so the last pass, keyed on the source text, the settings and
 * the limits (and, for a rule given options, on those), serves them all. A different text
 * (the next file, or the next `--fix` pass) makes a new pass. The limits are the ones the
 * language parsed the file within: a text it took and this pass refused would get no finding
 * at all (the pass's `parse` verdict is no rule's), one it refused runs no rule.
 */
export class SharedLint {
  #last: Pass | undefined;
  #passes = 0;
  #settingsReads = 0;
  /** `settings["oms-lint"]` read once per ESLint settings object: ESLint hands every rule of the files one config matches the same object. */
  #readSettings = new WeakMap<object, ReadSettings>();
  /** The oms-lint rules ESLint runs on each file it lints, by that lint's SourceCode (one per file and pass). */
  #rulesOn = new WeakMap<object, Set<string>>();

  /** How many lint passes were made (each oms-lint rule of a file reuses its file's). */
  get passes(): number {
    return this.#passes;
  }

  /** How many times `settings["oms-lint"]` was read and checked (once per ESLint settings object). */
  get settingsReads(): number {
    return this.#settingsReads;
  }

  /**
   * `settings["oms-lint"]` read (pluginSettings), once per ESLint settings object: each of a
   * file's ~85 rules checked the whole of it again, and a pass keyed on its text stringified it
   * again, so 200 files under 50,000 certifiedPartNumbers took 104 s where the CLI took 3.7 s.
   */
  settingsOf(eslintSettings: Readonly<Record<string, unknown>> | undefined): ReadSettings {
    if (eslintSettings === undefined) return pluginSettings(undefined);
    let read = this.#readSettings.get(eslintSettings);
    if (read === undefined) {
      this.#settingsReads++;
      this.#readSettings.set(eslintSettings, (read = pluginSettings(eslintSettings)));
    }
    return read;
  }

  /**
   * The oms-lint rules ESLint runs on the file this SourceCode is of, each added as ESLint
   * creates it. ESLint creates only the rules its config turns on, and all of them before it
   * walks the file: once the walk begins, the set is whole, and a finding that gives way to a
   * rule's (givesWayTo) is shown only where none of those rules is in it.
   */
  /** The rules ESLint runs, as a cache key: every rule asks with the same set, once all are made, so it is sorted once per set and size. */
  #rulesKey(on: ReadonlySet<string>): string {
    const kept = this.#rulesKeys.get(on);
    if (kept?.size === on.size) return kept.key;
    const key = [...on].sort().join(",");
    this.#rulesKeys.set(on, { size: on.size, key });
    return key;
  }

  #rulesKeys = new WeakMap<ReadonlySet<string>, { readonly size: number; readonly key: string }>();

  rulesOn(sourceCode: object): Set<string> {
    let on = this.#rulesOn.get(sourceCode);
    if (on === undefined) this.#rulesOn.set(sourceCode, (on = new Set()));
    return on;
  }

  /** The findings of the rules ESLint runs (`on`, once the walk of the file begins) for this text, with their default options; or of one rule with the options given. */
  lint(text: string, filePath: string, settings: PluginSettings, limits: LanguageLimits, on: ReadonlySet<string>, only?: { readonly ruleId: string; readonly options: unknown }): LintResult {
    // The settings by identity (settingsOf gives every rule of a file the same object), so that a rule's cost does not grow with their size.
    const key = JSON.stringify([filePath, limits, only ?? null, only === undefined ? this.#rulesKey(on) : null]);
    if (this.#last?.text === text && this.#last.settings === settings && this.#last.key === key) return this.#last.result;
    // After the cache: every rule of the file asks, and telling a collection may scan the whole text.
    const collection = isPostmanCollection(filePath, text, settings.kind);
    const rules: RulesConfig | undefined = only === undefined ? rulesRunBy(on) : { ...everyRuleOff, [only.ruleId]: ["error", only.options as Record<string, unknown>] };
    this.#passes++;
    // Every finding of every rule ESLint runs, none given up to another's (givesWayTo says which ESLint shows).
    // One of oms-lint's own reports (or its cache) gets nothing, as the CLI's walk leaves it out, even under a kind;
    // but for `[]`, which under a kind is that payload, its fault reported (ownReport.ts), as the CLI's walk reports it.
    // A Postman collection's requests are linted as the CLI lints them, each body's findings kept as a payload file's are
    // (a list's note naming the rules it counted: without them it stood under oms-lint/schema, an error in the recommended config).
    const result = isOwnReport(text, settings.kind)
      ? lintResult("<eslint>", null, [])
      : collection
        ? lintPostmanCollectionWith(builtInLinter.ruleSet, text, "<eslint>", { rules, settings: settings.settings, ...limits, audience: eslintAudience(limits), keepYieldingFindings: true })
        : lintTextWith(builtInLinter.ruleSet, text, { kind: settings.kind, rules, settings: settings.settings, filePath: "<eslint>", ...limits, audience: eslintAudience(limits), keepYieldingFindings: true });
    this.#last = { text, settings, key, result };
    return result;
  }
}
