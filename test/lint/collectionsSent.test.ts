import { describe, expect, it } from "vitest";
import { standardSchema, validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * A Map or a Set in a caller's value is written by JSON.stringify without its entries (as {}),
 * so the body sent lacks what the caller holds. The finding there stands (it is the body
 * sent's), and says why, as a URLSearchParams payload's does: "the body lacks 12 required
 * fields" of a Map that holds all twelve sent the caller looking at the wrong thing.
 */
const mapNote = /is a Map of \d+ (entry|entries), which JSON\.stringify writes without its entries \(as \{\}\): pass Object\.fromEntries\(map\)/;
const setNote = /is a Set of \d+ values, which JSON\.stringify writes without its values \(as \{\}\): pass Array\.from\(set\)/;

describe("a Map or a Set in the value, which JSON.stringify writes as {}", () => {
  it("a Create Order handed over as a Map: the missing fields' finding says it is a Map", () => {
    const order = new Map(Object.entries(createOrder()));
    const { valid, diagnostics } = validate("createOrder", order);
    const held = Object.keys(createOrder()).length;
    expect(valid).toBe(false);
    expect(diagnostics).toEqual([expect.objectContaining({ path: "", severity: "error", message: expect.stringMatching(/^the body lacks 12 required fields/) })]);
    expect(diagnostics[0]!.message).toContain(`; the payload is a Map of ${held} entries`);
    expect(diagnostics[0]!.message).toMatch(mapNote);
  });

  it("a search's parameters as a Map: orderID is required, and the Map that holds it is named", () => {
    const { diagnostics } = validate("orderItemSearch", new Map([["orderID", "555555"]]));
    expect(diagnostics).toEqual([expect.objectContaining({ path: "/orderID", message: expect.stringMatching(/^orderID is required/) })]);
    expect(diagnostics[0]!.message).toMatch(/; the payload is a Map of 1 entry,/);
  });

  it("an order item as a Map: each finding at or under it names the Map at its place", () => {
    const order = createOrder();
    const items = order.orderItems as Record<string, unknown>[];
    const asMap = new Map(Object.entries(items[0]!));
    const { diagnostics } = validate("createOrder", { ...order, orderItems: [asMap, items[1]] });
    const atItem = diagnostics.filter((d) => d.path === "/orderItems/0" || d.path.startsWith("/orderItems/0/"));
    expect(atItem.length).toBeGreaterThan(0);
    for (const d of atItem) expect(d.message).toMatch(new RegExp(`the value (here|at /orderItems/0) is a Map of ${asMap.size} entries`));
    for (const d of diagnostics.filter((d) => !atItem.includes(d))) expect(d.message).not.toMatch(/Map/);
  });

  it("the order items as a Set: 'must be an array' says it is a Set, and how to send its values", () => {
    const order = createOrder();
    const { diagnostics } = validate("createOrder", { ...order, orderItems: new Set(order.orderItems as unknown[]) });
    const atItems = diagnostics.filter((d) => d.path === "/orderItems");
    expect(atItems).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(/^orderItems must be an array of order items/) })]);
    expect(atItems[0]!.message).toContain(`; the value here is a Set of ${(order.orderItems as unknown[]).length} values`);
    expect(atItems[0]!.message).toMatch(setNote);
  });

  it("a Standard Schema issue carries the note (a Hono or tRPC route answers with it)", () => {
    const result = standardSchema("orderCustomData")["~standard"].validate(new Map([["name", "Gift message"], ["value", "Happy birthday"]]));
    expect("issues" in result && result.issues?.[0]?.message).toMatch(mapNote);
  });

  it("an empty Map loses nothing, and a Map whose toJSON writes its entries is checked as written: no note", () => {
    expect(validate("createOrder", createOrder({}) as never).diagnostics).toEqual([]);
    const emptyHash = { ...createOrder(), customOrderData: new Map() };
    expect(validate("createOrder", emptyHash).diagnostics).toEqual([]);
    class Entries extends Map<string, string> {
      toJSON() {
        return Object.fromEntries(this);
      }
    }
    const written = { ...createOrder(), customOrderData: new Entries([["giftWrap", 5 as never]]) };
    const { diagnostics } = validate("createOrder", written);
    expect(diagnostics).toEqual([expect.objectContaining({ path: "/customOrderData/giftWrap" })]);
    expect(diagnostics[0]!.message).not.toMatch(/Map/);
  });

  it("the note names the place without the secret its key spells", () => {
    const card = "4111111111111111";
    const order = { ...createOrder(), customOrderData: { [card]: new Map([["a", "b"]]) } };
    const { diagnostics } = validate("createOrder", order);
    expect(diagnostics.some((d) => /is a Map of 1 entry,/.test(d.message))).toBe(true);
    expect(JSON.stringify(diagnostics)).not.toContain(card);
  });
});

describe("a Map with properties of its own, which JSON.stringify writes (a subclass's field)", () => {
  /**
   * Found reviewing 20042c04: a Map subclass with a class field (`source = "web"`) is written as
   * {"source":"web"}, not {}; the note said "(as {})" of it, and hung on the finding about the
   * field itself ("unknown property source"), which the Map's entries have no part in.
   */
  class Tagged extends Map<string, unknown> {
    source = "web";
  }

  it("the finding about a property it writes draws no note; the one about the missing fields does, without saying {}", () => {
    const { diagnostics } = validate("createOrder", new Tagged(Object.entries(createOrder())));
    const [atRoot, atField] = [diagnostics.find((d) => d.path === ""), diagnostics.find((d) => d.path === "/source")];
    expect(atField?.message).toMatch(/^unknown property "source"/);
    expect(atField?.message).not.toMatch(/Map/);
    expect(atRoot?.message).toMatch(/^the body lacks 12 required fields/);
    expect(atRoot?.message).toMatch(/; the payload is a Map of \d+ entries, which JSON\.stringify writes without its entries \(its own properties alone\): pass Object\.fromEntries\(map\)$/);
  });
});

describe("a toJSON that answers a Map (an entity's)", () => {
  it("is named where it is written, as the value there", () => {
    const entity = { toJSON: () => new Map([["name", "Gift message"]]) };
    const { diagnostics } = validate("orderCustomData", entity);
    expect(diagnostics).toEqual([expect.objectContaining({ path: "", message: expect.stringContaining("; the payload is a Map of 1 entry,") })]);
  });
});
