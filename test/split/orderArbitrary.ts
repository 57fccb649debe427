import fc from "fast-check";
import { minorUnitDigits } from "../../src/split/minorUnitDigits.js";
import { createOrder, orderItem, orderPayment, type Json, type JsonObject } from "../support/payloads.js";

/** The twelve Availability codes of Create Order (seeds/004). */
export const availabilityCodes = ["Y", "N", "L", "M", "J", "P", "D", "I", "S", "G", "V", "F"] as const;

/** An order line made once its index and the currency's minor unit (0.01, 1 yen) are known. */
type ItemOf = (index: number, unit: number) => JsonObject;

/** Money in cents, written as the decimal a checkout would send (12.34). */
const money = (max: number) => fc.integer({ min: 0, max }).map((cents) => cents / 100);
const positiveMoney = (max: number) => fc.integer({ min: 1, max }).map((cents) => cents / 100);

/**
 * An item like the documents' example: any code (now and then none), a price and quantity, a
 * tax within the cap, and on a paying line now and then shipping and its tax (beside a free
 * line, what its child owes is more than its items' subtotal).
 */
const item = fc
  .record({
    // None now and then: null, as a stand-in for an item without an availability (split refuses a
    // code the documents do not list, "X", outright; test/split/splitOrder.test.ts).
    availability: fc.oneof({ weight: 20, arbitrary: fc.constantFrom<string | null>(...availabilityCodes) }, { weight: 1, arbitrary: fc.constant(null) }),
    // Now and then a free item (a free e-book): a child whose items' subtotal is 0.
    priceCents: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 0, max: 50_000 }) }),
    quantity: fc.integer({ min: 1, max: 12 }),
    // The share of the 20% cap the line's tax uses; null: the OMS computes the tax.
    taxShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    shipping: fc.option(money(3_000), { nil: null }),
    shippingTax: fc.option(money(300), { nil: null }),
  })
  .map(({ availability, priceCents, quantity, taxShare, shipping, shippingTax }): ItemOf => (index) => {
    const taxCents = taxShare === null ? null : Math.floor((priceCents * quantity * taxShare) / 500);
    const paying = priceCents > 0;
    return orderItem({
      partNumber: `Product${String(index).padStart(4, "0")}`,
      ...(availability === null ? { product: { availability: null } } : { availability }),
      actualPrice: priceCents / 100,
      quantity,
      itemTaxOverride: taxCents === null ? null : taxCents / 100,
      itemSpecifics: { shipping: paying ? shipping : null, shippingTax: paying ? shippingTax : null },
    });
  });

/**
 * A line of one minor unit of the currency (`unit`: 0.01, 1 yen), without tax or shipping:
 * beside another class, a child that owes one minor unit, which kept a rounding unit of every
 * payment its sibling needed.
 */
const unitItem = fc.constantFrom(...availabilityCodes).map((availability): ItemOf => (index, unit) =>
  orderItem({ partNumber: `Unit${String(index).padStart(4, "0")}`, availability, actualPrice: unit, quantity: 1, itemTaxOverride: 0 }),
);

/** The digits of a minor unit of the currency (0.01: 2; 1 yen: 0). */
const digitsOf = (unit: number) => Math.round(-Math.log10(unit));

/** A line's amount written with one to three digits more than the currency has (0.031 yen, 0.005 dollars), as a checkout that keeps a price's fractions sends it. */
const finerAmount = (maxUnits: number) =>
  fc.record({ units: fc.integer({ min: 0, max: maxUnits }), extraDigits: fc.integer({ min: 1, max: 3 }) }).map(({ units, extraDigits }) => (unit: number) => units / 10 ** (digitsOf(unit) + extraDigits));

/** A line of such amounts, without tax; with shipping as fine where one is given. */
function finerLine(availability: string, price: (unit: number) => number, shipping: ((unit: number) => number) | null): ItemOf {
  return (index, unit) =>
    orderItem({
      partNumber: `Fine${String(index).padStart(4, "0")}`,
      availability,
      actualPrice: price(unit),
      quantity: 1,
      itemTaxOverride: 0,
      itemSpecifics: { shipping: shipping === null ? null : shipping(unit) },
    });
}

/** Any line of such amounts, of any code, now and then with shipping. */
const finerItem = fc
  .record({ availability: fc.constantFrom(...availabilityCodes), price: finerAmount(5_000_000), shipping: fc.option(finerAmount(300_000), { nil: null }) })
  .map(({ availability, price, shipping }) => finerLine(availability, price, shipping));

