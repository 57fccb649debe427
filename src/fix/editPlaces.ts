import { walkWanted, wantedNode, wantedTree, type WantedNode } from "../source/sourceWalk.js";

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
  /**
   * The property each wanted pointer names (its last segment a key of an object); none for a
   * pointer that passes through a key repeated in its object (repeatedKeyNodes).
   */
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
  const repeats = repeatedKeyNodes();
  walkWanted(text, tree, {
    value(node, valueOffset, valueEnd, object, keyOffset) {
      const list = node && members.get(node);
      if (node && list) objectPlaces.set(node.pointer, { offset: valueOffset, end: valueEnd, properties: list });
      repeats.valueEnds(node, object);
      if (object === undefined) return;
      members.get(object)?.push({ offset: keyOffset, end: valueEnd });
      if (node && targets.has(node) && !properties.has(node.pointer)) properties.set(node.pointer, { offset: keyOffset, end: valueEnd, valueOffset, valueEnd });
    },
  });
  for (const pointer of properties.keys()) if (repeats.onPath(tree, pointer)) properties.delete(pointer);
  return { properties, objects: objectPlaces };
}

/**
 * The wanted keys repeated in their object, found as the walk passes them: validate() reports on
 * the last of repeated keys (the value JSON.parse keeps), and which one the OMS reads is unknown,
 * so no edit is made at or under one. Told here, in the walk that finds the edit's place, it needs
 * no parse of its own: applyFix parsed the text again to find repeats, under the default limits,
 * and past them edited the first `orderID` of a text the caller linted with raised limits; fix()
 * went by the repeats the parse listed, 1,001 at most, and edited the first of the 1,002nd.
 */
function repeatedKeyNodes() {
  /** The wanted members met so far in each object of the tree now open (an object's node is open once at a time: no pointer is its own prefix). */
  const met = new Map<WantedNode, Set<WantedNode>>();
  const repeated = new Set<WantedNode>();
  return {
    /** A value ends: a member of `object` (a repeat when met before in it), and a container whose members are all met. */
    valueEnds(node: WantedNode | undefined, object: WantedNode | undefined): void {
      if (node !== undefined) met.delete(node);
      if (node === undefined || object === undefined) return;
      const members = met.get(object) ?? new Set<WantedNode>();
      if (members.has(node)) repeated.add(node);
      members.add(node);
      met.set(object, members);
    },
    /** Whether the pointer passes through a repeated key: it or one of its prefixes. */
    onPath(tree: WantedNode, pointer: string): boolean {
      if (repeated.size === 0) return false;
      let node: WantedNode | undefined = tree;
      for (const segment of pointer.split("/").slice(1)) {
        node = node.children.get(segment);
        if (node === undefined) return false;
        if (repeated.has(node)) return true;
      }
      return false;
    },
  };
}
