import { closeSync, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { basename, resolve } from "node:path";
import { isNullDevice } from "../files/atomicWrite.js";
import { isUnread, readBounded } from "../files/readBounded.js";
import { folderSpelling } from "../files/folderSpelling.js";
import { escapeControls } from "../formatters/displayText.js";
import { realPathOf, statOrUndefined } from "../files/fileFacts.js";
import { fileStateOf, type FileState } from "../files/fileState.js";
import { detectParsedKind } from "../kinds/kindDetection.js";
import { kindPayloadPhrase } from "../kinds/kindPayloadPhrase.js";
import { isPostmanCollection, namesPostmanSchema } from "../requests/postmanCollection.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import type { StructureLimits } from "../source/entryCount.js";
import { isEarlierReport, reportHeadBytes, type FileEnds } from "../files/reportHead.js";
import { isSuppressionsRecord } from "../files/ownReport.js";
import { cacheSignature } from "../lint/cachedResult.js";
import { UsageError } from "./usageError.js";
import { configFileName } from "../config/findConfig.js";
import { isRestClientFile } from "../requests/restClientFile.js";
import { holdsJsonByItsHead } from "./jsonByItsHead.js";
import { holdsXmlByItsHead } from "./xmlByItsHead.js";

/** A process's streams by name (the report is renamed into place, which would replace the file behind one): /proc, /dev/stdin|stdout|stderr, /dev/fd/N. */
const streamName = /^\/(proc\/|dev\/(stdin|stdout|stderr)$|dev\/fd\/)/;

/** A report is never this large a payload check: past it, an existing -o file is not opened whole to see what it holds. */
const inspectedSize = 16 * 1024 * 1024;

/** A file of oms-lint's own that a report must not replace: its path and what it is ("the suppressions file"). */
export interface OwnFile {
  readonly path: string;
  readonly what: string;
}

/**
 * Why a file oms-lint writes (a report, the suppressions record, the cache) must not stand at a
 * path, by its name alone (any of the names given: the path as given, and with its links resolved): one named oms-lint.config.json, there or not, is the config of every
 * later run started there or below, which fails on it (exit 2: "the config knows rules,
 * settings, …"). Found by the audit of the CI surfaces: --suppressions-location and
 * --cache-location naming the config replaced it, and named so with no config there, made one.
 */
export function configNameReason(...paths: readonly string[]): string | undefined {
  return paths.some((path) => basename(path) === configFileName) ? `is named as oms-lint's config (${configFileName}), which every later run there would read as its config` : undefined;
}

/**
 * Which of oms-lint's own files `real` (a path with its links resolved: realPathOf) is, if any:
 * one file, however either is spelt (relative or absolute, through a link), whether it is there yet or not.
 */
export function ownFileAt(real: string, cwd: string, own: readonly OwnFile[]): OwnFile | undefined {
  return own.find((file) => realPathOf(resolve(cwd, file.path)) === real);
}

/** Whether `real` (a path with its links resolved: realPathOf) is one of the files this run reads, however that one is spelt. */
export function isRunInput(real: string, inputs: readonly string[]): boolean {
  return inputs.some((input) => realPathOf(input) === real);
}

/**
 * What stood at a report file's name when the run looked, which alone the report may replace at
 * its end: nothing (`absent`; a file made there since is another's), the null device, or an
 * earlier report or empty file, `at` the file itself (a link at the name followed as it stood
 * then) and its `state`, so that one saved, replaced or linked elsewhere since is kept.
 */
export type OutputFileAtCheck = { readonly found: "absent" } | { readonly found: "nullDevice" } | { readonly found: "earlier"; readonly at: string; readonly state: FileState };

/**
 * Refuses report files the reports must not replace (exit 2, before anything is written):
 * two reports that name one file, however spelt, and each file checkOutputFile refuses. What
 * each one found, by the file as given.
 */
export function checkOutputFiles(
  files: readonly string[],
  cwd: string,
  inputs: readonly string[],
  own: readonly OwnFile[],
  flagOf: (file: string) => string = () => "--output-file",
  limits?: StructureLimits,
): ReadonlyMap<string, OutputFileAtCheck> {
  const found = new Map<string, OutputFileAtCheck>();
  const seen = new Map<string, string>();
  for (const file of files) {
    const real = realPathOf(resolve(cwd, file));
    const earlier = seen.get(real);
    if (earlier !== undefined) throw new UsageError(`two reports would be written to one file (${escapeControls(earlier)} and ${escapeControls(file)}): give each its own file`);
    seen.set(real, file);
    found.set(file, checkOutputFile(file, cwd, inputs, own, flagOf(file), limits));
  }
  return found;
}

/**
 * Refuses an --output-file the report must not replace (exit 2, before anything is written):
 * a device, pipe or socket (a pipe would wait for ever; the null device is fine), or a
 * process's stream, by its /dev or /proc name or as the file standard output or standard
 * error goes to (the report is renamed into place, which would replace that file); a file the
 * run lints, its config, or oms-lint's own suppressions or cache file; a request file, by its
 * name or its link's target; and an existing file that is not an earlier oms-lint report
 * (nor empty): a payload, parseable or not, which is what `oms-lint -o *.json` does when the
 * shell hands the first payload to -o, or any other file. What payload a file holds is read
 * within the run's limits: one past them is not parsed to say. What it found, for the write at
 * the run's end (OutputFileAtCheck).
 */
export function checkOutputFile(outputFile: string, cwd: string, inputs: readonly string[], own: readonly OwnFile[] = [], flag = "--output-file", limits?: StructureLimits): OutputFileAtCheck {
  const target = resolve(cwd, outputFile);
  if (isNullDevice(target)) return { found: "nullDevice" };
  const refuse: (why: string, tail?: string) => never = (why, tail = "the report would replace it (name another file)") => {
    throw new UsageError(`${flag} ${escapeControls(outputFile)} ${why}: ${tail}`);
  };
  const spelt = folderSpelling(outputFile);
  if (spelt !== undefined) refuse(`names a folder (${spelt})`, "name a file for the report");
  const real = realPathOf(target);
  if (process.platform !== "win32" && (streamName.test(target) || streamName.test(real))) {
    refuse("names a device or a process's stream, not a file", "leave -o out to write the report to standard output (or redirect it: > report)");
  }
  const mine = ownFileAt(real, cwd, own);
  if (mine !== undefined) refuse(`is ${mine.what}`);
  // By its name, there or not: a report under the config's name would be every later run's config.
  const configName = configNameReason(target, real);
  // By its name, there or not: a report written as x.http would be linted as a request by the next run, and refused as -o by it.
  const foreignName = foreignFile(target, real);
  if (foreignName !== undefined) refuse(foreignName);
  const stat = statOrUndefined(target);
  if (stat === undefined && configName !== undefined) refuse(configName, "name the report otherwise");
  if (stat === undefined) return { found: "absent" };
  if (stat.isDirectory()) refuse("is a folder (EISDIR)", "name a file for the report");
  if (!stat.isFile()) refuse("is not a regular file (a device, pipe or socket)", "name a file for the report (a pipe would wait for a reader)");
  const stream = streamOf(stat);
  if (stream !== undefined) refuse(`is the file ${stream} goes to`, "leave -o out to write the report there (or name another file)");
  if (isRunInput(real, inputs)) refuse("is one of the files this run reads");
  if (configName !== undefined) refuse(configName, "name the report otherwise");
  // Taken before the file is read (a regular file: a pipe is refused above), so that one replaced while it is read is not the one said to be a report.
  const state = fileStateOf(real);
  const ends = readEnds(target, stat.size);
  if (ends === undefined) refuse("cannot be read to see what it holds", "the report would replace it unseen (name another file)");
  if (isEarlierReport(ends)) {
    if (state === undefined) refuse("cannot be read to see what it holds", "the report would replace it unseen (name another file)");
    return { found: "earlier", at: real, state };
  }
  // oms-lint's own data, of another run's options (this run's are refused by path, above): never to be removed to make room.
  if (ends.head.startsWith(cacheSignature)) refuse("is oms-lint's cache file (of --cache)", "name another output file");
  const json = jsonHeld(target, stat.size, limits);
  if (json?.suppressions === true) refuse("is an oms-lint suppressions file (of --suppress-all)", "name another output file");
  const held = json?.payload;
  // Only -o takes the next word, which a shell's `-o *.json` makes the first payload.
  const expanded = flag === "--output-file" ? " (did the shell expand `-o *.json`?)" : "";
  if (held !== undefined) refuse(`holds ${held}, not a report${expanded}`);
  refuse(`is not an earlier oms-lint report (a payload?${flag === "--output-file" ? " did the shell expand `-o *.json`?" : ""})`, "the report would replace it (remove it first, or name another file)");
}

/**
 * Why nothing oms-lint writes may go into a file (a report -o replaces, the step summary
 * appended to $GITHUB_STEP_SUMMARY), by what the file is rather than whose it is: a request
 * file by its name (.http, .rest; there or not, as given or through a link), which the next run
 * would lint as requests; and, given the existing file's size, one that holds JSON (a payload,
 * parseable or not: what payload when it says, within `limits`) or XML (a test report), told by
 * its head, whatever its size. Said as the rest of a sentence ("names a request file (.http or
 * .rest)", "holds a createOrder payload", "holds XML"); undefined when none. -o refuses more
 * (any existing file but an earlier report): it asks only the name, and says what payload a file
 * holds through jsonHeld.
 */
export function foreignFile(target: string, real: string, existing?: { readonly size: number; readonly limits?: StructureLimits }): string | undefined {
  if (isRestClientFile(target) || isRestClientFile(real)) return "names a request file (.http or .rest)";
  if (existing === undefined) return undefined;
  if (holdsJsonByItsHead(real)) return `holds ${jsonHeld(real, existing.size, existing.limits)?.payload ?? "JSON"}`;
  if (holdsXmlByItsHead(real)) return "holds XML";
  return undefined;
}

/** "standard output" when the file is where this process's standard output (or error) goes. */
function streamOf(stat: Stats): string | undefined {
  for (const [fd, name] of [[1, "standard output"], [2, "standard error"]] as const) {
    try {
      const stream = fstatSync(fd);
      if (stream.isFile() && stream.dev === stat.dev && stream.ino === stat.ino) return name;
    } catch {
      // No such stream (closed): nothing goes there.
    }
  }
  return undefined;
}

/** A file's size with its first and last reportHeadBytes bytes, as text; undefined when it cannot be read. */
function readEnds(path: string, size: number): FileEnds | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const read = (at: number) => {
      const buffer = Buffer.alloc(reportHeadBytes);
      return buffer.subarray(0, readSync(fd!, buffer, 0, buffer.length, at)).toString("utf8");
    };
    const head = read(0);
    return { size, head, tail: size <= reportHeadBytes ? head : read(size - reportHeadBytes) };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether an existing file of `size` bytes holds JSON, and what payload when it is one (`payload`:
 * "a createOrder payload", "a Postman collection"), or whether it is a suppressions record; undefined for a text that is not JSON, one
 * past the run's limits, or one too large to be opened whole to see: read once, and parsed at
 * most once, within them. What -o refuses to replace, and $GITHUB_STEP_SUMMARY to append to.
 */
export function jsonHeld(path: string, size: number, limits?: StructureLimits): { readonly payload?: string; readonly suppressions?: true } | undefined {
  if (size > inspectedSize) return undefined;
  // Read as every file is: one that reports size 0 (a FUSE or bind-mounted /proc file) is read no further than the limit.
  const bytes = readBounded(path, inspectedSize);
  if (isUnread(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  const parsed = parseWithinLimits(text, limits);
  if (parsed === undefined) return undefined;
  if (namesPostmanSchema(text) && isPostmanCollection(parsed.value)) return { payload: "a Postman collection" };
  const kind = detectParsedKind(parsed.value);
  if (kind !== undefined) return { payload: kindPayloadPhrase(kind) };
  return isSuppressionsRecord(parsed.value) ? { suppressions: true } : {};
}
