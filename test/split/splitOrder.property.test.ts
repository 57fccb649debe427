import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, compare, formatDecimal, multiply, subtract, toDecimal, zero, type Decimal } from "../../src/domain/decimal.js";
import { minorUnitDigits } from "../../src/split/minorUnitDigits.js";
import { wholeUnits } from "../../src/split/minorUnits.js";
import { availabilityClass } from "../../src/domain/availabilityClasses.js";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { validate } from "../../src/builtIn/linter.js";
import type { JsonObject } from "../support/payloads.js";
import { availabilityCodes, deepAdjustmentOrderArbitrary, finerLimitOrderArbitrary, orderArbitrary, roughAmountOrderArbitrary } from "./orderArbitrary.js";

const property = { seed: 20261123, numRuns: 200 };
const mixRules = new Set(["preorder-mix", "availability-split"]);

type Order = JsonObject & { orderItems: JsonObject[]; orderPayments: JsonObject[]; externalOrderID: string };

/**
 * The minor units the payments' limits hold together, when every payment has one (undefined if one has none):
 * each limit's units of its own digits, at least the currency's (2 yen is 2 units, not 200 cents; 0.016 is 16).
 */
function limitedUnits(order: JsonObject): bigint | undefined {
  const limits = (order.orderPayments as JsonObject[]).map((p) => p.maxAmount);
  if (!limits.every((m) => typeof m === "number" && m > 0)) return undefined;
  const digits = minorUnitDigits(order.currency);
  return limits.reduce<bigint>((sum, m) => {
    const limit = toDecimal(m as number);
    return sum + wholeUnits(limit, Math.max(limit.scale, digits));
  }, 0n);
}

/**
 * The split, or undefined when the split is impossible: only when every payment is
 * limited and the limits hold fewer cents than there are classes (one child would go
 * without a payment), which the test checks.
 */
function split(order: JsonObject) {
  try {
    const result = splitOrder(order);
    return { ...result, children: result.children as Order[] };
  } catch (error) {
    expect(error).toBeInstanceOf(SplitError);
    const classes = new Set((order.orderItems as JsonObject[]).map((item) => availabilityClass(String((item.product as JsonObject).availability))));
    expect(limitedUnits(order)).toBeLessThan(BigInt(classes.size));
    return undefined;
  }
}

/** The exact sum of numbers as their decimals (never float addition). */
function exactSum(values: readonly unknown[]): Decimal {
  return values.reduce<Decimal>((sum, value) => add(sum, toDecimal(value as number)), zero);
}

function expectSameAmount(parts: readonly unknown[], original: unknown): void {
  for (const part of parts) expect(typeof part).toBe("number");
  expect(compare(exactSum(parts), toDecimal(original as number))).toBe(0);
}

const codePoints = (text: string) => Array.from(text).length;

/** A number as an exact decimal; anything else (null, absent) as 0. */
const decimalOf = (value: unknown): Decimal => (typeof value === "number" ? toDecimal(value) : zero);

/**
 * What a child owes, read from the child alone: its lines' actualPrice × quantity,
 * itemTaxOverride, shipping and shippingTax, and its shippingTax, less its promotions' and
 * discounts' amounts; never below 0. A child's payments must pay all of it, not its items alone.
 */
function owedBy(child: JsonObject): Decimal {
  const owed = owedBeforeFloor(child);
  return compare(owed, zero) < 0 ? zero : owed;
}

/** What an order owes, read as owedBy does, but below 0 where its promotions and discounts are more than the rest. */
function owedBeforeFloor(child: JsonObject): Decimal {
  let owed = decimalOf(child.shippingTax);
  for (const item of child.orderItems as JsonObject[]) {
    const { actualPrice, quantity, itemTaxOverride, shipping, shippingTax } = item.itemSpecifics as JsonObject;
    owed = add(owed, multiply(decimalOf(actualPrice), decimalOf(quantity)));
    for (const charge of [itemTaxOverride, shipping, shippingTax]) owed = add(owed, decimalOf(charge));
  }
  for (const key of ["promotions", "discounts"]) {
    for (const entry of (child[key] as JsonObject[] | undefined) ?? []) owed = subtract(owed, decimalOf(entry.amount));
  }
  return owed;
}