/**
 * The audit's shape: a line of a small price and much shipping (0.031 yen and 27 of shipping)
 * beside one or two of small prices alone (0.012 yen), each in an order of its own: such a child
 * holds a large part of the item subtotal, so of promotions that take much of the shipping too,
 * and each of its shares keeps a fraction (0.81 and 0.212 yen stayed on 0.012 owed, 1.01 over).
 */
const smallLinesBesideShipping = fc
  .record({
    codes: fc.shuffledSubarray(["Y", "P", "D", "J", "I"], { minLength: 3, maxLength: 3 }),
    shipped: fc.record({ price: finerAmount(60), shipping: finerAmount(300_000) }),
    small: fc.array(finerAmount(60), { minLength: 1, maxLength: 2 }),
  })
  .map(({ codes, shipped, small }) => [finerLine(codes[0]!, shipped.price, shipped.shipping), ...small.map((price, k) => finerLine(codes[k + 1]!, price, null))]);

/**
 * A line of a negative price (a trade-in credited on the order, which lint accepts though the
 * documents give no line one): where its child owes less than nothing, split must refuse the
 * order, as no child can be paid back what another owes (a -10 line left its sibling owing 11 of
 * an order of 1); where its child covers it, the split goes on.
 */
const negativeItem = fc
  .record({ availability: fc.constantFrom(...availabilityCodes), cents: fc.integer({ min: 1, max: 20_000 }) })
  .map(({ availability, cents }): ItemOf => (index) =>
    orderItem({ partNumber: `Credit${String(index).padStart(4, "0")}`, availability, actualPrice: -cents / 100, quantity: 1, itemTaxOverride: null }),
  );

/** A promotions[] or discounts[] list of up to two entries, or none at all. */
const someEntries = (entry: fc.Arbitrary<AdjustmentOf>) => fc.option(fc.array(entry, { maxLength: 2 }), { nil: undefined });

/** One or two entries: with the other list's, two to four, each with a fraction of its own. */
const oneOrTwoEntries = (entry: fc.Arbitrary<AdjustmentOf>) => fc.array(entry, { minLength: 1, maxLength: 2 });

/** The lines of orderArbitrary's orders: one to nine, mostly like the documents' example, now and then one of a minor unit. */
const anyLines = fc.array(fc.oneof({ weight: 8, arbitrary: item }, { weight: 1, arbitrary: unitItem }), { minLength: 1, maxLength: 9 });

/** A payment made once what the order owes (in cents) and the digits of the currency's minor unit are known: a limit may be exactly that. */
type PaymentOf = (owedCents: number, minorDigits: number) => JsonObject;

/** "owed": a limit of exactly what the order owes (a card that pays for all of it and no more). */
const owedLimit = "owed" as const;
/** "limit": an authAmount of exactly the maxAmount. */
const wholeLimit = "limit" as const;

function limitOf(maxAmount: number | null | typeof owedLimit, owedCents: number): number | null {
  return maxAmount === owedLimit ? Math.max(owedCents, 1) / 100 : maxAmount;
}

function authOf(authAmount: number | typeof wholeLimit | undefined, limit: number | null): { authAmount?: number } {
  if (authAmount === undefined) return {};
  if (authAmount !== wholeLimit) return { authAmount };
  return typeof limit === "number" && limit > 0 ? { authAmount: limit } : {};
}

const authAmount = (max: number) => fc.option(fc.oneof(money(max), fc.constant(wholeLimit)), { nil: undefined });

/** A credit card with no limit or a limit, pre-authorized or not. */
const creditCard = fc
  .record({
    maxAmount: fc.oneof(fc.constant(null), fc.constant(-1), positiveMoney(200_000), fc.constant(owedLimit)),
    authAmount: authAmount(200_000),
  })
  .map(({ maxAmount, authAmount }): PaymentOf => (owedCents) => {
    const limit = limitOf(maxAmount, owedCents);
    return orderPayment({}, { maxAmount: limit, ...authOf(authAmount, limit) });
  });

/** A gift card limited to its balance ("maxAmount should be the available balance"), sometimes tiny, sometimes the whole order's. */
const giftCard = fc
  .record({
    type: fc.constantFrom("GX", "GT", "VA"),
    balance: fc.oneof(positiveMoney(5), positiveMoney(50_000), fc.constant(owedLimit)),
    authAmount: authAmount(5_000),
  })
  .map(({ type, balance, authAmount }): PaymentOf => (owedCents) => {
    const limit = limitOf(balance, owedCents);
    return orderPayment({ paymentType: type, cardIssuer: null, cardNumber: "6006491234", pin: "1234" }, { maxAmount: limit, ...authOf(authAmount, limit) });
  });

