import { readBoundedText } from "../files/readBounded.js";
import { defaultMaxFileSize, fixedSizeMessage } from "../source/fileSize.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { findOversized, type StructureLimits } from "../source/entryCount.js";
import { parseSource } from "../source/parseSource.js";
import { textWording, type LimitHints, type LimitWording } from "../source/limitMessages.js";
import { escapeControls } from "../formatters/displayText.js";
import { segments } from "../json/jsonPointer.js";
import type { SuppressionCounts } from "./suppressionCounts.js";

/**
 * The record file refused: unreadable, not JSON, or not of a record's layout. `notARecord`: JSON
 * that is no record (or past its limits), a payload when a glob matched it.
 */
export class SuppressionsFileError extends Error {
  constructor(
    message: string,
    readonly notARecord: boolean,
  ) {
    super(message);
    this.name = "SuppressionsFileError";
  }
}

/**
 * The file as it stands, and its text (undefined: no file): none is no suppression; anything
 * but per-file, per-rule counts is refused (SuppressionsFileError: the command line's exit 2).
 */
export function readSuppressions(path: string, shown: string): { counts: SuppressionCounts; text: string | undefined } {
  // Read as every file is: a pipe or a device at the location is refused, not waited on. No file is no suppression.
  // Held to the default size, as the config is (no flag raises either): it was read to 512 MB.
  // Its structure is held to its layout's limits (suppressionsLimits), not to a payload's.
  const read = readBoundedText(path, defaultMaxFileSize, fixedSizeMessage("suppressions file"));
  // No prototype: a file named __proto__ or constructor is a key like any other.
  if ("problem" in read && read.code === "ENOENT") return { counts: Object.create(null) as SuppressionCounts, text: undefined };
  if ("problem" in read) throw new SuppressionsFileError(`cannot read the suppressions file ${shown}: ${read.problem}`, false);
  // Parsed as a payload is (a byte order mark is fine), so that a fault is one line with its
  // place, but within the limits of its own layout, not a payload's.
  const limits = suppressionsLimits(read.text.length);
  const parsed = parseSource(read.text, { ...limits, limitWording: suppressionsWording, document: "the suppressions file" });
  if (!parsed.ok) {
    const pastLimit = pastStructureLimit(read.text, parsed.fault.offset, limits);
    throw new SuppressionsFileError(`the suppressions file ${shown} ${pastLimit ? "passes a limit" : "is not JSON"} (${parsed.range.line}:${parsed.range.column}: ${parsed.fault.message}); it holds { "file": { "rule-id": { "count": 1 } } }`, pastLimit);
  }
  const value = parsed.value;
  // JSON.parse keeps the last of a repeated key: a file's or a rule's earlier counts would vanish unsaid.
  const repeat = parsed.facts.duplicateKeys[0];
  if (repeat !== undefined) {
    const at = parsed.locate.pointer(repeat.path);
    const names = segments(repeat.path);
    const what = names.length === 1 ? "a file" : names.length === 2 ? "a rule of a file" : `"${escapeControls(String(names[names.length - 1]))}" of a rule`;
    throw new SuppressionsFileError(`the suppressions file ${shown} names ${what} twice (${at.line}:${at.column}: "${escapeControls(names.join(" → "))}"): JSON keeps only the last, so which counts hold is not clear; keep one`, false);
  }
  const shape = `the suppressions file ${shown} must hold { "path/to/file.json": { "rule-id": { "count": 1 } } }`;
  if (!isObject(value)) throw new SuppressionsFileError(shape, true);
  // Checked in place, each object given no prototype (a file or rule named __proto__ or
  // constructor is a key like any other): a copy of every file's rules, each into a new object
  // without one, took ~0.4 s of a run over 100,000 recorded files, the in-place check ~0.05 s.
  for (const file of Object.keys(value)) {
    const rules = value[file];
    if (!isObject(rules)) throw new SuppressionsFileError(`${shape}; "${file}" is not an object of rules`, true);
    for (const rule of Object.keys(rules)) {
      const entry = rules[rule];
      const count = isObject(entry) ? entry.count : undefined;
      if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 1) throw new SuppressionsFileError(`${shape}; "${file}" → "${rule}" needs a count of 1 or more (a whole number, at most 2^53 - 1)`, false);
    }
    Object.setPrototypeOf(rules, null);
  }
  const counts = Object.setPrototypeOf(value, null) as SuppressionCounts;
  return { counts, text: read.text };
}

/** How a verdict past a limit speaks of the suppressions file: a record of oms-lint's, not a payload. */
const suppressionsWording: LimitWording = { ...textWording, subject: "the file", holder: "suppressions file oms-lint writes" };

/**
 * The limits the suppressions file is parsed within, from the layout oms-lint writes rather
 * than a payload's: issue 18's fixture sets of 100,000 files and more are recorded in one
 * object of more than 100,000 members, which the payload limit refused on every later run.
 * Depth: the record › a file's rules › a rule's { "count" }, 3 levels. Values (and the
 * entries of one object, which are values): every value of a record takes 4 characters of
 * its text at least (a file's key in quotes, its colon and {} take 5; a rule's key and its
 * { "count": n } take more), so a text of n characters holds fewer than n / 4 + 1, however
 * many files it names. A denser text (bare numbers, empty arrays, which JSON.parse builds ~30
 * times as large) is no record oms-lint wrote: with the 64 MiB size, this bounds what is built.
 */
export function suppressionsLimits(length: number): StructureLimits & { readonly limitHints: LimitHints } {
  const values = Math.floor(length / 4) + 1;
  const dense = `every value of a record takes 4 characters of its text or more, so its ${length} hold at most ${values}; no flag raises this`;
  return { maxDepth: 3, maxEntries: values, maxValues: values, limitHints: { maxDepth: "a file, its rules, a rule's count: 3 levels; no flag raises this", maxEntries: dense, maxValues: dense } };
}

/** Whether a parse fault at `offset` is a limit passed there, not JSON's syntax: valid JSON past a limit was called "not JSON". */
function pastStructureLimit(text: string, offset: number, limits: StructureLimits): boolean {
  return findOversized(withoutByteOrderMark(text), limits)?.offset === offset;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
