import type { Diagnostic } from "../engine/diagnostic.js";
import { child, isContainer, parentPointer, segments, valueAt } from "../json/jsonPointer.js";
import { toJSONReader } from "../json/toJSONMethod.js";
import { isProxyObject } from "../json/proxyCheck.js";
import { shapeAt, type Shape } from "../kinds/shape.js";
import { missingFieldsListed } from "./schemaWording.js";

/** How an object holds a key JSON.stringify does not send. */
type Unsent = "defined not enumerable" | "inherited from its prototype" | "inherited from Object.prototype";

/** Prototypes looked through for an inherited key, at most: a chain may be 100,000 long. */
const prototypesLooked = 1000;

/** Whether a property's descriptor holds a field's value: a getter (not called: JSON.stringify would not call it either), or a value that is no function and not undefined. */
const holdsField = (descriptor: PropertyDescriptor): boolean =>
  descriptor.get !== undefined || (descriptor.value !== undefined && typeof descriptor.value !== "function");

/**
 * How an object in hand holds a key JSON.stringify does not send: its own, defined not
 * enumerable, or inherited from a prototype of its own (a class's getter, Object.create's),
 * never from the root of its chain (any realm's Object.prototype) but for a field this realm's
 * Object.prototype was given (a polluted prototype), nor as a method; undefined
 * when it is sent or not held. Read by descriptor: no getter is called.
 */
function unsentHolding(node: object, name: string): Unsent | undefined {
  const own = Object.getOwnPropertyDescriptor(node, name);
  if (own !== undefined) return !own.enumerable && holdsField(own) ? "defined not enumerable" : undefined;
  let prototype: unknown = Object.getPrototypeOf(node);
  for (let looked = 0; looked < prototypesLooked && isContainer(prototype) && Object.getPrototypeOf(prototype) !== null && prototype !== Array.prototype; looked++) {
    const inherited = Object.getOwnPropertyDescriptor(prototype, name);
    if (inherited !== undefined) return holdsField(inherited) ? "inherited from its prototype" : undefined;
    prototype = Object.getPrototypeOf(prototype);
  }
  // This realm's Object.prototype holds no field unless polluted (prototypeAnswersFields): the body was read as sent, and this is why it lacks one.
  const polluted = prototype === Object.prototype ? Object.getOwnPropertyDescriptor(prototype, name) : undefined;
  return polluted !== undefined && holdsField(polluted) ? "inherited from Object.prototype" : undefined;
}

/** The object in hand at a pointer, read as the body was sent: none past an object written as its toJSON answers. */
function objectInHand(given: unknown, path: string, answersToJSON: (value: object) => boolean): object | undefined {
  let node = given;
  if (!isContainer(node) || answersToJSON(node)) return undefined;
  for (const key of segments(path)) {
    node = child(node, key);
    if (!isContainer(node) || answersToJSON(node)) return undefined;
  }
  return node;
}

/**
 * The fields a finding of several missing at once lists ("the body lacks 2 required fields:
 * externalOrderID (…); currency (…)", schemaWording.ts): each entry's leading name, kept where
 * the schemas know it at that object. A word of a field's description ("code", "items") is no
 * field of the finding (found by the audit of what validate() reads of a caller's value).
 */
function listedFields(message: string, path: string, known: Shape | undefined): Set<string> {
  const names = missingFieldsListed(message, path)?.names ?? [];
  return new Set(names.filter((name) => known?.properties !== undefined && Object.hasOwn(known.properties, name)));
}

/** The parent of a pointer ("" has none). */

/**
 * A finding that a field is missing (messageId `required`), about a body the caller's object
 * holds it in, but as a key JSON.stringify does not send: "currency is required" alone left the
 * caller looking at `body.currency === "USD"` (found by the review of the types work). The
 * finding stands (the body sent lacks the field); it now says why. The field is the one its
 * pointer ends with (the missing field's place), or one of those it lists at the object's
 * place (several missing in one finding); only a name the body sent lacks there is asked.
 */
export function withUnsentKeysNamed(diagnostics: readonly Diagnostic[], given: unknown, sent: unknown, shape: Shape | undefined): Diagnostic[] {
  const inHand = new Map<string, object | undefined>();
  // Each prototype chain looked through once for all the findings (200 line items over 20,000 prototypes, each missing a field: 4 s).
  const answersToJSON = toJSONReader(isProxyObject);
  const objectAt = (path: string) => (inHand.has(path) ? inHand.get(path) : inHand.set(path, objectInHand(given, path, answersToJSON)).get(path));
  return diagnostics.map((diagnostic) => {
    if (diagnostic.messageId !== "required") return diagnostic;
    const notes: string[] = [];
    const parent = parentPointer(diagnostic.path);
    const places: [string, ReadonlySet<string>][] = [[diagnostic.path, listedFields(diagnostic.message, diagnostic.path, shapeAt(shape, diagnostic.path))]];
    if (parent !== undefined) places.push([parent, new Set([segments(diagnostic.path).at(-1) as string])]);
    for (const [path, names] of places) {
      const sentNode = valueAt(sent, path);
      if (!isContainer(sentNode)) continue;
      for (const name of names) {
        if (Object.hasOwn(sentNode, name)) continue;
        try {
          const node = objectAt(path);
          const how = node === undefined ? undefined : unsentHolding(node, name);
          if (how !== undefined) notes.push(`the object in hand holds ${name}, but as a key ${how}, which JSON.stringify does not send`);
        } catch {
          // A Proxy's trap that throws: nothing said of this name.
        }
      }
    }
    return notes.length === 0 ? diagnostic : { ...diagnostic, message: `${diagnostic.message}; ${notes.join("; ")}` };
  });
}