/** What an order's promotions and discounts take off together (an amount that is no number: 0). */
function adjustmentsOf(order: JsonObject): Decimal {
  let sum = zero;
  for (const key of ["promotions", "discounts"]) for (const entry of (order[key] as JsonObject[] | undefined) ?? []) sum = add(sum, decimalOf(entry.amount));
  return sum;
}

/**
 * The split, or "refused" where split refuses the order as a child would owe less than nothing
 * before its promotions and discounts: then its pointer names a negative amount of a line whose
 * class's lines (all of that availability class's, the test's own grouping) add up to less than
 * nothing, as they must for any child of them to. Any other refusal is split()'s.
 */
function splitOrRefusedLessThanNothing(order: JsonObject): ReturnType<typeof split> | "refused" {
  let result: ReturnType<typeof splitOrder>;
  try {
    result = splitOrder(order);
  } catch (error) {
    if (!(error instanceof SplitError) || !error.message.includes("before promotions and discounts")) return split(order);
    const [, , index, , field] = error.pointer!.split("/");
    const items = order.orderItems as JsonObject[];
    expect(decimalOf((items[Number(index)]!.itemSpecifics as JsonObject)[field!]).units < 0n, error.message).toBe(true);
    const classOf = (item: JsonObject) => availabilityClass(String((item.product as JsonObject).availability));
    const lines = items.filter((item) => classOf(item) === classOf(items[Number(index)]!)).map(lineTotal);
    expect(compare(lines.reduce<Decimal>(add, zero), zero), error.message).toBeLessThan(0);
    return "refused";
  }
  // The split made above, as split() gives it: splitting the order again cost the property a second split a run.
  return { ...result, children: result.children as Order[] };
}

/** What a line adds to what its order owes: actualPrice × quantity, its tax, shipping and shipping tax. */
function lineTotal(item: JsonObject): Decimal {
  const { actualPrice, quantity, itemTaxOverride, shipping, shippingTax } = item.itemSpecifics as JsonObject;
  return [itemTaxOverride, shipping, shippingTax].reduce<Decimal>((sum, charge) => add(sum, decimalOf(charge)), multiply(decimalOf(actualPrice), decimalOf(quantity)));
}

/** The decimal cut down to `scale` digits (a limit is split in whole minor units; what a child owes may hold less, 0.5 yen). */
function floorTo(d: Decimal, scale: number): Decimal {
  return d.scale <= scale ? d : { units: d.units / 10n ** BigInt(d.scale - scale), scale };
}

/** The minor units of maxAmount that a child's notes say it was given without taking them from another child, by payment. */
function addedUnits(notes: readonly (readonly string[])[]): Map<number, Decimal> {
  const added = new Map<number, Decimal>();
  for (const note of notes.flat()) {
    const given = /^the original's orderPayments (\d+) is given one minor unit of maxAmount \(([\d.]+)\)/.exec(note);
    if (given) added.set(Number(given[1]), add(added.get(Number(given[1])) ?? zero, toDecimal(Number(given[2]))));
  }
  return added;
}

/**
 * How far a child may miss what it owes when an amount of the payments is split in whole units of
 * each one's digits (at least the currency's): nothing where every child owes whole units of the
 * coarsest payment's, else one such unit for each other child (`whole` says which).
 */
function roundingSlack(order: JsonObject, field: "maxAmount" | "authAmount", owed: readonly Decimal[]): { whole: boolean; slack: Decimal } {
  const digits = minorUnitDigits(order.currency);
  const coarsest = Math.min(...(order.orderPayments as JsonObject[]).map((p) => Math.max(toDecimal(p[field] as number).scale, digits)));
  const whole = owed.every((own) => compare(floorTo(own, coarsest), own) === 0);
  return { whole, slack: whole ? zero : { units: BigInt(owed.length - 1), scale: coarsest } };
}

