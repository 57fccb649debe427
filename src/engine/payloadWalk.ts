import { shapes } from "../generated/shapes.js";
import type { Shape } from "../kinds/shape.js";
import type { Kind } from "../kinds/kinds.js";
import { orderKinds, partPlaces, type JsonObject, type PartName } from "../domain/payloadParts.js";
import { escapeSegment } from "../json/jsonPointer.js";
import { findUnsafeIntegers, isUnsafeInteger, mayHoldUnsafeInteger } from "../json/unsafeIntegers.js";

/**
 * One place of a kind's payload as the walk knows it: the names its shape knows (from the
 * generated shapes, the schemas' properties), the places beneath it, the shape of each
 * element of an array, and the part that stands here (an order item, a payment, …).
 */
interface WalkNode {
  /** Children by name: the shape's names. Absent: no shape names any (a leaf, an open map). */
  readonly properties: ReadonlyMap<string, WalkNode> | undefined;
  /** The names the shape knows here, for a suggestion when a key is not one of them. */
  readonly known: readonly string[] | undefined;
  readonly items: WalkNode | undefined;
  part: PartName | undefined;
}

/** Every node has every field, in one order: the walk's reads of them stay monomorphic. */
function fromShape(shape: Shape | undefined): WalkNode {
  const names = shape?.properties;
  return {
    properties: names && new Map(Object.entries(names).map(([name, child]) => [name, fromShape(child)])),
    known: names && Object.keys(names),
    items: shape?.items && fromShape(shape.items),
    part: undefined,
  };
}

/**
 * Marks the place `at` (a pointer, `*` for every element) as where `part` stands. The place
 * must be one the kind's shape knows (else a key there would be both unknown and a part).
 */
function place(kind: string, root: WalkNode, at: string, part: PartName): void {
  let node: WalkNode | undefined = root;
  for (const segment of at.slice(1).split("/")) {
    node = segment === "*" ? node.items : node.properties?.get(segment);
    if (node === undefined) throw new Error(`the place ${at} of ${part} is not in the shape of ${kind} (src/generated/shapes.ts)`);
  }
  node.part = part;
}

/** Each kind's walk: its shape, with the places of its parts marked. Built once. */
const trees: ReadonlyMap<string, WalkNode> = (() => {
  const built = new Map<string, WalkNode>(Object.entries(shapes).map(([kind, shape]) => [kind, fromShape(shape)]));
  for (const kind of orderKinds) {
    const root = built.get(kind) ?? fromShape(undefined);
    for (const [part, places] of Object.entries(partPlaces) as [PartName, readonly string[]][]) {
      for (const at of places) place(kind, root, at, part);
    }
  }
  return built;
})();

/** A kind with no shape and no parts: only its numbers are looked at. */
const bare: WalkNode = fromShape(undefined);

/** What the walk reports to; the flags say which findings anyone listens to. */
export interface WalkListener {
  readonly parts: boolean;
  readonly unknownKeys: boolean;
  readonly unsafeNumbers: boolean;
  /** A part at the place the trail names (the trail is the walk's own: copy what is kept). */
  part(part: PartName, object: JsonObject, trail: readonly (string | number)[]): void;
  /** A key of the object at `trail` that its shape does not know. */
  unknownKey(key: string, known: readonly string[], trail: readonly (string | number)[]): void;
  unsafeNumber(path: string, value: number): void;
}

/** The pointer of the trail, and of one more segment when given. */
export function trailPointer(trail: readonly (string | number)[], last?: string | number): string {
  let path = "";
  for (let i = 0; i < trail.length; i++) path += "/" + escapeSegment(trail[i]!);
  return last === undefined ? path : path + "/" + escapeSegment(last);
}

/**
 * Walks a payload once, along its kind's shape: each part where it stands (before what lies
 * in it), each key the shape does not know, each number beyond 2^53. The recursion follows
 * the shape, which is finite and a few levels deep, so a deeply nested value cannot exhaust
 * the stack: beneath the shape (an open map, an unknown property, a value of the wrong
 * type) only numbers are looked for, by a scan with an explicit stack. On a clean payload
 * the walk allocates next to nothing: the trail is pushed and popped, and joined into a
 * pointer only for a finding or a part.
 */
export function walkPayload(kind: Kind, value: unknown, listener: WalkListener): void {
  const trail: (string | number)[] = [];
  if (typeof value === "object" && value !== null) visit(value, trees.get(kind) ?? bare, trail, listener);
  else if (listener.unsafeNumbers && isUnsafeInteger(value)) listener.unsafeNumber("", value);
}

function visit(value: object, node: WalkNode, trail: (string | number)[], listener: WalkListener): void {
  if (Array.isArray(value)) {
    const items = node.items;
    if (items === undefined) return scan(value, trail, listener);
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (typeof element === "object" && element !== null) {
        trail.push(i);
        visit(element, items, trail, listener);
        trail.pop();
      } else if (typeof element === "number" && listener.unsafeNumbers && isUnsafeInteger(element)) {
        listener.unsafeNumber(trailPointer(trail, i), element);
      }
    }
    return;
  }
  if (node.part !== undefined && listener.parts) listener.part(node.part, value as JsonObject, trail);
  const properties = node.properties;
  if (properties === undefined) return scan(value, trail, listener);
  const known = listener.unknownKeys ? node.known : undefined;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const child: unknown = (value as JsonObject)[key];
    const childNode = properties.get(key);
    if (childNode === undefined) {
      if (known !== undefined) listener.unknownKey(key, known, trail);
      if (typeof child === "object" && child !== null) {
        trail.push(key);
        scan(child, trail, listener);
        trail.pop();
        continue;
      }
    } else if (typeof child === "object" && child !== null) {
      trail.push(key);
      visit(child, childNode, trail, listener);
      trail.pop();
      continue;
    }
    if (typeof child === "number" && listener.unsafeNumbers && isUnsafeInteger(child)) listener.unsafeNumber(trailPointer(trail, key), child);
  }
}

/** Beneath the shape: only the numbers beyond 2^53, when anyone listens. */
function scan(value: object, trail: readonly (string | number)[], listener: WalkListener): void {
  if (!listener.unsafeNumbers || !mayHoldUnsafeInteger(value, 0)) return;
  const at = trailPointer(trail);
  findUnsafeIntegers(value, (path, number) => listener.unsafeNumber(at + path, number));
}
