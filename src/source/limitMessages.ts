/**
 * What oms-lint says when a payload passes one of its structural limits, for JSON text
 * (the CLI, lintText) and for a value handed to validate(): one wording, so the two cannot
 * drift apart. Each names the limit passed and how to raise it.
 */
import type { Limit, StructureLimits } from "./entryCount.js";
import type { Evidence } from "../engine/diagnostic.js";
import { plural } from "../formatters/displayText.js";
import { ownField } from "../engine/ownField.js";

/**
 * The evidence of a fault past a limit: the limits are oms-lint's own (no payload comes near
 * them), and the five documents give none, so a fault past one is no word of theirs that the
 * OMS refuses the payload (SPEC §3: a limit from outside the five documents is inferred). It is
 * still an error: oms-lint stops there, and nothing else in the text was checked.
 */
export const limitEvidence = "inferred" satisfies Evidence;

/** Who a message speaks of ("the JSON", "the value") and how its reader raises each limit. */
export interface LimitWording {
  readonly subject: string;
  readonly option: Readonly<Record<Limit, string>>;
  /** Said after "N values by this one": how they were counted, where that is not plain. */
  readonly valuesCounted: string;
  /**
   * What never passes the limit, in "no … holds this many": by default a payload (a search, a
   * request, a request file, by what holds the entries). A file of oms-lint's own gives its
   * own words ("suppressions file oms-lint writes"), as it is no payload and its limits are not a payload's.
   */
  readonly holder?: string;
}

/** The options a library caller raises the limits with (lintText's, validate()'s, the service helpers'). */
const optionNames: Readonly<Record<Limit, string>> = { depth: "the maxDepth option", entries: "the maxEntries option", values: "the maxValues option" };

/**
 * Text: its brackets and commas are the count, and by default the reader is a library
 * caller (lintText, fix, the service helpers); the command line and the language server
 * give their own closing words (LimitHints below).
 */
export const textWording: LimitWording = {
  subject: "the JSON",
  option: optionNames,
  valuesCounted: "",
};

/**
 * A value: validate()'s options raise the limits. An object the value reaches by several
 * paths is counted once a path, as its JSON text would repeat it: 28 levels of `{ a: v, b: v }`
 * are 28 objects in memory and 2^29 values on the wire.
 */
export const valueWording: LimitWording = {
  subject: "the value",
  option: optionNames,
  valuesCounted: " (an object it reaches by several paths counts once a path, as its JSON text would repeat it)",
};

/** The closing words a caller gives for each limit (parseSource's limitHints: the ESLint plugin's options, a config's fixed limits). */
export interface LimitHints {
  readonly maxDepth: string;
  readonly maxEntries: string;
  readonly maxValues: string;
}

/**
 * The command line's closing words: its flag and the config's `limits` key, which sets the same
 * (a flag wins), as the file-size message names both. A run whose limit came from the config
 * said "the limit is --max-depth", a flag the user never gave (audit of config and file discovery).
 */
export const commandLineLimitHints: LimitHints = {
  maxDepth: "the limit is --max-depth or limits.maxDepth in oms-lint.config.json",
  maxEntries: "the limit is --max-entries or limits.maxEntries in oms-lint.config.json",
  maxValues: "the limit is --max-values or limits.maxValues in oms-lint.config.json",
};

/** The language server's: an editor's user has no flags; the config's `limits` sets what it reads. */
export const editorLimitHints: LimitHints = {
  maxDepth: 'the limit is limits.maxDepth in oms-lint.config.json',
  maxEntries: 'the limit is limits.maxEntries in oms-lint.config.json',
  maxValues: 'the limit is limits.maxValues in oms-lint.config.json',
};

/** For a file no flag or option raises the limits of (a config file, the suppressions file): `what` is always held to the defaults. */
export function fixedLimitHints(what: string): LimitHints {
  const words = `${what} is always held to this limit`;
  return { maxDepth: words, maxEntries: words, maxValues: words };
}

/**
 * What holds too many entries: an array or object of a payload, or a URL's query (its
 * `&`-separated parameters) or path (its `/`-separated segments), or a REST Client file (its
 * requests), or a Postman collection (its items, in all its folders). The URL's two are limits of oms-lint, not of the OMS: the search document lets
 * "Any amount of additional parameters" be appended.
 */
export type Container = "array" | "object" | "query" | "path" | "requests" | "items";

const containerWords: Readonly<Record<Container, string>> = { array: "array holds", object: "object holds", query: "query holds", path: "URL's path holds", requests: "file holds", items: "collection holds" };
const entryWords: Readonly<Record<Container, string>> = { array: "element", object: "member", query: "parameter", path: "segment", requests: "request", items: "item" };
const holders: Readonly<Record<Container, string>> = { array: "payload", object: "payload", query: "search", path: "request", requests: "request file", items: "collection" };

const closingKey: Readonly<Record<Limit, keyof LimitHints>> = { depth: "maxDepth", entries: "maxEntries", values: "maxValues" };

/**
 * The message for a limit passed; `container` says what holds too many entries. It closes
 * with where the reader raises the limit: the caller's own words when given, else the
 * wording's option.
 */
export function limitMessage(wording: LimitWording, limits: StructureLimits, limit: Limit, container: Container = "array", closing?: LimitHints): string {
  const stops = `so oms-lint stops (${closing?.[closingKey[limit]] ?? `the limit is ${wording.option[limit]}`})`;
  // Its own holder: a wording without one read a polluted Object.prototype.holder ("no x nests this deep").
  const ownHolder = ownField(wording, "holder");
  const holder = ownHolder ?? "payload";
  if (limit === "depth") return `${wording.subject} nests deeper than ${plural(limits.maxDepth, "level")} here: no ${holder} nests this deep, ${stops}`;
  if (limit === "values") return `${wording.subject} holds more than ${plural(limits.maxValues, "value")} by this one${wording.valuesCounted}: no ${holder} holds this many, ${stops}`;
  return `this ${containerWords[container]} more than ${plural(limits.maxEntries, entryWords[container])}: no ${ownHolder ?? holders[container]} holds this many, ${stops}`;
}
