import { isProxyObject } from "../json/proxyCheck.js";

/** The prototypes a deep merge that writes through `__proto__` pollutes: what they answer is nobody's option. */
const builtInPrototypes: ReadonlySet<unknown> = new Set([Object.prototype, Array.prototype, Function.prototype]);

/**
 * The enumerable names an object inherits from prototypes other than the built-in ones: a rules
 * config made with `Object.create(defaults)` holds its levels there, which a copy of its own
 * names dropped, while settings given so were read (the rules' names are not known in advance,
 * so they cannot be read one by one as the settings are).
 */
export function inheritedNames(object: object): string[] {
  const names: string[] = [];
  for (let at = Object.getPrototypeOf(object) as object | null; at !== null && !builtInPrototypes.has(at); at = Object.getPrototypeOf(at) as object | null) {
    for (const name of Object.keys(at)) names.push(name);
  }
  return names;
}

/**
 * A property of a caller's object (its options, its settings, its request) as that object
 * answers it, unless the answer comes from a built-in prototype. Own-only reads dropped, with
 * no word, options a caller gives by inheritance (`Object.create(defaults)`), as a class's
 * getter, as a non-enumerable property or through a Proxy (found by the review of this
 * morning's defence against a polluted Object.prototype). An ordinary object's chain is walked
 * to the first built-in prototype; the property is read once, through the object, only if one
 * of the objects before it holds the name. A Proxy answers through its trap: its answer is
 * dropped only where it is Object.prototype's own value for the name.
 */
export function callerField(object: object, name: PropertyKey): unknown {
  for (let at: object | null = object; at !== null && !builtInPrototypes.has(at); at = Object.getPrototypeOf(at) as object | null) {
    if (isProxyObject(at)) return proxyAnswer(object, name);
    if (Object.hasOwn(at, name)) return Reflect.get(object, name);
  }
  return undefined;
}

function proxyAnswer(object: object, name: PropertyKey): unknown {
  const value: unknown = Reflect.get(object, name);
  return value === Object.getOwnPropertyDescriptor(Object.prototype, name)?.value ? undefined : value;
}
