import { compact } from "./compact.js";
import type { Formatter } from "./formatter.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export type { FormatContext, Formatter, RuleDescription } from "./formatter.js";

/** Every output format, by its --format name. */
export const formatters = { stylish, json, compact, sarif, junit, github } as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const formatNames = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

/** Formats that other programs read: they print their document and nothing else. */
export const machineFormats: ReadonlySet<FormatName> = new Set(["json", "sarif", "junit", "github"]);
