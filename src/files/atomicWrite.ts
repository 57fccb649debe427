import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { devNull } from "node:os";
import { basename, dirname, join } from "node:path";
import { isGone, statOrUndefined } from "./fileFacts.js";
import { isSameFile, type FileState } from "./fileState.js";
import { groupWords } from "./groupName.js";
import { moveToFreeName } from "./freeName.js";
import { removeOnSignal } from "./removeOnSignal.js";
import { noOneMayWrite, readOnlyWords } from "./readOnlyFile.js";
import { holds, setAside, type SetAsideFile } from "./setAside.js";
import { ownTemporaryName } from "./temporaryName.js";
import { unreachedLinkWords } from "./unreachedLinkWords.js";
import { asWriteFailure, changedWords, describeWriteFailure, goneWords, WriteFailure } from "./writeFailure.js";
import { isMountPoint, mountPointWords } from "./mountPoint.js";

export { describeWriteFailure, WriteFailure } from "./writeFailure.js";
export { temporaryName } from "./temporaryName.js";

/** A file being written beside its target, not yet in place: `commit` renames it over the target, `abort` removes it. */
export interface StagedFile {
  /** The path the file will have (links resolved: a link to a file stays a link). */
  readonly target: string;
  write(data: string | Uint8Array): void;
  /** Flushes the text to the disk and renames it over the target; after it the target holds the whole new text. */
  commit(): void;
  /** Removes the temporary file; the target is untouched. Safe to call twice, or after a commit. */
  abort(): void;
  /** Flushes the text to the disk and checks the target is as the options want it (what commit checks first), renaming nothing. */
  check(): void;
  /**
   * commit for one of several files written as one: the file it replaces is set aside, not
   * removed, until the caller settles (every file placed) or undoes (a later one failed).
   */
  place(): PlacedFile;
}

/** A file put in place by StagedFile.place: either settled for good or undone. */
export interface PlacedFile {
  readonly target: string;
  /** Removes the file it replaced, kept aside until now. */
  settle(): void;
  /** Takes it back: the file it replaced is put back, or, where there was none, it is removed. */
  undo(): void;
}

export interface StageOptions {
  /** false: the target must not exist (checked before, and at the move: a hard link, refused where a file is); default true. */
  readonly overwrite?: boolean;
  /** Checked just before the rename: the target must still hold exactly these bytes (what --fix read and fixed). */
  readonly expect?: Uint8Array;
  /**
   * Checked just before the rename: the target must still be this file, holding the same bytes,
   * with no link put at its name (the earlier report -o found when the run began: fileState.ts).
   */
  readonly unchangedSince?: FileState;
  /**
   * false: a symbolic link at the path is refused, never written through, and one put there
   * after that check is replaced by the rename (which does not follow links), so the file it
   * points to never changes; default true (see stageFile).
   */
  readonly throughLinks?: boolean;
  /**
   * true: a file with other names (hard links) is replaced at this name alone, the others
   * keeping the old file (split --force, told to make these names new files); default false:
   * refused (HARDLINK), as the rewrite would part the names without a word.
   */
  readonly partHardLinks?: boolean;
  /**
   * true: the temporary file is removed if SIGINT, SIGTERM or SIGHUP ends the process before
   * the commit or the abort. For a file staged across the event loop (a report written as
   * results come), and for files written as one (split's children): a signal that comes
   * while they are written is handled once they all are, so it never cuts them in two.
   */
  readonly removeOnSignal?: boolean;
  /**
   * The permission bits a new file is made with, before the umask takes its bits off, as
   * open(2) and cp take them (default 0o666). A file replaced keeps its own mode whatever this
   * says. split gives its children the input's bits: a private order (chmod 600) holding card
   * data came out as world-readable children, 0666 less the usual umask (audit of the files written).
   */
  readonly mode?: number;
}

/**
 * Starts writing `target` the only way that never leaves it half written: a temporary file
 * in the same folder (so the rename cannot cross file systems), opened exclusively, given
 * the target's mode, written, fsync'ed, then renamed over the target (rename is atomic on
 * POSIX and on NTFS). A crash or a kill at any point leaves the old file whole, and at worst
 * a `.<name>.<pid>.<random>.tmp` beside it. A symbolic link is written through (the file it
 * points to is replaced; the link stays), as ESLint's --fix writes through links. The new
 * file gets the target's owner and mode, and none of its extended attributes (a POSIX ACL is
 * one, whose mask the mode's group bits then become): Node can neither copy nor list them, so
 * such a file cannot be told and refused as a hard link is; the README states the limit.
 */
