import { nullPrototypeCopy } from "../json/nullPrototypeCopy.js";
import { prototypeHoldsAddedNames } from "../json/unsentKeys.js";

/**
 * A message's body as JSON.parse reads it, into objects that inherit nothing when
 * Object.prototype holds a name it does not hold of itself (a polluted prototype): LSP leaves
 * many fields out (a notification's `id`, `context.only`, `workspaceFolders`, the client's
 * `capabilities.*`, a setting's `structure`), and the server and vscode-jsonrpc read them by name,
 * so a polluted one answered every message that lacks it (`Object.prototype.id` made every
 * notification a request; found by test/hostile/pollutedLanguageServer.test.ts). A
 * `"__proto__"` key stays an own member, as JSON.parse makes it: nothing merges it.
 */
export function parsedMessage(body: string): unknown {
  const value: unknown = JSON.parse(body);
  return prototypeHoldsAddedNames() ? nullPrototypeCopy(value) : value;
}
