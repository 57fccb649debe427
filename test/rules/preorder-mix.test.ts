import { describe, expect, it } from "vitest";
import { preorderMix } from "../../rules/preorder-mix.js";
import { lintHttpFile, lintPostmanCollection, lintText, validate } from "../../src/builtIn/linter.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { asPostmanRawBody, createOrderLine } from "../support/requestBodies.js";
import { ruleTester } from "../support/ruleTester.js";

/** One item per availability code, part numbers Item0, Item1, ... */
const itemsOf = (...codes: string[]) => orderWithItems(codes.map((availability, i) => orderItem({ availability, partNumber: `Item${i}` })));

ruleTester(preorderMix, {
  valid: [
    { name: "the documents' example: every item in stock", payload: createOrder() },
    { name: "an order of preorders only", payload: itemsOf("P", "P") },
    { name: "an order of non-preorders only, of mixed availability", payload: itemsOf("Y", "N", "D", "J") },
    { name: "an item without a valid availability belongs to no class", payload: itemsOf("P", "X") },
    { name: "availability is case-sensitive: \"y\" is not a code (the schema reports it)", payload: itemsOf("P", "y") },
  ],
  invalid: [
    {
      name: "a preorder with an item in stock",
      payload: itemsOf("P", "Y"),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: ["orderItems 0 (Item0) is a preorder", "non-preorder products (orderItems 1 (Item1))", "Send 2 payloads with separate externalOrderIDs: orderItems 0 (Item0) (availability P); orderItems 1 (Item1) (availability Y)", "oms-lint split"],
        },
      ],
    },
    {
      name: "one diagnostic per preorder item, each naming the split",
      payload: itemsOf("Y", "P", "N", "P"),
      errors: [
        { path: "/orderItems/1/product/availability", messageId: "mixed", messageIncludes: ["orderItems 1 (Item1) is", "orderItems 0 (Item0), 2 (Item2) (availability Y, N); orderItems 1 (Item1), 3 (Item3) (availability P)"] },
        { path: "/orderItems/3/product/availability", messageId: "mixed", messageIncludes: ["orderItems 3 (Item3) is"] },
      ],
    },
    // lint's plan and split share one grouping (split audit): P + D + X named two orders and
    // never item 2, which split wrote as a third.
    {
      name: "an item whose availability is none of the documents' codes is named: which order it belongs in cannot be told",
      payload: itemsOf("P", "D", "X"),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: ["Send 2 payloads", "orderItems 1 (Item1) (availability D) (`oms-lint split <file>` writes them, or says what in the file to fix first); orderItems 2 is in none of them: which order it belongs in cannot be told until its availability, none of the documents' codes (the schema's error), is fixed"],
        },
      ],
    },
    // The plan places the items the walk visits; an entry that is no object is the schema's error
    // (not run here), and `oms-lint split` refuses the order until it is fixed (test/split). Naming it
    // in the plan too read orderItems a second time, which the engine's one walk does not.
    {
      name: "an entry of orderItems that is no object is in no order of the plan",
      payload: orderWithItems([orderItem({ availability: "P", product: { partNumber: null } }), "legacy-item", orderItem({ availability: "Y", product: { partNumber: null } }), null] as never),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: ["Send 2 payloads", "orderItems 0 (availability P); orderItems 2 (availability Y) (`oms-lint split <file>` writes them, or says what in the file to fix first)"],
        },
      ],
    },
    {
      name: "an item without an availability decides no split, and goes where the plan says",
      payload: orderWithItems([orderItem({ availability: "P", product: { partNumber: null } }), orderItem({ availability: "D", product: { partNumber: null } }), orderItem({ product: { availability: null, partNumber: null } })]),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          // Not a third order of it alone (audit): the fewest orders the rules allow, it with the first.
          messageIncludes: ["Send 2 payloads", "orderItems 0, 2 (availability P, and orderItems 2 has none); orderItems 1 (availability D)", "orderItems 2 has no availability: it decides no split, and its place in that plan (the first order, as none holds items that mix freely) is our reading"],
        },
      ],
    },
    // fillTemplate cut every placeholder at 160 characters, the plan's own sentences too (audit):
    // "… (the first order, as none …eely) is our reading". Whole, whatever the indexes.
    ...[
      { name: "items without an availability at indexes 1, 3, 5", without: [1, 3, 5], runs: "1, 3, 5" },
      { name: "two items without an availability at indexes past 10", without: [11, 13], runs: "11, 13" },
      { name: "many items without an availability", without: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45], runs: "1, 3, 5" },
    ].map(({ name, without, runs }) => ({
      name: `the plan's sentence on ${name} is whole`,
      payload: orderWithItems(
        Array.from({ length: Math.max(...without) + 1 }, (_, i) =>
          without.includes(i) ? orderItem({ product: { availability: null, partNumber: null } }) : orderItem({ availability: i === 0 ? "P" : "D", product: { partNumber: null } }),
        ),
      ),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: [`; orderItems ${runs}`, "no availability: they decide no split, and their place in that plan (the first order, as none holds items that mix freely) is our reading"],
        },
      ],
    })),
    // The other items' list was cut at 120 characters through an entry: "…98 (CAB)" read as item 98 where it was 1198 (audit).
    {
      name: "a long list of the other items keeps whole entries around '…', the last one's index whole",
      payload: orderWithItems(Array.from({ length: 1201 }, (_, i) => orderItem({ availability: i === 1200 ? "P" : "Y", partNumber: i === 1200 ? "PRE" : "CAB" }))),
      errors: [
        {
          path: "/orderItems/1200/product/availability",
          messageId: "mixed",
          messageIncludes: ["non-preorder products (orderItems 0 (CAB), 1 (CAB), 2 (CAB), ", " (CAB), …, 1199 (CAB)): the Create Order API"],
          messageExcludes: ["…98", "…9 (CAB)"],
        },
      ],
    },
    {
      name: "the plan's sentence on items of unknown codes is whole, whatever their indexes",
      payload: orderWithItems(Array.from({ length: 30 }, (_, i) => orderItem({ availability: i === 0 ? "P" : i % 2 === 1 ? "Q" : "Y", product: { partNumber: null } }))),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: ["; orderItems 1, 3, 5", "are in none of them: which order they belong in cannot be told until their availabilities, none of the documents' codes (the schema's error), are fixed"],
        },
      ],
    },
    // "(availability D, none)" listed none among the availabilities (audit): such items are named apart, as split's reason does.
    {
      name: "the plan names an item without an availability apart from the availabilities, by label too",
      payload: orderWithItems([orderItem({ availability: "D", partNumber: "W" }), orderItem({ product: { availability: null, partNumber: "Prod0" } }), orderItem({ availability: "P", partNumber: "Pre" })]),
      errors: [
        {
          path: "/orderItems/2/product/availability",
          messageId: "mixed",
          messageIncludes: ["orderItems 0 (W), 1 (Prod0) (availability D, and orderItems 1 has none); orderItems 2 (Pre) (availability P)"],
          messageExcludes: [", none)"],
        },
      ],
    },
    {
      name: "a plan too long to name its items counts those without an availability apart too",
      payload: orderWithItems(Array.from({ length: 60 }, (_, i) => orderItem({ product: { availability: i === 0 ? "P" : i % 2 === 1 ? "D" : null, partNumber: null } }))),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: ["Send 2 payloads with separate externalOrderIDs: 1 item of availability P and 29 items without one; 30 items of availability D"],
        },
      ],
    },
    // Found by the audit of the plan's own words: past 160 characters, the counted plan was cut mid-word and its I and P orders lost.
    {
      name: "a counted plan of five orders, one item without an availability among them, is whole",
      payload: orderWithItems(Array.from({ length: 61 }, (_, i) => orderItem({ product: { availability: i === 60 ? null : i === 59 ? "P" : "YNLMSGVFJID"[i % 11]!, partNumber: null } }))),
      errors: [
        {
          path: "/orderItems/59/product/availability",
          messageId: "mixed",
          messageIncludes: ["Send 5 payloads with separate externalOrderIDs: 44 items of availability Y, N, L, M, S, G, V, F and 1 item without one; 5 items of availability J; 5 items of availability I; 5 items of availability D; 1 item of availability P ("],
        },
      ],
    },
    {
      name: "an item without a part number is named by its index",
      payload: orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "D", product: { partNumber: null } })]),
      errors: [{ path: "/orderItems/0/product/availability", messageId: "mixed", messageIncludes: ["(orderItems 1)"] }],
    },
    {
      name: "onBlocks does not lift it: the API does not accept the mix",
      payload: itemsOf("Y", "P"),
      settings: { onBlocks: true },
      errors: [{ path: "/orderItems/1/product/availability", messageId: "mixed" }],
    },
    {
      name: "the split it names passes every rule: a discontinued item gets its own order too, not a place among the others",
      payload: itemsOf("P", "Y", "D"),
      errors: [
        {
          path: "/orderItems/0/product/availability",
          messageId: "mixed",
          messageIncludes: ["Send 3 payloads", "orderItems 0 (Item0) (availability P); orderItems 1 (Item1) (availability Y); orderItems 2 (Item2) (availability D)"],
        },
      ],
    },
    // "One payload needs to contain all non-preorder items while the other should contain the
    // preorder items." Found by the rules' mutation audit: no case had labels too long to quote, so
    // a plan by index runs that dropped the second item of a run of two ("0, 4" for 0, 1 and 4) went unseen.
    {
      name: "part numbers too long to quote: the plan names every item by index runs",
      payload: orderWithItems(["Y", "Y", "P", "P", "Y", "P"].map((availability, i) => orderItem({ availability, partNumber: `A-LONG-PART-NUMBER-OF-THE-CATALOG-${i}` }))),
      errors: [2, 3, 5].map((index) => ({
        path: `/orderItems/${index}/product/availability`,
        messageId: "mixed",
        messageIncludes: ["Send 2 payloads", "orderItems 0-1, 4 (availability Y); orderItems 2-3, 5 (availability P)"],
      })),
    },
    // It promised "(`oms-lint split <file>` writes them)" for a file split refuses (audit).
    {
      name: "a file `oms-lint split` refuses as it stands (a -0): the message does not promise that it writes them",
      text: JSON.stringify(itemsOf("P", "Y"), null, 2).replace(/"quantity": (\d+)/, `"quantity": -0`),
      errors: [{ path: "/orderItems/0/product/availability", messageId: "mixed", messageIncludes: ["(`oms-lint split <file>` writes them, or says what in the file to fix first)"], messageExcludes: ["writes them)"] }],
    },
    {
      name: "under onBlocks the OMS splits D itself: only the preorders go apart",
      payload: itemsOf("P", "Y", "D"),
      settings: { onBlocks: true },
      errors: [
        { path: "/orderItems/0/product/availability", messageId: "mixed", messageIncludes: ["Send 2 payloads", "orderItems 0 (Item0) (availability P); orderItems 1 (Item1), 2 (Item2) (availability Y, D)"] },
      ],
    },
  ],
});

