import { getNodeValue, type Node } from "jsonc-parser";

export interface Association {
  readonly fileMatch: readonly string[];
  readonly url: string;
}

const editorSchemas = "oms-lint/schemas/editor/";

/**
 * The "json.schemas" entries init writes, each its JSON text: everyone else's as written, in
 * their order; then oms-lint's, replacing those naming its editor schemas.
 */
export function schemaEntries(text: string, array: Node | undefined, ours: readonly Association[]): { entries: string[] } {
  const entries: string[] = [];
  for (const node of array?.children ?? []) {
    const entry = getNodeValue(node) as { url?: unknown } | null;
    const url = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry.url : undefined;
    if (typeof url !== "string" || !url.includes(editorSchemas)) entries.push(text.slice(node.offset, node.offset + node.length));
  }
  entries.push(...ours.map(entryText));
  return { entries };
}

function entryText({ fileMatch, url }: Association): string {
  return `{ "fileMatch": [${fileMatch.map((pattern) => JSON.stringify(pattern)).join(", ")}], "url": ${JSON.stringify(url)} }`;
}
