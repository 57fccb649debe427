import { walkWanted, wantedNode, wantedTree } from "../source/sourceWalk.js";

/** A property of an object in the text: from its key's opening quote to its value's end. */
export interface PropertySpan {
  readonly offset: number;
  readonly end: number;
}

/** Where a property named by a pointer stands: its span, and its value's. */
export interface PropertyPlace extends PropertySpan {
  readonly valueOffset: number;
  readonly valueEnd: number;
}

/** An object of the text: its braces' span and every property in it, in order. */
export interface ObjectPlace {
  readonly offset: number;
  readonly end: number;
  readonly properties: readonly PropertySpan[];
}

export interface EditPlaces {
  /** The property each wanted pointer names (its last segment a key of an object), first occurrence. */
  readonly properties: ReadonlyMap<string, PropertyPlace>;
  /** The objects asked for, with their properties. */
  readonly objects: ReadonlyMap<string, ObjectPlace>;
}

/**
 * The places fixes edit, in one token walk of the text (walkWanted): the property each
 * pointer of `pointers` names, and the properties of each object of `objects`. No tree is
 * built (jsonc-parser's parseTree costs ~15 times the text: a 30 MB order's tree, once per
 * pass of --fix, was most of its memory), and containers no pointer enters are skipped.
 */
export function editPlaces(text: string, pointers: readonly string[], objects: readonly string[] = []): EditPlaces {
  const tree = wantedTree([...pointers, ...objects]);
  const targets = new Set(pointers.map((path) => wantedNode(tree, path)));
  const properties = new Map<string, PropertyPlace>();
  const objectPlaces = new Map<string, { offset: number; end: number; properties: PropertySpan[] }>();
  const members = new Map(objects.map((path) => [wantedNode(tree, path), [] as PropertySpan[]]));
  walkWanted(text, tree, {
    value(node, valueOffset, valueEnd, object, keyOffset) {
      const list = node && members.get(node);
      if (node && list) objectPlaces.set(node.pointer, { offset: valueOffset, end: valueEnd, properties: list });
      if (object === undefined) return;
      members.get(object)?.push({ offset: keyOffset, end: valueEnd });
      // The first occurrence of a repeated key, as before (fix() leaves repeated keys alone).
      if (node && targets.has(node) && !properties.has(node.pointer)) properties.set(node.pointer, { offset: keyOffset, end: valueEnd, valueOffset, valueEnd });
    },
  });
  return { properties, objects: objectPlaces };
}
