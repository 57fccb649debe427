import type { StructureLimits } from "../source/entryCount.js";
import { placePointer } from "./jsonPointer.js";
import { toJSONOf, toJSONThrew } from "./toJSONMethod.js";
import { isProxyObject } from "./proxyCheck.js";
import { nodeTypes } from "./nodeTypes.js";
import { lastItem } from "../engine/lastItem.js";

/**
 * A place where JSON.stringify throws: the object's toJSON threw, what is written there holds
 * itself (a toJSON answering a cycle), or a BigInt stands there (kept in the value, for the
 * schema to name where it refuses one: elsewhere, as an option's value or under an unknown key,
 * this place is its one finding). Inside what a toJSON answers, the place is that toJSON's
 * (the nearest whose answer holds it: the caller handed that object over, and its toJSON is
 * what to mend), and `inAnswerAt` says where in the answer JSON.stringify throws: one finding
 * for the answer, however many such places it holds (found by the review of the stop: a
 * toJSON answering a cycle was "must be a string" at its place and "could not be written" at
 * the cycle's). What a toJSON answers that is itself the cycle or the BigInt stands at its
 * own place, as it did.
 */
export interface UnwritablePlace {
  readonly path: string;
  readonly reason: "toJSON" | "cycle" | "bigint" | "unreadable" | "conversion";
  /** Where in a toJSON's answer JSON.stringify throws, when `path` is that toJSON's place. */
  readonly inAnswerAt?: string;
}

/** The value JSON.stringify writes, and each place it could not write; or the first limit its writing passes. */
export type WrittenValue =
  | { readonly value: unknown; readonly unwritable: readonly UnwritablePlace[] }
  | { readonly path: string; readonly limit: "values" | "depth" }
  | { readonly path: string; readonly limit: "entries"; readonly container: "array" | "object" };

/** What an object member JSON.stringify leaves out is written as: nothing (an array element is written as null). */
const leftOut = Symbol("left out");
/** What stands where a toJSON threw: an empty object, that the rest is still checked. */
const unwritten = Symbol("unwritten");
/** What `unboxed` gives where a String or Number object's conversion threw. */
const unconverted = Symbol("unconverted");

/** A container being written, entry by entry, into its copy. */
interface WriteFrame {
  readonly node: object;
  /** Its own enumerable keys, as JSON.stringify lists them; null for an array. */
  readonly keys: readonly string[] | null;
  readonly size: number;
  next: number;
  /** The entries written into the copy so far. */
  entries: number;
  readonly copy: unknown[] | Record<string, unknown>;
  /** The place of the nearest toJSON whose answer holds this container, if any. */
  readonly answerOf: string | undefined;
  /** Whether a toJSON answered this container or one above it (the root's own toJSON too, which has no answerOf). */
  readonly inAnswer: boolean;
}

/**
 * What JSON.stringify makes of the object besides its entries: the primitive of a boxed
 * value (read as JSON.stringify reads it: a Number's or a String's by conversion, which may
 * call its Symbol.toPrimitive, valueOf or toString), or the object itself; `unconverted`
 * where that conversion throws, as JSON.stringify then does (a method that throws or answers
 * an object, or none to call on a String of a null prototype: found by the audit of how
 * validate() reads a caller's value, where validate() threw the caller's error or passed).
 * The internal slot is asked of node:util, loaded on first use (only a value JSON.stringify
 * threw on is written here): a valueOf that throws on any other object cost four exceptions
 * per object of the body.
 */
function unboxed(object: object): unknown {
  const types = nodeTypes();
  if (!types.isBoxedPrimitive(object)) return object;
  if (types.isNumberObject(object) || types.isStringObject(object)) {
    try {
      return types.isNumberObject(object) ? Number(object) : String(object);
    } catch {
      return unconverted;
    }
  }
  if (types.isBooleanObject(object)) return Boolean.prototype.valueOf.call(object);
  // A boxed symbol is written as an object, as any other.
  return types.isBigIntObject(object) ? BigInt.prototype.valueOf.call(object) : object;
}

/** An array's length as JSON.stringify reads it (ToLength): a Proxy may answer any value. */
function arrayLength(length: unknown): number {
  const n = Math.floor(Number(length));
  return n > 0 ? Math.min(n, Number.MAX_SAFE_INTEGER) : 0;
}

/** A number as its JSON text reads back: a non-finite one is written null, -0 is written 0. */
const asWrittenNumber = (n: number): number | null => (Number.isFinite(n) ? (n === 0 ? 0 : n) : null);

