import { isObject, type Json } from "./jsonObject.js";

/**
 * The methods whose body postman-runtime drops before it sends the request (lib/requester/core.js,
 * METHODS_WITHOUT_BODY, "picked from the app, which don't support body"), matched against the
 * method lower-cased, as its getRequestBody matches it.
 */
const methodsWithoutBody: ReadonlySet<string> = new Set(["get", "copy", "head", "purge", "unlock"]);

/**
 * A collection node's own `protocolProfileBehavior.disableBodyPruning`, or undefined where it sets
 * none and the folder or collection above decides: postman-collection's
 * Item#getProtocolProfileBehaviorResolved spreads each parent's behaviors under the item's, so the
 * nearest node that holds the key wins. Any truthy value turns pruning off, as the runtime's
 * `!protocolProfileBehavior.disableBodyPruning` reads it.
 */
export function bodyPruningSetting(node: Json): boolean | undefined {
  const behavior = node.protocolProfileBehavior;
  return isObject(behavior) && Object.hasOwn(behavior, "disableBodyPruning") ? Boolean(behavior.disableBodyPruning) : undefined;
}

/** Whether Postman sends a request of this method (variables filled) without its saved body. */
export function postmanPrunesBody(method: string, pruningDisabled: boolean): boolean {
  return !pruningDisabled && methodsWithoutBody.has(method.toLowerCase());
}