describe("splitOrder, for any valid order", () => {
  it("makes children that pass every rule: no mix left, and no error at all when the original had none but the mix", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const parentErrors = validate("createOrder", order).diagnostics.filter((d) => d.severity === "error" && !mixRules.has(d.ruleId));
        for (const child of split(order)?.children ?? []) {
          const { diagnostics } = validate("createOrder", child);
          expect(diagnostics.filter((d) => mixRules.has(d.ruleId))).toEqual([]);
          if (parentErrors.length === 0) expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        }
      }),
      // Children linted whose original had no error but the mix: 135 of 200 runs (a child's externalOrderID made
      // 100 characters too long, put back in src/, fails them), 71 of the first 100.
      { ...property, numRuns: 100 },
    );
  });

  it("keeps the multiset of items, each child's in the original's order", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const result = split(order);
        if (result === undefined) return;
        const { children, report } = result;
        const original = (order.orderItems as JsonObject[]).map((item) => JSON.stringify(item));
        const after = children.flatMap((child) => child.orderItems.map((item) => JSON.stringify(item)));
        expect([...after].sort()).toEqual([...original].sort());
        report.forEach((entry, c) => {
          expect([...entry.itemIndexes].sort((a, b) => a - b)).toEqual(entry.itemIndexes);
          expect(children[c]!.orderItems.map((item) => JSON.stringify(item))).toEqual(entry.itemIndexes.map((i) => original[i]));
        });
        // Children in the order of their first item.
        const firsts = report.map((entry) => entry.itemIndexes[0]!);
        expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
      }),
      // Each child's items written in reverse (put back in src/) fails 112 of 200 runs, 59 of the first 100.
      { ...property, numRuns: 100 },
    );
  });

  it("apportions every order-level amount so that the children's add up to the original's exactly", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const result = split(order);
        if (result === undefined) return;
        const { children, report, split: didSplit } = result;
        if (!didSplit) return;
        const added = addedUnits(report.map((entry) => entry.notes));
        if (typeof order.shippingTax === "number") expectSameAmount(children.map((c) => c.shippingTax), order.shippingTax);
        else for (const child of children) expect(child.shippingTax).toEqual(order.shippingTax);
        for (const key of ["promotions", "discounts"] as const) {
          const entries = order[key] as JsonObject[] | undefined;
          if (entries === undefined) continue;
          entries.forEach((entry, k) => {
            const shares = children.map((child) => (child[key] as JsonObject[])[k]!);
            if (typeof entry.amount === "number") expectSameAmount(shares.map((s) => s.amount), entry.amount);
            else for (const share of shares) expect(share).toEqual(entry);
          });
        }
        (order.orderPayments as JsonObject[]).forEach((payment, j) => {
          const copies = children.flatMap((child) => child.orderPayments.filter((p) => p.transactionID === payment.transactionID));
          expect(copies.length).toBeGreaterThan(0);
          if (typeof payment.authAmount === "number") {
            expectSameAmount(copies.map((p) => p.authAmount), payment.authAmount);
            // Never finer than the original's own digits or the currency's minor units (a JPY authAmount of 2 came out 0.9 / 0.9 / 0.2).
            const finest = Math.max(toDecimal(payment.authAmount).scale, minorUnitDigits(order.currency));
            for (const copy of copies) expect(toDecimal(copy.authAmount as number).scale, `authAmount ${String(copy.authAmount)} of ${payment.authAmount}`).toBeLessThanOrEqual(finest);
          }
          if (typeof payment.maxAmount === "number" && payment.maxAmount > 0) {
            // Exactly, but for the units the report says a child that owes 0 was given.
            expectSameAmount(copies.map((p) => p.maxAmount), Number(formatDecimal(add(toDecimal(payment.maxAmount), added.get(j) ?? zero))));
            for (const copy of copies) expect(copy.maxAmount as number).toBeGreaterThan(0);
          } else {
            // null and -1 (no maximum) stay as they are, on every child.
            expect(copies.length).toBe(children.length);
            for (const copy of copies) expect(copy.maxAmount).toEqual(payment.maxAmount);
          }
        });
        // shippingTaxRate is a rate, not an amount: copied.
        for (const child of children) expect(child.shippingTaxRate).toEqual(order.shippingTaxRate);
      }),
      // apportionUnits dropping the units left after the floors (put back in src/) fails 121 of 200 runs, 63 of the first 100.
      { ...property, numRuns: 100 },
    );
  });

  it("keeps every child's authAmount within its maxAmount where the original's was, and a limit that paid all the children owe pays all each child owes", () => {
    // The split audit: a donated unit of maxAmount left its donor 49.99 to pay 50 with authAmount 50;
    // the split review: then 59.99 to pay 50 of items, 5 of tax and 5 of shipping (its items' subtotal alone was measured).
    // A limit with more digits than its authAmount (10.016 authorised 10.01) lent 0.001 of itself with 0.01 of
    // authorisation: maxAmount 0.005 with authAmount 0.01: half the orders here are paid with such limits alone.
    fc.assert(
      fc.property(fc.oneof(orderArbitrary, finerLimitOrderArbitrary), (order) => {
        const result = split(order);
        if (result === undefined || !result.split) return;
        const { children, report } = result;
        const owed = children.map(owedBy);
        const whole = owed.reduce<Decimal>(add, zero);
        const digits = minorUnitDigits(order.currency);
        (order.orderPayments as JsonObject[]).forEach((payment) => {
          const max = payment.maxAmount;
          if (typeof max !== "number" || max <= 0) return;
          const authWithin = typeof payment.authAmount === "number" && compare(toDecimal(payment.authAmount), toDecimal(max)) <= 0;
          const paysWhole = compare(toDecimal(max), whole) >= 0;
          const scale = Math.max(toDecimal(max).scale, digits);
          children.forEach((child, c) => {
            const copy = child.orderPayments.find((p) => p.transactionID === payment.transactionID);
            const own = owed[c]!;
            // But where units of its share went to children without a payment that no child could spare, which its own notes say
            // (a 3-yen card for three children: the one owing 2.01 keeps 1).
            const shortNoted = report[c]!.notes.some((note) => note.includes("no longer pay all it owes"));
            if (paysWhole && own.units > 0n && !shortNoted) {
              expect(copy, `child ${c + 1} carries ${String(payment.transactionID)}`).toBeDefined();
              expect(compare(toDecimal(copy!.maxAmount as number), floorTo(own, scale)), `${report[c]!.notes.join("; ")}`).toBeGreaterThanOrEqual(0);
            }
            // But where its share of the limit cannot hold a whole unit of the authorisation, and the note says so.
            const overNoted = report[c]!.notes.some((note) => note.includes("is more than its share of maxAmount"));
            if (authWithin && copy !== undefined && !overNoted) {
              const shown = `child ${c + 1}: authAmount ${String(copy.authAmount)}, maxAmount ${String(copy.maxAmount)}; ${report[c]!.notes.join("; ")}`;
              expect(compare(toDecimal(copy.authAmount as number), toDecimal(copy.maxAmount as number)), shown).toBeLessThanOrEqual(0);
            }
          });
        });
      }),
      property,
    );
  });

  it("where every payment is limited and the limits together pay what the order owes, gives each child limits that together pay what it owes", () => {
    // The split review: two gift cards of 10.01 for items of 10.01 and 10.01 gave one child 5.01 + 5.01 and
    // the other 5 + 5, 10.00 for 10.01 owed (each limit rounded on its own, ties to the first child).
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const payments = order.orderPayments as JsonObject[];
        if (limitedUnits(order) === undefined) return;
        const result = split(order);
        if (result === undefined || !result.split) return;
        const { children, report } = result;
        const owed = children.map(owedBy);
        if (compare(exactSum(payments.map((p) => p.maxAmount)), owed.reduce<Decimal>(add, zero)) < 0) return;
        // A limit is split in whole units of its own digits (at least the currency's); one of whole yen cannot
        // meet 0.45 yen exactly: there each child may fall short by less than a unit for each other child.
        const { whole, slack } = roundingSlack(order, "maxAmount", owed);
        children.forEach((child, c) => {
          const limits = exactSum(child.orderPayments.map((p) => p.maxAmount));
          expect(compare(add(limits, slack), owed[c]!), `child ${c + 1}: limits ${formatDecimal(limits)} for ${formatDecimal(owed[c]!)} owed; ${report[c]!.notes.join("; ")}`).toBeGreaterThanOrEqual(whole ? 0 : 1);
        });
      }),
      property,
    );
  });

  it("whenever the payments' authAmounts pay all the children owe, authorises no child more than it owes while a sibling is authorised less", () => {
    // The split review of rounding units: children owing 0.01 and 99.99, paid by two gift cards of 50.00,
    // were authorised 0.02 and 99.98 (each authAmount split on its own, ties to the first child).
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const payments = order.orderPayments as JsonObject[];
        if (!payments.every((p) => typeof p.authAmount === "number")) return;
        const result = split(order);
        if (result === undefined || !result.split) return;
        const { children, report } = result;
        // A child given a unit of a limit so that it has a payment may hold that payment's authorisation as its only holder.
        if (report.some((entry) => entry.notes.some((note) => note.includes("so that this order has a payment")))) return;
        // A child whose whole units of authorisation its share of a limit cannot hold, which the note says, may hold
        // a unit that a sibling short of what it owes has no room for either (limits of 734.128 and 60.296 authorised
        // 734.13 and 60.29, each sibling's limits paying exactly what it owes).
        if (report.some((entry) => entry.notes.some((note) => note.includes("is more than its share of maxAmount")))) return;
        const owed = children.map(owedBy);
        if (compare(exactSum(payments.map((p) => p.authAmount)), owed.reduce<Decimal>(add, zero)) < 0) return;
        // An authAmount is split in whole units of its digits (at least the currency's). Where a child owes a
        // part of the coarsest payment's unit (0.45 yen), the units that could pay it may lie on payments that
        // have no room for it: then a child may be over, or short, by less than a unit for each other child.
        const { slack } = roundingSlack(order, "authAmount", owed);
        const authorised = children.map((child) => exactSum(child.orderPayments.map((p) => p.authAmount ?? 0)));
        const over = children.flatMap((_, c) => (compare(authorised[c]!, add(owed[c]!, slack)) > 0 ? [c + 1] : []));
        const short = children.flatMap((_, c) => (compare(add(authorised[c]!, slack), owed[c]!) < 0 ? [c + 1] : []));
        const shown = children.map((_, c) => `child ${c + 1} authorised ${formatDecimal(authorised[c]!)} for ${formatDecimal(owed[c]!)} owed; ${report[c]!.notes.join("; ")}`);
        if (over.length > 0) expect(short, shown.join("\n")).toEqual([]);
      }),
      property,
    );
  });

  it("gives children that together owe what the order owes, and, where the order is authorised exactly, authorises each exactly", () => {
    // The split audit: a promotion of 25 over a child's 10 of items left that child owing 0 and its sibling 2.50 more than
    // the whole order, which was authorised 15: the children charged 17.50, and no note said so.
    // The audit of split's moves: amounts finer than the minor unit left a child a unit over (0.81 and 0.212 yen of
    // promotions on 0.012 owed, a sibling with 20.809 of room), and a negative line left its sibling owing 11 of an
    // order of 1: roughAmountOrderArbitrary draws both.
    let refusedLessThanNothing = 0;
    let splitWithNegativeLine = 0;
    fc.assert(
      fc.property(fc.oneof(orderArbitrary, deepAdjustmentOrderArbitrary, { weight: 2, arbitrary: roughAmountOrderArbitrary }), (order) => {
        const whole = owedBeforeFloor(order);
        if (compare(whole, zero) < 0) return;
        const outcome = splitOrRefusedLessThanNothing(order);
        if (outcome === "refused") {
          refusedLessThanNothing++;
          return;
        }
        const result = outcome;
        if (result === undefined || !result.split) return;
        if ((order.orderItems as JsonObject[]).some((item) => decimalOf((item.itemSpecifics as JsonObject).actualPrice).units < 0n)) splitWithNegativeLine++;
        const { children, report } = result;
        const owed = children.map((child) => owedBy(child));
        const shown = children.map((_, c) => `child ${c + 1} owes ${formatDecimal(owedBeforeFloor(children[c]!))} before the floor; ${report[c]!.notes.join("; ")}`).join("\n");
        const digits = minorUnitDigits(order.currency);
        const unit: Decimal = { units: 1n, scale: digits };
        children.forEach((child, c) => {
          // No child written owes less than nothing before its promotions and discounts (split refuses such an order),
          const before = add(owedBeforeFloor(child), adjustmentsOf(child));
          expect(compare(before, zero), `child ${c + 1}:\n${shown}`).toBeGreaterThanOrEqual(0);
          // and none takes off a unit or more than it owes (the order's promotions are not more than all it owes here):
          // shares move in the digits they are written in, the currency's at least, so less than a unit may stay.
          expect(compare(subtract(zero, owedBeforeFloor(child)), unit), `child ${c + 1}:\n${shown}`).toBeLessThan(0);
          // A note names the slack of a fraction of a unit only where a fraction of a unit is left.
          for (const note of report[c]!.notes) if (note.includes("the slack of a fraction of a unit")) expect(compare(owedBeforeFloor(child), zero), note).toBeLessThan(0);
        });
        // Where a child owes a fraction of the unit its shares move in (an item of 0.01 in yen), the children may together
        // owe less than a unit more per child, never less than the order.
        const together = owed.reduce<Decimal>(add, zero);
        if (children.every((child) => compare(floorTo(owedBeforeFloor(child), digits), owedBeforeFloor(child)) === 0)) {
          expect(compare(together, whole), `${formatDecimal(whole)} owed:\n${shown}`).toBe(0);
        } else {
          expect(compare(together, whole), `${formatDecimal(whole)} owed:\n${shown}`).toBeGreaterThanOrEqual(0);
          expect(compare(subtract(together, whole), { units: BigInt(children.length), scale: digits }), `${formatDecimal(whole)} owed:\n${shown}`).toBeLessThan(0);
        }
        const payments = order.orderPayments as JsonObject[];
        if (!payments.every((p) => typeof p.authAmount === "number") || compare(exactSum(payments.map((p) => p.authAmount)), whole) !== 0) return;
        // But for a unit of a limit given to a child so that it has a payment, and a share of a limit too small for the authorisation (both noted).
        if (report.some((entry) => entry.notes.some((note) => note.includes("so that this order has a payment") || note.includes("is more than its share of maxAmount")))) return;
        const { slack } = roundingSlack(order, "authAmount", owed);
        children.forEach((child, c) => {
          const authorised = exactSum(child.orderPayments.map((p) => p.authAmount ?? 0));
          expect(compare(add(authorised, slack), owed[c]!), shown).toBeGreaterThanOrEqual(0);
          expect(compare(authorised, add(owed[c]!, slack)), shown).toBeLessThanOrEqual(0);
        });
      }),
      property,
    );
    // Both outcomes of a negative line are met, so neither half holds vacuously.
    expect(refusedLessThanNothing).toBeGreaterThan(0);
    expect(splitWithNegativeLine).toBeGreaterThan(0);
  });

  it("leaves no child empty, and gives each a distinct externalOrderID of 1-100 characters", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const result = split(order);
        if (result === undefined) return;
        const { children, report } = result;
        expect(report.map((entry) => entry.externalOrderID)).toEqual(children.map((child) => child.externalOrderID));
        expect(new Set(children.map((child) => child.externalOrderID)).size).toBe(children.length);
        for (const child of children) {
          expect(child.orderItems.length).toBeGreaterThan(0);
          expect(child.orderPayments.length).toBeGreaterThan(0);
          expect(codePoints(child.externalOrderID)).toBeGreaterThanOrEqual(1);
          expect(codePoints(child.externalOrderID)).toBeLessThanOrEqual(100);
        }
      }),
      // A child whose shares all round to 0 left without a payment (givePayment skipped in src/) fails 19 of 200 runs, 10
      // of the first 100; a child's externalOrderID made 100 characters too long 135 and 71.
      { ...property, numRuns: 100 },
    );
  });

  it("makes one child per availability class present, and a child split again comes back as itself", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const result = split(order);
        if (result === undefined) return;
        const { children, report, split: didSplit } = result;
        expect(new Set(report.map((entry) => entry.availabilityClass)).size).toBe(children.length);
        expect(didSplit).toBe(children.length > 1);
        if (!didSplit) expect(children[0]).toBe(order);
        for (const child of children) {
          const again = splitOrder(child);
          expect(again.split).toBe(false);
          expect(again.children).toHaveLength(1);
          expect(again.children[0]).toBe(child);
        }
      }),
      property,
    );
  });
});

