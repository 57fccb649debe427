import { readdirSync } from "node:fs";
import { join } from "node:path";
import { earlierChild, type ChildNaming } from "./earlierChild.js";

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
    .filter(({ name, n }) => "bytes" in earlierChild(join(outDir, name), n, naming))
    .sort((a, b) => a.n - b.n)
    .map(({ name }) => join(outDir, name));
}

function readdirOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