export function stageFile(path: string, options: StageOptions = {}): StagedFile {
  const target = writeTarget(path, options);
  const existing = statOrUndefined(target);
  const temporary = join(dirname(target), ownTemporaryName(basename(target), "tmp"));
  let fd: number | undefined;
  let state: "open" | "done" = "open";
  const forget = options.removeOnSignal === true ? removeOnSignal(() => abort()) : () => undefined;
  const fail = (error: unknown): never => {
    abort();
    throw renameRefused(target, error) ?? asWriteFailure(target, error);
  };
  const flush = () => {
    if (fd === undefined) return;
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
  };
  const check = () => {
    flush();
    if ((options.expect !== undefined && !holds(target, options.expect)) || (options.unchangedSince !== undefined && !isSameFile(target, options.unchangedSince))) {
      throw isGone(target) ? new WriteFailure(target, "GONE", goneWords) : new WriteFailure(target, "CHANGED", changedWords);
    }
    if (options.overwrite === false && statOrUndefined(target)) throw new WriteFailure(target, "EXISTS", "it exists already");
  };
  const done = () => {
    state = "done";
    forget();
  };
  const abort = () => {
    if (state === "done") return;
    state = "done";
    forget();
    if (fd !== undefined) tryQuietly(() => closeSync(fd!));
    fd = undefined;
    tryQuietly(() => unlinkSync(temporary));
  };
  try {
    fd = openTemporaryFile(temporary, target);
    // The target's owner: a file root rewrites in a CI container stays its user's. Who may not
    // give it back (another user's file, group-writable) does not replace it.
    if (existing && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) keepOwner(fd, existing.uid, existing.gid, target);
    // Then its own mode (an executable script stays executable, a private file private; a new
    // file gets the mode asked for, by default the usual 0666, less the umask): after the owner,
    // as a change of owner clears setuid and setgid (4644 came back 644: data-safety audit).
    fchmodSync(fd, existing ? existing.mode & 0o7777 : newFileMode(options.mode));
  } catch (error) {
    fail(error);
  }
  return {
    target,
    write(data) {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      try {
        for (let written = 0; written < bytes.length; ) written += writeSync(fd!, bytes, written, bytes.length - written);
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      try {
        check();
        // Told not to overwrite: moved only to a free name (a file made there after the check is kept).
        if (options.overwrite === false) moveToFreeName(temporary, target);
        else renameSync(temporary, target);
        done();
      } catch (error) {
        fail(error);
      }
      syncFolder(dirname(target));
    },
    abort,
    check() {
      try {
        check();
      } catch (error) {
        fail(error);
      }
    },
    place() {
      let aside: SetAsideFile | undefined;
      try {
        flush();
        if (options.overwrite === false && statOrUndefined(target)) throw new WriteFailure(target, "EXISTS", "it exists already");
        // A new name has nothing to set aside: one set aside now would be a file made there since the check, which settle would remove.
        aside = options.overwrite === false ? undefined : setAside(target, options.expect);
        // The name is free now (set aside, or never taken): the move keeps a file made there since, refused as EXISTS.
        moveToFreeName(temporary, target);
        done();
      } catch (error) {
        fail(aside === undefined ? error : withOldPutBack(aside, asWriteFailure(target, error)));
      }
      syncFolder(dirname(target));
      return {
        target,
        settle: () => tryQuietly(() => aside?.remove()),
        // The new file removed first: the old one goes back only to a free name (putBack).
        undo: () => {
          unlinkSync(target);
          aside?.putBack();
        },
      };
    },
  };
}

/**
 * A rename over the target refused because the target is a mount point (EBUSY; EXDEV where
 * another file system is mounted there), said so: "resource busy or locked (EBUSY)" alone left the
 * user guessing (audit of the fix engine: a file that `docker run -v` mounted). undefined otherwise.
 */
function renameRefused(target: string, error: unknown): WriteFailure | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EBUSY" || code === "EXDEV" ? new WriteFailure(target, code, mountPointWords) : undefined;
}

/** The failure of a placement after its old file was set aside: that file put back, or, failing that, where it is. */
function withOldPutBack(aside: SetAsideFile, failure: WriteFailure): WriteFailure {
  try {
    aside.putBack();
    return failure;
  } catch {
    // ASIDE, not the failure's own code: a caller that words EXISTS or CHANGED as "kept as it is" would hide where the old file is (audit).
    return new WriteFailure(failure.target, "ASIDE", `${failure.message}; the file it was to replace could not be put back: it is at ${basename(aside.aside)}`, [], aside.aside);
  }
}

