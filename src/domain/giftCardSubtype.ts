import { shapes } from "../generated/shapes.js";
import { nearestField } from "../engine/nearestName.js";
import { shapeAt } from "../kinds/shape.js";
import type { Kind } from "../kinds/kinds.js";
import { field, type JsonObject } from "./payloadParts.js";

/**
 * What a generic gift card (GC) payment method names of the two things the document asks of
 * it: "GC Gift Card (generic type – specify a subtype or cardIssuer as shown in the schema)".
 * The name of the subtype field is the vendor schema's, not the documents': we know it as
 * `subtype`. So a method that names neither under our names but holds a property the schemas
 * do not know may name its subtype under the vendor schema's name.
 */
export interface GenericGiftCardNames {
  /** It names a cardIssuer (a value at all, null aside: "" or "XX" is the schema's finding) or a `subtype` (set to something). */
  readonly namesOne: boolean;
  /** The method's properties the schemas do not know, nor know a near name of (a typo), each of which may be the subtype under another name. */
  readonly unknownKeys: readonly string[];
}

/** Set to something: an empty string or null names nothing (a value of the wrong type is the schema's error). */
function setTo(method: JsonObject, key: string): boolean {
  const value = field(method, key);
  return value !== undefined && value !== null && value !== "";
}

export function genericGiftCardNames(method: JsonObject, kind: Kind, methodPath: string): GenericGiftCardNames {
  const issuer = field(method, "cardIssuer");
  const namesOne = (issuer !== undefined && issuer !== null) || setTo(method, "subtype");
  if (namesOne) return { namesOne, unknownKeys: [] };
  const known = shapeAt(shapes[kind], methodPath)?.properties ?? {};
  // A misspelling of another field the schemas know (cardNumbr) is that field, as unknown-property says: no subtype.
  // One near `subtype` (gcSubtype) may be the subtype under the vendor schema's spelling.
  const knownNames = Object.keys(known);
  const mayBeSubtype = (key: string) => {
    const near = nearestField(key, knownNames);
    return near === undefined || near === "subtype";
  };
  return { namesOne, unknownKeys: Object.keys(method).filter((key) => !Object.hasOwn(known, key) && mayBeSubtype(key)) };
}
