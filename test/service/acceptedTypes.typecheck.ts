/**
 * Type tests, compiled by `npm test`'s type-check (each `@ts-expect-error` fails it if its line
 * compiles). Found by the types audit: isValid and assertValid narrowed to the strict generated
 * types, so that after the guard a program could write `body.orderItems[0].itemSpecifics` or
 * `body.shippingAddress.postalCode?.trim()`, which throw on a body that passed with warnings
 * (an empty orderItems, a postalCode that is a number: our readings, not the documents' word).
 * The guards narrow to what passes; a field only our reading types is `unknown`, a field only
 * our reading requires is optional, a list only our reading keeps from being empty is a plain array.
 */
import { assertValid, isValid, standardSchema } from "../../src/index.js";
import type { AcceptedPayloadOf, CreateOrderRequest, CreateOrderRequestAccepted, ImportOrderRequest, Kind, OrderBodyAccepted, PayloadOf } from "../../src/index.js";

export function afterIsValid(body: unknown): void {
  if (!isValid("createOrder", body)) return;
  // @ts-expect-error an empty orderItems passes (schema/empty-order-list's warning): its first item may be absent (noUncheckedIndexedAccess, as this project compiles)
  body.orderItems[0].itemSpecifics;
  // @ts-expect-error whatever the compiler options: a product's object type is only the examples' (a null product passes with schema/example-type's warning)
  body.orderItems[0]!.product.partNumber;
  // @ts-expect-error a postalCode's string type is only the examples' (schema/example-type's warning for a number)
  body.shippingAddress.postalCode?.trim();
  // @ts-expect-error an item without a product passes (schema/line-item-crucial's warning), and a product's object type is the examples'
  body.orderItems[0]?.product.partNumber;
  // What the documents state stays typed: required fields and their types, Create Order's listed currency.
  const stated: [string, number, boolean, unknown[], string] = [body.externalOrderID, body.manufacturerID, body.sendEmail, body.orderItems, body.locale];
  const currency: "USD" | "EUR" | (string & {}) = body.currency;
  void [stated, currency];
}

export function afterAssertValid(body: unknown): void {
  assertValid("createOrder", body);
  // @ts-expect-error a paymentType outside the lists, or of another type, is schema/payment-type's warning (advised)
  body.orderPayments[0]?.paymentMethod.paymentType.toUpperCase();
  // @ts-expect-error a gift card's pin is checked only on a gift card payment: a card payment's pin may be anything
  body.orderPayments[0]?.paymentMethod.pin?.trim();
}

/**
 * Found by the generated types audit: Create Order's maxAmount (max-amount's error) and
 * cardIssuer (its list, stated) were `unknown`, as the payment type both order kinds share has
 * them; the import's document states neither.
 */
export function createOrderPayments(body: unknown, imported: unknown): void {
  if (isValid("createOrder", body)) {
    // In a callback too: the list is Create Order's own, not the shared one intersected with it.
    // A string maxAmount passes (max-amount-string's warning: the documents give no type), so it is typed as one.
    const amounts: (number | string | null | undefined)[] = body.orderPayments.map((payment) => payment.maxAmount);
    // @ts-expect-error a valid body's maxAmount may be a string
    const numeric: (number | null | undefined)[] = body.orderPayments.map((payment) => payment.maxAmount);
    const issuers: ("VI" | (string & {}) | null | undefined)[] = body.orderPayments.map((payment) => payment.paymentMethod.cardIssuer);
    // Still the body both kinds share, for code written for either.
    const shared: OrderBodyAccepted = body;
    void [amounts, numeric, issuers, shared, body.orderPayments[0]?.paymentMethod.billingAddress];
  }
  if (isValid("importOrder", imported)) {
    // @ts-expect-error on an import max-amount is our reading (a warning): any maxAmount passes
    const amount: number | null | undefined = imported.orderPayments[0]?.maxAmount;
    // @ts-expect-error on an import the card issuers and their type are our reading (warnings)
    const issuer: string | null | undefined = imported.orderPayments[0]?.paymentMethod.cardIssuer;
    void [amount, issuer];
  }
}

export function afterSearchGuard(query: unknown): void {
  if (!isValid("orderItemSearch", query) || typeof query === "string") return;
  // @ts-expect-error a parameter given twice, as Express's req.query holds it, passes as a list (search-repeated-parameter's warning)
  const orderID: string | number = query.orderID;
  void orderID;
}

/**
 * Found by the types audit: a value declared with a strict type is already assignable to the
 * accepted one, so the guard's false branch narrowed it to `never`, where the body that failed
 * is still the CreateOrderRequest the program built (and wants to log or mend).
 */
export function negatedGuardKeepsTheDeclaredType(body: CreateOrderRequest, maybe: CreateOrderRequest | undefined): void {
  if (!isValid("createOrder", body)) {
    const failed: CreateOrderRequest = body;
    void [failed, body.orderItems.length, body.externalOrderID.trim()];
  }
  if (!isValid("createOrder", maybe)) void maybe?.orderItems.length;
  if (isValid("createOrder", body)) void body.orderItems.length;
}

