import { describe, expect, it } from "vitest";
import { checkRequest, endpoints } from "../../src/index.js";

/**
 * `endpoints` is the table the request rules read (README: "the table itself"): a service that
 * annotated a row it was handed (an operation's body set to "forbidden", its own methods
 * pushed) changed the verdict of every later check in the process. The table is frozen
 * throughout, so such a write throws where it is made (ES modules are strict), and the
 * verdicts stay the documents'.
 */
const createOrderCall = () => checkRequest({ method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", headers: { "content-type": "application/json" }, body: "{}" });

describe("the exported endpoints table", () => {
  it("is frozen throughout: the list, each row, its operations and their tables", () => {
    const unfrozen: string[] = [];
    const pending: [string, unknown][] = [["endpoints", endpoints]];
    while (pending.length > 0) {
      const [where, node] = pending.pop()!;
      if (typeof node !== "object" || node === null) continue;
      if (!Object.isFrozen(node)) unfrozen.push(where);
      for (const [key, child] of Object.entries(node)) pending.push([`${where}.${key}`, child]);
    }
    expect(unfrozen).toEqual([]);
  });

  it("a write to a row throws, and the verdict of a later check is the one before it", async () => {
    const before = await createOrderCall();
    const row = endpoints.find((e) => e.id === "createOrder")!;
    expect(() => {
      (row.operations[0] as { body: string }).body = "forbidden";
    }).toThrow(TypeError);
    expect(() => (row.operations as unknown[]).push({ method: "GET" })).toThrow(TypeError);
    const after = await createOrderCall();
    expect(after.diagnostics.map((d) => d.ruleId)).toEqual(before.diagnostics.map((d) => d.ruleId));
    expect(after.valid).toBe(before.valid);
  });
});
