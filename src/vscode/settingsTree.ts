import { parse, type ParseError } from "jsonc-parser";
import { decodeUtf8 } from "../source/utf8.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";

/** A settings value tree: `{ "json": { "schemas": [...], "validate": { "enable": false } } }`. */
export type SettingsTree = { readonly [key: string]: unknown };

/** How VS Code reads settings.json: JSONC, comments and trailing commas allowed; an empty file is no settings yet. */
const jsoncOptions = { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true };

/**
 * settings.json as VS Code reads it to apply it (not to edit it: init's editableSettings is the
 * strict reader for that). JSONC; a key written twice, the last one (jsonc-parser's parse
 * assigns each in turn, as VS Code's settings parser does); dotted keys made one tree, in the
 * order the object holds them (VS Code's addToValueTree: "json.schemas" and
 * `"json": { "schemas": … }` are one setting, and a "json" object set after "json.schemas"
 * replaces its subtree). Undefined where the bytes are not UTF-8, the text has a syntax error or
 * the top level is no object: what VS Code makes of those is not sure, so a caller deciding who
 * shows a finding treats them as "nothing is known".
 */
export function settingsTree(bytes: Uint8Array): SettingsTree | undefined {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return undefined;
  const errors: ParseError[] = [];
  let raw: unknown;
  try {
    raw = parse(withoutByteOrderMark(decoded.text), errors, jsoncOptions);
  } catch {
    // jsonc-parser recurses once a bracket: thousands of them overflow the stack.
    return undefined;
  }
  if (errors.length > 0) return undefined;
  // A file of blanks or comments: no settings yet.
  if (raw === undefined) return {};
  if (!isObject(raw)) return undefined;
  const tree: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(raw)) addToTree(tree, key.split("."), value);
  return tree;
}

/** VS Code's addToValueTree: each segment but the last an object (one that is not makes the key conflict, and it is dropped), the last set whole. */
function addToTree(tree: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = tree;
  for (const segment of segments.slice(0, -1)) {
    const next = Object.hasOwn(node, segment) ? node[segment] : (node[segment] = Object.create(null));
    if (!isObject(next)) return;
    node = next;
  }
  node[segments[segments.length - 1]!] = value;
}

/** The value at a dotted setting's path in the tree (`json.validate.enable`), if every step is an object. */
export function settingAt(tree: SettingsTree, key: string): unknown {
  let node: unknown = tree;
  for (const segment of key.split(".")) {
    if (!isObject(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