/**
 * The value JSON.stringify writes, as JSON.parse would read its text back, for a value it
 * throws on: it is asked only after JSON.stringify threw, to find what it could not write.
 * Each toJSON is applied here as JSON.stringify applies it (to an object or a BigInt, with
 * its key); where one throws, or what is written holds itself, the place is recorded and an
 * empty object stands there, so that the rest is still written and checked. A toJSON read
 * through a getter or a Proxy's get trap that throws is such a place too: JSON.stringify reads
 * it of every object. A BigInt (a database driver's BIGINT) is kept where it stands: the schema
 * names it there. A getter or a Proxy trap that throws as an entry is read is the caller's
 * error, and is thrown.
 *
 * Bounded as asSent's replacer is: values counted as written (a toJSON answering a value that
 * shares its objects is not written out past maxValues), levels and entries held to their
 * limits, an explicit stack (100,000 levels take no recursion).
 */
export function writtenValue(root: unknown, limits: StructureLimits): WrittenValue {
  const unwritable: UnwritablePlace[] = [];
  const frames: WriteFrame[] = [];
  /** The keys down to the container being written. */
  const trail: (string | number)[] = [];
  /** The containers from the root down to where the writing stands: one met again there holds itself. */
  const onPath = new Set<object>();
  let values = 0;
  let written: unknown;
  /** Whether the last value `writing` gave is a toJSON's answer (not the value as it stood). */
  let answered = false;
  /** The toJSON places already given a finding: one per answer. */
  const answersRecorded = new Set<string>();
  /** The pointer of the entry at `key` of the container being written ("" for the root: the trail is empty then). */
  const pointerTo = (key: string | number): string => {
    if (frames.length === 0) return "";
    trail.push(key);
    const path = placePointer(trail);
    trail.pop();
    return path;
  };
  /**
   * Records that JSON.stringify throws at the entry at `key` of the container being written:
   * at that place (`own`: a toJSON's answer there is what it cannot write), or inside a
   * toJSON's answer at the toJSON's place, once for the answer.
   */
  const record = (key: string | number, reason: UnwritablePlace["reason"], own: boolean): void => {
    const path = pointerTo(key);
    const answerOf = own ? undefined : lastItem(frames)?.answerOf;
    if (answerOf === undefined) unwritable.push({ path, reason });
    else if (!answersRecorded.has(answerOf)) {
      answersRecorded.add(answerOf);
      unwritable.push({ path: answerOf, reason, inAnswerAt: path });
    }
  };
  /** What is written for `value` under `key`: leftOut, unwritten, a primitive, or a container to open. */
  const writing = (value: unknown, key: string | number): unknown => {
    let answer = value;
    answered = false;
    // Any object, a function among them (JSON.stringify asks each for its toJSON), and a BigInt.
    if ((typeof value === "object" && value !== null) || typeof value === "function" || typeof value === "bigint") {
      // Read as JSON.stringify reads it (a getter, a Proxy's get trap): a throw there is its throw, at this
      // place. A Proxy's is its trap's, or its revocation's: it could not be read, it has no toJSON that threw.
      const toJSON = toJSONOf(value as object | bigint);
      if (toJSON === toJSONThrew) {
        record(key, typeof value !== "bigint" && isProxyObject(value as object) ? "unreadable" : "toJSON", false);
        return unwritten;
      }
      if (typeof toJSON === "function") {
        try {
          answer = (toJSON as (key: string) => unknown).call(value, String(key));
          answered = true;
        } catch {
          record(key, "toJSON", false);
          return unwritten;
        }
      }
    }
    if (answer === undefined || typeof answer === "function" || typeof answer === "symbol") return leftOut;
    if (typeof answer === "number") return asWrittenNumber(answer);
    if (typeof answer === "bigint") record(key, "bigint", answered);
    if (typeof answer !== "object" || answer === null) return answer;
    const primitive = unboxed(answer);
    if (primitive === unconverted) {
      record(key, "conversion", answered);
      return unwritten;
    }
    // A boxed BigInt (Object(5n)) is one JSON.stringify throws on, as the primitive is (found by the review of the session: it passed).
    if (typeof primitive === "bigint") record(key, "bigint", answered);
    return typeof primitive === "number" ? asWrittenNumber(primitive) : primitive;
  };
  const open = (node: object, copy: unknown[] | Record<string, unknown>, answerOf: string | undefined, inAnswer: boolean): WriteFrame => {
    const keys = Array.isArray(node) ? null : Object.keys(node);
    const size = keys === null ? arrayLength((node as unknown[]).length) : keys.length;
    return { node, keys, size, next: 0, entries: 0, copy, answerOf, inAnswer };
  };
  /** Puts the copy of the entry at `key` into its holder's copy (the root's: the value written). */
  const insert = (frame: WriteFrame | undefined, key: string | number, copy: unknown): void => {
    if (frame === undefined) written = copy;
    else if (frame.keys === null) (frame.copy as unknown[]).push(copy);
    // Defined, not assigned: a "__proto__" key is a member, as JSON.parse makes it.
    else if (key === "__proto__") Object.defineProperty(frame.copy, key, { value: copy, writable: true, enumerable: true, configurable: true });
    else (frame.copy as Record<string, unknown>)[key] = copy;
  };
  /** Writes the entry into its holder's copy (a container is opened, to be written next); returns the limit it passes, if any. */
  const place = (frame: WriteFrame | undefined, key: string | number, value: unknown): WrittenValue | undefined => {
    if (value === leftOut && frame?.keys !== null) return undefined;
    if (frame !== undefined && ++frame.entries > limits.maxEntries) return { path: placePointer(trail), limit: "entries", container: frame.keys === null ? "array" : "object" };
    if (++values > limits.maxValues) return { path: pointerTo(key), limit: "values" };
    let copy: unknown = value === leftOut ? null : value;
    if (value === unwritten) copy = {};
    else if (typeof value === "object" && value !== null) {
      if (onPath.has(value)) {
        record(key, "cycle", answered);
        copy = {};
      } else {
        if (frames.length >= limits.maxDepth) return { path: pointerTo(key), limit: "depth" };
        copy = Array.isArray(value) ? [] : {};
        // Within an answer, the nearest toJSON's. The root's answer (an entity class's toJSON) is
        // the body itself, each place of it checked on its own, as a body without a toJSON is.
        const answerOf = answered && frame !== undefined ? pointerTo(key) : frame?.answerOf;
        // Opened first: reading it may throw (a revoked Proxy a toJSON answered), before anything is pushed.
        const opened = open(value, copy as unknown[] | Record<string, unknown>, answerOf, answered || frame?.inAnswer === true);
        if (frame !== undefined) trail.push(key);
        frames.push(opened);
        onPath.add(value);
      }
    }
    insert(frame, key, copy);
    return undefined;
  };
  /**
   * Reading what a toJSON answered threw (a getter of a closed session, a revoked Proxy): no
   * JSON can be sent, and the place is the toJSON's, as for any answer JSON.stringify throws on
   * (found by the audit of a checkout service's pre-submit check: the body passed, reading the
   * toJSON method as data, and sending it threw). An empty object stands there. A throw in the
   * caller's own value is not written here: its place is found as it reads (unreadableValue.ts).
   */
  const unreadable = (frame: WriteFrame | undefined, key: string | number, error: unknown): void => {
    if (!answered && frame?.inAnswer !== true) throw error;
    // The toJSON's answer itself could not be read: its place is the toJSON's, the root's none.
    if (answered) unwritable.push(frame === undefined ? { path: "", reason: "unreadable" } : { path: pointerTo(key), reason: "unreadable", inAnswerAt: pointerTo(key) });
    else record(key, "unreadable", false);
    insert(frame, key, {});
  };
  const atRoot = writing(root, "");
  // A toJSON that answers undefined at the root: JSON.stringify writes nothing.
  if (atRoot === leftOut) return { value: undefined, unwritable };
  try {
    const passedAtRoot = place(undefined, "", atRoot);
    if (passedAtRoot !== undefined) return passedAtRoot;
  } catch (error) {
    unreadable(undefined, "", error);
  }
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.size) {
      frames.pop();
      onPath.delete(frame.node);
      if (frames.length > 0) trail.pop();
      continue;
    }
    const index = frame.next++;
    const key = frame.keys === null ? index : frame.keys[index]!;
    answered = false;
    let passed: WrittenValue | undefined;
    try {
      passed = place(frame, key, writing((frame.node as Record<string | number, unknown>)[key], key));
    } catch (error) {
      unreadable(frame, key, error);
    }
    if (passed !== undefined) return passed;
  }
  return { value: written, unwritable };
}
