import type { Kind } from "../kinds/kinds.js";
import { detectParsedKind } from "../kinds/kindDetection.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { bytesOverLimit } from "./languageFileSize.js";
import { hiddenFolderOf, mayBePayload } from "./payloadFile.js";

/** What the plugin's rules do with ESLint's file: lint it, or leave it, naming the hidden folder that alone keeps it from being linted. */
export type FileTreatment = { readonly lint: true } | { readonly lint: false; readonly hiddenFolder?: string };

/**
 * Whether the oms-lint rules lint ESLint's file: what the CLI's folder walk from ESLint's `cwd`
 * lints (mayBePayload), and a file that walk skips only for lying in a hidden folder
 * (`.fixtures/tax.json`) when `settings["oms-lint"].kind` names its kind (`kindSet`, asked of
 * such files alone). ESLint does not say whether a file was named outright or which `files`
 * glob took it, but a kind set for it is the user's word that it is a payload, as a `files`
 * entry's kind is in the CLI, whose globs that spell the dot lint such a file. Without a kind,
 * the rules leave it as the walk does, and oms-lint/kind says so where its content reads as a
 * payload (hiddenPayloadKind): an order taxed at 40% in `.fixtures/` passed `npx eslint
 * .fixtures/tax.json` in silence, where `npx oms-lint .fixtures/tax.json` reports it (audit of
 * the ESLint plugin).
 */
export function fileTreatment(filePath: string, cwd: string, kindSet: () => boolean): FileTreatment {
  if (mayBePayload(filePath, cwd)) return { lint: true };
  const hiddenFolder = hiddenFolderOf(filePath, cwd);
  if (hiddenFolder === undefined) return { lint: false };
  return kindSet() ? { lint: true } : { lint: false, hiddenFolder };
}

/**
 * The kind a hidden folder's file reads as by its content, as the CLI detects a payload's kind;
 * undefined for JSON that is none (a tool's cache, .next/'s manifests: the walk's silence stays)
 * and for a text past `maxFileSize` or the structure limits, which is not read for this.
 */
export function hiddenPayloadKind(text: string, maxFileSize: number): Kind | undefined {
  if (bytesOverLimit(text, maxFileSize) !== undefined) return undefined;
  const parsed = parseWithinLimits(text);
  return parsed === undefined ? undefined : detectParsedKind(parsed.value);
}
