import { compact } from "./compact.js";
import { checkResults } from "./formatterArguments.js";
import { formatContext } from "./defaultContext.js";
import type { LintResult } from "../lint/lintResult.js";
import { wholeText, type FormatContext, type StreamFormat } from "./formatter.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { rdjson } from "./rdjson.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export type { FormatContext, Formatter, ReportWriter, RuleDescription, StreamFormat, Totals } from "./formatter.js";

/** Every output format, by its --format name, as a stream (the CLI writes files as they are linted). */
export const streamFormats = { stylish, json, compact, sarif, junit, github, gitlab, rdjson } as const satisfies Record<string, StreamFormat>;

export type FormatName = keyof typeof streamFormats;

/** A format as the library hands it out: results in hand, and the context only where a caller wants to set it. */
export type LibraryFormatter = (results: readonly LintResult[], context?: Partial<FormatContext>) => string;

function forLibrary(name: string, format: StreamFormat): LibraryFormatter {
  const whole = wholeText(format);
  return (results, context) => {
    checkResults(name, results);
    return whole(results, formatContext(context));
  };
}

/** Every output format, by its --format name, as a function of results held in hand: `formatters.compact([lintText(text)])`. */
export const formatters: Readonly<Record<FormatName, LibraryFormatter>> = {
  stylish: forLibrary("stylish", stylish),
  json: forLibrary("json", json),
  compact: forLibrary("compact", compact),
  sarif: forLibrary("sarif", sarif),
  junit: forLibrary("junit", junit),
  github: forLibrary("github", github),
  gitlab: forLibrary("gitlab", gitlab),
  rdjson: forLibrary("rdjson", rdjson),
};

export const formatNames = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

/** Formats that other programs read: they print their document and nothing else. */
export const machineFormats: ReadonlySet<FormatName> = new Set(["json", "sarif", "junit", "github", "gitlab", "rdjson"]);