/**
 * Several gift cards that together hold what the order owes, and now and then a little more:
 * each a share of it (one card may be all of it), so that every child's part of the whole is
 * spread over several limits, each rounded on its own (a limit of 10.01 on two cards of 10.01
 * left one child 10.00 for 10.01 owed).
 */
const limitedPayments = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 2, maxLength: 4 }),
    extraCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5_000 })),
    authAmount: authAmount(5_000),
  })
  .map(({ weights, extraCents, authAmount }) => (owed: number): JsonObject[] => {
    const total = Math.max(owed, weights.length) + extraCents;
    const sum = weights.reduce((a, b) => a + b, 0) || 1;
    // Every card at least a cent; the last takes what the floors leave.
    const parts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
    parts[parts.length - 1] = Math.max(1, total - parts.slice(0, -1).reduce((a, b) => a + b, 0));
    return parts.map((cents) => {
      const limit = cents / 100;
      return orderPayment({ paymentType: "GX", cardIssuer: null, cardNumber: "6006491234", pin: "1234" }, { maxAmount: limit, ...authOf(authAmount, limit) });
    });
  });

/** How a payment of `cents` authorised holds them: a gift card of that balance, a card of no limit, or a limit above them. */
const authorisedAs = fc.constantFrom("balance", "no limit", "roomy");

/**
 * Several payments whose authAmounts together are what the order owes (now and then a little
 * more), each a share of it: gift cards of that balance, cards of no limit, limits above what
 * they authorise. Each authAmount is split on its own, so a child could be authorised a unit
 * more than it owes while its sibling was a unit short (0.02 and 99.98 for 0.01 and 99.99).
 */
const authorisedPayments = fc
  .record({
    shares: fc.array(fc.record({ weight: fc.integer({ min: 0, max: 1_000 }), as: authorisedAs }), { minLength: 2, maxLength: 4 }),
    extraCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })),
  })
  .map(({ shares, extraCents }) => (owed: number): JsonObject[] => {
    const total = Math.max(owed, shares.length) + extraCents;
    const sum = shares.reduce((a, b) => a + b.weight, 0) || 1;
    const parts = shares.map(({ weight }) => Math.max(1, Math.floor((total * weight) / sum)));
    parts[parts.length - 1] = Math.max(1, total - parts.slice(0, -1).reduce((a, b) => a + b, 0));
    return parts.map((cents, k) => {
      const authAmount = cents / 100;
      const as = shares[k]!.as;
      if (as === "no limit") return orderPayment({}, { maxAmount: null, authAmount });
      const maxAmount = as === "balance" ? authAmount : (cents * 2) / 100;
      return orderPayment({ paymentType: "GX", cardIssuer: null, cardNumber: "6006491234", pin: "1234" }, { maxAmount, authAmount });
    });
  });

/**
 * One to three gift cards whose authAmounts together are what the order owes in whole minor units
 * of the currency (now and then a unit or so more), each limit that authAmount and some room, or
 * none, written with one or two digits more than the currency has (10.016 authorised 10.01; 56.01
 * yen authorised 50). Where no child's share has room, a unit of a limit moves with a unit of
 * authorisation: counted each in its own digits, 0.001 of the limit went with 0.01 authorised.
 */
const finerLimits = fc
  .record({
    shares: fc.array(fc.record({ weight: fc.integer({ min: 0, max: 1_000 }), room: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 19 }), fc.integer({ min: 1, max: 100_000 })) }), {
      minLength: 1,
      maxLength: 3,
    }),
    extraUnits: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })),
    finerDigits: fc.integer({ min: 1, max: 2 }),
  })
  .map(({ shares, extraUnits, finerDigits }) => (owedCents: number, minorDigits: number): JsonObject[] => {
    // What the order owes in whole minor units of the currency (its prices are written in cents, 12.34 yen too).
    const total = Math.ceil((owedCents * 10 ** minorDigits) / 100) + extraUnits;
    const sum = shares.reduce((a, b) => a + b.weight, 0) || 1;
    const parts = shares.map(({ weight }) => Math.floor((total * weight) / sum));
    parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
    const limitDigits = minorDigits + finerDigits;
    return parts.map((units, k) => {
      // A limit is positive: a card authorised 0 has some room.
      const room = units === 0 ? Math.max(1, shares[k]!.room) : shares[k]!.room;
      const authAmount = units / 10 ** minorDigits;
      const maxAmount = (units * 10 ** finerDigits + room) / 10 ** limitDigits;
      return orderPayment({ paymentType: "GX", cardIssuer: null, cardNumber: "6006491234", pin: "1234" }, { maxAmount, authAmount });
    });
  });