/** A message's plan: each order it names, as its items' indexes, or as a count where the plan only counts them. */
type PlannedOrder = { readonly indexes: readonly number[] } | { readonly count: number };

/** The plan a mix message names ("orderItems 0 (Product0000), 2 (availability Y, D); orderItems 1-3 (availability P)"). */
function plannedOrders(message: string): PlannedOrder[] {
  const plan = /(?:externalOrderIDs|on creation\)): (.*?) \(`oms-lint split <file>` writes them/.exec(message)?.[1];
  expect(plan, message).toBeDefined();
  return plan!.split("; ").map((order): PlannedOrder => {
    // Counted: "2 items of availability Y and 1 item without one", or "3 items without an availability".
    const counted = /^(\d+) items? (?:of availability .*?(?: and (\d+) items? without one)?|without an availability)$/.exec(order);
    if (counted) return { count: Number(counted[1]) + Number(counted[2] ?? 0) };
    const listed = order.replace(/^orderItems /, "").replace(/ \(availability [^)]*\)$/, "");
    return {
      indexes: listed.split(", ").flatMap((entry) => {
        const [from, to] = (/^(\d+)(?:-(\d+))?/.exec(entry) ?? []).slice(1).map((n) => (n === undefined ? undefined : Number(n)));
        return Array.from({ length: (to ?? from!) - from! + 1 }, (_, k) => from! + k);
      }),
    };
  });
}

