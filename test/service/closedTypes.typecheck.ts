/**
 * Type tests, compiled by `npm test`'s type-check (tsc --noEmit): the generated request
 * types are closed, so a misspelt property in an object literal fails to compile (each
 * `@ts-expect-error` below fails the type-check if its line compiles). The schemas stay
 * open: the same payloads are only a warning at run time.
 */
import { checkRequest } from "../../src/index.js";
import type {
  Address,
  CreateOrderRequest,
  ImportOrderRequest,
  OrderCustomDataRecord,
  OrderCustomDataRequest,
  OrderItemCustomDataRequest,
  OrderItemSearchQuery,
  OrderItemSearchResponse,
  OrderPayment,
  PaymentMethod,
} from "../../src/index.js";
import { createOrder as example } from "../generated/typedExamples.js";

// @ts-expect-error orderComent is a misspelt orderComment
export const misspeltComment: CreateOrderRequest = { ...example, orderComent: "leave at the door" };

// @ts-expect-error shipingAddress is a misspelt shippingAddress
export const misspeltAddress: CreateOrderRequest = { ...example, shipingAddress: example.shippingAddress };

export const nestedTypo: CreateOrderRequest = {
  ...example,
  // @ts-expect-error adressLine1 is a misspelt addressLine1, one level down
  shippingAddress: { ...example.shippingAddress, adressLine1: "1 Main St" },
};

// @ts-expect-error orderStatus is an import's field, not Create Order's
export const importFieldOnCreate: CreateOrderRequest = { ...example, orderStatus: "SHIPPED" };

// @ts-expect-error locale is typed as the document lists its codes (en-us is schema/locale-case's warning at run time)
export const localeInOtherCase: CreateOrderRequest = { ...example, locale: "en-us" };

export const importWithStatus: ImportOrderRequest = { ...example, orderStatus: "SHIPPED" };

// @ts-expect-error valeu is a misspelt value
export const customData: OrderCustomDataRequest = { name: "giftWrap", valeu: "yes" };

// @ts-expect-error orderId is orderID misspelt
export const itemData: OrderItemCustomDataRequest = { name: "engraving", value: "J.D.", orderId: 5 };

// @ts-expect-error perPgae is a misspelt perPage
export const search: OrderItemSearchQuery = { orderID: "555555", perPgae: "20" };

// Found by the newcomer audit: a comma-separated list of states, which validate() takes, did not compile.
export const states: OrderItemSearchQuery[] = [{ orderID: "012345", itemState: "NORMAL,CANCELED" }, { orderID: "012345", itemState: "PREORDER" }];

// @ts-expect-error LOST is no state the documents list
export const unlistedState: OrderItemSearchQuery = { orderID: "012345", itemState: "LOST" };

// @ts-expect-error cardNumbr is a misspelt cardNumber
export const card: PaymentMethod = { billingAddress: {}, paymentType: "CC", cardNumbr: "4111" };

/** The fields of every payment method option are known: card, gift card and no-operation. */
export const methods: PaymentMethod[] = [
  { billingAddress: {}, paymentType: "CC", cardIssuer: "VI", cardNumber: "4111", cardSecurityCode: "111", cardExpiration: "12/2030" },
  { billingAddress: {}, paymentType: "GC", cardNumber: "6006", pin: "1234", subtype: "VALUELINK" },
  { billingAddress: {}, paymentType: "NO", noOperationType: "PY", cardNumber: "0000000000000123" },
];

/**
 * paymentType takes the documents' codes and an implementation's own ("Possible payment types vary
 * depending on implementation": at run time schema/payment-type's warning); a stated list stays closed.
 */
export const ownPaymentType: PaymentMethod = { billingAddress: {}, paymentType: "AP" };
// @ts-expect-error a Create Order's currency is one of the 35 codes its document lists: ZAR is none of them
export const unlistedCurrency: CreateOrderRequest["currency"] = "ZAR";
/**
 * An import's currency, and the cardIssuer and availability both kinds share, whose lists only
 * Create Order gives: another code compiles (at run time schema/create-order-code-list's warning
 * on an import, the schema's error on a Create Order).
 */
export const importCurrency: ImportOrderRequest["currency"] = "ZAR";
export const unlistedIssuer: PaymentMethod = { billingAddress: {}, paymentType: "CC", cardIssuer: "XX" };
/** A search response's itemState may be one the documents do not show (response types stay open). */
export const newItemState: OrderItemSearchResponse["collection"][number]["itemState"] = "BACKORDERED";

// @ts-expect-error maxAmmount is a misspelt maxAmount
export const payment: OrderPayment = { paymentMethod: methods[0]!, maxAmmount: null };

// @ts-expect-error zip is not an address field (postalCode is)
export const address: Address = { zip: "93405" };

/** Open where the OMS or the merchant decides: custom data hashes, and responses. */
export const hashes: CreateOrderRequest = { ...example, customOrderData: { "any key": "any value" } };
export const record: OrderCustomDataRecord = { name: "a", value: "b", orderCustomDataID: 1, orderID: 2, createdAt: "2026-12-02" };
export const response: OrderItemSearchResponse = { collection: [{ orderItemID: 1, orderID: 2, somethingNew: true }], page: 1 };

// Header pairs as fetch takes them (undici's HeadersInit: string[][]): a list mapped to pairs is a
// string[][], which had been TS2322 (audit); a pair of other than two entries is refused at run time.
const headersUrl = "https://integration.shopatron.com/api/v2/createOrder/";
const headerList = [{ name: "content-type", value: "application/json" }];
export const twoStrings = checkRequest({ url: headersUrl, headers: [["content-type", "application/json"]] });
export const mappedPairs = checkRequest({ url: headersUrl, headers: headerList.map((h) => [h.name, h.value]) });
// @ts-expect-error a pair of numbers
export const numberPairs = checkRequest({ url: headersUrl, headers: [[1, 2]] });
