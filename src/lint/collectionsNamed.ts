import type { Diagnostic } from "../engine/diagnostic.js";
import { nodeTypes } from "../json/nodeTypes.js";
import { segments } from "../json/jsonPointer.js";

/** A Map or a Set JSON.stringify wrote without its entries, and how many it held. */
export interface CollectionWritten {
  readonly what: "Map" | "Set";
  readonly size: number;
  /** Its own enumerable names, which JSON.stringify does write (a subclass's class field): a finding under one is that property's, not the entries'. */
  readonly ownNames: ReadonlySet<string>;
}

/** Collection places kept to name in a finding: the first thousand, as NaN places are (asSent.ts). */
export const namedCollections = 1000;

/** The size getters, read through the internal slot: a Map or Set of another realm answers them too. */
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, "size")!.get!;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, "size")!.get!;

/**
 * A Map or a Set that holds entries, as JSON.stringify is about to write it: without them (its
 * own enumerable properties alone, `{}` as a rule). One whose toJSON answered something else is
 * never asked (JSON.stringify hands the answer on). Told by the internal slot (node:util), not
 * by instanceof: a Proxy of one is written as the object it is.
 */
export function collectionWritten(written: object): CollectionWritten | undefined {
  const types = nodeTypes();
  const what = types.isMap(written) ? "Map" : types.isSet(written) ? "Set" : undefined;
  if (what === undefined) return undefined;
  const size = Reflect.apply(what === "Map" ? mapSize : setSize, written, []) as number;
  return size === 0 ? undefined : { what, size, ownNames: new Set(Object.keys(written)) };
}

/** What to pass in the collection's place. */
const wayOut = { Map: "Object.fromEntries(map)", Set: "Array.from(set)" } as const;

function collectionNote(place: string, findingPath: string, { what, size, ownNames }: CollectionWritten): string {
  // "The value", not "the object in hand": a toJSON may have answered the Map (an entity's).
  const holder = place === "" ? "the payload" : place === findingPath ? "the value here" : `the value at ${place}`;
  const held = what === "Map" ? `${size} ${size === 1 ? "entry" : "entries"}` : `${size} ${size === 1 ? "value" : "values"}`;
  // Written with its own properties, it is no {}: the names are not listed (a key may spell a secret).
  const writtenAs = ownNames.size === 0 ? "as {}" : "its own properties alone";
  return `${holder} is a ${what} of ${held}, which JSON.stringify writes without its ${what === "Map" ? "entries" : "values"} (${writtenAs}): pass ${wayOut[what]}`;
}

/** Whether a finding at `findingPath` is about the collection at `place`: at it, or under it but not under a property of its own that is written. */
function isAbout(place: string, findingPath: string, { ownNames }: CollectionWritten): boolean {
  if (findingPath === place) return true;
  if (!(place === "" || findingPath.startsWith(`${place}/`))) return false;
  return !ownNames.has(segments(findingPath.slice(place.length))[0] as string);
}

/**
 * The findings of a value as sent, where a Map or a Set of the caller's was written without its
 * entries: a finding at that place or under it (the body sent lacks what the caller holds
 * there) says why, as the finding about a URLSearchParams payload does (webFormPayload.ts).
 * The finding stands: it is the body sent's. A place where nothing is found draws no note.
 */
export function withCollectionsNamed(found: Diagnostic[], collections: ReadonlyMap<string, CollectionWritten> | undefined): Diagnostic[] {
  if (collections === undefined || collections.size === 0) return found;
  return found.map((finding) => {
    const notes: string[] = [];
    for (const [place, collection] of collections) {
      if (isAbout(place, finding.path, collection)) notes.push(collectionNote(place, finding.path, collection));
    }
    return notes.length === 0 ? finding : { ...finding, message: `${finding.message}; ${notes.join("; ")}` };
  });
}
