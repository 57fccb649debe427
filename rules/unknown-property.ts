import { shapes } from "../src/generated/shapes.js";
import { pointer } from "../src/json/jsonPointer.js";
import { nearestName } from "../src/engine/nearestName.js";
import { asObject } from "../src/domain/payloadParts.js";
import { defineRule, type Report } from "../src/engine/rule.js";
import type { Shape } from "../src/kinds/shape.js";

/** A shape as the walk reads it: a Map answers "is this name known?" faster than an object. */
interface Walk {
  readonly properties?: ReadonlyMap<string, Walk>;
  readonly items?: Walk;
}

/** A property with nothing known beneath it (a scalar, or an open map): not entered. */
const leaf: Walk = {};

function toWalk(shape: Shape): Walk {
  if (shape.items) return { items: toWalk(shape.items) };
  if (!shape.properties) return leaf;
  return { properties: new Map(Object.entries(shape.properties).map(([name, child]) => [name, toWalk(child)])) };
}

const walks: ReadonlyMap<string, Walk> = new Map(Object.entries(shapes).map(([kind, shape]) => [kind, toWalk(shape)]));

/**
 * Walks the value along its shape. The recursion follows the shape, which is finite and a
 * few levels deep, so a deeply nested value cannot exhaust the stack: what lies under an
 * unknown property or an open map is never entered. `trail` holds the keys down to the
 * value (pushed and popped, one array a walk) and is joined into a pointer only for a
 * report: on a clean payload (the common case) the walk allocates next to nothing.
 */
function findUnknown(value: unknown, shape: Walk, trail: (string | number)[], report: (report: Report) => void): void {
  const items = shape.items;
  if (items) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      trail.push(i);
      findUnknown(value[i], items, trail, report);
      trail.pop();
    }
    return;
  }
  // An open map (custom data, options) holds the caller's own keys; a shape that names
  // properties checks against them even when it is also marked open.
  const properties = shape.properties;
  const object = asObject(value);
  if (!properties || !object) return;
  const keys = Object.keys(object);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const child = properties.get(key);
    if (child !== undefined) {
      if (child === leaf) continue;
      trail.push(key);
      findUnknown(object[key], child, trail, report);
      trail.pop();
      continue;
    }
    const at = pointer("", ...trail, key);
    const suggestion = nearestName(key, [...properties.keys()]);
    if (suggestion === undefined) report({ path: at, messageId: "unknown", data: { name: JSON.stringify(key) } });
    else report({ path: at, messageId: "didYouMean", data: { name: JSON.stringify(key), suggestion } });
  }
}

export const unknownProperty = defineRule({
  meta: {
    id: "unknown-property",
    description: "A property the documents and the schemas do not know is likely a typo; the OMS may ignore it.",
    defaultSeverity: "warning",
    // Requests only: a response is what the OMS returns, and the search response "follows the
    // same organizational structure as the standard Get Order Item Information response",
    // which holds more fields than the example shows.
    evidence: "inferred",
    kinds: ["createOrder", "importOrder", "orderCustomData", "orderItemCustomData", "orderItemSearch"],
    source: {
      document: "Create Order (seeds/004), Primary Elements",
      passage:
        "These are listed in detail in the Create Order Schema, but examples also follow below. … See the schema for the full details of these 11 options and other parameters",
    },
    messages: {
      didYouMean:
        "unknown property {{name}}: did you mean {{suggestion}}? Property names are case-sensitive, and a property the OMS does not know is not read",
      unknown:
        "unknown property {{name}}: neither the documents nor the schema name it here, so the OMS may not read it (check its spelling and where it stands)",
    },
  },
  check({ kind, value, report }) {
    const walk = walks.get(kind);
    if (walk) findUnknown(value, walk, [], report);
  },
});
