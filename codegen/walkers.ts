import type { Shape } from "../src/kinds/shape.js";
import { orderKinds } from "../src/kinds/kinds.js";
import { partPlaces, type PartName } from "../src/domain/payloadParts.js";

/** One place of a kind's payload: the shape there, and the part that stands there (an order item, …). */
interface Place {
  readonly properties?: Readonly<Record<string, Place>>;
  readonly items?: Place;
  part?: PartName;
}

function fromShape(shape: Shape): Place {
  return {
    ...(shape.properties ? { properties: Object.fromEntries(Object.entries(shape.properties).map(([name, child]) => [name, fromShape(child)])) } : {}),
    ...(shape.items ? { items: fromShape(shape.items) } : {}),
  };
}

/**
 * Marks where a part stands (a pointer, `*` for every element), when the kind's shape holds
 * the place: a place may belong to one order kind only (Create Order's customerOrderDate).
 */
function mark(root: Place, at: string, part: PartName): boolean {
  let place: Place | undefined = root;
  for (const segment of at.slice(1).split("/")) {
    place = segment === "*" ? place.items : place.properties && Object.hasOwn(place.properties, segment) ? place.properties[segment] : undefined;
    if (place === undefined) return false;
  }
  place.part = part;
  return true;
}

/** Whether the walk has anything to do at the place beyond looking for numbers. */
function walked(place: Place): boolean {
  return place.properties !== undefined || place.part !== undefined || (place.items !== undefined && walked(place.items));
}

/** One function a line, as Ajv's standalone validators are written (\`lines: false\`). */
const compact = (lines: readonly string[]): string => lines.map((line) => line.trim()).join(" ");

const unsafe = "(v > 9007199254740991 || v < -9007199254740991)";

/**
 * The engine's walk of each kind, compiled from the shapes (the schemas' properties) with
 * the places of the order's parts marked (src/domain/payloadParts.ts): one function per
 * place, which looks at each key once (`for … in`, a `switch` on its length, then a compare
 * with the names of that length the shape knows), calls the listener for each part, unknown
 * key and number beyond 2^53, and enters the places beneath. Where the shape ends (an open map, an unknown property, a value of the
 * wrong type) only numbers are looked for (scanHere). A key is taken as own unless it is
 * unknown and inherited (a parsed object has no enumerable inherited keys; a library
 * caller's object of another class with enumerable known names on its prototype is walked
 * as if it held them).
 */
export function generateWalkers(shapes: Readonly<Record<string, Shape>>): string {
  const functions = new Map<string, string>();
  const bodies: string[] = [];
  const knownLists = new Map<string, string>();

  const nameOf = (place: Place): string => {
    const key = JSON.stringify(place);
    let name = functions.get(key);
    if (name !== undefined) return name;
    name = `${place.items ? "a" : "o"}${functions.size}`;
    functions.set(key, name);
    bodies.push(place.items && !place.properties ? arrayFunction(name, place.items) : objectFunction(name, place));
    return name;
  };

  const known = (names: readonly string[]): string => {
    const key = JSON.stringify(names);
    let name = knownLists.get(key);
    if (name === undefined) knownLists.set(key, (name = `known${knownLists.size}`));
    return name;
  };

  const arrayFunction = (name: string, items: Place): string => {
    const element = nameOf(items);
    return compact([
      `function ${name}(o, t, l) {`,
      `  if (!Array.isArray(o)) return scanHere(o, t, l);`,
      `  for (let i = 0; i < o.length; i++) {`,
      `    const v = o[i];`,
      `    if (typeof v === "object" && v !== null) { t.push(i); ${element}(v, t, l); t.pop(); }`,
      `    else if (typeof v === "number" && ${unsafe}) unsafeHere(v, t, i, l);`,
      `  }`,
      `}`,
    ]);
  };

  const objectFunction = (name: string, place: Place): string => {
    const entries = Object.entries(place.properties ?? {});
    // The names grouped by length: a switch on the key's length (a jump table), then a few
    // compares, rather than a compare with every name (measured: the walk ~8% faster).
    const byLength = new Map<number, [string, Place][]>();
    for (const entry of entries) {
      const group = byLength.get(entry[0].length);
      if (group) group.push(entry);
      else byLength.set(entry[0].length, [entry]);
    }
    const cases = [...byLength].map(([length, group]) => {
      const walkedHere = group.filter(([, child]) => walked(child));
      const leaves = group.filter(([, child]) => !walked(child)).map(([key]) => `k === ${JSON.stringify(key)}`);
      return [
        `      case ${length}:`,
        ...walkedHere.map(([key, child]) => `        if (k === ${JSON.stringify(key)}) { if (object) { t.push(k); ${nameOf(child)}(v, t, l); t.pop(); continue; } break known; }`),
        ...(leaves.length > 0 ? [`        if (${leaves.join(" || ")}) break known;`] : []),
        `        break;`,
      ].join(" ");
    });
    const lines = [`function ${name}(o, t, l) {`, `  if (Array.isArray(o)) return scanHere(o, t, l);`];
    if (place.part) lines.push(`  if (l.parts) l.${place.part}(o, t);`);
    if (!place.properties) {
      lines.push(`  scanHere(o, t, l);`, `}`);
      return compact(lines);
    }
    lines.push(
      `  for (const k in o) {`,
      `    const v = o[k];`,
      `    const object = typeof v === "object" && v !== null;`,
      // A name the shape knows leaves the block (\`break known\`); any other key falls through to be reported.
      `    known: {`,
      `      switch (k.length) {`,
      ...cases,
      `      }`,
      `      if (!hasOwn.call(o, k)) continue;`,
      `      if (l.unknownKeys) l.unknownKey(k, ${known(entries.map(([key]) => key))}, t);`,
      `    }`,
      `    if (object) { if (l.unsafeNumbers) { t.push(k); scanHere(v, t, l); t.pop(); } }`,
      `    else if (typeof v === "number" && ${unsafe}) unsafeHere(v, t, k, l);`,
      `  }`,
      `}`,
    );
    return compact(lines);
  };

  const roots: string[] = [];
  const placesMarked = new Set<string>();
  for (const [kind, shape] of Object.entries(shapes)) {
    const root = fromShape(shape);
    if (orderKinds.includes(kind as never)) {
      for (const [part, places] of Object.entries(partPlaces) as [PartName, readonly string[]][]) {
        for (const at of places) if (mark(root, at, part)) placesMarked.add(at);
      }
    }
    roots.push(`  ${JSON.stringify(kind)}: ${walked(root) ? nameOf(root) : "scanHere"},`);
  }
  // A place no order kind holds is a typo in partPlaces: the walk would never visit it.
  for (const [part, places] of Object.entries(partPlaces)) {
    for (const at of places) if (!placesMarked.has(at)) throw new Error(`codegen: the place ${at} of ${part} is in the shape of no order kind`);
  }
  return [
    "// Generated by `npm run codegen` from schemas/ and the part places of src/domain/payloadParts.ts: do not edit.",
    "// @ts-nocheck",
    'import { hasOwn, scanHere, unsafeHere, type Trail, type WalkListener } from "../engine/walkListener.js";',
    "",
    ...[...knownLists].map(([names, name]) => `const ${name} = ${names};`),
    "",
    ...bodies,
    "",
    "/** Each kind's walk (see codegen/walkers.ts). */",
    "export const walkers: { readonly [kind: string]: (value: object, trail: Trail, listener: WalkListener) => void } = {",
    ...roots,
    "};",
    "",
  ].join("\n");
}