/**
 * The file a write of `path` would replace (a link resolved, as stageFile resolves it), or the
 * WriteFailure it would be refused with before a byte is written: what --fix-dry-run asks, so
 * that it refuses what --fix refuses, in the same words, and names the file --fix writes.
 */
export function writeTarget(path: string, options: StageOptions = {}): string {
  const target = options.throughLinks === false ? notALink(path) : resolveLinks(path);
  folderTakesNewFile(target);
  const existing = statOrUndefined(target);
  if (existing === undefined) return target;
  if (!existing.isFile()) throw new WriteFailure(target, "NOTFILE", existing.isDirectory() ? "it is a folder" : "it is not a regular file (a device, pipe or socket)");
  // The rename over it would fail (EBUSY): refused before a byte is written, in the words the failed rename gets (renameRefused).
  if (isMountPoint(target)) throw new WriteFailure(target, "EBUSY", mountPointWords);
  if (options.overwrite === false) throw new WriteFailure(target, "EXISTS", "it exists already");
  // The rename gives this name a new file: the file's other names would keep the old text.
  if (existing.nlink > 1 && options.partHardLinks !== true) {
    throw new WriteFailure(target, "HARDLINK", `it has ${existing.nlink} names (hard links), which a rewrite would part: the others would keep the old text (give it a file of its own first: cp f f.tmp && mv f.tmp f)`);
  }
  // The rename needs only the folder's permission: a file its mode keeps from being written
  // (chmod a-w) is refused, as an in-place write would be; and by root too, whom no mode stops.
  if (!writable(target) || noOneMayWrite(existing.mode)) throw new WriteFailure(target, "EACCES", readOnlyWords);
  // The new file must be given the old one's owner and group (keepOwner): asked here too, so that
  // the dry run refuses such a file in keepOwner's words, as --fix does (it showed a diff, exit 0).
  const refusal = ownerRefusal(existing.uid, existing.gid, target);
  if (refusal !== undefined) throw new WriteFailure(target, "EPERM", refusal);
  return target;
}

/**
 * Why a file of this owner and group cannot be given them back by this process (fchown(2): root
 * may give any; another user only a file of its own, of its own group or one of its groups, or
 * the group the new file already has: a setgid folder's, which every file made in it takes), in
 * keepOwner's words; undefined when it can.
 */
function ownerRefusal(uid: number, gid: number, target: string): string | undefined {
  if (process.platform === "win32" || process.getuid === undefined || process.getuid() === 0) return undefined;
  if (uid !== process.getuid()) return anotherUsersWords;
  if (gid === process.getgid?.() || (process.getgroups?.() ?? []).includes(gid)) return undefined;
  return setgidFolderGroup(target) === gid ? undefined : ownGroupWords(gid);
}

/** S_ISGID (Node's fs.constants has no such name). */
const setgidBit = 0o2000;

/** The group a new file in the target's folder takes when the folder is setgid (chmod g+s), or undefined. */
function setgidFolderGroup(target: string): number | undefined {
  const folder = statOrUndefined(dirname(target));
  return folder !== undefined && (folder.mode & setgidBit) !== 0 ? folder.gid : undefined;
}

const anotherUsersWords = "it belongs to another user, whose ownership a rewrite would take (permission denied)";

/** The codes with which a folder refuses a new file: no permission, or a read-only file system. */
const folderRefusals: ReadonlySet<string> = new Set(["EACCES", "EROFS"]);

/**
 * Refuses, without writing, a target whose folder takes no new file: every write makes its
 * temporary file there first, so a folder of mode 555 (or on a read-only mount) refuses even a
 * writable file (temporaryFileRefused says so).
 */
function folderTakesNewFile(target: string): void {
  try {
    accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    if (folderRefusals.has((error as NodeJS.ErrnoException).code ?? "")) throw temporaryFileRefused(target, error);
  }
}

/** The temporary file, made new (O_EXCL) and private until it is given its mode; a folder that refuses it is said to (temporaryFileRefused). */
function openTemporaryFile(temporary: string, target: string): number {
  try {
    return openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (error) {
    throw folderRefusals.has((error as NodeJS.ErrnoException).code ?? "") ? temporaryFileRefused(target, error) : error;
  }
}

/**
 * Why a write failed where its folder took no new file: the file itself may be writable, and
 * "permission denied (EACCES)" alone sent the user to its mode (audit of the files written):
 * the words say the folder refused the temporary file, and why the write needs one.
 */
function temporaryFileRefused(target: string, error: unknown): WriteFailure {
  const code = (error as NodeJS.ErrnoException).code ?? "EACCES";
  return new WriteFailure(target, code, `its folder does not let the temporary file be made (the new text is written beside the file, then renamed into place): ${describeWriteFailure(error)}`);
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "EACCES";
  }
}

