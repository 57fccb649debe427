import type { Kind } from "../kinds/kinds.js";
import { detectParsedKind } from "../kinds/kindDetection.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { bytesOverLimit } from "./languageFileSize.js";
import { hiddenPlaceOf, type HiddenPlace } from "./hiddenPlace.js";
import { mayBePayload } from "./payloadFile.js";
import { unreadBytes } from "./unreadDocument.js";

/** What the plugin's rules do with ESLint's file: lint it, or leave it; where a hidden place alone keeps a payload from them, the place and the kind its content reads as. */
export type FileTreatment = { readonly lint: true } | { readonly lint: false; readonly hidden?: { readonly place: HiddenPlace; readonly kind: Kind } };

/** What the rules know of ESLint's file: its text, the tree the language handed ESLint, and the size limit. */
export interface SeenFile {
  readonly text: string;
  readonly ast: unknown;
  readonly maxFileSize: number;
}

/**
 * Whether the oms-lint rules lint ESLint's file: what the CLI's folder walk from ESLint's `cwd`
 * lints (mayBePayload), and a file that walk skips only for its hidden folder or hidden name
 * (`.fixtures/tax.json`, `.order.json`: hiddenPlace.ts) when `settings["oms-lint"].kind` names a
 * kind (`kindSet`, asked of such files alone) and its content reads as a payload. A kind on a
 * broad glob (`files: ["**\/*.json"]`) is no word about the tools' JSON that ESLint's glob takes
 * in hidden folders: `.next/server/pages-manifest.json` got "the body lacks 12 required fields",
 * exit 1, where `oms-lint` with the same mapping, whose `**` enters no hidden folder, exits 0
 * (review of d4492135). A file past the size limit, whose content is not read, is taken at the
 * kind's word and refused for its size, as a payload is. Without a kind, a file whose content
 * reads as a payload is left, and oms-lint/kind says why (`hidden`): an order taxed at 40% in
 * `.fixtures/` passed `npx eslint .fixtures/tax.json` in silence (audit of the ESLint plugin).
 */
export function fileTreatment(filePath: string, cwd: string, kindSet: () => boolean, file: SeenFile): FileTreatment {
  if (mayBePayload(filePath, cwd)) return { lint: true };
  const place = hiddenPlaceOf(filePath, cwd);
  if (place === undefined) return { lint: false };
  if (sizeOverLimit(file) !== undefined) return kindSet() ? { lint: true } : { lint: false };
  const kind = hiddenPayloadKind(file);
  if (kind === undefined) return { lint: false };
  return kindSet() ? { lint: true } : { lint: false, hidden: { place, kind } };
}

/**
 * The file's size in bytes when it is past the limit: as the plugin's language measured it
 * (with the leading byte order mark ESLint took off the text: unreadDocument.ts), or, under
 * another language, as the text measures; undefined within it.
 */
export function sizeOverLimit({ text, ast, maxFileSize }: SeenFile): number | undefined {
  return unreadBytes(ast) ?? bytesOverLimit(text, maxFileSize);
}

/** Each text's kind, once: every oms-lint rule ESLint runs on a hidden file asks it. */
const kindsRead = new WeakMap<object, { readonly kind: Kind | undefined }>();

/**
 * The kind a hidden file reads as by its content, as the CLI detects a payload's kind; undefined
 * for JSON that is none (a tool's cache, .next/'s manifests: the walk's silence stays) and for a
 * text past the size or structure limits, which is not read for this.
 */
function hiddenPayloadKind(file: SeenFile): Kind | undefined {
  const key = typeof file.ast === "object" && file.ast !== null ? file.ast : undefined;
  const known = key && kindsRead.get(key);
  if (known) return known.kind;
  const parsed = parseWithinLimits(file.text);
  const kind = parsed === undefined ? undefined : detectParsedKind(parsed.value);
  if (key) kindsRead.set(key, { kind });
  return kind;
}