/** Express's `req.body` is `any`: the guard narrows it as it narrows `unknown`. */
export function afterIsValidOnAny(body: any): void {
  if (!isValid("createOrder", body)) return;
  // @ts-expect-error narrowed to the accepted type, in which a product's type is only the examples'
  body.orderItems[0]?.product.partNumber;
  const stated: string = body.externalOrderID;
  void stated;
}

/**
 * Found reviewing f094016: its overload for a strict-typed value returned a plain boolean, so
 * the true branch no longer narrowed (code that compiled the day before broke), and a generic
 * value still took the guard's `never` false branch. Each passes where the value passes and
 * keeps its declared type where it fails.
 */
export function trueBranchDropsUndefined(order: CreateOrderRequest | undefined): string {
  if (!isValid("createOrder", order)) {
    const failed: CreateOrderRequest | undefined = order;
    return String(failed?.externalOrderID);
  }
  return order.externalOrderID;
}

export function filterKeepsThePassing(orders: (CreateOrderRequest | undefined)[]): CreateOrderRequest[] {
  return orders.filter((order) => isValid("createOrder", order));
}

export function eitherOrderPassingIsCreateOrders(body: CreateOrderRequest | ImportOrderRequest): void {
  if (isValid("createOrder", body)) {
    const accepted: CreateOrderRequestAccepted = body;
    void accepted;
  } else {
    const failed: CreateOrderRequest | ImportOrderRequest = body;
    void failed;
  }
}

export function searchStringIsNotNull(parameters: URLSearchParams): void {
  const query = parameters.get("q");
  if (isValid("orderItemSearch", query)) void query.length;
  else {
    const failed: string | null = query;
    void failed;
  }
}

export function genericKeepsItsType<T extends CreateOrderRequest>(order: T): void {
  if (!isValid("createOrder", order)) {
    const failed: T = order;
    void [failed, order.externalOrderID];
  } else {
    const passed: [T, CreateOrderRequestAccepted] = [order, order];
    void passed;
  }
}

export function optionalGenericKeepsItsType<T extends CreateOrderRequest | undefined>(order: T): void {
  if (!isValid("createOrder", order)) {
    const failed: T = order;
    void [failed, order?.externalOrderID];
  }
}

/** Readonly, Partial, `as const`, `{}` and `object`: each keeps its type where it fails, and is accepted where it passes. */
export function otherDeclaredTypes(frozen: Readonly<CreateOrderRequest>, partial: Partial<CreateOrderRequest>, some: {}, anObject: object): void {
  const literal = { externalOrderID: "A-1", manufacturerID: 7 } as const;
  if (isValid("createOrder", frozen)) void (frozen satisfies CreateOrderRequestAccepted);
  else void (frozen satisfies Readonly<CreateOrderRequest>);
  if (isValid("createOrder", partial)) void (partial.externalOrderID satisfies string);
  else void (partial satisfies Partial<CreateOrderRequest>);
  if (isValid("createOrder", literal)) void (literal satisfies CreateOrderRequestAccepted);
  else void (literal.externalOrderID satisfies "A-1");
  if (isValid("createOrder", some)) void (some satisfies CreateOrderRequestAccepted);
  else void (some satisfies {});
  if (isValid("createOrder", anObject)) void (anObject satisfies CreateOrderRequestAccepted);
  else void (anObject satisfies object);
}

/** A guarded strict-typed value is the Standard Schema's output as well. */
export function guardedIsTheSchemaOutput(order: CreateOrderRequest): void {
  const result = standardSchema("createOrder")["~standard"].validate(order);
  if (!("value" in result) || !isValid("createOrder", order)) return;
  let output = result.value;
  output = order;
  void output;
}

/** A call that names the kind alone, as isValid had one type parameter, still compiles and narrows. */
export function kindNamedAlone(body: unknown): void {
  if (isValid<"createOrder">("createOrder", body)) void (body satisfies CreateOrderRequestAccepted);
}

export function misspeltOption(body: unknown): void {
  // @ts-expect-error failOn is "error" or "warning" (test/service/guardTypeErrors.test.ts checks the compiler says so first)
  isValid("createOrder", body, { failOn: "warnings" });
}

export function standardSchemaOutput(body: unknown): void {
  const result = standardSchema("createOrder")["~standard"].validate(body);
  if ("value" in result) {
    // @ts-expect-error the Standard Schema's output is what passes, as isValid's
    result.value.shippingAddress.city?.trim();
  }
}

/** Every payload the strict types build is one the guards narrow to: the strict type stays the one to build with. */
export const strictIsAccepted: { readonly [K in Kind]: PayloadOf<K> extends AcceptedPayloadOf<K> ? true : never } = {
  createOrder: true,
  importOrder: true,
  orderCustomData: true,
  orderItemCustomData: true,
  orderItemSearch: true,
  orderCustomDataRecord: true,
  orderItemCustomDataRecord: true,
  orderItemSearchResponse: true,
};
export type AcceptedCreateOrder = CreateOrderRequestAccepted;
