import { lstatSync } from "node:fs";
import { isUnread, readBounded, describeUnread } from "../files/readBounded.js";
import { parseBounded } from "../source/boundedParse.js";
import type { Limit, StructureLimits } from "../source/entryCount.js";
import { decodeUtf8 } from "../source/utf8.js";
import type { TooLargeWording } from "../source/fileSize.js";
import { quotedText } from "../engine/argumentWords.js";
import { childOrderIds } from "../split/childOrderId.js";
import { mostSplitChildren } from "../domain/availabilityClasses.js";
import { ownField, ownsKey } from "../engine/ownField.js";

/** What an earlier split of this order would have named its N-th child: file stem and ID. */
export interface ChildNaming {
  readonly stem: string;
  /** The original's externalOrderID (children are told by theirs), and the ID template. */
  readonly originalId: unknown;
  readonly idTemplate: string;
  /** Files past this size are not read (the run's --max-file-size), and how one is told. */
  readonly limit: number;
  readonly tooLarge: TooLargeWording;
  /** The run's depth, entries and values limits: a file past one is no child, and is not parsed to find that out. */
  readonly structure: StructureLimits;
}

/** A file at a child's name: this order's N-th child from an earlier split (its bytes, as read), or why it is none. */
export type EarlierChild = { readonly bytes: Uint8Array } | { readonly notChild: string };

/**
 * Whether `file` is this order's `n`-th child from an earlier split: JSON within the run's
 * limits whose externalOrderID is the one this order's n-th child gets. The one test of what
 * split may remove (a stale child, past the new count) or replace (--force): a file of that
 * name that is another order, or no order at all, is the user's, not split's; so is a symbolic
 * link, whatever it points at: split never writes one, so none is its earlier child (a link to
 * a copy of a child was called stale, and "run with --force" then refused it: split audit).
 */
export function earlierChild(file: string, n: number, naming: ChildNaming): EarlierChild {
  if (typeof naming.originalId !== "string" || naming.originalId === "") return { notChild: "this order has no externalOrderID to tell its children by" };
  // No split makes more children than its classes: `cart-999999999.json` is told from its name,
  // without working out 999,999,999 IDs (that ran the heap out: audit of split).
  if (n > mostSplitChildren) return { notChild: `a split makes at most ${mostSplitChildren} orders, so no file is its child ${n}` };
  if (isSymbolicLink(file)) return { notChild: "it is a symbolic link, and split never writes one" };
  const expected = childOrderIds(naming.originalId, n, naming.idTemplate).ids[n - 1]!;
  const bytes = readBounded(file, naming.limit);
  if (isUnread(bytes)) return { notChild: `it cannot be read: ${describeUnread(bytes, naming.limit, naming.tooLarge)}` };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { notChild: "it is not UTF-8 text" };
  // Counted before it is parsed: three 48 MB files named like children took 50 s and 2.48 GB to be told apart.
  const parsed = parseBounded(decoded.text, naming.structure);
  // Own keys, here and of the file's object: a polluted Object.prototype answered `"notJson" in`
  // for every child, and its `externalOrderID` made any object at a child's name one, which --force overwrote.
  if (ownsKey(parsed, "oversized")) return { notChild: pastLimitWords(parsed.oversized, naming.structure) };
  // Said apart from a limit passed: "not JSON within the run's limits" of plain text read as a file too large (split audit).
  if (ownsKey(parsed, "notJson")) return { notChild: "it is not JSON" };
  const { value } = parsed;
  const id = typeof value === "object" && value !== null && !Array.isArray(value) ? ownField(value as { externalOrderID?: unknown }, "externalOrderID") : undefined;
  if (id === expected) return { bytes };
  if (typeof id !== "string") return { notChild: "it holds no externalOrderID" };
  return { notChild: `its externalOrderID is ${quotedText(id)}, not ${quotedText(expected)}` };
}

/** Whether the name itself is a link (lstat); one that cannot be looked at is left to the read, which says why. */
function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Which of the run's limits a file passes, by the option that sets it (the config's `limits` sets the same). */
function pastLimitWords(limit: Limit, { maxDepth, maxEntries, maxValues }: StructureLimits): string {
  if (limit === "depth") return `it is nested deeper than the run's --max-depth (${maxDepth})`;
  if (limit === "entries") return `an array or object in it holds more entries than the run's --max-entries (${maxEntries})`;
  return `it holds more values than the run's --max-values (${maxValues})`;
}