function keepOwner(fd: number, uid: number, gid: number, target: string): void {
  if (process.platform === "win32") return;
  try {
    fchownSync(fd, uid, gid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    // Our own file of a group we are not in (one root chgrp'ed, a group we left): the new file
    // would be in our own group, which may let others read it (640 of a private group, come back
    // 640 of a shared one) or keep its group from writing it. It was rewritten so, silently, while
    // the README said the group is kept (audit of the files written): refused, as another user's file is.
    throw new WriteFailure(target, "EPERM", uid === process.getuid?.() ? ownGroupWords(gid) : anotherUsersWords);
  }
}

/** Why a file of ours whose group we are not in is not rewritten (keepOwner). */
export function ownGroupWords(gid: number): string {
  return `its group is ${groupWords(gid)}, which you are not in: a rewrite would put it in your own group instead, changing who may read or write it (permission denied; a member of that group, or root, can write it)`;
}

/** Writes a whole file atomically (see stageFile). Throws a WriteFailure; the target is then as it was. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: StageOptions = {}): void {
  const staged = stageFile(path, options);
  staged.write(data);
  staged.commit();
}

/**
 * Writes several files as one, all or none: every temporary file is written and flushed, and
 * every target checked (an earlier child of split --force still holds what was read, a new
 * name is still free), before any is renamed. A failure after that (a file changed or made
 * between the check and its rename, a rename refused) takes back those already placed: each
 * file replaced was set aside, not removed, and is put back; each new one is removed. The
 * files set aside are removed only once every file is in place. A file's own `options` are
 * laid over the shared ones (split --force overwrites an earlier child, holding what was read,
 * and no other file).
 */
export function writeFilesAtomic(
  files: readonly { readonly path: string; readonly data: string | Uint8Array; readonly options?: StageOptions }[],
  options: StageOptions = {},
): void {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) {
      const one = stageFile(file.path, { ...options, ...file.options });
      staged.push(one);
      one.write(file.data);
    }
    for (const one of staged) one.check();
    placeAll(staged);
  } catch (error) {
    for (const one of staged) one.abort();
    throw error;
  }
}

/** Places every file, or, when one fails, takes back those placed before it (last first) and throws its failure, naming any that could not be taken back. */
function placeAll(staged: readonly StagedFile[]): void {
  const placed: PlacedFile[] = [];
  try {
    for (const one of staged) placed.push(one.place());
  } catch (error) {
    const notUndone = placed.reverse().filter((one) => !undoneQuietly(one)).map((one) => one.target);
    const failure = error as WriteFailure;
    throw notUndone.length === 0 ? failure : new WriteFailure(failure.target, failure.code, failure.message, notUndone);
  }
  for (const one of placed) one.settle();
}

function undoneQuietly(placed: PlacedFile): boolean {
  try {
    placed.undo();
    return true;
  } catch {
    return false;
  }
}

/** The null device is the one non-file target written to directly (`-o /dev/null`): nothing there to lose. */
export function isNullDevice(path: string): boolean {
  return path === devNull;
}

/**
 * The file a link points to (followed to its end), or the path itself when it is not a link or
 * does not exist yet. A link that cannot be followed is refused in the words its error gives:
 * only ENOENT is a broken link (a link through a file, a loop, a closed folder were all "broken").
 */
function resolveLinks(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch {
    return path;
  }
  try {
    return realpathSync(path);
  } catch (error) {
    throw new WriteFailure(path, (error as NodeJS.ErrnoException).code ?? "ENOENT", `it is ${unreachedLinkWords(error)}`);
  }
}

/** The path itself, refused when it is a symbolic link (broken or not). */
function notALink(path: string): string {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    // Nothing there yet (or nothing lstat can see): the rename makes the file.
  }
  if (link) throw new WriteFailure(path, "LINK", "it is a symbolic link (not written through)");
  return path;
}

/** The rename is durable once the folder's entry is: a folder that cannot be opened or synced (Windows) is skipped. */
function syncFolder(folder: string): void {
  tryQuietly(() => {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
}

/** A new file's mode: the bits asked for (0666 by default), less the umask's, as open(2) makes it. */
function newFileMode(mode = 0o666): number {
  return mode & 0o777 & ~currentUmask();
}

function currentUmask(): number {
  // process.umask() with no argument is deprecated for its race; reading it is enough here
  // and worker threads cannot call it at all.
  try {
    return process.umask();
  } catch {
    return 0o022;
  }
}

function tryQuietly(action: () => void): void {
  try {
    action();
  } catch {
    // Cleaning up after a failure that is already being reported.
  }
}
