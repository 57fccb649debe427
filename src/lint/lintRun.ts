import type { Config } from "../config/config.js";
import { fileConfig } from "../config/fileConfig.js";
import { kindForFile } from "../config/kindForFile.js";
import type { ExistingRecord } from "../engine/rule.js";
import type { RulesConfig } from "../engine/ruleConfig.js";
import type { Kind } from "../kinds/kinds.js";
import { looksLikePostmanCollection } from "../requests/lintRequests.js";
import { defaultMaxFileSize, maxReadableSize, tooLargeWording, type TooLargeWording } from "../source/fileSize.js";
import type { CacheEntries } from "./cachedResult.js";
import { commandLineAudience, type Audience } from "./audience.js";
import { limitsOf } from "./oversizedValue.js";
import { toolOptions } from "./ownOptions.js";
import { settledData } from "../config/settledData.js";
import { isRestClientFile } from "../requests/restClientFile.js";

/** Everything that decides how any one file is linted: the same for every file of a run. */
export interface LintRun {
  readonly config: Config;
  /** --kind: forces the kind of every file. */
  readonly kind?: Kind;
  /** The language server's: `kind` is the one it told from the document's content, so a Create Order's fixes are held as the CLI holds them (heldOrderFixes.ts). */
  readonly kindToldFromContent?: boolean;
  /** The config's rules with --rule on top (what a file no `overrides` entry applies to gets). */
  readonly rules: RulesConfig;
  /** --rule alone: laid over the rules of `overrides` entries too. */
  readonly commandLineRules?: RulesConfig;
  readonly existing?: ExistingRecord;
  readonly maxDepth?: number;
  /** Elements of one array (members of one object) allowed; default 100,000. */
  readonly maxEntries?: number;
  /** Values in one file allowed; default 5,000,000. */
  readonly maxValues?: number;
  /** Bytes a file may hold and be read; default 64 MiB. */
  readonly maxFileSize?: number;
  /** --cache: the entries of the last run, reused where a file and how it is linted are unchanged. */
  readonly cache?: CacheEntries;
  /** Who reads the messages: the command line's user unless said (the language server's run: an editor's). */
  readonly audience?: Audience;
  /** Where the user runs oms-lint (the command line's working folder, the editor's workspace folder): a request's body file is named relative to it. */
  readonly workingFolder?: string;
  /** The language server's document is no file on disk: a request's body file is given no command (LintRequestsWithOptions.notOnDisk). */
  readonly notOnDisk?: boolean;
  /** The files found whose path is not UTF-8, as undecodableName.ts shows them: no file has that name to open. */
  readonly undecodable?: ReadonlySet<string>;
  /** The folders a walk or a glob could not list, each with why in words: one fatal finding each, in a file's place. */
  readonly unreadFolders?: ReadonlyMap<string, string>;
}

/** How a file past the run's size limit is told: by whether the limit is the default or the user's (--max-file-size, limits.maxFileSize). */
export function fileSizeWording(run: LintRun): TooLargeWording {
  return tooLargeWording(run.maxFileSize === undefined ? "default" : "set");
}

/** The size limit of a run: never past what one string can hold. */
export function fileSizeLimit(run: LintRun): number {
  return Math.min(run.maxFileSize ?? defaultMaxFileSize, maxReadableSize);
}

/** The kind this run gives a file before its content is read: --kind, else the config's `files` entry for it, if any. */
export function givenKind(filePath: string, run: LintRun): Kind | undefined {
  return run.kind ?? kindForFile(run.config, filePath);
}

/** A REST Client file (.http, .rest), a Postman collection (by name, or by info.schema), or neither (a payload). */
export function requestFileType(filePath: string, text: string, run: LintRun): "http" | "postman" | undefined {
  if (isRestClientFile(filePath)) return "http";
  // The config decides before the content: --kind, or a `files` entry that maps the file to a
  // payload kind, wins over an `info.schema` that looks like Postman's (a Create Order that
  // carries one is still checked as an order, never passed as an empty collection), and over a
  // collection's name when the file holds no requests, as the verdict on such a file advises.
  // A file named as a collection that holds requests (an "item" array) stays one whatever the kind:
  // only one without them, the verdict's "collection without items", is taken as the payload it then is.
  const named = /\.postman_collection\.json$/i.test(filePath);
  if (givenKind(filePath, run) !== undefined) return named && /"item"\s*:\s*\[/.test(text) ? "postman" : undefined;
  if (named || looksLikePostmanCollection(text, limitsOf(run))) return "postman";
  return undefined;
}

/** How a request file is linted in this run: the rules and settings for its path, and the limits its bodies are held to (all three, as a payload file's). */
export function requestOptions(filePath: string, run: LintRun) {
  const { maxDepth, maxEntries, maxValues, audience = commandLineAudience, workingFolder, notOnDisk } = run;
  return { ...fileConfig(run.config, filePath, run.rules, run.commandLineRules), maxDepth, maxEntries, maxValues, audience, workingFolder, notOnDisk };
}

/** How a payload file is linted (or fixed) in this run: its kind, the payload rules, settings and limits. */
export function payloadOptions(filePath: string, run: LintRun) {
  const { rules, settings } = fileConfig(run.config, filePath, run.rules, run.commandLineRules);
  return toolOptions({
    filePath,
    kind: givenKind(filePath, run),
    kindToldFromContent: run.kindToldFromContent,
    rules: settledData(rules),
    settings: settledData(settings),
    existing: run.existing,
    maxDepth: run.maxDepth,
    maxEntries: run.maxEntries,
    maxValues: run.maxValues,
    audience: run.audience ?? commandLineAudience,
  });
}