/**
 * One cause, one diagnostic (audit): an order of a P and a D item drew preorder-mix's error at
 * the P item and availability-split's at the D item, whose only stated reason was P's own row
 * ("Preorder products that are bought in conjunction with products of another availability must
 * be split into a separate order"), both with the same plan; Y + P drew one. D's own passage
 * speaks of normal items (Y, L), none of which is here: preorder-mix's finding is the one.
 */
describe("a preorder beside discontinued items alone: one finding, preorder-mix's", () => {
  const at = (index: number) => `/orderItems/${index}/product/availability`;
  const findings = (...codes: string[]) =>
    validate("createOrder", itemsOf(...codes))
      .diagnostics.filter((d) => d.path.endsWith("/product/availability"))
      .map((d) => ({ path: d.path, ruleId: d.ruleId, severity: d.severity, message: d.message }));

  it("P + D: the P item's error, naming the whole plan, and nothing at the D item", () => {
    const found = findings("P", "D");
    expect(found.map((d) => [d.path, d.ruleId, d.severity])).toEqual([[at(0), "preorder-mix", "error"]]);
    expect(found[0]!.message).toContain("Send 2 payloads with separate externalOrderIDs: orderItems 0 (Item0) (availability P); orderItems 1 (Item1) (availability D)");
  });

  it("as many findings as Y + P gives, for the same shape of order", () => {
    expect(findings("D", "P", "D").map((d) => [d.path, d.ruleId])).toEqual([[at(1), "preorder-mix"]]);
    expect(findings("Y", "P", "Y").map((d) => [d.path, d.ruleId])).toEqual([[at(1), "preorder-mix"]]);
  });
});