/** One to three payments of any kind, or several payments that together pay or authorise what the order owes. */
const paymentsArbitrary = fc.oneof(
  fc.array(fc.oneof(creditCard, giftCard), { minLength: 1, maxLength: 3 }).map((payments) => (owed: number, minorDigits: number) => payments.map((payment) => payment(owed, minorDigits))),
  limitedPayments,
  authorisedPayments,
  finerLimits,
);

const centsOf = (amount: unknown) => (typeof amount === "number" ? Math.round(amount * 100) : 0);

/** What the order owes in cents: its lines (actualPrice × quantity, their tax, shipping and its tax) and shippingTax, less the promotions and discounts. */
function owedCents(items: readonly JsonObject[], shippingTax: number | null, adjustments: readonly JsonObject[]): number {
  const lines = items.reduce((sum, item) => {
    const { actualPrice, quantity, itemTaxOverride, shipping, shippingTax: lineShippingTax } = item.itemSpecifics as JsonObject;
    return sum + centsOf(actualPrice) * (quantity as number) + centsOf(itemTaxOverride) + centsOf(shipping) + centsOf(lineShippingTax);
  }, 0);
  return lines + centsOf(shippingTax) - adjustments.reduce((sum, entry) => sum + centsOf(entry.amount), 0);
}

/**
 * A promotions[] or discounts[] entry made once the order is known but them: what it owes
 * before them and its items' subtotal (in cents), and how many entries it holds.
 */
type AdjustmentOf = (order: { readonly grossCents: number; readonly subtotalCents: number; readonly entries: number }) => JsonObject;

/** The items' actualPrice × quantity in cents. */
function subtotalCents(items: readonly JsonObject[]): number {
  return items.reduce((sum, item) => {
    const { actualPrice, quantity } = item.itemSpecifics as JsonObject;
    return sum + centsOf(actualPrice) * (quantity as number);
  }, 0);
}

const adjustment = fc.oneof(
  { weight: 4, arbitrary: money(5_000).map((amount): AdjustmentOf => () => ({ code: "SAVE", amount })) },
  { weight: 1, arbitrary: fc.constant<AdjustmentOf>(() => ({ code: "FREESHIP" })) },
);

/**
 * Entries that together take the items' subtotal and up to all the rest the order owes (its
 * shipping and taxes): more than the items' subtotal, so a child whose items bear less than
 * their share of shipping and tax gets a share by item subtotal more than it owes (a promotion
 * of 25 on items of 10 + 20 shipping and 10 gave the second child 12.50 to take off 10).
 */
const deepAdjustment = fc.integer({ min: 0, max: 1_000 }).map((permille): AdjustmentOf => ({ grossCents, subtotalCents, entries }) => {
  const cents = subtotalCents + Math.floor(((grossCents - subtotalCents) * permille) / 1_000);
  return { code: "DEEP", amount: Math.floor(cents / entries) / 100 };
});

/**
 * deepAdjustment's entries written with one to three digits more than cents (6.485 yen, 2.705
 * dollars), each a little apart: shares of an amount written so are split in its own digits.
 */
const finerDeepAdjustment = fc
  .record({ permille: fc.integer({ min: 0, max: 1_000 }), extraDigits: fc.integer({ min: 1, max: 3 }), jitter: fc.integer({ min: 0, max: 999 }) })
  .map(({ permille, extraDigits, jitter }): AdjustmentOf => ({ grossCents, subtotalCents, entries }) => {
    const scale = 10 ** extraDigits;
    const cents = subtotalCents + Math.floor(((grossCents - subtotalCents) * permille) / 1_000);
    const units = Math.max(0, Math.floor((cents * scale) / entries) - (jitter % scale));
    return { code: "FINE", amount: units / (100 * scale) };
  });