/** The rules whose messages name a split plan: availability-split-implied's warning (D beside N alone) names one too. */
const planRules = new Set([...mixRules, "availability-split-implied"]);

describe("splitOrder, with the tenant onBlocks or not", () => {
  it("writes exactly the orders the mix messages name, and each child lints with no mix error", () => {
    // The split audit: under onBlocks, Y + P + D was written as three orders where preorder-mix names two.
    fc.assert(
      fc.property(orderArbitrary, fc.boolean(), (order, onBlocks) => {
        const settings = { onBlocks };
        let result: ReturnType<typeof splitOrder>;
        try {
          result = splitOrder(order, { settings });
        } catch (error) {
          expect(error).toBeInstanceOf(SplitError);
          return;
        }
        // The plan names every item it places, an item without an availability too (one grouping,
        // plannedOrders): the same orders, in the same order (split audit: P + D + X named two, split wrote three).
        const written = result.report.map((entry) => entry.itemIndexes);
        const messages = validate("createOrder", order, { settings }).diagnostics.filter((d) => planRules.has(d.ruleId));
        if (messages.length === 0) expect(written.length).toBeLessThanOrEqual(1);
        for (const { message } of messages) {
          const planned = plannedOrders(message);
          expect(planned.length, message).toBe(written.length);
          planned.forEach((order, c) => {
            if ("indexes" in order) expect(written[c], message).toEqual(order.indexes);
            else expect(written[c]!.length, message).toBe(order.count);
          });
        }
        for (const child of result.children) expect(validate("createOrder", child, { settings }).diagnostics.filter((d) => planRules.has(d.ruleId))).toEqual([]);
      }),
      property,
    );
  });
});

