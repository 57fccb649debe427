/** What a request file's lint shares: its options, its findings before they are placed, and its run (src/requests/lintRequests.ts, the search query check). */
import { configureRules, type ConfiguredRule, type RulesConfig } from "../engine/ruleConfig.js";
import type { RuleSet } from "../engine/ruleSet.js";
import type { Settings } from "../domain/settings.js";
import type { Audience } from "../lint/audience.js";
import type { LintMessage, LintMessageDraft } from "../lint/lintResult.js";
import type { LimitOptions } from "../lint/oversizedValue.js";
import type { YieldingOptions } from "../lint/validate.js";

/** The limits (maxDepth, maxEntries, maxValues) hold each body, as they hold a payload file. */
export interface LintRequestsOptions extends LimitOptions {
  /** Rule levels: body and search rules as for payloads, and the `request/…` rules. */
  readonly rules?: RulesConfig | undefined;
  readonly settings?: Settings | undefined;
}

/**
 * The options, and (for the command line and the language server) who reads the messages: a
 * library caller by default. `keepYieldingFindings` (ESLint's shared pass) holds for each body as
 * for a payload file: a list's note then names the rules it counted (countedRules), which ESLint
 * reports it under (src/eslint/noteOwner.ts).
 */
export interface LintRequestsWithOptions extends LintRequestsOptions, YieldingOptions {
  readonly audience?: Audience;
  /**
   * The folder an `oms-lint` command would be run in (the command line's, the editor's workspace
   * folder): a body sent from a file names that file relative to it. Undefined (a library
   * caller): as the request file's path and the body's path give it.
   */
  readonly workingFolder?: string;
  /**
   * The request file is an editor's document that is no file on disk (`vscode-vfs://…`,
   * `untitled:…`): its name places no body file, so a body sent from one is named as written and
   * given no command, as the split advice gives none for such a document (splitAdvice.ts).
   */
  readonly notOnDisk?: boolean;
}

/** A body or search finding, before it is placed in the file. */
export type Inner = Omit<LintMessageDraft, "line" | "column" | "endLine" | "endColumn" | "fatal"> & Partial<Pick<LintMessage, "line" | "column" | "endLine" | "endColumn">>;

/** One file's run: the rule set, its configuration (checked once), and the request rules' memories. */
export interface FileRun {
  readonly set: RuleSet;
  readonly configured: ReadonlyMap<string, ConfiguredRule>;
  readonly options: LintRequestsWithOptions;
  readonly memories: Map<string, Map<string, unknown>>;
}

export function fileRun(set: RuleSet, options: LintRequestsWithOptions): FileRun {
  return { set, configured: configureRules(set, options.rules), options, memories: new Map() };
}
