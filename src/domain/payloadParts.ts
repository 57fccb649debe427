import type { Kind } from "../kinds/kinds.js";

/**
 * Where things stand in a payload, said once (as Spectral's `given` does) so that rules
 * do not each walk the order by hand. Every accessor tolerates any JSON value: rules see
 * payloads the schema rejected.
 */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** An own property (so `__proto__` and `constructor` keys are plain data). */
export function field(object: JsonObject | undefined, key: string): unknown {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

export function stringField(object: JsonObject | undefined, key: string): string | undefined {
  const value = field(object, key);
  return typeof value === "string" ? value : undefined;
}

export function numberField(object: JsonObject | undefined, key: string): number | undefined {
  const value = field(object, key);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Present and not null: what "set by the caller" means for optional fields. */
export function isSet(object: JsonObject | undefined, key: string): boolean {
  const value = field(object, key);
  return value !== undefined && value !== null;
}

/**
 * The parts found so far for the payload whose rules are running. Rules are synchronous and
 * the engine runs them inside `sharingParts`, so each part is found once a payload, not once
 * a rule; outside a run (a rule's own test, a fixer) every call finds its part afresh.
 */
let shared: { readonly value: unknown; readonly parts: Map<string, unknown> } | undefined;

export function sharingParts(value: unknown, run: () => void): void {
  const outer = shared;
  shared = { value, parts: new Map() };
  try {
    run();
  } finally {
    shared = outer;
  }
}

/** The part named `name` of `value`: found by `find` once while its rules run. */
export function sharedPart<T>(name: string, value: unknown, find: () => T): T {
  if (shared === undefined || shared.value !== value) return find();
  const parts = shared.parts;
  if (parts.has(name)) return parts.get(name) as T;
  const part = find();
  parts.set(name, part);
  return part;
}

export interface LocatedItem {
  readonly index: number;
  /** `/orderItems/<index>` */
  readonly path: string;
  readonly item: JsonObject;
  readonly product: JsonObject | undefined;
  readonly specifics: JsonObject | undefined;
}

/**
 * The objects of the array at `key` (`orderItems`, `orderPayments`), each with its index and
 * pointer, shaped by `build`; found once while a payload's rules run.
 */
function locatedObjects<T>(order: unknown, key: string, build: (object: JsonObject, index: number, path: string) => T): readonly T[] {
  return sharedPart(key, order, () => {
    const list = field(asObject(order), key);
    if (!Array.isArray(list)) return [];
    const located: T[] = [];
    for (let index = 0; index < list.length; index++) {
      const object = asObject(list[index]);
      if (object) located.push(build(object, index, `/${key}/${index}`));
    }
    return located;
  });
}

/** The order items of a createOrder or importOrder body that are objects. */
export function orderItems(order: unknown): readonly LocatedItem[] {
  return locatedObjects(order, "orderItems", (item, index, path) => ({
    index,
    path,
    item,
    product: asObject(field(item, "product")),
    specifics: asObject(field(item, "itemSpecifics")),
  }));
}

export interface LocatedPayment {
  readonly index: number;
  /** `/orderPayments/<index>` */
  readonly path: string;
  readonly payment: JsonObject;
  readonly method: JsonObject | undefined;
  /** `/orderPayments/<index>/paymentMethod` */
  readonly methodPath: string;
  /** The method's paymentType, else the payment's own (the example sends it null there). */
  readonly paymentType: string | undefined;
}

export function orderPayments(order: unknown): readonly LocatedPayment[] {
  return locatedObjects(order, "orderPayments", (payment, index, path) => {
    const method = asObject(field(payment, "paymentMethod"));
    return {
      index,
      path,
      payment,
      method,
      methodPath: `${path}/paymentMethod`,
      paymentType: stringField(method, "paymentType") ?? stringField(payment, "paymentType"),
    };
  });
}

export interface LocatedHash {
  readonly path: string;
  readonly hash: JsonObject;
}

/** Every custom data hash: customOrderData, and each item's customItemData and customData. */
export function customDataHashes(kind: Kind, value: unknown): readonly LocatedHash[] {
  if (kind !== "createOrder" && kind !== "importOrder") return [];
  return sharedPart("customDataHashes", value, () => {
    const hashes: LocatedHash[] = [];
    const orderHash = asObject(field(asObject(value), "customOrderData"));
    if (orderHash) hashes.push({ path: "/customOrderData", hash: orderHash });
    for (const { path, specifics } of orderItems(value)) {
      for (const key of ["customItemData", "customData"]) {
        const hash = asObject(field(specifics, key));
        if (hash) hashes.push({ path: `${path}/itemSpecifics/${key}`, hash });
      }
    }
    return hashes;
  });
}