/**
 * The split audit: shippingTax 174526173308100.97 split in two was written 87263086654050.48 twice (no double holds
 * .49), 0.01 short of the original's. For amounts that large, of every amount a split divides, the children's written
 * shares add up to the original's exactly, or the split is refused with a SplitError naming the amount's pointer.
 */
describe("splitOrder, for amounts past what doubles hold to the cent", () => {
  const amountFields = [
    { pointer: "/shippingTax", set: (amount: number): JsonObject => ({ shippingTax: amount }), shares: (c: Order) => [c.shippingTax] },
    { pointer: "/promotions/0/amount", set: (amount: number): JsonObject => ({ promotions: [{ code: "P", amount }] }), shares: (c: Order) => [(c.promotions as JsonObject[])[0]!.amount] },
    { pointer: "/discounts/0/amount", set: (amount: number): JsonObject => ({ discounts: [{ code: "D", amount }] }), shares: (c: Order) => [(c.discounts as JsonObject[])[0]!.amount] },
    {
      pointer: "/orderPayments/0/authAmount",
      set: (authAmount: number): JsonObject => ({ orderPayments: [{ paymentMethod: { paymentType: "CC" }, maxAmount: null, authAmount }] }),
      shares: (c: Order) => c.orderPayments.map((p) => p.authAmount),
    },
    {
      pointer: "/orderPayments/0/maxAmount",
      set: (maxAmount: number): JsonObject => ({ orderPayments: [{ paymentMethod: { paymentType: "GX", cardNumber: "6006491234" }, maxAmount }] }),
      shares: (c: Order) => c.orderPayments.map((p) => p.maxAmount),
    },
  ];
  // 10^11 to 10^19 in cents: doubles there lie from 2^-16 to 2^11 apart, so many cents have none of their own.
  const largeAmount = fc.bigInt({ min: 10n ** 13n, max: 10n ** 21n }).map((units) => Number(`${units / 100n}.${String(units % 100n).padStart(2, "0")}`));
  const classes = fc.uniqueArray(fc.constantFrom("P", "D", "J", "I", "Y"), { minLength: 2, maxLength: 5 });
  const prices = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 5, maxLength: 5 });

  it("writes every child's shares so that they add up to the original's exactly, or refuses the split naming the amount", () => {
    let added = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...amountFields), largeAmount, classes, prices, (field, amount, codes, cents) => {
        const items = codes.map((availability, i) => ({
          product: { partNumber: `P${i}`, availability },
          itemSpecifics: { actualPrice: cents[i]! / 100, quantity: 1 },
        }));
        const order: JsonObject = { externalOrderID: "WEB-1", currency: "USD", orderItems: items, shippingTax: 0, promotions: [], discounts: [], orderPayments: [{ maxAmount: null }], ...field.set(amount) };
        let children: Order[];
        try {
          children = splitOrder(order).children as Order[];
        } catch (error) {
          expect(error).toBeInstanceOf(SplitError);
          expect((error as SplitError).pointer).toBe(field.pointer);
          refused++;
          return;
        }
        expectSameAmount(children.flatMap(field.shares), amount);
        added++;
      }),
      property,
    );
    // Both outcomes are met, so neither half of the property holds vacuously.
    expect(added).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

