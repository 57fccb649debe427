import { getNodeValue, type Node } from "jsonc-parser";
import type { Association } from "../vscode/schemaAssociations.js";

/** An entry taken out of "json.schemas": one naming oms-lint's schemas for a fileMatch the config no longer gives. */
export interface RemovedEntry {
  readonly fileMatch: unknown;
  readonly url: string;
}

const editorSchemas = "oms-lint/schemas/editor/";

/**
 * The "json.schemas" entries init writes (each its JSON text), and those it takes out. Everyone
 * else's entries stay as written, in their order; then oms-lint's. An entry naming one of
 * oms-lint's editor schemas is init's to rewrite: replaced when the config gives its fileMatch
 * again; else it is one an earlier init wrote for a glob since changed (which would point files
 * at the wrong kind) or one written by hand, which init cannot tell apart: it is taken out, and
 * returned, for the command to name it.
 */
export function schemaEntries(text: string, array: Node | undefined, ours: readonly Association[]): { entries: string[]; removed: RemovedEntry[] } {
  const entries: string[] = [];
  const removed: RemovedEntry[] = [];
  for (const node of array?.children ?? []) {
    const entry = getNodeValue(node) as { fileMatch?: unknown; url?: unknown } | null;
    const url = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry.url : undefined;
    if (typeof url !== "string" || !url.includes(editorSchemas)) entries.push(text.slice(node.offset, node.offset + node.length));
    else if (!ours.some((association) => sameMatch(association.fileMatch, entry?.fileMatch))) removed.push({ fileMatch: entry?.fileMatch, url });
  }
  entries.push(...ours.map(entryText));
  return { entries, removed };
}

/** A removed entry as a note names it: its fileMatch and its schema (`/legacy/*.json (importOrder.json)`). */
export function describeRemoved(entry: RemovedEntry): string {
  const { fileMatch } = entry;
  const patterns = Array.isArray(fileMatch) && fileMatch.every((pattern) => typeof pattern === "string") ? fileMatch.join(" ") : JSON.stringify(fileMatch);
  return `${patterns} (${entry.url.slice(entry.url.lastIndexOf(editorSchemas) + editorSchemas.length)})`;
}

/**
 * The same globs, in any order (init writes them in the config's order, which a reordered config
 * changes), whatever `!` exclusions follow them (initCommand.ts, schemaAssociations: the
 * entries before it, the files the walk skips, a config file of another name): an earlier init
 * wrote none.
 */
function sameMatch(ours: readonly string[], theirs: unknown): boolean {
  if (!Array.isArray(theirs)) return false;
  const [own, their] = [includedGlobs(ours), includedGlobs(theirs)];
  return own.length === their.length && own.every((pattern) => their.includes(pattern)) && their.every((pattern) => own.includes(pattern));
}

/** A fileMatch's patterns but its exclusions (`!…`), which only take files out of what the others match. */
function includedGlobs(patterns: readonly unknown[]): unknown[] {
  return patterns.filter((pattern) => typeof pattern !== "string" || !pattern.startsWith("!"));
}

function entryText({ fileMatch, url }: Association): string {
  return `{ "fileMatch": [${fileMatch.map((pattern) => JSON.stringify(pattern)).join(", ")}], "url": ${JSON.stringify(url)} }`;
}
