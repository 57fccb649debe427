import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { rules } from "../../rules/index.js";
import type { Rule } from "../engine/rule.js";
import type { OwnReport } from "../files/ownReport.js";
import { describeWriteFailure, writeFileAtomic } from "../files/atomicWrite.js";
import { isAbsenceCode, realPathOf } from "../files/fileFacts.js";
import { folderSpelling } from "../files/folderSpelling.js";
import { describeUnread, isUnread, readBoundedText, readHead } from "../files/readBounded.js";
import { isInternalError, type LintResult } from "../lint/lintResult.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { findOversized, type StructureLimits } from "../source/entryCount.js";
import { fixedSizeMessage, maxReadableSize } from "../source/fileSize.js";
import { cacheSignature as signature, isCachedFile, isRecord, type CacheEntries, type CachedFile } from "../lint/cachedResult.js";
import type { LintRun } from "../lint/lintRun.js";
import { makeFolders } from "./makeFolders.js";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import { configNameReason, ownFileAt, type OwnFile } from "./outputTarget.js";
import { UsageError } from "./usageError.js";
import { sha256 } from "./sha256.js";
import { runtimeFacts } from "./runtimeFacts.js";

/** --cache-location's default, in the working folder (ESLint's is .eslintcache). */
export const cacheFileName = ".oms-lint-cache";

/** 2: a structural message carries its constraint (a version-1 entry lacks it, and a report from it would lack the passage). */
const formatVersion = 2;

/** What the file holds: its format, the fingerprint of the run that wrote it, and an entry a file (by absolute path). */
interface CacheFile {
  readonly format: "oms-lint-cache";
  readonly formatVersion: number;
  readonly fingerprint: string;
  readonly files: Readonly<Record<string, CachedFile>>;
}

/** A file's result, and (with --cache) what its cache entry is made of. */
export interface FileOutcome {
  readonly result: LintResult;
  readonly cache?: { readonly hash: string; readonly key: string };
  /** The file holds one of oms-lint's own reports or its cache, and which (ownReport.ts): left out of the run unless named outright. */
  readonly ownReport?: OwnReport;
  /** The file's cache entry named a line past its last: the entry was not used (lintFile.ts), and the cache is corrupt. */
  readonly entryPastEnd?: true;
}

/**
 * What decides every file's result beyond its content and its own rules and settings: the
 * oms-lint version, the build (the bundle's own hash: its engine, schemas and messages), the
 * rules themselves (their metadata and the source of their checks, so an edited rule is seen
 * even within one version and from the sources), the runtime (Node.js, ICU: runtimeFacts.ts),
 * --kind, --existing and the limits.
 */
export function runFingerprint(run: LintRun, version: string, build: string): string {
  const { config: _config, rules: _rules, commandLineRules: _cli, cache: _cache, undecodable: _undecodable, unreadFolders: _unreadFolders, ...rest } = run;
  return sha256(JSON.stringify([formatVersion, version, build, runtimeFacts(), rulesFingerprint(rules), rest]));
}

/** The rules as the cache keys them: each one's metadata and the source of its check, its request check and every visitor. */
export function rulesFingerprint(ruleSet: readonly Rule[]): unknown[] {
  return ruleSet.map((rule) => [
    rule.meta,
    String(rule.check ?? ""),
    String(rule.checkRequest ?? ""),
    Object.entries(rule.visit ?? {}).map(([place, visitor]) => [place, String(visitor)]),
  ]);
}

/** The ids a cached message may carry beside the verdicts': the rules' own. */
const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

/** The cache file a --cache-location names, and whether it names the folder holding it (a folder, or a path spelt as one, `cdir/` or `cdir/.`, holds .oms-lint-cache). */
function cachePlace(location: string, cwd: string): { readonly path: string; readonly inFolder: boolean } {
  const path = resolve(cwd, location);
  if (folderSpelling(location) !== undefined || isFolder(path)) return { path: join(path, cacheFileName), inFolder: true };
  return { path, inFolder: false };
}

/** The cache file a folder's --cache-location holds, spelt from the location as given (`.` holds `./.oms-lint-cache`). */
function heldCacheFile(location: string): string {
  return /[\\/]$/.test(location) ? `${location}${cacheFileName}` : `${location}/${cacheFileName}`;
}