/** An externalOrderID of 1–100 characters, now and then one at the limit or with characters outside the BMP. */
const externalOrderID = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).filter((id) => id.trim().length > 0),
  fc.string({ unit: fc.constantFrom("a", "7", "-", "é", "😀"), minLength: 95, maxLength: 100 }),
  fc.constant("8885456-98658-12215"),
);

/** The payments of an order, made once what it owes (in cents) and its currency's minor unit are known. */
type PaymentsOf = (owedCents: number, minorDigits: number) => JsonObject[];

/** What an order's lines and promotions are drawn from, and how many of each. */
interface OrderShape {
  readonly adjustments?: fc.Arbitrary<AdjustmentOf>;
  readonly lines?: fc.Arbitrary<ItemOf[]>;
  /** A promotions[] or discounts[] list of such entries, or none. */
  readonly entries?: (entry: fc.Arbitrary<AdjustmentOf>) => fc.Arbitrary<AdjustmentOf[] | undefined>;
}

/**
 * A valid Create Order paid with `payments` (bar the mixing of availabilities, which is what the split is for):
 * the documents' example with generated items, shipping tax, promotions, discounts and
 * payments. Each payment carries its index as transactionID, so that a test can find it in
 * a child.
 */
function orderPaidWith(payments: fc.Arbitrary<PaymentsOf>, { adjustments = adjustment, lines = anyLines, entries = someEntries }: OrderShape = {}) {
  return fc
    .record({
      items: lines,
      payments,
      shippingTax: fc.oneof(money(10_000), fc.constant(null)),
      promotions: entries(adjustments),
      discounts: entries(adjustments),
      currency: fc.constantFrom("USD", "USD", "EUR", "JPY", "KWD"),
      externalOrderID,
    })
    .map(({ items, payments, shippingTax, promotions, discounts, currency, externalOrderID }) => {
      const orderItems = items.map((make, index) => make(index, 10 ** -minorUnitDigits(currency)));
      const known = { grossCents: owedCents(orderItems, shippingTax, []), subtotalCents: subtotalCents(orderItems), entries: (promotions?.length ?? 0) + (discounts?.length ?? 0) };
      const extra: JsonObject = {};
      if (promotions !== undefined) extra.promotions = promotions.map((make) => make(known));
      if (discounts !== undefined) extra.discounts = discounts.map((make) => make(known));
      const owed = owedCents(orderItems, shippingTax, [...((extra.promotions as JsonObject[] | undefined) ?? []), ...((extra.discounts as JsonObject[] | undefined) ?? [])]);
      return createOrder({
        externalOrderID,
        currency,
        forceItemTaxOverride: false,
        orderItems,
        orderPayments: payments(owed, minorUnitDigits(currency)).map((payment, index): Json => ({ ...payment, transactionID: `T${index}` })),
        shippingTax,
        ...extra,
      });
    });
}

/** Any valid Create Order (bar the mixing of availabilities), paid with payments of any kind. */
export const orderArbitrary = orderPaidWith(paymentsArbitrary);

/**
 * One paid only with limits written with more digits than their authAmounts and the currency
 * (finerLimits), which a quarter of orderArbitrary's orders draw: so that a property meets,
 * within its runs, a child short of authorisation with no room under such a limit.
 */
export const finerLimitOrderArbitrary = orderPaidWith(finerLimits);

/** One whose promotions and discounts take up to all it owes (deepAdjustment), paid with payments of any kind. */
export const deepAdjustmentOrderArbitrary = orderPaidWith(paymentsArbitrary, { adjustments: deepAdjustment });

/**
 * One whose amounts may be finer than the currency's minor unit (lines and promotions written
 * with up to three digits more) and whose lines may be negative, with promotions and discounts
 * that take up to all it owes: the audit of split's moves found a child left a unit over by the
 * first, and a "promotions … unused" note of the second.
 */
export const roughAmountOrderArbitrary = fc.oneof(
  orderPaidWith(paymentsArbitrary, {
    adjustments: fc.oneof({ weight: 2, arbitrary: finerDeepAdjustment }, { weight: 1, arbitrary: deepAdjustment }, { weight: 1, arbitrary: adjustment }),
    lines: fc.array(fc.oneof({ weight: 4, arbitrary: finerItem }, { weight: 4, arbitrary: item }, { weight: 1, arbitrary: negativeItem }), { minLength: 1, maxLength: 6 }),
    entries: oneOrTwoEntries,
  }),
  orderPaidWith(paymentsArbitrary, { adjustments: finerDeepAdjustment, lines: smallLinesBesideShipping, entries: oneOrTwoEntries }),
);
