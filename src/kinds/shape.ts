import { ownField } from "../engine/ownField.js";
import { isArrayIndex, segments } from "../json/jsonPointer.js";

/**
 * What the schemas say about where properties may stand, reduced to what the
 * unknown-property rule needs: the known names of each object, and which objects are
 * open maps (custom data hashes, options) whose keys are the caller's own.
 */
export interface Shape {
  /** Known property names and their own shapes. */
  readonly properties?: { readonly [name: string]: Shape };
  /** An open map: any key is the caller's own (custom data, options). */
  readonly map?: true;
  /** The shape of each array element. */
  readonly items?: Shape;
}

/** The shape of the object a pointer names, if the schemas know it (not inside an open map). */
export function shapeAt(root: Shape | undefined, path: string): Shape | undefined {
  let shape = root;
  for (const key of segments(path)) {
    if (shape === undefined || ownField(shape, "map")) return undefined;
    shape = isArrayIndex(key) && shape.items ? shape.items : shape.properties?.[key];
  }
  return shape === undefined || ownField(shape, "map") ? undefined : shape;
}