/**
 * Refuses (exit 2, before either is read) a cache file that is another of oms-lint's own files,
 * as -o refuses them: the suppressions file, named as the cache, is replaced by the cache at the
 * end of the run, and every later run fails on it ("is not an object of rules").
 */
function checkCacheApart({ path, inFolder }: ReturnType<typeof cachePlace>, location: string, cwd: string, own: readonly OwnFile[]): void {
  const real = realPathOf(path);
  const mine = ownFileAt(real, cwd, own);
  // A folder is not the suppressions file; the cache file in it is, so that is the file named (audit).
  const names = inFolder ? `holds the cache at ${escapeControls(heldCacheFile(location))}, which is` : "is";
  if (mine !== undefined) throw new UsageError(`--cache-location ${escapeControls(location)} ${names} ${mine.what}: the cache would replace it (name another file)`);
  const configName = configNameReason(path, real);
  if (configName !== undefined) throw new UsageError(`--cache-location ${escapeControls(location)} ${configName}: name the cache file otherwise`);
}

/**
 * --cache (ESLint's flag): a file's result is reused when its content (SHA-256), the rules
 * and settings that apply to it, its kind, and the run's fingerprint are those of the entry
 * the last run wrote. A cache file that cannot be read, is not JSON, is not oms-lint's, or
 * holds one malformed entry is not trusted at all: every file is linted, and a note on stderr
 * says so. A cache of another version or rule set is simply stale (every file is a miss).
 * The file is written at the end of the run, atomically, with the entries of this run's
 * files alone; a file at the location that oms-lint did not write is never overwritten.
 */
export function openCache(location: string, cwd: string, fingerprint: string, note: (text: string) => void, own: readonly OwnFile[]) {
  const place = cachePlace(location, cwd);
  checkCacheApart(place, location, cwd, own);
  const { path } = place;
  // Relative to the working folder inside it; as given outside it (/dev/null, not ../../dev/null).
  const shown = displayPath(path, cwd);
  const read = readCache(path, fingerprint);
  if (read.problem !== undefined) note(`the cache ${shown} ${read.problem}: ignored, every file is linted${read.writable ? " and the cache written anew" : " (it is left as it is: remove it, or give --cache-location another file)"}`);
  const next: Record<string, CachedFile> = {};
  let pastEndTold = false;
  return {
    path,
    entries: { files: read.files } satisfies CacheEntries,
    /**
     * Records a file's outcome for the next run; not one that holds an internal error (a rule or
     * the schema check threw): a crash may be a one-off, and replayed from the cache it would fail
     * every run (exit 2) until the file or oms-lint changed (the cache audit). ESLint's cache keeps
     * every result; a crash is rare, and linting its file again costs a run little.
     */
    record(outcome: FileOutcome): void {
      if (outcome.entryPastEnd && !pastEndTold) {
        pastEndTold = true;
        // Told as other malformed fields are; but only on use, when results before it are already out (streamed): what is left of it is still used.
        note(`the cache ${shown} is corrupt (an entry is malformed: it names a line past the last of ${escapeControls(displayPath(outcome.result.filePath, cwd))}): that entry is ignored, its file linted and the cache written anew`);
      }
      if (outcome.cache === undefined || outcome.result.messages.some(isInternalError)) return;
      next[outcome.result.filePath] = { ...outcome.cache, kind: outcome.result.kind, messages: outcome.result.messages };
    },
    /** Writes the cache; a failure is a note, not the run's failure. */
    save(): void {
      if (!read.writable) return;
      const head = startsAsCache(path);
      if (head === false) {
        note(`cannot write the cache ${shown}: it is not a cache oms-lint wrote (made during the run: the suppressions file, named alike? another program's?); it is left as it is`);
        return;
      }
      if (typeof head === "object") {
        note(`cannot write the cache ${shown}: it cannot be read (${head.problem}), so it may not be a cache oms-lint wrote; it is left as it is`);
        return;
      }
      const file: CacheFile = { format: "oms-lint-cache", formatVersion, fingerprint, files: next };
      try {
        makeFolders(dirname(path));
        writeFileAtomic(path, `${JSON.stringify(file)}\n`);
      } catch (error) {
        note(`cannot write the cache ${shown}: ${describeWriteFailure(error)}`);
      }
    },
  };
}

