import type { Diagnostic } from "../engine/diagnostic.js";
import { child, isContainer, segments, valueAt } from "../json/jsonPointer.js";
import { answersToJSON } from "../json/toJSONMethod.js";

/** How an object holds a key JSON.stringify does not send. */
type Unsent = "defined not enumerable" | "inherited from its prototype";

/**
 * How an object in hand holds a key JSON.stringify does not send: its own, defined not
 * enumerable, or inherited from a prototype of its own (not Object.prototype's `constructor`
 * or `toString`, which every object has); undefined when it is sent or not held (an undefined
 * value is never sent anyway).
 */
function unsentHolding(node: object, name: string): Unsent | undefined {
  const own = Object.getOwnPropertyDescriptor(node, name);
  if (own !== undefined) return !own.enumerable && (node as Record<string, unknown>)[name] !== undefined ? "defined not enumerable" : undefined;
  for (let prototype: unknown = Object.getPrototypeOf(node); isContainer(prototype) && prototype !== Object.prototype && prototype !== Array.prototype; prototype = Object.getPrototypeOf(prototype)) {
    if (Object.hasOwn(prototype, name)) return name !== "constructor" && (node as Record<string, unknown>)[name] !== undefined ? "inherited from its prototype" : undefined;
  }
  return undefined;
}

/** The object in hand at a pointer, read as the body was sent: none past an object written as its toJSON answers. */
function objectInHand(given: unknown, path: string): object | undefined {
  let node = given;
  if (!isContainer(node) || answersToJSON(node)) return undefined;
  for (const key of segments(path)) {
    node = child(node, key);
    if (!isContainer(node) || answersToJSON(node)) return undefined;
  }
  return node;
}

/** The parent of a pointer ("" has none). */
const parentOf = (path: string): string | undefined => (path === "" ? undefined : path.slice(0, path.lastIndexOf("/")));

/**
 * A finding that a field is missing, about a body the caller's object holds it in, but as a key
 * JSON.stringify does not send: "currency is required" alone left the caller looking at
 * `body.currency === "USD"` (found by the review of the types work). The finding stands (the
 * body sent lacks the field); it now says why. A finding's message names the field, at the
 * field's pointer or at the object's (several missing fields in one message).
 */
export function withUnsentKeysNamed(diagnostics: readonly Diagnostic[], given: unknown, sent: unknown): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    try {
      // The names the message holds (a handful), each asked of the objects: never every key an object holds.
      const names = new Set(diagnostic.message.match(/[A-Za-z_$][A-Za-z0-9_$]*/g));
      const notes: string[] = [];
      for (const path of new Set([diagnostic.path, parentOf(diagnostic.path)])) {
        const node = path === undefined ? undefined : objectInHand(given, path);
        const sentNode = path === undefined ? undefined : valueAt(sent, path);
        if (node === undefined || !isContainer(sentNode)) continue;
        for (const name of names) {
          const how = Object.hasOwn(sentNode, name) ? undefined : unsentHolding(node, name);
          if (how !== undefined) notes.push(`the object in hand holds ${name}, but as a key ${how}, which JSON.stringify does not send`);
        }
      }
      return notes.length === 0 ? diagnostic : { ...diagnostic, message: `${diagnostic.message}; ${notes.join("; ")}` };
    } catch {
      // A Proxy's trap or a getter that throws: the finding stands as it is.
      return diagnostic;
    }
  });
}