/**
 * 92c9828 placed the items that are objects only: "legacy-item" and null among P and Y were in no child, no note
 * (audit). For any order split writes, every index of orderItems is in exactly one child; an entry that is no
 * object is refused, never dropped.
 */
describe("splitOrder, over orderItems that may hold entries that are no objects", () => {
  const entry = fc.oneof(
    fc.constantFrom(...availabilityCodes, null).map((availability) => ({ product: { availability }, itemSpecifics: { actualPrice: 5, quantity: 1 } }) as unknown),
    fc.constantFrom<unknown>("legacy-item", null, 7, [], true),
  );
  it("puts every index in exactly one child, or refuses an order holding an entry that is no object", () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.boolean(), (orderItems, onBlocks) => {
        const order = { externalOrderID: "E1", currency: "USD", orderItems };
        const noObject = orderItems.some((item) => typeof item !== "object" || item === null || Array.isArray(item));
        let indexes: number[];
        try {
          indexes = splitOrder(order, { settings: { onBlocks } }).report.flatMap((child) => child.itemIndexes);
        } catch (error) {
          expect(error).toBeInstanceOf(SplitError);
          expect(noObject).toBe(true);
          return;
        }
        expect(indexes.sort((a, b) => a - b)).toEqual(orderItems.map((_, i) => i));
      }),
      { seed: 20261206, numRuns: 100 },
    );
  });
});
