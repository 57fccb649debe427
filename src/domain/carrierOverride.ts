import { isBlank, isPresent, type JsonObject } from "./payloadParts.js";

/**
 * How a field of the carrier override counts as given. The document says the three "must be
 * used together" and "Providing only one or two values will result in a Bad Request error",
 * but not whether a blank value ("", "  ") is a value provided: `anyValue` counts it,
 * `filledValue` does not. Where the two readings agree the finding is stated
 * (carrier-triplet); where they differ it is our reading (carrier-triplet-blank).
 */
export type Counting = (value: unknown) => boolean;

export const anyValue: Counting = isPresent;

export const filledValue: Counting = (value) => isPresent(value) && !isBlank(value);

/** An override left incomplete under one way of counting: the fields given, and those missing (serviceType standing for a service type). */
export interface IncompleteOverride {
  readonly present: readonly string[];
  readonly missing: readonly string[];
}

/**
 * The prose names carrier, carrierType and shipType; the document's own override example sends
 * serviceType. Either completes the third place. shipType alone is not an override: it is
 * also the "deliveryMethod and shipType" configuration, so only carrier, carrierType or
 * serviceType start one.
 */
const serviceFields = ["serviceType", "shipType"] as const;

/** The fields whose values decide whether the override is complete, as RuleMeta.reads writes places. */
export const carrierOverridePlaces: readonly string[] = ["carrier", "carrierType", ...serviceFields].map((name) => `/shippingMethod/${name}`);

/** The override as `counts` reads it: undefined when there is none, or all three are given. */
export function incompleteOverride(method: JsonObject, counts: Counting): IncompleteOverride | undefined {
  const carrier = counts(method.carrier);
  const carrierType = counts(method.carrierType);
  const service = serviceFields.find((name) => counts(method[name]));
  if (!carrier && !carrierType && service !== "serviceType") return undefined;
  const present = [carrier && "carrier", carrierType && "carrierType", service].filter((name): name is string => !!name);
  const missing = [!carrier && "carrier", !carrierType && "carrierType", !service && "serviceType"].filter((name): name is string => !!name);
  return missing.length === 0 ? undefined : { present, missing };
}

/** The missing fields as a message names them: "carrierType nor a service type (serviceType or shipType)". */
export function namedMissing({ missing }: IncompleteOverride): string {
  return missing.map((name) => (name === "serviceType" ? "a service type (serviceType or shipType)" : name)).join(" nor ");
}

/** The first field of the override, in the order the document names them, that holds a blank value. */
export function firstBlankField(method: JsonObject): string | undefined {
  return ["carrier", "carrierType", ...serviceFields].find((name) => isBlank(method[name]));
}
