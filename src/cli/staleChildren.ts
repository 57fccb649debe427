import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readBoundedText } from "../files/readBounded.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import type { StructureLimits } from "../source/entryCount.js";
import { childOrderIds } from "../split/childOrderId.js";

/** What an earlier split of this order would have named its N-th child: file stem and ID. */
export interface ChildNaming {
  readonly stem: string;
  /** The original's externalOrderID (children are told by theirs), and the ID template. */
  readonly originalId: unknown;
  readonly idTemplate: string;
  /** Files past this size are not read (the run's --max-file-size). */
  readonly limit: number;
  /** The run's depth, entries and values limits: a file past one is no child, and is not parsed to find that out. */
  readonly structure: StructureLimits;
}

/**
 * Children of an earlier split that the new one does not replace: `<stem>-N.json` with N past
 * the new count, whose externalOrderID is the one this order's N-th child gets. Left in
 * place, `out/*.json` would submit an order that no longer exists. A file of that name that
 * is not such a child (another order, not JSON, unreadable) is none: never listed as stale,
 * never removed by --force; nor is one past the run's limits (split would refuse it as input).
 */
export function staleChildren(outDir: string, naming: ChildNaming, count: number): string[] {
  const prefix = `${naming.stem}-`;
  const numbered = readdirOrEmpty(outDir).flatMap((name) => {
    if (!name.startsWith(prefix) || !name.endsWith(".json")) return [];
    const digits = name.slice(prefix.length, -".json".length);
    return /^[1-9][0-9]{0,8}$/.test(digits) && Number(digits) > count ? [{ name, n: Number(digits) }] : [];
  });
  return numbered
    .filter(({ name, n }) => isChild(join(outDir, name), n, naming))
    .sort((a, b) => a.n - b.n)
    .map(({ name }) => join(outDir, name));
}

function isChild(file: string, n: number, naming: ChildNaming): boolean {
  if (typeof naming.originalId !== "string" || naming.originalId === "") return false;
  const read = readBoundedText(file, naming.limit);
  if (!("text" in read)) return false;
  // Counted before it is parsed: three 48 MB files named like children took 50 s and 2.48 GB to be told apart.
  const value = parseWithinLimits(read.text, naming.structure)?.value;
  const id = typeof value === "object" && value !== null ? (value as { externalOrderID?: unknown }).externalOrderID : undefined;
  return id === childOrderIds(naming.originalId, n, naming.idTemplate).ids[n - 1];
}

function readdirOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
