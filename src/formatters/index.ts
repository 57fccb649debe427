import { compact } from "./compact.js";
import { wholeText, type Formatter, type StreamFormat } from "./formatter.js";
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

/** Every output format, by its --format name, as a function of results held in hand. */
export const formatters: Readonly<Record<FormatName, Formatter>> = {
  stylish: wholeText(stylish),
  json: wholeText(json),
  compact: wholeText(compact),
  sarif: wholeText(sarif),
  junit: wholeText(junit),
  github: wholeText(github),
  gitlab: wholeText(gitlab),
  rdjson: wholeText(rdjson),
};

export const formatNames = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

/** Formats that other programs read: they print their document and nothing else. */
export const machineFormats: ReadonlySet<FormatName> = new Set(["json", "sarif", "junit", "github", "gitlab", "rdjson"]);
