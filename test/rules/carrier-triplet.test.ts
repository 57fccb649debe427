import { carrierTriplet } from "../../rules/carrier-triplet.js";
import { createOrder } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const shipping = (method: Record<string, string | null>) => createOrder({ shippingMethod: { shippingType: "standard", ...method } });

ruleTester(carrierTriplet, {
  valid: [
    { name: "no override: the default carrier", payload: createOrder() },
    {
      name: "all three, as in the documents' override example",
      payload: shipping({ deliveryMethod: "SHIP_TO_HOME", carrier: "FEDEX_CROSS_BORDER", carrierType: "INTERNATIONAL", serviceType: "INTERNATIONAL_ECONOMY" }),
    },
    { name: "all three null count as none", payload: shipping({ carrier: null, carrierType: null, serviceType: null }) },
    {
      name: "shipType completes it, as the prose names it",
      payload: shipping({ deliveryMethod: "SHIP_TO_HOME", carrier: "FEDEX", carrierType: "DOMESTIC", shipType: "EXPRESS_1_DAY" }),
    },
    { name: "shipType with deliveryMethod alone is the other configuration, not an override", payload: createOrder({ shippingMethod: { deliveryMethod: "SHIP_TO_HOME", shipType: "EXPRESS_1_DAY" } }) },
    { name: "a shippingMethod that is not an object is the schema's business", payload: createOrder({ shippingMethod: "standard" }) },
    // "Providing only one or two values will result in a Bad Request error": whether a blank value
    // is a value provided, the document does not say; where that decides it, carrier-triplet-blank warns.
    { name: "carrier \"\" alone: counted as no value there is no override (carrier-triplet-blank's warning)", payload: shipping({ carrier: "" }) },
    { name: "serviceType \"  \" alone: likewise", payload: shipping({ serviceType: "  " }) },
    { name: "two values and a blank carrier: complete if a blank counts (carrier-triplet-blank's warning)", payload: shipping({ carrier: "", carrierType: "DOMESTIC", serviceType: "GROUND" }) },
    { name: "all three blank: no override however a blank counts", payload: shipping({ carrier: "", carrierType: "", serviceType: "" }) },
  ],
  invalid: [
    {
      name: "carrier alone: one override left incomplete, one finding naming both missing fields",
      payload: shipping({ carrier: "UPS" }),
      errors: [{ path: "/shippingMethod/carrierType", messageId: "missingTwo", messageIncludes: ["sets carrier but not carrierType nor a service type (serviceType or shipType)"] }],
    },
    {
      name: "carrierType alone",
      payload: shipping({ carrierType: "DOMESTIC" }),
      errors: [{ path: "/shippingMethod/carrier", messageId: "missingTwo", messageIncludes: ["sets carrierType but not carrier nor a service type"] }],
    },
    {
      name: "serviceType alone",
      payload: shipping({ serviceType: "GROUND" }),
      errors: [{ path: "/shippingMethod/carrier", messageId: "missingTwo", messageIncludes: ["sets serviceType but not carrier nor carrierType"] }],
    },
    {
      name: "carrier and carrierType without serviceType or shipType",
      payload: shipping({ carrier: "FEDEX_CROSS_BORDER", carrierType: "INTERNATIONAL" }),
      errors: [{ path: "/shippingMethod/serviceType", messageId: "missingService", messageIncludes: ["carrier and carrierType", "neither serviceType nor shipType"] }],
    },
    {
      name: "a null counts as missing",
      payload: shipping({ carrier: "UPS", carrierType: "DOMESTIC", serviceType: null }),
      errors: [{ path: "/shippingMethod/serviceType", messageId: "missingService" }],
    },
    {
      name: "a blank value beside a missing one: incomplete however the blank counts, named as not set",
      payload: shipping({ carrier: "UPS", carrierType: "" }),
      errors: [{ path: "/shippingMethod/carrierType", messageId: "missingTwo", messageIncludes: ["sets carrier but not carrierType nor a service type"] }],
    },
    {
      name: "shipType with carrier but no carrierType",
      payload: createOrder({ shippingMethod: { deliveryMethod: "SHIP_TO_HOME", carrier: "UPS", shipType: "GROUND" } }),
      errors: [{ path: "/shippingMethod/carrierType", messageId: "missing", messageIncludes: ["sets carrier and shipType but not carrierType"] }],
    },
  ],
});
