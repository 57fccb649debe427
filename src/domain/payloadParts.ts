import { escapeSegment, trailPointer } from "../json/jsonPointer.js";

/**
 * Where things stand in a payload, said once (as Spectral's `given` does) so that rules
 * do not each walk the order by hand. Every accessor tolerates any JSON value: rules see
 * payloads the schema rejected.
 */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/**
 * A property whose name is known only at run time (a key a setting gives, a hash's key):
 * an own property (so `__proto__` and `constructor` keys are plain data). What an object
 * inherits is a method, or under `__proto__` its prototype: JSON holds no function, so the
 * value itself says, and only `__proto__` needs the own-property lookup.
 *
 * A documented field is read by its name instead (`payment.maxAmount`,
 * `asObject(value)?.shippingMethod`, or `method[name]` over a constant list of such names):
 * no name the schemas give is a property that objects inherit (test/domain/field.test.ts
 * holds them to that), and a read at its own place keeps V8's cache for that place. Read
 * through one shared function, every field of every rule was one megamorphic lookup
 * (measured: validate() 8% slower on the documents' example).
 */
export function field(object: JsonObject | undefined, key: string): unknown {
  if (object === undefined) return undefined;
  const value = object[key];
  return typeof value === "function" || (key === "__proto__" && !Object.hasOwn(object, key)) ? undefined : value;
}

/** A string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A finite number, else undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Present and not null: what "set by the caller" means for optional fields (a function is no JSON value). */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && typeof value !== "function";
}

/**
 * A string with nothing but spaces in it ("", "  "): set, but whether the OMS counts it as a
 * value the documents never say (the rules that depend on it say so: carrier-triplet-blank,
 * no-operation-card-number-blank). White space as String.prototype.trim reads it, not
 * invisibleCharacters' drawsNothing: the question is whether a server that trims its input
 * reads the value as empty, not whether a reader sees anything in it.
 */
export function isBlank(value: unknown): value is string {
  return typeof value === "string" && value.trim() === "";
}

/** The parts of an order the engine's walk visits (rules subscribe to them, see RuleVisitors). */
export type PartName = "item" | "payment" | "customDataHash";

/**
 * Where each part stands, said once (as Spectral's `given` does) so that no rule walks the
 * order by hand: JSON Pointers, `*` for every element of an array. The engine's walk visits
 * them, in the order they stand in the payload, in each order kind whose shape holds them.
 */
export const partPlaces: Readonly<Record<PartName, readonly string[]>> = {
  item: ["/orderItems/*"],
  payment: ["/orderPayments/*"],
  // customerOrderDate is the Create Order table's name for the order's hash (its example sends
  // customOrderData): the schema takes it as one on Create Order only, so the walk finds it there.
  customDataHash: ["/customOrderData", "/customerOrderDate", "/orderItems/*/itemSpecifics/customItemData", "/orderItems/*/itemSpecifics/customData"],
};

export interface LocatedItem {
  readonly index: number;
  /** `/orderItems/<index>` */
  readonly path: string;
  readonly item: JsonObject;
  readonly product: JsonObject | undefined;
  readonly specifics: JsonObject | undefined;
}

/** Where a part stands: the walk's trail (the names and indexes down to it). */
export type PartTrail = readonly (string | number)[];

/**
 * The parts the walk hands the rules. Each holds its trail, and its pointer is joined from it
 * when a rule asks (to report): most parts are clean, and every item and payment paid for
 * strings that nobody read. (One flat class a part: a subclass's constructor, or one class
 * for all three, measured 3% slower on the documents' example.)
 */
interface PartState {
  readonly trail: PartTrail;
  pointer: string | undefined;
}

function lazyPointer(this: PartState): string {
  return (this.pointer ??= trailPointer(this.trail));
}

class ItemPart implements LocatedItem, PartState {
  declare readonly path: string;
  pointer: string | undefined = undefined;
  constructor(readonly item: JsonObject, readonly index: number, readonly product: JsonObject | undefined, readonly specifics: JsonObject | undefined, readonly trail: PartTrail) {}
}

export function locateItem(item: JsonObject, index: number, trail: PartTrail): LocatedItem {
  return new ItemPart(item, index, asObject(item.product), asObject(item.itemSpecifics), trail);
}

/** The order items of a createOrder or importOrder body that are objects (rules get them from the walk). */
export function orderItems(order: unknown): readonly LocatedItem[] {
  const list = asObject(order)?.orderItems;
  if (!Array.isArray(list)) return [];
  const located: LocatedItem[] = [];
  for (let index = 0; index < list.length; index++) {
    const object = asObject(list[index]);
    if (object) located.push(locateItem(object, index, ["orderItems", index]));
  }
  return located;
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

class PaymentPart implements LocatedPayment, PartState {
  declare readonly path: string;
  pointer: string | undefined = undefined;
  constructor(readonly payment: JsonObject, readonly index: number, readonly method: JsonObject | undefined, readonly paymentType: string | undefined, readonly trail: PartTrail) {}

  get methodPath(): string {
    return `${this.path}/paymentMethod`;
  }
}

export function locatePayment(payment: JsonObject, index: number, trail: PartTrail): LocatedPayment {
  const method = asObject(payment.paymentMethod);
  return new PaymentPart(payment, index, method, asString(method?.paymentType) ?? asString(payment.paymentType), trail);
}

export interface LocatedHash {
  readonly path: string;
  /** The hash's own key, as messages name it: customOrderData, customItemData or customData. */
  readonly name: string;
  readonly hash: JsonObject;
}

class HashPart implements LocatedHash, PartState {
  declare readonly path: string;
  pointer: string | undefined = undefined;
  constructor(readonly hash: JsonObject, readonly name: string, readonly trail: PartTrail) {}
}

export function locateHash(hash: JsonObject, name: string, trail: PartTrail): LocatedHash {
  return new HashPart(hash, name, trail);
}

for (const part of [ItemPart, PaymentPart, HashPart]) Object.defineProperty(part.prototype, "path", { get: lazyPointer, configurable: true });

/**
 * A report about one entry of a custom data hash: at the entry's pointer, its data naming
 * the hash and the key, quoted (made only when a rule reports: a key may be megabytes).
 */
export function hashEntryReport(
  { path, name }: LocatedHash,
  key: string,
  messageId: string,
  data: Readonly<Record<string, string | number>> = {},
  at?: "key",
): { readonly path: string; readonly messageId: string; readonly data: Readonly<Record<string, string | number>>; readonly at?: "key" } {
  return { path: `${path}/${escapeSegment(key)}`, messageId, data: { hash: name, key: JSON.stringify(key), ...data }, ...(at ? { at } : {}) };
}
