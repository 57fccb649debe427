import { shorten } from "../engine/messageTemplate.js";
import { escapeControls } from "../formatters/displayText.js";
import type { ServerSettings } from "./documentLint.js";

/** What a client's settings say: the settings they set, none (they set nothing: the fallback holds), or why they cannot be taken. */
export type SettingsReading = { readonly settings: ServerSettings | undefined; readonly problem?: undefined } | { readonly settings?: undefined; readonly problem: string };

const structures: readonly string[] = ["publish", "editor"] satisfies readonly ServerSettings["structure"][];

/** A client's value as a message shows it: JSON, short, its controls named by their code. */
const shown = (value: unknown): string => escapeControls(shorten(JSON.stringify(value) ?? String(value)));

/**
 * The settings a client's section or initializationOptions (`where`, as the message names it)
 * give. Null or no `structure` sets nothing: Neovim answers workspace/configuration with null
 * for a section it does not have, which must leave the initializationOptions in force. A value
 * the server does not take ("editr", a bare string for the whole object) is a problem to tell
 * the user: ignored without a word, it left the findings shown twice and no one knew why.
 */
export function readSettings(value: unknown, where: string): SettingsReading {
  if (value === null || value === undefined) return { settings: undefined };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { problem: `${where} ${shown(value)} is not an object: the server takes { "structure": "publish" } or { "structure": "editor" }` };
  }
  const structure = (value as { structure?: unknown }).structure;
  if (structure === undefined || structure === null) return { settings: undefined };
  if (typeof structure === "string" && structures.includes(structure)) return { settings: { structure: structure as ServerSettings["structure"] } };
  return { problem: `structure ${shown(structure)} (${where}) is not a value the server takes: "publish" or "editor"` };
}
