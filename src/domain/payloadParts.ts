import { escapeSegment } from "../json/jsonPointer.js";

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
 * An own property (so `__proto__` and `constructor` keys are plain data). What an object
 * inherits is a method, or under `__proto__` its prototype: JSON holds no function, so the
 * value itself says, and only `__proto__` needs the own-property lookup (which cost the
 * rules more than anything else they did).
 */
export function field(object: JsonObject | undefined, key: string): unknown {
  if (object === undefined) return undefined;
  const value = object[key];
  return typeof value === "function" || (key === "__proto__" && !Object.hasOwn(object, key)) ? undefined : value;
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

/** The parts of an order the engine's walk visits (rules subscribe to them, see RuleVisitors). */
export type PartName = "item" | "payment" | "customDataHash";

/**
 * Where each part stands, said once (as Spectral's `given` does) so that no rule walks the
 * order by hand: JSON Pointers, `*` for every element of an array. The engine's walk visits
 * them, in the order they stand in the payload, in the kinds listed.
 */
export const partPlaces: Readonly<Record<PartName, readonly string[]>> = {
  item: ["/orderItems/*"],
  payment: ["/orderPayments/*"],
  customDataHash: ["/customOrderData", "/orderItems/*/itemSpecifics/customItemData", "/orderItems/*/itemSpecifics/customData"],
};

export interface LocatedItem {
  readonly index: number;
  /** `/orderItems/<index>` */
  readonly path: string;
  readonly item: JsonObject;
  readonly product: JsonObject | undefined;
  readonly specifics: JsonObject | undefined;
}

/** Where a part stands: the walk's trail (names the shape knows, and indexes: nothing to escape). */
export type PartTrail = readonly (string | number)[];

/** A part's pointer, joined from its trail when a rule asks for it (to report): most parts are clean. */
function joined(trail: PartTrail): string {
  let path = "";
  for (const segment of trail) path += `/${segment}`;
  return path;
}

class ItemPart implements LocatedItem {
  readonly product: JsonObject | undefined;
  readonly specifics: JsonObject | undefined;
  private pointer: string | undefined = undefined;
  constructor(
    readonly item: JsonObject,
    readonly index: number,
    private readonly trail: PartTrail,
  ) {
    this.product = asObject(field(item, "product"));
    this.specifics = asObject(field(item, "itemSpecifics"));
  }

  get path(): string {
    return (this.pointer ??= joined(this.trail));
  }
}

export function locateItem(item: JsonObject, index: number, trail: PartTrail): LocatedItem {
  return new ItemPart(item, index, trail);
}

/** The order items of a createOrder or importOrder body that are objects (rules get them from the walk). */
export function orderItems(order: unknown): readonly LocatedItem[] {
  const list = field(asObject(order), "orderItems");
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

class PaymentPart implements LocatedPayment {
  readonly method: JsonObject | undefined;
  readonly paymentType: string | undefined;
  private pointer: string | undefined = undefined;
  constructor(
    readonly payment: JsonObject,
    readonly index: number,
    private readonly trail: PartTrail,
  ) {
    this.method = asObject(field(payment, "paymentMethod"));
    this.paymentType = stringField(this.method, "paymentType") ?? stringField(payment, "paymentType");
  }

  get path(): string {
    return (this.pointer ??= joined(this.trail));
  }

  get methodPath(): string {
    return `${this.path}/paymentMethod`;
  }
}

export function locatePayment(payment: JsonObject, index: number, trail: PartTrail): LocatedPayment {
  return new PaymentPart(payment, index, trail);
}

export interface LocatedHash {
  readonly path: string;
  /** The hash's own key, as messages name it: customOrderData, customItemData or customData. */
  readonly name: string;
  readonly hash: JsonObject;
}

class HashPart implements LocatedHash {
  private pointer: string | undefined = undefined;
  constructor(
    readonly hash: JsonObject,
    readonly name: string,
    private readonly trail: PartTrail,
  ) {}

  get path(): string {
    return (this.pointer ??= joined(this.trail));
  }
}

export function locateHash(hash: JsonObject, name: string, trail: PartTrail): LocatedHash {
  return new HashPart(hash, name, trail);
}

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