/**
 * Whether the file at `path` starts as a cache oms-lint writes; undefined when there is none,
 * or why it cannot be read. Only the head is read, never waited on. Asked before the cache is
 * read (a file that is not ours is never read whole, however large) and again before the
 * write: a file made there during the run (by this run's suppressions, named alike, or
 * another program) is not ours to replace.
 */
function startsAsCache(path: string): boolean | undefined | { readonly problem: string } {
  const head = readHead(path, signature.length);
  if (!isUnread(head)) return Buffer.from(head.buffer, head.byteOffset, head.length).toString("latin1") === signature;
  // No cache yet (a broken link is ENOENT too). A link loop, or a file we may not see (EACCES), is a problem the note names.
  return isAbsenceCode(head.code) ? undefined : { problem: describeUnread(head, maxReadableSize) };
}

function readCache(path: string, fingerprint: string): { files: Map<string, CachedFile>; problem?: string; writable: boolean } {
  const none = new Map<string, CachedFile>();
  const head = startsAsCache(path);
  if (head === undefined) return { files: none, writable: true };
  if (typeof head === "object") return { files: none, problem: `cannot be read (${head.problem})`, writable: false };
  // Told by its head: a file that is not ours is never read whole, nor parsed (JSON.parse of 16M {} took 17 s and 1.6 GB).
  if (!head) return { files: none, problem: "is not a cache oms-lint wrote", writable: false };
  const read = readBoundedText(path, maxReadableSize, fixedSizeMessage("cache"));
  // Gone, or replaced, since its head was read: read as it is now.
  if ("problem" in read && isAbsenceCode(read.code)) return { files: none, writable: true };
  if ("problem" in read) return { files: none, problem: `cannot be read (${read.problem})`, writable: false };
  if (!read.text.startsWith(signature)) return { files: none, problem: "is not a cache oms-lint wrote", writable: false };
  const limits = cacheLimits(read.text.length);
  const parsed = parseWithinLimits(read.text, limits);
  if (parsed === undefined) {
    const problem = findOversized(read.text, limits) === undefined ? "is corrupt (not JSON)" : "is corrupt (deeper, or denser in values, than any cache oms-lint writes)";
    return { files: none, problem, writable: true };
  }
  if (!isCacheHead(parsed.value)) return { files: none, problem: "is corrupt (an entry is malformed)", writable: true };
  // Another version, rule set or limits: every entry is stale, which is no fault of the file.
  // Told before the entries are judged: an older version's entries may name a rule since
  // renamed, which was called "corrupt" (audit of issue 18's CI features).
  if (parsed.value.fingerprint !== fingerprint || parsed.value.formatVersion !== formatVersion) return { files: none, writable: true };
  if (!hasCachedFiles(parsed.value)) return { files: none, problem: "is corrupt (an entry is malformed)", writable: true };
  return { files: new Map(Object.entries(parsed.value.files)), writable: true };
}

/**
 * The limits a signed cache is parsed within, from the layout oms-lint writes rather than a
 * payload's (a cache of 100,000 files holds more than 100,000 entries). Depth: the cache ›
 * files › a file › its messages › a message › its fix or suggestion › their utf8 columns,
 * 7 levels. Values: every value the cache holds takes 4 characters of its text at least (a
 * member's key in quotes and its colon take 5; an element is a message object or a rule id
 * in quotes with its comma), so a cache of n characters holds fewer than n / 4 + 1, in one
 * list or object or in all; a text denser than that (empty objects or numbers, 2 or 3
 * characters each, which JSON.parse builds ~30 times as large) is no cache oms-lint wrote.
 */
export function cacheLimits(length: number): StructureLimits {
  const values = Math.floor(length / 4) + 1;
  return { maxDepth: 7, maxEntries: values, maxValues: values };
}

/** A cache's head: its format, format version and fingerprint, whatever its entries hold. */
function isCacheHead(value: unknown): value is Omit<CacheFile, "files"> & { readonly files: unknown } {
  return isRecord(value) && value.format === "oms-lint-cache" && typeof value.formatVersion === "number" && typeof value.fingerprint === "string";
}

/** Whether a cache of this version's fingerprint holds entries this version writes (its rules' ids among them). */
function hasCachedFiles(value: { readonly files: unknown }): value is CacheFile {
  const files = value.files;
  return isRecord(files) && Object.values(files).every((file) => isCachedFile(file, ruleIds));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