/**
 * Inside a request file, "(`oms-lint split <file>` writes them …)" sent the user to split the
 * .http file or the collection, which split refuses: it takes one order's JSON (audit of split).
 * There the note says to save the body as a file of its own; a payload file keeps the command.
 * Every rule whose message closes with the plan shares the note.
 */
describe("the split note in a request file's body", () => {
  const fileNote = "(`oms-lint split <file>` writes them, or says what in the file to fix first)";
  const bodyNote = "(`oms-lint split` writes them from this body saved as a .json file of its own, or says what in it to fix first)";
  const http = (codes: string[]) => `${createOrderLine}${JSON.stringify(itemsOf(...codes), null, 2)}\n`;
  const table: [rule: string, codes: string[]][] = [
    ["preorder-mix", ["Y", "P"]],
    ["availability-split", ["Y", "D"]],
    ["availability-split-implied", ["N", "D"]],
  ];
  it.each(table)("%s: the body's note in a .http file and a Postman collection, the command in a payload file", (rule, codes) => {
    const notes = (messages: readonly { ruleId: string | null; message: string }[]) => messages.filter((m) => m.ruleId === rule).map((m) => m.message);
    const inHttp = notes(lintHttpFile(http(codes), "cart.http").messages);
    const inCollection = notes(lintPostmanCollection(asPostmanRawBody(http(codes)), "cart.postman_collection.json").messages);
    for (const message of [...inHttp, ...inCollection]) {
      expect(message).toContain(bodyNote);
      expect(message).not.toContain("<file>");
    }
    expect([inHttp.length, inCollection.length]).toEqual([1, 1]);
    const inFile = notes(lintText(JSON.stringify(itemsOf(...codes)), { filePath: "cart.json" }).messages);
    expect(inFile).toEqual([expect.stringContaining(fileNote)]);
  });
});
